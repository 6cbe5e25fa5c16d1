"""The scheduler keeps its jobs in the app's database, runs module-level jobs, and closes the
engine's connections when it shuts down."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import inspect

from tracker.reminders import ReminderSettings, jobs
from tracker.reminders.scheduler import DIGEST_JOB, JOBS_TABLE, REMINDER_JOB, build_scheduler


def test_scheduler_jobs_live_in_the_database_and_the_engine_is_disposed(app):
    engine = app.extensions["tracker"].engine
    sched = build_scheduler(app, run_now=False)
    sched.start(paused=True)
    try:
        ids = {job.id for job in sched.get_jobs()}
        assert ids == {REMINDER_JOB, DIGEST_JOB}
        assert JOBS_TABLE in inspect(engine).get_table_names()
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
    # a restart finds the same jobs (replace_existing keeps one of each)
    again = build_scheduler(app, run_now=False)
    again.start(paused=True)
    try:
        assert {job.id for job in again.get_jobs()} == {REMINDER_JOB, DIGEST_JOB}
    finally:
        again.shutdown()
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP TABLE {JOBS_TABLE}")


def test_the_job_runs_a_pass_with_the_configured_factory(db_factory, seed, monkeypatch):
    calls = []
    monkeypatch.setattr(
        jobs, "run_pass", lambda factory, now, settings, **kw: calls.append((factory, now, kw))
    )
    jobs.configure(db_factory, ReminderSettings())
    jobs.reminder_pass_job()
    jobs.digest_job()
    assert [c[2] for c in calls] == [{"digests": False}, {"obligations": False, "digests": True}]
    assert all(c[0] is db_factory and c[1].tzinfo is not None for c in calls)
