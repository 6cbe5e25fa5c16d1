"""A pass sends batch by batch: it holds at most ``batch_size`` rows at a time, oldest due first,
commits each stamp as soon as the server said yes, lets one message's failure hold back none of
the others, stops at the first batch when the server is gone, and releases every row it settles.
A worker whose lease ran out cannot stamp a row another has claimed since. The background attempt
of a web request sends only the rows it was given."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from sqlalchemy import select, update

from tests.factories import gen_focal_point
from tests.reminders.conftest import DUE, at
from tracker.mail import InvalidAddress, PermanentMailError, TransientMailError
from tracker.models import Entity, Reminder
from tracker.reminders import delivery, run_pass
from tracker.reminders.compose import NothingToSend
from tracker.reminders.delivery import claim_batch, deliver, deliver_soon
from tracker.reminders.queue import queue_reminders

NOW = at(DUE - dt.timedelta(days=7))
FOCAL = ["sg-focal@example.org", "sg-focal-2@example.org", "sg-focal-3@example.org"]


@pytest.fixture
def three(db_factory, seed, settings) -> list[int]:
    """Three focal points of the owner: three rows of one stage, queued (not sent); their ids."""
    with db_factory() as db:
        sg = db.get(Entity, seed["entity_id"])
        for address in FOCAL[1:]:
            gen_focal_point(db, sg, email=address)
        db.flush()
        queue_reminders(db, NOW, settings.stages)
        db.commit()
        return list(db.scalars(select(Reminder.id).order_by(Reminder.id)))


def _rows(db_factory) -> dict[int, Reminder]:
    with db_factory() as db:
        rows = db.scalars(select(Reminder).order_by(Reminder.id)).all()
        for row in rows:
            db.expunge(row)
        return {row.id: row for row in rows}


class Recording:
    """An SMTP-like transport (not transactional) that accepts, or raises ``fail`` for the first
    message, and lets a test look at the ledger from another session while a message is sent."""

    transactional = False

    def __init__(self, fail: Exception | None = None, during=None):
        self.fail, self.during = fail, during
        self.sent: list = []
        self.closed = 0

    def send(self, msg, *, session=None, reminder_id=None):
        if self.during is not None:
            self.during(reminder_id)
        if self.fail is not None and not self.sent and not getattr(self, "failed", False):
            self.failed = True
            raise self.fail
        self.sent.append((reminder_id, str(msg["To"])))

    def close(self):
        self.closed += 1


def test_each_stamp_is_committed_as_soon_as_the_server_accepted_the_message(
        db_factory, three, settings, monkeypatch):
    """SMTP cannot be rolled back: a crash while sending the third message must not leave the first
    two unstamped (they would be sent again after the lease)."""
    from tracker.mail.transport import SmtpTransport

    seen = {}
    real_send = SmtpTransport.send

    def send(self, msg, **kwargs):
        seen[kwargs["reminder_id"]] = {r.id: r.status for r in _rows(db_factory).values()}
        return real_send(self, msg, **kwargs)

    monkeypatch.setattr(SmtpTransport, "send", send)
    assert len(run_pass(db_factory, NOW, settings).delivery.sent) == 3
    assert seen[three[2]] == {three[0]: "sent", three[1]: "sent", three[2]: "sending"}


def test_a_pass_holds_at_most_a_batch_of_rows_oldest_due_first(db_factory, three, settings):
    settings = dataclasses.replace(settings, batch_size=1)
    with db_factory() as db:  # the last row has waited longest
        earlier = NOW - dt.timedelta(hours=1)
        db.execute(update(Reminder).where(Reminder.id == three[2]).values(next_attempt_at=earlier))
        db.commit()
    sending = []

    def during(rid):
        sending.append(sorted(r.id for r in _rows(db_factory).values() if r.status == "sending"))

    transport = Recording(during=during)
    result = run_pass(db_factory, NOW, settings, transport=transport)
    assert sending == [[three[2]], [three[0]], [three[1]]]  # one claimed at a time, all in one pass
    assert [rid for rid, _ in transport.sent] == [three[2], three[0], three[1]]
    assert len(result.delivery.sent) == 3


@pytest.mark.parametrize(
    "failure, status, counted",
    [
        (PermanentMailError("550 5.1.1 no such mailbox"), "failed", "failed"),
        (TransientMailError("451 4.3.0 try later"), "pending", "retrying"),
        (InvalidAddress("line break in the address"), "failed", "failed"),
        (NothingToSend("obligation closed"), "cancelled", "cancelled"),
    ],
    ids=["refused", "deferred", "bad-address", "nothing-to-send"],
)
def test_one_message_that_fails_holds_back_none_of_the_others(
        db_factory, three, settings, monkeypatch, failure, status, counted):
    """Whatever happens to the first message of a batch, the other two are sent in the same pass,
    every row settled is released (no worker holds it any more), and the failure is reported."""
    transport = Recording()
    if isinstance(failure, (InvalidAddress, NothingToSend)):  # found while composing the message
        real = delivery.compose

        def compose(row, *args):
            if row.id == three[0]:
                raise failure
            return real(row, *args)

        monkeypatch.setattr(delivery, "compose", compose)
    else:
        transport.fail = failure
    result = run_pass(db_factory, NOW, settings, transport=transport).delivery
    rows = _rows(db_factory)
    assert [rid for rid, _ in transport.sent] == three[1:]
    assert [rows[rid].status for rid in three] == [status, "sent", "sent"]
    assert rows[three[0]].last_error == str(failure)
    assert all(rows[rid].claimed_by is None for rid in three if rows[rid].status != "sent")
    assert [rid for rid, *_ in result.sent] == three[1:]
    counts = {"failed": result.failed, "retrying": result.retrying, "cancelled": result.cancelled}
    assert counts == {k: int(k == counted) for k in counts}
    if counted != "cancelled":
        assert len(result.errors) == 1 and result.errors[0].startswith(f"reminder {three[0]}")
        assert str(failure) in result.errors[0]
    else:
        assert result.errors == []


def test_a_long_permanent_refusal_is_kept_to_its_first_2000_characters(db_factory, three, settings):
    run_pass(db_factory, NOW, settings, transport=Recording(fail=PermanentMailError("550 " + "x" * 5000)))
    row = _rows(db_factory)[three[0]]
    assert row.status == "failed" and len(row.last_error) == 2000 and row.last_error.startswith("550 xxx")


def test_when_the_server_is_gone_a_pass_stops_at_its_first_batch(db_factory, three, smtp_server, settings):
    """Each further batch would only spend the attempt of its first row against a dead server."""
    smtp_server.stop()
    result = run_pass(db_factory, NOW, dataclasses.replace(settings, batch_size=1)).delivery
    assert result.retrying == 1 and result.sent == []
    rows = _rows(db_factory)
    assert [(rows[rid].status, rows[rid].attempts) for rid in three] == \
        [("pending", 1), ("pending", 0), ("pending", 0)]


def test_the_rest_of_the_batch_is_put_back_when_the_lost_connection_was_a_rows_last_attempt(
        db_factory, three, settings):
    """The first row fails for good (its last attempt); the two it was batched with are put back,
    due now, and the next pass sends them."""
    settings = dataclasses.replace(settings, max_attempts=1)
    gone = TransientMailError("cannot connect", connection_lost=True)
    result = run_pass(db_factory, NOW, settings, transport=Recording(fail=gone)).delivery
    assert result.failed == 1 and result.retrying == 0
    rows = _rows(db_factory)
    assert [(rows[rid].status, rows[rid].attempts, rows[rid].claimed_by) for rid in three] == \
        [("failed", 1, None), ("pending", 0, None), ("pending", 0, None)]
    assert {rows[rid].next_attempt_at for rid in three[1:]} == {NOW}
    transport = Recording()
    run_pass(db_factory, NOW, settings, transport=transport)
    assert [rid for rid, _ in transport.sent] == three[1:]


def test_a_worker_whose_lease_ran_out_cannot_stamp_a_row_claimed_since(db_factory, three, settings):
    """The send took longer than the lease; another process claimed the row meanwhile. The first
    worker's stamp does not land: the row stays with the second, which settles it."""
    later = NOW + settings.lease + dt.timedelta(seconds=1)
    taken = []

    def during(rid):
        if rid == three[0]:
            one = dataclasses.replace(settings, batch_size=1)
            taken.extend(claim_batch(db_factory, later, one, "other:1"))

    run_pass(db_factory, NOW, settings, worker="slow:1", transport=Recording(during=during))
    assert taken == [three[0]]
    rows = _rows(db_factory)
    assert (rows[three[0]].status, rows[three[0]].claimed_by) == ("sending", "other:1")
    assert [rows[rid].status for rid in three[1:]] == ["sent", "sent"]


def test_a_pass_closes_the_connection_it_opened_and_leaves_a_callers_open(
        db_factory, three, settings, monkeypatch):
    from tracker.mail.transport import SmtpTransport

    closed = []
    real_close = SmtpTransport.close
    monkeypatch.setattr(SmtpTransport, "close", lambda self: (closed.append(self), real_close(self)))
    run_pass(db_factory, NOW, settings)
    assert len(closed) == 1
    with db_factory() as db:
        db.execute(update(Reminder).values(status="pending", next_attempt_at=NOW))
        db.commit()
    transport = Recording()
    deliver(db_factory, NOW, settings, transport=transport)
    assert transport.closed == 0 and len(transport.sent) == 3


def test_the_background_attempt_of_a_request_sends_only_the_rows_it_was_given(db_factory, three, settings):
    thread = deliver_soon(db_factory, settings, [three[1]], clock=lambda: NOW)
    thread.join(30)
    rows = _rows(db_factory)
    assert [rows[rid].status for rid in three] == ["pending", "sent", "pending"]


@pytest.mark.postgres
def test_on_postgresql_a_row_another_transaction_holds_is_skipped_not_waited_for(
        database_url, db_factory, three, settings):
    """Claims lock with ``FOR UPDATE SKIP LOCKED``: a claimer takes the rows nobody holds at once
    instead of queueing behind another process's claim (four processes racing: tests/reminders/
    test_concurrency.py)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("needs PostgreSQL (TEST_DATABASE_URL): row locks")
    holder = db_factory()
    holder.execute(select(Reminder.id).where(Reminder.id == three[0]).with_for_update()).all()
    claimed = []
    claimer = threading.Thread(target=lambda: claimed.append(claim_batch(db_factory, NOW, settings, "w:2")),
                               daemon=True)
    claimer.start()
    claimer.join(10)
    waited = claimer.is_alive()
    holder.rollback()
    holder.close()
    claimer.join(30)
    assert not waited
    assert claimed == [three[1:]]
