"""Deadlines read as the paragraph means them: one report of a series is not a recurrence, an event's
name ends where the words go on to something else, "the Conference of the Parties" is that of the
convention the context names, a series' first occurrence named after it, one session named twice."""

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts as dicts
from tracker.parsing.deadlines import bodies_named, find_deadlines


def found(text, body="GA", session=71, adopted_on=None, named=(), annual=True):
    return find_deadlines(text, body=body, session=session, adopted_on=adopted_on, named=named,
                          include_annual_report=annual)


@pytest.mark.parametrize("text", [
    # A/RES/80/167 18, A/RES/70/118 16
    "Requests the Secretary-General to submit, in a timely manner, his next annual report on United "
    "Nations rule of law activities, in accordance with paragraph 5 of its resolution 63/128 of 11 "
    "December 2008;",
    # A/RES/67/246 16
    "requests the Secretary-General to respond to the request contained in paragraph 83 of its "
    "resolution 66/246, and to report thereon in the next annual progress report;",
    # S/RES/2493 (2019) 10
    "Requests the Secretary-General to include the following in his forthcoming annual report on the "
    "implementation of resolution 1325 (2000):",
])
def test_the_next_annual_report_is_one_report(text):
    assert found(text) == []
    for recurring in STILL_ANNUAL:
        assert [(d.kind, d.every) for d in found(recurring)] == [("recurring", "P1Y")]


STILL_ANNUAL = [
    # A/HRC/RES/36/9 2: asked every year, and the next one named after it
    "Requests the High Commissioner to continue to submit to the Human Rights Council an annual report "
    "on the activities of the Office, and to provide an analysis of its implementation in his next "
    "annual report;",
    # A/RES/74/135 15: each of the reports to come
    "Encourages the Secretary-General to include information pertinent to indigenous peoples in the "
    "forthcoming annual reports on progress towards the Sustainable Development Goals;",
]


@pytest.mark.parametrize(("text", "body", "words"), [
    # A/RES/57/283 B 19: a purpose after the event
    ("Also reiterates its request to the Secretary-General to ensure the communication of resolutions "
     "adopted by the General Assembly to the Member States within fifteen days of the close of each "
     "session in order to overcome regrettable delays;", "GA",
     "within fifteen days of the close of each session"),
    # A/HRC/RES/52/25 3: an infinitive after the event
    ("reminds States that birth registration should take place not later than one year after their "
     "birth to include them in vital statistics", "HRC", "not later than one year after their birth"),
    # S/RES/2127 (2013) 50: the resolution's own voice after the event
    ("decides to review this mandate within six months after its commencement and calls upon the "
     "Transitional Authorities to cooperate fully with the deployment", "SC",
     "within six months after its commencement"),
])
def test_an_events_deadline_is_its_words(text, body, words):
    assert [(d.text, d.from_) for d in found(text, body=body, session=None)] == [(words, "event")]
    # … and the words an event's name holds stay: "to the List", "referred to above"
    for held in ("within three working days after a name is added to the List",
                 "within 10 days of the notification referred to above"):
        assert [d.text for d in found(f"to inform the Committee {held}", body="SC", session=None)] == [held]


def test_a_recurrence_after_a_delay_from_the_adoption_is_its_own():
    # S/RES/2139 (2014) 17
    text = ("Requests the Secretary-General to report to the Council on the implementation of this "
            "resolution, in 30 days of its adoption and every 30 days thereafter, and upon receipt of the "
            "report")
    got = found(text, body="SC", session=None, adopted_on=dt.date(2014, 2, 22))
    assert [(d.text, d.kind, d.date) for d in got] == [
        ("in 30 days of its adoption", "relative", dt.date(2014, 3, 24)),
        ("every 30 days", "recurring", dt.date(2014, 4, 23))]


# A/RES/70/1 31-33 (the Declaration's paragraphs, operative in the shared corpus)
CLIMATE = ("We acknowledge that the United Nations Framework Convention on Climate Change is the primary "
           "international, intergovernmental forum for negotiating the global response to climate change.")
PARIS = ("Looking ahead to the twenty-first session of the Conference of the Parties in Paris, we "
         "underscore the commitment of all States to work for an ambitious and universal climate agreement.")
BIODIVERSITY = ("In this regard, we look forward to the thirteenth meeting of the Conference of the "
                "Parties to the Convention on Biological Diversity to be held in Mexico.")


def test_the_conference_of_the_parties_of_the_convention_the_context_names():
    named = bodies_named(["Transforming our world", CLIMATE, PARIS, BIODIVERSITY])
    got = found(PARIS, session=70, adopted_on=dt.date(2015, 9, 25), named=named)
    assert [(d.body, d.session) for d in got] == [("UNFCCCCOP", 21)]
    # with no convention named there, the one the resolution names most
    named = bodies_named(["Biodiversity", BIODIVERSITY, PARIS])
    got = found(PARIS, session=70, adopted_on=dt.date(2015, 9, 25), named=named)
    assert [(d.body, d.session) for d in got] == [("CBDCOP", 21)]


def test_the_conference_of_the_parties_of_the_convention_the_paragraph_names():
    # A/RES/55/25 10: the Convention named before its Conference in the paragraph
    text = ("Decides also that the Ad Hoc Committee will complete its tasks arising from the elaboration "
            "of the United Nations Convention against Transnational Organized Crime by holding a meeting "
            "well before the convening of the first session of the Conference of the Parties to the "
            "Convention, in order to prepare the draft text of the rules of procedure for the "
            "Conference of the Parties, which will be communicated to the Conference of the Parties at "
            "its first session for consideration and action;")
    named = bodies_named([BIODIVERSITY, text])
    got = found(text, session=55, adopted_on=dt.date(2000, 11, 15), named=named)
    assert [(d.body, d.session) for d in got] == [("UNTOCCOP", 1)]


@pytest.mark.parametrize(("text", "body", "adopted_on", "first", "precision"), [
    # A/RES/71/235 5: the first of the series in a year
    ("Requests the Secretary-General to report on the progress of the implementation of the New Urban "
     "Agenda every four years, with the first report to be submitted to the General Assembly through "
     "the Economic and Social Council in 2018, in accordance with paragraphs 166 to 168 of the Agenda;", "GA",
     dt.date(2016, 12, 21), dt.date(2018, 12, 31), "year"),
    # S/RES/2732 (2024) 8: … or by a date
    ("Requests the Secretary-General to report to the Council every six months, three times in total, "
     "with the first report occurring before 30 November 2024, on the progress made", "SC",
     dt.date(2024, 5, 31), dt.date(2024, 11, 30), None),
])
def test_the_first_of_a_series_named_after_it(text, body, adopted_on, first, precision):
    got = found(text, body=body, session=None, adopted_on=adopted_on)
    recurring = [d for d in got if d.kind == "recurring"]
    assert [(d.date, d.precision) for d in recurring] == [(first, precision)]
    # not a first of another sentence
    text = ("Decides to hold the dialogue every two years. The first of the dialogues held in 2012 was a "
            "success;")
    recurring = [d for d in found(text, adopted_on=dt.date(2016, 12, 21)) if d.kind == "recurring"]
    assert [d.date for d in recurring] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    # A/RES/74/232 59: a report at the session, and the item on the session's agenda
    ("Also requests the Secretary-General to submit to the General Assembly at its seventy-fifth "
     "session a report on the implementation of the Istanbul Programme of Action, and decides to "
     "include in the provisional agenda of its seventy-fifth session, under the item entitled “Groups "
     "of countries in special situations”, the sub-item", [{"kind": "session", "body": "GA", "session": 75}]),
    # A/HRC/RES/53/25 1: one recurrence in two words
    ("Decides to hold annually a panel discussion, and requests the Office to prepare on an annual "
     "basis a summary report", [{"kind": "recurring", "every": "P1Y"}]),
])
def test_one_deadline_named_twice_is_one(text, expected):
    assert dicts(text, "GA", 74) == expected
    # … not two sessions
    assert dicts("to submit a report at its seventy-fifth session and an update at its seventy-sixth "
                 "session", "GA", 74) == [{"kind": "session", "body": "GA", "session": 75},
                                          {"kind": "session", "body": "GA", "session": 76}]
