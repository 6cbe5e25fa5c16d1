"""Flask-Login wiring: the signed-in user, loaded once per request from the database."""

from __future__ import annotations

from flask import Flask, request
from flask_login import LoginManager, UserMixin
from sqlalchemy.orm import selectinload

from tracker.models import User
from tracker.services.actors import Actor
from tracker.web.db import get_db

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.session_protection = "strong"


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
    login_manager.init_app(app)
