"""The nightly merge of the full-text indexes (``search.merge_fulltext``, ``jobs.fulltext_job``):
on SQLite each FTS5 index ends in one segment, and a search finds what it found before; on
PostgreSQL it does nothing."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import text

from tests.factories import gen_obligation
from tracker.reminders import ReminderSettings, jobs
from tracker.services.search import FULLTEXT_TABLES, ObligationFilter, merge_fulltext, search_obligations

TODAY = dt.date(2026, 11, 27)


def _varint(block: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at ``at`` (FTS5 writes its records with them)."""
    value = 0
    for i in range(9):
        byte = block[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def segments(db, table: str) -> int:
    """How many segments an FTS5 index holds: its structure record (row 10 of ``<table>_data``) is
    a 4-byte cookie, an optional 4-byte version mark, the number of levels, then of segments."""
    block = db.execute(text(f"SELECT block FROM {table}_data WHERE id = 10")).scalar_one()  # noqa: S608
    at = 8 if block[4:8] == b"\xff\x00\x00\x01" else 4
    _levels, at = _varint(block, at)
    return _varint(block, at)[0]


def _found(db, q: str) -> list[int]:
    return [row.id for row in search_obligations(db, ObligationFilter(q=q), TODAY).items]


@pytest.fixture
def no_automerge(db):
    """FTS5 merges segments by itself once a level holds four (``automerge``), and whatever a level
    holds once it reaches sixteen (``crisismerge``): with the segments earlier tests of the run left
    (the kept counts' random writes leave many), the commits below could end in one segment before
    the job runs (a test that then failed now and again, and always after those writes). Each index
    starts as one segment and merges nothing by itself during this test; FTS5's default (4) after."""
    def automerge(n: int) -> None:
        for table in FULLTEXT_TABLES:
            db.execute(text(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', {n})"))  # noqa: S608
        db.commit()

    sqlite = db.get_bind().dialect.name == "sqlite"
    if sqlite:
        for table in FULLTEXT_TABLES:
            db.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))  # noqa: S608
        automerge(0)
    yield
    if sqlite:
        db.rollback()
        automerge(4)


@pytest.mark.usefixtures("no_automerge")
def test_the_nightly_merge_leaves_one_segment_per_index_and_finds_the_same(db, db_factory, caplog):
    """Each commit writes a segment (here three, and a rewritten document's old entries); merged,
    each index is one segment and every word finds the same obligations, on PostgreSQL untouched."""
    written = []
    for word in ("coral", "reef", "coral"):
        written.append(gen_obligation(db, text=f"Requests a report on the {word} of the region;"))
        db.commit()
    written[0].status = "completed"  # its document rewritten (its status term, migration 0025)
    db.commit()
    before = {q: _found(db, q) for q in ("coral", "reef", "region", "report coral")}
    assert before["coral"] and before["reef"]
    sqlite = db.get_bind().dialect.name == "sqlite"
    if sqlite:
        assert segments(db, "obligations_fts") > 1
    db.rollback()
    jobs.configure(db_factory, ReminderSettings(today=TODAY))
    with caplog.at_level(logging.INFO, logger=jobs.log.name):
        jobs.fulltext_job()
    # the operator's log says which indexes were merged (none on PostgreSQL)
    merged_lines = [r.getMessage() for r in caplog.records if r.name == jobs.log.name]
    assert merged_lines == ([f"full-text indexes merged: {', '.join(FULLTEXT_TABLES)}"] if sqlite else [])
    db.expire_all()
    if sqlite:
        assert {table: segments(db, table) for table in FULLTEXT_TABLES} == dict.fromkeys(FULLTEXT_TABLES, 1)
    assert {q: _found(db, q) for q in before} == before
    assert merge_fulltext(db) == (FULLTEXT_TABLES if sqlite else ())
