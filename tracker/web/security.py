"""The perimeter of the cookie-authenticated site: CSRF protection and the security headers.

Every POST that a browser's session cookie reaches needs the form's CSRF token (Flask-WTF). Two
exemptions, each declared beside what it exempts: the API blueprint (``tracker.web.api``, which
never accepts a cookie: bearer tokens only, ``tracker.web.api.auth``) and RFC 8058's one-click
unsubscribe POST (``tracker.web.outbox.unsubscribe_confirm``, proved by the signed token in its
URL). Every response carries the headers of :func:`security_headers`."""

from __future__ import annotations

from flask import Flask, Response, current_app, g, request
from flask_wtf import CSRFProtect

csrf = CSRFProtect()

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"
)


def init_security(app: Flask) -> None:
    csrf.init_app(app)
    app.after_request(security_headers)


def _signed_in() -> bool:
    user = g.get("_login_user")  # set by Flask-Login only when the request looked at the user
    return bool(user is not None and user.is_authenticated)


def security_headers(response: Response) -> Response:
    """No page in another site's frame, no form posted elsewhere, no full address sent to other
    sites, HSTS over HTTPS, and no cache keeps a signed-in user's page. A header the view set
    itself is kept."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if request.is_secure or current_app.config["BASE_URL"].startswith("https://"):
        # the scheme comes from the trusted proxy (tracker.web.serving) when there is one
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if _signed_in():
        # a page for one user: no shared or browser cache keeps it after sign-out
        response.headers.setdefault("Cache-Control", "private, no-store")
    return response
