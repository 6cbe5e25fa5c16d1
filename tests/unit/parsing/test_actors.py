"""Addressees of operative paragraphs: real paragraphs (quoted verbatim from the shared corpus,
source in the comment) -> the actors a reader names. ``None`` in ``absent`` lists words that
must not come out as an actor (the object of the verb, not its addressee)."""

from __future__ import annotations

import pytest

from tracker.parsing import Gazetteer, parse
from tracker.parsing.parser import read_paragraph
from tracker.parsing.phrases import (
    _names_with_spans,
    analyse,
    asked_of_its_subject,
    in_first_person,
    resolve_short_names,
)
from tracker.parsing.types import ObligationKind

from .texts import security_council_resolution

G = Gazetteer.default()

CASES = [
    # the African Union and its organs by their abbreviations (segmented S_RES_2127 (2013) 30, S_RES_2056
    # (2012) 1, S_RES_2033 (2012) 6): "the AU Peace and Security Council" is not the Security Council
    ("Requests the AU and ECCAS to ensure that the transfer of authority from MICOPAX to MISCA takes effect "
     "on 19 December 2013;", "SC", ["African Union", "Economic Community of Central African States"], []),
    ("Expresses its full support to the efforts of ECOWAS and the AU in Mali, with the support of the United "
     "Nations, and encourages them to continue to coordinate closely with the Transitional authorities of "
     "Mali;", "SC", ["Economic Community of West African States", "African Union"], []),
    ("Encourages the improvement of regular interaction, consultation and coordination, as appropriate "
     "between the Security Council and the AU Peace and Security Council on matters of mutual interest;",
     "SC", ["Peace and Security Council of the African Union"], []),
    # the sponsors of draft resolutions are asked, not the bodies that consider them (ga-pdf-text
    # A_RES_77_335 44, A_RES_79_192 6, A_RES_79_35 23)
    ("Invites the main sponsors of draft resolutions that are submitted for the consideration of delegations "
     "to consider the procedural practices applied during previous sessions with the aim of enhancing the "
     "efficiency of the work of the General Assembly and its Main Committees and the Economic and Social "
     "Council and its subsidiary bodies;", "GA", ["main sponsors of draft resolutions"],
     ["General Assembly", "Economic and Social Council"]),
    ("Urges the co-sponsors of the 1995 resolution on the Middle East to exert their utmost efforts with a "
     "view to ensuring the early establishment of a Middle East zone free of nuclear weapons;", "GA",
     ["co-sponsors of the 1995 resolution on the Middle East"], []),
    # a title alone names the holder the paragraph named in full before it (segmented A_HRC_RES_48_17
    # 13, ga-pdf-text A_RES_67_246 11)
    ("Welcomes the steps taken by the President of the Human Rights Council, and encourages the President "
     "to continue to use his or her good offices;", "HRC", ["President of the Human Rights Council"],
     ["President"]),
    ("Stresses the critical role of the Office of Information and Communications Technology of the "
     "Secretariat, and in this regard requests the Office to provide full cooperation and support to the "
     "Umoja team;", "GA", ["Office of Information and Communications Technology"], ["Office"]),
    # "Member states" as Security Council resolutions print it, "Member and observer States" one
    # addressee (segmented S_RES_2147 (2014) 36, A_RES_79_137 2)
    ("Calls on Member states to pledge and provide the remaining force enablers, in particular military "
     "air assets, required for the Mission;", "SC", ["Member States"], ["Member states"]),
    ("Invites all Member and observer States, the organizations of the United Nations system and other "
     "international and regional organizations, as well as civil society, to observe the Day;", "GA",
     ["Member States", "United Nations system"], ["Member"]),
    # those a that-clause's subject singles out after its complement are asked too (segmented
    # A_HRC_RES_53_18 11)
    ("Reiterates the demand that all parties to the conflict, but particularly the Syrian authorities, "
     "cease all forms of abuse of detainees, including but not limited to torture of detainees in Syrian "
     "military intelligence facilities, physical abuses, mistreatment and sexual and gender-based violence, "
     "and grant appropriate international monitoring bodies and medical services immediate access, without "
     "undue restrictions, to detainees and detention facilities, including all Syrian military facilities "
     "referred to by the Commission of Inquiry in its reports;", "HRC",
     ["all parties", "Syrian Arab Republic"], []),
    # a mandate named by its body ends before the clause's verb (segmented A_RES_65_37 208, A_RES_67_78 228)
    ("Recommends that the Ad Hoc Working Group of the Whole establish, with agreement on terms of reference "
     "and other relevant elements, a management and review mechanism composed of States from among its "
     "members, on the basis of equitable geographic representation;", "GA",
     ["Ad Hoc Working Group of the Whole on the Regular Process"], ["Working Group of the Whole establish"]),
    ("Takes note of the need to identify capacity-building in the context of the Regular Process, and "
     "recommends that the Ad Hoc Working Group of the Whole further consider an approach on how to "
     "contribute to the promotion and facilitation of capacity-building through international cooperation;",
     "GA", ["Ad Hoc Working Group of the Whole on the Regular Process"], []),
    # a clause's subject after a long phrase set off before it (segmented A_RES_61_111 13)
    ("Agrees that, in the context of paragraphs 10 (a) (ii) and (iii) and 11 above, the Scientific and "
     "Technical Subcommittee, at its forty-fourth session, should reconvene the Working Group of the Whole;",
     "GA", ["Scientific and Technical Subcommittee"], ["General Assembly"]),
    # a further demand with no "that" asks whom it names (segmented S_RES_2729 (2024) 5), not where "demands"
    # is a noun (A_RES_76_171 4); a further call on an addressee the register does not know asks it as written
    # (segmented S_RES_2216 (2015) 1, A_RES_77_279 17), not what opens with a preposition (A_RES_56_253 52)
    ("Demands that all parties to the conflict respect their obligations under international law, in "
     "particular international humanitarian law and international human rights law, as applicable, and "
     "demands all parties to the conflict and other armed actors to immediately end the fighting throughout "
     "South Sudan and engage in political dialogue;", "SC", ["all parties", "other armed actors"], []),
    ("Encourages the Centre to take into account the requested activities, needs and demands of the "
     "countries of the subregion in the implementation of the strategic thematic priorities of the Office of "
     "the United Nations High Commissioner for Human Rights;", "GA", [],
     ["Office of the United Nations High Commissioner for Human Rights"]),
    ("Demands that all Yemeni parties, in particular the Houthis, fully implement resolution 2201 (2015), "
     "refrain from further unilateral actions that could undermine the political transition in Yemen, and "
     "further demands that the Houthis immediately and unconditionally: (a) end the use of violence;", "SC",
     ["Houthis"], []),
    ("Welcomes the efforts of the Unit to further strengthen its outreach, improve its communications "
     "products with a view to highlighting the Unit’s work, and enhance its engagement with the senior "
     "management of participating organizations and the Member States, and requests the Unit to continue "
     "such efforts;", "GA", ["Unit"], ["Member States"]),
    ("Also requests the Secretary-General to ensure that, in future programme budget proposals, requests for "
     "consultants and experts groups are clearly and separately identified in the programme narratives;",
     "GA", ["Secretary-General"], ["for consultants and experts groups are clearly and separately identified "
                                   "in the programme narratives"]),
    # a name after "within", named in passing, is where something is set up (ga-pdf-text A_RES_79_325 1, 4)
    ("Establishes, within the United Nations, the multidisciplinary Independent International Scientific "
     "Panel on Artificial Intelligence with balanced geographic representation to promote scientific "
     "understanding, comprising 40 members, serving in their personal capacity;", "GA", ["General Assembly"],
     ["United Nations"]),
    ("Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence Governance, "
     "involving Governments and all relevant stakeholders, as a platform to discuss international "
     "cooperation;", "GA", [], ["United Nations"]),
    # a participle with its complement goes with what the addressee does, not with its name (segmented
    # A_RES_80_126 47, A_RES_80_202 17)
    ("Invites all institutions involved in measuring and reporting on illicit financial flows to use the "
     "statistical concepts and methods to estimate illicit financial flows;", "GA", ["institutions"],
     ["institutions involved"]),
    ("Welcomes and encourages the continuing efforts of all actors in society, including national human "
     "rights institutions, non-governmental organizations and bodies and groups based on religion or "
     "belief, to promote the implementation of the Declaration;", "GA", [], ["groups based"]),
    # a further "requests that …" asks its clause's subject, not what the clause names after its verb
    # (segmented S_RES_2760 (2024) 36), nor anyone where it is passive (segmented A_RES_80_234 92,
    # S_RES_2009 (2011) 18); "calls upon that Organization" names its addressees (A_RES_80_110 143)
    ("Requests the Secretary-General to conduct a strategic review of UNISFA, stresses that the Review "
     "must be conducted based on broad consultations, requests that such review assess UNISFA "
     "reconfiguration, military and police posture, force deployments;", "SC", ["Secretary-General"],
     ["military", "police posture"]),
    ("Notes the current difficulties in finding suitable candidates to fill vacant posts in the "
     "text-processing units, and directs that staff rule 4.4 be temporarily waived in relation to these "
     "posts, unless decided otherwise by the General Assembly;", "GA", [], ["staff"]),
    ("Requests the International Monetary Fund and the World Bank to work with the Libyan authorities on "
     "an assessment of Libya’s public financial management framework, and further requests that the "
     "Committee be informed of the results of that assessment;", "SC", ["International Monetary Fund"],
     ["1970 Committee"]),
    ("Welcomes the work of the International Maritime Organization relating to the protection of shipping "
     "lanes, and calls upon that Organization, States bordering straits and user States to continue their "
     "cooperation to keep such straits safe;", "GA", ["Member States"], []),
    # ga-pdf-text/A_RES_80_76 5, segmented/A_RES_61_111 19: what the Assembly agrees a body should do
    # is that body's (as "Decides that the Special Committee shall …"), not those whose concerns it
    # takes into account; a group described by the paragraphs that name it
    ("Agrees that the Legal Subcommittee, at its sixty-fifth session, should consider the substantive "
     "items and reconvene the working groups recommended by the Committee, including holding "
     "intersessional consultations as necessary, taking into account the concerns of all countries, "
     "in particular those of developing countries;",
     "GA", ["Legal Subcommittee"], ["developing countries"]),
    ("Agrees that the regional centres referred to in paragraph 18 above should continue to report to "
     "the Committee on their activities on an annual basis;",
     "GA", ["regional centres referred to in paragraph 18 above"], ["General Assembly"]),
    # ga-pdf-text/A_RES_78_119: a name with "for the" inside is not cut at "for the"
    ("Calls upon the Office for the Coordination of Humanitarian Affairs and other United Nations "
     "organizations to continue to work with Member States and relevant United Nations entities to "
     "facilitate the exchange of updated, accurate and reliable information;",
     "GA", ["Office for the Coordination of Humanitarian Affairs"], ["Office"]),
    # ga-pdf-text/A_RES_78_50: a lower-case addressee whose head is an agent noun
    ("Encourages the competent authorities of the nuclear-weapon-free zone treaties to provide "
     "assistance to the States parties and signatories to those treaties so as to facilitate the "
     "accomplishment of the goals of the treaties;",
     "GA", ["competent authorities of the nuclear-weapon-free zone treaties"], []),
    # tests/corpus/S_RES_2749_2024 (segmented): "Demands the full implementation …" has no addressee
    ("Demands the full implementation of resolution 1701 (2006), reiterates its strong support for "
     "full respect for the Blue Line and full cessation of hostilities, and recalls the objective of "
     "a long-term solution based on the principles and elements set out in paragraph 8 of resolution "
     "1701 (2006);",
     "SC", [], ["full implementation of resolution 1701"]),
    # ga-pdf-text/A_RES_80_11: "Calls for" takes a thing
    ("Calls for the full implementation of relevant resolutions on financing for peacebuilding;",
     "GA", [], ["full implementation of relevant resolutions on financing for peacebuilding",
                "General Assembly"]),
    # ga-pdf-text/A_RES_78_262: "the efforts" are not an addressee
    ("Encourages the efforts to improve Africa’s business and investment environment and to attract "
     "investment from all sources, including from the private sector, especially in quality, "
     "reliable, sustainable and resilient infrastructure;",
     "GA", [], ["efforts"]),
    # ga-pdf-text/A_RES_78_19: an organ the gazetteer knows
    ("Invites the Conference on Disarmament to establish a working group under its agenda item "
     "entitled “Prevention of an arms race in outer space” as early as possible;",
     "GA", ["Conference on Disarmament"], []),
    # ga-pdf-text/A_RES_80_158: an apposition is not part of the name
    ("Calls upon Israel, the occupying Power, to comply strictly with its obligations under "
     "international law, including international humanitarian law, and to cease immediately and "
     "completely all policies and measures aimed at the alteration of the character and status of "
     "the Occupied Palestinian Territory, including East Jerusalem;",
     "GA", ["Israel"], ["Israel, the occupying Power"]),
    # ga-pdf-text/A_RES_78_75: "Calls once again upon"
    ("Calls once again upon Israel to render all facilities and assistance to the Secretary-General "
     "in the implementation of the present resolution;",
     "GA", ["Israel"], ["Calls"]),
    # tests/corpus/A_RES_80_168: the addressee is a part of an organ
    ("Invites the working group of the Sixth Committee, to be established at its eighty-first "
     "session, to consider and comment on the question “how the principle of universal jurisdiction "
     "is distinct from other related concepts”;",
     "GA", ["working group of the Sixth Committee"], ["Sixth Committee"]),
    # segmented A_RES_69_177: a special procedure's mandate, named once
    ("Encourages the Special Rapporteur of the Human Rights Council on the right to food to continue "
     "mainstreaming a gender perspective in the fulfilment of her mandate, and encourages the Food "
     "and Agriculture Organization of the United Nations and all other United Nations bodies and "
     "mechanisms addressing the right to food and food insecurity to continue integrating a gender "
     "perspective into their relevant policies, programmes and activities;",
     "GA", ["Special Rapporteur on the right to food", "FAO"], ["Special Rapporteurs"]),
    # segmented S_RES_2206(2015): the Secretary-General's representatives, not the Secretary-General
    ("Requests the Special Representative of the Secretary-General for Children and Armed Conflict "
     "and the Special Representative for Sexual Violence in Conflict to share relevant information "
     "with the Committee in accordance with paragraph 7 of resolution 1960 (2010) and paragraph 9 of "
     "resolution 1998 (2011);",
     "SC", ["Special Representative of the Secretary-General for Children and Armed Conflict",
            "Special Representative of the Secretary-General on Sexual Violence in Conflict"],
     ["Secretary-General"]),
    # tests/corpus/A_RES_80_201: "all States Parties" are States parties, not all States
    ("Calls upon all States Parties to further cooperate with the Committee, including by responding "
     "favourably to its requests for visits;",
     "GA", ["States parties"], ["Member States"]),
    # segmented S_RES_2161(2014): the Committee's members and the Monitoring Team (or its members), whose
    # owner is the Team the register knows
    ("Calls upon all members of the Committee and the Monitoring Team to share with the Committee "
     "any information they may have available regarding a listing request from a Member State;",
     "SC", ["members of the Committee", "Monitoring Team"],
     ["members of the Committee and the Monitoring Team"]),
    # segmented A_HRC_RES_44_19: an adjective of nationality before an agent noun names the State
    ("Urges the Belarusian authorities to guarantee a free, fair and transparent presidential "
     "election on 9 August 2020;",
     "HRC", ["Belarus"], ["Belarusian authorities", "Human Rights Council"]),
    # segmented A_RES_68_211: a gerund is not an addressee
    ("Strongly encourages giving appropriate consideration to disaster risk reduction and the "
     "building of resilience to disasters within the post-2015 development agenda;",
     "GA", [], ["giving appropriate consideration"]),
    # ga-pdf-text/A_RES_80_110
    ("Commends the progress in the work of the Authority;", "GA", [],
     ["progress in the work of the Authority"]),
    # segmented A_HRC_RES_57_8: "Encourages, in that context, …"
    ("Encourages, in that context, continued cooperation and dialogue in the interaction among the "
     "Working Group, Member States and other relevant stakeholders;",
     "HRC", [], ["Encourages", "continued cooperation and dialogue"]),
    # A "that" clause asks its subject to act, the verb ends it (tests/corpus/S_RES_2749_2024)
    ("Strongly urges that all relevant actors implement immediate measures towards de-escalation, "
     "including with a view to restoring calm, restraint and stability across the Blue Line;",
     "SC", ["relevant actors"],
     ["that all relevant actors implement immediate measures towards de-escalation"]),
    # ga-pdf-text/A_RES_80_81: a State as the subject
    ("Demands that Israel accept the de jure applicability of the Geneva Convention relative to "
     "the Protection of Civilian Persons in Time of War, of 12 August 1949, to the Occupied "
     "Palestinian Territory,", "GA", ["Israel"], []),
    # segmented S/RES/2736 (2024) op 1: a name ends where the verb starts
    ("Demands that the Rapid Support Forces halt the siege of El Fasher; and calls for an immediate "
     "halt to the fighting", "SC", ["Rapid Support Forces"],
     ["that the Rapid Support Forces halt the siege of El Fasher"]),
    # segmented A/RES/3234 (XXIX) op 6: the subject is what comes before a modal
    ("Recommends that the Legal Sub-Committee should consider at its fourteenth session, with the "
     "same high priority:", "GA", ["Legal Subcommittee"], []),
    # ga-pdf-text/A_RES_80_234 op 92 (end): a passive clause asks no one
    ("Notes the difficulties in finding suitable candidates, and requests that staff rule 4.4 be "
     "temporarily waived;", "GA", [], ["staff", "that staff rule 4.4 be temporarily waived"]),
    # ga-pdf-text/A_RES_80_67 op 6: "that State" is no clause
    ("Calls upon that State to accede to the Treaty without further delay;", "GA", [], ["State"]),
    # segmented S/RES/1904 (2009) op 13 (shortened): a pronoun names no one new
    ("Calls upon Member States to use the new standard form for listing, and requests that they "
     "provide the Committee with as much relevant and specific information as possible;", "SC",
     ["Member States"], ["they provide the Committee"]),
    # ga-pdf-text/A_RES_78_111 op 2: the body a decision sets to work, named short (the whole
    # resolution then gives it its full name: test_short_names_take_the_full_name_…)
    ("Decides that the Special Committee shall hold its next session from 20 to 28 February 2024;",
     "GA", ["Special Committee"], ["General Assembly"]),
    # segmented A/RES/77/245 op 34 (shortened): a body in lower case
    ("Decides that the preparatory committee, during its organizational session in the first half "
     "of 2023, will adopt decisions and, as appropriate, make recommendations to the General "
     "Assembly",
     "GA", ["preparatory committee"], []),
    # ga-pdf-text/A_RES_78_253 op 2: a passive decision sets no one to work
    ("Decides that the contingency fund for the year 2025 shall be set at the level of 0.75 per "
     "cent of the approved programme budget for 2024.", "GA", [],
     ["contingency fund for the year 2025"]),
    # segmented A/RES/68/265 op 6 (shortened): a rule for staff members is no task of theirs
    ("Decides that staff members who have reached the maximum occupancy limit when managed "
     "mobility comes into effect for their job network will not be subject to reassignment in the "
     "first year of operation;", "GA", [], ["staff members"]),
    # segmented A/HRC/RES/43/14 op 4: the mandate holder after a period set off by commas
    ("Decides to extend, for a period of three years, the mandate of the Special Rapporteur on "
     "adequate housing as a component of the right to an adequate standard of living, and on the "
     "right to non-discrimination in this context;",
     "HRC", ["Special Rapporteur on adequate housing as a component of the right to an adequate standard of "
             "living, and on the right to non-discrimination in this context"], ["Human Rights Council"]),
    # segmented S/RES/2512 (2020) op 1: a mission the gazetteer does not know, by its acronym
    ("Decides to extend the mandate of UNIOGBIS until 31 December 2020;",
     "SC", ["UNIOGBIS"], ["Security Council", "UNIOGBIS until 31 December 2020"]),
    # segmented S/RES/2461 (2019) op 1: the holder in the possessive
    ("Decides to extend until 31 March 2020 UNSOM’s mandate as set out in paragraph 1 of "
     "resolution 2158 (2014);", "SC", ["UNSOM"], ["Security Council"]),
    # segmented A/HRC/RES/49/27 op 21, A/HRC/RES/33/1 op 4: how long is not part of the name
    ("Decides to extend the mandate of the Commission of Inquiry for a period of one year;",
     "HRC", ["Commission of Inquiry"], ["Commission of Inquiry for a period of one year"]),
    ("Renews the mandate of the Special Rapporteur for a period of three years;",
     "HRC", [], ["Special Rapporteur for a period of three years"]),
    # segmented A/RES/74/127 op 4, A/RES/73/166 op 5: a mandate's name ends where its report's
    # journey ("submitted to the Council") or its meeting ("on its nineteenth session") begins
    ("Takes note of the report of the Special Rapporteur of the Human Rights Council on the human "
     "rights of migrants submitted to the Council at its forty-first session, entitled “The impact "
     "of migration on migrant women and girls: a gender perspective”;",
     "GA", ["Special Rapporteur on the human rights of migrants"],
     ["Special Rapporteur on the human rights of migrants submitted to the Council"]),
    ("Takes note with appreciation of the report of the Chair-Rapporteur of the Working Group on the "
     "Right to Development on its nineteenth session;",
     "GA", ["Chair-Rapporteur of the Working Group on the Right to Development"],
     ["Working Group on the Right to Development on its nineteenth session"]),
    # segmented S/RES/2165 (2014) op 9 (shortened): nor is the holder's name part of it
    ("Reiterates that the only sustainable solution to the current crisis in Syria is through an "
     "inclusive and Syrian-led political process, and welcomes the appointment of the Special Envoy "
     "of the United Nations Secretary-General for Syria Mr. Staffan de Mistura;",
     "SC", ["Special Envoy of the United Nations Secretary-General for Syria"], []),
    # a thing named after an entity is not that entity (ga-pdf-text/A_RES_78_154, shortened)
    ("Welcomes the United Nations Decade for Deserts and the Fight against Desertification and the "
     "United Nations Decade on Ecosystem Restoration;",
     "GA", [], ["United Nations"]),
    # a kind of institution alone in a list is part of another member, not an addressee of its own:
    # the complement the list shares (ga-pdf-text/A_RES_79_331 op 44, A_RES_79_267 op 16) or the
    # adjectives of the member before it (segmented A/HRC/RES/46/19 op 22, shortened) …
    ("Invites the specialized agencies, funds and programmes of the United Nations system, as well as "
     "the regional commissions, to support the implementation of the present resolution;", "GA",
     ["United Nations system", "regional commissions"], ["funds", "programmes"]),
    ("Invites Governments, the agencies and organizations of the United Nations system and "
     "intergovernmental and non-governmental organizations to intensify their efforts;", "GA",
     ["Governments", "United Nations system"], ["agencies"]),
    ("Requests all States, private actors, international organizations and agencies, within their "
     "mandates, to take fully into account the impact of their actions;", "HRC",
     ["Member States", "private actors", "international organizations"], ["agencies"]),
    # … but one of its own where nothing is shared (ga-pdf-text/A_RES_78_103 op 13, A_RES_78_54 op 8)
    ("Appeals to Governments, the relevant bodies of the United Nations system, organizations, "
     "institutions and individuals to make voluntary contributions to the trust fund;", "GA",
     ["Governments", "organizations", "institutions", "individuals"], []),
    ("Invites the Secretary-General and those States and organizations that are in a position to do "
     "so to continue to provide assistance to States;", "GA",
     ["Secretary-General", "organizations"], []),
    # a second call on the same infinitive: its verb is not part of the addressee (segmented
    # A/RES/59/243 op 2, A/RES/73/254 op 14, both shortened)
    ("Calls upon the organizations of the United Nations system, including the regional commissions, "
     "and invites the Bretton Woods institutions, in collaboration with regional institutions, to "
     "continue to support the efforts of developing countries;", "GA",
     ["Bretton Woods institutions"], ["invites the Bretton Woods institutions"]),
    ("Welcomes the growing number of businesses that embrace a core business model that takes account "
     "of the environmental, social and governance impacts of their activities, encourages and urges all "
     "businesses to adopt principles for responsible business and investing, and supports the work of "
     "the United Nations Global Compact in this regard;", "GA",
     ["businesses"], ["and urges all businesses"]),
    # … after "further" (segmented S_RES_2776 (2025) 29 (d), read as a paragraph)
    ("Encourages strengthened cooperation and coordination between the Panel and the GFRS and further "
     "encourages the Panel, with due regard for its impartiality and confidentiality obligations, to engage "
     "regularly with the GFRS;", "SC", ["Panel"], ["further encourages the Panel"]),
    # a condition or a time ends the list of addressees (ga-pdf-text/A_RES_78_68 op 171, shortened;
    # A_RES_78_154 op 17, shortened)
    ("Urges States fishing for straddling fish stocks on the high seas, and relevant coastal States, "
     "where a subregional or regional fisheries management organization or arrangement has the "
     "competence to establish conservation measures, to give effect to their duty to cooperate;",
     "GA", ["Member States"], ["where a subregional or regional fisheries management organization",
                               "regional fisheries management organization"]),
    ("Encourages the United Nations system, when designing and implementing their programmes, to "
     "take into account the needs of middle-income countries;", "GA",
     ["United Nations system"], ["when designing and implementing their programmes",
                                 "implementing their programmes"]),
    # the subject of a "that" clause naming two, the verb after the second (segmented A/RES/75/193
    # op 22, shortened); not a demonstrative (ga-pdf-text/A_RES_80_67 op 6)
    ("Demands that the Syrian regime and all other parties to the conflict not hinder full, timely, "
     "immediate, unrestricted and safe humanitarian access;", "GA",
     ["Syrian Arab Republic", "all parties"], ["that the Syrian regime", "Syrian regime"]),
    # what an addressee is, in apposition, names no one (segmented A/RES/76/188 98, A/RES/60/265 58)
    ("Encourages the Commission on Narcotic Drugs, as the principal policymaking organ of the United Nations "
     "on matters of international drug control and as the governing body of the drug programme of the "
     "United Nations Office on Drugs and Crime, and the International Narcotics Control Board to continue "
     "to enhance their cooperation;", "GA",
     ["Commission on Narcotic Drugs", "International Narcotics Control Board"], ["United Nations", "UNODC"]),
    ("Requests the Secretary-General, in his capacity as the Chairman of the United Nations System Chief "
     "Executives Board for Coordination, to continue to include in the annual overview report of the Chief "
     "Executives Board information on the mainstreaming;", "GA",
     ["Secretary-General"], ["United Nations System Chief Executives Board for Coordination"]),
    # … or the name before the list (ga-pdf-text/A_RES_80_149 op 14, A_RES_80_178 op 83, shortened)
    ("Encourages all United Nations entities, funds and programmes to further develop specific "
     "strategies to engage and provide tailored support to middle-income countries;", "GA",
     ["United Nations system"], ["funds", "programmes", "United Nations"]),
    ("Requests the United Nations funds, programmes and agencies to continue to support national "
     "efforts of Member States to achieve inclusive social development;", "GA",
     ["United Nations system"], ["programmes", "agencies", "United Nations"]),
    # ga-pdf-text/A_RES_80_242: what a paragraph asks is asked of those its further verbs address,
    # not of what it recalls, welcomes or notes first, nor of the body (segmented/A_RES_72_284
    # 62: "Welcomes the efforts of the Office of Counter-Terrorism …, requests the Secretary-General")
    ("Recalls paragraph 56 of the report of the Advisory Committee, and requests the Secretary-General "
     "to report on the implementation of the downsizing policy under the agenda item on human "
     "resources management, including its impact on staff composition;", "GA",
     ["Secretary-General"], ["Advisory Committee on Administrative and Budgetary Questions",
                             "General Assembly"]),
    ("Welcomes the efforts of the Office of Counter-Terrorism to increase its transparency, "
     "accountability and effectiveness in enhancing cooperation within the Counter-Terrorism "
     "Implementation Task Force, requests the Secretary-General to ensure that the Office is well "
     "organized, in order to achieve these objectives and to report on an annual basis on progress "
     "in this regard;", "GA", ["Secretary-General"], ["Office of Counter-Terrorism", "General Assembly"]),
    # segmented/A_RES_77_64 21: … unless a further verb addresses one of them again ("it")
    ("Notes the relevant research undertaken by the United Nations Institute for Disarmament Research, "
     "encourages it to continue research in the area of prevention strategies, and encourages States "
     "in a position to do so to continue to support its work in this area;", "GA",
     ["UNIDIR", "Member States"], []),
    # segmented/A_RES_64_289 33: "the funds and programmes" are the United Nations system's, one
    # addressee (as "United Nations funds and programmes"), not two owners named "funds", "programmes"
    ("Requests the funds and programmes to report on their efforts and conclusions on critical mass "
     "in their annual or biennial reports to the Economic and Social Council;", "GA",
     ["United Nations system"], ["funds", "programmes"]),
    # segmented/S_RES_2771 (2025) 6: an adverb before "to" is the verb's, "to:" ends the addressee
    ("Recalls its resolution 2723 (2024) and calls upon the two leaders urgently to: (a) reinvigorate "
     "their efforts to provide the necessary support and overall guidance to free the Technical "
     "Committees from political obstructions in their work;", "SC",
     ["two leaders"], ["two leaders urgently to", "Security Council"]),
    # A/RES/80/243 XVII 10: a paragraph that notes first and then decides is owned as its decision
    # is, not by the document it notes (the Advisory Committee was the owner of a post's abolition)
    ("Recalls paragraph 54 of the report of the Advisory Committee, and decides not to abolish one "
     "post of Special Assistant, Political Affairs (P-4) and to abolish one post of Political Affairs "
     "Officer (P-3);", "GA",
     ["General Assembly"], ["Advisory Committee on Administrative and Budgetary Questions"]),
    # segmented/A_RES_67_246 I 23: … whoever it decides for ("in this regard decides")
    ("Recalls paragraph 238 of the report of the Advisory Committee on Administrative and Budgetary "
     "Questions, and in this regard decides not to approve the redeployment of the post;", "GA",
     ["General Assembly"], ["Advisory Committee on Administrative and Budgetary Questions"]),
    # segmented/S_RES_1758 (2007) 5: … but a decision that refers back keeps what it refers to
    ("Expresses its full support for UNFICYP and decides to extend its mandate for a further period "
     "ending 15 December 2007;", "SC", ["UNFICYP"], []),
    # A/RES/78/108 17: "the Commission" of the decision is the one the first clause named
    ("Takes note of paragraph 291 of the report of the International Law Commission, and decides that "
     "the next session of the Commission shall be held at the United Nations Office at Geneva;", "GA",
     ["International Law Commission"], []),
    # segmented/A_RES_70_305 68: the Presidents of the Assembly, in the plural, are its President
    ("Requests Presidents of the General Assembly to publish information on the website of the "
     "President on an ongoing basis on substantive activities;", "GA",
     ["President of the General Assembly"], ["General Assembly"]),
    # segmented/S_RES_2106 (2013) 22: what is asked in a "that" clause is asked of its subject, not
    # of whom the reports go to
    ("Requests that the Secretary-General continue to submit annual reports to the Council on the "
     "implementation of women and peace and security resolutions;", "SC",
     ["Secretary-General"], ["Security Council"]),
    ("Requests that the Special Envoy participate by way of interactive dialogue in the seventy-fourth "
     "session of the General Assembly;", "GA", ["Special Envoy of the Secretary-General"],
     ["General Assembly"]),
    # segmented/S_RES_1990 (2011) 4: … a subject of two names joined
    ("Requests that the Secretary-General and the Government of Sudan, in consultation with the "
     "Government of Southern Sudan or its successor, conclude a status-of-forces agreement;", "SC",
     ["Secretary-General", "Sudan"], []),
    # segmented/S_RES_2379 (2017) 7: … and after a clause set off first, the names of the whole clause
    ("Requests that, after the Security Council has approved the Terms of Reference that are acceptable "
     "to the Government of Iraq, the Secretary-General undertake without delay to establish an "
     "Investigative Team;", "SC", ["Secretary-General"], []),
    # segmented/S_RES_1989 (2011) 35: a first clause that says what someone named shall do asks it
    ("Confirms that the Secretariat shall, within 3 days after a name is removed from the Al-Qaida "
     "Sanctions List, notify the Permanent Mission of the State(s) of residence, nationality, location "
     "or incorporation, and decides that States receiving such notification shall take measures to "
     "notify the concerned individual or entity of the delisting in a timely manner;", "SC",
     ["Secretariat"], []),
    # segmented/A_RES_77_335 53: the session an addressee is asked in is not asked anything
    ("Requests the Secretary-General, during the seventy-eighth session of the General Assembly, to "
     "assess and report on executable options for consideration by the General Assembly on making "
     "available to all Member States the bulk registration of participants in official conferences "
     "and meetings of the United Nations;", "GA", ["Secretary-General"], ["General Assembly"]),
    # segmented/A_RES_75_233 45: whom the addressee works with, set off by commas, is not asked
    ("Recognizes that volunteerism can be a powerful and cross-cutting means of implementation of the "
     "2030 Agenda for Sustainable Development, and encourages the United Nations development system, "
     "in partnership with Member States, civil society and the private sector, to support such "
     "efforts;", "GA", ["United Nations system"], ["Member States", "civil society", "private sector"]),
    # segmented/A_RES_73_225 29
    ("Stresses the importance of indicators that can be used to formulate targeted entrepreneurship "
     "policies, and in this regard encourages Member States, in cooperation with all relevant "
     "stakeholders, to further identify and develop indicators at the national and regional levels "
     "as appropriate;", "GA", ["Member States"], ["relevant stakeholders"]),
    # segmented/A_RES_76_137 5: "together with"
    ("Invites States, together with relevant United Nations entities, to undertake further research "
     "into the links between migration and trafficking in persons;", "GA", ["Member States"],
     ["United Nations"]),
    # segmented/A_HRC_RES_25_20 21: nor the session before which something is to be made available
    ("Requests the Office of the High Commissioner to prepare its annual study, and requests that "
     "such stakeholder contributions be made available on the website of the Office, in an accessible "
     "format, prior to the twenty-eighth session of the Human Rights Council;", "HRC",
     ["Office of the United Nations High Commissioner for Human Rights"], ["Human Rights Council"]),
    # segmented/S_RES_2149 (2014) 18, E_RES_2015_33 46: a mandate established is held by what is
    # established, not by the body that establishes it
    ("Decides to establish the United Nations Multidimensional Integrated Stabilization Mission in the "
     "Central African Republic (MINUSCA) as of the date of adoption of this resolution, for an initial "
     "period until 30 April 2015;", "SC", ["MINUSCA"], ["Security Council"]),
    ("Decides to establish a working group of the Forum with a time-bound mandate, for a period of up "
     "to two years in 2016 and 2017, to develop proposals;", "ECOSOC", ["working group of the Forum"],
     ["Economic and Social Council"]),
    # segmented/A_HRC_RES_48_25 40: the period a mandate is extended for is not part of its holder's name
    ("Decides to extend the mandate of the fact-finding mission for nine months to allow for the "
     "implementation of its mandate;", "HRC", ["fact-finding mission"],
     ["fact-finding mission for nine months"]),
    # segmented/A_RES_77_235 10: what an addressee is "as" is not another addressee
    ("Reiterates the invitation to the Conference of the States Parties to the United Nations "
     "Convention against Corruption, as the treaty body with prime responsibility for promoting and "
     "reviewing the implementation of the Convention, to follow up and build upon the political "
     "declaration;", "GA",
     ["Conference of the States Parties to the United Nations Convention against Corruption"],
     ["as the treaty body", "States parties"]),
    # ga-pdf-text/A_RES_80_74 13: nor is "as appropriate" an adjective of the next addressee
    ("Encourages Member States, as appropriate, and relevant organizations involved in mine action to "
     "continue efforts to ensure that mine action programmes take into account risk education;", "GA",
     ["Member States", "relevant organizations"], ["and relevant organizations involved"]),
    # ga-pdf-text/A_RES_79_327 25: "each of" the addressees
    ("Requests each of the Main Committees to review their working methods during the eightieth "
     "session and submit concrete proposals to the General Committee;", "GA", ["Main Committees"],
     ["of the Main Committees", "General Committee"]),
    # segmented/S_RES_2149 (2014) 8: "in this regard" between the verb and its addressee
    ("Urges in this regard the Transitional Authorities to accelerate the preparations in order to hold "
     "free, fair, transparent and inclusive presidential and legislative elections no later than "
     "February 2015;", "SC", ["Transitional Authorities"], ["in this regard the Transitional Authorities"]),
    # ga-pdf-text/A_RES_80_123 12: what a named initiative does names no addressee
    ("Stresses the need to strengthen information-sharing and transparency among all creditors and "
     "borrowers, encourages further improvement of the mutual exchange of information, on a voluntary "
     "basis, on borrowing and lending among all creditors and borrowers, and takes note of the Paris "
     "Forum initiative, which gathers together sovereign creditors and debtors annually to share "
     "views and information;", "GA", [], ["which gathers together sovereign creditors", "debtors"]),
    # segmented/A_RES_61_105 19: the objects of "through", joined by "and", are the means
    ("Calls upon States individually and, as appropriate, through regional and subregional fisheries "
     "management organizations and arrangements with competence over discrete high seas fish stocks, "
     "to adopt the necessary measures to ensure the long-term conservation of such stocks;", "GA",
     ["Member States"], ["subregional fisheries management organizations",
                         "through regional and subregional fisheries management organizations"]),
    # ga-pdf-text/A_RES_80_180 27: "relevant United Nations organs and entities" are the United
    # Nations system's, not "entities" of their own
    ("Encourages Member States and relevant United Nations organs and entities to take concrete "
     "measures to assist and protect young people in situations of armed conflict;", "GA",
     ["Member States", "United Nations system"], ["entities", "United Nations"]),
    # ga-pdf-text/A_RES_80_137 56: a member's own parts ("its entities") are that member
    ("Recognizes that financing for disaster risk reduction requires greater attention, and in this "
     "regard encourages increased investments in disaster risk reduction, including quality and "
     "resilient infrastructure, and calls upon the United Nations system and its entities, within the "
     "scope of their respective mandates, in partnership with international financial institutions, "
     "regional development banks and other relevant institutions and stakeholders, to support "
     "developing countries;", "GA", ["United Nations system"], ["entities"]),
    # segmented/A_HRC_RES_28_16 7 ("its agencies, programmes and funds"): the
    # United Nations' own, each of the list it leads
    ("Encourages all relevant stakeholders, including the United Nations and its agencies, programmes "
     "and funds, regional human rights mechanisms, national human rights institutions, civil society "
     "and the private sector to cooperate fully with the Special Rapporteur to enable the mandate holder "
     "to fulfil the mandate;", "HRC",
     ["relevant stakeholders", "United Nations", "civil society", "private sector"],
     ["agencies", "programmes", "funds"]),
    # ga-pdf-text/A_RES_78_319 7: kinds of institution the addressee includes are the addressee's
    ("Invites the United Nations system, including funds, programmes, specialized agencies and regional "
     "commissions, to participate in the high-level meeting and to support the meeting;", "GA",
     ["United Nations system"], ["programmes", "funds"]),
    # ga-pdf-text/A_RES_78_68 165: a participle's complement is part of the addressee ("entities referred");
    # the entities a treaty lets become parties besides States are no one the register can name
    ("Encourages States and entities referred to in the Convention and in article 1, paragraph 2 (b), "
     "of the Agreement to give due consideration to participation, as appropriate, in subregional and "
     "regional instruments;", "GA",
     ["Member States"], ["entities referred", "entities", "entities referred to in the Convention"]),
    # segmented/A_RES_76_307 13: "to 11" joins numbers, it asks nothing
    ("Invites representatives listed in paragraphs 7 to 11 above to participate in the interactive "
     "dialogues;", "GA", ["representatives listed in paragraphs 7 to 11 above"], ["representatives listed"]),
    # ga-pdf-text/A_RES_78_319 10: numbers joined by commas and "and" are one reference
    ("Invites representatives mentioned in paragraphs 6, 7, 8 and 9 above to participate in the "
     "multi-stakeholder thematic panel discussions;", "GA",
     ["representatives mentioned in paragraphs 6, 7, 8 and 9 above"],
     ["representatives mentioned in paragraphs 6"]),
    # segmented/A_RES_75_215 21: "within existing resources and in consultation with": whom the
    # Secretary-General consults is not asked
    ("Recognizes that improved data collection and statistical analysis are required, in this regard "
     "calls upon the Secretary-General, within existing resources and in consultation with Member "
     "States, all relevant United Nations system entities and other relevant stakeholders, to identify "
     "the Samoa Pathway priority areas not covered by the Sustainable Development Goals;", "GA",
     ["Secretary-General"], ["Member States", "United Nations system", "relevant stakeholders"]),
    # ga-pdf-text/A_RES_79_269 2: "within existing resources" alone ends no list of addressees
    ("Invites all Member States and relevant organizations of the United Nations system, within "
     "existing resources, as well as other international and regional organizations and other "
     "stakeholders, including civil society, the private sector, academia and the media, to observe the "
     "International Day in an appropriate manner;", "GA",
     ["Member States", "United Nations system", "regional organizations", "civil society"], []),
    # segmented/S_RES_1989 (2011) 46: whom the Chair reports to is not asked
    ("Directs the Committee to identify possible cases of non-compliance with the measures pursuant to "
     "paragraph 1 above and to determine the appropriate course of action on each case, and requests "
     "the Chair, in periodic reports to the Council pursuant to paragraph 55 below, to provide progress "
     "reports on the Committee’s work on this issue;", "SC", ["Chair of the Committee"],
     ["Security Council"]),
    # segmented/S_RES_1904 (2009) 38: a Chairman is asked as a Chair is (the Committee's)
    ("Directs the Committee to identify possible cases of non-compliance with the measures pursuant to "
     "paragraph 1 above and to determine the appropriate course of action on each case, and requests "
     "the Chairman, in periodic reports to the Council pursuant to paragraph 46 below, to provide "
     "progress reports on the Committee’s work on this issue;", "SC", ["Chairman of the Committee"],
     ["Security Council"]),
    # segmented/S_RES_2203 (2015) 18: "submit to the Council" without "to"
    ("Requests the Secretary-General submit to the Council regular reports every six months on the "
     "implementation of this resolution;", "SC", ["Secretary-General"], ["Security Council"]),
    # segmented/A_HRC_RES_45_17 9: "and to the High Commissioner" is a second addressee
    ("Reiterates its appeal to the Secretary-General and to the United Nations High Commissioner for "
     "Human Rights to provide the Special Rapporteur with all assistance necessary for the successful "
     "fulfilment of his mandate;", "HRC",
     ["Secretary-General", "United Nations High Commissioner for Human Rights"], []),
    # ga-pdf-text/A_RES_79_313 43: whose resolution is cited and by what the addressee goes, set
    # off by commas, name no addressee
    ("Requests, in this regard, the United Nations Office on Drugs and Crime, within its mandate and "
     "resources, in line with Economic and Social Council resolution 2013/40 and in close cooperation "
     "and collaboration with Member States, to continue and to strengthen the collection of information "
     "on patterns and flows of illicit trafficking in wildlife and to report thereon biennially;", "GA",
     ["UNODC"], ["Economic and Social Council", "Member States"]),
    # segmented/A_RES_77_325 43: a body whose resolution is cited is not asked
    ("Also requests the Secretary-General, taking into account Economic and Social Council resolution "
     "2013/40, to report to the General Assembly at its seventy-ninth session on the global status of "
     "illicit trafficking in wildlife;", "GA", ["Secretary-General"], ["Economic and Social Council"]),
    # segmented/A_RES_45_179 9: "giving due consideration to the recommendations of the Commission"
    ("Requests the Economic and Social Council, as a matter of urgency at its first regular session of "
     "1991, giving due consideration to the recommendations of the Commission on Narcotic Drugs, to "
     "undertake a review of the functioning of the Commission on Narcotic Drugs and decide on the "
     "appropriate changes needed to improve it;", "GA",
     ["Economic and Social Council"], ["Commission on Narcotic Drugs"]),
    # ga-pdf-text/A_RES_80_113 35: the list of addressees goes on after what one of them goes by
    ("Recognizes the importance of applying a multi-hazard approach to preparedness, and encourages "
     "Member States, taking into account their specific circumstances, and the United Nations system to "
     "continue to apply the approach to their preparedness activities;", "GA",
     ["Member States", "United Nations system"], []),
    # ga-pdf-text/A_RES_80_198 44: "in conformity with his mandate established by the General Assembly"
    ("Calls upon the United Nations High Commissioner for Human Rights, in conformity with his mandate "
     "established by the General Assembly in its resolution 48/141 of 20 December 1993, and other "
     "relevant United Nations entities, in accordance with their mandates and existing resources, to "
     "continue to provide, at the request of States, advisory services for the prevention of torture;",
     "GA", ["United Nations High Commissioner for Human Rights", "United Nations system"],
     ["General Assembly", "United Nations"]),
    # segmented/A_RES_64_289 1: ", starting at the sixty-fifth session of the General Assembly,"
    ("Requests the Secretary-General, starting at the sixty-fifth session of the General Assembly, and "
     "as background material for the comprehensive policy review, to make available a compilation of "
     "all relevant legislation;", "GA", ["Secretary-General"], ["General Assembly"]),
    # segmented/S_RES_2396 (2017) 45: the Committee's Executive Directorate is asked, not the Committee
    ("Further requests CTED, in coordination with UNODC and other relevant UN bodies, INTERPOL, and the "
     "private sector, and in collaboration with Member States, to continue to collect and develop best "
     "practices on the systematic categorization, collection and sharing among Member States of "
     "biometric data;", "SC", ["Counter-Terrorism Committee Executive Directorate"],
     ["Counter-Terrorism Committee"]),
    # "…, and requests him/it to …": whom the first clause names, not the paragraph's other names
    # (segmented A_RES_66_161 16, A_RES_63_262 IV 11, A_RES_76_78 10: a body the register does not know)
    ("Takes note of the report of the Secretary-General, and requests him to continue to seek further the "
     "views of Member States and relevant agencies of the United Nations system and to submit to the "
     "General Assembly at its sixty-seventh session a substantive report on the subject based on these "
     "views;", "GA", ["Secretary-General"], ["Member States", "General Assembly", "United Nations system"]),
    ("Decides not to approve the proposal of the Secretary-General for a new secondary data centre at "
     "this stage, and requests him to report to the General Assembly at the first part of its resumed "
     "sixty-third session on the risk mitigation measures;", "GA", ["Secretary-General"],
     ["General Assembly"]),
    ("Expresses its appreciation to the Advisory Commission of the Agency, and requests it to continue "
     "its efforts and to keep the General Assembly informed of its activities;", "GA",
     ["Advisory Commission of the Agency"], ["General Assembly"]),
    # a request made again "that" someone act names them, not the names after their verb (segmented
    # A/RES/69/250 48, S/RES/2768 (2025) 2)
    ("Reiterates with concern its request that the Secretary-General complete the internal reviews "
     "concerning accountability mechanisms and the clear delineation of responsibility between the "
     "Under-Secretary-General for General Assembly and Conference Management and the Directors General "
     "of the United Nations Offices at Geneva, Nairobi and Vienna, requests the Secretary-General to "
     "report thereon to the General Assembly at its seventieth session;", "GA", ["Secretary-General"],
     ["General Assembly", "United Nations Offices"]),
    ("Reiterates its demand that the Houthis immediately cease all attacks against merchant and "
     "commercial vessels and immediately release the M/V Galaxy Leader and its crew;", "SC", ["Houthis"], []),
    # a mandate's name goes on through a list after a comma (segmented A_HRC_RES_54_8 2, A_HRC_RES_51_26 3:
    # the special procedures of the Human Rights Council named as the Council names them)
    ("Welcomes the work undertaken by the Special Rapporteur on the promotion of truth, justice, "
     "reparation and guarantees of non-recurrence in the implementation of his mandate;", "HRC",
     ["Special Rapporteur on the promotion of truth, justice, reparation and guarantees of non-recurrence"],
     ["Special Rapporteur on the promotion of truth"]),
    ("Requests the Special Rapporteur on extrajudicial, summary or arbitrary executions, in the "
     "discharge of his mandate, to continue to examine situations of extrajudicial executions;", "GA",
     ["Special Rapporteur on extrajudicial, summary or arbitrary executions"], []),
    ("Decides to renew the mandate of the Special Rapporteur on the human right to a clean, healthy and "
     "sustainable environment for a period of three years;", "HRC",
     ["Special Rapporteur on the human right to a clean, healthy and sustainable environment"], []),
    # a number of people is not who is asked (segmented S/RES/2429 (2018) 6, S/RES/1925 (2010) 2)
    ("Authorises the deployment of the necessary police force, not exceeding 2,500 personnel, including "
     "individual police officers and members of formed police units, essential for the implementation of "
     "UNAMID’s mandate;", "SC", [], ["not exceeding 2,500 personnel"]),
    ("Decides that MONUSCO shall be deployed until 30 June 2011 and authorizes that MONUSCO shall "
     "comprise, in addition to the appropriate civilian, judiciary and correction components, a maximum "
     "of 19,815 military personnel, 760 military observers, 391 police personnel and 1,050 personnel of "
     "formed police units;", "SC", ["MONUSCO"], ["760 military observers", "391 police personnel"]),
    # … a body named for "it", not for "them" (segmented A_HRC_RES_45_35 24: a court is no "them")
    ("Welcomes the efforts made by the authorities of the Central African Republic to hold criminal "
     "hearings in the Bangui Court of Appeal in February 2020, and encourages them to continue;", "HRC",
     [], ["Bangui Court of Appeal in February", "Bangui Court of Appeal"]),
    # a request made again after what the paragraph notes is asked of those it names, not of those
    # the noted fact names (ga-pdf-text/A_RES_80_232 3, A_RES_78_143 8, A_RES_80_229 64)
    ("Notes with concern that the Organization continues to disburse a higher amount in legal fees for "
     "arbitration under the capital master plan than the total in damages subsequently awarded to the "
     "plaintiffs, and reiterates its request to the Secretary-General to ensure the cost- and "
     "time-effective resolution of the remaining arbitration;", "GA", ["Secretary-General"],
     ["United Nations"]),
    ("Notes that in his report the Secretary-General urged Member States, international organizations, "
     "international and regional financial institutions, non-governmental organizations and the private "
     "sector to intensify their support for Lebanon in this matter, particularly for recovery and "
     "rehabilitation activities on the Lebanese coast, reiterates its invitation to States and the "
     "international donor community to make voluntary financial contributions to the Eastern "
     "Mediterranean Oil Spill Restoration Trust Fund;", "GA",
     ["Member States", "international donor community"], []),
    ("Further encourages Member States to strengthen their efforts in preventing and combating child "
     "pornography and combating all forms of child sexual exploitation and abuse, and in this regard "
     "reiterates its request to the United Nations Office on Drugs and Crime to provide technical "
     "assistance and capacity-building activities, upon request, in preventing and combating child "
     "sexual exploitation and abuse, both online and offline;", "GA", ["Member States", "UNODC"], []),
    # a participle's object qualifies what comes before, it is asked nothing (segmented A_RES_75_233 76)
    ("Reiterates its request to present annual reports to the programme country Governments on the "
     "results achieved by the United Nations country team as a whole, structured around the United "
     "Nations Sustainable Development Cooperation Framework, or equivalent planning framework, and linked "
     "to national development results;", "GA", [],
     ["structured around the United Nations Sustainable Development Cooperation Framework",
      "linked to national development results"]),
    # a State's name as the adjective of a common noun opens a list's member, it does not carry a name
    # on (segmented A_HRC_RES_43_26 7) …
    ("Requests the Government and the Myanmar armed forces to take the measures necessary to ensure "
     "accountability and to end impunity for those crimes;", "HRC", ["Myanmar armed forces"],
     ["Government and the Myanmar armed forces"]),
    # … as a name that goes on in capitals does (segmented A_RES_45_112 13)
    ("Recommends that the Committee on Crime Prevention and Control request the Ninth Congress to review "
     "the progress made in the promotion and application of the Riyadh Guidelines;", "GA",
     ["Committee on Crime Prevention and Control"], ["Committee on Crime Prevention"]),
    # a name read as far as the words go does not end with "of" or "and" (segmented A_RES_74_198 6,
    # ga-pdf-text A_RES_78_269 13)
    ("Requests the secretariat of the United Nations Conference on Trade and Development and in "
     "consultation with the United Nations Educational, Scientific and Cultural Organization and relevant "
     "entities of the United Nations system, to inform the General Assembly at its seventy-seventh session "
     "of the implementation of the present resolution;", "GA",
     ["secretariat of the United Nations Conference on Trade and Development"],
     ["secretariat of the United Nations Conference on Trade and Development and"]),
    ("Decides that the proceedings of the high-level meeting and the multi-stakeholder hearing shall be "
     "webcast, and encourages the President of the General Assembly, the Secretary-General and the "
     "Director General of the World Health Organization, the Director General of the Food and "
     "Agriculture Organization of the United Nations, the Executive Director of the United Nations "
     "Environment Programme and the Director General of the World Organisation for Animal Health to give "
     "the highest visibility to the high-level meeting, through all relevant media platforms and "
     "information and communications technologies.", "GA", ["Secretary-General"], ["Director General of"]),
    # an item on the body's own agenda, after what it notes of another's (ga-pdf-text A_RES_71_231 9)
    ("Takes note of resolution 2/22 adopted by the United Nations Environment Assembly on 27 May 2016 on "
     "the review of the cycle of the United Nations Environment Assembly of the United Nations Environment "
     "Programme, in which it decided to hold its regular sessions in odd-numbered years commencing with its "
     "third session, in 2017, and decides to include in the provisional agenda of its seventy-third "
     "session, under the item entitled “Sustainable development”, the sub-item entitled “Report of the "
     "United Nations Environment Assembly of the United Nations Environment Programme”, unless otherwise "
     "agreed.", "GA", ["General Assembly"], ["United Nations Environment Assembly"]),
    # observers of a body are asked, not the body (ga-pdf-text A_RES_78_319 6)
    ("Encourages all Member States and observers of the General Assembly and members of the United Nations "
     "specialized agencies to be represented at the level of Head of State or Government or at the highest "
     "possible level;", "GA", ["Member States"], ["General Assembly"]),
    # … and the States that are members of the specialized agencies are States, not the agencies
    # (ga-pdf-text A_RES_78_269 7)
    ("Encourages all Member States and members of the United Nations specialized agencies to participate "
     "in the high-level meeting, including the multi-stakeholder panels, at the highest possible level;",
     "GA", ["Member States"], ["United Nations", "United Nations system"]),
    # an entity's name before a thing of its own is that thing's adjective (segmented A_RES_73_346 39)
    ("Reaffirms that the United Nations website is an essential tool for Member States, the media, "
     "non-governmental organizations, educational institutions and the general public;", "GA", [],
     ["United Nations"]),
    # the mechanisms of a principal organ are asked, not the organ (segmented A_HRC_RES_37_20 27)
    ("Encourages the special procedures and other human rights mechanisms of the Human Rights Council to "
     "continue to integrate a gender perspective into their work;", "HRC", ["special procedures"],
     ["Human Rights Council"]),
    # a name the register does not know, listed right before one it knows, is an addressee of its own
    # (segmented S_RES_2654 (2022) 3, S_RES_2444 (2018) 53, A_RES_70_305 24); not capitalised words that
    # share the known name's common noun (S_RES_2760 (2024) 6)
    ("Expresses its full support for the Secretary-General and his Personal Envoy to facilitate the "
     "negotiations process in order to achieve a solution to the Western Sahara question, building on the "
     "progress and framework of the former Personal Envoy, and strongly encourages Morocco, the Frente "
     "POLISARIO, Algeria, and Mauritania to engage with the Personal Envoy throughout the duration of this "
     "process, in a spirit of realism and compromise, to ensure a successful outcome;", "SC",
     ["Morocco", "Frente POLISARIO", "Algeria", "Mauritania"], []),
    ("Reiterates its request for Member States to assist the Panel of Experts in its investigations, and "
     "further requests the FGS, FMSs and AMISOM to share information with the Panel of Experts regarding "
     "Al-Shabaab activities;", "SC", ["FMSs"], []),
    ("Recalls rules 153 and 154 of the rules of procedure of the General Assembly, and encourages the Chairs "
     "of the Main Committees and the Secretary-General to ensure observance of these rules, within their "
     "respective mandates;", "GA", ["Chairs of the Main Committees", "Secretary-General"], []),
    ("Stresses the urgent need for and calls on the Sudanese and South Sudanese authorities to issue visas "
     "to allow for UNISFA’s deployment of 640 police personnel;", "SC", ["South Sudan"], ["Sudanese"]),
    # a pronoun a further call addresses is whom the first clause names, beside those other calls name, not
    # all the paragraph names in passing (segmented S_RES_2654 (2022) 12, S_RES_2259 (2015) 2, A_RES_73_326 4)
    ("Welcomes the initiatives undertaken by the Secretary-General to standardize a culture of performance "
     "in UN peacekeeping, and reaffirms its support for the development of a comprehensive and integrated "
     "performance policy framework that identifies clear standards of performance for evaluating all United "
     "Nations civilian and uniformed personnel working in and supporting peacekeeping operations that "
     "facilitates effective and full implementation of mandates, and includes comprehensive and objective "
     "methodologies based on clear and well-defined benchmarks to ensure accountability for underperformance "
     "and incentives and recognition for outstanding performance, and calls on him to apply this framework "
     "to MINURSO as described in resolution 2436 (2018), requests the Secretary-General to seek to increase "
     "the number of women in MINURSO, as well as to ensure the full, equal, and meaningful participation of "
     "women in all aspects of operations;", "SC", ["Secretary-General"], ["United Nations", "MINURSO"]),
    ("Welcomes the formation of the Presidency Council and calls upon it to work expeditiously within the 30 "
     "days stated in the Libyan Political Agreement to form a Government of National Accord, and to finalise "
     "interim security arrangements necessary for stabilising Libya, and in this regard calls upon Member "
     "States to respond urgently to requests from it for assistance;", "SC",
     ["Presidency Council", "Member States"], []),
    # (A_RES_73_326 4: "them" after a call that named someone is whom that call invites, civil society, not
    # "all relevant stakeholders" whose participation the first clause names; "all stakeholders that were
    # accredited …", invited too, are not read)
    ("Reiterates the importance of the effective participation of all relevant stakeholders in the forums, "
     "and invites non-governmental organizations that are in consultative status with the Economic and "
     "Social Council, as well as all stakeholders that were accredited to the preparatory process of the "
     "intergovernmental consultations of the Global Compact for Safe, Orderly and Regular Migration or that "
     "were accredited to participate in the Intergovernmental Conference to Adopt the Global Compact for "
     "Safe, Orderly and Regular Migration, and encourages them to register with the Secretariat in order to "
     "participate in the forums;", "GA",
     ["civil society"], ["Economic and Social Council", "Secretariat"]),
    # a short name that ends with an institution's noun is an addressee, a thing word before it or not
    # (segmented E_RES_2023_30 12, A_HRC_RES_49_32 10, A_RES_48_112 5)
    ("Encourages the Joint Programme to sustain its efforts in engaging and collaborating on global health "
     "priorities in accordance with its mandate, and emphasizes the importance of drawing lessons from the "
     "multisectoral approach to HIV to tackle other global health challenges while ensuring that equity "
     "remains a central principle;", "ECOSOC", ["Joint Programme"], []),
    ("Also encourages the Trust Fund to continue to engage former beneficiaries of the Trust Fund from "
     "Africa, Asia, the Caribbean and the Pacific to exchange ideas on strengthening engagement with the "
     "Human Rights Council and its mechanisms;", "HRC", ["Trust Fund"], ["Human Rights Council"]),
    ("Requests the Programme to include in its report to the Commission on Narcotic Drugs on the "
     "implementation of the United Nations Convention against Illicit Traffic in Narcotic Drugs and "
     "Psychotropic Substances a section on experience gained to date in implementing the Convention, which "
     "should contain recommendations and strategies for its further implementation, and invites Member "
     "States to cooperate with the Programme in this regard;", "GA", ["Programme"],
     ["Commission on Narcotic Drugs"]),
]


@pytest.mark.parametrize(("text", "body", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_addressees_of_real_paragraphs(text, body, present, absent):
    actors = analyse(text, body=body, gazetteer=G).actors
    for name in present:
        assert name in actors, actors
    for name in absent:
        assert name not in actors, actors
    if not present and body in ("GA",) and "General Assembly" in absent:
        assert actors == []


@pytest.mark.parametrize(("body", "committee"), [
    ("HRC", "Human Rights Council Advisory Committee"),
    ("GA", "Advisory Committee on Administrative and Budgetary Questions"),
])
def test_the_advisory_committee_is_the_adopting_bodys_own(body, committee):
    # segmented/A_HRC_RES_22_16 1: the Council's Advisory Committee, not the Assembly's ACABQ
    text = ("Requests the Advisory Committee to prepare, from within existing resources, a research-based "
            "report on best practices and main challenges in the promotion and protection of human rights "
            "in post-disaster and post-conflict situations, and to present the report to the Human Rights "
            "Council at its twenty-eighth session;")
    assert analyse(text, body=body, gazetteer=G.for_body(body)).actors == [committee]
    extended = G.extended([("Special Committee on Peacekeeping Operations", ["C-34"])])
    assert extended.for_body(body).find(text)[0][2] == committee
    assert G.for_body(body) is G.for_body(body)  # built once


def test_a_human_rights_council_resolution_reads_its_own_advisory_committee():
    resolution = parse(
        "Human Rights Council\n\nResolution adopted by the Human Rights Council on 21 March 2013\n\n"
        "22/16. Human rights in post-disaster and post-conflict situations\n\n"
        "The Human Rights Council,\n\nRecalling its resolution 19/3,\n\n"
        "1. Requests the Advisory Committee to prepare a research-based report on best practices and "
        "to present the report to the Human Rights Council at its twenty-eighth session;\n",
        "A_HRC_RES_22_16.txt")
    assert resolution.operative[0].actors == ["Human Rights Council Advisory Committee"]


@pytest.mark.parametrize(("written", "canonical"), [
    ("UNDP", "UNDP"), ("United Nations Children’s Fund", "UNICEF"), ("UNHCR", "UNHCR"),
    ("OHCHR", "Office of the United Nations High Commissioner for Human Rights"), ("UNODC", "UNODC"),
    ("UNEP", "UNEP"), ("UN-Women", "UN-Women"), ("World Health Organization", "WHO"), ("FAO", "FAO"),
    ("UNESCO", "UNESCO"), ("ILO", "ILO"), ("IAEA", "IAEA"),
    ("DPPA", "Department of Political and Peacebuilding Affairs"), ("DPO", "Department of Peace Operations"),
    ("DESA", "Department of Economic and Social Affairs"),
    ("OCHA", "Office for the Coordination of Humanitarian Affairs"), ("UNCTAD", "UNCTAD"),
    ("International Telecommunication Union", "ITU"),
    ("ESCAP", "Economic and Social Commission for Asia and the Pacific"),
    ("ECLAC", "Economic Commission for Latin America and the Caribbean"),
    ("Peacebuilding Commission", "Peacebuilding Commission"), ("ICJ", "International Court of Justice"),
    ("United Nations University", "United Nations University"),
    ("Committee against Torture", "Committee against Torture"),
    ("Human Rights Council Advisory Committee", "Human Rights Council Advisory Committee"),
    # the Security Council's spellings of one group (segmented S/RES/2589 (2021) 6, S/RES/2447 (2018) 3)
    ("troop and police contributing countries", "troop- and police-contributing countries"),
    ("troop-contributing and police-contributing countries", "troop- and police-contributing countries"),
    # as the Assembly and the Council sometimes print them (ga-pdf-text/A_RES_78_42 4, segmented
    # S/RES/2475 (2019) 11): not "all parties" to a conflict
    ("State parties", "States parties"), ("State Parties", "States parties"),
])
def test_gazetteer_knows_the_united_nations_system(written, canonical):
    found = G.find(f"Invites the {written} to report")
    assert [name for _, _, name in found] == [canonical]


def test_a_longer_name_than_the_gazetteer_knows_is_kept_whole():
    text = "Invites the United Nations Youth Office to contribute to the high-level meeting;"
    assert analyse(text, body="GA", gazetteer=G).actors == ["United Nations Youth Office"]


@pytest.mark.parametrize(("text", "actors"), [
    # ga-pdf-text/A_RES_78_59 4 (and its yearly repeats): the United Nations Standing Advisory
    # Committee on Security Questions in Central Africa, not the Advisory Committee on
    # Administrative and Budgetary Questions
    ("Invites the Standing Advisory Committee and the Economic Community of Central African States to "
     "continue discussions", ["Standing Advisory Committee", "Economic Community of Central African States"]),
    # ga-pdf-text/A_RES_80_151 23, A_RES_75_12 13: other organizations, not the United Nations
    ("Invites the World Customs Organization to contribute", ["World Customs Organization"]),
    ("Encourages the Black Sea Economic Cooperation Organization and the United Nations to cooperate",
     ["Black Sea Economic Cooperation Organization", "United Nations"]),
    # segmented A_RES_76_181 88: the World Health Assembly is not the General Assembly
    ("Invites the World Health Assembly to consider the matter", ["World Health Assembly"]),
    # the United Nations' own, a possessive and a mandate's generic name are as before
    ("Invites the UN Secretariat to report", ["Secretariat"]),
    ("Invites the Secretary-General’s Personal Envoy to report", ["Secretary-General",
                                                                 "Personal Envoy of the Secretary-General"]),
])
def test_capitalised_words_before_a_short_name_make_another_bodys_name(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


def test_the_standing_advisory_committee_takes_its_full_name_not_the_acabqs():
    text = """A/RES/99/59
Regional confidence-building measures: activities of the United Nations Standing Advisory Committee \
on Security Questions in Central Africa

The General Assembly,

Bearing in mind the establishment by the Secretary-General on 28 May 1992 of the Standing Advisory \
Committee on Security Questions in Central Africa,

1. Invites the Standing Advisory Committee to continue its work;

2. Requests the Secretary-General to report to it at its hundredth session.
"""
    parsed = parse(text.encode(), "A_RES_99_59.txt")
    assert parsed.operative[0].actors == [
        "Standing Advisory Committee on Security Questions in Central Africa"]


@pytest.mark.parametrize(("texts", "owner"), [
    # the title's one State (segmented A_HRC_RES_39_23: "Advisory services and technical assistance for
    # Cambodia")
    (["Advisory services and technical assistance for Cambodia",
      "Encourages the Government to continue to cooperate with the Special Rapporteur;"], "Cambodia"),
    # … else the State the resolution most often calls "the Government of …"
    (["Technical assistance and capacity-building for the improvement of human rights",
      "Welcomes the efforts of the Government of South Sudan and of the Government of South Sudan's "
      "partners;", "Urges the Government to ensure accountability;"], "South Sudan"),
    # … and nothing where nothing tells
    (["Human rights and unilateral coercive measures", "Urges the Government to act;"], "Government"),
])
def test_the_government_is_the_state_the_resolution_is_about(texts, owner):
    actors = [["Government", "Special Rapporteur"]]
    resolve_short_names(actors, texts, G)
    assert actors[0][0] == owner


@pytest.mark.parametrize(("written", "texts", "owner"), [
    # a State's transitional authorities by the words alone, in a resolution on that State (segmented
    # A_HRC_RES_52_42 18, S_RES_2056 (2012) 8, A_HRC_RES_48_22 14)
    ("transitional authorities", ["Technical assistance and capacity-building for Mali in the field of human "
                                  "rights", "Strongly condemns the summary executions of individuals, "
                                  "encourages the transitional authorities to see through to completion the "
                                  "judicial investigations;"], "Mali"),
    ("Transitional authorities", ["The situation in Mali", "Expresses its support to the Transitional "
                                  "authorities in Mali;"], "Mali"),
    ("Federal Government", ["Assistance to Somalia in the field of human rights",
                            "Calls upon the Federal Government to continue its efforts;"], "Somalia"),
])
def test_a_states_transitional_authorities_are_the_state(written, texts, owner):
    actors = [[written]]
    resolve_short_names(actors, texts, G)
    assert actors == [[owner]]


@pytest.mark.parametrize(("written", "texts", "owner"), [
    # a Government its parties formed together, by its name alone, in a resolution on that State (segmented
    # S_RES_2259 (2015) 13, A_HRC_RES_48_25 9, A_HRC_RES_43_27 4)
    ("Government of National Accord", [
        "Resolution 2259 (2015)",
        "Reaffirming its strong commitment to the sovereignty, independence, territorial integrity and "
        "national unity of Libya,",
        "Endorses the Rome Communiqué of 13 December 2015 to support the Government of National Accord as "
        "the sole legitimate government of Libya, stresses that a Government of National Accord that should "
        "be based in the capital Tripoli is urgently needed to provide Libya with the means to maintain "
        "governance;",
        "Urges Member States to cease support to and official contact with parallel institutions that claim "
        "to be the legitimate authority in Libya;",
        "Calls upon all parties in Libya to engage constructively;",
        "Calls upon the Government of National Accord to promote and protect human rights;"], "Libya"),
    ("Government of National Unity", [
        "Technical assistance and capacity-building to improve human rights in Libya",
        "Calls upon the Government of National Unity to give priority to drawing up a national human rights "
        "plan;"], "Libya"),
    ("Revitalized Transitional Government of National Unity", [
        "Situation of human rights in South Sudan",
        "Urges the Revitalized Transitional Government of National Unity to address the previous and current "
        "findings of the Commission;"], "South Sudan"),
])
def test_a_government_of_national_unity_is_the_state(written, texts, owner):
    actors = [[written]]
    resolve_short_names(actors, texts, G)
    assert actors == [[owner]]


def test_the_government_of_south_sudan_by_its_abbreviation_and_former_name():
    # segmented S_RES_2729 (2024) 13, S_RES_1990 (2011) 9
    assert analyse("Calls upon the GoSS to resolve housing, land and property issues;", body="SC",
                   gazetteer=G).actors == ["South Sudan"]
    assert "South Sudan" in analyse(
        "Calls upon the Government of Sudan and the Government of Southern Sudan or its successor urgently "
        "to reach agreement;", body="SC", gazetteer=G).actors


def test_short_names_take_the_full_name_the_resolution_gives():
    # ga-pdf-text/A_RES_79_84: "the University" is the University for Peace of the title
    actors = [["University"], ["Secretary-General"]]
    resolve_short_names(actors, ["University for Peace",
                                 "Requests the University, given its role in developing innovative "
                                 "concepts and approaches to peace and security, to find viable ways"],
                        G)
    assert actors == [["University for Peace"], ["Secretary-General"]]
    # two committees and no title to choose by: left alone
    actors = [["Committee"]]
    resolve_short_names(actors, ["Something", "the Sixth Committee and the Fifth Committee"], G)
    assert actors == [["Committee"]]


def test_generic_mandate_takes_its_full_name_from_the_resolution():
    text = """A/HRC/RES/99/1

Human Rights Council

99/1. The right to food

The Human Rights Council,

Recalling its resolutions on the right to food,

1. Welcomes the work of the Special Rapporteur on the right to food;

2. Requests the Special Rapporteur to submit a report to the Council at its hundred and first session;
"""
    r = parse(text, "A_HRC_RES_99_1.txt")
    assert r.operative[1].actors == ["Special Rapporteur on the right to food"]


def test_a_mandates_name_does_not_take_the_words_after_a_country_as_a_list():
    # segmented A_HRC_RES_51_26 3: "… Commission of Inquiry on the Syrian Arab Republic immediate, full
    # and unfettered access": the paragraph's own words, not more of the Commission's name
    text = ("Welcomes the work of the Office of the United Nations High Commissioner for Human Rights in "
            "producing a detailed assessment of casualties, and demands that the Syrian Arab Republic grant "
            "the Office of the High Commissioner and the Independent International Commission of Inquiry on "
            "the Syrian Arab Republic immediate, full and unfettered access throughout the Syrian Arab "
            "Republic;")
    actors = analyse(text, body="HRC", gazetteer=G).actors
    assert not any("unfettered" in name for name in actors), actors


@pytest.mark.parametrize(("text", "body", "whole"), [
    # segmented E_RES_2017_9 4: the name ran past the 600 characters read for names ("… Multilateral
    # Financia")
    ("Also stresses the need for the Inter-Agency Network on Women and Gender Equality, as well as other "
     "existing inter-agency networks, including the United Nations System Chief Executives Board for "
     "Coordination, the High-level Committee on Programmes, the High-level Committee on Management, the "
     "United Nations Development Group and its working mechanisms at the global and regional levels, the "
     "United Nations Evaluation Group, the Finance and Budget Network of the Chief Executives Board for "
     "Coordination and the Representatives of Internal Audit Services of the United Nations Organizations "
     "and Multilateral Financial Institutions, to continue, as appropriate, to take concrete actions to "
     "further promote gender mainstreaming in the United Nations system;",
     "ECOSOC", "United Nations Organizations and Multilateral Financial Institutions"),
    # segmented A_RES_68_179 10: past the 400 characters read after "and therefore: (a) Requests"
    ("Encourages giving appropriate consideration to the issue of migration and development in the "
     "preparation of the post-2015 development agenda through, inter alia, integrating a human rights "
     "perspective and mainstreaming a gender perspective, and therefore: (a) Requests Member States, the "
     "United Nations system, international organizations, civil society and all relevant stakeholders, "
     "especially the United Nations High Commissioner for Human Rights, the Special Rapporteur of the Human "
     "Rights Council on the human rights of migrants, the Special Representative of the Secretary-General on "
     "International Migration and Development and the International Organization for Migration, to give "
     "due consideration to international migration in the elaboration of the post-2015 development agenda;",
     "GA", "Special Representative of the Secretary-General for International Migration"),
])
def test_a_name_at_the_end_of_the_words_read_is_read_whole(text, body, whole):
    actors = analyse(text, body=body, gazetteer=G).actors
    assert whole in actors, actors
    # and no name is cut inside a word ("… International Migrati")
    for name in actors:
        at = text.find(name)
        assert at < 0 or not text[at + len(name)].isalpha(), name


def test_a_mandates_name_ends_before_a_verb_and_its_clause():
    # segmented A_RES_51_77 35: "… on children and ensure that …"
    text = ("Recommends that the Secretary-General appoint for a period of three years a Special "
            "Representative on the impact of armed conflict on children and ensure that the necessary "
            "support is made available to the Special Representative;")
    actors = analyse(text, body="GA", gazetteer=G).actors
    # (the clause's subject is asked, the Special Representative it is to appoint is not)
    assert actors == ["Secretary-General"], actors


def test_a_mandates_name_ends_before_an_infinitive_with_its_object():
    # segmented A_HRC_RES_55_7 25: "… on the enjoyment of human rights to continue her work" (the name
    # goes on after "rights to" only into what the right is to: "to food", "to a clean …")
    text = ("Requests the Special Rapporteur on the negative impact of unilateral coercive measures on the "
            "enjoyment of human rights to continue her work on identifying and proposing concrete measures "
            "to ensure the removal of unilateral coercive measures;")
    assert analyse(text, body="HRC", gazetteer=G).actors == [
        "Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment of "
        "human rights"]


@pytest.mark.parametrize(("text", "names"), [
    # segmented S_RES_2083(2012): the committee named after the resolutions that established it
    ("Reminding the Committee established pursuant to resolutions 1267 (1999) and 1989 (2011) to "
     "remove expeditiously", ["1267 Committee"]),
    # segmented S_RES_1810(2008): the 1373 Committee is the Counter-Terrorism Committee
    ("between the 1540 Committee, the Security Council Committee established pursuant to resolution "
     "1267 (1999), concerning Al-Qaida and the Taliban, and the Security Council Committee established "
     "pursuant to resolution 1373 (2001), concerning counter-terrorism",
     ["1540 Committee", "1267 Committee", "Counter-Terrorism Committee"]),
    # segmented S_RES_2255(2015), S_RES_2444(2018), S_RES_2133(2014)
    ("the Committee established in paragraph 35 of resolution 1988 (“the Committee”)", ["1988 Committee"]),
    ("notifications to the Committee pursuant to resolutions 751 (1992) and 1907 (2009) concerning "
     "Somalia and Eritrea", ["751 Committee"]),
    ("Encourages the Monitoring Team of the 1267/1989 Al-Qaida Sanctions Committee and",
     ["Monitoring Team", "1267 Committee"]),
    # segmented S_RES_2206(2015): the resolution's own committee, named by resolve_short_names
    ("as designated by the Committee established pursuant to paragraph 16 of this resolution",
     ["Committee"]),
    # a year is not a committee's number
    ("In 2003 Committee members met", []),
])
def test_a_security_council_committee_is_named_after_its_resolution(text, names):
    assert [name for _s, _e, name in _names_with_spans(text, len(text), G)] == names


@pytest.mark.parametrize(("symbol", "texts", "owner"), [
    # segmented S_RES_1989(2011): the preamble says which committee "the Committee" is, though the
    # Counter-Terrorism Committee is named too
    ("S/RES/1989 (2011)",
     ["Reminding the Committee established pursuant to resolution 1267 (1999) (“the Committee”) to "
      "remove expeditiously", "cooperation among the Committee, the Counter-Terrorism Committee (CTC) "
      "and the Committee established pursuant to resolution 1540 (2004)",
      "Directs the Committee to transmit to the Committee established pursuant to resolution 1988 (2011) "
      "all listing submissions"], "1267 Committee"),
    # segmented S_RES_2140(2014): a resolution establishing its own committee
    ("S/RES/2140 (2014)",
     ["Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a "
      "Committee of the Security Council consisting of all the members of the Council (herein “the "
      "Committee”), to undertake the following tasks",
      "Directs the Committee to cooperate with other relevant Security Council Sanctions Committees, in "
      "particular the Committee pursuant to resolutions 1267 (1999) and 1989 (2011)"], "2140 Committee"),
    # segmented S_RES_1904(2009): the committees listed beside "the Committee" are not it, and nothing
    # else says which it is
    ("S/RES/1904 (2009)",
     ["Reiterates the need to enhance ongoing cooperation among the Committee, the Counter Terrorism "
      "Committee (CTC) and the Committee established pursuant to resolution 1540 (2004), as well as "
      "their respective groups of experts", "the reports by the Chairmen of CTC and the Committee "
      "established pursuant to resolution 1540 (2004)"], "Committee"),
    # ga-pdf-text/A_RES_64_71: a definition after the name's complement
    ("A/RES/64/71",
     ["Oceans and the law of the sea", "the Division for Ocean Affairs and the Law of the Sea of the "
      "Office of Legal Affairs of the Secretariat (“the Division”)", "Requests the Division to provide "
      "support"], "Division for Ocean Affairs and the Law of the Sea"),
])
def test_a_short_name_is_what_the_resolution_says_it_stands_for(symbol, texts, owner):
    actors = [["Committee" if owner.endswith("Committee") else "Division"]]
    resolve_short_names(actors, ["Title", *texts], G, symbol)
    assert actors == [[owner]]


def test_a_committees_resolution_does_not_end_its_addressees():
    # segmented S_RES_2396(2017)
    text = ("Directs the Committee established pursuant to resolution 1267 (1999), 1989 (2011) and 2253 "
            "(2015) and the Analytical Support and Sanctions Monitoring Team, in close cooperation with all "
            "relevant United Nations counter-terrorism bodies, to continue to devote special focus to the "
            "threat posed by foreign terrorist fighters;")
    assert analyse(text, body="SC", gazetteer=G).actors == ["1267 Committee", "Monitoring Team"]


def test_a_mandates_name_speaks_of_no_ones_own():
    # segmented A_RES_70_161: "the Special Rapporteur for the effective fulfilment of his or her mandate"
    # is no second Special Rapporteur, so "the Special Rapporteur" is the one the resolution names
    texts = ["Human rights defenders",
             "Welcomes the work and takes note of the report of the Special Rapporteur of the Human Rights "
             "Council on the situation of human rights defenders;",
             "Urges States to provide all information requested by the Special Rapporteur for the effective "
             "fulfilment of his or her mandate;",
             "Requests the Special Rapporteur to continue to report annually on his or her activities;"]
    names = [name for text in texts for _s, _e, name in _names_with_spans(text, len(text), G)]
    assert "Special Rapporteur on the situation of human rights defenders" in names
    assert not any("fulfilment" in name for name in names)
    actors = [["Special Rapporteurs"]]
    resolve_short_names(actors, texts, G)
    assert actors == [["Special Rapporteur on the situation of human rights defenders"]]


def test_the_council_of_a_general_assembly_resolution_is_the_council_it_names():
    # segmented A_RES_75_182 3: "the Council" of an Assembly resolution is the one it names
    actors = [["Council"]]
    texts = ["The right to development",
             "Emphasizes the relevant provisions of General Assembly resolution 60/251 of 15 March 2006 "
             "establishing the Human Rights Council, and in this regard calls upon the Council to implement "
             "the agreement"]
    resolve_short_names(actors, texts, G)
    assert actors == [["Human Rights Council"]]


@pytest.mark.parametrize(("text", "body"), [
    # segmented A_HRC_RES_43_39 19, S_RES_2409(2018) 8: when, not who
    ("Commends the decision of the Presidency Council of the Government of National Accord on 19 April "
     "2018 to establish a high-level committee to follow up on the affairs of Libyans displaced;", "HRC"),
    ("Calls on the Parliament during the ordinary session starting on 15 March 2018 to adopt revisions to "
     "the law for the distribution of seats;", "SC"),
])
def test_when_is_not_part_of_a_name(text, body):
    actors = analyse(text, body=body, gazetteer=G).actors
    assert actors and not any("2018" in a or "during" in a for a in actors)


def test_the_al_qaida_sanctions_committee_is_the_1267_committee():
    # segmented S_RES_2368(2017): the Committee's names, counted as one, outnumber the
    # Counter-Terrorism Committee's
    texts = ["Threats to international peace and security caused by terrorist acts",
             "Stressing the important role the ISIL (Da’esh) and Al-Qaida Sanctions Committee plays in "
             "identifying possible cases of non-compliance",
             "individuals designated by the Committee established pursuant to resolutions 1267 (1999) "
             "and 1989 (2011)",
             "Requests the Analytical Support and Sanctions Monitoring Team to provide the Committee "
             "established pursuant to resolutions 1267 (1999) and 1989 (2011) oral briefings",
             "in conjunction with the reports by the Chairs of the Counter-Terrorism Committee",
             "the Counter-Terrorism Committee and its Executive Directorate",
             "Requests the Committee to report, through its Chair, at least once per year, to the Council"]
    actors = [["Committee", "Chair"]]
    resolve_short_names(actors, texts, G, "S/RES/2368 (2017)")
    assert actors == [["1267 Committee", "Chair"]]


@pytest.mark.parametrize(("text", "body", "actors"), [
    # ga-pdf-text/A_RES_78_269 6, A_RES_70_235 286: named in full, then by its first words
    ("Requests the President of the General Assembly, with the support of the World Health Organization, to "
     "organize and preside over an interactive multi-stakeholder hearing, before the end of June 2024, and "
     "also requests the President to prepare a summary of the hearing prior to the high-level meeting;",
     "GA", ["President of the General Assembly"]),
    ("Invites the secretariat of the Regular Process to continue its work, and requests the secretariat to "
     "report on progress;", "GA", ["secretariat of the Regular Process"]),
    # ga-pdf-text/A_RES_80_150 65, A_RES_68_238 16: those who co-chair or co-facilitate
    ("Requests the co-facilitators to present a concise and action-oriented draft political declaration, no "
     "later than 30 November 2026, prepared on the basis of inputs from Member States;", "GA",
     ["co-facilitators"]),
    ("Invites the co-chairs to prepare the draft outcome document, to be circulated no later than 14 March "
     "2014;", "GA", ["co-chairs"]),
    # segmented A_HRC_RES_45_34 33: a mandate's name ends before a further request
    ("Decides to renew the mandate of the team of international experts on the situation in Kasai and "
     "requests the team to present a final report to the Human Rights Council at its forty-eighth session;",
     "HRC", ["team of international experts on the situation in Kasai"]),
])
def test_an_addressee_named_again_by_its_first_words_is_one_actor(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_a_short_form_the_paragraph_did_not_write_in_full_is_kept():
    # ga-pdf-text/A_RES_80_187 13 (refugees): "the Office of the High Commissioner" is the gazetteer's
    # Office for Human Rights, written otherwise; the later "the Office" is left to the resolution
    text = ("Encourages the Office of the High Commissioner to continue to respond adequately to "
            "emergencies, and encourages the Office to redouble its efforts to ensure a more "
            "predictable response;")
    assert len(analyse(text, body="GA", gazetteer=G).actors) == 2


def _assembly_resolution(title: str, preamble: str, operative: str) -> str:
    return (f"A/RES/80/999\n\nGeneral Assembly\n\nEightieth session\n\nResolution adopted by the General "
            f"Assembly on 15 December 2025\n\n80/999. {title}\n\nThe General Assembly,\n\n{preamble}\n\n"
            f"1. {operative}\n")


def test_the_high_commissioner_of_a_resolution_on_refugees_is_the_high_commissioner_for_refugees():
    # ga-pdf-text/A_RES_80_187 (Office of the United Nations High Commissioner for Refugees) 13, 68/143
    op = ("Encourages the Office of the High Commissioner to continue to respond adequately to emergencies, "
          "and requests the High Commissioner to report thereon;")
    refugees = _assembly_resolution(
        "Office of the United Nations High Commissioner for Refugees",
        "Having considered the report of the United Nations High Commissioner for Refugees on the "
        "activities of her Office,", op)
    assert parse(refugees).operative[0].actors == ["UNHCR"]
    # … not where the resolution names the High Commissioner for Human Rights or the Office too
    both = _assembly_resolution(
        "Human rights and refugees",
        "Recalling the work of the Office of the United Nations High Commissioner for Refugees and of the "
        "Office of the United Nations High Commissioner for Human Rights,", op)
    assert "UNHCR" not in parse(both).operative[0].actors
    # … nor one that does not name the High Commissioner for Refugees at all
    neither = _assembly_resolution("Human rights education", "Recalling its resolutions,", op)
    assert parse(neither).operative[0].actors == [
        "Office of the United Nations High Commissioner for Human Rights",
        "United Nations High Commissioner for Human Rights"]
    # the Human Rights Council's "High Commissioner" is its own, whatever else it names (segmented
    # A_HRC_RES_55_21 3)
    council = parse(refugees.replace("A/RES/80/999", "A/HRC/RES/80/999").replace(
        "General Assembly", "Human Rights Council"), "A_HRC_RES_80_999.txt")
    assert "UNHCR" not in council.operative[0].actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # segmented S_RES_2203 (2015) 1, S_RES_2713 (2023) 5; ga-pdf-text A_RES_80_110 (a name with a comma)
    ("Decides to extend the current mandate of the United Nations Integrated Peacebuilding Office in "
     "Guinea-Bissau until 29 February 2016;", "SC", ["UNIOGBIS"]),
    ("Takes note of the recent military operations against Al-Shabaab and encourages the GFRS to continue "
     "these operations;", "SC", ["Somalia"]),
    ("Invites the Intergovernmental Oceanographic Commission of the United Nations Educational, Scientific "
     "and Cultural Organization to continue its work;", "GA", ["Intergovernmental Oceanographic Commission"]),
    # segmented S_RES_2481 (2019) 1, ga-pdf-text A_RES_80_61 (a name with a comma), A_RES_64_172 (the
    # Council the Working Group serves, in its name)
    ("Decides to extend the mandate of the United Nations Mission to support the Hodeidah Agreement (UNMHA) "
     "until 15 July 2020;", "SC", ["UNMHA"]),
    ("Encourages the United Nations Regional Centre for Peace, Disarmament and Development in Latin America "
     "and the Caribbean to continue to provide assistance;", "GA",
     ["United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the "
      "Caribbean"]),
    ("Requests the Working Group on the Right to Development of the Human Rights Council to continue its "
     "work;", "GA", ["Working Group on the Right to Development"]),
    # a mandate extended "to" a date is the mission's (segmented S_RES_2743 (2024) 1, S_RES_2487 (2019) 1)
    ("Decides to extend, to 15 July 2025 the mandate of BINUH in accordance with its resolution 2476 (2019), "
     "headed by a Special Representative of the Secretary-General of the United Nations;", "SC", ["BINUH"]),
    ("Decides to extend, to 25 September 2020, the mandate of the Verification Mission and reporting "
     "requirements in accordance with its resolutions 2366 (2017), 2377 (2017), and 2435 (2018);", "SC",
     ["United Nations Verification Mission in Colombia"]),
    # a policy named after those who keep it is no actor (segmented A_RES_71_278)
    ("Welcomes the efforts of the Secretary-General to expand vetting of all United Nations peacekeeping "
     "personnel to ensure that they do not have a history of sexual misconduct in service with the United "
     "Nations and reiterates its support for the United Nations Human Rights Screening Policy;", "SC",
     ["Secretary-General", "United Nations"]),
])
def test_the_gazetteer_knows_missions_offices_and_a_governments_acronym(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # segmented A_RES_428 (V) 2, S_RES_2250 (2015) 5: a group the texts print in lower case
    ("Calls upon governments to co-operate with the United Nations High Commissioner for Refugees;", "GA",
     ["Governments"]),
    ("Further calls upon states to comply with the obligations applicable to them;", "SC", ["Member States"]),
    # … not another group that ends with its words, nor a body in the singular (a convention's
    # secretariat: ga-pdf-text/A_RES_78_154 24)
    ("Invites local governments to share their experience;", "GA", ["local governments"]),
    ("Invites the secretariat of the Convention to continue to collaborate;", "GA",
     ["secretariat of the Convention"]),
    # segmented A_RES_75_193 23: a group named again with a word that says which of it is one addressee
    ("Demands that all parties, especially the Syrian regime, comply with their obligations, and calls "
     "upon the Syrian regime to allow access;", "GA", ["all parties", "Syrian Arab Republic"]),
])
def test_groups_as_the_register_knows_them_and_once(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_a_programme_of_work_is_no_one():
    # segmented A_RES_S-19_2, annex 114: an inanimate subject asks no one
    text = ("The work programme of the Commission on Sustainable Development on indicators of sustainable "
            "development should result in a practicable and agreed set of indicators")
    assert asked_of_its_subject(text) is None


def test_a_committee_a_paragraph_establishes_does_its_tasks():
    # segmented S/RES/2048 (2012) 9: the Committee reports, not the Council that establishes it
    text = security_council_resolution(
        "1. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a "
        "Committee of the Security Council consisting of all the members of the Council (herein “the "
        "Committee”), to undertake the following tasks:\n\n(a) To monitor implementation of the measures "
        "imposed in paragraph 4;\n\n(b) To report within thirty days to the Security Council on its work;\n\n"
        "2. Decides to remain seized of the matter.\n")
    parsed = parse(text.encode(), "S_RES_2999.txt")
    assert parsed.operative[0].kind == "report"
    assert parsed.operative[0].actors == ["2999 Committee"]


@pytest.mark.parametrize(("text", "actors"), [
    # segmented A_RES_13 (I) III 7, A_RES_S-10_2 103: what its subject should do, after an
    # introductory phrase, is asked of it
    ("In the selection of staff, the Secretary-General should follow in general the suggestions outlined "
     "in paragraphs 50-57 of section 2, chapter VIII of the Report of the Preparatory Commission.",
     ["Secretary-General"]),
    ("To encourage study and research on disarmament, the United Nations Centre for Disarmament should "
     "intensify its activities in the presentation of information.",
     ["United Nations Centre for Disarmament"]),
])
def test_a_subject_asked_after_an_introductory_phrase(text, actors):
    reading = read_paragraph(text, text, [], body="GA", session=1, gazetteer=G)
    assert (reading.kind, reading.actors) == ("exhortation", actors)


def test_a_department_by_its_name_is_asked_what_it_should_do():
    # A/RES/13 (I) III 11: a part of the Secretariat by its name acts (not "the departments" in general)
    text = ("In addition to assisting the newsreel and photographic press agencies, the Department of Public "
            "Information should also promote and where necessary participate in the production and "
            "non-commercial distribution of documentary films.")
    reading = read_paragraph(text, text, [], body="GA", session=1, gazetteer=G)
    assert (reading.kind, reading.action, reading.actors) == (
        "exhortation", "should", ["Department of Global Communications"])


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a name with an inner "of la" / "of the" after a body's short name is that name (segmented
    # A_RES_79_331 37, A_HRC_RES_34_17 4; A_RES_64_124 1), not its first words
    ("Welcomes the concrete contribution that the International Organization of la Francophonie has made "
     "to the development of the 2024 United Nations Strategic Framework, and encourages it to continue;",
     "GA", ["International Organization of la Francophonie"]),
    ("Invites the United Nations and the International Organization of la Francophonie to strengthen their "
     "cooperation;", "GA", ["United Nations", "International Organization of la Francophonie"]),
    # a body named anew after "an" is not the one the register knows by its first words (ga-pdf-text
    # A_RES_2099 (XX) 8)
    ("Decides to establish an Advisory Committee on Technical Assistance to Promote the Teaching, Study, "
     "Dissemination and Wider Appreciation of International Law—composed of ten Member States—which "
     "shall report, as appropriate, to the General Assembly;", "GA",
     ["Advisory Committee on Technical Assistance to Promote the Teaching, Study, Dissemination and Wider "
      "Appreciation of International Law"]),
    # the author of a report a paragraph cites is not asked (segmented S_RES_2592 (2021) 11 (a))
    ("Expresses concern about the high number of instances of the “six grave violations” against children "
     "documented in the Secretary-General’s annual report (S/2021/437), demands all parties to the conflict "
     "to take appropriate measures to end and prevent them;", "SC", ["all parties"]),
])
def test_names_read_to_their_end_and_only_those_asked(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "names"), [
    # "Assembly" after capitalised words names no body where they name a law or a meeting of a series
    # (segmented A_HRC_RES_46_21 33; A_RES_S-24_2 annex 64)
    ("urges the reform of the Media Law, the review, repeal or reform of all relevant legislation, including "
     "the Official Secrets Act, the Unlawful Associations Act, the Peaceful Assembly and Peaceful Procession "
     "Law", []),
    ("in this context support the convening of the Second World Assembly on Ageing, to be held in Spain", []),
    # a State's force, in the singular, is an organ of the State that can be asked (segmented
    # A_HRC_RES_S-37_1 4)
    ("the Mouvement du 23 mars and the Rwanda Defence Force to immediately end their violations",
     ["Rwanda Defence Force"]),
])
def test_names_that_are_no_body_and_a_states_organ(text, names):
    assert [n for *_, n in _names_with_spans(text, len(text), G, True)] == names


def test_a_short_name_defined_without_quotes():
    # segmented S_RES_1533 (2004) 8: "(the Committee)", with no quotes, names the Council's own committee
    actors = [["Committee"]]
    texts = ["Title", "Decides to establish, in accordance with rule 28 of its provisional rules of "
             "procedure, a Committee of the Security Council consisting of all members of the Council (the "
             "Committee), to undertake the following tasks"]
    resolve_short_names(actors, texts, G, "S/RES/1533 (2004)")
    assert actors == [["1533 Committee"]]


@pytest.mark.parametrize(("title", "texts", "owner"), [
    # segmented A_HRC_RES_48_16 21: the resolution never names the mandate in full; its title does
    ("48/16. Situation of human rights in Burundi",
     ["Requests the Special Rapporteur to present to the Human Rights Council, at its fiftieth session, an "
      "oral update on the situation of human rights in Burundi"],
     "Special Rapporteur on the situation of human rights in Burundi"),
    ("Situation of human rights in the Democratic People’s Republic of Korea",
     ["Requests the Independent Expert to submit a report"],
     "Independent Expert on the situation of human rights in the Democratic People’s Republic of Korea"),
])
def test_a_country_mandate_by_the_resolutions_title(title, texts, owner):
    generic = "Independent Expert" if "Independent" in texts[0] else "Special Rapporteurs"
    actors = [[generic]]
    resolve_short_names(actors, [title, *texts], G)
    assert actors == [[owner]]
    # another title says nothing of it: the generic name stays
    actors = [[generic]]
    resolve_short_names(actors, ["The right to food", *texts], G)
    assert actors == [[generic]]


def test_a_proper_name_listed_with_known_names_is_asked_as_written():
    # segmented A_HRC_RES_S-37_1 4, S_RES_2592 (2021) 7, ga-pdf-text A_RES_80_90 15
    for text, body, actors in [
        ("Calls upon the Mouvement du 23 mars and the Rwanda Defence Force to immediately end their "
         "violations and abuses of human rights;", "HRC", ["Mouvement du 23 mars", "Rwanda Defence Force"]),
        ("Calls on the FGS and FMS to accelerate the implementation of the Somali Transition Plan;", "SC",
         ["Somalia", "FMS"]),
        ("Requests the Territory and the administering Power to take all measures necessary to protect and "
         "conserve the environment of the Territory;", "GA", ["Territory", "administering Powers"]),
        # not an adjective of the next words, nor a name a window of the text cuts
        ("Urges the Eastern European States and the Western European and other States to nominate their "
         "candidates;", "GA", ["Member States"]),
    ]:
        assert analyse(text, body=body, gazetteer=G).actors == actors, text


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a plural title before a list of bodies names each one's holder (ga-pdf-text A_RES_79_284 40,
    # segmented A_RES_69_321 35, A_RES_69_250 77); "the Secretary-General of the United Nations" is the
    # Secretary-General, not the Organization too (segmented A_RES_75_323 2)
    ("Invites the Secretaries-General of the United Nations and the Council of Europe to combine their "
     "efforts in seeking answers to global challenges, within their respective mandates;", "GA",
     ["Secretary-General", "Secretary-General of the Council of Europe"]),
    ("Requests the Presidents of the General Assembly and the Security Council to start the process of "
     "soliciting candidates for the position of Secretary-General;", "GA",
     ["President of the General Assembly", "President of the Security Council"]),
    ("Encourages the Chairs of the Fifth Committee and the Advisory Committee to continue to promote "
     "cooperation between the two bodies in the sphere of documentation;", "GA",
     ["Chair of the Fifth Committee",
      "Chair of the Advisory Committee on Administrative and Budgetary Questions"]),
    ("Calls upon the Secretary-General of the United Nations, in association with the Secretary-General of "
     "the Caribbean Community, to continue to assist in furthering the development and maintenance of peace;",
     "GA", ["Secretary-General"]),
    # "each individual entity" is each of those named before (segmented A_RES_71_243 18)
    ("Calls upon United Nations funds, programmes and specialized agencies to reflect their contribution to "
     "the implementation of the 2030 Agenda for Sustainable Development in their strategic plans, and in "
     "this regard requests each individual entity to elaborate on how it plans to do so;", "GA",
     ["United Nations system"]),
    # the subject of "Recommends that X act" is asked (ga-pdf-text A_RES_49_37 53)
    ("Recommends that the Training Unit, as the focal point for peace-keeping training in the Department of "
     "Peace-keeping Operations, act as a coordinating centre on peace-keeping training matters between the "
     "United Nations and national and international peace-keeping training centres;", "GA",
     ["Training Unit"]),
    # a call that names no one asks no one, not the adopting body (segmented A_HRC_RES_46_21 33); one that
    # names someone asks them (segmented A_RES_77_183 5, A_RES_68_143 21)
    ("Expresses concern at the continued erosion of the right to freedom of expression and media freedom, "
     "and urges the reform of the Media Law, the review, repeal or reform of all relevant legislation;",
     "HRC", []),
    ("Emphasizes that economic growth continues to leave rural dwellers behind, and recommends that "
     "countries promote dedicated and coordinated social, economic, agricultural and rural development;",
     "GA", ["countries"]),
    ("Reaffirms the right of return and the principle of voluntary repatriation, appeals to countries of "
     "origin and countries of asylum to create conditions that are conducive to voluntary repatriation;",
     "GA", ["countries of origin and countries of asylum"]),
    # (ga-pdf-text A_RES_79_275 3; segmented A_RES_76_242 17)
    ("Notes that the annual reporting process on Kimberley Process Certification Scheme implementation is "
     "the main comprehensive and regular source of information on the implementation of the Kimberley "
     "Process provided by participants, and calls upon participants to submit consistent and substantive "
     "annual reports;", "GA", ["participants"]),
    ("Notes with concern the impact of dual employment of the full-time judges on the prompt and efficient "
     "performance of their judicial duties, and urges the full-time judges of the Dispute Tribunal not to "
     "hold any other employment;", "GA", ["full-time judges of the Dispute Tribunal"]),
])
def test_each_holder_those_named_before_and_whom_a_call_names(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors



@pytest.mark.parametrize(("text", "body", "actors"), [
    # the Presidents of the Economic and Social Council and of the Security Council are asked as the
    # President of the General Assembly is, not their Councils (segmented A_RES_70_299 18, A_RES_67_290
    # 22; E_RES_2017_2 5)
    ("Requests the President of the Economic and Social Council to jointly convene the high-level segment of "
     "the Council session;", "GA", ["President of the Economic and Social Council"]),
    ("Requests the President of the General Assembly and the President of the Economic and Social Council to "
     "coordinate with the Bureau of the Council;", "GA",
     ["President of the General Assembly", "President of the Economic and Social Council"]),
    ("Encourages the President of the Economic and Social Council to issue invitations to representatives of "
     "national tax authorities;", "ECOSOC", ["President of the Economic and Social Council"]),
    # those who request and organize meetings are asked (segmented A_RES_69_250 39)
    ("Requests all meeting requesters and organizers to liaise closely with the Department on all matters "
     "relating to the scheduling of meetings;", "GA", ["meeting requesters", "organizers"]),
])
def test_the_presidents_of_the_councils_and_those_who_organize(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors



def test_the_council_is_not_its_presidents_office():
    # segmented A_RES_64_289 64: "the Council", where the resolution names the Economic and Social Council
    # and its President, is the Council; the President is asked as the President
    texts = ["System-wide coherence",
             "Invites the President of the Economic and Social Council to convene informal meetings;",
             "Further decides that the Economic and Social Council shall elect members to the Executive "
             "Board, and requests the Council to conduct the first elections not later than 31 December "
             "2010;"]
    actors = [analyse(texts[1], body="GA", gazetteer=G).actors, ["Economic and Social Council", "Council"]]
    resolve_short_names(actors, texts, G)
    assert actors == [["President of the Economic and Social Council"], ["Economic and Social Council"]]


@pytest.mark.parametrize(("text", "body", "actors"), [
    # what an addressee is "in her role as" is no addressee (segmented A_RES_74_158 4)
    ("Requests the Under-Secretary-General for Political and Peacebuilding Affairs, in her role as United "
     "Nations focal point for electoral assistance matters, to continue to regularly inform Member States "
     "about the requests received;", "GA",
     ["Under-Secretary-General for Political and Peacebuilding Affairs"]),
    # a body named in passing in a first clause that asks nothing is not asked by a call that names no
    # one (segmented A_RES_69_245 158, A_RES_79_133 38)
    ("Welcomes the ongoing work of the International Maritime Organization to develop a mandatory code for "
     "ships operating in polar waters, and encourages further ratifications of that Agreement;", "GA", []),
    ("Welcomes the recently launched partnerships between the United Nations Educational, Scientific and "
     "Cultural Organization and cultural institutions, and encourages their continuation;", "GA", ["UNESCO"]),
    # … where the call refers back to them, or names who is to act, they are (E_RES_2023_30 4)
    ("Expresses its full support and appreciation for the work of the Special Rapporteur on the right to "
     "food, and encourages its continuation;", "GA", ["Special Rapporteur on the right to food"]),
    ("Recognizes the progress made, and calls for urgent action and partnership by Member States, the United "
     "Nations system, civil society and the private sector to scale up evidence-based HIV prevention;",
     "ECOSOC", ["Member States", "United Nations system", "civil society", "private sector"]),
])
def test_a_body_named_in_passing_is_not_asked(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a call for something asks no one it is for (segmented A_RES_75_228 12), but those it names to do it
    # (A_RES_77_152 7, A_RES_77_178 32, A_HRC_RES_46_21 7)
    ("Also calls for renewed and strengthened partnerships to support landlocked developing countries in "
     "diversifying their economic base;", "GA", []),
    ("Welcomes the special drawing rights allocation, calls for further pledges from all willing and able "
     "countries to meet the total global ambition of 100 billion dollars of voluntary contributions;", "GA",
     ["willing and able countries"]),
    ("Calls for support and engagement from Member States, the United Nations system and civil society;",
     "GA", ["Member States", "United Nations system", "civil society"]),
    ("Calls for the Myanmar armed forces to refrain from excessive use of force, to exercise utmost "
     "restraint;", "HRC", ["Myanmar armed forces"]),
])
def test_whom_a_call_for_something_asks(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the demo's A/RES/80/3 annex 21; A_RES_78_68 255; "in particular" names those asked
    ("We call for closer coordination between the Office of the High Representative for the Least Developed "
     "Countries, Landlocked Developing Countries and Small Island Developing States and United Nations "
     "country teams in landlocked developing countries, as an important tool for follow-up;", "GA",
     ["Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries "
      "and Small Island Developing States", "United Nations country teams"]),
    ("Encourages technical assistance by States and international financial institutions for fishers in "
     "developing countries;", "GA", ["Member States", "international financial institutions"]),
    ("Calls upon all States, in particular developing countries, to ratify the Convention;", "GA",
     ["Member States", "developing countries"]),
])
def test_countries_where_something_is_done_are_not_asked(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_the_author_of_a_statement_cited_is_not_asked():
    # segmented S_RES_2139(2014) 4
    text = ("Demands that all parties, in particular the Syrian authorities, fully implement the provisions "
            "of the 2 October 2013 Statement by the President of the Security Council (S/PRST/2013/15);")
    assert "President of the Security Council" not in analyse(text, body="SC", gazetteer=G).actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # an office written before an entity's name is its holder or organ, the one asked (segmented A_RES_64_289
    # 3, A_RES_61_296 21, A_RES_78_269 13)
    ("Invites the President and the Bureau of the Economic and Social Council to convene informal "
     "coordination meetings with the bureaux of the governing bodies;", "GA",
     ["President of the Economic and Social Council", "Bureau of the Economic and Social Council"]),
    ("Requests the Secretary-General and the Chairperson of the African Union Commission to report on the "
     "implementation;", "GA", ["Secretary-General", "Chairperson of the African Union Commission"]),
    ("Decides that the proceedings shall be webcast, and encourages the President of the General Assembly, "
     "the Secretary-General and the Director General of the World Health Organization, the Director General "
     "of the Food and Agriculture Organization of the United Nations, the Executive Director of the United "
     "Nations Environment Programme to give the highest visibility to the high-level meeting;", "GA",
     ["General Assembly", "President of the General Assembly", "Secretary-General",
      "Director General of the World Health Organization",
      "Director General of the Food and Agriculture Organization of the United Nations",
      "Executive Director of the United Nations Environment Programme"]),
])
def test_an_office_before_a_name_is_its_holder(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_an_office_of_a_short_name_as_the_resolution_names_it():
    # segmented A_RES_76_158 18: "the Chair of the Working Group" is the Chair of the working group the
    # resolution names in full
    texts = ["International Convention for the Protection of All Persons from Enforced Disappearance",
             "Welcomes the work of the Working Group on Enforced or Involuntary Disappearances;",
             "Requests the Chair of the Working Group to present an oral report on its work;"]
    actors = [analyse(t, body="GA", gazetteer=G).actors for t in texts[1:]]
    resolve_short_names(actors, texts, G)
    assert actors[1] == ["Chair of the Working Group on Enforced or Involuntary Disappearances"]


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a task force asked is asked, not the body it reports to (segmented A_HRC_RES_43_23 14); a force in a
    # clause's words is a thing (S_RES_2670 (2022) 2)
    ("Encourages the task force on secretariat services and accessibility for persons with disabilities to "
     "report orally to the Human Rights Council on its work;", "HRC",
     ["task force on secretariat services and accessibility for persons with disabilities"]),
    ("Recalls paragraph 52 and requests Somalia to provide an additional report by 30 April 2023, and "
     "further requests that this report includes an updated force generation plan;", "SC", ["Somalia"]),
    # what is authorized to deploy is asked, by its name (S_RES_2127 (2013) 28), not a force a mission has
    # (S_RES_2429 (2018) 6)
    ("Authorizes the deployment of MISCA for a period of twelve months after the adoption of this "
     "resolution, to be reviewed six months after the adoption of this resolution, which shall take all "
     "necessary measures to contribute to:", "SC", ["MISCA"]),
    ("Authorises the deployment of the necessary police force, not exceeding 2,500 personnel, essential for "
     "the implementation of UNAMID’s mandate;", "SC", ["UNAMID"]),
    # an acronym listed before "and partners" is a name, not their adjective (S_RES_2776 (2025) 29 (c))
    ("Urges the GFRS, AUSSOM and partners to share information with the Panel regarding conduct or "
     "activities;", "SC", ["Somalia", "AUSSOM", "partners"]),
    # a thing's name before an agent noun says whose they are (A_RES_75_291 102)
    ("Requests the Global Counter-Terrorism Coordination Compact entities, within their respective mandates, "
     "to assist Member States;", "GA", ["Global Counter-Terrorism Coordination Compact entities"]),
])
def test_groups_and_names_the_register_does_not_know(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "actors"), [
    # a name with commas in it (segmented A_RES_77_230 31) and "the Agency" of a paragraph on the
    # International Renewable Energy Agency (ga-pdf-text A_RES_80_142 2)
    ("Requests the International, Impartial and Independent Mechanism to submit an annual report to the "
     "General Assembly;", ["International, Impartial and Independent Mechanism"]),
    ("Requests the Independent Investigative Mechanism for Myanmar to report on its work;",
     ["Independent Investigative Mechanism for Myanmar"]),
    ("Takes note of the role and activities of the International Renewable Energy Agency;", ["IRENA"]),
])
def test_mechanisms_and_agencies_the_register_knows(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


def test_those_a_call_for_something_names_in_its_own_clause():
    # segmented S_RES_2717 (2023) 19: the dialogue is between the two States; whose support the next clause
    # stresses is not what the call asks
    text = ("Calls for calm and increased dialogue between DRC and Rwanda in furtherance of durable peace in "
            "the region, underscores the importance of coordination and complementarity between political "
            "and enforcement measures in the DRC, including with support from the Secretary-General, the "
            "Special Representative of the Secretary-General for DRC and the Special Envoy of the "
            "Secretary-General for the Great Lakes region;")
    assert analyse(text, body="SC", gazetteer=G).actors == ["Democratic Republic of the Congo", "Rwanda"]


@pytest.mark.parametrize(("text", "actors"), [
    # what a decision makes someone responsible for, they are to do (ga-pdf-text A_RES_74_232 54, A_RES_32_162
    # 3); what it makes something be is the body's decision (A_RES_64_269 26)
    ("Decides that the Office of the High Representative shall be the focal point for the substantive and "
     "organizational preparations for the Conference;", ["Office of the High Representative"]),
    ("Decides that the Executive Director shall be responsible for the management of the Centre;",
     ["Executive Director"]),
    ("Decides that the Regional Service Centre at Entebbe will be a family duty station, effective 1 July "
     "2011;", ["General Assembly"]),
])
def test_whom_a_decision_makes_responsible(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "actors"), [
    # the kinds listed after a name of a kind are qualified as it is (segmented A_RES_79_295 6, A_RES_61_106
    # 6), not those listed after other names (A_RES_80_36 8, A_RES_78_103 10)
    ("Requests relevant specialized United Nations agencies, programmes and institutions, within existing "
     "resources, to assist;", ["United Nations system"]),
    ("Requests United Nations agencies and organizations to undertake efforts to disseminate it;",
     ["United Nations system"]),
    ("Invites the Secretary-General and those States and organizations that are in a position to do so to "
     "contribute;", ["Secretary-General", "Member States", "organizations"]),
])
def test_kinds_listed_after_a_kind_by_name(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "actors"), [
    # the Chair beside the one committee a paragraph asks is its Chair (segmented S_RES_2253 (2015) 87); not
    # a Chair beside the Secretary-General
    ("Requests the Committee established pursuant to resolution 1267 (1999) to report orally, through its "
     "Chair, at least once per year, to the Council on the state of the overall work of the Committee, and "
     "further requests the Chair to hold regular briefings for all interested Member States;",
     ["1267 Committee", "Chair of the 1267 Committee"]),
    ("Requests the Secretary-General and the Chair to hold briefings;", ["Secretary-General", "Chair"]),
])
def test_the_chair_of_the_committee_asked(text, actors):
    assert analyse(text, body="SC", gazetteer=G).actors == actors


def test_missions_where_someone_is_deployed_are_not_asked():
    # ga-pdf-text A_RES_74_133 40: the advisers are deployed in the operations and missions, which are asked
    # nothing
    text = ("Requests the Secretary-General to ensure that information collected by the monitoring and "
            "reporting mechanism is accurate, and in this regard encourages the work and the deployment of "
            "United Nations child protection advisers in peacekeeping operations and political and "
            "peacebuilding missions;")
    actors = analyse(text, body="GA", gazetteer=G).actors
    assert "peacekeeping operations" not in actors and "political and peacebuilding missions" not in actors


@pytest.mark.parametrize(("text", "actors"), [
    # kinds of entities after "United Nations" and the words that say which are the system's entities, not
    # the United Nations and a group of its own (ga-pdf-text A_RES_80_113 79, A_RES_79_329 16, A_RES_70_106
    # 19); not the United Nations listed beside a group (A_RES_45_112 6)
    ("Requests the United Nations humanitarian and development organizations to improve their coordination "
     "of disaster recovery efforts;", ["United Nations system"]),
    ("Calls upon Member States and the relevant United Nations institutions and agencies, within existing "
     "resources, to lend their support to the African Union;", ["Member States", "United Nations system"]),
    ("Urges Member States, the United Nations humanitarian system, regional organizations and the private "
     "sector to reinforce preparedness;", ["Member States", "United Nations system", "regional organizations",
                                           "private sector"]),
    ("Requests the Secretary-General and invites all relevant United Nations offices and interested "
     "institutions to make a concerted effort;", ["Secretary-General", "United Nations system",
                                                  "interested institutions"]),
    ("Calls upon the United Nations and humanitarian organizations to act;",
     ["United Nations", "humanitarian organizations"]),
])
def test_kinds_of_the_united_nations_entities(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "actors"), [
    # a Conference, Meeting or Assembly of a treaty's parties is asked, not the parties (ga-pdf-text
    # A_RES_80_126 24, segmented A_HRC_RES_25_20 24, ga-pdf-text A_RES_58_4 6)
    ("Reiterates its invitation to the Conference of the States Parties to the United Nations Convention "
     "against Corruption, in the future, after the conclusion and evaluation of the findings from the second "
     "review cycle, to organize a special session of the Conference;",
     ["Conference of the States Parties to the United Nations Convention against Corruption"]),
    ("Invites the Conference of State Parties to the Convention on the Rights of Persons with Disabilities "
     "to consider the discussion of article 19 of the Convention;",
     ["Conference of State Parties to the Convention on the Rights of Persons with Disabilities"]),
    ("Requests the Conference of the States Parties to the Convention to address the criminalization of "
     "bribery;", ["Conference of the States Parties to the Convention"]),
    ("Calls upon all States Parties to the Convention to take measures;", ["States parties"]),
])
def test_a_conference_of_the_parties_is_asked(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "actors"), [
    # a further call after "in that regard", "to that end", "therefore" asks whom it names, as after "in this
    # regard" (ga-pdf-text A_RES_78_86 8, A_RES_80_187 86, A_RES_74_237 16)
    ("Requests the administering Power to assist the Territory by facilitating its work concerning public "
     "educational outreach efforts, consistent with Article 73 b of the Charter, and in that regard calls "
     "upon the relevant United Nations organizations to provide assistance to the Territory, if requested;",
     ["administering Powers", "United Nations system"]),
    ("Expresses concern that the needs required to protect and assist persons of concern to the Office of "
     "the High Commissioner continue to increase, appreciates the continued and increasing hospitality of "
     "host countries and generosity of donors, and therefore calls upon the Office to further enhance "
     "efforts to broaden its donor base;", ["Office"]),  # (the resolution names it: UNHCR)
    ("Recognizes the importance of addressing the diverse needs of and challenges faced by countries in "
     "special situations, in particular African countries, the least developed countries, landlocked "
     "developing countries and small island developing States, and therefore requests the United Nations "
     "development system to ensure that these diverse needs are appropriately addressed;",
     ["United Nations system"]),
])
def test_a_call_after_in_that_regard_or_therefore(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # when the addressee acts is no addressee (segmented S_RES_2149 (2014) 27); a plan is no body
    # (E_RES_2024_5 57); an adjective whose complement the words read cut is no part of the name
    # (S_RES_2644 (2022) 3)
    ("Requests the Secretary-General, after a joint mission with the AU, to update the Security Council no "
     "later than 15 August 2014 on the state of preparation;", "SC", ["Secretary-General"]),
    ("Requests the Commission for Social Development to continue to discuss in its annual programme of work "
     "those regional programmes that promote social development, and in this regard requests that the work "
     "programmes of the Commission include social dimensions of the New Partnership, as appropriate;",
     "ECOSOC", ["Commission for Social Development"]),
    ("Requests the Government of Libya’s focal point responsible for communication with the Committee with "
     "respect to the measures in resolution 2146 (2014) to inform the Committee of any vessels transporting "
     "petroleum;", "SC", ["Government of Libya’s focal point"]),
])
def test_words_of_an_addressee_that_name_no_one(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "actors"), [
    # "those <noun>" asked by a further call are those named before (segmented A_RES_57_202 3, ga-pdf-text
    # A_RES_70_235 290), not a group of their own
    ("Welcomes the holding of the first inter-committee meeting of the human rights treaty bodies, from 26 "
     "to 28 June 2002, to discuss issues of common concern, and encourages those bodies to continue this "
     "practice in future on an annual basis;", ["human rights treaty bodies"]),
    ("Recognizes that United Nations specialized agencies can play an important role in promoting the "
     "Regular Process, and invites those agencies to continue to promote the Regular Process;",
     ["United Nations system"]),
])
def test_those_named_before_asked_again(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # "those/these <noun>" refer back only as the call's addressee, not inside what it asks for (ga-pdf-text
    # A_RES_80_123 23); and those the clauses before the call name are asked, not what the call's own words
    # name (segmented S_RES_1539 (2004) 6)
    ("Further recognizes that developing countries experiencing high debt distress can concurrently "
     "experience socioeconomic challenges and stretched social safety nets, and invites a multilateral "
     "response that supports these countries to achieve debt sustainability and sustainable development;",
     "GA", []),
    ("Also takes note with deep concern of the continued recruitment and use of children by parties in "
     "other situations of armed conflict mentioned in the Secretary-General’s report, in violation of "
     "applicable international law relating to the rights and protection of children, calls on these "
     "parties to halt immediately their recruitment or use of children and expresses, on the basis of "
     "timely, objective, accurate and reliable information received from relevant stakeholders, its "
     "intention to consider taking appropriate steps to further address this issue;", "SC", ["all parties"]),
])
def test_those_named_before_only_as_the_addressee(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_a_name_ends_before_an_adverb_and_its_complement():
    # segmented S_RES_2765 (2024) 29: not "Government of the DRC especially regarding evolving approaches"
    text = ("Underlines the importance, in transition settings, of a proactive approach to strategic "
            "communications, requests MONUSCO to strengthen its communication efforts, and in this regard "
            "strongly encourages joint communications between MONUSCO and the Government of the DRC "
            "especially regarding evolving approaches and timelines governing MONUSCO’s disengagement and "
            "transition, to contribute to creating conditions conducive to the smooth reconfiguration of "
            "United Nations presence and requests MONUSCO and relevant partners to continue to explore the "
            "available options;")
    actors = analyse(text, body="SC", gazetteer=G).actors
    assert not [a for a in actors if "regarding" in a], actors
    assert "MONUSCO" in actors


@pytest.mark.parametrize(("text", "actors"), [
    # support asked for those it goes to: they are not asked to act, as after "Calls for" (ga-pdf-text
    # A_RES_80_124 4, A_RES_80_142 5; segmented A_RES_69_291 39)
    ("Encourages support for developing countries, according to their national plans and policies, through "
     "technical assistance, to increase their capacity in detecting and averting trade misinvoicing and "
     "transfer mispricing in their commodities sectors;", []),
    ("Urges enhanced support to developing countries to attract investment in affordable, reliable, "
     "sustainable and modern energy for all, including addressing barriers to investment in clean "
     "technologies, and strengthening the role of multilateral development banks and international "
     "financial institutions in supporting just and inclusive energy transitions;", []),
    ("Urges continued support for measures to address the challenges of poverty eradication and hunger in "
     "Africa, including, as appropriate, debt relief, improved market access, support for the private sector "
     "and entrepreneurship;", []),
    # … those it names as giving it are (and an addressee before it is asked as ever)
    ("Encourages support from Member States for the work of the Special Rapporteur;", ["Member States"]),
    ("Encourages donors to increase support for developing countries;", ["development partners"]),
])
def test_support_for_someone_does_not_ask_them(text, actors):
    assert analyse(text, body="GA", gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a kind of institution alone, with what it makes up: that is asked (segmented A_RES_74_302 42, S_RES_1888
    # (2009) 5), not "entities"
    ("Notes with concern that conflict-related sexual violence continues, and encourages the entities that "
     "compose United Nations Action against Sexual Violence in Conflict, as well as other relevant parts of "
     "the United Nations system, to assist the Special Representative of the Secretary-General on Sexual "
     "Violence in Conflict in the implementation of her mandate, including in Africa;", "GA",
     ["United Nations Action against Sexual Violence in Conflict", "United Nations system"]),
    ("Encourages the entities comprising UN Action Against Sexual Violence in Conflict, as well as other "
     "relevant parts of the United Nations system, to support the work of the Special Representative;", "SC",
     ["United Nations Action against Sexual Violence in Conflict", "United Nations system"]),
    # the programme's Committee of Permanent Representatives, not the programme (segmented A_RES_56_206 8)
    ("Further decides that the Committee of Permanent Representatives to UN-Habitat shall serve as the "
     "Governing Council’s intersessional subsidiary body;", "GA",
     ["Committee of Permanent Representatives to UN-Habitat"]),
    # whom someone designated or set up is asked, not who did (segmented A_HRC_RES_53_22 4,
    # S_RES_2744 (2024) 2)
    ("Requests the international human rights expert designated by the High Commissioner to submit a "
     "report to the Human Rights Council, before the end of 2023;", "HRC",
     ["international human rights expert designated by the High Commissioner"]),
    ("Directs the sanctions committees established by the Security Council, with the exception of the "
     "Committee established pursuant to resolution 1267 (1999), to revise their guidelines accordingly;",
     "SC",
     ["sanctions committees established by the Security Council"]),
])
def test_whose_members_or_whose_appointee_is_asked(text, body, actors):
    assert analyse(text, body=body, gazetteer=G.for_body(body)).actors == actors


@pytest.mark.parametrize(("text", "present", "absent"), [
    # donor Governments and States are development partners, as donor countries are (segmented
    # E_RES_2015_33 54, A_RES_S-24_2 annex 109)
    ("Urges donor Governments and organizations, including financial institutions, and others in a position "
     "to do so to provide financial support;", ["development partners"], ["Governments"]),
    ("Call upon donor Governments and international organizations to encourage investment in critical "
     "infrastructure services, and invite Governments in Africa and the least developed countries to utilize "
     "infrastructure investments to also promote employment.", ["development partners"], []),
])
def test_donor_governments_are_development_partners(text, present, absent):
    actors = analyse(text, body="GA", gazetteer=G).actors
    assert all(a in actors for a in present) and not any(a in actors for a in absent), actors


def test_both_named_before_are_asked():
    # "both <noun>" asked by a further call are the two named before (segmented A_RES_72_278 1), not
    # "organizations"
    text = ("Welcomes the actions taken by the Inter-Parliamentary Union to pursue a more systematic "
            "engagement with the United Nations, and encourages both organizations to enhance their "
            "cooperation in meeting their common objectives;")
    assert analyse(text, body="GA", gazetteer=G).actors == ["Inter-Parliamentary Union", "United Nations"]


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a name's possessive in an earlier clause owns what follows and is not asked (segmented S_RES_2537 (2020)
    # 12) …
    ("Expresses serious concern at the increased number of violations of the military status quo, urges the "
     "sides and all involved parties to respect UNFICYP’s mandated authority in the buffer zone, and calls "
     "on both sides to prevent unauthorised activities between the ceasefire lines;", "SC",
     ["all parties", "sides"]),
    # … but a mandate's holder is (segmented S_RES_2429 (2018) 6)
    ("Authorises the deployment of the necessary police force, not exceeding 2,500 personnel, essential for "
     "the implementation of UNAMID’s mandate;", "SC", ["UNAMID"]),
])
def test_a_possessive_named_in_passing_is_not_asked(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_the_owner_of_an_initiative_welcomed_is_not_asked():
    # ga-pdf-text A_RES_80_150 24
    text = ("Welcomes the progress made under the Secretary-General’s Early Warnings for All initiative, and "
            "invites the initiative to expand its coverage;")
    assert "Secretary-General" not in analyse(text, body="GA", gazetteer=G).actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a participle whose complement was cut goes with it (segmented A_RES_80_221 21, A_RES_68_220 14,
    # S_RES_2331 (2016) 20)
    ("Expresses grave concern at the potential retraumatization of survivors of human rights violations and "
     "abuses, particularly child survivors and sexual violence survivors, and calls upon all actors engaging "
     "in documentation to follow the “do no harm” principle for evidence-gathering in order to respect the "
     "dignity of survivors and to avoid retraumatization;", "GA", ["actors"]),
    ("Encourages scientific organizations and research institutions dealing with science, technology and "
     "innovation to develop dynamic strategic alliances with Governments, the public and private sectors, "
     "universities, laboratories and civil society to further expand their fellowship and training "
     "programmes, including through North-South, South-South and triangular cooperation;", "GA",
     ["scientific organizations", "research institutions"]),
    ("Urges relevant UN agencies operating in humanitarian crises derived from armed conflict and "
     "post-conflict situations to ensure, in accordance with their respective mandates, that the risk of "
     "trafficking in persons in armed conflict is considered in protection of civilians and humanitarian "
     "needs assessments;",
     "SC", ["relevant UN agencies"]),
])
def test_a_participle_goes_with_its_complement(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the subject of a that-clause ends before its verb, in the first clause (segmented A_HRC_RES_51_39 13,
    # S_RES_2139 (2014) 10, S_RES_2765 (2024) 10) …
    ("Demands that all parties to the conflict in Yemen abide by the truce, cease all military operations, "
     "continue the inter-Yemeni negotiations with a view to reaching a mutually agreed comprehensive and "
     "lasting political solution to the conflict;", "HRC", ["all parties"]),
    ("Further demands that all parties demilitarize medical facilities, schools and other civilian "
     "facilities and avoid establishing military positions in populated areas and desist from attacks "
     "directed against civilian objects;", "SC", ["all parties"]),
    ("Demands that all armed groups and their support networks cease immediately all forms of violence, "
     "other destabilising activities and the illegal exploitation and trafficking of natural resources;",
     "SC", ["armed groups", "support networks"]),
    # … and in a further "demands that" (segmented S_RES_2056 (2012) 3, S_RES_2098 (2013) 8)
    ("Takes note of the ECOWAS non-recognition of the National Council for the Recovery of Democracy and the "
     "Restoration of the State (CNRDRE) as a legal entity in the transition, decides that the said CNRDRE "
     "shall be dissolved and further demands that its members refrain from any interference in political "
     "matters and in the work of the Transitional authorities;", "SC",
     ["Economic Community of West African States", "members of CNRDRE"]),
    ("Strongly condemns the M23, the FDLR, the ADF and all other armed groups and their continuing violence "
     "and abuses of human rights, demands that all armed groups cease immediately all forms of violence and "
     "destabilizing activities and that their members immediately and permanently disband and lay down "
     "their arms;", "SC", ["armed groups"]),
])
def test_a_that_clauses_subject_ends_before_its_verb(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize("text", [
    # those a call's object does something to, the objects of its "of", are not asked (segmented S_RES_2222
    # (2015) 8, ga-pdf-text A_RES_80_74 14)
    "Urges the immediate and unconditional release of journalists, media professionals and associated "
    "personnel who have been kidnapped or taken as hostages, in situations of armed conflict;",
    "Encourages the inclusion of refugees and internally displaced persons, as well as persons residing in "
    "conflict and post-conflict areas, in mine action national plans and strategies in the spirit of "
    "“leaving no one behind”;",
])
def test_those_a_call_does_something_to_are_not_asked(text):
    body = "SC" if "journalists" in text else "GA"
    assert analyse(text, body=body, gazetteer=G).actors == []


def test_the_holder_of_a_mandate_a_that_clause_extends_is_kept():
    # segmented A_RES_70_137 52: the clause's subject is asked, and the mandate's holder kept (as "Decides to
    # extend the mandate of …")
    text = ("Recommends that the Secretary-General extend the mandate of the Special Representative of the "
            "Secretary-General on Violence against Children, as established in paragraphs 58 and 59 of its "
            "resolution 62/141, for a further three years;")
    assert analyse(text, body="GA", gazetteer=G).actors == [
        "Secretary-General", "Special Representative of the Secretary-General on Violence against Children"]


@pytest.mark.parametrize("text, body, actors", [
    # a call in the passive whose subject names no one asks no one it names in passing (segmented A_RES_74_218
    # 25, A_HRC_RES_52_40 2, S_RES_307 (1971) 1)
    ("Urges that due consideration continue to be given to the review of the global progress in the "
     "implementation of the Sendai Framework as part of the integrated and coordinated follow-up processes "
     "to United Nations conferences and summits, aligned with the Economic and Social Council, the "
     "high-level political forum on sustainable development and the quadrennial comprehensive policy review "
     "cycles, as appropriate;", "GA", []),
    ("Demands that immediate and unimpeded access be given to the Office of the High Commissioner and "
     "international and regional human rights mechanisms to Abkhazia, Georgia and the Tskhinvali "
     "region/South Ossetia, Georgia;", "HRC", []),
    ("Demands that a durable cease-fire and cessation of all hostilities in all areas of conflict be "
     "strictly observed and remain in effect until withdrawals take place, as soon as practicable, of all "
     "armed forces to their respective territories and to positions which fully respect the cease-fire line "
     "in Jammu and Kashmir supervised by the United Nations Military Observer Group in India and Pakistan;",
     "SC", []),
    # … but the passive's agent (as segmented A_RES_51_77 30 asks it: "Urgently requests that appropriate
    # measures be taken by Member States and United Nations agencies …")
    ("Recommends that appropriate measures be taken by Member States and the United Nations system to ensure "
     "humanitarian access to children affected by armed conflict;", "GA",
     ["Member States", "United Nations system"]),
    # … and one whose subject names someone is read as before (segmented A_HRC_RES_51_26 8)
    ("Demands that all parties to the conflict comply with their applicable obligations under international "
     "human rights law and international humanitarian law, and notes that humanitarian aid must be delivered "
     "on the basis of need;", "HRC", ["all parties"]),
])
def test_a_call_in_the_passive_asks_only_its_agent(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize("text, body, actors", [
    # what is done, whose subject is an agent, is no addressee (ga-pdf-text A_RES_80_126 21, segmented
    # A_RES_72_241 9)
    ("Encourages closer public-private sector collaboration to better tackle corruption, and stresses that "
     "further research, policy development and programming should help in reaching this goal;", "GA", []),
    ("Recommends promoting community engagement in countering violent extremism, including by strengthening "
     "ties between communities and emphasizing their common bonds and interests;", "GA", []),
    # … but an agent with a participle that says which is (segmented A_RES_73_264 11)
    ("Calls upon all actors engaging in documentation to follow the “do no harm” principle for "
     "evidence-gathering;", "GA", ["actors"]),
])
def test_what_an_agent_does_is_no_addressee(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_the_alliance_is_the_one_the_resolution_names_in_full():
    # segmented A_RES_64_14 1 (A_RES_69_312 5 too): a further call's "the Alliance", after the Alliance of
    # Civilizations named in full
    text = ("Welcomes the efforts made by the Secretary-General and his High Representative for the Alliance "
            "of Civilizations to promote greater understanding and respect among civilizations, cultures and "
            "religions, and encourages the Alliance to continue its work through a number of practical "
            "projects;")
    assert parse(f"The Alliance of Civilizations\n\nThe General Assembly,\n\n1. {text}\n".encode(),
                 "A_RES_64_14.txt").operative[0].actors == ["United Nations Alliance of Civilizations"]


def test_a_title_in_quotation_marks_is_no_addressee():
    # ga-pdf-text A_RES_78_94 20, A_RES_80_98 24: a programme named by its title
    text = ("Commends the “Cadres for the future” programme, and encourages further enhancement of the "
            "training and capacity-building of high-level executives in the public and private sectors in "
            "the Territory;")
    assert analyse(text, body="GA", gazetteer=G).actors == []


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the means a preposition names, adjectives listed by commas before their noun, are no addressee
    # (segmented A/RES/80/110 20, A/RES/70/235 16 and 34 twins)
    ("Calls upon States and international organizations, including through bilateral, regional and global "
     "cooperation programmes, technical partnerships and fellowships, to continue in a sustainable and "
     "comprehensive way to support, promote and strengthen capacity-building activities;", "GA",
     ["Member States", "international organizations"]),
    # … not those a phrase set off by commas leads to (E/RES/2020/10 7)
    ("Acknowledges with satisfaction the contributions made by the Committee to the various aspects of the "
     "programme of work of the Council, reiterates its invitation for increased interactions between the "
     "Council and the Committee, encourages the Chair and, as necessary, other members of the Committee to "
     "continue that practice;", "ECOSOC",
     ["Economic and Social Council", "Chair", "other members of the Committee"]),
    # "so that" ends whom the words name (A/RES/69/321 48)
    ("Encourages exchanges between the President-elect of the General Assembly and the Council of Presidents "
     "so that Presidents-elect may benefit from the experiences of former Presidents in terms of best "
     "practices and lessons learned;", "GA",
     ["President-elect of the General Assembly", "Council of Presidents"]),
    # what a mandate holder is told of is no part of its name (A/RES/77/218 27)
    ("Expresses its appreciation to those States that have received the Special Rapporteur, asks them to "
     "examine the Special Rapporteur’s recommendations carefully, invites them to inform the Special "
     "Rapporteur of the actions taken on those recommendations, and urges other States to cooperate in a "
     "similar way;", "GA", ["Member States", "Special Rapporteurs"]),
    # the Syrian regime is the State's Government (A/RES/77/230 21, A/HRC/RES/57/21 6)
    ("Urges the Syrian regime to comply with its obligations under the Convention on the Rights of the "
     "Child;", "GA", ["Syrian Arab Republic"]),
])
def test_means_fragments_and_the_syrian_regime(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a request in the passive asks its agent and the subject of a further that-clause, not those named in
    # passing (A/HRC/RES/53/17 14, A/RES/75/314 8)
    ("Requests that the above-mentioned expert seminar be organized in coordination with relevant United "
     "Nations agencies, funds and programmes, including the United Nations Office on Drugs and Crime, and "
     "that the Office of the High Commissioner liaise with relevant United Nations and regional human rights "
     "mechanisms, international financial institutions and civil society organizations to that end;", "HRC",
     ["Office of the United Nations High Commissioner for Human Rights"]),
    ("Requests that the work of the Permanent Forum be carried out in coordination with existing United "
     "Nations mechanisms relevant to the mandate of the Permanent Forum;", "GA", []),
    # … not the names of a further clause in the passive too (A/RES/78/18 4)
    ("Recommends that further intensive efforts be devoted to the search for such a common approach or "
     "common formula and that the various alternative approaches, including, in particular, those considered "
     "in the Conference on Disarmament, be further explored in order to overcome the difficulties;", "GA",
     []),
])
def test_a_request_in_the_passive_asks_its_agent(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("texts", "owner"), [
    # a Security Council resolution titled by its number names the State it is about far more often than
    # any other (segmented S_RES_2127 (2013) 4, 7, 11; its "Government of" names several States once each in
    # S_RES_2149 (2014))
    (["Resolution 2127 (2013)",
      "Recalling its previous resolutions and statements on the Central African Republic (CAR),",
      "Reaffirming its strong commitment to the sovereignty, independence, territorial integrity and unity "
      "of the CAR,",
      "Expressing deep concern at the continuing deterioration of the security situation in the CAR,",
      "Welcoming the efforts of the Government of Chad, in its capacity as chair of ECCAS, and of the "
      "Government of France, and the support of the Government of the CAR,",
      "Urges the Transitional Authorities to take all appropriate steps for immediate disarmament of all "
      "armed groups, throughout the whole territory of the country;",
      "Calls upon all parties to armed conflict in the CAR to issue clear orders;"],
     "Central African Republic"),
    # … not where no State is named far more often than the others
    (["Resolution 9999 (2030)", "Welcoming the efforts of Chad and the CAR,", "Recalling Chad and the CAR,",
      "Noting the CAR and Chad,", "Urges the Transitional Authorities to take all appropriate steps;"],
     "Transitional Authorities"),
])
def test_the_transitional_authorities_of_the_state_a_resolution_is_about(texts, owner):
    actors = [["Transitional Authorities"]]
    resolve_short_names(actors, texts, G)
    assert actors == [[owner]]


@pytest.mark.parametrize(("text", "body", "actors"), [
    # those a list singles out by an adverb are asked, without it (A/RES/78/21 5, E/RES/2013/44 19)
    ("Calls upon all States, especially spacefaring nations, to promote and facilitate international "
     "cooperation;", "GA", ["Member States", "spacefaring nations"]),
    ("Encourages the Department of Economic and Social Affairs of the Secretariat, especially the Financing "
     "for Development Office, to maintain regular interaction at the staff level with the World Bank Group;",
     "ECOSOC", ["Department of Economic and Social Affairs", "Financing for Development Office"]),
])
def test_those_a_list_singles_out_without_the_adverb(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_the_means_after_an_addressee_is_no_part_of_it():
    # segmented A/RES/80/110 165, A/RES/67/78 132
    text = ("Encourages greater dialogue and cooperation among States and the relevant regional and global "
            "organizations through workshops and seminars on the protection, resilience, laying and "
            "maintenance of submarine cables and pipelines to promote the security of such critical "
            "infrastructure;")
    assert analyse(text, body="GA", gazetteer=G).actors == [
        "Member States", "relevant regional and global organizations"]



@pytest.mark.parametrize(("text", "body", "actors"), [
    # "him" or "her" stands for the person the first clause names, not the States or bodies it names in
    # passing (segmented A/RES/63/250 15, A/HRC/RES/36/9 15)
    ("Recalls its request to the Secretary-General to reduce, to the extent possible, the number of "
     "unrepresented and underrepresented Member States in the Secretariat by 30 per cent by 2010, "
     "compared to the level in 2006, and requests him to report to the General Assembly thereon, as "
     "appropriate, in the context of his report on human resources management;", "GA", ["Secretary-General"]),
    ("Welcomes the report of the Special Rapporteur on the right to development submitted to the Human "
     "Rights Council, and requests him to pay particular attention to the implementation of the right to "
     "development;", "HRC", ["Special Rapporteur on the right to development"]),
    # a pronoun after a call that named someone stands for whom that call named, not for what the first
    # clause names (segmented A/RES/75/239 167, S/RES/1889 (2009) 7)
    ("Recognizes the important work of the International Hydrographic Organization, calls upon States that "
     "have not yet done so to consider becoming members of that Organization, encourages all its members "
     "to actively consider, in accordance with applicable rules and procedures, applications of States "
     "that wish to become members of that Organization, and urges all States to work with that "
     "Organization to increase the coverage of hydrographic information on a global basis;", "GA",
     ["Member States", "its members"]),
    ("Expresses its intention, when establishing and renewing the mandates of United Nations missions, to "
     "include provisions on the promotion of gender equality and the empowerment of women in post-conflict "
     "situations, and requests the Secretary-General to continue, as appropriate, to appoint gender "
     "advisors and/or women-protection advisors to United Nations missions and asks them, in cooperation "
     "with United Nations Country Teams, to render technical assistance and improved coordination efforts "
     "to address recovery needs of women and girls in post-conflict situations;", "SC",
     ["Secretary-General"]),
    # guard: a pronoun's own noun ("her Office", segmented A/RES/73/163 16)
    ("Invites the United Nations High Commissioner for Human Rights to continue to give high priority to the "
     "question of the relationship between extreme poverty and human rights, and also invites her Office "
     "to pursue further work in this area;", "GA",
     ["United Nations High Commissioner for Human Rights", "her Office"]),
])
def test_whom_a_pronoun_stands_for(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_asks_is_a_further_call():
    # segmented S/RES/1475 (2003) 5: "and asks the Secretary-General to continue …", as "and requests" is
    text = ("Stresses its full support for the Secretary-General’s mission of Good Offices as entrusted to "
            "him in resolution 1250 (1999) and asks the Secretary-General to continue to make available his "
            "Good Offices for Cyprus;")
    reading = analyse(text, body="SC", gazetteer=G)
    assert (reading.kind, reading.actors) == (ObligationKind.EXHORTATION, ["Secretary-General"])


def test_a_declarations_ask_after_and_is_a_further_call():
    # segmented A/RES/55/2 31: "and ask the Secretary-General", the speakers' "we" left out
    text = in_first_person(
        "We request the General Assembly to review on a regular basis the progress made in implementing the "
        "provisions of this Declaration, and ask the Secretary-General to issue periodic reports for "
        "consideration by the General Assembly and as a basis for further action.", False)
    assert analyse(text, body="GA", gazetteer=G).actors == ["General Assembly", "Secretary-General"]


def test_a_declarations_call_after_we_therefore_is_a_further_call():
    # segmented A/RES/60/1 164 (c): "We therefore request the Secretary-General to submit detailed proposals"
    text = ("We recognize that additional measures are needed to enhance the independence of the oversight "
            "structures. We therefore request the Secretary-General to submit detailed proposals to the "
            "General Assembly at its sixtieth session for its early consideration on the creation of an "
            "independent oversight advisory committee.")
    assert analyse(text, body="GA", gazetteer=G).actors == ["Secretary-General"]


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a name that qualifies a passive's subject, a thing, is named in passing (segmented A/RES/45/179 12)
    ("Requests that the appropriation within the regular budget of the United Nations currently allocated to "
     "the secretariat of the International Narcotics Control Board and the Division of Narcotic Drugs be "
     "reallocated to the United Nations International Drug Control Programme, and invites the "
     "Secretary-General to ensure that adequate financial and other resources are allocated to the Programme "
     "to enable it to discharge its functions effectively;", "GA", ["Secretary-General"]),
    # what is to be put on someone's website, they are to put there (segmented A/HRC/RES/57/6 9)
    ("Requests that the contributions to the report be submitted in an accessible format and that such "
     "stakeholder contributions and the report itself and an Easy Read of them be made available on the "
     "website of the Office of the High Commissioner, in an accessible format, prior to the presentation to "
     "the Human Rights Council;", "HRC", ["Office of the United Nations High Commissioner for Human Rights"]),
])
def test_whom_a_request_in_the_passive_asks(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the part of a body, and a name the register knows listed after it, are two addressees (segmented
    # S/RES/1904 (2009) 16, A/HRC/RES/53/21 8, A/HRC/RES/45/14 7)
    ("Calls upon all members of the Committee and the Monitoring Team to share with the Committee any "
     "information they may have available regarding a listing request from a Member State;", "SC",
     ["members of the Committee", "Monitoring Team"]),
    ("Invites the relevant mechanisms of the Human Rights Council and the United Nations treaty bodies to "
     "continue to pay particular attention to violations of human rights stemming from racism, racial "
     "discrimination, xenophobia and related intolerance;", "HRC",
     ["relevant mechanisms of the Human Rights Council", "human rights treaty bodies"]),
    ("Requests all mechanisms of the Human Rights Council, the treaty bodies and relevant stakeholders to "
     "pay particular attention to the 2030 Agenda and the Sustainable Development Goals and targets;", "HRC",
     ["mechanisms of the Human Rights Council", "human rights treaty bodies", "relevant stakeholders"]),
    # guard: the part of a body named after "of" alone
    ("Requests the working group of the Sixth Committee to continue its work;", "GA",
     ["working group of the Sixth Committee"]),
])
def test_the_part_of_a_body_and_a_name_listed_after_it(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the Chairs of bodies by a plural name are asked, not the bodies (segmented A/RES/68/268 37,
    # ga-pdf-text A/RES/79/192 9)
    ("Encourages the human rights treaty bodies to continue to consider and review the Addis Ababa "
     "guidelines, and in this regard invites the Chairs of the treaty bodies to keep States parties "
     "updated on their implementation;", "GA",
     ["human rights treaty bodies", "Chairs of the human rights treaty bodies"]),
    ("Recalls its resolution 47/202 B of 22 December 1992 on the pattern of conferences, and urges the "
     "authors of reports, special procedure mandate holders, Chairs of treaty bodies, experts and other "
     "mechanisms to submit their reports for consideration by the General Assembly in a timely manner;", "GA",
     ["special procedures", "Chairs of human rights treaty bodies", "experts"]),  # (not "other mechanisms")
    # guard: a list of bodies gets each one's Chair (segmented A/RES/69/250 77)
    ("Encourages the Chairs of the Fifth Committee and the Advisory Committee to continue to promote "
     "cooperation between the two bodies in the sphere of documentation;", "GA",
     ["Chair of the Fifth Committee",
      "Chair of the Advisory Committee on Administrative and Budgetary Questions"]),
])
def test_the_chairs_of_bodies_by_a_plural_name(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


def test_a_budget_sections_title_names_no_one():
    # ga-pdf-text A/RES/78/273 5: the Economic and Social Council is in the title of section 2
    text = ("Appropriates an additional amount of 2,991,700 United States dollars, comprising 24,500 dollars "
            "under section 2, General Assembly and Economic and Social Council affairs and conference "
            "management, and 2,967,200 dollars under section 24, Human rights, of the programme budget for "
            "2024;")
    assert analyse(text, body="GA", gazetteer=G).actors == ["General Assembly"]


@pytest.mark.parametrize(("text", "body", "actors"), [
    # adjectives listed before the noun they share are one addressee, not cut at their commas (ga-pdf-text
    # A/RES/80/143 8, segmented A/RES/76/74 9, A/HRC/RES/49/12 7)
    ("Encourages regional, subregional and interregional organizations and processes to continue to share "
     "best practices, policies, experiences and technical expertise promoting local, national, regional and "
     "global strategies;", "GA", ["regional, subregional and interregional organizations"]),
    ("Encourages all relevant multilateral, regional and national programmes and bodies to include "
     "activities related to mine action, including clearance, in their peacebuilding, humanitarian, "
     "stabilization, rehabilitation, reconstruction and development assistance activities;", "GA",
     ["relevant multilateral, regional and national programmes"]),
    ("Encourages local, national and international organizations involved in sport, recreation, fitness and "
     "physical activities to commit to the full inclusion of persons with disabilities;", "HRC",
     ["local, national and international organizations"]),
    # regulators are asked (ga-pdf-text A/RES/80/122 58)
    ("Calls upon financial regulators to encourage financial institutions to explore new opportunities to "
     "improve their ability to better manage risks;", "GA", ["financial regulators"]),
    # guard: adjectives before what is done name no one
    ("Encourages regional, subregional and interregional cooperation to combat sand and dust storms;", "GA",
     []),
])
def test_adjectives_listed_before_an_addressee(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a name the listed adjectives go on from is part of the one addressee (segmented S/RES/2427 (2018) 10,
    # ga-pdf-text A/RES/80/185 39)
    ("Requests Member States, United Nations peacekeeping, peacebuilding and political missions and United "
     "Nations country teams, within their respective mandates, to establish appropriate strategies and "
     "coordination mechanisms for information exchange and cooperation on child protection concerns;", "SC",
     ["Member States", "United Nations peacekeeping, peacebuilding and political missions",
      "United Nations country teams"]),
    ("Calls upon Governments of origin, transit and destination countries to take legislative or other "
     "measures to protect all migrant women from harassment and violence;", "GA",
     ["Governments of origin, transit and destination countries"]),
    # … and those a list singles out, one group of the one before, not its last adjective and noun (segmented
    # A/RES/73/146 45)
    ("Invites the business sector, in particular the tourism, travel and telecommunications industries, "
     "relevant recruitment agencies and mass media organizations, to cooperate with Governments in "
     "eliminating trafficking in women and children;", "GA",
     ["business sector", "relevant recruitment agencies", "mass media organizations"]),
    # guards: a participle or an adverb after a name, an adverb's phrase, are not adjectives of the list
    # (segmented A/RES/80/74 13)
    ("Calls upon Member States concerned, regional and international organizations to take measures;", "GA",
     ["Member States", "regional and international organizations"]),
    ("Encourages Member States, as appropriate, and relevant organizations involved in mine action to "
     "continue efforts to ensure that mine action programmes take into account risk education;", "GA",
     ["Member States", "relevant organizations"]),
])
def test_a_list_of_adjectives_goes_with_the_name_or_group_before_it(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


_FINANCING = """A/RES/99/204
Follow-up to the International Conference on Financing for Development

The General Assembly,

Recalling the work of the United Nations Office on Drugs and Crime and of the Office of Legal Affairs,

1. Recognizes the work of the Financing for Development Office, and encourages the Office, in \
collaboration with experts from the public and private sectors, academia, civil society and other \
multilateral organizations who work in the field of financing for development, to continue its work;

2. Encourages the Ad Hoc Open-ended Informal Working Group to improve progress on all outstanding issues \
on its agenda;

3. Also requests the Working Group of Experts on People of African Descent and the Intergovernmental Working \
Group on the Effective Implementation of the Durban Declaration and Programme of Action to report;
"""


def test_a_short_name_is_the_full_name_given_before_in_the_paragraph():
    # segmented A/RES/68/204 47, A/RES/65/37 164; the other paragraphs name other offices and groups
    parsed = parse(_FINANCING.encode(), "A_RES_99_204.txt")
    assert parsed.operative[0].actors == ["Financing for Development Office"]
    assert parsed.operative[1].actors == ["Ad Hoc Open-ended Informal Working Group"]


def test_a_full_name_given_after_a_short_name_is_anothers():
    from tracker.parsing.phrases import resolve_named_in_paragraph

    # segmented E/RES/920 (XXXIV) 3: "the Committee" is the one the resolution set up, not the ACC
    actors = ["Committee"]
    text = ("Requests the Committee, in fulfilling its task under paragraph 2 (a) above, to take into "
            "account any special observations which the Administrative Committee on Co-ordination may "
            "deem it appropriate to submit;")
    resolve_named_in_paragraph(actors, text, G)
    assert actors == ["Committee"]


@pytest.mark.parametrize(("text", "body", "actors"), [
    # those who take part in something are asked, named by it (segmented A/RES/70/304 19,
    # S/RES/1889 (2009) 13)
    ("Calls upon all those engaged in mediation activities to promote the integration of women’s needs and "
     "gender perspectives in all policy development;", "GA", ["those engaged in mediation activities"]),
    ("Calls upon all those involved in the planning for disarmament, demobilization and reintegration to "
     "take into account particular needs of women and girls associated with armed forces and armed groups;",
     "SC", ["those involved in the planning for disarmament, demobilization and reintegration"]),
    # … in a further call too (segmented S/RES/2220 (2015) 18)
    ("Urges Member States to take further measures, and calls upon all those involved in the planning for "
     "disarmament, demobilization and reintegration and justice and security sector reform efforts to take "
     "into account the particular needs of women;", "SC",
     ["Member States", "those involved in the planning for disarmament, demobilization and reintegration and "
      "justice and security sector reform efforts"]),
    # guard: those concerned, as before (segmented S/RES/307 (1971) 3)
    ("Calls upon all those concerned to take all measures necessary to preserve human life;", "SC",
     ["those concerned"]),
])
def test_those_involved_in_something_are_asked(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a branch of government, or of an office, is asked (segmented A/HRC/RES/48/25 28, ga-pdf-text
    # A/RES/78/263 21)
    ("Calls upon the Libyan legislative branch to assume its responsibilities and support the "
     "consolidation of the rule of law;", "HRC", ["Libyan legislative branch"]),
    ("Calls upon the United Nations Office on Drugs and Crime and its Terrorism Prevention Branch and "
     "relevant Global Counter-Terrorism Coordination Compact entities to intensify cooperation;", "GA",
     ["UNODC", "Terrorism Prevention Branch",
      "relevant Global Counter-Terrorism Coordination Compact entities"]),
])
def test_a_branch_is_asked(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a qualified group of parties is that group, as written, not all States parties (ga-pdf-text A/RES/80/138
    # 29, A/RES/80/14 6)
    ("Welcomes the operationalization of the new funding arrangements, urges developed country Parties to "
     "continue to provide support and encourages other Parties to provide, or continue to provide, support, "
     "on a voluntary basis, for activities to address loss and damage;", "GA",
     ["developed country Parties", "States parties"]),
    ("Calls upon the African States Parties to the Treaty on the Non-Proliferation of Nuclear Weapons that "
     "have not yet done so to conclude comprehensive safeguards agreements with the International Atomic "
     "Energy Agency pursuant to the Treaty;", "GA", ["African States Parties"]),
    # guard: the High Contracting Parties are the States parties
    ("Calls upon the High Contracting Parties to the Fourth Geneva Convention to ensure respect for it;",
     "GA", ["States parties"]),
])
def test_a_qualified_group_of_parties_is_that_group(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the Desertification Convention's bodies by its name, which runs on past "and/or" and a comma
    # (ga-pdf-text A/RES/80/139 3; segmented A/RES/75/218 26)
    ("Invites the Conference of the Parties to the United Nations Convention to Combat Desertification in "
     "Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, to "
     "consider the matter at its seventeenth session;", "GA",
     ["Conference of the Parties to the United Nations Convention to Combat Desertification"]),
    ("Requests the Executive Secretary of the United Nations Convention to Combat Desertification in Those "
     "Countries Experiencing Serious Drought and/or Desertification, particularly in Africa, to support the "
     "President;", "GA",
     ["Executive Secretary of the United Nations Convention to Combat Desertification"]),
])
def test_a_bodys_name_is_read_to_its_end(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # an adjective before a known name of adjective and noun shares its noun: an addressee of its own
    # (segmented S/RES/2686 (2023) 2, A/RES/78/315 2, A/RES/78/68 84)
    ("Urges States and international and regional organizations to publicly condemn violence, hate speech "
     "and extremism motivated by discrimination;", "SC",
     ["Member States", "international organizations", "regional organizations"]),
    ("Strongly encourages Governments, intergovernmental and non-governmental organizations, major groups "
     "and other donors to support the Trust Fund;", "GA",
     ["Governments", "intergovernmental organizations", "civil society", "major groups",
      "development partners"]),
    ("Urges States and subregional and regional fisheries management organizations and arrangements to "
     "implement the measures;", "GA",
     ["Member States", "subregional fisheries management organizations and arrangements",
      "regional fisheries management organizations"]),
    # guard: a noun before is not an adjective (segmented A/HRC/RES/55/21 32)
    ("Encourages all States, regional intergovernmental organizations and forums, civil society "
     "organizations and the private sector to cooperate;", "HRC",
     ["Member States", "regional intergovernmental organizations", "civil society", "private sector"]),
])
def test_an_adjective_shares_the_noun_of_the_name_after_it(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the regional development banks are known, and so named for a pronoun after them (segmented A/RES/58/233
    # 27, E/RES/2023/13 54, A/RES/79/330 28)
    ("Acknowledges the activities in African countries of the Bretton Woods institutions and of the African "
     "Development Bank, and encourages them to continue their support for the implementation of the "
     "priorities and objectives of the New Partnership;", "GA",
     ["Bretton Woods institutions", "African Development Bank"]),
    ("Appreciates regular contacts among the Economic Cooperation Organization Trade and Development Bank, "
     "the Islamic Development Bank and the United Nations Economic Commission for Europe, and invites them "
     "for enhanced collaboration for financing regional projects;", "GA",
     ["Economic Cooperation Organization Trade and Development Bank", "Islamic Development Bank",
      "United Nations Economic Commission for Europe"]),
])
def test_the_regional_development_banks_are_known(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the kinds of entity "within" the United Nations system, as "of" it, are the system's, and the list's
    # first kind with "relevant" too (A/RES/80/110 281 and 6 twins, A/RES/54/120 4, A/RES/75/312 4)
    ("Invites all relevant organizations, funds, programmes and bodies within the United Nations system, in "
     "consultation with interested States, to coordinate relevant activities with regional and national "
     "marine scientific and technological centres in small island developing States;", "GA",
     ["United Nations system"]),
    ("Invites all relevant programmes, funds, specialized agencies and other bodies within the United "
     "Nations system, as well as other intergovernmental organizations and regional financial "
     "institutions, to give greater support to national youth policies and programmes within their country "
     "programmes;", "GA",
     ["United Nations system", "other intergovernmental organizations", "regional financial institutions"]),
    ("Requests the relevant organizations, organs and bodies of the United Nations system, and invites "
     "relevant partners, including international financial institutions, to render all appropriate "
     "assistance that States members of the zone may seek;", "GA",
     ["United Nations system", "relevant partners", "international financial institutions"]),
    # guard: "relevant organizations" before a list that is not of kinds stays an addressee
    ("Invites relevant organizations, Governments and bodies of the United Nations system to cooperate;",
     "GA", ["relevant organizations", "Governments", "United Nations system"]),
])
def test_kinds_of_entity_within_the_united_nations_system_are_the_system(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # a list of kinds after a United Nations kind ends at its comma (A/RES/80/210 32 and 6 twins)
    ("Recognizes that the promises made at the World Food Summit are not being fulfilled, and once again "
     "invites all international financial and development institutions, as well as the relevant United "
     "Nations agencies and funds, to give priority to and provide the funding necessary to realize the right "
     "to food;", "GA", ["international financial and development institutions", "United Nations system"]),
    # the system's own kinds after "all its" (A/RES/57/337 11)
    ("Recognizes the need for mainstreaming and coordinating the prevention of armed conflict throughout the "
     "United Nations system, and calls upon all its relevant organs, organizations and bodies to consider "
     "how they could best include a conflict prevention perspective in their activities;", "GA",
     ["United Nations system"]),
    # the United Nations' own words for its funds, programmes and agencies (E/RES/2015/15 38)
    ("Calls upon the funds, programmes and agencies that have not done so to undertake evaluations and "
     "assessments of South-South cooperation;", "ECOSOC", ["United Nations system"]),
])
def test_a_list_of_the_systems_kinds_is_the_system(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors


@pytest.mark.parametrize(("text", "body", "actors"), [
    # the kinds after a United Nations kind and its comma are the United Nations' (A/HRC/RES/19/23 7,
    # A/RES/66/166 13, A/RES/70/166 15)
    ("Invites States, United Nations mechanisms, bodies, specialized agencies, funds and programmes, and "
     "regional, intergovernmental and non-governmental organizations and national human rights institutions, "
     "as well as academics and experts on minority issues, to continue to participate actively in the "
     "sessions of the Forum;", "HRC",
     ["Member States", "United Nations mechanisms", "United Nations system", "civil society",
      "national human rights institutions", "academics and experts"]),
])
def test_the_kinds_after_a_united_nations_kind_are_its_own(text, body, actors):
    assert analyse(text, body=body, gazetteer=G).actors == actors
