"""The ledger pass, second half: claim pending rows, send them, stamp them.

Delivery is **at least once, with duplicates made as unlikely as we can**:

1. A batch of due rows is *claimed* (``status='sending'``, ``claimed_by``, ``claimed_at``) and the
   claim is **committed before anything is sent** (STYLE habit 2). PostgreSQL claims with
   ``SELECT … FOR UPDATE SKIP LOCKED``; SQLite, which has no row locks, with one conditional
   ``UPDATE … WHERE id = :id AND status = 'pending'`` per row, keeping the rows whose rowcount is 1.
   Either way two processes never hold the same row.
2. Each message is stamped ``sent`` with its Message-ID right after the server accepted it, in its
   own short transaction (``WHERE claimed_by = me AND status = 'sending'``).
3. A process that dies between 1 and 2 leaves rows in ``sending``. They are not lost: after the
   lease (``ReminderSettings.lease``, 15 minutes, far longer than a send can take with the SMTP
   timeout) another pass claims them again. The only case that can then send twice is a crash in
   the instant between the server's "250 OK" and the stamp's commit; the retry carries the **same
   Message-ID** (it is derived from the row), so mail clients and archives that de-duplicate on it
   show one message. We prefer this to at-most-once (stamp before sending), which would silently
   lose a reminder on every crash: a missed report deadline costs more than a repeated email.

A refused or broken send puts the row back to ``pending`` with ``next_attempt_at`` moved by an
exponential backoff; after ``max_attempts`` it becomes ``failed`` and shows on the admin page.
Without ``SMTP_URL`` the outbox row and the stamp share one transaction: exactly once.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from tracker.db import transaction, utcnow
from tracker.mail import InvalidAddress, PermanentMailError, TransientMailError, make_transport
from tracker.models import Reminder, ReminderStatus
from tracker.models import tables as t
from tracker.reminders.compose import Context, NothingToSend, compose
from tracker.reminders.settings import ReminderSettings

log = logging.getLogger(__name__)

PENDING, SENDING, SENT, FAILED, CANCELLED = (
    str(s)
    for s in (
        ReminderStatus.PENDING,
        ReminderStatus.SENDING,
        ReminderStatus.SENT,
        ReminderStatus.FAILED,
        ReminderStatus.CANCELLED,
    )
)


def worker_name() -> str:
    """``host:pid:random`` — which process claimed a row, unique even across restarts."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class DeliveryResult:
    sent: list[tuple[int, str, str]] = field(default_factory=list)  # (reminder id, recipient, subject)
    retrying: int = 0
    failed: int = 0
    cancelled: int = 0
    errors: list[str] = field(default_factory=list)


def _claimable(now: dt.datetime, lease: dt.timedelta):
    return or_(
        and_(Reminder.status == PENDING, Reminder.next_attempt_at <= now),
        and_(Reminder.status == SENDING, Reminder.claimed_at < now - lease),
    )


def claim_batch(
    factory: sessionmaker[Session], now: dt.datetime, settings: ReminderSettings, worker: str,
    only: Collection[int] | None = None,
) -> list[int]:
    """Claim up to ``batch_size`` due rows (of ``only``, if given) for ``worker`` and commit the
    claim; their ids."""
    due = _claimable(now, settings.lease)
    if only is not None:
        due = and_(due, Reminder.id.in_(list(only)))
    with transaction(factory) as session:
        dialect = session.get_bind().dialect.name
        query = (
            select(Reminder.id)
            .where(due)
            .order_by(Reminder.next_attempt_at, Reminder.id)
            .limit(settings.batch_size)
        )
        claim = {
            "status": SENDING,
            "claimed_by": worker,
            "claimed_at": now,
            "attempts": Reminder.attempts + 1,
        }
        if dialect == "postgresql":
            ids = list(session.scalars(query.with_for_update(skip_locked=True)))
            if ids:
                session.execute(
                    update(Reminder)
                    .where(Reminder.id.in_(ids))
                    .values(**claim)
                    .execution_options(synchronize_session=False)
                )
            return ids
        # SQLite: no row locks; the conditional UPDATE is atomic, its rowcount says who won
        claimed = []
        for rid in session.scalars(query).all():
            result = session.execute(
                update(Reminder)
                .where(Reminder.id == rid, _claimable(now, settings.lease))
                .values(**claim)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:
                claimed.append(rid)
        return claimed




def _settle(session: Session, rid: int, worker: str, **values) -> bool:
    """Move a row this worker holds out of ``sending`` (Core statement: one cached round trip)."""
    result = session.connection().execute(
        update(t.reminders)
        .where(t.reminders.c.id == rid, t.reminders.c.status == SENDING, t.reminders.c.claimed_by == worker)
        .values(**values)
    )
    return result.rowcount == 1


def _retry_values(row: Reminder, now: dt.datetime, settings: ReminderSettings, error: str) -> dict:
    if row.attempts >= settings.max_attempts:
        return {"status": FAILED, "last_error": error[:2000], "claimed_by": None}
    return {
        "status": PENDING,
        "last_error": error[:2000],
        "claimed_by": None,
        "next_attempt_at": now + settings.backoff(row.attempts),
    }


def deliver(
    factory: sessionmaker[Session],
    now: dt.datetime,
    settings: ReminderSettings,
    *,
    worker: str | None = None,
    transport=None,
    only: Collection[int] | None = None,
) -> DeliveryResult:
    """Send every row due at ``now`` (batch by batch) until none is left or the server is down;
    ``only``: just these rows (a message a request queued, sent soon after it)."""
    worker = worker or worker_name()
    result = DeliveryResult()
    own_transport = transport is None
    transport = transport or make_transport(
        settings.smtp_url, timeout=settings.smtp_timeout, ssl_context=settings.ssl_context
    )
    try:
        while True:
            ids = claim_batch(factory, now, settings, worker, only)
            if not ids:
                break
            if not _send_batch(factory, ids, now, settings, worker, transport, result):
                break
    finally:
        if own_transport:
            transport.close()
    return result


def deliver_soon(factory: sessionmaker[Session], settings: ReminderSettings, ids: Collection[int],
                 *, clock=utcnow) -> threading.Thread:
    """Try the rows ``ids`` now, in a thread of their own, so the caller (a web request that just
    committed them) does not wait on the mail server. What this attempt does not send stays in
    the ledger for the next pass: a refusal is retried with backoff, a process that dies holding
    the claim loses it after the lease."""

    def attempt() -> None:
        try:
            result = deliver(factory, clock(), settings, only=list(ids))
        except Exception:  # the pass will try again; the request that queued it is long gone
            log.exception("sending ledger rows %s failed; the next reminder pass retries", list(ids))
            return
        for error in result.errors:
            log.warning("%s (the next reminder pass retries)", error)

    thread = threading.Thread(target=attempt, name=f"deliver-soon-{min(ids, default=0)}", daemon=True)
    thread.start()
    return thread


def _send_batch(factory, ids, now, settings, worker, transport, result: DeliveryResult) -> bool:
    """False when the server is unreachable: the rest of the batch went back to pending."""
    # The outbox writes its rows in our session: the whole batch commits (or not) at once, exactly
    # once. SMTP cannot be rolled back: each stamp is committed as soon as the server said yes.
    per_row = not getattr(transport, "transactional", False)

    def checkpoint() -> None:
        if per_row:
            session.commit()

    session = factory()
    try:
        rows = list(session.scalars(select(Reminder).where(Reminder.id.in_(ids)).order_by(Reminder.id)))
        ctx = Context.load(session, rows)
        session.commit()  # end the read transaction
        for index, row in enumerate(rows):
            try:
                msg = compose(row, ctx, now, settings, session)
            except NothingToSend as exc:
                _settle(session, row.id, worker, status=CANCELLED, last_error=str(exc), claimed_by=None)
                checkpoint()
                result.cancelled += 1
                continue
            except InvalidAddress as exc:
                # no retry will make a bad address good: fail now, loudly
                _settle(session, row.id, worker, status=FAILED, last_error=str(exc), claimed_by=None)
                checkpoint()
                result.failed += 1
                result.errors.append(f"reminder {row.id}: {exc}")
                continue
            checkpoint()  # compose only read; an SMTP send happens outside any transaction
            try:
                transport.send(msg, session=session, reminder_id=row.id)
            except PermanentMailError as exc:
                # a 5xx: the server will refuse it again, so no retries over hours
                _settle(session, row.id, worker, status=FAILED, last_error=str(exc)[:2000], claimed_by=None)
                checkpoint()
                result.failed += 1
                result.errors.append(f"reminder {row.id} to {row.recipient}: {exc}")
                log.warning("reminder %s to %s refused for good: %s", row.id, row.recipient, exc)
                continue
            except TransientMailError as exc:
                values = _retry_values(row, now, settings, str(exc))
                _settle(session, row.id, worker, **values)
                if values["status"] == FAILED:
                    result.failed += 1
                else:
                    result.retrying += 1
                result.errors.append(f"reminder {row.id} to {row.recipient}: {exc}")
                log.warning(
                    "reminder %s to %s not sent (attempt %s): %s", row.id, row.recipient, row.attempts, exc
                )
                if exc.connection_lost:
                    _put_back(session, rows[index + 1 :], worker, values.get("next_attempt_at", now))
                    session.commit()
                    return False
                checkpoint()
                continue
            _settle(
                session,
                row.id,
                worker,
                status=SENT,
                sent_at=now,
                message_id=str(msg["Message-ID"]),
                last_error=None,
            )
            checkpoint()
            result.sent.append((row.id, row.recipient, str(msg["Subject"])))
        session.commit()
        return True
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _put_back(session: Session, rows: list[Reminder], worker: str, when: dt.datetime) -> None:
    """Rows claimed but not tried: pending again, the attempt not counted."""
    for row in rows:
        _settle(
            session,
            row.id,
            worker,
            status=PENDING,
            claimed_by=None,
            attempts=t.reminders.c.attempts - 1,
            next_attempt_at=when,
        )
