"""Mandate holders by their official names (real sentences from ../shared/corpus): the Human Rights
Council's special procedures, the Secretary-General's special representatives and envoys and other
owners resolutions often address, as ``data/gazetteer.toml`` names them, however the resolution
writes them ("of the Human Rights Council", a former or short name); an unnamed one stays generic."""

from __future__ import annotations

import pytest

from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.phrases import analyse, resolve_short_names

G = Gazetteer.default()

VAW = "Special Rapporteur on violence against women and girls, its causes and consequences"
TORTURE = "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment"
CAAC = "Special Representative of the Secretary-General for Children and Armed Conflict"


@pytest.mark.parametrize(("text", "body", "owner"), [
    # the Council's words left out of the name, then the name the register knows (A/RES/71/170 23)
    ("Requests the Special Rapporteur of the Human Rights Council on violence against women, its causes and "
     "consequences to present an annual report to the General Assembly at its seventy-second and "
     "seventy-third sessions;", "GA", VAW),
    ("Encourages the Special Rapporteur of the Human Rights Council on the right to food to continue to "
     "work;", "GA", "Special Rapporteur on the right to food"),
    # a short name (A/RES/74/143 42: "the Special Rapporteur on torture")
    ("Requests the Special Rapporteur on torture to submit an interim report;", "GA", TORTURE),
    # a former name: the same mandate renamed (A/RES/66/166 21)
    ("Invites the Independent Expert on minority issues to continue to work;", "GA",
     "Special Rapporteur on minority issues"),
    ("Invites the Special Rapporteur on the rights of indigenous peoples to report;", "GA",
     "Special Rapporteur on the rights of Indigenous Peoples"),
    ("Requests the Independent Expert on the enjoyment of all human rights by older persons to submit a "
     "report;", "HRC", "Independent Expert on the enjoyment of all human rights by older persons"),
    ("Requests the Special Rapporteur on the situation of human rights in the Democratic People’s Republic "
     "of Korea to report;", "GA",
     "Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea"),
    # the Secretary-General's representatives (S/RES/2427 (2018) 5, S/RES/2331 (2016) 12, A/RES/67/152 48)
    ("Requests the Special Representative on Children and Armed Conflict to brief the Council;", "SC", CAAC),
    ("Requests the Special Representative of the Secretary-General for Children and Armed Conflict to "
     "continue to include information;", "GA", CAAC),
    ("Requests the Special Representative on Sexual Violence in Conflict to report;", "SC",
     "Special Representative of the Secretary-General on Sexual Violence in Conflict"),
    ("Invites the Special Representative on Violence against Children to continue to work;", "GA",
     "Special Representative of the Secretary-General on Violence against Children"),
    ("Requests the Special Envoy for Syria to resume negotiations;", "SC",
     "Special Envoy of the Secretary-General for Syria"),
    # a working group of the Council (A/RES/64/172 1): not the Council besides
    ("Calls upon the Working Group on the Right to Development of the Human Rights Council to continue "
     "its work;", "GA", "Working Group on the Right to Development"),
    # the chair of the Special Committee, the Bretton Woods institutions (E/RES/2023/13 54)
    ("Requests the Chair of the Special Committee on Decolonization to continue to work;", "GA",
     "Chair of the Special Committee on Decolonization"),
    ("Invites the organizations of the United Nations system, including the Bretton Woods institutions, "
     "to contribute;", "GA", "Bretton Woods institutions"),
])
def test_a_mandate_holder_is_named_as_the_register_knows_it(text, body, owner):
    actors = analyse(text, body=body, gazetteer=G).actors
    assert owner in actors, actors
    assert all(G.knows(a) for a in actors if a.startswith(("Special ", "Independent ", "Working ")))
    assert "Human Rights Council" not in actors


def test_an_unnamed_special_rapporteur_stays_generic_or_takes_the_named_one():
    assert analyse("Requests the Special Rapporteur to report;", body="HRC", gazetteer=G).actors == [
        "Special Rapporteurs"]
    texts = ["Situation of human rights in Burundi",
             "Requests the Special Rapporteur to present a report to the Human Rights Council;"]
    actors = [["Special Rapporteurs"]]
    resolve_short_names(actors, texts, G)
    assert actors == [["Special Rapporteur on the situation of human rights in Burundi"]]
    assert G.knows(actors[0][0])


@pytest.mark.parametrize("text", [
    # A/RES/59/276 43, A/RES/70/248 7
    "Requests the Secretary-General, as Chairman of the United Nations System Chief Executives Board for "
    "Coordination, to address this matter in the context of the Board and to report to the General Assembly "
    "thereon at its sixtieth session;",
    "Requests the Secretary-General, as Chair of the United Nations System Chief Executives Board for "
    "Coordination, to invite the heads of member organizations participating in the Fund to expedite "
    "information processing for new beneficiaries and retirees;",
])
def test_the_chair_of_the_chief_executives_board_is_the_secretary_general(text):
    assert analyse(text, body="GA", gazetteer=G).actors == ["Secretary-General"]


@pytest.mark.parametrize(("text", "owners"), [
    # the Commission's predecessor is a body of its own, not a former name of it (A/RES/45/118 5)
    ("Requests the Committee on Crime Prevention and Control to conduct periodic reviews of the progress "
     "attained in this field;", ["Committee on Crime Prevention and Control"]),
    # the subcommittees of the Committee on the Peaceful Uses of Outer Space (A/RES/72/78 17, A/RES/3234
    # (XXIX) 6)
    ("Call upon the Committee on the Peaceful Uses of Outer Space and its Legal Subcommittee to continue, "
     "with the support of the Office for Outer Space Affairs of the Secretariat, to promote the widest "
     "adherence to the Treaty;", ["Committee on the Peaceful Uses of Outer Space", "Legal Subcommittee"]),
    ("Recommends that the Legal Sub-Committee should consider at its fourteenth session, with the same high "
     "priority: (a) The draft treaty relating to the Moon with a view to completing it as soon as possible;",
     ["Legal Subcommittee"]),
    ("Agrees that the Scientific and Technical Subcommittee, at its forty-fourth session, should reconvene "
     "the Working Group of the Whole;", ["Scientific and Technical Subcommittee"]),
])
def test_a_predecessor_and_subcommittees_are_bodies_of_their_own(text, owners):
    actors = analyse(text, body="GA", gazetteer=G).actors
    assert actors == owners
    assert all(G.knows(a) for a in actors)
