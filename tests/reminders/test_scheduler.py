"""The scheduler keeps its jobs in memory (nothing shared, nothing created in the database), runs
module-level jobs, takes turns with other schedulers, and closes the engine's connections when it
shuts down."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
import time

import pytest
import tzlocal
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy import event, insert, inspect

from tracker.models import SchedulerRun
from tracker.reminders import ReminderSettings, jobs
from tracker.reminders.scheduler import DIGEST_JOB, FULLTEXT_JOB, HORIZON_JOB, REMINDER_JOB, build_scheduler
from tracker.reminders.turns import LEASE, turn


def test_scheduler_jobs_live_in_memory_and_the_engine_is_disposed(app):
    engine = app.extensions["tracker"].engine
    tables = set(inspect(engine).get_table_names())
    disposed = threading.Event()
    original = engine.dispose

    def dispose(*a, **kw):
        disposed.set()
        return original(*a, **kw)

    engine.dispose = dispose
    sched = build_scheduler(app, run_now=False)
    sched.start(paused=True)
    try:
        ids = {job.id for job in sched.get_jobs()}
        assert ids == {REMINDER_JOB, DIGEST_JOB, HORIZON_JOB, FULLTEXT_JOB}
        assert sched.get_job(HORIZON_JOB).func_ref == "tracker.reminders.jobs:horizon_job"
        assert set(inspect(engine).get_table_names()) == tables  # no job table to race for
        job = sched.get_job(REMINDER_JOB)
        assert job.func_ref == "tracker.reminders.jobs:reminder_pass_job"
        assert job.trigger.interval == dt.timedelta(minutes=app.config["REMINDER_INTERVAL_MINUTES"])
        assert not disposed.is_set()  # only at shutdown
    finally:
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


def test_a_scheduler_built_on_an_engine_needs_the_settings_and_runs_every_five_minutes(
    engine, db_factory, monkeypatch
):
    with pytest.raises(TypeError, match=r"^build_scheduler\(engine\) needs settings=$"):
        build_scheduler(engine)
    with pytest.raises(TypeError, match="^expected the Flask app or an Engine, got str$"):
        build_scheduler("sqlite://", settings=ReminderSettings())
    settings = ReminderSettings(secret_key="k")
    sched = build_scheduler(engine, settings=settings, run_now=False)
    assert type(sched) is BackgroundScheduler
    sched.start(paused=True)
    try:
        assert sched.get_job(REMINDER_JOB).trigger.interval == dt.timedelta(minutes=5)  # Settings' default
    finally:
        sched.shutdown()
    # the jobs run on this engine with these settings and that interval
    seen = []
    monkeypatch.setattr(jobs, "run_pass", _recording_pass(seen))
    monkeypatch.setattr(jobs, "turn", _recording_turn(seen))
    jobs.reminder_pass_job()
    (gap, (factory, passed)) = seen
    assert factory.kw["bind"] is engine and passed is settings
    assert gap == dt.timedelta(minutes=5) * 0.9


def _recording_pass(seen):
    return lambda factory, now, settings, **kw: seen.append((factory, settings))


def _recording_turn(seen):
    @contextlib.contextmanager
    def turn(engine, name, now, min_gap):
        seen.append(min_gap)
        yield True

    return turn


def test_the_app_scheduler_runs_its_passes_with_the_apps_session_factory_and_settings(app, monkeypatch):
    app.config["REMINDER_INTERVAL_MINUTES"] = 7
    app.config["MAIL_FROM"] = "Registry <registry@example.org>"
    build_scheduler(app, run_now=False)
    seen = []
    monkeypatch.setattr(jobs, "run_pass", _recording_pass(seen))
    monkeypatch.setattr(jobs, "turn", _recording_turn(seen))
    jobs.digest_job()
    jobs.reminder_pass_job()
    (gap, (factory, settings), pass_gap, _) = seen
    assert factory is app.extensions["tracker"].sessionmaker
    assert settings == ReminderSettings.from_config(app.config) and settings.mail_from.startswith("Registry")
    assert (gap, pass_gap) == (dt.timedelta(hours=12), dt.timedelta(minutes=7) * 0.9)
    # `tracker scheduler` runs it in the foreground (a BackgroundScheduler is a BlockingScheduler too)
    assert type(build_scheduler(app, blocking=True, run_now=False)) is BlockingScheduler


def test_the_reminder_pass_runs_at_start_and_the_digests_daily_at_six_utc(app, monkeypatch, request):
    """Whatever the server's own time zone: the digests go out at 06:00 UTC."""
    monkeypatch.setenv("TZ", "America/New_York")
    tzlocal.reload_localzone()  # the zone APScheduler would fall back on
    request.addfinalizer(tzlocal.reload_localzone)
    before = dt.datetime.now(dt.UTC)
    sched = build_scheduler(app)
    sched.start(paused=True)
    try:
        reminder, digest = sched.get_job(REMINDER_JOB), sched.get_job(DIGEST_JOB)
        assert before <= reminder.next_run_time <= dt.datetime.now(dt.UTC)  # at once: catch up
        assert (reminder.name, digest.name) == ("reminder pass", "daily digests")
        assert digest.func_ref == "tracker.reminders.jobs:digest_job"
        fire = digest.next_run_time.astimezone(dt.UTC)
        assert (fire.hour, fire.minute, fire.second) == (6, 0, 0)
        assert before < fire <= before + dt.timedelta(days=1)
    finally:
        sched.shutdown()
    later = build_scheduler(app, run_now=False)
    later.start(paused=True)
    try:
        interval = dt.timedelta(minutes=app.config["REMINDER_INTERVAL_MINUTES"])
        assert later.get_job(REMINDER_JOB).next_run_time >= before + interval  # one interval on
    finally:
        later.shutdown()


def test_the_count_horizon_moves_daily_just_after_midnight_utc(app, monkeypatch, request):
    """Whatever the server's own time zone: the overview's counts are split on the new day at 00:05
    UTC (``jobs.horizon_job``), once a day."""
    monkeypatch.setenv("TZ", "America/New_York")
    tzlocal.reload_localzone()
    request.addfinalizer(tzlocal.reload_localzone)
    before = dt.datetime.now(dt.UTC)
    sched = build_scheduler(app, run_now=False)
    sched.start(paused=True)
    try:
        horizon = sched.get_job(HORIZON_JOB)
        assert (horizon.name, horizon.func_ref) == ("count horizon", "tracker.reminders.jobs:horizon_job")
        fire = horizon.next_run_time.astimezone(dt.UTC)
        assert (fire.hour, fire.minute, fire.second) == (0, 5, 0)
        assert before < fire <= before + dt.timedelta(days=1)
        # and next at the same time the day after, not at five past every hour
        after = horizon.trigger.get_next_fire_time(fire, fire + dt.timedelta(seconds=1))
        assert after == fire + dt.timedelta(days=1)
        # SQLite's full-text indexes merged after it (``jobs.fulltext_job``), daily too
        merge = sched.get_job(FULLTEXT_JOB)
        assert (merge.name, merge.func_ref) == ("full-text merge", "tracker.reminders.jobs:fulltext_job")
        merged = merge.next_run_time.astimezone(dt.UTC)
        assert (merged.hour, merged.minute, merged.second) == (0, 20, 0)
        assert merge.trigger.get_next_fire_time(merged, merged + dt.timedelta(seconds=1)) == \
            merged + dt.timedelta(days=1)
    finally:
        sched.shutdown()


def test_a_missed_pass_runs_once_late_and_never_beside_another(app):
    """A process that was suspended runs the missed passes once (coalesced), up to 15 minutes late,
    one job at a time."""
    sched = build_scheduler(app, run_now=False)
    sched.start(paused=True)
    try:
        for job in sched.get_jobs():
            assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, 15 * 60), job.id
    finally:
        sched.shutdown()


def test_the_two_jobs_never_run_at_the_same_time_in_one_process(app, monkeypatch):
    """One worker: the digests wait for a reminder pass that is still running (both open sessions
    and send mail)."""
    running, overlaps, done = [], [], threading.Event()
    lock = threading.Lock()

    def slow_pass(factory, now, settings, **kw):
        with lock:
            running.append(kw)
            overlaps.append(len(running))
        time.sleep(0.5)
        with lock:
            running.remove(kw)
            if len(overlaps) == 2:
                done.set()

    monkeypatch.setattr(jobs, "run_pass", slow_pass)
    sched = build_scheduler(app, run_now=False)
    sched.start(paused=True)
    try:
        now = dt.datetime.now(dt.UTC)
        sched.modify_job(REMINDER_JOB, next_run_time=now)
        sched.modify_job(DIGEST_JOB, next_run_time=now)
        sched.resume()
        assert done.wait(60), "the two jobs did not both run"
    finally:
        sched.shutdown()
    assert overlaps == [1, 1]


def test_a_pass_is_this_schedulers_turn_again_after_nine_tenths_of_an_interval(db_factory, monkeypatch):
    """At a 5-minute interval, a timer that fires a little early (4 min 40 s after the last pass
    started) still runs the pass; within 4 min 30 s it is not this interval's turn."""
    clock = [dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)]
    ran = []
    monkeypatch.setattr(jobs, "utcnow", lambda: clock[0])
    monkeypatch.setattr(jobs, "run_pass", lambda *a, **kw: ran.append(clock[0]))
    jobs.configure(db_factory, ReminderSettings(), dt.timedelta(minutes=5))
    start = clock[0]
    for seconds in (0, 260, 280):
        clock[0] = start + dt.timedelta(seconds=seconds)
        jobs.reminder_pass_job()
    assert ran == [start, start + dt.timedelta(seconds=280)]


def test_a_pass_follows_the_day_the_settings_pin(db_factory, monkeypatch):
    calls = []
    monkeypatch.setattr(jobs, "run_pass", lambda factory, now, settings, **kw: calls.append((now, settings)))
    settings = ReminderSettings(secret_key="k", today=dt.date(2018, 9, 11))
    jobs.configure(db_factory, settings)
    jobs.reminder_pass_job()
    jobs.digest_job()
    assert [(now.date(), s) for now, s in calls] == [(dt.date(2018, 9, 11), settings)] * 2
    assert all(s is settings for _, s in calls)


def test_a_job_run_before_configure_says_what_is_missing(monkeypatch):
    monkeypatch.setattr(jobs, "_context", None)
    with pytest.raises(RuntimeError, match=r"^tracker\.reminders\.jobs\.configure\(\) was not called$"):
        jobs.reminder_pass_job()


def test_a_run_exactly_the_gap_later_takes_its_turn(engine, db_factory):
    start = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    gap = dt.timedelta(seconds=54)
    with turn(engine, "reminder-pass", start, gap) as first:
        pass
    with turn(engine, "reminder-pass", start + gap, gap) as next_one:
        pass
    assert (first, next_one) == (True, True)


def test_the_lease_of_a_scheduler_that_died_is_taken_over_when_it_ends(engine, db_factory):
    """SQLite: a run that never released its lease (the process died) blocks the others until the
    lease (30 minutes) is over, not for ever."""
    if engine.dialect.name == "postgresql":
        pytest.skip("PostgreSQL's advisory lock goes with the dead process's connection")
    start = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    with db_factory() as db:
        db.add(SchedulerRun(name="reminder-pass", started_at=start, running_until=start + LEASE,
                            holder="gone:1"))
        db.commit()
    gap = dt.timedelta(seconds=54)
    with turn(engine, "reminder-pass", start + LEASE - dt.timedelta(minutes=1), gap) as still_held:
        pass
    with turn(engine, "reminder-pass", start + LEASE + dt.timedelta(minutes=1), gap) as taken_over:
        pass
    assert (still_held, taken_over) == (False, True)


def test_of_two_schedulers_inserting_the_first_run_one_runs(engine, db_factory):
    """Both find no row; the one whose insert loses to the other's does not run."""
    start = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    raced = []

    def other_scheduler_first(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO SCHEDULER_RUNS") and not raced:
            raced.append(statement)
            with engine.connect() as other:
                other.execute(insert(SchedulerRun.__table__).values(
                    name="digest", started_at=start, holder="other:1"))
                other.commit()

    event.listen(engine, "before_cursor_execute", other_scheduler_first)
    try:
        with turn(engine, "digest", start, dt.timedelta(hours=12)) as mine:
            pass
    finally:
        event.remove(engine, "before_cursor_execute", other_scheduler_first)
    assert raced and mine is False


def test_the_log_says_when_a_scheduler_took_its_turn_and_when_it_deferred(db_factory, monkeypatch, caplog):
    """The lines an operator (and ``test_processes.py``) reads to see the schedulers take turns."""
    start = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    clock = [start]
    monkeypatch.setattr(jobs, "utcnow", lambda: clock[0])
    monkeypatch.setattr(jobs, "run_pass", lambda *a, **kw: None)
    jobs.configure(db_factory, ReminderSettings())
    with caplog.at_level(logging.INFO, logger=jobs.log.name):
        jobs.reminder_pass_job()
        jobs.digest_job()
        clock[0] = start + dt.timedelta(minutes=1)
        jobs.reminder_pass_job()
        jobs.digest_job()
    assert [r.getMessage() for r in caplog.records if r.name == jobs.log.name] == [
        "reminder pass turn taken at 2026-01-05T09:00:00+00:00",
        "reminder pass at 2026-01-05T09:01:00+00:00 deferred: another scheduler ran it this interval",
        "digests at 2026-01-05T09:01:00+00:00 deferred: another scheduler sent them today",
    ]


def test_one_jobs_turn_leaves_the_other_jobs_record_alone(engine, db_factory):
    """A reminder pass taking its turn does not move when the digests last ran: they still run
    the next morning."""
    start = dt.datetime(2026, 1, 5, 6, 0, tzinfo=dt.UTC)
    with turn(engine, "digest", start, dt.timedelta(hours=12)) as digests:
        pass
    late_pass = start + dt.timedelta(hours=23, minutes=58)
    with turn(engine, "reminder-pass", late_pass, dt.timedelta(seconds=54)) as p:
        pass
    with turn(engine, "digest", start + dt.timedelta(days=1), dt.timedelta(hours=12)) as next_digests:
        pass
    assert (digests, p, next_digests) == (True, True, True)


def test_the_daily_horizon_job_splits_the_counts_on_the_day(db, db_factory, engine):
    from sqlalchemy import text

    from tests.factories import gen_entity, gen_obligation
    from tracker.services import counts

    day = dt.date(2031, 5, 17)
    owner = gen_entity(db, "Owner")
    for due_on in (dt.date(2031, 5, 1), dt.date(2031, 6, 1)):
        gen_obligation(db, due_on=due_on, owners=[owner])
    db.commit()
    jobs.configure(db_factory, ReminderSettings(today=day))
    jobs.horizon_job()
    with engine.connect() as conn:
        assert [str(d) for d in conn.execute(text("SELECT day FROM count_horizon")).scalars()] == [str(day)]
        early = conn.execute(text("SELECT due_early, sum(n) FROM session_counts GROUP BY due_early"))
        assert {bool(flag): int(n) for flag, n in early} == {True: 1, False: 1}
        early = conn.execute(text("SELECT due_early, sum(n) FROM owner_counts GROUP BY due_early"))
        assert {bool(flag): int(n) for flag, n in early} == {True: 1, False: 1}
    with db_factory() as session:
        assert counts.check(session).ok
