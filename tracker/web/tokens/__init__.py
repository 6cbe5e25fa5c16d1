"""A signed-in user's API tokens: create (the token is shown once) and revoke."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField

from tracker.db import utcnow
from tracker.models import User
from tracker.services.actors import PermissionDenied
from tracker.services.tokens import TokenError, create_token, list_tokens, revoke_token
from tracker.web.db import get_db
from tracker.web.messages import show_error

bp = Blueprint("tokens", __name__, url_prefix="/tokens")


class TokenForm(FlaskForm):
    #: the service checks the name (and says why, next to this field)
    name = StringField(_l("Name"), description=_l("What will use it? (such as a reporting script)"),
                       render_kw={"maxlength": 100, "autocomplete": "off"})


def _render(form: TokenForm | None = None, new=None, status: int = 200):
    return render_template("tokens/index.html", tokens=list_tokens(get_db(), current_user.id),
                           form=form or TokenForm(formdata=None), new=new), status


@bp.get("/")
@login_required
def index():
    """The user's tokens, with a form to create one."""
    return _render()


@bp.post("/")
@login_required
def create():
    """Create a token and show it, once: only its hash is kept."""
    db = get_db()
    user = db.get(User, current_user.id)
    form = TokenForm()
    if not form.validate_on_submit():
        return _render(form, status=400)
    try:
        new = create_token(db, user, form.name.data or "", actor=current_user.actor(), now=utcnow())
    except TokenError as exc:
        db.rollback()
        show_error(exc, form)
        return _render(form, status=422)
    db.commit()
    # the page holds a secret: no cache may keep it
    return (*_render(new=new), {"Cache-Control": "no-store"})


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
