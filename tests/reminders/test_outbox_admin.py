"""What the admin Outbox page reads and does (``tracker.reminders.admin``): the newest kept
messages and failed reminders first, a page at a time; counts by status; a retry only of a failed
reminder, with fresh attempts from now and no claim left on it; unsubscribing what is gone is a
no-op."""

from __future__ import annotations

import datetime as dt

from tests.factories import gen_resolution, gen_user
from tracker.models import OutboxMessage, Reminder, Subscription
from tracker.reminders import admin

NOW = dt.datetime(2018, 9, 11, 9, 0, tzinfo=dt.UTC)


def _reminder(db, n: int, status: str, **kw) -> Reminder:
    row = Reminder(digest_key=f"GA-{n}", recipient=f"fp{n}@example.org", recipient_role="focal_point",
                   stage="7", due_on=dt.date(2018, 9, 18), status=status, **kw)
    db.add(row)
    db.flush()
    return row


def test_the_outbox_shows_the_newest_messages_first_a_page_at_a_time(db):
    for n in range(3):
        db.add(OutboxMessage(to_addr=f"fp{n}@example.org", subject=f"message {n}", body_text="…",
                             message_id=f"<{n}@example.org>"))
    db.flush()
    assert [m.subject for m in admin.list_outbox(db)] == ["message 2", "message 1", "message 0"]
    assert [m.subject for m in admin.list_outbox(db, limit=2)] == ["message 2", "message 1"]


def test_failed_reminders_alone_newest_first_a_page_at_a_time(db):
    first = _reminder(db, 1, "failed")
    _reminder(db, 2, "sent")
    _reminder(db, 3, "pending")
    last = _reminder(db, 4, "failed")
    assert [r.id for r in admin.list_failed_reminders(db)] == [last.id, first.id]
    assert [r.id for r in admin.list_failed_reminders(db, limit=1)] == [last.id]


def test_reminders_are_counted_by_status(db):
    for n, status in enumerate(["failed", "sent", "sent", "pending", "sent"]):
        _reminder(db, n, status)
    assert admin.count_by_status(db) == {"failed": 1, "sent": 3, "pending": 1}


def test_a_retried_reminder_gets_fresh_attempts_from_now_and_no_claim(db):
    failed = _reminder(db, 1, "failed", attempts=6, next_attempt_at=NOW - dt.timedelta(days=2),
                       claimed_by="host:1:abc", last_error="554 5.3.0 Not now")
    other = _reminder(db, 2, "failed", attempts=6, next_attempt_at=NOW - dt.timedelta(days=2))
    assert admin.retry_reminder(db, failed.id, NOW) is True
    db.expire_all()
    row = db.get(Reminder, failed.id)
    assert (row.status, row.attempts, row.claimed_by) == ("pending", 0, None)
    assert row.next_attempt_at.replace(tzinfo=dt.UTC) == NOW
    assert db.get(Reminder, other.id).status == "failed"  # only the one asked for


def test_only_a_failed_reminder_is_retried(db):
    sent = _reminder(db, 1, "sent", attempts=1)
    assert admin.retry_reminder(db, sent.id, NOW) is False
    assert admin.retry_reminder(db, sent.id + 100, NOW) is False
    db.expire_all()
    assert (db.get(Reminder, sent.id).status, db.get(Reminder, sent.id).attempts) == ("sent", 1)


def test_unsubscribing_ends_that_subscription_and_one_that_is_gone_is_a_no_op(db):
    user = gen_user(db, "delegation@example.org", role="delegation")
    res = gen_resolution(db, "A/RES/71/19")
    kept, ended = (Subscription(user=user, target="resolution", resolution_id=res.id, mode=mode)
                   for mode in ("reminders", "digest"))
    db.add_all([kept, ended])
    db.flush()
    assert admin.find_subscription(db, ended.id) is ended
    assert admin.unsubscribe(db, ended.id) is True
    assert admin.find_subscription(db, ended.id) is None
    assert admin.unsubscribe(db, ended.id) is False
    assert [s.id for s in db.query(Subscription)] == [kept.id]
