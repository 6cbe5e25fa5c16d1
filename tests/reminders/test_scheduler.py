"""The scheduler keeps its jobs in memory (nothing shared, nothing created in the database), runs
module-level jobs, takes turns with other schedulers, and closes the engine's connections when it
shuts down."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import inspect

from tracker.reminders import ReminderSettings, jobs
from tracker.reminders.scheduler import DIGEST_JOB, REMINDER_JOB, build_scheduler
from tracker.reminders.turns import turn


def test_scheduler_jobs_live_in_memory_and_the_engine_is_disposed(app):
    engine = app.extensions["tracker"].engine
    tables = set(inspect(engine).get_table_names())
    sched = build_scheduler(app, run_now=False)
    sched.start(paused=True)
    try:
        ids = {job.id for job in sched.get_jobs()}
        assert ids == {REMINDER_JOB, DIGEST_JOB}
        assert set(inspect(engine).get_table_names()) == tables  # no job table to race for
        job = sched.get_job(REMINDER_JOB)
        assert job.func_ref == "tracker.reminders.jobs:reminder_pass_job"
        assert job.trigger.interval == dt.timedelta(minutes=app.config["REMINDER_INTERVAL_MINUTES"])
    finally:
        disposed = threading.Event()
        original = engine.dispose

        def dispose(*a, **kw):
            disposed.set()
            return original(*a, **kw)

        engine.dispose = dispose
        sched.shutdown()
        del engine.dispose
    assert disposed.is_set()
    assert engine.pool.checkedout() == 0


def test_the_job_runs_a_pass_with_the_configured_factory(db_factory, seed, monkeypatch):
    calls = []
    monkeypatch.setattr(
        jobs, "run_pass", lambda factory, now, settings, **kw: calls.append((factory, now, kw))
    )
    jobs.configure(db_factory, ReminderSettings())
    jobs.reminder_pass_job()
    jobs.digest_job()
    jobs.reminder_pass_job()  # a second pass within the interval is not this process's turn either
    jobs.digest_job()
    assert [c[2] for c in calls] == [{"digests": False}, {"obligations": False, "digests": True}]
    assert all(c[0] is db_factory and c[1].tzinfo is not None for c in calls)


def test_one_run_per_interval_and_none_while_another_runs(engine, db_factory):
    start = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    gap = dt.timedelta(seconds=54)
    # another scheduler, while the first pass still runs, a whole interval later
    with turn(engine, "reminder-pass", start, gap) as first, \
            turn(engine, "reminder-pass", start + dt.timedelta(minutes=2), gap) as during:
        pass
    with turn(engine, "reminder-pass", start + dt.timedelta(seconds=30), gap) as same_interval:
        pass
    with turn(engine, "reminder-pass", start + dt.timedelta(seconds=60), gap) as next_interval:
        pass
    with turn(engine, "digest", start + dt.timedelta(seconds=30), gap) as other_job:
        pass
    assert (first, during, same_interval, next_interval, other_job) == (True, False, False, True, True)
