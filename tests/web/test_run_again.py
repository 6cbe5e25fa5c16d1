"""A request whose transaction PostgreSQL aborted in favour of a concurrent one (a deadlock
broken, a serialization failure) runs again instead of answering 503: nothing it wrote stayed.

The abort is PostgreSQL's own error, raised by a trigger on ``obligations`` for the first
``n`` updates it sees (a sequence counts them: a sequence is not rolled back with the
transaction), so the request meets the error exactly where a real deadlock would meet it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from tests.factories import gen_entity, gen_obligation, gen_user
from tests.web.test_officer import _status
from tests.web.workspace import PASSWORD, login
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
