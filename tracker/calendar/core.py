"""The calendar: sessions of each body with their provenance, official records first.

``Calendar`` is a plain object built from the official dates the database holds (an admin records
them) and the per-body documentation lead; it reads no clock and touches no database.

Other bodies (commissions, committees, subsidiary organs, treaty bodies: any body code of the
registry) are dated only from their own recorded sessions, never from the General Assembly's or
the Council's rule: a session nobody recorded has no date, and the error says so in words
("Special Committee on the Charter: next session not in the calendar"). Build one
per request, command or job; it caches what it computes, so one calendar can serve a reminder pass
over every obligation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tracker.calendar import due as _due
from tracker.calendar.bodies import Body, format_session
from tracker.calendar.errors import CalendarError, NoSessionsError, UnknownSessionError
from tracker.calendar.rules import (
    HRC_FIRST_PATTERNED_SESSION,
    HRC_FIRST_PATTERNED_YEAR,
    HRC_SLOTS,
    Answer,
    Source,
    ecosoc_opening,
    ga_opening,
    hrc_dates,
    hrc_session_number,
    hrc_slot,
)

#: The UN's "six-week rule": pre-session documents are to be issued, in all official languages,
#: six weeks before the session takes them up. Configurable per body.
DEFAULT_DOCUMENTATION_LEAD = dt.timedelta(weeks=6)

ONE_DAY = dt.timedelta(days=1)
#: a body code, as typed and as stored (upper case): a principal organ's ("GA") or the registry's ("CCPCJ",
#: "C34"); the forms and the API take it as written here
BODY_CODE = "[A-Za-z][A-Za-z0-9]{0,15}"
_CODE = re.compile(BODY_CODE)


def body_code(body: Body | str) -> Body | str:
    """A principal organ as ``Body`` ("GA", "General Assembly"); any other body by its code,
    uppercased ("ccpcj" -> "CCPCJ"). Raises ``ValueError`` for what is neither."""
    try:
        return Body.parse(body)
    except ValueError:
        code = str(body).strip().upper()
        if not _CODE.fullmatch(code):
            raise ValueError(f"unknown body {body!r} (a principal organ or a body code of up to 16 "
                             "letters and digits)") from None
        return code


def body_name(code: Body | str) -> str:
    """A body's name for messages: the registry's where it is known, else the code."""
    if isinstance(code, Body):
        return code.display_name
    try:  # the registry of other bodies, where present
        from tracker.calendar.bodies import lookup  # type: ignore[attr-defined]
    except ImportError:
        return code
    info = lookup(code)
    return info.name if info is not None else code


@dataclass(frozen=True)
class SessionDates:
    """A session's opening and closing, and where they come from.

    ``source`` qualifies the opening (what due dates use); ``derivation`` says how both dates
    were found, in words an officer can check.
    """

    #: a principal organ, or another body's code
    body: Body | str
    session: int
    opens_on: dt.date
    #: None only when nothing says when it ends (an irregular session without official dates)
    closes_on: dt.date | None
    source: Source
    derivation: str
    #: the opening half of ``derivation``, for due-date explanations
    opening_derivation: str = field(default="", repr=False, compare=False)
    #: dates a resolution prints (``Source.PRINTED``): where ("as printed in A/RES/78/111, paragraph 2")
    printed_in: str | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        return format_session(self.body, self.session)

    @property
    def is_estimate(self) -> bool:
        return self.source is Source.ESTIMATE

    def is_running_on(self, day: dt.date) -> bool:
        if day < self.opens_on:
            return False
        return self.closes_on is None or day <= self.closes_on


OfficialDates = Mapping[tuple[Body | str, int], Any]


def _normalise_official(official: OfficialDates | None) -> dict[tuple[Body, int], tuple]:
    """``{(body, n): (opens_on, closes_on | None)}``; values may also be objects (database rows)
    with ``opens_on`` and ``closes_on`` attributes."""
    out: dict[tuple[Body, int], tuple[dt.date, dt.date | None]] = {}
    for (body, session), value in (official or {}).items():
        if hasattr(value, "opens_on"):
            opens_on, closes_on = value.opens_on, getattr(value, "closes_on", None)
        else:
            opens_on, closes_on = value
        if closes_on is not None and closes_on < opens_on:
            raise ValueError(
                f"official dates for {format_session(body, session)} close ({closes_on}) "
                f"before they open ({opens_on})"
            )
        out[(body_code(body), int(session))] = (opens_on, closes_on)
    return out


class Calendar:
    """Sessions and due dates.

    ``official``: ``{(body, session): (opens_on, closes_on_or_None)}`` recorded by an admin; they
    win over every rule. ``printed``: ``{(body, session): words}`` for those of them a resolution
    printed ("as printed in A/RES/78/111, paragraph 2"), what their derivation says instead.
    ``documentation_lead``: ``{body: days or timedelta}``, how far ahead of a session its documents
    are due (default six weeks). ``lead_all_deadlines``: also give date, relative and recurring
    deadlines an internal target date (off by default).
    """

    def __init__(
        self,
        official: OfficialDates | None = None,
        documentation_lead: Mapping[Body | str, int | dt.timedelta] | None = None,
        *,
        lead_all_deadlines: bool = False,
        printed: Mapping[tuple[Body | str, int], str] | None = None,
    ):
        self._official = _normalise_official(official)
        self._printed = {(body_code(body), int(n)): words for (body, n), words in (printed or {}).items()}
        self._lead = {
            body_code(body): lead if isinstance(lead, dt.timedelta) else dt.timedelta(days=lead)
            for body, lead in (documentation_lead or {}).items()
        }
        for body, lead in self._lead.items():
            if lead < dt.timedelta(0):
                raise ValueError(f"the documentation lead for {body} cannot be negative")
        self.lead_all_deadlines = lead_all_deadlines
        self._cache: dict[tuple[Body, int], SessionDates] = {}

    # ------------------------------------------------------------------ sessions

    def documentation_lead(self, body: Body | str) -> dt.timedelta:
        return self._lead.get(body_code(body), DEFAULT_DOCUMENTATION_LEAD)

    def session_dates(self, body: Body | str, session: int) -> SessionDates:
        """The session's dates. Raises ``NoSessionsError`` for the Security Council and
        ``UnknownSessionError`` for a session no rule or record covers."""
        body = session_body(body)
        key = (body, int(session))
        if not isinstance(body, Body):
            return self._other_dates(body, int(session))
        if key not in self._cache:
            try:
                self._cache[key] = self._compute(body, int(session))
            except (OverflowError, ValueError) as exc:
                if isinstance(exc, CalendarError):
                    raise
                # a session so far out that its year leaves the calendar (found by schemathesis)
                raise UnknownSessionError(f"{body} session {session} is beyond the calendar") from exc
        return self._cache[key]

    def next_session(self, body: Body | str, after: dt.date) -> SessionDates:
        """The first session of ``body`` opening after ``after`` ("at its next session"). Another
        body's comes from its recorded sessions only; raises ``UnknownSessionError`` when none
        is recorded."""
        body = session_body(body)
        if isinstance(body, Body):
            found = self.upcoming_sessions(body, after + ONE_DAY, 1)
            if found:
                before = found[0].session - 1
                if before >= 1:
                    # upcoming_sessions steps over sessions it cannot date: the first dated one is
                    # the next only if the one before it is dated too ("its next session" in a
                    # resolution of December 2002 is ECOSOC 2003, not the cycle's first, 2014)
                    try:
                        self.session_dates(body, before)
                    except UnknownSessionError:
                        raise UnknownSessionError(
                            f"{body_name(body)}: the session after {after.isoformat()} is not in the "
                            f"calendar (session {before} is not dated)") from None
                return found[0]
        else:
            for n in self._recorded(body):
                if self._official[(body, n)][0] > after:
                    return self._other_dates(body, n)
        raise UnknownSessionError(f"{body_name(body)}: next session not in the calendar")

    def _recorded(self, code: str) -> list[int]:
        """Another body's recorded session numbers, in order of opening."""
        numbers = [n for (b, n) in self._official if b == code]
        return sorted(numbers, key=lambda n: self._official[(code, n)][0])

    def _other_dates(self, code: str, session: int) -> SessionDates:
        """Another body's session: only what an admin recorded or a resolution printed (its closing,
        else the day before its next recorded session opens)."""
        if (code, session) not in self._official:
            raise UnknownSessionError(f"{body_name(code)}: session {session} not in the calendar")
        opens_on, closes_on = self._official[(code, session)]
        printed = self._printed.get((code, session))
        how = printed or "official date recorded by an admin"
        opening = f"{code} session {session} opens {opens_on.isoformat()}, {how}"
        if closes_on is not None:
            derivation = f"{opening}; closes {closes_on.isoformat()}, {how}"
        elif (code, session + 1) in self._official:
            closes_on = self._official[(code, session + 1)][0] - ONE_DAY
            derivation = (f"{opening}; closes {closes_on.isoformat()}, "
                          f"the day before session {session + 1} opens")
        else:
            derivation = f"{opening}; closing date unknown"
        source = Source.PRINTED if printed else Source.OFFICIAL
        return SessionDates(code, session, opens_on, closes_on, source, derivation, opening, printed)

    def opening(self, body: Body | str, session: int) -> dt.date:
        return self.session_dates(body, session).opens_on

    def session_for_date(self, body: Body | str, day: dt.date) -> SessionDates | None:
        """The session running on ``day`` (GA and ECOSOC: always one once they began; HRC: None
        between sessions)."""
        body = session_body(body)
        if not isinstance(body, Body):
            candidates = [self._other_dates(body, n) for n in self._recorded(body)]
            return next((d for d in candidates if d.is_running_on(day)), None)
        for session in self._candidates(body, day):
            try:
                dates = self.session_dates(body, session)
            except UnknownSessionError:
                continue
            if dates.is_running_on(day):
                return dates
        return None

    def upcoming_sessions(
        self, body: Body | str, today: dt.date, count: int = 3
    ) -> list[SessionDates]:
        """The next ``count`` sessions opening on or after ``today``, soonest first."""
        body = session_body(body)
        if not isinstance(body, Body):
            coming = [self._other_dates(body, n) for n in self._recorded(body)]
            return [d for d in coming if d.opens_on >= today][:count]
        if body is Body.GA:
            session = max(1, today.year - 1945 - 1)
        elif body is Body.HRC:
            session = max(HRC_FIRST_PATTERNED_SESSION, _hrc_first_of_year(today.year) - 1)
        else:
            session = today.year
        out: list[SessionDates] = []
        for _ in range(count + 12):  # a bounded walk: at most a year of sessions is skipped
            if len(out) == count:
                break
            try:
                dates = self.session_dates(body, session)
            except UnknownSessionError:
                session += 1
                continue
            if dates.opens_on >= today:
                out.append(dates)
            session += 1
        return out

    # ------------------------------------------------------------------ due dates

    def due_date(
        self,
        deadline: _due.DeadlineLike | None,
        adopted_on: dt.date | None,
        today: dt.date,
        *,
        override_on: dt.date | None = None,
        body: Body | str | None = None,
    ) -> _due.DueDate | None:
        """When a deadline falls due (None: no deadline, the obligation is ongoing).

        ``override_on``: a due date an admin set instead. ``body``: the adopting body, for
        deadlines that do not name one (used for the documentation lead).
        """
        return _due.due_date(
            self, deadline, adopted_on, today, override_on=override_on, body=body
        )

    def next_due_date(
        self, deadline: _due.DeadlineLike, adopted_on: dt.date, completed_due_on: dt.date
    ) -> _due.DueDate | None:
        """After the occurrence due on ``completed_due_on`` is done, the following one (None for a
        deadline that does not recur)."""
        return _due.next_due_date(self, deadline, adopted_on, completed_due_on)

    # ------------------------------------------------------------------ internals

    def _answer(self, body: Body, session: int) -> Answer:
        if (body, session) in self._official:
            opens_on, closes_on = self._official[(body, session)]
            return Answer(opens_on, closes_on, Source.OFFICIAL, "official date recorded by an admin")
        if body is Body.GA:
            return ga_opening(session)
        if body is Body.HRC:
            return hrc_dates(session)
        return ecosoc_opening(session)

    def _compute(self, body: Body, session: int) -> SessionDates:
        label = _long_label(body, session)
        answer = self._answer(body, session)
        opening = f"{label} opens {answer.opens_on.isoformat()}, {answer.how}"
        closes_on, closing = self._closing(body, session, answer)
        if closes_on is None:
            derivation = f"{opening}; {closing}"
        else:
            derivation = f"{opening}; closes {closes_on.isoformat()}, {closing}"
        return SessionDates(
            body, session, answer.opens_on, closes_on, answer.source, derivation, opening
        )

    def _closing(self, body: Body, session: int, answer: Answer) -> tuple[dt.date | None, str]:
        if answer.closes_on is not None:
            how = {
                Source.OFFICIAL: "official date recorded by an admin",
                Source.RECORD: "recorded",
                Source.ESTIMATE: "estimate",
            }.get(answer.source, str(answer.source))
            return answer.closes_on, how
        if body is Body.HRC:  # an official opening without a closing: the usual length
            try:
                _year, slot = hrc_slot(session)
            except UnknownSessionError:
                return None, "closing date unknown"
            length = dt.timedelta(days=HRC_SLOTS[slot].length_days)
            return answer.opens_on + length, "estimate: the usual length of such a session"
        # GA and ECOSOC: a session runs until the next one opens.
        following = self._answer(body, session + 1)
        return (
            following.opens_on - ONE_DAY,
            f"the day before {_long_label(body, session + 1)} opens "
            f"({_SOURCE_PHRASE[following.source]})",
        )

    def _candidates(self, body: Body, day: dt.date) -> Iterable[int]:
        if body is Body.GA:
            n = day.year - 1945
            return [s for s in (n + 1, n, n - 1) if s >= 1]
        if body is Body.ECOSOC:
            return [day.year + 1, day.year]
        sessions = []
        if day.year >= HRC_FIRST_PATTERNED_YEAR:
            first = _hrc_first_of_year(day.year)
            sessions = [first + slot for slot in range(len(HRC_SLOTS))]
        irregular = sorted(s for (b, s) in self._official if b is Body.HRC and s not in sessions)
        return sessions + irregular


_SOURCE_PHRASE = {
    Source.OFFICIAL: "an official date",
    Source.PRINTED: "a date a resolution prints",
    Source.RULE: "by rule",
    Source.RECORD: "a recorded date",
    Source.ESTIMATE: "an estimate",
}


def _long_label(body: Body, session: int) -> str:
    """``"GA session 73"``: the form derivations use."""
    return f"{body.value} session {session}"


def _hrc_first_of_year(year: int) -> int:
    return hrc_session_number(year, 0)


def session_body(body: Body | str) -> Body | str:
    """The body whose sessions ``body`` names: a principal organ that meets in sessions ("GA", "General
    Assembly") or another body by its code, as deadlines store it ("ccpcj" -> "CCPCJ"). The one rule for
    what has sessions: the calendar's dates, a session's page, API entry and feed, what may be followed.
    Raises ``NoSessionsError`` for the Security Council and ``ValueError`` for what is no body code."""
    body = body_code(body)
    if not isinstance(body, Body):
        return body
    if not body.has_sessions:
        raise NoSessionsError(
            f"the {body.display_name} has no sessions: its deadlines are dates "
            "('no later than 31 March 2024', 'within 90 days of the adoption')"
        )
    return body
