"""Liveness for load balancers and ``make run``."""

from flask import Blueprint, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from tracker.web.db import get_db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """200 when the database answers, 503 with the reason when it does not."""
    try:
        get_db().execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        reason = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0]
        return jsonify(status="unavailable", reason=f"database: {reason}"), 503
    return jsonify(status="ok")
