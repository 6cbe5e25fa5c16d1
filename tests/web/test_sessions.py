"""Sign-in under attack and sessions that end: failures counted atomically (parallel guesses lock
the account), the per-address brake not lifted by someone else's success, blocked attempts
audited, sign-out and deactivation ending the session on the server, an idle lifetime."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from tests.factories import gen_user
from tests.web.workspace import PASSWORD, csrf, login, token
from tracker.db import utcnow
from tracker.models import AuditEntry, User
from tracker.services import accounts
from tracker.services.accounts import AddressThrottle
from tracker.services.actors import Actor


def test_twenty_parallel_wrong_passwords_lock_the_account(db_factory):
    with db_factory() as db:
        gen_user(db, "officer@un.org", password=PASSWORD)
        db.commit()
    start = threading.Barrier(20)

    def guess(n: int) -> None:
        with db_factory() as db:
            start.wait()
            accounts.authenticate(db, "officer@un.org", f"guess {n}", now=utcnow(), ip="203.0.113.5")
            db.commit()

    with ThreadPoolExecutor(max_workers=20) as pool:
        list(pool.map(guess, range(20)))  # a guess's error is raised here
    with db_factory() as db:
        user = db.scalar(select(User))
        assert user.locked_until is not None and user.locked_until > utcnow()
        assert db.query(AuditEntry).filter_by(action="login_failed").count() == 20
        # locked: the right password is refused too
        assert not accounts.authenticate(db, "officer@un.org", PASSWORD, now=utcnow()).ok


def test_a_success_forgives_only_the_same_account_from_that_address(db):
    throttle = AddressThrottle(limit=3)
    now = utcnow()
    for email in ("victim1@un.org", "victim2@un.org", "me@un.org"):
        throttle.record_failure(db, "203.0.113.5", now, email)
    throttle.reset(db, "203.0.113.5", "me@un.org")  # the sprayer signs in to their own account
    throttle.record_failure(db, "203.0.113.5", now, "victim3@un.org")
    assert throttle.is_blocked(db, "203.0.113.5", now)
    assert not throttle.is_blocked(db, "198.51.100.7", now)
    assert not throttle.is_blocked(db, "203.0.113.5", now + dt.timedelta(minutes=16))


def test_two_processes_share_one_address_limit(app_config, db):
    """Two app instances (two `tracker serve` processes) on one database: the failures made
    through either count against the one limit, and a success through one forgives its own
    failures for both."""
    from tracker import create_app

    gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    instances = [create_app(app_config), create_app(app_config)]
    try:
        _share_one_limit(instances, db)
    finally:
        for instance in instances:
            instance.extensions["tracker"].engine.dispose()


def _share_one_limit(instances, db):
    assert instances[0].extensions["tracker"].engine is not instances[1].extensions["tracker"].engine
    for instance in instances:
        instance.extensions["tracker_login_throttle"] = AddressThrottle(limit=4)
    clients = [instance.test_client() for instance in instances]

    def attempt(client, email, password="wrong"):
        return client.post("/login", data={"email": email, "password": password, "csrf_token": csrf(client)})

    assert attempt(clients[0], "officer@un.org").status_code == 401
    # a success through the other process forgives that account's failure (not anyone else's)
    assert attempt(instances[1].test_client(), "officer@un.org", PASSWORD).status_code == 302
    assert attempt(clients[0], "a@un.org").status_code == 401
    assert attempt(clients[1], "b@un.org").status_code == 401
    assert attempt(clients[0], "c@un.org").status_code == 401
    assert attempt(clients[1], "d@un.org").status_code == 401
    # four failures from this address, two through each process: both processes now refuse it
    for client in clients:
        assert attempt(client, "officer@un.org", PASSWORD).status_code == 401
    assert db.scalar(select(func.count()).select_from(AuditEntry)
                     .where(AuditEntry.action == "login_blocked")) == 2


def test_blocked_attempts_are_audited_with_the_address(app, client, db):
    app.extensions["tracker_login_throttle"] = AddressThrottle(limit=2)
    for n in range(3):
        client.post("/login", data={"email": f"guess{n}@un.org", "password": "x", "csrf_token": csrf(client)})
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "login_blocked"))
    assert entry is not None and entry.ip == "127.0.0.1" and entry.actor == "guess2@un.org"


def _session_cookie(client) -> str:
    return client.get_cookie("session").value


def test_a_cookie_replayed_after_sign_out_is_refused(app, client, db):
    gen_user(db, "officer@un.org", role="officer", password=PASSWORD)
    db.commit()
    login(client, "officer@un.org")
    assert client.get("/my-work").status_code == 200
    copied = _session_cookie(client)
    assert client.post("/logout", data={"csrf_token": token(client)}).status_code == 302

    thief = app.test_client()
    thief.set_cookie("session", copied)
    response = thief.get("/my-work")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_deactivation_ends_sessions_for_good(app, client, db):
    officer = gen_user(db, "officer@un.org", role="officer", password=PASSWORD)
    db.commit()
    login(client, "officer@un.org")
    copied = _session_cookie(client)
    admin = Actor.system("test")
    accounts.update_user(db, officer, actor=admin, is_active=False)
    db.commit()
    assert client.get("/my-work").status_code == 302
    accounts.update_user(db, officer, actor=admin, is_active=True)
    db.commit()
    replay = app.test_client()
    replay.set_cookie("session", copied)
    assert replay.get("/my-work").status_code == 302


def test_a_session_lasts_the_configured_idle_time(app_config, db):
    from tracker import create_app

    gen_user(db, "officer@un.org", role="officer", password=PASSWORD)
    db.commit()
    assert create_app(app_config).permanent_session_lifetime == dt.timedelta(hours=12)
    app = create_app({**app_config, "SESSION_IDLE_HOURS": 0.5})
    assert app.permanent_session_lifetime == dt.timedelta(minutes=30)
    client = app.test_client()
    response = login(client, "officer@un.org")
    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))
    assert "Expires=" in cookie
    app.extensions["tracker"].engine.dispose()
