"""The import's multi-row INSERTs (``services/importing/rows.py``): every row goes in and comes back
with its own id, however many rows (more than one statement's parameters allow on SQLite)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tracker.models import Paragraph, ParagraphKind, Resolution
from tracker.parsing import ParseError, parse
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution
from tracker.services.importing.plan import paragraph_count
from tracker.services.importing.rows import (
    GivenIds,
    Reserved,
    insert_paragraphs,
    insert_rows,
    insert_together,
)


def _paragraph_rows(rid: int, n: int) -> list[dict]:
    return [{"resolution_id": rid, "parent_id": None, "kind": ParagraphKind.OPERATIVE, "part": None,
             "number": str(i), "eid": f"para_{i}", "position": i, "text": f"Paragraph {i}.", "line": None}
            for i in range(1, n + 1)]


def test_thousands_of_rows_each_go_in_once_and_come_back_with_their_own_id(db):
    connection = db.connection().connection.dbapi_connection
    if isinstance(connection, sqlite3.Connection):
        # SQLite's default limit of parameters a statement (Debian builds it with 250000)
        limit = connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    try:
        _thousands_of_rows(db)
    finally:
        if isinstance(connection, sqlite3.Connection):
            connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)


def _thousands_of_rows(db):
    resolution = Resolution(symbol="A/RES/79/900", body="GA", title="Long")
    db.add(resolution)
    db.flush()
    # 9 columns a row: SQLite takes 32766 parameters a statement, 3640 such rows
    rows = _paragraph_rows(resolution.id, 7500)
    ids = insert_rows(db, Paragraph, rows, key="eid")
    stored = dict(db.execute(select(Paragraph.eid, Paragraph.id)
                             .where(Paragraph.resolution_id == resolution.id)).all())
    assert len(stored) == 7500 and ids == stored
    assert db.scalar(select(func.count()).select_from(Paragraph)) == 7500
    # in the order of the rows
    more = _paragraph_rows(resolution.id, 7502)[7500:]
    for row in more:
        row["eid"] += "_b"
    assert insert_paragraphs(db, more[::-1]) == [
        db.scalar(select(Paragraph.id).where(Paragraph.eid == row["eid"])) for row in more[::-1]]
    assert insert_rows(db, Paragraph, []) == {}


def test_rows_go_in_after_what_the_session_holds_not_yet_flushed(db):
    """A paragraph deleted, and one renamed out of the way, in the session but not flushed: new
    rows taking their eIds go in after those changes, not into a clash with them."""
    resolution = Resolution(symbol="A/RES/79/901", body="GA", title="Short")
    db.add(resolution)
    db.flush()
    rid = resolution.id
    insert_rows(db, Paragraph, _paragraph_rows(rid, 2))
    db.expire_all()
    first, second = db.scalars(select(Paragraph).order_by(Paragraph.position)).all()
    second.eid = "para_2_old"
    insert_rows(db, Paragraph, _paragraph_rows(rid, 2)[1:], key="eid")
    db.delete(first)
    insert_rows(db, Paragraph, _paragraph_rows(rid, 1))
    db.flush()
    assert sorted(db.scalars(select(Paragraph.eid))) == ["para_1", "para_2", "para_2_old"]
    # and the rows of several tables
    db.delete(db.scalars(select(Paragraph).where(Paragraph.eid == "para_1")).one())
    insert_together(db, [(Paragraph, _paragraph_rows(rid, 1))])
    assert db.scalar(select(func.count()).select_from(Paragraph)) == 3


def test_a_table_takes_rows_as_its_model_does(db):
    """``insert_rows`` takes a Core table (an association table has no model) as it takes a model."""
    resolution = Resolution(symbol="A/RES/79/902", body="GA", title="Table")
    db.add(resolution)
    db.flush()
    ids = insert_rows(db, Paragraph.__table__, _paragraph_rows(resolution.id, 2), key="eid")
    assert ids == dict(db.execute(select(Paragraph.eid, Paragraph.id)).all())
    assert sorted(ids) == ["para_1", "para_2"]


def test_each_value_binds_as_its_column_binds_it_whether_or_not_it_repeats(db):
    """Rows are converted column by column, a date's, timestamp's or flag's processor run once per
    distinct value: every value comes out as the column's own processor makes it, JSON's 1 and True
    (equal in Python) as themselves."""
    import datetime as dt

    from tracker.models import HistoryEntry, Obligation
    from tracker.services.importing.rows import _column, _processor

    dialect = db.connection().dialect
    now = dt.datetime(2026, 12, 3, 17, 0, tzinfo=dt.UTC)
    rows = [{"created_at": now, "due_on": dt.date(2027, 1, i % 2 + 1), "needs_review": i % 3 == 0,
             "confidence": {"kind": 1 if i % 2 else True}} for i in range(6)]
    rows[4]["due_on"] = None
    for table, name in ((Obligation, "created_at"), (Obligation, "due_on"), (Obligation, "needs_review"),
                        (Obligation, "confidence")):
        column_type = table.__table__.c[name].type
        process = column_type._cached_bind_processor(dialect)
        expected = [process(row[name]) if process else row[name] for row in rows]
        got = _column(rows, name, *_processor(column_type, dialect))
        # psycopg wraps JSON in a Json object, which compares by identity
        assert [getattr(v, "obj", v) for v in got] == [getattr(v, "obj", v) for v in expected], name
    assert not _processor(HistoryEntry.__table__.c.new_value.type, dialect)[1]
    assert _processor(Obligation.__table__.c.due_on.type, dialect)[1]


def test_a_new_resolution_writes_as_many_paragraph_rows_as_ids_are_reserved_for_them(db):
    """``paragraph_count`` (the paragraph ids reserved for a new resolution on PostgreSQL,
    ``Reserved``) is the number of paragraph rows its import writes: preambular, operative, an
    annexed instrument's paragraphs and every level of their sub-paragraphs."""
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    shapes = set()
    for path in sorted(corpus.glob("*.txt")):
        try:
            parsed = parse(path.read_bytes(), path.name)
        except ParseError:
            continue
        rid = import_resolution(db, parsed, Actor.system("test"), today=dt.date(2026, 12, 3)).resolution.id
        written = db.scalars(select(Paragraph.kind).where(Paragraph.resolution_id == rid)).all()
        assert len(written) == paragraph_count(parsed), path.name
        shapes.update(written)
    assert shapes == {ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE, ParagraphKind.ANNEX,
                      ParagraphKind.SUBPARAGRAPH}


def test_paragraphs_given_reserved_ids_take_them_in_order_and_no_more_than_reserved():
    given = GivenIds([7, 8, 9])
    assert given(None, [{"eid": "a"}, {"eid": "b"}]) == [7, 8]
    with pytest.raises(ValueError, match="3 paragraph ids reserved"):
        given(None, [{"eid": "c"}, {"eid": "d"}])
    assert given.rows == [{"eid": "a", "id": 7}, {"eid": "b", "id": 8}]


def test_a_new_resolutions_reserved_ids_are_each_tables_own_whatever_was_reserved_ahead(db):
    """PostgreSQL: a new resolution's id comes from the resolutions' sequence and its paragraphs'
    from the paragraphs', each once, so that each sequence stays ahead of the ids its table holds
    (a row a default numbers later, the ORM's or a restore's, never meets one taken); what was
    reserved ahead and does not cover the resolution taken (a commit's files imported again after a
    rollback, with the ids their first attempt used gone) is reserved then."""
    if db.connection().dialect.name != "postgresql":
        pytest.skip("ids are reserved ahead on PostgreSQL only")

    def last(table: str) -> int:  # 0: the sequence has given nothing yet
        return db.execute(text("SELECT pg_sequence_last_value(pg_get_serial_sequence(:t, 'id')::regclass)"),
                          {"t": table}).scalar() or 0

    before = {table: last(table) for table in ("resolutions", "paragraphs")}
    reserved = Reserved()
    taken = [reserved.take(db, 3), reserved.take(db, 3)]  # nothing reserved ahead
    reserved._reserve(db, 1, 1)  # a resolution's id and one paragraph's, for one of three
    taken.append(reserved.take(db, 3))
    reserved._reserve(db, 0, 2)  # two paragraphs' ids, and no resolution's
    taken.append(reserved.take(db, 2))
    ids = {"resolutions": [rid for rid, _ in taken],
           "paragraphs": [i for _, given in taken for i in given.ids]}
    assert [len(given.ids) for _, given in taken] == [3, 3, 3, 2]
    for table, given in ids.items():
        assert len(set(given)) == len(given), table
        assert all(before[table] < i <= last(table) for i in given), table
