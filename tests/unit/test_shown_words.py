"""The words a row shows for an obligation (``tracker.models.obligations.shown_words``): its deliverable
where that says what is delivered, else its paragraph's text."""

from __future__ import annotations

import pytest

from tracker.models.obligations import says_what_is_delivered, shown_words

#: A/RES/78/111 5
BRIEF = ("Also requests the Secretary-General to brief the Special Committee at its next session on the "
         "information referred to in paragraph 15 of his report on the implementation of "
         "the present resolution;")


@pytest.mark.parametrize("deliverable", [
    "the information",  # A/RES/78/111 5
    "a report", "his report", "proposals", "a summary", "his next report", "a comprehensive report",
    "a report to the General Assembly",  # to whom, not what
    "a report on this matter", "a report on the question", "a report on the following",  # what came before
    "a report containing",  # a word left at its end
    "", None,
])
def test_a_bare_deliverable_says_only_what_kind_of_thing(deliverable):
    assert not says_what_is_delivered(deliverable)
    assert shown_words(deliverable, BRIEF) == BRIEF


@pytest.mark.parametrize("deliverable", [
    "a report on the implementation of the present resolution",
    "the information referred to in paragraph 15 of his report",
    "a summary of the discussions",
    "a report containing recommendations on ways to strengthen cooperation",
    "proposals for the strengthening of the Office",
    "information regarding the status of the Territory",
])
def test_a_deliverable_that_says_what_is_delivered_is_shown(deliverable):
    assert says_what_is_delivered(deliverable)
    assert shown_words(deliverable, BRIEF) == deliverable


def test_without_text_the_deliverable_as_given():
    assert shown_words("the information", None) == "the information"
    assert shown_words(None, None) == ""
