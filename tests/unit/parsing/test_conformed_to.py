"""The date of what a clause conforms to ("in accordance with the … plan … to be completed by …") is that
plan's, not the date a paragraph falls due by (``deadlines.marked_due``)."""

from __future__ import annotations

import datetime as dt

from tracker.parsing.deadlines import find_deadlines, marked_due

# S/RES/2732 (2024) 6 (from its opening to (c)'s colon)
S_RES_2732_6 = (
    "Notes the request of the Government of Iraq to draw down UNAMI’s activities in its letter dated 8 May "
    "2024, and requests the Secretary-General to streamline the tasks of UNAMI as follows: (a) Provide "
    "advice, support, and technical assistance to the Government of Iraq, the Independent High Electoral "
    "Commission and other Iraqi institutions with efforts to strengthen electoral preparation and processes "
    "to ensure free and fair elections; (b) Facilitate, within the transition period, progress towards the "
    "final resolution of outstanding issues between Iraq and Kuwait, including the return of Kuwaiti "
    "property and the National Archives, and the repatriation or return of all Kuwaiti and third country "
    "nationals or their remains, consistent with resolution 2107 (2013), and requests the Secretary-General "
    "to make recommendations by 31 May 2025 and present them to the Council for an appropriate follow-on "
    "mechanism to support continued progress should these issues not be resolved upon termination of UNAMI’s "
    "mandate; (c) Promote, support, and facilitate the following development and humanitarian tasks, in "
    "coordination with the Government of Iraq, and in accordance with the Secretary-General’s transition "
    "plan for UNAMI to be completed by 31 December 2024:")


def test_the_date_of_a_plan_conformed_to_is_not_due_first():
    found = find_deadlines(S_RES_2732_6, body="SC", session=None, adopted_on=dt.date(2024, 5, 31))
    assert [d.text for d in found] == ["by 31 May 2025", "by 31 December 2024"]
    marked = marked_due(S_RES_2732_6, found)
    assert [d.due for d in marked] == [False, False]  # the first written, 31 May 2025, is the one


def test_the_earliest_date_still_first_otherwise():
    """(Guard) S/RES/2758 (2024) 3: "as set out in paragraph 16 of resolution 2624 (2022)" conforms to no
    date; the midterm update's, the earlier, stays the one."""
    text = ("Requests the Panel of Experts to provide a midterm update to the Committee no later than 15 "
            "April 2025, and a final report including information as set out in paragraph 16 of resolution "
            "2624 (2022) no later than 15 October 2025 to the Security Council")
    found = find_deadlines(text, body="SC", session=None, adopted_on=dt.date(2024, 11, 13))
    assert [d.date for d in marked_due(text, found) if d.due] == []
    assert found[0].date == dt.date(2025, 4, 15)
