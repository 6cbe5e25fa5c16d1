"""Fresh benchmark databases: create, migrate, load the corpus, shape it like a register in use, clone."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from bench import subjects


@dataclass
class Scratch:
    url: str
    drop: Callable[[], None]


def scratch(base_url: str | None, folder: Path, name: str) -> Scratch:
    """An empty database: a SQLite file in ``folder``, or a new database on ``base_url``'s server."""
    if not base_url:
        path = folder / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return Scratch(f"sqlite:///{path}", lambda: _unlink_sqlite(path))
    return _pg_create(base_url, f"bench_{name}_{uuid.uuid4().hex[:8]}")


def _unlink_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _pg_create(base_url: str, name: str, template: str | None = None) -> Scratch:
    url = make_url(base_url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        clause = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return Scratch(url.set(database=name).render_as_string(hide_password=False), drop)


def clone(source_url: str, folder: Path, name: str) -> Scratch:
    """A copy of a loaded database, so a pass that writes can be repeated on the same state."""
    url = make_url(source_url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(source_url)
        with engine.connect() as conn:  # fold the WAL into the file before copying it
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        target = folder / f"{name}.sqlite3"
        _unlink_sqlite(target)
        shutil.copyfile(url.database, target)
        return Scratch(f"sqlite:///{target}", lambda: _unlink_sqlite(target))
    engine = create_engine(source_url)
    engine.dispose()
    return _pg_create(source_url, f"bench_{name}_{uuid.uuid4().hex[:8]}", template=url.database)


def migrate(url: str) -> None:
    from tracker.db import make_engine
    from tracker.migrate import upgrade

    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def session_factory(url: str):
    from tracker.db import make_engine, make_sessionmaker

    engine = make_engine(url)
    return engine, make_sessionmaker(engine)


# ---------------------------------------------------------------------------------- bulk load

_worker_gazetteer = None


def _init_worker(gazetteer) -> None:
    global _worker_gazetteer
    _worker_gazetteer = gazetteer


def _parse_in_worker(path: str):
    parse = subjects.parser()
    p = Path(path)
    data = p.read_bytes()
    try:
        gazetteer = {"gazetteer": _worker_gazetteer} if _worker_gazetteer else {}
        parsed = parse(data, p.name, **gazetteer)
    except Exception as exc:  # reported per file by the loader
        return path, None, f"{type(exc).__name__}: {exc}"
    return path, parsed, None


@dataclass
class LoadStats:
    files: int = 0
    imported: int = 0
    failed: int = 0
    seconds: float = 0.0
    obligations: int = 0
    stopped_early: bool = False
    errors: list[str] = field(default_factory=list)


def load(url: str, files: list[Path], *, budget_s: float, jobs: int | None = None,
         progress: Callable[[str], None] = lambda _m: None) -> LoadStats:
    """Import every file: parsed in worker processes, written by this one (one transaction each).

    Stops at ``budget_s`` so the whole bench stays within its time; the stats say so."""
    engine, factory = session_factory(url)
    imp = subjects.Importer(factory)
    stats = LoadStats(files=len(files))
    jobs = jobs or max(1, (os.cpu_count() or 2))
    gazetteer = imp.caches().get("gazetteer")
    start = time.perf_counter()
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    try:
        with ctx.Pool(jobs, initializer=_init_worker, initargs=(gazetteer,)) as pool:
            for i, (path, parsed, error) in enumerate(
                pool.imap(_parse_in_worker, [str(f) for f in files], chunksize=8), 1
            ):
                if error is None:
                    try:
                        text_ = Path(path).read_text(encoding="utf-8", errors="replace")
                        result = imp.store(parsed, Path(path), text_)
                        stats.obligations += getattr(result, "obligations", 0)
                        stats.imported += 1
                    except Exception as exc:  # noqa: BLE001 - counted and reported, never hidden
                        error = f"{type(exc).__name__}: {exc}"
                if error is not None:
                    stats.failed += 1
                    if len(stats.errors) < 5:
                        stats.errors.append(f"{Path(path).name}: {' '.join(error.split())[:200]}")
                elapsed = time.perf_counter() - start
                if i % 500 == 0:
                    progress(f"  imported {stats.imported}/{len(files)} in {elapsed:.0f} s")
                if elapsed > budget_s and i < len(files):
                    stats.stopped_early = True
                    pool.terminate()
                    break
    finally:
        stats.seconds = time.perf_counter() - start
        imp.close()
        engine.dispose()
    return stats


# ---------------------------------------------------------------------------- shape the register

#: Obligations due more than a year before the bench's day are mostly done in a register in use:
#: 8 in 10 are marked completed (by id, deterministically). Without this every obligation since
#: 2007 would be open and overdue, which no real register looks like.
AGED_SHARE = 8


def shape(url: str) -> dict[str, int]:
    """Give every owner a focal point (so a reminder pass has recipients), age old obligations,
    move the kept counts' horizon to the bench's day (``move_horizon``) and merge SQLite's
    full-text indexes (``merge_fulltext``), as the scheduler's nightly jobs would; on PostgreSQL
    vacuum and analyse, as autovacuum would."""
    engine, _factory = session_factory(url)
    out: dict[str, int] = {}
    cutoff = subjects.TODAY.replace(year=subjects.TODAY.year - 1)
    with engine.begin() as conn:
        entity_ids = [r[0] for r in conn.execute(text("SELECT id FROM entities ORDER BY id"))]
        have = {r[0] for r in conn.execute(text("SELECT entity_id FROM focal_points"))}
        from tracker.models import FocalPoint

        rows = [
            {"entity_id": eid, "email": f"focal-point-{eid}@example.org", "name": f"Focal point {eid}",
             "created_at": subjects.NOW}
            for eid in entity_ids if eid not in have
        ]
        if rows:
            conn.execute(FocalPoint.__table__.insert(), rows)
        out["focal_points"] = len(rows)
        res = conn.execute(
            text(
                "UPDATE obligations SET status = 'completed' WHERE due_on < :cutoff "
                "AND status IN ('not_started', 'in_progress') AND id % 10 < :share"
            ),
            {"cutoff": cutoff, "share": AGED_SHARE},
        )
        out["aged"] = res.rowcount
    move_horizon(url)
    merge_fulltext(url)
    if engine.dialect.name == "postgresql":
        # what autovacuum does minutes after a bulk load in production (on by default; since
        # PostgreSQL 13 inserts alone start it): without the analysis the planner sizes the freshly
        # loaded tables from defaults and picks the wrong joins; without the vacuum no page is
        # marked all-visible, so no index-only scan is one and every row an index gives is read
        # from the table (the bench's search: 3,328 obligations from 1,723 pages, ≈ 2× its server
        # CPU at 50k, see bench/README). The 501k register is vacuumed too (``bench/scale.py``).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    return out


def move_horizon(url: str) -> None:
    """Move the kept counts' horizon to the bench's day, as the scheduler's nightly horizon job
    does in production (``jobs.horizon_job``: ``move_horizon`` at today, keeping it at most a day
    off); without it the horizon stays on the day the database was migrated, days after the
    bench's fixed day, and the overview counts every owned obligation due between the two."""
    from tracker.db import transaction
    from tracker.services.counts import move_horizon as move

    engine, factory = session_factory(url)
    try:
        with transaction(factory) as session:
            move(session, subjects.TODAY)
        if engine.dialect.name == "postgresql":  # the recounted tables, as auto-analyze would
            with engine.begin() as conn:
                conn.execute(text("ANALYZE session_counts, owner_counts, count_horizon"))
    finally:
        engine.dispose()


def merge_fulltext(url: str) -> None:
    """SQLite's full-text indexes merged into one segment each, as the scheduler's nightly job does
    in production (``jobs.fulltext_job``); without it a search reads each word from every segment
    the load and the shaping wrote. Nothing on PostgreSQL (autovacuum's part, see ``shape``)."""
    from tracker.db import transaction
    from tracker.services.search import merge_fulltext as merge

    engine, factory = session_factory(url)
    try:
        with transaction(factory) as session:
            merge(session)
    finally:
        engine.dispose()


def counts(url: str) -> dict[str, int]:
    engine, _ = session_factory(url)
    out = {}
    with engine.connect() as conn:
        for table in ("resolutions", "obligations", "paragraphs", "entities"):
            out[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        out["open_with_due"] = conn.execute(
            text("SELECT count(*) FROM obligations WHERE status IN ('not_started', 'in_progress') "
                 "AND due_on IS NOT NULL")
        ).scalar_one()
    engine.dispose()
    return out
