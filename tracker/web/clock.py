"""The web layer's reading of the clock (``tracker.clock`` with the app's ``TODAY``): below it,
services take ``today``/``now``."""

from __future__ import annotations

import datetime as dt

from flask import current_app

from tracker import clock


def today() -> dt.date:
    """Today's date in UTC, as the scheduler and the CLI count it; ``TODAY`` pins it."""
    return clock.today(current_app.config)


def now() -> dt.datetime:
    """The time in UTC; on a day ``TODAY`` pins, that day at the current time of day."""
    return clock.now(current_app.config)
