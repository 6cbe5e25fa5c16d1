"""SQLite: a pass takes the write lock before it reads, so two passes (the scheduler and a
``tracker remind``) wait for each other instead of one failing with "database is locked"."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import make_url

from tracker.reminders.ledger import _lock_queue


def test_queueing_holds_the_write_lock_from_its_first_statement(database_url, db):
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        pytest.skip("SQLite's locking (PostgreSQL: an advisory lock, see test_concurrency)")
    _lock_queue(db)
    other = sqlite3.connect(url.database, timeout=0)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute(
                "INSERT INTO audit_log (at, actor, action, details) VALUES ('2026-01-01', 'x', 'y', '{}')"
            )
    finally:
        other.close()
        db.rollback()
