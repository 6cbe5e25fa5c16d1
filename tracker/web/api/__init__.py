"""The JSON API under ``/api/v1/``: bearer tokens, problem details, an OpenAPI document generated
from the routes, and a reference page rendered on the server (no CDN, no JavaScript)."""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, jsonify, render_template
from werkzeug.exceptions import HTTPException

from tracker.web.api.problems import Problem, from_http_exception, from_problem
from tracker.web.security import csrf

bp = Blueprint("api", __name__, url_prefix="/api/v1")


@bp.errorhandler(Problem)
def _problem(exc: Problem):
    return from_problem(exc)


@bp.errorhandler(HTTPException)
def _http(exc: HTTPException):
    return from_http_exception(exc)


def _spec() -> dict:
    from tracker.web.api.spec import build_spec

    cached = current_app.extensions.get("tracker_openapi")
    if cached is None:
        cached = current_app.extensions["tracker_openapi"] = build_spec(current_app)
    return cached


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3 document of this API."""
    return jsonify(_spec())


@bp.get("/docs")
def docs():
    """The API reference, rendered here from the OpenAPI document."""
    from tracker.web.api.docs import reference

    return render_template("api/docs.html", ref=reference(_spec()))


def init_api(app: Flask) -> None:
    from tracker.web.api import views  # noqa: F401  (registers the routes on bp)

    csrf.exempt(bp)  # bearer tokens only, never a cookie (tracker.web.api.auth)
    app.register_blueprint(bp)
    # Routing errors (404 for a path no rule matches, 405 with the rule's own Allow) happen before any
    # blueprint is known: tracker.web.errors answers those with problem details too, under /api/v1/
    # only. No catch-all route: one would match every path, and OPTIONS would then list its methods.
