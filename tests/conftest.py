"""Fixtures that protect: one migrated database per run, emptied after every test; the factories
number from 1 in every test; no mail leaves the machine by accident. ``TEST_DATABASE_URL``
switches the suite to PostgreSQL."""

from __future__ import annotations

import os
import smtplib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, delete, make_url, text
from sqlalchemy.orm import Session, sessionmaker

import tracker.models  # noqa: F401
from tests import factories
from tracker.db import Base, make_engine, make_sessionmaker
from tracker.migrate import upgrade

REPO = Path(__file__).resolve().parents[1]
#: ../shared beside the checkout: tests that read it say so and skip when it is absent
SHARED = REPO.parent / "shared"

#: environment the app reads; cleared so a developer's shell cannot leak into a test
_APP_ENV = ("DATABASE_URL", "SMTP_URL", "MAIL_FROM", "BASE_URL", "REMINDER_STAGES", "SECRET_KEY")
#: and the suite's own switches: a habit left in a shell must not turn snapshot asserts into writes
#: (``--update-snapshots`` is the way to rewrite them)
_SUITE_ENV = ("UPDATE_SNAPSHOTS",)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-snapshots", action="store_true",
                     help="rewrite the mail snapshots in tests/mail/snapshots/ instead of comparing")


def _test_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def create_scratch_database(base_url: str, tmp_dir: Path) -> tuple[str, callable]:
    """An empty database of the same kind as ``base_url``, and a function that drops it."""
    url = make_url(base_url)
    if url.get_backend_name() == "sqlite":
        path = tmp_dir / f"scratch-{uuid.uuid4().hex}.sqlite3"
        return f"sqlite:///{path}", lambda: path.unlink(missing_ok=True)
    name = f"scratch_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url.set(database=name).render_as_string(hide_password=False), drop


def create_migrated_database(base_url: str, tmp_dir: Path) -> tuple[str, callable]:
    """``create_scratch_database``, migrated to head through Alembic, as in production."""
    url, drop = create_scratch_database(base_url, tmp_dir)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url, drop


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*_APP_ENV, *_SUITE_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _fresh_factory_numbering() -> None:
    factories.restart_numbering()


@pytest.fixture(autouse=True)
def _fresh_reminder_statements() -> None:
    """Each test builds the reminder pass's statements itself: they are cached per process (and
    catch-up's were built at import), so a test would otherwise run what an earlier test built,
    and a mutant of the functions that build them (mutmut switches one on after the import and
    its first, instrumented run of the suite) would never be run by any test but the first. The
    due table's script (SQLite: ``plan_due_table``) too, for the same reason."""
    from tracker.reminders import queue

    for cached in (queue._statements, queue._fill_statement, queue._supersede, queue._due_table_script):
        cached.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_import_statements() -> None:
    """Likewise the import's INSERTs and their bind processors (``services/importing/rows.py``):
    with them kept from mutmut's instrumented run, a mutant of ``_insert``, ``_pg_statement`` or
    of ``_sqlite_insert``'s processors ran what the real code had built, and survived (as one of
    ``_pg_processors`` would in ``pg_copy``'s, ``_PG_COPY_PROCESSORS``)."""
    from tracker.services.importing import rows

    for cached in (rows._INSERTS, rows._PG_STATEMENTS, rows._SQLITE_PROCESSORS, rows._PG_COPY_PROCESSORS):
        cached.clear()


@pytest.fixture(autouse=True)
def _disallow_outside_smtp(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that tries to reach an SMTP server other than one on loopback."""
    original = smtplib.SMTP.connect

    def connect(self, host="localhost", port=0, source_address=None):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise AssertionError(f"test tried to send mail through {host}:{port}")
        return original(self, host, port, source_address)

    monkeypatch.setattr(smtplib.SMTP, "connect", connect)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database migrated to head once per run (through Alembic, as in production)."""
    base = _test_url(tmp_path_factory)
    url, drop = create_migrated_database(base, tmp_path_factory.mktemp("scratch"))
    yield url
    drop()


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def _empty_all_tables(engine: Engine) -> None:
    with engine.begin() as conn:
        # the kept counts last: deleting obligations counts them down through the triggers; the
        # kept counts' horizon stays (one row, as the migration left it or a test moved it)
        tables = [t for t in reversed(Base.metadata.sorted_tables) if t.name != "count_horizon"]
        for table in sorted(tables, key=lambda t: t.name.endswith("_counts")):
            conn.execute(delete(table))


@pytest.fixture
def db_factory(engine: Engine) -> Iterator[sessionmaker[Session]]:
    """The session factory; every table is emptied after the test, whatever it committed."""
    yield make_sessionmaker(engine)
    _empty_all_tables(engine)


@pytest.fixture
def db(db_factory: sessionmaker[Session]) -> Iterator[Session]:
    session = db_factory()
    yield session
    session.rollback()
    session.close()


@pytest.fixture
def app_config(database_url: str, tmp_path: Path) -> dict:
    return {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret-key",
        "TESTING": True,
        "BASE_URL": "http://tracker.test",
    }


@pytest.fixture
def app(app_config: dict, db_factory):
    from tracker import create_app

    app = create_app(app_config)
    yield app
    app.extensions["tracker"].engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(autouse=True)
def _no_kept_shares() -> None:
    """The shares a search keeps per process (``search._SHARES``: a body's, the words') are of one
    test's data: the test database's URL is every test's, its rows are not."""
    from tracker.services import search

    search._SHARES.clear()
