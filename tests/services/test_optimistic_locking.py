"""Optimistic locking: every write to an obligation names the version it was based on, a stale one
is refused with what changed since, and two concurrent writers never overwrite each other."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_user
from tracker.models import HistoryEntry, Obligation, ObligationItem, Paragraph
from tracker.services import obligations as svc
from tracker.services.actors import Actor

NOW = dt.datetime(2018, 3, 1, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


@pytest.fixture
def world(db):
    sg = gen_entity(db, "Secretary-General")
    interpol = gen_entity(db, "INTERPOL")
    admin = gen_user(db, "admin@un.org", role="admin", name="Ada Admin")
    officer = gen_user(db, "officer@un.org", role="officer", name="Otto Officer", entities=[sg])
    ob = gen_obligation(db, owners=[sg], due_on=dt.date(2018, 9, 18))
    sub = Paragraph(resolution=ob.resolution, parent=ob.paragraph, kind="subparagraph", number="a",
                    eid="para_1__point_a", position=99, text="(a) the first thing;")
    item = ObligationItem(obligation=ob, paragraph=sub, label="a", position=1)
    db.add_all([sub, item])
    db.flush()
    return {"sg": sg, "interpol": interpol, "ob": ob, "item": item,
            "admin": Actor.for_user(admin), "officer": Actor.for_user(officer)}


def _write(kind, db, ob, world, expected_version, now=NOW):
    """One write of each kind the service offers, based on ``expected_version``."""
    actor = world["admin"]
    if kind == "status":
        return svc.change_status(db, ob, "in_progress", actor=actor, now=now,
                                 expected_version=expected_version)
    if kind == "item":
        item = db.get(ObligationItem, world["item"].id)
        return svc.tick_item(db, item, True, actor=actor, now=now, expected_version=expected_version)
    if kind == "owner":
        interpol = db.get(type(world["interpol"]), world["interpol"].id)
        return svc.assign_owner(db, ob, interpol, actor=actor, now=now, expected_version=expected_version)
    return svc.review_obligation(db, ob, actor=actor, now=now, today=TODAY, deliverable="a report",
                                 expected_version=expected_version)


WRITES = ["status", "item", "owner", "review"]


@pytest.mark.parametrize("kind", WRITES)
def test_every_write_based_on_a_stale_version_is_refused_and_changes_nothing(db, world, kind):
    ob = world["ob"]
    svc.change_status(db, ob, "ongoing", actor=world["officer"], now=NOW, comment="first")
    before = [(h.field, h.new_value) for h in ob.history]
    with pytest.raises(svc.StaleObligation) as info:
        _write(kind, db, ob, world, expected_version=1, now=NOW + dt.timedelta(hours=1))
    error = info.value
    assert (error.obligation_id, error.expected, error.current) == (ob.id, 1, 2)
    assert [(c["field"], c["new"], c["actor"]) for c in error.changes] == [
        ("status", "ongoing", "Otto Officer")]
    assert ob.version == 2 and [(h.field, h.new_value) for h in ob.history] == before
    assert ob.status == "ongoing" and not ob.deliverable and len(ob.owners) == 1
    assert not world["item"].is_done


@pytest.mark.parametrize("kind", WRITES)
def test_every_write_based_on_the_current_version_is_taken_and_bumps_it(db, world, kind):
    ob = world["ob"]
    assert _write(kind, db, ob, world, expected_version="1")  # as a form sends it
    assert ob.version == 2


@pytest.mark.parametrize("change", [
    {"kind": "action"}, {"due_on_override": dt.date(2018, 7, 1)},
    {"deadline": {"kind": "date", "date": "2018-11-15", "text": "by 15 November"}},
])
def test_a_review_that_moves_the_due_date_is_one_write_one_version(db, world, change):
    """The due date is recomputed inside the review: the corrections so far must not be flushed
    as a version of their own, or ``changes_since`` (one write per version) would report a write
    the reader had already seen."""
    ob = world["ob"]
    svc.change_status(db, ob, "in_progress", actor=world["officer"], now=NOW, comment="seen")
    svc.review_obligation(db, ob, actor=world["admin"], now=NOW + dt.timedelta(hours=1), today=TODAY,
                          comment="review", **change)
    assert ob.version == 3 and ob.due_on != dt.date(2018, 9, 18)
    assert {c["comment"] for c in svc.changes_since(db, ob.id, 2)} - {ob.due_derivation} == {"review"}


def test_the_refusal_says_what_changed_and_the_version_it_is_now(db, world):
    ob = world["ob"]
    svc.change_status(db, ob, "in_progress", actor=world["officer"], now=NOW, comment="started")
    with pytest.raises(svc.StaleObligation) as info:
        svc.change_status(db, ob, "completed", actor=world["admin"], now=NOW, evidence="A/73/1",
                          expected_version=1)
    error = info.value
    assert str(error) == f"obligation {ob.id} changed since version 1 (now 2)"
    assert error.code == "stale_obligation"
    assert error.details() == {"current_version": 2, "changes": [{
        "at": NOW, "actor": "Otto Officer", "field": "status", "old": "not_started", "new": "in_progress",
        "comment": "started"}]}
    bare = svc.StaleObligation(ob.id, 3, None)
    assert bare.changes == [] and bare.details() == {"changes": [], "current_version": None}


def test_changes_since_lists_each_later_write_whole_oldest_first(db, world):
    """A review writes several history entries in one call; they come back together, in order,
    and only the writes after the version asked about."""
    ob = world["ob"]
    t1, t2, t3 = NOW, NOW + dt.timedelta(minutes=1), NOW + dt.timedelta(minutes=2)
    svc.change_status(db, ob, "in_progress", actor=world["officer"], now=t1, comment="v2")
    svc.review_obligation(db, ob, actor=world["admin"], now=t2, today=TODAY, deliverable="a report",
                          kind="action", comment="v3")
    svc.change_status(db, ob, "ongoing", actor=world["officer"], now=t3, comment="v4")
    assert ob.version == 4
    since_2 = svc.changes_since(db, ob.id, 2)
    assert [(c["at"], c["actor"], c["field"]) for c in since_2] == [
        (t2, "Ada Admin", "kind"), (t2, "Ada Admin", "deliverable"), (t2, "Ada Admin", "due_on"),
        (t2, "Ada Admin", "reviewed"), (t3, "Otto Officer", "status")]
    assert [c["comment"] for c in since_2] == ["v3", "v3", ob.history[3].comment, "v3", "v4"]
    assert [(c["old"], c["new"]) for c in since_2][1] == (None, "a report")
    since_1 = svc.changes_since(db, ob.id, 1)
    assert [c["field"] for c in since_1] == ["status", *[c["field"] for c in since_2]]
    assert [c["field"] for c in svc.changes_since(db, ob.id, 3)] == ["status"]


def test_the_same_moment_by_two_people_is_two_writes(db, world):
    ob = world["ob"]
    svc.change_status(db, ob, "in_progress", actor=world["officer"], now=NOW, comment="one")
    svc.change_status(db, ob, "ongoing", actor=world["admin"], now=NOW, comment="two")
    assert [c["comment"] for c in svc.changes_since(db, ob.id, 2)] == ["two"]
    assert [c["comment"] for c in svc.changes_since(db, ob.id, 1)] == ["one", "two"]


def test_nothing_changed_since_the_current_version_or_a_later_one(db, world):
    ob = world["ob"]
    svc.change_status(db, ob, "in_progress", actor=world["officer"], now=NOW)
    assert svc.changes_since(db, ob.id, 2) == []
    assert svc.changes_since(db, ob.id, 3) == []
    assert svc.changes_since(db, ob.id + 1000, 0) == []


@pytest.mark.parametrize("kind", WRITES)
def test_two_concurrent_writers_the_second_is_refused_at_flush(db_factory, db, world, kind):
    """Both read version 1; the first commits; the second's write is refused (``expected`` says
    which version it was based on, so the page can show what changed since) and the first stays."""
    ob_id = world["ob"].id
    db.commit()
    first, second = db_factory(), db_factory()
    try:
        a, b = first.get(Obligation, ob_id), second.get(Obligation, ob_id)
        b.owners, b.history, b.items  # noqa: B018 - loaded before the other writer commits
        svc.change_status(first, a, "ongoing", actor=world["officer"], now=NOW, comment="first",
                          expected_version=1)
        first.commit()
        with pytest.raises(svc.StaleObligation) as info:
            _write(kind, second, b, world, expected_version=1, now=NOW + dt.timedelta(hours=1))
        assert (info.value.obligation_id, info.value.expected, info.value.current) == (ob_id, 1, None)
        second.rollback()
    finally:
        first.close()
        second.close()
    with db_factory() as check:
        ob = check.get(Obligation, ob_id)
        assert ob.version == 2 and ob.status == "ongoing" and not ob.deliverable and len(ob.owners) == 1
        assert [h.comment for h in check.scalars(select(HistoryEntry)
                                                 .where(HistoryEntry.obligation_id == ob_id))] == ["first"]
