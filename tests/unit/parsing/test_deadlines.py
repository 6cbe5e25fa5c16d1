"""Every deadline form of DESIGN §5, as plain tables."""

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts as dicts
from tracker.parsing.deadlines import bodies_named, find_deadlines, link_session_dates
from tracker.parsing.phrases import speakers_from
from tracker.parsing.types import Deadline, DeadlineKind


@pytest.mark.parametrize(
    ("text", "body", "session", "expected"),
    [
        ("to submit to the General Assembly at its seventy-third session a report", "GA", 71,
         [{"kind": "session", "body": "GA", "session": 73}]),
        ("to report at its next session", "HRC", 55,
         [{"kind": "session", "body": "HRC", "session": 56}]),
        ("at its seventy-second and seventy-third sessions", "GA", 71,
         [{"kind": "session", "body": "GA", "session": 72},
          {"kind": "session", "body": "GA", "session": 73}]),
        ("to present a report to the Council at its fifty-eighth session", "HRC", 55,
         [{"kind": "session", "body": "HRC", "session": 58}]),
        ("at its 2025 session", "ECOSOC", 2024,
         [{"kind": "session", "body": "ECOSOC", "session": 2025}]),
        ("at the eightieth session of the General Assembly", "HRC", 55,
         [{"kind": "session", "body": "GA", "session": 80}]),
        ("to the General Assembly at its one hundred and twentieth session", "GA", 100,
         [{"kind": "session", "body": "GA", "session": 120}]),
        # a Sub-Committee spelt with its hyphen (ga-pdf-text A_RES_3234 6)
        ("Recommends that the Legal Sub-Committee should consider at its fourteenth session, with the same "
         "high priority", "GA", 29, [{"kind": "session", "body": "COPUOSLSC", "session": 14, "body_name":
          "Legal Subcommittee of the Committee on the Peaceful Uses of Outer Space"}]),
    ],
)
def test_sessions(text, body, session, expected):
    assert dicts(text, body, session) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Recalls its decision taken at its fifty-second session",  # past
        # past participle, the session over (one still ahead is due: A/RES/69/321 20, test_session_ahead.py)
        "the report submitted to the Council at its fifty-fifth session",
        "since the fifty-sixth session of the Human Rights Council",
    ],
)
def test_past_sessions_are_not_deadlines(text):
    assert dicts(text, "HRC", 56) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no later than 31 March 2025", {"kind": "date", "date": "2025-03-31"}),
        ("by 1 December 2024", {"kind": "date", "date": "2024-12-01"}),
        ("to end poverty by 2030",
         {"kind": "date", "date": "2030-12-31", "precision": "year", "target": True}),
        ("no later than January 2026",
         {"kind": "date", "date": "2026-01-31", "precision": "month"}),
        ("no later than February 2028",
         {"kind": "date", "date": "2028-02-29", "precision": "month"}),
        ("extend the mandate of UNAMI until 31 May 2025",
         {"kind": "date", "date": "2025-05-31", "expires": True}),
        # (the end of a mandate: S/RES/2690 (2023) 1; "as of" where something begins is none)
        ("Decides to terminate MINUSMA's mandate as of June 30 2023", {"kind": "date", "date": "2023-06-30"}),
        ("within 90 days of the adoption of the present resolution",
         {"kind": "relative", "days": 90, "from": "adoption", "period": "P90D"}),
        ("within six months", {"kind": "relative", "days": 180, "from": "adoption", "period": "P6M"}),
        ("annually", {"kind": "recurring", "every": "P1Y"}),
        ("on an annual basis", {"kind": "recurring", "every": "P1Y"}),
        ("biennially", {"kind": "recurring", "every": "P2Y"}),
        ("every four months", {"kind": "recurring", "every": "P4M"}),
        ("every 120 days", {"kind": "recurring", "every": "P120D"}),
        ("to provide quarterly briefings to the Council", {"kind": "recurring", "every": "P3M"}),
        ("to submit a yearly progress report", {"kind": "recurring", "every": "P1Y"}),
        ("to report monthly to the Committee", {"kind": "recurring", "every": "P1M"}),
        # segmented S/RES/2255 (2015) op 56
        ("to report orally, through its Chair, once per year, to the Council",
         {"kind": "recurring", "every": "P1Y"}),
        # ga-pdf-text/A_RES_79_268 op 11 (shortened), and the ordinal form
        ("to conduct an independent evaluation of the work of the Centre, at two-year intervals",
         {"kind": "recurring", "every": "P2Y"}),
        ("to report to the Commission every second year", {"kind": "recurring", "every": "P2Y"}),
        # segmented S/RES/1863 (2009) 11, S/RES/2046 (2012) 6: intervals in figures or words, of days
        # and weeks
        ("to report to the Security Council at 30-day intervals thereafter on progress",
         {"kind": "recurring", "every": "P30D"}),
        ("and in two week intervals thereafter on the status of compliance",
         {"kind": "recurring", "every": "P14D"}),
    ],
)
def test_other_forms(text, expected):
    assert dicts(text, "SC", None) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A/RES/79/301 op 16: a rate is not a deadline
        "Further decides to apportion among Member States the amount of 213,568,400 dollars for "
        "the period from 16 November 2025 to 30 June 2026, at a monthly rate of 28,475,787 dollars",
        # segmented A/RES/65/281 op 4
        "Decides further that from 2013, the Human Rights Council will start its yearly membership "
        "cycle on 1 January;",
    ],
)
def test_monthly_or_yearly_before_what_is_not_delivered_is_no_deadline(text):
    assert [d for d in dicts(text, "GA", 79) if d["kind"] == "recurring"] == []


def test_a_participle_before_a_future_passive_does_not_make_the_session_past():
    # segmented A/RES/75/290 A op 8: "contained" describes the arrangements; "shall be reviewed at
    # its seventy-eighth session" is still to come
    text = ("Decides that the arrangements contained in the present resolution and its annex shall be "
            "reviewed at its seventy-eighth session, in conjunction with the review of the high-level "
            "political forum on sustainable development;")
    assert dicts(text, "GA", 75) == [{"kind": "session", "body": "GA", "session": 78}]
    assert dicts("the arrangements contained in resolution 72/305 were reviewed at its seventy-eighth "
                 "session", "GA", 75) == []


def test_a_past_participle_governs_the_session_it_names_not_the_next_one():
    # segmented A/HRC/RES/53/6 op 16: the panel was held at the fifty-sixth session; the report is due
    # at the fifty-eighth
    text = ("Requests the United Nations High Commissioner for Human Rights to submit a summary report on "
            "the panel discussion held at the fifty-sixth session to the Human Rights Council at its "
            "fifty-eighth session")
    assert dicts(text, "HRC", 53) == [{"kind": "session", "body": "HRC", "session": 58}]
    # segmented A/RES/57/300 op 17: "progress made" is what is reported on, not a past event
    text = ("requests the Secretary-General to report on progress made to the General Assembly at its "
            "fifty-eighth session")
    assert dicts(text, "GA", 57) == [{"kind": "session", "body": "GA", "session": 58}]
    # (a session over: one still ahead is due whatever participle is before it, test_session_ahead.py)
    assert dicts("the recommendations made to the General Assembly at its fifty-sixth session", "GA",
                 57) == []
    # ga-pdf-text A_RES_75_214 11: "progress made" read whole, wherever the hundred characters before
    # the session begin
    text = ("Invites the Association of Caribbean States to submit to the Secretary-General a report on the "
            "progress made in the implementation of the present resolution, for consideration by the "
            "General Assembly at its seventy-seventh session;")
    assert dicts(text, "GA", 75) == [{"kind": "session", "body": "GA", "session": 77}]
    # segmented A_RES_63_250 XII 3: where the report goes, set off by a comma, is not what was taken
    text = ("Requests the Secretary-General to clarify the roles of the Ethics Office, the Office of the "
            "Ombudsman, the Office of Internal Oversight Services and other related offices, and to report "
            "the findings, as well as the measures taken to avoid overlapping of mandates, to the General "
            "Assembly at its sixty-fifth session;")
    assert dicts(text, "GA", 63) == [{"kind": "session", "body": "GA", "session": 65}]


@pytest.mark.parametrize(("text", "expected"), [
    # ga-pdf-text A_RES_80_118 13, segmented A_RES_75_193 8
    ("encourages the working group to report on its progress to the General Assembly, by no later than "
     "the eighty-first session, including on follow-up recommendations",
     [{"kind": "session", "body": "GA", "session": 81}]),
    ("calls upon the Secretary-General to ensure that the relevant materials are transferred no later than "
     "the end of the eighty-first session of the General Assembly",
     [{"kind": "session", "body": "GA", "session": 81, "end": True}]),
])
def test_no_later_than_a_session(text, expected):
    assert dicts(text, "GA", 80) == expected


def test_a_substantive_session_in_a_year_and_a_weekly_report():
    # segmented A/RES/51/194 op 4: the Council's sessions go by year, "substantive" or not
    text = ("Requests the Secretary-General to include in his report to the Economic and Social Council "
            "at its substantive session in 1997 recommendations of the Inter-Agency Standing Committee")
    assert dicts(text, "GA", 51) == [{"kind": "session", "body": "ECOSOC", "session": 1997}]
    # segmented S/RES/2451 (2018) op 7; "a weekly rate" is no recurrence
    text = ("Requests the Secretary-General to report on progress regarding implementation of this "
            "resolution, including any breaches of commitments by the parties, on a weekly basis")
    assert [(d["kind"], d["every"]) for d in dicts(text, "SC", None)] == [("recurring", "P7D")]
    assert dicts("paid at a weekly rate of 300 dollars", "SC", None) == []


def test_prior_to_the_beginning_of_a_session_in_a_year():
    # ga-pdf-text/A_RES_78_62 op 10 (adopted 4 December 2023): the Disarmament Commission's session of 2024
    text = ("Invites Member States to submit their views and proposals on the matter early enough to enable "
            "practical consultations among them prior to the beginning of the substantive session of 2024 of "
            "the Disarmament Commission, with a view to facilitating its constructive outcome")
    assert dicts(text, "GA", 78, dt.date(2023, 12, 4)) == [
        {"kind": "session", "body": "UNDC", "session": 2024, "body_name": "Disarmament Commission"}]


@pytest.mark.parametrize(("text", "expected"), [
    # ga-pdf-text/A_RES_78_280 op 32, A_RES_78_47 op 7, A_RES_78_5 annex 84, A_RES_80_169 op 1
    ("Requests the President of the General Assembly to convene, in 2025, within existing resources, a "
     "one-day high-level meeting", [("2025-12-31", "year")]),
    ("Decides to convene a meeting of States in 2027 for two weeks (20 meetings), in New York",
     [("2027-12-31", "year")]),
    ("to present to the General Assembly a report in 2027 on the progress achieved",
     [("2027-12-31", "year")]),
    ("to convene a further session, if necessary, for a further two weeks in August 2027, to elaborate",
     [("2027-08-31", "month")]),
    # not a deadline: the start of a series, no verb of delivering, a year already past, the year of a
    # session already read
    ("Decides to establish a working group, starting in 2026, in accordance with", []),
    ("Appropriates an amount of 11,928,200 dollars for the project in 2024", []),
    ("to convene a meeting of States in 2023", []),
])
def test_a_year_in_which_something_is_to_be_done(text, expected):
    found = find_deadlines(text, body="GA", session=79, adopted_on=dt.date(2024, 12, 1))
    assert [(d.date.isoformat(), d.precision) for d in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # segmented A/RES/77/248 op 275, A/RES/70/235 op 48, A/RES/73/301 op 3, A/RES/77/328 op 1, A/RES/76/307
    # op 3: what is convened or held on the days printed, due on the first (a year printed once)
    ("Requests the Secretary-General to convene the resumed fifth session of the conference for 10 "
     "working days from 20 February to 3 March 2023, with full conference services;", ["2023-02-20"]),
    ("Requests the Secretary-General to convene the twenty-sixth Meeting of States Parties to the "
     "Convention from 20 to 24 June 2023, with full conference services;", ["2023-06-20"]),
    ("Further decides to convene a one-day high-level meeting in the General Assembly Hall on "
     "20 November 2023 on the occasion of the thirtieth anniversary;", ["2023-11-20"]),
    ("Decides that the Conference shall be held from 27 to 30 May 2024;", ["2024-05-27"]),
    ("Further decides that the Summit will be held on 22 and 23 September 2024, in New York;",
     ["2024-09-22"]),
    ("Decides to convene the meeting from 28 December 2023 to 3 January 2024;", ["2023-12-28"]),
    ("Decides to convene the meeting from 28 December to 3 January 2024;", ["2023-12-28"]),
    # segmented A/RES/60/251 15, A/RES/64/71 146 (a request made again), S/RES/2149 (2014) 21
    ("Decides also that elections of the first members of the Council shall take place on 9 May 2024, "
     "and that the first meeting of the Council shall be convened on 19 June 2024;",
     ["2024-05-09", "2024-06-19"]),
    ("Reaffirms its request to the Secretary-General to convene a meeting of the Ad Hoc Open-ended "
     "Informal Working Group in accordance with paragraphs 127 to 130 of resolution 63/111, to take "
     "place from 1 to 5 February 2024, to provide recommendations to the General Assembly;",
     ["2024-02-01"]),
    ("Further decides that the transfer of authority from MISCA to MINUSCA will take place on "
     "15 September 2024;", ["2024-09-15"]),
    # not: days already past, another's event recalled or looked forward to, an event that no verb
    # of convening governs (S/RES/2409 (2018) op 36: "paving the way for holding the elections on …")
    ("Requests the Secretary-General to convene the Meeting from 18 to 22 May 2022;", []),
    ("Recalls the convening of the fifth session of the United Nations Environment Assembly in "
     "Nairobi from 28 February to 2 March 2024;", []),
    ("Looks forward to the convening of the Fourth International Conference on Financing for "
     "Development, to be held in Seville, Spain, from 30 June to 3 July 2025;", []),
    ("to support the Government, paving the way for holding the elections on 23 December 2023;", []),
    ("to proceed without further delay to the preparation of the elections due to take place on "
     "23 December 2023;", []),
    # A/RES/79/288 1, 79/286 1: days named with their day of the week
    ("Decides that the one-day high-level meeting of the General Assembly on the thirtieth anniversary of "
     "the Fourth World Conference on Women shall be held in New York on Monday, 22 September 2025, from "
     "10 a.m. to 8 p.m.;", ["2025-09-22"]),
    ("Decides that the two-day high-level meeting of the General Assembly on the appraisal of the United "
     "Nations Global Plan of Action to Combat Trafficking in Persons will be held on Monday, 24 November, "
     "and Tuesday, 25 November 2025, and will consist of: (a) A plenary meeting on 24 November;",
     ["2025-11-24"]),
    # A/RES/78/6 29 (79/6 30, 80/6 30): an event looked forward to, and support asked for it that names no
    # one to receive it: it serves the event, due when it opens (not an event held in the past, nor support
    # given to a body named)
    ("Looks forward to the twenty-third session, scheduled to be held from 2 to 7 December 2024, and "
     "requests the Secretary-General to provide the necessary services and facilities in accordance with "
     "the Relationship Agreement and resolution 58/318;", ["2024-12-02"]),
    ("Welcomes the twenty-third session, held from 2 to 7 December 2019, and requests the Secretary-General "
     "to provide the necessary services and facilities in accordance with the Relationship Agreement;", []),
    ("Looks forward to the conference, to be held from 2 to 7 December 2024, and requests the "
     "Secretary-General to provide the necessary assistance to the Special Rapporteur;", []),
])
def test_the_days_on_which_what_is_convened_is_held(text, expected):
    found = find_deadlines(text, body="GA", session=77, adopted_on=dt.date(2022, 12, 30))
    assert [(d.kind, d.date.isoformat()) for d in found] == [(DeadlineKind.DATE, e) for e in expected]


def test_the_days_of_a_session_to_be_held_are_that_sessions():
    # segmented E/RES/2017/23 op 45: the dates after ", to be held" date the session, and are not a
    # deadline of their own
    text = ("Requests the Committee, at its seventeenth session, to be held from 23 to 27 April 2018, to "
            "examine and make recommendations on the theme")
    found = find_deadlines(text, body="ECOSOC", session=2017, adopted_on=dt.date(2017, 7, 6),
                           named=("CEPA",))
    assert [(d.kind, d.session, d.opens, d.closes) for d in found] == [
        (DeadlineKind.SESSION, 17, dt.date(2018, 4, 23), dt.date(2018, 4, 27))]


@pytest.mark.parametrize("text", [
    # ga-pdf-text/A_RES_80_11 op 20, A_RES_80_193 op 44: what a report asks for every year
    "Requests the Peacebuilding Support Office to provide annual updates, within existing modalities, on "
    "progress in advancing United Nations partnership with international financial institutions;",
    "Requests the Group of Independent Eminent Experts to prepare an annual input for the report of the "
    "Secretary-General on the implementation of the present resolution;",
])
def test_an_annual_product_of_a_report_recurs(text):
    found = find_deadlines(text, body="GA", session=80, adopted_on=dt.date(2025, 12, 1),
                           include_annual_report=True)
    assert [(d.kind, d.every) for d in found] == [(DeadlineKind.RECURRING, "P1Y")]


def test_a_range_of_sessions_is_each_session_of_it():
    # segmented A/RES/75/282 op 14
    text = ("Decides to include in the provisional agenda of its seventy-sixth to seventy-eighth sessions "
            "the item entitled “Countering the use of information and communications technologies for "
            "criminal purposes”;")
    found = find_deadlines(text, body="GA", session=75, adopted_on=dt.date(2021, 5, 26))
    assert [(d.body, d.session) for d in found] == [("GA", 76), ("GA", 77), ("GA", 78)]


def test_the_year_of_a_session_is_not_a_deadline_of_its_own():
    # ga-pdf-text/A_RES_80_173 op 113
    text = ("to report on the outcomes of this work to the Commission on Science and Technology for "
            "Development at its thirtieth session, in 2027.")
    assert [d.kind for d in find_deadlines(text, body="GA", session=80,
                                           adopted_on=dt.date(2025, 12, 1))] == [DeadlineKind.SESSION]


def test_prior_to_a_session_is_written_whole():
    # segmented A/HRC/RES/33/11 op 9 (a): "To organize, prior to the thirty-ninth session of the Human
    # Rights Council, …": the deadline's words begin at "prior to", not at "to the"
    found = find_deadlines("(a) To organize, prior to the thirty-ninth session of the Human Rights "
                           "Council, in close cooperation with States, a workshop;", body="HRC", session=33)
    assert [(d.text, d.body, d.session) for d in found] == [
        ("prior to the thirty-ninth session of the Human Rights Council", "HRC", 39)]


def test_a_deadline_written_again_is_one_deadline():
    # ga-pdf-text/A_RES_78_173 op 12: "by 2030" in three clauses
    text = ("to achieve universal health coverage by 2030, to end the epidemics by 2030 and to reduce "
            "maternal mortality by 2030, and to report at its eightieth session and at its eightieth "
            "session")
    assert [(d["kind"], d.get("date"), d.get("session")) for d in dicts(text, "GA", 78)] == [
        ("date", "2030-12-31", None), ("session", None, 80)]


def test_several_in_order():
    text = ("requests an interim report by 1 December 2024 and a final report no later than "
            "1 May 2025, and thereafter every 120 days")
    assert [d["kind"] for d in dicts(text, "SC", None)] == ["date", "date", "recurring"]
    assert [d.get("date") for d in dicts(text, "SC", None)] == ["2024-12-01", "2025-05-01", None]


def test_name_with_a_year_is_not_a_deadline():
    assert dicts("the Roadmap for Implementing Actions in a Sustainable Manner by 2030", "GA", 80) == []


def test_other_bodys_session_already_open_is_past():
    # an HRC resolution of October 2022 citing the GA's seventy-seventh session (opened Sept 2022)
    text = "submitted a report to the General Assembly at its seventy-seventh session"
    assert dicts(text, "HRC", 51, dt.date(2022, 10, 7)) == []
    text = "to present a report to the General Assembly at its seventy-sixth session"
    assert dicts(text, "HRC", 47, dt.date(2021, 7, 12)) == [
        {"kind": "session", "body": "GA", "session": 76}
    ]


# --------------------------------------------------------------------------- whose session
# Sentences copied from real resolutions (the file or symbol is in each comment).

CHARTER = ["CHARTER"]  # A/RES/78/111 and 80/166 name the Special Committee on the Charter in full


def other(code, session, **extra):
    """A session deadline of a registry body, named as the registry names it."""
    from tracker.calendar.bodies import lookup

    return {"kind": "session", "body": code, "session": session, "body_name": lookup(code).name,
            **extra}


@pytest.mark.parametrize(
    ("text", "named", "adopted_on", "expected"),
    [
        # A/RES/80/166 op 4: the Special Committee's next session, not the Assembly's
        ("Requests the Secretary-General, in accordance with paragraph 3 of the annex to "
         "resolution 71/146, to brief the Special Committee at its next session on the document "
         "entitled", CHARTER, dt.date(2025, 12, 8),
         [other("CHARTER", None)]),
        # A/RES/78/111 op 2: the dates the text prints for that session
        ("Decides that the Special Committee shall hold its next session from 20 to 28 February "
         "2024;", CHARTER, dt.date(2023, 12, 7),
         [other("CHARTER", None, opens="2024-02-20", closes="2024-02-28")]),
        # A/RES/78/225 op 15: "its" after "the Commission …, through its secretariat"
        ("Invites Member States and relevant United Nations entities to provide, as appropriate, "
         "to the Commission on Crime Prevention and Criminal Justice, through its secretariat, for "
         "consideration during its thirty-third session, views on how the Commission can "
         "contribute", [], dt.date(2023, 12, 19),
         [other("CCPCJ", 33)]),
        # A/RES/80/58 op 9: a main committee named just before, which meets in the Assembly's session
        ("and a written factual summary to the First Committee at its eighty-first session;", [],
         dt.date(2025, 12, 1),
         [{"kind": "session", "body": "GA", "session": 81}]),
        # A/RES/80/44 op 8: the resolution's own voice, whatever bodies it names before
        ("Decides to convene a joint half-day panel discussion of the Disarmament and "
         "International Security Committee (First Committee) and the Special Political and "
         "Decolonization Committee (Fourth Committee) to address possible challenges, and to "
         "include in the provisional agenda of its eighty-first session, under the item entitled "
         "“General and complete disarmament”, the sub-item", [], dt.date(2025, 12, 1),
         [{"kind": "session", "body": "GA", "session": 81}]),
        # A/RES/80/193 op 32: the body the dialogue is held with
        ("invites the Chair of the Working Group to engage in an interactive dialogue with the "
         "Assembly under the item entitled “Elimination of racism” at its eighty-first session;",
         [], dt.date(2025, 12, 15), [{"kind": "session", "body": "GA", "session": 81}]),
        # A/RES/78/61 op 5: the Conference on Disarmament numbers its sessions by year
        ("Requests the current President and successive Presidents of the Conference on "
         "Disarmament to cooperate with the States members of the Conference in the effort to "
         "guide the Conference to the early commencement of its substantive work, including "
         "negotiations, at its 2024 session;", [], dt.date(2023, 12, 4),
         [other("CD", 2024)]),
        # A/RES/80/110 op 264: a body's past decision, welcomed, is no deadline
        ("and welcomes the decision of the Marine Environment Protection Committee of the "
         "International Maritime Organization at its eighty-second session to designate", [],
         dt.date(2025, 12, 9), []),
        # A/RES/79/288 op 3 (a): the President of that session, not a deadline
        ("The opening segment, to be held from 10 to 10.45 a.m., will feature statements by the "
         "President of the General Assembly at its eightieth session, the Secretary-General", [],
         dt.date(2025, 6, 18), []),
        # A/RES/80/150 op 64: the President addressed acts within that session
        ("Requests the President of the General Assembly at its eighty-first session to appoint "
         "two co-facilitators", [], dt.date(2025, 12, 12),
         [{"kind": "session", "body": "GA", "session": 81}]),
        # A/RES/78/16 op 3: three sessions, "seventh and eighth" is two
        ("through the discussions on regular institutional dialogue at the sixth, seventh and "
         "eighth sessions of the open-ended working group on security of and in the use of "
         "information and communications technologies 2021–2025, as well", [],
         dt.date(2023, 12, 4),
         [other("OEWGICT", n) for n in (6, 7, 8)]),
        # segmented A/HRC/RES/49/23 31: a body the registry knows, a main committee of the Assembly: the
        # Assembly's session (in a Council resolution too)
        ("and to submit a written report to the Third Committee of the General Assembly at its "
         "seventy-seventh session;", [], dt.date(2022, 4, 1),
         [{"kind": "session", "body": "GA", "session": 77}]),
        # A/RES/76/306 1: through its committee, "the" session the Assembly's
        ("and in this regard requests the Secretary-General to submit this proposal to the General Assembly, "
         "through its Fifth Committee, during the seventy-seventh session;", [], dt.date(2022, 9, 8),
         [{"kind": "session", "body": "GA", "session": 77}]),
        # A/RES/73/223 15: the discussions of the Second Committee during the session the report is due at:
        # one session
        ("Requests the Secretary-General to submit to the General Assembly at its seventy-fourth session a "
         "summary report … as an input to the discussions of the Second Committee during the seventy-fourth "
         "session;", [], dt.date(2018, 12, 20), [{"kind": "session", "body": "GA", "session": 74}]),
        # A/RES/57/153 12, A/RES/78/62 6: a session of a body that numbers them by year, "of 2003"
        ("Requests the Secretary-General to report to the General Assembly at its fifty-eighth session, "
         "through the Economic and Social Council at its substantive session of 2003, on the progress "
         "made;", [], dt.date(2002, 12, 16),
         [{"kind": "session", "body": "GA", "session": 58},
          {"kind": "session", "body": "ECOSOC", "session": 2003}]),
        ("Recommends that the Disarmament Commission consider the following items at its substantive "
         "session of 2024:", [], dt.date(2023, 12, 4), [other("UNDC", 2024)]),
        # … not one a welcome recalls, dated by the calendar or not (A/RES/57/153 1, A/RES/78/119 1)
        ("Welcomes the outcome of the fifth humanitarian affairs segment of the Economic and Social Council "
         "during its substantive session of 2002;", [], dt.date(2002, 12, 16), []),
        ("Welcomes the outcome of the twenty-sixth humanitarian affairs segment of the Economic and Social "
         "Council at its substantive session of 2023;", [], dt.date(2023, 12, 15), []),
    ],
)
def test_sessions_of_the_body_the_words_name(text, named, adopted_on, expected):
    session = adopted_on.year - 1945 - (adopted_on.month < 9)
    assert dicts(text, "GA", session, adopted_on, named) == expected


@pytest.mark.parametrize(
    ("text", "body", "session", "adopted_on", "expected"),
    [
        # A/RES/80/2 op 6: the session in progress, to its end, and an expiry
        ("Decides that Bolivia (Plurinational State of) and Sao Tome and Principe shall be "
         "permitted to vote in the General Assembly until the end of its eightieth session.",
         "GA", 80, dt.date(2025, 9, 19),
         [{"kind": "session", "body": "GA", "session": 80, "current": True, "end": True,
           "expires": True}]),
        # A/RES/80/108 op 4: the current session named "the eightieth session"
        ("before the end of the eightieth session of the General Assembly", "GA", 80,
         dt.date(2025, 12, 4),
         [{"kind": "session", "body": "GA", "session": 80, "current": True, "end": True}]),
        # A/RES/78/119 op 88: an ECOSOC session in progress at adoption, and the next GA
        ("to the General Assembly at its seventy-ninth session, through the Economic and Social "
         "Council at its 2024 session", "GA", 78, dt.date(2023, 12, 19),
         [{"kind": "session", "body": "GA", "session": 79},
          {"kind": "session", "body": "ECOSOC", "session": 2024, "current": True}]),
        # an HRC resolution of October 2024 (GA 79 sitting) reporting to the Assembly
        ("to present a report to the Human Rights Council at its fifty-eighth session and to the "
         "General Assembly at its seventy-ninth session", "HRC", 57, dt.date(2024, 10, 9),
         [{"kind": "session", "body": "HRC", "session": 58},
          {"kind": "session", "body": "GA", "session": 79, "current": True}]),
        # A/HRC/RES/30/10 op 30: "recommends" is no "commends"; the Assembly's session in progress
        ("Decides to transmit all reports and oral updates of the Commission of Inquiry to all "
         "relevant bodies of the United Nations, recommends that the Commission brief the General "
         "Assembly during its seventieth session, also recommends", "HRC", 30, dt.date(2015, 10, 1),
         [{"kind": "session", "body": "GA", "session": 70, "current": True}]),
        # A/HRC/RES/57/27 op 1 (g): a treaty body's 140th session is not the Council's
        ("The consideration of the report of Somalia, in which the delegation of Somalia engaged "
         "with the Committee in the consideration of that report during its 140th session;", "HRC",
         57, dt.date(2024, 10, 10), []),
        # A/RES/75/123 op 6: ten years ahead is still the Assembly's
        ("Also requests the Secretary-General to report to the General Assembly at its eightieth "
         "and eighty-fifth sessions on the implementation of the present resolution.", "GA", 75,
         dt.date(2020, 12, 10),
         [{"kind": "session", "body": "GA", "session": 80},
          {"kind": "session", "body": "GA", "session": 85}]),
        # A/HRC/RES/51/21 op 2: past sessions, and the current one noted, stay history
        ("Takes note of the reports of the Special Rapporteur submitted to the Human Rights "
         "Council at its forty-seventh and fiftieth sessions, and to the General Assembly at its "
         "seventy-sixth and seventy-seventh sessions;", "HRC", 51, dt.date(2022, 10, 7), []),
        # A/HRC/RES/54/25 op 13: "the progress made in …" does not make the next report history
        ("Also requests the High Commissioner to present to the Human Rights Council at its "
         "fifty-seventh session an oral update on the progress made in the implementation of the "
         "present resolution, and a report thereon to the Council at its sixtieth session.", "HRC",
         54, dt.date(2023, 10, 12),
         [{"kind": "session", "body": "HRC", "session": 57},
          {"kind": "session", "body": "HRC", "session": 60}]),
        # A/RES/72/237 op 3: a request made again, due within the current session
        ("Reiterates its request to the Joint Inspection Unit to present, by the end of the "
         "seventy-second session of the General Assembly, a progress report", "GA", 72,
         dt.date(2017, 12, 20),
         [{"kind": "session", "body": "GA", "session": 72, "current": True, "end": True}]),
    ],
)
def test_current_session(text, body, session, adopted_on, expected):
    assert dicts(text, body, session, adopted_on) == expected


@pytest.mark.parametrize(
    ("text", "body", "session", "adopted_on", "expected"),
    [
        # A/RES/73/153 op 27: a report due by the end of the next session, not at its opening
        ("Requests the Secretary-General to submit a comprehensive report to the General Assembly, "
         "based on evidence, before the end of its seventy-fourth session, on progress towards "
         "ending child, early and forced marriage worldwide", "GA", 73, dt.date(2018, 12, 17),
         [{"kind": "session", "body": "GA", "session": 74, "end": True}]),
        # A/RES/72/279 op 16: three sessions ahead
        ("Also requests the Secretary-General to submit for the consideration of the General "
         "Assembly, before the end of its seventy-fifth session, a review with recommendations on "
         "the functioning of the reinvigorated resident coordinator system", "GA", 72,
         dt.date(2018, 5, 31), [{"kind": "session", "body": "GA", "session": 75, "end": True}]),
        # A/HRC/RES/S-35/1 op 1: a mission that ends when a later session of the Council closes
        ("Decides to establish an independent international fact-finding mission, until the end "
         "of the fifty-fifth session of the Human Rights Council, to be appointed by the President "
         "of the Council, with the following mandate:", "HRC", None, dt.date(2022, 11, 24),
         [{"kind": "session", "body": "HRC", "session": 55, "end": True, "expires": True}]),
        # the opening, as always, where the words do not name the end
        ("Requests the Secretary-General to submit a report to the General Assembly at its "
         "seventy-fourth session", "GA", 73, dt.date(2018, 12, 17),
         [{"kind": "session", "body": "GA", "session": 74}]),
    ],
)
def test_the_end_of_a_session_is_marked(text, body, session, adopted_on, expected):
    assert dicts(text, body, session, adopted_on) == expected
    [deadline] = find_deadlines(text, body=body, session=session, adopted_on=adopted_on)
    assert Deadline.from_dict(deadline.to_dict()) == deadline


@pytest.mark.parametrize(
    ("text", "body", "adopted_on", "expected"),
    [
        # S/RES/2691 (2023) op 1
        ("Decides to extend until 14 July 2024 the mandate of UNMHA, as contained in resolution "
         "2643 (2022)", "SC", dt.date(2023, 7, 10),
         [{"kind": "date", "date": "2024-07-14", "expires": True}]),
        # S/RES/2691 (2023) op 3: counted back from the expiry (dated by link_expiries)
        ("Further requests the Secretary-General to present to the Council a further review of "
         "UNMHA, at least one month before UNMHA’s mandate is due to expire;", "SC",
         dt.date(2023, 7, 10), [{"kind": "relative", "days": -30, "from": "expiry"}]),
        # A/HRC/RES/32/11 op 15: a period from adoption, its end computed
        ("Decides to extend the mandate of the Special Rapporteur on the human rights of "
         "internally displaced persons for a period of three years:", "HRC", dt.date(2016, 7, 1),
         [{"kind": "relative", "days": 1095, "from": "adoption", "period": "P3Y", "date": "2019-07-01",
           "expires": True}]),
        # segmented E/RES/2015/33 op 46: a period "of up to" two years ends the mandate as well
        ("Decides to establish a working group of the Forum with a time-bound mandate, for a period "
         "of up to two years in 2016 and 2017, to develop proposals", "ECOSOC", dt.date(2015, 7, 22),
         [{"kind": "relative", "days": 731, "from": "adoption", "period": "P2Y", "date": "2017-07-22",
           "expires": True}]),
        ("Decides to establish the panel for a period not exceeding six months", "SC",
         dt.date(2025, 1, 10),
         [{"kind": "relative", "days": 181, "from": "adoption", "period": "P6M",
           "date": "2025-07-10", "expires": True}]),
        # A/RES/80/190 op 55
        ("Recommends that the Secretary-General extend the mandate of the Special Representative "
         "of the Secretary-General on Violence against Children, as established in paragraphs 58 "
         "and 59 of its resolution 62/141 of 18 December 2007, for a further four years, and "
         "maintain support", "GA", dt.date(2025, 12, 15),
         [{"kind": "relative", "days": 1461, "from": "adoption", "period": "P4Y", "date": "2029-12-15",
           "expires": True}]),
        # A/RES/80/110 op 59: a decision noted is history
        ("Notes the decision of the Assembly to extend the strategic plan of the Authority for "
         "the period 2019–2023 for two years;", "GA", dt.date(2025, 12, 9), []),
        # S/RES/2745 (2024) op 2: measures until a date
        ("Decides that, until 31 July 2025, all Member States shall take the necessary measures "
         "to prevent the direct or indirect supply", "SC", dt.date(2024, 7, 30),
         [{"kind": "date", "date": "2025-07-31", "expires": True}]),
        # S/RES/2745 (2024) op 3: 30 days from a disposal, not from the adoption (the period, no date)
        ("upon discovery of items prohibited by paragraph 2 of this resolution, seize, register "
         "and dispose items, decides that the Member State who seizes and disposes of such items "
         "shall notify the Committee of such disposal within 30 days providing details", "SC",
         dt.date(2024, 7, 30), [{"kind": "relative", "days": 30, "from": "event", "period": "P30D"}]),
        # A/RES/80/193 op 61: another body's extension, welcomed, ends no mandate of this one
        ("Welcomes the decision by the Human Rights Council, in its resolution 60/16, to extend, "
         "until the end of 2027, the two-year comprehensive communications strategy", "GA",
         dt.date(2025, 12, 15), []),
        # A/RES/68/192 op 16: what others are invited to plan until a year ends no mandate …
        ("and in this regard invites the United Nations Office on Drugs and Crime and other members "
         "of the Inter-Agency Coordination Group to elaborate, in cooperation with Member States, a list "
         "of concrete measures planned until 2017 aimed at implementing the Global Plan of Action",
         "GA", dt.date(2013, 12, 18), []),
        # A/HRC/RES/35/31 op 2: nor what another is invited to go on presenting until a session
        ("Invites the United Nations High Commissioner for Human Rights to continue to present orally to "
         "the States members of the Human Rights Council and observers the findings of each of the reports "
         "of the Office of the High Commissioner on the situation of human rights in Ukraine as part of the "
         "interactive dialogues, and through the modalities of the Council, in accordance with its "
         "resolution 5/1 of 18 June 2007, until the forty-first session of the Council.", "HRC",
         dt.date(2017, 6, 22), []),
        # … while a mandate the Council extends until a session of its own ends then
        ("Decides to extend the mandate of the Independent Expert until the end of the forty-first session "
         "of the Council", "HRC", dt.date(2017, 6, 22),
         [{"kind": "session", "body": "HRC", "session": 41, "end": True, "expires": True}]),
        # … but the Secretary-General's extension the Assembly recommends does (A/RES/80/190 op 55)
        ("Recommends that the Secretary-General extend the mandate of the Special Representative of the "
         "Secretary-General on Violence against Children, as established in paragraphs 58 and 59 of its "
         "resolution 62/141 of 18 December 2007, for a further four years", "GA", dt.date(2025, 12, 15),
         [{"kind": "relative", "days": 1461, "from": "adoption", "period": "P4Y",
           "date": "2029-12-15", "expires": True}]),
        # S/RES/2670 (2022) op 1 (a): recalled, then extended in the resolution's own voice
        ("Reaffirms its decisions in resolution 2628 (2022) except as follows: (a) recalls "
         "paragraphs 22, 23, 24 and 26 and exceptionally extends its authorisations until 30 June "
         "2023", "SC", dt.date(2022, 12, 21),
         [{"kind": "date", "date": "2023-06-30", "expires": True}]),
        # A/RES/78/68 op 275: five weeks before an event the text does not date, not after the
        # adoption: kept, counted back from the event, undated until it is
        ("invites States to submit proposals for inclusion in the text of the resolution to the "
         "Coordinator of the informal consultations no later than five weeks before the start of "
         "the consultations;", "GA", dt.date(2023, 12, 5),
         [{"kind": "relative", "days": -35, "from": "event", "period": "P5W"}]),
    ],
)
def test_expiries(text, body, adopted_on, expected):
    assert dicts(text, body, None, adopted_on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # segmented/A_RES_76_258 annex 64: an annexed declaration reaffirming another body's extension
        # recalls it, as "Reaffirms the decision …" does; it does not end a mandate of its own
        ("We reaffirm the decision of the Council for Trade-Related Aspects of Intellectual Property "
         "Rights on the extension of the transition period under article 66.1 of the TRIPS Agreement for "
         "least developed country members for certain obligations with respect to pharmaceutical products "
         "until 1 January 2033.", []),
        ("We welcome the entry into force on 23 January 2017 of the TRIPS amendment and that the "
         "transition period has been further extended until 1 July 2034.", []),
        # segmented/A_RES_60_1 164: … but where the speakers ask, after a sentence or a list's label,
        # what they ask is dated ("We ask", "(c) We … request"; the one session named twice is one deadline)
        ("We recognize the urgent need to substantially improve the United Nations oversight and "
         "management processes. Therefore: (a) The resources of the Office will be strengthened; (b) We "
         "ask the General Assembly to adopt measures during its sixtieth session at the earliest possible "
         "stage; (c) We therefore request the Secretary-General to submit detailed proposals to the "
         "General Assembly at its sixtieth session",
         [{"kind": "session", "body": "GA", "session": 60, "current": True}]),
        ("We recognize the urgent need to substantially improve the United Nations oversight and "
         "management processes. Therefore: (a) The resources of the Office will be strengthened; (b) We "
         "therefore request the Secretary-General to submit detailed proposals to the General Assembly at "
         "its sixtieth session", [{"kind": "session", "body": "GA", "session": 60, "current": True}]),
        # … and the same words in the third person are unchanged
        ("Decides to extend the transition period for the Mission until 1 January 2033.",
         [{"kind": "date", "date": "2033-01-01", "expires": True}]),
    ],
)
def test_in_the_first_person_of_an_annexed_declaration(text, expected):
    assert dicts(text, "GA", 60, dt.date(2005, 10, 24)) == expected


@pytest.mark.parametrize(
    ("text", "adopted_on", "expected"),
    [
        # segmented/S_RES_2700 (2023) 3: "until" a length of time after the adoption ends the
        # measures as "for a period of one year" does, the day computed from the adoption
        ("Decides to renew until one year from the date of adoption of this resolution the measures "
         "imposed by paragraphs 3, 4, 5, 6, 7, 8, and 9 of resolution 2653 (2022);", dt.date(2023, 10, 19),
         [{"kind": "relative", "days": 366, "from": "adoption", "period": "P1Y",
           "date": "2024-10-19", "expires": True}]),
        ("Decides to extend the measure described in paragraph 6 of this resolution until six months "
         "after the adoption of this resolution;", dt.date(2025, 1, 31),
         [{"kind": "relative", "days": 181, "from": "adoption", "period": "P6M",
           "date": "2025-07-31", "expires": True}]),
        # … and counted from something else, it is no deadline
        ("Decides to renew the measures until one year from the date of the signing of the agreement;",
         dt.date(2025, 1, 31), []),
    ],
)
def test_until_a_time_after_the_adoption(text, adopted_on, expected):
    assert dicts(text, "SC", None, adopted_on) == expected


def test_a_period_from_a_named_start_ends_the_day_before_its_anniversary():
    text = "Decides to extend the mandate of the Mission for a period of one year from 1 July 2024"
    assert dicts(text, "SC", None, dt.date(2024, 6, 28)) == [
        {"kind": "date", "date": "2025-06-30", "expires": True}]


@pytest.mark.parametrize(
    ("text", "body", "session", "adopted_on", "expected"),
    [
        # A/HRC/RES/52/20 op 1: the period starts when the fifty-third session closes; only the
        # calendar knows when that is, so the deadline names the session and the length
        ("Decides to extend, for a period of three years, effective from the end of its "
         "fifty-third session, the mandate of Special Rapporteur on the human rights of migrants, "
         "with the following functions:", "HRC", 52, dt.date(2023, 4, 3),
         [{"kind": "relative", "from": "session_end", "body": "HRC", "session": 53,
           "period": "P3Y", "expires": True}]),
        # A/HRC/RES/55/27 op 7: the same after the mandate's name
        ("Decides to extend the mandate of Special Rapporteur on the situation of human rights in "
         "Belarus for a period of one year, effective from the end of its fifty-sixth session, and "
         "requests the Special Rapporteur to continue to monitor", "HRC", 55, dt.date(2024, 4, 4),
         [{"kind": "relative", "from": "session_end", "body": "HRC", "session": 56,
           "period": "P1Y", "expires": True}]),
        # not a resolution's words: 52/20's, changed to name the body after the session and
        # "the current session" (the branches no text of the corpus has)
        ("Decides to extend, for a period of two years, with effect from the end of the current "
         "session of the Human Rights Council, the mandate of the Independent Expert", "GA", 78,
         dt.date(2024, 4, 4),
         [{"kind": "relative", "from": "session_end", "body": "HRC", "session": 55,
           "period": "P2Y", "expires": True}]),
        # S/RES/2476 (2019) op 1: the start written before the period
        ("Requests the Secretary-General to establish the United Nations Integrated Office in "
         "Haiti (BINUH) beginning on 16 October 2019 and for an initial period of 12 months, "
         "headed by a Special Representative", "SC", None, dt.date(2019, 6, 25),
         [{"kind": "date", "date": "2020-10-15", "expires": True}]),
        # S/RES/2203 (2015) op 1: a start and the end date: the date alone, once
        ("Decides to extend the mandate of UNIOGBIS for a period of 12 months beginning on "
         "1 March 2015 until 29 February 2016;", "SC", None, dt.date(2015, 2, 18),
         [{"kind": "date", "date": "2016-02-29", "expires": True}]),
        # S/RES/2161 (2014) op 41: counted from the current mandate's end, given by its month
        ("Decides to extend the mandate of the Office of the Ombudsperson, established by "
         "resolution 1904 (2009), as reflected in the procedures outlined in annex II of this "
         "resolution, for a period of thirty months from the date of expiration of the Office of "
         "the Ombudsperson’s current mandate in June 2015, decides that", "SC", None,
         dt.date(2014, 6, 17),
         [{"kind": "relative", "days": 915, "from": "expiry", "date": "2017-12-31",
           "precision": "month", "expires": True}]),
        # S/RES/2253 (2015) op 89: "twenty four" written without the hyphen
        ("Decides, in order to assist the Committee in fulfilling its mandate, as well as to "
         "support the Ombudsperson, to extend the mandate of the current New York-based "
         "Monitoring Team and its members, established pursuant to paragraph 7 of resolution "
         "1526 (2004), for a further period of twenty four months from the expiration of its "
         "current mandate in December 2017, under the direction of the Committee", "SC", None,
         dt.date(2015, 12, 17),
         [{"kind": "relative", "days": 730, "from": "expiry", "date": "2019-12-31",
           "precision": "month", "expires": True}]),
        # S/RES/2734 (2024) op 101
        ("Decides, in order to assist the Committee in fulfilling its mandate, as well as to "
         "support the Ombudsperson, to extend the mandate of the current New York-based "
         "Monitoring Team and its members, established pursuant to paragraph 7 of resolution "
         "1526 (2004), for a further period of 36 months from the expiration of its current "
         "mandate in June 2024, and expresses its intention to review the mandate", "SC", None,
         dt.date(2024, 6, 10),
         [{"kind": "relative", "days": 1095, "from": "expiry", "date": "2027-06-30",
           "precision": "month", "expires": True}]),
    ],
)
def test_a_period_that_starts_later(text, body, session, adopted_on, expected):
    assert dicts(text, body, session, adopted_on) == expected


def test_a_period_from_a_session_end_round_trips():
    [d] = find_deadlines("Decides to extend, for a period of three years, effective from the end of "
                         "its fifty-third session, the mandate of Special Rapporteur on the human "
                         "rights of migrants",
                         body="HRC", session=52, adopted_on=dt.date(2023, 4, 3))
    assert Deadline.from_dict(d.to_dict()) == d


def test_link_expiries_dates_a_deadline_counted_back_from_the_expiry():
    from tracker.parsing.deadlines import link_expiries

    ops = [find_deadlines(t, body="SC", session=None, adopted_on=dt.date(2023, 7, 10)) for t in (
        "Decides to extend until 14 July 2024 the mandate of UNMHA",
        "Further requests the Secretary-General to present to the Council a further review of "
        "UNMHA, at least one month before UNMHA’s mandate is due to expire;")]
    link_expiries(ops)
    assert ops[1][0].date == dt.date(2024, 6, 14)


@pytest.mark.parametrize(
    ("text", "adopted_on", "expected"),
    [
        # A/RES/74/299 op 39
        ("Decides to convene a high-level meeting of the General Assembly, no later than the end "
         "of 2022, on improving global road safety", dt.date(2020, 8, 31),
         [{"kind": "date", "date": "2022-12-31", "precision": "year"}]),
        # E/RES/2023/5 B 3 (b)
        ("To publish the tenth revised edition in the most cost-effective manner, no later than "
         "the end of 2023, and to make it available", dt.date(2023, 6, 7),
         [{"kind": "date", "date": "2023-12-31", "precision": "year"}]),
        # A/RES/77/184 op 9: what the Assembly looks forward to (a declaratory paragraph) is due of no one
        ("looks forward to the convening of further discussions as early as December 2022, and no "
         "later than the end of the first quarter of 2023, to facilitate its finalization",
         dt.date(2022, 12, 14), []),
        # a half-year: its last day (A/RES/80/124 44, A/RES/77/246 50), not one already past ("held
        # during the first half of 2014, and looks forward to …", A/RES/68/224 31)
        ("Invites the President of the General Assembly to hold a one-day informal interactive dialogue "
         "during the first half of 2026, within existing resources", dt.date(2025, 12, 15),
         [{"kind": "date", "date": "2026-06-30", "precision": "half"}]),
        ("to organize a half-day dedicated thematic event in the second half of 2023 in order to provide "
         "substantive input to the Conference", dt.date(2022, 12, 30),
         [{"kind": "date", "date": "2023-12-31", "precision": "half"}]),
        ("Welcomes the meeting on productive capacity-building held during the first half of 2014, and "
         "looks forward to its successful outcome", dt.date(2013, 12, 20), []),
        # A/RES/57/337 op 11
        ("and to inform the General Assembly, pursuant to resolution 55/281 of 1 August 2001, no "
         "later than at its fifty-ninth session, of progress achieved", dt.date(2003, 7, 3),
         [{"kind": "session", "body": "GA", "session": 59}]),
        # A/RES/79/334 op 3 (called for, not stressed: a goal a clause stresses is no goal of the
        # paragraph): a goal year after a capitalised word is a target
        ("Calls for universal, meaningful and affordable access to the "
         "Internet by 2030, including meaningful use", dt.date(2025, 8, 25),
         [{"kind": "date", "date": "2030-12-31", "precision": "year", "target": True}]),
        # A/RES/78/119 op 34: a due year, not a goal
        ("to submit the report to the Committee by 2027", dt.date(2023, 12, 19),
         [{"kind": "date", "date": "2027-12-31", "precision": "year"}]),
        # A/RES/72/279 op 15: a series with its first year
        ("Requests the Secretary-General to report annually, starting in 2019, to the Economic "
         "and Social Council", dt.date(2018, 5, 31),
         [{"kind": "recurring", "every": "P1Y", "date": "2019-12-31", "precision": "year"}]),
        # A/RES/64/289 op 33: "biennial reports … beginning in 2011"
        ("Requests the funds and programmes to report on their efforts in their biennial reports "
         "to the Economic and Social Council, beginning in 2011,", dt.date(2010, 7, 2),
         [{"kind": "recurring", "every": "P2Y", "date": "2011-12-31", "precision": "year"}]),
        # A/RES/80/65 op 5: the Conference's intersessional period, before its next session
        ("to conduct consultations on the activities of the Conference on Disarmament in "
         "fulfilling its mandate during the intersessional period and, if possible,",
         dt.date(2025, 12, 1),
         [other("CD", None)]),
        # S/RES/1887 (2009) op 24: "Calls upon" sets nothing off
        ("Calls upon Member States to share best practices, with the aim of securing all "
         "vulnerable nuclear material from such risks within four years;", dt.date(2009, 9, 24),
         [{"kind": "relative", "days": 1461, "from": "adoption", "period": "P4Y", "date": "2013-09-24"}]),
        # A/RES/66/260 op 20: "at that session" is the session named before (one deadline)
        ("Decides to include in the provisional agenda of its sixty-eighth session the item "
         "entitled “Global road safety crisis”, and requests the Secretary-General to report to "
         "the General Assembly at that session on the progress made", dt.date(2012, 4, 19),
         [{"kind": "session", "body": "GA", "session": 68}]),
        # E/RES/2023/5 B 4: a description, not a deadline
        ("to take account of the recommendations made by the Committee every two years;",
         dt.date(2023, 6, 7), []),
    ],
)
def test_more_date_forms(text, adopted_on, expected):
    session = adopted_on.year - 1945 - (adopted_on.month < 9)
    assert dicts(text, "GA", session, adopted_on) == expected


def test_a_session_dated_in_one_paragraph_dates_the_same_session_in_the_others():
    """A/RES/78/111: op 2 "shall hold its next session from 20 to 28 February 2024" dates op 4's
    "brief the Special Committee at its next session" and op 3's "at its session in 2024"."""
    printed = Deadline(DeadlineKind.SESSION, "hold its next session", body="CHARTER",
                       opens=dt.date(2024, 2, 20), closes=dt.date(2024, 2, 28))
    following = Deadline(DeadlineKind.SESSION, "at its next session", body="CHARTER")
    same_year = Deadline(DeadlineKind.SESSION, "at its session in 2024", body="CHARTER", session=2024)
    later_year = Deadline(DeadlineKind.SESSION, "at its session in 2025", body="CHARTER", session=2025)
    other_body = Deadline(DeadlineKind.SESSION, "at its next session", body="CCPCJ")
    assembly = Deadline(DeadlineKind.SESSION, "at its seventy-ninth session", body="GA", session=79)
    link_session_dates([[printed], [following, same_year, later_year], [other_body, assembly]])
    dated = (dt.date(2024, 2, 20), dt.date(2024, 2, 28))
    assert (following.opens, following.closes) == dated
    assert (same_year.opens, same_year.closes) == dated
    assert later_year.opens is None and other_body.opens is None and assembly.opens is None
    # the Special Committee names its sessions by the year they are held in: its next session, dated, is
    # its 2024 session (filed with "at its session in 2024")
    assert printed.session == following.session == 2024


def test_a_next_session_dated_is_numbered_only_by_a_body_that_names_sessions_by_their_year():
    """The Commission on Crime Prevention and Criminal Justice numbers its sessions (thirty-third); ECOSOC's
    session of a year opens the July before: neither is numbered by the year the printed dates fall in."""
    ordinal = Deadline(DeadlineKind.SESSION, "at its next session", body="CCPCJ",
                       opens=dt.date(2024, 5, 13), closes=dt.date(2024, 5, 17))
    council = Deadline(DeadlineKind.SESSION, "at its next session", body="ECOSOC",
                       opens=dt.date(2024, 7, 25))
    link_session_dates([[ordinal], [council]])
    assert ordinal.session is None and council.session is None


@pytest.mark.parametrize(("text", "expected"), [
    # segmented/S_RES_2506 (2020) 10, S_RES_1758 (2007) 5, S_RES_1866 (2009) 8
    ("Expresses its full support for UNFICYP, and decides to extend its mandate for a further period "
     "ending on 31 July 2020;", "2020-07-31"),
    ("Expresses its full support for UNFICYP and decides to extend its mandate for a further period "
     "ending 15 December 2007;", "2007-12-15"),
    ("Decides to extend the mandate of the United Nations mission for a new period terminating on "
     "15 June 2009;", "2009-06-15"),
])
def test_a_mandate_extended_for_a_period_ending_on_a_day_expires_that_day(text, expected):
    assert dicts(text, body="SC", session=None) == [{"kind": "date", "date": expected, "expires": True}]


def test_a_period_ending_on_a_day_that_ends_no_mandate_is_no_deadline():
    assert dicts("Approves the budget of the Tribunal for the financial period ending 31 December 2031;",
                 body="GA", session=80) == []


@pytest.mark.parametrize(("text", "expected"), [
    # segmented/A_RES_75_202 45: the annual report is where a report due at a session is given
    ("Requests the Secretary-General to submit to the General Assembly at its seventy-sixth session, "
     "through the Commission on Science and Technology for Development and the Economic and Social "
     "Council, an action-oriented report on the status of the implementation of and follow-up to the "
     "present resolution, as part of his annual report on the progress made in the implementation of "
     "and follow-up to the outcomes of the World Summit on the Information Society;",
     [(DeadlineKind.SESSION, None)]),
    # segmented/A_RES_64_71 179
    ("Requests the Secretary-General to present these views to the General Assembly at its "
     "sixty-fifth session in the context of his annual report on oceans and the law of the sea;",
     [(DeadlineKind.SESSION, None)]),
    # segmented/A_RES_52_92 G 2: another sub-paragraph's session leaves the annual report recurring
    ("Requests the Secretary-General: (a) To include in his annual report on the implementation of the "
     "Global Programme of Action recommendations on ways and means to improve implementation; (b) To "
     "submit to the General Assembly at its fifty-third session an updated report on the status of the "
     "Convention;", [(DeadlineKind.RECURRING, "P1Y"), (DeadlineKind.SESSION, None)]),
])
def test_the_annual_report_a_dated_report_is_part_of_does_not_recur(text, expected):
    found = find_deadlines(text, body="GA", session=52, include_annual_report=True)
    assert [(d.kind, d.every) for d in found] == expected


@pytest.mark.parametrize("text", [
    # segmented A/RES/75/233 87: "the request", not only "its request", made again is asked now
    "Reiterates the request to the Secretary-General to submit for the consideration of the General "
    "Assembly, before the end of its seventy-fifth session, a review with recommendations;",
    # "…, and reaffirms its request …": the verb of the clause, whatever its length
    "Notes the progress made, and reaffirms its request to the Secretary-General to submit to the "
    "General Assembly at its seventy-fifth session a report on the matter;",
])
def test_a_request_made_again_is_due_at_the_session_it_names(text):
    assert [(d["kind"], d["session"]) for d in dicts(text, session=75)] == [("session", 75)]


@pytest.mark.parametrize(("text", "days"), [
    # segmented S/RES/2253 (2015) 98 and 95, S/RES/2322 (2016) 22, S/RES/2379 (2017) 16: what is to be
    # reviewed, submitted or updated "in" or "after" a period is due that long after the adoption
    ("Decides to review the measures described in paragraph 2 above with a view to their possible further "
     "strengthening in eighteen months or sooner if necessary;", 540),
    ("Requests the Monitoring Team to submit, in close collaboration with the CTED, to the Committee in "
     "30 days recommendations to the Committee on measures that can be taken;", 30),
    ("Requests CTC to update the Council in twelve months on the implementation of this resolution.", 360),
    ("Decides to review the mandate of the Special Adviser and Team after a period of two years;", 730),
    # … not a period nothing is due at, a rhythm, or a readiness affirmed (S/RES/2046 (2012) 6, S/RES/2674
    # (2023) 10)
    ("Notes that unemployment rose in two years;", None),
    ("Requests the Secretary-General to inform the Security Council within 15 days and in two week "
     "intervals thereafter on the status of compliance;", 15),
    ("Expresses its full support for UNFICYP, and affirms its readiness to review the implementation of "
     "this resolution after six months;", None),
])
def test_a_period_in_which_something_is_delivered_counts_from_the_adoption(text, days):
    found = [d["days"] for d in dicts(text, "SC", None) if d["kind"] == "relative"]
    assert found == ([days] if days else [])


@pytest.mark.parametrize(("text", "adopted_on", "date"), [
    # segmented S/RES/2158 (2014) 15 (adopted 29 May 2014): the first of reports every 120 days
    ("no fewer than three written reports, with the first written report by 25 September, and every "
     "120 days thereafter;", dt.date(2014, 5, 29), "2014-09-25"),
    # segmented S/RES/1863 (2009) 11 (adopted 16 January 2009), the day before its month
    ("further requests the Secretary-General to report no later than January 30 on the precise "
     "equipment and services being provided", dt.date(2009, 1, 16), "2009-01-30"),
    # segmented A/RES/77/33 1 (adopted 7 December 2022): the next 30 April is the next year's (the first of a
    # yearly deadline: its date)
    ("to provide the Secretary-General, by 30 April annually, with a report on their military "
     "expenditures", dt.date(2022, 12, 7), "2023-04-30"),
    # … whatever follows it
    ("to submit its report by 31 August to the Committee", dt.date(2022, 5, 30), "2022-08-31"),
])
def test_a_day_written_without_its_year_is_its_next_one_after_the_adoption(text, adopted_on, date):
    found = [d["date"] for d in dicts(text, body="SC", session=None, adopted_on=adopted_on) if d.get("date")]
    assert found[:1] == [date]



@pytest.mark.parametrize(("text", "adopted_on", "dates"), [
    # segmented S/RES/2771 (2025) 23 and S/RES/1925 (2010) 20: each date of a list after a deadline's
    ("Requests the Secretary-General to submit two reports, by 4 July 2025 and 5 January 2026 "
     "respectively, on his Good Offices", dt.date(2025, 1, 30), ["2025-07-04", "2026-01-05"]),
    ("Requests the Secretary-General to report by 11 October 2010, 21 January 2011 and 13 May 2011 on "
     "the progress on the ground", dt.date(2010, 5, 28), ["2010-10-11", "2011-01-21", "2011-05-13"]),
    # … going forward in time: what follows an earlier date is something else's
    ("to submit a report by 31 May 2025 and 1 January 2020 levels of emissions", dt.date(2025, 1, 1),
     ["2025-05-31"]),
])
def test_each_date_of_a_list_is_due(text, adopted_on, dates):
    found = [d["date"] for d in dicts(text, body="SC", session=None, adopted_on=adopted_on)]
    assert found == dates


@pytest.mark.parametrize(("text", "session", "expected"), [
    # A/RES/45/248 XIII 3 and A/RES/2345 4 (GA pdf text): tens and units written together
    ("to submit concrete proposals to the General Assembly at its fortysixth session, through the "
     "Advisory Committee", 45, [("at its fortysixth session", 46)]),
    ("in any event, not later than the beginning of the twentythird session of the General Assembly, and "
     "to submit it to the Assembly at that session.", 22,
     [("not later than the beginning of the twentythird session of the General Assembly", 23)]),
    # A/RES/80/197 43: the session's start, due by its opening, read from the words that say when
    ("to submit to the General Assembly, prior to the start of its eighty-second session, a "
     "comprehensive report", 80, [("prior to the start of its eighty-second session", 82)]),
])
def test_a_session_written_otherwise(text, session, expected):
    found = find_deadlines(text, body="GA", session=session)
    assert [(d.text, d.session) for d in found] == expected
    assert not any(d.end for d in found)




@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # where a participle's own words end, what follows is asked: segmented S/RES/2253 (2015) 48,
    # A/RES/57/300 41 and A/RES/69/262 C 9 (GA pdf text), S/RES/1882 (2009) 19 (d)'s words (the paragraph
    # itself bears in mind the views of briefings held before then, another event's date, which is not
    # the report's: test_session_of_an_input.py)
    ("further directs the Secretariat, with the assistance of the Monitoring Team, to build and maintain the "
     "data model approved by the Committee, with a view to its completion by June 2017 and requests the "
     "Secretary-General to provide additional resources in this regard;", dt.date(2015, 12, 17),
     [("by June 2017", None)]),
    ("Requests the Secretary-General to submit a progress report on the implementation of the reform "
     "measures as considered in the present resolution to the General Assembly at its fifty-eighth session.",
     dt.date(2002, 12, 20), [("at its fifty-eighth session", 58)]),
    ("to report on concrete steps taken in this regard at the main part of its seventieth session;",
     dt.date(2014, 12, 29), [("at the main part of its seventieth session", 70)]),
    ("the views expressed by all the members of the Working Group during informal briefings to be held "
     "before the end of 2009;", dt.date(2009, 8, 4), [("before the end of 2009", None)]),
    # … not what was done: "the report submitted … at its fifty-seventh session"
    ("Takes note of the report submitted by the Secretary-General to the General Assembly at its "
     "fifty-seventh session, in this regard", dt.date(2002, 12, 20), []),
])
def test_what_a_participle_describes_ends_where_its_words_do(text, adopted_on, expected):
    found = find_deadlines(text, body="GA", session=57, adopted_on=adopted_on)
    assert [(d.text, d.session) for d in found] == expected


@pytest.mark.parametrize(("text", "adopted_on", "date"), [
    # A/RES/80/242 78 and A/RES/70/222 12 (GA pdf text): a name does not end "by the end of 2026"
    ("requests the Secretary-General to complete the independent and impartial review of the Department "
     "of Global Communications by the end of 2026 without any further delay", dt.date(2025, 12, 24),
     "2026-12-31"),
    ("an update on the progress of the work of the Task Team for the consideration of Member States by "
     "the end of 2016;", dt.date(2015, 12, 22), "2016-12-31"),
    # … while a year inside a name is none (A/RES/76/233: the Caribbean Firearms Roadmap)
    ("the Caribbean Priority Actions on the Illicit Proliferation of Firearms and Ammunition across the "
     "Caribbean in a Sustainable Manner by 2030 (Caribbean Firearms Roadmap)", dt.date(2021, 12, 24), None),
])
def test_the_end_of_a_year_after_a_name_is_due(text, adopted_on, date):
    found = [d["date"] for d in dicts(text, body="GA", session=80, adopted_on=adopted_on)]
    assert found == ([date] if date else [])


def test_a_session_the_adopting_body_held_long_ago_is_the_named_bodys():
    # segmented E/RES/2024/2 11: the Council's fifty-eighth session was in 1975; the Commission's is due
    text = ("Requests that the Bureau of the Statistical Commission review, assess and report on the "
            "progress towards the achievement of the objectives of the present resolution at the "
            "fifty-eighth session, including by making recommendations in this regard;")
    found = find_deadlines(text, body="ECOSOC", session=2024, adopted_on=dt.date(2024, 6, 6))
    assert [(d.body, d.session) for d in found] == [("STATCOM", 58)]
    # … and the adopting body's own when it is to come (A/RES/45/248 VIII 3, adopted at the forty-fifth)
    text = ("Empowers the Advisory Committee on Administrative and Budgetary Questions to authorize the "
            "Secretary-General to enter into commitments for additional requirements necessary for 1991, "
            "on the understanding that such appropriations as may be necessary for 1991 would have first "
            "call on the contingency fund of the programme budget for the biennium 1990-1991 at the "
            "forty-sixth session;")
    found = find_deadlines(text, body="GA", session=45, adopted_on=dt.date(1990, 12, 21))
    assert [(d.body, d.session) for d in found] == [("GA", 46)]


@pytest.mark.parametrize(("text", "sessions"), [
    # A/RES/62/208 142 and A/RES/67/226 186 (GA pdf text): each year's session of a body whose sessions
    # go by year
    ("to submit to the Economic and Social Council, at its substantive sessions of 2009 and 2010, "
     "detailed reports", [2009, 2010]),
    ("to submit to the Economic and Social Council, at its substantive sessions of 2013, 2014 and 2015, "
     "analytical reports", [2013, 2014, 2015]),
])
def test_sessions_of_several_years(text, sessions):
    found = find_deadlines(text, body="GA", session=62)
    assert [(d.body, d.session) for d in found] == [("ECOSOC", n) for n in sessions]


@pytest.mark.parametrize(("text", "date"), [
    # segmented S/RES/2717 (2023) 24 and 30: a day written with its ordinal suffix
    ("to provide by June 30th 2024, in coordination with relevant stakeholders, an update", "2024-06-30"),
    ("Requests the Secretary-General to report by 15th March 2024 on the implementation", "2024-03-15"),
])
def test_a_day_with_its_ordinal_suffix(text, date):
    found = dicts(text, body="SC", session=None, adopted_on=dt.date(2023, 12, 19))
    assert [d["date"] for d in found] == [date]


@pytest.mark.parametrize("text", [
    # segmented S/RES/2627 (2022) 3, S/RES/2617 (2021) 16, S/RES/2231 (2015) 11, S/RES/2734 (2024) 49: a
    # period counted from an event the text names at length, or from the adoption of something else
    "Requests the Panel of Experts to provide to the Committee a planned programme of work no later than "
    "thirty days after the Panel’s reappointment, encourages the Committee to engage in regular discussions",
    "and for CTED to report within 12 months after the initial assessment report to the CTC on steps taken "
    "to implement the recommendations",
    "Decides that, within 30 days of receiving a notification by a JCPOA participant State of an issue that "
    "the JCPOA participant State believes constitutes significant non-performance, it shall vote",
    "Calls upon all States to submit an updated report to the Committee no later than 180 days from the "
    "date of adoption of the form developed pursuant to paragraph 47 on their implementation",
])
def test_a_period_counted_from_another_event_is_counted_from_it(text):
    # (its length kept, no date: the event dates it)
    found = [d for d in dicts(text, body="SC", session=None, adopted_on=dt.date(2024, 1, 1))
             if d["kind"] == "relative"]
    assert found and all(d["from"] == "event" and "date" not in d for d in found)


@pytest.mark.parametrize(("text", "days"), [
    # … while one counted from the adoption is (A/RES/71/248 8, segmented S/RES/2698 (2023) 3)
    ("Requests the Secretary-General to report on the implementation of the present resolution within "
     "45 days of its adoption, and decides to revisit the question", 45),
    ("Requests the Secretary-General to report within 30 days following the adoption of the present "
     "resolution on the steps taken", 30),
    ("to submit a report no later than 90 days from the date of adoption of this resolution on", 90),
])
def test_a_period_counted_from_the_adoption_is_a_deadline(text, days):
    assert [d["days"] for d in dicts(text, body="SC", session=None) if d["kind"] == "relative"] == [days]


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # … and dated where the adoption's date is known, months counted as calendar months, as a delay with
    # no word before it is (one path)
    ("Requests the Secretary-General to report within six months of the adoption of the present resolution",
     dt.date(2024, 3, 15), [(184, "2024-09-15")]),
    ("Requests the Secretary-General to report no later than 90 days from the date of adoption of this "
     "resolution on", dt.date(2024, 3, 15), [(90, "2024-06-13")]),
    ("to report to the Council in two weeks", dt.date(2024, 3, 15), [(14, "2024-03-29")]),
])
def test_a_period_counted_from_the_adoption_is_dated_from_it(text, adopted_on, expected):
    found = find_deadlines(text, body="SC", session=None, adopted_on=adopted_on)
    assert [(d.days, d.date.isoformat()) for d in found if d.kind == DeadlineKind.RELATIVE] == expected


def test_a_report_dated_otherwise_in_a_section_of_the_annual_report_does_not_recur():
    # A/RES/76/125 11 (GA pdf text)
    text = ("to report thereon to the Assembly at its seventy-ninth session in a separate section of the "
            "annual report on the strengthening of the coordination of emergency humanitarian assistance")
    found = find_deadlines(text, body="GA", session=76, include_annual_report=True)
    assert [(d.kind, d.session) for d in found] == [(DeadlineKind.SESSION, 79)]


@pytest.mark.parametrize(("text", "expected"), [
    # A/RES/S-26/2 annex 47 and E/RES/36 (IV) A 19 (segmented): a date that opens a sentence
    ("By 2003, establish time-bound national targets to achieve the internationally agreed global "
     "prevention goal", [("By 2003", "2003-12-31", True)]),
    ("Not later than 1951, the Council shall make a special review of the work of the Commission",
     [("Not later than 1951", "1951-12-31", False)]),
])
def test_a_date_that_opens_a_sentence(text, expected):
    found = find_deadlines(text, body="GA", session=None)
    assert [(d.text, d.date.isoformat(), d.target) for d in found] == expected


@pytest.mark.parametrize(("text", "body", "expected"), [
    # segmented E/RES/2023/10 3 and A/RES/75/290 7 (GA pdf text): the theme of a session describes it; the
    # session at which the recommendations are made, or the theme agreed, is due
    ("Requests the Committee, at its twenty-sixth session, to examine and make recommendations on the "
     "annual theme of the 2024 session of the Council;", "ECOSOC", [(None, 26)]),
    ("Recalls its decision contained in resolution 74/298, and decides to agree at its seventy-seventh "
     "session on the annual theme of the 2024 session of the Economic and Social Council", "GA",
     [("GA", 77)]),
    # … while a session's agenda or segment is when something is due (A/RES/71/19 6)
    ("Decides to include in the provisional agenda of its seventy-sixth session the item", "GA",
     [("GA", 76)]),
])
def test_the_theme_of_a_session_is_no_deadline(text, body, expected):
    found = find_deadlines(text, body=body, session=2023 if body == "ECOSOC" else 75,
                           adopted_on=dt.date(2023, 6, 7) if body == "ECOSOC" else dt.date(2021, 6, 25))
    assert [(d.body if d.body in ("GA", "ECOSOC") else None, d.session) for d in found] == expected


@pytest.mark.parametrize(("text", "expires"), [
    # segmented S/RES/2748 (2024) 2 and S/RES/2739 (2024) 1: an authorization or an extension that opens the
    # paragraph with its capital ends on the date
    ("Authorises the Member States of the African Union to continue to deploy up to 12,626 uniformed "
     "personnel, inclusive of 1,040 police personnel, to ATMIS until 31 December 2024;", [True]),
    ("Extends the reporting request in paragraph 10 of resolution 2722 (2024) until January 15, 2025;",
     [True]),
    # … not a report due every month until a date (S/RES/2629 (2022) 6): the end of the series, no date
    ("Requests the Secretary-General to report to the Security Council on the implementation of this "
     "resolution every 30 days up until 31 July 2022;", []),
])
def test_an_authorization_that_opens_the_paragraph_ends_on_its_date(text, expires):
    found = [d for d in find_deadlines(text, body="SC", session=None, adopted_on=dt.date(2022, 6, 1))
             if d.kind == DeadlineKind.DATE]
    assert [d.expires for d in found] == expires


@pytest.mark.parametrize(("text", "every"), [
    # A/RES/66/293 2, A/HRC/RES/42/23 27, segmented S/RES/1989 (2011) 40: what is convened or conducted each
    # time recurs
    ("Also decides to conduct a biennial review under the aegis of the General Assembly in the context of "
     "its agenda item on the development of Africa;", ["P2Y"]),
    ("Decides to organize a biennial panel discussion on the right to development, with the participation "
     "of Member States", ["P2Y"]),
    ("Further directs the Committee to conduct an annual review of all names on the Al-Qaida Sanctions List "
     "that have not been reviewed in three or more years", ["P1Y"]),
    # … not a decision recalled (A/RES/52/26 17), nor one report (A/RES/56/253 25)
    ("Reaffirms its decision to undertake an annual review and evaluation of the implementation of the "
     "Convention", []),
    ("requests the Secretary-General to prepare the next biennial proposed programme budget in full "
     "conformity with the medium-term plan", []),
])
def test_what_is_held_each_year_or_two_recurs(text, every):
    found = find_deadlines(text, body="GA", session=66)
    assert [d.every for d in found if d.kind == DeadlineKind.RECURRING] == every


@pytest.mark.parametrize(("text", "targets"), [
    # a goal a clause notes, welcomes, recalls or reaffirms is no goal the paragraph sets (A/RES/75/230 5,
    # A/RES/75/182 38, A/RES/70/127 13)
    ("Notes that the world as a whole is not on track to eradicate extreme poverty by 2030, and stresses the "
     "resolve to eradicate poverty", []),
    ("Recalls the Political Declaration on HIV and AIDS: On the Fast Track to Accelerating the Fight against "
     "HIV and to Ending the AIDS Epidemic by 2030, adopted on 8 June 2016", []),
    ("Further urges Member States to address high rates of youth unemployment, and in this regard reaffirms "
     "the commitment of Heads of State and Government to develop and operationalize a global strategy for "
     "youth employment by 2020, and encourages Member States to invest in education", []),
    # … in an annexed declaration's first person too, its "we" left to the lead-in (A/RES/78/4 18,
    # A/RES/80/117 1)
    ("Express deep concern that … at the current pace of progress towards universal health coverage up to "
     "one third of the world’s population will remain underserved by 2030", []),
    ("Strongly reaffirm our commitment to reduce by one third premature mortality from noncommunicable "
     "diseases by 2030", []),
    # … while the goal of a call stays (A/RES/80/117 annex 68, A/RES/73/220 21)
    ("Urges Member States to end the epidemic of AIDS by 2030", ["2030-12-31"]),
    ("Take measures to reduce out-of-pocket expenditure … for noncommunicable diseases and mental health "
     "conditions by 2030.", ["2030-12-31"]),
    ("Recommits to a redoubling of its efforts to substantially reduce illicit financial flows by 2030", [
        "2030-12-31"]),
])
def test_a_goal_a_clause_notes_or_recalls_is_no_goal_of_the_paragraph(text, targets):
    # (read as the parser reads an annexed declaration's paragraph: from where its speakers speak)
    found = find_deadlines(text, body="GA", session=75, adopted_on=dt.date(2020, 12, 21),
                           spoken_from=speakers_from(text))
    assert [d.date.isoformat() for d in found if d.target] == targets


@pytest.mark.parametrize(("text", "years"), [
    # a year ends a name only where the name is a title's: its name or quotation closes after it, or it is
    # worded as a title (A/RES/80/61 7, A/RES/78/97 9, A/HRC/RES/56/20 2, A/RES/67/152 29)
    ("Welcomes the Roadmap for Implementing the Caribbean Priority Actions on the Illicit Proliferation of "
     "Firearms and Ammunition across the Caribbean in a Sustainable Manner by 2030 (Caribbean Firearms "
     "Roadmap), and encourages States to implement it", []),
    ("Encourages the steps taken by Tokelau through its “Tobacco-Free Tokelau by 2020” policy", []),
    ("Urges States to implement the Political Declaration on HIV and AIDS: Ending Inequalities and Getting "
     "on Track to End AIDS by 2030, adopted by the General Assembly", []),
    ("Urges States to implement the Road Map for Achieving the Elimination of the Worst Forms of Child "
     "Labour by 2016", []),
    # … not a plain name before the year, which is the goal (A/RES/80/124 45, A/HRC/RES/52/25 5,
    # A/RES/74/232 31)
    ("Calls upon all relevant bodies to assist least developed countries in relation to the capacity of "
     "Member States to achieve all the Sustainable Development Goals by 2030;", ["2030-12-31"]),
    ("Calls upon States to build technical capacity with a view to attaining target 16.9 of the Sustainable "
     "Development Goals by 2030;", ["2030-12-31"]),
    ("Reiterates the call to substantially enhance international cooperation to developing countries "
     "through adequate and sustainable support for the implementation of the Sendai Framework by 2030;",
     ["2030-12-31"]),
])
def test_a_year_ends_a_name_only_where_the_name_is_a_title(text, years):
    found = find_deadlines(text, body="GA", session=80, adopted_on=dt.date(2025, 12, 1))
    assert [d.date.isoformat() for d in found if d.kind == DeadlineKind.DATE] == years


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # the President of the Assembly asked to act, or to convene, at a session: that session is the
    # deadline (A/RES/65/1 79, A/RES/71/256 annex 173, A/RES/70/305 38)
    ("We request the President of the General Assembly at its sixty-eighth session to organize a special "
     "event in 2013 to follow up efforts made towards achieving the Millennium Development Goals.",
     dt.date(2010, 9, 22), [("GA", 68)]),
    ("We decide to hold a two-day high-level meeting of the General Assembly, to be convened by the "
     "President of the General Assembly during the seventy-first session, to discuss the effective "
     "implementation of the New Urban Agenda", dt.date(2016, 12, 23), [("GA", 71)]),
    ("Notes that the selection and appointment of the next Secretary-General is expected to take place in "
     "2016, and as a result requests, without prejudice to the role of the principal organs as enshrined in "
     "Article 97 of the Charter, the President of the General Assembly at its seventy-first session to "
     "actively support this process", dt.date(2016, 9, 13), [("GA", 71)]),
    # … a President named by the session he presided over is not (A/RES/77/335 40, A/RES/79/286 2)
    ("Acknowledges the President of the General Assembly at its seventy-seventh session for convening "
     "scientific briefings", dt.date(2023, 9, 1), []),
    ("Also decides that: (a) The opening segment will feature statements by the President of the General "
     "Assembly at its eightieth session, the Secretary-General", dt.date(2025, 7, 1), []),
])
def test_a_president_asked_to_act_at_a_session(text, adopted_on, expected):
    found = find_deadlines(text, body="GA", session=adopted_on.year - 1945 - (adopted_on.month < 9),
                           adopted_on=adopted_on)
    assert [(d.body, d.session) for d in found if d.kind == DeadlineKind.SESSION] == expected


@pytest.mark.parametrize(("text", "years"), [
    # the year of an event the asked product serves is the event's, not the product's (A/RES/80/117 annex 81,
    # A/RES/73/248 7)
    ("Request the Secretary-General … to submit to the General Assembly by the end of 2030 a progress report "
     "on the implementation of the present political declaration, which will serve to inform the next "
     "high-level meeting, to be convened in 2031.", ["2030-12-31"]),
    ("Requests the Secretary-General to report to the General Assembly at its seventy-fourth session for its "
     "further consideration and to inform the next cycle of the quadrennial comprehensive policy review, "
     "to be "
     "launched in 2020.", []),
    # … unless it is what is convened (A/RES/77/170 34)
    ("Decides to convene a global stocktaking, funded from extrabudgetary resources, to be held in 2024",
     ["2024-12-31"]),
])
def test_the_year_of_an_event_a_product_serves_is_not_its_due_year(text, years):
    found = find_deadlines(text, body="GA", session=73, adopted_on=dt.date(2018, 12, 21))
    assert [d.date.isoformat() for d in found if d.kind == DeadlineKind.DATE] == years


def test_a_day_glued_to_its_month_is_read():
    # S/RES/2537 (2020) 11, as its PDF's text glues it
    text = "Expresses its full support for UNFICYP, and decides to extend its mandate for a further period " \
           "ending on " \
           "31January 2021;"
    found = find_deadlines(text, body="SC", session=None, adopted_on=dt.date(2020, 7, 28))
    assert [(d.date, d.expires) for d in found] == [(dt.date(2021, 1, 31), True)]


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # another body's session is never the Assembly's: a governing body named by what it is (A/RES/68/215 13,
    # the request recalled: no deadline; asked: that body's, undated), an organ named after "its"
    # (A/RES/77/248 250,
    # its session already held), a body asked in turn (A/RES/60/251 13)
    ("Notes the commitment of the governing body of the United Nations Environment Programme … and, in this "
     "context, of the request of the governing body of the Programme to the Executive Director to present a "
     "report to the governing body at its next session", dt.date(2013, 12, 20), []),
    ("Requests the Executive Director to present a report to the governing body at its next session",
     dt.date(2013, 12, 20), [(None, "governing body", None)]),
    ("looks forward to the formal adoption by the International Maritime Organization of the Med SOx ECA in "
     "December 2022, following the approval by its Marine Environment Protection Committee at its "
     "seventy-eighth session in June 2022", dt.date(2022, 12, 30), []),
    ("Invites the International Maritime Organization to report on the consideration by its Marine "
     "Environment "
     "Protection Committee at its eighty-third session", dt.date(2024, 12, 10),
     [(None, "Marine Environment Protection Committee", 83)]),
    ("Recommends that the Economic and Social Council request the Commission on Human Rights to conclude its "
     "work at its sixty-second session, and that it abolish the Commission on 16 June 2006;",
     dt.date(2006, 3, 15), [("CHR", None, 62)]),
    # … while an invited person leaves the session to the body that invites (A/HRC/RES/36/9 17)
    ("(d) That the Working Group shall invite the Special Rapporteur, in consultation with Member States, to "
     "provide his views on the work of the Working Group and its relevant agenda items, at its nineteenth "
     "session", dt.date(2017, 9, 29), [("WGRTD", None, 19)]),
])
def test_another_bodys_session_is_never_the_assemblys(text, adopted_on, expected):
    body = "HRC" if "Working Group" in text else "GA"
    found = find_deadlines(text, body=body, session=68, adopted_on=adopted_on,
                           named=["WGRTD"] if body == "HRC" else [])  # A/HRC/RES/36/9 names it in full
    assert [(d.body, d.body_name if d.body is None else None, d.session) for d in found
            if d.kind == DeadlineKind.SESSION] == expected


def test_measures_named_after_the_adoption_their_period_counts_from_end_with_it():
    # segmented/S_RES_2140 (2014) 15 (adopted 26 February 2014): the travel ban's period, and what it
    # ends named after "from the date of the adoption of this resolution"
    text = ("Decides that, for an initial period of one year from the date of the adoption of this "
            "resolution, all Member States shall take the necessary measures to prevent the entry into "
            "or transit through their territories of individuals designated by the Committee;")
    found = find_deadlines(text, body="SC", session=None, adopted_on=dt.date(2014, 2, 26))
    assert [(d.text, d.date, d.expires) for d in found] == [
        ("for an initial period of one year", dt.date(2015, 2, 26), True)]


@pytest.mark.parametrize(("text", "body", "session", "adopted_on", "expected"), [
    # segmented A/RES/70/299 21, A/RES/61/275 I 2: the resolution decides to act at its session; the body
    # named before "at its" is what the act concerns ("of", "for" before it), not the session's owner
    ("Decides to review progress in implementing the present resolution and resolution 67/290 on the format "
     "and organizational aspects of the high-level political forum at its seventy-fourth session, in order "
     "to benefit from lessons learned", "GA", 70, dt.date(2016, 7, 29), [("GA", 74)]),
    ("Decides to review the terms of reference for the Independent Audit Advisory Committee at its "
     "sixty-fifth session;", "GA", 61, dt.date(2007, 6, 29), [("GA", 65)]),
    # … not where the body acts, or is addressed, or where a clause welcomes its decision (A/RES/60/225 7,
    # A/RES/80/110 264, E/RES/2020/15 1)
    ("Requests the General Committee to consider including in the provisional agenda of the General "
     "Assembly at its sixty-second session an additional item", "GA", 60, dt.date(2006, 4, 7), [("GA", 62)]),
    ("Notes the ongoing work of the International Maritime Organization, and welcomes the decision of the "
     "Marine Environment Protection Committee of the International Maritime Organization at its "
     "eighty-second session to designate the Nusa Penida Islands", "GA", 80, dt.date(2025, 12, 9), []),
    ("Decides that the multi-year programme of work of the Commission on the Status of Women for the "
     "sixty-fifth and sixty-sixth sessions will be as follows:", "ECOSOC", 2020, dt.date(2020, 6, 9),
     [("CSW", 65), ("CSW", 66)]),
])
def test_a_body_the_resolutions_own_act_concerns_does_not_own_its_session(text, body, session, adopted_on,
                                                                          expected):
    found = find_deadlines(text, body=body, session=session, adopted_on=adopted_on)
    assert [(d.body, d.session) for d in found] == expected


@pytest.mark.parametrize(("text", "body", "session", "adopted_on", "expected"), [
    # segmented A/RES/32/197 5 and 6, E/RES/1819 (LV) 5: the Council numbered its sessions until 1978;
    # the session is their year, as the Council's sessions go
    ("to report to the General Assembly at its thirty-third session, through the Economic and Social "
     "Council, within the scope of its competence, at its sixty-fifth session;", "GA", 32,
     dt.date(1977, 12, 20), [("GA", 33), ("ECOSOC", 1978)]),
    ("Invites the Secretary-General to submit to the Economic and Social Council at its sixty-fourth "
     "session a report", "GA", 32, dt.date(1977, 12, 20), [("ECOSOC", 1978)]),
    ("Requests the Trade and Development Board to report its conclusions to the Economic and Social "
     "Council at its fifty-seventh session.", "ECOSOC", 55, dt.date(1973, 8, 2), [("ECOSOC", 1974)]),
    # … and after 1978 such words are the adopting body's next session (A/RES/63/239 annex 89)
    ("We request the Economic and Social Council to consider this matter during its spring meeting, with a "
     "view to making recommendations for final action by the General Assembly as early as possible in its "
     "sixty-fourth session.", "GA", 63, dt.date(2008, 12, 24), [("GA", 64)]),
    # a regular session of a year is of that year, not the body's first or second session (A/RES/45/179 9,
    # A/RES/35/63 4, E/RES/1989/60 9)
    ("Requests the Economic and Social Council, as a matter of urgency at its first regular session of "
     "1991, to undertake a review", "GA", 45, dt.date(1990, 12, 21), [("ECOSOC", 1991)]),
    ("to submit to the Secretary-General, for transmission to the Council at its second regular session "
     "of 1982, suggestions", "GA", 35, dt.date(1980, 12, 5), [("ECOSOC", 1982)]),
    ("Requests the Secretary-General to submit a report on the implementation of the present resolution "
     "to the Council at its first regular session of 1990.", "ECOSOC", 1989, dt.date(1989, 5, 24),
     [("ECOSOC", 1990)]),
    # … a governing body's too (A/RES/67/226 35)
    ("Requests the United Nations funds and programmes, and encourages the specialized agencies, to "
     "report to their governing bodies at the first regular session of 2014 on concrete measures taken",
     "GA", 67, dt.date(2012, 12, 21), [(None, 2014)]),
    # the body an act is to enable owns "its" session (E/RES/1991/38 2)
    ("Requests the Secretary-General to take the appropriate administrative and substantive steps to "
     "ensure that the Commission on Narcotic Drugs will be able to assume those additional functions "
     "with effect from the date set for its 1992 session.", "ECOSOC", 1991, dt.date(1991, 6, 21),
     [("CND", 1992)]),
    # … not where no body follows (A/RES/S-19/2 annex 48)
    ("Ensuring that the global climate and atmosphere are not further damaged, with irreversible "
     "consequences for future generations, requires political will. It is most important that the "
     "Conference of the Parties to the Convention, at its third session, to be held at Kyoto, Japan in "
     "December 1997, adopt a protocol", "GA", 19, dt.date(1997, 6, 28), [(None, 3)]),
])
def test_sessions_of_the_year_and_numbered_sessions_of_the_council(text, body, session, adopted_on, expected):
    found = find_deadlines(text, body=body, session=session, adopted_on=adopted_on)
    assert [(d.body, d.session) for d in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # segmented A/RES/74/299 3: a goal delivered by a year is a target, not a product due then
    ("and in this regard calls upon Member States to continue action, especially taking into account the "
     "remaining decade of action to deliver the Sustainable Development Goals by 2030 in their entirety;",
     [("2030-12-31", True)]),
    # … while a product is due (A/RES/64/200 27)
    ("Encourages Member States to undertake national assessments of the safety of existing education and "
     "health facilities by 2011", [("2011-12-31", False)]),
])
def test_a_goal_delivered_by_a_year_is_a_target(text, expected):
    found = find_deadlines(text, body="GA", session=64, adopted_on=dt.date(2009, 12, 21))
    assert [(d.date.isoformat(), d.target) for d in found] == expected


@pytest.mark.parametrize(("text", "body", "adopted_on", "expected"), [
    # segmented A/RES/65/1 annex 81, S/RES/2629 (2022) 6, S/RES/2720 (2023) 6: the end of a series of reports
    # is when they stop, not a day one is due
    ("We request the Secretary-General to report annually on progress in the implementation of the "
     "Millennium Development Goals until 2015 and to make recommendations in his annual reports",
     "GA", dt.date(2010, 9, 22), [("recurring", "P1Y", None)]),
    ("Requests the Secretary-General to report to the Security Council on the implementation of this "
     "resolution every 30 days up until 31 July 2022;", "SC", dt.date(2022, 5, 12),
     [("recurring", "P30D", None)]),
    ("requests that the Coordinator report to the Security Council on its work, with an initial report "
     "within 20 days and thereafter every 90 days through 30 September 2024;", "SC", dt.date(2023, 12, 22),
     [("relative", None, None), ("recurring", "P90D", None)]),
    # … while the end of a mandate whose holder reports in a series is the mandate's (a constructed case)
    ("Decides to extend the mandate of the Monitoring Team, which reports every six months, until "
     "June 2027", "SC", dt.date(2024, 6, 10), [("recurring", "P6M", None), ("date", None, "2027-06-30")]),
])
def test_the_end_of_a_series_is_no_due_date(text, body, adopted_on, expected):
    found = find_deadlines(text, body=body, session=None, adopted_on=adopted_on)
    assert [(d.kind.value, d.every, d.date.isoformat() if d.kind == DeadlineKind.DATE else None)
            for d in found] == expected


@pytest.mark.parametrize(("text", "body", "session", "adopted_on", "expected"), [
    # segmented A/RES/80/218 32 (and 76/172 22, 74/148 20, 70/147 17): each body named before, in order, its
    # session
    ("Requests the Secretary-General to submit to the General Assembly and the Human Rights Council at their "
     "eighty-second and sixty-sixth sessions, respectively, a comprehensive report", "GA", 80,
     dt.date(2025, 12, 15), [("GA", 82), ("HRC", 66)]),
    # … none where the bodies named are not as many as the sessions
    ("Invites Member States to report at their eighty-second and eighty-third sessions, respectively", "GA",
     80, dt.date(2025, 12, 15), []),
    # a segment of a session of the year (E/RES/2015/15 72, A/RES/67/226 181, A/RES/61/16 5)
    ("requests the Secretary-General to provide an update to the Council on progress in the implementation "
     "of the evaluations at the operational activities segment of its substantive session of 2016;",
     "ECOSOC", 2015, dt.date(2015, 6, 2), [("ECOSOC", 2016)]),
    ("to develop a policy, for discussion by the Economic and Social Council at the operational activities "
     "segment of its substantive session in 2013;", "GA", 67, dt.date(2012, 12, 21), [("ECOSOC", 2013)]),
    ("Requests the Economic and Social Council to consider launching the Development Cooperation Forum "
     "during the high-level segment of its substantive session of 2007", "GA", 61, dt.date(2006, 11, 20),
     [("ECOSOC", 2007)]),
])
def test_sessions_named_respectively_and_by_their_segment(text, body, session, adopted_on, expected):
    found = find_deadlines(text, body=body, session=session, adopted_on=adopted_on)
    assert [(d.body, d.session) for d in found] == expected


@pytest.mark.parametrize(("text", "body", "session", "adopted_on"), [
    # ga-pdf-text A/RES/78/103 9: a session named inside a citation of what was done there is history
    ("Endorses the efforts and initiatives of the Commission, … including on legal issues relating to the "
     "digital economy as reaffirmed by the Commission at its fifty-third session, and at promoting the rule "
     "of law", "GA", 78, dt.date(2023, 12, 7)),
    # segmented A/RES/61/111 15, A/RES/77/248 99, A/RES/76/266 annex 27
    ("the Working Group should continue its intersessional work on the topics described in the multi-year "
     "workplan as amended by the Subcommittee at its forty-second session and as agreed by the "
     "Subcommittee at its forty-third session and the Committee at its forty-ninth session;", "GA", 61,
     dt.date(2006, 12, 14)),
    ("Invites the Commission, consistent with its decision at its forty-fourth session, to continue, "
     "during its next five-year term of office, to meet for a total of 21 weeks per year", "GA", 77,
     dt.date(2022, 12, 9)),
    ("Efforts to mitigate and adapt to the adverse effects of climate change have been insufficient, "
     "including in climate finance, as acknowledged by the twenty-sixth session of the Conference of the "
     "Parties to the United Nations Framework Convention on Climate Change", "GA", 76, dt.date(2022, 6, 7)),
    # a term of office is not a mandate's end (segmented A/RES/2997 (XXVII) I 1, A/RES/76/242 18, 62/228 45)
    ("Decides to establish a Governing Council of the United Nations Environment Programme, composed of "
     "fifty-eight members elected by the General Assembly for three-year terms on the following basis:",
     "GA", 27, dt.date(1972, 12, 15)),
    ("Requests the Secretary-General, in consultation with the Dispute Tribunal and the United Nations "
     "Appeals Tribunal, to include, in the context of his next report, his views regarding the "
     "recommendation of the Internal Justice Council for the appointment of a president for a term of "
     "seven years;", "GA", 76, dt.date(2021, 12, 24)),
    ("Decides that judges shall serve only one non-renewable term of seven years …, with the exception of "
     "two of the initial judges of the United Nations Dispute Tribunal and three of the initial judges of "
     "the United Nations Appeals Tribunal, to be determined by drawing of lots, who shall serve three years "
     "and may consequently apply to the same Tribunal for a non-renewable term of seven years;", "GA", 62,
     dt.date(2007, 12, 22)),
    # a recurrence in a fact noted asks nothing (A/RES/74/2 annex 38, A/RES/75/239 338, A/RES/76/266 annex 14)
    ("Scale up efforts to promote healthier and safer workplaces and improve access to occupational health "
     "services, noting that more than 2 million people die every year from preventable occupational "
     "diseases and injuries;", "GA", 74, dt.date(2019, 10, 10)),
    ("Recalls the decision of the Assembly of the African Union in January 2015 to adopt Agenda 2063, and "
     "notes that the African Day of the Seas and Oceans is celebrated annually on 25 July;", "GA", 75,
     dt.date(2020, 12, 31)),
    ("We reaffirm our collective responsibility to preserve the lives of all migrants and, in this context, "
     "remain deeply concerned that thousands of migrants continue to die or go missing each year along "
     "perilous routes", "GA", 76, dt.date(2022, 6, 7)),
    # … after any verb of a clause that notes, considers or recalls (segmented A/RES/73/171 3, 71/123 53)
    ("Considers it intolerable that, as estimated by the United Nations Children’s Fund, up to 45 per cent "
     "of the children who die every year before the age of 5 die from undernutrition", "GA", 73,
     dt.date(2018, 12, 17)),
    ("Recalls that the resumed Review Conference in 2016 recommended that the informal consultations of "
     "States parties to the Agreement be dedicated, on an annual basis, to the consideration of specific "
     "issues", "GA", 71, dt.date(2016, 12, 7)),
])
def test_what_was_done_a_term_of_office_and_a_fact_are_no_deadlines(text, body, session, adopted_on):
    assert find_deadlines(text, body=body, session=session, adopted_on=adopted_on) == []


@pytest.mark.parametrize(("text", "expected"), [
    # … while a term extended ends what it extends (a constructed case), and a report asked every year recurs
    ("Decides to extend the term of office of the judges for a term of two years", [("relative", True)]),
    ("Notes that the Fund remains underfunded, and requests the Secretary-General to report annually on its "
     "operation", [("recurring", False)]),
    # a footnote's number glued to the words before (ga-pdf-text A/RES/79/289 8)
    ("to submit the proposed list to Member States for their consideration on a non‑objection basis "
     "1no later than July 2025 and to bring the list to the attention of the Assembly", [("date", False)]),
])
def test_a_term_extended_a_report_asked_and_a_glued_footnote(text, expected):
    found = find_deadlines(text, body="GA", session=79, adopted_on=dt.date(2025, 1, 10))
    assert [(d.kind.value, d.expires) for d in found] == expected


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # segmented S/RES/2512 (2020) 26, S/RES/2652 (2022) 3, S/RES/2165 (2014) 5: a delay written with no word
    # before it, counted from the adoption it names
    ("Decides to review the sanctions measures established pursuant to resolution 2048 (2012) six months "
     "from the adoption of this resolution;", dt.date(2020, 2, 11), [("relative", 182, "2020-08-11", False)]),
    ("requests the Secretary-General to report to the Security Council eleven months after the adoption of "
     "this resolution on its implementation", dt.date(2022, 9, 30), [("relative", 334, "2023-08-30", False)]),
    ("Further decides that the decisions contained in operative paragraphs two and three of this resolution "
     "shall expire 180 days from the adoption of this resolution", dt.date(2014, 7, 14),
     [("relative", 180, "2015-01-10", True)]),
    # … not a period's length, which ends a mandate or nothing (S/RES/1483 (2003) 16)
    ("for a period of six months following the adoption of this resolution", dt.date(2003, 5, 22), []),
    # a report every month (S/RES/2009 (2011) 22, S/RES/2577 (2021) 17), a month after the first one
    ("Requests the Secretary-General to report on implementation of this resolution in 14 days from "
     "adoption, and every month thereafter, or more frequently as he sees fit;", dt.date(2011, 9, 16),
     [("relative", 14, "2011-09-30", False), ("recurring", None, "2011-10-30", False)]),
])
def test_a_delay_from_the_adoption_with_no_word_before_and_a_report_every_month(text, adopted_on, expected):
    found = find_deadlines(text, body="SC", session=None, adopted_on=adopted_on)
    read = [(d.kind.value, d.days, d.date.isoformat() if d.date else None, d.expires) for d in found]
    assert read == expected
    assert [d.every for d in found if d.kind == DeadlineKind.RECURRING] in ([], ["P1M"])


@pytest.mark.parametrize(("text", "body", "session", "adopted_on", "named", "expected"), [
    # segmented A/RES/64/71 33: "its" in the resolution's own voice, a session of its own long over: the
    # registry body named last before it (the International Seabed Authority, "the Authority")
    ("Notes the progress made by the Authority in its deliberations, urges the finalization at its sixteenth "
     "session of the regulations for prospecting and exploration for polymetallic sulphides", "GA", 64,
     dt.date(2009, 12, 4), ("GA", "ISA"), [("ISA", 16)]),
    # segmented E/RES/2017/24 2: the Council's sessions go by year; the seventy-second is the Assembly's
    ("Decides to transmit the report of the Secretary-General to the General Assembly for consideration at "
     "its seventy-second session;", "ECOSOC", 2017, dt.date(2017, 7, 6), ("GA",), [("GA", 72)]),
    # … not the session of a body cited for what it did there (segmented A/RES/77/165 22)
    ("and calls upon countries to strengthen the implementation of the enhanced Lima work programme on "
     "gender and its gender action plan adopted by the Conference of the Parties to the United Nations "
     "Framework Convention on Climate Change at its twenty-fifth session;", "GA", 77, dt.date(2022, 12, 14),
     ("UNFCCCCOP",), []),
    # segmented E/RES/2023/15 30: "the sixty-third session" in a Council resolution is not the Council's,
    # numbered by year, but that of the body reporting to it the resolution names most (not the Human Rights
    # Council's, which reports to the Assembly)
    ("Decides to consider the preparations for and observance of the twenty-fifth anniversary of the Second "
     "World Assembly on Ageing at the sixty-third session, within the modalities of the fifth review",
     "ECOSOC", 2023, dt.date(2023, 6, 7), ("HRC", "CSOCD"), [("CSOCD", 63)]),
    # A/RES/78/262 37 (GA pdf text): what was created at a session is history
    ("Encourages African countries to join the Sustainable Debt Coalition, established at the twenty-seventh "
     "session of the Conference of Parties to the United Nations Framework Convention on Climate Change",
     "GA", 78, dt.date(2023, 12, 22), (), []),
    # A/RES/64/259 19: the Joint Inspection Unit holds no numbered sessions (numbering "none"): "its" session
    # is the Assembly's
    ("and in this regard requests the Joint Inspection Unit to submit a report on possible measures to "
     "further enhance transparency in the selection and appointment process of senior managers at the main "
     "part of its sixty-sixth session", "GA", 64, dt.date(2010, 4, 7), ("JIU",), [("GA", 66)]),
])
def test_whose_session_when_the_adopting_bodys_cannot_be_meant(text, body, session, adopted_on, named,
                                                                  expected):
    found = find_deadlines(text, body=body, session=session, adopted_on=adopted_on, named=named)
    assert [(d.body, d.session) for d in found] == expected


def test_a_period_counted_from_a_request_is_counted_from_it():
    # segmented S/RES/1989 (2011) 27: the Chair submits the question on a member's request; the Council
    # decides within 60 days of it, not of the adoption (the period kept, no date)
    text = ("provided that, in cases where consensus does not exist, the Chair shall, on the request of a "
            "Committee Member, submit the question of whether to delist that individual to the Security "
            "Council for a decision within a period of 60 days;")
    assert dicts(text, body="SC", session=None, adopted_on=dt.date(2011, 6, 17)) == [
        {"kind": "relative", "days": 60, "from": "event", "period": "P60D"}]


def test_a_date_in_a_clause_that_asks_nothing_is_no_deadline():
    # A/RES/80/138 19: a need it notes, "until 2050", is no due date; nor a commitment it notes
    # (A/HRC/RES/55/1 9) …
    assert dicts("Highlights that about 4.3 trillion United States dollars per year need to be invested in "
                 "clean energy until 2030, increasing thereafter to 5 trillion United States dollars per "
                 "year until 2050 to be able to reach net-zero emissions by 2050;", session=80,
                 adopted_on=dt.date(2025, 12, 15)) == []
    assert dicts("Notes the commitment and intention of the Government of South Sudan to hold the country's "
                 "first elections since achieving independence by December 2024, emphasizes the need for "
                 "those elections to be free and fair", body="HRC", session=55,
                 adopted_on=dt.date(2024, 4, 3)) == []
    # … but what the clause after it asks is due (S/RES/1904 (2009) 29, S/RES/2409 (2018) 7), and what the
    # speaking body says it intends to do (S/RES/2758 (2024) 2)
    assert dicts("Welcomes the significant progress made by the Committee in its review of all names on the "
                 "Consolidated List, directs the Committee to complete this review by 30 June 2010",
                 body="SC", session=None, adopted_on=dt.date(2009, 12, 17)) == [
        {"kind": "date", "date": "2010-06-30"}]
    assert dicts("Welcomes the adoption of the amended electoral law, calls on the CENI to ensure the key "
                 "election benchmarks are respected, which include cleaning the voter registry by April 2018",
                 body="SC", session=None, adopted_on=dt.date(2018, 3, 27)) == [
        {"kind": "date", "date": "2018-04-30", "precision": "month"}]
    assert dicts("Decides to extend until 15 December 2025 the mandate of the Panel of Experts, expresses "
                 "its "
                 "intention to review the mandate and take appropriate action regarding the further "
                 "extension "
                 "no later than 15 November 2025, and requests the Secretary-General to take the necessary "
                 "administrative measures", body="SC", session=None, adopted_on=dt.date(2024, 11, 13)) == [
        {"kind": "date", "date": "2025-12-15", "expires": True}, {"kind": "date", "date": "2025-11-15"}]


def test_a_voice_inside_a_sub_paragraph_is_that_sub_paragraphs():
    # A/HRC/RES/51/38 1, 54/32 1 (A/HRC/RES/57/27 1 the same): "(d) …, and encourages the Federal Government
    # to …" asks in (d) alone; (f), after it, is still what the paragraph welcomes, and the Committee's
    # session in which the report was considered is history
    intro = "Welcomes the commitment of the Federal Government of Somalia, and in that regard also welcomes:"
    d = ("(d) The retention of provisions to protect human rights, and encourages the Federal Government to "
         "ensure that the agreements are subject to broad consultations;")
    f = ("(f) The cooperation of Somalia with the Committee on the Rights of the Child and the spirit in "
         "which the "
         "delegation engaged with the Committee in the consideration of that report during its ninetieth "
         "session;")
    text = f"{intro} {d} {f}"
    items = [(len(intro) + 1, len(intro) + 1 + len(d)), (len(text) - len(f), len(text))]
    found = find_deadlines(text, body="HRC", session=51, adopted_on=dt.date(2022, 10, 7), items=items)
    assert found == []
    # one that speaks in its own voice at its label: "…; and, (a) requests the Secretary-General to submit
    # …, by 1 November 2025, …" (S/RES/2776 (2025) 48)
    text = ("Affirms its commitment to working with Somalia, and that it shall keep the situation under "
            "review; "
            "and, (a) requests the Secretary-General to submit to the Security Council, by 1 November 2025, "
            "a "
            "technical assessment")
    assert dicts(text, body="SC", session=None, adopted_on=dt.date(2025, 3, 17)) == [
        {"kind": "date", "date": "2025-11-01"}]


@pytest.mark.parametrize("text", [
    # E/RES/2024/2 9: when an enlargement takes effect is no due date, nor the session it ends at
    "Also decides that the enlargement shall take effect progressively, in three steps, from the beginning "
    "of "
    "the fifty-seventh session of the Statistical Commission, in 2026, until the fifty-ninth session, in "
    "2028;",
    # … nor the sessions of a sub-paragraph that the words leading to it make such a time (10 (a), (b))
    "Further decides that the enlargement shall take effect according to the following pattern of membership "
    "in "
    "the Statistical Commission: (a) 8 members from African States and 9 members from Western European and "
    "other "
    "States at the fifty-seventh session, in 2026; (b) 11 members from African States and 11 members from "
    "Western European and other States at the fifty-eighth session, in 2027;",
    # A/RES/67/246 17, 62/228 30, A/RES/69/321 29
    "Decides that the revised Financial Regulations shall take effect as from 1 July 2013;",
    "Endorses paragraph 21 of the report, and decides to establish the Mediation Division as from 1 January "
    "2008;",
    "and in this regard invites Member States to present proposals on a future arrangement, which would come "
    "into "
    "effect at the seventy-fourth session of the Assembly",
])
def test_a_time_from_which_something_takes_effect_is_no_due_date(text):
    items = []
    if "(a)" in text:
        a, b = text.index("(a)"), text.index("(b)")
        items = [(a, b - 1), (b, len(text))]
    body = "ECOSOC" if "Statistical" in text else "GA"
    assert find_deadlines(text, body=body, session=2024 if body == "ECOSOC" else 69, items=items,
                          adopted_on=dt.date(2024, 6, 5) if body == "ECOSOC" else None,
                          named=["STATCOM"]) == []


def test_as_from_begins_what_it_names_but_ends_what_ends_then():
    # A/RES/67/246 17: the time from which regulations take effect is no due date …
    assert dicts("Decides that the revised Financial Regulations shall take effect as from 1 July 2013;",
                 session=67) == []
    # … but what ends then ends then (S/RES/2715 (2023) 1), and what begins with what is done then is the
    # first of it ("to submit an annual report …, starting at the thirty-first session", A/HRC/RES/28/16 4)
    assert dicts("Decides to terminate the mandate of UNITAMS under resolution 2579 (2021), as of 3 December "
                 "2023;", body="SC", session=None) == [{"kind": "date", "date": "2023-12-03"}]
    assert dicts("To submit an annual report to the Human Rights Council, starting at its thirty-first "
                 "session;", body="HRC", session=28) == [{"kind": "session", "body": "HRC", "session": 31}]


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/RES/80/169 15: a session resumed on the days printed
    ("Decides that the Sixth Committee shall resume its session from 6 to 10 April 2026, within the "
     "framework "
     "of a working group of the Committee", dt.date(2025, 12, 15), "2026-04-06"),
    # A/RES/62/63 7: days of the same month listed before the last ones: from the first
    ("Decides that the Ad Hoc Committee shall reconvene from 7 to 9 and on 11 April 2008 for the purpose of "
     "continuing the consideration of the report", dt.date(2007, 12, 6), "2008-04-07"),
])
def test_a_session_resumed_on_the_days_printed(text, adopted_on, expected):
    assert [d["date"] for d in dicts(text, session=80, adopted_on=adopted_on)] == [expected]


@pytest.mark.parametrize(("text", "body", "session", "adopted_on"), [
    # E/RES/2021/27 1: a year in what a clause takes note of, read by the "in 2022" reader
    ("Takes note of the report of the Director General of the World Health Organization on the United "
     "Nations Inter-Agency Task Force on the Prevention and Control of Non-communicable Diseases and the "
     "recommendations contained therein, including to report to the Economic and Social Council in 2022 on "
     "progress made in implementing Council resolution 2013/12;", "ECOSOC", 2021, dt.date(2021, 7, 22)),
    # A/RES/77/184 9: a quarter in what a clause looks forward to
    ("Welcomes the consultative process launched by the Chair of the United Nations Sustainable Development "
     "Group, takes note of the draft results framework, and looks forward to the convening of further "
     "discussions on the framework no later than the end of the first quarter of 2023;", "GA", 77,
     dt.date(2022, 12, 14)),
    # A/RES/80/137 41: a delay in what a clause welcomes
    ("Welcomes the call by the Secretary-General for a United Nations action plan to ensure that every "
     "person on Earth is protected by early warning systems within five years;", "GA", 80,
     dt.date(2025, 12, 15)),
])
def test_no_reader_dates_what_a_clause_notes_welcomes_or_recalls(text, body, session, adopted_on):
    assert dicts(text, body, session, adopted_on) == []


def test_a_sub_paragraph_asks_in_its_own_voice_after_a_colon():
    # S/RES/1539 (2004) 5: "Takes note with deep concern … and, in this regard: (a) Calls upon …; (b) Requests
    # the Secretary-General … to report … by 31 July 2004": the sub-paragraphs ask, with the verb's capital
    text = ("Takes note with deep concern of the continued recruitment and use of children by parties, and, "
            "in this regard: (a) Calls upon these parties to prepare within three months concrete time-bound "
            "action plans; (b) Requests the Secretary-General to ensure that compliance by these parties is "
            "reviewed regularly, so as to report to the Secretary-General through his Special Representative "
            "by 31 July 2004;")
    assert [(d["kind"], d.get("date")) for d in dicts(text, "SC", None, dt.date(2004, 4, 22))] == [
        ("relative", "2004-07-22"), ("date", "2004-07-31")]
    # A/RES/74/148 5: "Also reaffirms the duty of States … and therefore: (a) Calls upon all States … by 2030"
    text = ("Also reaffirms the duty of States to protect the human rights of all migrants, and therefore: "
            "(a) Calls upon all States to reduce the transaction costs of migrant remittances to less than 3 "
            "per cent by 2030;")
    assert dicts(text, "GA", 74, dt.date(2019, 12, 18)) == [
        {"kind": "date", "date": "2030-12-31", "precision": "year", "target": True}]


@pytest.mark.parametrize(("text", "body", "session"), [
    # A/HRC/RES/43/39 23: a year in a quoted title, and in a campaign's name (small words between capitals)
    ("Calls upon the international community to fully support the plan for Libya on “silencing the guns by "
     "2020”, and the working group established to oversee its implementation, aligned with the African Union "
     "campaign, Silencing the Guns in Africa by 2020, and Sustainable Development Goal 16;", "HRC", 43),
    ("Calls upon Member States to support the African Union campaign, Silencing the Guns in Africa by 2020;",
     "GA", 74),
    # E/RES/2024/15 10: a publication's title
    ("Requests the secretariat to publicize the clearing house “Forest Financing Quarterly Highlight” more "
     "widely;", "ECOSOC", 2024),
])
def test_a_time_in_a_title_is_no_deadline(text, body, session):
    assert dicts(text, body, session) == []


def test_sessions_during_which_something_is_held_off_are_not_due():
    # A/RES/79/327 31: a suspension's sessions set nothing due (nor, E/RES/2024/2 9's rule, the session from
    # which a request takes effect) …
    text = ("Notes with concern the significant increase in the number of proposals to proclaim "
            "international days, and decides, on a trial basis, to put on hold consideration of new "
            "proposals for international days, weeks, months, years and decades during the eighty-first "
            "and eighty-second sessions, and requests the President of the General Assembly, effective "
            "from the eighty-first session, to group all proclamation requests into a single resolution "
            "per agenda item;")
    assert dicts(text, "GA", 79, dt.date(2025, 8, 29)) == []
    # … but a report asked in a clause joined after it is (A/RES/69/250 133)
    text = ("Requests the Secretariat to refrain from making any change of a substantive nature to agreed "
            "texts of resolutions and to report thereon to the General Assembly at its seventieth session;")
    assert dicts(text, "GA", 69, dt.date(2014, 12, 29)) == [{"kind": "session", "body": "GA", "session": 70}]


@pytest.mark.parametrize(("text", "session", "adopted_on", "expected"), [
    # A/RES/70/305 17: a body the registry does not know, and "the" session numbered as the Assembly's coming
    # one: the Assembly's
    ("Requests each Main Committee to further discuss its working methods at the beginning of every session, "
     "and in this regard invites the Chairs of the Main Committees to brief the Ad Hoc Working Group during "
     "the seventy-first session on any best practices", 70, dt.date(2016, 9, 13), [71]),
    # A/RES/77/335 8: two of them
    ("for further consideration by the Ad Hoc Working Group at the seventy-eighth and seventy-ninth sessions",
     77, dt.date(2023, 9, 1), [78, 79]),
])
def test_the_session_named_after_a_body_the_registry_does_not_know_is_the_adopting_bodys(
        text, session, adopted_on, expected):
    assert [(d["body"], d["session"]) for d in dicts(text, "GA", session, adopted_on)] == [
        ("GA", n) for n in expected]


def _items(text, labels):
    """The spans of the sub-paragraphs that ``labels`` open, each to the next."""
    starts = [text.index(label) for label in labels]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def test_a_participle_that_looks_forward_in_a_list_of_participles_asks_nothing():
    # A/RES/65/1 77 (g): another's meeting looked forward to, in a sub-paragraph of participles
    text = ("We commit ourselves to accelerating progress in order to achieve Millennium Development "
            "Goal 7, including by: (f) Pursuing environmental sustainability; (g) Maintaining that the "
            "United Nations Framework Convention on Climate Change is the primary international, "
            "intergovernmental forum for negotiating the global response to climate change, calling "
            "upon States to take urgent global action, and looking forward to a successful and "
            "ambitious outcome of the sixteenth session of the Conference of the Parties to the "
            "Convention, to be held in Cancun, Mexico, from 29 November to 10 December 2010; (h) "
            "Continuing to increase sustainable access to safe drinking water")
    assert find_deadlines(text, body="GA", session=65, adopted_on=dt.date(2010, 9, 22),
                          items=_items(text, ["(f)", "(g)", "(h)"])) == []
    # A/RES/S-19/2 40: a task in a participle ("considering"), and a sentence of its own after it
    text = ("it is decided to establish an ad hoc open-ended Intergovernmental Forum on Forests, "
            "charged with, inter alia: (a) Promoting the implementation of the proposals for action; "
            "(b) Considering matters left pending. The Forum will report on its work to the Commission "
            "on Sustainable Development in 1999.")
    assert [d.date for d in find_deadlines(text, body="GA", session=19, adopted_on=dt.date(1997, 6, 28),
                                           items=_items(text, ["(a)", "(b)"]))] == [dt.date(1999, 12, 31)]


def test_a_meetings_year_is_due_and_what_a_clause_leaves_unaffected_is_not():
    # A/RES/77/248 375: the meetings convened are held in 2024, the support due by its end; the review
    # "without prejudice to" which it is asked is not due of the Secretary-General
    text = ("Also requests the Secretary-General to provide support for the convening of a twenty-fourth "
            "meeting of the Informal Consultative Process for eight meetings in 2024, in accordance with "
            "paragraphs 2 and 3 of resolution 54/33, with the facilities necessary for the performance of "
            "its work, without prejudice to the review of its effectiveness and utility by the General "
            "Assembly at its seventy-eighth session;")
    assert dicts(text, "GA", 77, dt.date(2022, 12, 30)) == [
        {"kind": "date", "date": "2024-12-31", "precision": "year"}]
    # A/RES/77/178 34: a year compared with is none
    assert dicts("Encourages the holding of further high-level thematic events on tourism, to be convened, "
                 "as in 2022, by the President of the General Assembly;", "GA", 77,
                 dt.date(2022, 12, 14)) == []


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # S/RES/2720 (2023) 14, adopted on Friday 22 December 2023: five working days, Monday to Friday
    ("requests the Secretary-General to report to the Security Council in writing within five working days "
     "of the adoption of this resolution on the implementation of resolution 2712 (2023)",
     dt.date(2023, 12, 22), [{"kind": "relative", "days": 7, "from": "adoption", "date": "2023-12-29"}]),
    # A/RES/71/248 5, adopted on Wednesday 21 December 2016
    ("Requests the Secretary-General, in this regard, to develop, within 20 working days of the adoption of "
     "the present resolution, the terms of reference", dt.date(2016, 12, 21),
     [{"kind": "relative", "days": 28, "from": "adoption", "date": "2017-01-18"}]),
    # S/RES/2009 (2011) 16: working days not counted from the adoption are a procedure's, from its event
    ("the Libyan authorities have not objected within five working days to the release of such funds",
     dt.date(2011, 9, 16), []),
])
def test_working_days_from_the_adoption(text, adopted_on, expected):
    assert dicts(text, "SC", None, adopted_on) == expected


def test_a_year_in_what_a_report_is_on_is_not_its_due_date():
    # A/RES/80/163 29: due at the session; 2026 is the year of the Programme's implementation reported on
    text = ("Requests the Secretary-General to report to the General Assembly at its eighty-first session on "
            "the implementation of the Programme of Assistance in 2026 and, following consultations with the "
            "Advisory Committee, to submit recommendations regarding the execution of the Programme")
    assert dicts(text, "GA", 80, dt.date(2025, 12, 15)) == [{"kind": "session", "body": "GA", "session": 81}]
    # … not a second meeting after a first (A/HRC/RES/51/33 4), nor a year not in a report's subject
    text = ("Requests the Office of the High Commissioner to organize a one-day intersessional seminar in "
            "2023 and a one-day intersessional seminar in 2024")
    assert [d["date"] for d in dicts(text, "HRC", 51, dt.date(2022, 10, 7))] == ["2023-12-31", "2024-12-31"]


@pytest.mark.parametrize(("text", "session", "expected"), [
    # A/RES/57/300 35: the Assembly's next session, not the Advisory Committee's the report passes through
    ("Requests the Secretary-General to review the use of the facility and to report thereon to the "
     "Assembly, through the Advisory Committee on Administrative and Budgetary Questions, for its "
     "consideration at its fifty-eighth session;", 57, [("GA", 58)]),
    # A/RES/32/197 5: a session the channel holds, numbered far from the Assembly's, stays the channel's
    ("and to report to the General Assembly at its thirty-third session, through the Economic and Social "
     "Council, within the scope of its competence, at its sixty-fifth session;", 32,
     [("GA", 33), ("ECOSOC", 1978)]),
])
def test_a_body_a_report_passes_through_does_not_own_the_adopting_bodys_next_session(text, session, expected):
    assert [(d["body"], d["session"]) for d in dicts(text, "GA", session)] == expected


@pytest.mark.parametrize(("text", "body", "session", "adopted_on"), [
    # A/RES/76/229 3, A/RES/67/261 5, A/HRC/RES/48/20 47: what lasts until a time is due then of no one
    ("Requests the Secretary-General to continue to operate, through the secretariat of the Commission, the "
     "repository of published information in accordance with article 8 of the Rules on Transparency in "
     "Treaty-based Investor-State Arbitration, as a continuation of the project until the end of 2023, to be "
     "funded entirely by voluntary contributions;",
     "GA", 76, dt.date(2021, 12, 9)),
    ("and permits those units to maintain their existing rotation arrangements with the United Nations until "
     "30 June 2015;", "GA", 67, dt.date(2013, 6, 28)),
    ("Decides to remain seized of the matter until its fifty-first session.", "HRC", 48,
     dt.date(2021, 10, 8)),
])
def test_what_lasts_until_a_time_is_not_due_then(text, body, session, adopted_on):
    assert dicts(text, body, session, adopted_on) == []


def test_a_temporary_measure_ends_and_a_deferral_is_due():
    # A/RES/67/232 2: a measure (singular) that lasts until a time ends then
    assert dicts("to continue to meet for an additional week per session as a temporary measure, with effect "
                 "from May 2013 until the end of November 2014", "GA", 67, dt.date(2013, 4, 9)) == [
        {"kind": "date", "date": "2014-11-30", "precision": "month", "expires": True}]
    # A/RES/75/239 359: a review deferred until a session is due at it
    assert dicts("Recalls its decision to defer the review until its seventy-fifth session, and decides to "
                 "further defer the review until its seventy-sixth session;", "GA", 75,
                 dt.date(2020, 12, 31)) == [{"kind": "session", "body": "GA", "session": 76}]


def test_a_body_named_just_before_its_session_with_how_it_meets_between_owns_it():
    # A/RES/72/79 2: the Assembly's session, not that of the Committee asked to submit
    text = ("Requests the Committee on the Peaceful Uses of Outer Space to submit a draft resolution on "
            "the outcomes of UNISPACE+50 for the consideration of the General Assembly, in plenary meeting, "
            "at its seventy-third session;")
    found = find_deadlines(text, body="GA", session=72, adopted_on=dt.date(2017, 12, 7),
                           named=bodies_named([text]))
    assert [(d.body, d.session) for d in found] == [("GA", 73)]


@pytest.mark.parametrize(("text", "body", "session", "adopted_on", "expected"), [
    # A/HRC/RES/53/25 1: a yearly presentation, the first at that session
    ("and requests the United Nations High Commissioner for Human Rights to ensure that the yearly updates "
     "of the database include addition and removal of companies, and to present the database on an annual "
     "basis to the Council starting from its fifty-seventh session;", "HRC", 53, dt.date(2023, 7, 14),
     [("recurring", None, None), ("session", "HRC", 57)]),
    # A/HRC/RES/48/17 15: to the Assembly, the report presented annually
    ("Invites the Secretary-General to submit the report he or she presents annually to the Human Rights "
     "Council on cooperation with the United Nations, its representatives and mechanisms in the field of "
     "human rights also to the General Assembly, starting from its seventy-seventh session.", "HRC", 48,
     dt.date(2021, 10, 11), [("recurring", None, None), ("session", "GA", 77)]),
    # not an act that takes effect then
    ("Decides, starting from the eighty-first session, to limit the number of high-level meetings",
     "GA", 79, dt.date(2025, 9, 8), []),
    # "beginning with" / "starting with" a session: the first of a series (A/RES/59/2 18, E/RES/1992/22 2)
    ("Agrees that the Committee on the Peaceful Uses of Outer Space should continue to consider, in its "
     "future sessions, starting with its forty-eighth session, the implementation of the recommendations of "
     "UNISPACE III", "GA", 59, dt.date(2004, 10, 20), [("session", "COPUOS", 48)]),
    ("Decides that the Commission on Crime Prevention and Criminal Justice shall include in its agenda, "
     "beginning with its second session, a standing item on technical assistance", "ECOSOC", None,
     dt.date(1992, 7, 30), [("session", "CCPCJ", 2)]),
    # … not a session merely named after "with"
    ("Decides, beginning with its eighty-first session, to limit the number of high-level meetings",
     "GA", 79, dt.date(2025, 9, 8), []),
    ("Takes note of the arrangements made in connection with its sixtieth session", "GA", 59,
     dt.date(2004, 12, 20), []),
])
def test_a_series_starting_from_a_session_is_first_due_then(text, body, session, adopted_on, expected):
    found = find_deadlines(text, body=body, session=session, adopted_on=adopted_on,
                           named=bodies_named([text]))
    assert [(d.kind.value, d.body, d.session) for d in found] == expected


def test_a_session_and_subsequent_sessions_is_due_at_the_first():
    # A/RES/47/190 7
    text = ("Decides to include in the provisional agenda of its forty-eighth and subsequent sessions an "
            "item entitled “Implementation of decisions and recommendations of the United Nations Conference "
            "on Environment and Development”;")
    found = find_deadlines(text, body="GA", session=47, adopted_on=dt.date(1992, 12, 22))
    assert [(d.body, d.session, d.text) for d in found] == [
        ("GA", 48, "of its forty-eighth and subsequent sessions")]


@pytest.mark.parametrize(
    "text",
    [
        # E/RES/2024/5 21: the events are counted by the year; nothing is asked that often
        "Invites development partners to continue to assist African countries in their efforts to strengthen "
        "national health systems, …, including by mobilizing the means necessary to support Africa’s efforts "
        "to prevent, prepare for and respond to outbreaks and epidemics that account for over 100 major "
        "public health emergency events annually, and in this context reiterates its support for the Kampala "
        "Declaration and Agenda for Global Action",
        # A/RES/79/323 4 (shortened)
        "the gap between our sustainable development aspirations and financing to meet them has continued to "
        "widen, particularly in developing countries, reaching an estimated 4 trillion United States dollars "
        "annually.",
        # A/RES/S-10/2 16 (shortened)
        "The hundreds of billions of dollars spent annually on the manufacture or improvement of weapons are "
        "in sombre and dramatic contrast to the want and poverty",
    ],
)
def test_an_amount_by_the_year_is_a_rate_not_a_deadline(text):
    assert [d for d in dicts(text, "GA", 79) if d["kind"] == "recurring"] == []


def test_a_recurrence_after_a_delay_or_a_date_is_still_one():
    # S/RES/2118 (2013) 12, A/RES/80/12 1 (shortened): time before "every month", "annually", not an amount
    assert [d["every"] for d in dicts(
        "to report to the Security Council on the implementation of this resolution, within 30 days and "
        "every month thereafter", "SC", None) if d["kind"] == "recurring"] == ["P1M"]
    assert [d["every"] for d in dicts(
        "to provide the Secretary-General, by 30 April annually, with a report", "GA", 79)
        if d["kind"] == "recurring"] == ["P1Y"]
