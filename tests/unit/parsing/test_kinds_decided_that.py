"""What a decision's "that … shall" clause asks, read as a delegate would (DESIGN §1): what a body is or how
it is made up asks nothing, a continuing duty or a way of working given to it is a standing call, leave
given asks nothing; and standing calls on groups of States and ways of working written other ways. Real
paragraphs of the shared corpus (copied, not read at run time)."""

from __future__ import annotations

import pytest

from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.kinds import sub_kind
from tracker.parsing.parser import read_paragraph
from tracker.parsing.phrases import analyse, resolve_short_names
from tracker.parsing.types import ObligationKind as K


def _kind(text: str, body: str = "GA", session: int | None = 56) -> K:
    return read_paragraph(text, text, [], body=body, session=session, gazetteer=Gazetteer.default()).kind


@pytest.mark.parametrize(("text", "kind"), [
    # what the body is (A/RES/56/206 6, 8; A/HRC/RES/51/32 17)
    ("Decides that the Governing Council shall be the intergovernmental decision-making body for the "
     "Programme;",
     K.DECLARATORY),
    ("Further decides that the Committee of Permanent Representatives to UN-Habitat shall serve as "
     "the Governing Council’s intersessional subsidiary body;",
     K.DECLARATORY),
    ("Decides, bearing in mind the mandate of the Group of Independent Eminent Experts, that the Group of "
     "Independent Eminent Experts will function as an advisory mechanism for the Human Rights Council and "
     "the General Assembly on the implementation of the Durban Declaration and Programme of Action;",
     K.DECLARATORY),
    # what a document is to be (A/RES/58/269 9; A/RES/34/114 1, its issue every five years a recurrence)
    ("Decides also that the programme narratives of the programme budget fascicles shall be identical to the "
     "biennial programme plan;",
     K.DECLARATORY),
    # who takes part: membership and participation (A/RES/66/71 27; A/RES/72/249 8; A/HRC/RES/47/20 8)
    ("Decides that Azerbaijan shall become a member of the Committee;",
     K.DECLARATORY),
    ("Decides that the conference shall be open to all States Members of the United Nations, members of the "
     "specialized agencies and parties to the Convention;",
     K.DECLARATORY),
    ("Decides that the Social Forum will remain open to the participation of representatives of "
     "States Members "
     "of the United Nations and all other interested stakeholders;",
     K.DECLARATORY),
    # a name borne (S/RES/2245 (2015) 1)
    ("Decides that UNSOA shall bear the name of the United Nations Support Office in Somalia (UNSOS);",
     K.DECLARATORY),
    # leave given (A/RES/78/2 6 reads its end too; A/RES/67/290 15)
    ("Decides, in this regard, that, while retaining the intergovernmental character of the forum, the "
     "representatives of the major groups and other relevant stakeholders shall be allowed: (a) To attend "
     "all official meetings of the forum;",
     K.DECLARATORY),
    # a continuing duty given to a body (A/RES/32/162 5 of section II; A/RES/60/251 2)
    ("Decides that the regional committees shall be responsible for the formulation of regional and "
     "subregional policies and programmes and for their implementation;",
     K.EXHORTATION),
    ("Decides that the Council shall be responsible for promoting universal respect for the protection of "
     "all human rights and fundamental freedoms for all, without distinction of any kind and in a fair and "
     "equal manner;",
     K.EXHORTATION),
    # a review kept up, with no date (A/RES/61/16 6)
    ("Decides that the Economic and Social Council should undertake a regular and periodic review and "
     "assessment of international economic and development policies and their impact on development;",
     K.EXHORTATION),
    # a way of working, at the modal as in an infinitive (A/RES/56/206 4; A/RES/61/110 11)
    ("Decides that the Programme should strengthen its collaboration with the Commission on Sustainable "
     "Development and other relevant bodies in the implementation of the Habitat Agenda as it relates to "
     "sustainable development;",
     K.EXHORTATION),
    ("Agrees that the programme should work closely with regional and national centres of expertise "
     "in the use of space technology in disaster management to form a network of regional support offices;",
     K.EXHORTATION),
    # invited, in the passive (A/RES/60/180 8)
    ("Further decides that a representative of the Secretary-General shall be invited to participate in all "
     "meetings of the Commission;",
     K.EXHORTATION),
])
def test_a_decision_that_says_what_a_body_is_asks_nothing_and_a_continuing_duty_is_standing(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    # a declaration adopted, a product of its own (A/RES/73/292 19) …
    "Decides that the Conference shall adopt, by consensus, a brief, concise, action-oriented and "
    "intergovernmentally agreed declaration focusing on, and highlighting, the science-based and innovative "
    "areas for action;",
    # … the consideration of a question taken up again: the item's next reading (A/RES/78/113 2) …
    "Decides that the Sixth Committee shall continue its consideration of the scope and application of "
    "universal jurisdiction, without prejudice to the consideration of this topic and related issues "
    "in other forums of the United Nations;",
    # … a standing verb followed by a deliverable (A/RES/59/283 50)
    "Decides that the panel shall start its functions no later than 1 February 2006 and shall submit its "
    "findings and recommendations by the end of July 2006;",
])
def test_a_decision_that_someone_shall_deliver_stays_an_action(text):
    assert _kind(text) in (K.ACTION, K.REPORT)


@pytest.mark.parametrize(("text", "body"), [
    # a call on groups of States, two compounds sharing their second word (S/RES/2646 (2022) 19)
    ("Requests troop- and police-contributing countries to implement relevant provisions of resolution 2538 "
     "(2020) and all other relevant resolutions on reducing barriers to and increasing women’s "
     "participation at all levels and in all positions in peacekeeping;", "SC"),
    # a perspective integrated throughout one's work, however written (A/HRC/RES/37/5 4; A/RES/62/141 7)
    ("Requests the Independent Expert to integrate a gender perspective throughout the work of the "
     "mandate and to pay specific attention to the challenges and needs of women and girls in order to "
     "address the multiple, intersecting and aggravated forms of discrimination faced by women and girls "
     "with albinism;", "HRC"),
    ("Requests all relevant organs and mechanisms of the United Nations system regularly and "
     "systematically to incorporate a strong child rights perspective throughout all activities in the "
     "fulfilment of their mandates;", "GA"),
])
def test_standing_calls_written_other_ways_are_standing(text, body):
    assert _kind(text, body=body, session=None if body == "SC" else 37) == K.EXHORTATION


@pytest.mark.parametrize("text", [
    # a theme, by its words (A/RES/78/269 2, A/RES/77/328 2)
    "Also decides that the overall theme of the high-level meeting will be “Investing in the present and "
    "securing our future together: accelerating multisectoral global, regional and national actions to "
    "address antimicrobial resistance”;",
    "Also decides that the theme of the Conference shall be “Charting the course toward resilient "
    "prosperity”;",
    # what a meeting is about (A/RES/78/319 2)
    "Also decides that the high-level meeting will focus on building common understanding, mobilizing "
    "political leadership and promoting multisectoral and multi-stakeholder collaboration;",
    # what a decade or an office is for (A/RES/80/132 3, A/RES/63/253 12)
    "Decides that the purpose of the Decade shall be to accelerate collective action towards sustainable, "
    "inclusive, accessible, affordable, safe, low- or zero-emission, energy-efficient, quality, reliable and "
    "resilient transport systems;",
    "Decides that the role of professional legal staff in the Office of Staff Legal Assistance shall be to "
    "assist staff members and their volunteer representatives in processing claims through the formal "
    "system of administration of justice;",
])
def test_a_decision_on_what_a_meeting_is_about_or_what_a_body_is_for_asks_nothing(text):
    assert _kind(text) == K.DECLARATORY


def test_a_debate_held_that_will_focus_on_a_theme_is_still_held():
    # A/HRC/RES/49/12 16: the debate is held at a session, its focus said beside
    assert _kind("Decides that its next annual interactive debate on the rights of persons with disabilities "
                 "will be held at its fifty-second session, and will focus on support systems to ensure "
                 "community inclusion of persons with disabilities;", body="HRC", session=49) == K.ACTION


@pytest.mark.parametrize(("title", "text", "actors"), [
    # ga-pdf-text A_RES_78_87 10 (and every resolution on a Non-Self-Governing Territory): a duty stressed,
    # a standing call on the Territory, the one the resolution is on
    ("Question of Anguilla", "Stresses that the Territory should continue to participate in the "
     "activities of the Special Committee, including regional seminars, in order to provide the Committee "
     "with up-to-date information regarding the decolonization process;", ["Anguilla"]),
    # A/RES/71/190 11: the States whose duty is stressed, not those named in passing
    ("Relationship between disarmament and development", "Reaffirms that all States should promote the "
     "establishment, maintenance and strengthening of international peace and security and, to that end, "
     "should do their utmost to achieve general and complete disarmament under effective international "
     "control, as well as to ensure that the resources released by effective disarmament measures are used "
     "for comprehensive development, in particular that of the developing countries;", ["Member States"]),
])
def test_a_duty_stressed_asks_its_subject(title, text, actors):
    reading = analyse(text, body="GA", gazetteer=Gazetteer.default())
    found = [list(reading.actors)]
    resolve_short_names(found, [title, text], Gazetteer.default())
    assert (reading.kind, found) == (K.EXHORTATION, [actors])


@pytest.mark.parametrize(("text", "kind"), [
    # a standing call and a product of its own (A/RES/76/210 32; A/RES/75/239 56) …
    ("Requests the Secretary-General to continue engagement with the Member States on the implementation of "
     "Sustainable Development Goal 7 as a follow-up to the high-level dialogue on energy and the United "
     "Nations Decade of Sustainable Energy for All, and to present the plans for a potential global "
     "stock-taking, for consideration by Member States before the end of the seventy-sixth session;",
     K.ACTION),
    ("Requests the Secretary-General to continue to provide services to the thirtieth Meeting of States "
     "Parties, including documentation, and to convene the thirty-first Meeting of States Parties to the "
     "Convention from 21 to 25 June 2021, with full conference services, including documentation, as "
     "required;", K.ACTION),
    # … not what goes on after "continue," nor awareness created (A/RES/73/104 13; A/RES/66/223 11)
    ("Requests the Secretary-General to continue, through all means at his disposal, to inform world public "
     "opinion of any activity that affects the exercise of the right of the peoples of the "
     "Non-Self-Governing Territories to self-determination;", K.EXHORTATION),
    ("Requests the United Nations Global Compact Local Networks to promote the Women’s Empowerment "
     "Principles and to create awareness of the many ways in which business can promote gender equality "
     "in the workplace, marketplace and community;", K.EXHORTATION),
])
def test_a_standing_call_beside_a_product_of_its_own_asks_for_it(text, kind):
    assert _kind(text, session=76) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # a mandate extended, then what it covers (S/RES/2700 (2023) 19; S/RES/2644 (2022) 12) …
    ("Decides to extend for a period of 13 months from the date of adoption of this resolution the mandate "
     "of the Panel of Experts, as specified in paragraph 21 of resolution 2653 (2022), and further decides "
     "that this mandate shall also apply with respect to the measures imposed in this resolution;",
     K.MANDATE),
    ("Decides to extend until 15 November 2023 the mandate of the Panel of Experts (the Panel), established "
     "by paragraph 24 of resolution 1973 (2011) and modified by resolutions 2040 (2012), 2146 (2014), 2174 "
     "(2014), 2213 (2015), 2441 (2018), 2509 (2020) and 2571 (2021), decides that the Panel’s mandated tasks "
     "shall remain as defined in resolution 2213 (2015) and shall also apply with respect to the measures "
     "updated in this resolution, and expresses its intent to review the mandate and take appropriate action "
     "regarding further extension no later than 15 October 2023;", K.MANDATE),
    # … or the title it bears, a time set off after the modal (S/RES/1925 (2010) 1)
    ("Decides to extend the mandate of MONUC until 30 June 2010 and further decides that, in view of the "
     "new phase that has been reached in the Democratic Republic of the Congo, the United Nations mission in "
     "that country, MONUC, shall, as from 1 July 2010, bear the title of the United Nations Organization "
     "Stabilization Mission in the Democratic Republic of the Congo (MONUSCO);", K.MANDATE),
    # what a mandate covers, its tasks named elsewhere (S/RES/2216 (2015) 21)
    ("Decides that the mandate of the Panel of Experts established pursuant to paragraph 21 of resolution "
     "2140 (2014) and renewed by resolution 2204 (2015) shall also include monitoring implementation of the "
     "measures imposed by paragraph 14;", K.DECLARATORY),
])
def test_what_a_mandate_covers_asks_nothing_of_its_own(text, kind):
    assert _kind(text, body="SC", session=None) == kind


@pytest.mark.parametrize("text", [
    # a name changed is done on adoption (A/RES/67/251 2; E/RES/1985/69 1)
    "Decides to change the designation of the Governing Council of the United Nations Environment Programme "
    "to the United Nations Environment Assembly of the United Nations Environment Programme.",
    "Decides to change the name of the Economic Commission for Western Asia to “Economic and Social "
    "Commission for Western Asia”;",
])
def test_a_name_changed_asks_nothing(text):
    assert _kind(text) == K.DECLARATORY



@pytest.mark.parametrize(("text", "chapeau", "kind"), [
    # a sum set off against an assessment, or credited to Member States: the apportionment's arithmetic,
    # done on adoption (A/RES/79/309 15, A/RES/78/303 4, A/RES/80/239 7)
    ("Also decides that, in accordance with the provisions of its resolution 973 (X) of 15 December 1955, "
     "there shall be set off against the apportionment among Member States, as provided for in paragraph 14 "
     "above, their respective share in the Tax Equalization Fund of 38,064,700 dollars, comprising the "
     "estimated staff assessment income of 27,929,400 dollars approved for the Mission;", "", K.DECLARATORY),
    ("Decides that Member States that have fulfilled their financial obligations to the Mission shall be "
     "credited with their respective share of the net cash available in the special account for the United "
     "Nations Mission in Liberia in the amount of 12,337,000 dollars as at 30 April 2024, in accordance with "
     "the levels updated in its resolution 70/246 of 23 December 2015;", "", K.DECLARATORY),
    ("Also decides, in accordance with paragraph 4 of section XIV of its resolution 80/243 of 30 December "
     "2025 on the financial performance report on the programme budget for 2024, that there shall be a "
     "credit to Member States for their respective share of the credit of 8,898,000 dollars gross "
     "(9,756,600 dollars net);", "", K.DECLARATORY),
    # … under "Resolves that:", with no "that" of its own, after a condition (A/RES/78/256 3, 4)
    ("There shall be set off against this allocation of advances: (a) Credits to Member States resulting "
     "from transfers made in 1959 and 1960 from the surplus account to the Working Capital Fund in an "
     "adjusted amount of 1,025,092 dollars;", "Resolves that", K.DECLARATORY),
    ("Should the credits and advances paid by any Member State to the Working Capital Fund for 2023 exceed "
     "the amount of that Member State’s advance under the provisions of paragraph 2 above, the excess shall "
     "be set off against the amount of the contributions payable by the Member State in respect of 2024;",
     "Resolves that", K.DECLARATORY),
    # money paid out by someone stays an action (A/RES/79/303 21, A/RES/52/220 106)
    ("Also decides, taking into account its voluntary contribution for the financial period ended 30 June "
     "2024, that one third of the net unencumbered balance and other revenue in the amount of 454,267 "
     "dollars in respect of the financial period ended 30 June 2024 shall be returned to the Government of "
     "Cyprus;", "", K.ACTION),
    ("Decides that the amount of 362,000 United States dollars saved as a result of the abolition of the "
     "High-level Advisory Board on Sustainable Development shall be transferred to the development account.",
     "", K.ACTION),
])
def test_a_sum_set_off_or_credited_is_done_on_adoption(text, chapeau, kind):
    reading = read_paragraph(text, text, [], body="GA", session=78, gazetteer=Gazetteer.default(),
                             chapeau=chapeau)
    assert reading.kind == kind


@pytest.mark.parametrize(("rest", "sub", "kind"), [
    # what a high-level meeting will look like, decided on adoption (A/RES/78/269 3, A/RES/79/286 2,
    # A/RES/73/292 13, A/RES/75/4 3)
    ("that:", "The opening segment, to be held from 10 to 10.45 a.m., will feature statements by the "
     "President of the General Assembly, the President of the Economic and Social Council, the "
     "Secretary-General …;",
     K.DECLARATORY),
    ("that:", "The plenary meetings will hear statements by Member States and observers of the General "
     "Assembly; the list of speakers will be established in accordance with the rules of procedure …;",
     K.DECLARATORY),
    ("that the organizational arrangements for the interactive dialogues will be as follows:",
     "Each interactive dialogue will be presided over by two co-chairs, one from a developing country and "
     "one from a developed country, to be appointed by the Presidents of the Conference;", K.DECLARATORY),
    ("that the organizational arrangements for the special session shall be as follows:",
     "The opening of the special session shall include statements by the President of the General Assembly, "
     "the Secretary-General …;", K.DECLARATORY),
    # … not the meeting held, nor someone who is to deliver something (A/RES/78/269 4, A/RES/75/212 9)
    ("that the organizational arrangements for the two multi-stakeholder panels will be as follows:",
     "Two multi-stakeholder panels will be held in parallel from 11 a.m. to 1 p.m. and from 3 to 5 p.m.;",
     K.ACTION),
    ("that the organizational arrangements for the interactive dialogues will be as follows:",
     "The Secretary-General of the Conference will select a moderator and up to four panellists for each of "
     "the interactive dialogues and will prepare concept papers on each of the themes of the interactive "
     "dialogues;", K.ACTION),
    # a call in the passive under "Decides that:" (S/RES/1718 (2006) 8 (f))
    ("that:", "In order to ensure compliance with the requirements of this paragraph, and thereby preventing "
     "illicit trafficking in nuclear, chemical or biological weapons, their means of delivery and related "
     "materials, all Member States are called upon to take, in accordance with their national authorities "
     "and legislation, and consistent with international law, cooperative action including through "
     "inspection of cargo to and from the DPRK, as necessary;", K.EXHORTATION),
])
def test_what_a_meeting_will_look_like_is_decided_on_adoption(rest, sub, kind):
    assert sub_kind("decides", rest, sub) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # the words that announce the list ask nothing of their own (A/RES/79/288 3, A/RES/79/289 3)
    ("Further decides that:", K.DECLARATORY),
    ("Further decides that the organizational arrangements for the high-level meeting should be as follows:",
     K.DECLARATORY),
    # a theme and what the meeting will highlight (A/RES/79/288 2, A/RES/79/333 2)
    ("Also decides that the theme of the high-level meeting of the General Assembly will be “Recommitting "
     "to, resourcing and accelerating the implementation of the Beijing Declaration and Platform for "
     "Action to achieve gender equality and the empowerment of all women and girls” and that this meeting "
     "will highlight achievements, best practices, gaps and challenges;", K.DECLARATORY),
    ("Also decides that the overall theme of the high-level meeting will be: “Fostering a multilateral and "
     "intergenerational approach to prevent, prepare for and respond to pandemics and public health "
     "emergencies, through the principles of equity and solidarity”;", K.DECLARATORY),
    # the meeting held stays an action (A/RES/79/288 1)
    ("Decides that the one-day high-level meeting of the General Assembly on the thirtieth anniversary of "
     "the Fourth World Conference on Women shall be held in New York on 22 September 2025;", K.ACTION),
])
def test_the_modalities_announced_ask_nothing(text, kind):
    assert _kind(text, session=79) == kind


@pytest.mark.parametrize(("rest", "sub", "kind"), [
    # the list completes the decision's modal: an office's standing functions, its mandate (A/RES/76/306
    # 3 (b), (e)), a conference's aims (A/RES/75/212 4 (e)), what the office holder is to be (A/RES/48/141
    # 2 (a))
    ("that the United Nations Youth Office will:", "Promote meaningful, inclusive and effective "
     "engagement of youth and youth-led and youth-focused organizations in the work of the United Nations …;",
     K.MANDATE),
    ("that the United Nations Youth Office will:", "Engage with youth-focused envoys, representatives and "
     "offices of regional organizations on advancing youth issues;", K.MANDATE),
    ("that the Conference shall:", "Share ongoing efforts, best practices and experience gained in the "
     "implementation of the objectives of the Decade;", K.EXHORTATION),
    ("that the High Commissioner for Human Rights shall:", "Be a person of high moral standing and personal "
     "integrity and shall possess expertise, including in the field of human rights …;", K.DECLARATORY),
    # … a study asked stays a report (A/HRC/RES/33/25 2 (a))
    ("that the Expert Mechanism shall:", "Prepare an annual study on the status of the rights of indigenous "
     "peoples worldwide in the achievement of the ends of the Declaration …;", K.REPORT),
])
def test_a_list_that_completes_the_modal_is_read_as_its_verb(rest, sub, kind):
    assert sub_kind("decides", rest, sub) == kind


_EXEMPTED = ("that the measures imposed by paragraph 17 above do not apply to funds, other financial assets "
             "or economic resources that have been determined by relevant Member States:")


@pytest.mark.parametrize(("rest", "sub", "kind"), [
    # an exemption from sanctions holds on adoption, whatever the exempted case allows (S/RES/1970 (2011)
    # 19 (c), (b))
    (_EXEMPTED, "To be the subject of a judicial, administrative or arbitral lien or judgment, in which case "
     "the funds, other financial assets and economic resources may be used to satisfy that lien or judgment "
     "provided that the lien or judgment was entered into prior to the date of the present resolution, is "
     "not for the benefit of a person or entity designated pursuant to paragraph 17 above, and has been "
     "notified by the relevant State or Member States to the Committee;", K.DECLARATORY),
    (_EXEMPTED, "To be necessary for extraordinary expenses, provided that such determination has been "
     "notified by the relevant State or Member States to the Committee and has been approved by the "
     "Committee; or", K.DECLARATORY),
])
def test_an_exemption_holds_on_adoption(rest, sub, kind):
    assert sub_kind("decides", rest, sub) == kind


@pytest.mark.parametrize("text", [
    # regard given in the passive (A/RES/68/224 24) …
    "Decides that the special needs and development priorities of the least developed countries, including "
    "the eight priority areas of the Istanbul Programme of Action, such as productive capacity-building, "
    "including through rapid development of infrastructure and energy, should be given appropriate "
    "consideration in the processes devoted to the elaboration of the post-2015 development agenda;",
    # … received by those it favours (A/RES/64/71 192) …
    "Decides that those representatives from developing countries who are invited by the co-chairs, in "
    "consultation with Governments, to make presentations during the meetings of the Consultative Process "
    "shall receive priority consideration in the disbursement of funds from the voluntary trust fund "
    "established by resolution 55/7 in order to cover the costs of their travel, and shall also be eligible "
    "to receive daily subsistence allowance subject to the availability of funds after the travel costs of "
    "all other eligible representatives from those countries mentioned in paragraph 191 above have been "
    "covered;",
    # … or the regard the clause's subject (A/RES/13 (I), "Resolves that:" … 14)
    "Resolves that consideration should be given to the setting up of an Advisory Committee to meet "
    "periodically at the seat of the United Nations to discuss and forward to the Secretary-General "
    "observations regarding the information policy and programme of the United Nations.",
])
def test_a_decision_that_regard_shall_be_given_is_a_standing_call(text):
    assert _kind(text, session=64) == K.EXHORTATION


def test_regard_given_beside_a_report_asked_stays_the_report():
    # A/RES/62/228 43: the proposals asked are the product
    text = ("Also decides that further consideration should be given to cases before the United Nations "
            "Dispute Tribunal being decided by a panel of judges, depending on the nature of the cases, the "
            "workload of judges and the grounds for appeal, and requests the Secretary-General to present "
            "further proposals in this regard, including resource implications, to the General Assembly at "
            "the second part of its resumed sixty-second session;")
    assert _kind(text, session=62) == K.REPORT
