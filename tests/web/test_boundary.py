"""One boundary: a service's refusal is mapped once (a page with its status and translated message,
or problem details under /api/v1/), and views write through ``writing``, which commits what
succeeded and rolls back what was refused."""

from __future__ import annotations

import pathlib

import pytest
from flask import get_flashed_messages
from sqlalchemy import select

from tracker.models import Entity
from tracker.services import admin as admin_svc
from tracker.services.actors import Actor
from tracker.services.errors import Conflict, Forbidden, Invalid, NotFound, ServiceError
from tracker.web.db import get_db, writing

KINDS = {"not-found": (NotFound, 404), "forbidden": (Forbidden, 403), "conflict": (Conflict, 409),
         "invalid": (Invalid, 422)}
ACTOR = Actor.system("test")


@pytest.fixture
def app(app_config, db_factory):
    from tracker import create_app

    app = create_app({**app_config, "PROPAGATE_EXCEPTIONS": False})

    def refuse(kind: str):
        cls, _status = KINDS[kind]
        admin_svc.create_entity(get_db(), f"Written before the {kind}", kind="secretariat", actor=ACTOR)
        raise cls(f"refused: {kind}", code="evidence_required" if kind == "invalid" else None)

    @app.get("/_test/refuse/<kind>")
    def _refuse(kind: str):
        refuse(kind)

    @app.get("/api/v1/_test/refuse/<kind>")
    def _api_refuse(kind: str):
        refuse(kind)

    @app.get("/_test/write-through/<kind>")
    def _write_through(kind: str):
        with writing(handle=False):
            refuse(kind)

    @app.get("/_test/write/<name>")
    def _write(name: str):
        with writing() as outcome:
            admin_svc.create_entity(get_db(), name, kind="secretariat", actor=ACTOR)
            if name.startswith("refused"):
                raise Invalid("an entity cannot be called so", code="unknown_kind")
        # what the view sees afterwards, in the same request: nothing of a refused write
        seen = name in set(get_db().scalars(select(Entity.name)))
        return {"ok": outcome.ok, "status": outcome.status, "flashed": get_flashed_messages(), "seen": seen}

    yield app
    app.extensions["tracker"].engine.dispose()


def _names(db) -> set[str]:
    db.expire_all()
    return set(db.scalars(select(Entity.name)))


@pytest.mark.parametrize("kind", KINDS)
def test_a_refusal_left_to_the_boundary_is_a_page_with_its_status_and_nothing_kept(client, db, kind):
    response = client.get(f"/_test/refuse/{kind}", headers={"Accept-Language": "fr"})
    html = response.get_data(as_text=True)
    assert response.status_code == KINDS[kind][1]
    assert response.mimetype == "text/html" and 'class="error-page"' in html
    if kind == "invalid":  # a known code: the translated sentence, not the English one
        assert "preuve" in html and "refused" not in html
    else:
        assert "refused" not in html
    assert not any(name.startswith("Written before") for name in _names(db))


@pytest.mark.parametrize("kind", KINDS)
def test_a_refusal_under_the_api_is_problem_details_with_its_status(client, db, kind):
    response = client.get(f"/api/v1/_test/refuse/{kind}")
    status = KINDS[kind][1]
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status and body["detail"] == f"refused: {kind}"
    assert body["instance"] == f"/api/v1/_test/refuse/{kind}"
    assert not any(name.startswith("Written before") for name in _names(db))


def test_writing_commits_what_the_services_wrote(client, db):
    answer = client.get("/_test/write/Kept office").get_json()
    assert answer == {"ok": True, "status": 200, "flashed": [], "seen": True}
    assert "Kept office" in _names(db)


def test_writing_rolls_back_a_refusal_and_shows_it_translated(client, db):
    answer = client.get("/_test/write/refused office", headers={"Accept-Language": "fr"}).get_json()
    assert answer["ok"] is False and answer["status"] == 422
    assert len(answer["flashed"]) == 1 and "an entity cannot be called so" not in answer["flashed"][0]
    assert answer["seen"] is False
    assert "refused office" not in _names(db)


def test_every_kind_has_one_status():
    from tracker.web.errors import status_for

    assert {kind: status_for(cls("x")) for kind, (cls, _) in KINDS.items()} == {
        kind: status for kind, (_, status) in KINDS.items()}
    # the older classes are kinds of refusal too, mapped by what they are
    from tracker.services.accounts import AccountError
    from tracker.services.actors import PermissionDenied
    from tracker.services.importing import AlreadyImported
    from tracker.services.obligations import ObligationError, StaleObligation
    from tracker.services.subscriptions import SubscriptionError
    from tracker.services.tokens import TokenError

    assert [status_for(e) for e in (
        SubscriptionError("x"), PermissionDenied("x"), StaleObligation(1, 1, 2), AlreadyImported("A/RES/1/1"),
        ObligationError("x"), AccountError("x"), TokenError("x"), admin_svc.AdminError("x"),
    )] == [404, 403, 409, 409, 422, 422, 422, 422]
    assert issubclass(Invalid, ValueError) and issubclass(Invalid, ServiceError)


@pytest.mark.parametrize("kind", ["invalid", "conflict"])
def test_writing_without_handling_leaves_the_refusal_to_the_boundary(client, db, kind):
    response = client.get(f"/_test/write-through/{kind}")
    assert response.status_code == KINDS[kind][1] and 'class="error-page"' in response.get_data(as_text=True)
    assert not any(name.startswith("Written before") for name in _names(db))


def test_the_web_commits_in_one_place_only():
    web = pathlib.Path(__file__).resolve().parents[2] / "tracker" / "web"
    commits = [f"{path.relative_to(web)}: {line.strip()}" for path in sorted(web.rglob("*.py"))
               for line in path.read_text().splitlines() if "commit()" in line]
    assert commits == ["db.py: get_db().commit()"]
