"""``tracker counts check [--rebuild]``: the register's kept counts against a recount;
``tracker counts rebase``: the per-session counts' horizon moved to today."""

from __future__ import annotations

import click

from tracker.cli.common import session_factory, with_schema
from tracker.clock import today
from tracker.db import transaction


@click.group()
def counts() -> None:
    """The counts the overview and /api/v1/summary read (kept by the database on every write)."""


@counts.command("check")
@click.option("--rebuild", is_flag=True,
              help="Reinstall the triggers and recount every bucket (when the check found drift).")
@with_schema
def check(rebuild: bool) -> None:
    """Recount every kept count from the obligations and report each difference; exit 1 on any
    (after --rebuild: 0 once the recount is stored)."""
    from tracker.services import counts as service

    with transaction(session_factory()) as session:
        report = service.check(session)
        for drift in report.drift[:50]:
            click.echo(f"drift: {drift.table} {drift.bucket}: kept {drift.kept}, recounted {drift.recounted}")
        if len(report.drift) > 50:
            click.echo(f"… and {len(report.drift) - 50} more buckets")
        for bucket in report.malformed[:20]:
            click.echo(f"malformed row: {bucket}")
        for name in report.missing_triggers:
            click.echo(f"missing trigger: {name} (the counts stop following the writes)")
        if report.ok:
            click.echo(f"counts ok: {_in_buckets(report)}")
            return
        if not rebuild:
            click.echo("counts differ from a recount: run `tracker counts check --rebuild`")
            raise SystemExit(1)
        service.rebuild(session, today())
        after = service.check(session)
        if not after.ok:  # pragma: no cover - a rebuild recounts in the same transaction
            raise SystemExit(1)
        click.echo(f"rebuilt: {_in_buckets(after)}")


def _in_buckets(report) -> str:
    """"2 obligations in 2 buckets", "1 obligation in 1 bucket"."""
    from tracker.services.words import english_plural

    return (english_plural("%(num)d obligation", "%(num)d obligations", report.obligations) + " in "
            + english_plural("%(num)d bucket", "%(num)d buckets", report.buckets))


@counts.command("rebase")
@with_schema
def rebase() -> None:
    """Move the horizon of the per-session counts to today: the overview then reads only the
    counts dated from today on (run daily; the numbers are exact whatever the horizon)."""
    from tracker.services import counts as service

    with transaction(session_factory()) as session:
        service.move_horizon(session, today())
    click.echo(f"horizon moved to {today().isoformat()}")
