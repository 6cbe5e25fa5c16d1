"""``bench/scale.py`` replicates a loaded register on PostgreSQL: every copy keeps its own
paragraphs, obligations and owners, symbols stay unique and new rows get fresh ids afterwards;
a shaped register is vacuumed, as autovacuum leaves one after a bulk load."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from bench import corpus, database
from bench.scale import multiply
from tests.conftest import create_scratch_database
from tracker.models import Obligation, Paragraph, Resolution, obligation_owners

pytestmark = pytest.mark.skipif(
    not (os.environ.get("TEST_DATABASE_URL") or "").startswith("postgresql"),
    reason="the replication is PostgreSQL's (TEST_DATABASE_URL)",
)


def test_multiply_copies_every_resolution_with_its_record(tmp_path):
    url, drop = create_scratch_database(os.environ["TEST_DATABASE_URL"], tmp_path)
    try:
        database.migrate(url)
        files = sorted(corpus.build(0.003, cache=tmp_path / "corpus").rglob("*.txt"))[:6]
        assert database.load(url, files, budget_s=300).imported == len(files)
        engine = create_engine(url)

        def counts():
            with engine.connect() as conn:
                return {t: conn.scalar(select(func.count()).select_from(t))
                        for t in (Resolution.__table__, Paragraph.__table__, Obligation.__table__,
                                  obligation_owners)}

        def documents():
            with engine.connect() as conn:
                return conn.scalar(text("SELECT count(*) FROM obligations_fts"))

        before = counts()
        assert documents() == before[Obligation.__table__]
        with engine.connect() as conn:
            first = conn.execute(select(Resolution.id, Resolution.symbol).order_by(Resolution.id)).first()
            largest = conn.scalar(select(func.max(Resolution.id)))
        multiply(url, 2)
        after = counts()
        assert {t.name: n for t, n in after.items()} == {t.name: 3 * n for t, n in before.items()}
        assert documents() == after[Obligation.__table__]  # a copy's obligations are found by words
        with engine.connect() as conn:  # and their documents hold their status and due date (0028)
            assert conn.scalar(text(
                "SELECT count(*) FROM obligations_fts AS f JOIN obligations AS o ON o.id = f.obligation_id "
                "WHERE f.status = o.status AND f.due_on IS NOT DISTINCT FROM o.due_on")) == documents()
        with engine.begin() as conn:
            symbols = conn.scalars(select(Resolution.symbol)).all()
            assert len(set(symbols)) == len(symbols)
            # every obligation's paragraph belongs to the obligation's own resolution
            assert conn.scalar(
                select(func.count()).select_from(Obligation)
                .join(Paragraph, Paragraph.id == Obligation.paragraph_id)
                .where(Paragraph.resolution_id != Obligation.resolution_id)
            ) == 0
            copy = conn.scalar(select(Resolution.symbol).where(Resolution.id == first.id + 2 * largest))
            head, number = first.symbol.split(" ")[0].rsplit("/", 1)
            assert copy.split(" ")[0] == f"{head}/{int(number) + 2000}"
        with Session(engine) as s:  # the sequences moved past the copies: an ordinary insert works
            s.add(Resolution(symbol="A/RES/1/1", body="GA", title="t"))
            s.commit()
        engine.dispose()
    finally:
        drop()


def test_shaping_vacuums_the_register_as_autovacuum_would(tmp_path):
    """A register in production is vacuumed by autovacuum after a bulk load (inserts alone
    start it since PostgreSQL 13); the bench's is shaped the same way, whether or not the server runs
    autovacuum, so its index-only scans read no table pages, as the 501k register's (vacuumed by
    ``multiply``) do."""
    url, drop = create_scratch_database(os.environ["TEST_DATABASE_URL"], tmp_path)
    try:
        database.migrate(url)
        files = sorted(corpus.build(0.003, cache=tmp_path / "corpus").rglob("*.txt"))[:6]
        assert database.load(url, files, budget_s=300).imported == len(files)
        database.shape(url)
        engine = create_engine(url)
        with engine.connect() as conn:
            # the visibility map, not pg_stat_user_tables' last_vacuum: the statistics collector
            # reports a vacuum late, the map is written by it
            marked = dict(conn.execute(text(
                "SELECT relname, relallvisible FROM pg_class "
                "WHERE relname IN ('obligations', 'obligations_fts', 'resolutions')")).all())
        engine.dispose()
        assert marked.keys() == {"obligations", "obligations_fts", "resolutions"}
        assert all(pages > 0 for pages in marked.values()), marked
    finally:
        drop()
