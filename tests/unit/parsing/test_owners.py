"""Owners: the addressees a reader names (real sentences from ../shared/corpus): bodies named in
the text, groups as written, States, mandate holders, short forms resolved to the full name the
same resolution uses."""

from __future__ import annotations

import pytest

from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.phrases import analyse, resolve_short_names

G = Gazetteer.default()


@pytest.mark.parametrize(("text", "body", "owners"), [
    # groups the gazetteer does not know, as written, beside the names it knows
    ("Calls upon the United Nations system, Member States and bilateral and multilateral partners "
     "to deliver expeditiously on their commitments;", "GA",
     ["United Nations system", "Member States", "bilateral and multilateral partners"]),
    ("Urges graduating countries and all bilateral and multilateral development and trading "
     "partners to pursue or intensify their efforts;", "GA",
     ["bilateral and multilateral development and trading partners"]),
    ("Decides to invite States Members of the United Nations, international organizations and the "
     "regional commissions to consider the possibility of taking appropriate measures;", "ECOSOC",
     ["Member States", "international organizations", "regional commissions"]),
    ("Urges Member States, the United Nations and humanitarian organizations to continue to "
     "identify and systematically apply lessons learned;", "GA",
     ["Member States", "United Nations", "humanitarian organizations"]),
    # the system's entities, bodies, agencies or organizations are the United Nations system, not the
    # Organization (A/RES/78/173 9, A/RES/78/154 31)
    ("Urges Member States, United Nations agencies and other stakeholders, in consultation with persons "
     "living with a rare disease and their families, to design and implement policies and programmes;", "GA",
     ["Member States", "United Nations system", "relevant stakeholders"]),
    ("Calls upon the United Nations entities to mainstream drought resilience in their programmes when "
     "supporting countries prone to droughts or already affected;", "GA", ["United Nations system"]),
    # the addressee of a further clause
    ("Recognizes that graduating and recently graduated countries face major challenges, and "
     "encourages development and trading partners of graduating and recently graduated countries "
     "to support those countries;", "ECOSOC",
     ["development and trading partners of graduating and recently graduated countries"]),
    # a body named as a thing that meets
    ("Invites the Eighth United Nations Congress on the Prevention of Crime and the Treatment of "
     "Offenders and its preparatory meetings to explore ways and means of stimulating adherence to "
     "the Guidelines.", "ECOSOC",
     ["Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders"]),
    # the holder of a mandate extended or renewed
    ("Decides to extend the mandate of MINURSO until 31 October 2023;", "SC", ["MINURSO"]),
    # a request reiterated to a State
    ("Reiterates its request in this regard to the Government of Israel to assume responsibility "
     "for prompt and adequate compensation to the Government of Lebanon;", "GA", ["Israel"]),
])
def test_owners_a_reader_names(text, body, owners):
    actors = analyse(text, body=body, gazetteer=G).actors
    for owner in owners:
        assert owner in actors, actors


def test_words_before_a_name_are_no_addressee_of_their_own():
    text = ("Takes note of the report of the Working Group of Experts on People of African Descent, "
            "invites the Human Rights Council, through the Chair of the Working Group, to continue "
            "to engage;")
    actors = analyse(text, body="GA", gazetteer=G).actors
    assert "Human Rights Council" in actors
    assert not any("through" in a or a.endswith(" of the") for a in actors), actors


def test_a_short_form_is_the_full_name_the_resolution_writes():
    texts = [
        "Effects of atomic radiation",
        "Commends the United Nations Scientific Committee on the Effects of Atomic Radiation for "
        "the valuable contribution that it has been making;",
        "Requests the Scientific Committee to continue its work;",
    ]
    actors = [["Scientific Committee"]]
    resolve_short_names(actors, texts, G)
    assert actors == [["United Nations Scientific Committee on the Effects of Atomic Radiation"]]


def test_a_short_form_that_fits_two_names_equally_is_left_as_it_is():
    texts = ["Title", "the Committee on Information and the Committee on Contributions",
             "Requests the Committee to report;"]
    actors = [["Committee"]]
    resolve_short_names(actors, texts, G)
    assert actors == [["Committee"]]


# --- the Non-Self-Governing Territories ------------------------------------------------------------
@pytest.mark.parametrize(("title", "paragraph", "actors", "owners"), [
    # ga-pdf-text A_RES_80_97 15: "the Territory" of a resolution on one Territory is that Territory
    ("Question of Montserrat", "Requests the Territory and the administering Power to take all measures "
     "necessary to protect and conserve the environment of the Territory against any degradation;",
     ["Territory", "administering Powers"], ["Montserrat", "administering Powers"]),
    # ga-pdf-text A_RES_80_96 6: its Government too
    ("Question of Guam", "Requests the administering Power to work with the territorial Government;",
     ["administering Powers", "territorial Government"], ["administering Powers", "Guam"]),
    # a resolution on a State: "the Territory" names no State
    ("Situation of human rights in Myanmar", "Requests the Territory to report;",
     ["Territory"], ["Territory"]),
])
def test_the_territory_is_the_one_the_title_names(title, paragraph, actors, owners):
    lists = [list(actors)]
    resolve_short_names(lists, [title, paragraph], G)
    assert lists == [owners]


def test_a_territory_is_an_addressee_only_where_addressed():
    # ga-pdf-text A_RES_80_98 34: "the Government of New Caledonia" is the Territory (a State's: the State)
    assert analyse("Invites the Government of New Caledonia and the administering Power to continue to "
                   "cooperate;", body="GA", gazetteer=G).actors[0] == "New Caledonia"
    assert "Montserrat" not in analyse("Welcomes the elections held in Montserrat in October 2024, and "
                                       "encourages the administering Power to assist;", body="GA",
                                       gazetteer=G).actors


@pytest.mark.parametrize(("text", "body", "owner"), [
    # A/RES/79/331 40
    ("Invites the United Nations and the International Organization of la Francophonie to strengthen their "
     "cooperation and dialogue for the removal of obstacles to multilingualism;", "GA",
     "International Organization of la Francophonie"),
    # S/RES/2133 (2014) 12: the Taliban sanctions committee, split from the 1267 Committee
    ("Encourages the Monitoring Team of the 1267/1989 Al-Qaida Sanctions Committee and the Committee "
     "established pursuant to resolution 1988 (2011) and other relevant United Nations counter-terrorism "
     "bodies to cooperate closely;", "SC", "1988 Committee"),
])
def test_an_organization_or_committee_often_asked_is_known(text, body, owner):
    assert owner in analyse(text, body=body, gazetteer=G).actors
    assert G.knows(owner)


def test_the_subregional_centre_is_known():
    # A/RES/80/212 1 and 6: "the Centre" is the one the resolution names
    texts = ["Welcomes the activities of the Subregional Centre for Human Rights and Democracy in Central "
             "Africa at Yaoundé;",
             "Requests the Centre to enhance its work, within its mandate;"]
    actors = [analyse(t, body="GA", gazetteer=G).actors for t in texts]
    resolve_short_names(actors, texts, G)
    assert actors[1] == ["Subregional Centre for Human Rights and Democracy in Central Africa"]
    assert G.knows(actors[1][0])


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/47/101 3, A/RES/52/92 8: the Drug Control Programme, UNODC's former name
    ("Urges the United Nations International Drug Control Programme to give special emphasis to the "
     "implementation of those issues from the Global Programme of Action;", ["UNODC"]),
    ("Invites the United Nations International Drug Control Programme to continue providing assistance to "
     "Member States that request it;", ["UNODC"]),
    # A/RES/63/157 1: INSTRAW, merged into UN-Women
    ("Requests the International Research and Training Institute for the Advancement of Women, in accordance "
     "with its mandate, to coordinate further its activities;", ["UN-Women"]),
    # A/RES/72/237 9; A/RES/67/221 12: the Chair of the Development Group before 2018 is UNDP's Administrator,
    # one owner however often named
    ("Reiterates its request to the Chair of the United Nations Development Group to make specific "
     "recommendations on additional support;", ["Administrator of the United Nations Development Programme"]),
    ("Requests the Administrator of the United Nations Development Programme, as Chair of the United Nations "
     "Development Group, to provide, if requested, the support of the Resident Coordinator;",
     ["Administrator of the United Nations Development Programme"]),
    # A/RES/78/119 12: the Chair of the Sustainable Development Group stays an office of its own
    ("Calls upon the Chair of the United Nations Sustainable Development Group and the Emergency Relief "
     "Coordinator to continue to enhance their consultations;",
     ["Chair of the United Nations Sustainable Development Group",
      "Office for the Coordination of Humanitarian Affairs"]),
    # A/RES/75/239 316, A/RES/65/37 208 and 164: the Assembly's two working groups on the oceans
    ("Requests the Bureau of the Ad Hoc Working Group of the Whole to review and update the mechanism to "
     "establish the Pool of Experts;",
     ["Bureau of the Ad Hoc Working Group of the Whole on the Regular Process"]),
    ("Recommends that the Ad Hoc Working Group of the Whole establish a management and review mechanism;",
     ["Ad Hoc Working Group of the Whole on the Regular Process"]),
    ("Encourages the Ad Hoc Open-ended Informal Working Group to improve progress on all outstanding "
     "issues on its agenda;", ["Ad Hoc Open-ended Informal Working Group"]),
    # S/RES/2201 (2015) 7; A/HRC/RES/51/20 7; A/RES/63/253 47
    ("Demands that the Houthis immediately and unconditionally engage in good faith in the United "
     "Nations-brokered negotiations;", ["Houthis"]),
    ("Calls upon the Taliban to reverse the policies and practices that currently restrict the human "
     "rights of people in Afghanistan;", ["Taliban"]),
    ("Invites the United Nations Administrative Tribunal to consider cases from organizations that have "
     "concluded a special agreement;", ["United Nations Administrative Tribunal"]),
])
def test_a_body_asked_by_its_former_or_its_own_name_is_known(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners
    # (an office of a known body is the import's: an owner of its own there)
    assert all(G.knows(owner) for owner in owners if not owner.startswith(("Bureau", "Chair")))


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/80/138 44
    ("Invites the secretariat of the United Nations Framework Convention on Climate Change to report, "
     "through the Secretary-General, to the General Assembly at its eighty-first session;",
     ["secretariat of the United Nations Framework Convention on Climate Change"]),
])
def test_a_convention_secretariat_asked_is_known(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners
    assert G.knows(owners[0])


def test_the_trust_fund_is_named_in_full_and_the_groups_as_one():
    # A/HRC/RES/34/40 6: "the Trust Fund" of the resolution that names it (resolution 19/26) in full
    fund = ("Voluntary Technical Assistance Trust Fund to Support the Participation of Least Developed "
            "Countries and Small Island Developing States in the Work of the Human Rights Council")
    texts = ["Voluntary Technical Assistance Trust Fund to Support the Participation of Least Developed "
             "Countries and Small Island Developing States in the Work of the Human Rights Council",
             f"Welcomes the work of the {fund} since its establishment;",
             "Encourages the Trust Fund to support the conduct of at least one briefing on the outcomes of "
             "the regular and special sessions of the Human Rights Council each year in New York;"]
    actors = [["Trust Fund"]]
    resolve_short_names(actors, texts, G)
    assert actors == [[fund]]
    # the Group of 77 and China, one group; the Group of Eight beside the Group of 20
    assert analyse("Invites the Group of 77 and China to continue its work;", body="GA",
                   gazetteer=G).actors == ["Group of 77 and China"]
    assert analyse("Encourages the Group of Eight and the Group of 20 to continue their support;", body="GA",
                   gazetteer=G).actors == ["Group of Eight", "Group of 20"]


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/73/243 34: the Think Tank's name was cut at "for"
    ("Notes with appreciation the inauguration of the International Think Tank for Landlocked Developing "
     "Countries as the first-ever intergovernmental entity of the landlocked developing countries, invites "
     "the International Think Tank to continue to undertake its role of supporting the development efforts "
     "of the landlocked developing countries;",
     ["International Think Tank for Landlocked Developing Countries"]),
    # A/RES/75/12 16
    ("Calls upon the Black Sea Economic Cooperation Organization to support the efforts aimed at promoting "
     "robust economies and enhanced land and maritime connectivity solutions;",
     ["Black Sea Economic Cooperation Organization"]),
])
def test_an_intergovernmental_organization_asked_is_known(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors[: len(owners)] == owners
    assert all(G.knows(owner) for owner in owners)
