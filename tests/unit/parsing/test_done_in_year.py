"""A year in which something is to be done is due at its end (``deadlines._DeadlineFinder.done_in``): one
that a body's meeting, an appraisal or an appointment is timed by, or one set off between a request's
addressee and the infinitive it times; not a year that what is authorized falls in."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/HRC/RES/56/12 4 (and 47/20, 50/22, 53/20 4: each year's Social Forum)
    ("Decides that the Social Forum will meet for two working days in 2025, in Geneva, on dates suitable for "
     "the participation of representatives of States Members of the United Nations", dt.date(2024, 7, 11),
     {"date": "2025-12-31", "precision": "year"}),
    # A/RES/64/293 6
    ("Decides to appraise in 2013 the progress achieved in the implementation of the Plan of Action, and "
     "requests the Secretary-General to take all necessary measures in that regard;", dt.date(2010, 7, 30),
     {"date": "2013-12-31", "precision": "year"}),
    # A/RES/32/197 4
    ("Invites the Secretary-General to appoint a Director-General for Development and International Economic "
     "Co-operation as soon as possible, preferably during the first quarter of 1978;", dt.date(1977, 12, 20),
     {"date": "1978-03-31", "precision": "quarter"}),
    # A/RES/79/277 5
    ("Requests the President of the General Assembly, in 2025, to appoint two co-facilitators to lead the "
     "intergovernmental negotiations;", dt.date(2025, 3, 3), {"date": "2025-12-31", "precision": "year"}),
])
def test_a_year_something_is_done_in(text, adopted_on, expected):
    assert deadline_dicts(text, "GA", 79, adopted_on) == [{"kind": "date", **expected}]


@pytest.mark.parametrize("text", [
    # A/RES/80/246 6: when cash may be used, not a due date
    "Should the provision in paragraph 1 above prove inadequate to meet the purposes normally related to the "
    "Working Capital Fund, the Secretary-General is authorized to utilize, in 2026, cash from special funds",
    # E/RES/2024/15 3: the year of the session after which the Assembly is invited to consider
    "Invites the General Assembly, following the discussion at the twenty-first session of the Forum, in "
    "2026, to consider appropriate resourcing of the Forum secretariat",
])
def test_no_year_due(text):
    assert [d for d in deadline_dicts(text, "GA", 80, dt.date(2025, 12, 1)) if d["kind"] == "date"] == []
