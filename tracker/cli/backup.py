"""``tracker backup FILE`` and ``tracker restore FILE``: the whole database, one snapshot."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from tracker.cli.common import fail


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup(file: Path) -> None:
    """Write a consistent snapshot of every table to FILE (SQLite: the online backup API, safe while
    the app runs; PostgreSQL: pg_dump's custom format)."""
    from tracker.backup import BackupError
    from tracker.backup import backup as do_backup

    if file.exists():
        fail(f"{file} exists: choose a new file name")
    try:
        do_backup(current_app.extensions["tracker"].engine, file)
    except BackupError as exc:
        fail(str(exc), 1)
    click.echo(f"backed up to {file}")


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def restore(file: Path) -> None:
    """Load a `tracker backup` FILE into the configured database, which must be empty."""
    from tracker.backup import BackupError
    from tracker.backup import restore as do_restore

    try:
        do_restore(current_app.extensions["tracker"].engine, file)
    except BackupError as exc:
        fail(str(exc), 1)
    click.echo(f"restored from {file}")
