"""Status changes: each one is history (who, when, why, with which evidence) and an audit entry;
nothing is written for a change that changes nothing; bulk changes and agenda confirmations are
all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tracker.models import AuditEntry, Evidence, Obligation, Paragraph
from tracker.services import obligations as svc
from tracker.services.actors import Actor, PermissionDenied

NOW = dt.datetime(2018, 3, 1, 9, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(days=2)


@pytest.fixture
def people(db):
    sg = gen_entity(db, "Secretary-General")
    officer = gen_user(db, "officer@un.org", role="officer", name="Otto Officer", entities=[sg])
    admin = gen_user(db, "admin@un.org", role="admin", name="Ada Admin")
    return {"sg": sg, "officer": Actor.for_user(officer, ip="10.0.0.9"), "admin": Actor.for_user(admin)}


def _audit(db, action):
    return db.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


def test_a_status_change_is_history_evidence_and_audit_with_who_and_when(db, people):
    officer = people["officer"]
    ob = gen_obligation(db, owners=[people["sg"]],
                        status_changed_at=dt.datetime(2017, 1, 1, tzinfo=dt.UTC))
    entry = svc.change_status(db, ob, "completed", actor=officer, now=NOW, comment="  done  ",
                              evidence="A/73/123\nhttps://undocs.org/A/73/123")
    assert (entry.at, entry.user_id, entry.actor, entry.field, entry.old_value, entry.new_value,
            entry.comment) == (NOW, officer.user_id, "Otto Officer", "status", "not_started", "completed",
                               "done")
    assert [(e.kind, e.value, e.added_at, e.added_by_id, e.history_entry) for e in ob.evidence] == [
        ("symbol", "A/73/123", NOW, officer.user_id, entry),
        ("link", "https://undocs.org/A/73/123", NOW, officer.user_id, entry)]
    assert ob.status == "completed" and ob.status_changed_at == NOW and ob.updated_at == NOW
    [audit] = _audit(db, "change_status")
    assert (audit.target_type, audit.target_id, audit.user_id, audit.ip) == (
        "obligations", str(ob.id), officer.user_id, "10.0.0.9")
    assert audit.details == {"old": "not_started", "new": "completed", "comment": "done",
                             "evidence": ["A/73/123", "https://undocs.org/A/73/123"], "version": 2}


def test_a_change_that_changes_nothing_writes_nothing(db, people):
    ob = gen_obligation(db, owners=[people["sg"]], status="in_progress")
    assert svc.change_status(db, ob, "in_progress", actor=people["officer"], now=NOW, comment="   ",
                             evidence=" ") is None
    assert ob.version == 1 and ob.history == [] and _audit(db, "change_status") == []


def test_a_comment_on_the_same_status_is_a_comment_and_keeps_the_status_date(db, people):
    since = dt.datetime(2018, 1, 5, tzinfo=dt.UTC)
    ob = gen_obligation(db, owners=[people["sg"]], status="in_progress", status_changed_at=since)
    entry = svc.change_status(db, ob, "in_progress", actor=people["officer"], now=NOW, comment="draft sent")
    assert (entry.field, entry.old_value, entry.new_value, entry.comment) == (
        "comment", "in_progress", "in_progress", "draft sent")
    assert ob.status_changed_at.replace(tzinfo=dt.UTC) == since and ob.updated_at == NOW and ob.version == 2


def test_evidence_alone_on_the_same_status_is_recorded_once(db, people):
    ob = gen_obligation(db, owners=[people["sg"]], status="in_progress")
    first = svc.change_status(db, ob, "in_progress", actor=people["officer"], now=NOW, evidence="A/73/1")
    assert first.field == "comment" and first.comment is None
    again = svc.change_status(db, ob, "in_progress", actor=people["officer"], now=LATER,
                              evidence="A/73/1, A/73/2")
    assert [(e.value, e.history_entry) for e in ob.evidence] == [("A/73/1", first), ("A/73/2", again)]
    assert db.scalar(select(Evidence).where(Evidence.value == "A/73/1")).added_at == NOW


def test_evidence_given_again_on_the_same_status_is_no_change(db, people):
    """A form sent again with the evidence already recorded (and no comment) writes nothing: no
    empty comment in the history, no new version, no audit entry, and a bulk change says so."""
    ob = gen_obligation(db, owners=[people["sg"]], status="in_progress")
    svc.change_status(db, ob, "in_progress", actor=people["officer"], now=NOW, evidence="A/73/1")
    assert svc.change_status(db, ob, "in_progress", actor=people["officer"], now=LATER,
                             evidence="A/73/1", expected_version=2) is None
    assert ob.version == 2 and len(ob.history) == 1 and len(_audit(db, "change_status")) == 1
    assert svc.bulk_change_status(db, [ob.id], "in_progress", actor=people["officer"], now=LATER,
                                  evidence="A/73/1") == []
    assert ob.version == 2 and len(ob.history) == 1 and [e.value for e in ob.evidence] == ["A/73/1"]


def test_evidence_already_recorded_lets_an_obligation_be_completed(db, people):
    ob = gen_obligation(db, owners=[people["sg"]])
    svc.change_status(db, ob, "in_progress", actor=people["officer"], now=NOW, evidence="A/73/1")
    assert svc.change_status(db, ob, "completed", actor=people["officer"], now=LATER) is not None
    assert ob.status == "completed" and [e.value for e in ob.evidence] == ["A/73/1"]


def test_completing_without_evidence_is_refused_for_the_evidence_field(db, people):
    ob = gen_obligation(db, owners=[people["sg"]])
    with pytest.raises(svc.ObligationError) as info:
        svc.change_status(db, ob, "completed", actor=people["officer"], now=NOW, comment="done")
    assert str(info.value) == ("Completing an obligation needs evidence: a document symbol "
                               "(such as A/73/123) or a link.")
    assert (info.value.code, info.value.field) == ("evidence_required", "evidence")
    assert ob.version == 1 and ob.history == []


def test_an_unknown_status_is_refused_for_the_status_field(db, people):
    ob = gen_obligation(db, owners=[people["sg"]])
    with pytest.raises(svc.ObligationError) as info:
        svc.change_status(db, ob, "finished", actor=people["officer"], now=NOW)
    assert (str(info.value), info.value.code, info.value.field) == (
        "Unknown status 'finished'.", "unknown_status", "status")
    assert ob.status == "not_started" and ob.history == []


def test_a_refused_update_names_who_and_which_obligation(db, people):
    ob = gen_obligation(db)  # nobody's: only an admin may update it
    with pytest.raises(PermissionDenied) as info:
        svc.change_status(db, ob, "in_progress", actor=people["officer"], now=NOW)
    assert str(info.value) == f"Otto Officer may not update obligation {ob.id}"


def test_completing_a_recurring_mandate_audits_the_next_occurrence_once(db, people):
    ob = gen_obligation(db, owners=[people["sg"]], due_on=dt.date(2017, 11, 21),
                        deadlines=[{"kind": "recurring", "every": "P1Y", "text": "annually"}],
                        recurrence="P1Y")
    svc.change_status(db, ob, "completed", actor=people["officer"], now=NOW, evidence="A/72/500")
    svc.change_status(db, ob, "completed", actor=people["officer"], now=LATER, evidence="A/72/501")
    [audit] = _audit(db, "next_occurrence")
    following = db.scalars(select(Obligation).where(Obligation.paragraph_id == ob.paragraph_id,
                                                    Obligation.occurrence == 2)).one()
    assert (audit.target_id, audit.details, audit.user_id) == (
        str(following.id), {"after": ob.id, "occurrence": 2}, people["officer"].user_id)
    assert following.due_on == dt.date(2018, 11, 21)
    [created] = following.history  # by whoever completed the one before, on that day
    assert (created.field, created.actor, created.user_id) == (
        "created", "Otto Officer", people["officer"].user_id)
    assert created.comment.endswith("(today 2018-03-01)")


def test_a_recurring_mandate_taken_up_has_no_next_occurrence_yet(db, people):
    ob = gen_obligation(db, owners=[people["sg"]], due_on=dt.date(2017, 11, 21),
                        deadlines=[{"kind": "recurring", "every": "P1Y", "text": "annually"}],
                        recurrence="P1Y")
    svc.change_status(db, ob, "in_progress", actor=people["officer"], now=NOW)
    assert db.scalar(select(Obligation).where(Obligation.occurrence == 2)) is None
    assert _audit(db, "next_occurrence") == []


def test_completing_an_obligation_that_does_not_recur_creates_nothing(db, people):
    ob = gen_obligation(db, owners=[people["sg"]], due_on=dt.date(2017, 11, 21))
    svc.change_status(db, ob, "completed", actor=people["officer"], now=NOW, evidence="A/72/500")
    assert db.scalar(select(Obligation).where(Obligation.occurrence == 2)) is None
    assert _audit(db, "next_occurrence") == []


def test_bulk_changes_the_selected_once_each_and_says_which_changed(db, people):
    res = gen_resolution(db)
    a = gen_obligation(db, res, owners=[people["sg"]])
    b = gen_obligation(db, res, owners=[people["sg"]], status="in_progress")
    c = gen_obligation(db, res, owners=[people["sg"]])
    changed = svc.bulk_change_status(db, [str(c.id), a.id, b.id, a.id], "in_progress",
                                     actor=people["officer"], now=NOW, comment=None, evidence="A/73/5")
    assert [o.id for o in changed] == [a.id, b.id, c.id]  # b gains the evidence
    assert [e.value for e in b.evidence] == ["A/73/5"] and b.history[0].field == "comment"
    assert [len(o.history) for o in (a, b, c)] == [1, 1, 1]
    [audit] = _audit(db, "bulk_change_status")
    assert audit.target_type is None and audit.details == {
        "status": "in_progress", "obligations": [a.id, b.id, c.id], "changed": [a.id, b.id, c.id]}
    again = svc.bulk_change_status(db, [a.id, b.id], "in_progress", actor=people["officer"], now=LATER)
    assert again == [] and _audit(db, "bulk_change_status")[-1].details["changed"] == []


def test_bulk_with_a_comment_changes_even_those_already_in_that_status(db, people):
    res = gen_resolution(db)
    a = gen_obligation(db, res, owners=[people["sg"]], status="in_progress")
    changed = svc.bulk_change_status(db, [a.id], "in_progress", actor=people["officer"], now=NOW,
                                     comment="checked")
    assert changed == [a] and a.history[0].comment == "checked"


def test_bulk_refuses_an_empty_selection_and_a_missing_obligation(db, people):
    ob = gen_obligation(db, owners=[people["sg"]])
    with pytest.raises(svc.ObligationError) as info:
        svc.bulk_change_status(db, [], "in_progress", actor=people["officer"], now=NOW)
    assert (str(info.value), info.value.code, info.value.field) == (
        "Select at least one obligation.", "nothing_selected", "ids")
    with pytest.raises(svc.ObligationError) as info:
        svc.bulk_change_status(db, [ob.id, ob.id + 1000], "in_progress", actor=people["officer"], now=NOW)
    assert (str(info.value), info.value.code, info.value.field) == (
        "Some of the selected obligations no longer exist.", "missing_obligations", "ids")
    assert ob.status == "not_started" and _audit(db, "bulk_change_status") == []


def test_bulk_refuses_them_all_when_one_may_not_change(db, people):
    """The refusal comes before any change: a completion without evidence stops the rest too."""
    res = gen_resolution(db)
    with_evidence = gen_obligation(db, res, owners=[people["sg"]])
    svc.change_status(db, with_evidence, "in_progress", actor=people["officer"], now=NOW, evidence="A/73/1")
    nobody = gen_obligation(db, res)
    with pytest.raises(PermissionDenied, match=f"update obligation {nobody.id}$"):
        svc.bulk_change_status(db, [with_evidence.id, nobody.id], "completed", actor=people["officer"],
                               now=LATER)
    assert with_evidence.status == "in_progress" and nobody.status == "not_started"


# --------------------------------------------------------------------------- agenda items


@pytest.fixture
def agenda(db):
    """Two resolutions with agenda items for GA 81 (and others that are not waiting for it)."""
    late = gen_resolution(db, "A/RES/80/9", session=80)
    early = gen_resolution(db, "A/RES/80/2", session=80)
    at_81 = {"kind": "agenda", "deadline_body": "GA", "deadline_session": 81}
    first = Paragraph(resolution=early, kind="operative", number="1", eid="para_1", position=1,
                      text="Decides to include in the provisional agenda of its eighty-first session …;")
    db.add(first)
    db.flush()
    items = {
        "late_1": gen_obligation(db, late, **at_81),
        "early_2": gen_obligation(db, early, number="2", **at_81),
        "late_2": gen_obligation(db, late, status="in_progress", **at_81),
    }
    # recorded after paragraph 2's, so only the order by paragraph puts it first
    items["early_1"] = Obligation(resolution=early, paragraph=first, action="decides", status="not_started",
                                  **at_81)
    db.add(items["early_1"])
    db.flush()
    gen_obligation(db, early, number="3", **{**at_81, "status": "completed"})
    gen_obligation(db, early, number="4", **{**at_81, "status": "ongoing"})
    gen_obligation(db, early, number="5", **{**at_81, "kind": "report"})
    gen_obligation(db, early, number="6", **{**at_81, "deadline_session": 82})
    gen_obligation(db, early, number="7", **{**at_81, "deadline_body": "HRC"})
    return items


def test_the_agenda_items_waiting_are_the_sessions_open_ones_in_resolution_order(db, agenda):
    waiting = svc.open_agenda_items(db, "GA", 81)
    assert [o.id for o in waiting] == [agenda[k].id for k in ("late_1", "late_2", "early_1", "early_2")]


def test_confirming_an_agenda_completes_each_waiting_item_with_its_symbol(db, agenda):
    admin = Actor.system("cli")
    confirmed = svc.confirm_agenda_items(db, "GA", 81, evidence="A/81/251", actor=admin, now=NOW)
    assert {o.id for o in confirmed} == {o.id for o in agenda.values()}
    for ob in agenda.values():
        assert ob.status == "completed" and [e.value for e in ob.evidence] == ["A/81/251"]
        assert [(h.field, h.comment) for h in ob.history] == [("status", "on the agenda of GA 81")]
    assert svc.open_agenda_items(db, "GA", 81) == []
    with pytest.raises(svc.ObligationError,
                       match="^no agenda item of this session is waiting for confirmation$"):
        svc.confirm_agenda_items(db, "GA", 81, evidence="A/81/251", actor=admin, now=NOW)


def test_confirming_some_agenda_items_leaves_the_others_waiting(db, agenda):
    admin = Actor.system("cli")
    chosen = [str(agenda["early_2"].id), agenda["late_2"].id]
    confirmed = svc.confirm_agenda_items(db, "GA", 81, evidence="A/81/251", actor=admin, now=NOW,
                                         obligation_ids=chosen)
    assert {o.id for o in confirmed} == {agenda["early_2"].id, agenda["late_2"].id}
    assert {o.id for o in svc.open_agenda_items(db, "GA", 81)} == {agenda["early_1"].id, agenda["late_1"].id}
    with pytest.raises(svc.ObligationError, match="no agenda item"):
        svc.confirm_agenda_items(db, "GA", 81, evidence="A/81/251", actor=admin, now=NOW,
                                 obligation_ids=[agenda["early_2"].id])


def test_confirming_an_agenda_needs_its_symbol(db, agenda):
    for evidence in ("", " , "):
        with pytest.raises(svc.ObligationError,
                           match=r"^give the agenda's symbol \(such as A/81/251\) as evidence$"):
            svc.confirm_agenda_items(db, "GA", 81, evidence=evidence, actor=Actor.system("cli"), now=NOW)
    assert all(ob.status != "completed" for ob in agenda.values())
