"""The rendered emails (text and HTML) compared with files in tests/mail/snapshots/.

After an intended change: ``UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/mail`` and review the diff."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tracker.mail import render_mail
from tracker.reminders.compose import days_phrase

SNAPSHOTS = Path(__file__).parent / "snapshots"


def _view(days_left: int, **kw) -> dict:
    due = dt.date(2018, 9, 18)
    view = {
        "id": 42,
        "symbol": "A/RES/71/19",
        "title": "Cooperation between the United Nations and the International Criminal Police "
        "Organization (INTERPOL)",
        "paragraph": "5",
        "text": "Requests the Secretary-General to submit to the General Assembly at its seventy-third "
        "session a report on the implementation of the present resolution.",
        "deliverable": "a report on the implementation of the present resolution",
        "deadline_text": "at its seventy-third session",
        "due_on": due,
        "target_on": None,
        "days_left": days_left,
        "days_phrase": days_phrase(days_left),
        "owners": ["Secretary-General"],
        "url": "https://tracker.example.org/obligations/42",
    }
    view.update(kw)
    return view


CASES = {
    "reminder_focal_point_7_days": (
        "reminder_owner",
        {
            "o": _view(7),
            "role": "focal_point",
            "is_target": False,
            "target_phrase": None,
            "base_url": "https://tracker.example.org",
            "unsubscribe_url": None,
        },
    ),
    "reminder_officer_overdue": (
        "reminder_owner",
        {
            "o": _view(-14),
            "role": "officer",
            "is_target": False,
            "target_phrase": None,
            "base_url": "https://tracker.example.org",
            "unsubscribe_url": None,
        },
    ),
    "reminder_focal_point_target": (
        "reminder_owner",
        {
            "o": _view(60, target_on=dt.date(2018, 7, 20)),
            "role": "focal_point",
            "is_target": True,
            "target_phrase": "1 day left",
            "base_url": "https://tracker.example.org",
            "unsubscribe_url": None,
        },
    ),
    "reminder_follower_on_the_day": (
        "reminder_follower",
        {
            "o": _view(0, title='Escaping <b>& "quotes"</b>'),
            "role": "follower",
            "is_target": False,
            "target_phrase": None,
            "base_url": "https://tracker.example.org",
            "unsubscribe_url": "https://tracker.example.org/unsubscribe/TOKEN",
        },
    ),
    "digest_session": (
        "digest",
        {
            "obligations": [
                _view(30),
                _view(
                    30,
                    id=43,
                    paragraph="7",
                    symbol="A/RES/71/20",
                    deliverable=None,
                    text="Decides to include in the provisional agenda of its "
                    "seventy-third session the item entitled …",
                ),
            ],
            "session_label": "GA 73",
            "due_on": dt.date(2018, 9, 18),
            "days_phrase": "30 days left",
            "base_url": "https://tracker.example.org",
            "unsubscribe_url": "https://tracker.example.org/unsubscribe/TOKEN",
        },
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rendered_mail_matches_snapshot(case):
    template, context = CASES[case]
    text, html = render_mail(template, **context)
    for suffix, body in ((".txt", text), (".html", html)):
        path = SNAPSHOTS / f"{case}{suffix}"
        if os.environ.get("UPDATE_SNAPSHOTS") or not path.exists():
            path.write_text(body)
            if not os.environ.get("UPDATE_SNAPSHOTS"):
                pytest.fail(f"snapshot {path.name} was missing and has been written: review and commit it")
        assert body == path.read_text(), f"{path.name} differs (UPDATE_SNAPSHOTS=1 to accept)"


def test_html_escapes_what_comes_from_the_resolution():
    _, html = render_mail("reminder_follower", **CASES["reminder_follower_on_the_day"][1])
    assert "<b>&" not in html and "&lt;b&gt;&amp;" in html
    text, _ = render_mail("reminder_follower", **CASES["reminder_follower_on_the_day"][1])
    assert '<b>& "quotes"</b>' in text


def test_follower_mail_has_no_update_link_and_an_unsubscribe_link():
    text, html = render_mail("reminder_follower", **CASES["reminder_follower_on_the_day"][1])
    for body in (text, html):
        assert "/obligations/42" not in body and "Update" not in body
        assert "https://tracker.example.org/unsubscribe/TOKEN" in body
    text, html = render_mail("reminder_owner", **CASES["reminder_focal_point_7_days"][1])
    for body in (text, html):
        assert "https://tracker.example.org/obligations/42" in body and "unsubscribe" not in body
