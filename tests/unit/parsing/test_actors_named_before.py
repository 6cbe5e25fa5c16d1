"""Addressees named before, by a pronoun or a demonstrative; kinds of institution alone; bodies named by what
they are on (real paragraphs, from the shared corpus, source in the comment)."""

from __future__ import annotations

import pytest

from tracker.parsing import Gazetteer
from tracker.parsing.parser import read_paragraph
from tracker.parsing.phrases import analyse

G = Gazetteer.default()

#: A/RES/70/294 annex 44 (the political declaration on the least developed countries)
LDC_44 = (
    "We recognize the importance of building productive capacity as a critical enabler for the development "
    "and graduation of the least developed countries and call upon those countries and their development "
    "partners to ensure enhanced focus on policies and means to address productive capacity-building. We "
    "further recognize that private capital flows, in particular FDI, play a complementary and catalytic "
    "role in building and strengthening productive capacity in the least developed countries. We call upon "
    "the least developed countries to continue to strengthen the underlying investment climate and upon "
    "development partners to continue to provide enhanced financial and technical support to those countries "
    "to develop productive capacities, including for enhancing the management capacity of the least "
    "developed countries. We note that international financial institutions such as the International "
    "Monetary Fund and the World Bank provide capacity development to the least developed countries through "
    "direct technical assistance and training for country authorities and we invite them to further "
    "strengthen such support, responding to the demands and needs of those countries, within the framework "
    "of existing commitments, in accordance with their national development policies and strategies.")


def _declared(text: str) -> list[str]:
    return read_paragraph(text, text, [], body="GA", session=70, gazetteer=G, we="we").actors


def test_a_pronoun_in_a_later_sentence_is_whom_that_sentence_names_before_it():
    # "we invite them": the international financial institutions its "that" clause is about, not the least
    # developed countries they assist; "those countries" are the least developed countries named before
    assert _declared(LDC_44) == ["development partners", "least developed countries",
                                 "international financial institutions"]


def test_a_pronoun_after_a_sentence_that_calls_is_whom_it_called():
    # A/RES/S-24/2 annex 6 (shortened): "them" are those the call before asks, not the countries it names
    text = ("We invite Governments, the United Nations and other relevant international organizations, "
            "within their respective mandates, to strengthen the quality and consistency of their support "
            "for sustainable development, in particular in Africa and the least developed countries. We also "
            "invite them to develop coordinated and gender-sensitive social, economic and environmental "
            "approaches.")
    actors = _declared(text)
    assert "Governments" in actors and "least developed countries" not in actors


@pytest.mark.parametrize(("text", "actors"), [
    # A/HRC/RES/41/15 19: "such organizations" are the regional organizations it welcomes
    ("Welcomes the initiatives undertaken by regional organizations, such as the African Union, the "
     "Organization of American States, the Organization for Security and Cooperation in Europe and the "
     "Council of Europe, and subregional organizations to address the protection, assistance and development "
     "needs of internally displaced persons and to find durable solutions for them, and encourages such "
     "organizations to strengthen their activities and their cooperation with the Special Rapporteur;",
     ["regional organizations"]),
    # S/RES/1977 (2011) 14: named already
    ("Urges States and relevant international, regional and subregional organizations to inform the "
     "Committee as appropriate of areas in which they are able to provide assistance; and calls upon States "
     "and such organizations, if they have not done so previously, to provide the 1540 Committee with a "
     "point of contact for assistance by 31 August 2011;", ["Member States", "regional organizations"]),
    # A/RES/70/1 89 (its last sentence): no name of that noun before it, none rather than a wrong one
    ("The high-level political forum will support participation in follow-up and review processes by the "
     "major groups and other relevant stakeholders in line with resolution 67/290. We call upon those actors "
     "to report on their contribution to the implementation of the Agenda.", []),
])
def test_a_demonstrative_is_whom_the_paragraph_named_before(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


def test_a_demonstrative_before_words_that_say_which_is_kept():
    # A/RES/60/265 6 (shortened): "those countries that have not yet done so" is who is asked
    text = ("Welcomes the efforts by developing countries to adopt national development strategies, calls "
            "upon those countries that have not yet done so to adopt such strategies by 2006;")
    assert "those countries" in analyse(text, body="GA", gazetteer=G).actors


@pytest.mark.parametrize(("text", "actors"), [
    # A/RES/80/148 19: the programmes encouraged are no addressee
    ("Also encourages programmes that facilitate social benefits and economic rights for artists and "
     "cultural professionals, including those working in the digital environment;", []),
    # A/RES/78/52 4 (shortened): the relevant entities of the United Nations system are the system
    ("Requests the relevant entities and organizations of the United Nations system to support the "
     "implementation of the present resolution;", ["United Nations system"]),
    # E/RES/2022/19 5: the agencies are the United Nations', as its regional commissions are
    ("Invites the relevant United Nations regional commissions and agencies to undertake biennial reviews of "
     "the implementation of the Doha Programme of Action in close coordination and cooperation with "
     "subregional and regional development banks and intergovernmental organizations;",
     ["regional commissions", "United Nations system"]),
    # A/RES/78/68 83: the entities a treaty's article names are no one the register can name
    ("Calls upon all States and other entities referred to in article X, paragraph 1, of the Compliance "
     "Agreement that have not yet done so to accept the Compliance Agreement;", ["Member States"]),
])
def test_a_kind_of_institution_alone_is_no_actor(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


def test_a_working_group_on_something_while_doing_another_is_named_whole():
    # A/RES/73/305 10
    group = ("United Nations Global Counter-Terrorism Coordination Compact working group on promoting and "
             "protecting human rights and the rule of law while countering terrorism and supporting victims "
             "of terrorism")
    text = (f"Encourages the {group} to continue to raise awareness of victims’ issues and the promotion and "
            "protection of victims’ rights, including in the criminal justice process, and urges the working "
            "group to increase the attention paid to strengthening efforts;")
    assert analyse(text, body="GA", gazetteer=G).actors == [group]


def test_a_forum_on_a_subject_is_one_addressee_before_the_next_name():
    # (a forum on a list of subjects, then a name the register knows)
    text = ("Invites Member States, the annual forum on youth and peace and the Secretary-General to "
            "contribute to the review;")
    assert analyse(text, body="GA", gazetteer=G).actors == [
        "Member States", "annual forum on youth and peace", "Secretary-General"]


def test_the_member_states_of_an_organization_and_a_state_after_them():
    # S/RES/2349 (2017) 2: the Commission's member States and Benin, not the Member States
    text = ("Recalls the Communiqués of the AUPSC on Boko Haram, including from the 484th meeting, "
            "recognises the continued support of the AU to the MNJTF, and calls for the Member States of the "
            "Lake Chad Basin Commission (LCBC) and Benin to continue their efforts in the fight against Boko "
            "Haram and implementation of the Communiqués;")
    assert analyse(text, body="SC", gazetteer=G).actors == [
        "States members of the Lake Chad Basin Commission", "Benin"]
