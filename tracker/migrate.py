"""Run Alembic from code, on the app's own engine (used by ``tracker db`` and the tests)."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from tracker.paths import MIGRATIONS, PROJECT_ROOT

#: Tables in the database that are not the models' business: APScheduler's job store.
FOREIGN_TABLES = frozenset({"apscheduler_jobs"})


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """What autogenerate and the drift test compare: the models' tables, not the full-text
    objects of revision 0002 (FTS5 tables, GIN indexes) nor APScheduler's job store."""
    from tracker.services.search import is_fulltext_object

    if type_ == "table" and name in FOREIGN_TABLES:
        return False
    return not is_fulltext_object(name)


def revision_module(number: str) -> ModuleType:
    """The migration module of revision ``number`` ("0015"), for a later revision that restores or
    builds on what it created (migrations are files, not a package)."""
    path = next(MIGRATIONS.joinpath("versions").glob(f"*_{number}.py"))
    spec = importlib.util.spec_from_file_location(f"revision_{number}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def alembic_config() -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["configure_logger"] = False
    return config


@contextmanager
def migration_transaction(connection: Connection) -> Iterator[None]:
    """One transaction for a migration run; on SQLite with foreign keys off meanwhile.

    SQLite alters a table by copying it (Alembic's batch mode) and dropping the original; with
    foreign keys on, that DROP deletes the rows that refer to it through ``ON DELETE CASCADE``
    (a paragraph's obligations). The pragma cannot change inside a transaction, so it is set
    before the transaction begins and set back after it ends; the transaction checks the keys
    itself before committing."""
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    try:
        with connection.begin():
            yield
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def _run(engine: Engine, step, revision: str) -> None:
    config = alembic_config()
    with engine.connect() as connection, migration_transaction(connection):
        config.attributes["connection"] = connection
        step(config, revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, command.downgrade, revision)


@functools.cache
def _heads() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def schema_behind(engine: Engine) -> str | None:
    """Why the database cannot serve this code — it has no schema yet, or is at another revision
    than the migrations' newest (a checkout updated without ``tracker db upgrade``) — or None."""
    with engine.connect() as connection:
        current = frozenset(connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
                            ) if inspect(connection).has_table("alembic_version") else frozenset()
    if current == _heads():
        return None
    if not current:
        return "the database has no tables yet"
    return (f"the database is at revision {', '.join(sorted(current))}; this version of the code needs "
            f"{', '.join(sorted(_heads()))}")
