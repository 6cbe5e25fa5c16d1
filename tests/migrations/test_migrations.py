"""The migrations build exactly the schema the models describe, and can be undone."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from tests.conftest import create_scratch_database
from tracker.db import Base, make_engine
from tracker.migrate import downgrade, include_object, upgrade
from tracker.services.search import ObligationFilter, search_obligations


def test_upgrade_to_head_matches_models_then_downgrade_to_base(database_url, tmp_path):
    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"

        downgrade(engine, "base")
        leftover = set(inspect(engine).get_table_names()) - {"alembic_version"}
        assert leftover == set()

        upgrade(engine)  # and up again: downgrade left nothing behind that blocks it
        assert "obligations" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
        drop()


def test_the_scheduler_job_store_is_not_taken_for_drift(database_url, tmp_path):
    """APScheduler keeps its jobs in the app's database; autogenerate must not offer to drop them."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    try:
        upgrade(engine)
        store = SQLAlchemyJobStore(engine=engine)
        store.start(None, "default")
        assert "apscheduler_jobs" in inspect(engine).get_table_names()
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object}
            )
            assert compare_metadata(context, Base.metadata) == []
        store.shutdown()
    finally:
        engine.dispose()
        drop()


def test_0003_migrates_existing_obligations_and_keeps_their_history(database_url, tmp_path):
    """Data of revision 0002: a mandate stored as an action due on its end becomes a mandate that
    expires; a declaratory paragraph loses its due date; copying the table on SQLite cascades
    nothing away (owners and history stay); and the downgrade gives the due date back."""
    from sqlalchemy import text

    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    now = "2024-01-01 00:00:00+00:00"
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO resolutions (id, symbol, body, title, agenda_items, draft_symbols,"
                " parse_warnings, imported_at, updated_at)"
                " VALUES (1, 'S/RES/2727 (2024)', 'SC', 't', '[]', '[]', '[]', :now, :now)"
            ), {"now": now})
            conn.execute(text(
                "INSERT INTO paragraphs (id, resolution_id, kind, number, eid, position, text) VALUES"
                " (1, 1, 'operative', '1', 'para_1', 1, 'Decides to extend ...'),"
                " (2, 1, 'operative', '2', 'para_2', 2, 'Welcomes ...')"
            ))
            conn.execute(text("INSERT INTO entities (id, name, kind, needs_review, created_at)"
                              " VALUES (1, 'Security Council', 'organ', false, :now)"), {"now": now})
            for oid, kind, action, deadlines, due in (
                (1, "action", "decides",
                 '[{"kind": "date", "date": "2025-01-31", "text": "until 31 January 2025"}]', "2025-01-31"),
                (2, "declaratory", "welcomes", "[]", None),
            ):
                conn.execute(text(
                    "INSERT INTO obligations (id, resolution_id, paragraph_id, occurrence, action, kind,"
                    " deadlines, due_on, status, status_changed_at, confidence, needs_review,"
                    " reviewed_fields, created_at, updated_at, version) VALUES (:id, 1, :id, 1, :action,"
                    " :kind, :deadlines, :due, 'not_started', :now, '{}', false, '[]', :now, :now, 1)"
                ), {"id": oid, "kind": kind, "action": action, "deadlines": deadlines, "due": due,
                    "now": now})
            conn.execute(text("INSERT INTO obligation_owners (obligation_id, entity_id) VALUES (1, 1)"))
            conn.execute(text("INSERT INTO obligation_history (obligation_id, at, actor, field)"
                              " VALUES (1, :now, 'import', 'created')"), {"now": now})

        upgrade(engine)
        with engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(text(
                "SELECT id, kind, status, due_on, expires_on FROM obligations ORDER BY id"))}
            assert rows[1].kind == "mandate"
            assert str(rows[1].expires_on) == "2025-01-31" and rows[1].due_on is None
            assert rows[1].status == "ongoing"
            assert rows[2].status == "not_applicable" and rows[2].due_on is None
            assert conn.execute(text("SELECT count(*) FROM obligation_owners")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM obligation_history")).scalar() == 1

        downgrade(engine, "0002")
        with engine.connect() as conn:
            kind, due = conn.execute(text("SELECT kind, due_on FROM obligations WHERE id = 1")).one()
            assert kind == "action" and str(due) == "2025-01-31"
            assert conn.execute(text("SELECT count(*) FROM obligation_history")).scalar() == 1
    finally:
        engine.dispose()
        drop()


def test_0009_makes_uncurated_parser_entities_candidates_and_back(database_url, tmp_path):
    """Data of revision 0008: an entity the parser made (``needs_review``) that nobody curated becomes
    a pending candidate linked to its obligation, which it no longer owns; one that an admin gave a
    focal point stays an entity; the downgrade gives the first back as an owner flagged for review."""
    from sqlalchemy import text

    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    now = "2024-01-01 00:00:00+00:00"
    try:
        upgrade(engine, "0008_login_failures")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO resolutions (id, symbol, body, title, agenda_items, draft_symbols,"
                " parse_warnings, imported_at, updated_at)"
                " VALUES (1, 'A/RES/80/1', 'GA', 't', '[]', '[]', '[]', :now, :now)"), {"now": now})
            conn.execute(text("INSERT INTO paragraphs (id, resolution_id, kind, number, eid, position, text)"
                              " VALUES (1, 1, 'operative', '1', 'para_1', 1, 'Calls upon ...')"))
            ids = {}  # no explicit ids: PostgreSQL's sequence must know them for the downgrade's INSERT
            for name, flagged in (("Secretary-General", False), ("all relevant actors", True),
                                  ("Committee of Nobody", True)):
                ids[name] = conn.execute(text("INSERT INTO entities (name, kind, needs_review, created_at)"
                                              " VALUES (:name, 'other', :flagged, :now) RETURNING id"),
                                         {"name": name, "flagged": flagged, "now": now}).scalar_one()
            sg, fragment, nobody = ids.values()
            conn.execute(text(
                "INSERT INTO obligations (id, resolution_id, paragraph_id, occurrence, action, kind,"
                " deadlines, status, status_changed_at, confidence, needs_review, reviewed_fields,"
                " created_at, updated_at, version) VALUES (1, 1, 1, 1, 'calls_upon', 'exhortation', '[]',"
                " 'ongoing', :now, '{}', true, '[]', :now, :now, 1)"), {"now": now})
            for entity_id in ids.values():
                conn.execute(text("INSERT INTO obligation_owners (obligation_id, entity_id) VALUES (1, :e)"),
                             {"e": entity_id})
            conn.execute(text("INSERT INTO focal_points (entity_id, email, created_at)"
                              " VALUES (:e, 'focal@nobody.org', :now)"), {"e": nobody, "now": now})

        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM entities ORDER BY id")).scalars().all() == [
                "Secretary-General", "Committee of Nobody"]
            assert conn.execute(text("SELECT entity_id FROM obligation_owners ORDER BY entity_id")
                                ).scalars().all() == sorted([sg, nobody])
            gone = conn.execute(text("SELECT count(*) FROM entities WHERE id = :e"), {"e": fragment})
            assert gone.scalar() == 0
            candidates = conn.execute(text("SELECT id, name, status, version FROM owner_candidates")).all()
            assert [(c.name, c.status, c.version) for c in candidates] == [
                ("all relevant actors", "pending", 1)]
            links = conn.execute(text("SELECT obligation_id, candidate_id FROM obligation_candidates")).all()
            assert links == [(1, candidates[0].id)]
            assert set(conn.execute(text("SELECT version FROM entities")).scalars()) == {1}

        downgrade(engine, "0008_login_failures")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT name, needs_review FROM entities ORDER BY name")).all()
            assert [(r.name, bool(r.needs_review)) for r in rows] == [
                ("Committee of Nobody", False), ("Secretary-General", False), ("all relevant actors", True)]
            assert conn.execute(text("SELECT count(*) FROM obligation_owners")).scalar() == 3
    finally:
        engine.dispose()
        drop()


def test_the_search_documents_functions_plan_each_call_on_postgresql(engine):
    """0018: PL/pgSQL keeps a plan made for the tables as they were (empty, before any ANALYZE),
    which made every inserted obligation read the whole of ``paragraphs``: each call plans anew."""
    import pytest
    from sqlalchemy import text

    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's plan cache")
    with engine.connect() as conn:
        settings = dict(conn.execute(text(
            "SELECT p.proname, p.proconfig FROM pg_proc AS p JOIN pg_language AS l ON l.oid = p.prolang "
            "WHERE l.lanname = 'plpgsql' AND p.proname LIKE 'obligations_fts_%'")).all())
    assert len(settings) == 6  # 0025's obligations_fts_on_facets too
    custom = "plan_cache_mode=force_custom_plan"
    planned = {name for name, config in settings.items() if custom in (config or [])}
    assert planned == set(settings), settings


def test_postgresql_keeps_statistics_on_the_renewal_rule(engine):
    """0023: the planner knows how many obligations ``renewed_sql`` finds, from statistics on the
    expression the rule writes (without them it takes "not renewed" for 1 row in 200 and reads
    every ended mandate for the expired panel)."""
    import pytest
    from sqlalchemy import select, text
    from sqlalchemy.dialects import postgresql

    from tracker.models import Obligation
    from tracker.models.obligations import renewed_sql

    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's extended statistics")
    with engine.connect() as conn:
        expressions = conn.execute(text(
            "SELECT pg_get_statisticsobjdef_expressions(oid) FROM pg_statistic_ext "
            "WHERE stxname = 'obligations_renewal'")).scalar_one()
    assert expressions == ["COALESCE(renewed_by_id, 0)"]
    rule = str(select(Obligation.id).where(renewed_sql(Obligation)).compile(dialect=postgresql.dialect()))
    assert "coalesce(obligations.renewed_by_id, 0)" in rule


def test_postgresql_keeps_the_paragraphs_tsvector_without_an_index(engine):
    """0027: nothing matches ``paragraphs.text_search`` (a search matches the obligations'
    documents), so it has no GIN index for every imported paragraph to pay an entry in; the
    column stays, for the documents and for a word's share (its statistics,
    ``test_common_and_rare_words_find_the_same_pages``)."""
    import pytest
    from sqlalchemy import text

    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's stored tsvector")
    with engine.connect() as conn:
        indexed = conn.execute(text(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = 'paragraphs' AND indexdef LIKE '%text_search%'")).scalars().all()
        generated = conn.execute(text(
            "SELECT attgenerated FROM pg_attribute WHERE attrelid = 'paragraphs'::regclass "
            "AND attname = 'text_search'")).scalar_one()
    assert indexed == []
    assert generated == "s"


#: the deadlines of A/HRC/RES/44/19, paragraph 15: a mandate extended for a year, and its report due
#: at the forty-seventh session (the data of revisions 0030 and 0031)
_EXTENDING_DEADLINES = ('[{"kind": "relative", "days": 365, "from": "adoption", "date": "2021-07-17",'
                        ' "expires": true, "text": "for a period of one year"},'
                        ' {"kind": "session", "body": "HRC", "session": 47,'
                        ' "text": "at its forty-seventh session"}]')


def _insert_extending_paragraph(conn, now: str) -> None:
    """A/HRC/RES/44/19 and its paragraph 15, which extends a mandate and asks for a report (ids 1)."""
    from sqlalchemy import text

    conn.execute(text(
        "INSERT INTO resolutions (id, symbol, body, session, title, adopted_on, agenda_items,"
        " draft_symbols, parse_warnings, imported_at, updated_at) VALUES (1, 'A/HRC/RES/44/19',"
        " 'HRC', 44, 'Situation of human rights in Belarus', '2020-07-17', '[]', '[]', '[]',"
        " :now, :now)"
    ), {"now": now})
    conn.execute(text(
        "INSERT INTO paragraphs (id, resolution_id, kind, number, eid, position, text) VALUES"
        " (1, 1, 'operative', '15', 'para_15', 1, 'Decides to extend the mandate ...')"))


def test_0031_dates_the_mandates_reports_carry_and_counts_them(database_url, tmp_path):
    """Data of revision 0030: a report that extends a mandate (A/HRC/RES/44/19, paragraph 15) had
    no end stored; the upgrade dates it (one year from adoption) and the kept counts, recounted
    with ``expires``, agree with the obligations; the downgrade clears it again."""
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from tracker.services import counts

    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    now = "2024-01-01 00:00:00+00:00"
    try:
        upgrade(engine, "0030_deadline_session_counts")
        with engine.begin() as conn:
            _insert_extending_paragraph(conn, now)
            conn.execute(text(
                "INSERT INTO obligations (id, resolution_id, paragraph_id, occurrence, action, kind,"
                " deadlines, due_on, status, status_changed_at, confidence, needs_review,"
                " reviewed_fields, created_at, updated_at, version) VALUES (1, 1, 1, 1, 'decides',"
                " 'report', :deadlines, '2021-06-21', 'not_started', :now, '{}', false, '[]', :now, :now, 1)"
            ), {"deadlines": _EXTENDING_DEADLINES, "now": now})

        upgrade(engine)
        with engine.connect() as conn:
            assert str(conn.execute(text("SELECT expires_on FROM obligations")).scalar()) == "2021-07-17"
            ended = "SELECT count(*) FROM session_counts WHERE expires AND n = 1"
            assert conn.execute(text(ended)).scalar() == 1
            with Session(bind=conn) as session:
                report = counts.check(session)
                assert report.ok, (report.drift, report.malformed, report.missing_triggers)

        downgrade(engine, "0030_deadline_session_counts")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT expires_on FROM obligations")).scalar() is None
    finally:
        engine.dispose()
        drop()


def test_0032_files_a_report_under_its_own_session_not_the_mandates_end(database_url, tmp_path):
    """Data of revision 0031: the report of A/HRC/RES/44/19, paragraph 15, filed under the end of the
    mandate its paragraph extends (written first); the upgrade files it under the session its report
    is due at, the kept counts following; the downgrade files it under the end again."""
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from tracker.services import counts

    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    now = "2024-01-01 00:00:00+00:00"
    filed = "SELECT deadline_text, deadline_body, deadline_session FROM obligations"
    try:
        upgrade(engine, "0031_mandates_carried_by_reports")
        with engine.begin() as conn:
            _insert_extending_paragraph(conn, now)
            conn.execute(text(
                "INSERT INTO obligations (id, resolution_id, paragraph_id, occurrence, action, kind,"
                " deadline_text, deadlines, due_on, expires_on, status, status_changed_at, confidence,"
                " needs_review, reviewed_fields, created_at, updated_at, version) VALUES (1, 1, 1, 1,"
                " 'decides', 'report', 'for a period of one year', :deadlines, '2021-06-21', '2021-07-17',"
                " 'not_started', :now, '{}', false, '[]', :now, :now, 1)"
            ), {"deadlines": _EXTENDING_DEADLINES, "now": now})

        upgrade(engine)
        with engine.connect() as conn:
            assert tuple(conn.execute(text(filed)).one()) == ("at its forty-seventh session", "HRC", 47)
            with Session(bind=conn) as session:
                report = counts.check(session)
                assert report.ok, (report.drift, report.malformed, report.missing_triggers)

        downgrade(engine, "0031_mandates_carried_by_reports")
        with engine.connect() as conn:
            assert tuple(conn.execute(text(filed)).one()) == ("for a period of one year", None, None)
    finally:
        engine.dispose()
        drop()


def test_0037_stores_sqlite_documents_in_the_page_order_and_back(database_url, tmp_path):
    """Data of revision 0036: SQLite's documents keyed by their obligation's id; the upgrade keys
    each by its due date, then id (``search.document_key``: rowid order is the page's order), its
    triggers keep them so (a due date changed moves its document), a search finds them in order;
    the downgrade keys them by id again, with the triggers as they were. PostgreSQL: unchanged."""
    from sqlalchemy import text

    from tracker.services.search import document_key

    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    now = "2024-01-01 00:00:00+00:00"
    dues = {1: "2027-03-01", 2: None, 3: "2026-01-05", 4: "2027-03-01"}
    sqlite = engine.dialect.name == "sqlite"
    triggers = ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%obligations_fts%' "
                "ORDER BY name")
    documents = "SELECT rowid FROM obligations_fts ORDER BY rowid"
    try:
        upgrade(engine, "0036_paragraph_unnumbered")
        with engine.begin() as conn:
            _insert_extending_paragraph(conn, now)
            for ident, due in dues.items():
                conn.execute(text(
                    "INSERT INTO obligations (id, resolution_id, paragraph_id, occurrence, action, kind,"
                    " deadlines, due_on, status, status_changed_at, confidence, needs_review,"
                    " reviewed_fields, created_at, updated_at, version) VALUES (:id, 1, 1, :id, 'decides',"
                    " 'report', '[]', :due, 'not_started', :now, '{}', false, '[]', :now, :now, 1)"
                ), {"id": ident, "due": due, "now": now})
            before = conn.execute(text(triggers)).all() if sqlite else []
            if sqlite:
                assert conn.execute(text(documents)).scalars().all() == [1, 2, 3, 4]

        upgrade(engine)
        with engine.begin() as conn:
            keys = [document_key(dt.date.fromisoformat(dues[i]) if dues[i] else None, i)
                    for i in (3, 1, 4, 2)]
            if sqlite:
                assert conn.execute(text(documents)).scalars().all() == keys
            conn.execute(text("UPDATE obligations SET due_on = '2025-12-31', "
                              "status = 'in_progress' WHERE id = 4"))
            if sqlite:
                assert conn.execute(text(documents)).scalars().all() == [
                    document_key(dt.date(2025, 12, 31), 4), *keys[:2], keys[3]]
            conn.execute(text("UPDATE obligations SET due_on = '2026-01-05' WHERE id = 4"))
        with Session(bind=engine) as session:
            page = search_obligations(session, ObligationFilter(q="mandate", include_unpublished=True),
                                      dt.date(2026, 11, 27))
            assert [o.id for o in page.items] == [3, 4, 1, 2]

        downgrade(engine, "0036_paragraph_unnumbered")
        if sqlite:
            with engine.connect() as conn:
                assert conn.execute(text(documents)).scalars().all() == [1, 2, 3, 4]
                assert conn.execute(text(triggers)).all() == before
    finally:
        engine.dispose()
        drop()


def test_every_revision_fits_alembic_version_on_postgresql():
    """``alembic_version.version_num`` is ``VARCHAR(32)``: PostgreSQL refuses a longer revision id
    (SQLite stores it anyway, so only this test says so before the PostgreSQL run)."""
    from alembic.script import ScriptDirectory

    from tracker.migrate import MIGRATIONS

    script = ScriptDirectory(str(MIGRATIONS))
    too_long = [r.revision for r in script.walk_revisions() if len(r.revision) > 32]
    assert too_long == []
