"""``tracker``: thin click commands over the services, bound to the Flask app (DESIGN §5)."""

from __future__ import annotations

import click
from flask.cli import FlaskGroup

from tracker import create_app


def _create_app():
    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_default_commands=True)
def cli() -> None:
    """Mandate Tracker: United Nations resolutions as a register of obligations."""


def _register() -> None:
    from tracker.cli import db, parse

    cli.add_command(db.db)
    cli.add_command(parse.parse)
    from tracker.cli import calendar, demo, importing

    cli.add_command(calendar.calendar)
    cli.add_command(demo.demo)
    cli.add_command(importing.import_command)
    cli.add_command(importing.show)
    from tracker.cli import reminders, serve

    cli.add_command(reminders.remind)
    cli.add_command(reminders.scheduler)
    cli.add_command(serve.serve)
    from tracker.cli import backup, counts, resolutions, users

    cli.add_command(users.users)
    cli.add_command(backup.backup)
    cli.add_command(backup.restore)
    cli.add_command(counts.counts)
    cli.add_command(resolutions.resolution)


_register()


def main() -> None:
    cli.main(prog_name="tracker")
