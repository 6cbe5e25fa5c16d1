"""Deadlines read as the paragraph means them: one report of a series is not a recurrence."""

import pytest

from tracker.parsing.deadlines import find_deadlines


def found(text, body="GA", session=71, adopted_on=None, named=(), annual=True):
    return find_deadlines(text, body=body, session=session, adopted_on=adopted_on, named=named,
                          include_annual_report=annual)


@pytest.mark.parametrize("text", [
    # A/RES/80/167 18, A/RES/70/118 16
    "Requests the Secretary-General to submit, in a timely manner, his next annual report on United "
    "Nations rule of law activities, in accordance with paragraph 5 of its resolution 63/128 of 11 "
    "December 2008;",
    # A/RES/67/246 16
    "requests the Secretary-General to respond to the request contained in paragraph 83 of its "
    "resolution 66/246, and to report thereon in the next annual progress report;",
    # S/RES/2493 (2019) 10
    "Requests the Secretary-General to include the following in his forthcoming annual report on the "
    "implementation of resolution 1325 (2000):",
])
def test_the_next_annual_report_is_one_report(text):
    assert found(text) == []
    for recurring in STILL_ANNUAL:
        assert [(d.kind, d.every) for d in found(recurring)] == [("recurring", "P1Y")]


STILL_ANNUAL = [
    # A/HRC/RES/36/9 2: asked every year, and the next one named after it
    "Requests the High Commissioner to continue to submit to the Human Rights Council an annual report "
    "on the activities of the Office, and to provide an analysis of its implementation in his next "
    "annual report;",
    # A/RES/74/135 15: each of the reports to come
    "Encourages the Secretary-General to include information pertinent to indigenous peoples in the "
    "forthcoming annual reports on progress towards the Sustainable Development Goals;",
]
