"""``/login``, ``/logout`` (POST) and ``/account/password``."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from tracker import clock
from tracker.db import utcnow
from tracker.models import Role
from tracker.reminders import ReminderSettings
from tracker.reminders.delivery import deliver_soon
from tracker.reminders.password_reset import queue_password_reset
from tracker.services import accounts
from tracker.web.auth.forms import (
    ChangePasswordForm,
    ForgotPasswordForm,
    LoginForm,
    LogoutForm,
    ResetPasswordForm,
)
from tracker.web.db import get_db, submit, writing
from tracker.web.formatting import udatetime
from tracker.web.login import LoginUser, current_actor, safe_next

bp = Blueprint("auth", __name__)


def _throttle() -> accounts.AddressThrottle:
    """The per-address limit (its counts are in the database, shared by every process)."""
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
        with writing(handle=False):
            if throttle.is_blocked(db, ip, now):
                accounts.record_blocked_login(db, form.email.data, ip=ip)
                result = None
            else:
                result = accounts.authenticate(db, form.email.data, form.password.data, now=now, ip=ip)
                if result.ok:
                    throttle.reset(db, ip, result.user.email)
                else:
                    throttle.record_failure(db, ip, now, form.email.data)
        if result is not None and result.ok:
            target = safe_next(request.args.get("next"))
            session.clear()  # a fresh session: nothing planted before sign-in survives it
            session.permanent = True  # expires after SESSION_IDLE_HOURS without a request
            login_user(LoginUser(result.user))
            return redirect(target or _home_for(result.user.role))
        if result is not None and result.locked_until is not None:
            flash(_("This account is locked after too many failed sign-ins, until %(time)s (UTC). "
                    "Try again then, reset your password, or ask an administrator to unlock it.",
                    time=udatetime(result.locked_until)), "error")
        else:
            flash(_("Wrong email or password, or too many attempts: try again later."), "error")
        status = 401
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form, can_reset=_can_mail()), status


def _can_mail() -> bool:
    """Reset links go by e-mail, so only where a mail server is configured."""
    return bool(current_app.config.get("SMTP_URL"))


@bp.route("/account/forgot", methods=["GET", "POST"])
def forgot():
    """Ask for a password-reset link by e-mail; the answer is the same whether the account exists."""
    form = ForgotPasswordForm()
    if not _can_mail():
        return render_template("auth/forgot.html", form=None), 200
    if form.validate_on_submit():
        db = get_db()
        user = accounts.get_user_by_email(db, form.email.data)
        if user is not None and user.is_active:
            _queue_reset_link(db, user)
        flash(_("If an account uses that address, a link to set a new password is on its way. "
                "It works once, for one hour."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form), 400 if request.method == "POST" else 200


def _queue_reset_link(db, user) -> None:
    """Queue the message in the reminder ledger and commit; it is sent in the background (the
    request does not wait on the mail server), and retried by the reminder passes if that fails."""
    config = current_app.config
    # the ledger's clock is the reminder passes' (a pinned TODAY included), so a pass can take it over
    with writing(handle=False):
        row_id = queue_password_reset(db, user, now=clock.now(config), locale=str(get_locale() or "en"))
    if row_id is None:
        return  # one was sent a moment ago
    deliver_soon(current_app.extensions["tracker"].sessionmaker, ReminderSettings.from_config(config),
                 [row_id], clock=lambda: clock.now(config))


@bp.route("/account/reset/<token>", methods=["GET", "POST"])
def reset(token: str):
    """Set a new password from a reset link (signed, expiring, single use)."""
    db = get_db()
    user = accounts.user_for_reset_token(db, token, current_app.config["SECRET_KEY"])
    if user is None:
        return render_template("auth/reset.html", form=None), 400
    form = ResetPasswordForm()
    outcome = submit(form, lambda: accounts.reset_password(db, user, form.new_password.data,
                                                            ip=request.remote_addr),
                     fields={"password": "new_password"})
    if outcome.ok:
        flash(_("Your password was set. Sign in with it."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form), outcome.status


@bp.post("/logout")
def logout():
    """Sign out (POST with the CSRF token, so no other site can sign a user out)."""
    form = LogoutForm()
    if not form.validate_on_submit():
        return redirect(url_for("dashboards.overview"))
    if current_user.is_authenticated:
        with writing(handle=False):
            accounts.end_sessions(get_db(), current_user.user)  # a copy of the cookie stops working too
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
        # the strength rule concerns the new password here
        with writing(form, fields={"password": "new_password"}) as outcome:
            accounts.change_password(db, user, form.current_password.data, form.new_password.data,
                                     actor=current_actor())
        if outcome.ok:
            login_user(LoginUser(user))  # this session goes on; the others are signed out
            flash(_("Your password was changed."), "success")
            return redirect(url_for("auth.password"))
        status = 400
    elif request.method == "POST":
        status = 400
    return render_template("auth/password.html", form=form), status
