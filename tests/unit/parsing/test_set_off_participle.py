"""A participle set off by a comma after its noun ("the Review Conference, convened pursuant to article 36 of
the Agreement, …") says what was done only up to the comma that closes it (``deadlines._PAST_CONTEXT``): the
time written after that comma is when the request's verb is to be done."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/RES/74/18 58
    ("Requests the Secretary-General to resume the Review Conference, convened pursuant to article 36 of the "
     "Agreement, in New York for one week in the first part of 2021, with a view to assessing the "
     "effectiveness of the Agreement in securing the conservation and management of straddling fish stocks "
     "and highly migratory fish stocks;", dt.date(2019, 12, 10),
     {"kind": "date", "date": "2021-06-30", "precision": "half"}),
    # A/RES/77/118 64
    ("Recalls paragraph 58 of resolution 76/71, and requests the Secretary-General to resume the Review "
     "Conference, convened pursuant to article 36 of the Agreement, in New York from 22 to 26 May 2023, and "
     "to render the necessary assistance and provide such services as may be required for the resumption of "
     "the Review Conference;", dt.date(2022, 12, 9), {"kind": "date", "date": "2023-05-22"}),
])
def test_time_after_the_closing_comma(text, adopted_on, expected):
    assert deadline_dicts(text, "GA", 77, adopted_on) == [expected]


def test_a_participle_not_closed_stays_history():
    """(Synthetic guard) a participle set off after its noun but not closed before the date: the date is the
    event's, held then."""
    text = ("Requests the Secretary-General to include information on the outcome of the high-level meeting, "
            "held in New York during the first half of 2026")
    assert deadline_dicts(text, "GA", 80, dt.date(2025, 12, 1)) == []
