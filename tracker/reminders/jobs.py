"""Scheduler jobs: thin module-level functions (STYLE habit 3), referenced by name in the job store
so they survive restarts. Each reads the clock (this is a boundary), opens its own sessions through
:func:`run_pass`, and commits there. ``configure`` hands them the session factory and settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from tracker.db import utcnow
from tracker.reminders.ledger import run_pass
from tracker.reminders.settings import ReminderSettings

log = logging.getLogger(__name__)


@dataclass
class _JobContext:
    factory: sessionmaker[Session]
    settings: ReminderSettings


_context: _JobContext | None = None


def configure(factory: sessionmaker[Session], settings: ReminderSettings) -> None:
    global _context
    _context = _JobContext(factory, settings)


def _ctx() -> _JobContext:
    if _context is None:
        raise RuntimeError("tracker.reminders.jobs.configure() was not called")
    return _context


def reminder_pass_job() -> None:
    """Every few minutes: queue the per-obligation stages that came due, send what is pending."""
    ctx = _ctx()
    run_pass(ctx.factory, utcnow(), ctx.settings, digests=False)


def digest_job() -> None:
    """Daily: queue the digests of followers who asked for one, and send them."""
    ctx = _ctx()
    run_pass(ctx.factory, utcnow(), ctx.settings, obligations=False, digests=True)
