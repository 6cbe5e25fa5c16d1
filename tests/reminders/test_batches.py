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

from tests.factories import gen_focal_point, gen_user
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


FAILURES = pytest.mark.parametrize(
    "failure, status, counted",
    [
        (PermanentMailError("550 5.1.1 no such mailbox"), "failed", "failed"),
        (TransientMailError("451 4.3.0 try later"), "pending", "retrying"),
        (InvalidAddress("line break in the address"), "failed", "failed"),
        (NothingToSend("obligation closed"), "cancelled", "cancelled"),
    ],
    ids=["refused", "deferred", "bad-address", "nothing-to-send"],
)


@FAILURES
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


class FailingFor(Recording):
    """Raises ``fail`` for each of the rows ``ids`` (each time it is sent), accepts the others."""

    def __init__(self, fail: Exception, ids):
        super().__init__()
        self.fail_for, self.ids = fail, set(ids)

    def send(self, msg, *, session=None, reminder_id=None):
        if reminder_id in self.ids:
            raise self.fail_for
        self.sent.append((reminder_id, str(msg["To"])))


def _failing(failure, ids, monkeypatch) -> Recording:
    """A transport that fails the rows ``ids`` with ``failure``: when composed (a bad address,
    nothing to send) or when sent (a refusal, a deferral)."""
    if isinstance(failure, (InvalidAddress, NothingToSend)):
        real = delivery.compose

        def compose(row, *args):
            if row.id in ids:
                raise failure
            return real(row, *args)

        monkeypatch.setattr(delivery, "compose", compose)
        return Recording()
    return FailingFor(failure, ids)


@FAILURES
def test_every_message_of_a_batch_that_fails_is_counted_and_reported(
        db_factory, three, settings, monkeypatch, failure, status, counted):
    transport = _failing(failure, three[:2], monkeypatch)
    result = run_pass(db_factory, NOW, settings, transport=transport).delivery
    rows = _rows(db_factory)
    assert [rows[rid].status for rid in three] == [status, status, "sent"]
    counts = {"failed": result.failed, "retrying": result.retrying, "cancelled": result.cancelled}
    assert counts == {k: 2 * int(k == counted) for k in counts}
    assert len(result.errors) == (0 if counted == "cancelled" else 2)


def test_every_message_deferred_on_its_last_attempt_is_counted_failed(db_factory, three, settings):
    settings = dataclasses.replace(settings, max_attempts=1)
    transport = FailingFor(TransientMailError("451 4.3.0 try later"), three[:2])
    result = run_pass(db_factory, NOW, settings, transport=transport).delivery
    assert [_rows(db_factory)[rid].status for rid in three] == ["failed", "failed", "sent"]
    assert (result.failed, result.retrying, len(result.errors)) == (2, 0, 2)


@pytest.mark.parametrize("first", ["sent", "refused", "deferred", "bad-address", "nothing-to-send"])
def test_what_a_message_came_to_is_kept_when_composing_the_next_one_breaks(
        db_factory, three, settings, monkeypatch, first):
    """Each row is settled in a transaction of its own as soon as its fate is known: a fault
    composing the next message (a bug, the database gone) rolls back nothing of the rows before it
    (a message sent, its stamp lost, would be sent again after the lease)."""
    failure = {"refused": PermanentMailError("550 no such mailbox"),
               "deferred": TransientMailError("451 try later"),
               "bad-address": InvalidAddress("line break in the address"),
               "nothing-to-send": NothingToSend("obligation closed")}.get(first)
    transport = _failing(failure, [three[0]], monkeypatch) if failure else Recording()
    real = delivery.compose

    def compose(row, *args):
        if row.id == three[1]:
            raise RuntimeError("a fault while composing")
        return real(row, *args)

    monkeypatch.setattr(delivery, "compose", compose)
    with pytest.raises(RuntimeError):
        run_pass(db_factory, NOW, settings, transport=transport)
    row = _rows(db_factory)[three[0]]
    expected = {"sent": "sent", "refused": "failed", "deferred": "pending", "bad-address": "failed",
                "nothing-to-send": "cancelled"}[first]
    assert row.status == expected and (row.claimed_by is None) == (expected != "sent")


def test_a_message_goes_to_the_server_outside_any_transaction(db_factory, seed, settings):
    """Composing only reads (a digest's members: in the database): its transaction ends before the
    server is waited on (a slow server holds no snapshot or lock)."""
    with db_factory() as db:
        gen_user(db, "officer@example.org", entities=[db.get(Entity, seed["entity_id"])])
        db.commit()
    open_during = []

    class Checking(Recording):
        def send(self, msg, *, session=None, reminder_id=None):
            open_during.append((str(msg["To"]), session.in_transaction()))
            super().send(msg, session=session, reminder_id=reminder_id)

    run_pass(db_factory, NOW, dataclasses.replace(settings, officer_digests=True), transport=Checking())
    assert "officer@example.org" in {to for to, _open in open_during}
    assert not any(open for _to, open in open_during)


def test_a_pass_says_what_it_sent_to_whom_and_stamps_each_row_with_its_message(
        db_factory, three, settings, smtp_server):
    result = run_pass(db_factory, NOW, settings).delivery
    rows = _rows(db_factory)
    sent = {m["To"]: m for _envelope, m in smtp_server.mailbox.messages}
    assert result.sent == [(rid, rows[rid].recipient, sent[rows[rid].recipient]["Subject"]) for rid in three]
    for rid in three:
        assert rows[rid].sent_at == NOW and rows[rid].last_error is None
        assert rows[rid].message_id == sent[rows[rid].recipient]["Message-ID"]


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


def test_a_row_another_worker_claimed_after_the_due_rows_were_read_is_not_claimed_again(
        database_url, db_factory, three, settings, monkeypatch):
    """Between reading the due rows and claiming them, another process claims one and commits:
    the claim takes only the rows still claimable, so no two workers hold (and send) one row."""
    rival = []
    real_update = delivery.update

    def update(*args, **kwargs):  # the first claim statement: the rows were read, not yet claimed
        if not rival:
            rival.append(None)
            rival[:] = claim_batch(db_factory, NOW, settings, "rival:1", only=[three[0]])
        return real_update(*args, **kwargs)

    monkeypatch.setattr(delivery, "update", update)
    mine = claim_batch(db_factory, NOW, settings, "me:1")
    rows = _rows(db_factory)
    holders = {rid: rows[rid].claimed_by for rid in three}
    # PostgreSQL: the rows read are locked, the rival skips them; SQLite: the rival takes its row
    assert rival == ([] if database_url.startswith("postgresql") else [three[0]])
    assert not set(mine) & set(rival)
    assert holders == {rid: ("rival:1" if rid in rival else "me:1") for rid in three}
    assert all(rows[rid].attempts == 1 for rid in three)


@pytest.mark.parametrize("worker", ["slow:1", None])
def test_the_rows_a_pass_holds_name_the_worker_it_was_given_or_its_own(db_factory, three, settings, worker):
    """Which process holds a row is what lets only that process stamp it: a pass holds its rows
    in the name it was given, else in a name of its own (``host:pid:random``), never none."""
    holders = []

    def during(rid):
        holders.append(_rows(db_factory)[rid].claimed_by)

    run_pass(db_factory, NOW, settings, worker=worker, transport=Recording(during=during))
    assert len(holders) == 3 and len(set(holders)) == 1
    if worker is not None:
        assert holders[0] == worker
    else:
        assert holders[0] is not None and holders[0].count(":") == 2


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


def test_the_connection_a_pass_opens_has_the_settings_timeout_and_tls_context(
        db_factory, three, settings, monkeypatch):
    """A server that accepts the connection and then says nothing holds a pass no longer than
    ``SMTP_TIMEOUT`` (not the library's 30 seconds, nor for ever), with the TLS context set."""
    import ssl

    from tracker.mail.transport import SmtpTransport

    opened = []
    real_close = SmtpTransport.close
    monkeypatch.setattr(SmtpTransport, "close", lambda self: (opened.append(self), real_close(self)))
    context = ssl.create_default_context()
    settings = dataclasses.replace(settings, smtp_timeout=4.5, ssl_context=context)
    assert len(run_pass(db_factory, NOW, settings).delivery.sent) == 3
    assert [(t.timeout, t.ssl_context) for t in opened] == [(4.5, context)]


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
