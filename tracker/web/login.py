"""Flask-Login wiring: the signed-in user, loaded once per request from the database."""

from __future__ import annotations

from functools import wraps

from flask import Flask, abort, jsonify, render_template, request
from flask_login import LoginManager, UserMixin, login_required
from sqlalchemy.orm import selectinload

from tracker.models import User
from tracker.services.actors import Actor, PermissionDenied
from tracker.web.db import get_db


def N_(message: str) -> str:  # noqa: N802 (Babel's marker for "extract, translate later")
    """Mark a message for extraction; Flask-Login translates it when it shows it."""
    return message


login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.session_protection = "strong"
login_manager.login_message = N_("Please sign in to see this page.")
login_manager.login_message_category = "info"


class LoginUser(UserMixin):
    """What the web layer knows of the signed-in user (the row itself stays in the session)."""

    def __init__(self, user: User):
        self.user = user
        self.id = user.id
        self.email = user.email
        self.name = user.name or user.email
        self.role = user.role
        self.locale = user.locale

    @property
    def is_active(self) -> bool:
        return self.user.is_active

    def actor(self) -> Actor:
        return Actor.for_user(self.user, ip=request.remote_addr)


@login_manager.user_loader
def _load_user(user_id: str) -> LoginUser | None:
    if not user_id.isdigit():
        return None
    user = get_db().get(User, int(user_id), options=[selectinload(User.entities)])
    return LoginUser(user) if user is not None and user.is_active else None


def init_login(app: Flask) -> None:
    from flask_babel import gettext

    login_manager.localize_callback = gettext
    login_manager.init_app(app)
    register_error_handlers(app)


def current_actor() -> Actor:
    """The signed-in user as an ``Actor`` for the services (with the remote address)."""
    from flask_login import current_user

    if not current_user.is_authenticated:
        raise PermissionDenied("sign in first")
    return current_user.actor()


def roles_required(*roles: str):
    """Refuse (403) a signed-in user whose role is not one of ``roles``; anonymous -> the login page.

    The services check again: this only keeps pages that exist for one role from rendering."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            from flask_login import current_user

            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return login_required(wrapped)

    return decorator


def _forbidden(exc: Exception):
    message = str(exc) if isinstance(exc, PermissionDenied) else None
    if request.path.startswith("/api/"):  # the JSON API answers with problem details, not a page
        body = jsonify(type="about:blank", title="Forbidden", status=403,
                       detail=message or "your account may not do this")
        body.mimetype = "application/problem+json"
        return body, 403
    return render_template("auth/forbidden.html", message=message), 403


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(PermissionDenied, _forbidden)
    app.register_error_handler(403, _forbidden)
