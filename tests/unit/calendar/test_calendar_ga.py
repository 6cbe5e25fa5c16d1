"""General Assembly openings: rule 1 as it changed over time, checked against the real dates."""

import datetime as dt

import pytest

from tracker.calendar import Body, Calendar, Source, UnknownSessionError
from tracker.calendar.rules import GA_OPENING_RULES, ga_rule_for, ga_year, tuesday_of_week

D = dt.date

#: Real opening dates (first plenary meeting) of sessions 58-80: the rule must produce each.
REAL_OPENINGS = [
    (58, D(2003, 9, 16)), (59, D(2004, 9, 14)), (60, D(2005, 9, 13)), (61, D(2006, 9, 12)),
    (62, D(2007, 9, 18)), (63, D(2008, 9, 16)), (64, D(2009, 9, 15)), (65, D(2010, 9, 14)),
    (66, D(2011, 9, 13)), (67, D(2012, 9, 18)), (68, D(2013, 9, 17)), (69, D(2014, 9, 16)),
    (70, D(2015, 9, 15)), (71, D(2016, 9, 13)), (72, D(2017, 9, 12)), (73, D(2018, 9, 18)),
    (74, D(2019, 9, 17)), (75, D(2020, 9, 15)), (76, D(2021, 9, 14)), (77, D(2022, 9, 13)),
    (78, D(2023, 9, 5)), (79, D(2024, 9, 10)), (80, D(2025, 9, 9)),
]


@pytest.mark.parametrize(("session", "opened"), REAL_OPENINGS)
def test_rule_produces_the_real_opening(session, opened):
    dates = Calendar().session_dates(Body.GA, session)
    assert dates.opens_on == opened
    assert dates.source == Source.RULE
    assert opened.weekday() == 1  # a Tuesday


@pytest.mark.parametrize(("session", "opened"), REAL_OPENINGS)
def test_session_n_opens_in_year_1945_plus_n(session, opened):
    assert ga_year(session) == opened.year


@pytest.mark.parametrize(
    ("session", "opened", "authority"),
    [
        # 55/14: the Tuesday following the second Monday in September
        (57, D(2002, 9, 10), "55/14"),
        # the third Tuesday in September, as resolution 36/67 recalls it
        (36, D(1981, 9, 15), "36/67"),
        (52, D(1997, 9, 16), "36/67"),
    ],
)
def test_older_rules_produce_their_real_openings(session, opened, authority):
    dates = Calendar().session_dates("GA", session)
    assert dates.opens_on == opened
    assert dates.source == Source.RULE
    assert authority in dates.derivation


@pytest.mark.parametrize(
    ("session", "opened", "why"),
    [
        (1, D(1946, 1, 10), "London"),
        (53, D(1998, 9, 9), "52/232"),
        (54, D(1999, 9, 14), "GA/9591"),
        (55, D(2000, 9, 5), "Millennium"),
        (56, D(2001, 9, 12), "11 September"),
    ],
)
def test_openings_that_departed_from_the_rule_are_recorded(session, opened, why):
    dates = Calendar().session_dates("GA", session)
    assert dates.opens_on == opened
    assert dates.source == Source.RECORD
    assert why in dates.derivation


def test_the_record_for_the_56th_differs_from_what_its_rule_gives():
    # The rule (55/14) gives Tuesday 11 September 2001; the Assembly met on the 12th.
    assert ga_rule_for(56).opening(2001) == D(2001, 9, 11)
    assert Calendar().opening("GA", 56) == D(2001, 9, 12)


@pytest.mark.parametrize(
    ("last_of_old", "first_of_new", "old", "new"),
    [
        (35, 36, "before 1981", "36/67"),
        (52, 53, "36/67", "51/241"),
        (55, 56, "51/241", "55/14"),
        (57, 58, "55/14", "57/301"),
        (77, 78, "57/301", "75/325"),
    ],
)
def test_rule_boundaries(last_of_old, first_of_new, old, new):
    assert old in ga_rule_for(last_of_old).authority
    assert new in ga_rule_for(first_of_new).authority


def test_75_325_moved_the_opening_a_week_earlier_from_the_78th():
    # In 2023 the third-week rule would have given 12 September; the 78th opened on the 5th.
    assert ga_rule_for(77).opening(2023) == D(2023, 9, 12)
    assert ga_rule_for(78).opening(2023) == D(2023, 9, 5)


def test_rules_cover_every_session_from_the_second_without_gaps():
    expected = 2
    for rule in GA_OPENING_RULES:
        assert rule.first_session == expected
        if rule.last_session is None:
            break
        expected = rule.last_session + 1
    assert GA_OPENING_RULES[-1].last_session is None


@pytest.mark.parametrize("session", [2, 20, 35])
def test_unverified_early_sessions_are_estimates(session):
    dates = Calendar().session_dates("GA", session)
    assert dates.source == Source.ESTIMATE
    assert dates.is_estimate
    assert "estimate" in dates.derivation


def test_future_sessions_follow_the_current_rule():
    assert Calendar().opening("GA", 81) == D(2026, 9, 8)  # 1 Sept 2026 is a Tuesday
    assert Calendar().opening("GA", 85) == D(2030, 9, 10)  # 1 Sept 2030 is a Sunday


@pytest.mark.parametrize(
    ("year", "week", "expected"),
    [
        (2023, 2, D(2023, 9, 5)),   # 1 Sept a Friday: the week of 28 August counts
        (2018, 3, D(2018, 9, 18)),  # 1 Sept a Saturday: weeks start on 3 September
        (2024, 2, D(2024, 9, 10)),  # 1 Sept a Sunday: weeks start on 2 September
        (2025, 2, D(2025, 9, 9)),   # 1 Sept a Monday
        (2020, 3, D(2020, 9, 15)),  # 1 Sept a Tuesday
        (2021, 3, D(2021, 9, 14)),  # 1 Sept a Wednesday
        (2022, 3, D(2022, 9, 13)),  # 1 Sept a Thursday
    ],
)
def test_tuesday_of_week_counts_from_the_first_week_with_a_working_day(year, week, expected):
    assert tuesday_of_week(year, 9, week) == expected


def test_a_session_closes_the_day_before_the_next_opens():
    dates = Calendar().session_dates("GA", 73)
    assert dates.closes_on == D(2019, 9, 16)
    assert "the day before GA session 74 opens" in dates.derivation
    assert dates.derivation.startswith("GA session 73 opens 2018-09-18, rule 1 as amended by")
    assert "57/301" in dates.derivation


def test_official_dates_win_over_the_rule():
    cal = Calendar(official={("GA", 80): (D(2025, 9, 10), None)})
    dates = cal.session_dates("GA", 80)
    assert dates.opens_on == D(2025, 9, 10)
    assert dates.source == Source.OFFICIAL
    assert "official date recorded by an admin" in dates.derivation
    # The previous session now closes the day before the official opening.
    assert cal.session_dates("GA", 79).closes_on == D(2025, 9, 9)
    # Other sessions are untouched.
    assert cal.session_dates("GA", 81).source == Source.RULE


def test_official_closing_wins_over_the_next_opening():
    cal = Calendar(official={(Body.GA, 79): (D(2024, 9, 10), D(2025, 9, 1))})
    dates = cal.session_dates("GA", 79)
    assert dates.closes_on == D(2025, 9, 1)
    assert "closes 2025-09-01, official date recorded by an admin" in dates.derivation


def test_official_dates_accept_rows_with_attributes():
    class Row:
        opens_on = D(2024, 9, 11)
        closes_on = None

    assert Calendar(official={("GA", 79): Row()}).opening("GA", 79) == D(2024, 9, 11)


def test_official_dates_that_close_before_they_open_are_refused():
    with pytest.raises(ValueError, match="close"):
        Calendar(official={("GA", 79): (D(2024, 9, 10), D(2024, 9, 1))})


@pytest.mark.parametrize("session", [0, -3])
def test_sessions_are_numbered_from_one(session):
    with pytest.raises(UnknownSessionError):
        Calendar().session_dates("GA", session)


@pytest.mark.parametrize(
    ("day", "session"),
    [
        (D(2018, 9, 18), 73),  # opening day
        (D(2018, 9, 17), 72),  # the day before: still the 72nd
        (D(2019, 9, 16), 73),  # last day of the 73rd
        (D(2024, 1, 15), 78),
        (D(2025, 12, 31), 80),
        (D(1946, 1, 10), 1),
    ],
)
def test_session_for_date(day, session):
    assert Calendar().session_for_date("GA", day).session == session


def test_no_ga_session_before_the_first():
    assert Calendar().session_for_date("GA", D(1945, 12, 31)) is None


def test_upcoming_sessions():
    upcoming = Calendar().upcoming_sessions("GA", D(2024, 9, 10), 3)
    assert [s.session for s in upcoming] == [79, 80, 81]  # opening today counts
    upcoming = Calendar().upcoming_sessions("GA", D(2024, 9, 11), 2)
    assert [s.session for s in upcoming] == [80, 81]
