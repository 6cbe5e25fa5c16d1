"""Guarantee: the ledger's "already known" key includes the due date. An obligation rescheduled so
that a stage it was already reminded at comes due again (against the new date) is reminded again;
the same stage against the same date never is."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.reminders.conftest import DUE, at
from tracker.models import Obligation, Reminder
from tracker.reminders import run_pass

FOCAL = "sg-focal@example.org"


def test_a_stage_already_sent_comes_due_again_after_rescheduling(db_factory, seed, smtp_server, settings):
    first = run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    assert [to for _, to, _ in first.delivery.sent] == [FOCAL]
    new_due = DUE + dt.timedelta(days=3)
    with db_factory() as db:
        db.get(Obligation, seed["obligation_id"]).due_on = new_due
        db.commit()
    # four days later the new date is 7 days away: stage "7" again, counted towards another date
    again = run_pass(db_factory, at(DUE - dt.timedelta(days=4)), settings)
    assert again.queue.queued == 1 and len(again.delivery.sent) == 1
    assert [m["Subject"] for m in smtp_server.mailbox.to(FOCAL)] == [
        "A/RES/71/19, paragraph 5: due 18 September 2018 (7 days left)",
        "A/RES/71/19, paragraph 5: due 21 September 2018 (7 days left)",
    ]
    with db_factory() as db:
        rows = db.execute(select(Reminder.stage, Reminder.due_on).order_by(Reminder.id)).all()
    assert rows == [("7", DUE), ("7", new_due)]


def test_the_same_stage_for_the_same_date_is_never_queued_twice(db_factory, seed, smtp_server, settings):
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    for days in (6, 5, 2):  # still stage "7" of the same date
        later = run_pass(db_factory, at(DUE - dt.timedelta(days=days)), settings)
        assert later.queue.queued == 0 and later.delivery.sent == []
    assert len(smtp_server.mailbox.messages) == 1
