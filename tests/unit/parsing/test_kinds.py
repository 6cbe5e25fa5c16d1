"""What a paragraph asks (tracker.parsing.kinds): one real paragraph (or its opening) per rule,
copied from ../shared/corpus (not from tests/corpus), and the verb normalisation it relies on."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import security_council_resolution
from tracker.parsing import deadlines, kinds, parse, phrases
from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.kinds import (
    clause_kind,
    clauses,
    continuing,
    introducing_clause,
    kind_under,
    sub_kind,
    with_expiry,
)
from tracker.parsing.parser import read_paragraph
from tracker.parsing.phrases import analyse, operative_phrase
from tracker.parsing.types import Deadline, DeadlineKind
from tracker.parsing.types import ObligationKind as K

CASES = [
    # of two deliverables, the report that falls due (A/RES/78/83 23; S/RES/2429 (2018) 25;
    # A/HRC/RES/44/17 13) …
    ("Requests the Secretary-General to transmit the present resolution to the governing bodies of the "
     "appropriate specialized agencies and international institutions associated with the United Nations "
     "so that those bodies may take the measures necessary to implement it, and also requests the "
     "Secretary-General to report to the General Assembly at its seventy-ninth session on the "
     "implementation of the present resolution;", "GA", K.REPORT),
    ("Requests UNAMID to ensure that any support provided to non-United Nations security forces is provided "
     "in strict compliance with the Human Rights Due Diligence Policy on United Nations support to "
     "non-United Nations security forces (HRDDP), and requests the Secretary-General to include progress "
     "made in implementing the policy in his reports to the Security Council;", "SC", K.REPORT),
    ("Requests the Secretary-General to ensure that the reports of the Working Group are brought to the "
     "attention of the Commission on the Status of Women and the General Assembly, and requests the Working "
     "Group to present an oral report annually to the Commission and to the Assembly;", "HRC", K.REPORT),
    # information to be included "in the context of" a report (A/RES/75/248 22, 78/250 12)
    ("Reaffirms the importance of clean-up and remediation activities, and requests the Secretary-General to "
     "include information on these activities in the context of the next report;", "GA", K.REPORT),
    # … unless the other convenes the meeting the report records (A/HRC/RES/47/1 34)
    ("Decides to hold a panel discussion on the root causes of human rights violations and abuses against "
     "Rohingya Muslims and other minorities in Myanmar at its fiftieth session, and requests the High "
     "Commissioner to submit a report on the panel discussion to the Human Rights Council at its "
     "fifty-second session.", "HRC", K.ACTION),
    # segmented A_HRC_RES_48_25 11: a call with "in this regard" between its words opens a clause
    ("Commends the appointment by the Government of National Unity of a minister of State for internally "
     "displaced persons and human rights, and calls in this regard upon States to provide the minister "
     "with the necessary assistance and capacity-building;", "HRC", K.EXHORTATION),
    # segmented S_RES_2365 (2017) 15, S_RES_2760 (2024) 36, A_RES_69_170 3: the information or review
    # provided to a body named first ("provide the Security Council with information on …"); not the
    # support a mandate holder is given (segmented A_HRC_RES_47_2 4), nor facilities (A_RES_77_22 12)
    ("Requests the Secretary-General, to provide the Security Council with information on threats posed by "
     "landmines, explosive remnants of war and improvised explosive devices;", "SC", K.REPORT),
    ("Requests the Secretary-General, to conduct and provide the Security Council no later than 15 August "
     "2025, with a strategic review of UNISFA in accordance with best practices and including gender "
     "expertise;", "SC", K.REPORT),
    ("Invites Member States to provide the United Nations High Commissioner for Human Rights with "
     "information on the initiatives taken to promote and protect the human rights of persons with "
     "albinism;", "GA", K.REPORT),
    ("Requests the Secretary-General to provide the Special Rapporteur with all the information and "
     "resources necessary to fulfil the mandate;", "HRC", K.ACTION),
    ("Requests the Secretary-General to provide the Committee with all the facilities necessary for the "
     "performance of its tasks;", "GA", K.ACTION),
    # segmented A_RES_60_283 3, A_RES_69_262 8, A_RES_79_327 25: information or proposals asked for
    # with their qualifiers are a report ("detailed information", "concrete proposals"); not what
    # a relative clause says others provide (segmented A_RES_78_102 12 (c)), nor contributions of money
    ("Also requests the Secretary-General to provide to the General Assembly, at its resumed sixty-first "
     "session, detailed information on the structure and staffing requirements of the envisaged "
     "information and communication technology structure;", "GA", K.REPORT),
    ("Requests each of the Main Committees to review their working methods during the eightieth session "
     "and submit concrete proposals to the General Committee on how to make their work more efficient "
     "and effective;", "GA", K.REPORT),
    ("Encourages Somalia, Member States, in particular neighbouring States, and regional and subregional "
     "organisations to provide regular inputs to the Committee regarding the implementation and "
     "monitoring of the sanctions regime;", "SC", K.REPORT),
    ("Encourages all States, in accordance with their national law, to provide effective protection for "
     "victims of, witnesses to and others who provide information in relation to crimes of a serious "
     "nature alleged to have been committed by United Nations officials and experts on mission;", "GA",
     K.EXHORTATION),
    ("Encourages Member States to provide voluntary contributions to support the Centre in carrying out "
     "its mandate;", "GA", K.EXHORTATION),
    # ga-pdf-text A_RES_76_78 25: contributions to a fund are money, not a contribution to a report
    ("Urges States and organizations to provide contributions to the waqf fund established by the "
     "Organization of Islamic Cooperation at the Islamic Development Bank in support of Palestine refugees "
     "through enhanced support to the Agency;", "GA", K.EXHORTATION),
    ("Invites Member States to submit their contributions to the Secretary-General for his report on the "
     "implementation of the present resolution;", "GA", K.REPORT),
    # segmented/A_RES_67_226 35, ga-pdf-text/A_RES_80_197 3: an infinitive after the last of several
    # addressees is asked of each ("Requests X, and encourages Y, to …"); not a "that" clause's
    # (segmented A_RES_67_148 20) nor where the first verb has no addressee ("encourages and urges all
    # businesses to adopt …")
    ("Requests the United Nations funds and programmes, and encourages the specialized agencies, to "
     "report to their governing bodies at the first regular session of 2014 on concrete measures taken "
     "to broaden the donor base;", "GA", K.REPORT),
    ("Requests United Nations agencies and organizations, and invites intergovernmental and "
     "non-governmental organizations, to continue to strengthen efforts undertaken to disseminate "
     "accessible and easy-to-understand information on the Convention;", "GA", K.EXHORTATION),
    ("Requests that reports of the Secretary-General submitted to the General Assembly systematically "
     "address gender perspectives, and in this regard requests the Secretary-General to convey the "
     "importance of reflecting a gender perspective to all stakeholders who provide inputs to his "
     "reports;", "GA", K.ACTION),
    ("Welcomes the growing number of businesses that embrace a core business model that takes account "
     "of the environmental, social and governance impacts of their activities, encourages and urges all "
     "businesses to adopt principles for responsible business and investing;", "GA", K.EXHORTATION),
    # A/RES/3331 (XXIX) 4, A/RES/80/110 79: attention drawn, called or directed to something asks nothing,
    # as "Draws attention to" does not
    ("Directs attention to the unprecedented seriousness of the financial position of the United Nations "
     "Relief and Works Agency for Palestine Refugees in the Near East, as outlined in the "
     "Commissioner-General's report;", "GA", K.DECLARATORY),
    ("Calls attention to the considerable number of submissions yet to be considered by the Commission and "
     "the demands that this places on its members and the secretariat as provided by the Division;", "GA",
     K.DECLARATORY),
    # A/RES/74/218 10, A/RES/80/211 22, A/RES/80/200 11: after "thus" or "in this respect" too
    ("Expresses concern that the current pace of action is not fast enough to meet the target (e) deadline "
     "of the Sendai Framework by the end of 2020, and thus urges States to accelerate progress and allocate "
     "the resources necessary to support the development and implementation of inclusive and participatory "
     "national and local disaster risk reduction strategies;", "GA", K.EXHORTATION),
    ("Expresses deep concern at the insufficient funding levels of humanitarian appeals, and in this respect "
     "urges all relevant actors to provide the relevant United Nations agencies and humanitarian "
     "organizations with sufficient and predictable resources;", "GA", K.EXHORTATION),
    ("Encourages all States to consider providing updates on efforts made in this regard as part of ongoing "
     "reporting to the Office of the United Nations High Commissioner for Human Rights, and in this respect "
     "requests the United Nations High Commissioner for Human Rights to include those updates in his "
     "reports to the Human Rights Council;", "HRC", K.REPORT),
    # segmented/E_RES_2017_23 14, S_RES_1539 (2004) 3: a further clause after "accordingly",
    # "consequently" or "as a result" asks what it asks
    ("Notes that realizing the Sustainable Development Goals is closely related to the delivery of "
     "public services, and accordingly invites the President of the Council to convene a dedicated "
     "meeting on delivering public services for the Goals;", "ECOSOC", K.ACTION),
    ("Expresses its intention to take appropriate measures to curb linkages between illicit trade in "
     "natural and other resources and armed conflict, and consequently requests the Secretary-General to "
     "propose effective measures to control this illicit trade and trafficking;", "SC", K.ACTION),
    # ga-pdf-text/A_RES_80_129 6, A_RES_80_193 32: a call to go on reporting is for the report, as a
    # request to is
    ("Recalls the report of the Inter-Agency Task Force on Financing for Development, calls upon the "
     "Inter-Agency Task Force on Financing for Development to continue to report annually on progress "
     "in implementing the financing for development outcomes;", "GA", K.REPORT),
    ("Takes note of the report of the Working Group of Experts on People of African Descent, invites "
     "the Human Rights Council, through the Chair of the Working Group, to continue to submit a report "
     "on the work of the Working Group to the General Assembly;", "GA", K.REPORT),
    # ga-pdf-text/A_RES_80_76 5: what the Assembly agrees a body should do is asked of it, as a
    # decision's "that … shall" is; what it agrees is so asks nothing (segmented A_RES_66_290 3,
    # A_RES_74_303 1)
    ("Agrees that the Legal Subcommittee, at its sixty-fifth session, should consider the substantive "
     "items and reconvene the working groups recommended by the Committee, including holding "
     "intersessional consultations as necessary, taking into account the concerns of all countries, "
     "in particular those of developing countries;", "GA", K.ACTION),
    ("Agrees that human security is an approach to assist Member States in identifying and addressing "
     "widespread and cross-cutting challenges to the survival, livelihood and dignity of their people. "
     "Based on this, a common understanding on the notion of human security includes the following:",
     "GA", K.DECLARATORY),
    ("Reaffirms its resolution 73/341 of 12 September 2019 and all other previous resolutions adopted by "
     "consensus relating to the revitalization of the work of the General Assembly, and agrees that "
     "resolution 73/341 as a whole will form the basis for the work of the Ad Hoc Working Group on the "
     "Revitalization of the Work of the General Assembly during the seventy-fifth session;", "GA",
     K.DECLARATORY),
    # ga-pdf-text/A_RES_80_179 74, segmented/S_RES_1970 (2011) 7: a briefing in person is reported
    ("Invites the Independent Expert to address and engage in an interactive dialogue with the General "
     "Assembly at its eighty-first session under the agenda item entitled “Social development”;", "GA",
     K.REPORT),
    ("Invites the Prosecutor to address the Security Council within two months of the adoption of this "
     "resolution and every six months thereafter on actions taken pursuant to this resolution;", "SC",
     K.REPORT),
    # … not a situation addressed (ga-pdf-text/A_RES_80_179 3)
    ("Encourages Member States to address the situation of older persons in their voluntary national "
     "reviews presented at the high-level political forum on sustainable development;", "GA",
     K.EXHORTATION),
    # segmented/A_RES_77_321 3: proposals are a document asked for, as views or a report are
    ("Requests the Secretary-General to make proposals in the context of the proposed programme budget "
     "for 2024 in order to strengthen the capacity of the Division for Ocean Affairs and the Law of the "
     "Sea;", "GA", K.REPORT),
    # segmented/A_RES_59_57 5: what a report is to take into account asks for that report
    ("Requests the Secretary-General to take into account, inter alia, the report of the World "
     "Commission in his comprehensive report for the high-level review of 2005 at the sixtieth session "
     "of the General Assembly;", "GA", K.REPORT),
    # segmented/A_RES_56_253 100 (opening): "make every effort" asks no document, nor anything that falls due
    ("Requests the Secretary-General to make every effort to ensure stability and predictability in "
     "funding the activities of the Centre;", "GA", K.EXHORTATION),
    # ga-pdf-text/A_RES_80_242 66: a decision not to do something asks nothing
    ("Decides not to abolish one Economic Affairs Officer (P-5) in subprogramme 9;", "GA", K.DECLARATORY),
    # S/RES/2149 (2014) 38, S/RES/1925 (2010) 15: a body kept informed of what occurs, if it does, is no
    # report asked …
    ("Requests the Secretary-General to take the necessary measures to ensure full compliance of MINUSCA "
     "with the United Nations zero tolerance policy on sexual exploitation and abuses and to keep the "
     "Council informed if cases of misconduct occur;", "SC", K.EXHORTATION),
    # … kept informed "if necessary" is
    ("Requests the Secretary-General to keep the Council informed, if necessary, of the progress made;", "SC",
     K.REPORT),
    # ga-pdf-text/A_RES_80_242 64, 58: nor a decision against doing it
    ("Decides against the abolishment of one D-1 post in subprogramme 4, Statistics;", "GA", K.DECLARATORY),
    ("Also decides against the abolishment of the Senior Political Affairs Officer, P-5 (subprogramme 2), in "
     "the Electoral Assistance Division;", "GA", K.DECLARATORY),
    # … unless a further clause asks
    ("Decides against the abolishment of two D-1 posts at this time, and requests the Secretary-General to "
     "convene a meeting of the heads of the regional commissions on the matter;", "GA", K.ACTION),
    # segmented/A_RES_63_262 IV 11: unless a further clause asks (it was an action)
    ("Decides not to approve the proposal of the Secretary-General for a new secondary data centre at "
     "this stage, and requests him to report to the General Assembly at the first part of its resumed "
     "sixty-third session on the risk mitigation;", "GA", K.REPORT),
    # ga-pdf-text/A_RES_77_248 193: States named by what they are ("flag States", "coastal States")
    # are urged as all States are: a standing call
    ("Urges flag States without an effective maritime administration and appropriate legal frameworks "
     "to establish or enhance the necessary infrastructure, legislative and enforcement capabilities to "
     "ensure effective compliance with their responsibilities under international law;", "GA",
     K.EXHORTATION),
    # report: a report, an update, information or views are asked for
    ("Requests the Independent Expert to submit to the General Assembly at its eighty-first "
     "session a report on the implementation of the present resolution;", "GA", K.REPORT),
    # (read alone; with no date to make a product of it, the paragraph is a standing call:
    # test_asked_to_go_on_with_no_date_is_a_standing_call)
    ("Requests the Secretary-General to continue to report on the environmental impact of the "
     "military activities of the administering Power in the Territory, as relevant information "
     "becomes available;", "GA", K.REPORT),
    ("Invites the International Criminal Court to submit, if it deems it appropriate, in "
     "accordance with article 6 of the Relationship Agreement, a report on its activities for "
     "2023/24, for consideration by the General Assembly at its seventy-ninth session.", "GA", K.REPORT),
    ("Requests that the Secretary-General reports to the Council every three months on the "
     "situation in Afghanistan and the implementation of UNAMA’s mandate, including at the "
     "subnational level;", "SC", K.REPORT),
    ("Encourages States to provide information, as appropriate, to the Human Rights Council on all "
     "measures taken by them to prevent and address acts of intimidation or reprisal;", "HRC", K.REPORT),
    # the verb, then its own words set off by commas, then what is asked for
    ("Requests the Secretary-General to provide, at the request of the coordinator of the Informal "
     "Working Group, information on the standard costs, as well as financial and other "
     "implications, of all options or proposals under consideration in the Informal Working "
     "Group;", "GA", K.REPORT),
    ("Invites all States that are not party to the Convention to provide, on a voluntary basis, "
     "information to make global mine action efforts more effective;", "GA", K.REPORT),
    # action: any other identifiable deliverable
    ("Requests the President of the General Assembly at its eighty-first session to appoint two "
     "co-facilitators, one from a developed country and one from a developing country;", "GA", K.ACTION),
    # (not an authorization to take all necessary measures: a standing permission, nothing falls due)
    ("Authorizes the Member States acting under paragraphs 1 and 2 above, in accordance with annex "
     "1-A of the Peace Agreement, to take all necessary measures to ensure compliance with the "
     "rules and procedures governing command and control of airspace;", "SC", K.EXHORTATION),
    ("Decides to remain actively seized of the matter and review this resolution no later than 30 "
     "June 2024.", "SC", K.ACTION),
    # a past participle describes a report or information that exists; it asks for none
    ("Decides to convene informal exchanges in Geneva for States to further share perspectives on "
     "observations and conclusions as presented in the report of the Secretary-General, including "
     "opportunities and challenges, existing and emerging normative proposals and next steps;",
     "GA", K.ACTION),
    # agenda: an item for a future session
    ("Decides to include in the provisional agenda of its eighty-first session the item entitled "
     "“Strengthening of security and cooperation in the Mediterranean region”.", "GA", K.AGENDA),
    ("Further decides to keep under review during its seventy-eighth session, the item entitled "
     "“Financing of the United Nations Multidimensional Integrated Stabilization Mission in "
     "Mali”.", "GA", K.AGENDA),
    ("Decides to continue its consideration of the issue of the right to freedom of opinion and "
     "expression in accordance with its programme of work.", "HRC", K.AGENDA),
    # encouraging staff to report abuses is no report asked of the Secretary-General
    # (ga-pdf-text/A_RES_78_253 XII 3) …
    ("Condemns in the strongest possible terms acts of racism, and requests the Secretary-General to "
     "continue the implementation of the United Nations zero-tolerance approach on racism and "
     "intensify his support to the work of the Anti-Racism Office, in addressing racism within the "
     "Secretariat, including through encouraging staff to report such abuses and by consolidating "
     "lessons learned and best practices;", "GA", K.EXHORTATION),
    # … reporting violations to the Council is (segmented S/RES/2729 (2024))
    ("Requests the Secretary-General to continue to report violations of the SOFA or obstructions to "
     "UNMISS;", "SC", K.REPORT),
    # consideration deferred to a named session: an item for it (segmented A/RES/75/144, A/RES/72/254)
    ("Decides to defer consideration of proposals on the regulations to the seventy-sixth session, "
     "taking into account the limitations on meetings within the United Nations;", "GA", K.AGENDA),
    ("Notes the commitment to review and simplify the regulatory framework, and decides to defer any "
     "changes to regulation 3.", "GA", K.DECLARATORY),
    # … the session named first (segmented A/RES/46/185 V, A/RES/45/248, A/RES/59/276)
    ("Decides to defer until its forty-seventh session consideration of the report of the Secretary-General "
     "on this question;", "GA", K.AGENDA),
    # a panel convened, and an item to discuss it: the panel asks more (ga-pdf-text/A_RES_78_52 op 8)
    ("Decides to convene a joint half-day panel discussion of the Disarmament and International "
     "Security Committee (First Committee) and the Special Political and Decolonization Committee "
     "(Fourth Committee) to address possible challenges to space security and sustainability, and to "
     "include in the provisional agenda of its seventy-ninth session, under the item entitled "
     "“General and complete disarmament”, the sub-item entitled “Joint panel discussion of the First "
     "and Fourth Committees on possible challenges to space security and sustainability”;", "GA",
     K.ACTION),
    # … but the Assembly’s own review, and an item for it, is the item (ga-pdf-text/A_RES_79_282 op 2)
    ("Decides to evaluate and review at its eighty-fourth session the functions and reporting "
     "procedures of the Office of Internal Oversight Services, and to that end to include in the "
     "provisional agenda of its eighty-fourth session the item entitled “Review of the "
     "implementation of General Assembly resolutions 48/218 B”;", "GA", K.AGENDA),
    ("Also decides to give its full consideration to the subject matter at its eighty-third "
     "session.", "GA", K.AGENDA),
    # … but considering a question within other work, at no session or item, is a standing commitment
    ("Decides to give due consideration to the issue of the negative impact of unilateral coercive "
     "measures on human rights in its tasks concerning the implementation of the right to "
     "development;", "HRC", K.EXHORTATION),
    ("Decides to give consideration, as appropriate, to illicit financial flows in the follow-up and "
     "review framework of the 2030 Agenda for Sustainable Development;", "GA", K.EXHORTATION),
    # segmented/A_RES_72_266_B 18, S_RES_2745 (2024) 12: a name given is given on adoption
    ("Decides that the proposed Office of Finance and Budget shall be designated as the Office of "
     "Programme Planning, Finance and Budget;", "GA", K.DECLARATORY),
    ("Reaffirms the Committee provisions and the reporting and review provisions as set out in "
     "resolution 2399 (2018), and decides that it shall henceforth be known as the Security Council "
     "Committee pursuant to resolution 2745 (2024);", "SC", K.DECLARATORY),
    # A/RES/80/150 66: … not where the decision asks something first
    ("Decides that the midterm review shall elect from among the representatives of participating "
     "States the following officers: a President and an ex officio Vice-President from the host "
     "country, and nine Vice-Presidents, one of whom shall be designated as Rapporteur;", "GA", K.ACTION),
    # A/RES/80/242 92: posts retained are no item retained on an agenda
    ("Decides to retain two General Service positions under subprogramme 3, Support services;", "GA",
     K.ACTION),
    ("Decides to retain the question on its agenda;", "GA", K.AGENDA),
    # mandate: established, extended or renewed for a period or until a date
    ("Decides to extend the mandate of MINURSO until 31 October 2023;", "SC", K.MANDATE),
    ("Decides to renew until 15 November 2025 the measures imposed by paragraphs 11 and 15 of "
     "resolution 2140 (2014), reaffirms the provisions of paragraphs 12, 13, 14 and 16 of "
     "resolution 2140 (2014);", "SC", K.MANDATE),
    # segmented/S_RES_2700 (2023) 7: until a time after the adoption, a measure as well as measures
    ("Decides to extend the measure described in paragraph 6 of this resolution until one year from "
     "the date of adoption of this resolution;", "SC", K.MANDATE),
    ("Decides to renew the mandate of the Special Rapporteur on the rights to freedom of peaceful "
     "assembly and of association, as established by the Human Rights Council in its resolution "
     "15/21, for a period of three years;", "HRC", K.MANDATE),
    ("Expresses its full support for UNFICYP, and decides to extend its mandate for a further "
     "period ending on 31 January 2023;", "SC", K.MANDATE),
    # exhortation: a standing call with no product
    ("Urges all States to remain seized of the issue at the highest political level;", "GA",
     K.EXHORTATION),
    ("Requests the Secretary-General to continue to ensure and to strengthen, if needed, the "
     "provision to the Conference on Disarmament of all necessary administrative, substantive and "
     "conference support services;", "GA", K.EXHORTATION),
    ("Invites all relevant United Nations system entities to participate in the high-level "
     "meeting;", "GA", K.EXHORTATION),
    ("Decides to invite States Members of the United Nations, international organizations and the "
     "regional commissions to consider the possibility of taking appropriate measures;", "ECOSOC",
     K.EXHORTATION),
    ("Recognizes that health financing requires global solidarity and collective effort, and urges "
     "Member States to strengthen international cooperation;", "GA", K.EXHORTATION),
    ("Reiterates its demand that all parties provide immediate, unconditional and unhindered access "
     "to MONUC personnel;", "SC", K.EXHORTATION),
    ("Encourages the convening of a Security Council Informal Interactive Dialogue every two months "
     "in order to regularly review and follow-up on the implementation of this resolution;", "SC",
     K.EXHORTATION),
    ("Encourages the further use of space-based and ground-based remote-sensing technologies, "
     "including as provided by the United Nations Platform for Space-based Information for Disaster "
     "Management and Emergency Response (UN-SPIDER), as well as the sharing of geographical data, "
     "for the forecasting, prevention, mitigation and management of natural disasters;", "GA",
     K.EXHORTATION),
    ("Commits to promoting open finance schemes to increase financial inclusion;", "GA",
     K.EXHORTATION),
    # declaratory: nothing asked of anyone
    ("Notes the report of the Secretary-General, submitted pursuant to resolution 79/239;", "GA",
     K.DECLARATORY),
    ("Recalls its resolution 78/328 of 6 September 2024, in which the General Assembly decided to "
     "continue its consideration of possible further measures at its eightieth session;", "GA",
     K.DECLARATORY),
    ("Approves the report of the Credentials Committee.", "GA", K.DECLARATORY),
    ("Decides to adopt the attached declaration on ensuring an effective role for the Security "
     "Council in the maintenance of international peace and security, particularly in Africa.",
     "SC", K.DECLARATORY),
    ("Decides to remain actively seized of the matter.", "SC", K.DECLARATORY),
    ("Expresses its appreciation for the political support provided by Member States;", "GA",
     K.DECLARATORY),
    # an observance proclaimed or designated is done on adoption (ga-pdf-text/A_RES_78_289 op 1,
    # A_RES_78_123 op 1, A_RES_80_106 op 1; segmented A/RES/62/10 op 5, A/RES/64/255 op 2)
    ("Proclaims 2025 the International Year of Cooperatives;", "GA", K.DECLARATORY),
    ("Decides to proclaim 11 June as the International Day of Play, to be observed annually;",
     "GA", K.DECLARATORY),
    ("Decides to designate 30 May as the International Day of Potato;", "GA", K.DECLARATORY),
    ("Decides to proclaim, in line with both the spirit and the letter of the Declaration on the "
     "Granting of Independence to Colonial Countries and Peoples and the principles enshrined in the "
     "Charter of the United Nations, 14 December as the International Day against Colonialism in All "
     "Its Forms and Manifestations, to be observed annually beginning in 2025;", "GA", K.DECLARATORY),
    ("Decides to declare that, starting from the sixty-third session of the General Assembly, "
     "20 February will be celebrated annually as the World Day of Social Justice;", "GA",
     K.DECLARATORY),
    ("Proclaims the period 2011–2020 as the Decade of Action for Road Safety, with a goal to "
     "stabilize and then reduce the forecast level of road traffic fatalities around the world by "
     "increasing activities conducted at the national, regional and global levels;", "GA",
     K.DECLARATORY),
    # … but not a body designated for a task (segmented A/RES/71/223 op 11, shortened)
    ("Decides to designate the Economic and Social Council to receive reports from the Board and the "
     "secretariat of the 10-Year Framework of Programmes on Sustainable Consumption and Production "
     "Patterns;", "GA", K.ACTION),
    # the lead agency of a proclaimed year is still asked (segmented A/RES/71/178 op 13, shortened)
    ("Proclaims the year beginning on 1 January 2019 the International Year of Indigenous "
     "Languages, and invites the United Nations Educational, Scientific and Cultural Organization to "
     "serve as the lead agency for the Year, in collaboration with other relevant agencies, within "
     "existing resources;", "GA", K.EXHORTATION),
    # staying seized of a matter asks nothing, whatever the matter is called and on whatever basis
    # (segmented A/HRC/RES/47/17 op 7, A/RES/74/246 op 20, A/HRC/RES/48/20 op 47) …
    ("Decides to remain seized of this issue.", "HRC", K.DECLARATORY),
    ("Decides to remain seized of the matter, inter alia, on the basis of the reports of the "
     "Secretary-General, the independent international fact-finding mission on the Bolivarian "
     "Republic of Venezuela and the Office of the High Commissioner;", "GA", K.DECLARATORY),
    ("Decides to remain seized of the matter until its fifty-first session.", "HRC", K.DECLARATORY),
    ("Decides to remain seized of the matter of peace and security in the region.", "SC",
     K.DECLARATORY),
    # … unless it goes on to ask (segmented A/HRC/RES/52/11 op 30) or names the session that takes
    # the matter up (ga-pdf-text/A_RES_80_193 op 66: an item for that session)
    ("Decides to remain seized of this issue and to consider taking further action in order to "
     "implement the present resolution.", "HRC", K.EXHORTATION),
    ("Decides to remain seized of this priority matter at its eighty-first session under the item "
     "entitled \u201cElimination of racism, racial discrimination, xenophobia and related "
     "intolerance\u201d.", "GA", K.AGENDA),
    # a phrase set off by commas between "Decides" and what it decides (ga-pdf-text/A_RES_80_177
    # op 17, segmented A/RES/65/161 op 19 shortened, A/RES/68/192 op 5 shortened)
    ("Decides, taking into account the multifaceted nature of the challenges faced by persons with "
     "albinism, to consider the issue of persons with albinism at its eighty-second session;", "GA",
     K.AGENDA),
    ("Decides, following the invitation by the Conference of the Parties to the Convention at its "
     "tenth meeting, to declare 2011\u20132020 the United Nations Decade on Biodiversity;", "GA",
     K.DECLARATORY),
    ("Decides, in order to assist the Committee in fulfilling its mandate, as well as to support the "
     "Ombudsperson, to extend the mandate of the current New York-based Monitoring Team for a period "
     "of thirty months;", "SC", K.MANDATE),
    # observing or celebrating a day is done on adoption too (segmented A/RES/69/282 op 2)
    ("Also decides to celebrate World Statistics Day every five years on 20 October;", "GA",
     K.DECLARATORY),
    ("Decides, with effect from its seventy-second session, to observe on 30 June of each year the "
     "International Day of Parliamentarism;", "GA", K.DECLARATORY),
    # what a report is to include, set off by a comma (segmented A/RES/63/262 op 17, S/RES/1888 (2009)
    # op 25, both shortened)
    ("Requests the Secretary-General to include, in the report requested in paragraph 13 of the "
     "present section, plans to reduce the number of local data centres at Headquarters;", "GA",
     K.REPORT),
    ("Requests the Secretary-General to include, where appropriate, in his regular reports on "
     "individual peacekeeping operations, information on steps taken to implement measures to "
     "protect civilians;", "SC", K.REPORT),
    # a question taken up at a session or under an item named after it (ga-pdf-text/A_RES_78_295
    # op 7, A_RES_78_158 op 23 shortened, A_RES_78_242 op 4 shortened)
    ("Also decides to consider at its seventy-ninth session the question of the financing of the "
     "United Nations Logistics Base.", "GA", K.AGENDA),
    ("Decides to consider during the seventy-eighth session of the General Assembly the measures "
     "required to proclaim the International Decade;", "GA", K.AGENDA),
    ("Decides to consider further the report of the Board of Auditors on the International Residual "
     "Mechanism for Criminal Tribunals under the agenda item relating to the financing of the "
     "Mechanism;", "GA", K.AGENDA),
    # … not a matter considered in another setting (segmented A/RES/65/281 op 8, shortened)
    ("Decides to consider through its Fifth Committee all financial implications emanating from the "
     "resolutions and decisions contained in the annual report of the Human Rights Council;", "GA",
     K.EXHORTATION),
    # a call for an activity, not on someone, is a standing call whatever the activity's deliverable
    # (ga-pdf-text/A_RES_80_109 op 248, A_RES_80_193 op 16, A_RES_80_74 op 6)
    ("Also encourages efforts to establish guidance on the objectives, establishment and management of "
     "other effective area-based conservation measures for fisheries;", "GA", K.EXHORTATION),
    ("Encourages the collection of data disaggregated, in accordance with national legislation, by "
     "race, national or ethnic origin, sex, age and other characteristics relevant in national "
     "contexts, to inform laws, policies and practices and to monitor their impact;", "GA", K.EXHORTATION),
    ("Encourages efforts to conduct all mine action activities in accordance with the International "
     "Mine Action Standards;", "GA", K.EXHORTATION),
    # what is included in a calendar of conferences or a forum's programme is no agenda item
    # (ga-pdf-text/A_RES_80_138 op 43, segmented A/RES/72/242 op 4) …
    ("Decides to include in the United Nations calendar of conferences and meetings for the years 2026 "
     "and 2027 the sessions of the Conference of the Parties to the Convention;", "GA", K.ACTION),
    ("Decides to include in the programme of the third multi-stakeholder forum a session on the impact "
     "of rapid technological change;", "GA", K.ACTION),
    # … a topic included in a future session's debate is (segmented A/HRC/RES/57/6 op 6)
    ("Decides to include the topic of countering cyberbullying against persons with disabilities in the "
     "context of its next annual interactive debate on the rights of persons with disabilities, to be "
     "held at its fifty-eighth session;", "HRC", K.AGENDA),
    # a sentiment extended asks nothing, with or without "its" (ga-pdf-text/A_RES_79_256 op 5)
    ("Extends condolences to the Agency for the loss of its staff members, which stands at 254 as of "
     "8 December 2024;", "GA", K.DECLARATORY),
    # … a request for reports extended for a time asks for the reports again (segmented S/RES/2739 (2024)
    # op 1)
    ("Extends the reporting request in paragraph 10 of resolution 2722 (2024) until January 15, 2025;",
     "SC", K.REPORT),
    # steps taken for a deliverable are that deliverable (segmented A/RES/45/110 op 8), not a standing
    # call as "to take the necessary steps to ensure …" is
    ("Requests the Secretary-General to take the necessary steps to prepare a commentary to the Tokyo "
     "Rules, which is to be submitted to the Committee on Crime Prevention and Control at its twelfth "
     "session for approval;", "GA", K.ACTION),
    ("Requests the Secretary-General to take the necessary steps to ensure the implementation of the "
     "present resolution;", "GA", K.EXHORTATION),
    # "Authorises", as the Council sometimes spells it, is "Authorizes" (segmented S/RES/2659 (2022) op 34)
    ("Authorises MINUSCA to take all necessary means to carry out its mandate within its capabilities "
     "and areas of deployment;", "SC", K.EXHORTATION),
    # a request made again "with concern" is asked again (segmented A/RES/76/268 op 68)
    ("Reiterates with concern its request that the Secretary-General ensure that the rules concerning "
     "the simultaneous distribution of documents in all six official languages are strictly respected;",
     "GA", K.ACTION),
    # a decision that someone "shall continue its efforts", "its current practice" is a standing call,
    # as "shall continue to meet annually" is (segmented S/RES/2512 (2020) op 7, E/RES/2016/25 op 6)
    ("Decides that UNIOGBIS will continue its efforts to reduce the impact of its closure on the host "
     "country environment, in accordance with national and international laws, and UN rules and "
     "regulations, ensuring an environmental assessment is carried out of the sites remaining to be "
     "closed;", "SC", K.EXHORTATION),
    ("Also decides that the Commission shall continue its current practice of selecting one special "
     "theme for each annual session on the basis of progress, gaps, recurrent challenges and evolving "
     "issues relevant to population and development;", "ECOSOC", K.EXHORTATION),
    # a call on a category of States is a standing call whatever it asks them to do, as one on "all
    # States" is (ga-pdf-text/A_RES_80_151 14, segmented A/RES/46/152 9)
    ("Encourages landlocked developing countries to adopt proactive, equitable, inclusive and "
     "sustainable industrial policy frameworks that support rural industrialization;", "GA", K.EXHORTATION),
    ("Encourages all developed countries to review their aid programmes in order to ensure that there is "
     "a full and proper contribution in the field of criminal justice;", "GA", K.EXHORTATION),
    # … and a call on a kind of actor, written in common nouns (ga-pdf-text/A_RES_73_148 20,
    # A_RES_77_336 4) …
    ("Encourages humanitarian assistance agencies and non-governmental organizations to adopt and "
     "implement policies to prevent, address and prohibit sexual harassment within their "
     "organizations;", "GA", K.EXHORTATION),
    ("Encourages civil society and other relevant stakeholders to organize and participate in Model "
     "United Nations, as a means of engaging youth with multilateralism;", "GA", K.EXHORTATION),
    # … not one on someone written so (segmented A/RES/68/238 16)
    ("Invites the co-chairs to prepare the draft outcome document, to be circulated no later than 14 "
     "March 2014;", "GA", K.ACTION),
    # comments asked for "in writing" are asked for (ga-pdf-text/A_RES_80_165 1)
    ("Commends once again the articles on diplomatic protection to the attention of Governments, and "
     "invites them to submit in writing to the Secretary-General any further comments;", "GA", K.REPORT),
    # … not one on the States of a regional group, asked for their candidate (segmented A/RES/69/85 30)
    ("Urges the African States to nominate their candidate for the office of Second Vice-Chair/Rapporteur "
     "of the Committee for the period 2016–2017 before the next session of the Committee;", "GA",
     K.ACTION),
    # a decision that someone "may" do something allows it, on adoption; it asks nothing
    # (ga-pdf-text/A_RES_80_193 11, segmented S/RES/2255 (2015) 8) …
    ("Decides that the Chair-Rapporteur of the Ad Hoc Committee may request that the annual session of "
     "the Ad Hoc Committee be split into two full one-week segments;", "GA", K.DECLARATORY),
    ("Decides that Member States may permit the addition to accounts frozen pursuant to the provisions "
     "of paragraph 1 above of any payment in favour of listed individuals, groups, undertakings or "
     "entities, provided that any such payment is frozen;", "SC", K.DECLARATORY),
    # … not where "may" is in a clause about something else (segmented A/RES/79/268 8)
    ("Decides that the costs of all activities of the Centre, as well as costs that may arise from the "
     "implementation of the present resolution, shall be met from voluntary contributions;", "GA",
     K.ACTION),
    # … not its consideration of an item, read again at a session (ga-pdf-text/A_RES_80_168 2)
    ("Decides that the Sixth Committee shall continue its consideration of the scope and application "
     "of universal jurisdiction, without prejudice to the consideration of this topic and related "
     "issues in other forums of the United Nations, and for this purpose decides to establish, at its "
     "eighty-first session, a working group of the Sixth Committee;", "GA", K.ACTION),
    # a call repeated after what the paragraph deplores is a clause of its own (segmented
    # A_HRC_RES_43_26 7, A_HRC_RES_46_21 13)
    ("Deplores the release, after only nine months of detention, of the members of the Myanmar military "
     "who were convicted by court martial of the unlawful killing of Rohingya civilians in Inn Din, "
     "Rakhine State, and repeats its call upon the Government and the Myanmar armed forces to take the "
     "measures necessary to ensure accountability and to end impunity for those crimes;", "HRC",
     K.EXHORTATION),
    # an update to the body or the Member States is a report (segmented S_RES_2337 11, ga-pdf-text
    # A_RES_78_102 4) …
    ("Requests the Secretary General to update the Security Council on the implementation of this "
     "resolution within ten (10) days after its adoption;", "SC", K.REPORT),
    ("Also welcomes the work of the Special Coordinator on Improving the United Nations Response to Sexual "
     "Exploitation and Abuse, and requests the Secretary-General to regularly update Member States on "
     "progress with respect to the implementation of the mandate of the Special Coordinator;", "GA",
     K.REPORT),
    # … not a document brought up to date (segmented A_RES_57_202 9)
    ("Requests each State party to update its core document, incorporating as necessary material common "
     "to its multiple reports to the human rights treaty bodies;", "GA", K.ACTION),
    # what a commitment introduces with a colon is read item by item, not as one report (segmented
    # A_RES_73_195 annex 19, the Global Compact's "we will draw from the following actions")
    ("We commit to strengthen our efforts to provide, make available and disseminate accurate, timely, "
     "accessible and transparent information on migration-related aspects for and between States, "
     "communities and migrants at all stages of migration. We further commit to use this information to "
     "develop migration policies that provide a high degree of predictability and certainty for all "
     "actors involved. To realize this commitment, we will draw from the following actions: (a) Launch "
     "and publicize a centralized and publicly accessible national website to make information available "
     "on regular migration options, such as on country-specific immigration laws and policies, in order to "
     "inform the decisions of migrants;", "GA", K.EXHORTATION),
    # the arrangements that carry out a mandate extended ask no more than the mandate (segmented
    # S_RES_2734 101) …
    ("Decides, in order to assist the Committee in fulfilling its mandate, as well as to support the "
     "Ombudsperson, to extend the mandate of the current New York-based Monitoring Team and its members, "
     "established pursuant to paragraph 7 of resolution 1526 (2004), for a further period of 36 months "
     "from the expiration of its current mandate in June 2024, and expresses its intention to review the "
     "mandate and take appropriate action regarding the further extension no later than 17 May 2027, "
     "under the direction of the Committee with the responsibilities outlined in annex I, and requests the "
     "Secretary-General to make the necessary arrangements to this effect;", "SC", K.MANDATE),
    # … but are what is asked where nothing else is
    ("Welcomes the recommendations of the Committee, and requests the Secretary-General to take the "
     "necessary measures to this effect;", "GA", K.EXHORTATION),
    # a document prepared is a report: a study (segmented A_HRC_RES_42_6 17), an overview after a
    # clause set off by commas (ga-pdf-text A_RES_74_258 22), a summary (A_RES_78_319 5) …
    ("Requests the Office of the High Commissioner to prepare a study, to be presented to the Human "
     "Rights Council at its forty-fifth session, on the contribution of the special procedures in "
     "assisting States and other stakeholders in the prevention of human rights violations and abuses;",
     "HRC", K.REPORT),
    ("Also requests the Secretary-General to prepare, with a view to informing the discussion at the "
     "seventy-fifth session of the General Assembly, an overview on the functioning of the pilot project "
     "to offer access to informal dispute-resolution services to non-staff personnel;", "GA", K.REPORT),
    ("Requests the Secretary-General to prepare a concise summary of the high-level meeting;", "GA",
     K.REPORT),
    # … and what it has prepared, submitted to a body (segmented S_RES_1810(2008) 7)
    ("Requests the 1540 Committee to complete its report as set out in paragraph 6 of resolution 1673 "
     "(2006), and to submit it to the Security Council as soon as possible but no later than 31 July 2008;",
     "SC", K.REPORT),
    # … where no other word of a report is written (segmented A_RES_53_242 5)
    ("Requests the Secretary-General to develop terms of reference, appropriate criteria for membership and "
     "flexible, cost-effective working methods of the proposed environmental management group and to submit "
     "them to the General Assembly for consideration at its fifty-fourth session;", "GA", K.REPORT),
    # … and a report made: segmented S_RES_50(1948) 9, ga-pdf-text A_RES_68_151 9 …
    ("Instructs the United Nations Mediator to make a weekly report to the Security Council during the "
     "cease-fire;", "SC", K.REPORT),
    ("Requests the Chair of the Working Group of Experts on People of African Descent to make a report on "
     "its work available to the General Assembly;", "GA", K.REPORT),
    # a request made again after a bare "and" is a clause of its own (segmented S_RES_2467(2019) 7,
    # S_RES_2211(2015) 17)
    ("Reiterates that the monitoring, analysis and reporting arrangements need to respect fully the "
     "integrity and specificity of the monitoring and reporting mechanism implemented under Security "
     "Council resolutions on children and armed conflict and reiterates its request to the Secretary "
     "General to continue to ensure full transparency, cooperation and coordination of efforts;",
     "SC", K.EXHORTATION),
    ("Notes with deep concern the lack of progress up to date in those fields essential for DRC’s "
     "stabilization and reiterates its call to the Government of the DRC to take immediate steps to "
     "uphold its commitment to SSR;", "SC", K.EXHORTATION),
    # a State's authorities named by its adjective are its Government (segmented A_HRC_RES_53_19 19,
    # S_RES_2662 (2022) 17); a report asked after "and further" (S_RES_2409 (2018) 60)
    ("Again strongly encourages the Belarusian authorities to establish a national human rights institution "
     "in line with the principles relating to the status of national institutions for the promotion and "
     "protection of human rights (the Paris Principles);", "HRC", K.EXHORTATION),
    ("Decides that the Somali authorities have the primary responsibility to notify the Committee "
     "pursuant to paragraphs 14 and 15, of any deliveries of weapons and military equipment;",
     "SC", K.EXHORTATION),
    ("Requests the Secretary-General to conduct a comprehensive performance review of all MONUSCO units by "
     "September 2018 and further report to the Council every three months, as part of its regular reporting, "
     "on the percentage of MONUSCO contingents who have satisfied the requirements;", "SC", K.REPORT),
    # a mandate extended "to" a date (segmented S_RES_2743 (2024) 1), not an amount for a period that ends
    # on one (ga-pdf-text A_RES_79_301 16)
    ("Decides to extend, to 15 July 2025 the mandate of BINUH in accordance with its resolution 2476 (2019);",
     "SC", K.MANDATE),
    ("Further decides to apportion among Member States the amount of 213,568,400 dollars for the period from "
     "16 November 2025 to 30 June 2026;", "GA", K.ACTION),
    # a call whose further infinitive presents a report or what was prepared to a body (ga-pdf-text
    # A_RES_51_158 7, A_RES_2345 4), not what is sent to a party (segmented S_RES_2474 (2019) 9)
    ("Invites the Secretary-General to consider the possibility of translating the list of titles of "
     "treaties into the other official languages of the United Nations, and to submit a report to the "
     "General Assembly at its fifty-second session;", "GA", K.REPORT),
    ("Calls upon the Committee on the Peaceful Uses of Outer Space to complete urgently the preparation of "
     "the draft agreement on liability for damage caused by the launching of objects into outer space, and "
     "to submit it to the Assembly at that session.", "GA", K.REPORT),
    ("Urges parties to armed conflict to establish national information bureaus, to exchange information on "
     "detainees, to transmit such information to that party, and to open enquiries regarding these "
     "persons;", "SC", K.EXHORTATION),
    # reporting requests renewed are reports asked again, not a request renewed (S_RES_2698 (2023) 6)
    ("Renews the reporting requests set out in paragraph 17 of its resolution 2240 (2015) from the date of "
     "adoption of this resolution, and requests the Secretary-General to report to the Security Council "
     "eleven months after the adoption of this resolution on its implementation;", "SC", K.REPORT),
    # a call whose further infinitive reports to a body asks for that report (segmented A_RES_69_225 21,
    # A_RES_69_262 13); not where it reports only if need be (tests/corpus S_RES_1533_2004 7)
    ("Calls upon the Secretary-General to promote renewable energy and related sustainable practices in "
     "all United Nations facilities around the world and to include in his report to the General Assembly "
     "at its seventy-first session the results of related actions;", "GA", K.REPORT),
    ("Encourages the Secretary-General to seek voluntary contributions for the Africa Hall renovation "
     "project and to report to the General Assembly on the progress at its seventieth session;", "GA",
     K.REPORT),
    ("Urges all States, and especially those in the region, to take the appropriate steps to end these "
     "illegal activities, including through judicial means where possible, and, if necessary, to report "
     "to the Council;", "SC", K.EXHORTATION),
    # … not what others prepare (A_RES_57_270 42)
    ("Requests, in this regard, the Economic and Social Council to establish, no later than 2004, a "
     "multi-year work programme for the coordination segment of its substantive session; this multi-year "
     "programme will enable the United Nations system and relevant stakeholders to better prepare their "
     "contributions to those discussions;", "GA", K.ACTION),
    # segmented E_RES_2024_2 9, S_RES_2140 (2014) 16, 17, 14, S_RES_2118 (2013) 4, 6: a decision's rule that
    # takes effect, applies or exempts asks no one; one that binds someone to keep to it is a standing
    # obligation; a decision of several "that" clauses asks what any of them asks (A_RES_77_245 37)
    ("Also decides that the enlargement shall take effect progressively, in three steps, from the "
     "beginning of the fifty-seventh session of the Statistical Commission, in 2026, until the fifty-ninth "
     "session, in 2028;", "ECOSOC", K.DECLARATORY),
    ("Decides that the measures imposed by paragraph 15 above shall not apply where the Committee "
     "determines on a case-by-case basis that such travel is justified on the grounds of humanitarian "
     "need;", "SC", K.DECLARATORY),
    ("Decides that the provisions of paragraphs 11 and 15 shall apply to individuals or entities "
     "designated by the Committee;", "SC", K.DECLARATORY),
    ("Decides that the measures in paragraph 11 above shall not prevent a designated person or entity from "
     "making payment due under a contract entered into prior to the listing of such a person or entity;",
     "SC", K.DECLARATORY),
    ("Decides that the Syrian Arab Republic shall not use, develop, produce, otherwise acquire, stockpile or "
     "retain chemical weapons;", "SC", K.EXHORTATION),
    ("Decides that the Syrian Arab Republic shall comply with all aspects of the decision of the OPCW "
     "Executive Council of 27 September 2013 (Annex I);", "SC", K.EXHORTATION),
    # information asked for in the next report named first (segmented A/RES/70/248 22; "in his next annual
    # report …, to include" is one)
    ("Requests the Secretary-General, in the context of the next progress report, to include detailed "
     "information on possible measures that could be taken to avoid negative interest rates in relation to "
     "the currency holdings of the United Nations;", "GA", K.REPORT),
    # a rule that holds of its subject asks no one anything new: what governs it, what it counts as, what it
    # is subject or eligible to, what a thing requires (segmented A/RES/55/231 17, A/RES/68/265 6, A/RES/75/4
    # 2, S/RES/2733 (2024) 4, A/RES/63/250 8) …
    ("Decides that any transfer of resources between post and non-post objects of expenditure would require "
     "the prior approval of the General Assembly;", "GA", K.DECLARATORY),
    ("Decides that staff members who have reached the maximum occupancy limit when managed mobility comes "
     "into effect for their job network will not be subject to reassignment in the first year of "
     "operationalization in that job network;", "GA", K.DECLARATORY),
    ("Also decides that the proceedings of the special session shall be governed by the rules of procedure "
     "of the General Assembly;", "GA", K.DECLARATORY),
    ("Decides that for the purposes of paragraph 5 of resolution 2292 (2016), the Committee shall be deemed "
     "to have refused the request in the absence of an approval within 90 days;", "SC", K.DECLARATORY),
    ("Also decides that staff on temporary contracts would be eligible to receive only the following "
     "benefits and allowances: post adjustment; rental subsidy; hazard pay;", "GA", K.DECLARATORY),
    # … not what someone shall require of others (segmented S/RES/1973 (2011) 21), nor a "would" in a clause
    # before the decision's own modal (segmented A/RES/59/272 2: "may be modified", a permission)
    ("Decides that all States shall require their nationals, persons subject to their jurisdiction and firms "
     "incorporated in their territory to exercise vigilance when doing business with entities incorporated "
     "in the Libyan Arab Jamahiriya;", "SC", K.EXHORTATION),
    ("Also decides that when access to a report would be inappropriate for reasons of confidentiality, the "
     "report may be modified, or withheld in extraordinary circumstances, at the discretion of the "
     "Under-Secretary-General for Internal Oversight Services;", "GA", K.DECLARATORY),
    ("Decides that the Conference and its preparatory committee shall be open to all States Members of the "
     "United Nations, that the rules of procedure of the functional commissions of the Economic and Social "
     "Council shall apply to the meetings of the preparatory committee, and that the preparatory committee "
     "shall consider and adopt the provisional rules of procedure of the Conference;", "GA", K.ACTION),
    ("Decides that the period of service of Junior Professional Officers shall not be taken into account as "
     "part of the requisite period of service for a continuing appointment;", "GA", K.ACTION),
    # … and a rule of how something is done: what it is paid from, the procedure it follows (A/RES/80/108
    # 2, segmented A/RES/63/303 annex 49, A/RES/68/238 20, A/RES/70/248 14); not a report's, nor a review
    # that recurs (segmented A/RES/68/268 27)
    ("Also decides that all costs relating to the Conference and its preparation shall be financed through "
     "extrabudgetary resources;", "GA", K.DECLARATORY),
    ("We agree that the heads and senior leadership of the international financial institutions, "
     "particularly the Bretton Woods institutions, should be appointed through open, transparent and "
     "merit-based selection processes, with due regard to gender equality and geographical and regional "
     "representation.", "GA", K.DECLARATORY),
    ("Decides that the Conference shall be organized in accordance with the organization of work set forth "
     "in annex II to the present resolution;", "GA", K.DECLARATORY),
    ("Notes the decision to locate the Office of the Special Envoy of the Secretary-General for Syria in "
     "Geneva, and decides that related costs arising from this relocation shall be accommodated within the "
     "approved resources of the Office;", "GA", K.DECLARATORY),
    ("Decides that the national reports shall be submitted in accordance with the guidelines contained in "
     "the annex to the present resolution;", "GA", K.ACTION),
    ("Further decides that the amount of meeting time allocated will be reviewed biennially on the basis of "
     "actual reporting during the previous four years;", "GA", K.ACTION),
    # an authorization until a date or for months is a mandate though none is named (S/RES/2690 (2023) 5,
    # S/RES/2710 (2023) 2, S/RES/2127 (2013) 28); not what it authorizes lasting weeks (A/RES/80/163 2 (b))
    ("Decides further that, until 30 September 2023, without prejudice to the primary responsibility of the "
     "Malian authorities and in consultation with them, and acting within its means and capabilities in its "
     "immediate vicinity, MINUSMA is authorized to respond to imminent threats of violence to civilians and "
     "contribute to the safe civilian-led delivery of humanitarian assistance;", "SC", K.MANDATE),
    ("Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel, "
     "inclusive of 1,040 police personnel, to ATMIS until 31 December 2023;", "SC", K.MANDATE),
    ("Authorizes the deployment of MISCA for a period of twelve months after the adoption of this "
     "resolution;", "SC", K.MANDATE),
    ("Authorizes the Secretary-General to organize the United Nations Regional Courses in International Law, "
     "with a minimum of 20 fellowships, for a period of four weeks for each course;", "GA", K.ACTION),
    # segmented S_RES_2760 (2024) 1, S_RES_2550 (2020) 2: a mission's tasks extended with its mandate, and
    # the extension said to be the last, are the mandate extended
    ("Decides to extend until 15 November 2025 the mandate of UNISFA as set out in paragraph 2 of resolution "
     "1990 (2011) and acting under Chapter VII of the Charter of the United Nations, further decides to "
     "extend until 15 November 2025 the tasks of UNISFA as set out in paragraph 3 of resolution 1990 (2011);",
     "SC", K.MANDATE),
    ("Decides to extend until 15 May 2021 UNISFA’s mandate modification set forth in resolution 2024 (2011), "
     "and decides that this shall be the final such extension unless the parties take the specific measures "
     "described in paragraph 3;", "SC", K.MANDATE),
    # segmented A_RES_77_236 11, A_HRC_RES_50_16 8 (shortened): reporting suspected practices or cases to
    # the authorities is no report to a body
    ("Further encourages Member States to provide training for health-care professionals on identifying "
     "potential cases of trafficking in human organs and to report suspected or confirmed illegal "
     "practices;", "GA", K.EXHORTATION),
    ("Calls upon States to take comprehensive measures to prevent and eliminate cross-border female genital "
     "mutilation, including by providing training to health-care professionals and encouraging them to "
     "report cases in which they believe that women or girls are at risk;", "HRC", K.EXHORTATION),
    # … nor is "to update" a plan an update (segmented S_RES_2748 (2024) 4)
    ("Requests the Secretary-General to continue to provide a logistical support package, and, in "
     "consultation with the African Union and the FGS, to update the logistical support plan as "
     "appropriate;", "SC", K.EXHORTATION),
    # segmented A_RES_77_193 13, A_RES_61_105 90: information fed to a database goes to no body, it is no
    # report; information on a portal, asked in a report, is one (A_RES_77_260 28)
    ("Also stresses the importance of the Secretary-General’s Global Database on Violence against Women, "
     "strongly encourages all States to regularly provide updated information for the Database;", "GA",
     K.EXHORTATION),
    ("Invites States and regional fisheries management organizations to submit information to any such "
     "database on all vulnerable marine ecosystems;", "GA", K.EXHORTATION),
    ("Requests the Secretary-General to provide further information on the functioning of the portal in his "
     "next report;", "GA", K.REPORT),
    # segmented S_RES_2752 (2024) 1, S_RES_2118 (2013) 1, S_RES_2246 (2015) 16, S_RES_2717 (2023) 31: a
    # decision that says what something is asks no one (the paragraph is the measures renewed) …
    ("Decides to renew until one year from the date of adoption of this resolution the measures imposed "
     "by paragraphs 3, 4, 5, 6, 7, 8, and 9 of resolution 2653 (2022) and previously extended in resolution "
     "2700 (2023), reaffirms resolution 2664 (2022), and affirms that paragraphs 15 and 16 of resolution "
     "2653 (2022) shall continue to apply and decides that actions as described in paragraph 15 of "
     "resolution 2653 (2022) include engaging in activities that destabilize Haiti through the illicit "
     "exploitation or trade of natural resources;", "SC", K.MANDATE),
    ("Determines that the use of chemical weapons anywhere constitutes a threat to international peace "
     "and security;", "SC", K.DECLARATORY),
    ("Decides that the arms embargo on Somalia imposed by paragraph 5 of resolution 733 (1992) does not "
     "apply to supplies of weapons and military equipment destined for the sole use of Member States;",
     "SC", K.DECLARATORY),
    ("Decides that the strategic priorities of MONUSCO are (i) to contribute to the protection of "
     "civilians in its area of deployment and (ii) to support the stabilisation and strengthening of "
     "State institutions in the DRC and key governance and security reforms;", "SC", K.DECLARATORY),
    # … unlike one that asks in the subjunctive, in the passive or by a rule (segmented A_RES_57_337 6,
    # S_RES_1706 (2006) 12, S_RES_2713 (2023) 37)
    ("Resolves that all Member States strictly adhere to their obligations as laid down in the Charter "
     "of the United Nations;", "GA", K.EXHORTATION),
    ("Decides that the Special Committee include in its programme of work the question of the "
     "Territory;", "GA", K.ACTION),
    ("Decides that UNMIS is authorized to use all necessary means, in the areas of deployment of its "
     "forces, to protect United Nations personnel;", "SC", K.ACTION),
    ("Decides that deliveries of items in Annex B to this resolution to FMS and regional governments are "
     "subject to notification to the Committee, for information only, at least five working days in "
     "advance by the GFRS;", "SC", K.ACTION),
    # a lead word of a report that is a noun or an adjective after its article is no verb: "the issue"
    # (A/RES/67/246 36), "the presentation of its comprehensive report" (A/HRC/RES/S-37/1 17) …
    ("Approves the one-time cost reduction and financing proposals reflected in section XII of the tenth "
     "annual progress report of the Secretary-General, and decides to revert to the issue of the Dag "
     "Hammarskjöld Library Building, the South Annex Building and the refurbishment of fixed furniture in "
     "conference room 4 of the Conference Building in the context of the report;", "GA", K.ACTION),
    ("Decides not to transfer the amount of 13,790,000 United States dollars included in the amount of "
     "15,804,000 dollars previously authorized in its resolution 60/268, and to revert to this issue in the "
     "context of its consideration of the financial performance report for the financial period ended 30 "
     "June 2007;", "GA", K.ACTION),
    # … nor what informs a decision, a discussion or a report (S/RES/1904 (2009) 16, A/RES/71/313 4), nor a
    # person notified (S/RES/1989 (2011) 35)
    ("Calls upon all members of the Committee and the Monitoring Team to share with the Committee any "
     "information they may have available regarding a listing request from a Member State so that this "
     "information may help inform the Committee’s decision on designation and provide additional material "
     "for the narrative summary of reasons for listing described in paragraph 14;", "SC", K.EXHORTATION),
    ("Requests the Secretary-General to continue to maintain the Sustainable Development Goals global "
     "indicator database to inform the yearly progress report on the Goals and to ensure transparency on "
     "the data, statistics and metadata presented on countries;", "GA", K.EXHORTATION),
    ("Decides that States receiving such notification shall take measures, in accordance with their "
     "domestic laws and practices, to notify or inform the concerned individual or entity of the delisting "
     "in a timely manner;", "SC", K.EXHORTATION),
    # reverting to a question at a named session takes it up then, an item (A/RES/55/258 1, A/RES/69/262 28);
    # not without a session (A/RES/54/244 13)
    ("Decides to revert to this issue at its fifty-seventh session;", "GA", K.AGENDA),
    ("Also decides to revert to the establishment of the multi-year special account for the strategic "
     "heritage plan at the main part of the seventieth session of the General Assembly;", "GA", K.AGENDA),
    ("Decides to revert to the question referred to in paragraph 11 of its resolution 48/218 B in the "
     "context of its consideration of the report of the Secretary-General on enhancing the internal "
     "oversight mechanisms;", "GA", K.ACTION),
    # what a report gives priority to, or holds, in reports named with more words (A/HRC/RES/40/3 28,
    # A/RES/68/3 8, A/RES/68/224 21)
    ("Requests the High Commissioner, in discharging her functions relating to the promotion, realization "
     "and protection of the right to development, to give priority to the present resolution in her annual "
     "report;", "HRC", K.REPORT),
    ("We request the Secretary-General, in coordination with all the relevant United Nations entities, to "
     "include information on progress made in the implementation of the present outcome document in his "
     "existing and already mandated periodic reports on issues concerning disability and development;",
     "GA", K.REPORT),
    ("Requests the Secretary-General to inform Member States about the implementation of the present "
     "resolution, through the report to be submitted to the General Assembly at its eightieth session;",
     "GA", K.REPORT),
    ("Reiterates its request to the Secretary-General to include the issues of concern to the least "
     "developed countries in all relevant reports in the economic, social, environmental and related "
     "fields;", "GA", K.REPORT),
]


@pytest.mark.parametrize(("text", "body", "kind"), CASES, ids=[c[0][:50] for c in CASES])
def test_kind_of_a_real_paragraph(text, body, kind):
    assert analyse(text, body=body, gazetteer=Gazetteer.default()).kind == kind


def test_a_request_to_this_effect_beside_two_deliverables_is_read_with_them():
    # constructed from the shapes of A/RES/78/83 23 and S/RES/1863 (2009) 10: a report and an action
    # beside "… to make the necessary arrangements to this effect", which asks no more than they do
    # (its clause set aside, the others still read each with its own words)
    text = ("Decides to establish a trust fund for the victims, requests the Secretary-General to submit a "
            "report to the General Assembly at its eightieth session on the implementation of the present "
            "resolution, and requests the Secretary-General to make the necessary arrangements to this "
            "effect;")
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == K.REPORT


def test_a_mandate_extended_to_a_date_ends_on_it():
    # segmented S_RES_2743 (2024) 1, S_RES_2487 (2019) 1
    for text, end in (
            ("Decides to extend, to 15 July 2025 the mandate of BINUH in accordance with its resolution 2476 "
             "(2019);", dt.date(2025, 7, 15)),
            ("Decides to extend, to 25 September 2020, the mandate of the Verification Mission and reporting "
             "requirements;", dt.date(2020, 9, 25))):
        adopted = security_council_resolution(f"1. {text}\n").replace("on 1 March 2031", "on 15 July 2019")
        (paragraph,) = parse(adopted).operative
        assert paragraph.kind == K.MANDATE
        assert [(d.date, d.expires) for d in paragraph.deadlines] == [(end, True)]


def test_a_resolution_extended_to_a_date_is_its_regime_extended():
    # segmented S_RES_2661 (2022) 1: the measures of resolution 2607 (2021), rolled over
    adopted = security_council_resolution("1. Decides to extend resolution 2607 (2021) until 17 November "
                                          "2022;\n")
    (paragraph,) = parse(adopted.replace("on 1 March 2031", "on 26 October 2022")).operative
    assert paragraph.kind == K.MANDATE
    assert [(d.date, d.expires) for d in paragraph.deadlines] == [(dt.date(2022, 11, 17), True)]


def test_a_mandate_renewed_until_a_session_ends_then_and_reporting_continued_until_one_stays_a_report():
    # segmented A_HRC_RES_56_13 1; A_HRC_RES_47_22 2
    renewed = ("Decides to renew the mandate of the International Independent Expert Mechanism to Advance "
               "Racial Justice and Equality in Law Enforcement, comprising three experts, until the "
               "sixty-sixth session of the Human Rights Council to enable the Expert Mechanism to continue "
               "its work;")
    continued = (
        "Invites the United Nations High Commissioner for Human Rights to continue to present orally to the "
        "States Members of the Human Rights Council and observers the findings of each of the reports of the "
        "Office of the High Commissioner on the situation of human rights in Ukraine as part of the "
        "interactive dialogues, and through the modalities of the Council, in accordance with its resolution "
        "5/1 of 18 June 2007, until the fifty-third session of the Council.")
    (paragraph,) = parse(security_council_resolution(f"1. {renewed}\n").replace(
        "on 1 March 2031", "on 12 July 2024")).operative
    assert paragraph.kind == K.MANDATE
    assert [(d.body, d.session, d.expires) for d in paragraph.deadlines] == [("HRC", 66, True)]
    until = Deadline(DeadlineKind.SESSION, "until the fifty-third session of the Council", expires=True)
    assert kinds.with_expiry(K.REPORT, [until], False, continued) == K.REPORT


def test_a_report_made_available_again_is_not_asked_for_again():
    # segmented A_HRC_RES_54_5 10: the report the resolution asked for elsewhere, in an accessible format
    text = ("Also requests the Office of the High Commissioner, when preparing the above-mentioned "
            "comprehensive report, to consider the outcome of the panel discussion and to closely cooperate "
            "with all relevant stakeholders, and to make the comprehensive report available in an accessible "
            "and child-friendly format;")
    assert analyse(text, body="HRC", gazetteer=Gazetteer.default()).kind != K.REPORT


def test_a_mixed_paragraph_takes_the_most_demanding_clause():
    text = ("Takes note of the strategic review presented by the Secretary-General (S/2017/826) and "
            "endorses the recommendations relating to proposed adjustments to MONUSCO, requests the "
            "Secretary-General to implement changes in the mission leadership;")
    action, offset, _ = operative_phrase(text)
    verbs = [verb for verb, _words in clauses(action, text[offset:])]
    assert verbs == ["takes_note", "requests"]
    assert analyse(text, body="SC", gazetteer=Gazetteer.default()).kind == K.ACTION


def test_nouns_that_look_like_verbs_do_not_open_a_clause():
    rest = ("the 1540 Committee to continue strengthening its role, in matching offers and requests "
            "for assistance, through such means as visits to States")
    assert [verb for verb, _ in clauses("urges", rest)] == ["urges"]
    # A/RES/2099 (XX) 10: a noun before a modal
    rest = ("the attention of Member States to the existing arrangements whereby, apart from the programme "
            "mentioned in paragraph 2 above, requests may be made:")
    assert [verb for verb, _ in clauses("calls_attention", rest)] == ["calls_attention"]


@pytest.mark.parametrize(("text", "verbs", "kind"), [
    # a phrase between "calls" and its "for" or "upon" (A/RES/80/158 4, A/RES/60/184 15)
    ("Stresses that the wall and settlements being constructed by Israel in the Occupied Palestinian "
     "Territory … are seriously depriving the Palestinian people of their natural resources, and calls in "
     "this regard for full compliance with the legal obligations mentioned in the advisory opinion;",
     ["stresses", "calls_for"], K.EXHORTATION),
    ("Recognizes the special problems and needs of the landlocked developing countries within a new global "
     "framework for transit transport cooperation for landlocked and transit developing countries, calls, in "
     "this regard, for the full and effective implementation of the Almaty Programme of Action;",
     ["recognizes", "calls_for"], K.EXHORTATION),
    # what the further clause concerns, or "in particular", before its verb (A/RES/78/111 18, A/RES/77/201 8)
    ("Reiterates the responsibility of the Secretary-General for the quality of the Repertory and the "
     "Repertoire, and with regard to the Repertoire calls upon the Secretary-General to continue to follow "
     "the modalities outlined in paragraphs 102 to 106 of his report dated 18 September 1952;",
     ["reiterates", "calls_upon"], K.EXHORTATION),
    ("Recognizes that the responsibility to respect the rights of the child also applies to private actors "
     "and business enterprises, and in particular encourages private actors in the technology sector who "
     "provide or operate services across domestic jurisdictions to adhere to the highest available "
     "international standards;", ["recognizes", "encourages"], K.EXHORTATION),
    # not a call another text makes (A/RES/80/133 21 reads "calls, therefore, upon Member States" as its own;
    # E/RES/2022/9 6: what building forward better calls for, recognized)
    ("Further recognizes that building forward better from the pandemic, while advancing the full "
     "implementation of the 2030 Agenda, calls, inter alia, for political will, a change of mindsets, "
     "transformational leadership and the sound management of public resources;",
     ["recognizes"], K.DECLARATORY),
    # someone mandated to do something (A/RES/80/72 2), not the noun (A/RES/54/244 9, A/RES/67/226 50)
    ("Welcomes the convening of the High-level International Conference for the Peaceful Settlement of "
     "the Question of Palestine and the Implementation of the Two-State Solution, and mandates the Co-Chairs "
     "of the Conference, in consultation with the Co-Chairs of the working groups, to follow up on the "
     "objectives of the Conference and the commitments made therein, including, if necessary, by "
     "reconvening the Conference;", ["welcomes", "mandates"], K.EXHORTATION),
    ("Stresses that the Office of Internal Oversight Services shall not propose to the General Assembly any "
     "change in the legislative decisions and mandates approved by intergovernmental legislative bodies;",
     ["stresses"], K.DECLARATORY),
    ("Also acknowledges that United Nations organizations have different business models and mandates and "
     "that this implies that their funding structures differ;", ["acknowledges"], K.DECLARATORY),
])
def test_a_further_verb_after_a_phrase_opens_a_clause(text, verbs, kind):
    action, offset, _ = operative_phrase(text)
    assert [verb for verb, _words in clauses(action, text[offset:])] == verbs
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


def test_a_sub_paragraph_is_read_under_its_introducing_clause():
    rest = ("to establish a Committee of the Security Council (the Committee), to undertake the "
            "following tasks:")
    assert sub_kind("decides", rest, "To present regular reports to the Council on its work;") == K.REPORT
    assert sub_kind("decides", rest, "To receive notifications in advance from States;") == K.ACTION
    assert sub_kind("calls_upon", "States:", "To establish national preventive mechanisms;") == K.EXHORTATION


def test_the_clause_that_announces_the_sub_paragraphs_introduces_them():
    # segmented S_RES_2729 (2024) 3: the mandate's tasks, not what the Council stresses last
    rest = ("that UNMISS shall have the following mandate, authorizes UNMISS to use all necessary means "
            "to implement its mandate, and stresses that the protection of civilians shall be given "
            "priority in decisions about the use of available capacity and resources;")
    assert introducing_clause("decides", rest) == ("decides", "that UNMISS shall have the following mandate")
    assert sub_kind("decides", rest, "Protection of civilians: (i) To use all necessary means to ensure "
                    "effective, timely, and dynamic protection of civilians;") == K.ACTION


def test_the_introducing_clause_is_read_once_for_all_sub_paragraphs():
    rest = ("to establish a Committee of the Security Council (the Committee), to undertake the "
            "following tasks:")
    lead = introducing_clause("decides", rest)
    assert lead == clauses("decides", rest)[-1]
    for text in ("To present regular reports to the Council on its work;",
                 "To receive notifications in advance from States;", "The Committee shall meet;"):
        assert kind_under(lead, text) == sub_kind("decides", rest, text)
    assert introducing_clause(None, rest) is None
    assert kind_under(None, "To present regular reports;") == K.DECLARATORY


def test_a_paragraph_is_split_into_clauses_once(monkeypatch):
    # its kind, its addressees and whether it only goes on each read the same clauses: split once,
    # each clause's kind read once, and what is kept cannot be changed by the one who reads it
    text = ("Welcomes the efforts of the Department of Political Affairs, and requests the "
            "Secretary-General to continue to submit annual reports to the General Assembly on the "
            "implementation of the present resolution, and decides to remain seized of the matter;")
    splits, kinds_read = [], []
    monkeypatch.setattr(kinds, "_after_separators", lambda rest, f=kinds._after_separators:
                        splits.append(rest) or f(rest))
    monkeypatch.setattr(kinds, "_directive_kind", lambda verb, words, gazetteer, f=kinds._directive_kind:
                        kinds_read.append((verb, words)) or f(verb, words, gazetteer))
    phrase = analyse(text, body="GA", gazetteer=Gazetteer.default())
    continuing(phrase.action, text[phrase.offset :])
    assert phrase.kind == K.REPORT and phrase.actors == ["Secretary-General"]
    assert len(splits) == 1
    assert len(kinds_read) == len(set(kinds_read))
    assert isinstance(clauses(phrase.action, text[phrase.offset :]), tuple)


def test_a_paragraph_s_operative_phrase_is_read_once(monkeypatch):
    # the paragraph asks whether its words open with an operative phrase, then reads them with it:
    # the same words, read once
    text = ("Requests the Secretary-General to submit to the General Assembly at its eighty-second "
            "session a report on the reading of operative phrases in the present resolution;")
    reads = []
    monkeypatch.setattr(phrases, "_operative_phrase", lambda words, f=phrases._operative_phrase:
                        reads.append(words) or f(words))
    reading = read_paragraph(text, text, [], body="GA", session=80, gazetteer=Gazetteer.default())
    assert (reading.action, reading.kind, reading.actors) == ("requests", K.REPORT, ["Secretary-General"])
    assert reads == [text]
    # another paragraph's words are read again
    operative_phrase("Decides to remain seized of the reading of operative phrases.")
    assert len(reads) == 2


def test_an_expiry_makes_a_paragraph_a_mandate_but_never_lowers_it():
    ends = [Deadline(DeadlineKind.RELATIVE, "for a period of one year", days=365, expires=True)]
    due = [Deadline(DeadlineKind.SESSION, "at its seventy-third session", body="GA", session=73)]
    assert with_expiry(K.ACTION, ends, False) == K.ACTION
    assert with_expiry(K.DECLARATORY, ends, False) == K.MANDATE
    assert with_expiry(K.EXHORTATION, due, False) == K.EXHORTATION


def test_a_clause_without_a_verb_asks_nothing():
    assert clause_kind(None, "the report of the Secretary-General") == K.DECLARATORY


@pytest.mark.parametrize(("text", "action"), [
    ("Takes full note of the report of the Secretary-General", "takes_note"),
    ("Takes note with appreciation of the work", "takes_note"),
    ("Takes positive note of the independent assessment", "takes_note"),
    ("Takes full account of the views", "takes_into_account"),
    ("Takes into account the recommendations", "takes_into_account"),
    ("Calls once again upon all States", "calls_upon"),
    ("Calls on the parties", "calls_upon"),
    ("We request the Secretary-General to", "requests"),
    ("We commit to", "commits"),
    # the third person of an irregular verb or a modal, not "haves" or "cannots"
    ("We have considered today how the international community should best respond", "has"),
    ("We cannot achieve our goals without", "cannot"),
    ("We do not accept", "does"),
    # a declaration's first person without "We", after an adverb or as a commitment (ga-pdf-text
    # A_RES_73_2 1 and 48, A_RES_65_277 annex 73)
    ("Strongly reaffirm our political commitment to accelerate the implementation", "reaffirms"),
    ("Also call upon the World Health Organization to continue to promote", "calls_upon"),
    ("Commit by 2015 to address factors that limit treatment uptake", "commits"),
    # one spelling of each verb
    ("Authorises MONUSCO to take all necessary measures", "authorizes"),
    ("Emphasises the importance of", "emphasizes"),
])
def test_verb_normalisation(text, action):
    assert operative_phrase(text)[0] == action


@pytest.mark.parametrize(("text", "action", "kind"), [
    # after a semicolon, a bare "and", a colon and its first sub-paragraph (segmented S_RES_2467 (2019)
    # 5, S_RES_2427 (2018) 30, S_RES_1706 (2006) 12)
    ("Reiterating deep concern that despite its repeated condemnation of violence, including sexual "
     "violence, against women and children in situations of armed conflict, such acts continue to occur, "
     "and in this respect; requests the Secretary-General, in his next annual report to the Council on the "
     "implementation of Resolutions 1820 (2008) and the present resolution, to include a gap assessment "
     "and recommendations;", "requests", K.REPORT),
    ("Stressing the importance of accountability for all violations and abuses against children in armed "
     "conflict and calls on all States to continue to address impunity;", "calls_upon", K.EXHORTATION),
    ("Acting under Chapter VII of the Charter of the United Nations: (a) Decides that UNMIS is authorized "
     "to use all necessary means, in the areas of deployment of its forces;", "decides", K.ACTION),
    # a declaration's voice after its introductory clause, or in a later sentence (ga-pdf-text
    # A_RES_60_1 97, A_RES_71_1 90, A_RES_70_1 89)
    ("Emphasizing the need for a coordinated, coherent and integrated approach to post-conflict "
     "peacebuilding and reconciliation, and recognizing the vital role of the United Nations in that "
     "regard, we decide to establish a Peacebuilding Commission as an intergovernmental advisory body.",
     "decides", K.ACTION),
    ("In recognition of the need for significant financial and programme support to host countries, we "
     "request the Secretary-General to report to the General Assembly at its seventy-first session on ways "
     "of achieving greater efficiency.", "requests", K.REPORT),
    ("The high-level political forum will support participation in follow-up and review processes by the "
     "major groups and other relevant stakeholders in line with resolution 67/290. We call upon those "
     "actors to report on their contribution to the implementation of the Agenda.", "calls_upon", K.REPORT),
])
def test_the_verb_after_an_introductory_clause_is_the_paragraphs(text, action, kind):
    phrase = analyse(text, body="GA", gazetteer=Gazetteer.default())
    assert (phrase.action, phrase.kind) == (action, kind)


@pytest.mark.parametrize("text", [
    # a sentence with a subject of its own, a noun in a list, a past tense: no operative verb (segmented
    # E_RES_2020_19 7, ga-pdf-text A_RES_S-19_2 annex 122, A_RES_S-20_4 22, A_RES_71_1 4)
    "The Standing Working Group cooperates and determines its activities in close contact with other United "
    "Nations agencies.",
    "In order to facilitate the national implementation of Agenda 21, all organizations and programmes of "
    "the United Nations system, within their respective areas of expertise and mandates, should strengthen "
    "the support for national efforts.",
    "When applied to clandestinely manufactured amphetamine-type stimulants, the international drug control "
    "system reveals several shortcomings. Effectively counteracting or preventing emergency situations, "
    "which may differ from region to region, requires a control system that is fast.",
    # … nor a modal or an adjective that opens a sentence (ga-pdf-text A_RES_78_256 4, A_RES_68_74 5)
    "Should the credits and advances paid by any Member State to the Working Capital Fund exceed the amount "
    "of that Member State’s advance, the excess shall be set off.",
    "Appropriate procedures should ensure continuing supervision and monitoring of authorized space "
    "activities.",
    "In adopting the 2030 Agenda for Sustainable Development one year ago, we recognized clearly the "
    "positive contribution made by migrants for inclusive growth and sustainable development.",
])
def test_no_verb_is_taken_from_a_clause_that_is_not_introductory(text):
    assert operative_phrase(text)[0] is None


#: a resolution of real paragraphs asking their addressees to go on (ga-pdf-text/A_RES_80_96 17,
#: A_RES_79_192 11, A_RES_79_255 16, A_RES_80_172 16, segmented/A_HRC_RES_32_11 27, S_RES_2486 (2019) 8,
#: A_RES_65_281 6)
GOING_ON = security_council_resolution("""\
1. Requests the Secretary-General to continue to report on the environmental impact of the
military activities of the administering Power in the Territory, as relevant information becomes
available;

2. Requests the secretariat of the Third Committee, in line with previous practice, to continue to
provide Member States with regular updates on the status of reports submitted for consideration
during the session, including regarding reasons for delayed publication;

3. Reiterates its request to the Secretary-General to continue his efforts to promote the
nationalization of positions, as appropriate, and to report thereon in the context of his next
budget proposal;

4. Requests the Special Rapporteur to continue to submit annual reports on the implementation of
the mandate to the Human Rights Council and the General Assembly;

5. Requests the Secretary-General to continue to report to the Security Council on the
implementation of this resolution at least every 60 days;

6. Further decides that the first plenary meeting of the Conference will resume at 10 a.m. on
3 June to continue with the opening of the Conference;

7. Decides also to continue its practice of allocating the agenda item entitled “Report of the Human
Rights Council” to the plenary of the General Assembly and to the Third Committee, with the
additional understanding that the President of the Council will present the report in her or his
capacity as President to the plenary of the General Assembly and the Third Committee;

8. Requests the Committee to continue its work in conformity with General Assembly resolution 2819
(XXVI) and, in this framework, to continue to consider additional appropriate measures to enhance
the work of the Committee and its effectiveness and to make recommendations in its report to the
Assembly at its eighty-first session;
""")


def test_asked_to_go_on_with_no_date_is_a_standing_call():
    """DESIGN §1: "requests … to continue to" is a standing call, unless a date or a recurrence
    makes a product of it or the paragraph asks for something anew ("and to report thereon")."""
    kinds = [p.kind for p in parse(GOING_ON).operative]
    assert kinds[:5] == [K.EXHORTATION, K.EXHORTATION, K.REPORT, K.REPORT, K.REPORT]
    assert kinds[5] != K.EXHORTATION  # "to continue with the opening": no one asked to go on
    assert kinds[6] == K.EXHORTATION  # "to continue its practice of …", the report mentioned in passing
    assert kinds[7] == K.REPORT  # "… and to make recommendations in its report to the Assembly"


#: asked "to ensure" something (segmented A/RES/79/303 9, E/RES/2015/15 73, A/RES/70/248 4): a standing
#: duty, unless a date makes a product of it, what is to be ensured is a deliverable done (A/RES/64/289 8,
#: A/RES/52/86 6) or a report is asked beside it (A/RES/71/272 19)
ENSURING = security_council_resolution("""\
1. Requests the Secretary-General to ensure the full implementation of the relevant provisions of its
resolutions 59/296, 60/266, 61/276, 64/269, 65/289, 66/264, 69/307, 70/286 and 76/274;

2. Requests all entities of the United Nations development system to ensure consistency and alignment
with the post-2015 development agenda, once adopted, in the context of midterm reviews and the
elaboration of strategic plans and frameworks;

3. Approves the recommendations of the Board of Auditors contained in its report, and requests the
Pension Board to ensure that all the recommendations of the Board of Auditors are implemented in full
and in a timely manner;

4. Requests the Secretary-General to ensure that all staff complete the mandatory training on the new
system by 31 December 2032;

5. Requests the Commission to ensure that Strategies for Confronting Domestic Violence: A Resource
Manual is published in all official languages of the United Nations, subject to the availability of
regular budget or extrabudgetary funds;

6. Notes the progress made, and requests the Secretary-General to ensure the expeditious completion of
the remaining initiative, update Member States regularly on its progress and provide information
thereon in his next progress report;
""")


def test_asked_to_ensure_with_no_date_is_a_standing_call():
    kinds = [p.kind for p in parse(ENSURING).operative]
    assert kinds == [K.EXHORTATION, K.EXHORTATION, K.EXHORTATION, K.ACTION, K.ACTION, K.REPORT]


#: what goes on asked for as a noun, "requests the continued …" or "the continuation of …": a standing call,
#: as "requests … to continue to …" is (A/RES/66/84 15, A/RES/80/211 20, A/RES/79/327 11, E/RES/2016/2 11)
CONTINUATION = security_council_resolution("""\
1. Recalls the publication by the Department of Public Information and the Department of Political Affairs
of the Secretariat, in consultation with the United Nations Development Programme, the specialized agencies
and the Special Committee, of an information leaflet on assistance programmes available to the
Non-Self-Governing Territories, which was updated for the United Nations website on decolonization, and
requests its continued updating and wide dissemination;

2. Encourages all relevant United Nations organizations and humanitarian assistance, human rights and
development organizations to enhance their collaboration and coordination through the Inter-Agency Standing
Committee and United Nations country teams in countries with situations of internal displacement and to
provide all possible assistance and support to the Special Rapporteur, and requests the continued
participation of the Special Rapporteur in the work of the Inter-Agency Standing Committee and its subsidiary
bodies;

3. Welcomes the efforts of the Security Council in producing a more comprehensive annual report and the
inclusion of a chapter on special reports on the use of the veto in the annual report of the Security Council,
as well as the additional information provided in the introduction regarding the use of the veto, reiterates
the importance of the Security Council continuing its efforts to improve its annual report to the General
Assembly, and in addition welcomes the practice of convening an informal meeting, with due notice, every
January to allow Member States and observers to the General Assembly to express their views ahead of the
completion of the introduction to the annual report of the Security Council to the General Assembly, and
requests the continuation of this practice;

4. Requests the continued use of reporting under the United Nations System-wide Action Plan to inform the
report of the Secretary-General on mainstreaming a gender perspective into all policies and programmes in the
United Nations system, in order to measure the progress of the United Nations system on gender mainstreaming
at the corporate level against the baseline defined in 2013;
""")


def test_what_goes_on_asked_for_as_a_noun_is_a_standing_call():
    kinds = [p.kind for p in parse(CONTINUATION).operative]
    assert kinds == [K.EXHORTATION] * 4


#: a declaration adopted as the resolution itself, in its speakers' voice (segmented/A_RES_60_1 16
#: and 125, A_RES_71_1 2, A_RES_70_1 8)
SPOKEN = """A/RES/60/999

Resolution adopted by the General Assembly

[without reference to a Main Committee (A/60/L.99)]

60/999.  World Summit Outcome

The General Assembly

Adopts the following outcome document:

1. We therefore resolve to create a more peaceful, prosperous and democratic world and to undertake
concrete measures to continue finding ways to implement the outcome of the Millennium Summit.

2. We resolve to improve the effectiveness of the human rights treaty bodies, including through
more timely reporting, improved and streamlined reporting procedures and technical assistance to
States to enhance their reporting capacities.

3. We request the Secretary-General to submit to the General Assembly at its sixty-first session a
report on the implementation of the present outcome.

4. We have considered today how the international community should best respond to the growing
global phenomenon of large movements of refugees and migrants.

5. We envisage a world of universal respect for human rights and human dignity, the rule of law,
justice, equality and non-discrimination.
"""


def test_a_declaration_adopted_as_the_resolution_speaks_as_an_annexed_one():
    """The Member States speak ("We resolve to …": a standing commitment of theirs, as "We commit
    to …" is), not the General Assembly; what they request is tracked; what they say they have
    done or envisage asks nothing."""
    paragraphs = parse(SPOKEN).operative
    assert [p.kind for p in paragraphs] == [K.EXHORTATION, K.EXHORTATION, K.REPORT, K.DECLARATORY,
                                            K.DECLARATORY]
    assert paragraphs[0].actors == paragraphs[1].actors == ["Member States"]
    assert paragraphs[2].actors == ["Secretary-General"]


#: mandates renewed, with their reporting (segmented A_HRC_RES_54_31 39, A_HRC_RES_44_19 15)
RENEWED = """A/HRC/RES/54/99

Human Rights Council

Fifty-fourth session

Resolution adopted by the Human Rights Council on 11 October 2023

54/99. Mandates

The Human Rights Council,

Recalling its resolutions,

1. Decides to renew, for one year, the mandate of Independent Expert on the situation of human rights
in the Central African Republic, which is to assess, monitor and report on the situation with a view to
making recommendations relating to technical assistance and capacity-building in the field of human
rights;

2. Decides to extend the mandate of the Special Rapporteur on the situation of human rights in Belarus
for a period of one year, and requests the Special Rapporteur to submit a report on the situation of
human rights in Belarus to the Human Rights Council at its fifty-seventh session;
"""


def test_a_mandate_renewed_with_its_own_reporting_is_a_mandate():
    """What a renewed mandate is to do ("to assess, monitor and report") is no report of its own:
    the paragraph renews a mandate that ends; a report asked with its own date is one."""
    first, second = parse(RENEWED, "A_HRC_RES_54_99.txt").operative
    assert first.kind == K.MANDATE and [d.expires for d in first.deadlines] == [True]
    assert second.kind == K.REPORT


#: A/RES/80/246 (ga-pdf-text), the Working Capital Fund: the operative phrase written once before
#: the numbered paragraphs
WORKING_CAPITAL_FUND = """A/RES/80/999

General Assembly

Eightieth session

Resolution adopted by the General Assembly on 30 December 2025

80/999. Working Capital Fund for 2026

The General Assembly

Resolves that:

1. The Working Capital Fund shall be established for 2026 in the amount of 250 million United States
dollars;

2. Member States shall make advances to the Working Capital Fund in accordance with the scale of
assessments adopted by the General Assembly for contributions of Member States to the budget for 2026;

5. The Secretary-General is authorized to advance from the Working Capital Fund:

(a) Such sums as may be necessary to finance budgetary appropriations pending the receipt of
contributions; sums so advanced shall be reimbursed as soon as receipts from contributions are
available for the purpose;

(b) Such sums as may be necessary to finance commitments that may be duly authorized under the
provisions of the resolutions adopted by the General Assembly;
"""


def test_paragraphs_continue_the_operative_phrase_written_before_them():
    paragraphs = parse(WORKING_CAPITAL_FUND, "A_RES_80_999.txt").operative
    assert [p.action for p in paragraphs] == ["resolves"] * 3
    assert [p.kind for p in paragraphs] == [K.ACTION, K.EXHORTATION, K.ACTION]
    assert paragraphs[1].actors == ["Member States"]
    assert paragraphs[2].actors == ["Secretary-General"]


SPACE2030 = """A/RES/76/999

General Assembly

Seventy-sixth session

Resolution adopted by the General Assembly on 25 October 2021

76/999. The "Space2030" Agenda

The General Assembly

Recalling its resolution 75/92,

1. Member States and other donors are invited to provide voluntary extrabudgetary resources to the
Office for Outer Space Affairs to advance the implementation of the "Space2030" Agenda;

2. The Secretary-General is urged to consider the sufficiency of resources provided to the Office for
Outer Space Affairs in its role as secretariat to the Committee;

3. The Secretary-General is requested to ensure the full mobilization and coordination of all parts of
the United Nations system to facilitate coordinated implementation;

4. In this regard, the Office is expected to serve as the secretariat of the Committee;
"""


def test_a_paragraph_that_asks_in_the_passive_asks_as_in_the_active():
    # segmented A_RES_76_3 28, 29 (operative) and A_RES_76_258's annexed Doha Programme of Action 300;
    # not what is expected of someone, nor a subject after an introductory phrase
    paragraphs = parse(SPACE2030, "A_RES_76_999.txt").operative
    assert [p.action for p in paragraphs] == ["invites", "urges", "requests", None]
    # (3: "to ensure the full mobilization and coordination …", a standing duty: ``kinds._ENSURES``)
    assert [p.kind for p in paragraphs] == [K.EXHORTATION, K.EXHORTATION, K.EXHORTATION, K.DECLARATORY]
    assert paragraphs[0].actors[0] == "Member States"
    assert paragraphs[2].actors == ["Secretary-General"]
    assert paragraphs[2].text.startswith("The Secretary-General is requested to ensure")


@pytest.mark.parametrize(("text", "deliverable"), [
    # ga-pdf-text/A_RES_80_243 IX 10, A_RES_80_242: what is asked, not the report a first clause recalls
    # (the information, which goes in his next report, as test_deliverable_words reads A/RES/71/263 40)
    ("Recalls paragraph 26 of the report of the Advisory Committee, commends the synergies between this "
     "project and the United Nations Office at Nairobi conference facilities project, and requests the "
     "Secretary-General to ensure that the lessons learned will continue to be shared with the "
     "conference facilities project, and to provide further information in the context of his next "
     "report;", "further information in the context of his next report"),
    ("Recalls paragraph 29 of the report of the Advisory Committee, and requests the Secretary-General "
     "to redouble his efforts to seek alternative and sustainable financing arrangements for the "
     "Residual Special Court and to report thereon to the General Assembly;",
     "a report to the General Assembly"),
    ("Takes note of the report of the Secretary-General, and requests that he submit to the General "
     "Assembly at its seventy-fourth session a report on the implementation of the present resolution;",
     "a report on the implementation of the present resolution"),
    # segmented A_RES_60_283 3 and A_RES_69_262 7: what is asked for with its qualifiers, written
    # first ("detailed information on …"), not "the envisaged information [and communication
    # technology structure]" nor "a special assessment" in a sub-paragraph that details it
    ("Also requests the Secretary-General to provide to the General Assembly, at its resumed sixty-first "
     "session, detailed information on the structure and staffing requirements of the envisaged "
     "information and communication technology structure;",
     "detailed information on the structure and staffing requirements of the envisaged information and "
     "communication technology structure"),
    ("Recalls paragraph 7 of section III of its resolution 67/254 A, and requests the Secretary-General to "
     "provide updated comprehensive information on the four viable options identified in the present "
     "resolution at its seventieth session, in particular: (a) Financial costs and accurate cost "
     "projections related to a building on the North Lawn, funded through a special assessment;",
     "updated comprehensive information on the four viable options identified in the present resolution"),
    # segmented A_RES_65_286 5, A_RES_64_289 7: a call's report read where the call asks for it, not in
    # what it asks to be done before ("its triennial review", "their analysis of good practices"); what
    # it asked before where the report presents it (segmented A_RES_77_177 16)
    ("Urges the Committee for Development Policy, with assistance and support from other relevant "
     "entities, to continue its monitoring of the development progress of graduated countries as a "
     "complement to its triennial review of the list of least developed countries, and to report thereon "
     "to the Economic and Social Council at its substantive session.",
     "a report to the Economic and Social Council"),
    ("Invites the United Nations funds and programmes, as appropriate, based on their analysis of good "
     "practices, to improve the preparations for and discussions during meetings of their executive "
     "boards, taking into account the views expressed by Member States and, in that regard, to include "
     "their findings and adopted measures in their annual reports to the Economic and Social Council;",
     "their annual reports"),
    ("Invites the Secretary-General to undertake, with the least developed countries, a comprehensive "
     "study on the existing arrangements and to submit it to the General Assembly for further "
     "consideration;", "a comprehensive study on the existing arrangements"),
    # segmented A_RES_68_186 15: what the report is on, not the name of the body it goes to
    ("Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice "
     "at its twenty-third session on the implementation of the present resolution.",
     "a report on the implementation of the present resolution"),
    # ga-pdf-text A_RES_78_44 5, segmented A_RES_67_226 121: a report asked by its verb is a report (on
    # what it is on, else to the body it goes to), not a document the words name before ("the seven
    # recommendations", "the new comprehensive review") …
    ("Requests the Secretary-General to intensify efforts and support initiatives that would contribute to "
     "the full implementation of the seven recommendations identified in the report of the Advisory Board "
     "on Disarmament Matters, and to report thereon to the General Assembly at its seventy-ninth session;",
     "a report to the General Assembly"),
    ("Calls upon the funds and programmes to carry out any changes required to align their planning and "
     "budgeting cycles with the quadrennial comprehensive policy review, and to report to the Economic and "
     "Social Council on adjustments made to fit the new comprehensive review cycle at the substantive "
     "session of the Council;", "a report on adjustments made to fit the new comprehensive review cycle"),
    # … nor the words of who is to report (segmented A_HRC_RES_33_25 3, ga-pdf-text A_RES_80_245 2) …
    ("Further decides that the Expert Mechanism shall report at least once a year to the Human Rights "
     "Council on its work;", "a report on its work"),
    ("Resolves that the Secretary-General shall report to the Advisory Committee and to the General Assembly "
     "at its eighty-second session all commitments made under the provisions of the present resolution;",
     "a report to the Advisory Committee"),
    # … nor those it goes to (segmented S_RES_2627 (2022) 3, S_RES_2365 (2017) 15: what the updates are to is
    # theirs); the reports it is made
    # in (ga-pdf-text A_RES_78_245 72)
    ("Requests the Panel of Experts to provide to the Committee any updates to this programme of work;",
     "any updates to this programme of work"),
    # ga-pdf-text A_RES_80_13 3: the body it goes to through another
    ("Requests the Chair of the Ad Hoc Committee to continue his informal consultations and to report "
     "through the Committee to the General Assembly at its eighty-second session;",
     "a report to the General Assembly"),
    ("Requests the Secretary-General to provide the Security Council with information on threats posed by "
     "landmines;", "information on threats posed by landmines"),
    # ga-pdf-text A_RES_76_80 5, A_RES_78_91 8, segmented S_RES_1701 (2006) 10: not the body it goes to,
    # named first ("to submit to the Secretary-General annual reports on …") …
    ("Requests the Special Committee to continue to investigate Israeli policies and practices, as well as "
     "to submit to the Secretary-General annual reports on the current situation in the Occupied "
     "Palestinian Territory;",
     "annual reports on the current situation in the Occupied Palestinian Territory"),
    ("Requests the administering Power to transmit to the Secretary-General such information on French "
     "Polynesia as called for under the Charter;",
     "such information on French Polynesia as called for under the Charter"),
    ("Requests the Secretary-General to develop proposals and to present to the Security Council those "
     "proposals within thirty days;", "those proposals"),
    # … nor who is asked to give it, in the subjunctive (segmented S_RES_2727 (2024) 5, A_RES_78_245 78)
    ("Requests that the Secretary-General reports to the Council every three months on the situation in "
     "Afghanistan;", "a report on the situation in Afghanistan"),
    ("Reiterates its request that the Secretary-General provide information on the waiver process for "
     "documents that are submitted over the word limit;",
     "information on the waiver process for documents that are submitted over the word limit"),
    ("Requests the Secretary-General to continue to include in the senior managers’ compacts the new "
     "standard managerial indicator, and to report thereon in future progress reports on accountability;",
     "future progress reports on accountability"),
    # how often a report is made is not what it is on (A/RES/70/133 34, S/RES/2672 (2023) 5, A/RES/61/111 19)
    ("Requests the Secretary-General to report to the General Assembly, on a biennial basis, under the item "
     "entitled “Advancement of women”, on the follow-up to and progress made in the implementation of the "
     "Beijing Declaration and Platform for Action;",
     "a report on the follow-up to and progress made in the implementation of the Beijing Declaration and "
     "Platform for Action"),
    ("Requests the Secretary-General to brief the Council monthly and to provide a report on a regular "
     "basis, at least every 60 days, on the implementation of resolutions 2139 (2014), 2165 (2014);",
     "a report on the implementation of resolutions 2139 (2014)"),
    ("Agrees that the regional centres referred to in paragraph 18 above should continue to report to the "
     "Committee on their activities on an annual basis;", "a report on their activities"),
    # what a report is on, after to whom and when it goes (S/RES/1904 (2009) 30, A/RES/80/183 41), not
    # "on" in a name nor after a participle ("based on evidence", A/RES/77/202 43)
    ("Requests the Monitoring Team to submit a report to the Committee by 30 July 2010 on the outcome of the "
     "review described in paragraph 25 of resolution 1822 (2008);",
     "a report on the outcome of the review described in paragraph 25 of resolution 1822 (2008)"),
    ("Requests the Secretary-General to submit a report to the General Assembly at its eighty-second "
     "session, through the Commission for Social Development and the Economic and Social Council, on the "
     "implementation of the present resolution;", "a report on the implementation of the present resolution"),
    ("Requests the Secretary-General to submit a comprehensive report to the General Assembly, based on "
     "evidence, before the end of its seventy-eighth session, on progress towards ending child, early and "
     "forced marriage;", "a comprehensive report"),
    # adjectives in a list (A/RES/76/220 8, A/RES/57/299 7), "additional information" (S/RES/1810 (2008) 3)
    ("Also requests the Secretary-General to present a comprehensive, evidence-based and analytical report "
     "to the Economic and Social Council covering all provisions;",
     "a comprehensive, evidence-based and analytical report"),
    ("Requests the Secretary-General to prepare a comprehensive and analytical report on progress achieved "
     "in realizing the commitments set out in the Declaration of Commitment;",
     "a comprehensive and analytical report on progress achieved in realizing the commitments set out in the "
     "Declaration of Commitment"),
    ("Encourages all States that have submitted such reports to provide, at any time or upon the request of "
     "the 1540 Committee, additional information on their implementation of resolution 1540 (2004);",
     "additional information on their implementation of resolution 1540 (2004)"),
    # not past the sentence's end (A/RES/69/2 31)
    ("Requests the Secretary-General to submit to the General Assembly a report on progress made. We invite "
     "the Secretary-General to accord priority to it;", "a report on progress made"),
    # … nor into the paragraph's next clause, coordinated without a comma (S/RES/2342 (2017) 10, A/RES/2099
    # (XX) 11), though "requests" received are part of it
    ("Calls upon all Member States to report to the Committee on the steps they have taken to implement the "
     "measures imposed by paragraph 14 of resolution 2216 (2015) and recalls in this regard that Member "
     "States undertaking cargo inspections shall report;",
     "a report on the steps they have taken to implement the measures imposed by paragraph 14 of resolution "
     "2216 (2015)"),
    ("Requests the Secretary-General to report on the implementation of the present resolution and decides "
     "to include in the provisional agenda of its twenty-first session an item;",
     "a report on the implementation of the present resolution"),
    ("Requests the Secretary-General to report on the measures taken and requests received from Member "
     "States;", "a report on the measures taken and requests received from Member States"),
    # what is reported on, not the report it is made in, named after it (segmented A/RES/71/254 10,
    # A/RES/64/289 42, A/RES/71/272 11: the verb nearest the report named) …
    ("Calls upon the Secretary-General and the Chairperson of the African Union Commission, working in "
     "collaboration, to monitor the progress made in the implementation of the Framework, and requests the "
     "Secretary-General to report on a biennial basis to the General Assembly on the implementation of the "
     "Framework within the context of his report on cooperation between the United Nations and the African "
     "Union.", "a report on the implementation of the Framework"),
    ("Requests the Secretary-General to report on the predictability of funding for the United Nations "
     "development system, including the impact of rapid growth in non-core contributions, in the annual "
     "report to the Economic and Social Council;", "a report on the predictability of funding for the United "
     "Nations development system"),
    ("Requests the Secretary-General to ensure full compliance by all entities of the Secretariat, including "
     "to report to the Chief Information Technology Officer on all issues relating to information and "
     "communications technology activities, and to report on progress achieved thereon in his next progress "
     "report;", "a report on progress achieved thereon in his next progress report"),
    # the information a report named first is to include, not that report (segmented A/RES/70/248 22,
    # A/RES/59/25 61)
    ("Requests the Secretary-General, in the context of the next progress report, to include detailed "
     "information on possible measures that could be taken to avoid negative interest rates in relation to "
     "the currency holdings of the United Nations;", "detailed information on possible measures that could "
     "be taken to avoid negative interest rates in relation to the currency holdings of the United Nations"),
    ("Requests the Secretary-General, in his next report concerning fisheries, to include information on the "
     "actions taken by the Food and Agriculture Organization of the United Nations, as well as by States;",
     "information on the actions taken by the Food and Agriculture Organization of the United Nations"),
    # the report without how often it is made and the body it goes to (segmented S/RES/1925 (2010) 7,
    # S/RES/1894 (2009) 26), nor the clause's further verb (A/RES/79/323 annex 65), but with two infinitives
    # of its own (segmented A/RES/69/170 3)
    ("Requests the Secretary-General to report on these assessments regularly to the Council, through the "
     "reports mentioned in paragraph 20 below;", "a report on these assessments"),
    ("Takes note of practical measures taken by ongoing peacekeeping missions and United Nations Country "
     "Teams to enhance the protection of civilians in the field, and requests the Secretary-General to "
     "include best practice in his next report on protection of civilians to the Council;",
     "his next report on protection of civilians"),
    ("We call upon the Inter-Agency Task Force on Financing for Development to continue to report annually "
     "on progress in implementing the financing for development outcomes and the means of implementation of "
     "the 2030 Agenda and advise the intergovernmental follow-up thereto on progress, implementation gaps "
     "and recommendations for corrective action;", "a report on progress in implementing the financing for "
     "development outcomes and the means of implementation of the 2030 Agenda"),
    ("Invites States to provide information on the initiatives taken to promote and protect the human rights "
     "of persons with albinism;", "information on the initiatives taken to promote and protect the human "
     "rights of persons with albinism"),
    # … (not a date, S/RES/2149 (2014) 50, nor a verb after "on and", A/RES/80/176 18)
    ("Requests the Secretary-General to report on and assess the implementation of the present resolution to "
     "the General Assembly at its eighty-second session, through an oral update;", "an oral update"),
])
def test_the_deliverable_is_what_the_asking_clause_asks_for(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


def _general_assembly(paragraphs: str, symbol: str = "A/RES/75/999") -> str:
    """A resolution of the Assembly whose operative part is ``paragraphs`` ("1. Decides …")."""
    return (f"{symbol}\n\nGeneral Assembly\n\nSeventy-fifth session\n\nResolution adopted by the General "
            f"Assembly on 21 December 2020\n\n75/999. A resolution\n\nThe General Assembly,\n\n"
            f"Recalling its resolution 74/1,\n\n{paragraphs}")


def test_an_end_named_in_passing_makes_no_mandate():
    # segmented A_RES_76_192 5 (and A_RES_75_204 5, "until June 2021"): the end of another's initiative
    # that the Assembly recommends implementing; not a mandate it extends (a recommended extension is
    # one: tests/unit/parsing/test_deadlines.py, "Recommends that the Secretary-General extend …")
    text = ("1. Acknowledges that endeavours to overcome the crisis must go beyond short-term relief, and "
            "recognizes the need for continued action to support the developing countries, recommends the "
            "full and transparent implementation by all official bilateral creditors of the Group of 20 Debt "
            "Service Suspension Initiative along with its extension until December 2021, and the orderly, "
            "timely and effective implementation of the Common Framework for Debt Treatments beyond the Debt "
            "Service Suspension Initiative, and encourages countries with strong external positions to seek "
            "options for voluntary channelling of special drawing rights;\n")
    (paragraph,) = parse(_general_assembly(text), "A_RES_75_999.txt").operative
    assert paragraph.kind == K.EXHORTATION
    assert not any(d.expires for d in paragraph.deadlines)


def test_reports_asked_again_until_a_date_are_reports_that_end():
    # segmented S_RES_2739 (2024) 1: the request for reports of resolution 2722 (2024) extended; it
    # ends, but what it asks is reports (a mandate renewed with its own reporting stays a mandate:
    # test_a_mandate_renewed_with_its_own_reporting_is_a_mandate)
    text = security_council_resolution(
        "1. Extends the reporting request in paragraph 10 of resolution 2722 (2024) until January 15, "
        "2025;\n")
    (paragraph,) = parse(text.replace("on 1 March 2031", "on 27 June 2024")).operative
    assert paragraph.kind == K.REPORT
    assert [(d.date, d.expires) for d in paragraph.deadlines] == [(dt.date(2025, 1, 15), True)]
    assert clause_kind("extends", " the reporting request in paragraph 10 of resolution 2722 (2024) until "
                       "January 15, 2025;") == K.REPORT
    assert clause_kind("decides", "to extend the reporting requirements set out in paragraph 3 until "
                       "31 December 2025;") == K.REPORT


#: S/RES/47 (1948), the measures the Council recommends (segmented S_RES_47(1948) 1, 15, 17, 10 (d))
RECOMMENDED_MEASURES = """1. The Government of Pakistan should undertake to use its best endeavours:

(a) To secure the withdrawal from the State of Jammu and Kashmir of tribesmen and Pakistani nationals not \
normally resident therein who have entered the State for the purpose of fighting;

2. The Commission of the Security Council should at the end of the plebiscite certify to the Council \
whether the plebiscite has or has not been really free and impartial.

3. The Commission should establish in Jammu and Kashmir such observers as it may require of any of the \
proceedings in pursuance of the measures indicated in the foregoing paragraphs.

4. The terms of service of the Administrator should form the subject of a separate negotiation between \
the Secretary-General of the United Nations and the Government of India.

5. Such nominees should be formally appointed and such draft regulations should be formally promulgated.
"""


def test_a_paragraph_saying_what_its_subject_should_do_asks_it():
    paragraphs = parse(security_council_resolution(RECOMMENDED_MEASURES)).operative
    assert [p.action for p in paragraphs] == ["should", "should", "should", None, None]
    assert [p.kind for p in paragraphs] == [K.EXHORTATION, K.EXHORTATION, K.ACTION, K.DECLARATORY,
                                            K.DECLARATORY]
    assert paragraphs[0].actors == ["Pakistan"]
    assert paragraphs[0].text.startswith("The Government of Pakistan should undertake")


def test_the_entity_is_the_one_the_resolution_names_in_full():
    # ga-pdf-text/A_RES_80_186 13 (and A/RES/64/289, 69/151, 70/133, 74/128, 76/142): "the Entity"
    # is UN-Women, which the resolution names in full in an earlier paragraph
    text = ("1. Takes note with appreciation of the work of the United Nations Entity for Gender Equality "
            "and the Empowerment of Women (UN-Women);\n\n"
            "2. Welcomes the commitment of UN-Women to support Member States in their efforts to develop and "
            "strengthen norms, policies and standards on gender equality and the empowerment of women, and "
            "encourages the Entity to continue to promote the need to mainstream and strengthen a gender "
            "perspective in the work of intergovernmental bodies and processes;\n")
    paragraphs = parse(_general_assembly(text), "A_RES_75_999.txt").operative
    assert paragraphs[1].actors == ["UN-Women"]


def test_a_sub_paragraph_with_its_own_operative_phrase_asks_what_it_says():
    # segmented S_RES_2776 (2025) 48: the words before the sub-paragraphs affirm a commitment; (a)
    # requests a report of the Secretary-General, which the paragraph asks, of him (it was declaratory,
    # asking no one); (b) says only what the Council intends
    text = security_council_resolution(
        "48. Affirms its commitment to working with Somalia to ensure that the measures set out in this "
        "resolution continue to be adjusted progressively, and that it shall keep the situation under "
        "constant review; and,\n\n(a) requests the Secretary-General to submit to the Security Council, by 1 "
        "November 2025, a technical assessment regarding the arms embargo targeting Al-Shabaab, with "
        "specific recommendations as appropriate;\n\n(b) expresses its intention to review the measures "
        "in light of the assessment;\n")
    (paragraph,) = parse(text).operative
    assert paragraph.kind == K.REPORT
    assert paragraph.actors == ["Secretary-General"]
    assert [s.kind for s in paragraph.subparagraphs] == [None, K.DECLARATORY]
    # … not a task named by a noun that is also a verb (S_RES_2429 (2018) 11's shape): "Support to …"
    text = security_council_resolution(
        "11. Decides that the mandate of UNAMID shall include the following tasks:\n\n(a) Support to the "
        "mediation between the Government of Sudan and non-signatory armed movements;\n\n(b) Protection of "
        "civilians;\n")
    (paragraph,) = parse(text).operative
    assert paragraph.kind == K.ACTION
    assert all(s.kind is None for s in paragraph.subparagraphs)
    # … nor after an introductory clause of its own led as a preambular paragraph is (A/RES/78/111 6 (a),
    # A/RES/80/11 1 (h)); not a task a list names by its gerund ("(v) Taking effective measures …",
    # A/RES/69/147 20: parser._INTRODUCED)
    text = _general_assembly(
        "6. Recalls its decision, in its resolution 72/118 of 7 December 2017, to undertake an annual "
        "thematic debate in the Special Committee, and in that regard:\n\n(a) Bearing in mind paragraph 5 "
        "(b) of its resolution 77/109 of 7 December 2022, invites Member States to focus their comments "
        "during the thematic debate on the subtopic \u201cExchange of information on State practice\u201d;"
        "\n\n(b) Decides that the subtopic shall be considered at the next session;\n")
    (paragraph,) = parse(text).operative
    assert paragraph.subparagraphs[0].kind == K.EXHORTATION


@pytest.mark.parametrize("text", [
    "to keep the Security Council regularly informed",
    "to keep Member States informed",
    "to keep them apprised",
    # (not a body as the report test reads one: no report asked, so nothing only kept informed)
    "to keep Member States and the Committee informed of the arrangements",
    "to keep under review the situation in the region",
])
def test_a_body_kept_informed_is_read_by_one_rule(text):
    # a request that only keeps a body informed (kinds._most_demanding) is the report test's form of it
    assert (kinds._KEPT_INFORMED.match(text) is not None) == kinds._is_report(text)


def test_a_meeting_held_is_one_list_of_verbs():
    # the meetings an action convenes beside the report that records it (kinds._most_demanding) are the
    # ones the speakers of a declaration hold as a deliverable ("We will host …" as "We will convene …")
    assert kinds._MEETING <= kinds._CONVENING
    assert clause_kind("will_host", " a high-level meeting on the Decade in 2028;") == K.ACTION


@pytest.mark.parametrize("words", [
    "take effect", "enter into force", "enter into effect", "come into force", "come into operation",
    "become effective", "become operational",
])
def test_what_takes_effect_is_one_list_of_words(words):
    # a decision that something shall take effect lays down a rule, nothing asked (kinds._TAKES_EFFECT), and
    # the time it takes effect is no due date (deadlines._TAKES_EFFECT): the same words, from one list. The
    # shape of A/RES/67/246 17 ("Decides that the revised Financial Regulations shall take effect as from 1
    # July 2013")
    text = f"Decides that the revised Financial Regulations shall {words} as from 1 July 2013;"
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == K.DECLARATORY
    assert deadlines._TAKES_EFFECT.search(text) is not None
    assert deadlines.find_deadlines(text, body="GA", session=67) == []


def test_what_is_asked_listed_after_a_colon_is_asked():
    # S/RES/2713 (2023) 29, S/RES/2776 (2025) 32: the Panel's updates and reports, listed after "to provide:"
    text = ("S/RES/2713 (2023)\n\nThe Security Council,\n\nRecalling its resolutions on Somalia,\n\n"
            "1. Requests the Panel to provide: (a) regular updates to the Committee; (b) a comprehensive "
            "mid-term update; and (c) a final report by 15 October 2024;\n\n"
            "9460th meeting\n1 December 2023\n")
    para = parse(text, "S_RES_2713_2023.txt").operative[0]
    assert (para.kind, para.deliverable) == (K.REPORT, "regular updates")


@pytest.mark.parametrize(("text", "kind"), [
    # what another body's act does, reported after it, is not the paragraph's own call (segmented
    # S/RES/2337 (2017) 5: the AU calls upon former President Jammeh, the Council welcomes) …
    ("Welcomes further the decisions of the Peace and Security Council of the African Union (AU), "
     "declaring the inviolable nature of the outcome of the presidential elections held on 1 December 2016 "
     "in The Gambia, calling upon former President Yahya Jammeh to keep to the letter and spirit of the "
     "speech he delivered on 2 December 2016, and declaring further that, as of 19 January 2017, outgoing "
     "President Yahya Jammeh will cease to be recognized as legitimate President of the Republic of The "
     "Gambia;", K.DECLARATORY),
    # … nor is a gerund in a list of them (segmented A/RES/74/215 7, E/RES/2022/7 9) …
    ("Acknowledges the importance of adopting innovative and sustainable food systems by harnessing science, "
     "technology and innovation, including co-innovation, promoting participatory research, building human "
     "capacity, encouraging entrepreneurship, creating an enabling economic and institutional environment "
     "and strengthening knowledge flows;", K.DECLARATORY),
    ("Stresses the importance of developing policies to expand work opportunities and productivity in both "
     "rural and urban sectors by achieving and recovering economic growth, investing in human resource "
     "development, promoting technologies that generate productive employment, and encouraging "
     "self-employment, entrepreneurship and small and medium-sized enterprises;", K.DECLARATORY),
    # … or one of what those encouraged are to do (segmented A/RES/68/180 28: no one asked for support) …
    ("Encourages Governments, members of the Inter-Agency Standing Committee, United Nations humanitarian "
     "coordinators and country teams to ensure the provision of reliable data on internal displacement "
     "situations, collaborating with the Internal Displacement Monitoring Centre, requesting the support of "
     "the Joint Internally Displaced Person Profiling Service and providing financial resources, as "
     "appropriate in these respects;", K.EXHORTATION),
    # … but a participle that asks someone to do something is the paragraph's own (segmented S/RES/2427
    # (2018) 27), as is one after a request (not a decision of another body reported)
    ("Stresses the importance of long-term and sustainable funding for mental health and psychosocial "
     "programming in humanitarian contexts and ensuring all affected children receive timely and sufficient "
     "support, and encouraging donors to integrate mental health and psychosocial services in all "
     "humanitarian responses;", K.EXHORTATION),
    ("Takes note of the report of the Secretary-General, requesting the Secretary-General to submit a report "
     "on the implementation of the present resolution to the General Assembly at its eighty-first session;",
     K.REPORT),
])
def test_a_participle_is_the_paragraph_s_own_call_only_where_it_asks(text, kind):
    assert analyse(text, body="SC", gazetteer=Gazetteer.default()).kind == kind


@pytest.mark.parametrize(("text", "kind", "action"), [
    # a declaration's statement of fact, its subject first, is no commitment (A/RES/76/266 annex 30, 33;
    # A/RES/73/195 annex 1) …
    ("Stakeholders have developed guidance for the development of transnational search mechanisms, promoting "
     "cross-border operational cooperation and information-sharing, and the establishment of other "
     "internationally coordinated efforts on missing migrants.", K.DECLARATORY, None),
    ("Migrants continue to struggle to access and receive humanitarian assistance, including search and "
     "rescue efforts and medical care, which creates and exacerbates situations of vulnerability.",
     K.DECLARATORY, None),
    ("This Global Compact rests on the purposes and principles of the Charter of the United Nations.",
     K.DECLARATORY, None),
    # … the speakers' own words after it are read (A/RES/70/1 48), what its subject should do is asked of it
    # (A/RES/S-24/2 annex 1), and a verb the register does not know still opens a commitment
    ("Indicators are being developed to assist this work. We agree to intensify our efforts to strengthen "
     "statistical capacities in developing countries.", K.EXHORTATION, "agrees"),
    ("Governments should adopt an integrated focus in order to ensure that social development objectives "
     "are incorporated in all areas of governmental decision-making.", K.EXHORTATION, "should"),
    ("Scales up efforts to promote healthier and safer workplaces.", K.EXHORTATION, "scales"),
])
def test_a_statement_opening_with_its_subject_is_no_commitment(text, kind, action):
    reading = read_paragraph(text, text, [], body="GA", session=None, gazetteer=Gazetteer.default(), we="we")
    assert (reading.kind, reading.action) == (kind, action)


@pytest.mark.parametrize(("text", "kind"), [
    # a request to refrain makes nothing (A/RES/69/273 20; A/RES/57/283 B 4) …
    ("Requests the Secretary-General not to proceed with a pilot project on sustainable procurement at this "
     "time;", K.EXHORTATION),
    ("Requests the Secretary-General, when planning the calendar of conferences and meetings, to avoid "
     "simultaneous peak periods at the various duty stations and to avoid scheduling meetings of related "
     "intergovernmental bodies too closely together;", K.EXHORTATION),
    # … unless something is to be done after it (A/RES/80/243 10)
    ("Recalls paragraph 54 of the report of the Advisory Committee, and decides not to abolish one post of "
     "Special Assistant, Political Affairs (P-4) and to abolish one post of Mission Planning Officer (P-3);",
     K.ACTION),
])
def test_a_request_to_refrain_is_standing(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


def test_what_the_speakers_assist_others_in_is_theirs_to_do():
    # segmented A/RES/S-24/2 annex 108: those assisted are no owners, as those supported are not
    text = ("Assist Governments in Africa and the least developed countries in enhancing the productive "
            "capacity and competitiveness of their countries.")
    reading = read_paragraph(text, text, [], body="GA", session=None, gazetteer=Gazetteer.default(), we="we")
    assert (reading.kind, reading.actors) == (K.EXHORTATION, ["Member States"])


@pytest.mark.parametrize(("text", "kind"), [
    # a call on a named State is read as one on "States" or "the Government of …" is: a standing call,
    # whatever it asks (segmented A/HRC/RES/47/1 22, A/RES/80/158 6, A/HRC/RES/51/29 5) …
    ("Encourages Myanmar to review and repeal the amendments made in 2018 to the Vacant, Fallow and Virgin "
     "Lands Management Law, and to establish an inclusive land governance framework and to resolve issues of "
     "land tenure, in full consultation with affected populations;", K.EXHORTATION),
    ("Also calls upon Israel, the occupying Power, to bring a halt to all actions, including those "
     "perpetrated "
     "by Israeli settlers, harming the environment;", K.EXHORTATION),
    ("Urges the Bolivarian Republic of Venezuela to adopt appropriate measures to address reported human "
     "rights "
     "violations and abuses such as acts of violence and harassment, including sexual and gender-based "
     "violence, against women and girls in detention;", K.EXHORTATION),
    # … not a call on an institution, nor on a State and an institution
    ("Invites the President of the General Assembly to convene a high-level meeting on the "
     "question;", K.ACTION),
    ("Invites Myanmar and the United Nations Development Programme to establish a joint working group;",
     K.ACTION),
])
def test_a_call_on_a_named_state_is_a_standing_call(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # States named by a region's or a people's adjective, or by what they do, are States as "all States"
    # are: a standing call, whatever it asks (A/RES/76/201 25, A/RES/79/317 34, A/RES/78/68 262) …
    ("Also encourages the Central American countries to establish and strengthen secure, reliable, "
     "efficient, high-quality, sustainable and resilient infrastructure, including transit transport "
     "systems that link them to international markets;", K.EXHORTATION),
    ("Also recognizes the need to help to address the substantial challenges facing the economy of "
     "Afghanistan, and calls upon all relevant Afghan political actors and stakeholders to create "
     "favourable conditions for economic activity and investment;", K.EXHORTATION),
    ("Requests distant-water fishing nations, when negotiating access agreements and arrangements with "
     "developing coastal States, to do so on an equitable and sustainable basis and to take into account "
     "their legitimate expectation to fully benefit from the sustainable use of the natural resources of "
     "their exclusive economic zones;", K.EXHORTATION),
    # … not a regional group asked for its nomination (A/RES/69/85 30), nor the United Nations
    ("Urges the African States to nominate their candidate for the office of Second Vice-Chair/Rapporteur of "
     "the Committee for the period 2016–2017 before the next session of the Committee;", K.ACTION),
    ("Requests the United Nations to establish a trust fund for the programme;", K.ACTION),
])
def test_states_named_by_an_adjective_are_states(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # measures or a way of working adopted are taken as measures are (A/RES/71/177 71, A/RES/62/208 39,
    # S/RES/2147 (2014) 33, A/RES/71/243 68) …
    ("Requests States to adopt concrete measures to prevent the violation of the human rights of migrants "
     "while in transit, including in ports and airports and at borders and migration checkpoints;",
     K.EXHORTATION),
    ("Calls upon United Nations organizations to adopt measures that ensure sustainability in "
     "capacity-building activities;", K.EXHORTATION),
    ("Urges the United Nations system in DRC to adopt a join and uniform approach regarding HRDDP "
     "implementation;", K.EXHORTATION),
    ("Requests the United Nations development system in that regard to adopt flexible, cost-effective and "
     "collaborative models for its field presence, as appropriate;", K.EXHORTATION),
    # … not measures for a deliverable, nor a text or a programme adopted (A/RES/78/59 22, E/RES/2021/8 6)
    ("Requests the Secretary-General to adopt the necessary measures to convene the regional meeting;",
     K.ACTION),
    ("Encourages the Economic Community of Central African States to adopt the protocol on pastoralism and "
     "cross-border transhumance in Central Africa;", K.ACTION),
    ("Requests the Commission to adopt a multi-year programme of work, subsequent to the review of General "
     "Assembly resolution 70/299 of 29 July 2016;", K.ACTION),
])
def test_measures_adopted_are_measures_taken(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # partners worked with, what is striven for, a situation followed, decisions observed, efforts focused
    # (S/RES/2760 (2024) 20, A/RES/70/222 17, A/RES/80/86 15, E/RES/2023/15 31, A/RES/78/245 5,
    # A/RES/66/253 B 20) …
    ("Requests UNISFA to collaborate with the United Nations Country Teams in Sudan and South Sudan, in "
     "consultation with the host governments and the local communities, to engage with the local communities "
     "on peacebuilding initiatives;", K.EXHORTATION),
    ("Requests the United Nations development system, in consultation with Member States, to strive to "
     "increasingly leverage, as appropriate, South-South cooperation to bolster its impact;", K.EXHORTATION),
    ("Decides to follow the situation in the Non-Self-Governing Territories so as to ensure that all "
     "economic activities in those Territories are aimed at strengthening and diversifying their economies;",
     K.EXHORTATION),
    ("Requests the Secretary-General to follow up on the outcomes of the fourth review and appraisal of the "
     "Madrid Plan of Action;", K.EXHORTATION),
    ("Requests all intergovernmental bodies to observe those decisions when planning their meetings;",
     K.EXHORTATION),
    ("Requests the Joint Special Envoy to focus his efforts towards a peaceful mechanism for the "
     "implementation of the transition;", K.EXHORTATION),
    # … one's own efforts, whatever is done to them, and an adverb before the verb (A/RES/70/133 27,
    # A/RES/78/119 77, A/RES/78/116 15) …
    ("Requests the Secretary-General to review and redouble his efforts to make progress towards achieving "
     "the goal of 50/50 gender balance at all levels throughout the United Nations system;", K.EXHORTATION),
    ("Requests the Secretary-General to expedite his efforts to enhance the safety and security of personnel "
     "involved in United Nations humanitarian operations;", K.EXHORTATION),
    ("Reiterates its request to the Secretary-General to now give the most serious consideration and take "
     "any appropriate steps under section 21 of the Headquarters Agreement and intensify efforts to expedite "
     "resolution of the issues;", K.EXHORTATION),
    # … not a deliverable sped up, nor efforts to a deliverable (A/RES/70/286 81)
    ("Requests the Secretary-General to expedite the deployment of the e-learning programme;", K.ACTION),
    ("Requests the Secretary-General to expedite his efforts to convene the conference in 2027;", K.ACTION),
    ("Requests the Secretary-General to assess the efforts made by Member States to implement the Plan;",
     K.ACTION),
    # a meeting's focus is what it is about (A/RES/65/37 231); a question followed up under an item of a
    # session named is that item (A/RES/74/306 58)
    ("Also decides that, in its deliberations on the report of the Secretary-General on oceans and the law "
     "of the sea, the Consultative Process will focus its discussions at its twelfth meeting on "
     "contributing to the assessment of progress to date;", K.DECLARATORY),
    ("Decides to follow up on the implementation of the present resolution under the item entitled “Global "
     "health and foreign policy” of the agenda of the seventy-fifth session of the General Assembly.",
     K.AGENDA),
])
def test_work_kept_to_is_a_standing_call(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


@pytest.mark.parametrize(("text", "kind", "actors"), [
    # a call the body goes on making is that call (A/RES/76/213 33, S/RES/2646 (2022) 16) …
    ("Continues to encourage the United Nations system to take an active role in forging a closer link with "
     "national science advisory bodies to optimally leverage science;", K.EXHORTATION,
     ["United Nations system"]),
    ("Continues to urge the leaders of both communities to agree and continue a plan of work to achieve a "
     "mine-free Cyprus;", K.EXHORTATION, ["leaders of both communities"]),
    # … not what it goes on welcoming (A/RES/80/6 22)
    ("Continues to welcome the statement by the President of the Security Council of 12 February 2013;",
     K.DECLARATORY, None),
    # a commitment made again, or striven for, is the body's own, as "Commits to …" is (A/RES/80/151 19,
    # 37; A/RES/73/219 9)
    ("Recommits to supporting the implementation of national trade strategies, policies and measures in the "
     "landlocked developing countries;", K.EXHORTATION, ["General Assembly"]),
    ("Strives to help landlocked developing countries and transit countries to establish or maintain safe, "
     "affordable, accessible and sustainable transport systems;", K.EXHORTATION, ["General Assembly"]),
    ("Recommits to promoting a universal, rules-based, open, transparent, predictable, inclusive, "
     "non-discriminatory and equitable multilateral trading system under the World Trade Organization;",
     K.EXHORTATION, ["General Assembly"]),
])
def test_a_call_continued_or_a_commitment_renewed_is_standing(text, kind, actors):
    phrase = analyse(text, body="GA", gazetteer=Gazetteer.default())
    assert (phrase.kind, phrase.actors if actors is not None else None) == (kind, actors)


@pytest.mark.parametrize(("text", "kind"), [
    # gender kept as a cross-cutting issue and expertise kept on a panel are what it has while it works
    # (S/RES/2776 (2025) 26, S/RES/2577 (2021) 18) …
    ("Requests the Secretary-General to include dedicated sexual violence and gender expertise on the Panel, "
     "in line with paragraph 11 of its resolution 2467 (2019) and further requests the Panel to include "
     "gender as a cross-cutting issue in its investigations and reporting;", K.EXHORTATION),
    ("Requests the Secretariat to include the necessary gender expertise on the Panel of Experts, in line "
     "with paragraph 6 of resolution 2242 (2015);", K.EXHORTATION),
    # … not a text or an event included (A/HRC/RES/47/24 11)
    ("Requests the Office of the High Commissioner to include a panel discussion in its programme of work "
     "for 2023;", K.ACTION),
])
def test_expertise_kept_on_a_panel_is_standing(text, kind):
    assert analyse(text, body="SC", gazetteer=Gazetteer.default()).kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # the decision's subject after a phrase set off by commas right after "that" (segmented S/RES/2206
    # (2015) 9: a measure for a period, as "Decides that all Member States shall …" is asked of all States) …
    ("Decides that, for an initial period of one year from the date of adoption of this resolution, all "
     "Member "
     "States shall take the necessary measures to prevent the entry into or transit through their "
     "territories "
     "of any individuals who may be designated by the Committee;", K.MANDATE),
    ("Decides that, in order to ensure the transparency of the recruitment process, all specific vacancy "
     "announcements shall continue to be advertised;", K.EXHORTATION),
    # … and its rule (segmented S/RES/54 (1948) 8)
    ("Decides that, subject to further decision by the Security Council or the General Assembly, the truce "
     "shall remain in force, in accordance with the present resolution and with resolution 50 (1948) of 29 "
     "May "
     "1948, until a peaceful adjustment of the future situation of Palestine is reached;", K.DECLARATORY),
    # … and what ends by the text's own terms (S/RES/2009 (2011) 21; S/RES/1989 (2011) 23;
    # S/RES/2165 (2014) 5, on a date it sets: a mandate that expires)
    ("Decides that the measures in paragraph 17 of resolution 1973 (2011) shall cease to have effect "
     "from the date of this resolution;", K.DECLARATORY),
    ("Decides that the requirement for States to take the measures described in paragraph 1 of this "
     "resolution shall terminate with respect to that individual, group, undertaking or entity 60 days "
     "after the Committee completes consideration;", K.DECLARATORY),
    ("Further decides that the decisions contained in operative paragraphs two and three of this "
     "resolution shall expire 180 days from the adoption of this resolution, and shall be subject to "
     "review by the Security Council;", K.MANDATE),
    # … which may hold a date written month first, and "that" said again after it (segmented S/RES/2396
    # (2017) 11: an obligation on States, a standing one)
    ("Decides that, in furtherance of paragraph 9 of resolution 2178 and the standard established by ICAO "
     "that its Member States establish advance passenger information (API) systems as of October 23, 2017, "
     "that Member States shall require airlines operating in their territories to provide API to the "
     "appropriate national authorities;", K.EXHORTATION),
])
def test_a_that_clause_is_read_past_a_phrase_set_off_by_commas(text, kind):
    reading = read_paragraph(text, text, [], body="SC", session=None, gazetteer=Gazetteer.default(),
                             adopted_on=dt.date(2015, 3, 3))
    assert reading.kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # "that … continue to" in the subjunctive goes on as "to continue to" does (segmented E/RES/2024/21 12) …
    ("Also recommends that the specialized agencies and other organizations of the United Nations system "
     "continue to review, at the regular meetings of their governing bodies, the implementation of General "
     "Assembly resolution 1514 (XV) and other relevant resolutions of the United Nations;", K.EXHORTATION),
    # … unless a date makes a product of it (segmented A/RES/74/246 19)
    ("Requests that the Special Envoy continue to participate by way of interactive dialogue in the "
     "seventy-fifth session of the General Assembly;", K.ACTION),
])
def test_a_request_that_someone_continue_is_a_standing_call(text, kind):
    reading = read_paragraph(text, text, [], body="GA", session=74, gazetteer=Gazetteer.default())
    assert reading.kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # what is to be ensured is put in one document to come (segmented A/RES/52/220 43, A/RES/57/300 26) …
    ("Also requests the Secretary-General to ensure that all the activities outlined in the ten "
     "subprogrammes "
     "under sections 7, 9 and 10 of the initial budget proposal are included in section 7A of the final "
     "version of the programme budget for the biennium 1998-1999;", K.ACTION),
    ("Requests the Secretary-General to ensure that the new Office is reflected in the proposed programme "
     "budget for the biennium 2004–2005 with the allocation of adequate resources for its expanded mandate;",
     K.ACTION),
    # … not in every report or policy: what goes on
    ("Requests the Secretary-General to ensure that a gender perspective is included in all relevant "
     "reports;",
     K.EXHORTATION),
])
def test_a_request_to_ensure_that_a_document_carries_something_asks_for_it(text, kind):
    reading = read_paragraph(text, text, [], body="GA", session=52, gazetteer=Gazetteer.default())
    assert reading.kind == kind


def test_views_described_in_a_participle_are_not_what_a_call_asks():
    # segmented A/RES/71/101 A-B 1 (and A/RES/76/84 A-B 1, A/RES/77/128 A-B 1): the views individuals
    # communicate, described before the call's list, asked of no one
    text = ("Urges all countries, organizations of the United Nations system as a whole and all others "
            "concerned, reaffirming their commitment to the principles of the Charter of the United Nations "
            "and "
            "to the principles of freedom of the press and freedom of information, as well as to those of "
            "the "
            "independence, pluralism and diversity of the media, deeply concerned by the disparities "
            "existing "
            "between developed and developing countries and the consequences of every kind arising from "
            "those "
            "disparities that affect the capability of the public, private or other media and individuals in "
            "developing countries to disseminate information and communicate their views and their cultural "
            "and "
            "ethical values through endogenous cultural production, as well as to ensure the diversity of "
            "sources and their free access to information, and recognizing the call in this context for what "
            "in the United Nations and at various international forums has been termed “a new world "
            "information and communication order, seen as an evolving and continuous process”:")
    analysis = analyse(text, body="GA", gazetteer=Gazetteer.default())
    assert (analysis.kind, analysis.deliverable) == (K.EXHORTATION, None)


@pytest.mark.parametrize(("text", "deliverable"), [
    # what is to be included in the report named first, not the report (as "in the context of the next
    # progress report, to include …", A/RES/70/248 22), from where the report's words end (segmented
    # S/RES/2222 (2015) 19, S/RES/1894 (2009) 32, A/RES/76/305 20) …
    ("Requests the Secretary-General to include consistently as a sub-item in his reports on the protection "
     "of "
     "civilians in armed conflict the issue of the safety and security of journalists, media professionals "
     "and associated personnel;",
     "the issue of the safety and security of journalists, media professionals and associated personnel"),
    ("Requests the Secretary-General to include in his reports to the Council on country-specific situations "
     "more comprehensive and detailed information relating to the protection of civilians in armed conflict;",
     "more comprehensive and detailed information relating to the protection of civilians in armed conflict"),
    ("Requests the Secretary-General to include in his regular reports on peacebuilding and sustaining peace "
     "an update on the implementation of the present resolution;",
     "an update on the implementation of the present resolution"),
    # … whose own words go on past an article or a qualifier (segmented A/RES/74/135 15, E/RES/2015/15 24)
    ("Invites the Secretary-General to include in the forthcoming annual reports on progress towards the "
     "Sustainable Development Goals information on the implementation of the present resolution;",
     "information on the implementation of the present resolution"),
    ("Requests the Secretary-General to include in his report on the implementation of General Assembly "
     "resolution 67/226 on the quadrennial comprehensive policy review information on the progress made;",
     "information on the progress made"),
    # … past words set off or a preposition after the report (A/RES/73/240 14, A/RES/78/42 13), what is
    # provided in it too (A/RES/78/242 9), the paragraph's own list (A/RES/77/189 36: "the report" before)
    ("Decides to continue considering the international economic situation and its impact on development at "
     "its seventy-fifth session, and in that regard requests the Secretary-General to include in his report "
     "to the General Assembly, under the item entitled “Globalization and interdependence”, an updated "
     "overview of the major international economic and policy challenges for equitable and inclusive "
     "sustained economic growth;",
     "an updated overview of the major international economic and policy challenges for equitable and "
     "inclusive sustained economic growth"),
    ("Urges the nuclear-weapon States to report at least twice during a Review Conference cycle at "
     "appropriate intervals, and to include in their reports to be submitted during the eleventh review "
     "cycle of the Treaty on the Non-Proliferation of Nuclear Weapons concrete and detailed information "
     "concerning the implementation of their obligations and commitments on nuclear disarmament;",
     "concrete and detailed information concerning the implementation of their obligations and commitments "
     "on nuclear disarmament"),
    ("Reiterates its request to the Secretary-General to provide in his reports on the implementation of the "
     "recommendations of the Board of Auditors a full explanation for the delays in the implementation of "
     "the recommendations of the Board, in particular those recommendations not yet fully implemented that "
     "are two or more years old;",
     "a full explanation for the delays in the implementation of the recommendations of the Board"),
    ("Requests the Secretary-General, in coordination with all relevant United Nations entities, to submit "
     "information to the General Assembly at its seventy-ninth session on the implementation of the present "
     "resolution, and to make appropriate recommendations to further strengthen implementation, and to "
     "include in the report relevant information on the impact of the COVID-19 pandemic on persons with "
     "disabilities, the measures to mitigate the impact, as well as their participation in efforts to "
     "respond to and recover from the pandemic;",
     "relevant information on the impact of the COVID-19 pandemic on persons with disabilities"),
    # … not a further clause after words that only point to the report (S/RES/2429 (2018) 7)
    ("Requests the Secretary-General to provide in his second 90 day report requested in paragraph 53, and "
     "the Secretary-General and the Chairperson of the African Commission, in consultation with UNAMID, to "
     "provide through a strategic review by 1 May 2019, an assessment on the following: (i) progress;",
     "his second 90 day report requested in paragraph 53"),
])
def test_the_report_something_is_included_in_ends_where_what_is_included_begins(text, deliverable):
    assert analyse(text, body="SC", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "deliverable"), [
    # what is asked with no article, reports too, after a possessive or qualifiers (segmented A/RES/1472 (XIV)
    # 2, A/RES/80/66 11, A/RES/73/302 2, A/RES/80/159 2)
    ("Requests the Committee to submit reports on its activities to the subsequent sessions of the General "
     "Assembly.", "reports on its activities to the subsequent sessions of the General Assembly"),
    ("Invites States to submit their views and proposals on the matter early enough;", "their views"),
    ("Requests the Secretary-General to submit annual reports, pursuant to resolution 57/306 of 15 April "
     "2003, on special measures for protection from sexual exploitation and abuse;",
     "annual reports on special measures for protection from sexual exploitation and abuse"),
    ("Invites States to submit further written comments on any future action regarding the articles;",
     "further written comments on any future action regarding the articles"),
])
def test_what_is_asked_without_an_article_is_the_deliverable(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize("text", [
    # a body placing an item on its own agenda, in a decision's "that" clause (segmented E/RES/1992/22 2-3)
    "Decides that the Commission on Crime Prevention and Criminal Justice shall include in its agenda, "
    "beginning with its second session, a standing item on technical assistance;",
    "Decides also that the Commission shall include in its agenda, beginning with its second session, a "
    "standing item on existing United Nations standards and norms in the field of crime prevention and "
    "criminal justice;",
])
def test_a_body_that_shall_include_an_item_in_its_agenda_asks_for_an_item(text):
    assert analyse(text, body="ECOSOC", gazetteer=Gazetteer.default()).kind == K.AGENDA


def test_what_is_asked_without_an_article_ends_where_its_phrase_does():
    # segmented A/RES/74/258 29: not run on to a further infinitive's "report"
    text = ("Requests the Secretary-General to invite the Internal Justice Council to provide its views on "
            "the implementation of the system of administration of justice, including the timely delivery of "
            "judgments, and to report thereon to the General Assembly at its seventy-fifth session;")
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == (
        "its views on the implementation of the system of administration of justice")


def test_sharing_information_is_no_report():
    # segmented S/RES/1904 (2009) 40 (and six twins): what States share with the private sector is no report
    # to a body, and the call's later "to provide the Committee with information" is asked only "if …"
    text = ("Encourages Member States to share, in accordance with their domestic laws and practices, with "
            "the private sector information in their national databases related to fraudulent, counterfeit, "
            "stolen and lost identity or travel documents pertaining to their own jurisdictions, and, if a "
            "listed party is found to be using a false identity including to secure credit or fraudulent "
            "travel documents, to provide the Committee with information in this regard;")
    analysis = analyse(text, body="SC", gazetteer=Gazetteer.default())
    assert (analysis.kind, analysis.deliverable) == (K.EXHORTATION, None)


@pytest.mark.parametrize(("text", "kinds"), [
    # the words before the sub-paragraphs only ask to go on, and the sub-paragraphs under them too (segmented
    # S/RES/2512 (2020) 5, A/RES/35/201 1) …
    ("1. Requests that, in addition to the abovementioned priorities, UNIOGBIS and the Special "
     "Representative continue to assist, coordinate and lead international efforts in the following areas "
     "to ensure lasting peace and stability in Guinea Bissau:\n(a) Providing support to the Government of "
     "Guinea-Bissau in strengthening democratic institutions;\n(b) Assisting national authorities and "
     "stakeholders in the promotion and protection of human rights;\n", (K.EXHORTATION, None, None)),
    ("1. Requests the Secretary-General to ensure that:\n(a) The Department of Public Information shall "
     "continue to orient its work towards dissemination of information mainly on problems concerning "
     "international peace and security;\n(b) United Nations efforts to provide broadcast media with "
     "programmes on women shall be continued;\n", (K.EXHORTATION, None, None)),
    # … not one that asks its own product
    ("1. Requests the Secretary-General to ensure that:\n(a) The Department of Public Information shall "
     "continue to orient its work towards dissemination of information;\n(b) The Department of Public "
     "Information shall submit a report on its activities to the General Assembly;\n",
     (K.REPORT, K.EXHORTATION, None)),
])
def test_sub_paragraphs_under_words_that_only_ask_to_go_on_go_on(text, kinds):
    (paragraph,) = parse(security_council_resolution(text), "S_RES_2512_2020.txt").operative
    assert (paragraph.kind, *(sub.kind for sub in paragraph.subparagraphs)) == kinds


def test_a_decision_that_a_rule_applies_and_that_someone_is_invited_asks_a_standing_call():
    # segmented A/RES/2997 (XXVII) 6: how organizations are used, "as appropriate, in accordance with" a
    # procedure (a rule), and a call in the passive (a standing call)
    text = ("Decides that, in the implementation of programmes to be financed by the Environment Fund, "
            "organizations outside the United Nations system, particularly those in the countries and "
            "regions concerned, shall also be utilized as appropriate, in accordance with the procedures "
            "established by the Governing Council, and that such organizations are invited to support the "
            "United Nations environmental programmes by complementary initiatives and contributions;")
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == K.EXHORTATION


def test_a_sub_paragraph_that_asks_in_the_passive_says_its_own_phrase():
    # A/RES/79/327 42 (n): asked as "Requests the Secretariat to continue to …", not under the decision
    text = ("1. Decides that, starting with the eightieth session, the process for the selection and "
            "appointment of the Secretary-General should include the following steps:\n(a) The selection "
            "process should be formally initiated in the last quarter of the year preceding the end of the "
            "incumbent’s term through a joint letter of the President of the General Assembly and the "
            "President of the Security Council addressed to Member States;\n(b) The Secretariat is "
            "requested to continue to regularly update the repository of information on past "
            "Secretary-General selection processes;\n")
    (paragraph,) = parse(security_council_resolution(text), "A_RES_79_327.txt").operative
    assert [sub.kind for sub in paragraph.subparagraphs] == [None, K.EXHORTATION]
    assert "Secretariat" in paragraph.actors


@pytest.mark.parametrize(("text", "kind"), [
    # support given to another's work, with what it needs: a standing duty while the work lasts (segmented
    # A/HRC/RES/42/12 8, A/HRC/RES/47/2 4) …
    ("Requests the Secretary-General and the United Nations High Commissioner for Human "
     "Rights to provide the Independent Expert with all the human, technical and financial "
     "resources necessary for the effective fulfilment of the mandate;", K.EXHORTATION),
    ("Requests the Secretary-General to provide the Special Rapporteur with all the "
     "information and resources necessary to fulfil the mandate;", K.EXHORTATION),
    # … not for an event, nor a document
    ("Requests the Secretary-General to provide the support necessary to convene the Meeting of States;",
     K.ACTION),
    ("Also requests the Secretary-General to provide a full estimate of and rationale for the financial "
     "resources required for mobility in 2016 and 2017;", K.ACTION),
    # a service given on request goes on as long as it is asked for (segmented A/RES/80/229 60,
    # A/HRC/RES/54/10 10, A/RES/77/283 4) …
    ("Requests the United Nations Office on Drugs and Crime, subject to the availability of extrabudgetary "
     "resources, within its mandate, and in cooperation with relevant competent intergovernmental "
     "organizations, to provide technical assistance and capacity-building to Member States, upon request, "
     "for the purposes of supporting their efforts to effectively prevent and combat crimes that affect the "
     "environment;", K.EXHORTATION),
    ("Requests the Special Rapporteur to provide, upon request, technical assistance and advice to States "
     "and other actors on the implementation of the Special Rapporteur’s recommendations;", K.EXHORTATION),
    ("Requests the United Nations agencies, within existing mandates and resources, to provide support at "
     "the request of Member States on their efforts to undertake evaluations of the implementation of the "
     "Sustainable Development Goals.", K.EXHORTATION),
    # … as is a service given to those who need it, asked for or not (E/RES/2021/11 12, A/RES/80/105 16,
    # S/RES/2056 (2012) 12, A/HRC/RES/48/20 43) …
    ("Requests the entities of the United Nations development system to provide assistance to graduating "
     "countries in the formulation and implementation of their national transition strategies and to "
     "consider country-specific support for graduated countries for a fixed period of time and in a "
     "predictable manner;", K.EXHORTATION),
    ("Requests the Secretary-General, the specialized agencies and other organizations of the United Nations "
     "system to provide economic, social and other assistance to the Non-Self-Governing Territories and to "
     "continue to do so, as appropriate, after they exercise their right to self-determination, including "
     "independence;", K.EXHORTATION),
    ("Requests the Secretary-General to provide support to ongoing mediation efforts, including through the "
     "good offices of his Special Representative for West Africa;", K.EXHORTATION),
    ("Requests the High Commissioner to provide technical assistance, including forensic expertise, to the "
     "Government of the Democratic Republic of the Congo in order to support the judicial authorities in "
     "their investigations into allegations of human rights violations and abuses, with a view to bringing "
     "those responsible to justice;", K.EXHORTATION),
    # … but not support for an event (A/RES/78/319 13), nor guidance, a document (S/RES/2535 (2020) 21)
    ("Requests the President of the General Assembly and the Secretary-General to provide adequate support "
     "to the organization and preparation of the high-level meeting;", K.ACTION),
    ("Requests the Secretary General to provide guidance for all peacekeeping and other relevant United "
     "Nations missions on the implementation of the youth, peace and security agenda;", K.ACTION),
    # … not a document given on request, nor with a deliverable asked beside it
    ("Requests the Secretary-General to provide, upon request, an analysis of the costs of the proposed "
     "measures;", K.REPORT),
    ("Requests the Secretary-General to provide technical assistance to Member States, upon request, and to "
     "convene a meeting of experts on the matter;", K.ACTION),
])
def test_support_given_to_another_s_work_is_a_standing_duty(text, kind):
    reading = read_paragraph(text, text, [], body="HRC", session=None, gazetteer=Gazetteer.default())
    assert reading.kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # reports asked in general, none named, are a standing call on how they are submitted (segmented
    # A/RES/79/192 9, A/RES/65/259 4, A/RES/57/283 B 8) …
    ("Recalls its resolution 47/202 B of 22 December 1992 on the pattern of conferences, and urges the "
     "authors of reports, special procedure mandate holders, Chairs of treaty bodies, experts and other "
     "mechanisms to submit their reports for consideration by the General Assembly in a timely manner in "
     "order to comply with that resolution;", K.EXHORTATION),
    ("Regrets the recurrent late introduction of the reports on the matter under consideration, and "
     "requests the Secretary-General and the Advisory Committee on Administrative and Budgetary Questions "
     "to submit their reports in a timely manner;", K.EXHORTATION),
    ("Reiterates its request to the Office of Internal Oversight Services to submit its reports in "
     "accordance with paragraph 12 of resolution 53/208 B of 18 December 1998;", K.EXHORTATION),
    # … not reports named, nor due at a session
    ("Requests the Secretary-General to submit his reports on the implementation of the present resolution"
     " in a timely manner;", K.REPORT),
    ("Requests the Advisory Committee on Administrative and Budgetary Questions to present its reports to "
     "the General Assembly at the main part of its fifty-sixth session;", K.REPORT),
    # a practice continued and information shared are standing (segmented A/RES/79/327 45, S/RES/2206
    # (2015) 20, S/RES/2444 (2018) 53) …
    ("Commends the creation and further development of the Senior Leadership Talent Pool and the Senior "
     "Leadership Vacancies portal, requests the Secretariat to continue the practice of regularly updating"
     " these online platforms, and requests the Secretariat to ensure that there is a preliminary public "
     "call for candidates in all senior appointments and to share on a regular basis with Member States a "
     "list of upcoming vacancies of senior-level posts;", K.EXHORTATION),
    ("Requests the Special Representative of the Secretary-General for Children and Armed Conflict and the"
     " Special Representative for Sexual Violence in Conflict to share relevant information with the "
     "Committee in accordance with paragraph 7 of resolution 1960 (2010);", K.EXHORTATION),
    # … not a practice reviewed
    ("Requests the Secretary-General to review the practice of regularly updating these online platforms;",
     K.ACTION),
    # efforts enhanced, asked in a request's subjunctive, as "to enhance its efforts" (segmented A/RES/78/253
    # 6) …
    ("Reiterates its appreciation for the continued commitment of the Secretary-General to ensuring the "
     "preservation of Africa Hall, and reiterates its request that the Secretary-General enhance efforts to "
     "engage key stakeholders in implementing the heritage conservation objective, to raise global awareness "
     "of the historic Africa Hall, and to cultivate partnerships with regional and international academic "
     "institutions;", K.EXHORTATION),
    ("Requests that the Secretary-General strengthen his efforts to recruit staff from unrepresented Member "
     "States;", K.EXHORTATION),
    # … not beside a deliverable
    ("Requests that the Secretary-General strengthen his efforts to recruit staff from unrepresented Member "
     "States and convene a meeting of experts on the matter;", K.ACTION),
])
def test_standing_calls_with_no_product_of_their_own(text, kind):
    reading = read_paragraph(text, text, [], body="GA", session=None, gazetteer=Gazetteer.default())
    assert reading.kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # to whom an office answers is no report asked (segmented A/RES/64/289 69 (b), A/RES/32/162 6) …
    ("Decides that the Under-Secretary-General/head of the Entity shall report to the Secretary-General and "
     "shall be a full member of the United Nations System Chief Executives Board for Coordination;",
     K.ACTION),
    # … a report on something is
    ("Decides that the Executive Director shall report to the Secretary-General on the implementation of the "
     "present resolution;", K.REPORT),
])
def test_a_line_of_authority_is_no_report(text, kind):
    assert clause_kind("decides", text.removeprefix("Decides ")) == kind


#: asked to ensure in a request's subjunctive, as "to ensure" is (segmented A/RES/76/268 29, A/RES/78/245 67,
#: A/RES/69/250 110), to help to ensure (A/HRC/RES/49/9 37) or to monitor (A/RES/59/162 10, E/RES/2021/11 5):
#: a standing duty, unless a date makes a product of it (4), what is ensured is a deliverable done (5) or what
#: is watched is reported (6)
WATCHING = security_council_resolution("""\
1. Emphasizes the importance of making use of all the official languages of the United Nations, and in this
regard reaffirms its request that the Secretary-General ensure that the Department has the necessary staffing
capacity in all the official languages to undertake all its activities;

2. Reaffirms paragraph 101 of its resolution 77/255, and reiterates its request that the Secretary-General,
when recruiting temporary assistance in the language services, including through the use of international or
local contracts, as appropriate, ensure that all language services are given equal treatment;

3. Requests the International Narcotics Control Board, pursuant to Economic and Social Council resolution
1995/20 of 24 July 1995, to monitor international trade so that diversion attempts can be identified;

4. Requests the Secretary-General to monitor the implementation of the programme until 31 December 2035;

5. Reiterates its request that the Secretary-General ensure that the manual is published in all official
languages;

6. Authorizes the Mission to monitor, report immediately to the Security Council, and follow up on human
rights violations and abuses;

7. Requests the Secretary-General, in collaboration with the Office on Genocide Prevention and the
Responsibility to Protect, to help to ensure the success of the observance by the United Nations of the
International Day of Commemoration and Dignity of the Victims of the Crime of Genocide;
""")


def test_asked_to_ensure_or_to_monitor_with_no_date_is_a_standing_call():
    kinds = [p.kind for p in parse(WATCHING).operative]
    assert kinds == [K.EXHORTATION, K.EXHORTATION, K.EXHORTATION, K.ACTION, K.ACTION, K.ACTION,
                     K.EXHORTATION]


#: a phrase set off by commas before a call's addressees (segmented A/RES/78/68 221, A/RES/74/205 8): a call
#: on States and groups, a standing call; a named institution is still asked for its product
@pytest.mark.parametrize(("text", "expected"), [
    ("Calls upon, in this regard, States, regional fisheries management organizations and arrangements and "
     "those States participating in negotiations to establish a regional fisheries management organization "
     "to give effect to the provisions;", K.EXHORTATION),
    ("Also recognizes the growing importance of financial technology actors and new instruments, "
     "encourages, in this context, Governments and regulatory agencies to review and adjust, as appropriate, "
     "legal and regulatory frameworks;", K.EXHORTATION),
    ("Invites, in this regard, the President of the General Assembly to convene a high-level meeting;",
     K.ACTION),
])
def test_a_phrase_set_off_before_the_addressees(text, expected):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == expected


#: asked to report what occurs, with nothing to name its report (segmented S/RES/2118 (2013) 18, S/RES/2734
#: (2024) 40): a standing call, as reporting wrongdoing is; a report on something is still one
@pytest.mark.parametrize(("text", "kind"), [
    ("Calls upon all Member States, in particular Member States neighbouring the Syrian Arab Republic, to "
     "report any violations of this paragraph to the Security Council immediately;", K.EXHORTATION),
    ("Reaffirms its call upon Member States to report any such departure from their territories, or such "
     "attempted entry into or transit through their territories, by sharing this information with the State "
     "of residence or nationality;", K.EXHORTATION),
    ("Requests the Secretary-General to report to the Security Council on any violations of this paragraph "
     "within 90 days;", K.REPORT),
])
def test_reporting_what_occurs_is_no_report(text, kind):
    assert analyse(text, body="SC", gazetteer=Gazetteer.default()).kind == kind


#: a rate set as the basis for calculating a budget is a rule laid down, nothing asked (segmented A/RES/80/242
#: 44, A/RES/56/253 55), as "shall be granted on the basis of" is
def test_a_basis_for_a_calculation_is_a_rule():
    text = ("Also decides that a vacancy rate of 10.3 per cent for Professional staff and 4.9 per cent for "
            "General Service staff shall be used as a basis for the calculation of the budget for 2026;")
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == K.DECLARATORY


#: the Parties to a treaty, capitalised as the Organization writes them, are States (segmented A/RES/80/138 7,
#: A/RES/75/217 8): a call on them is a standing call, as on "parties"
@pytest.mark.parametrize(("text", "kind"), [
    ("Welcomes the Paris Agreement work programme, and encourages Parties to the Paris Agreement to finalize "
     "outstanding decisions in upcoming sessions;", K.EXHORTATION),
    ("Invites the Conference of the Parties to convene a high-level meeting;", K.ACTION),
])
def test_a_call_on_the_parties_to_a_treaty_is_a_standing_call(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind



@pytest.mark.parametrize(("text", "kind"), [
    # support that names no one to receive it, after an event held on a date, services that event
    # (A/RES/78/6 29, A/RES/63/117 2): an action …
    ("Also takes note of the decision of the Assembly of States Parties to the Rome Statute of the "
     "International Criminal Court, looks forward to the twenty-third session, scheduled to be held from 2 "
     "to 7 December 2024, and requests the Secretary-General to provide the necessary services and "
     "facilities in accordance with the Relationship Agreement and resolution 58/318;", K.ACTION),
    ("Recommends that the Optional Protocol be opened for signature at a signing ceremony to be held in "
     "2009, and requests the Secretary-General to provide the necessary assistance.", K.ACTION),
    # … not support given to someone named
    ("Looks forward to the next session of the Working Group, to be held in 2026, and requests the "
     "Secretary-General to provide the Working Group with all the resources necessary to fulfil its mandate;",
     K.EXHORTATION),
])
def test_support_for_an_event_held_on_a_date_is_an_action(text, kind):
    assert kinds.continuing(*_phrase_and_rest(text)) is (kind is K.EXHORTATION)


def _phrase_and_rest(text: str) -> tuple[str | None, str]:
    phrase = analyse(text, body="GA", gazetteer=Gazetteer.default())
    return phrase.action, text[phrase.offset :]


@pytest.mark.parametrize(("text", "deliverable"), [
    # reports presented that an earlier clause named (segmented S/RES/2379 (2017) 15): the report named …
    ("Requests the Special Adviser to complete the first report of the Team’s activities, within 90 days of "
     "the date on which it commences its activities, and to complete subsequent reports every 180 days "
     "thereafter, and requests the Special Adviser to present these reports to the Security Council;",
     "the first report of the Team’s activities"),
    # … not one a clause asks of its own
    ("Welcomes the first report of the Team, and requests the Special Adviser to submit a second report to "
     "the Security Council within 90 days;", "a second report"),
])
def test_reports_presented_are_those_named_before(text, deliverable):
    assert analyse(text, body="SC", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "kind"), [
    # what a body, a meeting or an amount is made of, decided, is a rule laid down, nothing asked (segmented
    # A/HRC/RES/33/25 4, A/RES/73/292 9, A/RES/52/220 90) …
    ("Decides that the Expert Mechanism shall consist of seven independent experts, one from each of the "
     "seven indigenous sociocultural regions;", K.DECLARATORY),
    ("Also decides that the Conference shall comprise eight plenary meetings and eight interactive "
     "dialogues, to be held from 2 to 6 June 2020;", K.DECLARATORY),
    ("Further decides that the United Nations Appeals Tribunal shall be composed of seven members who will "
     "sit in panels of at least three;", K.DECLARATORY),
    # … as is an exemption decided "also" after a phrase set off by commas (segmented S/RES/2231 (2015) 23)
    ("Decides, acting under Article 41 of the Charter of the United Nations, also that the measures imposed "
     "in resolution 1737 (2006) shall not apply to the extent necessary to carry out transfers;",
     K.DECLARATORY),
    # … not what is asked beside it
    ("Also decides that the Conference shall comprise eight plenary meetings, and requests the "
     "Secretary-General to convene the Conference in 2026;", K.ACTION),
])
def test_what_something_is_made_of_is_a_rule(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


@pytest.mark.parametrize(("text", "deliverable"), [
    # what a form of REPORT asks for, not the recommendations named before it that no form asks for (segmented
    # A/HRC/RES/46/21 50, A/RES/74/271 2) …
    ("Also requests the Special Rapporteur to undertake thematic research with a view to monitoring the "
     "implementation of the recommendations made by the independent international fact-finding mission on "
     "Myanmar, and to provide detailed updates on the issues covered by the mission;",
     "detailed updates on the issues covered by the mission"),
    ("Requests the Secretary-General to take action on the relevant recommendations, as appropriate, and to "
     "provide an update thereon to the General Assembly.", "an update"),
    # … nor a report named after a preposition
    ("Requests the Secretary-General to provide the requested information in the context of his next budget "
     "report;", "the requested information"),
])
def test_what_is_asked_is_not_what_is_named_before_it(text, deliverable):
    assert analyse(text, body="HRC", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "kind"), [
    # a service given on request to those a preposition names before a participle (segmented A/RES/67/221 13:
    # "to graduating countries" is no further infinitive), and assistance asked to go on with no object
    # (segmented A/RES/72/164 2, A/RES/74/158 2) …
    ("Requests the entities of the United Nations system to provide targeted assistance, including "
     "capacity-building, to graduating countries, if requested, through the United Nations country teams, in "
     "line with the existing mandates and resources, in support of the formulation and implementation of the "
     "national transition strategy;", K.EXHORTATION),
    ("Commends the electoral assistance provided upon request to Member States by the United Nations, and "
     "requests that such assistance continue on a case-by-case basis in accordance with the evolving needs "
     "and legislation of requesting countries to develop, improve and refine their electoral institutions "
     "and processes;", K.EXHORTATION),
    # … not a report asked beside it
    ("Requests that such assistance continue on a case-by-case basis, and requests the Secretary-General to "
     "submit a report thereon to the General Assembly at its eightieth session;", K.REPORT),
])
def test_assistance_that_goes_on_as_requested_is_a_standing_duty(text, kind):
    reading = read_paragraph(text, text, [], body="GA", session=None, gazetteer=Gazetteer.default())
    assert reading.kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # an authorization permits conduct while it lasts, nothing falls due (segmented S/RES/2658 (2022) 4,
    # S/RES/2149 (2014) 29; S/RES/1970 (2011) 12, decided) …
    ("Authorizes Member States to take all necessary measures, at the request of either EUFOR ALTHEA or the "
     "NATO Headquarters, in defence of the EUFOR ALTHEA or NATO presence respectively, and to assist both "
     "organizations in carrying out their missions;", K.EXHORTATION),
    ("Authorizes MINUSCA to take all necessary means to carry out its mandate, within its capabilities and "
     "its areas of deployment;", K.EXHORTATION),
    ("Decides to authorize all Member States to, and that all Member States shall, upon discovery of items "
     "prohibited by paragraph 9 or 10 of this resolution, seize and dispose of such items;", K.EXHORTATION),
    # … not something to be made, nor money authorized (A/RES/67/244 B 6, A/RES/80/242 93)
    ("Authorizes the Secretary-General to establish a multi-year special account to record income and "
     "expenditures for the construction of the facility;", K.ACTION),
    ("Decides to authorize a commitment authority without assessment on Member States in an amount not "
     "exceeding 52,611,600 dollars under section 32, Special expenses, to support one-time costs in 2026;",
     K.ACTION),
])
def test_an_authorization_is_a_standing_permission(text, kind):
    assert analyse(text, body="SC", gazetteer=Gazetteer.default()).kind == kind


def test_measures_recommended_in_a_list_ask_no_one():
    # an outcome document's "we recommend the following measures: (a) …" (A/RES/S-30/1 annex 2 (b)): measures
    # addressed to no one, a standing call whatever their infinitives
    lead = ("recommends", " the following measures:")
    item = ("Strengthen, as appropriate, the proper functioning of national control systems and domestic "
            "assessment mechanisms and programmes, in cooperation with the International Narcotics Control "
            "Board, to identify, analyse and remove impediments to the availability and accessibility of "
            "controlled substances;")
    assert kind_under(lead, item) == K.EXHORTATION


@pytest.mark.parametrize(("text", "kind"), [
    # a way of working improved, forums taken part in, partners liaised with, efforts made or means used: no
    # product of their own (segmented A/RES/80/113 79, A/HRC/RES/40/7 26, A/HRC/RES/42/14 2; A/RES/80/242 31,
    # A/RES/69/307 35) …
    ("Requests the United Nations humanitarian and development organizations to improve their coordination "
     "of disaster recovery efforts, from relief to development, inter alia, by strengthening institutional, "
     "coordination and strategic planning efforts in disaster preparedness;", K.EXHORTATION),
    ("Requests the Special Rapporteur to participate in relevant international dialogues and policy forums "
     "relating to the implementation of the 2030 Agenda for Sustainable Development;", K.EXHORTATION),
    ("Requests the United Nations High Commissioner for Human Rights to liaise with States, relevant United "
     "Nations bodies and agencies, treaty bodies, special procedures and regional human rights mechanisms;",
     K.EXHORTATION),
    ("Requests the Secretary-General to make every effort to facilitate Member States’ payments of their "
     "contributions, including in cases when there are circumstances beyond their control in making "
     "payments;", K.EXHORTATION),
    ("Requests the Secretary-General to make full use of the Regional Procurement Office in Entebbe, Uganda, "
     "for procurement in the field;", K.EXHORTATION),
    # … so are publicity given and one's own efforts, support or cooperation increased (A/RES/80/194 17,
    # A/RES/80/201 4, A/HRC/RES/57/28 1) …
    ("Requests the Office of the United Nations High Commissioner for Human Rights, as a matter of priority, "
     "to publicize the adverse effects of the activities of mercenaries on the right of peoples to "
     "self-determination and, when requested and where necessary, to render advisory services to States that "
     "are affected by those activities;", K.EXHORTATION),
    ("Requests the Secretary-General and the United Nations High Commissioner for Human Rights to increase "
     "their intensive efforts to assist States in becoming Parties to the Convention;", K.EXHORTATION),
    ("Requests the Office of the United Nations High Commissioner for Human Rights to increase its support, "
     "technical assistance and capacity-building for States, with their consent;", K.EXHORTATION),
    # … and a perspective or outcomes integrated into one's own work, mainstreamed (A/HRC/RES/42/23 28,
    # A/RES/67/148 16) …
    ("Requests all special procedures and other human rights mechanisms of the Human Rights Council "
     "regularly and systematically to integrate the right to development perspective into the implementation "
     "of their mandate;", K.EXHORTATION),
    ("Requests the entities of the United Nations system to systematically incorporate the outcomes of the "
     "Commission on the Status of Women into their work within their mandates;", K.EXHORTATION),
    # … not a panel put into a programme of work (A/HRC/RES/47/24 11) …
    ("Also decides to incorporate into its annual programme of work, beginning in 2023, sufficient time, at "
     "a minimum a panel discussion, to discuss different specific themes on the adverse impacts of climate "
     "change on human rights;", K.ACTION),
    # … not a body enlarged (S/RES/2055 (2012) 1) …
    ("Requests the Secretary-General to increase the size of the group of experts referred to in paragraph 5 "
     "(a) of resolution 1977 (2011) to up to nine experts.", K.ACTION),
    # … not with a deliverable asked beside them (A/RES/63/250 3), nor experts hired (A/HRC/RES/42/23 16)
    ("Requests the Secretary-General to make full use of the grade structure and to submit a concrete "
     "proposal to the General Assembly at the sixty-fifth session on how and where P-1 positions might be "
     "used more effectively;", K.ACTION),
    ("Requests the High Commissioner to engage experts and to facilitate their participation in the "
     "twenty-first session of the Working Group on the Right to Development;", K.ACTION),
])
def test_a_way_of_working_asked_for_is_a_standing_call(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


@pytest.mark.parametrize(("text", "standing"), [
    # a further infinitive that is itself a standing duty — a service given to someone, support given,
    # ensuring — makes no deliverable of a standing request (A/RES/78/87 15 and every Non-Self-Governing
    # Territory resolution; segmented A/HRC/RES/48/16 23, S/RES/2594 (2021) 6) …
    ("Requests the Territory and the administering Power to take all measures necessary to protect and "
     "conserve the environment of the Territory against any degradation, and once again requests the "
     "specialized agencies concerned to monitor environmental conditions in the Territory and to provide "
     "assistance to the Territory, consistent with their prevailing rules of procedure;", True),
    ("Requests the Office of the United Nations High Commissioner for Human Rights to ensure that there is "
     "no monitoring gap pending the appointment of the Special Rapporteur, and to provide the Special "
     "Rapporteur with the assistance and all resources necessary to fulfil the mandate;", True),
    ("Requests the Secretary-General to ensure that comprehensive gender analysis and technical gender "
     "expertise are included throughout all stages of mission planning, mandate implementation and review "
     "and throughout the transition process, as well as mainstreaming of a gender perspective, and to "
     "ensure the full, equal, and meaningful participation of women, and the inclusion of youth, as well "
     "as measures to safeguard the interests of persons with disabilities, and further requests the "
     "Secretary-General to ensure that their needs are fully integrated in all prioritised and sequenced "
     "stages of a mission mandate and mission transitions;", True),
    # … nor what a thing is to be (segmented A/RES/76/84 A-B 67: "to be held", no infinitive asked) …
    ("Notes that 2021 continues to mark the seventy-fifth anniversary of the founding of the United Nations, "
     "recognizes the work already undertaken by the Secretariat on planning activities in that regard, and "
     "requests the Department of Global Communications to rapidly ensure the swift recovery of the "
     "multilingual services and to raise awareness of and disseminate information on the anniversary, "
     "including at Expo 2020, to be held in 2021 in Dubai, United Arab Emirates, and to ensure that "
     "multilingualism, as a core value of the Organization, is fully respected in those activities, in a "
     "cost-neutral manner;", True),
    # … but a deliverable further on does, after a standing one (segmented A/RES/76/4 13, A/RES/78/245 56)
    ("Requests the United Nations development system to ensure full adherence to a clear, matrixed, dual "
     "reporting model and to establish full mutual and collective performance appraisals, as defined in "
     "resolution 72/279, and to ensure accountability;", False),
    ("Requests the Secretary-General to ensure the consistent and effective implementation of the terms of "
     "reference for the Coordinator for Multilingualism and to report thereon to the General Assembly at its "
     "seventy-ninth session;", False),
])
def test_a_further_standing_duty_makes_no_deliverable(text, standing):
    assert kinds.continuing(*_phrase_and_rest(text)) is standing


@pytest.mark.parametrize(("text", "kind"), [
    # what States, Member States or the international community are to do, stressed or reaffirmed, is a
    # standing call on them (segmented A/RES/75/179 30, A/HRC/RES/56/2 5, S/RES/2462 (2019) 29) …
    ("Stresses that all States should make all efforts to ensure that their international policies of a "
     "political and economic nature, including international trade agreements, do not have a negative impact "
     "on the right to food in other countries;", K.EXHORTATION),
    ("Reaffirms that States should realize their rights and fulfil their duties in such a manner as to "
     "promote a new international economic order based on sovereign equality, interdependence, mutual "
     "interest and cooperation among all States;", K.EXHORTATION),
    ("Reaffirms that all States shall afford one another the greatest measure of assistance in connection "
     "with criminal investigations or criminal proceedings relating to the financing or support of terrorist "
     "acts;", K.EXHORTATION),
    # … and a call on them restated (A/RES/80/122 69, and 8 twins; A/RES/80/173 52 "We reiterate …")
    ("Reiterates that States are strongly urged to refrain from promulgating and applying any unilateral "
     "economic, financial or trade measures not in accordance with international law and the Charter of the "
     "United Nations that impede the full achievement of economic and social development, particularly in "
     "developing countries;", K.EXHORTATION),
    # … not a norm about a thing (A/RES/79/334 4)
    ("Reaffirms that the same rights that people have offline must also be protected online, including the "
     "right to privacy, with special regard given to the protection of children;", K.DECLARATORY),
])
def test_a_duty_stressed_on_states_is_a_standing_call(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind



@pytest.mark.parametrize(("text", "kind", "due"), [
    # a decision to hold an event made again: the meeting still to be held, by the body convening it, due
    # when it is (A/RES/77/29 83; A/RES/76/204 13, after "and"; A/RES/71/178 5, "the decision")
    ("Reaffirms its decision to hold a midterm review of the implementation of the Sendai Framework in "
     "2023;", K.ACTION, dt.date(2023, 12, 31)),
    ("Also recognizes that the Sendai Framework, including its core provision to “build back better”, "
     "provides guidance relevant to a sustainable recovery from COVID-19 and also to identify and address "
     "underlying drivers of disaster risk in a systemic manner, and reaffirms its decision to hold a midterm "
     "review of the implementation of the Sendai Framework in 2023 to assess progress on integrating "
     "disaster risk reduction into policies, programmes and investments at all levels;",
     K.ACTION, dt.date(2023, 12, 31)),
    ("Reaffirms the decision to convene a high-level event to mark the tenth anniversary of the adoption of "
     "the United Nations Declaration on the Rights of Indigenous Peoples, to be held during the "
     "seventy-first session of the General Assembly, in 2017;", K.ACTION, None),
    # … not a decision recalled (A/RES/80/113 86), nor a standing task reaffirmed (A/RES/52/26 17)
    ("Recalls its decision to hold a midterm review of the implementation of the Sendai Framework in 2023, "
     "and in this regard welcomes the convening of the high-level meeting on the midterm review of the "
     "Sendai Framework on 18 and 19 May 2023;", K.DECLARATORY, None),
    ("Reaffirms its decision to undertake an annual review and evaluation of the implementation of the "
     "Convention and other developments relating to ocean affairs and the law of the sea;",
     K.DECLARATORY, None),
])
def test_a_decision_to_hold_an_event_made_again_is_the_meeting(text, kind, due):
    reading = read_paragraph(text, text, [], body="GA", session=77, gazetteer=Gazetteer.default())
    assert reading.kind == kind
    assert reading.actors == (["General Assembly"] if kind is K.ACTION else [])
    if due is not None:
        assert [d.date for d in reading.deadlines] == [due]


@pytest.mark.parametrize(("text", "kind"), [
    # the outcome of a body's work, its findings or conclusions presented to a body: a report (A/RES/73/6 2,
    # A/RES/67/246 20, A/RES/52/220 40, A/RES/80/242 78)
    ("Invites the Committee on the Peaceful Uses of Outer Space to continue to develop, on the basis of the "
     "results of the UNISPACE+50 process, a “Space2030” agenda and implementation plan and to provide the "
     "General Assembly with the outcome of its work for consideration by the Assembly at its seventy-fifth "
     "session;", K.REPORT),
    ("Also recalls paragraph 45 of the report of the Advisory Committee on Administrative and Budgetary "
     "Questions, and urges the Secretary-General to accelerate his review of flexible workspace arrangements "
     "in the Secretariat and to present his findings to the General Assembly at the main part of the "
     "sixty-eighth session;", K.REPORT),
    ("Requests the Committee for Programme and Coordination at its thirty-eighth session to review the new "
     "narrative and to submit its conclusions and recommendations thereon to the General Assembly for its "
     "consideration during the first part of its fifty-third session and no later than 1 October 1998;",
     K.REPORT),
    ("Also requests the Secretary-General to provide the outcome of the review for the consideration of the "
     "General Assembly at the main part of its eighty-first session;", K.REPORT),
    # … not information provided only if something occurs (S/RES/1904 (2009) 40), nor results delivered
    # (A/RES/70/133 12)
    ("Encourages Member States to share, in accordance with their domestic laws and practices, with the "
     "private sector information in their national databases related to fraudulent, counterfeit, stolen "
     "and lost identity or travel documents pertaining to their own jurisdictions, and, if a listed party is "
     "found to be using a false identity including to secure credit or fraudulent travel documents, to "
     "provide the Committee with information in this regard;", K.EXHORTATION),
    ("Recognizes the important role of UN-Women in promoting gender equality and the empowerment of women, "
     "and calls upon UN-Women and the United Nations system, within their respective mandates, to continue "
     "to support the full, effective and accelerated implementation of the Beijing Declaration and Platform "
     "for Action at the international, regional, national and local levels, including through systematic "
     "gender mainstreaming, the mobilization of resources to deliver results and the monitoring of progress "
     "with data and robust accountability systems;", K.EXHORTATION),
])
def test_the_outcome_of_work_presented_to_a_body_is_a_report(text, kind):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == kind


def test_those_mandated_by_a_further_clause_are_its_actors():
    # A/RES/80/72 2: the Co-Chairs, not the Assembly that welcomes
    text = ("Welcomes the convening of the High-level International Conference for the Peaceful Settlement "
            "of the Question of Palestine and the Implementation of the Two-State Solution, and mandates the "
            "Co-Chairs of the Conference, in consultation with the Co-Chairs of the working groups, to "
            "follow up on the objectives of the Conference;")
    actors = analyse(text, body="GA", gazetteer=Gazetteer.default()).actors
    assert actors and all(a.startswith("Co-Chairs") for a in actors)


def test_a_standing_body_s_functions_listed_are_its_mandate():
    # A/HRC/RES/S-30/1 2 (abridged): the commission's functions, not seven undated actions; the update and
    # report at a named session stay a report, which the paragraph takes
    text = ("1. Also decides that the commission of inquiry shall:\n"
            "(a) Establish the facts and circumstances that may amount to such violations and abuses and of "
            "crimes perpetrated;\n"
            "(b) Collect, consolidate and analyse evidence of such violations and abuses;\n"
            "(c) Have the capacity to document and verify relevant information and evidence;\n"
            "(d) Provide an oral update to the Security Council at its fiftieth session, and present a "
            "comprehensive report to the Council at its fifty-first session;\n")
    (paragraph,) = parse(security_council_resolution(text)).operative
    assert [s.kind for s in paragraph.subparagraphs] == [K.MANDATE, K.MANDATE, K.MANDATE, None]
    assert paragraph.kind == K.REPORT
    # A/RES/76/306 3: the Youth Office's functions, none dated
    clause = ("decides", "that the United Nations Youth Office will:")
    assert kind_under(clause, "Lead engagement and advocacy for the advancement of youth issues across the "
                      "United Nations;") == K.MANDATE
    assert kind_under(clause, "Promote meaningful, inclusive and effective engagement of youth;") == K.MANDATE
    # not what one meeting does (A/RES/73/292 5), nor what States shall do
    assert kind_under(("decides", "that the Conference shall:"),
                      "Identify ways and means to support the implementation of Goal 14;") != K.MANDATE
    assert kind_under(("decides", "that all States shall:"),
                      "Prevent the supply of arms to the listed individuals;") != K.MANDATE


def test_a_question_a_decision_leaves_to_a_session_is_an_item_for_it():
    # A/RES/63/111 165: the topic decided at the sixty-fourth session, the Assembly's own item (not the
    # Secretary-General's, whose report it names)
    text = ("Also decides that, in its deliberations on the report of the Secretary-General on oceans and "
            "the law of the sea, the Consultative Process at its tenth meeting will focus its discussions on "
            "the implementation of the outcomes of the Consultative Process, including a review of its "
            "achievements and shortcomings in its first nine meetings, and the topic for its eleventh "
            "meeting will be decided at the sixty-fourth session of the General Assembly;")
    phrase = analyse(text, body="GA", gazetteer=Gazetteer.default())
    assert (phrase.kind, phrase.actors) == (K.AGENDA, ["General Assembly"])
    # what the meeting will focus on, alone, asks nothing
    assert analyse(text.partition(", and the topic")[0] + ";", body="GA",
                   gazetteer=Gazetteer.default()).kind == K.DECLARATORY


@pytest.mark.parametrize("text", [
    # two adverbs joined before the infinitive (A/RES/80/186 23, A/RES/70/133 16; A/HRC/RES/54/18 30)
    "Requests the entities of the United Nations system to systematically and strategically incorporate the "
    "outcomes of the Commission on the Status of Women into their work, within their mandates;",
    "Requests all special procedures and other human rights mechanisms of the Human Rights Council to "
    "regularly and systematically integrate the right to development perspective into the implementation of "
    "their mandates;",
])
def test_an_infinitive_after_two_adverbs_is_read(text):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == K.EXHORTATION


@pytest.mark.parametrize("text", [
    # a paragraph printed within the one before it, its operative phrase capitalised (A/RES/55/258 2,
    # A/RES/57/283 B 1)
    "Also takes note of the report of the Office of Internal Oversight Services on the proactive "
    "investigation of the education grant entitlement; Requests the Secretary-General to submit to the "
    "General Assembly for consideration at its fifty-seventh session a detailed report on the results of the "
    "implementation of the provisions of the present resolution.",
    "Emphasizes that the primary goal of the introduction of new technology should be to enhance the quality "
    "of conference services and to ensure their timely provision; * * * Requests the Secretary-General to "
    "report to the General Assembly at its fifty-eighth session on the implementation of the present "
    "resolution.",
])
def test_a_request_printed_within_the_paragraph_before_is_read(text):
    phrase = analyse(text, body="GA", gazetteer=Gazetteer.default())
    assert (phrase.kind, phrase.actors) == (K.REPORT, ["Secretary-General"])


@pytest.mark.parametrize(("text", "kind"), [
    # a standing body's function, with no date: its mandate (A/RES/1995 (XIX) 19, E/RES/36 (IV) 14)
    ("The Board shall establish close and continuous links with the regional economic commissions of the "
     "United Nations and may establish such links with other relevant regional inter-governmental bodies.",
     K.MANDATE),
    ("The Commission shall adopt its own rules of procedure, including the method of selecting its Chairman.",
     K.MANDATE),
    # meeting once a year is how it works, not a date (A/RES/2205 (XXI) 6)
    ("The Commission shall normally hold one regular session a year.", K.MANDATE),
    # a report asked once a year or at a session (E/RES/36 (IV) 6, A/RES/2152 (XXI) 42)
    ("The Commission shall submit to the Council a full report on its activities and plans, including "
     "those of any subsidiary bodies, once a year.", K.REPORT),
    ("The Executive Director shall submit to the Board at its first session a report on the activities "
     "so far carried out by the United Nations system in the field of industrial development.", K.REPORT),
    # what the Secretary-General shall do is asked of him, not his mandate (A/RES/13 (I) 1)
    ("The Secretary-General shall take immediate steps to establish an administrative organization "
     "which will permit of the effective discharge of his administrative and general responsibilities.",
     K.ACTION),
    # what it is, has or is given, and what others shall do, ask nothing (A/RES/1995 (XIX) 5, A/RES/2152 (XXI)
    # 17, A/RES/13 (I) 15 and 6, A/RES/1995 (XIX) 7)
    ("The Board shall consist of fifty-five members elected by the Conference from among its membership.",
     K.DECLARATORY),
    ("The Organization shall have an adequate permanent and full-time secretariat.", K.DECLARATORY),
    ("An Assistant Secretary-General shall receive a net salary of $13,500 (U.S.).", K.DECLARATORY),
    ("An International Civil Service Commission shall be established by the Secretary-General, after "
     "consultation with the heads of the specialized agencies.", K.DECLARATORY),
    ("The members of the Board shall be elected at each regular session of the Conference.", K.DECLARATORY),
])
def test_a_statute_s_provision_is_read_as_the_decision_that_makes_it(text, kind):
    # articles of a statute written out as operative paragraphs, with no operative phrase: "The Board shall …"
    # reads as "Decides that the Board shall …"
    assert kinds.classify(None, text)[0] == kind


def test_a_statute_s_provision_lists_its_functions_and_names_its_owner():
    # A/RES/2205 (XXI) 8 (abridged): the Commission's functions, listed; E/RES/36 (IV) 16: the
    # Secretary-General owns what he shall do, not the bodies named after
    text = ("1. The Commission shall further the progressive harmonization and unification of the law of "
            "international trade by:\n"
            "(a) Co-ordinating the work of organizations active in this field and encouraging co-operation "
            "among them;\n"
            "(b) Promoting wider participation in existing international conventions;\n"
            "2. The Secretary-General of the United Nations shall appoint the staff of the Commission, which "
            "shall form part of the Secretariat of the United Nations.\n")
    functions, staff = parse(security_council_resolution(text)).operative
    assert functions.kind == K.MANDATE
    assert staff.kind == K.ACTION
    assert staff.actors == ["Secretary-General"]


@pytest.mark.parametrize("text", [
    # A/RES/76/266 annex 38, 48 (abridged): statements whose subject's head ends in "s", read as no verb
    "Efforts to provide equal and safe access to affordable basic services, including access to health-care "
    "services and vaccines, to all migrants, regardless of their migration status, have been essential to "
    "ensuring the safety of all.",
    "Gaps in data collection and analysis persist, in many cases, owing to outdated, incompatible or "
    "inadequate sources and systems.",
])
def test_a_statement_whose_subject_ends_in_s_is_declaratory(text):
    action, offset, _conf = operative_phrase(text)
    assert action is None
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).kind == K.DECLARATORY
    # a verb not in the lexicon keeps its reading, a relative pronoun before a statement's verb aside
    assert operative_phrase("Brings to the attention of the Board the importance of the issue, which is "
                            "great;")[0] == "brings"


def test_actions_undertaken_are_a_standing_call_and_an_order_is_a_direction():
    # A/RES/69/307 50: "all relevant actions" undertaken, as they are taken, no product of their own; a study
    # undertaken is one
    assert clause_kind("urges", "the Secretary-General and Member States to undertake all relevant actions "
                       "within their respective areas of competence, including holding perpetrators "
                       "accountable;") == K.EXHORTATION
    assert clause_kind("requests", "the Secretary-General to undertake all necessary measures within his "
                       "competence;") == K.EXHORTATION
    assert clause_kind("urges", "the Secretary-General to undertake a study on the question;") == K.ACTION
    # S/RES/54 (1948) 2: read as "Directs" is
    text = ("the Governments and authorities concerned, pursuant to Article 40 of the Charter, to desist "
            "from further military action and to this end to issue cease-fire orders to their military and "
            "paramilitary forces;")
    assert clause_kind("orders", text) == clause_kind("directs", text) == K.EXHORTATION


def test_a_report_produced_is_a_report():
    # S/RES/2098 (2013) 17 (abridged); not one asked for already (A/RES/70/235 327)
    assert clause_kind("requests", "the Secretary-General, to produce a detailed report and accompanying "
                       "matrix reflecting the current division of labour;") == K.REPORT
    kept = ("that the consultations should be scheduled in such a way that the Division has sufficient time "
            "to produce the report referred to in paragraph 324 above;")
    assert clause_kind("decides", kept) == K.ACTION


def test_a_request_reiterated_in_the_subjunctive_is_asked_again():
    # A/RES/56/253 62 (its clause): asked again, due at the fifty-seventh session; a statement is not
    text = "that the comprehensive review be submitted to it at its fifty-seventh session;"
    assert clause_kind("reiterates", text) == clause_kind("requests", text) == K.ACTION
    stated = "that the comprehensive review should be submitted to it;"
    assert clause_kind("reiterates", stated) == K.DECLARATORY
