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


def test_a_session_a_resolution_printed_says_so_and_an_admins_record_wins_over_the_text():
    """A/RES/78/111 2 prints the Special Committee's session "from 20 to 28 February 2024": recorded on its
    import, another resolution's "at its session in 2024" is dated from it, as printed there; a text's own
    printed dates give way to an admin's record only (a session moved), not to what another text printed."""
    printed = "as printed in A/RES/78/111, paragraph 2"
    cal = Calendar({("CHARTER", 2024): (D(2024, 2, 20), D(2024, 2, 28))},
                   printed={("CHARTER", 2024): printed})
    dates = cal.session_dates("CHARTER", 2024)
    assert dates.source == "printed" and dates.printed_in == printed
    assert dates.derivation == (f"CHARTER session 2024 opens 2024-02-20, {printed}; "
                                f"closes 2024-02-28, {printed}")
    named = deadline(body="CHARTER", session=2024, text="at its session in 2024")
    due = cal.due_date(named, D(2023, 12, 7), TODAY)
    assert due.due_on == D(2024, 2, 20) and printed in due.derivation
    # its own text's dates (another resolution printing 19 February) over the other's
    own = deadline(body="CHARTER", session=2024, opens="2024-02-19", text="at its session in 2024")
    assert cal.due_date(own, D(2023, 12, 7), TODAY).due_on == D(2024, 2, 19)
    # an admin's record over the text's
    moved = Calendar({("CHARTER", 2024): (D(2024, 2, 26), None)})
    due = moved.due_date(own, D(2023, 12, 7), TODAY)
    assert due.due_on == D(2024, 2, 26) and "official date recorded by an admin" in due.derivation
    assert moved.session_dates("CHARTER", 2024).printed_in is None


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


def test_a_session_the_text_dates_targets_its_documents_as_one_the_calendar_dates():
    """One rule for the documentation lead: A/RES/78/111 4, "to brief the Special Committee at its next
    session", dated by the text's own "from 20 to 28 February 2024" (2), is targeted six weeks ahead as
    another resolution's "at its session in 2024" dated through the calendar row is; a session's end and a
    mandate's end are not targeted either way."""
    text = deadline(body="CHARTER", session=2024, opens="2024-02-20", closes="2024-02-28",
                    text="at its next session")
    row = Calendar({("CHARTER", 2024): (D(2024, 2, 20), D(2024, 2, 28))},
                   printed={("CHARTER", 2024): "as printed in A/RES/78/111, paragraph 2"})
    own = Calendar().due_date(text, D(2023, 12, 7), TODAY)
    other = row.due_date(deadline(body="CHARTER", session=2024, text="at its session in 2024"),
                         D(2023, 12, 7), TODAY)
    assert (own.due_on, own.target_on) == (other.due_on, other.target_on) == (D(2024, 2, 20), D(2024, 1, 9))
    assert "6 weeks ahead (CHARTER documentation lead)" in own.derivation
    # a lead set for the body applies to both
    led = Calendar(documentation_lead={"CHARTER": 14})
    assert led.due_date(text, D(2023, 12, 7), TODAY).target_on == D(2024, 2, 6)
    # by its end: due at its close, no target, as through the calendar
    end = deadline(body="CHARTER", session=2024, opens="2024-02-20", closes="2024-02-28", end=True,
                   text="before the end of its next session")
    assert Calendar().due_date(end, D(2023, 12, 7), TODAY).target_on is None
    assert row.due_date(deadline(body="CHARTER", session=2024, end=True), D(2023, 12, 7), TODAY).target_on \
        is None
