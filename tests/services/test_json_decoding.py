"""JSON read from the database is decoded by ``tracker.db.decode_json`` (orjson): the JSON columns,
the rows' JSON arrays and the resolution page's head, with the same values ``json.loads`` gives
for what either database writes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import bindparam, text

from tracker.db import decode_json
from tracker.services import rows

TRICKY = ["Comité", 'a "quoted" word', "back\\slash", "line\nbreak\ttab", "\u0001", "😀 Ω", "", "€ 2,5"]


def test_the_engine_decodes_json_with_decode_json(engine) -> None:
    assert engine.dialect._json_deserializer is decode_json


@pytest.mark.parametrize("value", TRICKY)
def test_what_the_database_writes_decodes_as_json_loads_does(engine, value: str) -> None:
    if engine.dialect.name == "postgresql":
        made = ("json_build_array(CAST(:v AS text), 1, -7, 2.5, 1e-7, true, false, NULL, "
                "json_build_object('k', :v))")
    else:
        made = "json_array(:v, 1, -7, 2.5, 1e-7, json('true'), json('false'), NULL, json_object('k', :v))"
    with engine.connect() as conn:
        written, as_read = conn.execute(
            text(f"SELECT CAST({made} AS text), {made}").bindparams(bindparam("v", value))).one()
    expected = json.loads(written)
    assert expected[0] == value
    assert decode_json(written) == expected
    assert rows._decoded(as_read) == expected  # by the driver on PostgreSQL, from the text on SQLite


def test_a_json_column_holding_a_number_reads_back_as_that_number(db) -> None:
    """SQLite gives a JSON column's scalar number as a number, not as text; SQLAlchemy's SQLite JSON
    type keeps it when the decoder raises ``TypeError``, as ``json.loads`` does (orjson raised a
    ``ValueError``: reading a mandate's history failed, seen in CI on 5 December)."""
    from sqlalchemy import JSON, literal, select

    assert db.execute(select(literal(3, JSON()).label("n"))).scalar_one() == 3
    with pytest.raises(TypeError):
        decode_json(3)
