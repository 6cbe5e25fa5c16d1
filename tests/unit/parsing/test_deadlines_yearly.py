"""A yearly deadline that names its month, day or quarter falls then (``deadlines``)."""

import datetime as dt

import pytest

from tracker.parsing.deadlines import find_deadlines


def dicts(text, body, adopted_on):
    out = []
    for d in find_deadlines(text, body=body, session=None, adopted_on=adopted_on):
        d = d.to_dict()
        d.pop("text")
        out.append(d)
    return out


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
])
def test_a_yearly_deadline_on_a_day(text, adopted_on, date):
    assert dicts(text, "GA", adopted_on) == [{"kind": "recurring", "every": "P1Y", "date": date}]


def test_without_the_adoption_date_no_first_occurrence():
    assert dicts("before the end of each January", "SC", None) == [{"kind": "recurring", "every": "P1Y"}]
