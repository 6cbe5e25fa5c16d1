"""What a deadline is counted from: a period from an event the text names (its length kept, no date), a year
or month "before" which something is due, a report of a series named by its number or its year (one report,
not a recurrence)."""

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts as dicts
from tracker.calendar import Calendar, DeadlineError
from tracker.parsing import parse
from tracker.parsing.deadlines import find_deadlines
from tracker.parsing.types import Deadline, DeadlineKind, ObligationKind


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # S/RES/2368 (2017) 84: a reply counts from the communication it answers
    ("Directs the Committee, with the assistance of the Monitoring Team and in consultation with relevant "
     "States, to carefully consider such communications and to respond, through the Focal Point, to such "
     "communications referred to in paragraph 83 (b), as may be appropriate, within 60 days, and further "
     "directs the Committee, in consultation with INTERPOL as may be appropriate, to communicate with Member "
     "States", dt.date(2017, 7, 20), {"kind": "relative", "days": 60, "from": "event", "period": "P60D"}),
    # S/RES/2577 (2021) 10: from the inspection
    ("Requires any Member State when it undertakes an inspection pursuant to paragraph 7 of this resolution, "
     "to submit promptly an initial written report to the States to submit to the Committee within 30 days a "
     "subsequent written report containing relevant details on the inspection", dt.date(2021, 5, 28),
     {"kind": "relative", "days": 30, "from": "event", "period": "P30D"}),
    # A/RES/64/269 5: from an event named after the period
    ("Reiterates its request to the Secretary-General to settle death and disability claims as soon as "
     "possible, but not later than three months from the date of submission of a claim;",
     dt.date(2010, 6, 24),
     {"kind": "relative", "days": 90, "from": "event", "period": "P3M"}),
    # S/RES/2255 (2015) 42: a reply counts from what it answers, left unsaid
    ("Recalls that, with the exception of decisions made pursuant to paragraph 20 of this resolution, no "
     "matter shall be left pending before the Committee for a period longer than six months, urges Committee "
     "members to respond within three months,", dt.date(2015, 12, 21),
     {"kind": "relative", "days": 90, "from": "event", "period": "P3M"}),
])
def test_a_period_from_an_event_keeps_its_length_and_no_date(text, adopted_on, expected):
    assert dicts(text, "SC" if "Committee" in text else "GA", None, adopted_on) == [expected]


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # S/RES/2216 (2015) 17: from what a condition says is found, far from the inspection named first
    ("Requires any Member State when it undertakes an inspection pursuant to paragraph 15 of this "
     "resolution, to submit promptly an initial written report to the Committee containing, in particular, "
     "explanation of the grounds for the inspections, the results of such inspections, and whether or not "
     "cooperation was provided, and, if prohibited items for supply, sale, or transfer are found, further "
     "requires such Member States to submit to the Committee within 30 days a subsequent written report "
     "containing relevant details on the inspection, seizure, and disposal", dt.date(2015, 4, 14),
     {"kind": "relative", "days": 30, "from": "event", "period": "P30D"}),
    # S/RES/2368 (2017) 58: a rule reaffirmed, working days from what the words after name
    ("Reaffirms that the Secretariat shall, after publication but within three working days after a name "
     "is added to the ISIL (Da’esh) & Al-Qaida Sanctions List, notify the Permanent Mission of the State or "
     "States where the individual or entity is believed to be located", dt.date(2017, 12, 21),
     {"kind": "relative", "days": 3, "from": "event"}),
    # S/RES/2776 (2025) 42: a responsibility affirmed
    ("the supplying Member State of the items shall notify the GFRS, and affirms that the GFRS has the "
     "primary responsibility to notify the Committee pursuant to paragraphs 39 and 40, of any deliveries of "
     "weapons, ammunition and military equipment to Somalia, within five working days of receiving "
     "notification from the supplying Member State;", dt.date(2025, 3, 3),
     {"kind": "relative", "days": 7, "from": "event"}),
])
def test_a_period_from_an_event_named_far_or_in_a_rule_affirmed(text, adopted_on, expected):
    assert dicts(text, "SC" if "Committee" in text else "GA", None, adopted_on) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a condition that is no event: from the adoption
    ("Requests the Secretary-General, if necessary, to report to the Security Council within 30 days on the "
     "steps that are taken", [("adoption", "2015-05-14")]),
    # a fact noted, not a rule affirmed: none
    ("Notes that the Panel submitted its report within 30 days of the adoption of resolution 2140 (2014)",
     []),
])
def test_a_condition_or_a_noting_is_no_event(text, expected):
    found = dicts(text, "SC", None, dt.date(2015, 4, 14))
    assert [(d["from"], d.get("date")) for d in found] == expected


def test_a_period_from_an_event_is_not_dated_by_the_calendar():
    # (left for an officer to date: the calendar counts only from the adoption or an expiry)
    deadline = Deadline(DeadlineKind.RELATIVE, "within 60 days", days=60, from_="event", period="P60D")
    with pytest.raises(DeadlineError, match="event"):
        Calendar().due_date(deadline, dt.date(2017, 7, 20), dt.date(2017, 8, 1))


def test_the_adoption_named_before_long_words_is_the_anchor():
    # S/RES/2046 (2012) 5: a report asked in a case, within four months of the resolution's date
    text = ("Decides that the negotiations referred to in paragraph 2 above shall be concluded within three "
            "months of the adoption of this resolution, and in the event these negotiations fail to result "
            "in an agreement on any or all of the issues within the allotted timeframe of three months, "
            "requests the Secretary-General to report within four months of the date of this resolution to "
            "the Security Council on the status of the negotiations")
    found = dicts(text, "SC", None, dt.date(2012, 5, 2))
    assert [(d["from"], d.get("date")) for d in found] == [
        ("adoption", "2012-08-02"), ("adoption", "2012-09-02")]


@pytest.mark.parametrize(("text", "adopted_on", "date"), [
    # A/RES/65/277 annex 71: by the end of the year before
    ("Commit to remove before 2015, where feasible, obstacles that limit the capacity of low- and "
     "middle-income countries", dt.date(2011, 6, 10), "2014-12-31"),
    # S/RES/1977 (2011) 3: by the end of the month before
    ("decides that, accordingly, the first review should be held before December 2016", dt.date(2011, 4, 20),
     "2016-11-30"),
    # … not "before the end of 2015", due then
    ("Requests the Secretary-General to report before the end of 2015", dt.date(2011, 4, 20), "2015-12-31"),
])
def test_before_a_year_or_month_is_by_the_end_of_the_one_before(text, adopted_on, date):
    assert [d["date"] for d in dicts(text, "GA", None, adopted_on)] == [date]


@pytest.mark.parametrize("text", [
    # A/RES/67/246 9, 39: one report of the series, by its number
    "Requests the Secretary-General to design and implement a zero-tolerance policy and to report thereon in "
    "his fifth annual progress report;",
    "Requests the Secretary-General to report, in the context of the eleventh annual progress report, on the "
    "resource requirements for the project for 2014;",
    # E/RES/2014/14 19: by its year
    "invites the Secretary-General to provide, in his 2015 annual report on the implementation of Assembly "
    "resolution 67/226, comprehensive and evidence-based updates",
    # A/RES/80/188 4: dated, and cited in a clause that recalls
    "Recalls the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of "
    "2018, affirmed on 17 December 2018, and calls upon the international community to implement the "
    "Compact, and requests the High Commissioner to report regularly on the progress being made;",
])
def test_a_report_of_a_series_named_or_cited_is_no_recurrence(text):
    assert find_deadlines(text, body="GA", session=67, include_annual_report=True) == []


def test_an_annual_report_asked_in_a_sub_paragraph_still_recurs():
    # A/RES/78/111 6 (c): asked, after a clause that recalls
    text = ("Recalls its decision, in its resolution 72/118 of 7 December 2017, to undertake an annual "
            "thematic debate in the Special Committee; (c) Calls upon the Special Committee to include a "
            "summary of the subtopics of the annual debate in its annual report for further consideration;")
    found = find_deadlines(text, body="GA", session=78, include_annual_report=True)
    assert [(d.kind, d.every) for d in found] == [(DeadlineKind.RECURRING, "P1Y")]


def test_going_on_reporting_in_a_numbered_report_is_a_report():
    # A/RES/67/246 34: a report of the series, not a standing call
    text = ("United Nations A/RES/67/246\nGeneral Assembly\nDistr.: General\n17 January 2013\n\n"
            "Resolution adopted by the General Assembly on 24 December 2012\n\n"
            "67/246. Capital master plan\n\nThe General Assembly,\n\nHaving considered the report,\n\n"
            "1. Requests the Secretary-General to continue to report on the status of the project, the "
            "schedule, the projected completion cost and the working capital reserve in his eleventh annual "
            "progress report;\n")
    (paragraph,) = parse(text.encode(), "A_RES_67_246.txt").operative
    assert paragraph.kind == ObligationKind.REPORT


def test_a_date_replaced_by_another_is_not_due():
    # S/RES/2670 (2022) 1 (c): the earlier report's date, replaced
    text = ("requests the Secretary-General, jointly with the AU and in consultation with Somalia and "
            "donors, to provide the report requested by 15 February 2023, by 30 April 2023 instead;")
    assert [d["date"] for d in dicts(text, "SC", None, dt.date(2022, 12, 21))] == ["2023-04-30"]
    text = "to provide the report by 30 April 2023 instead of by 15 February 2023;"
    assert [d["date"] for d in dicts(text, "SC", None, dt.date(2022, 12, 21))] == ["2023-04-30"]


def test_days_of_two_months_written_with_one_year():
    # A/RES/68/70 200
    text = ("Requests the Secretary-General to convene three meetings of the Ad Hoc Open-ended Informal "
            "Working Group, to take place from 1 to 4 April and 16 to 19 June 2014 and from 20 to 23 January "
            "2015, and requests the Secretary-General to make every effort to provide conference services")
    assert [d["date"] for d in dicts(text, "GA", 68, dt.date(2013, 12, 9))] == [
        "2014-04-01", "2014-06-16", "2015-01-20"]


@pytest.mark.parametrize(("text", "session", "adopted_on", "expected"), [
    # A/RES/67/290 20: a body asked to consider a question in a year
    ("Decides that the forum shall strengthen the science-policy interface, and requests the forum to "
     "consider, in 2014, the scope and methodology of a global sustainable development report", 67,
     dt.date(2013, 7, 9), [{"kind": "date", "date": "2014-12-31", "precision": "year"}]),
    # A/RES/57/250 4: at a month's end
    ("Agrees to hold the High-Level Dialogue at the end of October 2003 on a specific date to be determined "
     "by the President of the General Assembly", 57, dt.date(2002, 12, 20),
     [{"kind": "date", "date": "2003-10-31", "precision": "month"}]),
    # A/RES/75/168 26: during a year
    ("Decides to convene a high-level event during 2022, organized by the President of the General Assembly",
     75, dt.date(2020, 12, 16), [{"kind": "date", "date": "2022-12-31", "precision": "year"}]),
    # A/RES/78/62 8: the days of that year named after it
    ("Requests the Disarmament Commission to hold a substantive session for a period not exceeding three "
     "weeks during 2024, namely from 1 to 19 April, and to submit a substantive report to the General "
     "Assembly at its seventy-ninth session", 78, dt.date(2023, 12, 4),
     [{"kind": "date", "date": "2024-04-01"}, {"kind": "session", "body": "GA", "session": 79}]),
    # A/RES/80/8 9: the year of the Games to be held somewhere, not the consideration's
    ("Decides to include in the provisional agenda of its eighty-second session the sub-item and to consider "
     "the sub-item before the Games of the XXXIV Olympiad and the XVIII Paralympic Games, to be held in Los "
     "Angeles in 2028.", 80, dt.date(2025, 11, 18), [{"kind": "session", "body": "GA", "session": 82}]),
])
def test_a_year_or_month_in_which_something_is_done(text, session, adopted_on, expected):
    assert dicts(text, "GA", session, adopted_on) == expected


def test_a_meeting_named_with_its_year_is_its_session_that_year():
    # A/RES/80/38 33: a meeting the registry does not know, held in 2026 (undated until its dates are known)
    text = ("Requests the Secretariat to prepare a comprehensive analysis, within existing resources, of "
            "progress in the trends, challenges and opportunities related to the implementation of the "
            "Programme of Action and the International Tracing Instrument, including with regard to national "
            "frameworks, based on available credible information, including information submitted and/or "
            "provided by Member States, for presentation at the Biennial Meeting of States in 2026 for "
            "consideration and appropriate follow-up;")
    assert dicts(text, "GA", 80, dt.date(2025, 12, 1)) == [
        {"kind": "session", "body": None, "session": 2026, "body_name": "Biennial Meeting of States"}]


def test_a_body_misprinted_in_the_plural_is_the_registrys():
    # A/HRC/RES/42/23 27: "Human Right Council"
    text = ("and requests the Office of High Commissioner to prepare a report on the panel discussion and to "
            "submit it to the Human Right Council at its forty-sixth session;")
    assert dicts(text, "HRC", 42) == [{"kind": "session", "body": "HRC", "session": 46}]


def test_two_bare_delays_from_the_adoption_are_two_deadlines():
    # S/RES/2127 (2013) 25: a report six months and another one year after the adoption
    text = ("Further requests the Secretary-General to report to the Security Council on the findings of the "
            "commission of inquiry six months and one year after the adoption of this resolution;")
    found = find_deadlines(text, body="SC", session=None, adopted_on=dt.date(2013, 12, 5))
    assert [(d.text, d.days, d.from_, d.date) for d in found] == [
        ("six months", 182, "adoption", dt.date(2014, 6, 5)),
        ("one year after the adoption of this resolution", 365, "adoption", dt.date(2014, 12, 5))]
    # A/RES/60/180 27: years, bare, from the adoption
    text = ("Decides that the arrangements set out above will be reviewed five years after the adoption of "
            "the present resolution to ensure that they are appropriate to fulfil the agreed functions")
    assert dicts(text, "GA", 60, dt.date(2005, 12, 20)) == [
        {"kind": "relative", "days": 1826, "from": "adoption", "date": "2010-12-20", "period": "P5Y"}]


def test_a_period_from_the_adoption_of_something_else_is_written_with_its_name():
    # S/RES/2734 (2024) 49: the form's adoption, not the resolution's; its name as far as what is reported on
    text = ("Calls upon all States to submit an updated report to the Committee no later than 180 days from "
            "the date of adoption of the form developed pursuant to paragraph 47 on their implementation, in "
            "particular the freezing of assets and any exemptions thereto")
    found = find_deadlines(text, body="SC", session=None, adopted_on=dt.date(2024, 6, 10))
    assert [(d.text, d.days, d.from_, d.date) for d in found] == [
        ("no later than 180 days from the date of adoption of the form developed pursuant to paragraph 47",
         180, "event", None)]


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/RES/71/165 2: a report to be submitted in a year
    ("and urges Member States and relevant United Nations entities to submit information for inclusion in "
     "the report of the Secretary-General on the implementation of the present resolution and in his "
     "flagship report to be submitted to the General Assembly in 2018;",
     dt.date(2016, 12, 19), ["2018-12-31"]),
    # E/RES/2014/14 20: a report to a body in a year
    ("Requests the Secretary-General to include in his regular report to the Council in 2015, in "
     "consultation with Member States, an analysis of the functioning of the resident coordinator system",
     dt.date(2014, 7, 15), ["2015-12-31"]),
    # a report to a body in a year already past: history
    ("Also recalls the United Nations study on violence against children submitted to the General Assembly "
     "in 2006, and requests the Special Representative to continue to promote its dissemination",
     dt.date(2018, 12, 17), []),
])
def test_a_report_named_as_submitted_to_a_body_in_a_year_is_due_that_year(text, adopted_on, expected):
    found = find_deadlines(text, body="GA", session=None, adopted_on=adopted_on)
    assert [d.date.isoformat() for d in found if d.kind == DeadlineKind.DATE] == expected


def test_a_maximum_period_from_an_event_is_that_events_period():
    # A/RES/78/81 3: six months from the end of the Territories' administrative year
    text = ("Also requests the administering Powers concerned … to transmit or continue to transmit "
            "regularly to the Secretary-General … statistical and other information …, within a maximum "
            "period of six months following the expiration of the administrative year in those Territories;")
    found = find_deadlines(text, body="GA", session=78, adopted_on=dt.date(2023, 12, 5))
    assert [(d.text, d.days, d.from_, d.date) for d in found] == [
        ("within a maximum period of six months following the expiration of the administrative year in those "
         "Territories", 180, "event", None)]


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # S/RES/2365 (2017) 16: "the next year", one year from the adoption
    ("Also requests the Secretary-General to submit to the Security Council a report on the implementation "
     "of the present resolution, when appropriate, within the next year;", dt.date(2017, 6, 30),
     [{"kind": "relative", "days": 365, "from": "adoption", "date": "2018-06-30", "period": "P1Y"}]),
    ("to submit to the Council within the next two years a report on", dt.date(2017, 6, 30),
     [{"kind": "relative", "days": 730, "from": "adoption", "date": "2019-06-30", "period": "P2Y"}]),
    # … not "within the next years", no number said
    ("to submit to the Council within the next years a report on", dt.date(2017, 6, 30), []),
])
def test_the_next_year_is_a_year_from_the_adoption(text, adopted_on, expected):
    assert dicts(text, "SC", None, adopted_on) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # S/RES/2046 (2012) 1 (iii), 2: "no more than" a delay from the adoption is that delay, "a week" one
    ("(iii) Activate, within no more than a week of the adoption of this resolution, the necessary border "
     "security mechanisms", [("adoption", 7, "2012-05-09")]),
    ("at a time to be set by the AUHIP, but within no more than two weeks from the time of adoption of this "
     "resolution, to reach agreement on the following", [("adoption", 14, "2012-05-16")]),
    # S/RES/2713 (2023) 19 (b): … and from an event, that event's
    ("the State shall notify the Committee of the sale, supply or transfer no more than 15 working days "
     "after the sale, supply or transfer takes place", [("event", 21, None)]),
    # … not how long something lasts (A/RES/77/248 352: due in the year named alone)
    ("to convene, in 2023, up to two meetings of the Ad Hoc Working Group of no more than two days of total "
     "duration each", [(None, None, "2023-12-31")]),
])
def test_no_more_than_a_delay_is_that_delay(text, expected):
    found = dicts(text, "SC", None, dt.date(2012, 5, 2) if "AUHIP" in text or "Activate" in text
                  else dt.date(2022, 12, 30))
    assert [(d.get("from"), d.get("days"), d.get("date")) for d in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A/RES/68/70 201: three weeks before a meeting the text does not date
    ("Requests the Co-Chairs of the Ad Hoc Open-ended Informal Working Group to invite Member States to "
     "submit their views on the scope of an international instrument under the Convention, for circulation "
     "by the Division to Member States as an informal working document compiling the views of States no "
     "later than three weeks before the first meeting of the Working Group, and decides that this informal "
     "working document will be updated;",
     {"kind": "relative", "days": -21, "from": "event", "period": "P3W",
      "text": "no later than three weeks before the first meeting of the Working Group"}),
    # A/RES/73/326 22: before each forum
    ("Requests the Secretary-General, with input from the network, to prepare a background note for each "
     "round table to be circulated at least six weeks prior to each forum;",
     {"kind": "relative", "days": -42, "from": "event", "period": "P6W",
      "text": "at least six weeks prior to each forum"}),
    # A/RES/70/262 30: an event named by a title in quotation marks, as far as the title goes
    ("Invites the Secretary-General to report to the General Assembly, at least 60 days prior to the "
     "high-level meeting on “Peacebuilding and sustaining peace”, on efforts to implement the present "
     "resolution;",
     {"kind": "relative", "days": -60, "from": "event", "period": "P60D",
      "text": "at least 60 days prior to the high-level meeting on “Peacebuilding and sustaining peace”"}),
])
def test_a_period_counted_back_from_an_undated_event_is_kept_in_words(text, expected):
    assert [d.to_dict() for d in find_deadlines(text, body="GA", session=73, adopted_on=dt.date(2018, 12, 20))
            ] == [expected]


@pytest.mark.parametrize("text", [
    # A/RES/68/18 2: a span of time placed before an event, not a time limit
    ("Decides to provide Equatorial Guinea, on an exceptional basis, with an additional preparatory period "
     "of six months before the start of the three-year preparatory period leading to graduation;"),
    # A/RES/70/305 19: roughly when
    ("Welcomes the holding of elections for non-permanent members of the Security Council about six months "
     "before the elected members assume their responsibilities;"),
])
def test_a_span_before_an_event_is_no_deadline(text):
    assert [d for d in find_deadlines(text, body="GA", session=70, adopted_on=dt.date(2016, 9, 13))
            if d.from_ == "event"] == []


def test_the_time_an_event_is_held_is_not_the_due_date_counted_back_from_it():
    # A/RES/71/123 227 (and the fisheries resolutions each year since): proposals are due five weeks before
    # consultations held in November, not by the end of November; the register has the officer date them
    text = ("Notes the desire to further improve the efficiency of the informal consultations concerning "
            "the annual General Assembly resolution on sustainable fisheries, decides that the informal "
            "consultations on this resolution will be held in a single round of consultations in November "
            "for a period of six days, requests the Secretary-General to provide support to the "
            "consultations through the Division, and invites States to submit proposals for inclusion in "
            "the text of the resolution to the Coordinator of the informal consultations no later than "
            "five weeks before the start of the consultations;")
    deadlines = find_deadlines(text, body="GA", session=71, adopted_on=dt.date(2016, 12, 7))
    assert [(d.text, d.due) for d in deadlines] == [
        ("in November", False), ("no later than five weeks before the start of the consultations", True)]
    with pytest.raises(DeadlineError, match=r"35 days before an event the text names but does not date "
                                            r"\('no later than five weeks before the start of the "
                                             r"consultations'\)"):
        Calendar().due_date(deadlines[1], dt.date(2016, 12, 7), dt.date(2017, 1, 1))


def test_a_time_after_which_something_may_start_is_no_due_date():
    # S/RES/1977 (2011) 3: the review falls due before December 2016, not five years after the adoption
    text = ("Decides that the 1540 Committee will conduct a comprehensive review on the status of "
            "implementation of resolution 1540 (2004), both after five years and prior to the renewal of "
            "its mandate, and will submit to the Security Council a report on the conclusions of those "
            "reviews, and decides that, accordingly, the first review should be held before December 2016;")
    assert [d.text for d in find_deadlines(text, body="SC", session=None, adopted_on=dt.date(2011, 4, 20))
            ] == ["before December 2016"]


def test_the_segment_of_a_council_session_named_by_its_year():
    # A/RES/73/248 7: the Economic and Social Council's 2019 session, then the Assembly's seventy-fourth
    text = ("Requests the Secretary-General to report to the Economic and Social Council on progress made "
            "in the implementation of the mandates contained in its resolutions 71/243 and 72/279, as part "
            "of his annual reporting to the Council at the operational activities for development segment "
            "of its 2019 session, and to the General Assembly at its seventy-fourth session for its "
            "further consideration;")
    got = find_deadlines(text, body="GA", session=73, adopted_on=dt.date(2018, 12, 20), named=("ECOSOC",))
    assert [(d.text, d.body, d.session) for d in got] == [
        ("at the operational activities for development segment of its 2019 session", "ECOSOC", 2019),
        ("at its seventy-fourth session", "GA", 74)]


def test_a_report_due_before_a_meeting_and_a_submission_due_by_a_date_each_keep_their_time():
    # S/RES/2462 (2019) 37: the report is due ahead of the meeting (first, the register's), the Member States'
    # information by the end of 2019
    text = ("Requests CTED and the Analytical Support and Sanctions Monitoring Team to prepare, ahead of "
            "the joint special meeting, a report on actions taken by Member States to disrupt terrorist "
            "financing, and invites Member States to submit to them in writing, by the end of 2019, "
            "information on actions taken to disrupt terrorist financing;")
    got = find_deadlines(text, body="SC", session=None, adopted_on=dt.date(2019, 3, 28))
    assert [(d.text, d.from_, d.days) for d in got] == [
        ("ahead of the joint special meeting", "event", 0), ("by the end of 2019", None, None)]
    with pytest.raises(DeadlineError, match=r"^before an event the text names but does not date"):
        Calendar().due_date(got[0], dt.date(2019, 3, 28), dt.date(2019, 4, 1))


@pytest.mark.parametrize("text", [
    # A/RES/66/124 2: a day named from the event
    ("Decides to convene a high-level meeting of the General Assembly on 23 September 2013, the Monday "
     "before the start of the general debate of the sixty-eighth session of the Assembly;"),
    # A/RES/64/203 4: a wish
    ("Invites parties to complete the international regime at the earliest possible time before the tenth "
     "meeting of the Conference of the Parties;"),
])
def test_no_deadline_before_an_event_where_none_is_set(text):
    got = find_deadlines(text, body="GA", session=66, adopted_on=dt.date(2011, 12, 9))
    assert [d for d in got if d.from_ == "event"] == []


def test_a_fact_a_clause_lists_after_the_first_is_no_recurrence():
    # A/RES/78/5 annex 7: what happens each year, noted
    text = ("Remain deeply concerned that while it has been 30 years since the World Health Organization "
            "declared tuberculosis a global emergency, the epidemic still is a critical challenge, and "
            "that one quarter of the world’s population is estimated to have been infected with the "
            "bacterium that causes the disease and that millions of people ill with tuberculosis are "
            "missing out on quality care each year;")
    assert find_deadlines(text, body="GA", session=78, adopted_on=dt.date(2023, 10, 5)) == []
