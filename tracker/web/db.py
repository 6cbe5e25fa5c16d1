"""One SQLAlchemy session per request, rolled back and closed at the end of it.

Views that write call a service and then ``commit()`` once, at the boundary.
"""

from __future__ import annotations

from typing import TypeVar

from flask import Flask, abort, current_app, g
from sqlalchemy.orm import Session

T = TypeVar("T")


def get_db() -> Session:
    if "db" not in g:
        g.db = current_app.extensions["tracker"].sessionmaker()
    return g.db


def get_or_404(model: type[T], ident: int) -> T:
    """The row of ``model`` with this primary key, or a 404."""
    row = get_db().get(model, ident)
    if row is None:
        abort(404)
    return row


def _close_db(_exc: BaseException | None) -> None:
    session: Session | None = g.pop("db", None)
    if session is not None:
        session.rollback()
        session.close()


def init_db(app: Flask) -> None:
    app.teardown_appcontext(_close_db)
