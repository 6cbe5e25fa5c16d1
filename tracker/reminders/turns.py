"""Taking turns between scheduler processes: a periodic job runs once per interval, however many
schedulers are running (a deployment may run several for availability).

A run first makes sure no other run of the same job is going on (PostgreSQL: a session advisory
lock, released when its connection goes; SQLite: a lease in the ``scheduler_runs`` row), then
claims the interval with one conditional UPDATE of ``started_at``: whoever updates the row runs,
the others see that a run started less than ``min_gap`` ago and defer. The reminder ledger still
guarantees that no message is sent twice; this only keeps the work from multiplying.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, insert, or_, select, text, update
from sqlalchemy.exc import IntegrityError

from tracker.models import SchedulerRun

log = logging.getLogger(__name__)

_runs = SchedulerRun.__table__
#: how long a SQLite lease lasts: longer than any pass; a process that died frees it then
LEASE = dt.timedelta(minutes=30)


def _holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _claim(conn: Connection, name: str, now: dt.datetime, min_gap: dt.timedelta, lease: bool) -> bool:
    """One statement decides: the row is ours if the last run started ``min_gap`` ago or more
    (and, with ``lease``, no run holds it). A missing row is inserted; of two inserts one wins."""
    values = {"started_at": now, "holder": _holder(), "running_until": now + LEASE if lease else None}
    condition = _runs.c.started_at <= now - min_gap
    if lease:
        condition = condition & or_(_runs.c.running_until.is_(None), _runs.c.running_until < now)
    with conn.begin():
        won = conn.execute(update(_runs).where(_runs.c.name == name, condition).values(**values)).rowcount
        if won:
            return True
        if conn.execute(select(_runs.c.name).where(_runs.c.name == name)).first() is not None:
            return False
    try:
        with conn.begin():
            conn.execute(insert(_runs).values(name=name, **values))
    except IntegrityError:
        return False  # another process inserted it first: its run
    return True


@contextmanager
def turn(engine: Engine, name: str, now: dt.datetime, min_gap: dt.timedelta) -> Iterator[bool]:
    """``with turn(engine, "reminder-pass", now, gap) as mine:`` run the job only when ``mine``."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            key = zlib.crc32(name.encode())
            if not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
                conn.rollback()
                yield False
                return
            conn.commit()
            try:
                yield _claim(conn, name, now, min_gap, lease=False)
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()
            return
        mine = _claim(conn, name, now, min_gap, lease=True)
        try:
            yield mine
        finally:
            if mine:
                with conn.begin():
                    conn.execute(update(_runs).where(_runs.c.name == name).values(running_until=None))
