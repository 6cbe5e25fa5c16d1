"""When a time is an end, a start or a condition rather than a due date (``deadlines``)."""

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts as dicts
from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.parser import read_paragraph
from tracker.parsing.types import ObligationKind


@pytest.mark.parametrize(("text", "body", "session", "adopted_on", "expected"), [
    # A/RES/67/246 18: not done until a date is when it may start
    ("Also decides that as a transitional provision, the proposed regulations relating to the preparation "
     "and reporting of financial statements shall not be implemented for the regular budget, trust funds "
     "and reserves and special accounts, other than peacekeeping accounts, until 1 January 2014;",
     "GA", 67, dt.date(2013, 4, 2),
     []),
    # S/RES/2232 (2015) 1: "at the earliest"
    ("Agrees with the Secretary-General that conditions in Somalia are not appropriate for the deployment "
     "of a United Nations peacekeeping mission until the end of 2016 at the earliest;",
     "SC", None, dt.date(2015, 7, 28),
     []),
    # S/RES/1718 (2006) 8 (a) (ii): a delay in a condition
    ("(ii) All items, materials, equipment, goods and technology as set out in the lists in documents "
     "S/2006/814 and S/2006/815, unless within 14 days of adoption of this resolution the Committee has "
     "amended or completed their provisions;", "SC", None, dt.date(2006, 10, 14), []),
    # A/RES/302 (IV) 6: a session in a condition (the date before it stays)
    ("and that direct relief should be terminated not later than 31 December 1950 unless otherwise "
     "determined by the General Assembly at its fifth regular session;", "GA", 4, dt.date(1949, 12, 8),
     [{"kind": "date", "date": "1950-12-31"}]),
    # … and a deferral is still due (A/RES/75/239 359)
    ("decides to further defer the review until its seventy-sixth session;", "GA", 75, dt.date(2020, 12, 31),
     [{"kind": "session", "body": "GA", "session": 76}]),
])
def test_a_start_or_a_condition_is_not_due(text, body, session, adopted_on, expected):
    assert dicts(text, body, session, adopted_on) == expected


@pytest.mark.parametrize(("text", "date"), [
    # S/RES/2690 (2023) 5, S/RES/2444 (2018) 48: an end that heads its clause ends what the clause decides
    ("Decides further that, until 30 September 2023, without prejudice to the primary responsibility of the "
     "Malian authorities and in consultation with them, and acting within its means and capabilities in its "
     "immediate vicinity, MINUSMA is authorized to respond to imminent threats of violence to civilians;",
     "2023-09-30"),
    ("Decides that until 15 November 2019 and without prejudice to humanitarian assistance programmes "
     "conducted elsewhere, the measures imposed by paragraph 3 of resolution 1844 (2008) shall not apply to "
     "the payment of funds necessary to ensure the timely delivery of urgently needed humanitarian "
     "assistance in Somalia;",
     "2019-11-15"),
])
def test_an_end_that_heads_its_clause_expires(text, date):
    assert dicts(text, "SC", None, dt.date(2018, 11, 14)) == [{"kind": "date", "date": date, "expires": True}]


def test_a_transitional_period_set_with_its_end_expires():
    # A/RES/64/289 81
    assert dicts("Decides, with reference to paragraph 49 above, that a transitional period will start on "
                 "the date of adoption of the present resolution and continue until 31 December 2010;",
                 "GA", 64,
                 dt.date(2010, 7, 2)) == [{"kind": "date", "date": "2010-12-31", "expires": True}]
    # … not one welcomed (A/RES/67/78 82)
    assert dicts("Welcomes the entry into force on 1 January 2012, with a five-year transitional period "
                 "until 1 January 2017, of the amendments adopted in Manila on 25 June 2010", "GA", 67,
                 dt.date(2012, 12, 11)) == []


@pytest.mark.parametrize(("text", "body", "session", "adopted_on", "expected"), [
    # A/RES/70/199 1: what is extended named between "extend" and its end
    ("Decides to extend the timeline of the global objectives on forests to 2030, in line with the timeline "
     "of the 2030 Agenda for Sustainable Development", "GA", 70, dt.date(2015, 12, 22),
     [{"kind": "date", "date": "2030-12-31", "precision": "year", "expires": True}]),
    # A/RES/63/253 39: "extended to" a day (not the end it replaces, which a relative clause names)
    ("Decides that the terms of office of the members of the United Nations Administrative Tribunal that "
     "expire on 31 December 2008 shall be extended to 31 December 2009;", "GA", 63, dt.date(2008, 12, 24),
     [{"kind": "date", "date": "2009-12-31", "expires": True}]),
    # "extend, to" at once, as before
    ("Decides to extend, to 15 July 2025 the mandate of BINUH", "SC", None, dt.date(2025, 1, 24),
     [{"kind": "date", "date": "2025-07-15", "expires": True}]),
    # not the 2030 Agenda, nor a date past another clause
    ("Decides to extend its support to 2030 Agenda partnerships", "GA", 70, dt.date(2015, 12, 22), []),
    ("Decides to extend the programme, and invites States to contribute to 2030 targets", "GA", 70,
     dt.date(2015, 12, 22), []),
])
def test_what_is_extended_to_a_date_ends_then(text, body, session, adopted_on, expected):
    assert dicts(text, body, session, adopted_on) == expected


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/RES/80/161 7: a period written with its span ends with its end
    ("Decides to allocate one additional one-week session per year for a period of two years from 2026 to "
     "2027 and additional support to the Commission", dt.date(2025, 12, 15),
     [{"kind": "date", "date": "2027-12-31", "precision": "year", "expires": True}]),
    # A/RES/73/276 28: the days written
    ("Decides to extend the voluntary supplemental funding mechanism for the Office of Staff Legal "
     "Assistance for a period of three years, from 1 January 2019 to 31 December 2021, and requests",
     dt.date(2018, 12, 22), [{"kind": "date", "date": "2021-12-31", "expires": True}]),
    # … not one a clause notes
    ("Notes the decision to allocate one session for a period of two years from 2026 to 2027",
     dt.date(2025, 12, 15), []),
])
def test_a_period_written_with_its_span_ends_with_it(text, adopted_on, expected):
    assert dicts(text, "GA", 80, adopted_on) == expected


#: A/HRC/RES/47/21 11 (adopted 13 July 2021): a mandate given with its length, no "for" before it
_MANDATE_OF_A_LENGTH = (
    "Also decides that the international independent expert mechanism shall have a three-year mandate, "
    "within the purview of its mandate, to advance racial justice and equality in the context of law "
    "enforcement in all parts of the world by, inter alia, conducting country visits, inclusive outreach and "
    "consultations with States, directly affected individuals and communities, and other stakeholders;")


def test_a_mandate_given_with_its_length_ends_that_long_after_the_adoption():
    found = dicts(_MANDATE_OF_A_LENGTH, "HRC", 47, dt.date(2021, 7, 13))
    assert [(d["date"], d.get("expires")) for d in found] == [("2024-07-13", True)]


def test_a_mandate_given_with_its_length_is_a_mandate():
    read = read_paragraph(_MANDATE_OF_A_LENGTH, _MANDATE_OF_A_LENGTH, [], body="HRC", session=47,
                          gazetteer=Gazetteer.default())
    assert read.kind == ObligationKind.MANDATE


def test_a_single_period_written_with_its_span_ends_with_it():
    # A/RES/76/229 15: "a single period of four years"
    text = ("Decides to allocate one additional one-week session per year for a single period of four years "
            "from 2022 to 2025 and additional support to the Commission")
    assert dicts(text, "GA", 76, dt.date(2021, 12, 9)) == [
        {"kind": "date", "date": "2025-12-31", "precision": "year", "expires": True}]



def test_the_end_a_clause_does_not_extend_stays():
    # A/RES/73/276 38: "which expires on" a day, in a clause that does not extend it: when it ends
    text = ("Also decides not to extend the ad litem judge position in New York, which expires on 31 "
            "December 2018;")
    assert [d["date"] for d in dicts(text, "GA", None, dt.date(2018, 12, 22))] == ["2018-12-31"]
