"""SQLite: the pass's table of due obligations gets the planner's statistics once per connection,
outside any pass (``queue.plan_due_table``). An ``ANALYZE`` in every pass changed the connection's
schema, and a dry run's rollback changed it back, so every pass read the schema and prepared its
statements again; without statistics at all, the officers' statement starts from the officers'
entities and reads every obligation they own.

PostgreSQL: the table is new in each pass (it goes at the transaction's end); each pass analyses the
column the focal points' joins filter on, the table has no index to keep up, and no pass empties it
before the transaction's end takes it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tests.reminders.conftest import at
from tests.statements import sent_statements
from tracker.db import make_engine, make_sessionmaker
from tracker.reminders import run_pass
from tracker.reminders.queue import DUE, fill_due, plan_due_table

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


def _officers_plan(db, st) -> list[str]:
    """SQLite's plan (``EXPLAIN QUERY PLAN``'s steps) of the officers' statement of a pass that
    ``fill_due`` gave ``st``, on the session's connection."""
    compiled = st.officer_members.select.compile(dialect=db.get_bind().dialect)
    params = compiled.construct_params({"now": NOW.isoformat(" "), "today": NOW.date().isoformat(),
                                        "min_size": 2})
    return [row[-1] for row in db.connection().exec_driver_sql(
        "EXPLAIN QUERY PLAN " + str(compiled), tuple(params[k] for k in compiled.positiontup))]


def _first_read(plan: list[str]) -> str:
    """The table a plan reads first."""
    return [step for step in plan if step.startswith(("SCAN", "SEARCH"))][0]


def test_no_pass_analyses_and_the_officers_start_from_the_due_rows(db_factory, register, settings):
    engine = db_factory.kw["bind"]
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL: each pass analyses its new table (tests below)")
    outbox = dataclasses.replace(settings, smtp_url=None)
    with sent_statements(engine) as sent:
        dry = [run_pass(db_factory, NOW, outbox, dry_run=True) for _ in range(2)]
        real = run_pass(db_factory, NOW, outbox)
    assert [d.queue.queued for d in dry] == [2, 2] and real.queue.queued == 2  # focal point, officer
    assert not [statement for statement, _ in sent if "ANALYZE" in statement.upper()]

    with db_factory() as db:
        plan_due_table(db)  # done already on this connection: nothing to do
        st = fill_due(db, NOW.date(), outbox.stages)
        plan = _officers_plan(db, st)
        db.rollback()
    assert _first_read(plan) == "SCAN reminder_due", plan


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


def test_a_connection_not_prepared_gives_the_due_table_its_statistics_in_the_pass(database_url, register,
                                                                                   settings):
    """A connection ``plan_due_table`` has not prepared (a caller of the queue that does not call it)
    still gets the due table's statistics, in the pass (``fill_due``'s ``ANALYZE``): the officers'
    statement starts from the due rows there too."""
    engine = make_engine(database_url)  # a connection of its own: no earlier test prepared it
    try:
        if engine.dialect.name != "sqlite":
            pytest.skip("PostgreSQL: each pass analyses its new table (tests below)")
        with Session(engine) as db:
            st = fill_due(db, NOW.date(), settings.stages)
            assert not db.connection().info.get("reminder_due_planned")
            plan = _officers_plan(db, st)
            db.rollback()
    finally:
        engine.dispose()
    assert _first_read(plan) == "SCAN reminder_due", plan


def test_a_prepared_connection_is_prepared_once_even_below_sqlalchemy(database_url, register, settings):
    """``plan_due_table`` prepares a connection once: the passes after the first send the driver
    nothing that changes the schema (its script, run by the driver, is not SQLAlchemy's to see:
    SQLite's own trace is read here)."""
    engine = make_engine(database_url, poolclass=StaticPool)  # one connection, every pass on it
    try:
        if engine.dialect.name != "sqlite":
            pytest.skip("PostgreSQL: plan_due_table does nothing")
        outbox = dataclasses.replace(settings, smtp_url=None)
        factory = make_sessionmaker(engine)
        assert run_pass(factory, NOW, outbox, dry_run=True).queue.queued == 2  # the connection prepared
        traced: list[str] = []
        with engine.connect() as conn:
            driver = conn.connection.driver_connection
        driver.set_trace_callback(traced.append)
        try:
            dry = run_pass(factory, NOW, outbox, dry_run=True)
            real = run_pass(factory, NOW, outbox)
        finally:
            driver.set_trace_callback(None)
    finally:
        engine.dispose()
    assert dry.queue.queued == 2 and real.queue.queued == 2
    assert traced  # the passes' own statements are seen
    changes = [s for s in traced
               if s.split(None, 1)[0].upper() in ("CREATE", "ANALYZE", "DROP") or "sqlite_stat1" in s]
    assert not changes, changes


def test_a_connection_not_prepared_runs_pass_after_pass(database_url, register, settings):
    """The due table a pass makes on a connection ``plan_due_table`` has not prepared is there for the
    next pass on it (SQLite keeps a temporary table for the connection's life; PostgreSQL within the
    transaction): each pass makes it only if it is missing, and finds the same due rows."""
    engine = make_engine(database_url, poolclass=StaticPool)  # one connection, every pass on it
    try:
        found = []
        with Session(engine) as db:
            for _ in range(2):  # on PostgreSQL too: two passes in one transaction
                fill_due(db, NOW.date(), settings.stages)
                found.append(db.execute(select(DUE.c.obligation_id, DUE.c.stage)).all())
            db.rollback()
        with Session(engine) as db:
            fill_due(db, NOW.date(), settings.stages)
            found.append(db.execute(select(DUE.c.obligation_id, DUE.c.stage)).all())
            db.rollback()
    finally:
        engine.dispose()
    assert found[0] == found[1] == found[2] and len(found[0]) == 1, found


def test_a_connection_a_pass_ran_on_unprepared_is_prepared_later_all_the_same(database_url, register,
                                                                               settings):
    """A connection the queue ran on without ``plan_due_table`` (a caller that does not call it) has
    the due table already: preparing it later (a pass of ``run_pass``) takes the table as it finds it
    instead of failing on it, and the pass queues what is due."""
    engine = make_engine(database_url, poolclass=StaticPool)  # one connection, every pass on it
    try:
        if engine.dialect.name != "sqlite":
            pytest.skip("PostgreSQL: plan_due_table does nothing")
        with Session(engine) as db:
            fill_due(db, NOW.date(), settings.stages)  # the table made by the pass, not prepared
            assert not db.connection().info.get("reminder_due_planned")
            db.rollback()
        outbox = dataclasses.replace(settings, smtp_url=None)
        factory = make_sessionmaker(engine)
        dry = run_pass(factory, NOW, outbox, dry_run=True)
        real = run_pass(factory, NOW, outbox)
        with factory() as db:
            prepared = db.connection().info.get("reminder_due_planned")
    finally:
        engine.dispose()
    assert dry.queue.queued == 2 and real.queue.queued == 2  # the focal point and the officer
    assert prepared


@pytest.fixture
def five_due(db_factory):
    """An entity with a focal point owning five reports due at NOW's 30-day stage, and a mandate
    of the General Assembly ending then (one due row each)."""
    with db_factory() as db:
        dpo = gen_entity(db, "Department of Peace Operations")
        gen_focal_point(db, dpo, email="focal@example.org")
        for _ in range(5):
            gen_obligation(db, gen_resolution(db, session=80), owners=[dpo], due_on=DUE_ON)
        gen_obligation(db, gen_resolution(db, session=80), owners=[dpo], kind="mandate", due_on=None,
                       expires_on=DUE_ON)
        db.commit()


def _estimate(db, is_mandate: int) -> int:
    """PostgreSQL's estimate of the due rows that are mandates (1) or not (0)."""
    plan = db.execute(text("EXPLAIN (FORMAT JSON) SELECT * FROM reminder_due WHERE is_mandate = :m"),
                      {"m": is_mandate}).scalar()
    return plan[0]["Plan"]["Plan Rows"]


def test_postgresql_knows_how_many_due_rows_are_mandates_in_each_pass(db_factory, five_due, settings):
    """Without the column's statistics PostgreSQL took "is_mandate = 0" (the owners' side of the
    focal points' statement) for one due row in 200 and joined every due row to the focal points
    and their users by nested loops (bench/README.md, 5 December)."""
    if db_factory.kw["bind"].dialect.name != "postgresql":
        pytest.skip("SQLite: the due table's statistics are set once per connection (tests above)")
    with db_factory() as db:
        fill_due(db, NOW.date(), settings.stages)
        due = db.execute(select(DUE.c.is_mandate)).scalars().all()
        estimates = [_estimate(db, 0), _estimate(db, 1)]
        db.rollback()
    assert sorted(due) == [0] * 5 + [1]
    assert estimates == [5, 1]


def test_postgresql_s_due_table_has_no_index_and_a_pass_empties_it_once(db_factory, five_due, settings):
    """On PostgreSQL the due table is the transaction's: no primary key to keep up for every due row
    (no statement reads by it but the rare own stages'), and a pass empties it first only (the
    table made earlier in the same transaction), not before it commits, which drops it."""
    engine = db_factory.kw["bind"]
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite's key is the rowid, and its table outlives the pass: emptied (tests above)")
    with db_factory() as db:
        fill_due(db, NOW.date(), settings.stages)
        indexes = db.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'reminder_due'")).all()
        db.rollback()
    outbox = dataclasses.replace(settings, smtp_url=None)
    with sent_statements(engine) as sent:
        real = run_pass(db_factory, NOW, outbox)
    assert indexes == []
    assert real.queue.queued == 5  # to the focal point, the five reports (the mandate's body has none)
    assert [s.split(None, 3)[:3] for s, _ in sent if s.lstrip().upper().startswith("DELETE")] == [
        ["DELETE", "FROM", "reminder_due"]]


def test_postgresql_s_due_table_is_the_transaction_s_and_no_pass_leaves_it(db_factory, five_due, settings):
    """The table PostgreSQL's pass makes without its key is still a temporary one that its
    transaction's end drops: private to the connection while the pass runs (two passes at once each
    fill their own), and gone once the pass has committed, not left in the database's schema."""
    engine = db_factory.kw["bind"]
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite's table is the connection's and outlives the pass (tests above)")
    persistence = text("SELECT relpersistence FROM pg_class WHERE relname = 'reminder_due'")
    with db_factory() as db:
        fill_due(db, NOW.date(), settings.stages)
        during = db.execute(persistence).scalars().all()
        db.rollback()
    real = run_pass(db_factory, NOW, dataclasses.replace(settings, smtp_url=None))
    with db_factory() as db:
        after = db.execute(persistence).scalars().all()
    assert real.queue.queued == 5
    assert during == ["t"] and after == []
