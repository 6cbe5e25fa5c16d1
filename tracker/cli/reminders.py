"""``tracker remind`` (one reminder pass) and ``tracker scheduler`` (run until stopped)."""

from __future__ import annotations

import datetime as dt
import signal

import click
from flask import current_app

from tracker.cli.common import fail, session_factory, with_schema
from tracker.cli.common import now as clock_now
from tracker.reminders import ReminderSettings, run_pass


def _parse_now(value: str | None) -> dt.datetime:
    if not value:
        return clock_now()
    try:
        now = dt.datetime.fromisoformat(value)
    except ValueError:
        fail(f"--now must be an ISO date or datetime (2018-09-11T09:00), got {value!r}")
    return now.replace(tzinfo=dt.UTC) if now.tzinfo is None else now


@click.command()
@click.option("--now", "now_text", metavar="ISO-DATETIME", help="Pretend it is this time (UTC unless given).")
@click.option("--dry-run", is_flag=True, help="Show what would be queued and sent; change and send nothing.")
@with_schema
def remind(now_text: str | None, dry_run: bool) -> None:
    """Run one reminder pass: queue the stages that came due, send what is pending, exit (status 1
    when some message could not be sent)."""
    now = _parse_now(now_text)
    settings = ReminderSettings.from_config(current_app.config)
    result = run_pass(session_factory(), now, settings, dry_run=dry_run, details=True)
    verb = "would queue" if dry_run else "queued"
    click.echo(f"{verb} {result.queue.queued} reminder(s) at {now.isoformat()}")
    for rid, recipient, obligation_id, digest_key, stage, due_on, _status in result.queued_rows:
        what = f"obligation {obligation_id}" if obligation_id is not None else f"digest {digest_key}"
        number = f"#{rid} " if rid is not None else ""  # a dry run writes no row: it has no number
        click.echo(f"  {number}{recipient}: {what}, stage {stage}, due {due_on.isoformat()}")
    if result.queue.superseded or result.queue.cancelled:
        click.echo(f"superseded {result.queue.superseded}, cancelled {result.queue.cancelled}")
    if dry_run:
        click.echo("dry run: nothing changed, nothing sent")
        return
    delivery = result.delivery
    click.echo(f"sent {len(delivery.sent)}, retrying {delivery.retrying}, failed {delivery.failed}")
    for rid, recipient, subject in delivery.sent:
        click.echo(f"  #{rid} {recipient}: {subject}")
    for error in delivery.errors:
        click.echo(f"  ! {error}", err=True)
    if delivery.failed or delivery.retrying:
        # for cron and monitoring: some messages did not go out (retried later, or failed for good)
        raise SystemExit(1)


def stop_on_sigterm() -> None:
    """SIGTERM behaves like Ctrl-C, so the same cleanup runs."""

    def _interrupt(_signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _interrupt)


@click.command()
@with_schema
def scheduler() -> None:
    """Run the scheduler (reminder pass every few minutes, digests daily) until stopped."""
    from tracker.reminders.scheduler import build_scheduler

    app = current_app._get_current_object()
    sched = build_scheduler(app, blocking=True)
    stop_on_sigterm()
    click.echo(
        f"scheduler running: reminder pass every {app.config['REMINDER_INTERVAL_MINUTES']} min; Ctrl-C stops"
    )
    try:
        sched.start()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        if sched.running:
            sched.shutdown()
        app.extensions["tracker"].engine.dispose()
        click.echo("scheduler stopped")
