"""Scheduler jobs: thin module-level functions (STYLE habit 3). Each reads the clock (this is a
boundary: ``tracker.clock``, whose ``TODAY`` pin the pass follows; turns go by the real time),
takes its turn among the running schedulers (:mod:`tracker.reminders.turns`: one run per interval
however many there are), opens its own sessions through :func:`run_pass`, and commits there.
``configure`` hands them the session factory, the settings and the interval."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import now as clock_now
from tracker.clock import today as clock_today
from tracker.clock import utcnow
from tracker.db import transaction
from tracker.reminders.ledger import run_pass
from tracker.reminders.settings import ReminderSettings
from tracker.reminders.turns import turn
from tracker.services.counts import move_horizon
from tracker.services.search import merge_fulltext

log = logging.getLogger(__name__)


@dataclass
class _JobContext:
    factory: sessionmaker[Session]
    settings: ReminderSettings
    #: the reminder pass's interval: a pass started less than 90 % of it ago means "not our turn"
    interval: dt.timedelta


_context: _JobContext | None = None


def configure(
    factory: sessionmaker[Session],
    settings: ReminderSettings,
    interval: dt.timedelta = dt.timedelta(minutes=5),
) -> None:
    global _context
    _context = _JobContext(factory, settings, interval)


def _ctx() -> _JobContext:
    if _context is None:
        raise RuntimeError("tracker.reminders.jobs.configure() was not called")
    return _context


def reminder_pass_job() -> None:
    """Every few minutes: queue the per-obligation stages that came due, send what is pending."""
    ctx = _ctx()
    now = utcnow()
    with turn(ctx.factory.kw["bind"], "reminder-pass", now, ctx.interval * 0.9) as mine:
        if not mine:
            log.info("reminder pass at %s deferred: another scheduler ran it this interval", now.isoformat())
            return
        log.info("reminder pass turn taken at %s", now.isoformat())
        run_pass(ctx.factory, clock_now(ctx.settings.today), ctx.settings, digests=False)


def digest_job() -> None:
    """Daily: queue the digests of followers who asked for one, and send them."""
    ctx = _ctx()
    now = utcnow()
    with turn(ctx.factory.kw["bind"], "digest", now, dt.timedelta(hours=12)) as mine:
        if not mine:
            log.info("digests at %s deferred: another scheduler sent them today", now.isoformat())
            return
        run_pass(ctx.factory, clock_now(ctx.settings.today), ctx.settings, obligations=False, digests=True)


def horizon_job() -> None:
    """Daily, just after midnight UTC: the overview's per-session counts split on the new day
    (``tracker counts rebase``), so that it reads only the counts dated from today on. The
    numbers are exact whatever the horizon; a stale one only makes the overview slower."""
    ctx = _ctx()
    day = clock_today(ctx.settings.today)
    with transaction(ctx.factory) as session:
        move_horizon(session, day)
    log.info("count horizon moved to %s", day.isoformat())


def fulltext_job() -> None:
    """Daily, after the count horizon: SQLite's full-text indexes merged into one segment each
    (``search.merge_fulltext``), so that a search's words are read from one segment, not from one
    per write since; nothing on PostgreSQL. Every scheduler may run it: a merged index merges
    again at almost no cost."""
    with transaction(_ctx().factory) as session:
        merged = merge_fulltext(session)
    if merged:
        log.info("full-text indexes merged: %s", ", ".join(merged))
