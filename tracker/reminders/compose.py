"""What a reminder says: subject, text and HTML bodies for one ledger row (no database writes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.sql.elements import ColumnElement

from tracker.mail import build_message, render_mail
from tracker.models import (
    OPEN_STATUSES,
    Body,
    Entity,
    FocalPoint,
    Obligation,
    ObligationStatus,
    Reminder,
    ReminderStatus,
    Subscription,
    SubscriptionTarget,
    User,
    user_entities,
)
from tracker.reminders.password_reset import compose_password_reset, is_password_reset
from tracker.reminders.queue import DATES_DIGEST, DIGESTED, officer_digest_range
from tracker.reminders.settings import ReminderSettings
from tracker.reminders.stages import TARGET_PREFIX
from tracker.reminders.tokens import make_unsubscribe_token
from tracker.services.exports import obligation_url

#: what a reminder shows of each obligation it lists, loaded with it
_SHOWN = (
    selectinload(Obligation.resolution),
    selectinload(Obligation.paragraph),
    selectinload(Obligation.owners),
)


class NothingToSend(Exception):
    """The row no longer applies (obligation closed, rescheduled, digest empty): cancel it."""


@dataclass
class Context:
    """What the rows of one claimed batch refer to, loaded in a few queries."""

    obligations: dict[int, Obligation]
    subscriptions: dict[int, list[Subscription]]

    @classmethod
    def load(cls, session: Session, rows: list[Reminder]) -> Context:
        ids = {r.obligation_id for r in rows if r.obligation_id is not None}
        obligations = (
            {
                o.id: o
                for o in session.scalars(
                    select(Obligation)
                    .where(Obligation.id.in_(ids))
                    .options(*_SHOWN)
                )
            }
            if ids
            else {}
        )
        users = {r.recipient_user_id for r in rows if r.recipient_role == "follower" and r.recipient_user_id}
        subscriptions: dict[int, list[Subscription]] = {}
        if users:
            for sub in session.scalars(
                select(Subscription).where(Subscription.user_id.in_(users)).order_by(Subscription.id)
            ):
                subscriptions.setdefault(sub.user_id, []).append(sub)
        return cls(obligations, subscriptions)


def follows(sub: Subscription, obligation: Obligation) -> bool:
    if sub.target == SubscriptionTarget.RESOLUTION:
        return sub.resolution_id == obligation.resolution_id
    if sub.target == SubscriptionTarget.ENTITY:
        return any(e.id == sub.entity_id for e in obligation.owners)
    if sub.target == SubscriptionTarget.SESSION:
        res = obligation.resolution
        return (sub.session_body, sub.session_number) in {
            (obligation.deadline_body, obligation.deadline_session),
            (res.body, res.session),
        }
    return False


def message_id_for(row: Reminder, mail_from: str) -> str:
    """Deterministic, so a retried message carries the same Message-ID (mail clients drop repeats)."""
    domain = parseaddr(mail_from)[1].rpartition("@")[2] or "localhost"
    what = f"o{row.obligation_id}" if row.obligation_id is not None else f"d{row.digest_key}"
    return f"<reminder.{row.id}.{what}.{row.stage}.{row.due_on:%Y%m%d}@{domain}>"


def longdate(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def days_phrase(days_left: int) -> str:
    if days_left > 1:
        return f"{days_left} days left"
    if days_left == 1:
        return "1 day left"
    if days_left == 0:
        return "due today"
    return f"overdue by {-days_left} day{'s' if days_left != -1 else ''}"


def _body_name(code: str) -> str:
    try:
        return Body.parse(code).display_name
    except ValueError:
        return code


#: statuses after which a mandate is not reminded of
SETTLED = frozenset({ObligationStatus.COMPLETED, ObligationStatus.NOT_APPLICABLE})


def obligation_view(obligation: Obligation, today: dt.date, settings: ReminderSettings) -> dict:
    paragraph = obligation.paragraph
    shown = paragraph.shown_number  # "(unnumbered)" for a paragraph printed without a number
    number = shown if paragraph.part is None else f"{paragraph.part}.{shown}"
    # a mandate is reminded of by its end: it expires, it does not fall due
    when = obligation.expires_on if obligation.is_mandate else obligation.due_on
    days_left = (when - today).days if when else None
    return {
        "id": obligation.id,
        "symbol": obligation.resolution.symbol,
        "title": obligation.resolution.title,
        "paragraph": number,
        "text": paragraph.text,
        "deliverable": obligation.deliverable,
        #: what its row in a digest shows (``Obligation.row_words``)
        "words": obligation.row_words,
        "deadline_text": obligation.deadline_text,
        "due_on": when,
        "is_mandate": obligation.is_mandate,
        "renewing_body": _body_name(obligation.resolution.body),
        "target_on": obligation.target_on,
        "days_left": days_left,
        "days_phrase": days_phrase(days_left) if days_left is not None else "",
        "owners": [e.name for e in obligation.owners],
        "kind": obligation.kind,
        "status": obligation.status,
        "status_label": str(obligation.status).replace("_", " "),
        "url": obligation_url(settings.base_url, obligation.id),
    }


def compose(
    row: Reminder, ctx: Context, now: dt.datetime, settings: ReminderSettings, session: Session
) -> EmailMessage:
    """The message for ``row``; NothingToSend when it no longer applies."""
    today = now.date()
    headers: dict[str, str] = {"Auto-Submitted": "auto-generated"}
    if is_password_reset(row):
        subject, text, html, _locale = compose_password_reset(row, settings, session)
        unsubscribe = None
    elif officer_digest_range(row.digest_key) is not None:
        subject, text, html = _compose_officer_digest(row, today, settings, session)
        unsubscribe = None
    elif row.obligation_id is None and row.recipient_role != "follower":
        subject, text, html = _compose_focal_digest(row, today, settings, session)
        unsubscribe = None
    elif row.obligation_id is None:
        subject, text, html, unsubscribe = _compose_digest(row, today, settings, session)
    else:
        obligation = ctx.obligations.get(row.obligation_id)
        if obligation is not None and obligation.is_mandate:
            if obligation.renewed_by_id is not None or obligation.status in SETTLED:
                raise NothingToSend("mandate renewed or closed")
            if obligation.expires_on != row.due_on:
                raise NothingToSend("mandate end changed")
        elif obligation is None or obligation.status not in OPEN_STATUSES:
            raise NothingToSend("obligation closed")
        is_target = row.stage.startswith(TARGET_PREFIX)
        counted = obligation.target_on if is_target else obligation.due_on
        if not obligation.is_mandate and counted != row.due_on:
            raise NothingToSend("obligation rescheduled")
        view = obligation_view(obligation, today, settings)
        unsubscribe = None
        if row.recipient_role == "follower":
            subs = [
                s for s in ctx.subscriptions.get(row.recipient_user_id or 0, []) if follows(s, obligation)
            ]
            if not subs:
                raise NothingToSend("no longer followed")
            unsubscribe = _unsubscribe_url(settings, subs[0].id)
        target_left = (row.due_on - today).days if is_target else None
        subject = (
            f"{view['symbol']}, paragraph {view['paragraph']}: "
            f"{'mandate expires' if obligation.is_mandate else 'due'} {longdate(view['due_on'])} "
            f"({view['days_phrase']})"
        )
        if is_target:
            subject = f"{subject}; internal target {longdate(row.due_on)} ({days_phrase(target_left)})"
        text, html = render_mail(
            f"reminder_{'follower' if row.recipient_role == 'follower' else 'owner'}",
            o=view,
            role=row.recipient_role,
            is_target=is_target,
            target_phrase=days_phrase(target_left) if target_left is not None else None,
            unsubscribe_url=unsubscribe,
        )
    if unsubscribe:
        # every message a subscription is behind; build_message adds RFC 8058's one-click POST
        headers["List-Unsubscribe"] = f"<{unsubscribe}>"
    return build_message(
        sender=settings.mail_from,
        to=row.recipient,
        subject=subject,
        text=text,
        html=html,
        message_id=message_id_for(row, settings.mail_from),
        date=now,
        headers=headers,
    )


def _unsubscribe_url(settings: ReminderSettings, subscription_id: int) -> str:
    return f"{settings.base_url}/unsubscribe/{make_unsubscribe_token(settings.secret_key, subscription_id)}"


def _compose_digest(row: Reminder, today: dt.date, settings: ReminderSettings, session: Session):
    subs = session.scalars(
        select(Subscription)
        .where(Subscription.user_id == row.recipient_user_id, Subscription.mode == "digest")
        .order_by(Subscription.id)
    ).all()
    query = (
        select(Obligation)
        .where(Obligation.due_on == row.due_on, Obligation.status.in_(sorted(OPEN_STATUSES)))
        .options(*_SHOWN)
        .order_by(Obligation.id)
    )
    session_label = None
    if row.digest_key and row.digest_key != DATES_DIGEST:
        body, _, number = row.digest_key.rpartition("-")
        query = query.where(Obligation.deadline_body == body, Obligation.deadline_session == int(number))
        session_label = f"{body} {number}"
    else:
        query = query.where(Obligation.deadline_session.is_(None))
    matched = [(o, s) for o in session.scalars(query) for s in subs[:] if follows(s, o)]
    obligations: list[Obligation] = []
    used: list[Subscription] = []
    for o, s in matched:
        if o not in obligations:
            obligations.append(o)
        if s not in used:
            used.append(s)
    if not obligations:
        raise NothingToSend("nothing left in the digest")
    views = [obligation_view(o, today, settings) for o in obligations]
    days_left = (row.due_on - today).days
    n = len(views)
    what = f"{n} obligation{'s' if n != 1 else ''} due {longdate(row.due_on)}"
    subject = (
        f"{session_label}: {what} ({days_phrase(days_left)})"
        if session_label
        else f"{what} ({days_phrase(days_left)})"
    )
    unsubscribe = _unsubscribe_url(settings, used[0].id)
    text, html = render_mail(
        "digest",
        obligations=views,
        session_label=session_label,
        due_on=row.due_on,
        days_phrase=days_phrase(days_left),
        base_url=settings.base_url,
        unsubscribe_url=unsubscribe,
    )
    return subject, text, html, unsubscribe


def _not_taken_over(member: type[Reminder]) -> ColumnElement[bool]:
    """No later row, other than a cancelled one, of the member's obligation and address (a later
    stage, a later digest or a message of its own): the member row still stands for it."""
    newer = aliased(Reminder)
    return ~exists().where(
        newer.obligation_id == member.obligation_id,
        newer.recipient == member.recipient,
        newer.id > member.id,
        newer.status != str(ReminderStatus.CANCELLED),
    )


def digest_members(session: Session, row: Reminder) -> list[Obligation]:
    """What a focal point's session digest lists, read when it is sent (one query, plus eager loads).

    Its member rows (same recipient, stage and date), for obligations still open, still of the
    digest's session and still due on the date the stage counted towards, unless a later row of the
    same obligation and address took over (a later stage, or a message of its own): so an obligation
    completed or rescheduled since the digest was queued drops out, and none is reminded twice."""
    body, _, number = (row.digest_key or "").rpartition("-")
    if not body or not number.isdigit():
        return []
    member = aliased(Reminder)
    counted = Obligation.target_on if row.stage.startswith(TARGET_PREFIX) else Obligation.due_on
    # driven from the session's obligations (an index), each member row found by its unique key
    query = (
        select(Obligation)
        .where(
            Obligation.deadline_body == body,
            Obligation.deadline_session == int(number),
            Obligation.status.in_(sorted(str(s) for s in OPEN_STATUSES)),
            counted == row.due_on,
            exists().where(
                member.obligation_id == Obligation.id,
                member.recipient == row.recipient,
                member.stage == row.stage,
                member.due_on == row.due_on,
                member.status == DIGESTED,
                _not_taken_over(member),
            ),
        )
        .options(*_SHOWN)
        .order_by(Obligation.resolution_id, Obligation.id)
    )
    return list(session.scalars(query))


def _focal_entities(session: Session, recipient: str) -> set[str]:
    """The entities whose focal point this address is, or for which this officer acts."""
    rows = session.scalars(
        select(Entity.name)
        .join(FocalPoint, FocalPoint.entity_id == Entity.id)
        .outerjoin(User, User.id == FocalPoint.user_id)
        .where(func.lower(func.coalesce(User.email, FocalPoint.email)) == recipient)
    )
    acting = session.scalars(
        select(Entity.name)
        .join(user_entities, user_entities.c.entity_id == Entity.id)
        .join(User, User.id == user_entities.c.user_id)
        .where(func.lower(User.email) == recipient)
    )
    return set(rows) | set(acting)


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def focal_digest_headline(
    session_label: str, n: int, noun: str, due_on: dt.date, days_left: int, *, opens: bool, is_target: bool
) -> str:
    """The subject: "GA 81 opens in 30 days: your 4 reports due 8 September 2026"."""
    what = f"your {_counted(n, noun)}"
    if is_target:
        return f"{session_label}: internal target {longdate(due_on)} for {what} ({days_phrase(days_left)})"
    if not opens:
        return f"{session_label}: {what} due {longdate(due_on)} ({days_phrase(days_left)})"
    if days_left > 1:
        return f"{session_label} opens in {days_left} days: {what} due {longdate(due_on)}"
    if days_left == 1:
        return f"{session_label} opens tomorrow: {what} due {longdate(due_on)}"
    if days_left == 0:
        return f"{session_label} opens today: {what} due {longdate(due_on)}"
    return f"{session_label} opened {longdate(due_on)}: {what} {days_phrase(days_left)}"


def _compose_focal_digest(row: Reminder, today: dt.date, settings: ReminderSettings, session: Session):
    obligations = digest_members(session, row)
    if not obligations:
        raise NothingToSend("nothing left in the digest")
    body, _, number = (row.digest_key or "").rpartition("-")
    session_label = f"{body} {number}"
    is_target = row.stage.startswith(TARGET_PREFIX)
    # a session deadline is due at the opening unless an officer set another date by hand
    opens = all(o.due_on_override is None for o in obligations)
    noun = "report" if all(o.kind == "report" for o in obligations) else "obligation"
    days_left = (row.due_on - today).days
    subject = focal_digest_headline(
        session_label, len(obligations), noun, row.due_on, days_left, opens=opens, is_target=is_target
    )
    mine = _focal_entities(session, row.recipient)
    owners = sorted({e.name for o in obligations for e in o.owners if e.name in mine})
    text, html = render_mail(
        "digest_focal_point",
        headline=subject,
        obligations=[obligation_view(o, today, settings) for o in obligations],
        session_label=session_label,
        due_on=row.due_on,
        days_phrase=days_phrase(days_left),
        is_target=is_target,
        entities=owners,
        base_url=settings.base_url,
    )
    return subject, text, html


def officer_digest_members(session: Session, row: Reminder) -> list[tuple[Obligation, str, dt.date]]:
    """What an officer's digest of a pass lists, read when it is sent: (obligation, stage, the date
    the stage counted towards) for its member rows (this recipient's ``digested`` officer rows in
    the id range its key names), for obligations still open and still due on that date, unless a
    later row of the same obligation and address took over (a later stage, in a later digest or a
    message of its own). So what was completed or rescheduled since drops out, a digest sent late
    (the server was down) does not repeat what a later one says, and none is reminded twice."""
    first, last = officer_digest_range(row.digest_key) or (0, -1)
    member = aliased(Reminder)
    counted = case((member.stage.startswith(TARGET_PREFIX), Obligation.target_on), else_=Obligation.due_on)
    query = (
        select(Obligation, member.stage, member.due_on)
        .join(member, member.obligation_id == Obligation.id)
        .where(
            member.id.between(first, last),
            member.recipient == row.recipient,
            member.recipient_role == "officer",
            member.status == DIGESTED,
            Obligation.status.in_(sorted(str(s) for s in OPEN_STATUSES)),
            counted == member.due_on,
            _not_taken_over(member),
        )
        .options(*_SHOWN)
        .order_by(member.due_on, Obligation.resolution_id, Obligation.id)
    )
    return [(o, stage, due_on) for o, stage, due_on in session.execute(query)]


def officer_digest_headline(n: int, overdue: int, next_due: dt.date | None) -> str:
    """The subject: "Reminders for 5 obligations: 2 overdue, the next due 8 September 2026"."""
    parts = [f"{overdue} overdue"] if overdue else []
    if next_due is not None:
        parts.append(f"the next due {longdate(next_due)}")
    return f"Reminders for {_counted(n, 'obligation')}: {', '.join(parts)}"


def _compose_officer_digest(row: Reminder, today: dt.date, settings: ReminderSettings, session: Session):
    members = officer_digest_members(session, row)
    if not members:
        raise NothingToSend("nothing left in the digest")
    views = []
    for obligation, stage, reminded_on in members:
        view = obligation_view(obligation, today, settings)
        view["is_target"] = stage.startswith(TARGET_PREFIX)
        view["reminded_on"] = reminded_on
        view["reminded_phrase"] = days_phrase((reminded_on - today).days)
        views.append(view)
    overdue = sum(1 for v in views if v["days_left"] is not None and v["days_left"] < 0)
    upcoming = [v["due_on"] for v in views if v["days_left"] is not None and v["days_left"] >= 0]
    subject = officer_digest_headline(len(views), overdue, min(upcoming, default=None))
    mine = _focal_entities(session, row.recipient)
    owners = sorted({e.name for o, _, _ in members for e in o.owners if e.name in mine})
    text, html = render_mail(
        "digest_officer",
        headline=subject,
        obligations=views,
        entities=owners,
        base_url=settings.base_url,
    )
    return subject, text, html
