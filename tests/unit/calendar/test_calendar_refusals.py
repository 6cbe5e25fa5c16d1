"""What the calendar refuses, each in one sentence that names what is wrong (forms, the API and
the command line show these words), and the words a derivation uses where a date has no rule
behind it. (Written for the survivors of the mutation run of 2 December 2026, tests/README.md.)"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tracker.calendar import Body, Calendar, DeadlineError, Duration, NoSessionsError, UnknownSessionError
from tracker.calendar.rules import ga_rule_for
from tracker.parsing.types import Deadline, DeadlineKind

D = dt.date
TODAY = D(2024, 5, 2)


@pytest.mark.parametrize(
    ("ask", "error", "message"),
    [
        (lambda: Calendar().session_dates("SC", 1), NoSessionsError,
         "the Security Council has no sessions: its deadlines are dates ('no later than 31 March 2024', "
         "'within 90 days of the adoption')"),
        (lambda: Calendar().session_dates("GA", 0), UnknownSessionError,
         "GA sessions are numbered from 1, not 0"),
        (lambda: Calendar().session_dates("GA", 10**6), UnknownSessionError,
         "GA session 1000000 is beyond the calendar"),
        (lambda: ga_rule_for(1), UnknownSessionError, "no rule 1 models GA session 1"),
        (lambda: Body.parse("Assembly"), ValueError,
         "unknown body 'Assembly' (expected one of GA, SC, HRC, ECOSOC)"),
        (lambda: Calendar().session_dates("bad body!", 1), ValueError,
         "unknown body 'bad body!' (a principal organ or a body code of up to 16 letters and digits)"),
        (lambda: Calendar({("GA", 73): (D(2018, 9, 18), D(2018, 9, 17))}), ValueError,
         "official dates for GA 73 close (2018-09-17) before they open (2018-09-18)"),
        (lambda: Calendar().due_date(Deadline(DeadlineKind.DATE, "by then"), None, TODAY), DeadlineError,
         "a date deadline without its date"),
        (lambda: Calendar().due_date(Deadline(DeadlineKind.RELATIVE, "soon", from_="adoption"), None, TODAY),
         DeadlineError, "a relative deadline without its number of days"),
        (lambda: Calendar().due_date(Deadline(None, "whenever"), None, TODAY), DeadlineError,
         "unknown deadline kind ''"),
        (lambda: Duration.parse("P0D"), DeadlineError,
         "a recurring deadline needs a non-zero period, not 'P0D'"),
    ],
)
def test_each_refusal_says_what_is_wrong(ask, error, message):
    with pytest.raises(error, match=f"^{re.escape(message)}$"):
        ask()


def test_official_dates_may_come_as_rows_and_a_session_may_last_one_day():
    class Row:  # a database row: opens_on, and closes_on where recorded
        def __init__(self, opens_on, **closes):
            self.opens_on = opens_on
            self.__dict__.update(closes)

    cal = Calendar({("CCPCJ", 33): Row(D(2024, 5, 13), closes_on=D(2024, 5, 17)),
                    ("CCPCJ", 34): Row(D(2025, 5, 19)),
                    ("CCPCJ", 35): (D(2026, 5, 18), D(2026, 5, 18))})
    assert cal.session_dates("CCPCJ", 33).closes_on == D(2024, 5, 17)
    assert cal.session_dates("CCPCJ", 34).opens_on == D(2025, 5, 19)
    assert cal.session_dates("CCPCJ", 35).closes_on == D(2026, 5, 18)


def test_a_documentation_lead_of_zero_days_is_allowed():
    assert Calendar(documentation_lead={"GA": 0}).documentation_lead("GA") == dt.timedelta(0)


def test_derivations_where_no_rule_gives_the_closing():
    cal = Calendar({("GA", 73): (D(2018, 9, 19), None), ("HRC", 2): (D(2006, 9, 18), None),
                    ("HRC", 62): (D(2026, 6, 16), None)})
    assert cal.session_dates("GA", 73).derivation.startswith(
        "GA session 73 opens 2018-09-19, official date recorded by an admin; ")
    assert cal.session_dates("HRC", 2).derivation == (
        "HRC session 2 opens 2006-09-18, official date recorded by an admin; closing date unknown")
    assert cal.session_dates("HRC", 62).derivation.endswith(
        "; closes 2026-07-11, estimate: the usual length of such a session")
    assert Calendar().session_dates("HRC", 62).derivation.endswith("; closes 2026-07-10, estimate")
