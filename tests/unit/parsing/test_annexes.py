"""Annexed declarations read in their own voice (real sentences from the annexes of A/RES/78/4,
A/RES/79/323, A/RES/80/3 and A/RES/80/9 in ../shared/corpus)."""

from __future__ import annotations

import pytest

from tracker.parsing import parse
from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.phrases import (
    analyse,
    first_person_actors,
    first_person_kind,
    in_first_person,
    measures_listed,
    operative_phrase,
)
from tracker.parsing.types import ObligationKind as K

G = Gazetteer.default()


def read(text: str, after_we: bool = False):
    said = in_first_person(text, after_we)
    phrase = analyse(said, body="GA", gazetteer=G)
    return (phrase.action, first_person_kind(phrase.action, phrase.kind),
            first_person_actors(phrase.action, phrase.actors, "GA", phrase.asked))


@pytest.mark.parametrize(("text", "after_we", "action", "kind", "actor"), [
    ("We request the Secretary-General to ensure the full mobilization and coordination of all "
     "relevant parts of the United Nations system;", False, "requests", K.ACTION, "Secretary-General"),
    ("We strongly commit ourselves to the full implementation of the Awaza Programme of Action.",
     False, "commits", K.EXHORTATION, "Member States"),
    ("We stress the importance of developing trade-related physical and digital infrastructure, and "
     "in this regard we invite multilateral development banks to increase investment in "
     "infrastructure.", False, "stresses", K.EXHORTATION, "multilateral development banks"),
    ("We welcome the growing role of South-South and triangular cooperation.", False, "welcomes",
     K.DECLARATORY, "Member States"),
    # a call further on in the same voice, its "we" left out (A/RES/79/314 annex 13, A/RES/60/1 144
    # in the segmented corpus)
    ("We note the work of the International Law Commission on the topic “Sea-level rise in relation to "
     "international law” and encourage States to share their views on the various aspects of this "
     "topic.", False, "notes", K.EXHORTATION, "Member States"),
    ("We reaffirm the Declaration and Programme of Action on a Culture of Peace. We commit ourselves to "
     "taking action to promote a culture of peace and dialogue at the local, national, regional and "
     "international levels and request the Secretary-General to explore enhancing implementation "
     "mechanisms and to follow up on those initiatives.", False, "reaffirms", K.ACTION, "Secretary-General"),
    # a call the speakers join to their first verb, "and" before it (A/RES/69/15 annex 19; A/RES/70/266 annex
    # 20, "Welcome and encourage regional efforts …")
    ("We recognize and call for the strengthening of the long-standing cooperation and support provided by "
     "the international community in assisting small island developing States to make progress in addressing "
     "their vulnerabilities and supporting their sustainable development efforts.", False, "recognizes",
     K.EXHORTATION, "international community"),
    # "… and in this regard we: 1. Reaffirm …, 28. Strengthen …"
    ("Strengthen national health plans and policies;", True, "strengthens", K.EXHORTATION,
     "Member States"),
    ("Note with concern that Indigenous Peoples experience lower health outcomes;", True, "notes",
     K.DECLARATORY, "Member States"),
    # "To strengthen international tax cooperation, we will: (a) …"
    ("To strengthen international tax cooperation, we will:", False, "will", K.EXHORTATION,
     "Member States"),
    # a declaration whose paragraphs open with the speakers' verb after a numbered lead-in
    # ("1. … we, Heads of State and Government …: (a) Regret …; 2. Reaffirm …": segmented
    # A_RES_75_284 56, 13; A_RES_65_277 8, 90; A_RES_64_293 3; A_RES_S-25_2 27; A_RES_S-26_2 58)
    ("Commit to reducing annual new HIV infections to under 370,000 by 2025;", False, "commits",
     K.EXHORTATION, "Member States"),
    ("Note with deep concern that, despite substantial progress over the three decades since AIDS was "
     "first reported, the HIV epidemic remains an unprecedented human catastrophe;", False, "notes",
     K.DECLARATORY, "Member States"),
    ("Also recognize that poverty and poor health are inextricably linked;", False, "recognizes",
     K.DECLARATORY, "Member States"),
    ("Strongly urge African countries that adopted the Abuja Declaration to take concrete measures;",
     False, "urges", K.EXHORTATION, "African countries"),
    ("Ensure that the promotion and protection of the human rights of victims of trafficking in "
     "persons are at the centre of efforts;", False, "ensures", K.EXHORTATION, "Member States"),
    ("Further resolve to take concerted action against international terrorism;", False, "resolves",
     K.EXHORTATION, "Member States"),
    ("By 2003, enact, strengthen or enforce, as appropriate, legislation to eliminate all forms of "
     "discrimination;", False, "enacts", K.EXHORTATION, "Member States"),
    # what the speakers do themselves, where the Assembly's "Supports …", "Takes …" state a position
    # (A/RES/78/4 annex 63, A/RES/78/5 annex 61, A/RES/80/117 annex 47; segmented A_RES_S-24_2 125)
    ("Take measures to significantly reduce maternal, perinatal, neonatal, infant and child mortality "
     "and morbidity;", False, "takes_measures", K.EXHORTATION, "Member States"),
    ("Take actions towards ensuring a primary health care approach as a resilient foundation to "
     "achieve universal health coverage;", False, "takes", K.EXHORTATION, "Member States"),
    ("Support building capacities, skills and expertise and developing local and regional "
     "manufacturing capacities for health tools;", False, "supports", K.EXHORTATION, "Member States"),
    ("Support African Governments and civil society organizations, inter alia, through the "
     "International Partnership Against AIDS in Africa;", False, "supports", K.EXHORTATION,
     "Member States"),
    # what the speakers are committed or determined to do is a commitment; what concerns them is not
    # (segmented A_RES_71_312 annex 5, A_RES_65_1 7)
    ("We are committed to halting and reversing the decline in the health and productivity of our "
     "ocean and its ecosystems;", False, "is_committed", K.EXHORTATION, "Member States"),
    ("We are determined to collectively advance and strengthen the global partnership for "
     "development, as the centrepiece of our cooperation, in the years ahead.", False, "is_determined",
     K.EXHORTATION, "Member States"),
    ("We are deeply concerned that the ocean is warmer and more acidic.", False, "is_concerned",
     K.DECLARATORY, "Member States"),
    # verbs that open commitments (segmented A_RES_73_2 18, A_RES_74_2 43, 79)
    ("Scale up the implementation of the commitments made in 2011 and 2014 for the prevention and "
     "control of non-communicable diseases;", False, "scales", K.EXHORTATION, "Member States"),
    ("Optimize budgetary allocations on health, sufficiently broaden fiscal space, and prioritize "
     "health in public spending;", False, "optimizes", K.EXHORTATION, "Member States"),
    ("Set measurable national targets and strengthen national monitoring and evaluation platforms;",
     False, "sets", K.EXHORTATION, "Member States"),
])
def test_a_declaration_speaks_for_the_states_adopting_it(text, after_we, action, kind, actor):
    got_action, got_kind, actors = read(text, after_we)
    assert (got_action or "").startswith(action) and got_kind == kind and actor in actors


@pytest.mark.parametrize(("text", "actors"), [
    # what the speakers commit to is theirs: those it is for or names own none of it (A/RES/76/258
    # annex 232, A/RES/S-26/2 annex 71 in the segmented corpus, A/RES/77/289 annex 46)
    ("We commit to providing financial and technical assistance and facilitating technology transfer on "
     "mutually agreed terms to least developed countries to develop and implement national strategies for "
     "the sustainable use of the natural resources.", ["Member States"]),
    ("Support African Governments and civil society organizations, inter alia, through the International "
     "Partnership Against AIDS in Africa;", ["Member States"]),
    ("We will invest in enhancing the capacity and capability of developing countries, in particular the "
     "least developed countries, landlocked developing countries and small island developing States, for "
     "disaster risk reduction.", ["Member States"]),
    # … but those a further sentence asks, in the same voice, do (A/RES/71/1 annex 1 19, A/RES/70/294
    # annex 119)
    ("We will work towards the adoption in 2018 of a global compact on refugees, based on the "
     "comprehensive refugee response framework. We invite the United Nations High Commissioner for "
     "Refugees to include such a proposed global compact on refugees in his annual report to the General "
     "Assembly in 2018.", ["Member States", "UNHCR"]),
    ("We recommit to the broadening and strengthening of the voice and participation of developing "
     "countries in international economic decision-making. We invite the Basel Committee on Banking "
     "Supervision and the other main international regulatory standard-setting bodies to continue efforts "
     "to increase the voice of developing countries in norm-setting processes.",
     ["Member States", "Basel Committee on Banking Supervision",
      "other main international regulatory standard-setting bodies"]),
    # and those the speakers will ask
    ("We will encourage Governments to adopt national strategies on road safety.",
     ["Member States", "Governments"]),
])
def test_a_commitment_is_owned_by_the_speakers_and_those_they_ask(text, actors):
    assert read(text)[2] == actors


def test_these_names_those_named_before():
    # S/RES/2149 (2014) 37: "these forces" is no one new; nor, in a declaration, "these entities"
    # after those a sentence before asked (A/RES/76/258 annex 229)
    text = ("Decides that MISCA, MINUSCA, EUFOR RCA, the AU-RTF and the French forces operating in the CAR "
            "are exempt from the measures imposed in paragraph 54 of resolution 2127 (2013) for the "
            "implementation of their mandates and requests these forces to report on measures taken in "
            "this regard as part of their regular reports to the Council;")
    assert "these forces" not in analyse(text, body="SC", gazetteer=G).actors
    text = ("We request relevant entities of the United Nations system, international financial "
            "institutions and development banks to continue to support least developed countries in "
            "formulating national adaptation plans. We also call upon these entities to apply the Principles "
            "for Responsible Investment.")
    assert "these entities" not in read(text)[2]


def test_a_call_ends_where_the_next_begins():
    # A/RES/80/3 annex 24 (the demo's Awaza Programme of Action): "we invite international
    # organizations" is a call of its own, not a name in the one before
    text = ("We request the Secretary-General to ensure the full mobilization and coordination of all "
            "relevant parts of the United Nations system. We call upon relevant organizations and bodies of "
            "the United Nations system and invite international organizations and relevant regional and "
            "subregional organizations to integrate the Awaza Programme of Action into their programmes of "
            "work, as appropriate, within their respective mandates.")
    actors = read(text)[2]
    assert actors[0] == "Secretary-General" and "international organizations" in actors
    assert not [a for a in actors if a.lower().startswith("we ")]


def test_a_statement_in_the_first_person_stays_declaratory():
    assert read("We gather at a critical juncture marked by overlapping global challenges.")[1] == (
        K.DECLARATORY
    )


def test_an_annex_without_the_first_person_is_no_instrument():
    text = (
        "A/RES/80/999\n\nThe General Assembly,\n\nRecalling its resolution 1,\n\n"
        "1. Adopts the principles contained in the annex to the present resolution.\n\n"
        "64th plenary meeting\n15 December 2025\n\nAnnex\n\nUnited Nations principles\n\n"
        "1. All products offered to consumers should be safe.\n\n"
        "2. Businesses should provide information.\n"
    )
    assert parse(text, "A_RES_80_999.txt").annexes == []


@pytest.mark.parametrize("text", [
    # the opening word is the subject of a sentence, not the speakers' verb (segmented A_RES_71_1
    # annex 1 7, A_RES_S-19_2; "Review of", "Support for")
    "Host States, in cooperation with the Office of the United Nations High Commissioner for Refugees, "
    "would:",
    "Progress has been made in reducing new infections.",
    "Review of the implementation of the Programme of Action shall take place every five years.",
    "Support for national efforts is essential.",
    "State parties shall report on the measures taken.",
])
def test_a_sentence_about_something_is_not_read_as_the_speakers_verb(text):
    assert not in_first_person(text, False).startswith("We ")


def test_lower_case_items_after_we_speak_in_the_speakers_voice():
    # segmented A_RES_73_291 annex 27, 24 (the Buenos Aires outcome document): "…, we: (a) note with
    # appreciation …; (b) call upon …", each item a sentence of the speakers without its "we"
    text = (
        "A/RES/73/999\n\nThe General Assembly,\n\nRecalling its resolution 1,\n\n"
        "1. Endorses the outcome document annexed to the present resolution.\n\n"
        "64th plenary meeting\n15 April 2019\n\nAnnex\n\nBuenos Aires outcome document\n\n"
        "1. We, heads of delegations and high representatives of Governments, gathered in Buenos Aires "
        "from 20 to 22 March 2019, reaffirm our commitment to South-South cooperation.\n\n"
        "2. Stressing the need to reinvigorate the United Nations development system in supporting and "
        "promoting South-South cooperation and triangular cooperation, we:\n"
        "(a) note with appreciation that many United Nations entities have integrated South-South and "
        "triangular cooperation into their respective strategic frameworks;\n"
        "(b) call upon developed and developing countries and all relevant stakeholders to strengthen "
        "the efforts to implement the 2030 Agenda for Sustainable Development;\n"
    )
    annex = parse(text, "A_RES_73_999.txt").annexes[0]
    para = annex.paragraphs[1]
    assert para.kind == K.EXHORTATION
    assert [sub.kind for sub in para.subparagraphs] == [K.DECLARATORY, None]


def _with_annex(heading: str) -> str:
    return (
        "A/RES/80/999\n\nThe General Assembly\n\n"
        "Adopts the following political declaration, as the outcome of intergovernmental "
        "negotiations.\n\n"
        f"64th plenary meeting\n15 December 2025\n\n{heading}\n\n"
        "We, Heads of State and Government and representatives of States and Governments, "
        "assembled at the United Nations on 25 September 2025, and in this regard we:\n\n"
        "1. Strongly reaffirm our commitment to reduce by one third premature mortality from "
        "noncommunicable diseases by 2030;\n\n"
        "2. Request the Secretary-General to provide, in consultation with the World Health "
        "Organization, a progress report;\n"
    )


def test_an_annex_heading_with_a_long_title_opens_the_annex():
    # A/RES/80/117: the heading and its title make one block of 196 characters
    title = ("Political declaration of the fourth high-level meeting of the General Assembly on the "
             "prevention and control of noncommunicable diseases and the promotion of mental health "
             "and well-being")
    annexes = parse(_with_annex(f"Annex {title}"), "A_RES_80_999.txt").annexes
    assert [(a.number, a.title) for a in annexes] == [(1, title)]
    assert [p.eid for p in annexes[0].paragraphs] == ["annex_1__para_1", "annex_1__para_2"]
    assert annexes[0].paragraphs[1].kind == K.REPORT


def test_a_year_that_opens_an_annex_title_is_not_the_annex_number():
    # A/RES/80/9: "Annex" and "2025 Political Declaration on …" read as one block
    title = ("2025 Political Declaration on the Implementation of the United Nations Global Plan of "
             "Action to Combat Trafficking in Persons")
    annexes = parse(_with_annex(f"Annex {title}"), "A_RES_80_999.txt").annexes
    assert [(a.number, a.title) for a in annexes] == [(1, title)]


# A/RES/60/288 (segmented), the Plan of Action: "We resolve to undertake the following measures:"
_MEASURES = [
    "To refrain from organizing, instigating, facilitating, participating in, financing, encouraging "
    "or tolerating terrorist activities;",
    "To cooperate fully in the fight against terrorism, in accordance with our obligations under "
    "international law;",
    "To reaffirm that General Assembly resolution 60/158 of 16 December 2005 provides the fundamental "
    "framework for the protection of human rights while countering terrorism;",
    "To encourage the World Health Organization to step up its technical assistance to help States "
    "to improve their public health systems;",
    # a verb further on is no subject's (A/RES/60/288 annex, II 18)
    "To step up all efforts to improve the security and protection of particularly vulnerable targets, "
    "such as infrastructure and public places, while recognizing that States may require assistance to "
    "this effect;",
]


def test_measures_written_as_infinitives_are_the_speakers_commitments():
    assert measures_listed(_MEASURES) == [True] * 5
    read_as = [read(in_first_person(text, False, listed=True))[:2] for text in _MEASURES]
    assert read_as == [("refrains", K.EXHORTATION), ("cooperates", K.EXHORTATION),
                       ("reaffirms", K.DECLARATORY), ("encourages", K.EXHORTATION),
                       ("steps", K.EXHORTATION)]


@pytest.mark.parametrize("intros", [
    # a purpose leading the speakers' sub-paragraphs (A/RES/79/323 annex 28, 29)
    ["To strengthen international tax cooperation and ensure that international tax rules respond to "
     "the diverse needs of all countries:", "To overcome the substantial and persistent challenges for "
     "effectively combating illicit financial flows:"],
    # one infinitive among statements (segmented A_RES_63_239 annex 26)
    ["The increasing interdependence of national economies calls for coherence.", "To complement "
     "national efforts, there is a need for the relevant international and regional institutions to "
     "assist.", "Aid for Trade is an important component of the measures."],
])
def test_an_infinitive_of_purpose_is_no_listed_measure(intros):
    assert not any(measures_listed(intros))


@pytest.mark.parametrize("text", [
    # the infinitive is a subject or a purpose (segmented A_RES_S-19_2 annex 39)
    "To maintain the momentum generated by the Intergovernmental Panel process, which continues to "
    "be an open process, requires a long-term political commitment to sustainable forest management.",
    "To achieve these goals, we will mobilize the means of implementation.",
])
def test_an_infinitive_as_subject_or_purpose_is_not_the_speakers_verb(text):
    assert not in_first_person(text, False, listed=True).startswith(("We maintain", "We achieve"))


@pytest.mark.parametrize(("text", "action"), [
    # what "is" says after its adverbs (segmented A_RES_72_78 8; A/RES/60/1 …)
    ("Are deeply convinced that strengthening the long-term sustainability of outer space activities "
     "requires efforts at the national level;", "is_convinced"),
    ("We are also determined to promote gender equality;", "is_determined"),
    # adverbs set off by commas and "and" (A/RES/60/288 annex, first measure)
    ("We consistently, unequivocally and strongly condemn terrorism in all its forms;", "condemns"),
])
def test_the_speakers_verb_after_adverbs(text, action):
    said = in_first_person(text, False)
    assert operative_phrase(said)[0] == action


def _declared_as_the_resolution(paragraphs: list[str]) -> str:
    numbered = "\n\n".join(f"{n}. {text}" for n, text in enumerate(paragraphs, start=1))
    return (
        "A/RES/74/999\n\nThe General Assembly\n\n"
        "Adopts the following political declaration approved by the high-level meeting on universal "
        "health coverage on 23 September 2019:\n\n"
        "Political declaration of the high-level meeting on universal health coverage\n\n"
        "We, Heads of State and Government and representatives of States and Governments, assembled "
        "at the United Nations on 23 September 2019, with a dedicated focus for the first time on "
        f"universal health coverage,\n\n{numbered}\n\n10th plenary meeting\n10 October 2019\n"
    )


def test_a_declaration_adopted_as_the_resolution_speaks_in_every_paragraph():
    # segmented A_RES_74_2 (and A_RES_73_2): the declaration is the resolution's own text, its
    # speakers named in the last preambular paragraph, its paragraphs without "We"
    text = _declared_as_the_resolution([
        "Reaffirm the right of every human being to the enjoyment of the highest attainable standard "
        "of physical and mental health;",
        "Implement the most effective, high-impact, quality-assured, people-centred and evidence-based "
        "interventions to meet the health needs of all throughout the life course;",
        "Take multisectoral action to promote active and healthy lifestyles;",
        "Request the Secretary-General to provide, in consultation with the World Health Organization, "
        "a progress report to the General Assembly at its seventy-fifth session;",
    ])
    paragraphs = parse(text, "A_RES_74_999.txt").operative
    assert [p.kind for p in paragraphs] == [K.DECLARATORY, K.EXHORTATION, K.EXHORTATION, K.REPORT]
    assert paragraphs[1].actors == ["Member States"]
    assert paragraphs[3].actors == ["Secretary-General"]


#: A/RES/60/288 (segmented): the Global Counter-Terrorism Strategy's plan of action, numbered anew
#: in each section, each section led in by its own sentence (abridged)
_STRATEGY = """A/RES/60/288

60/288. The United Nations Global Counter-Terrorism Strategy

The General Assembly,

Bearing in mind the need to address the conditions conducive to the spread of terrorism,

1. Adopts the present resolution and its annex as the United Nations Global Counter-Terrorism \
Strategy;

2. Decides to include in the provisional agenda of its sixty-second session an item entitled \
"The United Nations Global Counter-Terrorism Strategy".

99th plenary meeting
8 September 2006

Annex

Plan of action

We, the States Members of the United Nations, resolve:

1. To consistently, unequivocally and strongly condemn terrorism in all its forms and \
manifestations;

2. To recognize that international cooperation and any measures that we undertake to prevent and \
combat terrorism must comply with our obligations under international law.

I. Measures to address the conditions conducive to the spread of terrorism

We resolve to undertake the following measures aimed at addressing the conditions conducive to \
the spread of terrorism:

1. To continue to strengthen and make best possible use of the capacities of the United Nations \
in areas such as conflict prevention, negotiation, mediation and conciliation;

2. To consider putting in place, on a voluntary basis, national systems of assistance that would \
promote the needs of victims of terrorism and their families.

II. Measures to prevent and combat terrorism

We resolve to undertake the following measures to prevent and combat terrorism, in particular by \
denying terrorists access to the means to carry out their attacks:

1. To refrain from organizing, instigating, facilitating, participating in, financing, encouraging \
or tolerating terrorist activities;

2. To step up all efforts to improve the security and protection of particularly vulnerable \
targets, such as infrastructure and public places.
"""


def test_a_sections_lead_in_is_no_text_of_the_section_before():
    (annex,) = parse(_STRATEGY, "A_RES_60_288.txt").annexes
    ends = ["its forms and manifestations;", "obligations under international law.",
            "mediation and conciliation;", "victims of terrorism and their families.",
            "tolerating terrorist activities;", "such as infrastructure and public places."]
    assert [p.text for p in annex.paragraphs] == [
        p.text for p, end in zip(annex.paragraphs, ends, strict=True) if p.text.endswith(end)]
    assert not any("We resolve" in p.text for p in annex.paragraphs)


def test_an_instrument_numbered_anew_in_each_section_has_parts():
    parsed = parse(_STRATEGY, "A_RES_60_288.txt")
    (annex,) = parsed.annexes
    assert [p.eid for p in annex.paragraphs] == [
        "annex_1__para_1", "annex_1__para_2", "annex_1__part_I__para_1", "annex_1__part_I__para_2",
        "annex_1__part_II__para_1", "annex_1__part_II__para_2"]
    assert [p.part for p in annex.paragraphs] == [None, None, "I", "I", "II", "II"]
    assert not [w for w in parsed.warnings if "annex" in w]


def test_an_instrument_whose_first_section_opens_it():
    # A/RES/S-24/2 (segmented, abridged): "Annex / Further initiatives for social development /
    # I. Political declaration / 1. …", then "II. Review and assessment … / 1. …"
    text = """A/RES/S-24/2

S-24/2. Further initiatives for social development

The General Assembly

Adopts the proposals for further initiatives for social development annexed to the present \
resolution.

10th plenary meeting

1 July 2000

Annex

Further initiatives for social development

I. Political declaration

1. Five years have passed since the World Summit for Social Development, which marked the first \
time in history that heads of State and Government had gathered to recognize the significance of \
social development and human well-being for all.

2. We, the representatives of Governments, meeting at this special session of the General \
Assembly at Geneva, reaffirm our will and commitment to implement the Copenhagen Declaration.

II. Review and assessment of the implementation of the outcome of the World Summit for Social \
Development

1. One of the most important developments since the World Summit for Social Development in March \
1995 is the increased priority which social development has been given in national and \
international policy objectives.
"""
    (annex,) = parse(text, "A_RES_S-24_2.txt").annexes
    assert annex.title == "Further initiatives for social development"
    assert [p.eid for p in annex.paragraphs] == [
        "annex_1__part_I__para_1", "annex_1__part_I__para_2", "annex_1__part_II__para_1"]


def test_the_deadlines_of_a_declaration_are_read_in_its_speakers_voice():
    # segmented A_RES_74_2 76 and A_RES_60_262 annex 39: what the speakers look forward to or welcome is
    # no deadline, as with their "We" (the one reading of that voice, ``speakers_from``, for the kinds and
    # the deadlines alike), while what they ask stays dated
    text = _declared_as_the_resolution([
        "Enhance cooperation at the national, regional and global levels to address antimicrobial "
        "resistance, noting the work of the ad hoc inter-agency coordination group on antimicrobial "
        "resistance, and look forward to the discussion thereof during the seventy-fourth session of the "
        "General Assembly;",
        "Commit ourselves to reducing the global HIV/AIDS resource gap; and in this regard welcome the "
        "increased resources that will become available as a result of the establishment of timetables by "
        "many developed countries to achieve the targets of 0.7 per cent of gross national product for "
        "official development assistance by 2015;",
        "Request the Secretary-General to provide, in consultation with the World Health Organization, "
        "a progress report to the General Assembly at its seventy-fifth session;",
    ])
    paragraphs = parse(text, "A_RES_74_999.txt").operative
    assert [[(d.session, d.date) for d in p.deadlines] for p in paragraphs] == [[], [], [(75, None)]]


def test_a_draft_recommended_to_another_organ_is_no_paragraph_of_the_resolution():
    # E/RES/2013/31 and 2013/42 (segmented corpus): the Council recommends its commission's draft to
    # the General Assembly; the draft's paragraphs ("Requests the United Nations Office on Drugs and
    # Crime to … report … at its twenty-third session") ask nothing until the Assembly adopts it, as
    # its own resolution, so they were 14 obligations too many, and its annex's declaration ("We …")
    # is the draft's, not the Council's
    r = parse("E/RES/2013/42\n\nResolution adopted by the Economic and Social Council on 25 July 2013\n\n"
              "2013/42. United Nations Guiding Principles on Alternative Development\n\n"
              "The Economic and Social Council\n\n"
              "Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
              "The General Assembly,\n\n"
              "Reaffirming the Political Declaration adopted at its twentieth special session,\n\n"
              "1. Welcomes the outcome of the International Conference on Alternative Development;\n\n"
              "2. Requests the United Nations Office on Drugs and Crime to report to the Commission on "
              "Narcotic Drugs at its fifty-seventh session on the present resolution.\n\n"
              "Annex\n\nLima Declaration on Alternative Development\n\n"
              "We, the representatives convened in Lima on 16 November 2012,\n\n"
              "1. Encourage States to take into account the present Declaration;\n\n"
              "2. Submit the present Declaration to the Executive Director of the Office;\n\n"
              "47th plenary meeting\n25 July 2013\n", "E_RES_2013_42.txt")
    assert [(p.number, p.unnumbered, p.text) for p in r.operative] == [
        ("1", True, "Recommends to the General Assembly the adoption of the following draft resolution:")]
    assert r.operative[0].actors == ["General Assembly"]
    assert r.preambular == [] and r.annexes == []
    assert r.adopted_on.isoformat() == "2013-07-25"


def test_a_draft_named_inside_a_numbered_paragraph_is_read_as_before():
    # the recommendation is read as the resolution only where it comes before any numbered paragraph
    r = parse("E/RES/2019/1\n\nThe Economic and Social Council,\n\n"
              "1. Takes note of the report of the Commission on the Status of Women;\n\n"
              "2. Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
              "3. Requests the Secretary-General to report to the Council at its next session.\n\n"
              "20th plenary meeting\n6 June 2019\n", "E_RES_2019_1.txt")
    assert [p.number for p in r.operative] == ["1", "2", "3"]


def test_a_draft_quoted_after_a_numbered_paragraph_is_its_text_and_asks_nothing_yet():
    # A/HRC/RES/16/1 (segmented corpus): "2. Recommends that the General Assembly … adopt the following
    # draft resolution:" then the draft in quotation marks, numbered 1. and 2. again; its paragraphs were
    # read as the Council's own (parts A and B), its request to the Secretary-General as one of the
    # Council's. The quoted draft is the paragraph's text, not what the paragraph asks.
    r = parse("A/HRC/RES/16/1\n\nHuman Rights Council\n\nSixteenth session\n\n"
              "16/1\nUnited Nations Declaration on Human Rights Education and Training\n\n"
              "The Human Rights Council,\n\n"
              "Acknowledging the work of the Advisory Committee in preparing a draft declaration,\n\n"
              "1. Adopts the United Nations Declaration on Human Rights Education and Training as contained "
              "in the annex to the present resolution;\n\n"
              "2. Recommends that the General Assembly adopt the following draft resolution:\n\n"
              "“The General Assembly,\n\n"
              "Welcoming the adoption by the Human Rights Council, through its resolution 16/1 of 23 March "
              "2011, of the Declaration,\n\n"
              "1. Adopts the United Nations declaration on human rights education and training as "
              "contained in the annex to the present resolution;\n\n"
              "2. Invites Governments to intensify their efforts to disseminate the Declaration, and "
              "requests the Secretary-General to include the text of the Declaration in the next edition "
              "of Human Rights: A Compilation of International Instruments.”.\n\n"
              "44th meeting\n23 March 2011\n", "A_HRC_RES_16_1.txt")
    assert [(p.number, p.part, p.eid) for p in r.operative] == [("1", None, "para_1"), ("2", None, "para_2")]
    draft = r.operative[1]
    assert draft.text.startswith("Recommends that the General Assembly adopt the following draft resolution: "
                                 "“The General Assembly, Welcoming the adoption")
    assert draft.text.endswith("International Instruments.”.")
    assert (draft.kind, draft.actors, draft.deadlines) == (K.EXHORTATION, ["General Assembly"], [])


def test_the_new_wording_quoted_after_a_numbered_paragraph_is_its_text_and_holds():
    # A/RES/73/276 (segmented corpus) 34: "Also decides to amend article 5 of the statute … as follows:"
    # then the article's new paragraphs, numbered 1. and 2.; they were read as the resolution's (parts
    # restarting at 1, paragraphs 35 on cut off as text). The amended article holds from now on: its
    # words are the paragraph's, read with it.
    r = parse("A/RES/73/276\n\nSeventy-third session\n\n73/276. Administration of justice at the United "
              "Nations\n\nThe General Assembly,\n\n"
              "33. Decides to amend article 4.1 of the statute of the Dispute Tribunal as follows: “The "
              "Dispute Tribunal shall be composed of three full-time judges and six half-time judges”;\n\n"
              "34. Also decides to amend article 5 of the statute of the Dispute Tribunal as follows:\n\n"
              "“1. The three full-time judges of the Dispute Tribunal shall serve in Geneva, Nairobi and "
              "New York;\n\n"
              "“2. The Secretary-General shall report to the General Assembly at its seventy-fifth session "
              "on the deployment of the half-time judges.”;\n\n"
              "35. Encourages the Dispute Tribunal to make full use of telecommuting;\n\n"
              "62nd plenary meeting\n22 December 2018\n", "A_RES_73_276.txt")
    assert [p.number for p in r.operative] == ["33", "34", "35"]
    amended = r.operative[1]
    assert amended.text.startswith("Also decides to amend article 5 of the statute of the Dispute "
                                   "Tribunal as follows: “1. The three full-time judges")
    assert amended.text.endswith("on the deployment of the half-time judges.”;")
    assert amended.kind == K.REPORT  # the Secretary-General's report the new wording asks for
    assert r.operative[2].text == "Encourages the Dispute Tribunal to make full use of telecommuting;"


@pytest.mark.parametrize(("text", "kind"), [
    # what the speakers call for, recommend or commit to further on, their "we" left out (A/RES/80/3 annex 8,
    # A/RES/80/173 59, A/RES/66/288 annex 164): a standing call or commitment, not a statement …
    ("We welcome the outcome document of the Fourth International Conference on Financing for Development, "
     "the Sevilla Commitment, which renews the global financing for development framework, building on the "
     "Addis Ababa Action Agenda, and call for its timely and effective implementation.", K.EXHORTATION),
    ("We note that lack of capacity is a major barrier to closing digital divides, and recommend that "
     "capacity development, including for innovation, be leveraged to empower local experts and local "
     "communities.", K.EXHORTATION),
    ("We note the significant threat that alien invasive species pose to marine ecosystems and resources, "
     "and commit to implement measures to prevent the introduction and manage the adverse environmental "
     "impacts of alien invasive species.", K.EXHORTATION),
    # … not what calls for something, said of it
    ("We underscore that the global nature of climate change calls for the widest possible cooperation by "
     "all countries.", K.DECLARATORY),
])
def test_a_call_or_commitment_further_on_in_the_speakers_voice(text, kind):
    assert read(text)[1] == kind


@pytest.mark.parametrize(("text", "listed", "kind"), [
    # measures, policies or laws the speakers adopt, something to do they consider, what they conclude and
    # implement: commitments, though "Adopts", "Considers" and "Concludes" state a position in the Assembly's
    # voice (A/RES/64/293 annex 15, 35 and 52, A/RES/76/294 annex 5, A/RES/80/117 annex 43, A/RES/60/288
    # annex II 6, A/RES/S-24/2 annex 153)
    ("Adopt and implement comprehensive policies and programmes at the national level and, as "
     "appropriate, at the subregional and regional levels to prevent all forms of trafficking in persons "
     "that are in line with relevant policies and programmes on migration, education, employment, gender "
     "equality, empowerment of women and crime prevention, as well as with the relevant human rights "
     "standards;", False, K.EXHORTATION),
    ("Adopt labour laws in countries of origin, transit and destination which provide legal rights and "
     "protections for workers that would limit their risk of being trafficked;", False, K.EXHORTATION),
    ("Adopt evidence- and/or science-based good practices for addressing key risk factors, including the "
     "non-use of seat belts, child restraints and helmets;", False, K.EXHORTATION),
    ("Conclude and implement mutual legal assistance and extradition agreements, where appropriate, to "
     "apprehend and prosecute perpetrators of trafficking in persons, in accordance with the relevant "
     "provisions of national and international law, including the Convention;", False, K.EXHORTATION),
    ("Consider introducing or increasing taxes on tobacco and alcohol to support health objectives, in line "
     "with national circumstances;", False, K.EXHORTATION),
    ("To consider becoming parties without delay to the United Nations Convention against Transnational "
     "Organized Crime and to the three protocols supplementing it, and implementing them;", True,
     K.EXHORTATION),
    ("Consider the establishment, as appropriate, of national mechanisms, where they do not already exist, "
     "for the implementation of the Copenhagen Declaration and Programme of Action and the further "
     "initiatives contained in the present document.", False, K.EXHORTATION),
    # … not an instrument adopted, nor a view held (A/RES/71/256 annex 22, A/RES/66/288 annex 226,
    # A/RES/65/1 51)
    ("We adopt this New Urban Agenda as a collective vision and political commitment to promote and realize "
     "sustainable urban development, and as a historic opportunity to leverage the key role of cities and "
     "human settlements as drivers of sustainable development in an increasingly urbanized world.", False,
     K.DECLARATORY),
    ("We consider that promoting universal access to social services and providing social protection floors "
     "can make an important contribution to consolidating and achieving further development gains.", False,
     K.DECLARATORY),
])
def test_what_the_speakers_undertake_with_a_verb_of_the_assemblys_voice_is_a_commitment(text, listed, kind):
    said = in_first_person(text, False, listed=listed)
    phrase = analyse(said, body="GA", gazetteer=G)
    words = said[phrase.offset :]
    assert first_person_kind(phrase.action, phrase.kind, words) == kind
    if kind == K.EXHORTATION:
        actors = first_person_actors(phrase.action, phrase.actors, "GA", phrase.asked, words)
        assert actors == ["Member States"]
