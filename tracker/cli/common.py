"""What every command shares: the app's session factory, its clock and a one-line failure."""

from __future__ import annotations

import datetime as dt
from typing import NoReturn

import click
from flask import current_app
from sqlalchemy.orm import Session, sessionmaker

from tracker import clock


def session_factory() -> sessionmaker[Session]:
    return current_app.extensions["tracker"].sessionmaker


def today() -> dt.date:
    """Today in UTC as the web and the scheduler count it (``TODAY`` pins it)."""
    return clock.today(current_app.config)


def now() -> dt.datetime:
    return clock.now(current_app.config)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a one-line error (never a traceback) and exit with ``code``."""
    click.echo(f"Error: {message}", err=True)
    raise SystemExit(code)
