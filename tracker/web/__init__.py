"""The web layer: thin blueprints over the services. ``init_web`` wires them into the app."""

from __future__ import annotations

from flask import Flask


def init_web(app: Flask) -> None:
    from tracker.web.errors import init_errors
    from tracker.web.formatting import init_formatting
    from tracker.web.navigation import init_navigation

    init_formatting(app)
    init_navigation(app)
    from tracker.web import dashboards, health

    app.register_blueprint(health.bp)
    app.register_blueprint(dashboards.bp)

    from tracker.web import feeds, tokens
    from tracker.web.api import init_api

    init_api(app)
    app.register_blueprint(tokens.bp)
    app.register_blueprint(feeds.bp)
    from tracker.web import admin, auth, officer

    app.register_blueprint(auth.bp)
    app.register_blueprint(officer.bp)
    app.register_blueprint(admin.bp)
    from tracker.web import outbox

    app.register_blueprint(outbox.bp)
    init_errors(app)
