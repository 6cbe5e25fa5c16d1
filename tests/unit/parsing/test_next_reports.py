"""A report asked for in the next (or each regular) report of a series, with no deadline of its own, is due
with that series where the same resolution asks the same author for exactly one report the words fit (real
paragraphs of S/RES/2476 (2019), S/RES/2467 (2019), S/RES/1894 (2009), S/RES/1888 (2009), A/RES/71/263 and
A/RES/73/346; numbered afresh here)."""

from __future__ import annotations

import pytest

from tracker.parsing import parse

SC_HEADING = (
    "United Nations S/RES/2476 (2019)\nSecurity Council\nDistr.: General\n25 June 2019\n\n"
    "Resolution 2476 (2019)\n\nAdopted by the Security Council at its 8562nd meeting, on 25 June 2019\n\n"
    "The Security Council,\n\nRecalling its previous resolutions,\n\n"
)

GA_HEADING = (
    "United Nations A/RES/71/263\nGeneral Assembly\nDistr.: General\n5 January 2017\n\n"
    "Resolution adopted by the General Assembly on 23 December 2016\n\n"
    "71/263. Human resources management\n\n"
    "The General Assembly,\n\n"
    "Recalling its relevant resolutions,\n\n"
)


def _deadlines(paragraphs: list[str], body: str = "SC") -> dict[str, list[tuple]]:
    numbered = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1))
    if body == "SC":
        result = parse(f"{SC_HEADING}{numbered}\n".encode(), "S_RES_2476(2019).txt")
    else:
        text = f"{GA_HEADING}{numbered}\n\n66th plenary meeting\n"
        result = parse(text.encode(), "A_RES_71_263.txt")
    return {op.number: [(d.kind.value, d.session, d.every, d.date and d.date.isoformat())
                        for d in op.deadlines] for op in result.operative}


EVERY_120_DAYS = ("Requests the Secretary-General to report to the Council on the implementation of this "
                  "resolution, including any instances of mandate implementation failures and measures "
                  "taken to address these, in reports every 120 days starting from 16 October 2019;")
ANNUAL_1820 = ("Requests that the Secretary-General continue to submit annual reports to the Council on the "
               "implementation of Resolutions 1820 (2008), 1888 (2009), 1960 (2010), 2106 (2013) and the "
               "present resolution;")
TWO_YEARS = ("Requests the Secretary-General to submit a report on the implementation of measures to protect "
             "children born of sexual violence within two years;")


@pytest.mark.parametrize(("paragraphs", "number", "expected"), [
    # S/RES/2476 (2019) 7–8: each regular report is one of the series every 120 days
    (["Further requests the Secretary-General, seeking perspectives from all relevant parties, to include in "
      "his regular reports an update on the development and implementation of an integrated strategic "
      "framework;", EVERY_120_DAYS], "1", [("recurring", None, "P120D", None)]),
    # S/RES/2467 (2019) 5 and 36: the next annual report on what the annual series is on (not the report
    # asked within two years, paragraph 18)
    (["Requests the Secretary-General, in his next annual report to the Council on the implementation of "
      "Resolutions 1820 (2008), 1888 (2009), 1960 (2010), 2106 (2013) and the present resolution, to include "
      "a gap assessment and recommendations;", TWO_YEARS, ANNUAL_1820], "1",
     [("recurring", None, "P1Y", None)]),
    # S/RES/1894 (2009) 26 and 35: the next report on protection of civilians, dated ("November 2010" in
    # a resolution of 2009; the year moved to this heading's)
    (["Takes note of practical measures taken by ongoing peacekeeping missions, and requests the "
      "Secretary-General to include best practice in his next report on protection of civilians to the "
      "Council;", "Requests the Secretary-General to submit his next report on the protection of civilians "
      "in armed conflict by November 2019;"], "1", [("date", None, None, "2019-11-30")]),
])
def test_a_report_in_the_next_one_of_a_series_is_due_with_it(paragraphs, number, expected):
    got = _deadlines(paragraphs)[number]
    assert [(kind, session, every) for kind, session, every, _date in got] == [e[:3] for e in expected]
    if expected[0][3]:
        assert got[0][3] == expected[0][3]


EVERY_90_DAYS = ("Requests the Secretary-General to report to the Council every 90 days following adoption "
                 "of this resolution on UNAMID;")


@pytest.mark.parametrize("asked", [
    # S/RES/2429 (2018) 25, 37: the Council kept informed through the mission's reports every 90 days
    "Requests the Secretary-General to include progress made in implementing the policy in his reports to "
    "the Security Council;",
    "Requests the Secretary-General to take all necessary measures to ensure full compliance of UNAMID with "
    "the zero tolerance policy and to keep it informed through his reports about UNAMID's progress in this "
    "regard;",
])
def test_his_reports_to_the_council_are_its_regular_series(asked):
    assert _deadlines([asked, EVERY_90_DAYS])["1"] == [("recurring", None, "P90D", None)]
    # a report dated once is no series the Council is kept informed through
    assert _deadlines([asked, "Requests the Secretary-General to report to the Council by 31 October 2019 on "
                              "the transition;"])["1"] == []


def test_the_next_report_named_in_the_same_words_at_a_session_dates_the_others():
    # A/RES/71/263 12, 13, 36: "his next overview report, to be submitted at its seventy-third session"
    got = _deadlines([
        "Notes with serious concern that the 120-day target for filling a post has not been reached, and "
        "requests the Secretary-General to include in his next overview report, to be submitted to the "
        "General Assembly at its seventy-third session, a detailed analysis;",
        "Decides to reduce the standard posting period for position-specific job openings from 60 days to 45 "
        "days, and requests the Secretary-General to report on its full impact in his next overview report;",
        "Requests the Secretary-General to continue to improve investigative procedures and to report "
        "thereon in his next report;",
    ], body="GA")
    assert got["2"] == [("session", 73, None, None)]
    # "his next report", not named in the words of the overview report: which report, they do not say
    assert got["3"] == []
    # A/RES/73/346 10, 45: the next report on multilingualism "to be submitted … at its seventy-fifth session"
    got = _deadlines([
        "Requests the Secretary-General to report on the results of this collaboration in the next report on "
        "multilingualism, to be submitted to the General Assembly at its seventy-fifth session;",
        "Calls upon all departments to fully support the work of the Coordinator, and requests the "
        "Secretary-General to report thereon in his next report on multilingualism;",
    ], body="GA")
    assert got["2"] == [("session", 75, None, None)]


@pytest.mark.parametrize(("paragraphs", "number"), [
    # S/RES/1888 (2009) 25 and 27: the reports on each peacekeeping operation are not the annual ones
    (["Requests the Secretary-General to include, where appropriate, in his regular reports on individual "
      "peacekeeping operations, information on steps taken to implement measures to protect civilians "
      "against sexual violence;", ANNUAL_1820], "1"),
    # two series of the same author: which one, the words do not say
    (["Requests the Secretary-General to include in his next report information on the gap assessment;",
      TWO_YEARS, ANNUAL_1820], "1"),
    # a report dated once is no regular series
    (["Requests the Secretary-General to include in his regular reports information on the gap assessment;",
      TWO_YEARS], "1"),
])
def test_the_next_report_of_no_one_series_stays_undated(paragraphs, number):
    assert _deadlines(paragraphs)[number] == []
