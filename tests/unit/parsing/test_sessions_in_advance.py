"""What is to be done "in advance of" or "ahead of" a body's session is due at that session, as "before" and
"prior to" it are (real paragraph of E/RES/2024/15)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


@pytest.mark.parametrize(("text", "expected"), [
    # E/RES/2024/15 2 (a): the paper is due before the twentieth session, considered at the twenty-first
    ("Requests the Forum secretariat: (a) To submit an information paper containing information on its "
     "workload, needs and gaps in advance of the twentieth session of the Forum, in 2025, for final "
     "consideration at its twenty-first session, in 2026;", [20, 21]),
    # … "ahead of" it, as "before" it
    ("Requests the Forum secretariat to circulate the information paper ahead of the twentieth session of "
     "the United Nations Forum on Forests;", [20]),
    ("Requests the Forum secretariat to circulate the information paper before the twentieth session of "
     "the United Nations Forum on Forests;", [20]),
])
def test_a_session_in_advance_of_which_something_is_done(text, expected):
    got = deadline_dicts(text, body="ECOSOC", session=2024, adopted_on=dt.date(2024, 7, 23), named=["UNFF"])
    assert [d["session"] for d in got if d["kind"] == "session" and d.get("body") == "UNFF"] == expected
