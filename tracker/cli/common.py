"""What every command shares: the app's session factory, its clock and a one-line failure."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import NoReturn, ParamSpec, TypeVar

import click
from flask import current_app
from flask.cli import with_appcontext
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


P = ParamSpec("P")
R = TypeVar("R")


def with_schema(command: Callable[P, R]) -> Callable[P, R]:
    """``with_appcontext``, and a one-line failure before ``command`` runs where the database is not
    at the migrations' newest revision: no raw "no such table" from deep in a service."""
    @functools.wraps(command)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        from tracker.migrate import schema_behind

        reason = schema_behind(current_app.extensions["tracker"].engine)
        if reason is not None:
            fail(f"{reason}: run `tracker db upgrade` first (`make migrate` in a checkout)")
        return command(*args, **kwargs)

    return with_appcontext(checked)
