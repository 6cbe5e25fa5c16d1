"""The layout's fixed links and its navigation bar (``_navigation.html``: the main navigation and
the account links).

The layout's static files, Bootstrap's stylesheet and the brand's link name files and a page, not
data or a visitor: they are built once per application for each script root and Bootstrap setting
(``layout_links``; five ``url_for`` and ``bootstrap.load_css()`` a page otherwise, ≈ 60–80 µs).

What an anonymous visitor sees there depends only on the page (its endpoint: the active item),
the language, the script root and whether the dashboards need a login, so it is rendered once per
application for each of these and kept (≈ 11 ``url_for`` and 8 strings a page otherwise); a
signed-in visitor's names them and holds their form token, and is rendered every time."""

from __future__ import annotations

from typing import Any, NamedTuple

from flask import Flask, current_app, request, url_for
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


class LayoutLinks(NamedTuple):
    """What ``base.html`` links to on every page."""

    favicon: str
    #: Bootstrap's ``<link rel="stylesheet">`` as ``bootstrap.load_css()`` writes it
    bootstrap_css: Markup
    css: str
    home: str
    js: str


def layout_links() -> LayoutLinks:
    """The layout's links for the request's script root, built on the first page that asks."""
    config = current_app.config
    key = (request.script_root, config.get("BOOTSTRAP_SERVE_LOCAL"), config.get("BOOTSTRAP_BOOTSWATCH_THEME"))
    kept: dict[tuple[Any, ...], LayoutLinks] = current_app.extensions["layout_links"]
    found = kept.get(key)
    if found is None:
        found = kept[key] = LayoutLinks(
            favicon=url_for("static", filename="favicon.svg"),
            bootstrap_css=current_app.extensions["bootstrap"].load_css(),
            css=url_for("static", filename="tracker.css"),
            home=url_for("dashboards.overview"),
            js=url_for("static", filename="tracker.js"),
        )
    return found


def init_navigation(app: Flask) -> None:
    app.extensions["anonymous_navigation"] = {}
    app.extensions["layout_links"] = {}
    app.jinja_env.globals.update(navigation=navigation, layout_links=layout_links)
