"""Signing in and out: generic errors, throttling, fixation protection, password change."""

from __future__ import annotations

from sqlalchemy import select

from tests.factories import gen_user
from tests.web.workspace import PASSWORD, csrf, login, token
from tracker.models import AuditEntry, User
from tracker.services.accounts import MAX_FAILED_LOGINS, AddressThrottle, verify_password

GENERIC = "Wrong email or password, or too many attempts"


def _post_login(client, email, password):
    return client.post("/login", data={"email": email, "password": password, "csrf_token": csrf(client)})


def test_login_redirects_officers_to_their_work_and_audits_the_address(client, db):
    gen_user(db, "officer@un.org", role="officer", password=PASSWORD)
    db.commit()
    response = login(client, "OFFICER@un.org")
    assert response.headers["Location"] == "/my-work"
    assert client.get("/my-work").status_code == 200
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "login"))
    assert entry.actor == "officer@un.org" and entry.ip == "127.0.0.1"


def test_failures_look_the_same_whether_or_not_the_account_exists(client, db):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    wrong = _post_login(client, "officer@un.org", "not it")
    unknown = _post_login(client, "nobody@un.org", "not it")
    assert wrong.status_code == unknown.status_code == 401
    assert GENERIC in wrong.get_data(as_text=True) and GENERIC in unknown.get_data(as_text=True)


def test_account_is_locked_after_repeated_failures(client, db):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    for _ in range(MAX_FAILED_LOGINS):
        assert _post_login(client, "officer@un.org", "guess").status_code == 401
    assert _post_login(client, "officer@un.org", PASSWORD).status_code == 401
    db.expire_all()
    assert db.scalar(select(User.locked_until)) is not None


def test_one_address_guessing_many_accounts_is_throttled(app, client, db):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    app.extensions["tracker_login_throttle"] = AddressThrottle(limit=2)
    _post_login(client, "a@un.org", "x")
    _post_login(client, "b@un.org", "x")
    assert _post_login(client, "officer@un.org", PASSWORD).status_code == 401


def test_session_is_renewed_at_login(client, db):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    client.get("/login")
    with client.session_transaction() as sess:
        sess["planted"] = "by someone else"
    login(client, "officer@un.org")
    with client.session_transaction() as sess:
        assert "planted" not in sess and sess.get("_user_id")


def test_next_only_goes_to_this_site(client, db):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    response = client.post("/login?next=https://evil.example/x",
                           data={"email": "officer@un.org", "password": PASSWORD, "csrf_token": csrf(client)})
    assert response.headers["Location"] == "/my-work"


def test_logout_is_a_post_with_csrf(client, db):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    login(client, "officer@un.org")
    assert client.get("/logout").status_code == 405
    client.post("/logout", data={"csrf_token": token(client)})
    assert client.get("/my-work").status_code == 302


def test_password_change(client, db):
    user = gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    login(client, "officer@un.org")
    new = {"new_password": "new password 1", "confirm": "new password 1"}
    url = "/account/password"
    bad = client.post(url, data={"current_password": "wrong", **new, "csrf_token": token(client)})
    assert bad.status_code == 400 and "current password is wrong" in bad.get_data(as_text=True)
    ok = client.post(url, data={"current_password": PASSWORD, **new, "csrf_token": token(client)})
    assert ok.status_code == 302
    db.refresh(user)
    assert verify_password(user.password_hash, "new password 1")


def test_anonymous_users_are_sent_to_login(client):
    response = client.get("/my-work")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")


def test_changing_the_password_signs_out_other_sessions_but_not_this_one(app, db):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    here, elsewhere = app.test_client(), app.test_client()
    login(here, "officer@un.org")
    login(elsewhere, "officer@un.org")
    assert elsewhere.get("/my-work").status_code == 200
    new = {"current_password": PASSWORD, "new_password": "new password 1", "confirm": "new password 1"}
    assert here.post("/account/password", data={**new, "csrf_token": token(here)}).status_code == 302
    assert here.get("/my-work").status_code == 200
    signed_out = elsewhere.get("/my-work")
    assert signed_out.status_code == 302 and signed_out.headers["Location"].startswith("/login")
