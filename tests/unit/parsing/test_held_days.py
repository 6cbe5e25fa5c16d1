"""Days on which what is convened is held, written without their year, are due on the first (``deadlines``):
the next such day after the adoption, or the year the resolution names for the event elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts
from tracker.parsing import parse


@pytest.mark.parametrize(("text", "adopted_on", "date"), [
    # A/RES/79/286 4 (adopted 29 April 2025)
    ("Decides that the organizational arrangements for the interactive panel discussions to be held on 24 "
     "November in the afternoon, each chaired by two Co-Chairs, will be as follows:",
     dt.date(2025, 4, 29), "2025-11-24"),
    # a list of days: due on the first
    ("Decides that the high-level meeting shall be held on 12, 13 and 15 June and shall consist of plenary "
     "meetings;", dt.date(2025, 4, 29), "2025-06-12"),
    # A/RES/73/292 10 (adopted 9 May 2019; its year is the Conference's, read with the resolution below):
    # the day it opens, not the day it resumes
    ("Further decides that the first plenary meeting of the Conference will commence at 9 a.m. on 2 June and "
     "will resume at 10 a.m. on 3 June to continue with the opening of the Conference", dt.date(2019, 5, 9),
     "2019-06-02"),
])
def test_days_held_without_their_year(text, adopted_on, date):
    assert deadline_dicts(text, "GA", 79, adopted_on) == [{"kind": "date", "date": date}]


@pytest.mark.parametrize(("text", "expected"), [
    # A/RES/80/49 9: a yearly day
    ("Reiterates its request to the President of the General Assembly to organize, on 26 September every "
     "year, a one-day high-level plenary meeting",
     [{"kind": "recurring", "every": "P1Y", "date": "2018-09-26"}]),
    # A/RES/71/318 1: the days of an event the paragraph dates with its year
    ("Decides that the Conference: (a) Will be held in Buenos Aires from 20 to 22 March 2019; (c) Will "
     "consist of plenary meetings, to be held on 20 March, from 10 a.m. to 1 p.m.",
     [{"kind": "date", "date": "2019-03-20"}]),
    # S/RES/2753 (2024) 6: when something begins
    ("requests that UNTMIS begins, from 1 November, planning and working towards the completion of its "
     "tasks", []),
])
def test_no_other_days(text, expected):
    assert deadline_dicts(text, "GA", 79, dt.date(2017, 9, 29)) == expected


def test_the_year_the_resolution_names_for_the_event():
    # A/RES/73/292 (adopted 9 May 2019): the Conference is held in June 2020
    text = (
        "United Nations A/RES/73/292\nGeneral Assembly\nDistr.: General\n14 May 2019\n\n"
        "Resolution adopted by the General Assembly on 9 May 2019\n\n"
        "73/292. 2020 United Nations Conference to Support the Implementation of Sustainable Development "
        "Goal 14\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to convene the high-level 2020 United Nations Conference to Support the Implementation "
        "of Sustainable Development Goal 14 in Lisbon, from 2 to 6 June 2020;\n\n"
        "2. Further decides that the first plenary meeting of the Conference will commence at 9 a.m. on 2 "
        "June and will resume at 10 a.m. on 3 June to continue with the opening of the Conference;\n\n"
        "85th plenary meeting\n9 May 2019\n")
    result = parse(text.encode(), "A_RES_73_292.txt")
    assert [(d.text, d.date) for d in result.operative[1].deadlines] == [("on 2 June", dt.date(2020, 6, 2))]


def test_the_week_of_the_days_held():
    # A/RES/77/248 374 (and 75/239 349, 80/110 332): due on the week's first day
    text = ("Requests the Secretary-General to convene, in accordance with paragraphs 2 and 3 of resolution "
            "54/33, the twenty-third meeting of the Informal Consultative Process, in New York for eight "
            "meetings during the week of 5 to 9 June 2023, to provide it with the facilities necessary for "
            "the performance of its work")
    assert deadline_dicts(text, "GA", 77, dt.date(2022, 12, 30)) == [{"kind": "date", "date": "2023-06-05"}]
