"""Due dates at their edges: the next session from adoption, a session without an adoption date,
the session in progress at adoption, periods from a session's end, recurring series that start on
a named date, an admin's override, and how the documentation lead is worded. (Written for the
survivors of the mutation run of 2 December 2026, tests/README.md.)"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.calendar import Calendar, DeadlineError, UnknownSessionError
from tracker.parsing.types import Deadline, DeadlineKind

D = dt.date
TODAY = D(2024, 5, 2)


def session(body, n, **fields):
    return Deadline(DeadlineKind.SESSION, "at its session", body=body, session=n, **fields)


def after_session(body, n, period, body_name=None):
    return Deadline(DeadlineKind.RELATIVE, "for a period, effective from the end of its session",
                    from_="session_end", body=body, session=n, period=period, body_name=body_name,
                    expires=True)


def every(period, first=None, body=None):
    return Deadline(DeadlineKind.RECURRING, "periodically", every=period, date=first, body=body)


def test_the_next_session_counts_from_adoption_and_a_numbered_one_needs_no_adoption_date():
    nxt = Calendar().due_date(session("GA", None), D(2024, 1, 10), TODAY)
    assert nxt.due_on == D(2024, 9, 10)  # GA 79
    numbered = Calendar().due_date(session("GA", 79), None, TODAY)
    assert numbered.due_on == D(2024, 9, 10) and numbered.target_on == D(2024, 7, 30)
    with pytest.raises(DeadlineError, match="^a session deadline needs its body and session number$"):
        Calendar().due_date(session("GA", None), None, TODAY)


def test_a_recorded_session_of_another_body_is_dated_without_an_adoption_date():
    cal = Calendar({("CCPCJ", 33): (D(2024, 5, 13), D(2024, 5, 17))})
    due = cal.due_date(session("CCPCJ", 33), None, TODAY)
    assert due.due_on == D(2024, 5, 13) and due.target_on == D(2024, 4, 1)


def test_another_bodys_session_adopted_inside_the_lead_targets_the_adoption():
    cal = Calendar({("CCPCJ", 33): (D(2024, 5, 13), D(2024, 5, 17))})
    due = cal.due_date(session("CCPCJ", 33), D(2024, 5, 1), TODAY)
    assert due.target_on == D(2024, 5, 1)


def test_a_session_the_text_dates_is_not_an_estimate_and_is_targeted_as_the_calendars():
    # its documents are targeted by the body's lead, as when the calendar dates the session (one rule)
    printed = session("CHARTER", None, opens=D(2026, 2, 18))
    due = Calendar().due_date(printed, D(2025, 12, 8), TODAY, body="GA")
    assert due.due_on == D(2026, 2, 18)
    assert due.target_on == D(2026, 1, 7) and due.is_estimate is False


def test_the_session_in_progress_is_due_by_its_end_without_a_target():
    due = Calendar().due_date(session("GA", 78, current=True), D(2023, 12, 1), TODAY)
    assert due.due_on == D(2024, 9, 9) and due.target_on is None and due.is_estimate is False
    assert due.derivation.startswith("due by the end of the session in progress at adoption: GA session 78")
    estimate = Calendar().due_date(session("HRC", 62, current=True), D(2026, 6, 20), TODAY)
    assert estimate.due_on == D(2026, 7, 10) and estimate.is_estimate is True


def test_a_period_from_a_sessions_end_in_days_and_on_an_estimate():
    due = Calendar().due_date(after_session("HRC", 53, "P90D"), D(2023, 4, 3), TODAY)
    assert due.due_on == D(2023, 10, 12)  # 14 July 2023 + 90 days
    assert due.target_on is None and due.is_estimate is False
    estimate = Calendar().due_date(after_session("HRC", 62, "P1Y"), D(2026, 4, 3), TODAY)
    assert estimate.due_on == D(2027, 7, 10) and estimate.is_estimate is True and estimate.target_on is None


def test_a_period_from_the_end_of_a_named_session_of_another_body():
    cal = Calendar({("CCPCJ", 33): (D(2024, 5, 13), D(2024, 5, 17)),
                    ("CCPCJ", 34): (D(2025, 5, 19), D(2025, 5, 23))})
    due = cal.due_date(after_session("CCPCJ", 34, "P2Y"), D(2024, 1, 10), TODAY)
    assert due.due_on == D(2027, 5, 23)
    unknown = after_session("XYZCOM", 3, "P2Y", body_name="Committee on Something")
    why = "^Committee on Something: session 3 is not in the calendar$"
    with pytest.raises(UnknownSessionError, match=why):
        cal.due_date(unknown, D(2024, 1, 10), TODAY)


@pytest.mark.parametrize("deadline", [after_session(None, 53, "P3Y"), after_session("HRC", None, "P3Y")])
def test_a_period_from_a_sessions_end_needs_the_body_and_the_session(deadline):
    why = "^a period from a session's end needs the body and session number$"
    with pytest.raises(DeadlineError, match=why):
        Calendar().due_date(deadline, D(2023, 4, 3), TODAY)


def test_a_period_from_a_sessions_end_and_a_recurrence_say_what_they_lack():
    with pytest.raises(DeadlineError, match="^a period from a session's end without its length$"):
        Calendar().due_date(after_session("HRC", 53, None), D(2023, 4, 3), TODAY)
    with pytest.raises(DeadlineError, match="^a recurring deadline without its period$"):
        Calendar().due_date(every(None), D(2023, 4, 3), TODAY)


def test_a_series_in_days_from_a_named_first_occurrence_starts_on_it():
    due = Calendar().due_date(every("P120D", first=D(2024, 6, 30)), D(2024, 1, 10), TODAY)
    assert due.due_on == D(2024, 6, 30)


def test_the_following_occurrence_gets_a_target_when_every_deadline_does_never_before_adoption():
    cal = Calendar(lead_all_deadlines=True)
    nxt = cal.next_due_date(every("P14D", body="GA"), D(2024, 1, 10), D(2024, 1, 24))
    assert nxt.due_on == D(2024, 2, 7) and nxt.target_on == D(2024, 1, 10)  # not 27 December
    later = cal.next_due_date(every("P1Y", body="GA"), D(2024, 1, 10), D(2025, 1, 10))
    assert later.due_on == D(2026, 1, 10) and later.target_on == D(2025, 11, 29)
    assert "6 weeks ahead (GA documentation lead)" in later.derivation
    assert Calendar().next_due_date(every("P1Y", body="GA"), D(2024, 1, 10), D(2025, 1, 10)).target_on is None


@pytest.mark.parametrize(
    ("deadline", "adopted", "body", "natural"),
    [
        (Deadline(DeadlineKind.RELATIVE, "within 90 days", days=90, from_="adoption"), D(2024, 1, 10), None,
         "2024-04-09"),
        (every("P1Y"), D(2023, 1, 10), None, "2025-01-10"),
        (session(None, 79), D(2024, 1, 10), "GA", "2024-09-10"),
    ],
)
def test_an_override_says_which_date_it_replaces(deadline, adopted, body, natural):
    due = Calendar().due_date(deadline, adopted, TODAY, override_on=D(2024, 6, 1), body=body)
    assert due.due_on == D(2024, 6, 1)
    assert due.derivation.startswith(f"due 2024-06-01, set by an admin (instead of {natural})")


def test_an_override_of_a_date_gets_no_target_of_a_session_one_never_before_adoption():
    dated = Deadline(DeadlineKind.DATE, "by then", date=D(2024, 9, 30))
    overridden = Calendar().due_date(dated, D(2024, 1, 10), TODAY, override_on=D(2024, 8, 1), body="GA")
    assert overridden.target_on is None
    due = Calendar().due_date(session("GA", 79), D(2024, 5, 1), TODAY, override_on=D(2024, 5, 20))
    assert due.target_on == D(2024, 5, 1)


@pytest.mark.parametrize(
    ("lead", "words"),
    [(7, "1 week"), (14, "2 weeks"), (1, "1 day"), (10, "10 days"), (0, "0 days")],
)
def test_the_documentation_lead_in_words(lead, words):
    due = Calendar(documentation_lead={"GA": lead}).due_date(session("GA", 79), D(2023, 12, 1), TODAY)
    assert f", {words} ahead (GA documentation lead)" in due.derivation


@pytest.mark.parametrize(
    "deadline",
    [
        Deadline(DeadlineKind.DATE, "by then", date=D(2024, 2, 1), body="GA"),
        Deadline(DeadlineKind.RELATIVE, "within 20 days", days=20, from_=None, body="GA"),
        Deadline(DeadlineKind.RELATIVE, "before it expires", days=-10, from_="expiry", date=D(2024, 2, 1),
                 body="GA"),
        every("P1M", body="GA"),
    ],
)
def test_with_a_lead_for_every_deadline_the_deadlines_body_sets_it_never_before_adoption(deadline):
    cal = Calendar(lead_all_deadlines=True)
    due = cal.due_date(deadline, D(2024, 1, 10), D(2024, 1, 11))
    assert due.target_on == D(2024, 1, 10) and due.is_estimate is False
    assert "the adoption date: it falls inside the 6 weeks GA documentation lead" in due.derivation
    # the deadline's own body, not the adopting one, sets the lead
    other = Calendar({}, {"HRC": 7}, lead_all_deadlines=True).due_date(
        deadline, D(2024, 1, 10), D(2024, 1, 11), body="HRC")
    assert "the 6 weeks GA documentation lead" in other.derivation


def test_without_a_lead_for_every_deadline_a_date_has_neither_target_nor_estimate():
    dated = Deadline(DeadlineKind.DATE, "by then", date=D(2024, 9, 30))
    due = Calendar().due_date(dated, D(2024, 1, 10), TODAY)
    assert due.target_on is None and due.is_estimate is False


@pytest.mark.parametrize(("days", "words"), [(-30, "30 days before"), (30, "30 days after")])
def test_a_deadline_counted_from_the_expiry_says_which_side(days, words):
    deadline = Deadline(DeadlineKind.RELATIVE, "around the expiry", days=days, from_="expiry",
                        date=D(2024, 9, 30))
    due = Calendar().due_date(deadline, D(2024, 1, 10), TODAY)
    assert due.derivation == f"due 2024-09-30, {words} the mandate's expiry the resolution sets"
