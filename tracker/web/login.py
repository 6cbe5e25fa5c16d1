"""Flask-Login wiring: the signed-in user, loaded once per request from the database."""

from __future__ import annotations

import hashlib
import hmac
from functools import wraps
from urllib.parse import urlsplit

from flask import Flask, abort, request
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

    def get_id(self) -> str:
        """The id kept in the session cookie, bound to the current password and session version:
        changing or resetting a password, signing out, or deactivation ends the cookies issued
        before (checked against the database on every request)."""
        return f"{self.id}:{password_fingerprint(self.user)}"

    def actor(self) -> Actor:
        return Actor.for_user(self.user, ip=request.remote_addr)


def password_fingerprint(user: User) -> str:
    return hashlib.sha256(f"{user.session_version}:{user.password_hash}".encode()).hexdigest()[:24]


@login_manager.user_loader
def _load_user(session_id: str) -> LoginUser | None:
    user_id, _, fingerprint = session_id.partition(":")
    if not user_id.isdigit() or not fingerprint:
        return None
    user = get_db().get(User, int(user_id), options=[selectinload(User.entities)])
    if user is None or not user.is_active:
        return None
    if not hmac.compare_digest(fingerprint, password_fingerprint(user)):
        return None  # the password changed, or the user signed out, since this cookie was issued
    return LoginUser(user)


def safe_next(target: str | None) -> str | None:
    """Where to go after a form: only a path on this site, never another host (open redirect).
    Browsers drop tabs and newlines from URLs ("/<tab>/evil.example" is "//evil.example") and a
    newline cannot go in a header: anything with a control character or a backslash is refused."""
    if not target or not target.startswith("/") or any(c < " " or c in "\\\x7f" for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith("//"):
        return None
    return target


def init_login(app: Flask) -> None:
    from flask_babel import gettext

    login_manager.localize_callback = gettext
    login_manager.init_app(app)


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
