"""Other bodies' sessions: dated from their own recorded sessions only, never from the General
Assembly's or the Council's rule; the session current at adoption is due by its end."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.calendar import Calendar, UnknownSessionError
from tracker.parsing.types import Deadline

D = dt.date
TODAY = D(2024, 6, 1)


def deadline(**fields) -> Deadline:
    return Deadline.from_dict({"kind": "session", "text": "at its next session", **fields})


def test_a_commission_session_nobody_recorded_has_no_date_and_says_why():
    name = "Commission on Crime Prevention and Criminal Justice"
    named = deadline(body="CCPCJ", session=33, body_name=name)
    with pytest.raises(UnknownSessionError, match=f"^{name}: session 33"):
        Calendar().due_date(named, D(2023, 12, 18), TODAY)
    nxt = deadline(body="SPCHARTER", session=None, body_name="Special Committee on the Charter")
    why = "^Special Committee on the Charter: next session (is )?not in the calendar"
    with pytest.raises(UnknownSessionError, match=why):
        Calendar().due_date(nxt, D(2023, 12, 7), TODAY)


def test_recorded_sessions_date_the_deadlines_of_their_own_body_only():
    cal = Calendar({("CCPCJ", 33): (D(2024, 5, 13), D(2024, 5, 17)),
                    ("SPCHARTER", 2024): (D(2024, 2, 20), None)})
    due = cal.due_date(deadline(body="CCPCJ", session=33), D(2023, 12, 18), TODAY)
    assert due.due_on == D(2024, 5, 13) and "official date" in due.derivation
    nxt = cal.due_date(deadline(body="spcharter", session=None), D(2023, 12, 7), TODAY)
    assert nxt.due_on == D(2024, 2, 20)
    # a GA-numbered session of another body is not the GA's: no rule dates it
    with pytest.raises(UnknownSessionError):
        cal.due_date(deadline(body="CCPCJ", session=79), D(2023, 12, 18), TODAY)
    assert cal.session_dates("CCPCJ", 33).closes_on == D(2024, 5, 17)


def test_the_session_current_at_adoption_is_due_by_its_end():
    # adopted during the seventy-eighth session: "at its seventy-eighth session" is due before
    # the seventy-ninth opens (10 September 2024), not at the seventy-eighth's opening
    current = deadline(body="GA", session=78, current=True, text="at its seventy-eighth session")
    due = Calendar().due_date(current, D(2023, 12, 22), TODAY)
    assert due.due_on == D(2024, 9, 9)
    official = Calendar({("GA", 78): (D(2023, 9, 5), D(2024, 9, 2))})
    assert official.due_date(current, D(2023, 12, 22), TODAY).due_on == D(2024, 9, 2)
    commission = Calendar({("CND", 67): (D(2024, 3, 14), None)})
    with pytest.raises(UnknownSessionError, match="end of session 67"):
        commission.due_date(deadline(body="CND", session=67, current=True), D(2024, 3, 20), TODAY)
