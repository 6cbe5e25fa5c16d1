"""The front page until the dashboards take it over."""

from flask import Blueprint, render_template
from sqlalchemy import func, select

from tracker.models import Obligation, Resolution
from tracker.web.db import get_db

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    """Counts of what the register holds."""
    db = get_db()
    resolutions = db.scalar(select(func.count()).select_from(Resolution))
    obligations = db.scalar(select(func.count()).select_from(Obligation))
    return render_template("home/index.html", resolutions=resolutions, obligations=obligations)
