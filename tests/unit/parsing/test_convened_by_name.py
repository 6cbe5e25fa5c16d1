"""A verb of convening governs the days of what it convenes across that event's name, however long: each name,
and each title in quotation marks, counts as one word (real paragraphs of A/RES/78/46, A/RES/75/280,
A/RES/60/30, A/RES/73/292)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


@pytest.mark.parametrize(("text", "session", "adopted_on", "expected"), [
    # A/RES/78/46 9: the Conference and the preparatory committee that precedes it
    ("Decides to convene the fourth United Nations Conference to Review Progress Made in the "
     "Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in "
     "Small Arms and Light Weapons in All Its Aspects in New York from 17 to 28 June 2024, to be preceded "
     "by the meeting of the preparatory committee in New York from 12 to 16 February 2024;",
     78, dt.date(2023, 12, 4), [dt.date(2024, 6, 17), dt.date(2024, 2, 12)]),
    # A/RES/75/280 1: a title in quotation marks, a colon in it
    ("Decides to convene the international meeting entitled “Stockholm+50: a healthy planet for the "
     "prosperity of all – our responsibility, our opportunity”, in Stockholm, on 2 and 3 June 2022, "
     "during the week of World Environment Day;", 75, dt.date(2021, 5, 24), [dt.date(2022, 6, 2)]),
    # A/RES/60/30 34: the second session convened, past the first's name
    ("Approves the convening by the Secretary-General of the seventeenth session of the Commission in "
     "New York from 20 March to 21 April 2006, and of the eighteenth session of the Commission in New "
     "York from 21 August to 15 September 2006;", 60, dt.date(2005, 11, 29),
     [dt.date(2006, 3, 20), dt.date(2006, 8, 21)]),
    # A/RES/73/292 1: the Conference's name runs on in its subtitle, after a colon, in lower case
    ("Decides to convene the high-level 2020 United Nations Conference to Support the Implementation of "
     "Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources "
     "for sustainable development in Lisbon, from 2 to 6 June 2020, to support the implementation of "
     "Sustainable Development Goal 14;", 73, dt.date(2019, 7, 9), [dt.date(2020, 6, 2)]),
])
def test_the_days_of_an_event_convened_by_a_long_name_are_due(text, session, adopted_on, expected):
    got = deadline_dicts(text, session=session, adopted_on=adopted_on)
    assert [dt.date.fromisoformat(d["date"]) for d in got if d["kind"] == "date"] == expected


def test_an_event_held_before_is_not_convened():
    # a past event named between a verb and its days (as A/RES/65/274 12, the year moved after adoption)
    text = ("Requests the Secretary-General to fulfil the commitments undertaken during the High-level "
            "Plenary Meeting of the General Assembly on the Millennium Development Goals, held in New York "
            "from 20 to 22 September 2026;")
    assert deadline_dicts(text, session=80, adopted_on=dt.date(2025, 12, 1)) == []
