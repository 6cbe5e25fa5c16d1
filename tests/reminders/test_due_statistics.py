"""SQLite: the pass's table of due obligations gets the planner's statistics once per connection,
outside any pass (``queue.plan_due_table``). An ``ANALYZE`` in every pass changed the connection's
schema, and a dry run's rollback changed it back, so every pass read the schema and prepared its
statements again; without statistics at all, the officers' statement starts from the officers'
entities and reads every obligation they own."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tests.reminders.conftest import at
from tests.statements import sent_statements
from tracker.reminders import run_pass
from tracker.reminders.queue import fill_due, plan_due_table

DUE_ON = dt.date(2026, 9, 8)
NOW = at(DUE_ON - dt.timedelta(days=30))


@pytest.fixture
def register(db_factory):
    """An entity with a focal point and an officer, owning a report due at NOW's 30-day stage."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email="focal@example.org")
        gen_user(db, "officer@example.org", entities=[dpo])
        gen_obligation(db, gen_resolution(db, session=80), owners=[dpo], due_on=DUE_ON)
        db.commit()


def test_no_pass_analyses_and_the_officers_start_from_the_due_rows(db_factory, register, settings):
    engine = db_factory.kw["bind"]
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL estimates the temporary table from its size; nothing to set")
    outbox = dataclasses.replace(settings, smtp_url=None)
    with sent_statements(engine) as sent:
        dry = [run_pass(db_factory, NOW, outbox, dry_run=True) for _ in range(2)]
        real = run_pass(db_factory, NOW, outbox)
    assert [d.queue.queued for d in dry] == [2, 2] and real.queue.queued == 2  # focal point, officer
    assert not [statement for statement, _ in sent if "ANALYZE" in statement.upper()]

    with db_factory() as db:
        plan_due_table(db)  # done already on this connection: nothing to do
        st = fill_due(db, NOW.date(), outbox.stages)
        compiled = st.officer_members.select.compile(dialect=engine.dialect)
        params = compiled.construct_params({"now": NOW.isoformat(" "), "today": NOW.date().isoformat(),
                                            "min_size": 2})
        plan = [row[-1] for row in db.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(compiled), tuple(params[k] for k in compiled.positiontup))]
        db.rollback()
    assert [step for step in plan if step.startswith(("SCAN", "SEARCH"))][0] == "SCAN reminder_due", plan


def test_a_dry_run_sends_no_ddl_and_leaves_its_due_rows_to_the_rollback(db_factory, register, settings):
    """On a connection ``plan_due_table`` prepared, the table is there: a pass sends no CREATE (DDL,
    compiled again on every execution); a dry run does not empty it either, its caller's rollback
    does. A pass still empties it before it commits, and the next pass finds what is due."""
    engine = db_factory.kw["bind"]
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's table goes at the end of each transaction: made in every pass")
    outbox = dataclasses.replace(settings, smtp_url=None)
    run_pass(db_factory, NOW, outbox, dry_run=True)  # the connection prepared
    with sent_statements(engine) as sent_dry:
        dry = [run_pass(db_factory, NOW, outbox, dry_run=True) for _ in range(2)]
    with sent_statements(engine) as sent_real:
        real = [run_pass(db_factory, NOW, outbox) for _ in range(2)]
    assert [d.queue.queued for d in dry] == [2, 2] and [r.queue.queued for r in real] == [2, 0]
    statements = {
        kind: [statement.split(None, 3)[:3] for statement, _ in sent]
        for kind, sent in (("dry", sent_dry), ("real", sent_real))
    }
    assert not [s for sent in statements.values() for s in sent if s[0].upper() == "CREATE"]
    # each pass empties the table first; a pass also before it commits, a dry run not (counted
    # apart: a dry run that emptied it and a pass that did not would add up to the same)
    deletes = {kind: s.count(["DELETE", "FROM", "reminder_due"]) for kind, s in statements.items()}
    assert deletes == {"dry": 2, "real": 2 * 2}
