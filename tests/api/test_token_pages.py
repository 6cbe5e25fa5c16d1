"""The token pages: a signed-in user creates a token (shown once, stored hashed) and revokes it."""

from __future__ import annotations

import re

import pytest

from tests.factories import gen_user
from tracker.models import ApiToken
from tracker.services.tokens import hash_token
from tracker.web.login import LoginUser


@pytest.fixture(autouse=True)
def _no_session_protection(monkeypatch):
    """The session is made by hand here, not by /login: skip the login's client fingerprint."""
    from tracker.web.login import login_manager

    monkeypatch.setattr(login_manager, "session_protection", None)


def _signed_in(app, db_factory):
    with db_factory() as db:
        user = gen_user(db, "officer@un.test", role="officer")
        db.commit()
    app.config["WTF_CSRF_ENABLED"] = False  # the CSRF check itself is tested below
    client = app.test_client()
    with client.session_transaction() as session:  # what a login leaves in the session
        session.update({"_user_id": LoginUser(user).get_id(), "_fresh": True})
    return client, user


def test_create_shows_the_token_once_and_revoke_makes_it_401(app, db_factory):
    client, user = _signed_in(app, db_factory)
    page = client.post("/tokens/", data={"name": "reporting script"})
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    secret = re.search(r'value="(mt_[^"]+)"', page.get_data(as_text=True)).group(1)
    assert secret not in client.get("/tokens/").get_data(as_text=True)
    with db_factory() as db:
        token = db.query(ApiToken).filter_by(user_id=user.id).one()
        assert token.token_hash == hash_token(secret) and token.prefix == secret[:10]
    api = app.test_client()
    headers = {"Authorization": f"Bearer {secret}"}
    assert api.get("/api/v1/obligations", headers=headers).status_code == 200
    assert client.post(f"/tokens/{token.id}/revoke").status_code == 302
    assert api.get("/api/v1/obligations", headers=headers).status_code == 401


def test_forms_need_csrf_and_a_login(app, db_factory):
    client, _ = _signed_in(app, db_factory)
    app.config["WTF_CSRF_ENABLED"] = True
    assert client.post("/tokens/", data={"name": "x"}).status_code == 400
    anonymous = app.test_client()
    assert anonymous.get("/tokens/").status_code in (302, 401)


def test_cannot_revoke_another_users_token(app, db_factory):
    from tracker.db import utcnow
    from tracker.services.actors import Actor
    from tracker.services.tokens import create_token

    client, _ = _signed_in(app, db_factory)
    with db_factory() as db:
        other = gen_user(db, "other@un.test", role="officer")
        token = create_token(db, other, "theirs", actor=Actor.for_user(other), now=utcnow()).token
        db.commit()
    assert client.post(f"/tokens/{token.id}/revoke").status_code == 403


def test_refusals_are_sentences_next_to_the_name_field_in_french(app, db_factory):
    client, user = _signed_in(app, db_factory)
    fr = {"Accept-Language": "fr"}
    for name, sentence in (
        ("  ", "Donnez un nom au jeton, par exemple celui du système qui l’utilisera."),
        ("x" * 101, "Le nom d’un jeton compte au plus 100 caractères."),
    ):
        page = client.post("/tokens/", data={"name": name}, headers=fr)
        html = page.get_data(as_text=True)
        assert page.status_code == 422
        assert re.search(r'<input[^>]*aria-invalid="true"[^>]*name="name"|<input[^>]*name="name"[^>]*'
                         r'aria-invalid="true"', html)
        assert f'<div class="invalid-feedback d-block" id="name-error"><div>{sentence}</div>' in html
    with db_factory() as db:
        assert db.query(ApiToken).filter_by(user_id=user.id).count() == 0
