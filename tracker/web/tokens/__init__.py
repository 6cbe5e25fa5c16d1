"""A signed-in user's API tokens: create (the token is shown once) and revoke."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.db import utcnow
from tracker.models import User
from tracker.services.actors import PermissionDenied
from tracker.services.tokens import TokenError, create_token, list_tokens, revoke_token
from tracker.web.db import get_db

bp = Blueprint("tokens", __name__, url_prefix="/tokens")


@bp.get("/")
@login_required
def index():
    """The user's tokens, with a form to create one."""
    return render_template("tokens/index.html", tokens=list_tokens(get_db(), current_user.id), new=None)


@bp.post("/")
@login_required
def create():
    """Create a token and show it, once: only its hash is kept."""
    db = get_db()
    user = db.get(User, current_user.id)
    try:
        new = create_token(db, user, request.form.get("name", ""), actor=current_user.actor(), now=utcnow())
    except TokenError as exc:
        flash(str(exc), "error")
        return redirect(url_for("tokens.index"))
    db.commit()
    response = render_template("tokens/index.html", tokens=list_tokens(db, user.id), new=new)
    # the page holds a secret: no cache may keep it
    return response, 200, {"Cache-Control": "no-store"}


@bp.post("/<int:token_id>/revoke")
@login_required
def revoke(token_id: int):
    db = get_db()
    try:
        token = revoke_token(db, token_id, actor=current_user.actor(), now=utcnow())
    except LookupError:
        abort(404)
    except PermissionDenied:
        abort(403)
    db.commit()
    flash(_("Token %(name)s (%(prefix)s…) revoked.", name=token.name, prefix=token.prefix), "success")
    return redirect(url_for("tokens.index"))
