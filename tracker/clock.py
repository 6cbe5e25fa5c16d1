"""The one clock of the web, the CLI and the reminder jobs: today's date and the time, in UTC.

The ``TODAY`` setting pins the date (screenshots, demos, tests): ``today`` is that day and ``now``
that day at the current time of day. Below the callers, services take ``today``/``now`` as
arguments and never read the clock themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any


def utcnow() -> dt.datetime:
    """The real time (UTC, aware): for what happened when (audit, tokens, leases), never pinned."""
    return dt.datetime.now(dt.UTC)


def pinned_day(source: Any = None) -> dt.date | None:
    """The day ``TODAY`` pins, from the settings, an app's configuration or a date; None if none."""
    if source is None or isinstance(source, dt.date):
        return source
    value = source.get("TODAY") if isinstance(source, Mapping) else getattr(source, "today", None)
    if not value:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def today(source: Any = None) -> dt.date:
    """Today's date in UTC, or the pinned one."""
    return pinned_day(source) or utcnow().date()


def now(source: Any = None) -> dt.datetime:
    """The time in UTC; on a pinned day, that day at the current time of day."""
    current = utcnow()
    day = pinned_day(source)
    return current if day is None else dt.datetime.combine(day, current.timetz())
