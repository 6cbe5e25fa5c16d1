"""What a user sees of accounts: the lock and until when, the admin's Unlock, the reset link by
e-mail (signed, expiring, single use), `tracker users set-password`, `tracker demo accounts`, and
a new account's role chosen, never defaulted."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.factories import gen_user
from tests.reminders.conftest import smtp_server  # noqa: F401 (fixture)
from tests.web.workspace import PASSWORD, csrf, login, token
from tracker.cli import cli
from tracker.db import utcnow
from tracker.models import AuditEntry, User
from tracker.reminders import ReminderSettings, run_pass
from tracker.services import accounts
from tracker.services.accounts import MAX_FAILED_LOGINS


def _post_login(client, email, password):
    return client.post("/login", data={"email": email, "password": password, "csrf_token": csrf(client)})


def _lock(client, email):
    for _ in range(MAX_FAILED_LOGINS):
        _post_login(client, email, "a wrong guess")


def test_the_login_page_says_the_account_is_locked_and_until_when(client, db):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    _lock(client, "officer@un.org")
    html = _post_login(client, "officer@un.org", PASSWORD).get_data(as_text=True)
    assert "This account is locked after too many failed sign-ins, until" in html
    db.expire_all()
    until = db.scalar(select(User.locked_until))
    assert f"{until:%H:%M}" in html  # until when, in UTC
    fr = client.post("/login", headers={"Accept-Language": "fr"},
                     data={"email": "officer@un.org", "password": PASSWORD, "csrf_token": csrf(client)})
    assert "Ce compte est bloqué" in fr.get_data(as_text=True)


def test_an_admin_unlocks_an_account(app, client, db):
    gen_user(db, "admin@un.org", role="admin", password=PASSWORD)
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    other = app.test_client()
    _lock(other, "officer@un.org")
    login(client, "admin@un.org")
    target = db.scalar(select(User).where(User.email == "officer@un.org"))
    assert "Unlock" in client.get("/admin/users").get_data(as_text=True)
    page = client.get(f"/admin/users/{target.id}").get_data(as_text=True)
    assert 'id="locked"' in page
    response = client.post(f"/admin/users/{target.id}/unlock", data={"csrf_token": token(client)})
    assert response.status_code == 302
    assert _post_login(other, "officer@un.org", PASSWORD).status_code == 302
    assert db.scalar(select(AuditEntry).where(AuditEntry.action == "unlock_user")) is not None


def test_a_new_accounts_role_has_no_default(client, db):
    gen_user(db, "admin@un.org", role="admin", password=PASSWORD)
    db.commit()
    login(client, "admin@un.org")
    html = client.get("/admin/users").get_data(as_text=True)
    select_html = re.search(r'<select[^>]*name="role".*?</select>', html, re.S).group(0)
    assert '<option selected value="">' in select_html or '<option value="" selected>' in select_html
    refused = client.post("/admin/users", data={"email": "new@un.org", "password": "a long password",
                                                "csrf_token": token(client)})
    assert refused.status_code == 400 and "Choose the account" in refused.get_data(as_text=True)
    assert db.scalar(select(User).where(User.email == "new@un.org")) is None


def test_password_reset_link_by_email_works_once(app, client, db, db_factory, smtp_server,  # noqa: F811
                                                 monkeypatch):
    app.config["SMTP_URL"] = smtp_server.url
    # the reminder pass sends it (the request's own attempt in the background: test_password_reset_mail)
    monkeypatch.setattr("tracker.web.auth.views.deliver_soon", lambda *args, **kwargs: None)
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    assert "Forgot your password?" in client.get("/login").get_data(as_text=True)
    response = client.post("/account/forgot", data={"email": "officer@un.org", "csrf_token": csrf(client)})
    unknown = client.post("/account/forgot", data={"email": "nobody@un.org", "csrf_token": csrf(client)})
    assert response.status_code == unknown.status_code == 302  # the same answer either way
    run_pass(db_factory, utcnow(), ReminderSettings.from_config(app.config))
    assert len(smtp_server.mailbox.messages) == 1
    _rcpts, msg = smtp_server.mailbox.messages[0]
    body = msg.get_body(("plain",)).get_content()
    link = re.search(r"http://tracker\.test(/account/reset/[A-Za-z0-9_.\-]+)", body).group(1)
    assert client.get(link).status_code == 200
    new = "a brand new password"
    done = client.post(link, data={"new_password": new, "confirm": new, "csrf_token": csrf(client, link)})
    assert done.status_code == 302
    assert login(client, "officer@un.org", new).status_code == 302
    client.post("/logout", data={"csrf_token": token(client)})
    again = client.get(link)  # single use: the password it was made for is gone
    assert again.status_code == 400 and 'id="reset-invalid"' in again.get_data(as_text=True)


def test_reset_links_expire_and_are_signed(db):
    user = gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    import datetime as dt

    good = accounts.password_reset_token(user, "secret")
    assert accounts.user_for_reset_token(db, good, "secret") is user
    assert accounts.user_for_reset_token(db, good, "another secret") is None
    assert accounts.user_for_reset_token(db, good + "x", "secret") is None
    assert accounts.user_for_reset_token(db, good, "secret", max_age=dt.timedelta(seconds=-1)) is None


def test_without_smtp_the_login_page_says_to_ask_an_admin(client):
    html = client.get("/login").get_data(as_text=True)
    assert "Ask an administrator to set a new one." in html
    assert "/account/forgot" not in html


def test_cli_set_password_and_demo_accounts(app, db, monkeypatch):
    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    runner = app.test_cli_runner()
    monkeypatch.setenv("TRACKER_PASSWORD", "set from the command line")
    result = runner.invoke(cli, ["users", "set-password", "officer@un.org"], catch_exceptions=False)
    assert result.exit_code == 0 and "password set for officer@un.org" in result.output
    db.expire_all()
    user = db.scalar(select(User).where(User.email == "officer@un.org"))
    assert accounts.verify_password(user.password_hash, "set from the command line")
    missing = runner.invoke(cli, ["users", "set-password", "nobody@un.org"])
    assert missing.exit_code == 2 and "no account nobody@un.org" in missing.output

    first = runner.invoke(cli, ["demo", "accounts"], catch_exceptions=False)
    second = runner.invoke(cli, ["demo", "accounts"], catch_exceptions=False)
    pattern = r"account (\S+) \((\w+)\) password: (\S+)"
    before, after = re.findall(pattern, first.output), re.findall(pattern, second.output)
    assert len(before) == len(after) == 3
    assert {b[0] for b in before} == {a[0] for a in after}
    assert all(b[2] != a[2] for b, a in zip(before, after, strict=True))  # new passwords each time
    db.expire_all()
    for email, _role, password in after:
        user = db.scalar(select(User).where(User.email == email))
        assert accounts.verify_password(user.password_hash, password)
