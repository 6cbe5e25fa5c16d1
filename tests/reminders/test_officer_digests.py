"""Officers get one message per pass with everything that came due for them (issue 18: "one
message per recipient per pass with all that came due"): whatever its session, date deadline or
stage. Through the real SMTP server, with the ledger's rules: retried, never dropped, never twice."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tests.reminders.conftest import at
from tracker.models import Obligation, Reminder
from tracker.reminders import run_pass
from tracker.reminders.compose import officer_digest_members
from tracker.reminders.queue import DIGESTED, officer_digest_key

GA81 = dt.date(2026, 9, 8)
PASS = GA81 - dt.timedelta(days=30)  # 9 August 2026
OFFICER = "officer@example.org"
FOCAL = "focal@example.org"


@pytest.fixture
def register(db_factory):
    """Five obligations of one entity, due at four different moments and one far off: a GA 81
    report (30 days), a date deadline in 7 days, one overdue by 10 days, one due tomorrow, and
    a GA 82 report (no stage yet). An officer acts for the entity, which has a focal point."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email=FOCAL)
        gen_user(db, OFFICER, entities=[dpo])
        res = gen_resolution(db, session=80, adopted_on=dt.date(2025, 12, 1))
        sc = gen_resolution(db, "S/RES/2777 (2025)", body="SC", session=None, adopted_on=dt.date(2025, 3, 1))

        def ob(resolution, due_on, **kw):
            return gen_obligation(db, resolution, due_on=due_on, owners=[dpo], **kw).id

        ids = {
            "session": ob(res, GA81, deadline_body="GA", deadline_session=81, deliverable="a report"),
            "week": ob(sc, PASS + dt.timedelta(days=7), deliverable="a briefing"),
            "overdue": ob(sc, PASS - dt.timedelta(days=10), deliverable="a letter"),
            "tomorrow": ob(sc, PASS + dt.timedelta(days=1), deliverable="a plan"),
            "later": ob(res, dt.date(2027, 9, 14), deadline_body="GA", deadline_session=82),
        }
        db.commit()
        return ids


def _member(obligation) -> Reminder:
    """The officer's member row of an obligation due at GA 81, as a pass writes it (digested)."""
    return Reminder(obligation_id=obligation.id, recipient=OFFICER, recipient_role="officer", stage="30",
                    due_on=GA81, status=DIGESTED)


def _digest_of(db, rows: list[Reminder]) -> Reminder:
    """The officer's digest of a pass whose member rows are ``rows`` (its key names their ids)."""
    digest = Reminder(digest_key=officer_digest_key(rows[0].id, rows[-1].id), recipient=OFFICER,
                      recipient_role="officer", stage="pass", due_on=PASS)
    db.add(digest)
    db.flush()
    return digest


def _officer_rows(db_factory):
    with db_factory() as db:
        return db.execute(
            select(Reminder.id, Reminder.obligation_id, Reminder.digest_key, Reminder.stage, Reminder.status)
            .where(Reminder.recipient == OFFICER).order_by(Reminder.id)
        ).all()


def test_one_message_per_officer_per_pass_with_all_that_came_due(db_factory, register, smtp_server, settings):
    run_pass(db_factory, at(PASS), settings)
    (msg,) = smtp_server.mailbox.to(OFFICER)
    assert msg["Subject"] == "Reminders for 4 obligations: 1 overdue, the next due 10 August 2026"
    text = msg.get_body(("plain",)).get_content()
    for key in ("session", "week", "overdue", "tomorrow"):
        assert f"http://tracker.test/obligations/{register[key]}" in text
    assert f"/obligations/{register['later']}" not in text
    assert "overdue by 10 days" in text and "an officer for Department of Peace Operations" in text
    rows = _officer_rows(db_factory)
    members = [r for r in rows if r.status == DIGESTED]
    (digest,) = [r for r in rows if r.status != DIGESTED]
    assert sorted(r.obligation_id for r in members) == sorted(
        register[k] for k in ("session", "week", "overdue", "tomorrow"))
    assert digest.status == "sent" and digest.stage == "pass" and digest.obligation_id is None
    # the focal point's messages are theirs: the officer's digest changed nothing for them
    assert len(smtp_server.mailbox.to(FOCAL)) == 4
    # a second pass the same day: nothing new came due, nothing is sent
    run_pass(db_factory, at(PASS, hour=15), settings)
    assert len(smtp_server.mailbox.to(OFFICER)) == 1 and _officer_rows(db_factory) == rows


def test_a_refused_digest_is_retried_once_without_what_was_completed_meanwhile(
    db_factory, register, smtp_server, settings
):
    smtp_server.mailbox.mode = "refuse4"
    run_pass(db_factory, at(PASS), settings)
    assert smtp_server.mailbox.messages == []
    (digest,) = [r for r in _officer_rows(db_factory) if r.status != DIGESTED]
    assert digest.status == "pending"
    with db_factory() as db:
        db.get(Obligation, register["week"]).status = "completed"
        db.commit()
    smtp_server.mailbox.mode = "accept"
    run_pass(db_factory, at(PASS, hour=10), settings)
    run_pass(db_factory, at(PASS, hour=16), settings)
    (msg,) = smtp_server.mailbox.to(OFFICER)  # not lost, not twice
    assert msg["Subject"] == "Reminders for 3 obligations: 1 overdue, the next due 10 August 2026"
    assert f"/obligations/{register['week']}" not in msg.get_body(("plain",)).get_content()


def test_a_digest_left_unsent_repeats_nothing_the_next_one_says(db_factory, register, smtp_server, settings):
    """The server is down for a week: the first digest waits. A week later the new digest lists
    what came due since (the later stages of three obligations); the first one, sent at last, lists
    only what no later message repeats (the GA 81 report, still at its 30-day stage). Nothing is
    dropped, nothing is said twice."""
    smtp_server.stop()
    run_pass(db_factory, at(PASS), settings)
    smtp_server.start()
    run_pass(db_factory, at(PASS + dt.timedelta(days=7)), settings)
    late, current = smtp_server.mailbox.to(OFFICER)
    assert late["Subject"] == "Reminders for 1 obligation: the next due 8 September 2026"
    assert f"/obligations/{register['session']}" in late.get_body(("plain",)).get_content()
    assert current["Subject"] == "Reminders for 3 obligations: 2 overdue, the next due 16 August 2026"
    assert f"/obligations/{register['session']}" not in current.get_body(("plain",)).get_content()
    with db_factory() as db:
        db.get(Obligation, register["session"]).status = "completed"
        db.commit()
    smtp_server.stop()
    run_pass(db_factory, at(PASS + dt.timedelta(days=14)), settings)
    smtp_server.start()
    run_pass(db_factory, at(PASS + dt.timedelta(days=14), hour=12), settings)
    assert len(smtp_server.mailbox.to(OFFICER)) == 3
    digests = [r.status for r in _officer_rows(db_factory) if r.status != DIGESTED]
    assert digests == ["sent", "sent", "sent"]


def test_turned_off_one_message_per_obligation(db_factory, register, smtp_server, settings):
    run_pass(db_factory, at(PASS), dataclasses.replace(settings, officer_digests=False))
    assert len(smtp_server.mailbox.to(OFFICER)) == 4
    assert all(r.status == "sent" and r.obligation_id for r in _officer_rows(db_factory))


def test_an_officer_who_is_also_the_focal_point_is_reminded_once(db_factory, smtp_server, settings):
    with db_factory() as db:
        unodc = gen_entity(db, "UNODC")
        person = gen_user(db, OFFICER, entities=[unodc])
        gen_focal_point(db, unodc, user=person)
        gen_obligation(db, due_on=PASS + dt.timedelta(days=7), owners=[unodc])
        db.commit()
    run_pass(db_factory, at(PASS), settings)
    (msg,) = smtp_server.mailbox.to(OFFICER)  # as the focal point; no officer digest besides
    assert not msg["Subject"].startswith("Reminders for")


def test_a_digest_lists_this_officers_member_rows_in_its_range_still_due_by_date(db):
    """Read when it is sent, an officer's digest lists, from the member rows its key's id range
    names, this officer's ``digested`` officer rows whose obligation is still open and still due
    on the date the stage counted towards (the internal target for a target stage), soonest first.
    Not another officer's rows, nor the same address's rows as a focal point, nor a message of
    its own, nor what was completed or rescheduled since."""
    dpo = gen_entity(db, "Department of Peace Operations")
    first_res, second_res = (gen_resolution(db, session=80, adopted_on=dt.date(2025, 1, 1)) for _ in range(2))
    target = GA81 - dt.timedelta(weeks=6)

    def ob(resolution=first_res, **kw):
        return gen_obligation(db, resolution, due_on=GA81, owners=[dpo], **kw)

    due, for_target, others, as_focal, own, completed, earlier, later = (
        ob(second_res, target_on=target) if n == 1 else ob() for n in range(8)
    )
    completed.status = "completed"
    earlier.due_on = GA81 - dt.timedelta(days=1)
    later.due_on = GA81 + dt.timedelta(days=1)
    rows = [
        Reminder(obligation_id=due.id, recipient=OFFICER, recipient_role="officer", stage="30",
                 due_on=GA81, status=DIGESTED),
        Reminder(obligation_id=for_target.id, recipient=OFFICER, recipient_role="officer", stage="t30",
                 due_on=target, status=DIGESTED),
        Reminder(obligation_id=others.id, recipient="another-officer@example.org", recipient_role="officer",
                 stage="30", due_on=GA81, status=DIGESTED),
        Reminder(obligation_id=as_focal.id, recipient=OFFICER, recipient_role="focal_point", stage="30",
                 due_on=GA81, status=DIGESTED),
        Reminder(obligation_id=own.id, recipient=OFFICER, recipient_role="officer", stage="30",
                 due_on=GA81, status="sent"),
    ] + [
        _member(o) for o in (completed, earlier, later)
    ]
    db.add_all(rows)
    db.flush()
    digest = _digest_of(db, rows)
    assert [(o.id, stage, on) for o, stage, on in officer_digest_members(db, digest)] == [
        (for_target.id, "t30", target),
        (due.id, "30", GA81),
    ]


def test_an_internal_target_is_marked_as_such_in_the_officers_digest(db_factory, smtp_server, settings):
    """A member reminded for its internal target says so, with the target's date; one reminded for
    its due date does not."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_user(db, OFFICER, entities=[dpo])
        targeted = gen_obligation(db, due_on=dt.date(2027, 6, 30), target_on=PASS + dt.timedelta(days=30),
                                  owners=[dpo], deliverable="a targeted report")
        plain = gen_obligation(db, due_on=PASS + dt.timedelta(days=7), owners=[dpo], deliverable="a briefing")
        ids = (targeted.id, plain.id)
        db.commit()
    run_pass(db_factory, at(PASS), settings)
    (msg,) = smtp_server.mailbox.to(OFFICER)
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert text.count("internal target") == 1 and html.count("internal target") == 1
    assert "internal target 8 September 2026 (30 days left); due 30 June 2027" in text
    assert f"http://tracker.test/obligations/{ids[1]}" in text
    assert "internal target 8 September 2026 (30 days left);<br>30 June 2027" in html


def test_an_officer_whose_address_is_kept_with_capitals_is_told_for_whom(db_factory, smtp_server, settings):
    """The ledger's recipient is the address in lower case: the entities the officer acts for are
    found whatever the case the account's address was kept in."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_user(db, OFFICER, entities=[dpo]).email = "Officer@Example.org"
        gen_obligation(db, due_on=PASS + dt.timedelta(days=7), owners=[dpo])
        gen_obligation(db, due_on=PASS + dt.timedelta(days=1), owners=[dpo])
        db.commit()
    run_pass(db_factory, at(PASS), settings)
    (msg,) = smtp_server.mailbox.to(OFFICER)
    assert msg["Subject"].startswith("Reminders for 2 obligations")
    assert "You receive this as an officer for Department of Peace Operations:" in (
        msg.get_body(("plain",)).get_content())


def test_the_subject_of_a_digest_of_an_internal_target_gives_the_due_date(db_factory, smtp_server, settings):
    """The subject's "next due" is the earliest due date of the members, never an internal
    target's date (the body gives that one, marked as such)."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_user(db, OFFICER, entities=[dpo])
        gen_obligation(db, due_on=dt.date(2027, 6, 30), target_on=PASS + dt.timedelta(days=30),
                       owners=[dpo], deliverable="a targeted report")
        db.commit()
    run_pass(db_factory, at(PASS), settings)
    (msg,) = smtp_server.mailbox.to(OFFICER)
    assert msg["Subject"] == "Reminders for 1 obligation: the next due 30 June 2027"
    text = msg.get_body(("plain",)).get_content()
    assert text.splitlines()[0] == "Reminders for 1 obligation: the next due 30 June 2027."  # the headline
    assert "internal target 8 September 2026 (30 days left)" in text
    assert "The register of obligations: http://tracker.test/\n" in text.replace("\r\n", "\n")


def test_a_digest_names_the_entities_the_officer_acts_for_in_alphabetical_order(
        db_factory, smtp_server, settings):
    names = ["UNICEF", "Department of Peace Operations", "OHCHR", "Office of Legal Affairs", "UNDP"]
    with db_factory() as db:
        entities = [gen_entity(db, name) for name in names]
        gen_user(db, OFFICER, entities=entities)
        for k, entity in enumerate(entities):
            gen_obligation(db, due_on=PASS + dt.timedelta(days=7 if k % 2 else 1), owners=[entity])
        db.commit()
    run_pass(db_factory, at(PASS), settings)
    (msg,) = smtp_server.mailbox.to(OFFICER)
    assert f"You receive this as an officer for {', '.join(sorted(names))}:" in (
        msg.get_body(("plain",)).get_content())


def test_a_digest_lists_what_falls_due_on_one_day_resolution_by_resolution(db_factory, smtp_server, settings):
    """Within one due date the officer reads each resolution's paragraphs together, the resolutions
    in the order they were recorded: not in the order the obligations happened to be (a paragraph
    of the later resolution recorded first, by a re-import or by hand, stays with its own)."""
    week = PASS + dt.timedelta(days=7)
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_user(db, OFFICER, entities=[dpo])
        earlier = gen_resolution(db, "A/RES/80/1", session=80, adopted_on=dt.date(2025, 12, 1))
        later = gen_resolution(db, "A/RES/80/2", session=80, adopted_on=dt.date(2025, 12, 1))
        gen_obligation(db, later, number="4", due_on=week, owners=[dpo])
        gen_obligation(db, earlier, number="9", due_on=week, owners=[dpo])
        gen_obligation(db, later, number="6", due_on=week, owners=[dpo])
        db.commit()
    run_pass(db_factory, at(PASS), settings)
    (msg,) = smtp_server.mailbox.to(OFFICER)
    text = msg.get_body(("plain",)).get_content()
    listed = [line.split(":")[0] for line in text.splitlines() if line[:1].isdigit()]
    assert listed == [
        "1. A/RES/80/1, paragraph 9", "2. A/RES/80/2, paragraph 4", "3. A/RES/80/2, paragraph 6"]


def test_a_digest_lists_a_resolutions_paragraphs_in_order_whatever_order_their_rows_were_written(db):
    """Within one date and one resolution the paragraphs come in the order they were recorded,
    not in the order the pass happened to write their rows (here the last one's first)."""
    dpo = gen_entity(db, "Department of Peace Operations")
    res = gen_resolution(db, "A/RES/80/1", session=80, adopted_on=dt.date(2025, 12, 1))
    obligations = [gen_obligation(db, res, number=str(n), due_on=GA81, owners=[dpo]) for n in (3, 5, 8)]
    rows = [_member(o) for o in reversed(obligations)]
    for row in rows:  # one at a time: the rows' ids in the order written
        db.add(row)
        db.flush()
    digest = _digest_of(db, rows)
    assert [o.id for o, _, _ in officer_digest_members(db, digest)] == [o.id for o in obligations]


@pytest.mark.parametrize("key", [None, "", "GA-81", "dates"])
def test_a_digest_whose_key_names_no_range_lists_nothing(db, key):
    """Only a key that names an id range lists members: no other key reads the rows with the
    first ids (a focal point's session digest, a follower's digest by date)."""
    dpo = gen_entity(db, "Department of Peace Operations")
    obligations = [gen_obligation(db, due_on=GA81, owners=[dpo]) for _ in range(2)]
    rows = [_member(o) for o in obligations]
    for n, row in enumerate(rows):  # the first ids there are, 0 and 1
        row.id = n
    db.add_all(rows)
    db.flush()
    digest = Reminder(digest_key=key, recipient=OFFICER, recipient_role="officer", stage="pass", due_on=PASS)
    assert officer_digest_members(db, digest) == []
