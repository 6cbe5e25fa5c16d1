"""Revision 0003: paragraphs a re-import removed carry ``removed_at`` instead of an eId prefix.

Old rows convert both ways, and the table rebuild SQLite needs loses nothing that refers to the
paragraphs (obligations, footnote links) nor the full-text index's triggers."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from tests.conftest import create_scratch_database
from tracker.db import make_engine
from tracker.migrate import downgrade, upgrade

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


def _populate(conn: sa.Connection) -> None:
    """A resolution at revision 0002 whose paragraph 4 a re-import removed (old scheme)."""
    meta = sa.MetaData()
    meta.reflect(conn, only=["resolutions", "paragraphs", "obligations", "footnotes",
                             "paragraph_footnotes"])
    t = meta.tables
    conn.execute(t["resolutions"].insert(), [{
        "id": 1, "symbol": "A/RES/71/19", "body": "GA", "session": 71, "title": "INTERPOL",
        "agenda_items": [], "draft_symbols": [], "parse_warnings": [], "imported_at": NOW,
        "updated_at": NOW}])
    conn.execute(t["paragraphs"].insert(), [
        {"id": 10, "resolution_id": 1, "kind": "operative", "number": "4", "eid": "para_4",
         "position": 1, "text": "Requests the Secretary-General to report."},
        {"id": 11, "resolution_id": 1, "kind": "operative", "number": "4",
         "eid": "removed_11__para_4", "position": 2, "text": "Acknowledges the work."},
        {"id": 12, "resolution_id": 1, "parent_id": 11, "kind": "subparagraph", "number": "a",
         "eid": "removed_12__para_4__point_a", "position": 3, "text": "(a) of INTERPOL;"},
    ])
    conn.execute(t["footnotes"].insert(), [{"id": 1, "resolution_id": 1, "marker": "1",
                                            "text": "A/70/1.", "position": 1}])
    conn.execute(t["paragraph_footnotes"].insert(), [{"paragraph_id": 11, "footnote_id": 1}])
    conn.execute(t["obligations"].insert(), [
        {"id": 100 + pid, "resolution_id": 1, "paragraph_id": pid, "occurrence": 1, "kind": "action",
         "deadlines": [], "status": status, "status_changed_at": NOW, "confidence": {},
         "needs_review": False, "reviewed_fields": [], "created_at": NOW, "updated_at": NOW,
         "version": 1}
        for pid, status in ((10, "not_started"), (11, "not_applicable"))
    ])


def _paragraphs(conn: sa.Connection) -> dict[int, tuple]:
    table = sa.Table("paragraphs", sa.MetaData(), autoload_with=conn)
    columns = [table.c.eid] + ([table.c.removed_at] if "removed_at" in table.c else [])
    return {row[0]: tuple(row[1:]) for row in conn.execute(sa.select(table.c.id, *columns))}


def _columns(conn: sa.Connection) -> set[str]:
    return {c["name"] for c in sa.inspect(conn).get_columns("paragraphs")}


def _count(conn: sa.Connection, table: str) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(sa.table(table))).scalar_one()


def test_removed_prefix_becomes_removed_at_and_back(database_url, tmp_path):
    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            _populate(conn)

        upgrade(engine)
        with engine.begin() as conn:
            rows = _paragraphs(conn)
            assert rows[10] == ("para_4", None)
            assert rows[11][0] == "para_4" and rows[11][1] is not None  # the resolution's updated_at
            assert rows[12][0] == "para_4__point_a" and rows[12][1] is not None
            # what refers to the paragraphs survived the table's rebuild
            assert _count(conn, "obligations") == 2 and _count(conn, "paragraph_footnotes") == 1
            # eIds are unique among current paragraphs only
            conn.exec_driver_sql(
                "INSERT INTO paragraphs (resolution_id, kind, number, eid, position, text) "
                "VALUES (1, 'subparagraph', 'a', 'para_4__point_a', 4, 'new (a)')")
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(
                        "INSERT INTO paragraphs (resolution_id, kind, number, eid, position, text) "
                        "VALUES (1, 'operative', '4', 'para_4', 5, 'a second current para_4')")
            except sa.exc.IntegrityError:
                pass
            else:
                raise AssertionError("two current paragraphs with one eId were accepted")
            conn.exec_driver_sql("DELETE FROM paragraphs WHERE position = 4")
            if conn.dialect.name == "sqlite":  # the full-text triggers are back
                triggers = {r[0] for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
                assert {"paragraphs_fts_ai", "paragraphs_fts_ad", "paragraphs_fts_au"} <= triggers
                hits = conn.exec_driver_sql(
                    "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH 'acknowledges'").all()
                assert [h[0] for h in hits] == [11]

        downgrade(engine, "0002")
        with engine.begin() as conn:
            assert "removed_at" not in _columns(conn)
            assert _paragraphs(conn) == {10: ("para_4",), 11: ("removed_11__para_4",),
                                         12: ("removed_12__para_4__point_a",)}
            assert _count(conn, "obligations") == 2 and _count(conn, "paragraph_footnotes") == 1
    finally:
        engine.dispose()
        drop()
