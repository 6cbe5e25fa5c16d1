"""A signed-in user's API tokens: create (the token is shown once) and revoke."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField

from tracker.db import utcnow
from tracker.models import User
from tracker.services.tokens import create_token, list_tokens, revoke_token
from tracker.web.db import get_db, writing

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
    with writing(form) as outcome:
        new = create_token(db, user, form.name.data or "", actor=current_user.actor(), now=utcnow())
    if not outcome.ok:
        return _render(form, status=outcome.status)
    # the page holds a secret: no cache may keep it
    return (*_render(new=new), {"Cache-Control": "no-store"})


@bp.post("/<int:token_id>/revoke")
@login_required
def revoke(token_id: int):
    # another user's token: 403; no such token: 404 (the boundary answers both)
    with writing(handle=False):
        token = revoke_token(get_db(), token_id, actor=current_user.actor(), now=utcnow())
    flash(_("Token %(name)s (%(prefix)s…) revoked.", name=token.name, prefix=token.prefix), "success")
    return redirect(url_for("tokens.index"))
