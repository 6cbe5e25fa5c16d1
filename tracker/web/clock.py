"""The web layer's one reading of the clock: below it, services take ``today``/``now``."""

from __future__ import annotations

import datetime as dt

from flask import current_app

from tracker.db import utcnow


def today() -> dt.date:
    """Today's date in UTC, as the scheduler and the CLI count it; ``TODAY`` in the config pins it
    (screenshots, demos, tests)."""
    pinned = current_app.config.get("TODAY")
    if pinned:
        return pinned if isinstance(pinned, dt.date) else dt.date.fromisoformat(str(pinned))
    return utcnow().date()
