"""Backup and restore of the whole database: every table (the register, history and evidence,
users and tokens, subscriptions, the reminder ledger and outbox, the audit log, calendar records,
the schema version) as one consistent snapshot.

SQLite: SQLite's online backup API, which copies a consistent snapshot while the app runs (a plain
file copy of a live database in WAL mode misses the commits still in the ``-wal`` file).
PostgreSQL: ``pg_dump --format=custom`` (one transaction: a consistent snapshot) and ``pg_restore``,
run with the connection of ``DATABASE_URL``; without those programs the error says what to run.
A restore goes into an empty database only (a fresh one, or one whose tables hold no rows).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, table
from sqlalchemy.engine import URL

from tracker.db import Base


class BackupError(RuntimeError):
    """A backup or restore that could not be done; the message says why (one line)."""


def backup(engine: Engine, path: Path) -> None:
    """Write a snapshot of the database behind ``engine`` to ``path``."""
    if engine.dialect.name == "sqlite":
        target = sqlite3.connect(path)
        try:
            with engine.connect() as conn:
                conn.connection.driver_connection.backup(target)
        finally:
            target.close()
        return
    if engine.dialect.name == "postgresql":
        _run_pg("pg_dump", engine.url, ["--format=custom", "--no-owner", f"--file={path}"])
        return
    raise BackupError(f"no backup for {engine.dialect.name} databases")


def restore(engine: Engine, path: Path) -> None:
    """Load the snapshot at ``path`` into the (empty) database behind ``engine``."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    holding = non_empty_tables(engine)
    if holding:
        raise BackupError(f"the database is not empty ({', '.join(holding[:5])} hold rows): restore "
                          "into a new database, then point DATABASE_URL at it")
    if engine.dialect.name == "sqlite":
        try:
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{path}: not an SQLite backup ({exc})") from None
        try:
            engine.dispose()  # no pooled connection may hold the file while its pages are replaced
            with engine.connect() as conn:
                source.backup(conn.connection.driver_connection)
        finally:
            source.close()
            engine.dispose()
        return
    if engine.dialect.name == "postgresql":
        # --clean: a database migrated but empty has the tables already; the backup brings its own
        options = ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error"]
        _run_pg("pg_restore", engine.url, [*options, str(path)], database_flag=True)
        engine.dispose()
        return
    raise BackupError(f"no restore for {engine.dialect.name} databases")


#: tables a migrated database fills before holding any data (the kept counts' horizon)
_SET_BY_MIGRATIONS = {"count_horizon"}


def non_empty_tables(engine: Engine) -> list[str]:
    """The application's tables in this database that hold rows (beyond what the migrations put)."""
    present = set(inspect(engine).get_table_names()) - _SET_BY_MIGRATIONS
    names = [t.name for t in Base.metadata.sorted_tables if t.name in present]
    with engine.connect() as conn:
        return [n for n in names if conn.execute(select(func.count()).select_from(table(n))).scalar()]


def _run_pg(program: str, url: URL, args: list[str], *, database_flag: bool = False) -> None:
    exe = shutil.which(program)
    libpq = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    if exe is None:
        raise BackupError(
            f"{program} is not installed here: run `{program} {' '.join(args)} "
            f"{'--dbname=' if database_flag else ''}{libpq}` where it is (the PostgreSQL client tools)"
        )
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # not on the command line, where `ps` would show it
    command = [exe, *args[:-1], f"--dbname={libpq}", args[-1]] if database_flag else [exe, *args, libpq]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupError(f"{program} failed: {detail}")
