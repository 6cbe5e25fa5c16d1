"""A session that opens after the adoption is ahead whatever participle stands before it: nothing was
submitted, contained or made there yet, so what is said to be done there is due then
(``deadlines._DeadlineFinder._ahead``); an event "held" there is still another event, not the deliverable."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


@pytest.mark.parametrize(("text", "body", "session", "adopted_on", "expected"), [
    # A/RES/69/321 20 (adopted 11 September 2015)
    ("Requests the Secretary-General to include, in his report submitted at the seventy-first session of "
     "the General Assembly, under the agenda item entitled “Pattern of conferences”, information regarding "
     "the basis for the current practice whereby Member States bear the additional costs of using United "
     "Nations Headquarters conference services during business hours;", "GA", 69, dt.date(2015, 9, 11),
     [71]),
    # A/RES/53/92 14
    ("Requests the Secretary-General to submit a progress report on the implementation of the "
     "recommendations contained in his report to the General Assembly at its fifty-fourth session;", "GA",
     53, dt.date(1998, 12, 7), [54]),
    # A/RES/61/263 23
    ("Requests the Secretary-General to report on steps taken to implement paragraphs 20, 21 and 22 above to "
     "the General Assembly at the first part of its resumed sixty-second session;", "GA", 61,
     dt.date(2007, 4, 4), [62]),
    # A/HRC/RES/53/6 16: the panel's session, ahead but another event's, is not the report's
    ("Requests the United Nations High Commissioner for Human Rights to submit a summary report on the panel "
     "discussion held at the fifty-sixth session to the Human Rights Council at its fifty-eighth session;",
     "HRC", 53, dt.date(2023, 7, 12), [58]),
])
def test_a_session_ahead_is_due(text, body, session, adopted_on, expected):
    got = deadline_dicts(text, body=body, session=session, adopted_on=adopted_on)
    assert [d["session"] for d in got if d["kind"] == "session"] == expected


def test_a_session_over_stays_history():
    """A session already over at adoption is what was done: "the recommendations contained in his report to
    the General Assembly at its fifty-second session" in a resolution of the fifty-third."""
    text = ("Requests the Secretary-General to submit a progress report on the implementation of the "
            "recommendations contained in his report to the General Assembly at its fifty-second session;")
    assert deadline_dicts(text, body="GA", session=53, adopted_on=dt.date(1998, 12, 7)) == []
