"""Session digests for focal points: "GA 81 opens in 30 days: your 4 reports due", one message
instead of one per obligation, through the real SMTP server, with the ledger's exactly-once rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import event, select

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tests.reminders.conftest import at
from tracker.models import Entity, Obligation, Reminder
from tracker.reminders import run_pass
from tracker.reminders.compose import digest_members
from tracker.reminders.queue import DIGESTED, _statements

#: the opening of the General Assembly's eighty-first session
GA81 = dt.date(2026, 9, 8)
FOCAL = "dpo-focal@example.org"


def _before(days: int) -> dt.datetime:
    return at(GA81 - dt.timedelta(days=days))


def _session_obligations(db, entity, n: int, *, session: int = 81, due_on: dt.date = GA81, **kw) -> list[int]:
    res = gen_resolution(db, session=80, adopted_on=dt.date(2025, 12, 1))
    ids = []
    for i in range(n):
        ob = gen_obligation(
            db,
            res,
            due_on=due_on,
            owners=[entity] if not isinstance(entity, list) else entity,
            deadline_body="GA",
            deadline_session=session,
            deadline_text=f"at its {session}st session",
            deliverable=f"report {i + 1} on the implementation of the present resolution",
            **kw,
        )
        ids.append(ob.id)
    return ids


@pytest.fixture
def four(db_factory):
    """Four reports of one entity due at the opening of GA 81; its focal point."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email=FOCAL)
        ids = _session_obligations(db, dpo, 4)
        db.commit()
        return {"entity_id": dpo.id, "ids": ids}


def _ledger(db_factory) -> list[tuple]:
    with db_factory() as db:
        return [
            tuple(r)
            for r in db.execute(
                select(Reminder.obligation_id, Reminder.digest_key, Reminder.stage, Reminder.status).order_by(
                    Reminder.id
                )
            )
        ]


def test_four_reports_one_digest_at_30_days_and_a_second_pass_sends_nothing(
    db_factory, four, smtp_server, settings
):
    result = run_pass(db_factory, _before(30), settings)
    assert result.queue.queued == 1 and len(result.queue.digested_ids) == 4
    (msg,) = smtp_server.mailbox.to(FOCAL)
    assert len(smtp_server.mailbox.messages) == 1
    assert msg["Subject"] == "GA 81 opens in 30 days: your 4 reports due 8 September 2026"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "4 reports due" in text
    for n, oid in enumerate(four["ids"], start=1):
        assert f"report {n} on the implementation" in text
        assert f"http://tracker.test/obligations/{oid}" in text
        assert f'href="http://tracker.test/obligations/{oid}"' in html
    assert text.count(": report, not started") == 4
    assert "focal point for Department of Peace Operations" in text
    assert "unsubscribe" not in text.lower() and msg["List-Unsubscribe"] is None

    again = run_pass(db_factory, _before(30), settings)
    assert again.queue.queued == 0 and again.delivery.sent == []
    assert run_pass(db_factory, _before(29), settings).delivery.sent == []
    assert len(smtp_server.mailbox.messages) == 1
    ledger = _ledger(db_factory)
    assert [r for r in ledger if r[0] is None] == [(None, "GA-81", "30", "sent")]
    assert sorted(r for r in ledger if r[0] is not None) == [
        (oid, None, "30", DIGESTED) for oid in four["ids"]
    ]


def test_completing_one_before_the_next_stage_drops_it_from_the_next_digest(
    db_factory, four, smtp_server, settings
):
    run_pass(db_factory, _before(90), settings)
    with db_factory() as db:
        db.get(Obligation, four["ids"][1]).status = "completed"
        db.commit()
    run_pass(db_factory, _before(30), settings)
    run_pass(db_factory, _before(7), settings)
    first, second, third = smtp_server.mailbox.to(FOCAL)
    assert first["Subject"] == "GA 81 opens in 90 days: your 4 reports due 8 September 2026"
    assert second["Subject"] == "GA 81 opens in 30 days: your 3 reports due 8 September 2026"
    assert third["Subject"] == "GA 81 opens in 7 days: your 3 reports due 8 September 2026"
    for msg in (second, third):
        text = msg.get_body(("plain",)).get_content()
        assert "report 2 on" not in text and f"/obligations/{four['ids'][1]}" not in text
        assert all(f"report {n} on" in text for n in (1, 3, 4))
    assert len(smtp_server.mailbox.messages) == 3


def test_the_days_and_overdue_wording(db_factory, four, smtp_server, settings):
    for days in (1, 0, -7):
        run_pass(db_factory, _before(days), settings)
    assert [m["Subject"] for m in smtp_server.mailbox.to(FOCAL)] == [
        "GA 81 opens tomorrow: your 4 reports due 8 September 2026",
        "GA 81 opens today: your 4 reports due 8 September 2026",
        "GA 81 opened 8 September 2026: your 4 reports overdue by 7 days",
    ]


@pytest.mark.parametrize(("second", "subject"), [
    # due on a date an officer set by hand (the same day): the opening is not what both are due by
    ({"due_on_override": GA81}, "GA 81: your 2 reports due 8 September 2026 (30 days left)"),
    ({"kind": "action"}, "GA 81 opens in 30 days: your 2 obligations due 8 September 2026"),
])
def test_a_digests_subject_says_what_all_its_members_are(db_factory, smtp_server, settings, second, subject):
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email=FOCAL)
        _session_obligations(db, dpo, 1)
        _session_obligations(db, dpo, 1, **second)
        db.commit()
    run_pass(db_factory, _before(30), settings)
    (msg,) = smtp_server.mailbox.to(FOCAL)
    assert msg["Subject"] == subject


def test_date_relative_and_recurring_deadlines_keep_their_own_reminders(db_factory, smtp_server, settings):
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email=FOCAL)
        _session_obligations(db, dpo, 3)
        res = gen_resolution(db, "S/RES/9001 (2025)", body="SC", session=None)
        gen_obligation(db, res, number="4", due_on=GA81, owners=[dpo], deadline_text="by 8 September 2026")
        gen_obligation(db, res, number="7", due_on=GA81, owners=[dpo], deadline_text="within 90 days")
        gen_obligation(db, res, number="9", due_on=GA81, owners=[dpo], recurrence="P4M")
        # alone at its session and stage: a digest of one would say less than its own message
        _session_obligations(db, dpo, 1, session=82, due_on=GA81 + dt.timedelta(days=2))
        db.commit()
    run_pass(db_factory, _before(7), settings)
    subjects = [m["Subject"] for m in smtp_server.mailbox.to(FOCAL)]
    assert len(subjects) == 5
    assert "GA 81 opens in 7 days: your 3 reports due 8 September 2026" in subjects
    own = sorted(s.split(":")[0] for s in subjects if not s.startswith("GA 81"))
    assert own[0].startswith("A/RES/80/") and own[1:] == [
        "S/RES/9001 (2025), paragraph 4",
        "S/RES/9001 (2025), paragraph 7",
        "S/RES/9001 (2025), paragraph 9",
    ]


def test_an_obligation_that_turns_up_after_the_digest_gets_its_own_message(
    db_factory, four, smtp_server, settings
):
    run_pass(db_factory, _before(30), settings)
    with db_factory() as db:
        entity = db.get(Obligation, four["ids"][0]).owners[0]
        (late,) = _session_obligations(db, entity, 1)
        db.commit()
    run_pass(db_factory, _before(29), settings)
    digest, own = smtp_server.mailbox.to(FOCAL)
    assert "your 4 reports" in digest["Subject"]
    assert own["Subject"].endswith("due 8 September 2026 (29 days left)")
    assert f"/obligations/{late}" in own.get_body(("plain",)).get_content()
    # at the next stage it is in the digest like the others
    run_pass(db_factory, _before(7), settings)
    assert smtp_server.mailbox.to(FOCAL)[-1]["Subject"] == (
        "GA 81 opens in 7 days: your 5 reports due 8 September 2026"
    )
    assert len(smtp_server.mailbox.messages) == 3


def test_several_obligations_that_turn_up_after_the_digest_each_get_their_own_message(
    db_factory, four, smtp_server, settings
):
    """Latecomers enough to make a group of their own are still not slipped into the digest that is
    out already (its key is taken: a digest of them would never be queued): each gets a message."""
    run_pass(db_factory, _before(30), settings)
    with db_factory() as db:
        entity = db.get(Obligation, four["ids"][0]).owners[0]
        late = _session_obligations(db, entity, max(settings.focal_digest_min, 2))
        db.commit()
    result = run_pass(db_factory, _before(29), settings)
    assert result.queue.queued == len(late) and result.queue.digested_ids == []
    digest, *own = smtp_server.mailbox.to(FOCAL)
    assert "your 4 reports" in digest["Subject"] and len(own) == len(late)
    for msg, oid in zip(own, late, strict=True):
        assert msg["Subject"].endswith("due 8 September 2026 (29 days left)")
        assert f"/obligations/{oid}" in msg.get_body(("plain",)).get_content()


def test_a_report_that_turns_up_after_its_stage_went_out_alone_is_no_digest_of_one(
    db_factory, smtp_server, settings
):
    """A digest group counts only the obligations with no row yet at their stage: the one already
    reminded on its own does not make a late second one a "group" of two, so the latecomer gets a
    message of its own, not a digest that lists it alone."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email=FOCAL)
        _session_obligations(db, dpo, 1)
        db.commit()
    run_pass(db_factory, _before(30), settings)
    with db_factory() as db:
        (late,) = _session_obligations(db, db.get(Entity, dpo.id), 1)
        db.commit()
    run_pass(db_factory, _before(29), settings)
    first, own = smtp_server.mailbox.to(FOCAL)
    assert first["Subject"].endswith("due 8 September 2026 (30 days left)")
    assert own["Subject"].endswith("due 8 September 2026 (29 days left)")
    assert f"/obligations/{late}" in own.get_body(("plain",)).get_content()
    assert [k for _, k, _, _ in _ledger(db_factory)] == [None, None]


def test_after_downtime_one_digest_at_the_latest_stage(db_factory, four, smtp_server, settings):
    run_pass(db_factory, _before(90), settings)
    run_pass(db_factory, at(GA81 + dt.timedelta(days=30)), settings)
    assert [m["Subject"] for m in smtp_server.mailbox.to(FOCAL)] == [
        "GA 81 opens in 90 days: your 4 reports due 8 September 2026",
        "GA 81 opened 8 September 2026: your 4 reports overdue by 30 days",
    ]
    assert [(k, s, st) for _, k, s, st in _ledger(db_factory) if k] == [
        ("GA-81", "90", "sent"),
        ("GA-81", "-28", "sent"),
    ]


def test_a_refusing_server_the_digest_is_retried_and_sent_once(db_factory, four, smtp_server, settings):
    smtp_server.mailbox.mode = "refuse4"
    first = run_pass(db_factory, _before(30), settings)
    assert first.delivery.sent == [] and first.delivery.retrying == 1
    smtp_server.mailbox.mode = "accept"
    assert run_pass(db_factory, _before(30) + dt.timedelta(minutes=1), settings).delivery.sent == []
    later = run_pass(db_factory, _before(30) + settings.backoff_base, settings)
    assert [to for _, to, _ in later.delivery.sent] == [FOCAL]
    assert run_pass(db_factory, _before(29), settings).delivery.sent == []
    (msg,) = smtp_server.mailbox.messages
    assert "your 4 reports" in msg[1]["Subject"]
    with db_factory() as db:
        digest = db.scalars(select(Reminder).where(Reminder.digest_key == "GA-81")).one()
        assert (digest.status, digest.attempts) == ("sent", 2)
        assert str(msg[1]["Message-ID"]) == digest.message_id


def test_a_stale_pending_digest_does_not_repeat_what_a_later_row_took_over(db_factory, smtp_server, settings):
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email=FOCAL)
        done, kept = _session_obligations(db, dpo, 2)
        db.commit()
    smtp_server.stop()
    run_pass(db_factory, _before(90), settings)  # the digest of two stays pending
    with db_factory() as db:
        db.get(Obligation, done).status = "completed"
        db.commit()
    smtp_server.start()
    # stage 30: one obligation left, a message of its own; the stage-90 digest has nothing left
    result = run_pass(db_factory, _before(30), settings)
    assert result.delivery.cancelled == 1
    (msg,) = smtp_server.mailbox.to(FOCAL)
    assert (
        msg["Subject"].endswith("(30 days left)")
        and f"/obligations/{kept}" in msg.get_body(("plain",)).get_content()
    )


def test_internal_target_stages_are_digested_too(db_factory, smtp_server, settings):
    target = GA81 - dt.timedelta(weeks=6)
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email=FOCAL)
        _session_obligations(db, dpo, 4, target_on=target)
        db.commit()
    run_pass(db_factory, at(target - dt.timedelta(days=30)), settings)
    (msg,) = smtp_server.mailbox.to(FOCAL)
    assert msg["Subject"] == "GA 81: internal target 28 July 2026 for your 4 reports (30 days left)"
    assert "internal target date for the documents is 28 July 2026" in msg.get_body(("plain",)).get_content()


def test_one_address_one_digest_whoever_else_is_reminded(db_factory, smtp_server, settings):
    """A focal point of two entities gets one digest of both; an obligation they share counts once; a
    focal point who also acts for the entity as officer is not reminded again; other officers get
    one digest of the pass with what their entities own."""
    with db_factory() as db:
        a = gen_entity(db, "Office for Disarmament Affairs")
        b = gen_entity(db, "Department of Peace Operations")
        person = gen_user(db, "Both@example.org", entities=[a])
        gen_focal_point(db, a, user=person)
        gen_focal_point(db, b, user=person)
        gen_focal_point(db, b, email="b-only@example.org")
        gen_user(db, "officer-a@example.org", entities=[a])
        _session_obligations(db, a, 2)
        _session_obligations(db, [a, b], 1)
        _session_obligations(db, b, 1)
        db.commit()
    run_pass(db_factory, _before(30), settings)
    (both,) = smtp_server.mailbox.to("both@example.org")
    assert both["Subject"] == "GA 81 opens in 30 days: your 4 reports due 8 September 2026"
    text = both.get_body(("plain",)).get_content()
    assert "focal point for Department of Peace Operations, Office for Disarmament Affairs" in text
    (b_only,) = smtp_server.mailbox.to("b-only@example.org")
    assert "your 2 reports" in b_only["Subject"]
    (officer,) = smtp_server.mailbox.to("officer-a@example.org")  # officers: one digest of the pass
    assert officer["Subject"] == "Reminders for 3 obligations: the next due 8 September 2026"
    assert "an officer for Office for Disarmament Affairs" in officer.get_body(("plain",)).get_content()
    assert len(smtp_server.mailbox.messages) == 3


def test_officer_digests_can_be_turned_off(db_factory, four, smtp_server, settings):
    with db_factory() as db:
        gen_user(db, "officer@example.org", entities=[db.get(Entity, four["entity_id"])])
        db.commit()
    run_pass(db_factory, _before(30), dataclasses.replace(settings, officer_digests=False))
    assert len(smtp_server.mailbox.to(FOCAL)) == 1
    assert len(smtp_server.mailbox.to("officer@example.org")) == 4  # one message per obligation


def test_digests_can_be_turned_off(db_factory, four, smtp_server, settings):
    run_pass(db_factory, _before(30), dataclasses.replace(settings, focal_digest_min=0))
    assert len(smtp_server.mailbox.to(FOCAL)) == 4


def test_the_pass_stays_set_based(db_factory, engine, smtp_server, settings):
    """Queueing takes the same number of statements for 4 obligations as for 40."""
    counts = []
    for n in (4, 40):
        with db_factory() as db:
            entity = gen_entity(db)
            gen_focal_point(db, entity, email=f"fp{n}@example.org")
            _session_obligations(db, entity, n)
            db.commit()
        statements = []

        def count(*_args, statements=statements):
            statements.append(1)

        event.listen(engine, "before_cursor_execute", count)
        try:
            run_pass(db_factory, _before(30), settings, dry_run=True)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_a_later_digest_for_another_date_of_the_session_supersedes_nothing_of_this_date(
    db_factory, four, smtp_server, settings
):
    """Catch-up replaces a stale digest only by a later one of the same session *and date*: the
    session's reports due three weeks later are another message, and queueing theirs leaves the
    pending digest of the first date to be sent."""
    later = GA81 + dt.timedelta(days=20)
    with db_factory() as db:
        _session_obligations(db, db.get(Entity, four["entity_id"]), 4, due_on=later)
        db.commit()
    smtp_server.stop()
    run_pass(db_factory, _before(30), settings)  # GA81's "30" and the later date's "90", both pending
    smtp_server.start()
    result = run_pass(db_factory, at(later - dt.timedelta(days=30)), settings)  # the later date's "30"
    assert result.queue.superseded == 1
    with db_factory() as db:  # by date: the order of one pass's inserts is the database's
        digests = db.execute(
            select(Reminder.due_on, Reminder.stage, Reminder.status)
            .where(Reminder.digest_key == "GA-81").order_by(Reminder.due_on, Reminder.id)
        ).all()
    assert digests == [(GA81, "30", "sent"), (later, "90", "cancelled"), (later, "30", "sent")]


def test_one_address_gets_a_digest_per_stage_that_came_due_in_one_pass(db_factory, smtp_server, settings):
    """A focal point of two entities that set different stages: the same pass owes them the
    session's stage "90" of one entity's reports and stage "60" of the other's. Two groups, two
    digests, both sent: catch-up replaces a digest only by one of a later pass, never by its
    sibling of the same pass (each lists only its own stage's reports)."""
    with db_factory() as db:
        plain = gen_entity(db, "Office for Disarmament Affairs")
        early = gen_entity(db, "Department of Peace Operations", reminder_stages="60,14")
        gen_focal_point(db, plain, email=FOCAL)
        gen_focal_point(db, early, email=FOCAL)
        _session_obligations(db, plain, 2)
        _session_obligations(db, early, 3)
        db.commit()
    result = run_pass(db_factory, _before(60), settings)
    assert result.queue.superseded == 0
    assert sorted(m["Subject"] for m in smtp_server.mailbox.to(FOCAL)) == [
        "GA 81 opens in 60 days: your 2 reports due 8 September 2026",
        "GA 81 opens in 60 days: your 3 reports due 8 September 2026",
    ]


def _digest_rows(db, ids: list[int], *, key: str = "GA-81", stage: str = "30") -> Reminder:
    """A focal point's session digest queued for ``ids``, written as the queue writes it: the
    digest row and a ``digested`` member row per obligation."""
    for oid in ids:
        db.add(Reminder(obligation_id=oid, recipient=FOCAL, recipient_role="focal_point", stage=stage,
                        due_on=GA81, status=DIGESTED))
    digest = Reminder(digest_key=key, recipient=FOCAL, recipient_role="focal_point", stage=stage, due_on=GA81)
    db.add(digest)
    db.flush()
    return digest


def test_a_cancelled_later_row_does_not_take_over_a_digest_member(db):
    """A later row of the obligation and address that was cancelled (superseded, or found closed at
    delivery and the obligation reopened since) was never sent: it says nothing, so the digest still
    lists the obligation. A later row that was sent, failed or is pending does take over."""
    dpo = gen_entity(db, "Department of Peace Operations")
    gen_focal_point(db, dpo, email=FOCAL)
    ids = _session_obligations(db, dpo, 5)
    digest = _digest_rows(db, ids)
    for oid, status in zip(ids, ("cancelled", "sent", "failed", "pending"), strict=False):
        db.add(Reminder(obligation_id=oid, recipient=FOCAL, recipient_role="focal_point", stage="7",
                        due_on=GA81, status=status))
    db.flush()
    assert [o.id for o in digest_members(db, digest)] == [ids[0], ids[4]]


@pytest.mark.parametrize("key", [None, "", "81", "GA-", "GA-eighty-one", "GA-81b"])
def test_a_digest_whose_key_names_no_session_lists_nothing(db, key):
    """The queue writes ``BODY-SESSION``; any other key lists nothing (the digest is then cancelled,
    "nothing left in the digest"), it does not fail the pass."""
    dpo = gen_entity(db, "Department of Peace Operations")
    gen_focal_point(db, dpo, email=FOCAL)
    digest = _digest_rows(db, _session_obligations(db, dpo, 2), key=key)
    assert digest_members(db, digest) == []


def test_a_digest_lists_only_its_own_sessions_obligations_due_the_same_day(db):
    """Three session digests of one focal point at the same stage for the same date (GA 81, the
    Human Rights Council's 81st, and GA 82 brought forward by an officer): each lists its own
    session's obligations, none another's."""
    dpo = gen_entity(db, "Department of Peace Operations")
    gen_focal_point(db, dpo, email=FOCAL)
    ga81 = _session_obligations(db, dpo, 2)
    hrc81 = _session_obligations(db, dpo, 2)
    for oid in hrc81:
        db.get(Obligation, oid).deadline_body = "HRC"
    ga82 = _session_obligations(db, dpo, 2, session=82, due_on_override=GA81)
    digests = {key: _digest_rows(db, ids, key=key)
               for key, ids in (("GA-81", ga81), ("HRC-81", hrc81), ("GA-82", ga82))}
    assert {key: [o.id for o in digest_members(db, d)] for key, d in digests.items()} == {
        "GA-81": ga81, "HRC-81": hrc81, "GA-82": ga82,
    }


def test_a_digest_lists_its_members_still_due_on_its_date_and_nothing_else(db):
    """Read when it is sent, a digest lists the obligations it was queued for (its ``digested``
    member rows at its stage and date) that are still due on its date: one rescheduled earlier or
    later since drops out (its own reminders follow for the new date); one rescheduled onto its
    date, or reminded by a message of its own at the same stage, was never in it."""
    dpo = gen_entity(db, "Department of Peace Operations")
    gen_focal_point(db, dpo, email=FOCAL)
    kept, earlier, later, moved_in, own = _session_obligations(db, dpo, 5)
    digest = _digest_rows(db, [kept, earlier, later])
    db.get(Obligation, earlier).due_on = GA81 - dt.timedelta(days=7)
    db.get(Obligation, later).due_on = GA81 + dt.timedelta(days=7)
    # digested at stage 30 for another date, then moved onto this one
    db.add(Reminder(obligation_id=moved_in, recipient=FOCAL, recipient_role="focal_point", stage="30",
                    due_on=GA81 + dt.timedelta(days=14), status=DIGESTED))
    db.add(Reminder(obligation_id=own, recipient=FOCAL, recipient_role="focal_point", stage="30",
                    due_on=GA81, status="sent"))
    db.flush()
    assert [o.id for o in digest_members(db, digest)] == [kept]


def test_a_digest_lists_its_obligations_resolution_by_resolution(db):
    dpo = gen_entity(db, "Department of Peace Operations")
    gen_focal_point(db, dpo, email=FOCAL)
    first, second = (gen_resolution(db, session=80, adopted_on=dt.date(2025, 12, 1)) for _ in range(2))
    ids = [
        gen_obligation(db, res, due_on=GA81, owners=[dpo], deadline_body="GA", deadline_session=81).id
        for res in (second, first, second)
    ]
    digest = _digest_rows(db, ids)
    assert [o.id for o in digest_members(db, digest)] == [ids[1], ids[0], ids[2]]


def test_a_digest_lists_a_resolutions_paragraphs_in_order_whatever_their_rows_or_progress(db):
    """Within one resolution the paragraphs come in the order they were recorded: not in the order
    the pass wrote their member rows (here the last one's first), nor with one marked in progress
    since it was queued moved ahead of the others (SQLite reads the session's obligations status by
    status) or behind them (PostgreSQL's table keeps its changed row last)."""
    dpo = gen_entity(db, "Department of Peace Operations")
    gen_focal_point(db, dpo, email=FOCAL)
    ids = _session_obligations(db, dpo, 3)
    digest = _digest_rows(db, list(reversed(ids)))
    db.get(Obligation, ids[1]).status = "in_progress"
    db.flush()
    assert [o.id for o in digest_members(db, digest)] == ids


def test_a_digest_says_when_it_is_due_whose_focal_point_is_told_and_links_the_register(
    db_factory, smtp_server, settings
):
    """The body under the subject: the session and the date with the days left, the register's
    address, and the entities this address is the focal point for, not every owner of what it lists
    (an obligation shared with another entity names that entity nowhere)."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        oda = gen_entity(db, "Office for Disarmament Affairs")
        gen_focal_point(db, dpo, email=FOCAL)
        gen_focal_point(db, oda, email="oda-focal@example.org")
        _session_obligations(db, [dpo, oda], 2)
        db.commit()
    run_pass(db_factory, _before(30), settings)
    (msg,) = smtp_server.mailbox.to(FOCAL)
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Due at GA 81, on 8 September 2026 (30 days left):" in text
    assert "Due at GA 81, on <strong>8 September 2026</strong> (30 days left):" in html
    assert "The register of obligations: http://tracker.test/\r\n" in text
    assert '<a href="http://tracker.test/">The register of obligations</a>' in html
    assert "You receive this as the focal point for Department of Peace Operations:" in text
    assert "Office for Disarmament Affairs" not in text and "Office for Disarmament Affairs" not in html


@pytest.mark.parametrize("kept", ["own address left on the focal point", "account address with capitals"])
def test_a_focal_point_that_is_an_account_is_told_whose_focal_point_it_is(
    db_factory, smtp_server, settings, kept
):
    """A focal point that is a user is reminded at the account's address, in lower case (the ledger's
    recipient): the digest finds its entities by that address, not by an address the focal point
    row still holds, and whatever the case the account's address was kept in."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        person = gen_user(db, FOCAL)
        if kept == "account address with capitals":
            person.email = "DPO-Focal@Example.org"
            fp = gen_focal_point(db, dpo, user=person)
        else:
            fp = gen_focal_point(db, dpo, user=person)
            fp.email = "former-focal@example.org"
        db.flush()
        _session_obligations(db, dpo, 2)
        db.commit()
    run_pass(db_factory, _before(30), settings)
    (msg,) = smtp_server.mailbox.to(FOCAL)
    assert msg["Subject"] == "GA 81 opens in 30 days: your 2 reports due 8 September 2026"
    assert "You receive this as the focal point for Department of Peace Operations:" in (
        msg.get_body(("plain",)).get_content())


def test_a_row_without_a_session_is_in_no_digest_before_the_digests_are_asked(db_factory):
    """A focal point's row of an obligation without a session (no digest key) is a message of its
    own, said before the digests are looked in: PostgreSQL's set of digests, asked about a row with
    a NULL, compares it with every digest to tell "unknown" from "no" (954 such rows of the bench's
    2,185 against its 119 digests were ≈ 10 ms of a dry run's 25 ms of server CPU, bench/README.md,
    5 December). What either way queues is the same (tests above, test_dry_run)."""
    dialect = db_factory.kw["bind"].dialect
    sql = str(_statements(dialect.name).focal.select.compile(dialect=dialect))
    assert "CASE WHEN (single.digest_key IS NULL) THEN" in sql
