"""Deleting a resolution from the register: a wrongly imported draft, a duplicate, a text withdrawn.

``deletion_impact`` says what a deletion takes with it (the confirmation page and ``tracker resolution
delete`` show it before anything is written); ``delete_resolution`` does it in the caller's transaction
and leaves the register true: the resolution's rows go by the database's cascades (the kept counts and
the search documents follow by their triggers), the session dates only its text printed leave the
calendar and the due dates that depend on them are recomputed (or another text's dates for the session
take their place: ``calendar.printed_no_longer``), the mandates it renewed are no longer renewed (their
history says why), reminders queued for its obligations are never sent while the messages already
sent stay in the ledger, and the audit log keeps who deleted what, when and why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from tracker.db import utcnow
from tracker.models import (
    Evidence,
    HistoryEntry,
    Obligation,
    OfficialSession,
    Paragraph,
    Reminder,
    ReminderStatus,
    Resolution,
    Subscription,
)
from tracker.models.resolutions import shown_number
from tracker.services.actors import Actor
from tracker.services.audit import record_audit
from tracker.services.calendar import as_recorded, printed_no_longer
from tracker.services.errors import Invalid
from tracker.services.words import english_plural

#: a ledger row whose message went out: it stays (detached from the obligation deleted), the record of
#: what was sent; the others (pending, being sent, failed, cancelled, folded into a digest) go with it
_SENT = str(ReminderStatus.SENT)
#: the longest reason the audit entry keeps
REASON_LENGTH = 500


def may_delete(actor: Actor, resolution: Resolution) -> bool:
    """Who may delete a resolution: an officer who may import one that is not published yet (a draft
    imported wrongly, twice, or under the wrong symbol), an admin any (a published one is public:
    delegations follow it, reminders about it went out)."""
    return actor.is_admin or (actor.may_import() and resolution.published_at is None)


@dataclass
class DeletionImpact:
    """What deleting a resolution takes with it, counted before anything is written."""

    symbol: str
    published: bool
    obligations: int = 0
    #: tracked obligations (reports, actions, agenda items)
    tracked: int = 0
    #: entries of their history written by people (status changes, reviews, comments), not the import
    changes: int = 0
    evidence: int = 0
    #: delegations' subscriptions to the resolution, which end
    subscriptions: int = 0
    #: reminders queued and not sent for its obligations: never sent
    unsent: int = 0
    #: reminders sent for them: stay in the ledger
    sent: int = 0
    #: sessions whose dates only its text put in the calendar: "CHARTER 2024"
    sessions: list[str] = field(default_factory=list)
    #: mandates of other resolutions it renewed: "A/RES/77/12 ¶3"
    renewals: list[str] = field(default_factory=list)


def impact_lines(impact: DeletionImpact) -> list[str]:
    """What a deletion takes with it, in English (the CLI; the web page says it in the reader's language)."""
    def counted(n: int, one: str, many: str) -> str:
        return english_plural(f"%(num)d {one}", f"%(num)d {many}", n)

    lines = [f"{impact.symbol} ({'published' if impact.published else 'not published'}): "
             f"{counted(impact.obligations, 'obligation', 'obligations')} ({impact.tracked} tracked) go"]
    if impact.changes or impact.evidence:
        lines.append(f"  with {counted(impact.changes, 'change', 'changes')} recorded by people and "
                     f"{counted(impact.evidence, 'piece', 'pieces')} of evidence")
    if impact.subscriptions:
        lines.append(f"  {counted(impact.subscriptions, 'subscription ends', 'subscriptions end')}")
    if impact.unsent:
        lines.append(f"  {counted(impact.unsent, 'reminder queued is', 'reminders queued are')} never sent")
    if impact.sent:
        lines.append(f"  {counted(impact.sent, 'reminder sent stays', 'reminders sent stay')} in the ledger")
    if impact.sessions:
        lines.append(f"  session dates its text printed leave the calendar: {', '.join(impact.sessions)}")
    if impact.renewals:
        lines.append(f"  mandates it renewed are no longer renewed: {', '.join(impact.renewals)}")
    return lines


def deletion_impact(session: Session, resolution: Resolution) -> DeletionImpact:
    rid = resolution.id
    obligation_ids = select(Obligation.id).where(Obligation.resolution_id == rid).scalar_subquery()
    impact = DeletionImpact(symbol=resolution.symbol, published=resolution.published_at is not None)
    impact.obligations, impact.tracked = session.execute(
        select(func.count(), func.count().filter(Obligation.is_tracked))
        .where(Obligation.resolution_id == rid)).one()
    impact.changes = session.scalar(select(func.count()).select_from(HistoryEntry).where(
        HistoryEntry.obligation_id.in_(obligation_ids), HistoryEntry.user_id.is_not(None))) or 0
    impact.evidence = session.scalar(select(func.count()).select_from(Evidence).where(
        Evidence.obligation_id.in_(obligation_ids))) or 0
    impact.subscriptions = session.scalar(select(func.count()).select_from(Subscription).where(
        Subscription.resolution_id == rid)) or 0
    for status, count in session.execute(
            select(Reminder.status, func.count()).where(Reminder.obligation_id.in_(obligation_ids))
            .group_by(Reminder.status)):
        if status == _SENT:
            impact.sent += count
        elif status in (ReminderStatus.PENDING, ReminderStatus.SENDING, ReminderStatus.FAILED):
            impact.unsent += count
    impact.sessions = [f"{body} {number}" for body, number in session.execute(
        select(OfficialSession.body, OfficialSession.number).where(OfficialSession.printed_in_id == rid)
        .order_by(OfficialSession.body, OfficialSession.number))]
    impact.renewals = [f"{symbol} ¶{shown_number(number, unnumbered)}"
                       for symbol, number, unnumbered in session.execute(_renewed(rid).with_only_columns(
                           Resolution.symbol, Paragraph.number, Paragraph.unnumbered))]
    return impact


def _renewed(rid: int):
    """The mandates of other resolutions that an obligation of resolution ``rid`` renewed."""
    renewing = select(Obligation.id).where(Obligation.resolution_id == rid).scalar_subquery()
    return (select(Obligation)
            .join(Resolution, Obligation.resolution_id == Resolution.id)
            .join(Paragraph, Obligation.paragraph_id == Paragraph.id)
            .where(Obligation.renewed_by_id.in_(renewing), Obligation.resolution_id != rid)
            .order_by(Resolution.symbol, Paragraph.position, Obligation.occurrence))


def delete_resolution(session: Session, resolution: Resolution, *, actor: Actor, today: dt.date,
                      reason: str | None = None) -> DeletionImpact:
    """Delete ``resolution`` and what hangs on it (see the module), in the caller's transaction; flushes,
    never commits. Raises ``PermissionDenied`` (``may_delete``), ``Invalid`` for a reason too long.
    Returns what went (``deletion_impact``, counted before)."""
    actor.require(may_delete(actor, resolution), "delete this resolution")
    reason = (reason or "").strip() or None
    if reason is not None and len(reason) > REASON_LENGTH:
        raise Invalid(f"the reason is longer than {REASON_LENGTH} characters", code="reason_too_long",
                      field="reason")
    session.flush()
    impact = deletion_impact(session, resolution)
    rid, symbol, title, now = resolution.id, resolution.symbol, resolution.title, utcnow()
    comment = f"{symbol} was deleted from the register"
    for earlier in session.scalars(_renewed(rid)):
        session.add(HistoryEntry(obligation=earlier, at=now, user_id=actor.user_id, actor=actor.name,
                                 field="renewed_by", old_value=earlier.renewed_by_id, new_value=None,
                                 comment=comment))
        earlier.renewed_by_id, earlier.renewed_by = None, None
        earlier.updated_at = now
    obligation_ids = select(Obligation.id).where(Obligation.resolution_id == rid).scalar_subquery()
    sent = list(session.scalars(select(Reminder.id).where(Reminder.obligation_id.in_(obligation_ids),
                                                          Reminder.status == _SENT).order_by(Reminder.id)))
    if sent:  # the ledger keeps what went out; the rest goes with the obligations, never sent
        session.execute(update(Reminder).where(Reminder.id.in_(sent)).values(obligation_id=None),
                        execution_options={"synchronize_session": False})
    printed = [(row.body, row.number, as_recorded(row)) for row in session.scalars(
        select(OfficialSession).where(OfficialSession.printed_in_id == rid)
        .order_by(OfficialSession.body, OfficialSession.number))]
    paragraph_ids = set(session.scalars(select(Paragraph.id).where(Paragraph.resolution_id == rid)))
    doomed = set(session.scalars(select(Obligation.id).where(Obligation.resolution_id == rid)))
    session.flush()
    # the database's cascades take the paragraphs, obligations and all that hangs on them (their
    # triggers keep the counts and the search documents), the subscriptions and the printed dates
    session.execute(delete(Resolution).where(Resolution.id == rid),
                    execution_options={"synchronize_session": False})
    _forget_loaded(session, rid, doomed, paragraph_ids)
    moved, replaced = 0, []
    for body, number, before in printed:
        count, instead = printed_no_longer(session, body, number, before, symbol, besides=rid, actor=actor,
                                           today=today)
        moved += count
        if instead is not None:
            replaced.append(str(instead))
    record_audit(session, actor, "delete_resolution", None, resolution_id=rid, symbol=symbol,
                 title=title, published=impact.published, reason=reason,
                 obligations=impact.obligations, tracked=impact.tracked, changes=impact.changes,
                 evidence=impact.evidence, subscriptions=impact.subscriptions,
                 reminders_not_sent=impact.unsent, reminders_sent_kept=sent,
                 sessions_removed=impact.sessions, sessions_recorded_instead=replaced, recomputed=moved,
                 renewals_undone=impact.renewals)
    session.flush()
    return impact


def _forget_loaded(session: Session, rid: int, obligation_ids: set[int], paragraph_ids: set[int]) -> None:
    """The ORM's copies of the rows the database deleted leave the session (SQLite may give a later
    insert a deleted row's id), and what is left is read again (a reference to the resolution, a
    mandate it renewed)."""
    def gone(obj) -> bool:
        values = obj.__dict__
        own_id = {Resolution: {rid}, Obligation: obligation_ids, Paragraph: paragraph_ids}.get(type(obj), ())
        return (values.get("id") in own_id
                or rid in (values.get("resolution_id"), values.get("printed_in_id"))
                or values.get("obligation_id") in obligation_ids
                or values.get("paragraph_id") in paragraph_ids)

    for obj in [obj for obj in session.identity_map.values() if gone(obj)]:
        if obj in session:
            session.expunge(obj)
    session.expire_all()
