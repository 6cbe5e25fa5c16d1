"""Deleting a resolution (``services.withdrawal``) leaves the register true: the session dates only its
text printed leave the calendar and what they dated is dated again (or by another text's dates), the kept
counts and the search documents follow, the mandates it renewed are no longer renewed, reminders queued
for its obligations are never sent while those sent stay in the ledger, subscriptions end, and the audit
log says who deleted what, when and why."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_obligation, gen_resolution, gen_user
from tests.services.test_printed_sessions import CLI, TODAY, charter, charter_2024, load, obligation
from tracker.models import AuditEntry, Obligation, Reminder, Resolution, Subscription
from tracker.services import counts
from tracker.services.actors import Actor, PermissionDenied
from tracker.services.search import ObligationFilter, search_obligations
from tracker.services.withdrawal import delete_resolution, deletion_impact, may_delete


def _held(db, symbol: str) -> Resolution | None:
    return db.scalar(select(Resolution).where(Resolution.symbol == symbol))


def test_the_dates_only_its_text_printed_leave_the_calendar_and_what_they_dated_is_undated(db):
    load(db, charter())
    load(db, charter("78/901", dates=None))
    assert obligation(db, "78/901").due_on == dt.date(2024, 2, 20)
    printing = _held(db, "A/RES/78/111")
    assert deletion_impact(db, printing).sessions == ["CHARTER 2024"]

    delete_resolution(db, printing, actor=CLI, today=TODAY, reason="imported under the wrong symbol")
    db.commit()
    assert _held(db, "A/RES/78/111") is None and charter_2024(db) is None
    undated = obligation(db, "78/901")
    assert undated.due_on is None and "not in the calendar" in undated.due_derivation
    assert (undated.history[-1].field, undated.history[-1].new_value) == ("due_on", None)
    assert counts.check(db).ok
    removed = db.scalar(select(AuditEntry).where(AuditEntry.action == "remove_printed_session"))
    assert removed.details["printed_in_symbol"] == "A/RES/78/111"
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "delete_resolution"))
    assert (entry.actor, entry.details["symbol"], entry.details["reason"]) == (
        "cli", "A/RES/78/111", "imported under the wrong symbol")
    assert entry.details["sessions_removed"] == ["CHARTER 2024"] and entry.details["recomputed"] >= 1
    # the same text imports again as new
    load(db, charter())
    assert obligation(db, "78/901").due_on == dt.date(2024, 2, 20)


def test_another_texts_dates_for_the_session_take_the_place_of_those_deleted(db):
    load(db, charter())
    load(db, charter("78/903", dates="from 19 to 27 February 2024"))
    load(db, charter("78/901", dates=None))
    delete_resolution(db, _held(db, "A/RES/78/111"), actor=CLI, today=TODAY)
    row = charter_2024(db)
    assert (row.opens_on, row.note) == (dt.date(2024, 2, 19), "as printed in A/RES/78/903, paragraph 2")
    assert obligation(db, "78/901").due_on == dt.date(2024, 2, 19)
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "delete_resolution"))
    assert entry.details["sessions_recorded_instead"] == [
        "CHARTER 2024: 2024-02-19 to 2024-02-27, as printed in A/RES/78/903, paragraph 2"]
    assert counts.check(db).ok


def test_renewals_reminders_subscriptions_and_search_follow_the_deletion(db):
    earlier = gen_obligation(db, kind="mandate", text="Decides to establish a xylophonic panel;")
    duplicate = gen_resolution(db, "A/RES/71/900")
    later = gen_obligation(db, duplicate, kind="mandate", text="Decides to renew the marimbic panel;")
    earlier.renewed_by_id = later.id
    delegate = gen_user(db, role="delegation")
    db.add(Subscription(user_id=delegate.id, target="resolution", resolution_id=duplicate.id))
    for status in ("pending", "sent", "failed"):
        db.add(Reminder(obligation_id=later.id, recipient=f"{status}@un.org", recipient_role="focal_point",
                        stage="30", due_on=dt.date(2024, 1, 1), status=status))
    db.commit()
    assert search_obligations(db, ObligationFilter(q="marimbic"), TODAY).items
    impact = deletion_impact(db, duplicate)
    assert (impact.obligations, impact.subscriptions, impact.unsent, impact.sent) == (1, 1, 2, 1)
    assert impact.renewals == [f"{earlier.resolution.symbol} ¶1"]

    delete_resolution(db, duplicate, actor=CLI, today=TODAY, reason="a duplicate")
    db.commit()
    assert not search_obligations(db, ObligationFilter(q="marimbic"), TODAY).items
    assert search_obligations(db, ObligationFilter(q="xylophonic"), TODAY).items
    kept = db.get(Obligation, earlier.id)
    assert kept.renewed_by_id is None
    assert (kept.history[-1].field, kept.history[-1].comment) == (
        "renewed_by", "A/RES/71/900 was deleted from the register")
    # the message that went out stays in the ledger; the others are never sent
    assert [(r.recipient, r.obligation_id) for r in db.scalars(select(Reminder))] == [("sent@un.org", None)]
    assert db.scalar(select(Subscription)) is None
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "delete_resolution"))
    assert (entry.details["reminders_not_sent"], len(entry.details["reminders_sent_kept"])) == (2, 1)
    assert entry.details["renewals_undone"] == [f"{earlier.resolution.symbol} ¶1"]
    assert counts.check(db).ok


def test_an_importer_deletes_a_draft_an_admin_a_published_resolution(db):
    draft = gen_resolution(db, published=False)
    public = gen_resolution(db)
    importer = Actor.for_user(gen_user(db, role="officer", can_import=True))
    officer = Actor.for_user(gen_user(db, role="officer"))
    delegate = Actor.for_user(gen_user(db, role="delegation"))
    admin = Actor.for_user(gen_user(db, role="admin"))
    everyone = (importer, officer, delegate, admin)
    assert [may_delete(a, draft) for a in everyone] == [True, False, False, True]
    assert [may_delete(a, public) for a in everyone] == [False, False, False, True]
    for refused in (officer, delegate):
        with pytest.raises(PermissionDenied):
            delete_resolution(db, draft, actor=refused, today=TODAY)
    with pytest.raises(PermissionDenied):
        delete_resolution(db, public, actor=importer, today=TODAY)
    delete_resolution(db, draft, actor=importer, today=TODAY)
    delete_resolution(db, public, actor=admin, today=TODAY)
    db.commit()
    assert db.scalar(select(Resolution)) is None
    assert [e.user_id for e in db.scalars(select(AuditEntry).where(AuditEntry.action == "delete_resolution")
                                          .order_by(AuditEntry.id))] == [importer.user_id, admin.user_id]
