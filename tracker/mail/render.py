"""Text and HTML bodies from ``templates/mail/<name>.txt`` and ``.html`` (Jinja2, no Flask).

A message for one reader can be rendered in their language: ``_()`` in a template (and
``translations(locale)`` in code) reads the same catalogue as the web pages."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from babel.support import NullTranslations, Translations
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tracker.paths import TEMPLATES, TRANSLATIONS

DEFAULT_LOCALE = "en"


@lru_cache(maxsize=8)
def translations(locale: str | None) -> NullTranslations:
    """The UI's catalogue for ``locale`` (English, the source language, when there is none)."""
    if not locale or locale == DEFAULT_LOCALE:
        return NullTranslations()
    return Translations.load(str(TRANSLATIONS), [locale])


@lru_cache(maxsize=8)
def mail_environment(locale: str | None = None) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES / "mail")),
        # HTML bodies escape everything that comes from a resolution or a user; text bodies do not
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(translations(locale), newstyle=True)  # type: ignore[attr-defined]
    env.globals["get_locale"] = lambda: locale or DEFAULT_LOCALE
    env.filters["longdate"] = lambda d: f"{d.day} {d:%B %Y}"
    return env


def render_mail(name: str, *, locale: str | None = None, **context: Any) -> tuple[str, str]:
    """``(text, html)`` for the template pair ``name``, in ``locale`` (English by default)."""
    env = mail_environment(locale)
    return env.get_template(f"{name}.txt").render(**context), env.get_template(f"{name}.html").render(
        **context
    )
