"""A yearly deadline that names its month, day or quarter falls then (``deadlines``)."""

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


def dicts(text, body, adopted_on):
    return deadline_dicts(text, body, None, adopted_on)


def test_each_month_of_the_year():
    # S/RES/2325 (2016) 2 (adopted 15 December 2016): the Programme of Work before the end of each January,
    # the briefing in the first quarter of each year
    text = ("Decides that the 1540 Committee will continue to submit to the Security Council its Programme "
            "of Work, before the end of each January, and will brief the Security Council in the first "
            "quarter of each year")
    assert dicts(text, "SC", dt.date(2016, 12, 15)) == [
        {"kind": "recurring", "every": "P1Y", "date": "2017-01-31", "precision": "month"},
        {"kind": "recurring", "every": "P1Y", "date": "2017-03-31", "precision": "quarter"}]
    # S/RES/1810 (2008) 9: the only deadline of the paragraph
    assert dicts("Decides that the Committee should submit an annual Programme of Work to the Security "
                 "Council before the end of each January;", "SC", dt.date(2008, 4, 25)) == [
        {"kind": "recurring", "every": "P1Y", "date": "2009-01-31", "precision": "month"}]
    # "each may" is no month
    assert dicts("so that each may contribute annually", "GA", dt.date(2020, 1, 1)) == [
        {"kind": "recurring", "every": "P1Y"}]


@pytest.mark.parametrize(("text", "adopted_on", "date"), [
    # A/RES/77/33 1: one yearly deadline, its first on the next 30 April (not a date and a recurrence)
    ("Calls upon Member States to provide the Secretary-General, by 30 April annually, with a report on "
     "their military expenditures", dt.date(2022, 12, 7), "2023-04-30"),
    # A/RES/80/49 9
    ("Reiterates its request to the President of the General Assembly to organize, on 26 September every "
     "year, a one-day high-level plenary meeting", dt.date(2025, 12, 1), "2026-09-26"),
    # A/RES/71/178 12, A/RES/76/140 9, A/RES/70/175 7: the day after the recurrence
    ("Decides to continue to observe in New York, Geneva and other United Nations offices every year on 9 "
     "August the International Day of Indigenous Peoples", dt.date(2016, 12, 19), "2017-08-09"),
    ("Invites Member States to observe the International Day of Rural Women annually, on 15 October, as "
     "proclaimed by the General Assembly", dt.date(2021, 12, 16), "2022-10-15"),
    ("to commemorate Nelson Mandela International Day, observed each year on 18 July, to be also utilized",
     dt.date(2015, 12, 17), "2016-07-18"),
])
def test_a_yearly_deadline_on_a_day(text, adopted_on, date):
    assert dicts(text, "GA", adopted_on) == [{"kind": "recurring", "every": "P1Y", "date": date}]


def test_a_yearly_deadline_in_a_month_named_after_it():
    assert dicts("Decides to hold the meeting annually in June, and requests", "GA",
                 dt.date(2016, 12, 19)) == [
        {"kind": "recurring", "every": "P1Y", "date": "2017-06-30", "precision": "month"}]
    # not a day with its year: when something began
    assert dicts("the Day, first observed annually on 15 October 2008, and invites", "GA",
                 dt.date(2016, 12, 19)) == [{"kind": "recurring", "every": "P1Y"}]


def test_without_the_adoption_date_no_first_occurrence():
    assert dicts("before the end of each January", "SC", None) == [{"kind": "recurring", "every": "P1Y"}]


@pytest.mark.parametrize(("text", "expected"), [
    # E/RES/2023/3 14, A/RES/76/133 1, A/RES/73/125 58: what a clause welcomes, notes or recalls recurs of
    # itself
    ("Also welcomes the holding of World Telecommunication and Information Society Day, celebrated annually "
     "on 17 May and led by the International Telecommunication Union;", []),
    ("Notes with concern that homelessness is a global problem, affecting people of different ages, and that "
     "every year many people die as a result", []),
    ("Recalls paragraph 6 of resolution 56/13 of 28 November 2001 and the recommendation of the Meeting of "
     "States Parties that the Authority consider on an annual basis the question", []),
    # … unless it is still asked or decided there (S/RES/1989 (2011) 38, A/RES/77/335 6)
    ("Reaffirms that the Monitoring Team should circulate to the Committee every six months a list of "
     "individuals and entities on the List", ["P6M"]),
    ("Reiterates its decision to hold annually an interactive and comprehensive dialogue between the "
     "President of the General Assembly and the Secretary-General", ["P1Y"]),
])
def test_a_recurrence_in_what_a_clause_notes_is_not_asked(text, expected):
    assert [d["every"] for d in dicts(text, "GA", None)] == expected


@pytest.mark.parametrize(("text", "body", "adopted_on", "first"), [
    # S/RES/1973 (2011) 12: every month after the report within 7 days
    ("and to report to the Council within 7 days and every month thereafter on the results", "SC",
     dt.date(2011, 3, 17), {"every": "P1M", "date": "2011-04-24"}),
    # S/RES/2368 (2017) 101
    ("the next report to be provided by 31 January 2018 and then every six months thereafter", "SC",
     dt.date(2017, 7, 20), {"every": "P6M", "date": "2018-07-31"}),
    # A/RES/67/226 152: a year after a year's end
    ("to report on concrete achievements to their respective governing bodies by the end of 2014 and "
     "annually thereafter",
     "GA", dt.date(2012, 12, 21), {"every": "P1Y", "date": "2015-12-31", "precision": "year"}),
])
def test_a_recurrence_thereafter_follows_the_deadline_before_it(text, body, adopted_on, first):
    found = dicts(text, body, adopted_on)
    assert found[-1] == {"kind": "recurring", **first}


def test_a_recurrence_thereafter_follows_no_deadline_of_another_clause():
    assert dicts("to report by 31 January 2018; and to brief the Council every six months thereafter", "SC",
                 dt.date(2017, 7, 20))[-1] == {"kind": "recurring", "every": "P6M"}


def test_a_series_start_a_recalled_decision_names_does_not_date_another():
    # A/HRC/RES/53/6 15: "beginning in 2023" is the recalled decision's, not the panel's decided on
    text = ("Recalls the decision to incorporate into its annual programme of work, beginning in 2023, at a "
            "minimum a panel discussion, and decides that the annual panel discussion to be held at the "
            "fifty-sixth session shall focus on ensuring livelihood resilience")
    assert [d["kind"] for d in dicts(text, "HRC", dt.date(2023, 7, 12))] == ["session"]


@pytest.mark.parametrize("text", [
    # A/RES/52/220 16, A/RES/56/253 10: one staffing table for each year, nothing that recurs
    "Decides that the staffing table for each year of the biennium 1998-1999 shall be as contained in annex "
    "I.A to the present resolution;",
    # A/RES/71/263 41
    "Decides that the amount shall not exceed 25 per cent of the annual net base salary for each year of the "
    "agreed appointment.",
])
def test_what_is_given_for_each_year_is_no_recurrence(text):
    assert dicts(text, "GA", dt.date(1997, 12, 22)) == []
