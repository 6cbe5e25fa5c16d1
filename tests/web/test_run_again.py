"""A request whose transaction PostgreSQL aborted in favour of a concurrent one (a deadlock
broken, a serialization failure) runs again instead of answering 503: nothing it wrote stayed.
So does one whose pooled connection the server dropped, met before it asked for a commit (the
connections' backends terminated between two requests, as a restart would); one that lost its
connection during COMMIT answers 503 and is not run again (the change is made once).

The abort is PostgreSQL's own error, raised by a trigger on ``obligations`` for the first
``n`` updates it sees (a sequence counts them: a sequence is not rolled back with the
transaction), so the request meets the error exactly where a real deadlock would meet it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, select, text

from tests.factories import gen_entity, gen_obligation, gen_user
from tests.web.test_officer import _status
from tests.web.workspace import PASSWORD, login, token
from tracker.models import HistoryEntry, Obligation
from tracker.web.db import ATTEMPTS


@pytest.fixture
def people(db):
    sg = gen_entity(db, "Secretary-General")
    gen_user(db, "officer@un.org", role="officer", password=PASSWORD, entities=[sg])
    ob = gen_obligation(db, owners=[sg])
    db.commit()
    return {"ob": ob}


@pytest.fixture
def aborts(engine, db):
    """``set(n, sqlstate)``: the next ``n`` updates of an obligation abort with ``sqlstate``;
    ``seen()`` says how many updates were tried."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLSTATEs of a transaction that lost to another are PostgreSQL's")
    with engine.begin() as conn:
        conn.execute(text("CREATE SEQUENCE test_aborts_seen"))
        conn.execute(text("CREATE TABLE test_aborts (n integer, sqlstate text)"))
        conn.execute(text("""
            CREATE FUNCTION test_abort() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE wanted test_aborts%ROWTYPE;
            BEGIN
                SELECT * INTO wanted FROM test_aborts;
                IF nextval('test_aborts_seen') <= wanted.n THEN
                    RAISE EXCEPTION 'lost to a concurrent transaction (test)' USING ERRCODE = wanted.sqlstate;
                END IF;
                RETURN NEW;
            END $$"""))
        conn.execute(text("CREATE TRIGGER test_abort BEFORE UPDATE ON obligations "
                          "FOR EACH ROW EXECUTE FUNCTION test_abort()"))

    class Aborts:
        def set(self, n: int, sqlstate: str) -> None:
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO test_aborts VALUES (:n, :s)"), {"n": n, "s": sqlstate})

        def seen(self) -> int:
            with engine.begin() as conn:
                return conn.scalar(text("SELECT last_value FROM test_aborts_seen"))

    yield Aborts()
    db.rollback()  # the test's reads end their transaction, or DROP TRIGGER waits for it
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER test_abort ON obligations"))
        conn.execute(text("DROP FUNCTION test_abort()"))
        conn.execute(text("DROP TABLE test_aborts"))
        conn.execute(text("DROP SEQUENCE test_aborts_seen"))


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])  # deadlock_detected, serialization_failure
def test_a_change_that_lost_to_a_concurrent_one_is_made_once_when_run_again(client, db, people, aborts,
                                                                           sqlstate):
    aborts.set(ATTEMPTS - 1, sqlstate)
    login(client, "officer@un.org")
    response = _status(client, people["ob"].id, version="1", comment="drafting started")
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    assert aborts.seen() == ATTEMPTS
    db.expire_all()
    ob = db.get(Obligation, people["ob"].id)
    assert (ob.status, ob.version) == ("in_progress", 2)
    comments = db.scalars(select(HistoryEntry.comment).where(
        HistoryEntry.obligation_id == ob.id, HistoryEntry.field == "status")).all()
    assert comments == ["drafting started"]


def test_a_change_that_keeps_losing_is_refused_with_503_and_nothing_written(client, db, people, aborts):
    aborts.set(ATTEMPTS + 5, "40P01")
    login(client, "officer@un.org")
    response = _status(client, people["ob"].id, version="1")
    assert response.status_code == 503 and response.headers["Retry-After"]
    assert aborts.seen() == ATTEMPTS
    db.expire_all()
    ob = db.get(Obligation, people["ob"].id)
    assert (ob.status, ob.version) == ("not_started", 1)


def test_another_database_error_is_not_run_again(client, db, people, aborts):
    aborts.set(1, "53300")  # too_many_connections: the database is unavailable, not contended
    login(client, "officer@un.org")
    assert _status(client, people["ob"].id, version="1").status_code == 503
    assert aborts.seen() == 1


# ---------------------------------------------------------------- a connection the server dropped


@pytest.fixture
def backends(app, engine):
    """The app's connections as PostgreSQL's backends: ``drop()`` terminates every one the app
    opened so far (as a server restart would), while they sit in its pool."""
    if engine.dialect.name != "postgresql":
        pytest.skip("a server that drops a connection is PostgreSQL's (SQLite has none)")
    opened: list[int] = []
    event.listen(app.extensions["tracker"].engine, "connect",
                 lambda dbapi_connection, _record: opened.append(dbapi_connection.info.backend_pid))

    class Backends:
        def __init__(self) -> None:
            self.opened = opened

        def drop(self) -> None:
            with engine.connect() as conn:  # waits until each backend has ended (up to 10 s)
                ended = conn.scalars(text("SELECT pg_terminate_backend(pid, 10000) "
                                          "FROM unnest(CAST(:pids AS int[])) AS pid"), {"pids": opened}).all()
            assert ended and all(ended)

    return Backends()


def _posted_status(client, ob_id: int, csrf_token: str):
    return client.post(f"/obligations/{ob_id}/status", data={
        "status": "in_progress", "comment": "drafting started", "evidence": "", "version": "1",
        "csrf_token": csrf_token})


def _status_changes(db, ob_id: int) -> list[str]:
    db.expire_all()
    return db.scalars(select(HistoryEntry.comment).where(
        HistoryEntry.obligation_id == ob_id, HistoryEntry.field == "status")).all()


def test_a_page_whose_pooled_connection_was_dropped_is_served_run_again_once(client, people, backends,
                                                                            caplog):
    login(client, "officer@un.org")
    backends.drop()
    connections_before = len(backends.opened)
    with caplog.at_level("WARNING", logger="tracker.web.db"):
        response = client.get(f"/obligations/{people['ob'].id}")
    assert response.status_code == 200
    again = [r.getMessage() for r in caplog.records if r.getMessage().endswith("running it again")]
    assert len(again) == 1
    assert again[0].startswith(f"GET /obligations/{people['ob'].id} met a dropped database connection (")
    assert len(backends.opened) == connections_before + 1  # one new connection, not one per try


def test_a_change_whose_pooled_connection_was_dropped_is_made_once(client, db, people, backends):
    login(client, "officer@un.org")
    csrf_token = token(client)
    backends.drop()
    response = _posted_status(client, people["ob"].id, csrf_token)
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    assert _status_changes(db, people["ob"].id) == ["drafting started"]
    assert db.get(Obligation, people["ob"].id).version == 2


def test_a_connection_lost_during_commit_is_not_run_again(app, client, db, people, backends, monkeypatch):
    """The COMMIT reached the server and was applied; its answer never came back. The request
    cannot know whether it was applied: 503, and not run again (a second try would make the change
    twice, or be refused as a stale version)."""
    login(client, "officer@un.org")
    csrf_token = token(client)
    dialect = app.extensions["tracker"].engine.dialect
    commit = dialect.do_commit

    def commit_then_lose_the_answer(dbapi_connection):
        commit(dbapi_connection)
        backends.drop()
        dbapi_connection.execute("SELECT 1")  # the driver's own error for the dropped connection

    monkeypatch.setattr(dialect, "do_commit", commit_then_lose_the_answer)
    response = _posted_status(client, people["ob"].id, csrf_token)
    assert response.status_code == 503 and response.headers["Retry-After"]
    assert _status_changes(db, people["ob"].id) == ["drafting started"]
    assert db.get(Obligation, people["ob"].id).version == 2


def test_outside_a_request_a_dropped_connection_is_replaced_before_use(app, backends):
    """The scheduler's jobs and the CLI share the app's engine; nothing runs them again, so their
    connection is pinged at checkout, as SQLAlchemy's pre-ping does."""
    factory = app.extensions["tracker"].sessionmaker
    with app.app_context(), factory() as session:
        assert session.scalar(select(1)) == 1
    backends.drop()
    with app.app_context(), factory() as session:
        assert session.scalar(select(1)) == 1


def test_a_request_does_not_ping_its_connection_and_other_work_does(app, client, monkeypatch):
    """A round trip a request saved (the ping's ``SELECT 1``); the scheduler's and the CLI's
    connections are still checked before use."""
    dialect = app.extensions["tracker"].engine.dialect
    ping, pings = dialect.do_ping, []

    def counted(dbapi_connection):
        pings.append(dbapi_connection)
        return ping(dbapi_connection)

    monkeypatch.setattr(dialect, "do_ping", counted)
    assert client.get("/healthz").status_code == 200  # the pool holds a connection from now on
    assert client.get("/healthz").status_code == 200
    assert pings == []
    with app.app_context(), app.extensions["tracker"].sessionmaker() as session:
        session.scalar(select(1))
    assert len(pings) == 1


def test_the_health_check_after_the_server_dropped_the_connection_says_ok(client, backends):
    assert client.get("/healthz").status_code == 200
    backends.drop()
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}
