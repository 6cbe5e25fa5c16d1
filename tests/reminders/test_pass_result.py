"""What a reminder pass (``run_pass``) takes and reports: an aware time only; a dry run says what it
would queue and changes nothing; the queued rows are listed when asked (the command line); the
scheduler's reminder job and digest job each queue only their own kind of row."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from sqlalchemy import delete, func, select, text

from tests.factories import gen_user
from tests.reminders.conftest import DUE, at
from tracker.models import Reminder, Subscription
from tracker.reminders import run_pass

NOW = at(DUE - dt.timedelta(days=30))
FOCAL = "sg-focal@example.org"


def _count(db_factory) -> int:
    with db_factory() as db:
        return db.scalar(select(func.count()).select_from(Reminder))


def test_a_pass_refuses_a_naive_time(db_factory, seed, settings):
    with pytest.raises(ValueError, match="^now must be timezone-aware$"):
        run_pass(db_factory, NOW.replace(tzinfo=None), settings)
    assert _count(db_factory) == 0


def _follower_digest(db_factory) -> None:
    """A delegation that asked for a digest of GA 73, the session the seed's report is due at."""
    with db_factory() as db:
        follower = gen_user(db, "delegation@example.org", role="delegation")
        db.add(Subscription(user=follower, target="session", session_body="GA", session_number=73,
                            mode="digest"))
        db.commit()


def test_a_dry_run_says_what_it_would_queue_and_changes_nothing(db_factory, seed, smtp_server, settings):
    _follower_digest(db_factory)
    result = run_pass(db_factory, NOW, settings, dry_run=True)
    assert (result.now, result.dry_run, result.delivery) == (NOW, True, None)
    assert result.queue.queued == 2
    assert sorted(row[1:] for row in result.queued_rows) == [
        ("delegation@example.org", None, "GA-73", "30", DUE, "pending"),
        (FOCAL, seed["obligation_id"], None, "30", DUE, "pending"),
    ]
    assert _count(db_factory) == 0 and smtp_server.mailbox.messages == []


def test_a_pass_lists_the_rows_it_queued_when_asked(db_factory, seed, settings):
    settings = dataclasses.replace(settings, smtp_url=None)
    plain = run_pass(db_factory, NOW, settings)
    assert (plain.now, plain.dry_run, plain.queue.queued, plain.queued_rows) == (NOW, False, 1, [])
    later = at(DUE - dt.timedelta(days=7))
    listed = run_pass(db_factory, later, settings, details=True)
    with db_factory() as db:
        row = db.scalars(select(Reminder).where(Reminder.stage == "7")).one()
    assert listed.now == later and len(listed.delivery.sent) == 1
    assert listed.queued_rows == [(row.id, FOCAL, seed["obligation_id"], None, "7", DUE, "pending")]


def test_the_reminder_job_and_the_digest_job_each_queue_only_their_kind(db_factory, seed, settings):
    """The scheduler runs the per-obligation reminders every few minutes (``digests=False``) and the
    followers' digests daily (``obligations=False``): neither queues the other's rows."""
    _follower_digest(db_factory)
    settings = dataclasses.replace(settings, smtp_url=None)
    digests = run_pass(db_factory, NOW, settings, details=True, obligations=False)
    assert [(r[1], r[2], r[3]) for r in digests.queued_rows] == [("delegation@example.org", None, "GA-73")]
    reminders = run_pass(db_factory, NOW + dt.timedelta(minutes=5), settings, details=True, digests=False)
    assert [(r[1], r[2], r[3]) for r in reminders.queued_rows] == [(FOCAL, seed["obligation_id"], None)]
    # and the other way round, each on a database of its own kind of rows only
    with db_factory() as db:
        db.execute(delete(Reminder))
        db.commit()
    reminders = run_pass(db_factory, NOW, settings, details=True, digests=False)
    assert [(r[1], r[2], r[3]) for r in reminders.queued_rows] == [(FOCAL, seed["obligation_id"], None)]


@pytest.mark.postgres
def test_on_postgresql_a_pass_queues_only_after_another_pass_has_queued(
        database_url, db_factory, seed, settings):
    """Queueing is one process at a time (PostgreSQL: an advisory lock held to the end of the
    queueing transaction); a pass waits for it rather than racing the other's inserts."""
    if not database_url.startswith("postgresql"):
        pytest.skip("needs PostgreSQL (TEST_DATABASE_URL): advisory locks")
    from tracker.reminders.ledger import _QUEUE_LOCK

    holder = db_factory()  # another pass, queueing
    holder.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _QUEUE_LOCK})
    done = []
    settings = dataclasses.replace(settings, smtp_url=None)
    waiting = threading.Thread(target=lambda: done.append(run_pass(db_factory, NOW, settings)), daemon=True)
    waiting.start()
    waiting.join(5)
    waited = waiting.is_alive()
    holder.rollback()
    holder.close()
    waiting.join(30)
    assert waited and _count(db_factory) == 1 and done[0].queue.queued == 1
