"""An import looks rows up by an index on PostgreSQL: it reads no table whole, however large."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from tests.services.seed import TODAY, parse_text, seed
from tests.services.test_successors import successor_text
from tracker.models import Paragraph
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

CLI = Actor.system("cli")
#: the tables whose reads grew with the register: each imported file read all of obligations
#: three times (the owner counts' and search documents' triggers), of resolutions once (the
#: cited symbols) and of document_references once (the references citing the new resolution)
TABLES = ("obligations", "obligation_owners", "obligation_items", "resolutions", "document_references")


def _sequential_scans(db) -> dict[str, int]:
    """Sequential scans of ``TABLES`` in this transaction so far (the triggers' included)."""
    rows = db.execute(text("SELECT relname, seq_scan FROM pg_stat_xact_user_tables WHERE relname = ANY(:t)"),
                      {"t": list(TABLES)})
    return dict(rows.all())


def test_an_import_reads_no_table_whole_on_postgresql(db):
    """A resolution with owners, sub-paragraphs and items, citing one we hold (linked both ways),
    imported after it: every row its statements and the kept tables' triggers read is found by
    an index (the planner hashed whole tables while they had no statistics: autovacuum off, or a
    bulk load that outruns it)."""
    if db.connection().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's plans")
    import_resolution(db, seed(), CLI, today=TODAY)
    db.flush()
    before = _sequential_scans(db)
    result = import_resolution(db, parse_text(successor_text(), "A-RES-73-11.txt"), CLI, today=TODAY)
    db.flush()
    after = _sequential_scans(db)
    assert result.links, "the successor is linked: link_successors read the references citing it"
    assert {t: after.get(t, 0) - before.get(t, 0) for t in TABLES} == dict.fromkeys(TABLES, 0)


def _import_counting_document_calls(db):
    """The seed imported; the calls of the documents' functions it made (PostgreSQL)."""
    db.execute(text("SET LOCAL track_functions = 'all'"))
    result = import_resolution(db, seed(), CLI, today=TODAY)
    db.flush()
    calls = dict(db.execute(text("SELECT funcname, calls FROM pg_stat_xact_user_functions"
                                 " WHERE funcname LIKE 'obligations_fts_%'")).all())
    return result, calls


def test_an_import_builds_its_search_documents_at_once_on_postgresql(db):
    """The obligations a statement inserts get their documents from one call of the documents'
    function (0021), not a call per obligation (each planning its statements anew, four fifths of
    what the kept tables cost an import)."""
    if db.connection().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's trigger functions")
    result, calls = _import_counting_document_calls(db)
    assert result.obligations > 1
    assert calls.get("obligations_fts_document", 0) == 0
    assert calls["obligations_fts_documents"] >= 1


def test_an_import_refreshes_no_search_document_on_postgresql(db):
    """A new resolution's documents come from its obligations' insert: its paragraphs (inserted
    before any obligation) and its items (sub-paragraphs, already in the document) have none to
    refresh, and the refresh is not called at all (it planned its statements on every call, for
    an empty list: ≈ 3 ms a statement)."""
    if db.connection().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's trigger functions")
    result, calls = _import_counting_document_calls(db)
    assert result.obligations > 1
    # the paragraphs' insert trigger ran (once: since 6d33301 every level goes in one statement,
    # whose data-modifying parts PostgreSQL may report as one call or more) over sub-paragraphs too
    assert calls.get("obligations_fts_on_paragraphs", 0) >= 1, "paragraphs were inserted"
    assert db.scalar(select(func.count()).select_from(Paragraph).where(
        Paragraph.resolution_id == result.resolution.id, Paragraph.parent_id.is_not(None))), \
        "sub-paragraphs were inserted"
    assert calls.get("obligations_fts_refresh", 0) == 0
