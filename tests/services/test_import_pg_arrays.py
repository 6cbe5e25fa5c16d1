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
