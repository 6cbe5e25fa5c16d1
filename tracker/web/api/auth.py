"""Bearer-token authentication for the API. Cookies are never accepted here: the API is exempt
from CSRF, so a signed-in browser session must not be able to write through it."""

from __future__ import annotations

import datetime as dt

from flask import current_app, g, request

from tracker.db import utcnow
from tracker.models import Role, User
from tracker.services.actors import Actor
from tracker.services.tokens import authenticate_token
from tracker.web.api.problems import Problem
from tracker.web.db import get_db, writing

_UNAUTHORIZED = {"WWW-Authenticate": 'Bearer realm="api"'}


def _now() -> dt.datetime:
    return utcnow()


def token_user() -> User | None:
    """The user of the request's bearer token; None without one. A token that is presented but
    unknown, revoked or malformed is a 401, whatever the route."""
    if "api_user" in g:
        return g.api_user
    header = request.headers.get("Authorization")
    user = None
    if header is not None:
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise Problem(401, "use 'Authorization: Bearer <token>'", headers=_UNAUTHORIZED)
        with writing(handle=False):  # last_used_at, before the request's own work
            user = authenticate_token(get_db(), secret.strip(), now=_now())
        if user is None:
            raise Problem(401, "the API token is unknown or revoked", headers=_UNAUTHORIZED)
    g.api_user = user
    return user


def reader() -> User | None:
    """Reads are as open as the dashboards; when they require a login, a token is required."""
    user = token_user()
    if user is None and current_app.config.get("DASHBOARDS_REQUIRE_LOGIN"):
        raise Problem(401, "this site requires an API token for reads", headers=_UNAUTHORIZED)
    return user


def writer() -> Actor:
    """The actor of a write: a token is required; what it may do is the services' decision,
    but a delegation's token is refused here already (delegations never write)."""
    user = token_user()
    if user is None:
        raise Problem(401, "this operation needs an API token", headers=_UNAUTHORIZED)
    if user.role not in (Role.ADMIN, Role.OFFICER):
        raise Problem(403, f"a {user.role} token cannot write")
    return Actor.for_user(user, ip=request.remote_addr)
