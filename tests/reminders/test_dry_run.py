"""A dry run (``tracker remind --dry-run``, the bench's scan) writes nothing to the ledger and lists
exactly what the real pass at the same moment then queues: every kind of recipient (focal points'
messages and session digests, officers' messages and digests of the pass, followers' messages and
digests), with the keys earlier statements of the pass take (an address that is a focal point, an
officer and a follower of the same obligation is reminded once), the keys already in the ledger,
catch-up after a missed stage, and an obligation completed between two passes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tests.reminders.conftest import at
from tracker.models import Obligation, Reminder, Subscription
from tracker.reminders import run_pass
from tracker.reminders.queue import DIGESTED, OFFICER_DIGEST, officer_digest_range

GA81 = dt.date(2026, 9, 8)
FOCAL = "dpo-focal@example.org"
#: a focal point of one entity who is also an officer of it and follows its reports
BOTH = "both@example.org"
OFFICER = "officer@example.org"
FOLLOWER = "delegation@example.org"
DIGEST_FOLLOWER = "digest@example.org"


def _before(days: int) -> dt.datetime:
    return at(GA81 - dt.timedelta(days=days))


@pytest.fixture
def register(db_factory):
    """Two entities: DPO (focal point FOCAL, officer OFFICER) owns four GA 81 reports (a session
    digest), a dated briefing and an overdue letter; OLA (its focal point BOTH, also its officer
    and a follower of its resolution) owns one GA 81 report and shares one with DPO. A delegation
    follows the Security Council resolution, another asked for a digest of GA 81."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        ola = gen_entity(db, "Office of Legal Affairs")
        gen_focal_point(db, dpo, email=FOCAL)
        both = gen_user(db, BOTH, entities=[ola])
        gen_focal_point(db, ola, user=both)
        gen_user(db, OFFICER, entities=[dpo])
        ga = gen_resolution(db, session=80, adopted_on=dt.date(2025, 12, 1))
        ola_res = gen_resolution(db, session=80, adopted_on=dt.date(2025, 12, 2))
        sc = gen_resolution(db, "S/RES/2777 (2025)", body="SC", session=None, adopted_on=dt.date(2025, 3, 1))
        session = {"due_on": GA81, "deadline_body": "GA", "deadline_session": 81}
        ids = {f"report{i}": gen_obligation(db, ga, owners=[dpo], **session).id for i in range(4)}
        ids["ola"] = gen_obligation(db, ola_res, owners=[ola], **session).id
        ids["shared"] = gen_obligation(db, ola_res, owners=[dpo, ola], **session).id
        ids["briefing"] = gen_obligation(db, sc, owners=[dpo], due_on=GA81 - dt.timedelta(days=23)).id
        ids["letter"] = gen_obligation(db, sc, owners=[dpo], due_on=GA81 - dt.timedelta(days=40)).id
        follower = gen_user(db, FOLLOWER, role="delegation")
        digest = gen_user(db, DIGEST_FOLLOWER, role="delegation")
        db.add_all([
            Subscription(user=follower, target="resolution", resolution=sc, mode="reminders"),
            Subscription(user=both, target="resolution", resolution=ola_res, mode="reminders"),
            Subscription(user=digest, target="session", session_body="GA", session_number=81, mode="digest"),
        ])
        db.commit()
        return ids


def _ledger(db_factory) -> list[tuple]:
    with db_factory() as db:
        return [tuple(r) for r in db.execute(select(Reminder.__table__).order_by(Reminder.id))]


def _listed(rows) -> list[tuple]:
    """The rows without their ids (a dry run has none), an officer's digest key without the id range
    of its members (it names ids)."""
    return sorted(
        ((rest[0], rest[1], OFFICER_DIGEST if officer_digest_range(rest[2]) else rest[2], *rest[3:])
         for _id, *rest in rows),
        key=repr,
    )


def _same(db_factory, now: dt.datetime, settings) -> list[tuple]:
    """A dry run at ``now`` changes nothing and lists what the pass at ``now`` then queues, with the
    same catch-up; the pass's rows, listed."""
    before = _ledger(db_factory)
    dry = run_pass(db_factory, now, settings, dry_run=True)
    assert _ledger(db_factory) == before
    real = run_pass(db_factory, now, settings, details=True)
    assert all(row[0] is None for row in dry.queued_rows)
    assert _listed(dry.queued_rows) == _listed(real.queued_rows)
    assert (dry.queue.queued, dry.queue.superseded) == (real.queue.queued, real.queue.superseded)
    return _listed(real.queued_rows)


@pytest.fixture
def outbox(settings):
    return dataclasses.replace(settings, smtp_url=None)


def test_every_kind_of_recipient_and_the_keys_the_pass_takes(db_factory, register, outbox):
    rows = _same(db_factory, _before(30), outbox)
    recipients = {row[0] for row in rows}
    assert recipients == {FOCAL, BOTH, OFFICER, FOLLOWER, DIGEST_FOLLOWER}
    # the focal points' session digests; BOTH's covers its two reports, which it is not sent again
    # as their officer or as a follower of their resolution
    assert (FOCAL, None, "GA-81", "30", GA81, "pending") in rows
    assert [row for row in rows if row[0] == BOTH] == [(BOTH, None, "GA-81", "30", GA81, "pending")]
    assert (OFFICER, None, OFFICER_DIGEST, "pass", _before(30).date(), "pending") in rows
    # the same moment again: everything is in the ledger
    assert _same(db_factory, _before(30) + dt.timedelta(minutes=5), outbox) == []


@pytest.mark.parametrize("change", [
    {"officer_digests": False},
    {"focal_digest_min": 0},
    {"focal_digest_min": 5},
])
def test_with_officers_messages_or_without_focal_digests(db_factory, register, outbox, change):
    rows = _same(db_factory, _before(30), dataclasses.replace(outbox, **change))
    assert rows and all(row[2] != OFFICER_DIGEST for row in rows) == (change.get("officer_digests") is False)


def test_only_the_reminder_job_or_only_the_digest_job(db_factory, register, outbox):
    for obligations, digests in ((False, True), (True, False)):
        jobs = {"obligations": obligations, "digests": digests}
        before = _ledger(db_factory)
        dry = run_pass(db_factory, _before(30), outbox, dry_run=True, **jobs)
        real = run_pass(db_factory, _before(30), outbox, details=True, **jobs)
        assert before != _ledger(db_factory) and real.queued_rows
        assert _listed(dry.queued_rows) == _listed(real.queued_rows)


def test_a_latecomer_after_the_digest_and_the_next_stages(db_factory, register, outbox):
    """Keys already queued: a report added to GA 81 after its digest went out gets a message of its
    own; the next stages count down for all of them."""
    _same(db_factory, _before(30), outbox)
    with db_factory() as db:
        dpo_report = db.get(Obligation, register["report0"])
        late = gen_obligation(db, dpo_report.resolution, owners=list(dpo_report.owners), due_on=GA81,
                              deadline_body="GA", deadline_session=81).id
        db.commit()
    rows = _same(db_factory, _before(29), outbox)
    assert (FOCAL, late, None, "30", GA81, "pending") in rows
    assert (FOCAL, None, "GA-81", "30", GA81, "pending") not in rows
    for days in (7, 1, 0, -7):
        assert _same(db_factory, _before(days), outbox)


def test_catch_up_after_a_missed_stage(db_factory, register, smtp_server, settings):
    """The mail server down from the 7-day stage: the next day's pass supersedes what is still
    pending (the dry run counts it too: ``_same``)."""
    _same(db_factory, _before(30), settings)
    smtp_server.stop()
    assert _same(db_factory, _before(7), settings)
    smtp_server.start()
    assert _same(db_factory, _before(1), settings)
    with db_factory() as db:
        cancelled = db.scalars(
            select(Reminder.stage).where(Reminder.last_error == "superseded by a later stage")
        ).all()
    assert "7" in cancelled


def test_an_obligation_completed_meanwhile(db_factory, register, outbox):
    _same(db_factory, _before(30), outbox)
    with db_factory() as db:
        for name in ("report0", "report1", "report2", "shared", "briefing"):
            db.get(Obligation, register[name]).status = "completed"
        db.commit()
    rows = _same(db_factory, _before(7), outbox)
    completed = {register[name] for name in ("report0", "report1", "report2", "shared", "briefing")}
    assert rows and not completed & {row[1] for row in rows}
    # one report of the four left: no digest for it
    assert (FOCAL, register["report3"], None, "7", GA81, "pending") in rows


def test_the_dry_ledger_keeps_what_on_conflict_do_nothing_inserts_row_by_row():
    """A row refused by one unique key takes none of its others: a later row with one of them is
    kept, as the database inserts it; a repeat within the rows is refused; a key with a NULL takes
    nothing (NULLs are distinct)."""
    from tracker.reminders.queue import _DryLedger, _Queued

    def row(obligation_id, digest_key, recipient=FOCAL):
        return _Queued(None, recipient, obligation_id, digest_key, "30", GA81, "pending", None)

    ledger = _DryLedger(None, {})
    taken = row(None, "GA-81")
    assert ledger._take([taken]) == [taken]
    refused, kept, repeat = row(7, "GA-81"), row(7, "GA-82"), row(7, "GA-83")
    free = [row(8, None), row(None, None), row(None, None), row(9, None, OFFICER)]
    assert ledger._take([*free[:2], refused, kept, repeat, *free[2:]]) == [*free[:2], kept, *free[2:]]
    assert ledger._take(free) == free[1:3]


@pytest.fixture
def focal_point_only(db_factory):
    """DPO's focal point and four GA 81 reports (a session digest), no officer, no follower."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email=FOCAL)
        ga = gen_resolution(db, session=80, adopted_on=dt.date(2025, 12, 1))
        for _ in range(4):
            gen_obligation(db, ga, owners=[dpo], due_on=GA81, deadline_body="GA", deadline_session=81)
        db.commit()


def test_the_digest_members_are_read_only_for_the_keys_they_take_or_catch_up(
        db_factory, focal_point_only, smtp_server, settings, monkeypatch):
    """A dry run lists no member of a focal point's session digest: it reads them only where
    something does (a later statement of the pass, which would find their keys taken; catch-up,
    where rows are pending). Here catch-up: the 7-day digest's members supersede the reports' own
    30-day messages, stuck while the mail server was down; the dry run counts them as the pass."""
    from tracker.reminders import queue

    statuses: list[str] = []
    take = queue._DryLedger._take

    def spy(self, rows):
        statuses.extend(map(queue._STATUS, rows))
        return take(self, rows)

    monkeypatch.setattr(queue._DryLedger, "_take", spy)
    # nothing pending, no officer, no follower: its messages only
    assert _same(db_factory, _before(90), settings) == [(FOCAL, None, "GA-81", "90", GA81, "pending")]
    assert statuses == ["pending"]
    smtp_server.stop()
    assert len(_same(db_factory, _before(30), dataclasses.replace(settings, focal_digest_min=0))) == 4
    statuses.clear()
    assert _same(db_factory, _before(7), settings) == [(FOCAL, None, "GA-81", "7", GA81, "pending")]
    assert statuses.count(DIGESTED) == 4
    with db_factory() as db:
        superseded = db.scalars(
            select(Reminder.stage).where(Reminder.last_error == "superseded by a later stage")).all()
    assert superseded == ["30"] * 4


@pytest.mark.parametrize("who", ["officer", "follower"])
def test_an_officer_or_follower_at_the_focal_points_address_finds_the_members_keys_taken(
        db_factory, focal_point_only, settings, who):
    """Nothing pending, but an officer of DPO, or a follower of the reports' resolution, at its focal
    point's address: the officers' and followers' statements come after the focal points', so the
    dry run reads the digest's members and their keys are taken: the address gets the digest alone,
    as from the pass."""
    with db_factory() as db:
        report = db.scalars(select(Obligation)).first()
        if who == "officer":
            gen_user(db, FOCAL, entities=report.owners)
        else:
            db.add(Subscription(user=gen_user(db, FOCAL, role="delegation"), target="resolution",
                                resolution=report.resolution, mode="reminders"))
        db.commit()
    assert _same(db_factory, _before(90), settings) == [(FOCAL, None, "GA-81", "90", GA81, "pending")]
