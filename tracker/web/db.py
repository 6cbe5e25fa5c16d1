"""One SQLAlchemy session per request, rolled back and closed at the end of it.

Views that write call a service and then ``commit()`` once, at the boundary.
"""

from __future__ import annotations

import logging
from typing import TypeVar

from flask import Flask, abort, current_app, g, jsonify, render_template, request
from flask_login import AnonymousUserMixin
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
#: what a client is told to wait before trying again while the database is unreachable
RETRY_AFTER_SECONDS = 30

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


def _unavailable(exc: OperationalError):
    """The database cannot be reached (or cannot be written): 503 with Retry-After, the site's own
    page (or problem details under /api/), the reason in the log only."""
    log.error("database unavailable: %s", str(exc.orig if exc.orig is not None else exc).splitlines()[0])
    g._login_user = AnonymousUserMixin()  # rendering must not ask the database who is signed in
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    if request.path.startswith("/api/"):
        body = jsonify(type="about:blank", title="Service Unavailable", status=503,
                       detail="the database cannot be reached; try again later")
        body.mimetype = "application/problem+json"
        return body, 503, headers
    try:
        return render_template("errors/unavailable.html"), 503, headers
    except Exception:  # noqa: BLE001 - the page itself needed the database: plain text then
        return "Temporarily unavailable: please try again in a minute.", 503, headers


def init_db(app: Flask) -> None:
    app.teardown_appcontext(_close_db)
    app.register_error_handler(OperationalError, _unavailable)
