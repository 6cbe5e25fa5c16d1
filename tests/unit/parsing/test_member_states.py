"""Member States (and the two observer States) as actors: real paragraphs quoted verbatim from the
shared corpus (source in the comment). A State is an actor where it is addressed ("Urges
Myanmar …", "calls upon the Government of Burundi …", "Decides that Bolivia (Plurinational State
of) … shall"), never where it is a place, a possessor, part of a name or an adjective ("in Myanmar",
"the Special Rapporteur on the situation of human rights in Belarus", "United States dollars",
"the Myanmar armed forces")."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from tracker.parsing import Gazetteer
from tracker.parsing.gazetteer import KINDS
from tracker.parsing.phrases import analyse, resolve_short_names

G = Gazetteer.default()

ADDRESSED = [
    # segmented A_HRC_RES_45_19, 4: "the Government of X"
    ("Urges the Government of Burundi to fight the impunity enjoyed by perpetrators of grave crimes, "
     "including members of the security forces and the youth league of the ruling party Conseil "
     "national pour la défense de la démocratie – Forces pour la défense de la démocratie, known as "
     "the Imbonerakure, who have been carrying out extrajudicial killings, arresting people "
     "arbitrarily and threatening and harassing perceived political opponents throughout the country;",
     "HRC", ["Burundi"], ["Government of Burundi", "Human Rights Council"]),
    # ga-pdf-text/A_RES_80_221, 17: the bare name
    ("Urges Myanmar, in accordance with the order of the International Court of Justice, to take all "
     "measures within its power to prevent the commission of all acts within the scope of article 2 "
     "of the Convention on the Prevention and Punishment of the Crime of Genocide, to ensure that its "
     "military and any irregular armed units that may be directed or supported by it and any "
     "organizations and persons that may be subject to its control, direction or influence do not "
     "commit, inter alia, any such acts, to prevent the destruction and ensure the preservation of "
     "evidence and to report to the Court as ordered on all measures taken to give effect to its order;",
     "GA", ["Myanmar"], ["International Court of Justice"]),
    # ga-pdf-text/A_RES_78_316, 7: Ukraine is named "of" the plant and its "competent authorities"
    ("Calls upon the Russian Federation, until it returns the Zaporizhzhia nuclear power plant of "
     "Ukraine to the full control of the sovereign and competent authorities of Ukraine, to provide "
     "the International Atomic Energy Agency Support and Assistance Mission to Zaporizhzhia with "
     "timely and full access to all areas at the plant that are important for nuclear safety and "
     "security in order to allow the Agency to report fully on the nuclear safety and security "
     "situation at the site;",
     "GA", ["Russian Federation"], ["Ukraine"]),
    # segmented S_RES_2098(2013), 21: a short form
    ("Requests the Government of the DRC to arrest and hold accountable those responsible for war "
     "crimes and crimes against humanity in the country, including Sylvestre Mudacumura, and stresses "
     "the importance to this end of regional cooperation, including through cooperation with the ICC;",
     "SC", ["Democratic Republic of the Congo"], ["Government of the DRC", "Security Council"]),
    # segmented S_RES_2659(2022), 7
    ("Encourages the CAR authorities to cement and broaden national awareness and ownership of the "
     "peace process, including through sensitisation campaigns, recalls in this regard the crucial "
     "role of political parties, including the opposition, civil society and faith-based "
     "organisations in the peace and reconciliation process and the need for the CAR authorities to "
     "adequately promote its participation in the implementation of the APPR as well as in the "
     "comprehensive political process, and further encourages the full, equal and meaningful "
     "participation of women and youth in this process;",
     "SC", ["Central African Republic"], ["CAR authorities"]),
    # segmented A_HRC_RES_49_27, 10: the adjective of nationality
    ("Urges the Syrian authorities to share further information regarding the 344,684 detained and "
     "convicted persons who they have claimed have benefited from “amnesty laws”, and calls upon all "
     "parties to the conflict, but particularly the Syrian authorities, to cease all forms of abuse "
     "of detainees, including but not limited to torture of detainees in Syrian military intelligence "
     "facilities, physical abuses, mistreatment, and sexual and gender-based violence, and to grant "
     "appropriate international monitoring bodies and medical services immediate access, without "
     "undue restrictions, to detainees and detention facilities, including all Syrian military "
     "facilities referred to by the Commission of Inquiry in its reports, and highlights the recent "
     "recommendations of the Commission in this regard;",
     "HRC", ["Syrian Arab Republic", "all parties"], ["Syrian authorities"]),
    # segmented A_HRC_RES_49_34, 10
    ("Encourages the Malian transitional authorities to continue to implement the recommendations "
     "accepted during the third cycle of the universal periodic review of Mali, calls in particular "
     "for the adoption of the law on gender-based violence and for the continuation of efforts to "
     "combat slavery, and welcomes the judicial and legislative progress made in this regard;",
     "HRC", ["Mali"], ["Malian transitional authorities"]),
    # ga-pdf-text/A_RES_78_42, 20: a list of States after "and in this regard urges", and a
    # further "calls upon"
    ("Calls upon all States parties to spare no effort to achieve the universality of the Treaty on "
     "the Non-Proliferation of Nuclear Weapons, and in this regard urges India, Israel and Pakistan "
     "to accede to the Treaty as non-nuclear-weapon States promptly and without conditions, and to "
     "place all their nuclear facilities under International Atomic Energy Agency safeguards, and "
     "further calls upon South Sudan to join the Treaty at the earliest opportunity;",
     "GA", ["States parties", "India", "Israel", "Pakistan", "South Sudan"], []),
    # ga-pdf-text/A_RES_80_2, 6: "Decides that X shall", a name with its parenthesis
    ("Decides that Bolivia (Plurinational State of) and Sao Tome and Principe shall be permitted to "
     "vote in the General Assembly until the end of its eightieth session.",
     "GA", ["Bolivia (Plurinational State of)", "Sao Tome and Principe"], ["General Assembly"]),
    # ga-pdf-text/A_RES_80_77, 17: a demand addressed to a State after "Reiterates"
    ("Reiterates its demand that Israel comply without delay with all its legal obligations under "
     "international law, including, inter alia, to take all necessary and effective measures to "
     "ensure, in full cooperation with the United Nations, the unhindered provision at scale by all "
     "concerned of urgently needed basic services and humanitarian assistance, including food, water, "
     "electricity, fuel, shelter, clothing, hygiene and sanitation requirements, as well as medical "
     "supplies and medical care, to the Palestinian civilian population throughout the Gaza Strip;",
     "GA", ["Israel"], []),
    # ga-pdf-text/A_RES_80_220, 21: a curly apostrophe; the State in a mandate's name is not another actor
    ("Urges the Government of the Democratic People’s Republic of Korea to implement the "
     "recommendations of the commission of inquiry, the group of independent experts, the Special "
     "Rapporteur on the situation of human rights in the Democratic People’s Republic of Korea, the "
     "Special Rapporteur on the rights of persons with disabilities, the Secretary-General and the "
     "Office of the United Nations High Commissioner for Human Rights without delay;",
     "GA", ["Democratic People’s Republic of Korea"],
     ["Special Rapporteur on the situation of human rights in the Democratic People’s Republic of Korea"]),
]

NOT_ADDRESSED = [
    # segmented A_HRC_RES_44_19, 1: a State inside a mandate's name
    ("Welcomes the report of the Special Rapporteur on the situation of human rights in Belarus;",
     "HRC", ["Special Rapporteur on the situation of human rights in Belarus"], ["Belarus"]),
    # ga-pdf-text/A_RES_78_21, 3: the authors of a draft ("introduced by China and the Russian Federation")
    ("Urges an early commencement of substantive work based on the updated draft treaty on the "
     "prevention of the placement of weapons in outer space and of the threat or use of force against "
     "outer space objects, introduced by China and the Russian Federation at the Conference on "
     "Disarmament in 2008, under the agenda item entitled “Prevention of an arms race in outer space”;",
     "GA", [], ["China", "Russian Federation"]),
    # ga-pdf-text/A_RES_80_150, 20: places ("held in Sharm el-Sheikh, Egypt", "held in Dubai, United
    # Arab Emirates")
    ("Stresses the urgency of enhancing ambition for climate action in the implementation of the "
     "United Nations Framework Convention on Climate Change and the Paris Agreement in relation to "
     "climate mitigation, adaptation and the provision of the means of implementation, especially "
     "finance to developing countries; urges the implementation of the decisions adopted at the "
     "twenty-seventh session of the Conference of the Parties to the Convention, held in Sharm "
     "el-Sheikh, Egypt; recalls its commitment to take concrete steps toward the operationalization of "
     "the new funding arrangements for responding to loss and damage, including the fund, by the "
     "twenty-eighth session; commits to continuing work to accelerate action to address climate "
     "change; and in this regard takes note of the first global stocktake of the Paris Agreement that "
     "took place at the twenty-eighth session held in Dubai, United Arab Emirates, and recalls the "
     "decisions on the new collective quantified goal on climate finance agreed in Baku at the "
     "twenty-ninth session of the Conference of the Parties to the Convention;",
     "GA", [], ["Egypt", "United Arab Emirates"]),
    # ga-pdf-text/A_RES_80_136, 2: a thing named after a State ("States" in it are not Member States)
    ("Calls for the full, timely and effective implementation of the Antigua and Barbuda Agenda for "
     "Small Island Developing States: A Renewed Declaration for Resilient Prosperity;",
     "GA", [], ["Antigua and Barbuda", "Member States", "small island developing States"]),
    # segmented A_HRC_RES_54_31, 21: the addressees are the neighbours
    ("Urges States neighbouring the Central African Republic to cooperate in combating insecurity and "
     "the impunity of members of armed groups, including through cooperation with national and "
     "international courts and the Truth, Justice, Reparation and Reconciliation Commission;",
     "HRC", ["Member States"], ["Central African Republic"]),
    # ga-pdf-text/A_RES_80_81, 13: a past call of the Security Council is not this paragraph's
    ("Calls for accountability for the illegal actions perpetrated by Israeli settlers in the Occupied "
     "Palestinian Territory, stresses in this regard the need for the implementation of Security "
     "Council resolution 904 (1994), in which the Council called upon Israel, the occupying Power, to "
     "continue to take and implement measures, including the confiscation of arms, aimed at preventing "
     "illegal acts of violence by Israeli settlers, and called for measures to be taken to guarantee "
     "the safety and protection of the Palestinian civilians in the occupied territory, recalls in "
     "this regard the report of the Secretary-General on the protection of the Palestinian civilian "
     "population, and welcomes the Secretary-General’s observations, including with respect to the "
     "expansion of existing protection mechanisms to prevent and deter violations;",
     "GA", [], ["Israel"]),
    # segmented A_HRC_RES_46_21, 3: the State's name as an adjective: the armed forces, not the State
    ("Calls upon the Myanmar armed forces to respect the will of the people as expressed by the "
     "results of the general elections of 8 November 2020, to end the state of emergency and to "
     "restore the elected civilian Government by opening the newly elected parliament to allow the "
     "sustained democratic transition of Myanmar, including by working towards bringing all national "
     "institutions, including the armed forces, under a democratically elected, fully representative "
     "civilian Government;",
     "HRC", ["Myanmar armed forces"], ["Myanmar"]),
    # ga-pdf-text/A_RES_78_256, 1: a currency
    ("The Working Capital Fund shall be established for 2024 in the amount of 250 million United "
     "States dollars;",
     "GA", [], ["United States of America"]),
    # segmented S_RES_2556(2020), 51: partners named after "from", "to"
    ("Underscores the need to progressively transfer MONUSCO’s tasks to the Government of the DRC, "
     "the UNCT and other relevant stakeholders in order to enable the responsible and sustainable exit "
     "of MONUSCO, in this regard requests the establishment of a working group comprised of "
     "representatives from MONUSCO, the Government of the DRC, the UNCT, to enhance coordination and "
     "planning, in liaison with civil society, for the transition, including the transfer of tasks, "
     "and recognises the important role of strategic planning officers and field-level coordinators "
     "in supporting these efforts, requests the Secretary-General to proceed with the gradual "
     "transfer of MONUSCO’s programmatic activities to the relevant partners based on such analysis "
     "and planning;",
     "SC", ["Secretary-General"], ["Democratic Republic of the Congo"]),
]


@pytest.mark.parametrize(("text", "body", "present", "absent"), ADDRESSED + NOT_ADDRESSED,
                         ids=[c[0][:50] for c in ADDRESSED + NOT_ADDRESSED])
def test_states_are_actors_only_where_addressed(text, body, present, absent):
    actors = analyse(text, body=body, gazetteer=G).actors
    for name in present:
        assert name in actors, actors
    for name in absent:
        assert name not in actors, actors


def _entities() -> list[dict]:
    text = resources.files("tracker.parsing").joinpath("data/gazetteer.toml").read_text("utf-8")
    return tomllib.loads(text)["entity"]


def test_the_193_member_states_and_two_observer_states():
    states = [e["name"] for e in _entities() if e.get("kind") == "member_state"]
    observers = [e["name"] for e in _entities() if e.get("kind") == "observer_state"]
    assert len(states) == len(set(states)) == 193
    assert sorted(observers) == ["Holy See", "State of Palestine"]
    for name in ("Bolivia (Plurinational State of)", "Democratic People’s Republic of Korea", "Türkiye",
                 "Syrian Arab Republic", "United Kingdom of Great Britain and Northern Ireland",
                 "Netherlands (Kingdom of the)", "Côte d’Ivoire", "United States of America"):
        assert name in states
    assert all(G.is_state(n) for n in [*states, *observers])
    assert G.kind("Myanmar") == "member_state" and G.kind("Holy See") == "observer_state"
    assert G.kind("Secretary-General") is None and not G.is_state("Member States")


def test_kinds_are_known_and_no_alias_names_two_entities():
    owner: dict[str, str] = {}
    for e in _entities():
        assert e.get("kind") in (None, *KINDS), e["name"]
        for alias in [e["name"], *e.get("aliases", [])]:
            alias = alias[4:] if alias.lower().startswith("the ") else alias
            assert owner.setdefault(alias, e["name"]) == e["name"], alias


@pytest.mark.parametrize(("written", "canonical"), [
    ("Iran", "Iran (Islamic Republic of)"), ("the Islamic Republic of Iran", "Iran (Islamic Republic of)"),
    ("Syria", "Syrian Arab Republic"), ("the Government of Syria", "Syrian Arab Republic"),
    ("Russia", "Russian Federation"), ("Russian authorities", "Russian Federation"),
    ("Bolivia", "Bolivia (Plurinational State of)"), ("Venezuela", "Venezuela (Bolivarian Republic of)"),
    ("the United Kingdom", "United Kingdom of Great Britain and Northern Ireland"),
    ("Turkey", "Türkiye"), ("the Government of the Sudan", "Sudan"), ("Government of Sudan", "Sudan"),
    ("the authorities of the Central African Republic", "Central African Republic"),
    ("Israeli authorities", "Israel"), ("Myanmar authorities", "Myanmar"),
    ("Belarusian authorities", "Belarus"), ("Federal Government of Somalia", "Somalia"),
    # both apostrophes
    ("Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"),
    ("Côte d'Ivoire", "Côte d’Ivoire"),
    ("Lao People's Democratic Republic", "Lao People’s Democratic Republic"),
])
def test_aliases_the_texts_use(written, canonical):
    assert G.canonical(written) == canonical


def test_kinds_survive_extension_by_the_database():
    extended = G.extended([("Myanmar", ["the Union of Myanmar"]), ("Some Agency", ["SA"])])
    assert extended.kind("Myanmar") == "member_state"
    assert extended.canonical("Union of Myanmar") == "Myanmar"
    assert extended.kind("Some Agency") is None


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown kind"):
        Gazetteer.from_toml('[[entity]]\nname = "X"\nkind = "planet"\n')


@pytest.mark.parametrize(("text", "body", "actors"), [
    # segmented S/RES/2748 (2024) 2: the States that are members of the African Union are asked, not
    # the African Union
    ("Authorises the Member States of the African Union to continue to deploy up to 12,626 uniformed "
     "personnel, inclusive of 1,040 police personnel, to ATMIS until 31 December 2024;",
     "SC", ["States members of the African Union"]),
    # ga-pdf-text/A_RES_78_56 11, A_RES_75_323 10: "States members of …"
    ("Calls upon the States members of the African Union to support the Treaty of Pelindaba;", "GA",
     ["States members of the African Union"]),
    ("Invites the States members of the Caribbean Community to continue their cooperation;", "GA",
     ["States members of the Caribbean Community"]),
    # … of an organization the gazetteer knows by its acronym (ga-pdf-text/A_RES_80_157 16)
    ("Encourages the States members of the World Health Organization to continue their work;", "GA",
     ["States members of WHO"]),
    # the States Members of the United Nations are the Member States (segmented A_HRC_RES_52_39 6)
    ("Urges Member States of the United Nations, the Office of the United Nations High Commissioner for "
     "Human Rights and other stakeholders to continue to support the measures taken;", "HRC",
     ["Member States", "Office of the United Nations High Commissioner for Human Rights",
      "relevant stakeholders"]),
    # a list, not membership: "States, members of the African Union and others"
    ("Calls upon States, the African Union and others to act;", "GA", ["Member States", "African Union"]),
])
def test_the_states_members_of_an_organization_are_one_addressee(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_the_states_members_of_a_body_named_short_take_its_full_name():
    actors = [["States members of the Standing Advisory Committee"]]
    resolve_short_names(actors, ["Regional confidence-building measures: activities of the United Nations "
                                 "Standing Advisory Committee on Security Questions in Central Africa",
                                 "Urges the States members of the Standing Advisory Committee to act;"], G)
    assert actors == [["States members of the United Nations Standing Advisory Committee on Security "
                       "Questions in Central Africa"]]
