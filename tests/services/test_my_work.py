""""My work": an officer's obligations, most urgent first (overdue, due within 30 days, no update
for 60 days, the rest), filtered as asked; and publishing an imported resolution."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tracker.models import AuditEntry
from tracker.services import obligations as svc
from tracker.services.actors import Actor, PermissionDenied

TODAY = dt.date(2018, 9, 1)
NOW = dt.datetime(2018, 9, 1, 9, 0, tzinfo=dt.UTC)


def _changed(days_ago: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12), tzinfo=dt.UTC)


@pytest.mark.parametrize("fields, expected", [
    ({"due_on": TODAY - dt.timedelta(days=1)}, (0, "overdue")),
    ({"due_on": TODAY}, (1, "due_soon")),
    ({"due_on": TODAY + dt.timedelta(days=30)}, (1, "due_soon")),
    ({"due_on": TODAY + dt.timedelta(days=31), "status_changed_at": _changed(59)}, (3, "")),
    ({"due_on": TODAY + dt.timedelta(days=31), "status_changed_at": _changed(60)}, (2, "no_update")),
    ({"status": "in_progress", "status_changed_at": _changed(400)}, (2, "no_update")),
    ({"status": "ongoing", "status_changed_at": _changed(400)}, (3, "")),
    ({"status": "completed", "due_on": TODAY - dt.timedelta(days=1), "status_changed_at": _changed(400)},
     (3, "")),
])
def test_urgency_overdue_then_due_within_30_days_then_60_days_without_update(db, fields, expected):
    ob = gen_obligation(db, **{"status_changed_at": _changed(0), **fields})
    assert svc.urgency(ob, TODAY) == expected


def test_urgency_of_an_open_obligation_never_changed_is_no_update():
    ob = svc.Obligation(kind="report", status="not_started", due_on=None, status_changed_at=None)
    assert svc.urgency(ob, TODAY) == (2, "no_update")


@pytest.fixture
def desk(db):
    sg = gen_entity(db, "Secretary-General")
    other = gen_entity(db, "UNODC")
    officer = gen_user(db, "officer@un.org", role="officer", entities=[sg])
    admin = gen_user(db, "admin@un.org", role="admin")
    b = gen_resolution(db, "A/RES/72/2")
    a = gen_resolution(db, "A/RES/72/1")
    recent = _changed(0)
    obs = {
        "overdue": gen_obligation(db, b, owners=[sg], due_on=TODAY - dt.timedelta(days=5)),
        "soon_b": gen_obligation(db, b, owners=[sg], due_on=TODAY + dt.timedelta(days=10)),
        "soon_a2": gen_obligation(db, a, number="2", owners=[sg], due_on=TODAY + dt.timedelta(days=10)),
        "soon_a1": gen_obligation(db, a, number="1", owners=[sg], due_on=TODAY + dt.timedelta(days=10)),
        "later": gen_obligation(db, a, owners=[sg], due_on=TODAY + dt.timedelta(days=200),
                                status_changed_at=recent),
        "undated": gen_obligation(db, a, owners=[sg], status_changed_at=recent, kind="mandate"),
        "ongoing": gen_obligation(db, b, owners=[sg], status="ongoing", status_changed_at=recent,
                                  due_on=TODAY + dt.timedelta(days=100)),
        "done": gen_obligation(db, b, owners=[sg], status="completed", due_on=TODAY - dt.timedelta(days=9)),
        "not_mine": gen_obligation(db, a, owners=[other], due_on=TODAY - dt.timedelta(days=9)),
    }
    obs["soon_a2"].paragraph.position = 50  # after soon_a1's paragraph, though created before it
    db.flush()
    return {"officer": Actor.for_user(officer), "admin": Actor.for_user(admin), "a": a, "b": b, **obs}


def _names(desk, work):
    by_id = {v.id: k for k, v in desk.items() if hasattr(v, "paragraph_id")}
    return [by_id[w.obligation.id] for w in work]


def test_my_work_is_most_urgent_first_then_by_due_date_resolution_and_paragraph(db, desk):
    work = svc.list_my_work(db, desk["officer"], TODAY)
    assert _names(desk, work) == ["overdue", "soon_a1", "soon_a2", "soon_b", "ongoing", "later", "undated"]
    assert [(w.rank, w.reason) for w in work][:2] == [(0, "overdue"), (1, "due_soon")]


def test_my_work_lists_every_occurrence_in_order(db, desk):
    ob = desk["later"]
    second = gen_obligation(db, desk["a"], due_on=ob.due_on, status_changed_at=ob.status_changed_at,
                            owners=list(ob.owners))
    second.paragraph, second.occurrence = ob.paragraph, 2
    db.flush()
    work = svc.list_my_work(db, desk["officer"], TODAY)
    assert [w.obligation.id for w in work if w.obligation.due_on == ob.due_on] == [ob.id, second.id]


def test_an_admin_sees_everyones_work(db, desk):
    assert "not_mine" in _names(desk, svc.list_my_work(db, desk["admin"], TODAY))


def test_closed_work_is_left_out_unless_asked_for(db, desk):
    assert "done" in _names(desk, svc.list_my_work(db, desk["officer"], TODAY, include_closed=True))
    assert _names(desk, svc.list_my_work(db, desk["officer"], TODAY, statuses=["completed", "ongoing"])) == [
        "done", "ongoing"]


def test_my_work_by_kind_resolution_and_due_within(db, desk):
    assert _names(desk, svc.list_my_work(db, desk["officer"], TODAY, kinds=["mandate"])) == ["undated"]
    assert _names(desk, svc.list_my_work(db, desk["officer"], TODAY, resolution_id=desk["b"].id)) == [
        "overdue", "soon_b", "ongoing"]
    assert _names(desk, svc.list_my_work(db, desk["officer"], TODAY, due_within=10)) == [
        "overdue", "soon_a1", "soon_a2", "soon_b"]
    assert _names(desk, svc.list_my_work(db, desk["officer"], TODAY, due_within=9)) == ["overdue"]


def test_publishing_a_resolution_is_audited_once(db):
    resolution = gen_resolution(db, "A/RES/72/9", published=False)
    admin = Actor.system("cli")
    assert svc.publish_resolution(db, resolution, actor=admin, now=NOW)
    assert resolution.published_at == NOW
    assert not svc.publish_resolution(db, resolution, actor=admin, now=NOW + dt.timedelta(days=1))
    assert resolution.published_at == NOW
    [audit] = db.scalars(select(AuditEntry).where(AuditEntry.action == "publish_resolution")).all()
    assert (audit.target_type, audit.target_id, audit.actor, audit.details) == (
        "resolutions", str(resolution.id), "cli", {"symbol": "A/RES/72/9"})


def test_publishing_needs_the_import_right(db):
    resolution = gen_resolution(db, published=False)
    officer = Actor.for_user(gen_user(db, "officer@un.org", role="officer", name="Otto Officer"))
    with pytest.raises(PermissionDenied) as info:
        svc.publish_resolution(db, resolution, actor=officer, now=NOW)
    assert str(info.value) == "Otto Officer may not publish resolutions" and resolution.published_at is None
