"""A year or part of one as a due date (``deadlines``): whose year it is, a year's beginning or middle."""

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts as dicts


@pytest.mark.parametrize(("text", "session", "adopted_on", "expected"), [
    # A/RES/78/5 annex 84: 2028 is the year of the meeting the report will inform, not of the report
    ("and to present to the General Assembly a report in 2027 on the progress achieved in realizing the "
     "commitments made in this political declaration towards agreed tuberculosis goals at the national, "
     "regional and global levels, including on the progress of multisectoral action, within the context of "
     "achieving the 2030 Agenda for Sustainable Development, which will serve to inform preparations for a "
     "comprehensive review by Heads of State and Government at a high-level meeting on tuberculosis in 2028.",
     78, dt.date(2023, 10, 5),
     ["2027-12-31"]),
    # A/RES/67/226 39: the year of the decision the proposals are for
    ("and to present specific proposals to their respective governing bodies by the end of 2013 with a view "
     "to a decision in 2014;", 67, dt.date(2012, 12, 21), ["2013-12-31"]),
    # … not the year of what is itself convened (A/RES/77/118 223)
    ("Decides to conduct, in 2026, a further review of the actions taken by States", 77, dt.date(2022, 12, 9),
     ["2026-12-31"]),
])
def test_the_year_of_another_event_is_not_the_deliverables(text, session, adopted_on, expected):
    assert [d["date"] for d in dicts(text, "GA", session, adopted_on)] == expected


@pytest.mark.parametrize(("text", "body", "adopted_on", "expected"), [
    # A/RES/67/226 159
    ("Requests the Secretary-General to present to the executive boards of the funds and programmes, by the "
     "beginning of 2014, a proposal on the common definition of operating costs", "GA", dt.date(2012, 12, 21),
     {"kind": "date", "date": "2014-01-01"}),
    # S/RES/2461 (2019) 7
    ("urges the Federal Government of Somalia and Parliament to finalise and adopt the electoral law by "
     "mid-2019",
     "SC", dt.date(2019, 3, 27), {"kind": "date", "date": "2019-06-30"}),
    # A/RES/68/211 15, A/RES/68/238 11: a month's middle or beginning
    ("Invites regional groups to nominate their candidates for the Bureau no later than mid-February 2014, "
     "so that they can be involved in the preparations", "GA", dt.date(2013, 12, 20),
     {"kind": "date", "date": "2014-02-15"}),
    ("Invites regional groups to nominate their candidates for the Bureau no later than early January 2014;",
     "GA",
     dt.date(2013, 12, 20), {"kind": "date", "date": "2014-01-01"}),
    # a goal, as "by 2030" is (A/RES/76/258 annex 202)
    ("Ensure equitable and affordable access to vaccinate 70 per cent of the population in least developed "
     "countries by mid-2022",
     "GA", dt.date(2022, 4, 1), {"kind": "date", "date": "2022-06-30", "target": True}),
])
def test_the_beginning_or_middle_of_a_year_or_month(text, body, adopted_on, expected):
    assert dicts(text, body, None, adopted_on) == [expected]


def test_each_of_a_list_of_days_convened_is_due():
    # A/RES/80/110 95: three sessions convened, each on its first day (the last two past the verb's reach)
    text = ("Approves the convening by the Secretary-General of the sixty-sixth, sixty-seventh and "
            "sixty-eighth sessions of the Commission, in New York, from 9 February to 13 March 2026, from 6 "
            "July to 7 August 2026 and from 19 October to 20 November 2026, respectively, with full "
            "conference services")
    assert [d["date"] for d in dicts(text, "GA", 80, dt.date(2025, 12, 9))] == [
        "2026-02-09", "2026-07-06", "2026-10-19"]
    # … in time's order only, and none in what a clause welcomes (A/RES/75/239 257)
    assert dicts("Welcomes the holding of the second and third sessions of the intergovernmental "
                 "conference, from 25 March to 5 April 2019 and from 19 to 30 August 2019, respectively",
                 "GA", 75,
                 dt.date(2018, 12, 1)) == []


@pytest.mark.parametrize(("text", "session", "adopted_on", "expected"), [
    # A/RES/47/191 8: a session "for" its year
    ("to submit, for the consideration of the Economic and Social Council at its organizational session for "
     "1993, his proposals on the rules of procedure", 47, dt.date(1992, 12, 22), [("ECOSOC", 1993)]),
    # A/RES/48/12 8, A/RES/76/4 9: a segment named by its year is the Council's session of that year
    ("Requests the Economic and Social Council at its coordination segment in 1994 to examine the status",
     48, dt.date(1993, 10, 20), [("ECOSOC", 1994)]),
    ("to present, for the information of the Economic and Social Council at its operational activities for "
     "development segment in 2022, a results framework", 76, dt.date(2021, 10, 13), [("ECOSOC", 2022)]),
])
def test_a_session_or_segment_named_by_its_year(text, session, adopted_on, expected):
    assert [(d["body"], d["session"]) for d in dicts(text, "GA", session, adopted_on)] == expected


def test_two_delays_from_the_adoption():
    # S/RES/2684 (2023) 2: two reports, six and eleven months after the adoption
    found = dicts("Requests the Secretary-General to report to the Security Council within six months and "
                  "eleven months of the adoption of this resolution on its implementation;", "SC", None,
                  dt.date(2023, 6, 2))
    assert [(d["kind"], d["date"]) for d in found] == [("relative", "2023-12-02"), ("relative", "2024-05-02")]


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/RES/80/56 1: decided to be held in a year's early part, by the end of its first half
    ("Decides that the formal meeting will be held in early 2026 at United Nations Headquarters, with "
     "conference services", dt.date(2025, 12, 1),
     [{"kind": "date", "date": "2026-06-30", "precision": "half"}]),
    ("Decides to convene in late 2026 a high-level meeting", dt.date(2025, 12, 1),
     [{"kind": "date", "date": "2026-12-31", "precision": "half"}]),
    # … a month's early part is that month
    ("Decides to convene the meeting in early December 2026", dt.date(2025, 12, 1),
     [{"kind": "date", "date": "2026-12-31", "precision": "month"}]),
    # … not an event described as to be held then, nor one noted
    ("Encourages participation in the Fifteenth Congress, to be held in early 2026;", dt.date(2025, 12, 1),
     []),
    ("Notes that its ninth session will be held in early 2026;", dt.date(2025, 12, 1), []),
])
def test_a_year_s_early_or_late_part_in_which_something_is_held(text, adopted_on, expected):
    assert dicts(text, "GA", 80, adopted_on) == expected


def test_an_event_a_relative_clause_describes_as_held_then_is_not_due():
    # A/RES/64/14 3
    text = ("Encourages Governments to participate in the Third Forum of the Alliance of Civilizations, "
            "which will be held in Brazil in 2010")
    assert dicts(text, "GA", 64, dt.date(2009, 11, 10)) == []


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/RES/75/193 56: a quarter in which something is to be done, by its end
    ("Requests the Secretary-General to brief the General Assembly in the first quarter of 2021 on the "
     "situation in the Syrian Arab Republic", dt.date(2020, 12, 16),
     [{"kind": "date", "date": "2021-03-31", "precision": "quarter"}]),
    # … not a figure noted for a quarter, nor a series that starts then
    ("Notes that the cost of transferring remittances remained at 6.3 per cent during the third quarter of "
     "2021", dt.date(2021, 12, 16), []),
    ("Encourages the Directors of the centres to establish contact, starting in the first quarter of 1998, "
     "with the United Nations Development Programme", dt.date(1997, 12, 22), []),
    # A/RES/77/245 22: one of two quarters, by the end of the later
    ("and decides that the international meeting will be convened in the second or third quarter of 2024 for "
     "a duration of no more than five days", dt.date(2022, 12, 30),
     [{"kind": "date", "date": "2024-09-30", "precision": "quarter"}]),
    # … not displacements that occurred in two quarters
    ("Notes with concern that new civilian displacements have occurred in the first and second quarters of "
     "2018 as a result of clashes", dt.date(2018, 12, 20), []),
])
def test_a_quarter_in_which_something_is_done(text, adopted_on, expected):
    assert dicts(text, "GA", None, adopted_on) == expected


def test_a_present_passive_asked_is_not_a_past_event():
    # S/RES/2436 (2018) 19: what a further request asks be presented, in the present tense
    text = ("Recalls its resolution 2242 (2015) and its request that the Secretary-General initiate, in "
            "collaboration with Member States, a revised strategy to double the numbers of women in military "
            "and police contingents of United Nations peacekeeping operations by 2020 and further requests "
            "that this strategy ensures the full, effective and meaningful participation of women in all "
            "aspects of peacekeeping, and that this revised strategy is presented to the Security Council by "
            "March 2019;")
    assert [d["date"] for d in dicts(text, "SC", None, dt.date(2018, 9, 27))] == ["2019-03-31"]


@pytest.mark.parametrize(("text", "expected"), [
    # A/RES/64/289 8: a session of a body that dates its sessions, the body named between it and its year
    ("Takes note of the progress in the creation of a central repository of information on operational "
     "activities for development, and requests the Secretary-General to ensure that an update on the "
     "advances in the establishment of that mechanism is presented at the substantive session of the "
     "Economic and Social Council in 2011 in the context of the comprehensive policy review",
     [{"kind": "session", "body": "ECOSOC", "session": 2011}]),
    # … not the session of a body that numbers them, whose year it only says
    ("Requests the Secretary-General to report thereon at the session of the Human Rights Council in 2011",
     []),
])
def test_a_session_in_a_year_of_a_body_named_between(text, expected):
    assert [d for d in dicts(text, "GA", 64, dt.date(2010, 7, 2)) if d["kind"] == "session"] == expected


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/RES/68/204 43: of two years offered, the later is the deadline
    ("Decides to convene, in 2015 or 2016, a third international conference on financing for development to "
     "assess the progress made in the implementation of the Monterrey Consensus and the Doha Declaration",
     dt.date(2013, 12, 20), [{"kind": "date", "date": "2016-12-31", "precision": "year"}]),
    # … one year, as before
    ("Decides to convene, in 2015, a third international conference on financing for development",
     dt.date(2013, 12, 20), [{"kind": "date", "date": "2015-12-31", "precision": "year"}]),
])
def test_of_two_years_offered_the_later_is_due(text, adopted_on, expected):
    assert dicts(text, "GA", 68, adopted_on) == expected


@pytest.mark.parametrize("text", [
    # (A/RES/78/71 24)
    "Understands that the present extrabudgetary support is expected to expire by 2023 and the timely "
    "implementation of the programme of work would require additional secretariat services;",
    # (A/RES/76/258 annex 33)
    "We are concerned that poverty remains a key challenge. Even before the outbreak of the pandemic, "
    "it was estimated that nearly 30 per cent of the population in least developed countries would remain in "
    "extreme poverty by 2030.",
    # fronted (A/RES/71/256 annex 2, A/RES/76/258 annex 66)
    "By 2050, the world’s urban population is expected to nearly double, making urbanization one of the "
    "twenty-first century’s most transformative trends.",
    "By 2030, one in five of the projected number of young people in the world will have been born in the "
    "least developed countries.",
])
def test_a_year_in_what_is_expected_or_projected_is_no_deadline(text):
    assert dicts(text, "GA", 78, dt.date(2022, 3, 1)) == []


def test_a_target_after_a_projection_stays():
    text = ("By 2030, one in five of the projected number of young people in the world will have been born "
            "in the least developed countries. • Ensure, by 2030, that all young people achieve literacy and "
            "numeracy.")
    assert dicts(text, "GA", 76, dt.date(2022, 3, 1)) == [
        {"kind": "date", "date": "2030-12-31", "precision": "year", "target": True}]


def test_what_someone_is_expected_to_deliver_stays_due():
    assert dicts("Decides that the Secretariat is expected to submit the study by 2027;", "GA", 78,
                 dt.date(2023, 12, 1)) == [{"kind": "date", "date": "2027-12-31", "precision": "year"}]


def test_what_is_put_before_a_body_by_a_year_is_due_then():
    # (A/RES/67/226 143)
    text = ("Requests the Secretary-General to make appropriate recommendations for the consideration of the "
            "Economic and Social Council and the General Assembly by 2013;")
    assert dicts(text, "GA", 67, dt.date(2012, 12, 21)) == [
        {"kind": "date", "date": "2013-12-31", "precision": "year"}]


def test_a_session_pending_whose_action_is_no_deadline():
    # (A/RES/60/283 1)
    text = ("Authorizes the Secretary-General to enter into commitments of up to 706,600 dollars, pending "
            "consideration of and action on the report of the Secretary-General on procurement reform by the "
            "General Assembly at its sixty-first session;")
    assert dicts(text, "GA", 60, dt.date(2006, 7, 7)) == []


def test_what_goes_into_the_proposed_programme_budget_is_due_at_the_session_that_considers_it():
    # (A/RES/65/259 9, adopted on 24 December 2010: the budget for 2012–2013 is before the sixty-sixth)
    text = ("Also requests the Secretary-General to report thereon to the General Assembly in the context of "
            "the proposed programme budget for the biennium 2012–2013;")
    assert dicts(text, "GA", 65, dt.date(2010, 12, 24)) == [{"kind": "session", "body": "GA", "session": 66}]


def test_what_is_arranged_for_a_year_is_due_then():
    # (A/RES/49/37 37, its footnote marker as printed)
    text = ("Requests the Secretariat immediately to make all necessary arrangements for the updating and "
            "reissue of The Blue Helmets 11/ in 1995;")
    assert dicts(text, "GA", 49, dt.date(1994, 12, 9)) == [
        {"kind": "date", "date": "1995-12-31", "precision": "year"}]
