"""``tracker db``: apply Alembic migrations to the configured database."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from tracker.migrate import downgrade as _downgrade
from tracker.migrate import upgrade as _upgrade


@click.group()
def db() -> None:
    """Database schema (Alembic)."""


@db.command()
@click.argument("revision", default="head")
@with_appcontext
def upgrade(revision: str) -> None:
    """Apply migrations up to REVISION (default: head); same as `alembic upgrade head`."""
    _upgrade(current_app.extensions["tracker"].engine, revision)
    click.echo(f"database at {revision}")


@db.command()
@click.argument("revision")
@with_appcontext
def downgrade(revision: str) -> None:
    """Revert migrations down to REVISION (``base`` empties the database)."""
    _downgrade(current_app.extensions["tracker"].engine, revision)
    click.echo(f"database at {revision}")
