"""What every command shares: the app's session factory and a one-line failure."""

from __future__ import annotations

from typing import NoReturn

import click
from flask import current_app
from sqlalchemy.orm import Session, sessionmaker


def session_factory() -> sessionmaker[Session]:
    return current_app.extensions["tracker"].sessionmaker


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a one-line error (never a traceback) and exit with ``code``."""
    click.echo(f"Error: {message}", err=True)
    raise SystemExit(code)
