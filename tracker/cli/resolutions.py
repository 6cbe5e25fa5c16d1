"""``tracker resolution delete SYMBOL [--reason TEXT] [--yes]``: thin over ``services.withdrawal``."""

from __future__ import annotations

import click

from tracker.cli.common import fail, session_factory, today, with_schema
from tracker.db import transaction


@click.group("resolution")
def resolution() -> None:
    """A resolution held in the register."""


@resolution.command("delete")
@click.argument("symbol")
@click.option("--reason", default="", help="Why (kept in the audit log): a duplicate, a wrong import, …")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@with_schema
def delete(symbol: str, reason: str, yes: bool) -> None:
    """Delete a resolution and its obligations, after saying what goes with them. Session dates only
    its text printed leave the calendar (the due dates they gave move), reminders queued for its
    obligations are never sent (those sent stay in the ledger), subscriptions to it end."""
    from tracker.services.actors import Actor
    from tracker.services.errors import ServiceError
    from tracker.services.exports import load_resolution
    from tracker.services.withdrawal import delete_resolution, deletion_impact, impact_lines

    with transaction(session_factory()) as session:
        held = load_resolution(session, symbol)
        if held is None:
            fail(f"{symbol} is not in the register")
        for line in impact_lines(deletion_impact(session, held)):
            click.echo(line)
        if not yes and not click.confirm(f"Delete {held.symbol}?", default=False):
            fail("nothing deleted", code=1)
        try:
            impact = delete_resolution(session, held, actor=Actor.system("cli"), today=today(),
                                       reason=reason)
        except ServiceError as exc:
            fail(str(exc))
    click.echo(f"deleted {impact.symbol}")
