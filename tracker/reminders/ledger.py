"""One reminder pass: queue what has come due (one transaction), then deliver (claim, send, stamp)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy import delete, false, text
from sqlalchemy.orm import Session, sessionmaker

from tracker.db import transaction
from tracker.models import tables as t
from tracker.reminders.delivery import DeliveryResult, deliver
from tracker.reminders.queue import QueueResult, plan_due_table, queue_reminders
from tracker.reminders.settings import ReminderSettings

log = logging.getLogger(__name__)

#: serialises the queueing step across processes on PostgreSQL (inserts would otherwise wait on
#: each other's uncommitted keys, and could deadlock); the ledger's unique key stays the guarantee
_QUEUE_LOCK = 0x7472_6B72  # "trkr"



@dataclass
class PassResult:
    now: dt.datetime
    queue: QueueResult
    #: what this pass queued (reminder id, recipient, obligation id or digest key, stage, due date)
    queued_rows: list[tuple] = field(default_factory=list)
    delivery: DeliveryResult | None = None
    dry_run: bool = False


#: SQLite: a write statement that writes nothing, to take the database's write lock first
_SQLITE_WRITE_LOCK = delete(t.reminders).where(false())


def _lock_queue(session: Session) -> None:
    """Queueing is one process at a time. PostgreSQL: an advisory lock. SQLite: its write lock,
    taken before the pass reads anything (in WAL mode a transaction that has read cannot start
    writing once another process has committed: it fails at once with "database is locked")."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _QUEUE_LOCK})
    elif dialect == "sqlite":
        session.execute(_SQLITE_WRITE_LOCK)


def _queue(session: Session, now, settings: ReminderSettings, obligations: bool, digests: bool,
           dry_run: bool = False):
    return queue_reminders(
        session,
        now,
        settings.stages,
        obligations=obligations,
        digests=digests,
        focal_digest_min=settings.focal_digest_min,
        officer_digests=settings.officer_digests,
        dry_run=dry_run,
    )


def run_pass(
    factory: sessionmaker[Session],
    now: dt.datetime,
    settings: ReminderSettings,
    *,
    dry_run: bool = False,
    details: bool = False,
    transport=None,
    worker: str | None = None,
    obligations: bool = True,
    digests: bool = True,
) -> PassResult:
    """Queue the stages due at ``now`` and send what is pending. ``dry_run`` lists what the pass would
    queue (without ids) and writes nothing to the ledger (only the pass's temporary table of due
    obligations, rolled back; on SQLite the table itself, empty, is made once per connection by
    ``plan_due_table``), sends nothing; ``details`` lists the queued rows in the result (for
    the command line)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if dry_run:
        # it writes nothing to the ledger: no queue lock (on SQLite, the write lock would keep every
        # writer waiting for the scan)
        session = factory()
        try:
            plan_due_table(session)
            queued = _queue(session, now, settings, obligations, digests, dry_run=True)
        finally:
            session.rollback()
            session.close()
        return PassResult(now, queued, queued.rows, None, dry_run=True)
    with transaction(factory) as session:
        plan_due_table(session)  # before the lock: outside the pass's transaction
        _lock_queue(session)
        queued = _queue(session, now, settings, obligations, digests)
    rows = queued.rows if details else []
    log.info(
        "reminder pass at %s: queued %s, superseded %s, cancelled %s",
        now.isoformat(),
        queued.queued,
        queued.superseded,
        queued.cancelled,
    )
    delivery = deliver(factory, now, settings, worker=worker, transport=transport)
    if delivery.sent or delivery.retrying or delivery.failed:
        log.info(
            "reminder pass at %s: sent %s, retrying %s, failed %s",
            now.isoformat(),
            len(delivery.sent),
            delivery.retrying,
            delivery.failed,
        )
    return PassResult(now, queued, rows, delivery)
