"""Who is reminded: focal points (users and plain addresses), officers acting for the owner, and
followers (informative wording, an unsubscribe link), or a digest instead of one message each."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tests.reminders.conftest import DUE, at
from tracker.models import Reminder, Subscription
from tracker.reminders import run_pass
from tracker.reminders.tokens import read_unsubscribe_token


def _subjects_by_recipient(smtp_server):
    out = {}
    for rcpts, msg in smtp_server.mailbox.messages:
        for r in rcpts:
            out.setdefault(r, []).append(msg)
    return out


def test_focal_points_officers_and_followers_each_once(db_factory, smtp_server, settings):
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        fp_user = gen_user(db, "FP.User@example.org")
        gen_focal_point(db, sg, user=fp_user)
        gen_focal_point(db, sg, email="plain-fp@example.org")
        gen_user(db, "officer@example.org", entities=[sg])  # acts for the owner
        gen_user(db, "other-officer@example.org")  # does not
        delegation = gen_user(db, "delegation@example.org", role="delegation")
        both = gen_user(db, "both@example.org", role="officer", entities=[sg])
        res = gen_resolution(db, "A/RES/71/19")
        ob = gen_obligation(db, res, number="5", due_on=DUE, owners=[sg])
        db.add(Subscription(user=delegation, target="resolution", resolution_id=res.id))
        db.add(Subscription(user=both, target="entity", entity_id=sg.id))  # officer and follower
        db.commit()
        ob_id, res_id = ob.id, res.id
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    got = _subjects_by_recipient(smtp_server)
    assert sorted(got) == [
        "both@example.org",
        "delegation@example.org",
        "fp.user@example.org",
        "officer@example.org",
        "plain-fp@example.org",
    ]
    assert all(len(msgs) == 1 for msgs in got.values())
    owner_text = got["fp.user@example.org"][0].get_body(("plain",)).get_content()
    assert f"http://tracker.test/obligations/{ob_id}" in owner_text
    follower = got["delegation@example.org"][0]
    text = follower.get_body(("plain",)).get_content()
    # a follower is linked to the obligation's (read-only) page, never offered an update
    assert f"http://tracker.test/obligations/{ob_id}" in text and "For your information" in text
    assert "Update" not in text
    token = follower["List-Unsubscribe"].strip("<>").rsplit("/", 1)[1]
    assert f"http://tracker.test/unsubscribe/{token}" in text
    with db_factory() as db:
        sub = db.scalars(select(Subscription).where(Subscription.resolution_id == res_id)).one()
        assert read_unsubscribe_token(settings.secret_key, token) == sub.id
        roles = dict(db.execute(select(Reminder.recipient, Reminder.recipient_role)).all())
        assert roles["both@example.org"] == "officer"  # the owner's wording wins


def test_per_entity_override_gives_120_days_notice(db_factory, smtp_server, settings):
    with db_factory() as db:
        dept = gen_entity(db, "Department of Peace Operations", reminder_stages="120,30")
        gen_focal_point(db, dept, email="dpo@example.org")
        gen_obligation(db, due_on=DUE, owners=[dept])
        db.commit()
    assert len(run_pass(db_factory, at(DUE - dt.timedelta(days=120)), settings).delivery.sent) == 1
    assert run_pass(db_factory, at(DUE - dt.timedelta(days=90)), settings).delivery.sent == []
    assert len(run_pass(db_factory, at(DUE - dt.timedelta(days=30)), settings).delivery.sent) == 1
    assert run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings).delivery.sent == []


def test_a_digest_instead_of_one_message_per_obligation(db_factory, smtp_server, settings):
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        delegation = gen_user(db, "delegation@example.org", role="delegation")
        for i in range(4):
            gen_obligation(
                db,
                due_on=DUE,
                owners=[sg],
                deadline_body="GA",
                deadline_session=73,
                deliverable=f"a report on topic {i}",
            )
        gen_obligation(
            db, due_on=DUE + dt.timedelta(days=200), owners=[sg], deadline_body="GA", deadline_session=74
        )
        db.add(
            Subscription(
                user=delegation, target="session", session_body="GA", session_number=73, mode="digest"
            )
        )
        db.commit()
    run_pass(db_factory, at(DUE - dt.timedelta(days=30)), settings)
    (msg,) = [m for _, m in smtp_server.mailbox.messages]
    assert msg["Subject"] == "GA 73: 4 obligations due 18 September 2018 (30 days left)"
    body = msg.get_body(("plain",)).get_content()
    assert all(f"topic {i}" in body for i in range(4)) and "/unsubscribe/" in body
    assert body.startswith("GA 73: 4 obligations due 18 September 2018 (30 days left).\r\n")
    assert "The register of obligations: http://tracker.test/\r\n" in body
    assert run_pass(db_factory, at(DUE - dt.timedelta(days=30)), settings).delivery.sent == []
    with db_factory() as db:
        row = db.scalars(select(Reminder)).one()
        assert (row.digest_key, row.stage, row.obligation_id) == ("GA-73", "30", None)


def test_one_digest_per_session_and_day_when_owners_count_down_at_different_stages(
    db_factory, smtp_server, settings
):
    """The session's obligations are owned by an entity on the default stages and by one reminded
    at 60 and 14 days: the follower's digest comes once at every stage either reaches, never once
    per stage on the same day (it lists the same obligations whatever the stage)."""
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        dpo = gen_entity(db, "Department of Peace Operations", reminder_stages="60,14")
        follower = gen_user(db, "follower@mission.org", role="delegation")
        for owner, name in ((sg, "report-sg"), (dpo, "report-dpo")):
            gen_obligation(db, due_on=DUE, owners=[owner], deliverable=name, deadline_body="GA",
                           deadline_session=73)
        db.add(Subscription(user=follower, target="session", session_body="GA", session_number=73,
                            mode="digest"))
        db.commit()

    def subjects(days_before: int) -> list[str]:
        sent = run_pass(db_factory, at(DUE - dt.timedelta(days=days_before)), settings).delivery.sent
        return [str(m["Subject"]) for _, m in smtp_server.mailbox.messages[-len(sent):]] if sent else []

    # the first pass sees the default's 30 days and the other owner's 60 at once: one digest
    assert subjects(20) == ["GA 73: 2 obligations due 18 September 2018 (20 days left)"]
    assert subjects(18) == []
    assert subjects(14) == ["GA 73: 2 obligations due 18 September 2018 (14 days left)"]
    assert subjects(10) == []
    assert subjects(7) == ["GA 73: 2 obligations due 18 September 2018 (7 days left)"]
    with db_factory() as db:
        rows = db.execute(select(Reminder.digest_key, Reminder.stage).order_by(Reminder.id)).all()
    assert rows == [("GA-73", "30"), ("GA-73", "14"), ("GA-73", "7")]


@pytest.mark.parametrize("follows_another", [False, True])
def test_an_unsubscribed_follower_gets_nothing_more(db_factory, smtp_server, settings, follows_another):
    """Nothing more of what they stopped following, whether or not they still follow something else."""
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        delegation = gen_user(db, "delegation@example.org", role="delegation")
        res = gen_resolution(db)
        gen_obligation(db, res, due_on=DUE, owners=[sg])
        sub = Subscription(user=delegation, target="resolution", resolution_id=res.id)
        db.add(sub)
        if follows_another:
            db.add(Subscription(user=delegation, target="resolution", resolution_id=gen_resolution(db).id))
        db.commit()
        smtp_server.stop()
        run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)  # queued, not sent
        db.delete(db.get(Subscription, sub.id))
        db.commit()
    smtp_server.start()
    result = run_pass(db_factory, at(DUE - dt.timedelta(days=6)), settings)
    assert result.delivery.sent == [] and result.delivery.cancelled == 1
    assert smtp_server.mailbox.messages == []
    with db_factory() as db:
        row = db.scalars(select(Reminder)).one()
    assert (row.status, row.last_error) == ("cancelled", "no longer followed")


def test_a_followers_digest_lists_only_what_they_follow_in_digest_mode(db_factory, smtp_server, settings):
    """Two followers of different resolutions, due the same day: each digest lists its own
    follower's obligations, not the other's, nor one they follow message by message."""
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        first, second = (gen_user(db, f"{n}@mission.org", role="delegation") for n in ("first", "second"))
        resolutions = [gen_resolution(db, f"A/RES/71/{n}") for n in (19, 20, 21)]
        for res in resolutions:
            gen_obligation(db, res, due_on=DUE, owners=[sg], deliverable=f"report of {res.symbol}")
        db.add(Subscription(user=first, target="resolution", resolution_id=resolutions[0].id, mode="digest"))
        db.add(Subscription(user=first, target="resolution", resolution_id=resolutions[2].id))
        db.add(Subscription(user=second, target="resolution", resolution_id=resolutions[1].id, mode="digest"))
        db.commit()
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    got = _subjects_by_recipient(smtp_server)
    (digest,) = [m for m in got["first@mission.org"] if "1 obligation due" in m["Subject"]]
    assert digest["Subject"] == "1 obligation due 18 September 2018 (7 days left)"
    text = digest.get_body(("plain",)).get_content()
    assert "report of A/RES/71/19" in text
    assert "A/RES/71/20" not in text and "A/RES/71/21" not in text
    (other,) = got["second@mission.org"]
    assert "A/RES/71/20" in other.get_body(("plain",)).get_content()
    assert "A/RES/71/19" not in other.get_body(("plain",)).get_content()


def test_a_followers_digest_lists_in_the_registers_order_whichever_obligation_changed_last(
    db_factory, smtp_server, settings
):
    """A digest lists its obligations in the order the register holds them, the same every time it
    is composed: one whose status changed since (still open) keeps its place. (PostgreSQL writes a
    changed row anew, after the others: read without an order, it would come last.)"""
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        follower = gen_user(db, "follower@mission.org", role="delegation")
        first = gen_obligation(db, gen_resolution(db, "A/RES/71/19"), due_on=DUE, owners=[sg],
                               deliverable="a report on topic one")
        second = gen_obligation(db, gen_resolution(db, "A/RES/71/20"), due_on=DUE, owners=[sg],
                                deliverable="a report on topic two")
        db.add(Subscription(user=follower, target="entity", entity_id=sg.id, mode="digest"))
        db.commit()
        first.status = "in_progress"
        db.commit()
        assert first.id < second.id
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    (digest,) = smtp_server.mailbox.to("follower@mission.org")
    text = digest.get_body(("plain",)).get_content()
    assert digest["Subject"] == "2 obligations due 18 September 2018 (7 days left)"
    assert text.index("topic one") < text.index("topic two")


def test_a_followers_digest_of_a_day_lists_what_is_open_and_due_that_day_at_that_session(
    db_factory, smtp_server, settings
):
    """One digest per session (and one for dated deadlines) due that day: each lists what is still
    open, due that very day and, for a session, due at that body's session of that number."""
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        follower = gen_user(db, "follower@mission.org", role="delegation")

        def ob(name, due_on=DUE, **kw):
            gen_obligation(db, due_on=due_on, owners=[sg], deliverable=f"a report on {name}", **kw)

        ob("report-dated")
        ob("report-completed", status="completed")
        ob("report-later", due_on=DUE + dt.timedelta(days=1))
        ob("report-ga73", deadline_body="GA", deadline_session=73)
        ob("report-hrc73", deadline_body="HRC", deadline_session=73)
        ob("report-ga74", deadline_body="GA", deadline_session=74)
        db.add(Subscription(user=follower, target="entity", entity_id=sg.id, mode="digest"))
        db.commit()
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    names = ("report-dated", "report-completed", "report-later", "report-ga73", "report-hrc73",
             "report-ga74")
    listed = {}
    for _, msg in smtp_server.mailbox.messages:
        text = msg.get_body(("plain",)).get_content()
        listed[str(msg["Subject"])] = [n for n in names if n in text]
    assert listed == {
        "1 obligation due 18 September 2018 (7 days left)": ["report-dated"],
        "1 obligation due 19 September 2018 (8 days left)": ["report-later"],  # its 30-day stage, caught up
        "GA 73: 1 obligation due 18 September 2018 (7 days left)": ["report-ga73"],
        "HRC 73: 1 obligation due 18 September 2018 (7 days left)": ["report-hrc73"],
        "GA 74: 1 obligation due 18 September 2018 (7 days left)": ["report-ga74"],
    }
