"""Accounts: users with roles, argon2 password hashes, login throttling, password changes.

Throttling has two layers, both in the database so that they hold across processes: per account
(``failed_logins`` / ``locked_until``) and per remote address (``AddressThrottle``, the table
``login_failures``: a brake on one client guessing many accounts). Whatever fails, the caller
shows one generic message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import case, delete, func, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from tracker.models import Entity, LoginFailure, Role, User
from tracker.services.actors import Actor
from tracker.services.audit import record_audit
from tracker.services.errors import Invalid

#: failures in a row before an account is locked, and for how long
MAX_FAILED_LOGINS = 5
LOCK_DURATION = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10

_hasher = PasswordHasher()
#: verified against when the email is unknown, so timing does not reveal which accounts exist
_DUMMY_HASH = _hasher.hash("not-a-real-password-but-the-same-work")


class AccountError(Invalid):
    """Input an account cannot take (a bad email, a short password, an unknown role or entity)."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def normalise_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise AccountError(f"not a valid email address: {email!r} ({exc})", code="bad_email",
                           field="email") from None


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
                           code="short_password", field="password", n=MIN_PASSWORD_LENGTH)


def get_user_by_email(session: Session, email: str) -> User | None:
    query = select(User).where(func.lower(User.email) == email.strip().lower())
    return session.scalar(query.options(selectinload(User.entities)))


def find_entities(session: Session, names: Iterable[str]) -> list[Entity]:
    """Entities by name or alias (case-insensitive); an unknown name is an error, not a guess."""
    from tracker.models import EntityAlias

    found: list[Entity] = []
    for name in names:
        key = name.strip().lower()
        entity = session.scalar(select(Entity).where(func.lower(Entity.name) == key))
        if entity is None:
            entity = session.scalar(
                select(Entity).join(EntityAlias).where(func.lower(EntityAlias.alias) == key)
            )
        if entity is None:
            raise AccountError(f"no entity named {name!r}")
        if entity not in found:
            found.append(entity)
    return found


def _check_role(role: str) -> str:
    try:
        return str(Role(role))
    except ValueError:
        raise AccountError(f"unknown role {role!r}: one of {', '.join(r.value for r in Role)}") from None


def create_user(
    session: Session,
    email: str,
    password: str,
    role: str,
    *,
    actor: Actor,
    name: str = "",
    entities: Iterable[Entity] = (),
    can_import: bool = False,
    member_state: str | None = None,
) -> User:
    actor.require(actor.is_admin, "create users")
    email = normalise_email(email)
    role = _check_role(role)
    check_password_strength(password)
    if get_user_by_email(session, email) is not None:
        raise AccountError(f"a user {email} already exists", code="user_exists", field="email", email=email)
    user = User(
        email=email,
        name=name.strip(),
        password_hash=hash_password(password),
        role=role,
        can_import=bool(can_import) and role != Role.DELEGATION,
        member_state=member_state or None,
    )
    user.entities = list(entities)
    session.add(user)
    session.flush()
    record_audit(
        session, actor, "create_user", user, email=email, role=role,
        entities=[e.name for e in user.entities], can_import=user.can_import,
    )
    return user


def update_user(
    session: Session,
    user: User,
    *,
    actor: Actor,
    name: str | None = None,
    role: str | None = None,
    entities: Iterable[Entity] | None = None,
    can_import: bool | None = None,
    is_active: bool | None = None,
    member_state: str | None = None,
) -> dict[str, tuple]:
    """Change what an admin may change; returns ``{field: (old, new)}`` of what changed."""
    actor.require(actor.is_admin, "change users")
    changes: dict[str, tuple] = {}
    if role is not None:
        role = _check_role(role)
        if user.id == actor.user_id and role != Role.ADMIN:
            raise AccountError("an admin cannot take away their own admin role", code="own_role",
                               field="role")
    if is_active is False and user.id == actor.user_id:
        raise AccountError("an admin cannot deactivate their own account", code="own_account",
                           field="is_active")
    for field, value in (("name", name), ("role", role), ("can_import", can_import),
                         ("is_active", is_active), ("member_state", member_state)):
        if value is not None and getattr(user, field) != value:
            changes[field] = (getattr(user, field), value)
            setattr(user, field, value)
    if entities is not None:
        new = list(entities)
        old_names = [e.name for e in user.entities]
        if {e.id for e in new} != {e.id for e in user.entities}:
            changes["entities"] = (old_names, sorted(e.name for e in new))
            user.entities = new
    if user.role == Role.DELEGATION and user.can_import:
        changes["can_import"] = (True, False)
        user.can_import = False
    if is_active:
        user.failed_logins = 0
        user.locked_until = None
    session.flush()
    if "is_active" in changes and not user.is_active:
        end_sessions(session, user)  # a cookie kept from before must not work after reactivation
    if changes:
        record_audit(session, actor, "update_user", user,
                     changes={k: [_plain(v[0]), _plain(v[1])] for k, v in changes.items()})
    return changes


def _plain(value):
    return value if isinstance(value, str | int | float | bool | list | type(None)) else str(value)


def set_password(session: Session, user: User, new_password: str, *, actor: Actor) -> None:
    """An admin sets another user's password (a reset); the user's lock is lifted."""
    actor.require(actor.is_admin or actor.user_id == user.id, "set this password")
    check_password_strength(new_password)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    record_audit(session, actor, "set_password", user)


#: a password-reset link works this long, once (the password it was made for must still be current)
RESET_LINK_LIFETIME = dt.timedelta(hours=1)
_RESET_SALT = "password-reset"


def _reset_fingerprint(user: User) -> str:
    """Changes whenever the password does: a reset link names the password it replaces."""
    import hashlib

    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:24]


def password_reset_token(user: User, secret_key: str) -> str:
    """A signed, expiring, single-use token for a reset link (single use: it names the password
    it replaces, so setting a new one spends it)."""
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(secret_key, salt=_RESET_SALT).dumps(
        {"u": user.id, "f": _reset_fingerprint(user)})


def user_for_reset_token(session: Session, token: str, secret_key: str, *,
                         max_age: dt.timedelta = RESET_LINK_LIFETIME) -> User | None:
    """The active user a reset token was made for, or None (bad, expired or already used)."""
    import hmac

    from itsdangerous import BadData, URLSafeTimedSerializer

    try:
        data = URLSafeTimedSerializer(secret_key, salt=_RESET_SALT).loads(
            token, max_age=int(max_age.total_seconds()))
        user = session.get(User, int(data["u"]))
    except (BadData, KeyError, TypeError, ValueError):
        return None
    if user is None or not user.is_active:
        return None
    if not hmac.compare_digest(str(data.get("f", "")), _reset_fingerprint(user)):
        return None
    return user


def reset_password(session: Session, user: User, new_password: str, *, ip: str | None = None) -> None:
    """The user sets a new password through a reset link (the link was checked by the caller)."""
    check_password_strength(new_password)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    record_audit(session, Actor(name=user.email, user_id=user.id, role=user.role, ip=ip),
                 "reset_password", user)


def unlock_user(session: Session, user: User, *, actor: Actor) -> bool:
    """An admin lifts a lock left by failed sign-ins; True if there was one."""
    actor.require(actor.is_admin, "unlock accounts")
    was_locked = user.locked_until is not None or bool(user.failed_logins)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    if was_locked:
        record_audit(session, actor, "unlock_user", user)
    return was_locked


def change_password(
    session: Session, user: User, old_password: str, new_password: str, *, actor: Actor
) -> None:
    """The user changes their own password: the old one must be right."""
    actor.require(actor.user_id == user.id, "change another user's password")
    if not verify_password(user.password_hash, old_password):
        raise AccountError("the current password is wrong", code="wrong_password", field="current_password")
    if old_password == new_password:
        raise AccountError("the new password is the same as the old one", code="same_password",
                           field="new_password")
    check_password_strength(new_password)
    user.password_hash = hash_password(new_password)
    session.flush()
    record_audit(session, actor, "change_password", user)


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    #: ok, unknown, wrong_password, locked, inactive (for the audit log; only a lock is shown)
    reason: str
    #: when the account is locked (now, or by this very failure): the login page says until when
    locked_until: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.user is not None and self.reason == "ok"


def authenticate(
    session: Session, email: str, password: str, *, now: dt.datetime, ip: str | None = None
) -> LoginResult:
    """Check a login; count failures and lock the account after ``MAX_FAILED_LOGINS`` in a row.

    A failure is counted by one ``UPDATE … RETURNING`` (never read, add one, write back), so
    attempts made in parallel all count and the lock holds however many arrive at once. Every
    attempt is audited (the address included). The caller commits either way: a failed attempt
    must leave its count behind.
    """
    user = get_user_by_email(session, email) if email else None
    if user is None:
        verify_password(_DUMMY_HASH, password)
        result = LoginResult(None, "unknown")
    elif user.locked_until is not None and user.locked_until > now:
        verify_password(_DUMMY_HASH, password)
        result = LoginResult(None, "locked", locked_until=user.locked_until)
    elif not verify_password(user.password_hash, password):
        _count_failure(session, user, now)
        result = LoginResult(None, "wrong_password", locked_until=user.locked_until
                             if user.locked_until is not None and user.locked_until > now else None)
    elif not user.is_active:
        result = LoginResult(None, "inactive")
    else:
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        result = LoginResult(user, "ok")
    session.flush()
    who = Actor(name=user.email if user else (email or "")[:320], user_id=user.id if user else None,
                role=user.role if user else None, ip=ip)
    record_audit(session, who, "login" if result.ok else "login_failed", user, reason=result.reason)
    return result


def _count_failure(session: Session, user: User, now: dt.datetime) -> None:
    """One more failure, atomically; the one that reaches the limit locks the account."""
    users = User.__table__
    reaches = users.c.failed_logins + 1 >= MAX_FAILED_LOGINS
    count, locked_until = session.execute(
        update(users)
        .where(users.c.id == user.id)
        .values(
            failed_logins=case((reaches, 0), else_=users.c.failed_logins + 1),
            locked_until=case((reaches, now + LOCK_DURATION), else_=users.c.locked_until),
        )
        .returning(users.c.failed_logins, users.c.locked_until)
    ).one()
    set_committed_value(user, "failed_logins", count)
    set_committed_value(user, "locked_until", locked_until)


def record_blocked_login(session: Session, email: str, *, ip: str | None) -> None:
    """An attempt refused before any password was checked (its address made too many): audited."""
    record_audit(session, Actor(name=(email or "")[:320], ip=ip), "login_blocked", None,
                 reason="address_throttled")


def end_sessions(session: Session, user: User) -> None:
    """Sign the user out everywhere: every session cookie issued so far stops working."""
    users = User.__table__
    version = session.execute(
        update(users).where(users.c.id == user.id)
        .values(session_version=users.c.session_version + 1)
        .returning(users.c.session_version)
    ).scalar_one()
    set_committed_value(user, "session_version", version)


class AddressThrottle:
    """At most ``limit`` failed logins per remote address within ``window``, counted in the
    database (``login_failures``): every web process counts against the same limit.

    Each failure is counted against the account it tried, one row per (address, account) and one
    ``INSERT … ON CONFLICT DO UPDATE`` per failure (never read, add one, write back), so failures
    made in parallel, in one process or several, all count. A row counts for ``window`` from its
    first failure, then starts again. A successful sign-in forgets only that account's failures
    from that address, so one account holder cannot clear the way for guessing others. The caller
    commits."""

    def __init__(self, limit: int = 20, window: dt.timedelta = dt.timedelta(minutes=15)):
        self.limit = limit
        self.window = window

    def failures(self, session: Session, ip: str | None, now: dt.datetime) -> int:
        """Failures from ``ip`` that still count at ``now``."""
        if not ip:
            return 0
        rows = LoginFailure.__table__
        return session.scalar(
            select(func.coalesce(func.sum(rows.c.failures), 0))
            .where(rows.c.ip == _address(ip), rows.c.first_at > _when(now - self.window))
        )

    def is_blocked(self, session: Session, ip: str | None, now: dt.datetime) -> bool:
        return self.failures(session, ip, now) >= self.limit

    def record_failure(self, session: Session, ip: str | None, now: dt.datetime, email: str = "") -> None:
        if not ip:
            return
        rows = LoginFailure.__table__
        expired = rows.c.first_at <= _when(now - self.window)
        dialect = session.get_bind().dialect.name
        insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect]
        statement = insert(rows).values(ip=_address(ip), email=_account(email), failures=1, first_at=now)
        session.execute(statement.on_conflict_do_update(
            index_elements=[rows.c.ip, rows.c.email],
            # both read the row as it was: a window that has passed starts again at one
            set_={"failures": case((expired, 1), else_=rows.c.failures + 1),
                  "first_at": case((expired, _when(now)), else_=rows.c.first_at)},
        ))
        # what no longer counts goes (an index on first_at): the table stays the size of a window
        session.execute(delete(rows).where(expired))

    def reset(self, session: Session, ip: str | None, email: str = "") -> None:
        """``email`` signed in from ``ip``: its own failures there are forgiven, nobody else's."""
        if not ip:
            return
        rows = LoginFailure.__table__
        session.execute(delete(rows).where(rows.c.ip == _address(ip), rows.c.email == _account(email)))


def _address(ip: str) -> str:
    return ip[:64]


def _account(email: str) -> str:
    return (email or "").strip().lower()[:320]


def _when(moment: dt.datetime):
    """A datetime bound as the table's UTC column is (SQLite compares the stored text)."""
    return literal(moment, LoginFailure.__table__.c.first_at.type)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).options(selectinload(User.entities)).order_by(User.email)))
