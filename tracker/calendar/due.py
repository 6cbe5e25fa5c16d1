"""Due dates: from a structured deadline (as the parser gives it) to a date, and how.

A deadline is anything with the fields of ``tracker.parsing.types.Deadline`` (``kind``, ``body``,
``session``, ``date``, ``precision``, ``days``, ``from_``, ``every``): the parser's dataclass, a
database row, a test double. Nothing here reads the clock: ``today`` is an argument.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from tracker.calendar.bodies import Body, lookup
from tracker.calendar.durations import Duration, add_duration, add_months, first_occurrence_on_or_after
from tracker.calendar.errors import CalendarError, DeadlineError, UnknownSessionError
from tracker.calendar.rules import Source

if TYPE_CHECKING:
    from tracker.calendar.core import Calendar, SessionDates

ONE_DAY = dt.timedelta(days=1)


class DeadlineLike(Protocol):
    """The fields of ``tracker.parsing.types.Deadline`` the calendar reads."""

    kind: Any  # "session" | "date" | "relative" | "recurring" (a StrEnum or a plain str)
    body: str | None
    session: int | None
    date: dt.date | None
    precision: str | None
    days: int | None
    from_: str | None
    every: str | None


@dataclass(frozen=True)
class DueDate:
    due_on: dt.date
    #: how the date was found: "due at the opening of GA 73: GA 73 opens 2018-09-18, rule 1 ..."
    derivation: str
    #: internal target for the documents (due_on less the body's documentation lead), if any
    target_on: dt.date | None = None
    #: the date rests on an estimate (a session without official or ruled dates)
    is_estimate: bool = False


_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
#: a date's precision, where the text names only a period: the period, whose last day is due
_PERIOD_NAMED = {"year": "year", "half": "half-year", "quarter": "quarter", "month": "month"}
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve")


def length_after_adoption(days: int, period: str | None, adopted_on: dt.date) -> str:
    """A delay from the adoption as long as the resolution wrote it: "six months" for "within six months"
    (``period`` "P6M", the parser's), where that many calendar units from ``adopted_on`` end on the day
    ``days`` gives; else "183 days" (no period, or ``days`` corrected since)."""
    if period and len(period) > 2 and period[0] == "P" and period[-1] in _UNITS and period[1:-1].isdigit():
        n = int(period[1:-1])
        try:
            same = add_duration(adopted_on, Duration.parse(period)) == adopted_on + dt.timedelta(days=days)
        except DeadlineError:
            same = False
        if n and same:
            count = _NUMBER_WORDS[n - 1] if n <= len(_NUMBER_WORDS) else str(n)
            return f"{count} {_UNITS[period[-1]]}{'' if n == 1 else 's'}"
    return f"{days} days"


def _field(deadline: Any, name: str) -> Any:
    return getattr(deadline, name, None)


def _kind(deadline: Any) -> str:
    kind = _field(deadline, "kind")
    return str(getattr(kind, "value", kind) or "").lower()


def _lead_phrase(lead: dt.timedelta) -> str:
    weeks, days = divmod(lead.days, 7)
    if days == 0 and weeks:
        return "1 week" if weeks == 1 else f"{weeks} weeks"
    return "1 day" if lead.days == 1 else f"{lead.days} days"


def _with_target(
    calendar: Calendar,
    due_on: dt.date,
    derivation: str,
    body: Body | str | None,
    adopted_on: dt.date | None,
    *,
    applies: bool,
    is_estimate: bool = False,
) -> DueDate:
    if not applies or body is None:
        return DueDate(due_on, derivation, None, is_estimate)
    lead = calendar.documentation_lead(body)
    target_on = due_on - lead
    note = (
        f"documents targeted for {target_on.isoformat()}, "
        f"{_lead_phrase(lead)} ahead ({body} documentation lead)"
    )
    if adopted_on is not None and target_on < adopted_on:
        # Adopted inside the lead: the documents are wanted at once, not in the past.
        target_on = adopted_on
        note = (
            f"documents targeted for {target_on.isoformat()}, the adoption date: it falls "
            f"inside the {_lead_phrase(lead)} {body} documentation lead"
        )
    return DueDate(due_on, f"{derivation}; {note}", target_on, is_estimate)


def _parse_body(value: Body | str | None) -> Body | None:
    """The body whose documentation lead applies; None when unknown (then no target date)."""
    try:
        return None if value is None else Body.parse(value)
    except ValueError:
        return None


def due_date(
    calendar: Calendar,
    deadline: DeadlineLike | None,
    adopted_on: dt.date | None,
    today: dt.date,
    *,
    override_on: dt.date | None = None,
    body: Body | str | None = None,
) -> DueDate | None:
    """See ``Calendar.due_date``."""
    if override_on is not None:
        return _override(calendar, deadline, adopted_on, today, override_on, body)
    if deadline is None:
        return None
    kind = _kind(deadline)
    if kind == "session":
        return _session_due(calendar, deadline, adopted_on, body)
    adopting_body = _parse_body(_field(deadline, "body") or body)
    applies = calendar.lead_all_deadlines
    if kind == "date":
        day = _field(deadline, "date")
        if day is None:
            raise DeadlineError("a date deadline without its date")
        precision = _field(deadline, "precision")
        if precision in _PERIOD_NAMED:
            how = f"due {day.isoformat()}, the last day of the {_PERIOD_NAMED[precision]} the text names"
        else:
            how = f"due {day.isoformat()}, the date the text names"
        return _with_target(calendar, day, how, adopting_body, adopted_on, applies=applies)
    if kind == "relative":
        days = _field(deadline, "days")
        origin = _field(deadline, "from_") or "adoption"
        if origin == "session_end":
            return expiry_after_session(calendar, deadline, adopted_on)
        if days is None:
            raise DeadlineError("a relative deadline without its number of days")
        if origin == "expiry":
            # "one month before the mandate expires": dated by the parser from the expiry the
            # resolution sets, where it sets one
            day = _field(deadline, "date")
            if day is None:
                raise DeadlineError(f"{days} days from the mandate's expiry, which the text does not date")
            when = "before" if days < 0 else "after"
            how = f"due {day.isoformat()}, {abs(days)} days {when} the mandate's expiry the resolution sets"
            return _with_target(calendar, day, how, adopting_body, adopted_on, applies=applies)
        if origin == "event":
            # "within 60 days of receiving a communication", "within 30 days of an inspection": kept
            # as the text sets it, dated by no calendar; counted back ("no later than five weeks before
            # the start of the consultations"), dated once an officer knows the event's date
            if days <= 0:
                before = f"{-days} days before" if days else "before"
                raise DeadlineError(f"{before} an event the text names but does not date "
                                    f"({_field(deadline, 'text')!r}): to be dated once the event is")
            raise DeadlineError(f"{days} days after an event the text names ({_field(deadline, 'text')!r}): "
                                "no date until it happens")
        if origin != "adoption":
            raise DeadlineError(f"relative deadlines count from adoption or expiry, not from {origin!r}")
        if adopted_on is None:
            raise DeadlineError(f"{days} days after adoption, but the adoption date is unknown")
        day = adopted_on + dt.timedelta(days=days)
        length = length_after_adoption(days, _field(deadline, "period"), adopted_on)
        how = f"due {day.isoformat()}, {length} after adoption on {adopted_on.isoformat()}"
        return _with_target(calendar, day, how, adopting_body, adopted_on, applies=applies)
    if kind == "recurring":
        every, anchor, origin = _recurrence(deadline, adopted_on)
        k, day = first_occurrence_on_or_after(anchor, every, today)
        how = (
            f"due {day.isoformat()}, occurrence {k} {every.describe()} counted from {origin} "
            f"(the first on or after {today.isoformat()})"
        )
        return _with_target(calendar, day, how, adopting_body, adopted_on, applies=applies)
    raise DeadlineError(f"unknown deadline kind {kind!r}")


def expiry_after_session(calendar: Calendar, deadline: Any, adopted_on: dt.date | None) -> DueDate:
    """The end of a period that starts when a session closes ("for a period of three years,
    effective from the end of its fifty-third session": ``from_`` "session_end", the session's
    ``body``/``session``, the ``period``): the session's closing date plus the period, in calendar
    months. Each body's session from its own calendar only; raises ``UnknownSessionError`` where
    the session's end is not known (the end is then undated, and says why)."""
    period = _field(deadline, "period")
    if not period:
        raise DeadlineError("a period from a session's end without its length")
    length = Duration.parse(period)
    code = _field(deadline, "body")
    session = _field(deadline, "session")
    if code is None or session is None:
        raise DeadlineError("a period from a session's end needs the body and session number")
    other = _other_body(deadline, code)
    if other is not None:
        dates = _recorded(calendar, code, session, adopted_on)
        if dates is None:
            raise UnknownSessionError(f"{other}: session {session} is not in the calendar")
    else:
        dates = calendar.session_dates(code, session)
    if dates.closes_on is None:
        raise UnknownSessionError(f"{dates.body}: the end of session {dates.session} is not in the calendar")
    day = add_months(dates.closes_on, length.months) + dt.timedelta(days=length.days)
    how = (f"expires {day.isoformat()}, {length.describe().removeprefix('every ')} after the end "
           f"of the session: {dates.derivation}")
    return DueDate(day, how, None, dates.source is Source.ESTIMATE)


def next_due_date(
    calendar: Calendar,
    deadline: DeadlineLike,
    adopted_on: dt.date,
    completed_due_on: dt.date,
) -> DueDate | None:
    """See ``Calendar.next_due_date``."""
    if _kind(deadline) != "recurring":
        return None
    every, anchor, origin = _recurrence(deadline, adopted_on)
    k, day = first_occurrence_on_or_after(anchor, every, completed_due_on + ONE_DAY)
    how = (
        f"due {day.isoformat()}, occurrence {k} {every.describe()} counted from {origin} "
        f"(the one after {completed_due_on.isoformat()}, completed)"
    )
    adopting_body = _parse_body(_field(deadline, "body"))
    return _with_target(
        calendar, day, how, adopting_body, adopted_on, applies=calendar.lead_all_deadlines
    )


def _recurrence(deadline: Any, adopted_on: dt.date | None) -> tuple[Duration, dt.date, str]:
    """``(period, anchor, words)``: occurrence k falls k periods after the anchor. The anchor is
    the adoption, or one period before the first occurrence the text names ("annually, starting
    in 2019": the parser's ``date``, 31 December 2019)."""
    every = _field(deadline, "every")
    if not every:
        raise DeadlineError("a recurring deadline without its period")
    period = Duration.parse(every)
    first = _field(deadline, "date")
    if first is not None:
        anchor = add_months(first, -period.months) - dt.timedelta(days=period.days)
        return period, anchor, f"the first occurrence the text names, {first.isoformat()}"
    if adopted_on is None:
        raise DeadlineError(f"recurring {every} from adoption, but the adoption date is unknown")
    return period, adopted_on, f"adoption on {adopted_on.isoformat()}"


def _session_due(
    calendar: Calendar, deadline: Any, adopted_on: dt.date | None, body: Body | str | None,
    *, expires: bool = False,
) -> DueDate:
    """Due at the opening of the session the deadline names; the *next* session (no number) is
    the first to open after adoption; the session *current* at adoption, or the session's *end*
    ("before the end of its seventy-fifth session"), is due by its close. ``expires``: the end
    of a mandate at that time, which has no documents to target. Each body's sessions come from
    its own calendar only."""
    code = _field(deadline, "body")
    session = _field(deadline, "session")
    other = _other_body(deadline, code)
    if other is not None:
        # Another body's session: dated only from what the text prints or the calendar records for
        # that body, never from the GA's, the HRC's or ECOSOC's calendar. An admin's record wins over the
        # text (a session moved); the text's own dates over those another resolution printed.
        closing = _field(deadline, "end") and _field(deadline, "closes") is not None
        printed = _field(deadline, "closes" if closing else "opens")
        what = "next session" if session is None else f"session {session}"
        dates = _recorded(calendar, code, session, adopted_on)
        if printed is not None and (dates is None or dates.source is not Source.OFFICIAL):
            how = (f"{'expires' if expires else 'due'} {printed.isoformat()}: {other}, {what} "
                   f"{'closes' if closing else 'opens'} then, as the text prints it")
            return _with_target(calendar, printed, how, _coded(code), adopted_on,
                                applies=not closing and _targets_documents(deadline, expires=expires))
        if dates is None:
            raise UnknownSessionError(f"{other}: {what} is not in the calendar")
        return _dates_due(calendar, deadline, dates, adopted_on, expires=expires)
    named = code or body
    if named is None or (session is None and adopted_on is None):
        raise DeadlineError("a session deadline needs its body and session number")
    return _dates_due(calendar, deadline, _session_of(calendar, named, session, adopted_on), adopted_on,
                      expires=expires)


def expiry_at_session(calendar: Calendar, deadline: Any, adopted_on: dt.date | None) -> DueDate:
    """The end of a mandate that runs until a session: "until the end of its seventy-ninth
    session" when that session closes, "until its seventy-ninth session" when it opens. Raises
    ``UnknownSessionError`` where the calendar does not know that date."""
    return _session_due(calendar, deadline, adopted_on, None, expires=True)


def _session_of(calendar: Calendar, named: Body | str, session: int | None,
                adopted_on: dt.date | None) -> SessionDates:
    """The numbered session, or the next one to open after adoption."""
    if session is None:
        return calendar.next_session(named, adopted_on)
    return calendar.session_dates(named, session)


def _recorded(calendar: Calendar, code: str | None, session: int | None,
              adopted_on: dt.date | None) -> SessionDates | None:
    """Another body's session as an admin recorded it, if they did."""
    if code is None or (session is None and adopted_on is None):
        return None
    try:
        return _session_of(calendar, code, session, adopted_on)
    except ValueError:  # not recorded, or not a code the calendar takes
        return None


def _dates_due(calendar: Calendar, deadline: Any, dates: SessionDates, adopted_on: dt.date | None,
               *, expires: bool = False) -> DueDate:
    """Due at the session's opening; the session current at adoption, or the session's end, by
    its close. A mandate's end (``expires``) at the same dates, without a documents' target."""
    estimate = dates.source is Source.ESTIMATE
    current = _field(deadline, "current")
    if current or _field(deadline, "end"):
        if dates.closes_on is None:
            raise UnknownSessionError(
                f"{dates.body}: the end of session {dates.session} is not in the calendar")
        when = "at the end of the session" if expires else "by the end of the session"
        how = f"{'expires' if expires else 'due'} {when}{' in progress at adoption' if current else ''}: " \
              f"{dates.derivation}"
        return _with_target(calendar, dates.closes_on, how, dates.body, adopted_on, applies=False,
                            is_estimate=estimate)
    how = f"{'expires' if expires else 'due'} at the opening of the session: {dates.opening_derivation}"
    return _with_target(calendar, dates.opens_on, how, dates.body, adopted_on,
                        applies=_targets_documents(deadline, expires=expires), is_estimate=estimate)


def _targets_documents(deadline: Any, *, expires: bool) -> bool:
    """A session deadline whose documents are targeted ahead of it (the body's documentation lead): one
    due at the session's opening, whether the calendar or the text itself dates it ("shall hold its next
    session from 20 to 28 February 2024", A/RES/78/111 2); not one due by the session's close (its end, the
    session in progress at adoption) nor a mandate's end (``expires``), which has no documents."""
    return not (expires or _field(deadline, "current") or _field(deadline, "end"))


def _coded(code: str | None) -> str | None:
    """A body's code the calendar takes (its documentation lead), else None."""
    from tracker.calendar.core import body_code  # core builds on this module

    try:
        return None if code is None else str(body_code(code))
    except ValueError:
        return None


def _other_body(deadline: Any, code: str | None) -> str | None:
    """The name of the body a session deadline names when it is not one whose sessions the
    calendar dates by rule (GA, HRC, ECOSOC); None for those."""
    if code is None:
        return _field(deadline, "body_name")  # a body the registry does not know, or none
    info = lookup(code)
    if info is not None and (info.has_rule or info.principal is not None):
        return None  # the Security Council: the calendar says it has no sessions
    if info is None and code in {b.value for b in Body}:
        return None
    return info.name if info is not None else (_field(deadline, "body_name") or code)


def _override(
    calendar: Calendar,
    deadline: DeadlineLike | None,
    adopted_on: dt.date | None,
    today: dt.date,
    override_on: dt.date,
    body: Body | str | None,
) -> DueDate:
    how = f"due {override_on.isoformat()}, set by an admin"
    try:
        natural = due_date(calendar, deadline, adopted_on, today, body=body)
    except CalendarError:
        natural = None
    if natural is not None:
        how += f" (instead of {natural.due_on.isoformat()})"
    is_session = deadline is not None and _kind(deadline) == "session"
    named = (_field(deadline, "body") if deadline is not None else None) or body
    return _with_target(
        calendar, override_on, how, _parse_body(named), adopted_on,
        applies=is_session or calendar.lead_all_deadlines,
    )

