"""What a reminder says, function by function: the days left or overdue (singular and plural),
the Message-ID (the row and what it is about, at the sender's domain, the same on every retry, and
so on what a pass sends), who a subscription follows, and how an obligation is shown (its paragraph
with its part, its status in words, a mandate by its end, its link)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from tests.factories import gen_entity, gen_obligation, gen_resolution
from tracker.models import Reminder
from tracker.reminders import ReminderSettings
from tracker.reminders.compose import days_phrase, follows, message_id_for, obligation_view


@pytest.mark.parametrize(("days_left", "phrase"), [
    (30, "30 days left"), (2, "2 days left"), (1, "1 day left"), (0, "due today"),
    (-1, "overdue by 1 day"), (-2, "overdue by 2 days"), (-14, "overdue by 14 days"),
])
def test_the_days_left_or_overdue_in_words(days_left, phrase):
    assert days_phrase(days_left) == phrase


def test_a_message_id_names_its_row_and_what_it_is_about_at_the_senders_domain():
    row = Reminder(id=7, obligation_id=42, stage="30", due_on=dt.date(2018, 9, 18))
    digest = Reminder(id=8, obligation_id=None, digest_key="GA-73", stage="7", due_on=dt.date(2018, 9, 18))
    sender = "Mandate Tracker <tracker@mail.example.org>"
    assert message_id_for(row, sender) == "<reminder.7.o42.30.20180918@mail.example.org>"
    assert message_id_for(digest, sender) == "<reminder.8.dGA-73.7.20180918@mail.example.org>"
    assert message_id_for(row, sender) == message_id_for(row, sender)  # a retry: the same


def test_a_sent_reminder_carries_the_message_id_of_its_row_at_the_configured_senders_domain(
    db_factory, smtp_server, settings
):
    """What a pass sends is the Message-ID above for the configured sender, not ``localhost``'s."""
    from sqlalchemy import select

    from tests.factories import gen_focal_point
    from tests.reminders.conftest import DUE, at
    from tracker.reminders import run_pass

    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        gen_focal_point(db, sg, email="sg-focal@example.org")
        gen_obligation(db, due_on=DUE, owners=[sg])
        db.commit()
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    [(_, msg)] = smtp_server.mailbox.messages
    with db_factory() as db:
        row = db.scalars(select(Reminder)).one()
    assert msg["Message-ID"] == message_id_for(row, settings.mail_from)
    assert msg["Message-ID"].endswith("@example.org>")  # settings.mail_from's domain


def _sub(target, **kw):
    return SimpleNamespace(target=target, **{"resolution_id": None, "entity_id": None,
                                             "session_body": None, "session_number": None, **kw})


def test_who_a_subscription_follows():
    res = SimpleNamespace(body="GA", session=71)
    ob = SimpleNamespace(resolution_id=5, resolution=res, owners=[SimpleNamespace(id=3)],
                         deadline_body="GA", deadline_session=73)
    assert follows(_sub("resolution", resolution_id=5), ob)
    assert not follows(_sub("resolution", resolution_id=6), ob)
    assert follows(_sub("entity", entity_id=3), ob)
    assert not follows(_sub("entity", entity_id=4), ob)
    # a session: the one the obligation is due at, or the one that adopted it
    assert follows(_sub("session", session_body="GA", session_number=73), ob)
    assert follows(_sub("session", session_body="GA", session_number=71), ob)
    assert not follows(_sub("session", session_body="GA", session_number=72), ob)
    assert not follows(_sub("something else"), ob)


def test_how_an_obligation_is_shown(db):
    settings = ReminderSettings(base_url="https://tracker.example.org")
    sg = gen_entity(db, "Secretary-General")
    res = gen_resolution(db, "A/RES/71/21", title="Follow-up")
    ob = gen_obligation(db, res, number="3", due_on=dt.date(2018, 9, 18), owners=[sg],
                        status="in_progress", deliverable="a report", deadline_text="at its 73rd session")
    ob.paragraph.part = "B"
    view = obligation_view(ob, dt.date(2018, 9, 11), settings)
    assert view == view | {
        "id": ob.id, "symbol": "A/RES/71/21", "title": "Follow-up", "paragraph": "B.3",
        "text": "Requests the Secretary-General to submit a report;", "target_on": None,
        "deliverable": "a report", "deadline_text": "at its 73rd session", "due_on": dt.date(2018, 9, 18),
        # a digest's row: "a report" says nothing of what, the paragraph's text does
        "words": "Requests the Secretary-General to submit a report;",
        "is_mandate": False, "days_left": 7, "days_phrase": "7 days left", "owners": ["Secretary-General"],
        "kind": "report", "status": "in_progress", "status_label": "in progress",
        "url": f"https://tracker.example.org/obligations/{ob.id}",
    }
    undated = gen_obligation(db, res, number="4")
    assert (obligation_view(undated, dt.date(2018, 9, 11), settings) | {})["days_phrase"] == ""
    assert obligation_view(undated, dt.date(2018, 9, 11), settings)["days_left"] is None


def test_a_mandate_is_shown_by_its_end_and_the_body_that_renews_it(db):
    settings = ReminderSettings()
    sc = gen_resolution(db, "S/RES/2727 (2024)", body="SC", session=None)
    mandate = gen_obligation(db, sc, kind="mandate", status="ongoing", due_on=dt.date(2030, 1, 1),
                             expires_on=dt.date(2025, 3, 17))
    view = obligation_view(mandate, dt.date(2025, 2, 15), settings)
    assert (view["is_mandate"], view["due_on"], view["days_left"]) == (True, dt.date(2025, 3, 17), 30)
    assert view["renewing_body"] == "Security Council"
    other = gen_resolution(db, "X/RES/1", body="XYZ", session=None)
    unknown = gen_obligation(db, other, kind="mandate", status="ongoing", expires_on=dt.date(2025, 3, 17))
    assert obligation_view(unknown, dt.date(2025, 2, 15), settings)["renewing_body"] == "XYZ"
