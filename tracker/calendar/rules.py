"""When sessions open and close, by rule, by built-in record, or by estimate (no database here).

Each function answers for one body and one session and says how it knows: ``Source.RULE`` (the
rule in force for that session, checked against real dates), ``Source.RECORD`` (a date built into
this module because history departed from the rule, or because the body has no rule: the Human
Rights Council's programme is fixed session by session) or ``Source.ESTIMATE`` (a pattern that
fits recent practice, to be replaced by an official record when one exists). Official records
entered by an admin win over all of these; ``tracker.calendar.core`` applies them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from tracker.calendar.errors import UnknownSessionError

MONDAY, TUESDAY, THURSDAY = 0, 1, 3
SEPTEMBER = 9


class Source(StrEnum):
    #: recorded by an admin (the database's official dates)
    OFFICIAL = "official"
    #: printed in a resolution ("shall hold its next session from 20 to 28 February 2024") and recorded
    #: on its import; an admin's record replaces it
    PRINTED = "printed"
    #: the rule of procedure in force for that session
    RULE = "rule"
    #: a date built into the calendar, with its authority
    RECORD = "record"
    #: a pattern of recent practice, not a rule: replace it with an official record
    ESTIMATE = "estimate"


@dataclass(frozen=True)
class Answer:
    """A session's dates as one source gives them. ``closes_on`` None: known only from the next."""

    opens_on: dt.date
    closes_on: dt.date | None
    source: Source
    #: how: "rule 1 as amended by resolution 57/301 (the Tuesday of the third week ...)"
    how: str


# --------------------------------------------------------------------------- week arithmetic


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based) ``weekday`` (Monday = 0) of the month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def last_weekday(year: int, month: int, weekday: int) -> dt.date:
    """The last ``weekday`` of the month."""
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    last = next_month - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def tuesday_of_week(year: int, month: int, week: int) -> dt.date:
    """The Tuesday of the ``week``-th week of the month, counting from the first week (Monday to
    Sunday) that contains at least one working day (Monday to Friday) of that month."""
    first = dt.date(year, month, 1)
    if first.weekday() <= 4:  # the 1st is a working day: its week is the first week
        monday = first - dt.timedelta(days=first.weekday())
    else:  # the 1st falls on a weekend: the first week starts on the following Monday
        monday = first + dt.timedelta(days=7 - first.weekday())
    return monday + dt.timedelta(weeks=week - 1, days=TUESDAY)


# --------------------------------------------------------------------------- General Assembly


def ga_year(session: int) -> int:
    """The year a GA regular session opens: the first opened in 1946, the 73rd in 2018."""
    return 1945 + session


@dataclass(frozen=True)
class OpeningRule:
    """Rule 1 of the GA rules of procedure as it stood for a range of sessions."""

    first_session: int
    #: None: still in force
    last_session: int | None
    authority: str
    wording: str
    opening: Callable[[int], dt.date]
    #: False when the rule is not confirmed for these sessions: its answers are estimates
    verified: bool = True

    def covers(self, session: int) -> bool:
        return session >= self.first_session and (
            self.last_session is None or session <= self.last_session
        )


def _third_tuesday(year: int) -> dt.date:
    return nth_weekday(year, SEPTEMBER, TUESDAY, 3)


def _tuesday_after_second_monday(year: int) -> dt.date:
    return nth_weekday(year, SEPTEMBER, MONDAY, 2) + dt.timedelta(days=1)


def _tuesday_of_third_week(year: int) -> dt.date:
    return tuesday_of_week(year, SEPTEMBER, 3)


def _tuesday_of_second_week(year: int) -> dt.date:
    return tuesday_of_week(year, SEPTEMBER, 2)


_WEEK_RULE = "counting from the first week that contains at least one working day"

#: Rule 1 over time. The ranges that are ``verified`` reproduce every real opening in them except
#: those in ``GA_RECORDED_OPENINGS``; tests/unit/calendar checks them against the real dates.
GA_OPENING_RULES: tuple[OpeningRule, ...] = (
    OpeningRule(
        2, 35, "rule 1 as it stood before 1981, not verified session by session",
        "the third Tuesday in September", _third_tuesday, verified=False,
    ),
    OpeningRule(
        36, 52, "rule 1 as recalled in resolution 36/67 (1981)",
        "the third Tuesday in September", _third_tuesday,
    ),
    OpeningRule(
        53, 55, "rule 1 as it stood after resolution 51/241, not verified here",
        "the Tuesday following the second Monday in September", _tuesday_after_second_monday,
        verified=False,
    ),
    OpeningRule(
        56, 57, "rule 1 as amended by resolution 55/14",
        "the Tuesday following the second Monday in September", _tuesday_after_second_monday,
    ),
    OpeningRule(
        58, 77, "rule 1 as amended by resolution 57/301",
        f"the Tuesday of the third week in September, {_WEEK_RULE}", _tuesday_of_third_week,
    ),
    OpeningRule(
        78, None, "rule 1 as amended by resolution 75/325",
        f"the Tuesday of the second week in September, {_WEEK_RULE}", _tuesday_of_second_week,
    ),
)

#: Openings that departed from the rule of their day (or preceded any rule).
GA_RECORDED_OPENINGS: dict[int, tuple[dt.date, str]] = {
    1: (dt.date(1946, 1, 10), "the first session convened in London"),
    53: (dt.date(1998, 9, 9), "fixed by resolution 52/232 (Wednesday 9 September 1998)"),
    54: (dt.date(1999, 9, 14), "first plenary meeting (press release GA/9591)"),
    55: (
        dt.date(2000, 9, 5),
        "the Millennium Assembly opened ahead of the Millennium Summit "
        "(resolution 55/1 adopted at its first plenary meeting)",
    ),
    56: (
        dt.date(2001, 9, 12),
        "the opening met a day after the rule's date, following the attacks of 11 September "
        "(resolution 56/1 adopted at its first plenary meeting)",
    ),
}


def ga_rule_for(session: int) -> OpeningRule:
    for rule in GA_OPENING_RULES:
        if rule.covers(session):
            return rule
    raise UnknownSessionError(f"no rule 1 models GA session {session}")


def ga_opening(session: int) -> Answer:
    """The GA session's opening, from the built-in record or the rule of its day."""
    if session < 1:
        raise UnknownSessionError(f"GA sessions are numbered from 1, not {session}")
    if session in GA_RECORDED_OPENINGS:
        opens_on, why = GA_RECORDED_OPENINGS[session]
        return Answer(opens_on, None, Source.RECORD, f"recorded: {why}")
    rule = ga_rule_for(session)
    how = f"{rule.authority} ({rule.wording})"
    if rule.verified:
        return Answer(rule.opening(ga_year(session)), None, Source.RULE, how)
    return Answer(rule.opening(ga_year(session)), None, Source.ESTIMATE, f"estimate: {how}")


# --------------------------------------------------------------------------- Human Rights Council

#: Regular sessions whose dates are confirmed by the Council's own announcements (UN Geneva).
HRC_RECORDED_SESSIONS: dict[int, tuple[dt.date, dt.date]] = {
    52: (dt.date(2023, 2, 27), dt.date(2023, 4, 4)),
    53: (dt.date(2023, 6, 19), dt.date(2023, 7, 14)),
    54: (dt.date(2023, 9, 11), dt.date(2023, 10, 13)),
    55: (dt.date(2024, 2, 26), dt.date(2024, 4, 5)),
    56: (dt.date(2024, 6, 18), dt.date(2024, 7, 12)),
    57: (dt.date(2024, 9, 9), dt.date(2024, 10, 11)),
    58: (dt.date(2025, 2, 24), dt.date(2025, 4, 4)),
    59: (dt.date(2025, 6, 16), dt.date(2025, 7, 9)),
    60: (dt.date(2025, 9, 8), dt.date(2025, 10, 8)),
}

#: The fourth session (March 2007) began the steady pattern of three a year; the first three
#: (June, September and November-December 2006) were irregular and are left to official records.
HRC_FIRST_PATTERNED_SESSION = 4
HRC_FIRST_PATTERNED_YEAR = 2007


@dataclass(frozen=True)
class _HrcSlot:
    name: str
    opening: Callable[[int], dt.date]
    #: days from opening to closing: recent sessions close on a Friday five to six weeks later
    length_days: int
    wording: str


HRC_SLOTS: tuple[_HrcSlot, ...] = (
    _HrcSlot("February-April", lambda y: last_weekday(y, 2, MONDAY), 39,
             "the last Monday of February, closing on the Friday of the sixth week"),
    _HrcSlot("June-July", lambda y: nth_weekday(y, 6, MONDAY, 3), 25,
             "the third Monday of June, closing on the Friday of the fourth week"),
    _HrcSlot("September-October", lambda y: nth_weekday(y, SEPTEMBER, MONDAY, 2), 32,
             "the second Monday of September, closing on the Friday of the fifth week"),
)


def hrc_slot(session: int) -> tuple[int, int]:
    """``(year, slot)`` of a patterned HRC session: slot 0 Feb-Apr, 1 Jun-Jul, 2 Sep-Oct."""
    if session < HRC_FIRST_PATTERNED_SESSION:
        raise UnknownSessionError(
            f"HRC session {session} (2006) predates the pattern of three sessions a year: "
            "record its dates officially"
        )
    years, slot = divmod(session - HRC_FIRST_PATTERNED_SESSION, 3)
    return HRC_FIRST_PATTERNED_YEAR + years, slot


def hrc_session_number(year: int, slot: int) -> int:
    return HRC_FIRST_PATTERNED_SESSION + 3 * (year - HRC_FIRST_PATTERNED_YEAR) + slot


def hrc_estimate(session: int) -> Answer:
    year, slot_index = hrc_slot(session)
    slot = HRC_SLOTS[slot_index]
    opens_on = slot.opening(year)
    return Answer(
        opens_on,
        opens_on + dt.timedelta(days=slot.length_days),
        Source.ESTIMATE,
        f"estimate: the {slot.name} session of {year}, opening on {slot.wording}",
    )


def hrc_dates(session: int) -> Answer:
    if session in HRC_RECORDED_SESSIONS:
        opens_on, closes_on = HRC_RECORDED_SESSIONS[session]
        return Answer(opens_on, closes_on, Source.RECORD, "recorded: the Council's programme")
    return hrc_estimate(session)


# --------------------------------------------------------------------------- ECOSOC

#: Resolution 68/1 (2013) gave the Council a July-to-July cycle; sessions are named by the year
#: in which they end. Earlier sessions followed the calendar year and are left to official records.
ECOSOC_FIRST_CYCLE = 2014

ECOSOC_RECORDED_OPENINGS: dict[int, tuple[dt.date, str]] = {
    2026: (dt.date(2025, 7, 31), "first plenary meeting of the 2026 organizational session"),
}


#: Until 1978 the Council numbered its sessions (the sixty-fifth was its second regular session of 1978);
#: from 1979 it names them by year ("its first regular session of 1979"), as ``session`` does
ECOSOC_LAST_NUMBERED = 65


def ecosoc_numbered_year(number: int) -> int | None:
    """The year of the Council's numbered session ``number``: the first three in 1946, then two a
    year (the fourth and fifth in 1947 …), one in 1952 (the fourteenth) and one in 1964 (the
    thirty-seventh), the sixty-fourth and sixty-fifth in 1978; None for a number it never held."""
    if not 1 <= number <= ECOSOC_LAST_NUMBERED:
        return None
    if number <= 3:
        return 1946
    if number <= 13:
        return 1947 + (number - 4) // 2
    if number == 14:
        return 1952
    if number <= 36:
        return 1953 + (number - 15) // 2
    if number == 37:
        return 1964
    return 1965 + (number - 38) // 2


def ecosoc_opening(session: int) -> Answer:
    """ECOSOC's "2025 session" opens in late July 2024, right after the 2024 session closes."""
    if session in ECOSOC_RECORDED_OPENINGS:
        opens_on, why = ECOSOC_RECORDED_OPENINGS[session]
        return Answer(opens_on, None, Source.RECORD, f"recorded: {why}")
    if session < ECOSOC_FIRST_CYCLE:
        raise UnknownSessionError(
            f"ECOSOC {session} predates the July-to-July cycle (from {ECOSOC_FIRST_CYCLE}): "
            "record its dates officially"
        )
    return Answer(
        last_weekday(session - 1, 7, THURSDAY),
        None,
        Source.ESTIMATE,
        f"estimate: the last Thursday of July {session - 1}, after the management segment "
        f"of the {session - 1} session",
    )
