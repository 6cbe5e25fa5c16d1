"""Who the pass queues a row for, read from the ledger: focal points of the owners (a plain address
or an active account), officers acting for an owner (not delegations, not deactivated accounts),
followers by what they follow and how; a mandate goes to the body that must renew it, never to
its owners or their officers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tracker.models import Reminder, Subscription
from tracker.reminders.queue import queue_reminders

TODAY = dt.date(2025, 2, 15)
NOW = dt.datetime(2025, 2, 15, 8, 0, tzinfo=dt.UTC)
STAGES = "90,30,7,1,0,-7"


def _queued(db, **kw) -> set[tuple]:
    queue_reminders(db, NOW, STAGES, officer_digests=False, **kw)
    return {(r.obligation_id or r.digest_key, r.recipient, r.recipient_role, r.stage)
            for r in db.scalars(select(Reminder))}


def test_only_active_accounts_acting_for_an_owner_and_plain_addresses_are_reminded(db):
    sg, other = gen_entity(db, "Secretary-General"), gen_entity(db, "UNEP")
    gen_focal_point(db, sg, email="plain@example.org")
    gen_focal_point(db, sg, user=gen_user(db, "fp@example.org"))
    gen_focal_point(db, sg, user=gen_user(db, "gone-fp@example.org", is_active=False))
    gen_focal_point(db, other, email="other-fp@example.org")
    gen_user(db, "officer@example.org", entities=[sg])
    gen_user(db, "gone-officer@example.org", entities=[sg], is_active=False)
    gen_user(db, "delegation@example.org", role="delegation", entities=[sg])
    gen_user(db, "other-officer@example.org", entities=[other])
    follower = gen_user(db, "follower@example.org", role="delegation")
    gone = gen_user(db, "gone-follower@example.org", role="delegation", is_active=False)
    res = gen_resolution(db, "A/RES/79/1", session=79)
    ob = gen_obligation(db, res, owners=[sg], due_on=TODAY + dt.timedelta(days=7))
    for user in (follower, gone):
        db.add(Subscription(user=user, target="resolution", resolution_id=res.id))
    db.flush()
    assert _queued(db) == {
        (ob.id, "plain@example.org", "focal_point", "7"),
        (ob.id, "fp@example.org", "focal_point", "7"),
        (ob.id, "officer@example.org", "officer", "7"),
        (ob.id, "follower@example.org", "follower", "7"),
    }


def test_a_mandate_goes_to_the_renewing_body_and_a_report_to_its_owners(db):
    council, unama = gen_entity(db, "Security Council"), gen_entity(db, "UNAMA")
    gen_focal_point(db, council, email="council@example.org")
    gen_focal_point(db, unama, email="unama@example.org")
    gen_user(db, "council-officer@example.org", entities=[council])
    gen_user(db, "unama-officer@example.org", entities=[unama])
    # another organ, with a focal point and a resolution of its own: the mandate is not the GA's
    gen_focal_point(db, gen_entity(db, "General Assembly"), email="assembly@example.org")
    gen_resolution(db, "A/RES/79/1", session=79)
    sc = gen_resolution(db, "S/RES/2727 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 3, 15))
    mandate = gen_obligation(db, sc, owners=[unama], kind="mandate", status="ongoing",
                             expires_on=TODAY + dt.timedelta(days=30))
    report = gen_obligation(db, sc, owners=[unama], due_on=TODAY + dt.timedelta(days=7))
    db.flush()
    assert _queued(db) == {
        (mandate.id, "council@example.org", "focal_point", "30"),
        (report.id, "unama@example.org", "focal_point", "7"),
        (report.id, "unama-officer@example.org", "officer", "7"),
    }


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def test_followers_get_what_they_follow_by_resolution_owner_or_session(db):
    sg, unep = gen_entity(db, "Secretary-General"), gen_entity(db, "UNEP")
    ga79 = gen_resolution(db, "A/RES/79/1", session=79)
    ga79b = gen_resolution(db, "A/RES/79/2", session=79)
    hrc = gen_resolution(db, "A/HRC/RES/80/1", body="HRC", session=80)
    at_ga80 = gen_obligation(db, ga79, owners=[sg], due_on=_day(7), deadline_body="GA", deadline_session=80)
    plain = gen_obligation(db, ga79b, owners=[unep], due_on=_day(7))
    of_hrc = gen_obligation(db, hrc, owners=[unep], due_on=_day(7))
    follows = {
        "resolution@example.org": {"target": "resolution", "resolution_id": ga79.id},
        "owner@example.org": {"target": "entity", "entity_id": sg.id},
        "ga80@example.org": {"target": "session", "session_body": "GA", "session_number": 80},
        "ga79@example.org": {"target": "session", "session_body": "GA", "session_number": 79},
        # another session of the same body: neither due at it nor adopted at it, so nothing
        "ga81@example.org": {"target": "session", "session_body": "GA", "session_number": 81},
        "hrc80@example.org": {"target": "session", "session_body": "HRC", "session_number": 80},
        "digest@example.org": {"target": "resolution", "resolution_id": ga79b.id, "mode": "digest"},
    }
    for email, kw in follows.items():
        db.add(Subscription(user=gen_user(db, email, role="delegation"), **kw))
    db.flush()
    queued = {row for row in _queued(db) if row[2] == "follower"}
    assert queued == {
        (at_ga80.id, "resolution@example.org", "follower", "7"),
        (at_ga80.id, "owner@example.org", "follower", "7"),
        (at_ga80.id, "ga80@example.org", "follower", "7"),  # the session it is due at
        (at_ga80.id, "ga79@example.org", "follower", "7"),  # the session that adopted it
        (plain.id, "ga79@example.org", "follower", "7"),
        (of_hrc.id, "hrc80@example.org", "follower", "7"),
        ("dates", "digest@example.org", "follower", "7"),  # a digest, no message of its own
    }


def test_a_followers_digest_counts_down_by_the_due_dates_latest_stage(db):
    """A follower's digest is dated by the due date and at the latest stage any of its obligations
    has reached on it (internal targets are the owners' business): owners counting down at
    different stages ("60,14" beside the default) give the smaller, as a number."""
    sg, slow = gen_entity(db, "Secretary-General"), gen_entity(db, "Needs notice", reminder_stages="60,14")
    res = gen_resolution(db, "A/RES/79/1", session=79)
    kw = {"deadline_body": "GA"}
    gen_obligation(db, res, owners=[sg], due_on=_day(5), deadline_session=80, **kw)  # "7"
    gen_obligation(db, res, owners=[slow], due_on=_day(5), deadline_session=80, **kw)  # "14"
    # the target's stage came due last ("t7"); the due date's is "30", 30 days ahead
    gen_obligation(db, res, owners=[sg], due_on=_day(29), target_on=_day(7), deadline_session=81, **kw)
    # a target stage alone: nothing for the follower yet
    gen_obligation(db, res, owners=[sg], due_on=_day(120), target_on=_day(7), deadline_session=82, **kw)
    follower = gen_user(db, "digest@example.org", role="delegation")
    db.add(Subscription(user=follower, target="resolution", resolution_id=res.id, mode="digest"))
    db.flush()
    queue_reminders(db, NOW, STAGES, obligations=False)
    rows = {(r.digest_key, r.stage, r.due_on) for r in db.scalars(select(Reminder))}
    assert rows == {("GA-80", "7", _day(5)), ("GA-81", "30", _day(29))}


def test_a_digest_already_queued_keeps_out_latecomers_of_its_own_group_only(db):
    """A focal point's session digest is per (session, address, stage, date): one queued by an
    earlier pass sends the obligations of that group that turn up later on their own, and only
    those; another session, another address or another date gets its digest."""
    sg = gen_entity(db, "Secretary-General")
    gen_focal_point(db, sg, email="a@example.org")
    res = gen_resolution(db, "A/RES/79/1", session=79)

    def reports(session: int, due: int, n: int = 2) -> list[int]:
        return [gen_obligation(db, res, owners=[sg], due_on=_day(due), deadline_body="GA",
                               deadline_session=session).id for _ in range(n)]

    reports(80, 30)
    db.flush()
    queue_reminders(db, NOW, STAGES, focal_digest_min=2)
    before = db.scalar(select(func.max(Reminder.id)))
    late = reports(80, 30, 1)  # turns up after its group's digest: a message of its own
    reports(81, 30)  # another session, same address, stage and date
    reports(80, 29)  # the same session, another date
    gen_focal_point(db, sg, email="b@example.org")  # another address, for all of them
    db.flush()
    queue_reminders(db, NOW + dt.timedelta(hours=1), STAGES, focal_digest_min=2)
    second = {(r.digest_key or r.obligation_id, r.recipient, r.stage, r.due_on)
              for r in db.scalars(select(Reminder).where(Reminder.id > before, Reminder.status == "pending"))}
    assert second == {
        (late[0], "a@example.org", "30", _day(30)),
        ("GA-81", "a@example.org", "30", _day(30)),
        ("GA-80", "a@example.org", "30", _day(29)),
        ("GA-80", "b@example.org", "30", _day(30)),
        ("GA-81", "b@example.org", "30", _day(30)),
        ("GA-80", "b@example.org", "30", _day(29)),
    }


def test_an_officers_digest_member_supersedes_a_stuck_message_of_an_earlier_stage(db):
    """Officer digests turned on while an officer's "30 days" message was stuck (one message per
    obligation before): the pass that queues the "7 days" digest cancels it, though it queues no
    focal point's row (the owner has none)."""
    sg = gen_entity(db, "Secretary-General")
    gen_user(db, "officer@example.org", entities=[sg])
    ob = gen_obligation(db, gen_resolution(db, "A/RES/79/1", session=79), owners=[sg], due_on=_day(30))
    db.flush()
    queue_reminders(db, NOW, STAGES, officer_digests=False)
    stuck = db.scalars(select(Reminder)).one()
    queue_reminders(db, NOW + dt.timedelta(days=23), STAGES, officer_digests=True)
    db.expire_all()  # catch-up updates the table, not the objects
    rows = {(r.obligation_id, r.stage, r.status) for r in db.scalars(select(Reminder))}
    assert rows == {(ob.id, "30", "cancelled"), (ob.id, "7", "digested"), (None, "pass", "pending")}
    assert stuck.last_error == "superseded by a later stage"


def test_an_officers_digest_of_a_pass_goes_only_to_officers_with_something_new(db):
    sg, unep = gen_entity(db, "Secretary-General"), gen_entity(db, "UNEP")
    gen_user(db, "sg-officer@example.org", entities=[sg])
    gen_user(db, "unep-officer@example.org", entities=[unep])
    res = gen_resolution(db, "A/RES/79/1", session=79)
    gen_obligation(db, res, owners=[sg], due_on=_day(30))
    gen_obligation(db, res, owners=[unep], due_on=_day(40))  # "90" now, "30" in ten days
    db.flush()
    queue_reminders(db, NOW, STAGES)
    first = db.scalar(select(func.max(Reminder.id)))
    queue_reminders(db, NOW + dt.timedelta(days=10), STAGES)
    digests = {(r.recipient, r.stage) for r in db.scalars(
        select(Reminder).where(Reminder.id > first, Reminder.digest_key.is_not(None)))}
    assert digests == {("unep-officer@example.org", "pass")}


def test_a_focal_points_message_of_its_own_is_in_no_digest_of_the_same_pass(db):
    """Digest members and messages of their own are inserted by one statement, their ids
    interleaved: the digests are made from the members alone, so an obligation alone in its
    session group (another session, another focal point) gets a message and no digest."""
    sg, unep = gen_entity(db, "Secretary-General"), gen_entity(db, "UNEP")
    gen_focal_point(db, sg, email="sg@example.org")
    gen_focal_point(db, unep, email="unep@example.org")
    res = gen_resolution(db, "A/RES/79/1", session=79)
    session_of = {}
    for session, owner in ((80, sg), (81, sg), (80, unep), (80, sg), (82, sg), (81, unep), (80, sg)):
        ob = gen_obligation(db, res, owners=[owner], due_on=_day(30), deadline_body="GA",
                            deadline_session=session)
        session_of[ob.id] = session
    db.flush()
    queue_reminders(db, NOW, STAGES, focal_digest_min=2)
    rows = db.scalars(select(Reminder)).all()
    digests = {(r.digest_key, r.recipient) for r in rows if r.digest_key is not None}
    assert digests == {("GA-80", "sg@example.org")}
    messages = sorted((r.recipient, session_of[r.obligation_id]) for r in rows
                      if r.digest_key is None and r.status == "pending")
    assert messages == [("sg@example.org", 81), ("sg@example.org", 82), ("unep@example.org", 80),
                        ("unep@example.org", 81)]


def test_an_address_is_one_recipient_however_it_was_written(db):
    """The ledger's key holds the address in lower case: a focal point's address stored as typed
    (before addresses were normalised) and the same person's account are reminded once."""
    sg = gen_entity(db, "Secretary-General")
    gen_focal_point(db, sg, email="SG-Focal@Example.ORG")
    gen_user(db, "sg-focal@example.org", entities=[sg])
    ob = gen_obligation(db, gen_resolution(db, "A/RES/79/1", session=79), owners=[sg], due_on=_day(7))
    db.flush()
    assert _queued(db) == {(ob.id, "sg-focal@example.org", "focal_point", "7")}


def test_with_one_enough_a_session_obligation_alone_is_a_digest_naming_the_focal_points_account(db):
    """``focal_digest_min=1``: a session's obligation goes in its session's digest even alone. The
    digest and its member name the focal point's account (the user the ledger row is for), a plain
    address none."""
    sg = gen_entity(db, "Secretary-General")
    person = gen_user(db, "fp@example.org")
    gen_focal_point(db, sg, user=person)
    gen_focal_point(db, sg, email="plain@example.org")
    ob = gen_obligation(db, gen_resolution(db, "A/RES/79/1", session=79), owners=[sg], due_on=_day(30),
                        deadline_body="GA", deadline_session=80)
    db.flush()
    queue_reminders(db, NOW, STAGES, focal_digest_min=1)
    rows = {(r.obligation_id, r.digest_key, r.recipient, r.recipient_user_id, r.status)
            for r in db.scalars(select(Reminder))}
    assert rows == {
        (ob.id, None, "fp@example.org", person.id, "digested"),
        (None, "GA-80", "fp@example.org", person.id, "pending"),
        (ob.id, None, "plain@example.org", None, "digested"),
        (None, "GA-80", "plain@example.org", None, "pending"),
    }


def test_dated_obligations_due_together_are_messages_of_their_own_never_a_digest(db):
    """A session digest is per session: obligations with a date and no session, however many come
    due for one focal point on the same day at the same stage, each get a message of their own."""
    sg = gen_entity(db, "Secretary-General")
    gen_focal_point(db, sg, email="sg@example.org")
    res = gen_resolution(db, "A/RES/79/1", session=79)
    ids = {gen_obligation(db, res, owners=[sg], due_on=_day(30)).id for _ in range(3)}
    db.flush()
    queue_reminders(db, NOW, STAGES, focal_digest_min=2)
    rows = {(r.obligation_id, r.digest_key, r.recipient, r.stage, r.status)
            for r in db.scalars(select(Reminder))}
    assert rows == {(oid, None, "sg@example.org", "30", "pending") for oid in ids}
