"""The Flask application factory: configuration, database, extensions, blueprints."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, request
from flask_babel import Babel, get_locale
from flask_bootstrap import Bootstrap5
from jinja2 import pass_context
from markupsafe import Markup
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.routing import IntegerConverter

from tracker.config import load_config
from tracker.db import MAX_ID, make_engine, make_sessionmaker
from tracker.paths import TEMPLATES
from tracker.web.formatting import page_translations
from tracker.web.json import TrackerJSONProvider
from tracker.web.security import init_security
from tracker.web.serving import trust_proxies


class IdConverter(IntegerConverter):
    """``<int:…>`` in every route: at most :data:`~tracker.db.MAX_ID`, as the OpenAPI document says.
    A larger number matches no route (404) instead of overflowing the database driver (500)."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False):  # noqa: A002
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


@dataclass
class TrackerState:
    """What the app shares with the CLI and the scheduler: one engine, one session factory."""

    engine: Engine
    sessionmaker: sessionmaker[Session]


def _select_locale() -> str | None:
    from flask import current_app
    from flask_login import current_user

    locale = getattr(current_user, "locale", None) if current_user else None
    return locale or request.accept_languages.best_match(current_app.config["LANGUAGES"])


def _install_gettext(app: Flask) -> None:
    """Templates' ``_()`` and ``ngettext`` through the request's translations, looked up once per
    request (``page_translations``): Flask-Babel's own look them up again for every string (≈ 12 µs
    a string, ≈ 70 strings a page). The locale is the same: Flask-Babel too keeps the request's
    locale for the whole request. A fixed string's ``_()`` is compiled into the templates of each
    language (``tracker.web.templating``)."""

    app.jinja_env.install_gettext_callables(
        gettext=lambda s: page_translations().ugettext(s),
        ngettext=lambda s, p, n: page_translations().ungettext(s, p, n),
        pgettext=lambda c, s: page_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: page_translations().unpgettext(c, s, p, n),
        newstyle=True,
    )

    # ``_()`` and ``ngettext()`` as one call each: Jinja's new-style ``_`` resolves ``gettext`` and
    # calls it through the template's context, which calls the translation through the context
    # again (three context calls, each inspecting its callee, ≈ 4 µs of a ≈ 7 µs string; ≈ 80
    # strings on the overview). What they return is Jinja's new-style gettext's (``jinja2.ext``),
    # which ``tests/web/test_translations.py`` compares with.
    def filled(context: Any, found: str, variables: dict[str, Any]) -> str:
        if context.eval_ctx.autoescape:
            found = Markup(found)  # noqa: S704 (our catalogue, as Jinja's gettext marks it)
        return found % variables

    @pass_context
    def gettext(context: Any, string: str, /, **variables: Any) -> str:
        found = page_translations().ugettext(string)
        if not variables and "%" not in found:  # ``found % {}`` is ``found``: nothing to format
            return Markup(found) if context.eval_ctx.autoescape else found  # noqa: S704 (as in filled)
        return filled(context, found, variables)

    @pass_context
    def ngettext(context: Any, singular: str, plural: str, num: int, /, **variables: Any) -> str:
        variables.setdefault("num", num)
        return filled(context, page_translations().ungettext(singular, plural, num), variables)

    app.jinja_env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext)


def create_app(config: dict[str, Any] | None = None) -> Flask:
    from tracker.web.db import TrackerFlask, init_db
    from tracker.web.login import init_login

    app = TrackerFlask(
        "tracker",
        root_path=str(TEMPLATES.parent / "tracker"),
        template_folder=str(TEMPLATES),
        static_folder="web/static",
        static_url_path="/static",
    )
    app.url_map.converters["int"] = IdConverter  # before any route is added
    app.json = TrackerJSONProvider(app)
    app.config.update(load_config(Path(app.instance_path), config))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    # the client's address and scheme for audit entries and login throttling, behind a reverse proxy
    trust_proxies(app)

    # no pre-ping at checkout: a request that meets a dropped connection runs again, and init_db
    # pings outside requests (tracker.web.db)
    engine = make_engine(app.config["DATABASE_URL"], pool_pre_ping=False)
    app.extensions["tracker"] = TrackerState(engine, make_sessionmaker(engine))

    init_db(app)
    init_login(app)
    init_security(app)  # CSRF protection, security headers
    Bootstrap5(app)
    Babel(app, locale_selector=_select_locale)
    _install_gettext(app)
    app.jinja_env.globals["get_locale"] = get_locale

    from tracker.web import init_web

    init_web(app)
    return app
