"""Every deadline form of DESIGN §5, as plain tables."""

import datetime as dt

import pytest

from tracker.parsing.deadlines import find_deadlines


def dicts(text, body="GA", session=71, adopted_on=None):
    out = []
    for d in find_deadlines(text, body=body, session=session, adopted_on=adopted_on):
        d = d.to_dict()
        d.pop("text")
        out.append(d)
    return out


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
    ],
)
def test_sessions(text, body, session, expected):
    assert dicts(text, body, session) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Recalls its decision taken at its fifty-second session",  # past
        "the report submitted to the Council at its fifty-seventh session",  # past participle
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
        ("to end poverty by 2030", {"kind": "date", "date": "2030-12-31", "precision": "year"}),
        ("no later than January 2026",
         {"kind": "date", "date": "2026-01-31", "precision": "month"}),
        ("no later than February 2028",
         {"kind": "date", "date": "2028-02-29", "precision": "month"}),
        ("extend the mandate of UNAMI until 31 May 2025", {"kind": "date", "date": "2025-05-31"}),
        ("as of June 30 2023", {"kind": "date", "date": "2023-06-30"}),
        ("within 90 days of the adoption of the present resolution",
         {"kind": "relative", "days": 90, "from": "adoption"}),
        ("within six months", {"kind": "relative", "days": 180, "from": "adoption"}),
        ("annually", {"kind": "recurring", "every": "P1Y"}),
        ("on an annual basis", {"kind": "recurring", "every": "P1Y"}),
        ("biennially", {"kind": "recurring", "every": "P2Y"}),
        ("every four months", {"kind": "recurring", "every": "P4M"}),
        ("every 120 days", {"kind": "recurring", "every": "P120D"}),
    ],
)
def test_other_forms(text, expected):
    assert dicts(text, "SC", None) == [expected]


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
