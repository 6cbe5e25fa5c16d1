"""Guarantee: delivery re-checks each row. A reminder queued for an obligation that was completed,
closed or rescheduled before it could be sent is cancelled, not sent — whichever way the change
was made (the service, or an admin's edit), since nothing cancels queued rows on the way. So is
one for a mandate renewed, settled or given another end meanwhile; each row says why."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.reminders.conftest import DUE, at
from tracker.models import Obligation, Reminder
from tracker.reminders import run_pass
from tracker.services.actors import Actor
from tracker.services.obligations import change_status


def _queue_while_the_server_is_down(db_factory, smtp_server, settings) -> None:
    smtp_server.stop()
    first = run_pass(db_factory, at(DUE - dt.timedelta(days=30)), settings)
    assert first.queue.queued == 1 and first.delivery.retrying == 1
    smtp_server.start()


def test_an_obligation_completed_meanwhile_gets_no_reminder(db_factory, seed, smtp_server, settings):
    _queue_while_the_server_is_down(db_factory, smtp_server, settings)
    with db_factory() as db:
        ob = db.get(Obligation, seed["obligation_id"])
        change_status(db, ob, "completed", actor=Actor.system("test"), now=at(DUE - dt.timedelta(days=30)),
                      evidence="A/73/123")
        db.commit()
    later = run_pass(db_factory, at(DUE - dt.timedelta(days=29)), settings)
    assert later.delivery.sent == [] and later.delivery.cancelled == 1
    assert smtp_server.mailbox.messages == []
    with db_factory() as db:
        row = db.scalars(select(Reminder)).one()
    assert (row.status, row.last_error) == ("cancelled", "obligation closed")


def test_an_obligation_rescheduled_meanwhile_gets_no_reminder_for_the_old_date(
    db_factory, seed, smtp_server, settings
):
    _queue_while_the_server_is_down(db_factory, smtp_server, settings)
    with db_factory() as db:
        db.get(Obligation, seed["obligation_id"]).due_on = DUE + dt.timedelta(days=200)
        db.commit()
    later = run_pass(db_factory, at(DUE - dt.timedelta(days=29)), settings)
    assert later.delivery.sent == [] and later.delivery.cancelled == 1
    with db_factory() as db:
        row = db.scalars(select(Reminder)).one()
    assert (row.status, row.last_error) == ("cancelled", "obligation rescheduled")


def test_an_obligation_still_open_is_reminded_when_the_server_is_back(
    db_factory, seed, smtp_server, settings
):
    _queue_while_the_server_is_down(db_factory, smtp_server, settings)
    later = run_pass(db_factory, at(DUE - dt.timedelta(days=29)), settings)
    assert len(later.delivery.sent) == 1 and later.delivery.cancelled == 0


def _queue_a_mandate_while_the_server_is_down(db_factory, smtp_server, settings) -> int:
    from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution

    with db_factory() as db:
        council = gen_entity(db, "Security Council")
        gen_focal_point(db, council, email="council@example.org")
        sc = gen_resolution(db, "S/RES/2727 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 3, 15))
        mandate = gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=END)
        db.commit()
        mandate_id = mandate.id
    smtp_server.stop()
    first = run_pass(db_factory, at(END - dt.timedelta(days=30)), settings)
    assert first.queue.queued == 1 and first.delivery.retrying == 1
    smtp_server.start()
    return mandate_id


END = dt.date(2025, 3, 17)


@pytest.mark.parametrize(("change", "reason"), [
    ({"renewed": True}, "mandate renewed or closed"),
    ({"status": "completed"}, "mandate renewed or closed"),
    ({"status": "not_applicable"}, "mandate renewed or closed"),
    ({"expires_on": END + dt.timedelta(days=365)}, "mandate end changed"),
])
def test_a_mandate_renewed_settled_or_given_another_end_meanwhile_gets_no_reminder(
    db_factory, smtp_server, settings, change, reason
):
    from tests.factories import gen_obligation

    mandate_id = _queue_a_mandate_while_the_server_is_down(db_factory, smtp_server, settings)
    change = dict(change)  # the parameters are shared by every run in the process (mutmut runs twice)
    with db_factory() as db:
        mandate = db.get(Obligation, mandate_id)
        if change.pop("renewed", False):
            mandate.renewed_by_id = gen_obligation(db, mandate.resolution, kind="mandate", status="ongoing",
                                                   expires_on=END + dt.timedelta(days=365)).id
        for name, value in change.items():
            setattr(mandate, name, value)
        db.commit()
    later = run_pass(db_factory, at(END - dt.timedelta(days=29)), settings)
    assert later.delivery.sent == [] and later.delivery.cancelled == 1
    with db_factory() as db:
        row = db.scalars(select(Reminder).where(Reminder.obligation_id == mandate_id)).one()
    assert (row.status, row.last_error) == ("cancelled", reason)


def test_a_mandate_still_running_is_reminded_when_the_server_is_back(db_factory, smtp_server, settings):
    _queue_a_mandate_while_the_server_is_down(db_factory, smtp_server, settings)
    later = run_pass(db_factory, at(END - dt.timedelta(days=29)), settings)
    assert len(later.delivery.sent) == 1 and later.delivery.cancelled == 0


def test_a_digest_whose_obligations_were_all_completed_meanwhile_is_cancelled(
    db_factory, smtp_server, settings
):
    """The focal point's session digest, the officer's digest of the pass and a follower's digest
    alike: nothing left to list, nothing sent."""
    from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_user
    from tracker.models import Subscription

    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        gen_focal_point(db, sg, email="sg-focal@example.org")
        gen_user(db, "officer@example.org", entities=[sg])
        follower = gen_user(db, "digested@mission.org", role="delegation")
        ids = [gen_obligation(db, due_on=DUE, owners=[sg], deadline_body="GA", deadline_session=73).id
               for _ in range(2)]
        db.add(Subscription(user=follower, target="entity", entity_id=sg.id, mode="digest"))
        db.commit()
    smtp_server.stop()
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    smtp_server.start()
    with db_factory() as db:
        for ob_id in ids:
            change_status(db, db.get(Obligation, ob_id), "completed", actor=Actor.system("test"),
                          now=at(DUE - dt.timedelta(days=7)), evidence="A/73/123")
        db.commit()
    later = run_pass(db_factory, at(DUE - dt.timedelta(days=6)), settings)
    assert later.delivery.sent == [] and smtp_server.mailbox.messages == []
    with db_factory() as db:
        digests = db.execute(select(Reminder.recipient, Reminder.status, Reminder.last_error)
                             .where(Reminder.obligation_id.is_(None)).order_by(Reminder.recipient)).all()
    assert [tuple(d) for d in digests] == [
        (address, "cancelled", "nothing left in the digest")
        for address in ("digested@mission.org", "officer@example.org", "sg-focal@example.org")
    ]
