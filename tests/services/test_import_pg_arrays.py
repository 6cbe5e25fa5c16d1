"""The import's array literals on PostgreSQL (``rows.pg_array``): every value reads back as itself."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from tracker.services.importing.rows import pg_array

CASES = [
    ("TEXT", ['a"b', "c\\d", "NULL", "", " spaced ", "{x,y}", "é ü ✓", "line\nbreak\ttab", None]),
    ("INTEGER", [1, -5, 2**31 - 1, None]),
    ("DOUBLE PRECISION", [0.1, 1 / 3, 0.85, 1e-300, None]),
    ("BOOLEAN", [True, False, None]),
    ("DATE", [dt.date(2026, 11, 27), None]),
    ("TIMESTAMP WITH TIME ZONE", [
        dt.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC),
        dt.datetime(2026, 6, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        None,
    ]),
]


@pytest.mark.parametrize(("array_type", "values"), CASES, ids=[c[0] for c in CASES])
def test_an_array_literal_reads_back_as_its_values(db, array_type, values):
    if db.connection().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's array literals")
    statement = text(f"SELECT CAST(:values AS {array_type}[])")
    read = db.execute(statement, {"values": pg_array(values)}).scalar_one()
    assert read == values


def test_rows_copied_read_back_as_their_values(db):
    """``rows.pg_copy`` (a commit's new resolutions and paragraphs): every value through its
    column's bind processor, as an INSERT would bind it — text with COPY's own specials (tab,
    line break, backslash, ``\\N``), JSON, dates, aware timestamps, NULLs — reads back as itself;
    a string longer than its column is refused, not cut, raised as any statement's failure is:
    SQLAlchemy's ``DBAPIError`` (here ``DataError``) naming the ``COPY``, what callers catch."""
    from sqlalchemy import select
    from sqlalchemy.exc import DataError

    from tracker.models import Resolution
    from tracker.services.importing.rows import pg_copy

    if db.connection().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's COPY")
    now = dt.datetime(2026, 12, 4, 19, 45, 1, 234567, tzinfo=dt.UTC)
    written = [
        {"symbol": "A/RES/80/9001", "body": "GA", "session": 80, "title": 'tab\there, "quoted" \\N {x,y}',
         "adopted_on": dt.date(2026, 11, 27), "agenda_items": ["70 (a)", 'say "it"\\', {"n": 1}],
         "draft_symbols": [], "source_text": "line\nbreak\r\n\\.\nend", "parse_warnings": [True, 1, None],
         "annexes": None, "published_at": now, "imported_at": now, "updated_at": now},
        {"symbol": "S/RES/9002 (2026)", "body": "SC", "session": None, "title": "é ü ✓",
         "adopted_on": None, "agenda_items": [], "draft_symbols": ["S/2026/1"], "source_text": None,
         "parse_warnings": [], "annexes": [{"title": "Annex", "paragraphs": []}], "published_at": None,
         "imported_at": now, "updated_at": now},
    ]
    pg_copy(db, Resolution.__table__, written)
    read = {r.symbol: r for r in db.scalars(select(Resolution).where(
        Resolution.symbol.in_([w["symbol"] for w in written])))}
    for row in written:
        assert {name: getattr(read[row["symbol"]], name) for name in row} == row
    with pytest.raises(DataError) as failed, db.begin_nested():
        pg_copy(db, Resolution.__table__, [{**written[1], "symbol": "x" * 61}])
    assert failed.value.statement.startswith("COPY resolutions (symbol, body, session, title, ")
    assert "[SQL: COPY resolutions (" in str(failed.value)
