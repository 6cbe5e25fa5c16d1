"""How a request's transaction ends: one that wrote nothing ends, on PostgreSQL, with COMMIT, so
its connection keeps the statements psycopg prepared (psycopg deallocates them all at every
ROLLBACK, and each request's statements were parsed and planned again), each still planned with
its values (not by a generic plan); one that wrote and did not commit, or holds changes it did
not flush, is rolled back, as before, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import event, insert, literal, select, text
from sqlalchemy.exc import DBAPIError

from tracker.models import Entity
from tracker.web.db import get_db

#: psycopg prepares a statement at its sixth execution on a connection (``prepare_threshold`` 5)
PREPARED_AT = 6


@pytest.fixture
def app_config(app_config):
    return app_config | {"DASHBOARDS_CACHE_SECONDS": 0}  # every overview reads the database


def test_a_request_that_only_read_keeps_its_prepared_statements(app, client, engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("prepared statements are psycopg's")
    for _ in range(PREPARED_AT):
        assert client.get("/").status_code == 200
    with app.extensions["tracker"].engine.connect() as conn:  # the pool's one connection
        prepared = conn.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one()
    assert prepared > 0


def test_a_request_that_only_read_is_not_asked_whether_it_wrote(app, client, engine):
    """Its statements were all SELECTs, noted as they ran: its transaction ends with COMMIT
    without asking the server for its transaction id (a round trip)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("a transaction ends with COMMIT on PostgreSQL only")
    sent: list[str] = []
    app_engine = app.extensions["tracker"].engine
    listener = lambda *args: sent.append(args[2])  # noqa: E731 (the statement)
    event.listen(app_engine, "before_cursor_execute", listener)
    try:
        for path in ("/", "/api/v1/obligations?per_page=100", "/search?q=report"):
            assert client.get(path).status_code == 200
    finally:
        event.remove(app_engine, "before_cursor_execute", listener)
    assert sent
    assert not [s for s in sent if "pg_current_xact_id_if_assigned" in s]


def test_a_request_s_statements_are_planned_with_their_values(app, engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's plan cache")
    with app.extensions["tracker"].engine.connect() as conn:
        assert conn.execute(text("SHOW plan_cache_mode")).scalar_one() == "force_custom_plan"


def test_the_overview_s_statements_are_planned_once_for_any_day(app, client, engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's plan cache")
    sent: list[str] = []
    app_engine = app.extensions["tracker"].engine
    listener = lambda *args: sent.append(args[2])  # noqa: E731 (the statement)
    event.listen(app_engine, "before_cursor_execute", listener)
    try:
        for _ in range(PREPARED_AT + 5):  # five executions prepared, then PostgreSQL may plan once
            assert client.get("/").status_code == 200
    finally:
        event.remove(app_engine, "before_cursor_execute", listener)
    # the plan mode asked for by the calendar's statement, not by a round trip of its own
    assert not [s for s in sent if s.lstrip().startswith("SELECT set_config")]
    assert len([s for s in sent if "set_config('plan_cache_mode', 'auto', true)" in s]) == PREPARED_AT + 5
    with app.extensions["tracker"].engine.connect() as conn:
        generic = conn.execute(text(  # the sessions' statement: the day bound (a statement without
            # parameters has one plan only, counted as generic whatever the mode)
            "SELECT sum(generic_plans) FROM pg_prepared_statements WHERE statement LIKE '%session_counts%'"
        )).scalar_one()
        assert conn.execute(text("SHOW plan_cache_mode")).scalar_one() == "force_custom_plan"  # after it
    assert generic > 0


@pytest.fixture
def writes(app):
    """Views that write without committing: a Core INSERT run, an entity added and not flushed, an
    INSERT then an error caught."""

    @app.get("/test-inserts")
    def inserts():
        get_db().execute(insert(Entity).values(name="Inserted, not committed"))
        return "inserted"

    @app.get("/test-adds")
    def adds():
        db = get_db()
        db.execute(select(1))
        db.add(Entity(name="Added, not flushed"))
        return "added"

    @app.get("/test-text-inserts")
    def text_inserts():
        get_db().execute(text("INSERT INTO entities (name, kind, created_at)"
                              " VALUES ('Inserted as text', 'other', CURRENT_TIMESTAMP)"))
        return "inserted"

    @app.get("/test-cte-inserts")
    def cte_inserts():  # a SELECT whose CTE inserts (PostgreSQL's data-modifying WITH)
        added = insert(Entity).values(name="Inserted by a CTE").returning(Entity.id).cte("added")
        get_db().execute(select(literal(1)).select_from(added))
        return "inserted"

    @app.get("/test-fails")
    def fails():
        db = get_db()
        db.execute(insert(Entity).values(name="Inserted before an error"))
        try:
            db.execute(text("SELECT no_such_column FROM entities"))
        except DBAPIError:
            return "failed"  # the transaction is left in error, to be rolled back
        return "did not fail"

    return app


@pytest.mark.parametrize("path", ["/test-inserts", "/test-text-inserts", "/test-cte-inserts", "/test-adds",
                                  "/test-fails"])
def test_a_request_that_wrote_without_committing_is_rolled_back(writes, client, db, engine, path):
    if path == "/test-cte-inserts" and engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no data-modifying CTE")
    assert client.get(path).status_code == 200
    assert client.get(path).status_code == 200  # the first's row is not there to collide with
    assert db.scalars(select(Entity.name)).all() == []
