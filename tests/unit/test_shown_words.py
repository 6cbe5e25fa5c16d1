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
    "a report to the Committee on Conferences",  # A/RES/78/245 36: the "on" of the name it goes to
    "the reports of the Special Rapporteur",  # A/HRC/RES/46/21 52: who writes it
    "the annual report of the Security Council",  # A/RES/79/327 6
    "the relevant recommendations of the Board of Auditors",  # A/RES/70/248 15
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
    "the reports of the Secretary-General on Somalia",  # what the reports are on, after who writes them
    "a report to the General Assembly on the implementation of the present resolution",
    "a comprehensive analysis of the Office of Military Affairs",  # A/RES/61/279 64: what is analysed
    "the first report of the Team’s activities",  # S/RES/2379 (2017) 15
    "a report of A/RES/71/19",  # a symbol, not who writes it (tests/reminders/test_recipients.py)
])
def test_a_deliverable_that_says_what_is_delivered_is_shown(deliverable):
    assert says_what_is_delivered(deliverable)
    assert shown_words(deliverable, BRIEF) == deliverable


def test_without_text_the_deliverable_as_given():
    assert shown_words("the information", None) == "the information"
    assert shown_words(None, None) == ""
