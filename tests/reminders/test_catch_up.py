"""Guarantee: after downtime (here an SMTP outage), a pass sends one message per recipient and
obligation, the latest stage: a row still pending from an earlier stage is superseded, not sent."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.factories import gen_focal_point, gen_obligation
from tests.reminders.conftest import DUE, at
from tracker.models import Entity, Obligation, Reminder
from tracker.reminders import run_pass

FOCAL = "sg-focal@example.org"


def test_a_stuck_stage_is_superseded_by_the_later_one_after_an_smtp_outage(
    db_factory, seed, smtp_server, settings
):
    smtp_server.stop()
    stuck = run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    assert stuck.queue.queued == 1 and stuck.delivery.retrying == 1 and not stuck.delivery.sent
    smtp_server.start()
    # six days on the server is back and the retry of "7 days left" is due, as is stage "1"
    result = run_pass(db_factory, at(DUE - dt.timedelta(days=1)), settings)
    assert result.queue.superseded == 1
    assert [m["Subject"] for m in smtp_server.mailbox.to(FOCAL)] == [
        "A/RES/71/19, paragraph 5: due 18 September 2018 (1 day left)"
    ]
    with db_factory() as db:
        rows = db.execute(select(Reminder.stage, Reminder.status).order_by(Reminder.id)).all()
    assert rows == [("7", "cancelled"), ("1", "sent")]


def test_a_pending_row_with_no_later_stage_is_still_sent(db_factory, seed, smtp_server, settings):
    """The other side: supersession never drops the latest stage itself."""
    smtp_server.stop()
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    smtp_server.start()
    result = run_pass(db_factory, at(DUE - dt.timedelta(days=5)), settings)
    assert result.queue.superseded == 0
    assert [m["Subject"] for m in smtp_server.mailbox.to(FOCAL)] == [
        "A/RES/71/19, paragraph 5: due 18 September 2018 (5 days left)"
    ]


def test_what_was_sent_stays_sent_and_a_superseded_row_says_why(db_factory, seed, smtp_server, settings):
    """Catch-up cancels only rows still pending, and records why: the ledger stays the history of
    what went out ("30" sent), what was skipped as stale ("7") and what replaced it ("1")."""
    run_pass(db_factory, at(DUE - dt.timedelta(days=30)), settings)
    smtp_server.stop()
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    smtp_server.start()
    result = run_pass(db_factory, at(DUE - dt.timedelta(days=1)), settings)
    assert result.queue.superseded == 1
    with db_factory() as db:
        rows = db.execute(
            select(Reminder.stage, Reminder.status, Reminder.last_error).order_by(Reminder.id)
        ).all()
    assert [r[:2] for r in rows] == [("30", "sent"), ("7", "cancelled"), ("1", "sent")]
    assert rows[1].last_error == "superseded by a later stage"
    assert len(smtp_server.mailbox.to(FOCAL)) == 2


def test_a_later_row_for_another_address_or_obligation_supersedes_nothing_of_this_one(
    db_factory, seed, smtp_server, settings
):
    """Supersession is per obligation and recipient. The focal point's stage "7" of paragraph 5 is
    pending when a second focal point is added; the next pass queues paragraph 5 for the newcomer
    and paragraph 6's next stage for both. Only paragraph 6's stale stage is superseded: the first
    focal point's paragraph 5 is still sent, once, and the newcomer gets its own."""
    with db_factory() as db:
        other = gen_obligation(db, db.get(Obligation, seed["obligation_id"]).resolution, number="6",
                               due_on=DUE + dt.timedelta(days=2), owners=[db.get(Entity, seed["entity_id"])])
        db.commit()
        other_id = other.id
    smtp_server.stop()
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)  # 5: "7", 6: "30"; both pending
    smtp_server.start()
    with db_factory() as db:
        gen_focal_point(db, db.get(Entity, seed["entity_id"]), email="second-focal@example.org")
        db.commit()
    result = run_pass(db_factory, at(DUE - dt.timedelta(days=5)), settings)  # 6: "7"
    assert result.queue.queued == 3 and result.queue.superseded == 1
    with db_factory() as db:
        sent = db.execute(
            select(Reminder.obligation_id, Reminder.recipient, Reminder.stage)
            .where(Reminder.status == "sent").order_by(Reminder.obligation_id, Reminder.recipient)
        ).all()
    first = seed["obligation_id"]
    assert sent == [(first, "second-focal@example.org", "7"), (first, FOCAL, "7"),
                    (other_id, "second-focal@example.org", "7"), (other_id, FOCAL, "7")]
