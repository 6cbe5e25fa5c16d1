"""Deadlines written in tracked paragraphs that were not read: a request or a decision made again is still
due, a request's subjunctive times what it asks ("that the Secretary-General convene … in May 2019"), an event
held on the margins of another body's numbered session is held at it, the Economic and Social Council's
"substantive session" is its next, and the intersessional period of a meeting named by its year ends at that
meeting, not at the General Assembly's next session."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


@pytest.mark.parametrize(("text", "session", "adopted_on", "expected"), [
    # A/RES/73/125 60
    ("Reiterates its request, in paragraph 55 of resolution 72/72, that the Secretary-General convene the "
     "fourteenth round of informal consultations of States parties to the Agreement for two days in May 2019 "
     "to focus on the topic “Performance reviews of regional fisheries management organizations and "
     "arrangements”;", 73, dt.date(2018, 12, 11), {"date": "2019-05-31", "precision": "month"}),
    # A/RES/73/228 29
    ("Reaffirms its decision to convene a one-day high-level review at United Nations Headquarters in "
     "September 2019, to review progress made in addressing the priorities of small island developing States "
     "through the implementation of the Samoa Pathway;", 73, dt.date(2018, 12, 20),
     {"date": "2019-09-30", "precision": "month"}),
    # A/RES/77/29 83
    ("Reaffirms its decision to hold a midterm review of the implementation of the Sendai Framework in 2023;",
     77, dt.date(2022, 12, 7), {"date": "2023-12-31", "precision": "year"}),
])
def test_asked_or_decided_again(text, session, adopted_on, expected):
    assert deadline_dicts(text, "GA", session, adopted_on) == [{"kind": "date", **expected}]


def test_a_decision_recalled_is_no_deadline():
    # (a decision recalled, not made again: unchanged)
    text = ("Recalls its decision to convene a one-day high-level review at United Nations Headquarters in "
            "September 2019;")
    assert deadline_dicts(text, "GA", 73, dt.date(2018, 12, 20)) == []


def test_held_on_the_margins_of_another_bodys_session():
    # A/RES/77/240 6
    text = ("Decides to hold a half-day meeting, to be convened by the President of the General Assembly, "
            "within existing resources or through voluntary contributions, on the margins of the sixteenth "
            "session of the Conference of States Parties to the Convention on the Rights of Persons with "
            "Disabilities, to exchange views on the implementation of the Convention;")
    found = deadline_dicts(text, "GA", 77, dt.date(2022, 12, 16))
    assert [(d["kind"], d.get("body_name"), d.get("session")) for d in found] == [
        ("session", "Conference of States Parties", 16)]


def test_a_meeting_held_on_the_sidelines_is_history():
    # A/RES/79/290 34 (a meeting noted, held on the sidelines of a session: unchanged)
    text = ("Welcomes the Plan of Action (2021–2025), noting the most recent meeting, held on the sidelines "
            "of the seventy-ninth session of the General Assembly, in New York on 25 September 2024;")
    assert deadline_dicts(text, "GA", 79, dt.date(2024, 12, 16)) == []


@pytest.mark.parametrize(("text", "adopted_on", "session"), [
    # A/RES/67/226 121
    ("Calls upon the funds and programmes, and encourages the specialized agencies, to carry out any changes "
     "required to align their planning and budgeting cycles with the quadrennial comprehensive policy "
     "review, and to report to the Economic and Social Council on adjustments made to fit the new "
     "comprehensive review cycle at the substantive session of the Council;", dt.date(2012, 12, 21), 2013),
    # A/RES/62/208 112
    ("Requests the executive boards to assess the progress achieved and report to the Economic and Social "
     "Council at its substantive session;", dt.date(2007, 12, 19), 2008),
])
def test_the_councils_substantive_session(text, adopted_on, session):
    found = deadline_dicts(text, "GA", adopted_on.year - 1945, adopted_on)
    assert [(d["kind"], d.get("body"), d.get("session")) for d in found] == [("session", "ECOSOC", session)]


def test_a_substantive_session_described_is_no_deadline():
    # A/RES/57/270 B 42 (the segment of a session, described: "of its substantive session")
    text = ("Requests the Economic and Social Council to establish a multi-year work programme for the "
            "coordination segment of its substantive session;")
    assert deadline_dicts(text, "GA", 57, dt.date(2003, 6, 23)) == []


def test_the_intersessional_period_of_a_meeting_named_by_its_year():
    # A/RES/80/43 6
    text = ("Encourages the Chair-designate of the 2027 Meeting of States to conduct discussions during the "
            "intersessional period, as set out in the report of the Preparatory Meeting of States on the "
            "Global Framework for Through-life Conventional Ammunition Management;")
    found = deadline_dicts(text, "GA", 80, dt.date(2025, 12, 1))
    assert [(d.get("body"), d.get("body_name"), d.get("session")) for d in found] == [
        (None, "Meeting of States", 2027)]


def test_the_intersessional_period_of_a_body():
    # A/RES/76/185 15 (the Commission's: unchanged)
    text = ("Calls upon the Commission on Crime Prevention and Criminal Justice to hold during the "
            "intersessional period expert discussions on preventing and combating crimes that affect the "
            "environment;")
    found = deadline_dicts(text, "GA", 76, dt.date(2021, 12, 16))
    assert [(d["kind"], d.get("body")) for d in found] == [("session", "CCPCJ")]
