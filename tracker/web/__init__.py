"""The web layer: thin blueprints over the services. ``init_web`` wires them into the app."""

from __future__ import annotations

from flask import Flask


def init_web(app: Flask) -> None:
    from tracker.web import health, home

    app.register_blueprint(health.bp)
    app.register_blueprint(home.bp)

    from tracker.web import feeds, tokens
    from tracker.web.api import init_api

    init_api(app)
    app.register_blueprint(tokens.bp)
    app.register_blueprint(feeds.bp)
