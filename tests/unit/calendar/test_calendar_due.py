"""Due dates for each kind of deadline, with their derivation and documentation target."""

import datetime as dt
from types import SimpleNamespace

import pytest

from tracker.calendar import Calendar, DeadlineError, DueDate, NoSessionsError, UnknownSessionError
from tracker.parsing.types import Deadline, DeadlineKind

D = dt.date
TODAY = D(2024, 5, 2)


def session(body, n):
    return Deadline(DeadlineKind.SESSION, f"at its session {n}", body=body, session=n)


def on(day, precision=None):
    return Deadline(DeadlineKind.DATE, "by then", date=day, precision=precision)


def within(days):
    return Deadline(DeadlineKind.RELATIVE, f"within {days} days", days=days, from_="adoption")


def every(period):
    return Deadline(DeadlineKind.RECURRING, "periodically", every=period)


def test_no_deadline_is_ongoing():
    assert Calendar().due_date(None, D(2016, 11, 21), TODAY) is None


def test_session_deadline_is_due_at_the_opening_with_a_six_week_target():
    due = Calendar().due_date(session("GA", 73), D(2016, 11, 21), TODAY)
    assert due == DueDate(
        D(2018, 9, 18), due.derivation, target_on=D(2018, 8, 7), is_estimate=False
    )
    assert due.derivation.startswith(
        "due at the opening of the session: GA session 73 opens 2018-09-18, "
        "rule 1 as amended by resolution 57/301"
    )
    assert "documents targeted for 2018-08-07, 6 weeks ahead (GA documentation lead)" in (
        due.derivation
    )


def test_session_deadline_uses_official_dates():
    cal = Calendar(official={("GA", 73): (D(2018, 9, 19), None)})
    due = cal.due_date(session("GA", 73), D(2016, 11, 21), TODAY)
    assert due.due_on == D(2018, 9, 19)
    assert "official date recorded by an admin" in due.derivation


def test_session_deadline_on_an_estimate_says_so():
    due = Calendar().due_date(session("HRC", 62), D(2025, 10, 8), TODAY)
    assert due.due_on == D(2026, 6, 15)
    assert due.is_estimate
    assert "estimate" in due.derivation


def test_ecosoc_session_deadline_by_year():
    due = Calendar().due_date(session("ECOSOC", 2027), D(2025, 7, 1), TODAY)
    assert due.due_on == D(2026, 7, 30)


def test_documentation_lead_is_configurable_per_body():
    cal = Calendar(documentation_lead={"HRC": 28, "GA": dt.timedelta(weeks=10)})
    assert cal.due_date(session("HRC", 58), D(2024, 10, 11), TODAY).target_on == D(2025, 1, 27)
    assert cal.due_date(session("GA", 80), D(2024, 12, 1), TODAY).target_on == D(2025, 7, 1)
    assert cal.documentation_lead("ECOSOC") == dt.timedelta(weeks=6)


def test_negative_documentation_lead_is_refused():
    with pytest.raises(ValueError, match="negative"):
        Calendar(documentation_lead={"GA": -1})


def test_target_never_precedes_adoption():
    # Adopted three weeks before the session: the documents are wanted at once.
    due = Calendar().due_date(session("GA", 80), D(2025, 8, 19), TODAY)
    assert due.due_on == D(2025, 9, 9)
    assert due.target_on == D(2025, 8, 19)
    assert "inside the 6 weeks GA documentation lead" in due.derivation


def test_session_deadline_without_body_takes_the_adopting_body():
    deadline = Deadline(DeadlineKind.SESSION, "at its next session", session=74)
    assert Calendar().due_date(deadline, D(2018, 12, 1), TODAY, body="GA").due_on == D(
        2019, 9, 17
    )
    with pytest.raises(DeadlineError, match="body and session"):
        Calendar().due_date(deadline, D(2018, 12, 1), TODAY)


def test_security_council_session_deadline_is_an_error():
    with pytest.raises(NoSessionsError):
        Calendar().due_date(session("SC", 1), D(2024, 1, 1), TODAY)


@pytest.mark.parametrize(
    ("deadline", "expected", "words"),
    [
        (on(D(2024, 3, 31)), D(2024, 3, 31), "due 2024-03-31, the date the text names"),
        (on(D(2026, 1, 31), "month"), D(2026, 1, 31), "the last day of the month"),
        (on(D(2030, 12, 31), "year"), D(2030, 12, 31), "the last day of the year"),
        (on(D(2026, 6, 30), "half"), D(2026, 6, 30), "the last day of the half-year the text names"),
        (on(D(2026, 3, 31), "quarter"), D(2026, 3, 31), "the last day of the quarter the text names"),
    ],
)
def test_date_deadline(deadline, expected, words):
    due = Calendar().due_date(deadline, D(2023, 12, 1), TODAY)
    assert due.due_on == expected
    assert words in due.derivation
    assert due.target_on is None  # no lead for dates unless asked


def test_date_deadline_target_when_all_deadlines_get_a_lead():
    cal = Calendar(documentation_lead={"SC": 14}, lead_all_deadlines=True)
    due = cal.due_date(on(D(2024, 3, 31)), D(2023, 12, 1), TODAY, body="SC")
    assert due.target_on == D(2024, 3, 17)
    # No body known: no target rather than a guess.
    assert cal.due_date(on(D(2024, 3, 31)), D(2023, 12, 1), TODAY).target_on is None


@pytest.mark.parametrize(
    ("adopted", "days", "expected"),
    [
        (D(2024, 1, 1), 90, D(2024, 3, 31)),    # leap year: 29 February counts
        (D(2023, 1, 1), 90, D(2023, 4, 1)),
        (D(2023, 12, 15), 30, D(2024, 1, 14)),  # across the year end
        (D(2024, 2, 29), 365, D(2025, 2, 28)),
        (D(2024, 6, 30), 0, D(2024, 6, 30)),
    ],
)
def test_relative_deadline(adopted, days, expected):
    due = Calendar().due_date(within(days), adopted, TODAY)
    assert due.due_on == expected
    assert due.derivation == (
        f"due {expected.isoformat()}, {days} days after adoption on {adopted.isoformat()}"
    )


@pytest.mark.parametrize(("text", "days", "period", "adopted", "how"), [
    # "within six months" of 21 November 2016: explained as the resolution wrote it, not as 181 days
    ("within six months of the adoption of the present resolution", 181, "P6M", D(2016, 11, 21),
     "due 2017-05-21, six months after adoption on 2016-11-21"),
    ("within one year", 366, "P1Y", D(2023, 3, 1), "due 2024-03-01, one year after adoption on 2023-03-01"),
    ("within two weeks", 14, "P2W", D(2024, 1, 10), "due 2024-01-24, two weeks after adoption on 2024-01-10"),
    ("within 90 days", 90, "P90D", D(2023, 1, 1), "due 2023-04-01, 90 days after adoption on 2023-01-01"),
    # days that no longer agree with the period (an officer corrected them): the days
    ("within six months", 200, "P6M", D(2016, 11, 21),
     "due 2017-06-09, 200 days after adoption on 2016-11-21"),
])
def test_a_delay_is_explained_in_the_resolutions_unit(text, days, period, adopted, how):
    deadline = Deadline(DeadlineKind.RELATIVE, text, days=days, from_="adoption", period=period)
    assert Calendar().due_date(deadline, adopted, TODAY).derivation == how
    # … as stored in the register and read back
    assert Calendar().due_date(Deadline.from_dict(deadline.to_dict()), adopted, TODAY).derivation == how


def test_relative_deadline_needs_the_adoption_date():
    with pytest.raises(DeadlineError, match="adoption date is unknown"):
        Calendar().due_date(within(90), None, TODAY)


def test_relative_deadline_from_the_expiry_uses_the_date_the_parser_computed():
    # S/RES/2691 (2023) 3: "at least one month before UNMHA's mandate is due to expire" (14 July 2024)
    deadline = Deadline(DeadlineKind.RELATIVE, "x", days=-30, from_="expiry", date=D(2024, 6, 14))
    due = Calendar().due_date(deadline, D(2023, 7, 10), TODAY)
    assert due.due_on == D(2024, 6, 14) and "30 days before the mandate's expiry" in due.derivation
    undated = Deadline(DeadlineKind.RELATIVE, "x", days=-30, from_="expiry")
    with pytest.raises(DeadlineError, match="does not date"):
        Calendar().due_date(undated, D(2023, 7, 10), TODAY)


def test_relative_deadline_from_an_event_says_it_waits_for_the_event():
    # S/RES/2368 (2017) 84: "within 60 days" of receiving a communication — the parser keeps the period
    # from the event; the register shows why it has no date
    deadline = Deadline(DeadlineKind.RELATIVE, "within 60 days of the receipt", days=60, from_="event")
    with pytest.raises(DeadlineError, match=r"60 days after an event the text names \('within 60 days of the "
                                            r"receipt'\): no date until it happens"):
        Calendar().due_date(deadline, D(2017, 7, 20), TODAY)


def test_relative_deadline_from_something_else_is_refused():
    deadline = Deadline(DeadlineKind.RELATIVE, "x", days=30, from_="entry into force")
    with pytest.raises(DeadlineError, match="entry into force"):
        Calendar().due_date(deadline, D(2024, 1, 1), TODAY)


@pytest.mark.parametrize(
    ("period", "adopted", "today", "expected"),
    [
        # every four months from the last day of October: month ends, leap February
        ("P4M", D(2023, 10, 31), D(2024, 1, 10), D(2024, 2, 29)),
        ("P4M", D(2023, 10, 31), D(2024, 3, 1), D(2024, 6, 30)),
        ("P4M", D(2023, 10, 31), D(2024, 7, 1), D(2024, 10, 31)),
        ("P4M", D(2023, 10, 31), D(2024, 11, 1), D(2025, 2, 28)),
        # annually from 29 February: 28 February in common years, back to the 29th in 2028
        ("P1Y", D(2024, 2, 29), D(2024, 3, 1), D(2025, 2, 28)),
        ("P1Y", D(2024, 2, 29), D(2027, 3, 1), D(2028, 2, 29)),
        # biennially
        ("P2Y", D(2016, 11, 21), D(2024, 5, 2), D(2024, 11, 21)),
        ("P2Y", D(2016, 11, 21), D(2024, 11, 22), D(2026, 11, 21)),
        # every 120 days
        ("P120D", D(2024, 1, 1), D(2024, 1, 1), D(2024, 4, 30)),
        ("P120D", D(2024, 1, 1), D(2024, 5, 1), D(2024, 8, 28)),
        # an occurrence falling today is due today
        ("P1Y", D(2020, 5, 2), D(2024, 5, 2), D(2024, 5, 2)),
        # a resolution adopted after "today" (back-dated data): its first occurrence
        ("P1Y", D(2024, 6, 1), D(2024, 5, 2), D(2025, 6, 1)),
    ],
)
def test_recurring_deadline_next_occurrence(period, adopted, today, expected):
    due = Calendar().due_date(every(period), adopted, today)
    assert due.due_on == expected
    assert f"counted from adoption on {adopted.isoformat()}" in due.derivation


def test_recurring_derivation():
    due = Calendar().due_date(every("P4M"), D(2023, 10, 31), D(2024, 3, 1))
    assert due.derivation == (
        "due 2024-06-30, occurrence 2 every 4 months counted from adoption on 2023-10-31 "
        "(the first on or after 2024-03-01)"
    )


def test_recurring_deadline_from_the_first_occurrence_the_text_names():
    # A/RES/72/279 op 15: "to report annually, starting in 2019" (the parser: 31 December 2019)
    deadline = Deadline(DeadlineKind.RECURRING, "annually", every="P1Y", date=D(2019, 12, 31),
                        precision="year")
    due = Calendar().due_date(deadline, D(2018, 5, 31), D(2018, 6, 1))
    assert due.due_on == D(2019, 12, 31)
    assert "counted from the first occurrence the text names, 2019-12-31" in due.derivation
    assert Calendar().due_date(deadline, D(2018, 5, 31), D(2021, 3, 1)).due_on == D(2021, 12, 31)
    assert Calendar().next_due_date(deadline, D(2018, 5, 31), D(2019, 12, 31)).due_on == \
        D(2020, 12, 31)


def test_following_occurrence_once_one_is_completed():
    cal = Calendar()
    deadline = every("P4M")
    adopted = D(2023, 10, 31)
    nxt = cal.next_due_date(deadline, adopted, D(2024, 2, 29))
    assert nxt.due_on == D(2024, 6, 30)
    assert "the one after 2024-02-29, completed" in nxt.derivation
    assert cal.next_due_date(deadline, adopted, nxt.due_on).due_on == D(2024, 10, 31)


def test_nothing_follows_a_deadline_that_does_not_recur():
    assert Calendar().next_due_date(within(90), D(2024, 1, 1), D(2024, 3, 31)) is None


def test_recurring_deadline_errors():
    cal = Calendar()
    with pytest.raises(DeadlineError, match="ISO 8601"):
        cal.due_date(every("annually"), D(2024, 1, 1), TODAY)
    with pytest.raises(DeadlineError, match="adoption date is unknown"):
        cal.due_date(every("P1Y"), None, TODAY)
    with pytest.raises(DeadlineError, match="without its period"):
        cal.due_date(every(None), D(2024, 1, 1), TODAY)


def test_override_wins_and_keeps_the_session_target():
    due = Calendar().due_date(
        session("GA", 73), D(2016, 11, 21), TODAY, override_on=D(2018, 7, 31)
    )
    assert due.due_on == D(2018, 7, 31)
    assert due.derivation.startswith("due 2018-07-31, set by an admin (instead of 2018-09-18)")
    assert due.target_on == D(2018, 6, 19)


def test_override_works_even_when_the_text_cannot_be_computed():
    due = Calendar().due_date(within(90), None, TODAY, override_on=D(2024, 6, 1))
    assert due.due_on == D(2024, 6, 1)
    assert due.derivation == "due 2024-06-01, set by an admin"
    assert due.target_on is None


def test_any_object_with_the_deadline_fields_will_do():
    row = SimpleNamespace(
        kind="recurring", body=None, session=None, date=None, precision=None, days=None,
        from_=None, every="P1Y",
    )
    assert Calendar().due_date(row, D(2023, 6, 1), TODAY).due_on == D(2024, 6, 1)
    row = SimpleNamespace(kind="session", body="HRC", session=57)
    assert Calendar().due_date(row, D(2024, 4, 1), TODAY).due_on == D(2024, 9, 9)


def test_unknown_kind_is_refused():
    with pytest.raises(DeadlineError, match="unknown deadline kind"):
        Calendar().due_date(SimpleNamespace(kind="whenever"), D(2024, 1, 1), TODAY)


@pytest.mark.parametrize(
    ("deadline", "why"),
    [
        # a registry body without a calendar rule: never the adopting body's calendar
        (Deadline(DeadlineKind.SESSION, "at its thirty-third session", body="CCPCJ", session=33),
         "Commission on Crime Prevention and Criminal Justice: session 33 is not in the calendar"),
        (Deadline(DeadlineKind.SESSION, "at its next session", body="C34", session=None),
         "Special Committee on Peacekeeping Operations: next session is not in the calendar"),
        # a body the registry does not know, by its name
        (Deadline(DeadlineKind.SESSION, "at its third session", body=None,
                  body_name="Intergovernmental Negotiating Committee", session=3),
         "Intergovernmental Negotiating Committee: session 3 is not in the calendar"),
    ],
)
def test_another_bodys_session_is_never_dated_from_the_assemblys_calendar(deadline, why):
    with pytest.raises(UnknownSessionError, match=why):
        Calendar().due_date(deadline, dt.date(2025, 12, 1), TODAY, body="GA")


def test_another_bodys_session_dated_as_the_text_prints_it():
    deadline = Deadline(DeadlineKind.SESSION, "shall hold its next session", body="CHARTER",
                        session=None, opens=dt.date(2026, 2, 18), closes=dt.date(2026, 2, 26))
    due = Calendar().due_date(deadline, dt.date(2025, 12, 8), TODAY, body="GA")
    assert due.due_on == dt.date(2026, 2, 18) and "as the text prints it" in due.derivation


def after_session(body, n, period, body_name=None):
    return Deadline(DeadlineKind.RELATIVE, "for a period, effective from the end of its session",
                    from_="session_end", body=body, session=n, period=period, body_name=body_name,
                    expires=True)


def test_a_period_from_a_sessions_end_counts_from_its_closing_date():
    # A/HRC/RES/52/20: three years from the end of the fifty-third session (closed 14 July 2023)
    due = Calendar().due_date(after_session("HRC", 53, "P3Y"), D(2023, 4, 3), TODAY)
    assert due.due_on == D(2026, 7, 14) and not due.is_estimate
    assert due.derivation.startswith(
        "expires 2026-07-14, 3 years after the end of the session: HRC session 53")


def test_a_period_from_a_sessions_end_follows_an_official_closing_date():
    cal = Calendar(official={("HRC", 56): (D(2024, 6, 18), D(2024, 7, 11))})
    assert cal.due_date(after_session("HRC", 56, "P1Y"), D(2024, 4, 4), TODAY).due_on == D(2025, 7, 11)


@pytest.mark.parametrize(
    ("deadline", "official", "why"),
    [
        # another body's session nobody recorded: never the adopting body's calendar
        (after_session("CCPCJ", 33, "P2Y"), {},
         "Commission on Crime Prevention and Criminal Justice: session 33 is not in the calendar"),
        # recorded by its opening only: its end is not known
        (after_session("CCPCJ", 33, "P2Y"), {("CCPCJ", 33): (D(2024, 5, 13), None)},
         "the end of session 33 is not in the calendar"),
    ],
)
def test_a_period_from_an_unknown_sessions_end_is_undated(deadline, official, why):
    with pytest.raises(UnknownSessionError, match=why):
        Calendar(official=official).due_date(deadline, D(2023, 12, 1), TODAY, body="GA")


def test_a_period_from_a_sessions_end_needs_its_length():
    with pytest.raises(DeadlineError, match="without its length"):
        Calendar().due_date(after_session("HRC", 53, None), D(2023, 4, 3), TODAY)


def session_end(body, n, *, expires=False, current=False):
    return Deadline(DeadlineKind.SESSION, "before the end of its session", body=body, session=n,
                    end=True, current=current, expires=expires)


def test_the_end_of_a_later_session_is_due_when_it_closes():
    # A/RES/73/153 op 27: "before the end of its seventy-fourth session", adopted in the 73rd
    due = Calendar().due_date(session_end("GA", 74), D(2018, 12, 17), TODAY)
    opening = Calendar().due_date(Deadline(DeadlineKind.SESSION, "at its seventy-fourth session",
                                           body="GA", session=74), D(2018, 12, 17), TODAY)
    assert opening.due_on == D(2019, 9, 17)
    assert due.due_on == D(2020, 9, 14)  # the day before the seventy-fifth opens
    assert due.derivation.startswith("due by the end of the session: GA session 74")
    assert due.target_on is None  # no documentation lead before a session's end


def test_a_mandate_until_a_sessions_end_or_opening_expires_then():
    from tracker.calendar.due import expiry_at_session

    cal = Calendar(official={("HRC", 55): (D(2024, 2, 26), D(2024, 4, 5))})
    # A/HRC/RES/S-35/1 op 1: "until the end of the fifty-fifth session of the Human Rights Council"
    end = expiry_at_session(cal, session_end("HRC", 55, expires=True), D(2022, 11, 24))
    assert end.due_on == D(2024, 4, 5) and end.target_on is None
    assert end.derivation.startswith("expires at the end of the session: HRC session 55")
    until = Deadline(DeadlineKind.SESSION, "until its fifty-fifth session", body="HRC", session=55,
                     expires=True)
    opening = expiry_at_session(cal, until, D(2022, 11, 24))
    assert opening.due_on == D(2024, 2, 26) and opening.target_on is None
    assert opening.derivation.startswith("expires at the opening of the session: HRC session 55")
    # the session in progress at adoption: its close
    current = expiry_at_session(Calendar(), session_end("GA", 80, expires=True, current=True),
                                D(2025, 9, 19))
    assert current.due_on == D(2026, 9, 7)
    assert current.derivation.startswith("expires at the end of the session in progress at adoption")


@pytest.mark.parametrize(
    ("official", "why"),
    [
        ({}, "Commission on Crime Prevention and Criminal Justice: session 33 is not in the calendar"),
        ({("CCPCJ", 33): (D(2024, 5, 13), None)}, "the end of session 33 is not in the calendar"),
    ],
)
def test_another_bodys_session_end_nobody_recorded_is_undated(official, why):
    with pytest.raises(UnknownSessionError, match=why):
        Calendar(official=official).due_date(session_end("CCPCJ", 33), D(2023, 12, 1), TODAY, body="GA")


def test_another_bodys_session_end_as_the_text_prints_it():
    deadline = Deadline(DeadlineKind.SESSION, "before the end of its next session", body="CHARTER",
                        session=None, end=True, opens=D(2026, 2, 18), closes=D(2026, 2, 26))
    due = Calendar().due_date(deadline, D(2025, 12, 8), TODAY, body="GA")
    assert due.due_on == D(2026, 2, 26) and "closes then, as the text prints it" in due.derivation
