"""Whose members are asked where a paragraph asks "members" (real sentences from ../shared/corpus): those of
the organization named with them ("its members", "World Trade Organization members", "members of the World
Trade Organization") or else named nearest before them, which is asked itself only beside its members; and
the members of a body named by its short name are those of the body the resolution names in full."""

from __future__ import annotations

import pytest

from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.phrases import analyse, resolve_short_names

G = Gazetteer.default()


@pytest.mark.parametrize(("text", "owners"), [
    # A/RES/56/13 14
    ("Calls upon the Food and Agriculture Organization of the United Nations and its members, in cooperation "
     "with States and entities, with regional fisheries management organizations and arrangements and other "
     "competent international organizations, such as the International Maritime Organization, to address "
     "possible key issues constituting effective fishery-related flag State control of a fishing vessel;",
     ["FAO", "members of FAO"]),
    # A/RES/77/151 22
    ("Welcomes the adoption of the Agreement on Fisheries Subsidies at the twelfth Ministerial Conference of "
     "the World Trade Organization regarding the Sustainable Development Goal target 14.6, and urges the "
     "members of the World Trade Organization to promptly ratify or accept this agreement according to their "
     "domestic procedures, aiming for an expedited entry into force, and encourages members to continue "
     "negotiations on outstanding issues;", ["members of the World Trade Organization"]),
    # A/RES/80/109 155
    ("Welcomes the entry into force, on 15 September 2025, of the Agreement on Fisheries Subsidies of the "
     "World Trade Organization, encourages World Trade Organization members to continue to make progress, "
     "and calls upon members to notify their subsidies;", ["members of the World Trade Organization"]),
    # A/RES/74/233 10: the one organization named before them
    ("Calls for the full and timely implementation of the Agreement on Trade Facilitation annexed to the "
     "Protocol amending the Marrakesh Agreement Establishing the World Trade Organization, and in this "
     "regard urges members and relevant international and regional organizations to continue to provide "
     "and enhance technical and capacity-building assistance;",
     ["members of the World Trade Organization", "regional organizations"]),
    # A/RES/68/70 128
    ("Calls upon States that have not yet done so to consider becoming members of the International "
     "Hydrographic Organization, encourages all members of that Organization to actively consider "
     "applications of States that wish to become members of that Organization;",
     ["Member States", "members of the International Hydrographic Organization"]),
    # S/RES/2556 (2020) 13: a group's own members
    ("Demands that all armed groups cease immediately all forms of violence and further demands that their "
     "members immediately and permanently disband;", ["armed groups", "members of armed groups"]),
])
def test_members_are_those_of_the_organization_the_paragraph_names(text, owners):
    assert analyse(text, body="GA", gazetteer=G).actors == owners


def test_the_members_of_a_body_named_short_are_those_of_its_full_name():
    # E/RES/2021/27 8 and 5: "the Task Force" of a resolution that names it in full
    texts = ["Calls upon the United Nations Inter-Agency Task Force on the Prevention and Control of "
             "Non-communicable Diseases to continue its work;"]
    actors = [analyse("Calls upon the Task Force and its members to strengthen its capacity to provide "
                      "technical and policy advice to Governments;", body="ECOSOC", gazetteer=G).actors,
              ["members of the Task Force"]]
    assert actors[0] == ["Task Force", "members of the Task Force"]
    resolve_short_names(actors, texts, G)
    task_force = ("United Nations Inter-Agency Task Force on the Prevention and Control of Non-communicable "
                  "Diseases")
    assert actors == [[task_force, f"members of the {task_force}"], [f"members of the {task_force}"]]
