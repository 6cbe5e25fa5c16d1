"""A kept statement's rows read by SQLite's driver itself when no one listens to the engine's
statements (``tracker.services.counts._Direct``): the same values SQLAlchemy gives, without its
execution; where statements are listened to (the tests' and the bench's counts), through
SQLAlchemy as before."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Integer, bindparam, cast, event, literal_column, select, union_all
from sqlalchemy.engine import Connection

from tracker.db import make_engine, make_sessionmaker
from tracker.services.counts import TODAY, DayStatement

DAY = dt.date(2026, 11, 27)


def _statement() -> DayStatement:
    """Rows with a date, a boolean, a number, a text and NULLs, the day and a parameter bound."""
    return DayStatement.of(union_all(
        select(literal_column("1", Integer).label("n"), TODAY.__clause_element__().label("day"),
               cast(literal_column("1"), Boolean).label("flag"), literal_column("'GA'").label("body"))
        .where(bindparam("at_least", type_=Integer) > 0),
        select(literal_column("2", Integer), (TODAY + dt.timedelta(days=30)).__clause_element__(),
               cast(literal_column("0"), Boolean), literal_column("NULL")),
        select(literal_column("3", Integer), cast(literal_column("NULL"), Date),
               cast(literal_column("NULL"), Boolean), literal_column("'HRC'")),
    ))


def _through_sqlalchemy(statement: DayStatement, db, **more) -> list[tuple]:
    return [tuple(row) for row in statement.run(db.connection(), statement.params(DAY, **more)).all()]


def test_a_kept_statements_rows_are_those_sqlalchemy_reads(db):
    statement = _statement()
    for at_least in (1, 0):
        rows = statement.rows(db, DAY, at_least=at_least)
        assert [tuple(row) for row in rows] == _through_sqlalchemy(statement, db, at_least=at_least)
    assert [tuple(row) for row in statement.rows(db, DAY, at_least=1)] == [
        (1, DAY, True, "GA"), (2, DAY + dt.timedelta(days=30), False, None), (3, None, None, "HRC")]
    types = [tuple(type(value) for value in row) for row in statement.rows(db, DAY, at_least=1)]
    assert types[:2] == [(int, dt.date, bool, str), (int, dt.date, bool, type(None))]


def test_on_sqlite_they_are_read_by_the_driver_when_no_one_listens(database_url, monkeypatch):
    engine = make_engine(database_url)  # its own: the tests' engine may have been listened to
    try:
        if engine.dialect.name != "sqlite":
            return
        executed = []
        execute = Connection.execute

        def counted(self, statement, *args, **kwargs):
            executed.append(statement)
            return execute(self, statement, *args, **kwargs)

        monkeypatch.setattr(Connection, "execute", counted)
        statement = _statement()
        with make_sessionmaker(engine)() as db:
            assert [tuple(row) for row in statement.rows(db, DAY, at_least=1)] == [
                (1, DAY, True, "GA"), (2, DAY + dt.timedelta(days=30), False, None), (3, None, None, "HRC")]
            assert len(statement.rows(db, DAY, at_least=0)) == 2
        assert executed == []
    finally:
        engine.dispose()


def test_a_listened_engine_sees_every_statement(database_url):
    engine = make_engine(database_url)  # its own: listened to once, an engine stays so
    seen = []

    def listened(_conn, _cursor, sql, *_rest):
        seen.append(sql)

    event.listen(engine, "before_cursor_execute", listened)
    try:
        with make_sessionmaker(engine)() as db:
            statement = _statement()
            rows = statement.rows(db, DAY, at_least=1)
    finally:
        engine.dispose()
    assert [tuple(row) for row in rows][0] == (1, DAY, True, "GA")
    assert len(seen) == 1 and "UNION ALL" in seen[0]
