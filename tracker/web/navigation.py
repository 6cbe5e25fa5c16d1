"""The layout's navigation bar (``_navigation.html``: the main navigation and the account links).

What an anonymous visitor sees there depends only on the page (its endpoint: the active item),
the language, the script root and whether the dashboards need a login, so it is rendered once per
application for each of these and kept (≈ 11 ``url_for`` and 8 strings a page otherwise); a
signed-in visitor's names them and holds their form token, and is rendered every time."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, request
from flask_login import current_user
from jinja2 import pass_context
from markupsafe import Markup

from tracker.web.formatting import page_locale

_TEMPLATE = "_navigation.html"


@pass_context
def navigation(context: Any) -> Markup:
    """The navigation bar of the page being rendered, in the page's own context."""
    if current_user.is_authenticated:
        return _render(context)
    kept: dict[tuple[Any, ...], Markup] = current_app.extensions["anonymous_navigation"]
    key = (request.script_root, page_locale(), request.endpoint,
           bool(current_app.config.get("DASHBOARDS_REQUIRE_LOGIN")))
    found = kept.get(key)
    if found is None:
        found = kept[key] = _render(context)
    return found


def _render(context: Any) -> Markup:
    template = context.environment.get_template(_TEMPLATE)
    return Markup(template.render(context.get_all()))  # noqa: S704 (our autoescaped template's output)


def init_navigation(app: Flask) -> None:
    app.extensions["anonymous_navigation"] = {}
    app.jinja_env.globals["navigation"] = navigation
