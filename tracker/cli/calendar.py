"""``tracker calendar BODY N`` (a session's dates, with how they were found), ``tracker calendar
set BODY N --opens DATE`` (an official date: it wins over the rule; due dates are recomputed) and
``tracker calendar lead BODY DAYS`` (the documentation lead)."""

from __future__ import annotations

import datetime as dt
import json

import click

from tracker.cli.common import fail, session_factory, today, with_schema

_DATE = click.DateTime(["%Y-%m-%d"])


class _CalendarGroup(click.Group):
    """``tracker calendar GA 73`` is short for ``tracker calendar show GA 73``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_CalendarGroup)
def calendar() -> None:
    """Session dates: `tracker calendar GA 73`; `tracker calendar set GA 84 --opens 2029-09-11`."""


@calendar.command("show")
@click.argument("body")
@click.argument("number", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the dates as JSON.")
@with_schema
def show(body: str, number: int, as_json: bool) -> None:
    """Print the opening (and closing, where known) date of session NUMBER of BODY."""
    from tracker.calendar import CalendarError
    from tracker.services.calendar import session_dates

    with session_factory()() as session:
        try:
            dates = session_dates(session, body, number)
        except ValueError as exc:  # CalendarError or an unknown body
            fail(str(exc) if isinstance(exc, CalendarError) else f"{exc}")
    if as_json:
        click.echo(json.dumps({
            "body": str(dates.body), "session": dates.session,
            "opens_on": dates.opens_on.isoformat(),
            "closes_on": dates.closes_on.isoformat() if dates.closes_on else None,
            "source": str(dates.source), "derivation": dates.derivation,
        }, indent=2))
        return
    click.echo(dates.opens_on.isoformat())
    click.echo(f"closes {dates.closes_on.isoformat()}" if dates.closes_on else "closing date unknown")
    click.echo(dates.derivation)


@calendar.command("set")
@click.argument("body")
@click.argument("number", type=int)
@click.option("--opens", "opens_on", type=_DATE, required=True, help="Official opening date.")
@click.option("--closes", "closes_on", type=_DATE, default=None, help="Official closing date.")
@click.option("--note", default=None, help="Where the date comes from (a document symbol).")
@with_schema
def set_dates(body: str, number: int, opens_on: dt.datetime, closes_on: dt.datetime | None,
              note: str | None) -> None:
    """Record official dates for a session and recompute the due dates that depend on it."""
    from tracker.db import transaction
    from tracker.services.actors import Actor
    from tracker.services.calendar import set_official_session

    try:
        with transaction(session_factory()) as session:
            row, moved = set_official_session(
                session, body, number, opens_on=opens_on.date(),
                closes_on=closes_on.date() if closes_on else None, note=note,
                actor=Actor.system("cli"), today=today(),
            )
            label = f"{row.body} {row.number}"
    except ValueError as exc:
        fail(str(exc))
    closing = f", closes {closes_on.date().isoformat()}" if closes_on else ""
    click.echo(f"{label} opens {opens_on.date().isoformat()}{closing} (official); "
               f"{moved} due date(s) recomputed")


@calendar.command("lead")
@click.argument("body")
@click.argument("days", type=click.IntRange(min=0))
@with_schema
def lead(body: str, days: int) -> None:
    """Set BODY's documentation lead: documents are due DAYS before a session deadline."""
    from tracker.db import transaction
    from tracker.services.actors import Actor
    from tracker.services.calendar import set_documentation_lead

    try:
        with transaction(session_factory()) as session:
            row, moved = set_documentation_lead(session, body, days, actor=Actor.system("cli"),
                                                today=today())
            label = row.body
    except ValueError as exc:
        fail(str(exc))
    click.echo(f"{label} documentation lead: {days} days; {moved} obligation(s) recomputed")
