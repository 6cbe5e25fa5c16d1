"""Human Rights Council, ECOSOC and the Security Council."""

import datetime as dt

import pytest

from tracker.calendar import Body, Calendar, NoSessionsError, Source, UnknownSessionError
from tracker.calendar.rules import HRC_RECORDED_SESSIONS, ecosoc_numbered_year, hrc_estimate, hrc_slot

D = dt.date

HRC_REAL = [
    (52, D(2023, 2, 27), D(2023, 4, 4)),
    (53, D(2023, 6, 19), D(2023, 7, 14)),
    (54, D(2023, 9, 11), D(2023, 10, 13)),
    (55, D(2024, 2, 26), D(2024, 4, 5)),
    (56, D(2024, 6, 18), D(2024, 7, 12)),
    (57, D(2024, 9, 9), D(2024, 10, 11)),
    (58, D(2025, 2, 24), D(2025, 4, 4)),
    (59, D(2025, 6, 16), D(2025, 7, 9)),
    (60, D(2025, 9, 8), D(2025, 10, 8)),
]


@pytest.mark.parametrize(("session", "opens", "closes"), HRC_REAL)
def test_hrc_recorded_sessions(session, opens, closes):
    dates = Calendar().session_dates("HRC", session)
    assert (dates.opens_on, dates.closes_on) == (opens, closes)
    assert dates.source == Source.RECORD


@pytest.mark.parametrize(("session", "opens", "closes"), HRC_REAL)
def test_hrc_numbering_puts_each_session_in_its_year_and_slot(session, opens, closes):
    year, slot = hrc_slot(session)
    assert year == opens.year
    assert slot == {2: 0, 6: 1, 9: 2}[opens.month]


@pytest.mark.parametrize(
    "session", [s for s in HRC_RECORDED_SESSIONS if s != 56]  # 56 opened on a Tuesday (Eid)
)
def test_hrc_estimate_reproduces_recent_openings(session):
    assert hrc_estimate(session).opens_on == HRC_RECORDED_SESSIONS[session][0]


@pytest.mark.parametrize(
    ("session", "opens", "closes"),
    [
        (61, D(2026, 2, 23), D(2026, 4, 3)),   # last Monday of February
        (62, D(2026, 6, 15), D(2026, 7, 10)),  # third Monday of June
        (63, D(2026, 9, 14), D(2026, 10, 16)),  # second Monday of September
        (64, D(2027, 2, 22), D(2027, 4, 2)),
    ],
)
def test_hrc_estimates_beyond_the_table(session, opens, closes):
    dates = Calendar().session_dates(Body.HRC, session)
    assert (dates.opens_on, dates.closes_on) == (opens, closes)
    assert dates.source == Source.ESTIMATE
    assert dates.derivation.startswith(f"HRC session {session} opens {opens.isoformat()}, estimate")
    assert opens.weekday() == 0 and closes.weekday() == 4


def test_hrc_official_dates_win_and_a_missing_closing_is_estimated():
    cal = Calendar(official={("HRC", 61): (D(2026, 2, 16), None)})
    dates = cal.session_dates("HRC", 61)
    assert dates.opens_on == D(2026, 2, 16)
    assert dates.source == Source.OFFICIAL
    assert dates.closes_on == D(2026, 2, 16) + dt.timedelta(days=39)
    assert "estimate" in dates.derivation


def test_hrc_sessions_of_2006_need_official_dates():
    with pytest.raises(UnknownSessionError, match="2006"):
        Calendar().session_dates("HRC", 3)
    cal = Calendar(official={("HRC", 1): (D(2006, 6, 19), D(2006, 6, 30))})
    assert cal.session_dates("HRC", 1).closes_on == D(2006, 6, 30)
    assert cal.session_for_date("HRC", D(2006, 6, 20)).session == 1


@pytest.mark.parametrize(
    ("day", "session"),
    [
        (D(2024, 2, 26), 55),
        (D(2024, 4, 5), 55),
        (D(2024, 4, 6), None),  # between sessions
        (D(2024, 8, 1), None),
        (D(2024, 10, 1), 57),
        (D(2025, 1, 15), None),
    ],
)
def test_hrc_session_for_date(day, session):
    found = Calendar().session_for_date("HRC", day)
    assert (found.session if found else None) == session


def test_hrc_upcoming_sessions():
    upcoming = Calendar().upcoming_sessions("HRC", D(2024, 8, 1), 4)
    assert [s.session for s in upcoming] == [57, 58, 59, 60]
    assert Calendar().upcoming_sessions("HRC", D(2025, 12, 1), 1)[0].session == 61


# ---------------------------------------------------------------- ECOSOC


def test_ecosoc_2025_session_runs_from_july_2024_to_july_2025():
    dates = Calendar().session_dates("ECOSOC", 2025)
    assert dates.opens_on == D(2024, 7, 25)  # the last Thursday of July 2024
    assert dates.source == Source.ESTIMATE
    # The 2026 session's first meeting (31 July 2025) is recorded: 2025 closes the day before.
    assert dates.closes_on == D(2025, 7, 30)
    assert "the day before ECOSOC session 2026 opens" in dates.derivation


@pytest.mark.parametrize(
    ("session", "opens"),
    [(2026, D(2025, 7, 31)), (2027, D(2026, 7, 30)), (2028, D(2027, 7, 29))],
)
def test_ecosoc_openings(session, opens):
    assert Calendar().opening(Body.ECOSOC, session) == opens


def test_ecosoc_each_session_closes_the_day_before_the_next():
    cal = Calendar()
    for year in range(2015, 2031):
        assert cal.session_dates("ECOSOC", year).closes_on == cal.opening(
            "ECOSOC", year + 1
        ) - dt.timedelta(days=1)


def test_ecosoc_official_dates_win():
    cal = Calendar(official={("ECOSOC", 2027): (D(2026, 7, 23), None)})
    assert cal.session_dates("ECOSOC", 2027).source == Source.OFFICIAL
    assert cal.session_dates("ECOSOC", 2026).closes_on == D(2026, 7, 22)


def test_ecosoc_before_the_july_cycle_needs_official_dates():
    with pytest.raises(UnknownSessionError, match="July-to-July"):
        Calendar().session_dates("ECOSOC", 2010)


@pytest.mark.parametrize(
    ("day", "session"),
    [(D(2024, 7, 24), 2024), (D(2024, 7, 25), 2025), (D(2025, 3, 1), 2025), (D(2025, 7, 31), 2026)],
)
def test_ecosoc_session_for_date(day, session):
    assert Calendar().session_for_date("ECOSOC", day).session == session


# ---------------------------------------------------------------- Security Council


def test_security_council_has_no_sessions():
    cal = Calendar()
    with pytest.raises(NoSessionsError, match="Security Council has no sessions"):
        cal.session_dates("SC", 1)
    with pytest.raises(NoSessionsError):
        cal.session_for_date(Body.SC, D(2024, 1, 1))
    with pytest.raises(NoSessionsError):
        cal.upcoming_sessions("SC", D(2024, 1, 1))


@pytest.mark.parametrize(("body", "session"), [("HRC", 10**7), ("GA", 10**7), ("ECOSOC", 10**6)])
def test_a_session_beyond_the_calendar_is_an_unknown_session_not_a_crash(body, session):
    with pytest.raises(UnknownSessionError):
        Calendar().session_dates(body, session)


@pytest.mark.parametrize(("number", "year"), [
    # the Council's numbered sessions, as resolutions of their time name them: "to the Council at its ninth
    # session" (A/RES/217 (III), 1948), "at its thirtieth session" (A/RES/1395 (XIV), 1959), "at its
    # thirty-fourth session" (A/RES/1721 (XVI), 1961), "at its fifty-ninth session" (A/RES/3327 (XXIX),
    # 1974), "at its sixty-fifth session" (A/RES/32/197, 1977: its second regular session of 1978)
    (1, 1946), (3, 1946), (4, 1947), (5, 1947), (9, 1949), (13, 1951), (14, 1952), (15, 1953), (30, 1960),
    (34, 1962), (36, 1963), (37, 1964), (38, 1965), (57, 1974), (59, 1975), (64, 1978), (65, 1978),
    # … and none after it: from 1979 its sessions go by year
    (0, None), (66, None), (74, None),
])
def test_ecosoc_numbered_sessions_are_years(number, year):
    assert ecosoc_numbered_year(number) == year
