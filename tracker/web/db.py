"""One SQLAlchemy session per request, rolled back and closed at the end of it.

Views that write call a service and then ``commit()`` once, at the boundary.
"""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session


def get_db() -> Session:
    if "db" not in g:
        g.db = current_app.extensions["tracker"].sessionmaker()
    return g.db


def _close_db(_exc: BaseException | None) -> None:
    session: Session | None = g.pop("db", None)
    if session is not None:
        session.rollback()
        session.close()


def init_db(app: Flask) -> None:
    app.teardown_appcontext(_close_db)
