"""The scheduler entry: APScheduler 3.11 only *schedules*; the ledger decides what is sent.

APScheduler 3 cannot share a job store between processes, so each scheduler keeps its two jobs in
memory (nothing to create in the database, so any number of processes start cleanly; the jobs are
added again at each start, and the reminder pass runs at once to catch up). Several schedulers
take turns (``tracker.reminders.turns``): each job runs once per interval however many run, and
the reminder ledger's unique key and row claiming still prevent double sends.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from apscheduler.events import EVENT_SCHEDULER_SHUTDOWN
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy import Engine

from tracker.config import Settings
from tracker.db import make_sessionmaker
from tracker.reminders import jobs
from tracker.reminders.settings import ReminderSettings

log = logging.getLogger(__name__)

REMINDER_JOB = "reminder-pass"
DIGEST_JOB = "digest"
HORIZON_JOB = "count-horizon"
FULLTEXT_JOB = "fulltext-merge"


def build_scheduler(
    app_or_engine: Any,
    *,
    settings: ReminderSettings | None = None,
    interval_minutes: int | None = None,
    digest_hour: int = 6,
    blocking: bool = False,
    run_now: bool = True,
) -> BaseScheduler:
    """A scheduler (not started) with the reminder pass every few minutes, the digest daily and,
    just after midnight UTC, the overview's counts split on the new day (``jobs.horizon_job``) and
    then SQLite's full-text indexes merged (``jobs.fulltext_job``).

    ``app_or_engine`` is the Flask app (its engine, session factory and configuration are used; no
    Flask import needed here) or an Engine with explicit ``settings``. The engine is disposed when
    the scheduler shuts down, so no connection outlives it.
    """
    state = getattr(app_or_engine, "extensions", {}).get("tracker")
    if state is not None:
        engine: Engine = state.engine
        factory = state.sessionmaker
        app_settings = Settings.from_config(app_or_engine.config)
        settings = settings or ReminderSettings.from_settings(app_settings)
        interval_minutes = interval_minutes or app_settings.reminder_interval_minutes
    elif isinstance(app_or_engine, Engine):
        engine = app_or_engine
        factory = make_sessionmaker(engine)
        if settings is None:
            raise TypeError("build_scheduler(engine) needs settings=")
        interval_minutes = interval_minutes or Settings().reminder_interval_minutes
    else:
        raise TypeError(f"expected the Flask app or an Engine, got {type(app_or_engine).__name__}")

    jobs.configure(factory, settings, dt.timedelta(minutes=interval_minutes))
    cls = BlockingScheduler if blocking else BackgroundScheduler
    scheduler = cls(
        jobstores={"default": MemoryJobStore()},
        # one worker: a pass never overlaps the previous one in this process
        executors={"default": ThreadPoolExecutor(1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 15 * 60},
        timezone="UTC",
    )
    scheduler.add_job(
        "tracker.reminders.jobs:reminder_pass_job",
        "interval",
        minutes=interval_minutes,
        id=REMINDER_JOB,
        name="reminder pass",
        replace_existing=True,
        **({"next_run_time": _now()} if run_now else {}),
    )
    scheduler.add_job(
        "tracker.reminders.jobs:digest_job",
        "cron",
        hour=digest_hour,
        minute=0,
        id=DIGEST_JOB,
        name="daily digests",
        replace_existing=True,
    )
    scheduler.add_job(
        "tracker.reminders.jobs:horizon_job",
        "cron",
        hour=0,
        minute=5,
        id=HORIZON_JOB,
        name="count horizon",
        replace_existing=True,
    )

    def _dispose(_event) -> None:
        engine.dispose()
        log.info("scheduler stopped; database connections closed")

    scheduler.add_listener(_dispose, EVENT_SCHEDULER_SHUTDOWN)
    scheduler.add_job(
        "tracker.reminders.jobs:fulltext_job",
        "cron",
        hour=0,
        minute=20,
        id=FULLTEXT_JOB,
        name="full-text merge",
        replace_existing=True,
    )
    return scheduler


def _now():
    from tracker.clock import utcnow

    return utcnow()
