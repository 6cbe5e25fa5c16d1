"""The officer's services: status with evidence, optimistic locking, review, items, owners, my work."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tracker.models import AuditEntry, HistoryEntry, Obligation, ObligationItem, Paragraph
from tracker.services import obligations as svc
from tracker.services.actors import Actor, PermissionDenied

NOW = dt.datetime(2018, 3, 1, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


@pytest.fixture
def world(db):
    sg = gen_entity(db, "Secretary-General")
    interpol = gen_entity(db, "INTERPOL")
    officer = gen_user(db, "officer@un.org", role="officer", entities=[sg])
    other = gen_user(db, "other@un.org", role="officer", entities=[interpol], can_import=True)
    delegation = gen_user(db, "delegation@mission.org", role="delegation")
    admin = gen_user(db, "admin@un.org", role="admin")
    ob = gen_obligation(db, owners=[sg], due_on=dt.date(2018, 9, 18))
    return {"sg": sg, "interpol": interpol, "ob": ob,
            "officer": Actor.for_user(officer, ip="10.0.0.1"), "other": Actor.for_user(other),
            "delegation": Actor.for_user(delegation), "admin": Actor.for_user(admin)}


@pytest.mark.parametrize("value", ["A/73/123", "A/RES/71/19", "S/2024/5", "A/HRC/55/3", "A/C.3/78/L.5",
                                   "A/73/123/Add.1", "S/RES/2682 (2023)", "E/2024/50", "A/71/L.17"])
def test_document_symbols_are_accepted(value):
    assert svc.parse_evidence(value) == [("symbol", value)]


@pytest.mark.parametrize("value", ["A/73/xxx", "A/73/", "hello", "A//73", "a/73/123", "RES", "A/RES",
                                   "javascript:alert(1)", "ftp://example.org/x", "http://localhost"])
def test_evidence_that_is_neither_a_symbol_nor_a_link_is_refused(value):
    with pytest.raises(svc.ObligationError, match="(?i)not a document symbol"):
        svc.parse_evidence(value)


def test_evidence_splits_lines_and_commas_and_keeps_links():
    text = "A/73/123, https://undocs.org/A/73/123\nS/RES/2682 (2023); A/73/123"
    assert svc.parse_evidence(text) == [
        ("symbol", "A/73/123"), ("link", "https://undocs.org/A/73/123"), ("symbol", "S/RES/2682 (2023)"),
    ]


def test_change_status_records_history_evidence_and_audit(db, world):
    ob = world["ob"]
    svc.change_status(db, ob, "in_progress", actor=world["officer"], now=NOW, comment="drafting",
                      expected_version=1)
    svc.change_status(db, ob, "completed", actor=world["officer"], now=NOW + dt.timedelta(hours=1),
                      evidence="A/73/123", expected_version=2)
    db.flush()
    assert ob.status == "completed" and ob.version == 3
    history = db.scalars(select(HistoryEntry).where(HistoryEntry.obligation_id == ob.id)
                         .order_by(HistoryEntry.id)).all()
    assert [(h.field, h.old_value, h.new_value) for h in history] == [
        ("status", "not_started", "in_progress"), ("status", "in_progress", "completed")]
    assert history[0].comment == "drafting"
    assert [(e.kind, e.value) for e in history[1].evidence] == [("symbol", "A/73/123")]
    audit = db.scalars(select(AuditEntry).where(AuditEntry.action == "change_status")).all()
    assert len(audit) == 2 and audit[0].ip == "10.0.0.1" and audit[0].actor == world["officer"].name


def test_completed_requires_evidence(db, world):
    with pytest.raises(svc.ObligationError, match="evidence"):
        svc.change_status(db, world["ob"], "completed", actor=world["officer"], now=NOW)
    assert world["ob"].status == "not_started"


def test_stale_version_is_refused_with_what_changed(db, world):
    ob = world["ob"]
    svc.change_status(db, ob, "in_progress", actor=world["admin"], now=NOW, comment="started")
    with pytest.raises(svc.StaleObligation) as info:
        svc.change_status(db, ob, "not_applicable", actor=world["officer"], now=NOW, expected_version=1)
    assert info.value.expected == 1 and info.value.current == 2
    assert [(c["field"], c["old"], c["new"], c["comment"]) for c in info.value.changes] == [
        ("status", "not_started", "in_progress", "started")]
    assert ob.status == "in_progress"


def test_concurrent_writer_is_caught_at_flush(db_factory, world, db):
    ob_id = world["ob"].id
    db.commit()
    first, second = db_factory(), db_factory()
    a, b = first.get(Obligation, ob_id), second.get(Obligation, ob_id)
    svc.change_status(first, a, "in_progress", actor=world["admin"], now=NOW, expected_version=1)
    first.commit()
    with pytest.raises(svc.StaleObligation):  # both read version 1; the second write loses
        svc.change_status(second, b, "not_applicable", actor=world["admin"], now=NOW, expected_version=1)
    second.rollback()
    first.close()
    second.close()


@pytest.mark.parametrize("who", ["other", "delegation"])
def test_only_owners_officers_and_admins_change_status(db, world, who):
    with pytest.raises(PermissionDenied):
        svc.change_status(db, world["ob"], "in_progress", actor=world[who], now=NOW)
    assert svc.change_status(db, world["ob"], "in_progress", actor=world["admin"], now=NOW) is not None


def test_completing_a_recurring_mandate_creates_the_next_occurrence(db, world):
    ob = world["ob"]
    ob.deadlines = [{"kind": "recurring", "every": "P1Y", "text": "annually"}]
    ob.recurrence = "P1Y"
    ob.due_on = dt.date(2017, 11, 21)
    db.flush()
    svc.change_status(db, ob, "completed", actor=world["officer"], now=NOW, evidence="A/72/500")
    following = db.scalar(select(Obligation).where(Obligation.paragraph_id == ob.paragraph_id,
                                                   Obligation.occurrence == 2))
    assert following is not None and following.due_on == dt.date(2018, 11, 21)
    assert following.status == "not_started" and [e.name for e in following.owners] == ["Secretary-General"]


def test_review_records_each_field_and_marks_them_reviewed(db, world):
    ob = world["ob"]
    result = svc.review_obligation(
        db, ob, actor=world["admin"], now=NOW, today=TODAY, kind="action",
        owners=[world["sg"], world["interpol"]], deliverable="a report",
        deadline=svc.make_deadline("session", body="GA", session=73, text="at its seventy-third session"),
        comment="checked", expected_version=1,
    )
    assert result.changed == ["kind", "owners", "deliverable", "deadline", "reviewed"]
    assert set(ob.reviewed_fields) == {"kind", "owners", "deliverable", "deadline"}
    assert ob.deadline_body == "GA" and ob.deadline_session == 73
    assert ob.due_on == dt.date(2018, 9, 18) and "73" in ob.due_derivation
    assert ob.reviewed_at == NOW and not ob.needs_review
    fields = [h.field for h in ob.history]
    assert fields[:4] == ["kind", "owners", "deliverable", "deadline"]


def test_due_date_override_wins_and_is_history(db, world):
    ob = world["ob"]
    svc.review_obligation(db, ob, actor=world["admin"], now=NOW, today=TODAY,
                          due_on_override=dt.date(2018, 7, 1))
    assert ob.due_on == dt.date(2018, 7, 1) and "due_on" in ob.reviewed_fields
    assert {"due_on_override", "due_on"} <= {h.field for h in ob.history}


def test_review_needs_the_import_right(db, world):
    with pytest.raises(PermissionDenied):
        svc.review_obligation(db, world["ob"], actor=world["officer"], now=NOW, today=TODAY, kind="action")


def test_review_of_another_entitys_obligation_needs_an_import_right_for_it(db, world):
    """``other`` imports for INTERPOL: the Secretary-General's obligation is not theirs to review
    (nor to move to INTERPOL and then update)."""
    with pytest.raises(PermissionDenied):
        svc.review_obligation(db, world["ob"], actor=world["other"], now=NOW, today=TODAY,
                              owners=[world["interpol"]])
    mine = gen_obligation(db, world["ob"].resolution, owners=[world["interpol"]])
    unowned = gen_obligation(db, world["ob"].resolution)
    for ob in (mine, unowned):
        result = svc.review_obligation(db, ob, actor=world["other"], now=NOW, today=TODAY, kind="action")
        assert result.changed


@pytest.mark.parametrize("kwargs, message", [
    ({"kind": "session", "body": "GA"}, "session number"),
    ({"kind": "session", "session": 73}, "unknown body"),
    ({"kind": "session", "body": "SC", "session": 3}, "no sessions"),
    ({"kind": "date"}, "needs the date"),
    ({"kind": "recurring", "every": "yearly"}, "ISO 8601"),
    ({"kind": "bogus"}, "unknown deadline kind"),
])
def test_make_deadline_refuses_incomplete_input(kwargs, message):
    fields = dict(kwargs)  # the parameters are shared: a second run in one process (mutmut) sees them
    kind = fields.pop("kind")
    with pytest.raises(svc.ObligationError, match="(?i)" + message):
        svc.make_deadline(kind, **fields)


def test_tick_item_and_assign_owner(db, world):
    ob = world["ob"]
    sub = Paragraph(resolution=ob.resolution, parent=ob.paragraph, kind="subparagraph", number="a",
                    eid="para_1__point_a", position=99, text="(a) the first thing;")
    item = ObligationItem(obligation=ob, paragraph=sub, label="a", position=1)
    db.add_all([sub, item])
    db.flush()
    assert svc.tick_item(db, item, True, actor=world["officer"], now=NOW, expected_version=1)
    assert item.is_done and ob.version == 2
    assert not svc.tick_item(db, item, True, actor=world["officer"], now=NOW)
    with pytest.raises(PermissionDenied):
        svc.assign_owner(db, ob, world["interpol"], actor=world["officer"], now=NOW)
    with pytest.raises(PermissionDenied):  # an importer, but for INTERPOL, not the owner
        svc.assign_owner(db, ob, world["interpol"], actor=world["other"], now=NOW)
    assert svc.assign_owner(db, ob, world["interpol"], actor=world["admin"], now=NOW)
    assert {e.name for e in ob.owners} == {"Secretary-General", "INTERPOL"} and "owners" in ob.reviewed_fields


def test_bulk_is_all_or_nothing(db, world):
    mine = gen_obligation(db, world["ob"].resolution, owners=[world["sg"]])
    theirs = gen_obligation(db, world["ob"].resolution, owners=[world["interpol"]])
    with pytest.raises(PermissionDenied):
        svc.bulk_change_status(db, [mine.id, theirs.id], "in_progress", actor=world["officer"], now=NOW)
    assert mine.status == "not_started"
    changed = svc.bulk_change_status(db, [mine.id, world["ob"].id], "in_progress", actor=world["officer"],
                                     now=NOW, comment="batch")
    assert {o.id for o in changed} == {mine.id, world["ob"].id}


def test_my_work_sorts_by_urgency(db, world):
    res = gen_resolution(db)
    today = dt.date(2018, 9, 1)
    overdue = gen_obligation(db, res, owners=[world["sg"]], due_on=dt.date(2018, 8, 1))
    soon = gen_obligation(db, res, owners=[world["sg"]], due_on=dt.date(2018, 9, 10))
    later = gen_obligation(db, res, owners=[world["sg"]], due_on=dt.date(2019, 9, 10),
                           status_changed_at=dt.datetime(2018, 8, 30, tzinfo=dt.UTC))
    gen_obligation(db, res, owners=[world["interpol"]], due_on=dt.date(2018, 1, 1))
    work = svc.list_my_work(db, world["officer"], today)
    assert [w.obligation.id for w in work][:2] == [overdue.id, soon.id]
    assert [w.reason for w in work][:2] == ["overdue", "due_soon"]
    assert work[-1].obligation.id == later.id and work[-1].reason == ""
    assert all(world["sg"] in w.obligation.owners for w in work)
    assert svc.list_my_work(db, world["delegation"], today) == []


def test_a_reimport_keeps_what_a_reviewer_corrected(db):
    from pathlib import Path

    from tracker.parsing import parse
    from tracker.services.importing import import_resolution

    seed = (Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt").read_text()
    system = Actor.system("cli")
    import_resolution(db, parse(seed, "A-RES-71-19.txt"), system, today=TODAY, now=NOW)
    ob = db.scalar(select(Obligation).join(Paragraph, Obligation.paragraph_id == Paragraph.id)
                   .where(Paragraph.number == "5"))
    svc.review_obligation(db, ob, actor=system, now=NOW, today=TODAY, kind="action",
                          deliverable="the implementation report")
    changed = seed.replace("at its seventy-third session a report", "at its seventy-fourth session a report")
    assert changed != seed
    import_resolution(db, parse(changed, "A-RES-71-19.txt"), system, replace=True, today=TODAY, now=NOW)
    db.expire_all()
    ob = db.get(Obligation, ob.id)
    assert ob.kind == "action" and ob.deliverable == "the implementation report"  # reviewed: kept
    assert ob.deadline_session == 74  # not reviewed: follows the new text


def test_recurrence_survives_a_corrected_first_deadline(db, world):
    """"A report by 1 December 2018 and annually thereafter": correcting the first deadline on
    review keeps the recurrence (the second deadline), so completing it still creates the next
    occurrence."""
    ob = world["ob"]
    ob.deadlines = [{"kind": "date", "date": "2018-12-01", "text": "by 1 December 2018"},
                    {"kind": "recurring", "every": "P1Y", "text": "annually thereafter"}]
    ob.recurrence = "P1Y"
    ob.resolution.adopted_on = dt.date(2017, 12, 1)
    db.flush()
    corrected = svc.make_deadline("date", date=dt.date(2018, 11, 15), text="by 15 November 2018")
    svc.review_obligation(db, ob, actor=world["admin"], now=NOW, today=TODAY, deadline=corrected)
    assert ob.recurrence == "P1Y" and ob.due_on == dt.date(2018, 11, 15)
    svc.change_status(db, ob, "completed", actor=world["admin"], now=NOW, evidence="A/73/123")
    following = db.scalars(select(Obligation).where(Obligation.paragraph_id == ob.paragraph_id,
                                                    Obligation.occurrence == 2)).one()
    assert following.recurrence == "P1Y" and following.due_on is not None
    # "no deadline" clears it: nothing recurs any more
    svc.review_obligation(db, following, actor=world["admin"], now=NOW, today=TODAY, deadline=None)
    assert following.recurrence is None


def test_review_to_mandate_moves_the_end_to_expires_on(db, world):
    ob = world["ob"]
    ob.deadlines = [{"kind": "date", "date": "2019-03-31", "text": "until 31 March 2019", "expires": True}]
    db.flush()
    svc.review_obligation(db, ob, actor=world["admin"], now=NOW, today=TODAY, kind="mandate")
    assert ob.kind == "mandate" and ob.expires_on == dt.date(2019, 3, 31) and ob.due_on is None
    assert not ob.is_overdue(dt.date(2020, 1, 1)) and ob.mandate_state(dt.date(2020, 1, 1)) == "expired"


def test_another_bodys_next_session_survives_review():
    """'brief the Special Committee at its next session' has no number: a review keeps it so."""
    deadline = svc.make_deadline("session", body="charter", session=None, text="at its next session")
    assert deadline == {"kind": "session", "body": "CHARTER", "session": None, "text": "at its next session"}
    with pytest.raises(svc.ObligationError, match="session number"):
        svc.make_deadline("session", body="GA", session=None)
