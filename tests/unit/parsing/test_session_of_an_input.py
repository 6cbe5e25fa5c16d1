"""The session at which an event is held whose outcome a report draws on is not the report's (real paragraphs
of A/HRC/RES/52/11 and A/HRC/RES/57/12)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


@pytest.mark.parametrize(("text", "expected"), [
    # A/HRC/RES/52/11 28
    ("Requests the Secretary-General to prepare and submit to the Human Rights Council, at its fifty-eighth "
     "session, a report, in formats accessible to persons with disabilities, on the question of the "
     "realization in all countries of economic, social and cultural rights under agenda item 3, with a "
     "special focus on challenges and good practices to strengthen the fulfilment of the right to social "
     "security, taking into consideration the outcomes of the panel discussion to be convened at the "
     "fifty-fifth session;", [58]),
    # A/HRC/RES/57/12 11
    ("Also requests the Office of the High Commissioner to prepare a report in which it compiles and "
     "analyses the best practices of States, identifying lessons learned and outlining concrete "
     "recommendations for States and local governments, taking into account the results of the panel "
     "discussion to be convened before the sixtieth session of the Human Rights Council, and to present "
     "the report to the Council at its sixty-third session;", [63]),
])
def test_the_session_of_an_event_a_report_draws_on_is_not_its_own(text, expected):
    got = deadline_dicts(text, body="HRC", session=52, adopted_on=dt.date(2023, 4, 3))
    assert [d["session"] for d in got if d["kind"] == "session"] == expected


def test_a_panel_convened_at_a_session_is_due_then():
    # where what is asked is the panel discussion itself, its session stays
    text = "Decides to convene at its fifty-fifth session a panel discussion on the right to social security;"
    got = deadline_dicts(text, body="HRC", session=52, adopted_on=dt.date(2023, 4, 3))
    assert [d["session"] for d in got if d["kind"] == "session"] == [55]


def test_the_date_of_briefings_a_report_bears_in_mind_is_not_its_own():
    """S/RES/1882 (2009) 19: the report is due by May 2010; the Working Group's briefings, whose views (d)
    bears in mind, are held before the end of 2009, which marked_due took for the earlier due date."""
    text = ("Requests the Secretary-General to submit a report by May 2010 on the implementation of its "
            "resolutions and presidential statements on children and armed conflict, including the present "
            "resolution, which would include, inter alia: (a) Annexed lists of parties in situations of "
            "armed conflict on the agenda of the Security Council or in other situations of concern, in "
            "accordance with paragraph 3 of the present resolution; (d) Information on the criteria and "
            "procedures used for listing and de-listing parties to armed conflict in the annexes to his "
            "periodic reports, bearing in mind the views expressed by all the members of the Working Group "
            "during informal briefings to be held before the end of 2009;")
    got = deadline_dicts(text, body="SC", session=None, adopted_on=dt.date(2009, 8, 4))
    assert got == [{"kind": "date", "date": "2010-05-31", "precision": "month"}]
