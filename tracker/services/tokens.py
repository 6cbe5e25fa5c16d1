"""API tokens: created and revoked by their user, stored as a SHA-256 hash, shown in clear once.

A token acts with its user's role and entities as they are *now* (not as they were when it was
created): demoting a user or removing an entity takes effect on every token at once. A token of a
user who has been deactivated, or one that was revoked, no longer authenticates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tracker.models import ApiToken, User
from tracker.services.actors import Actor, PermissionDenied
from tracker.services.audit import record_audit
from tracker.services.errors import Invalid, NotFound

#: Every token starts with this, so a leaked one is easy to recognise (and to scan for).
TOKEN_PREFIX = "mt_"  # noqa: S105 (a marker, not a secret)
#: Shown in lists so a user can tell tokens apart; too short to help an attacker.
DISPLAY_PREFIX_LENGTH = 10
#: Tokens a user may hold at once (revoked ones do not count).
MAX_ACTIVE_TOKENS = 20
#: ``last_used_at`` is written at most this often, so reads do not all become writes.
LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


class TokenError(Invalid):
    """A token request that cannot be honoured (empty name, too many tokens)."""


@dataclass(frozen=True)
class NewToken:
    """The row and the clear token, which exists only in this object and the page that shows it."""

    token: ApiToken
    secret: str


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def list_tokens(session: Session, user_id: int) -> list[ApiToken]:
    """The user's tokens, newest first, revoked ones included (their history is useful)."""
    return list(
        session.scalars(
            select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id.desc())
        )
    )


def create_token(
    session: Session, user: User, name: str, *, actor: Actor, now: dt.datetime, note: str | None = None
) -> NewToken:
    """A new token for ``user``; only the actor themselves (or an admin) may create one."""
    actor.require(actor.user_id == user.id or actor.is_admin, "create a token for another user")
    name = " ".join((name or "").split())
    if not name:
        raise TokenError("give the token a name, such as the system that will use it",
                         code="token_name_required", field="name")
    if len(name) > 100:
        raise TokenError("the token's name is longer than 100 characters", code="token_name_too_long",
                         field="name", n=100)
    active = [t for t in list_tokens(session, user.id) if t.revoked_at is None]
    if len(active) >= MAX_ACTIVE_TOKENS:
        raise TokenError(f"you already hold {MAX_ACTIVE_TOKENS} active tokens: revoke one first",
                         code="too_many_tokens", n=MAX_ACTIVE_TOKENS)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id,
        name=name,
        token_hash=hash_token(secret),
        prefix=secret[:DISPLAY_PREFIX_LENGTH],
        created_at=now,
        note=note,
    )
    session.add(token)
    session.flush()
    record_audit(session, actor, "create_token", token, name=name, prefix=token.prefix)
    return NewToken(token, secret)


def revoke_token(session: Session, token_id: int, *, actor: Actor, now: dt.datetime) -> ApiToken:
    """Revoke one of the actor's tokens (an admin may revoke anyone's). Revoking twice is harmless."""
    token = session.get(ApiToken, token_id)
    if token is None:
        raise NotFound(f"no token {token_id}")
    if token.user_id != actor.user_id and not actor.is_admin:
        raise PermissionDenied(f"{actor.name} may not revoke another user's token")
    if token.revoked_at is None:
        token.revoked_at = now
        record_audit(session, actor, "revoke_token", token, prefix=token.prefix)
        session.flush()
    return token


def authenticate_token(session: Session, secret: str, *, now: dt.datetime) -> User | None:
    """The active user a bearer token belongs to, or None (unknown, revoked, user inactive).

    The lookup is by hash, so no timing difference reveals how much of a guess was right; the
    final comparison is constant-time all the same.
    """
    if not secret or not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    digest = hash_token(secret)
    token = session.scalar(
        select(ApiToken)
        .where(ApiToken.token_hash == digest)
        .options(selectinload(ApiToken.user).selectinload(User.entities))
    )
    if token is None or not hmac.compare_digest(token.token_hash, digest):
        return None
    if token.revoked_at is not None or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        token.last_used_at = now
        session.flush()
    return token.user
