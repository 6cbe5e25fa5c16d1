"""A refusing (4xx) or vanishing SMTP server: the message stays pending, is retried with backoff, and
is sent once the server is back; never twice. After the last attempt it is failed, and admins see
it. A permanent refusal (5xx) fails at once: no retries over hours."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_focal_point
from tests.reminders.conftest import DUE, at
from tracker.mail import TransientMailError
from tracker.models import Entity, Reminder
from tracker.reminders import run_pass

FOCAL = "sg-focal@example.org"
NOW = at(DUE - dt.timedelta(days=7))


def _row(db_factory) -> Reminder:
    with db_factory() as db:
        (row,) = db.scalars(select(Reminder)).all()
        return row


@pytest.mark.parametrize("mode", ["refuse4", "disconnect", "down"])
def test_failure_then_retry_with_backoff_then_sent_once(db_factory, seed, smtp_server, settings, mode):
    if mode == "down":
        smtp_server.stop()
    else:
        smtp_server.mailbox.mode = mode
    first = run_pass(db_factory, NOW, settings)
    assert first.delivery.sent == [] and first.delivery.retrying == 1
    row = _row(db_factory)
    assert row.status == "pending" and row.attempts == 1 and row.last_error
    assert row.next_attempt_at == NOW + settings.backoff_base

    # before the backoff has passed, nothing is tried
    early = run_pass(db_factory, NOW + settings.backoff_base - dt.timedelta(seconds=1), settings)
    assert early.delivery.sent == [] and early.delivery.retrying == 0
    assert _row(db_factory).attempts == 1

    # still failing: the delay doubles
    second_at = NOW + settings.backoff_base
    run_pass(db_factory, second_at, settings)
    row = _row(db_factory)
    assert row.attempts == 2 and row.next_attempt_at == second_at + 2 * settings.backoff_base

    # the server is back
    if mode == "down":
        smtp_server.start()
    smtp_server.mailbox.mode = "accept"
    third = run_pass(db_factory, row.next_attempt_at, settings)
    assert len(third.delivery.sent) == 1
    row = _row(db_factory)
    assert row.status == "sent" and row.attempts == 3 and row.message_id
    assert row.last_error is None  # the earlier attempts' error is not the sent row's
    assert len(smtp_server.mailbox.messages) == 1
    assert smtp_server.mailbox.messages[0][1]["Message-ID"] == row.message_id

    # and never again
    for hours in (1, 24, 48):
        run_pass(db_factory, row.next_attempt_at + dt.timedelta(hours=hours), settings)
    assert len(smtp_server.mailbox.messages) == 1


def test_when_the_server_goes_away_the_rest_of_the_batch_waits_without_losing_an_attempt(
        db_factory, seed, smtp_server, settings):
    """The first send finds the server gone: it counts as an attempt; the other rows of the claimed
    batch are put back untried (pending, released, attempt not counted) to the same time, and the
    next pass sends each of them once."""
    with db_factory() as db:
        sg = db.get(Entity, seed["entity_id"])
        for n in (2, 3):
            gen_focal_point(db, sg, email=f"sg-focal-{n}@example.org")
        db.commit()
    smtp_server.stop()
    first = run_pass(db_factory, NOW, settings)
    assert first.queue.queued == 3
    assert first.delivery.retrying == 1 and first.delivery.sent == [] and first.delivery.failed == 0
    with db_factory() as db:
        rows = db.scalars(select(Reminder).order_by(Reminder.id)).all()
    assert [(r.status, r.claimed_by) for r in rows] == [("pending", None)] * 3
    assert sorted(r.attempts for r in rows) == [0, 0, 1]
    assert {r.next_attempt_at for r in rows} == {NOW + settings.backoff_base}
    assert [r.last_error is not None for r in rows].count(True) == 1

    smtp_server.start()
    second = run_pass(db_factory, NOW + settings.backoff_base, settings)
    assert len(second.delivery.sent) == 3
    assert sorted(to for m in smtp_server.mailbox.messages for to in m[0]) == \
        sorted(["sg-focal@example.org", "sg-focal-2@example.org", "sg-focal-3@example.org"])


def test_a_long_error_is_kept_to_its_first_2000_characters(db_factory, seed, settings):
    class Refusing:
        transactional = False

        def send(self, msg, **_):
            raise TransientMailError("451 " + "x" * 5000)

        def close(self):
            pass

    for limit in (settings.max_attempts, 1):  # retried, then failed for good
        run_pass(db_factory, NOW, dataclasses.replace(settings, max_attempts=limit), transport=Refusing())
        row = _row(db_factory)
        assert len(row.last_error) == 2000 and row.last_error.startswith("451 xxx")
        with db_factory() as db:
            db.get(Reminder, row.id).next_attempt_at = NOW
            db.commit()


def test_a_permanent_refusal_fails_at_once(db_factory, seed, smtp_server, settings):
    smtp_server.mailbox.mode = "refuse5"
    first = run_pass(db_factory, NOW, settings)
    assert first.delivery.failed == 1 and first.delivery.retrying == 0
    row = _row(db_factory)
    assert row.status == "failed" and row.attempts == 1 and "554" in row.last_error
    smtp_server.mailbox.mode = "accept"
    run_pass(db_factory, NOW + dt.timedelta(days=1), settings)
    assert smtp_server.mailbox.messages == []


def test_after_the_retry_limit_the_reminder_is_failed(db_factory, seed, smtp_server, settings):
    settings = dataclasses.replace(settings, max_attempts=3)
    smtp_server.mailbox.mode = "refuse4"
    now = NOW
    for _ in range(3):
        run_pass(db_factory, now, settings)
        now = now + dt.timedelta(days=1)
    row = _row(db_factory)
    assert row.status == "failed" and row.attempts == 3
    assert "451" in row.last_error
    smtp_server.mailbox.mode = "accept"
    run_pass(db_factory, now + dt.timedelta(days=1), settings)
    assert smtp_server.mailbox.messages == []


def test_a_row_left_sending_by_a_dead_process_is_retried_after_the_lease(
    db_factory, seed, smtp_server, settings
):
    from tracker.reminders.delivery import claim_batch
    from tracker.reminders.queue import queue_reminders

    with db_factory() as db:
        queue_reminders(db, NOW, settings.stages)
        db.commit()
    # a process claims the row and dies before sending
    assert len(claim_batch(db_factory, NOW, settings, "dead:1")) == 1
    # within the lease, to its last instant, nobody else touches it
    assert run_pass(db_factory, NOW + dt.timedelta(minutes=5), settings).delivery.sent == []
    assert claim_batch(db_factory, NOW + settings.lease, settings, "other:1") == []
    assert _row(db_factory).status == "sending"
    # after the lease, another process sends it, once
    late = run_pass(db_factory, NOW + settings.lease + dt.timedelta(seconds=1), settings)
    assert len(late.delivery.sent) == 1
    assert len(smtp_server.mailbox.messages) == 1
    assert _row(db_factory).status == "sent"


def test_backoff_grows_exponentially_and_is_capped(settings):
    delays = [settings.backoff(n) for n in range(1, 10)]
    assert delays[:4] == [dt.timedelta(minutes=m) for m in (5, 10, 20, 40)]
    assert max(delays) == settings.backoff_max


def test_without_smtp_url_messages_go_to_the_outbox(db_factory, seed, settings, caplog):
    from tracker.models import OutboxMessage

    settings = dataclasses.replace(settings, smtp_url=None)
    with caplog.at_level("INFO", logger="tracker.mail.transport"):
        result = run_pass(db_factory, NOW, settings)
    assert len(result.delivery.sent) == 1
    with db_factory() as db:
        (kept,) = db.scalars(select(OutboxMessage)).all()
        row = db.scalars(select(Reminder)).one()
        assert kept.to_addr == FOCAL and kept.reminder_id == row.id and row.status == "sent"
        assert kept.subject.startswith("A/RES/71/19, paragraph 5: due 18 September 2018")
        assert "http://tracker.test/obligations/" in kept.body_text and kept.body_html
    assert any("outbox" in r.message and FOCAL in r.message for r in caplog.records)
    assert run_pass(db_factory, NOW, settings).delivery.sent == []
