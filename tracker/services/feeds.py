"""Calendar feeds (iCalendar, RFC 5545): obligations' due dates as all-day events.

A feed per owner, per resolution, per session, and a personal one for everything a user follows
(behind a secret URL token, since calendar clients cannot log in). Each event's UID is derived
from the obligation's id and the site, and its SEQUENCE from the obligation's version, so a client
that refreshes a feed updates its events instead of duplicating them. Open obligations carry an
alarm at each reminder stage (``stages_for``: the same stages the reminder pass goes by).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneStandard, vText
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload, undefer

from tracker.models import (
    OPEN_STATUSES,
    Entity,
    Obligation,
    Resolution,
    Subscription,
    SubscriptionTarget,
    User,
    obligation_owners,
)
from tracker.reminders.stages import stages_for
from tracker.services.actors import Actor
from tracker.services.audit import record_audit
from tracker.services.exports import obligation_url

PRODID = "-//Mandate Tracker//Obligations//EN"
#: events per feed at most; a calendar client chokes long before a register does
MAX_EVENTS = 5000


def _published(stmt):
    """Published, tracked (the model's rule: what has something to deliver) and dated."""
    return stmt.join(Resolution, Obligation.resolution_id == Resolution.id).where(
        Resolution.published_at.is_not(None), Obligation.is_tracked, Obligation.due_on.is_not(None)
    )


def _load(session: Session, stmt) -> list[Obligation]:
    stmt = (
        _published(stmt)
        .options(
            selectinload(Obligation.resolution),
            selectinload(Obligation.paragraph),
            selectinload(Obligation.owners),
            undefer(Obligation.owner_unconfirmed),
        )
        .order_by(Obligation.due_on, Obligation.id)
        .limit(MAX_EVENTS)
    )
    return list(session.scalars(stmt))


def owner_obligations(session: Session, entity_id: int) -> list[Obligation]:
    owned = select(obligation_owners.c.obligation_id).where(obligation_owners.c.entity_id == entity_id)
    return _load(session, select(Obligation).where(Obligation.id.in_(owned)))


def resolution_obligations(session: Session, resolution_id: int) -> list[Obligation]:
    return _load(session, select(Obligation).where(Obligation.resolution_id == resolution_id))


def session_obligations(session: Session, body: str, number: int) -> list[Obligation]:
    return _load(
        session,
        select(Obligation).where(Obligation.deadline_body == body, Obligation.deadline_session == number),
    )


def followed_obligations(session: Session, user: User) -> list[Obligation]:
    """What the user follows (resolutions, owners, sessions) and, for an officer, what the
    entities they act for own."""
    conditions = []
    subs = list(session.scalars(select(Subscription).where(Subscription.user_id == user.id)))
    resolution_ids = [
        s.resolution_id for s in subs if s.target == SubscriptionTarget.RESOLUTION and s.resolution_id
    ]
    entity_ids = [s.entity_id for s in subs if s.target == SubscriptionTarget.ENTITY and s.entity_id]
    entity_ids += [e.id for e in user.entities]
    if resolution_ids:
        conditions.append(Obligation.resolution_id.in_(resolution_ids))
    if entity_ids:
        conditions.append(
            Obligation.id.in_(
                select(obligation_owners.c.obligation_id).where(obligation_owners.c.entity_id.in_(entity_ids))
            )
        )
    for s in subs:
        if s.target == SubscriptionTarget.SESSION and s.session_body and s.session_number:
            conditions.append(
                (Obligation.deadline_body == s.session_body)
                & (Obligation.deadline_session == s.session_number)
            )
    if not conditions:
        return []
    return _load(session, select(Obligation).where(or_(*conditions)))


def user_by_feed_token(session: Session, token: str) -> User | None:
    if not token or len(token) > 64:
        return None
    user = session.scalar(
        select(User).where(User.feed_token == token).options(selectinload(User.entities))
    )
    if user is None or not user.is_active or not secrets.compare_digest(user.feed_token or "", token):
        return None
    return user


def rotate_feed_token(session: Session, user: User, *, actor: Actor) -> str:
    """A new secret for the user's personal feed URL; the old URL stops working."""
    actor.require(actor.user_id == user.id or actor.is_admin, "change another user's feed address")
    user.feed_token = secrets.token_urlsafe(32)
    record_audit(session, actor, "rotate_feed_token", user)
    session.flush()
    return user.feed_token


# ---------------------------------------------------------------------- iCalendar


def event_uid(obligation: Obligation, base_url: str) -> str:
    host = urlsplit(base_url).hostname or "mandate-tracker"
    return f"obligation-{obligation.id}@{host}"


def _owners(o: Obligation, none: str) -> str:
    """Its owners' names; with none, that the owner it names is not yet confirmed (a pending owner
    candidate, whose words a feed does not show: ``Obligation.owner_unconfirmed``), or ``none``."""
    return ", ".join(e.name for e in o.owners) or ("owner not yet confirmed" if o.owner_unconfirmed else none)


def _summary(o: Obligation) -> str:
    owners = _owners(o, "no owner")
    para = f"{o.paragraph.part} " if o.paragraph.part else ""
    return f"{o.resolution.symbol} ¶{para}{o.paragraph.shown_number}: {o.kind} — {owners}"


def obligation_event(o: Obligation, *, base_url: str, stages: Sequence[int], now: dt.datetime) -> Event:
    link = obligation_url(base_url, o.id)
    owners = _owners(o, "—")
    event = Event()
    event.add("uid", event_uid(o, base_url))
    event.add("dtstamp", now)
    event.add("last-modified", o.updated_at or now)
    event.add("sequence", max(0, (o.version or 1) - 1))
    event.add("dtstart", o.due_on)
    event.add("dtend", o.due_on + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("summary", _summary(o))
    lines = [
        f"Resolution: {o.resolution.symbol} — {o.resolution.title}",
        f"Paragraph: {o.paragraph.shown_number}"
        + (f" (part {o.paragraph.part})" if o.paragraph.part else ""),
        f"Owner: {owners}",
        f"Status: {o.status}",
    ]
    if o.deliverable:
        lines.append(f"Deliverable: {o.deliverable}")
    if o.deadline_text:
        lines.append(f"Deadline: {o.deadline_text}")
    if o.due_derivation:
        lines.append(f"Due date: {o.due_derivation}")
    lines += ["", o.paragraph.text, "", link]
    event.add("description", "\n".join(lines))
    event.add("url", link)
    event.add("categories", [o.kind, o.status])
    event.add("status", "CANCELLED" if o.status == "not_applicable" else "CONFIRMED")
    # machine-readable copies of what the summary says, for programs that read the feed
    event.add("x-mandate-symbol", vText(o.resolution.symbol))
    event.add("x-mandate-paragraph", vText(o.paragraph.shown_number))
    event.add("x-mandate-eid", vText(o.paragraph.eid))
    event.add("x-mandate-status", vText(o.status))
    for owner in o.owners:
        event.add("x-mandate-owner", vText(owner.name))
    if o.status in OPEN_STATUSES:
        for days in stages:
            alarm = Alarm()
            alarm.add("uid", f"{event_uid(o, base_url)}-alarm{days}")
            alarm.add("action", "DISPLAY")
            when = "on the day" if days == 0 else (f"in {days} days" if days > 0 else f"{-days} days ago")
            alarm.add("description", f"Due {when}: {_summary(o)}")
            # before the (all-day) start for positive stages, after it for negative ones
            alarm.add("trigger", dt.timedelta(days=-days))
            event.add_component(alarm)
    return event


def build_calendar(
    obligations: Iterable[Obligation],
    *,
    name: str,
    base_url: str,
    default_stages: str,
    now: dt.datetime,
) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("name", name)
    cal.add("refresh-interval", dt.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT6H")
    for o in obligations:
        if o.due_on is None:
            continue
        stages = stages_for(o.reminder_stages, (e.reminder_stages for e in o.owners), default_stages)
        cal.add_component(obligation_event(o, base_url=base_url, stages=stages, now=now))
    if not cal.subcomponents:
        # RFC 5545 §3.6: a calendar holds at least one component. A feed with nothing due yet is
        # still valid (and still subscribable): it carries the UTC time zone, which shows nothing
        cal.add_component(_utc_timezone())
    return cal.to_ical()


def _utc_timezone() -> Timezone:
    standard = TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", dt.timedelta(0))
    standard.add("tzoffsetto", dt.timedelta(0))
    standard.add("tzname", "UTC")
    zone = Timezone()
    zone.add("tzid", "UTC")
    zone.add_component(standard)
    return zone


def entity_name(session: Session, entity_id: int) -> str | None:
    entity = session.get(Entity, entity_id)
    return entity.name if entity else None
