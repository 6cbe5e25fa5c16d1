"""Calendar feeds and exports: files for Outlook, Excel and other systems. Thin over
``tracker.services.feeds`` and ``tracker.services.exports``."""

from __future__ import annotations

import re

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.calendar import format_session, session_body
from tracker.db import utcnow
from tracker.services import exports, feeds
from tracker.services.actors import sees_unpublished
from tracker.services.search import ObligationFilter
from tracker.web.clock import today as current_today
from tracker.web.db import get_db, writing

bp = Blueprint("feeds", __name__)

ICS = "text/calendar; charset=utf-8"


def _public() -> None:
    """Feeds and exports are as public as the dashboards."""
    if current_app.config.get("DASHBOARDS_REQUIRE_LOGIN") and not current_user.is_authenticated:
        abort(401)


def _named(response: Response, filename: str, disposition: str = "attachment") -> Response:
    """The response, saved (or, ``inline``, shown) under ``filename``."""
    response.headers["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def _ics(data: bytes, filename: str) -> Response:
    response = Response(data, mimetype="text/calendar")
    response.headers["Content-Type"] = ICS
    return _named(response, filename, "inline")


def _feed(obligations, name: str, filename: str) -> Response:
    data = feeds.build_calendar(
        obligations, name=name, base_url=current_app.config["BASE_URL"],
        default_stages=current_app.config["REMINDER_STAGES"], now=utcnow(),
    )
    return _ics(data, filename)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "feed"


@bp.get("/feeds/owners/<int:entity_id>.ics")
def owner(entity_id: int):
    """Deadlines of everything an entity owns."""
    _public()
    db = get_db()
    name = feeds.entity_name(db, entity_id)
    if name is None:
        abort(404)
    return _feed(feeds.owner_obligations(db, entity_id), f"Mandates: {name}", f"owner-{entity_id}.ics")


@bp.get("/feeds/resolutions/<path:symbol>.ics")
def resolution(symbol: str):
    """Deadlines of one resolution: /feeds/resolutions/A/RES/71/19.ics."""
    _public()
    db = get_db()
    r = exports.load_resolution(db, symbol) if len(symbol) <= 80 and "\x00" not in symbol else None
    if r is None or r.published_at is None:
        abort(404)
    obligations = feeds.resolution_obligations(db, r.id)
    return _feed(obligations, f"Mandates: {r.symbol}", _safe_name(r.symbol) + ".ics")


@bp.get("/feeds/sessions/<body>/<int:number>.ics")
def session(body: str, number: int):
    """Everything due at a session: /feeds/sessions/GA/73.ics."""
    _public()
    try:
        code = str(session_body(body))
    except ValueError:
        abort(404)
    if not 1 <= number <= 9999:
        abort(404)
    label = format_session(code, number)
    return _feed(feeds.session_obligations(get_db(), code, number), f"Mandates due at {label}",
                 f"{code}-{number}.ics")


@bp.get("/feeds/personal/<token>.ics")
def personal(token: str):
    """Everything the user follows; the secret in the URL stands for a login."""
    db = get_db()
    user = feeds.user_by_feed_token(db, token)
    if user is None:
        abort(404)
    response = _feed(feeds.followed_obligations(db, user), "Mandates I follow", "mandates.ics")
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.get("/account/feed")
@login_required
def personal_page():
    """The signed-in user's secret calendar address, to paste into Outlook or another client."""
    token = current_user.user.feed_token
    url = current_app.config["BASE_URL"] + url_for(".personal", token=token) if token else None
    response = Response(render_template("feeds/personal.html", feed_url=url))
    response.headers["Cache-Control"] = "private, no-store"  # the page shows a secret
    return response


@bp.post("/account/feed")
@login_required
def rotate_personal():
    """Create the personal feed address, or replace it (the old one stops working)."""
    had_one = current_user.user.feed_token is not None
    with writing(handle=False):
        feeds.rotate_feed_token(get_db(), current_user.user, actor=current_user.actor())
    if had_one:
        flash(_("Your calendar feed has a new address: the old one no longer works."), "success")
    else:
        flash(_("Your calendar feed address was created."), "success")
    return redirect(url_for(".personal_page"))


# ---------------------------------------------------------------------- exports


def _filter() -> ObligationFilter:
    flt = ObligationFilter.from_args(request.args)
    if flt.errors:
        abort(400, description="invalid filter: " + ", ".join(flt.errors))
    if sees_unpublished(getattr(current_user, "user", None)):
        flt = flt.with_(include_unpublished=True)
    return flt


def _stamp() -> str:
    return current_today().isoformat()


@bp.get("/exports/obligations.csv")
def obligations_csv():
    """The filtered obligation list (same query arguments as the dashboards and the API) as CSV."""
    _public()
    today = current_today()
    rows = exports.filtered_obligations(get_db(), _filter(), today)
    data = exports.obligations_csv(rows, today, current_app.config["BASE_URL"])
    response = Response(data.encode("utf-8-sig"), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    return _named(response, f"obligations-{_stamp()}.csv")


@bp.get("/exports/obligations.xlsx")
def obligations_xlsx():
    """The filtered obligation list as an Excel workbook."""
    _public()
    today = current_today()
    flt = _filter()
    rows = exports.filtered_obligations(get_db(), flt, today)
    data = exports.obligations_xlsx(rows, today, current_app.config["BASE_URL"],
                                    filter_description=exports.describe_filter(flt))
    response = Response(data, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return _named(response, f"obligations-{_stamp()}.xlsx")


def _published_resolution(db, symbol: str):
    """The published resolution with this symbol, or 404 (symbols are short and plain)."""
    r = exports.load_resolution(db, symbol) if len(symbol) <= 80 and "\x00" not in symbol else None
    if r is None or r.published_at is None:
        abort(404)
    return r


@bp.get("/exports/resolutions/<path:symbol>.json")
def resolution_json(symbol: str):
    """A whole resolution as JSON (the API's resolution document)."""
    _public()
    db = get_db()
    r = _published_resolution(db, symbol)
    doc = exports.resolution_document(db, r, current_today(), current_app.config["BASE_URL"])
    response = current_app.json.response(doc)
    return _named(response, f"{_safe_name(r.symbol)}.json")


@bp.get("/exports/resolutions/<path:symbol>.akn.xml")
def resolution_akn(symbol: str):
    """A resolution as Akoma Ntoso (AKN4UN) XML."""
    from tracker.services.akn import export_akn

    _public()
    db = get_db()
    r = _published_resolution(db, symbol)
    response = Response(export_akn(db, r), mimetype="application/akn+xml")
    return _named(response, f"{_safe_name(r.symbol)}.akn.xml")
