"""Reminders concern what has something to deliver: tracked obligations by their due date, and
mandates by their end, to the focal points of the body that must renew them. Standing calls,
declaratory paragraphs, renewed and ended mandates are never reminded of."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution
from tracker.models import Reminder
from tracker.reminders.queue import queue_reminders

TODAY = dt.date(2025, 2, 15)
NOW = dt.datetime(2025, 2, 15, 8, 0, tzinfo=dt.UTC)


def test_only_tracked_kinds_and_unrenewed_mandates_are_queued(db):
    sg, council, unama = (gen_entity(db, name) for name in ("Secretary-General", "Security Council", "UNAMA"))
    gen_focal_point(db, sg, email="sg@example.org")
    gen_focal_point(db, council, email="council@example.org")
    gen_focal_point(db, unama, email="unama@example.org")
    ga = gen_resolution(db, "A/RES/79/1", session=79, adopted_on=dt.date(2024, 12, 1))
    sc = gen_resolution(db, "S/RES/2727 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 3, 15))
    soon = TODAY + dt.timedelta(days=7)
    report = gen_obligation(db, ga, owners=[sg], due_on=soon)
    gen_obligation(db, ga, owners=[sg], kind="exhortation", due_on=soon)  # standing: never
    gen_obligation(db, ga, owners=[sg], kind="declaratory", due_on=soon)  # asks nothing: never
    mandate = gen_obligation(db, sc, owners=[unama], kind="mandate", status="ongoing",
                             expires_on=dt.date(2025, 3, 17))  # 30 days ahead
    later = gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=dt.date(2026, 3, 17))
    gen_obligation(db, sc, owners=[unama], kind="mandate", status="ongoing",
                   expires_on=dt.date(2025, 2, 22), renewed_by_id=later.id)  # renewed: never
    gen_obligation(db, sc, owners=[unama], kind="mandate", status="ongoing",
                   expires_on=dt.date(2025, 1, 31))  # ended: not chased
    db.flush()
    queue_reminders(db, NOW, "90,30,7,1,0,-7")
    rows = {(r.obligation_id, r.recipient, r.stage) for r in db.scalars(select(Reminder))}
    assert rows == {(report.id, "sg@example.org", "7"), (mandate.id, "council@example.org", "30")}


def test_a_mandate_reminder_is_sent_to_the_renewing_body(db_factory, smtp_server, settings):
    from tests.reminders.conftest import at
    from tracker.reminders import run_pass

    with db_factory() as db:
        council = gen_entity(db, "Security Council")
        gen_focal_point(db, council, email="council@example.org")
        sc = gen_resolution(db, "S/RES/2727 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 3, 15))
        gen_obligation(db, sc, number="3", kind="mandate", status="ongoing", expires_on=dt.date(2025, 3, 17),
                       text="Decides to extend until 17 March 2025 the mandate of UNAMA, as defined in "
                            "resolution 2626 (2022);")
        db.commit()
    run_pass(db_factory, at(dt.date(2025, 2, 15)), settings)
    (msg,) = smtp_server.mailbox.to("council@example.org")
    assert "S/RES/2727 (2024), paragraph 3: mandate expires 17 March 2025" in str(msg["Subject"])
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert "expires on 17 March 2025: 30 days left" in body and "for the Security Council" in body
