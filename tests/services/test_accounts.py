"""Accounts: argon2 hashes, throttled logins, password changes, admin-only user management."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_user
from tracker.models import AuditEntry, LoginFailure
from tracker.services import accounts
from tracker.services.actors import Actor, PermissionDenied

NOW = dt.datetime(2025, 1, 1, 12, 0, tzinfo=dt.UTC)
ADMIN = Actor.system("cli")


def test_create_user_hashes_with_argon2_and_audits(db):
    entity = gen_entity(db, "Secretary-General")
    user = accounts.create_user(db, "Officer@UN.org", "a long password", "officer", actor=ADMIN,
                                entities=[entity], can_import=True)
    assert user.email == "officer@un.org" and user.password_hash.startswith("$argon2")
    assert accounts.verify_password(user.password_hash, "a long password")
    assert db.scalar(select(AuditEntry.action).where(AuditEntry.target_id == str(user.id))) == "create_user"


@pytest.mark.parametrize("email, password, role, message", [
    ("not-an-email", "a long password", "officer", "valid email"),
    ("x@un.org", "short", "officer", "at least"),
    ("x@un.org", "a long password", "boss", "unknown role"),
])
def test_create_user_refuses_bad_input(db, email, password, role, message):
    with pytest.raises(accounts.AccountError, match=message):
        accounts.create_user(db, email, password, role, actor=ADMIN)


def test_only_admins_create_users(db):
    officer = Actor.for_user(gen_user(db, role="officer"))
    with pytest.raises(PermissionDenied):
        accounts.create_user(db, "x@un.org", "a long password", "admin", actor=officer)


def test_delegations_never_get_the_import_right(db):
    user = accounts.create_user(db, "d@mission.org", "a long password", "delegation", actor=ADMIN,
                                can_import=True)
    assert not user.can_import


def test_authenticate_locks_after_repeated_failures(db):
    user = gen_user(db, "o@un.org", password="right password")
    for _ in range(accounts.MAX_FAILED_LOGINS):
        result = accounts.authenticate(db, "o@un.org", "wrong", now=NOW, ip="1.2.3.4")
        assert result.reason == "wrong_password"
    assert user.locked_until == NOW + accounts.LOCK_DURATION
    assert accounts.authenticate(db, "o@un.org", "right password", now=NOW, ip="1.2.3.4").reason == "locked"
    later = NOW + accounts.LOCK_DURATION + dt.timedelta(seconds=1)
    result = accounts.authenticate(db, "O@UN.ORG", "right password", now=later, ip="1.2.3.4")
    assert result.ok and user.last_login_at == later and user.failed_logins == 0
    actions = db.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions.count("login_failed") == accounts.MAX_FAILED_LOGINS + 1 and actions[-1] == "login"
    assert set(db.scalars(select(AuditEntry.ip))) == {"1.2.3.4"}


def test_unknown_and_inactive_accounts_fail(db):
    gen_user(db, "gone@un.org", password="right password", is_active=False)
    assert accounts.authenticate(db, "nobody@un.org", "x", now=NOW).reason == "unknown"
    assert accounts.authenticate(db, "gone@un.org", "right password", now=NOW).reason == "inactive"


def test_change_password_needs_the_old_one(db):
    user = gen_user(db, password="old password 1")
    me = Actor.for_user(user)
    with pytest.raises(accounts.AccountError, match="current password"):
        accounts.change_password(db, user, "wrong", "new password 22", actor=me)
    accounts.change_password(db, user, "old password 1", "new password 22", actor=me)
    assert accounts.verify_password(user.password_hash, "new password 22")
    other = Actor.for_user(gen_user(db))
    with pytest.raises(PermissionDenied):
        accounts.change_password(db, user, "new password 22", "third password 3", actor=other)


def test_update_user_records_changes_and_protects_the_last_admin_step(db):
    admin_user = gen_user(db, role="admin")
    admin = Actor.for_user(admin_user)
    target = gen_user(db, role="officer")
    entity = gen_entity(db)
    changes = accounts.update_user(db, target, actor=admin, role="delegation", entities=[entity])
    assert changes["role"] == ("officer", "delegation") and target.entities == [entity]
    with pytest.raises(accounts.AccountError, match="own admin role"):
        accounts.update_user(db, admin_user, actor=admin, role="officer")


def test_address_throttle_blocks_then_forgets(db):
    throttle = accounts.AddressThrottle(limit=3, window=dt.timedelta(minutes=1))
    for _ in range(3):
        assert not throttle.is_blocked(db, "9.9.9.9", NOW)
        throttle.record_failure(db, "9.9.9.9", NOW)
    assert throttle.is_blocked(db, "9.9.9.9", NOW)
    assert not throttle.is_blocked(db, "8.8.8.8", NOW)
    assert not throttle.is_blocked(db, "9.9.9.9", NOW + dt.timedelta(minutes=2))


def test_address_throttle_counts_in_one_statement_and_restarts_after_the_window(db):
    """One row per address and account, incremented in place; a failure after the window starts
    the count again at one, and rows that no longer count are deleted."""
    throttle = accounts.AddressThrottle(limit=5, window=dt.timedelta(minutes=15))
    for minute in (0, 5, 10):
        throttle.record_failure(db, "2001:db8::1", NOW + dt.timedelta(minutes=minute), "A@un.org")
    throttle.record_failure(db, "198.51.100.7", NOW, "b@un.org")
    rows = {(r.ip, r.email): (r.failures, r.first_at) for r in db.scalars(select(LoginFailure))}
    assert rows == {("2001:db8::1", "a@un.org"): (3, NOW), ("198.51.100.7", "b@un.org"): (1, NOW)}
    later = NOW + dt.timedelta(minutes=16)
    assert throttle.failures(db, "2001:db8::1", later) == 0
    throttle.record_failure(db, "2001:db8::1", later, "a@un.org")
    rows = {(r.ip, r.email): (r.failures, r.first_at) for r in db.scalars(select(LoginFailure))}
    assert rows == {("2001:db8::1", "a@un.org"): (1, later)}


def test_cli_users_create_and_list(app, db, monkeypatch):
    gen_entity(db, "Secretary-General", aliases=("SG",))
    db.commit()
    runner = app.test_cli_runner()
    from tracker.cli.users import users

    monkeypatch.setenv("TRACKER_PASSWORD", "a long password")
    result = runner.invoke(users, ["create", "Officer@UN.org", "--role", "officer", "--entity", "sg",
                                   "--name", "Olga", "--can-import"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "created officer@un.org (officer for Secretary-General, may import)"
    refused = runner.invoke(users, ["create", "x@un.org", "--role", "officer", "--entity", "Nowhere"])
    assert refused.exit_code == 2 and "no entity named 'Nowhere'" in refused.output
    listed = runner.invoke(users, ["list"])
    assert listed.output.splitlines() == ["officer@un.org\tofficer\tSecretary-General\timport"]
    db.expire_all()
    user = accounts.get_user_by_email(db, "officer@un.org")
    assert accounts.verify_password(user.password_hash, "a long password") and user.name == "Olga"


def test_cli_prompts_for_the_password_when_the_environment_has_none(app, db, monkeypatch):
    monkeypatch.delenv("TRACKER_PASSWORD", raising=False)
    from tracker.cli.users import users

    result = app.test_cli_runner().invoke(users, ["create", "a@un.org", "--role", "admin"],
                                          input="a long password\na long password\n")
    assert result.exit_code == 0, result.output
    assert accounts.get_user_by_email(db, "a@un.org").role == "admin"
