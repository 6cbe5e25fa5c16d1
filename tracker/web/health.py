"""Liveness for load balancers and ``make run``: the database answers, and takes writes."""

import logging

from flask import Blueprint, jsonify
from flask_login import current_user
from sqlalchemy import delete, false, select
from sqlalchemy.exc import SQLAlchemyError

from tracker.models import Role, SchedulerRun
from tracker.web.db import get_db, run_again_if_nothing_written

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)

#: a write that writes nothing: refused by a read-only database (a read-only SQLite file, a
#: PostgreSQL standby or read-only transaction), accepted by any other
_NO_OP_WRITE = delete(SchedulerRun).where(false())


def _problem() -> str | None:
    """None when the database answers and takes writes, else why not (for the log and admins)."""
    db = get_db()
    try:
        db.execute(select(1))
    except SQLAlchemyError as exc:
        run_again_if_nothing_written(exc)  # a pooled connection the server dropped: a new one answers
        return f"database: {_first_line(exc)}"
    try:
        db.execute(_NO_OP_WRITE)
    except SQLAlchemyError as exc:
        return f"database is read-only: {_first_line(exc)}"
    finally:
        db.rollback()
    return None


def _first_line(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


@bp.get("/healthz")
def healthz():
    """200 ``{"status": "ok"}``, or 503 ``{"status": "unavailable"}``; the reason (host, port,
    database name) goes to the log, and to signed-in admins only."""
    problem = _problem()
    if problem is None:
        return jsonify(status="ok")
    log.error("health check failed: %s", problem)
    if current_user.is_authenticated and current_user.role == Role.ADMIN:
        return jsonify(status="unavailable", reason=problem), 503
    return jsonify(status="unavailable"), 503
