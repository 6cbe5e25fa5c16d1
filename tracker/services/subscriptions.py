"""A delegation follows resolutions, owners and sessions; the followed items make its dashboard
(and, with the reminders issue, its reminders or digest).

Following is idempotent: following twice keeps one row, unfollowing what is not followed is a
no-op. Services flush, never commit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.calendar import NoSessionsError, session_body
from tracker.models import Entity, Resolution, Subscription, SubscriptionTarget, User
from tracker.services.actors import sees_unpublished
from tracker.services.errors import NotFound


class SubscriptionError(NotFound):
    """The thing to follow does not exist or cannot be followed."""


@dataclass(frozen=True)
class Target:
    """What to follow: exactly one of a resolution, an entity, or a session of a body."""

    kind: SubscriptionTarget
    resolution_id: int | None = None
    entity_id: int | None = None
    session_body: str | None = None
    session_number: int | None = None

    @classmethod
    def resolution(cls, resolution_id: int) -> Target:
        return cls(SubscriptionTarget.RESOLUTION, resolution_id=resolution_id)

    @classmethod
    def entity(cls, entity_id: int) -> Target:
        return cls(SubscriptionTarget.ENTITY, entity_id=entity_id)

    @classmethod
    def session(cls, body: str, number: int) -> Target:
        return cls(SubscriptionTarget.SESSION, session_body=body, session_number=number)


def _validate(session: Session, target: Target, user: User) -> Target:
    """``target`` as a subscription holds it: its own column and no other (the reminders match a
    subscription through the column of its target, ``reminders.queue._follows``)."""
    if target.kind == SubscriptionTarget.RESOLUTION:
        resolution = session.get(Resolution, target.resolution_id) if target.resolution_id else None
        if resolution is None or (resolution.published_at is None and not sees_unpublished(user)):
            # the same answer whether it does not exist or may not be seen (ids are sequential)
            raise SubscriptionError("no such resolution")
        return Target.resolution(resolution.id)
    elif target.kind == SubscriptionTarget.ENTITY:
        if target.entity_id is None or session.get(Entity, target.entity_id) is None:
            raise SubscriptionError("no such owner")
        return Target.entity(target.entity_id)
    elif target.kind == SubscriptionTarget.SESSION:
        try:
            body = session_body(str(target.session_body or ""))
        except NoSessionsError:
            raise SubscriptionError("the Security Council has no sessions") from None
        except ValueError:
            raise SubscriptionError("no such body") from None
        if target.session_number is None or not 1 <= target.session_number <= 9999:
            raise SubscriptionError("no such session")
        return Target.session(str(body), target.session_number)
    raise SubscriptionError(f"cannot follow {target.kind!r}")


def _find(session: Session, user: User, target: Target) -> Subscription | None:
    # NULLs never compare equal in the unique constraint: look for the row explicitly
    stmt = select(Subscription).where(
        Subscription.user_id == user.id, Subscription.target == target.kind.value
    )
    if target.kind == SubscriptionTarget.RESOLUTION:
        stmt = stmt.where(Subscription.resolution_id == target.resolution_id)
    elif target.kind == SubscriptionTarget.ENTITY:
        stmt = stmt.where(Subscription.entity_id == target.entity_id)
    else:
        stmt = stmt.where(
            Subscription.session_body == target.session_body,
            Subscription.session_number == target.session_number,
        )
    return session.scalars(stmt.limit(1)).first()


def follow(session: Session, user: User, target: Target, *, mode: str = "reminders") -> Subscription:
    """Follow ``target`` (idempotent): returns the subscription, new or existing."""
    target = _validate(session, target, user)
    existing = _find(session, user, target)
    if existing is not None:
        return existing
    subscription = Subscription(
        user_id=user.id,
        target=target.kind.value,
        resolution_id=target.resolution_id,
        entity_id=target.entity_id,
        session_body=target.session_body,
        session_number=target.session_number,
        mode=mode,
    )
    session.add(subscription)
    session.flush()
    return subscription


def unfollow(session: Session, user: User, target: Target) -> bool:
    """Stop following ``target``; True when something was followed."""
    try:
        target = _validate(session, target, user)
    except SubscriptionError:
        return False
    existing = _find(session, user, target)
    if existing is None:
        return False
    session.delete(existing)
    session.flush()
    return True


def is_following(session: Session, user: User | None, target: Target) -> bool:
    if user is None:
        return False
    try:
        target = _validate(session, target, user)
    except SubscriptionError:
        return False
    return _find(session, user, target) is not None

