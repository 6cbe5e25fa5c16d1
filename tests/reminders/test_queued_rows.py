"""What a pass writes for each row and reports (``QueueResult``), read from the ledger: an officer's
digest of the pass made in Python (``_officer_digests``) holds what the rows made in SQL hold (the
officer's account, the role, no attempt yet, the pass's time); the result lists the messages in
the order they were written, their ids apart from the digest members'; a dry run lists the same."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tracker.models import Reminder
from tracker.reminders.admin import retry_reminder
from tracker.reminders.queue import officer_digest_key, queue_reminders

TODAY = dt.date(2025, 2, 15)
NOW = dt.datetime(2025, 2, 15, 8, 0, tzinfo=dt.UTC)
STAGES = "90,30,7,1,0,-7"
OFFICER = "officer@example.org"


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _register(db):
    """The Secretary-General (a focal point, an officer) owns three obligations due in 30, 7 and 1
    days; UNEP's officer has one due in 7 days."""
    sg, unep = gen_entity(db, "Secretary-General"), gen_entity(db, "UNEP")
    gen_focal_point(db, sg, email="sg-focal@example.org")
    officer = gen_user(db, OFFICER, entities=[sg])
    other = gen_user(db, "unep-officer@example.org", entities=[unep])
    res = gen_resolution(db, "A/RES/79/1", session=79)
    for days in (30, 7, 1):
        gen_obligation(db, res, owners=[sg], due_on=_day(days))
    gen_obligation(db, res, owners=[unep], due_on=_day(7))
    db.flush()
    return officer, other


def test_an_officers_digest_holds_the_officers_account_and_what_every_row_of_the_pass_holds(db):
    officer, other = _register(db)
    queue_reminders(db, NOW, STAGES)
    rows = db.scalars(select(Reminder).order_by(Reminder.id)).all()
    ids = [r.id for r in rows if r.status == "digested"]  # both officers' members
    digests = [r for r in rows if r.digest_key is not None]
    assert len(ids) == 4 and len(digests) == 2
    by_sql = rows[0]  # the focal point's first message, made by the statements in SQL
    for digest, user in zip(digests, (officer, other), strict=True):
        assert (
            digest.obligation_id,
            digest.recipient,
            digest.recipient_user_id,
            digest.recipient_role,
            digest.stage,
            digest.due_on,
            digest.status,
            digest.attempts,
        ) == (None, user.email, user.id, "officer", "pass", TODAY, "pending", 0)
        assert (digest.next_attempt_at, digest.created_at) == (by_sql.next_attempt_at, by_sql.created_at)
        assert digest.digest_key == officer_digest_key(min(ids), max(ids))


def test_the_result_lists_the_messages_in_the_order_written_and_the_members_apart(db):
    _register(db)
    result = queue_reminders(db, NOW, STAGES)
    rows = db.scalars(select(Reminder).order_by(Reminder.id)).all()
    messages = [r for r in rows if r.status == "pending"]
    assert result.ids == [r.id for r in messages]
    assert result.digested_ids == [r.id for r in rows if r.status == "digested"]
    assert result.queued == len(messages) == 5  # the focal point's 3, two officers' digests
    assert result.rows == [
        (r.id, r.recipient, r.obligation_id, r.digest_key, r.stage, r.due_on, r.status) for r in messages
    ]


def _dry_then_real(db, now):
    """What a dry run at ``now`` counts as caught up, and what the pass then cancels."""
    dry = queue_reminders(db, now, STAGES, focal_digest_min=2, dry_run=True)
    real = queue_reminders(db, now, STAGES, focal_digest_min=2)
    return dry.superseded, real.superseded


def test_a_dry_run_counts_as_caught_up_only_what_a_later_row_of_the_same_address_takes_over(db):
    """Nothing is sent between the passes: the first address's "7 days" row stays pending; the
    next stage goes to the focal point that replaced it, which takes nothing over."""
    sg = gen_entity(db, "Secretary-General")
    first = gen_focal_point(db, sg, email="first@example.org")
    gen_obligation(db, gen_resolution(db, "A/RES/79/1", session=79), owners=[sg], due_on=_day(7))
    db.flush()
    queue_reminders(db, NOW, STAGES)
    db.delete(first)
    gen_focal_point(db, sg, email="second@example.org")
    db.flush()
    assert _dry_then_real(db, NOW + dt.timedelta(days=6)) == (0, 0)
    assert db.scalars(select(Reminder.recipient).where(Reminder.status == "pending")).all() == [
        "first@example.org",
        "second@example.org",
    ]


def test_a_dry_run_counts_as_caught_up_no_digest_of_another_date_of_the_session(db):
    """A session digest due on one day stays pending; the next day's pass queues the session's
    digest of obligations due a day later (added since): another message, which takes nothing
    over."""
    sg = gen_entity(db, "Secretary-General")
    gen_focal_point(db, sg, email="focal@example.org")
    res = gen_resolution(db, "A/RES/79/1", session=79)
    session = {"owners": [sg], "deadline_body": "GA", "deadline_session": 81}
    for due in (_day(7), _day(7)):
        gen_obligation(db, res, due_on=due, **session)
    db.flush()
    queue_reminders(db, NOW, STAGES, focal_digest_min=2)
    for due in (_day(8), _day(8)):
        gen_obligation(db, res, due_on=due, **session)
    db.flush()
    assert _dry_then_real(db, NOW + dt.timedelta(days=1)) == (0, 0)
    digests = db.scalars(select(Reminder.due_on).where(Reminder.digest_key == "GA-81")).all()
    assert sorted(digests) == [_day(7), _day(8)]


def test_a_pass_supersedes_only_by_the_rows_it_queued(db):
    """Catch-up looks only at the obligations and digests the pass's own rows name
    (``supersede_older``'s ``since_id``): an earlier stage put back to pending after a later stage
    was queued (an administrator's retry of the failed "7 days" row) is not cancelled by a pass
    that queues another obligation's row; the dry run before it counts nothing either."""
    sg = gen_entity(db, "Secretary-General")
    gen_focal_point(db, sg, email="sg-focal@example.org")
    res = gen_resolution(db, "A/RES/79/1", session=79)
    gen_obligation(db, res, owners=[sg], due_on=_day(7))
    db.flush()
    queue_reminders(db, NOW, STAGES)
    (seven,) = db.scalars(select(Reminder)).all()
    seven.status = "failed"
    db.flush()
    later = NOW + dt.timedelta(days=6)
    (one,) = queue_reminders(db, later, STAGES).ids  # the "1 day" stage
    db.get(Reminder, one).status = "sent"
    db.flush()
    assert retry_reminder(db, seven.id, later)
    gen_obligation(db, res, owners=[sg], due_on=_day(13))  # its "7 days" stage comes due the same day
    db.flush()
    db.expire_all()

    assert _dry_then_real(db, later + dt.timedelta(hours=1)) == (0, 0)
    assert db.execute(select(Reminder.stage, Reminder.status).order_by(Reminder.id)).all() == [
        ("7", "pending"), ("1", "sent"), ("7", "pending")]


def test_a_cancelled_later_row_takes_nothing_over(db):
    """Catch-up cancels a pending row for a later row of its obligation and address that may still
    go out: one cancelled (found closed at delivery, the obligation reopened since) was never sent,
    so the "30 days" row still pending is not superseded by it, though the pass queues the
    obligation (for a second focal point) and so looks at it."""
    sg = gen_entity(db, "Secretary-General")
    gen_focal_point(db, sg, email="first@example.org")
    ob = gen_obligation(db, gen_resolution(db, "A/RES/79/1", session=79), owners=[sg], due_on=_day(7))
    for stage, status in (("30", "pending"), ("7", "cancelled")):
        db.add(Reminder(obligation_id=ob.id, recipient="first@example.org", recipient_role="focal_point",
                        stage=stage, due_on=_day(7), status=status))
    gen_focal_point(db, sg, email="second@example.org")
    db.flush()

    assert _dry_then_real(db, NOW) == (0, 0)
    rows = select(Reminder.recipient, Reminder.stage, Reminder.status).order_by(Reminder.id)
    assert db.execute(rows).all() == [
        ("first@example.org", "30", "pending"), ("first@example.org", "7", "cancelled"),
        ("second@example.org", "7", "pending")]
