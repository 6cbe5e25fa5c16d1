"""The seed's paragraph 5 reminds its focal point at each stage, once, and stops when completed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.reminders.conftest import DUE, at
from tracker.models import Obligation, Reminder
from tracker.reminders import run_pass

FOCAL = "sg-focal@example.org"


def _sent(result):
    return [(rid, to) for rid, to, _ in result.delivery.sent]


def test_stages_90_30_7_1_and_the_day_one_message_each(db_factory, seed, smtp_server, settings):
    for days, phrase in [
        (90, "90 days left"),
        (30, "30 days left"),
        (7, "7 days left"),
        (1, "1 day left"),
        (0, "due today"),
    ]:
        now = at(DUE - dt.timedelta(days=days))
        result = run_pass(db_factory, now, settings)
        assert len(result.delivery.sent) == 1, days
        assert result.delivery.sent[0][1] == FOCAL
        # the same pass again sends nothing
        again = run_pass(db_factory, now, settings)
        assert again.queue.queued == 0 and again.delivery.sent == []
        inbox = smtp_server.mailbox.to(FOCAL)
        subject = inbox[-1]["Subject"]
        assert subject == f"A/RES/71/19, paragraph 5: due 18 September 2018 ({phrase})"
    assert len(smtp_server.mailbox.messages) == 5
    with db_factory() as db:
        stages = db.scalars(select(Reminder.stage).order_by(Reminder.id)).all()
        assert stages == ["90", "30", "7", "1", "0"]
        assert all(r.status == "sent" and r.message_id for r in db.scalars(select(Reminder)))


def test_between_stages_nothing_is_sent(db_factory, seed, smtp_server, settings):
    run_pass(db_factory, at(DUE - dt.timedelta(days=90)), settings)
    for days in (89, 60, 31):
        assert run_pass(db_factory, at(DUE - dt.timedelta(days=days)), settings).delivery.sent == []
    assert len(smtp_server.mailbox.messages) == 1


def test_after_60_days_of_downtime_one_message_not_five(db_factory, seed, smtp_server, settings):
    run_pass(db_factory, at(DUE - dt.timedelta(days=90)), settings)
    # down from 90 days before until 30 days after the due date: 30, 7, 1, 0, -7, -14, -21, -28 missed
    result = run_pass(db_factory, at(DUE + dt.timedelta(days=30)), settings)
    assert len(result.delivery.sent) == 1
    msg = smtp_server.mailbox.to(FOCAL)[-1]
    assert msg["Subject"] == "A/RES/71/19, paragraph 5: due 18 September 2018 (overdue by 30 days)"
    assert len(smtp_server.mailbox.messages) == 2
    with db_factory() as db:
        assert db.scalars(select(Reminder.stage).order_by(Reminder.id)).all() == ["90", "-28"]


def test_weekly_while_overdue(db_factory, seed, smtp_server, settings):
    for days in (7, 10, 14, 21):
        run_pass(db_factory, at(DUE + dt.timedelta(days=days)), settings)
    with db_factory() as db:
        assert db.scalars(select(Reminder.stage).order_by(Reminder.id)).all() == ["-7", "-14", "-21"]


def test_completing_the_obligation_stops_the_rest(db_factory, seed, smtp_server, settings):
    run_pass(db_factory, at(DUE - dt.timedelta(days=90)), settings)
    with db_factory() as db:
        ob = db.get(Obligation, seed["obligation_id"])
        ob.status = "completed"
        db.commit()
    for days in (30, 7, 1, 0, -7, -14):
        result = run_pass(db_factory, at(DUE - dt.timedelta(days=days)), settings)
        assert result.delivery.sent == [] and result.queue.queued == 0
    assert len(smtp_server.mailbox.messages) == 1


def test_rescheduling_gives_fresh_reminders(db_factory, seed, smtp_server, settings):
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    with db_factory() as db:
        ob = db.get(Obligation, seed["obligation_id"])
        ob.due_on = DUE + dt.timedelta(days=30)
        db.commit()
    run_pass(db_factory, at(DUE - dt.timedelta(days=6)), settings)  # now 36 days before: stage 90
    subjects = [m["Subject"] for m in smtp_server.mailbox.to(FOCAL)]
    assert subjects == [
        "A/RES/71/19, paragraph 5: due 18 September 2018 (7 days left)",
        "A/RES/71/19, paragraph 5: due 18 October 2018 (36 days left)",
    ]


def test_nothing_goes_out_for_a_resolution_not_yet_published(db_factory, seed, smtp_server, settings):
    from tracker.models import Resolution

    with db_factory() as db:
        db.execute(Resolution.__table__.update().values(published_at=None))
        db.commit()
    now = at(DUE + dt.timedelta(days=30))  # overdue: every stage has come due
    result = run_pass(db_factory, now, settings)
    assert result.queue.queued == 0 and result.delivery.sent == []
    with db_factory() as db:
        db.execute(Resolution.__table__.update().values(published_at=now))
        db.commit()
    assert len(run_pass(db_factory, now, settings).delivery.sent) == 1


def test_an_internal_target_stage_names_both_dates_and_a_due_date_stage_only_its_own(
    db_factory, seed, smtp_server, settings
):
    with db_factory() as db:
        db.get(Obligation, seed["obligation_id"]).target_on = dt.date(2018, 8, 1)
        db.commit()
    run_pass(db_factory, at(dt.date(2018, 7, 2)), settings)  # the target's 30-day stage
    run_pass(db_factory, at(dt.date(2018, 8, 19)), settings)  # the due date's 30-day stage
    on_target, on_due = smtp_server.mailbox.to(FOCAL)
    assert on_target["Subject"] == ("A/RES/71/19, paragraph 5: due 18 September 2018 (78 days left); "
                                    "internal target 1 August 2018 (30 days left)")
    text = on_target.get_body(("plain",)).get_content()
    assert "The internal target date for this obligation is 1 August 2018 (30 days left)." in text
    assert on_due["Subject"] == "A/RES/71/19, paragraph 5: due 18 September 2018 (30 days left)"
    assert "internal target" not in on_due.get_body(("plain",)).get_content()


def test_the_focal_point_is_told_it_is_reminded_as_the_owners_focal_point(
    db_factory, seed, smtp_server, settings
):
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    (msg,) = smtp_server.mailbox.to(FOCAL)
    for part in ("plain", "html"):
        body = msg.get_body((part,)).get_content()
        assert "You receive this as a focal point for Secretary-General." in body
