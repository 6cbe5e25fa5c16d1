"""``/login``, ``/logout`` (POST) and ``/account/password``."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from tracker.db import utcnow
from tracker.models import Role
from tracker.services import accounts
from tracker.web.auth.forms import ChangePasswordForm, LoginForm, LogoutForm
from tracker.web.db import get_db
from tracker.web.login import LoginUser, current_actor, safe_next

bp = Blueprint("auth", __name__)


def _throttle() -> accounts.AddressThrottle:
    return current_app.extensions.setdefault("tracker_login_throttle", accounts.AddressThrottle())


def _home_for(role: str) -> str:
    if role == Role.OFFICER:
        return url_for("officer.my_work")
    if role == Role.ADMIN:
        return url_for("officer.my_work")
    return url_for("dashboards.overview")


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Sign in; one generic message for every failure (no account enumeration)."""
    if current_user.is_authenticated:
        return redirect(_home_for(current_user.role))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        now = utcnow()
        ip = request.remote_addr
        throttle = _throttle()
        db = get_db()
        if throttle.is_blocked(ip, now):
            accounts.record_blocked_login(db, form.email.data, ip=ip)
            db.commit()
            result = None
        else:
            result = accounts.authenticate(db, form.email.data, form.password.data, now=now, ip=ip)
            db.commit()
        if result is not None and result.ok:
            throttle.reset(ip, result.user.email)
            target = safe_next(request.args.get("next"))
            session.clear()  # a fresh session: nothing planted before sign-in survives it
            session.permanent = True  # expires after SESSION_IDLE_HOURS without a request
            login_user(LoginUser(result.user))
            return redirect(target or _home_for(result.user.role))
        if result is not None:
            throttle.record_failure(ip, now, form.email.data)
        flash(_("Wrong email or password, or too many attempts: try again later."), "error")
        status = 401
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form), status


@bp.post("/logout")
def logout():
    """Sign out (POST with the CSRF token, so no other site can sign a user out)."""
    form = LogoutForm()
    if not form.validate_on_submit():
        return redirect(url_for("dashboards.overview"))
    if current_user.is_authenticated:
        db = get_db()
        accounts.end_sessions(db, current_user.user)  # a copy of the cookie stops working too
        db.commit()
    logout_user()
    session.clear()
    return redirect(url_for("dashboards.overview"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def password():
    """Change one's own password."""
    form = ChangePasswordForm()
    status = 200
    if form.validate_on_submit():
        db = get_db()
        user = current_user.user  # loaded by the user loader in this request's session
        try:
            accounts.change_password(db, user, form.current_password.data, form.new_password.data,
                                     actor=current_actor())
        except accounts.AccountError as exc:
            flash(str(exc), "error")
            status = 400
        else:
            db.commit()
            login_user(LoginUser(user))  # this session goes on; the others are signed out
            flash(_("Your password was changed."), "success")
            return redirect(url_for("auth.password"))
    elif request.method == "POST":
        status = 400
    return render_template("auth/password.html", form=form), status
