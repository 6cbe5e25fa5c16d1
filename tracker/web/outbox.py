"""Admins see the outbox (messages kept without an SMTP server) and failed reminders; followers
unsubscribe from a signed link without logging in."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from tracker.db import utcnow
from tracker.reminders import admin
from tracker.reminders.tokens import read_unsubscribe_token
from tracker.web.db import get_db, writing
from tracker.web.login import roles_required
from tracker.web.security import csrf

bp = Blueprint("outbox", __name__)


@bp.get("/admin/outbox")
@roles_required("admin")
def index():
    """The outbox and the reminders that could not be sent."""
    db = get_db()
    return render_template(
        "outbox/index.html",
        messages=admin.list_outbox(db),
        failed=admin.list_failed_reminders(db),
        counts=admin.count_by_status(db),
        smtp_configured=bool(current_app.config.get("SMTP_URL")),
    )


@bp.post("/admin/outbox/reminders/<int:reminder_id>/retry")
@roles_required("admin")
def retry(reminder_id: int):
    """Try a failed reminder again from the next pass."""
    with writing(handle=False):
        retried = admin.retry_reminder(get_db(), reminder_id, utcnow())
    if retried:
        flash(_("Reminder %(id)d will be retried by the next pass.", id=reminder_id), "success")
    else:
        flash(_("Reminder %(id)d is not a failed reminder.", id=reminder_id), "warning")
    return redirect(url_for("outbox.index"))


def _subscription_or_404(token: str):
    subscription_id = read_unsubscribe_token(current_app.config["SECRET_KEY"], token)
    if subscription_id is None:
        abort(404)
    return subscription_id, admin.find_subscription(get_db(), subscription_id)


@bp.get("/unsubscribe/<token>")
def unsubscribe(token: str):
    """Confirm before stopping (link checkers follow GET links; only the POST unsubscribes)."""
    _, sub = _subscription_or_404(token)
    return render_template("outbox/unsubscribe.html", subscription=sub, token=token, done=False)


@bp.post("/unsubscribe/<token>")
@csrf.exempt
def unsubscribe_confirm(token: str):
    """Stop the subscription the signed token names. Exempt from CSRF, alone of the routes a cookie
    reaches: RFC 8058's one-click POST comes from the mail client with no form of ours, and the
    signed token in the URL is what proves the request (it names one subscription, nothing more)."""
    subscription_id, sub = _subscription_or_404(token)
    if sub is not None:
        with writing(handle=False):
            admin.unsubscribe(get_db(), subscription_id)
    return render_template("outbox/unsubscribe.html", subscription=None, token=token, done=True)
