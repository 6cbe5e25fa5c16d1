"""Finding sessions by date: the next session after a day, the sessions coming from a day, the
session running on a day, for the principal organs and for other bodies' recorded sessions; and
the words that say where each date comes from. (Written for the survivors of the mutation run of
2 December 2026, tests/README.md.)"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.calendar import Calendar, UnknownSessionError
from tracker.calendar.rules import Source, hrc_dates, hrc_session_number, hrc_slot, last_weekday

D = dt.date
CCPCJ = "Commission on Crime Prevention and Criminal Justice"


def test_the_next_ga_session_is_the_first_to_open_strictly_after_the_day():
    cal = Calendar()
    assert cal.next_session("GA", D(2018, 9, 17)).session == 73  # opens 2018-09-18
    assert cal.next_session("General Assembly", D(2018, 9, 18)).session == 74  # not the one opening that day


def test_the_next_session_is_not_known_where_the_one_before_the_first_dated_is_not():
    cal = Calendar()
    # ECOSOC's sessions are dated by rule from the July cycle of 2014 on: in December 2002 the next
    # was the 2003 session, not the cycle's first
    with pytest.raises(UnknownSessionError, match="^Economic and Social Council: the session after "
                       "2002-12-20 is not in the calendar \\(session 2013 is not dated\\)$"):
        cal.next_session("ECOSOC", D(2002, 12, 20))
    assert cal.next_session("ECOSOC", D(2013, 12, 20)).session == 2015  # 2014 opened in July 2013
    # the Council's first three sessions (2006) are not dated by rule, the fourth is: whether the
    # third opened before a day is known only once it is recorded officially
    for day in (D(2006, 7, 1), D(2007, 1, 1)):
        with pytest.raises(UnknownSessionError, match="session 3 is not dated"):
            cal.next_session("HRC", day)
    recorded = Calendar({("HRC", 3): (D(2006, 11, 29), D(2006, 12, 8))})
    assert recorded.next_session("HRC", D(2006, 12, 1)).session == 4
    assert cal.next_session("GA", D(1946, 1, 1)).session == 1


def test_the_next_session_of_another_body_opens_strictly_after_the_day_from_its_records_in_date_order():
    # recorded out of order, the second without a closing date
    cal = Calendar({("CCPCJ", 34): (D(2025, 5, 19), None), ("CCPCJ", 33): (D(2024, 5, 13), D(2024, 5, 17))})
    assert cal.next_session("ccpcj", D(2024, 1, 1)).session == 33
    assert cal.next_session("CCPCJ", D(2024, 5, 13)).session == 34
    with pytest.raises(UnknownSessionError, match=f"^{CCPCJ}: next session not in the calendar$"):
        cal.next_session("CCPCJ", D(2025, 5, 19))
    # a code the registry does not know is named by its code
    with pytest.raises(UnknownSessionError, match="^XYZCOM: next session not in the calendar$"):
        cal.next_session("XYZCOM", D(2025, 5, 19))


def test_another_bodys_session_closes_when_recorded_else_the_day_before_the_next_recorded_one():
    cal = Calendar({("CCPCJ", 33): (D(2024, 5, 13), D(2024, 5, 17)),
                    ("CCPCJ", 34): (D(2025, 5, 19), None),
                    ("CCPCJ", 35): (D(2026, 5, 18), None)})
    known = cal.session_dates("CCPCJ", 33)
    assert (known.body, known.session, known.opens_on, known.closes_on, known.source) == (
        "CCPCJ", 33, D(2024, 5, 13), D(2024, 5, 17), Source.OFFICIAL)
    assert known.derivation == ("CCPCJ session 33 opens 2024-05-13, official date recorded by an admin; "
                                "closes 2024-05-17, official date recorded by an admin")
    until_next = cal.session_dates("CCPCJ", 34)
    assert until_next.closes_on == D(2026, 5, 17)
    assert until_next.derivation == ("CCPCJ session 34 opens 2025-05-19, official date recorded by an "
                                     "admin; closes 2026-05-17, the day before session 35 opens")
    last = cal.session_dates("CCPCJ", 35)
    assert last.closes_on is None
    assert last.derivation == ("CCPCJ session 35 opens 2026-05-18, official date recorded by an admin; "
                               "closing date unknown")
    with pytest.raises(UnknownSessionError, match=f"^{CCPCJ}: session 36 not in the calendar$"):
        cal.session_dates("CCPCJ", 36)


def test_the_session_of_another_body_running_on_a_day():
    cal = Calendar({("CCPCJ", 33): (D(2024, 5, 13), D(2024, 5, 17)),
                    ("CCPCJ", 34): (D(2025, 5, 19), D(2025, 5, 23))})
    assert cal.session_for_date("CCPCJ", D(2024, 5, 17)).session == 33
    assert cal.session_for_date("CCPCJ", D(2025, 5, 19)).session == 34
    assert cal.session_for_date("CCPCJ", D(2024, 6, 1)) is None


def test_upcoming_sessions_of_another_body_include_one_opening_that_day_three_by_default():
    cal = Calendar({("CCPCJ", n): (D(1991 + n, 5, 13), None) for n in range(33, 38)})
    coming = cal.upcoming_sessions("CCPCJ", D(2025, 5, 13))
    assert [d.session for d in coming] == [34, 35, 36]
    assert [d.session for d in cal.upcoming_sessions("CCPCJ", D(2025, 5, 14), 5)] == [35, 36, 37]


def test_upcoming_ga_sessions_from_the_first():
    coming = Calendar().upcoming_sessions("GA", D(1946, 1, 1), 2)
    assert [(d.session, d.opens_on) for d in coming] == [(1, D(1946, 1, 10)), (2, D(1947, 9, 16))]


def test_upcoming_hrc_sessions_from_new_year_start_with_the_february_session():
    coming = Calendar().upcoming_sessions("HRC", D(2026, 1, 1), 2)
    assert [(d.session, d.opens_on) for d in coming] == [(61, D(2026, 2, 23)), (62, D(2026, 6, 15))]


def test_upcoming_ecosoc_sessions():
    coming = Calendar().upcoming_sessions("ECOSOC", D(2024, 8, 1), 2)
    assert [(d.session, d.opens_on) for d in coming] == [(2026, D(2025, 7, 31)), (2027, D(2026, 7, 30))]
    # before the July cycle no session is dated by rule: the first coming ones are the cycle's
    coming = Calendar().upcoming_sessions("ECOSOC", D(2011, 1, 1), 2)
    assert [(d.session, d.opens_on) for d in coming] == [(2014, D(2013, 7, 25)), (2015, D(2014, 7, 31))]


def test_the_ga_session_running_in_the_autumn_is_the_one_opened_that_september():
    assert Calendar().session_for_date("GA", D(2024, 10, 1)).session == 79
    assert Calendar().session_for_date("GA", D(2024, 9, 9)).session == 78


def test_the_hrc_session_running_in_the_first_patterned_year():
    assert Calendar().session_for_date("HRC", D(2007, 3, 20)).session == 4


def test_an_ecosoc_session_before_the_cycle_recorded_officially_is_found_running():
    cal = Calendar({("ECOSOC", 2012): (D(2012, 1, 10), D(2012, 7, 27))})
    found = cal.session_for_date("ECOSOC", D(2012, 5, 1))  # ECOSOC 2013 (tried first) is undated
    assert found is not None and found.session == 2012


def test_the_first_patterned_hrc_session_and_the_first_ecosoc_cycle_are_dated():
    hrc4 = Calendar().session_dates("HRC", 4)
    assert (hrc4.opens_on, hrc4.source) == (D(2007, 2, 26), Source.ESTIMATE)
    ecosoc = Calendar().session_dates("ECOSOC", 2014)
    assert (ecosoc.opens_on, ecosoc.closes_on) == (D(2013, 7, 25), D(2014, 7, 30))
    with pytest.raises(UnknownSessionError, match=": record its dates officially$"):
        Calendar().session_dates("HRC", 3)
    with pytest.raises(UnknownSessionError, match=": record its dates officially$"):
        Calendar().session_dates("ECOSOC", 2013)


def test_hrc_session_numbers_and_slots_are_inverse():
    for session in range(4, 80):
        assert hrc_session_number(*hrc_slot(session)) == session
    assert hrc_session_number(2025, 2) == 60  # September 2025


def test_a_february_ending_on_a_monday_opens_the_hrc_on_its_last_day():
    # 28 February 2022 was a Monday; the 49th session opened that day
    assert hrc_dates(49).opens_on == D(2022, 2, 28)
    assert last_weekday(2024, 12, 4) == D(2024, 12, 27)  # across the year's end: the last Friday
    assert last_weekday(2023, 12, 6) == D(2023, 12, 31)  # a month ending on that weekday


def test_an_estimated_hrc_session_carries_its_usual_length():
    answer = hrc_dates(62)
    assert (answer.opens_on, answer.closes_on) == (D(2026, 6, 15), D(2026, 7, 10))


def test_derivations_say_where_hrc_and_ecosoc_dates_come_from():
    assert Calendar().session_dates("HRC", 55).derivation == (
        "HRC session 55 opens 2024-02-26, recorded: the Council's programme; closes 2024-04-05, recorded")
    assert Calendar().session_dates("ECOSOC", 2026).derivation.startswith(
        "ECOSOC session 2026 opens 2025-07-31, recorded: first plenary meeting of the 2026 "
        "organizational session; ")
    assert Calendar().session_dates("ECOSOC", 2025).derivation.startswith(
        "ECOSOC session 2025 opens 2024-07-25, estimate: the last Thursday of July 2024, after the "
        "management segment of the 2024 session; ")
