"""Every error status renders the site's one error page (layout, navigation, the reader's
language); the API keeps answering with problem details; one upload limit, stated on the form."""

from __future__ import annotations

import io

import pytest
from flask import abort
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from tests.factories import gen_user
from tests.web.workspace import PASSWORD, login, token

STATUSES = (400, 403, 404, 405, 409, 413, 422, 429, 500)
TITLES = {
    "en": {400: "Bad request", 403: "Not allowed", 404: "Page not found", 405: "Not possible here",
           409: "Changed meanwhile", 413: "File too large", 422: "Cannot be processed",
           429: "Too many requests", 500: "Something went wrong"},
    "fr": {400: "Requête incorrecte", 403: "Non autorisé", 404: "Page introuvable",
           405: "Impossible ici", 409: "Modifié entre-temps", 413: "Fichier trop volumineux",
           422: "Traitement impossible", 429: "Trop de requêtes", 500: "Une erreur s’est produite"},
}


@pytest.fixture
def app(app_config, db_factory):
    from tracker import create_app

    app = create_app({**app_config, "PROPAGATE_EXCEPTIONS": False})

    @app.get("/_test/abort/<int:code>")
    def _abort(code: int):
        abort(code)

    @app.get("/_test/crash")
    def _crash():
        raise RuntimeError("boom")

    yield app
    app.extensions["tracker"].engine.dispose()


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("code", STATUSES)
def test_every_status_renders_the_site_error_page(client, code, lang):
    response = client.get(f"/_test/abort/{code}", headers={"Accept-Language": lang})
    html = response.get_data(as_text=True)
    assert response.status_code == code
    assert response.mimetype == "text/html"
    assert f'<html lang="{lang}"' in html and 'class="error-page"' in html
    assert 'id="site-nav"' in html  # the site's navigation
    assert TITLES[lang][code] in html, html[:2000]


def test_routing_errors_and_crashes_get_the_page_too(client):
    missing = client.get("/no/such/page", headers={"Accept-Language": "fr"})
    assert missing.status_code == 404 and "Page introuvable" in missing.get_data(as_text=True)
    wrong_method = client.delete("/login")
    assert wrong_method.status_code == 405 and "Not possible here" in wrong_method.get_data(as_text=True)
    assert "GET" in wrong_method.headers["Allow"]
    crash = client.get("/_test/crash")
    assert crash.status_code == 500 and "Something went wrong" in crash.get_data(as_text=True)
    assert "boom" not in crash.get_data(as_text=True)


def test_the_api_keeps_problem_details(client):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404 and response.mimetype == "application/problem+json"


def test_one_upload_limit_stated_on_the_form_and_in_the_413_page(app, client, db):
    gen_user(db, email="importer@un.org", role="officer", password=PASSWORD, can_import=True)
    db.commit()
    login(client, "importer@un.org")
    form = client.get("/import").get_data(as_text=True)
    assert 'accept=".txt,.pdf,.docx' in form and "10 MB" in form
    # just over the parser's limit: refused next to the field, with the same limit
    # (the body encoded here: the test client would spool it to a file it leaves open)
    boundary, body = encode_multipart(MultiDict({
        "file": FileStorage(io.BytesIO(b"x" * (10 * 1024 * 1024 + 10)), "big.txt"),
        "csrf_token": token(client)}))
    response = client.post("/import", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "larger than the 10 MB limit" in html
    assert 'aria-invalid="true"' in html
    # far over: refused before it is read (its length says it all), by the error page, which names
    # the same limit
    response = client.post("/import", data=b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1),
                           content_type="multipart/form-data; boundary=limit")
    assert response.status_code == 413 and "larger than the 10 MB limit" in response.get_data(as_text=True)
