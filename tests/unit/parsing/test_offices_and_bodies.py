"""Who is asked where a body and an office of it are both written (real sentences from ../shared/corpus):
a short name the resolution defines beside an office of the body stands for the body; the organ a body's
own name ends with is no addressee; a name written twice in different case is one addressee; at whose
request the addressee acts is not asked."""

from __future__ import annotations

import pytest

from tracker.parsing import parse
from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.phrases import analyse

G = Gazetteer.default()

# S/RES/2700 (2023): the preamble defines "the Committee" after its Chair's name
_S_RES_2700 = (
    "S/RES/2700 (2023)\n\nResolution 2700 (2023)\n\nAdopted by the Security Council at its 9442nd meeting, "
    "on 19 October 2023\n\nThe Security Council,\n\n"
    "Taking note with appreciation of the visit of the Chair of the Committee established pursuant to "
    "resolution 2653 (2022) (the Committee), Permanent Representative of Gabon to the United Nations, to "
    "Haiti from 12 to 13 June 2023,\n\n"
    "Welcoming the letter dated 2 October 2023 from the Chair of the Committee to the Security Council,\n\n"
    "1. Directs the Committee to consider expeditiously the update of the list of individuals and entities "
    "designated pursuant to resolution 2653 (2022), taking into account the reports submitted by the Panel "
    "of Experts;\n\n"
    "2. Calls upon the MSS mission to implement weapons and ammunition management processes and oversight "
    "mechanisms for their weapons and ammunition, and further calls upon the MSS Mission to report any "
    "diversion of weapons and ammunition;\n\n"
    "3. Decides to remain actively seized of the matter.\n"
)


def test_a_short_name_defined_after_an_office_of_the_body_is_the_body():
    actors = [op.actors for op in parse(_S_RES_2700.encode(), "S_RES_2700_2023.txt").operative]
    assert actors[0] == ["2653 Committee"]


def test_a_name_written_twice_in_different_case_is_one_addressee():
    actors = [op.actors for op in parse(_S_RES_2700.encode(), "S_RES_2700_2023.txt").operative]
    assert actors[1] == ["MSS Mission"]


def test_the_organ_a_committees_name_ends_with_is_not_asked():
    # A/RES/80/234 60
    text = ("Invites the Chairs of the Main Committees of the General Assembly to ensure that the reports of "
            "the Secretary-General are formally introduced for the consideration of Member States only if "
            "they are available in all six official languages;")
    assert "General Assembly" not in analyse(text, body="GA", gazetteer=G).actors
    # A/RES/S-10/2 117
    text = ("The First Committee of the General Assembly should deal in the future only with questions of "
            "disarmament and related international security questions.")
    assert analyse(text, body="GA", gazetteer=G).actors == ["First Committee"]


def test_the_organ_asked_by_itself_or_by_its_bureau_stays():
    text = "Requests the General Assembly and the Sixth Committee to continue their work;"
    assert analyse(text, body="GA", gazetteer=G).actors == ["General Assembly", "Sixth Committee"]
    text = "Requests the Bureau of the General Assembly to continue its work;"
    assert analyse(text, body="GA", gazetteer=G).actors == ["Bureau of the General Assembly"]


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/74/229 32
    ("Calls upon the United Nations funds and programmes and the specialized agencies, at the request of "
     "Member States, to support, as appropriate, technical and scientific cooperation and North-South, "
     "South-South, triangular, regional and international cooperation on access to science, technology and "
     "innovation;", ["United Nations system"]),
    # A/RES/75/233 22
    ("Underscores the important role of the United Nations development system in contributing to capacity "
     "development at the country level, and calls upon the entities of the development system, where "
     "appropriate at the request of national Governments, to improve their support;",
     ["entities of the development system"]),
    # A/RES/70/305 61
    ("Requests the Secretary-General, and invites the heads of specialized agencies, funds and programmes, "
     "upon request by the President of the General Assembly, to consider seconding staff to work in the "
     "Office of the President of the General Assembly;", ["Secretary-General", "United Nations system"]),
])
def test_at_whose_request_the_addressee_acts_is_not_asked(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners


def test_every_addressee_listed_before_whose_request_is_asked():
    # A/RES/80/147 50
    text = ("Calls upon the United Nations funds and programmes and the specialized agencies, the "
            "international community and international institutions, at the request of Member States, to "
            "support the efforts of the countries of the South;")
    assert analyse(text, body="GA", gazetteer=G).actors == [
        "United Nations system", "international community", "international institutions"]


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/73/254 15 (and A/RES/76/224 15)
    ("Calls upon the United Nations funds, programmes and the specialized agencies, at the request of "
     "national Governments, to improve their support for the building, development and strengthening of "
     "national capacities;", ["United Nations system"]),
    # A/RES/63/199 7
    ("Requests the United Nations funds, programmes, specialized agencies and financial institutions to "
     "continue to mainstream the goals of full and productive employment and decent work for all in their "
     "policies;",
     ["United Nations system", "financial institutions"]),
])
def test_the_funds_programmes_and_agencies_are_the_system_not_the_organization(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners


def test_the_chair_designate_of_a_meeting_of_states_is_asked_not_the_states():
    # A/RES/80/43 6
    text = ("Encourages the Chair-designate of the 2027 Meeting of States to conduct discussions during the "
            "intersessional period, as set out in the report of the Preparatory Meeting of States;")
    assert analyse(text, body="GA", gazetteer=G).actors == ["Chair-designate of the 2027 Meeting of States"]
    # A/RES/70/305 57
    text = ("Decides that the President-elect of the General Assembly shall take an oath of office of his or "
            "her own at the moment of handing over the gavel;")
    assert analyse(text, body="GA", gazetteer=G).actors == ["President-elect of the General Assembly"]
    # the States asked by themselves stay: A/RES/80/38 27
    text = ("Encourages States to submit national reports, and affirms the utility of synchronizing such "
            "reports with Biennial Meetings of States and review conferences;")
    assert analyse(text, body="GA", gazetteer=G).actors == ["Member States"]


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/80/138 2
    ("Encourages all the Parties to the Paris Agreement to fully implement the Agreement;",
     ["States parties"]),
    # A/RES/80/140 20
    ("Welcomes the adoption of the Kunming-Montreal Global Biodiversity Framework, and encourages Parties "
     "to implement it when mainstreaming biodiversity across sectors;", ["States parties"]),
    # A/RES/80/109 187
    ("Welcomes the adoption of the amendments to the Agreement, and urges those Contracting Parties to the "
     "Commission that need to accept the amended Agreement to do so;", ["States parties"]),
    # A/RES/80/228 2: the Conference of the Parties is a body of its own
    ("Urges Member States, and invites the Conference of the Parties to the United Nations Convention "
     "against Transnational Organized Crime, to continue to contribute to the full implementation of the "
     "Global Plan of Action;",
     ["Member States",
      "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"]),
    # the parties to a conflict stay all parties: S/RES/2139 (2014) 10
    ("Demands that all parties demilitarize medical facilities, schools and other civilian facilities;",
     ["all parties"]),
])
def test_the_parties_to_a_treaty_are_its_states_parties_not_all_parties(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners


@pytest.mark.parametrize(("text", "body", "owners"), [
    # E/RES/2019/24 1
    ("Welcomes and urges the full implementation of General Assembly resolution 70/125;", "ECOSOC", []),
    # S/RES/2672 (2023) 1
    ("Demands the full and immediate implementation of all provisions of all relevant Security Council "
     "resolutions, including resolutions 2139 (2014), 2165 (2014) and 2191 (2014);", "SC", []),
    # A/RES/70/291 61
    ("Recalls relevant United Nations resolutions, and reaffirms that Member States shall eliminate the "
     "supply of weapons, including small arms and light weapons, to terrorists;", "GA", ["Member States"]),
    # A/RES/80/171 12
    ("Reminds States of their obligations under relevant international conventions and protocols, and "
     "Security Council resolutions, including Council resolution 1373 (2001), to ensure that perpetrators "
     "of terrorist acts are brought to justice;", "GA", ["Member States"]),
])
def test_a_body_whose_resolutions_are_cited_is_not_asked(text, body, owners):
    assert analyse(text, body=body, gazetteer=G).actors == owners


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/62/208 116
    ("Requests the executive boards of the United Nations funds, programmes and specialized agencies to "
     "review the issue of cost recovery;",
     ["executive boards of the United Nations funds, programmes and specialized agencies"]),
    # A/RES/67/226 41
    ("Encourages the governing bodies of the United Nations funds, programmes and specialized agencies, as "
     "appropriate, to ensure that all available and projected core and non-core resources are consolidated "
     "within an integrated budgetary framework;",
     ["governing bodies of the United Nations funds, programmes and specialized agencies"]),
])
def test_the_part_of_a_named_whole_is_not_cut_inside_its_name(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners
