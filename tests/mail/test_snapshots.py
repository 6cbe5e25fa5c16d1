"""The rendered emails (text and HTML) compared with files in tests/mail/snapshots/.

After an intended change: ``.venv/bin/pytest tests/mail --update-snapshots`` and review the diff
(an ``UPDATE_SNAPSHOTS`` variable left in the shell is cleared by the suite: it cannot turn the
asserts into writes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.mail import render_mail
from tracker.models.obligations import shown_words
from tracker.reminders.compose import days_phrase, focal_digest_headline

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
        "kind": "report",
        "status": "not_started",
        "status_label": "not started",
        "url": "https://tracker.example.org/obligations/42",
    }
    view.update(kw)
    view.setdefault("words", shown_words(view["deliverable"], view["text"]))  # as obligation_view gives them
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
    "digest_focal_point_30_days": (
        "digest_focal_point",
        {
            "headline": "GA 73 opens in 30 days: your 3 obligations due 18 September 2018",
            "obligations": [
                _view(30),
                _view(
                    30,
                    id=43,
                    paragraph="7",
                    symbol="A/RES/71/20",
                    kind="agenda",
                    status="in_progress",
                    status_label="in progress",
                    deliverable=None,
                    text="Decides to include in the provisional agenda of its "
                    "seventy-third session the item entitled …",
                    url="https://tracker.example.org/obligations/43",
                ),
                _view(
                    30,
                    id=44,
                    paragraph="B.3",
                    symbol="A/RES/71/21",
                    deliverable='a report on <script>alert("x")</script> & its follow-up',
                    url="https://tracker.example.org/obligations/44",
                ),
            ],
            "count": "3 obligations",
            "session_label": "GA 73",
            "due_on": dt.date(2018, 9, 18),
            "days_phrase": "30 days left",
            "is_target": False,
            "entities": ["Secretary-General"],
            "base_url": "https://tracker.example.org",
        },
    ),
    "digest_officer_pass": (
        "digest_officer",
        {
            "headline": "Reminders for 2 obligations: 1 overdue, the next due 1 November 2018",
            "obligations": [
                _view(-14) | {"is_target": False, "reminded_on": dt.date(2018, 9, 18),
                              "reminded_phrase": "overdue by 14 days"},
                _view(30, id=44, paragraph="B.3", symbol="A/RES/71/21", due_on=dt.date(2018, 11, 1),
                      target_on=dt.date(2018, 10, 9),
                      deliverable='a report on <script>alert("x")</script> & its follow-up',
                      url="https://tracker.example.org/obligations/44")
                | {"is_target": True, "reminded_on": dt.date(2018, 10, 9), "reminded_phrase": "7 days left"},
            ],
            "entities": ["Secretary-General"],
            "base_url": "https://tracker.example.org",
        },
    ),
    "digest_focal_point_target": (
        "digest_focal_point",
        {
            "headline": "GA 73: internal target 7 August 2018 for your 1 report (7 days left)",
            "obligations": [_view(49, target_on=dt.date(2018, 8, 7))],
            "count": "1 report",
            "session_label": "GA 73",
            "due_on": dt.date(2018, 8, 7),
            "days_phrase": "7 days left",
            "is_target": True,
            "entities": [],
            "base_url": "https://tracker.example.org",
        },
    ),
}


def assert_snapshot(path: Path, body: str, *, update: bool) -> None:
    """``body`` is what ``path`` holds; with ``update`` (``--update-snapshots``) it is written first."""
    if update or not path.exists():
        path.write_text(body)
        if not update:
            pytest.fail(f"snapshot {path.name} was missing and has been written: review and commit it")
    assert body == path.read_text(), f"{path.name} differs (--update-snapshots to accept)"


@pytest.mark.parametrize("case", sorted(CASES))
def test_rendered_mail_matches_snapshot(case, request):
    template, context = CASES[case]
    text, html = render_mail(template, **context)
    update = request.config.getoption("update_snapshots")
    for suffix, body in ((".txt", text), (".html", html)):
        assert_snapshot(SNAPSHOTS / f"{case}{suffix}", body, update=update)


def test_html_escapes_what_comes_from_the_resolution():
    _, html = render_mail("reminder_follower", **CASES["reminder_follower_on_the_day"][1])
    assert "<b>&" not in html and "&lt;b&gt;&amp;" in html
    text, _ = render_mail("reminder_follower", **CASES["reminder_follower_on_the_day"][1])
    assert '<b>& "quotes"</b>' in text


def test_follower_mail_links_to_its_obligation_has_no_update_link_and_an_unsubscribe_link():
    text, html = render_mail("reminder_follower", **CASES["reminder_follower_on_the_day"][1])
    for body in (text, html):
        assert "https://tracker.example.org/obligations/42" in body and "Update" not in body
        assert "https://tracker.example.org/unsubscribe/TOKEN" in body
    text, html = render_mail("reminder_owner", **CASES["reminder_focal_point_7_days"][1])
    for body in (text, html):
        assert "https://tracker.example.org/obligations/42" in body and "unsubscribe" not in body


def test_focal_digest_lists_symbol_paragraph_kind_status_and_link_escaped_in_html():
    text, html = render_mail("digest_focal_point", **CASES["digest_focal_point_30_days"][1])
    assert "2. A/RES/71/20, paragraph 7: agenda, in progress" in text
    assert '<a href="https://tracker.example.org/obligations/43">A/RES/71/20, paragraph 7</a>' in html
    assert '<td valign="top">agenda</td><td valign="top">in progress</td>' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<script>alert("x")</script>' in text
    for body in (text, html):
        assert "unsubscribe" not in body.lower()


@pytest.mark.parametrize(
    ("days_left", "opens", "is_target", "subject"),
    [
        (30, True, False, "GA 81 opens in 30 days: your 4 reports due 8 September 2026"),
        (2, True, False, "GA 81 opens in 2 days: your 4 reports due 8 September 2026"),
        (1, True, False, "GA 81 opens tomorrow: your 4 reports due 8 September 2026"),
        (0, True, False, "GA 81 opens today: your 4 reports due 8 September 2026"),
        (-1, True, False, "GA 81 opened 8 September 2026: your 4 reports overdue by 1 day"),
        (-14, True, False, "GA 81 opened 8 September 2026: your 4 reports overdue by 14 days"),
        (30, False, False, "GA 81: your 4 reports due 8 September 2026 (30 days left)"),
        (7, True, True, "GA 81: internal target 8 September 2026 for your 4 reports (7 days left)"),
    ],
)
def test_focal_digest_subject(days_left, opens, is_target, subject):
    got = focal_digest_headline(
        "GA 81", 4, "report", dt.date(2026, 9, 8), days_left, opens=opens, is_target=is_target
    )
    assert got == subject
    one = focal_digest_headline(
        "GA 81", 1, "obligation", dt.date(2026, 9, 8), 30, opens=True, is_target=False
    )
    assert one == "GA 81 opens in 30 days: your 1 obligation due 8 September 2026"
