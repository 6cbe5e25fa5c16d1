"""Where a paragraph says what it asks, when a clause that asks nothing comes first: what its row shows
("… reiterates its request to the Secretary-General to … report …", not "Recalls its decision to
establish …"). Real paragraphs of the shared corpus (copied, not read at run time)."""

from __future__ import annotations

import pytest

from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.parser import parse, read_paragraph


def _asked(text: str, body: str = "GA", session: int | None = 80) -> str:
    """The paragraph's words from where it asks (the whole text when from its start)."""
    reading = read_paragraph(text, text, [], body=body, session=session, gazetteer=Gazetteer.default())
    return text[reading.asked_from(text):]


@pytest.mark.parametrize(("text", "asked"), [
    # a report asked after what is recalled (A/RES/80/43 9)
    ("Recalls its decision to establish a new standing dedicated fellowship training programme on "
     "through-life "
     "conventional ammunition management in order to strengthen the technical and practical knowledge and "
     "expertise of government officials directly responsible for the implementation of the Global Framework "
     "for "
     "Through-life Conventional Ammunition Management, particularly in developing countries, to be "
     "substantively "
     "developed and designed in 2025 and implemented annually starting in 2026, and reiterates its request "
     "to the "
     "Secretary-General to operationalize this decision and to report thereon to the General Assembly at its "
     "eighty-first session, and periodically thereafter for follow-up;",
     "reiterates its request to the Secretary-General to operationalize this decision"),
    # an action asked after what is recalled (A/RES/69/262 C 11)
    ("Recalls paragraph 78 of the report of the Advisory Committee, and requests the Secretary-General to "
     "explore "
     "the feasibility and ways of factoring future rental income into a comprehensive plan for the financing "
     "of "
     "the strategic heritage plan;",
     "requests the Secretary-General to explore the feasibility"),
    # after two clauses that ask nothing, with its adverb (A/RES/71/101 A-B 38)
    ("Notes the concern of many Member States regarding the measures taken by the Secretariat in relation to "
     "the "
     "information centres in Mexico City, Pretoria and Rio de Janeiro, Brazil, expresses the hope that these "
     "measures will not have an adverse impact on the ability of the centres to act as bridges between the "
     "United Nations and local audiences, and therefore requests the Secretary-General to report on the "
     "impact "
     "of these measures and to explore ways to strengthen the United Nations information centres in Cairo, "
     "Mexico City, Pretoria and Rio de Janeiro, keeping in mind the need to do so within existing resources;",
     "therefore requests the Secretary-General to report on the impact"),
    # a standing call after what is noted (A/RES/76/274 78)
    ("Notes the ongoing development of a mental health strategy for uniformed personnel, and in this regard "
     "encourages the Secretary-General and Member States to increase knowledge of mental health issues in "
     "uniformed personnel, in order to better understand the prevention and mitigation of mental health "
     "issues "
     "in peace operation settings;",
     "in this regard encourages the Secretary-General and Member States"),
])
def test_the_asking_clause_is_where_the_paragraph_asks(text, asked):
    assert _asked(text).startswith(asked)


@pytest.mark.parametrize("text", [
    # asked from its first words
    "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a timely, "
    "results-based report on the implementation of the present resolution;",
    # its first clause asks already, if less (A/RES/75/154 28): the row keeps it
    "Requests the United Nations system to facilitate technical assistance, within existing resources, "
    "including "
    "the provision of assistance for capacity-building, in particular to developing countries, and in this "
    "regard requests the Secretary-General, in accordance with existing international guidelines on "
    "disability "
    "statistics, to analyse, publish and disseminate disability data and statistics in future periodic "
    "reports;",
    # two verbs sharing their words (A/RES/77/184 3)
    "Recalls and reiterates the requests made in Economic and Social Council resolution 2003/18 of 21 July "
    "2003 "
    "that the Secretary-General establish a trust fund;",
    # asks nothing (A/RES/80/83 1)
    "Takes note of the report of the Secretary-General submitted pursuant to resolution 79/92;",
])
def test_a_paragraph_asking_from_its_start_or_asking_nothing_is_shown_whole(text):
    assert _asked(text) == text


def test_the_parse_says_where_in_the_kept_text():
    """``OperativeParagraph.asks_from`` indexes the paragraph's text as the parse keeps it (and the JSON
    says it only where it is not 0)."""
    text = ("Resolution adopted by the General Assembly on 1 December 2025\n\n80/1. Example\n\n"
            "The General Assembly,\n\nRecalling its resolution 79/1,\n\n"
            "1. Recalls paragraph 78 of the report of the Advisory Committee, and requests the "
            "Secretary-General "
            "to explore the feasibility of factoring future rental income into the plan;\n\n"
            "2. Requests the Secretary-General to report thereon at its eighty-first session.\n")
    first, second = parse(text.encode(), "A_RES_80_1.txt").operative
    assert first.text[first.asks_from:].startswith("requests the Secretary-General to explore")
    assert first.to_dict()["asks_from"] == first.asks_from
    assert second.asks_from == 0 and "asks_from" not in second.to_dict()
