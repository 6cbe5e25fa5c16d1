"""What a deliverable is, as the words after its noun say it: where it is defined ("referred to in …",
"requested in …"), what it does ("outlining …", "identifying …"), what it is for ("that could support …");
and a report cited for what it sets out ("as outlined in his report") is no deliverable."""

from __future__ import annotations

import pytest

from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.phrases import analyse


@pytest.mark.parametrize(("body", "text", "deliverable"), [
    ("GA",  # A/RES/78/111 5
     "Also requests the Secretary-General to brief the Special Committee at its next "
     "session on the information "
     "referred to in paragraph 15 of his report on the implementation of the "
     "provisions of the Charter related "
     "to assistance to third States affected by the application of sanctions;",
     "the information referred to in paragraph 15 of his report on the implementation "
     "of the provisions of the "
     "Charter related to assistance to third States affected by the application of sanctions"),
    ("GA",  # A/RES/57/283 B 8
     "Requests the Secretary-General to submit the written report referred to in paragraph 7 of the present "
     "section to the General Assembly for consideration at its fifty-seventh session, "
     "through the Committee on "
     "Conferences;",
     "the written report referred to in paragraph 7 of the present section"),
    ("GA",  # A/RES/80/243 14
     "Invites the Pension Board to provide to the General Assembly, at its eighty-third session, a report "
     "outlining such options, and to update the General Assembly on progress in its next annual report;",
     "a report outlining such options"),
    ("HRC",  # A/HRC/RES/33/9 4
     "Encourages the Special Rapporteur, in fulfilling the mandate, to submit "
     "proposals that could support the "
     "implementation of the health-related Sustainable Development Goals and targets;",
     "proposals that could support the implementation of the health-related "
     "Sustainable Development Goals and "
     "targets"),
    ("GA",  # A/RES/70/286 40: what the analysis outlines is cut off by "inter alia"
     "Requests the Secretary-General to continue to review and optimize the composition of mission vehicle "
     "fleets and ensure that the vehicles are fit for purpose, and to submit a "
     "cost-benefit analysis outlining, "
     "inter alia, the type, quality, efficiency, maintenance cost and environmental impact of vehicle "
     "adjustments in the context of the next overview report;",
     "a cost-benefit analysis"),
    ("SC",  # S/RES/1475 (2003) 5
     "Stresses its full support for the Secretary-General’s mission of Good Offices as entrusted to him in "
     "resolution 1250 (1999) and asks the Secretary-General to continue to make "
     "available his Good Offices for "
     "Cyprus as outlined in his report;",
     None),
])
def test_the_words_that_say_which_deliverable(body, text, deliverable):
    assert analyse(text, body=body, gazetteer=Gazetteer.default()).deliverable == deliverable


def test_recommendations_in_a_report_are_not_the_report_asked():
    """A/RES/61/159 4: "the recommendations contained in the report of the Joint Inspection Unit" are to be
    implemented; the report asked for is in (b)."""
    text = ("Requests the High Commissioner: (a) To take further measures for the full and effective "
            "implementation of the recommendations contained in the report of the Joint "
            "Inspection Unit; (b) To "
            "submit a comprehensive and updated report on the basis of paragraph 26 (e) of "
            "Commission on Human "
            "Rights resolution 2005/72 of 20 April 2005 to the Human Rights Council;")
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable.startswith(
        "a comprehensive and updated report")


@pytest.mark.parametrize(("text", "deliverable"), [
    # A/RES/79/319 31: the item a report is made under names what it is on
    ("Takes note of the report of the Secretary-General, and requests that he submit to the General Assembly "
     "at its eighty-second session a report under the item entitled “Interaction between the United Nations, "
     "national parliaments and the Inter-Parliamentary Union” with a special focus on the implementation of "
     "the shared global objectives of United Nations entities and the Inter-Parliamentary Union, including "
     "best practices and contributions of Member States, national parliaments, the United Nations and the "
     "Inter-Parliamentary Union to strengthen multilateralism and advance peace and security, human rights "
     "and sustainable development.",
     "a report under the item entitled “Interaction between the United Nations, national parliaments and the "
     "Inter-Parliamentary Union” with a special focus on the implementation of the shared global objectives "
     "of United Nations entities and the Inter-Parliamentary Union"),
    # A/RES/61/105 107: a title's commas are not the end of what is asked for
    ("Also requests the Secretary-General to submit to the General Assembly at its sixty-second session a "
     "report on “Sustainable fisheries, including through the 1995 Agreement for the Implementation of the "
     "Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the "
     "Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks, and related "
     "instruments”, taking into account information provided by States, relevant specialized agencies, …;",
     "a report on “Sustainable fisheries, including through the 1995 Agreement for the Implementation of the "
     "Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the "
     "Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks, and related "
     "instruments”"),
    # A/RES/52/12 6: nor its colon
    ("Requests the Secretary-General to submit a report on the implementation of the actions described in "
     "his "
     "report entitled \"Renewing the United Nations: a programme for reform\" to the General Assembly at its "
     "fifty-third session;",
     "a report on the implementation of the actions described in his report entitled \"Renewing the United "
     "Nations: a programme for reform\""),
    # A/RES/75/271 12: the "on" of a title is not what the report is on (nor is the report, which the
    # information goes in, what is asked: test_the_report_what_is_asked_goes_in_is_not_the_deliverable)
    ("Invites the Secretary-General, within existing resources, to provide information to the General "
     "Assembly "
     "at its seventy-seventh session on the implementation of the present resolution, as part of his "
     "report to "
     "be submitted under the sub-item entitled “Convention on Biological Diversity” of the item entitled "
     "“Sustainable development”.",
     "information on the implementation of the present resolution"),
])
def test_a_title_in_quotation_marks_is_read_whole(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("body", "text", "deliverable"), [
    # A/RES/64/193 21 (the segmented corpus: a footnote’s marker glued to its word, the note not given)
    ("GA",
     "Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Follow-up "
     "to "
     "and implementation of the outcome of the 2002 International Conference on Financing for Development "
     "and "
     "the 2008 Review Conference”, and requests the Secretary-General to submit, under that item, an annual "
     "analytical assessment of the state of implementation of the Monterrey Consensus6 and the Doha "
     "Declaration on Financing for Development, and of the present resolution, which is to be prepared in "
     "full "
     "collaboration with the major institutional stakeholders …",
     "an annual analytical assessment of the state of implementation of the Monterrey Consensus and the Doha "
     "Declaration on Financing for Development"),
    ("GA",  # A/RES/71/165 25: after a comma, at the deliverable's end
     "Requests the Secretary-General, in coordination with all relevant United Nations entities, to submit "
     "information to the General Assembly at its seventy-third session on the implementation of the present "
     "resolution and of the outcome document of the high-level meeting of the General Assembly on the "
     "realization of the Millennium Development Goals and other internationally agreed development goals for "
     "persons with disabilities,3 and to make appropriate recommendations to further strengthen "
     "implementation.",
     "information on the implementation of the present resolution and of the outcome document of the "
     "high-level meeting of the General Assembly on the realization of the Millennium Development Goals and "
     "other internationally agreed development goals for persons with disabilities"),
])
def test_a_footnotes_marker_is_not_in_the_deliverable(body, text, deliverable):
    assert analyse(text, body=body, gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "deliverable"), [
    # A/RES/59/276 10 (segmented corpus, its footnote's marker glued): a further infinitive ends it
    ("Requests the Secretary-General to report on the implementation of recommendations contained in the "
     "report of the Office of Internal Oversight Services26 and also to entrust the Office of Internal "
     "Oversight Services to report on the utilization and management of funds approved by the General "
     "Assembly in its resolution 58/295 and in the present resolution for security-strengthening projects "
     "for "
     "submission to the Assembly at its sixtieth session;",
     "a report on the implementation of recommendations contained in the report of the Office of Internal "
     "Oversight Services"),
    # A/RES/64/259 29: the report's words only point to the paragraph that asks for it; what is included
    ("Also requests the Secretary-General to include in his report referred to in paragraph 33 below "
     "concrete "
     "measures taken to ensure managerial commitment to utilize the full potential of the enterprise "
     "resource "
     "planning project in all aspects of the performance of the Organization, including strengthening "
     "individual and institutional accountability;",
     "concrete measures taken to ensure managerial commitment to utilize the full potential of the "
     "enterprise "
     "resource planning project in all aspects of the performance of the Organization"),
    # A/RES/51/58 6: nothing after the report's words, which stay
    ("Also requests the Secretary-General to ascertain, in cooperation with the Committee for the "
     "Promotion and "
     "Advancement of Cooperatives, the desirability and feasibility of elaborating United Nations guidelines "
     "aimed at creating a supportive environment for the development of cooperatives and to include his "
     "findings and recommendations in his report referred to in paragraph 5 above.",
     "his report referred to in paragraph 5 above"),
])
def test_a_deliverable_ends_where_what_is_asked_for_does(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("body", "text", "deliverable"), [
    ("HRC",  # A/HRC/RES/53/6 16: "summary report" is one name; where the panel was held is not what it is on
     "Requests the United Nations High Commissioner for Human Rights to submit a summary report on the panel "
     "discussion held at the fifty-sixth session to the Human Rights Council at its fifty-eighth session, "
     "and to "
     "make the report available in accessible formats, including in easy-to-read versions;",
     "a summary report on the panel discussion"),
    ("GA",  # A/RES/64/259 4
     "Requests the Joint Inspection Unit to submit to the General Assembly, for consideration at the main "
     "part "
     "of its sixty-seventh session, a comparative analysis report on various accountability frameworks in "
     "the "
     "United Nations system;",
     "a comparative analysis report on various accountability frameworks in the United Nations system"),
])
def test_a_documents_name_of_two_nouns_is_read_whole(body, text, deliverable):
    assert analyse(text, body=body, gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "deliverable"), [
    # A/RES/59/283 52: the recommendations are what his comments are on
    ("Also requests the Secretary-General to submit his comments on the recommendations contained in the "
     "panel’s report, along with the estimate of time and resources needed for their implementation, to the "
     "General Assembly at the first part of its resumed sixty-first session;",
     "his comments on the recommendations contained in the panel’s report"),
    # A/RES/71/263 40: the report is where the information goes
    ("Requests the Secretary-General to provide information on the impact of the amendment to staff rule "
     "10.4 "
     "on investigative activities in the context of his next report;",
     "information on the impact of the amendment to staff rule 10.4 on investigative activities in the "
     "context "
     "of his next report"),
    # A/RES/58/136 11: not past what the bare noun asks for, into the next clause
    ("Invites Member States to provide the Secretary-General with information on the nature of links between "
     "terrorism and other forms of crime in order to increase synergies in the delivery of technical "
     "assistance by the Centre, and requests the Secretary-General to include an analysis of that "
     "information "
     "in his report on the implementation of the present resolution;",
     "an analysis of that information in his report on the implementation of the present resolution"),
])
def test_a_document_within_what_a_bare_noun_asks_for_is_not_the_deliverable(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("body", "text", "deliverable"), [
    ("GA",  # A/RES/65/37 240
     "Requests the Secretary-General to prepare a comprehensive report, in its current extensive format and "
     "in "
     "accordance with established practice, for consideration by the General Assembly at its sixty-sixth "
     "session, on developments and issues relating to ocean affairs and the law of the sea, including the "
     "implementation of the present resolution, in accordance with resolutions 49/28, 52/26 and 54/33, and "
     "to "
     "make the section of the report related to the topic that is the focus of the twelfth meeting of the "
     "Consultative Process available at least six weeks in advance of the meeting of the Consultative "
     "Process;",
     "a comprehensive report on developments and issues relating to ocean affairs and the law of the sea"),
    ("HRC",  # A/HRC/RES/57/9 8
     "Requests the Office of the United Nations High Commissioner for Human Rights to prepare a "
     "comprehensive "
     "study, with practical recommendations, on human rights and the social reintegration of persons "
     "released "
     "from detention and persons subjected to non-custodial measures, with a view to assessing the benefits "
     "of "
     "further developing guiding principles;",
     "a comprehensive study on human rights and the social reintegration of persons released from detention "
     "and persons subjected to non-custodial measures"),
    ("GA",  # A/RES/72/142 16
     "Requests the Secretary-General to submit a report, taking into account the information provided by "
     "Member States and relevant actors of the United Nations system, on the implementation of the present "
     "resolution to the General Assembly at its seventy-fourth session;",
     "a report on the implementation of the present resolution"),
    ("SC",  # S/RES/1894 (2009) 35: the month it is due by is its deadline, not its words
     "Requests the Secretary-General to submit his next report on the protection of civilians in armed "
     "conflict by November 2010;",
     "his next report on the protection of civilians in armed conflict"),
])
def test_what_a_document_is_on_after_words_set_off_by_commas(body, text, deliverable):
    assert analyse(text, body=body, gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "deliverable"), [
    # A/RES/75/131 7: the reports it is to draw on are the World Health Organization's; what the Assembly is
    # told about is asked
    ("Invites the Secretary-General to inform the General Assembly about the implementation of the United "
     "Nations Decade of Healthy Ageing (2021–2030), on the basis of the triennial reports to be compiled by "
     "the "
     "World Health Organization in 2023, 2026 and 2029.",
     "information on the implementation of the United Nations Decade of Healthy Ageing (2021–2030)"),
    # A/RES/60/260 2: the reports already asked are beside the one asked
    ("Requests the Secretary-General to submit to the General Assembly at its sixty-first session, in "
     "addition "
     "to the reports and assessments requested in its resolutions 59/266, 59/296 and 60/238, a report, "
     "including details regarding proposals 1 to 4 and 7 contained in the report of the Secretary-General, "
     "focusing on the following elements:",
     "a report"),
    # A/RES/74/50 6: the group is to build on its predecessor's report
    ("Requests the Secretary-General to establish a group of governmental experts of up to 25 participants, "
     "chosen on the basis of equitable geographical representation and equitable representation of women and "
     "men, which will meet in Geneva for four sessions of one week each in 2021 and 2022, to further "
     "consider "
     "nuclear disarmament verification issues, including, inter alia, the concept of a Group of Scientific "
     "and "
     "Technical Experts, building on the report of the Group of Governmental Experts on Nuclear Disarmament "
     "Verification and the views of Member States referred to in paragraph 2 above;",
     None),
    # A/RES/59/276 27: a report still to be written, which the review is to draw on, is asked for
    ("Further decides to review the newly approved posts referred to in paragraph 26 above in the light of a "
     "comprehensive report to be submitted by the Secretary-General to the General Assembly at its sixtieth "
     "session addressing all elements contributing to the security planning of the Organization, including "
     "the "
     "updating and revision of host country agreements as well as the different capacities of host "
     "countries to "
     "provide security to the United Nations, as outlined in paragraphs 19 and 20 of the report of the "
     "Advisory Committee on Administrative and Budgetary "
     "Questions;",
     "a comprehensive report"),
])
def test_a_document_drawn_on_is_not_the_deliverable(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("body", "text", "deliverable"), [
    ("GA",  # A/RES/75/271 12 (test_a_title_in_quotation_marks_is_read_whole, its title cut short)
     "Invites the Secretary-General to provide information to the General Assembly at its seventy-seventh "
     "session on the implementation of the present resolution, as part of his report to be submitted under "
     "the sub-item entitled “Convention on Biological Diversity”.",
     "information on the implementation of the present resolution"),
    ("GA",  # A/RES/76/242 14
     "Notes the efforts of the Secretary-General to promote knowledge and awareness of and action on racism "
     "within the Organization, and reiterates its request to the Secretary-General to include information on "
     "racism and cases involving racial discrimination in the context of his next report on the activities "
     "of "
     "the Office of the United Nations Ombudsman and Mediation Services;",
     "information on racism and cases involving racial discrimination in the context of his next report on "
     "the activities of the Office of the United Nations Ombudsman and Mediation Services"),
    ("SC",  # S/RES/2368 (2017) 101: "the next report" is one of the reports asked
     "Emphasizing the threat posed to international peace and security by ISIL and associated individuals, "
     "groups, undertakings, and entities, requests the Secretary-General to continue to provide "
     "strategic-level reports that demonstrate and reflect the gravity of the aforementioned threat, "
     "including "
     "from foreign terrorist fighters joining ISIL and associated groups and entities, and reflects the "
     "range "
     "of United Nations efforts in support of Member States in countering this threat, the next report to be "
     "provided by 31 January 2018 and then every six months thereafter, with the input of CTED;",
     "strategic-level reports that demonstrate and reflect the gravity of the aforementioned threat"),
    ("GA",  # A/RES/76/148 20: what is asked, up to the reports it goes in
     "Encourages the Secretary-General to include information pertinent to indigenous peoples in the "
     "forthcoming annual reports on progress towards the Sustainable Development Goals;",
     "information pertinent to indigenous peoples in the forthcoming annual reports on progress towards the "
     "Sustainable Development Goals"),
])
def test_the_report_what_is_asked_goes_in_is_not_the_deliverable(body, text, deliverable):
    assert analyse(text, body=body, gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "deliverable"), [
    # A/HRC/RES/52/11 28 (cut at "economic," before), A/RES/61/263 23, A/RES/77/244 3: a list of short words
    # that "and" closes goes on what is asked for
    ("Requests the Secretary-General to prepare and submit to the Human Rights Council, at its fifty-eighth "
     "session, a report, in formats accessible to persons with disabilities, on the question of the "
     "realization in all countries of economic, social and cultural rights under agenda item 3, with a "
     "special focus on challenges and good practices to strengthen the fulfilment of the right to social "
     "security;",
     "a report on the question of the realization in all countries of economic, social and cultural rights "
     "under agenda item 3"),
    ("Requests the Secretary-General to report on steps taken to implement paragraphs 20, 21 and 22 above to "
     "the General Assembly at the first part of its resumed sixty-second session;",
     "a report on steps taken to implement paragraphs 20, 21 and 22 above"),
    ("Requests the Secretary-General to prepare a report analysing all relevant international legal "
     "instruments, other documents and recommendations that address international tax cooperation, "
     "considering, inter alia, avoidance of double taxation model agreements;",
     "a report analysing all relevant international legal instruments, other documents and recommendations "
     "that address international tax cooperation"),
    # … not words set off, nor a further infinitive after the "and"
    ("Requests the Secretary-General to submit a report on the implementation of the present resolution, "
     "including recommendations, and to report thereon;",
     "a report on the implementation of the present resolution"),
    ("Requests the Secretary-General to prepare a report on the situation, as appropriate, and to submit it "
     "to the General Assembly;", "a report on the situation"),
])
def test_a_list_within_what_is_asked_is_not_cut(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("body", "text", "deliverable"), [
    # A/HRC/RES/48/23 32: the report asked first, not a document a further infinitive asks
    ("HRC",
     "Decides to extend for two years the mandate of the Special Rapporteur on the situation of human "
     "rights in Cambodia, and requests the Special Rapporteur to report on the implementation of his "
     "mandate to the Human Rights Council at its fifty-first and fifty-fourth sessions, including to make "
     "recommendations on technical assistance and capacity-building for the protection and promotion of "
     "human rights in the country, and to provide the Council with a one-time oral update at its "
     "forty-ninth session, without setting a precedent;",
     "a report on the implementation of his mandate"),
    # A/RES/80/160 26: nor the briefing it is given during
    ("GA",
     "Stresses the critical importance of ensuring that victims of criminal conduct perpetrated by United "
     "Nations officials and experts on mission are made aware of available victim assistance and support, "
     "and requests the Secretary-General to report to the Sixth Committee on available victim assistance "
     "and support during the briefing at its eighty-first session;",
     "a report on available victim assistance and support"),
    # A/HRC/RES/28/16 4: another item's report stays the one asked
    ("HRC",
     "Decides to appoint a special rapporteur on the right to privacy, whose tasks will include: (g) To "
     "report on alleged violations, wherever they may occur, of the right to privacy, and to draw the "
     "attention of the Council to situations of particularly serious concern; (h) To submit an annual "
     "report to the Human Rights Council and to the General Assembly;",
     "an annual report"),
])
def test_the_report_asked_first_is_the_deliverable(body, text, deliverable):
    assert analyse(text, body=body, gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "deliverable"), [
    # A/RES/78/103 4, A/RES/78/116 10, A/RES/78/127 5, S/RES/1973 (2011) 14: what a body is kept informed of,
    # told or apprised of, was no deliverable
    ("Requests the Secretary-General to keep the General Assembly informed of developments regarding the "
     "funding and budgetary situation of the transparency repository;",
     "information on developments regarding the funding and budgetary situation of the transparency "
     "repository"),
    ("Invites the host country to inform the Committee, as appropriate, of efforts to address such "
     "difficulties;", "information on efforts to address such difficulties"),
    ("Requests the Secretary-General to inform the General Assembly at its eighty-second session about the "
     "implementation of the present resolution, including an evaluation of the implementation of the "
     "International Year;", "information on the implementation of the present resolution"),
    ("Further requests the States concerned to inform the Secretary-General and the Committee established "
     "pursuant to paragraph 24 of resolution 1970 (2011) (“the Committee”) immediately of measures taken in "
     "the exercise of the authority conferred by paragraph 13 above;",
     "information on measures taken in the exercise of the authority conferred by paragraph 13 above"),
    # … not a word of the body's name, nor how often; nothing where the clause says nothing
    ("Requests the Secretary-General to inform the Human Rights Council on a regular basis on the practical "
     "applications of prevention;", "information on the practical applications of prevention"),
    ("Requests the Secretary-General to inform the States Members of the United Nations or members of "
     "specialized agencies of the adoption of the Body of Principles;", None),
    ("Requests the Secretary-General to continue to take all necessary action in this regard and to keep "
     "the Security Council informed, and urges troop-contributing countries to take appropriate preventive "
     "action "
     "including the conduct of predeployment awareness training;", None),
])
def test_what_a_body_is_kept_informed_of_is_information_on_it(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


@pytest.mark.parametrize(("text", "deliverable"), [
    # A/RES/79/297 22, A/RES/76/274 62, A/RES/78/68 269: what is asked with "more", "such", "relevant"
    # before its noun, up to the report it goes in (as A/RES/76/242 14), not the report, nor nothing
    ("Also requests the Secretary-General to provide more information on the use of conference space in the "
     "context of his next progress report on the strategic heritage plan;",
     "more information on the use of conference space in the context of his next progress report on the "
     "strategic heritage plan"),
    ("Requests the Secretary-General to continue to include relevant information thereon in all future "
     "reports on the composition of the Secretariat;", "relevant information"),
    ("Requests States and regional fisheries management organizations to develop strategies to further "
     "assist developing States and, in this regard, to make available such information;", "such information"),
    # S/RES/2255 (2015) 45, S/RES/2083 (2012) 34: after the body it goes to, with "all", "identifying",
    # "other"
    ("Encourages all Member States, in particular designating States and States of residence, nationality, "
     "location or incorporation, to submit to the Committee additional identifying and other information, "
     "including where available, and in accordance with their national legislation, photographs and other "
     "biometric data of individuals;", "additional identifying and other information"),
    ("Encourages all Member States, including designating States and States of residence and nationality, "
     "to provide all information to the Committee relevant to the Committee’s review of delisting petitions, "
     "and to meet with the Committee, if requested, to convey their views on delisting requests;",
     "all information"),
])
def test_what_is_asked_bare_after_a_qualifier(text, deliverable):
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == deliverable


def test_what_a_report_contains_cut_off_by_inter_alia_is_not_left_hanging():
    # A/RES/51/58 5 (as "a cost-benefit analysis outlining, inter alia, …", A/RES/70/286 40)
    text = ("Requests the Secretary-General, within existing resources, to continue to support the goals and "
            "objectives of the cooperative movement and to submit to the General Assembly at its "
            "fifty-fourth session, through the Commission on Social Development, a report containing, inter "
            "alia, information on legislative and administrative initiatives taken by countries;")
    assert analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable == "a report"


@pytest.mark.parametrize(("body", "text", "deliverable"), [
    ("HRC",  # A/HRC/RES/55/15 14: what it contains, after the body it goes to
     "Requests the United Nations High Commissioner for Human Rights to continue to present an annual "
     "report to the Human Rights Council containing information on relevant developments of United "
     "Nations human rights bodies and mechanisms;",
     "an annual report containing information on relevant developments of United Nations human rights "
     "bodies and mechanisms"),
    ("HRC",  # A/HRC/RES/57/12 11: words set off, then what it does
     "Also requests the Office of the High Commissioner to prepare a report, including in an accessible "
     "and easy-to-read format, in which it compiles and analyses the best practices of States, local "
     "governments and other relevant stakeholders in overcoming the various challenges that local "
     "governments face in promoting and protecting human rights, including those related to better "
     "coordination, and to present the report to the Council at its sixty-third session;",
     "a report in which it compiles and analyses the best practices of States, local governments and "
     "other relevant stakeholders in overcoming the various challenges that local governments face in "
     "promoting and protecting human rights"),
    ("HRC",  # A/HRC/RES/48/14 6: two documents, what both are on
     "Requests the Advisory Committee of the Human Rights Council to conduct a study and to prepare a "
     "report, in close cooperation with the Special Rapporteur, on the impact of new technologies for "
     "climate protection on the enjoyment of human rights, and to submit the report to the Council at its "
     "fifty-fourth session;",
     "a study and a report on the impact of new technologies for climate protection on the enjoyment of "
     "human rights"),
    ("GA",  # A/RES/77/335 53: the body that considers it, before what it is on
     "Requests the Secretary-General, during the seventy-eighth session of the General Assembly, to "
     "assess and report on executable options for consideration by the General Assembly on making "
     "available to all Member States the bulk registration of participants in official conferences and "
     "meetings of the United Nations, without prejudice to the current available option in this regard;",
     "a report on executable options for consideration by the General Assembly on making available to all "
     "Member States the bulk registration of participants in official conferences and meetings of the "
     "United Nations"),
    ("GA",  # A/RES/79/251 3: what is provided in the report named first
     "Requests the Ethics Office, in the context of its next report, to provide further information on "
     "its activities related to procurement;",
     "further information on its activities related to procurement"),
    ("GA",  # A/RES/73/241 8: a body named in lower case is told nothing "on sustainable development"
     "Decides to convene, in the first half of 2019, a one-day high-level debate on international "
     "migration and development, under the auspices of the President of the General Assembly, to inform "
     "the high-level political forum on sustainable development, which will review the Goals and targets "
     "relevant to migration of the 2030 Agenda for Sustainable Development;",
     None),
    ("SC",  # S/RES/1973 (2011) 4: no relative pronoun left at the end
     "Authorizes Member States to take all necessary measures to protect civilians, and requests the "
     "Member States concerned to inform the Secretary-General immediately of the measures they take "
     "pursuant to the authorization conferred by this paragraph which shall be immediately reported to "
     "the Security Council;",
     "information on the measures they take pursuant to the authorization conferred by this paragraph"),
])
def test_what_is_asked_past_the_words_between(body, text, deliverable):
    assert analyse(text, body=body, gazetteer=Gazetteer.default()).deliverable == deliverable


def test_a_further_infinitive_after_as_well_as_ends_what_is_asked():
    """A/RES/58/144 12: "… as well as to collect and submit data …" is a further request, not what the data is
    on."""
    text = ("Requests the United Nations and the specialized agencies, funds and programmes of the United "
            "Nations system, in order to facilitate the preparation of the above-mentioned report, to submit "
            "personnel data on all appointments, promotions and mobility as well as to collect and submit "
            "data in a timely fashion to measure accurately progress in achieving gender parity for staff.")
    deliverable = analyse(text, body="GA", gazetteer=Gazetteer.default()).deliverable
    assert deliverable is not None and "collect" not in deliverable
