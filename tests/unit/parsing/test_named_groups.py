"""Addressees named by a number or by what they do (real sentences from ../shared/corpus): "the Group of 20"
whose short name "the Group" a paragraph asks, "those who participated" in the conferences a paragraph notes,
a programme on a subject that is asked as the office that runs it."""

from __future__ import annotations

import pytest

from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.phrases import analyse, resolve_short_names

G = Gazetteer.default()


def test_the_group_is_the_group_of_20_the_resolution_names():
    # A/RES/79/313 37 (and A/RES/77/325 35): the name after its short name is a number
    text = ("Recognizes the efforts of the Group of 20 in countering corruption at both the global and "
            "the national levels, takes note with appreciation of the work at its summits held in "
            "Hangzhou, China, in 2016, …, led by the Group of 20 with the help of the United Nations "
            "Office on Drugs and Crime, and urges the Group to continue to engage other States Members "
            "of the United Nations and the Office in its work in an inclusive and transparent manner;")
    actors = analyse(text, body="GA", gazetteer=G).actors
    resolve_short_names([actors], ["Crime prevention and criminal justice", text], G)
    assert actors == ["Group of 20"]


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/80/187 16, A/RES/73/151 5
    ("Notes the significant global, regional and bilateral initiatives, conferences and summits "
     "undertaken to strengthen international solidarity with and cooperation for refugees and other "
     "persons of concern, and encourages those who participated to implement their commitments made "
     "therein;",
     ["those who participated"]),
    # A/RES/79/133 37: not the organization whose General Conference endorsed the code
    ("Invites those who deal with trade in cultural property and their associations, where they exist, "
     "to encourage the effective implementation of the International Code of Ethics for Dealers in "
     "Cultural Property, endorsed by the General Conference of the United Nations Educational, "
     "Scientific and Cultural Organization on 16 November 1999, which is currently under revision;",
     ["those who deal with trade in cultural property and their associations"]),
    # A/RES/70/127 23
    ("Calls upon the United Nations Programme on Youth to continue to act as the focal point within the "
     "United Nations system for promoting further collaboration and coordination on youth-related "
     "matters;",
     ["United Nations Programme on Youth"]),
])
def test_those_named_by_what_they_do_and_a_programme_on_a_subject_are_asked(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners


def test_those_who_are_done_to_and_a_programme_of_action_are_not_asked():
    assert analyse("Calls upon States to bring to justice those who committed such crimes;", body="GA",
                   gazetteer=G).actors == ["Member States"]
    assert analyse("Calls upon the Programme of Action on Small Arms to be implemented;", body="GA",
                   gazetteer=G).actors == []


def test_a_name_written_as_an_adjective_is_not_asked():
    # S/RES/2214 (2015) 12: "them" are the Government and the parties, not the United Nations
    text = ("Expresses its support to the United Nations led political dialogue between the Government of "
            "Libya, and all Libyan parties that renounce violence, and calls upon them to engage "
            "constructively with the initiative of the Special Representative of the Secretary-General;")
    assert "United Nations" not in analyse(text, body="SC", gazetteer=G).actors
    # … but the subject of the verb is named: "the African Union led the mediation"
    text = "Welcomes that the African Union led the mediation, and encourages it to continue;"
    assert analyse(text, body="SC", gazetteer=G).actors == ["African Union"]


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/70/217 24, A/RES/68/225 18
    ("Urges those landlocked developing countries that have not yet done so to ratify, at their earliest "
     "convenience, the Multilateral Agreement for the Establishment of an International Think Tank for "
     "Landlocked Developing Countries;", ["landlocked developing countries"]),
    # A/RES/80/151 38
    ("Encourages landlocked developing countries and transit countries to pursue connectivity-related "
     "bilateral agreements in line with regional and international conventions;",
     ["landlocked developing countries", "transit countries"]),
])
def test_landlocked_developing_countries_are_a_group_of_their_own(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/64/255 17: the regional commissions, not the Organization besides
    ("Invites the World Health Organization and the United Nations regional commissions to provide "
     "technical assistance to countries;", ["WHO", "regional commissions"]),
    # A/RES/80/204 14
    ("Invites States and relevant United Nations human rights mechanisms and procedures to continue to pay "
     "attention to the situation;", ["Member States", "relevant United Nations human rights mechanisms"]),
])
def test_the_united_nations_before_a_group_of_its_own_is_not_asked(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners


def test_the_united_nations_asked_by_its_name_still_is():
    text = "Urges Member States and the United Nations to continue to identify lessons learned;"
    assert analyse(text, body="GA", gazetteer=G).actors == ["Member States", "United Nations"]


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/73/346 34 (and A/RES/76/268 40): the libraries, not the Organization
    ("Welcomes the creation of the United Nations digital library, which provides multilingual content, and "
     "encourages the United Nations libraries to continue to take into consideration the importance of "
     "multilingualism in their activities;", ["United Nations libraries"]),
    # A/RES/80/147 42 (and A/RES/72/228 27, 74/229 27, 76/213 29): the team, named whole
    ("Continues to encourage the United Nations inter-agency task team on science, technology and innovation "
     "for the Sustainable Development Goals to further refine and update its mapping of science, technology "
     "and innovation activities in the United Nations system with a view to guiding further efforts at "
     "collaboration and capacity-building;",
     ["United Nations inter-agency task team on science, technology and innovation for the Sustainable "
      "Development Goals"]),
    # A/RES/79/321 11
    ("Encourages the United Nations peacebuilding architecture to continue to promote peacebuilding and "
     "sustaining peace activities, as outlined in its resolutions "
     "72/276 and 75/201, and to advance a culture "
     "of peace and non-violence in post-conflict peacebuilding efforts at the country level, and recognizes "
     "the important role of the Peacebuilding Commission in this regard;",
     ["United Nations peacebuilding architecture"]),
])
def test_a_noun_the_united_nations_qualifies_is_asked_not_the_organization(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners


@pytest.mark.parametrize("text", [
    # A/RES/72/164 5: the Organization, in a that-clause whose verb follows its name
    ("Requests that the United Nations continue its efforts to "
     "ensure, before undertaking to provide electoral "
     "assistance to a requesting State, that there is adequate time to organize and carry out an effective "
     "mission providing such assistance;"),
    # A/RES/80/113 67
    ("Also encourages Member States, with support from the United Nations upon request, to establish and "
     "strengthen national disaster loss databases, risk profiles and available capacities;"),
])
def test_the_united_nations_before_words_not_its_own_is_the_organization(text):
    assert "United Nations" in analyse(text, body="GA", gazetteer=G).actors


@pytest.mark.parametrize(("text", "body", "owners"), [
    # A/RES/80/118 73 (and A/RES/77/150 52): the Co-Chairs of the forum, its name whole
    ("Invites the Co-Chairs of the multi-stakeholder forum on science, technology and innovation for the "
     "Sustainable Development Goals in 2026 to include an update on "
     "the midterm reviews of science, technology "
     "and innovation for the Sustainable Development Goals in the Co-Chairs’ summary;", "GA",
     ["Co-Chairs of the multi-stakeholder forum on science, technology and innovation for the Sustainable "
      "Development Goals"]),
    # A/RES/73/305 10: "the working group" is the one named in full before it
    ("Encourages the United Nations Global Counter-Terrorism "
     "Coordination Compact working group on promoting and "
     "protecting human rights and the rule of law while countering "
     "terrorism and supporting victims of terrorism "
     "to continue to raise awareness of victims’ issues and the "
     "promotion and protection of victims’ rights, and "
     "urges the working group to increase the attention paid to "
     "strengthening efforts to build the capacity of "
     "requesting Member States;", "GA",
     ["United Nations Global Counter-Terrorism Coordination Compact "
      "working group on promoting and protecting "
      "human rights and the rule of law while countering terrorism and supporting victims of terrorism"]),
    # S/RES/2717 (2023) 24: those asked, not the Joint Working Group they work in nor its members
    ("Requests the Government of the DRC and the United Nations, "
     "within the framework of the Joint Working Group "
     "consisting of the Government of the DRC, MONUSCO and the UN "
     "Country team to provide by June 30th 2024, in "
     "coordination with relevant stakeholders, including in liaison with civil society, an update on the "
     "implementation of the comprehensive disengagement plan;", "SC",
     ["Democratic Republic of the Congo", "United Nations"]),
    # A/HRC/RES/45/35 40: a manner set off, which the list goes on after
    ("Encourages States Members of the United Nations, within the "
     "framework of international cooperation, the "
     "relevant United Nations bodies, international financial "
     "institutions and other international organizations "
     "concerned and also donors to provide the Central African Republic with technical assistance;", "HRC",
     ["Member States", "United Nations system", "international financial institutions",
      "other international organizations concerned", "development partners"]),
    # S/RES/2482 (2019) 22: the list goes on after an acronym
    ("Requests United Nations entities, particularly the United "
     "Nations Office for Counter Terrorism (UNOCT) and "
     "UNODC, as well as other Global Compact entities, to continue to provide technical assistance and "
     "capacity-building to Member States;", "SC",
     ["United Nations system", "Office of Counter-Terrorism", "UNODC", "other Global Compact entities"]),
    # S/RES/2331 (2016) 16: … not after a phrase set off
    ("Requests the Counter-Terrorism Committee Executive Directorate "
     "(CTED), within its existing mandate, under "
     "the policy guidance of the Counter-Terrorism Committee (CTC), "
     "and in close cooperation with UNODC and other "
     "relevant entities, to include in CTED’s country assessments information on Member States’ efforts;",
     "SC",
     ["Counter-Terrorism Committee Executive Directorate"]),
    # S/RES/2577 (2021) 22: a name as written, without its acronym
    ("Calls upon the Revitalised Joint Monitoring and Evaluation "
     "Commission (RJMEC) to continue to monitor the "
     "implementation of the Revitalised Agreement;", "SC",
     ["Revitalised Joint Monitoring and Evaluation Commission"]),
])
def test_addressees_named_whole(text, body, owners):
    assert analyse(text, body=body, gazetteer=G).actors == owners
