"""How the pages write dates, times and words: one date format per locale (Babel), one place.

Public and officer pages, exports and calendar files all call these, so "18 Sept 2018" never sits
beside "2018-09-18" again. Codes (``not_started``, ``report``, ``admin``) become words through
:mod:`tracker.web.dashboards.labels`.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime
from flask import Flask
from flask_babel import get_locale, get_translations
from flask_babel import lazy_gettext as _l

from tracker.web.per_request import per_request

#: the one date format of the site (the locale decides the month's name and punctuation)
DATE_FORMAT = "d MMM y"
DATETIME_FORMAT = "d MMM y, HH:mm"


def page_locale() -> str:
    """The request's language ("en" when there is none), asked of Flask-Babel once per request
    (≈ 2–3 µs a time; the overview writes ≈ 80 dates, and its labels, navigation and kept
    fragments are looked up by it ≈ 10 times more): the locale is the request's for the whole
    request, as for the templates' ``_()`` (``tracker.web.app``). Outside a request, Flask-Babel's
    answer each time."""
    return per_request("_page_locale", _babel_locale)


def _babel_locale() -> str:
    return str(get_locale() or "en")


def page_translations() -> Any:
    """The request's catalogue (Flask-Babel's, for ``page_locale``), asked for once per request:
    Flask-Babel's own ``gettext`` looks it up again for every string (the request's context, its
    locale, the domain's cache: ≈ 12 µs a string). Outside an application context, Flask-Babel's
    answer each time."""
    return per_request("_translations", get_translations)


@lru_cache(maxsize=8192)
def _format_date(day: dt.date, pattern: str, locale: str) -> str:
    return format_date(day, pattern, locale=locale)


def udate(day: dt.date | None, pattern: str = DATE_FORMAT) -> str:
    """A date in the page's language ("8 Sept 2026", "8 sept. 2026"), memoised: the same few
    session dates repeat on every row."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    return _format_date(day, pattern, page_locale())


def udatetime(moment: dt.datetime | None) -> str:
    """A moment in UTC, in the page's language ("8 Sept 2026, 14:05")."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return format_datetime(moment.replace(tzinfo=None), DATETIME_FORMAT, locale=page_locale())


def as_date(value: object) -> dt.date | None:
    """A stored ISO date string ("2018-09-18") as a date, else None (for history values)."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


#: ``tracker.models.resolutions.UNNUMBERED`` in the page's language
_UNNUMBERED = _l("(unnumbered)")


def shown_number(number: Any, unnumbered: bool) -> Any:
    """A paragraph's number where a page shows one ("paragraph %(n)s", "¶…"): as printed (as
    given), or "(unnumbered)" in the page's language for a paragraph printed without one
    (A/RES/76/240 C), never its place as if the resolution printed it."""
    return str(_UNNUMBERED) if unnumbered else number


def paragraph_number(paragraph: Any) -> str:
    """``shown_number`` of a paragraph (a row, or a parsed paragraph): the templates' filter."""
    return shown_number(paragraph.number, getattr(paragraph, "unnumbered", False))


@lru_cache(maxsize=64)
def text_direction(locale: str) -> str:
    """``rtl`` or ``ltr`` for ``<html dir>``."""
    try:
        return Locale.parse(locale.replace("-", "_")).text_direction
    except (ValueError, TypeError):
        return "ltr"


def init_formatting(app: Flask) -> None:
    app.add_template_filter(udate, "udate")
    app.add_template_filter(udatetime, "udatetime")
    app.add_template_filter(as_date, "as_date")
    app.add_template_filter(paragraph_number, "paragraph_number")

    @app.context_processor
    def _now() -> dict:
        from tracker.db import utcnow

        return {"now_utc": utcnow()}

    app.jinja_env.globals["text_direction"] = text_direction
