"""The calendar as the database knows it, and the due dates that follow from it.

``tracker.calendar`` holds the rules (pure, no database); this module feeds it what an admin
recorded (``OfficialSession`` rows, the per-body documentation lead in ``BodySetting``), turns an
obligation's stored deadlines into a due date with its derivation, and recomputes the due dates
that depend on a session when its official dates change. ``today`` is always an argument.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from calendar import month_name
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Text, and_, case, cast, null, or_, select, union_all
from sqlalchemy.orm import Session

from tracker.calendar import Body, Calendar, DueDate, SessionDates
from tracker.calendar.core import body_code
from tracker.calendar.due import expiry_after_session, expiry_at_session, length_after_adoption
from tracker.db import then_planned_once_for_any_values
from tracker.models import (
    TRACKED_KINDS,
    BodySetting,
    HistoryEntry,
    Obligation,
    ObligationItem,
    ObligationKind,
    ObligationStatus,
    OfficialSession,
    Paragraph,
    ParagraphKind,
    Resolution,
)
from tracker.parsing.types import Deadline, DeadlineKind, dated_deadlines
from tracker.services.actors import Actor
from tracker.services.audit import record_audit
from tracker.services.errors import Invalid
from tracker.services.words import N_, Words

log = logging.getLogger(__name__)

#: statuses whose due date no longer moves with the calendar: the record of what was due stays
SETTLED_STATUSES = frozenset({ObligationStatus.COMPLETED, ObligationStatus.NOT_APPLICABLE})


# --------------------------------------------------------------------------- loading


#: the official dates (``number`` set) and the documentation leads (``lead`` set) as plain rows, one
#: statement: a page that shows session dates pays one round trip for them, and no ORM entity is loaded
_CALENDAR_ROWS = union_all(
    select(OfficialSession.body, OfficialSession.number, OfficialSession.opens_on,
           OfficialSession.closes_on, null().label("lead"),
           case((OfficialSession.printed_in_id.is_not(None), OfficialSession.note)).label("printed")),
    select(BodySetting.body, null(), null(), null(), BodySetting.documentation_lead_days, null()),
)


#: the same, which also sets PostgreSQL's plan mode for what follows (``load_calendar``'s ``then_plan_once``)
_CALENDAR_ROWS_THEN_PLANNED_ONCE = then_planned_once_for_any_values(_CALENDAR_ROWS)


def load_calendar(session: Session, *, then_plan_once: bool = False) -> Calendar:
    """A calendar with the official dates and documentation leads the database holds (one query).

    Load one per command, request or import batch; it caches what it computes. The same dates
    and leads give the same calendar (``_calendar``), so a request starts with the sessions the
    earlier ones computed (the overview asks for ≈ 25). ``then_plan_once``: the transaction's
    statements that follow are planned once for any values (``tracker.db.
    plan_once_for_any_values``), which on PostgreSQL the calendar's statement itself asks for (the
    overview: one round trip fewer)."""
    official: dict[tuple[str, int], tuple[dt.date, dt.date | None]] = {}
    printed: dict[tuple[str, int], str] = {}
    leads: dict[str, int] = {}
    rows = _CALENDAR_ROWS
    if then_plan_once and session.get_bind().dialect.name == "postgresql":
        rows = _CALENDAR_ROWS_THEN_PLANNED_ONCE
    for body, number, opens_on, closes_on, lead, words in session.execute(rows).all():  # flushes first
        if lead is None:
            official[(body, number)] = (opens_on, closes_on)
            if words is not None:
                printed[(body, number)] = words
        else:
            leads[body] = lead
    return _calendar(tuple(sorted(official.items())), tuple(sorted(leads.items())),
                     tuple(sorted(printed.items())))


@lru_cache(maxsize=4)
def _calendar(official: tuple[tuple[tuple[str, int], tuple[dt.date, dt.date | None]], ...],
              leads: tuple[tuple[str, int], ...],
              printed: tuple[tuple[tuple[str, int], str], ...]) -> Calendar:
    """A calendar does not change once built (it remembers the sessions it computed, which follow
    from its dates and leads alone), so one serves every reader of the same dates and leads: a
    date recorded (by an admin, or as a resolution prints it) or a lead changed is another key, hence
    a new calendar."""
    return Calendar(dict(official), dict(leads), printed=dict(printed))


def session_dates(session: Session, body: str, number: int) -> SessionDates:
    """The session's dates and how they were found (raises ``CalendarError``)."""
    return load_calendar(session).session_dates(body, number)


# --------------------------------------------------------------------------- due dates


def first_deadline(deadlines: Iterable[Mapping[str, Any]] | None) -> Deadline | None:
    """The first of the deadlines stored on an obligation (the JSON of ``tracker parse``).
    Raises ``ValueError`` for one that is malformed."""
    for item in deadlines or ():
        return Deadline.from_dict(item)
    return None


def recurrence_of(deadlines: Iterable[Mapping[str, Any]] | None) -> str | None:
    """The period of a recurring obligation ("P1Y"): from the first recurring deadline among all
    it sets, wherever it stands ("a report by 1 March 2025 and annually thereafter"). The one
    derivation for import, re-import and review."""
    for item in deadlines or ():
        if item.get("kind") == "recurring" and item.get("every"):
            return str(item["every"])[:20]
    return None


def principal_deadline(deadlines: list[Mapping[str, Any]] | None) -> int | None:
    """Where, among ``deadlines``, the one the register files an obligation under (its deadline as
    written, its body and session for the per-session views, the one a reviewer corrects): the
    deadline that gives its due date (``dated_deadlines``), else the first (a mandate's end, a goal
    year). A report asked in the paragraph that extends a mandate ("Decides to extend the mandate
    … for one year, and requests the Special Rapporteur to submit a report … at its forty-seventh
    session") is filed under that session, not under the mandate's end written first. ``None``
    for no deadline."""
    if not deadlines:
        return None
    dated = dated_deadlines(deadlines)
    if not dated:
        return 0
    return next(i for i, d in enumerate(deadlines) if d is dated[0])


def principal(deadlines: list[Mapping[str, Any]] | None) -> Mapping[str, Any] | None:
    """The deadline an obligation is filed under (``principal_deadline``), the one a reviewer sees
    and corrects; ``None`` for no deadline."""
    at = principal_deadline(deadlines)
    return deadlines[at] if at is not None else None


def filed_under(deadlines: list[Mapping[str, Any]] | None) -> tuple[str | None, str | None, int | None]:
    """(deadline as written, body, session) of the deadline an obligation is filed under
    (``principal_deadline``): the body and session only for a session deadline of a body the
    registry codes (a commission's too: its due date follows when an admin records the session;
    "next session": no number). The one rule for import, review and the stored rows' migration."""
    filed = principal(deadlines)
    if filed is None:
        return None, None, None
    body = filed.get("body")
    if filed.get("kind") != "session" or not body or len(body) > 16:
        return filed.get("text"), None, None
    session = filed.get("session")
    return filed.get("text"), body, int(session) if session is not None else None


def expiry_of(
    deadlines: list[Mapping[str, Any]] | None, adopted_on: dt.date | None,
    calendar: Calendar | None = None,
) -> tuple[dt.date | None, str]:
    """A mandate's end from its deadlines (the parser marks it ``expires``, with its date where
    it can be computed; "for a period of 90 days" counts from adoption; "for three years,
    effective from the end of its fifty-third session" from that session's end in ``calendar``,
    "until the end of its seventy-ninth session" from that session's close), and how it was
    found."""
    for item in deadlines or ():
        if not item.get("expires"):
            continue
        words = item.get("text") or "its end"
        if _session_dated(item):
            if calendar is None:
                return None, f"mandate: the end of {words!r} needs the calendar"
            dated = expiry_at_session if item.get("kind") == "session" else expiry_after_session
            try:
                end = dated(calendar, Deadline.from_dict(item), adopted_on)
            except ValueError as exc:
                return None, f"mandate: {exc} ({words})"
            return end.due_on, f"{end.derivation} ({words})"
        if item.get("date"):
            return dt.date.fromisoformat(str(item["date"])), f"expires {item['date']} ({words})"
        if item.get("kind") == "relative" and item.get("days") is not None and adopted_on is not None \
                and (item.get("from") or "adoption") == "adoption":
            day = adopted_on + dt.timedelta(days=int(item["days"]))
            length = length_after_adoption(int(item["days"]), item.get("period"), adopted_on)
            return day, f"expires {day.isoformat()}, {length} after adoption ({words})"
        return None, f"mandate: the end of {words!r} could not be dated"
    return None, "mandate: no end date in the text"


def _session_dated(item: Mapping[str, Any]) -> bool:
    """A mandate's end the calendar dates from a session: "until the end of its seventy-ninth
    session", "for three years, effective from the end of its fifty-third session"."""
    return bool(item.get("expires")) and (
        item.get("kind") == "session" or item.get("from") == "session_end")


def _ends_after(deadlines: list[Mapping[str, Any]] | None, body: str, number: int | None) -> bool:
    """True when an expiry is dated from the body's session (``number``: that one)."""
    return any(_session_dated(d) and d.get("body") == body
               and (number is None or d.get("session") in (number, None)) for d in deadlines or ())


def compute_dates(
    calendar: Calendar,
    kind: str,
    deadlines: list[Mapping[str, Any]] | None,
    *,
    adopted_on: dt.date | None,
    body: str | None,
    today: dt.date,
    override_on: dt.date | None = None,
) -> tuple[DueDate | None, dt.date | None, str | None]:
    """(due date, expiry, error) of an obligation of ``kind``: a mandate expires and has no due
    date; a declaratory paragraph has neither; tracked kinds and standing calls fall due by their
    deadlines (a standing call only when one is given), and a tracked obligation that carries a
    mandate ("Decides to extend the mandate … for a period of one year, and requests … a report
    … at its forty-seventh session") also keeps the mandate's end (``Obligation.has_mandate``).
    The one rule for import, re-import, review and calendar changes."""
    if kind == ObligationKind.MANDATE:
        return (None, *_expiry(deadlines, adopted_on, calendar))
    if kind == ObligationKind.DECLARATORY:
        return None, None, None
    due, error = compute_due(calendar, dated_deadlines(deadlines), adopted_on=adopted_on, body=body,
                             today=today, override_on=override_on)
    if kind not in TRACKED_KINDS or not carries_expiry(deadlines):
        return due, None, error
    expires_on, undated = _expiry(deadlines, adopted_on, calendar)
    return due, expires_on, "; ".join(e for e in (error, undated) if e) or None


def carries_expiry(deadlines: Iterable[Mapping[str, Any]] | None) -> bool:
    """One of the deadlines is a mandate's end (the parser's ``expires``)."""
    return any(d.get("expires") for d in deadlines or ())


def _expiry(deadlines: list[Mapping[str, Any]] | None, adopted_on: dt.date | None,
            calendar: Calendar) -> tuple[dt.date | None, str | None]:
    """A mandate's end (``expiry_of``) and, when it cannot be dated for want of a session's date
    the calendar does not know, why (flagged for review, as an undated session deadline is)."""
    expires_on, how = expiry_of(deadlines, adopted_on, calendar)
    undated = expires_on is None and any(_session_dated(d) for d in deadlines or ())
    return expires_on, how if undated else None


def apply_dates(obligation: Obligation, calendar: Calendar, *, adopted_on: dt.date | None,
                body: str | None, today: dt.date) -> str | None:
    """``compute_dates`` written onto the obligation (due date, derivation, target, expiry: None
    for a kind that has no mandate); returns the error, if any."""
    due, expires_on, error = compute_dates(
        calendar, obligation.kind, obligation.deadlines, adopted_on=adopted_on, body=body,
        today=today, override_on=obligation.due_on_override,
    )
    obligation.expires_on = expires_on
    if obligation.kind == ObligationKind.MANDATE:
        obligation.due_on = obligation.target_on = None
        obligation.due_derivation = written_derivation(obligation.kind, obligation.deadlines, due, error,
                                                       adopted_on=adopted_on, calendar=calendar)
        return None
    apply_due(obligation, due, error)
    return error


def written_derivation(kind: str, deadlines: list[Mapping[str, Any]] | None, due: DueDate | None,
                       error: str | None, *, adopted_on: dt.date | None, calendar: Calendar) -> str | None:
    """What an obligation's ``due_derivation`` says, on import as on every recomputation: how a
    mandate's end was found ("expires 2024-05-31 (until 31 May 2024)"); how a due date was, or
    why it could not be (``compute_dates``'s due date and error)."""
    if kind == ObligationKind.MANDATE:
        return expiry_of(deadlines, adopted_on, calendar)[1]
    return _due_derivation(due, error)


def _due_derivation(due: DueDate | None, error: str | None) -> str | None:
    return due.derivation if due else error


def apply_expiry(obligation: Obligation, calendar: Calendar, *, adopted_on: dt.date | None,
                 body: str | None, today: dt.date) -> bool:
    """Only the end of the mandate the obligation has (``compute_dates``), where its due date stays
    as it is (settled, or set by hand): a report delivered, the mandate it came with runs on. True
    when the end moved."""
    expires_on = compute_dates(calendar, obligation.kind, obligation.deadlines, adopted_on=adopted_on,
                               body=body, today=today)[1]
    if expires_on == obligation.expires_on:
        return False
    obligation.expires_on = expires_on
    return True


def compute_due(
    calendar: Calendar,
    deadlines: list[Mapping[str, Any]] | None,
    *,
    adopted_on: dt.date | None,
    body: str | None,
    today: dt.date,
    override_on: dt.date | None = None,
) -> tuple[DueDate | None, str | None]:
    """The due date of an obligation from its first deadline, and an error when none can be found.

    A recurring deadline gives the first occurrence on or after ``today``. ``(None, None)``: no
    deadline, the obligation is ongoing; ``(None, "why")``: a deadline the calendar cannot date
    (a session no rule covers, a relative deadline without an adoption date): a human must look.
    """
    try:
        deadline = first_deadline(deadlines)
        return (
            calendar.due_date(deadline, adopted_on, today, override_on=override_on, body=body),
            None,
        )
    except ValueError as exc:  # CalendarError, a body the calendar does not know, a bad record
        return None, str(exc)


def apply_due(obligation: Obligation, due: DueDate | None, error: str | None) -> bool:
    """Write a computed due date onto the obligation; True when anything changed."""
    new = (
        due.due_on if due else None,
        _due_derivation(due, error),
        due.target_on if due else None,
    )
    old = (obligation.due_on, obligation.due_derivation, obligation.target_on)
    if new == old:
        return False
    obligation.due_on, obligation.due_derivation, obligation.target_on = new
    return True


def recompute_due_dates(
    session: Session,
    today: dt.date,
    *,
    body: str | None = None,
    number: int | None = None,
    calendar: Calendar | None = None,
    actor: Actor | None = None,
) -> int:
    """Recompute the due dates of open obligations (those of one session when ``body``/``number``
    are given) after the calendar changed; returns how many moved. A moved due date is history."""
    calendar = calendar or load_calendar(session)
    # a mandate's end may follow a session's close ("for three years, effective from the end of
    # its fifty-third session"): mandates, and tracked obligations whose deadlines carry one, are
    # read whatever their deadline, and those that end after this session kept; a settled one's
    # due date stays, its end still moves (a report delivered, the mandate it came with runs on)
    ends = or_(Obligation.kind == str(ObligationKind.MANDATE),
               and_(Obligation.is_tracked, cast(Obligation.deadlines, Text).like('%"expires"%')))
    query = (
        select(Obligation, Resolution.adopted_on, Resolution.body)
        .join(Resolution, Obligation.resolution_id == Resolution.id)
        .where(or_(Obligation.status.not_in([str(s) for s in SETTLED_STATUSES]), ends))
    )
    code = str(body_code(body)) if body is not None else None
    if code is not None:
        query = query.where(or_(Obligation.deadline_body == code, ends))
    if number is not None:  # "at its next session" (no number) may now have a date too
        query = query.where(or_(Obligation.deadline_session == number, Obligation.deadline_session.is_(None),
                                ends))
    who = actor.name if actor else "calendar"
    changed = 0
    for obligation, adopted_on, adopting_body in session.execute(query):
        if not obligation.deadlines and obligation.due_on_override is None:
            continue
        due_here = code is None or (obligation.deadline_body == code
                                    and (number is None or obligation.deadline_session in (number, None)))
        ends_here = obligation.kind == ObligationKind.MANDATE or carries_expiry(obligation.deadlines)
        if not due_here and not (ends_here and _ends_after(obligation.deadlines, code, number)):
            continue
        if obligation.status in SETTLED_STATUSES:
            if ends_here and apply_expiry(obligation, calendar, adopted_on=adopted_on, body=adopting_body,
                                          today=today):
                changed += 1
            continue
        old_due = obligation.due_on
        old = (obligation.due_on, obligation.due_derivation, obligation.target_on, obligation.expires_on)
        apply_dates(obligation, calendar, adopted_on=adopted_on, body=adopting_body, today=today)
        if old != (obligation.due_on, obligation.due_derivation, obligation.target_on, obligation.expires_on):
            changed += 1
            if obligation.due_on != old_due:
                session.add(
                    HistoryEntry(
                        obligation=obligation,
                        user_id=actor.user_id if actor else None,
                        actor=who,
                        field="due_on",
                        old_value=old_due.isoformat() if old_due else None,
                        new_value=obligation.due_on.isoformat() if obligation.due_on else None,
                        comment=obligation.due_derivation,
                    )
                )
    session.flush()
    return changed


# --------------------------------------------------------------------------- official dates


def set_official_session(
    session: Session,
    body: str,
    number: int,
    *,
    opens_on: dt.date,
    closes_on: dt.date | None = None,
    note: str | None = None,
    actor: Actor,
    today: dt.date,
) -> tuple[OfficialSession, int]:
    """Record a session's official dates (they win over the rule, and replace dates a resolution
    printed) and recompute the due dates that depend on it. Admins only. Returns the row and how many
    due dates moved."""
    actor.require(actor.is_admin, "record official session dates")
    return _record_session(session, body, number, opens_on=opens_on, closes_on=closes_on, note=note,
                           printed_in=None, actor=actor, today=today)


def _record_session(
    session: Session, body: str, number: int, *, opens_on: dt.date, closes_on: dt.date | None,
    note: str | None, printed_in: Resolution | None, actor: Actor, today: dt.date, **details: Any,
) -> tuple[OfficialSession, int]:
    """The one path by which a session's dates enter the calendar, an admin's (``set_official_session``,
    which checks the admin) or a resolution's (``record_printed_sessions``): the body and dates checked
    (raises ``Invalid``), the row written, the due dates that depend on it recomputed (their history
    says so), the audit entry."""
    try:
        parsed = body_code(body)  # a principal organ, or another body by its registry code
    except ValueError as exc:
        raise Invalid(str(exc), code="unknown_body_code", field="body") from None
    if isinstance(parsed, Body) and not parsed.has_sessions:
        raise Invalid(f"the {parsed.display_name} has no sessions", code="body_has_no_sessions",
                            field="body", body=parsed.display_name)
    if closes_on is not None and closes_on < opens_on:
        raise Invalid(f"closes {closes_on} before it opens {opens_on}", code="closes_before_opens",
                            field="closes_on")
    row = session.scalars(
        select(OfficialSession).where(
            OfficialSession.body == str(parsed), OfficialSession.number == number
        )
    ).one_or_none()
    before = None
    if row is None:
        row = OfficialSession(body=str(parsed), number=number, opens_on=opens_on)
        session.add(row)
    else:
        before = as_recorded(row)
    row.opens_on, row.closes_on, row.note = opens_on, closes_on, note
    row.printed_in_id = printed_in.id if printed_in is not None else None
    row.recorded_by_id = actor.user_id
    session.flush()
    moved = recompute_due_dates(session, today, body=str(parsed), number=number, actor=actor)
    record_audit(
        session, actor, "set_official_session" if printed_in is None else "record_printed_session", row,
        body=str(parsed), number=number, opens_on=opens_on.isoformat(),
        closes_on=closes_on.isoformat() if closes_on else None, before=before, recomputed=moved, **details,
    )
    session.flush()
    return row, moved


def as_recorded(row: OfficialSession) -> dict[str, str | None]:
    """A session's dates as the calendar held them, for the audit entry that changes them (their note
    too where a resolution printed them: where they came from)."""
    before = {"opens_on": row.opens_on.isoformat(),
              "closes_on": row.closes_on.isoformat() if row.closes_on else None}
    if row.printed_in_id is not None:
        before["note"] = row.note
    return before


# --------------------------------------------------------------------------- dates a resolution prints


@dataclass(frozen=True)
class PrintedSession:
    """A session's dates as a resolution prints them: "Decides that the Special Committee shall hold its
    next session from 20 to 28 February 2024" (A/RES/78/111 2: CHARTER 2024, 20 to 28 February 2024,
    "paragraph 2")."""

    body: str
    number: int
    opens_on: dt.date
    closes_on: dt.date | None
    #: where the resolution prints them: "paragraph 2" (``paragraph_words``)
    paragraph: Words

    def note(self, symbol: str) -> str:
        """The calendar's words for where the dates come from (English, as the calendar keeps them)."""
        return f"as printed in {symbol}, {self.paragraph}"

    def dates(self) -> Words:
        return _dates_words(self.opens_on, self.closes_on)

    @property
    def label(self) -> str:
        return f"{self.body} {self.number}"


def paragraph_words(number: str | None, part: str | None) -> Words:
    """"paragraph 2" ("part B, paragraph 2"; "an unnumbered paragraph" for one printed without its number,
    whose place is not a number the resolution prints)."""
    if number is None:
        return (Words(N_("an unnumbered paragraph of part %(part)s"), {"part": part}) if part
                else Words(N_("an unnumbered paragraph")))
    return (Words(N_("part %(part)s, paragraph %(number)s"), {"part": part, "number": number}) if part
            else Words(N_("paragraph %(number)s"), {"number": number}))


def printed_session(deadline: Deadline) -> tuple[str, int, dt.date, dt.date | None] | None:
    """A session deadline whose dates the text prints (the parser's ``opens``, given to every deadline
    of that session in the resolution: ``link_session_dates``), of a body the registry codes and other
    than a principal organ, with the session's number: "Decides that the Special Committee shall hold
    its next session from 20 to 28 February 2024" (A/RES/78/111 2: CHARTER 2024). A principal organ's
    sessions have their rules (and a date printed for one is often that of a resumed part); a session in
    progress is not dated by what a paragraph says of it."""
    if (deadline.kind != DeadlineKind.SESSION or deadline.opens is None or deadline.current
            or deadline.session is None or not deadline.body or len(deadline.body) > 16):
        return None
    try:
        if isinstance(body_code(deadline.body), Body):
            return None
    except ValueError:
        return None
    return deadline.body, deadline.session, deadline.opens, deadline.closes


def printed_sessions(paragraphs: Iterable[tuple[Any, Iterable[Deadline]]]) -> list[PrintedSession]:
    """The session dates operative paragraphs print for another body's numbered session
    (``printed_session``), in the order written: ``paragraphs`` are (paragraph, its deadlines), a parsed
    ``OperativeParagraph`` on import, a stored ``Paragraph`` with its obligation's deadlines when the
    calendar looks for another text that prints a session's dates (``_printed_elsewhere``)."""
    found: dict[tuple[str, int, dt.date, dt.date | None], list[Any]] = {}
    for paragraph, deadlines in paragraphs:
        for d in deadlines:
            dates = printed_session(d)
            if dates is not None:
                found.setdefault(dates, []).append(paragraph)
    return [PrintedSession(*dates, _where(_printing(ps, dates[2]))) for dates, ps in found.items()]


def _printing(paragraphs: list[Any], opens: dt.date) -> Any:
    """Of the paragraphs that carry a session's dates, the one whose words print its opening (its day,
    month and year: "from 20 to 28 February 2024"), else the first: the parser gives the dates to every
    paragraph that names the session ("at its next session", A/RES/78/111 4), the calendar says where
    they are printed."""
    words = (rf"\b{opens.day}\b", rf"\b{month_name[opens.month]}\b", rf"\b{opens.year}\b")
    return next((p for p in paragraphs if all(re.search(w, p.text, re.I) for w in words)), paragraphs[0])


def _where(paragraph: Any) -> Words:
    """The paragraph's words: "paragraph 2", "part B, paragraph 2" (an unnumbered one's number is not one
    the resolution prints)."""
    return paragraph_words(None if paragraph.unnumbered else paragraph.number, paragraph.part)


def _dates_words(opens_on: dt.date, closes_on: dt.date | None) -> Words:
    """A session's dates in the import's words: "2024-02-20 to 2024-02-28", "opening 2024-02-20"."""
    if closes_on is None:
        return Words(N_("opening %(opens)s"), {"opens": opens_on.isoformat()})
    return Words(N_("%(opens)s to %(closes)s"),
                 {"opens": opens_on.isoformat(), "closes": closes_on.isoformat()})


@dataclass
class PrintedOutcome:
    """What ``record_printed_sessions`` did, in words for the import's summary (``str``: English)."""

    #: "CHARTER 2024: 2024-02-20 to 2024-02-28, as printed in A/RES/78/111, paragraph 2"
    recorded: list[Words] = field(default_factory=list)
    #: sessions whose dates this resolution printed before and prints no longer: "CHARTER 2024"
    removed: list[str] = field(default_factory=list)
    #: dates it prints that differ from those the calendar holds, which stay
    conflicts: list[Words] = field(default_factory=list)
    #: due dates moved
    moved: int = 0

    @property
    def changed_calendar(self) -> bool:
        return bool(self.recorded or self.removed)


def record_printed_sessions(session: Session, resolution: Resolution, printed: Iterable[PrintedSession], *,
                            actor: Actor, today: dt.date) -> PrintedOutcome:
    """Record in the calendar the session dates a resolution prints (``printed``, in the order written:
    the first a session's), as an admin's are (``_record_session``: the due dates that depend on the
    session move, in the caller's transaction), unless the calendar holds that session's dates already:
    an admin's record wins, and of two resolutions that print a session's dates the first imported is
    kept. Dates that differ from those kept are not recorded: they are flagged on the resolution
    (``parse_warnings``, which its review page shows) and logged, for an admin to record the right ones.
    On a re-import, the dates it printed move with its text, and those it prints no longer leave the
    calendar (the due dates that depend on them are recomputed)."""
    printed = list(printed)
    codes = {p.body for p in printed}
    held = {(row.body, row.number): row for row in session.scalars(
        select(OfficialSession).where(or_(OfficialSession.printed_in_id == resolution.id,
                                          OfficialSession.body.in_(sorted(codes)))))}
    outcome = PrintedOutcome()
    seen: set[tuple[str, int]] = set()
    for p in printed:
        key = (p.body, p.number)
        if key in seen:
            continue
        seen.add(key)
        row = held.get(key)
        note = p.note(resolution.symbol)
        if row is not None and row.printed_in_id != resolution.id:
            if (row.opens_on, row.closes_on) != (p.opens_on, p.closes_on):
                # a printed row's note is the calendar's record of where, as the session page shows it
                kept = row.note if row.printed_in_id is not None else Words(N_("recorded by an admin"))
                outcome.conflicts.append(Words(
                    N_("%(session)s: %(paragraph)s prints %(dates)s; the calendar keeps %(kept)s, %(by)s"),
                    {"session": p.label, "paragraph": p.paragraph, "dates": p.dates(),
                     "kept": _dates_words(row.opens_on, row.closes_on), "by": kept}))
            continue
        if row is not None and (row.opens_on, row.closes_on, row.note) == (p.opens_on, p.closes_on, note):
            continue
        try:
            _row, moved = _record_session(session, p.body, p.number, opens_on=p.opens_on,
                                          closes_on=p.closes_on, note=note, printed_in=resolution,
                                          actor=actor, today=today, printed_in_symbol=resolution.symbol)
        except Invalid as exc:  # not a session the calendar takes: the resolution is imported all the same
            outcome.conflicts.append(Words(
                N_("%(session)s: %(paragraph)s prints %(dates)s, not recorded: %(why)s"),
                {"session": p.label, "paragraph": p.paragraph, "dates": p.dates(), "why": str(exc)}))
            continue
        outcome.recorded.append(_recorded_words(p, resolution.symbol))
        outcome.moved += moved
    for key, row in held.items():
        if row.printed_in_id == resolution.id and key not in seen:
            outcome.removed.append(f"{row.body} {row.number}")
            moved, instead = _forget_printed(session, row, resolution, actor=actor, today=today)
            outcome.moved += moved
            if instead is not None:
                outcome.recorded.append(instead)
    if outcome.conflicts:
        for line in outcome.conflicts:
            log.warning("%s: session dates not recorded: %s", resolution.symbol, line)
        resolution.parse_warnings = [*(resolution.parse_warnings or ()),
                                     *(f"Session dates not recorded: {line}." for line in outcome.conflicts)]
    return outcome


def _recorded_words(p: PrintedSession, symbol: str) -> Words:
    """"CHARTER 2024: 2024-02-20 to 2024-02-28, as printed in A/RES/78/111, paragraph 2"."""
    return Words(N_("%(session)s: %(dates)s, as printed in %(symbol)s, %(paragraph)s"),
                 {"session": p.label, "dates": p.dates(), "symbol": symbol, "paragraph": p.paragraph})


def _forget_printed(session: Session, row: OfficialSession, resolution: Resolution, *, actor: Actor,
                    today: dt.date) -> tuple[int, Words | None]:
    """A session's dates its resolution, re-imported, prints no longer: out of the calendar
    (``printed_no_longer``). Returns how many due dates moved, and the dates recorded in their place."""
    body, number, before = row.body, row.number, as_recorded(row)
    session.delete(row)
    session.flush()
    return printed_no_longer(session, body, number, before, resolution.symbol, besides=resolution.id,
                             actor=actor, today=today)


def printed_no_longer(session: Session, body: str, number: int, before: dict[str, str | None], symbol: str,
                      *, besides: int, actor: Actor, today: dt.date) -> tuple[int, Words | None]:
    """A session's dates the resolution ``symbol`` (id ``besides``) printed have left the calendar
    (``before``: as it held them): its re-import prints them no longer, or it was deleted
    (``services.withdrawal``). Where another text held
    prints that session's dates, they are recorded in their place as on its import (of two, the first
    imported: ``record_printed_sessions``), and its flag that they were not recorded goes; else the due
    dates that depend on the session are recomputed. Returns how many moved, and the words of the dates
    recorded in their place (None: none)."""
    elsewhere = _printed_elsewhere(session, body, number, besides=besides)
    moved = 0 if elsewhere else recompute_due_dates(session, today, body=body, number=number, actor=actor)
    record_audit(session, actor, "remove_printed_session", None, body=body, number=number, before=before,
                 printed_in_symbol=symbol, recomputed=moved)
    session.flush()
    if elsewhere is None:
        return moved, None
    other, p = elsewhere
    try:
        _row, moved = _record_session(session, body, number, opens_on=p.opens_on, closes_on=p.closes_on,
                                      note=p.note(other.symbol), printed_in=other, actor=actor, today=today,
                                      printed_in_symbol=other.symbol, replacing=symbol)
    except Invalid:  # not a session the calendar takes (it took them from the first text)
        return recompute_due_dates(session, today, body=body, number=number, actor=actor), None
    flag = f"Session dates not recorded: {p.label}:"
    if any(w.startswith(flag) for w in other.parse_warnings or ()):
        other.parse_warnings = [w for w in other.parse_warnings if not w.startswith(flag)]
    return moved, _recorded_words(p, other.symbol)


def _printed_elsewhere(session: Session, body: str, number: int, *,
                       besides: int) -> tuple[Resolution, PrintedSession] | None:
    """The first imported resolution, other than ``besides``, whose operative paragraphs as held (their
    obligations' deadlines) print the dates of the body's session, with those dates."""
    query = (
        select(Obligation.resolution_id, Obligation.deadlines, Paragraph)
        .join(Paragraph, Obligation.paragraph_id == Paragraph.id)
        .where(Obligation.resolution_id != besides, Obligation.occurrence == 1,
               Paragraph.kind == str(ParagraphKind.OPERATIVE), Paragraph.removed_at.is_(None),
               cast(Obligation.deadlines, Text).like('%"opens"%'))
        .order_by(Obligation.resolution_id, Paragraph.position)
    )
    by_resolution: dict[int, list[tuple[Paragraph, list[Deadline]]]] = {}
    for rid, deadlines, paragraph in session.execute(query):
        by_resolution.setdefault(rid, []).append((paragraph, _readable(deadlines)))
    for rid, paragraphs in by_resolution.items():
        for p in printed_sessions(paragraphs):
            if (p.body, p.number) == (body, number):
                return session.get(Resolution, rid), p
    return None


def _readable(deadlines: Iterable[Mapping[str, Any]] | None) -> list[Deadline]:
    """The stored deadlines that read back (a malformed record is for review, not a reason to fail)."""
    read = []
    for item in deadlines or ():
        try:
            read.append(Deadline.from_dict(item))
        except ValueError:
            continue
    return read


def set_documentation_lead(
    session: Session, body: str, days: int, *, actor: Actor, today: dt.date
) -> tuple[BodySetting, int]:
    """Change a body's documentation lead (days before a session deadline that documents are due)
    and recompute the target dates. Admins only."""
    actor.require(actor.is_admin, "change the documentation lead")
    if days < 0:
        raise Invalid("the documentation lead cannot be negative", field="days")
    parsed = str(body_code(body))
    row = session.get(BodySetting, parsed)
    before = row.documentation_lead_days if row else None
    if row is None:
        row = BodySetting(body=parsed)
        session.add(row)
    row.documentation_lead_days = days
    session.flush()
    moved = recompute_due_dates(session, today, body=parsed, actor=actor)
    record_audit(session, actor, "set_documentation_lead", None, body=parsed, days=days,
                 before=before, recomputed=moved)
    session.flush()
    return row, moved


# --------------------------------------------------------------------------- recurring mandates


def next_occurrence(
    session: Session,
    obligation: Obligation,
    today: dt.date,
    *,
    actor: Actor | None = None,
    calendar: Calendar | None = None,
) -> Obligation | None:
    """After an occurrence of a recurring mandate is completed, the next one (created once).

    Returns None when the obligation does not recur. Calling it twice returns the same row. The
    status service calls this when it completes an obligation."""
    recurring = next((d for d in obligation.deadlines or () if d.get("kind") == "recurring"), None)
    if recurring is None or recurrence_of([recurring]) is None or obligation.due_on is None:
        return None
    try:
        deadline = Deadline.from_dict(recurring)
    except ValueError:  # a malformed record is for review, not a reason to fail the status change
        return None
    existing = session.scalars(
        select(Obligation).where(
            Obligation.paragraph_id == obligation.paragraph_id,
            Obligation.occurrence == obligation.occurrence + 1,
        )
    ).one_or_none()
    if existing is not None:
        return existing
    calendar = calendar or load_calendar(session)
    resolution = obligation.resolution
    try:
        due = calendar.next_due_date(deadline, resolution.adopted_on, obligation.due_on)
        error = None
    except ValueError as exc:
        due, error = None, str(exc)
    following = Obligation(
        resolution_id=obligation.resolution_id,
        paragraph_id=obligation.paragraph_id,
        occurrence=obligation.occurrence + 1,
        action=obligation.action,
        kind=obligation.kind,
        deliverable=obligation.deliverable,
        deadline_text=obligation.deadline_text,
        deadlines=list(obligation.deadlines),
        deadline_body=obligation.deadline_body,
        deadline_session=obligation.deadline_session,
        recurrence=obligation.recurrence,
        status=ObligationStatus.NOT_STARTED,
        reminder_stages=obligation.reminder_stages,
        confidence=dict(obligation.confidence),
        needs_review=error is not None,
        review_note=error,
    )
    apply_due(following, due, error)
    following.expires_on = obligation.expires_on  # the mandate it carries ends as before
    following.owners = list(obligation.owners)
    following.items = [
        ObligationItem(paragraph_id=item.paragraph_id, label=item.label, position=item.position)
        for item in obligation.items
    ]
    session.add(following)
    session.add(
        HistoryEntry(
            obligation=following,
            user_id=actor.user_id if actor else None,
            actor=actor.name if actor else "system",
            field="created",
            new_value={"occurrence": following.occurrence,
                       "due_on": following.due_on.isoformat() if following.due_on else None},
            comment=f"next occurrence after occurrence {obligation.occurrence} was completed "
            f"(today {today.isoformat()})",
        )
    )
    session.flush()
    return following
