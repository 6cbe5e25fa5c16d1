"""What a reminder pass needs from the settings (``tracker.config.Settings``, whose defaults it
takes), as one plain value (no Flask)."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tracker.config import Settings

_DEFAULTS = Settings()

#: see ``ReminderSettings.focal_digest_min``
FOCAL_DIGEST_MIN = _DEFAULTS.focal_point_digest_min


@dataclass(frozen=True)
class ReminderSettings:
    base_url: str = _DEFAULTS.resolved_base_url
    mail_from: str = _DEFAULTS.mail_from
    #: None: messages go to the outbox table and the log
    smtp_url: str | None = _DEFAULTS.smtp_url
    smtp_timeout: float = _DEFAULTS.smtp_timeout
    #: signs unsubscribe links
    secret_key: str = ""
    stages: str = _DEFAULTS.reminder_stages
    #: attempts before a reminder is marked failed
    max_attempts: int = _DEFAULTS.reminder_max_attempts
    #: first retry after this; doubles each attempt up to ``backoff_max``
    backoff_base: dt.timedelta = dt.timedelta(minutes=5)
    backoff_max: dt.timedelta = dt.timedelta(hours=6)
    #: a row left in ``sending`` longer than this (its process died) is tried again
    lease: dt.timedelta = dt.timedelta(minutes=15)
    #: rows claimed at a time; the claim is committed before any of them is sent
    batch_size: int = 100
    #: a focal point gets one session digest instead of one message per obligation when this many
    #: of their obligations (or more) await the same session at the same stage; 0 turns digests off
    focal_digest_min: int = FOCAL_DIGEST_MIN
    #: each officer of the owning entities gets one digest per pass with all that came due for them
    #: (off: one message per obligation and stage)
    officer_digests: bool = _DEFAULTS.reminder_officer_digests
    #: the day the ``TODAY`` setting pins for the scheduler's passes (``tracker.clock``), if any
    today: dt.date | None = None
    #: for tests: trust a self-signed certificate on STARTTLS
    ssl_context: ssl.SSLContext | None = field(default=None, compare=False)

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> ReminderSettings:
        return cls(
            base_url=settings.resolved_base_url,
            mail_from=settings.mail_from,
            smtp_url=settings.smtp_url,
            smtp_timeout=settings.smtp_timeout,
            secret_key=settings.secret_key or "",
            stages=settings.reminder_stages,
            max_attempts=settings.reminder_max_attempts,
            focal_digest_min=settings.focal_point_digest_min,
            officer_digests=settings.reminder_officer_digests,
            today=settings.today,
            **overrides,
        )

    @classmethod
    def from_config(cls, config: Mapping[str, Any], **overrides: Any) -> ReminderSettings:
        """From an app's configuration (``tracker.config.Settings.from_config``)."""
        return cls.from_settings(Settings.from_config(config), **overrides)

    def backoff(self, attempts: int) -> dt.timedelta:
        """Delay before the next try after ``attempts`` failed ones: 5 min, 10, 20, … capped."""
        return min(self.backoff_base * (2 ** max(attempts - 1, 0)), self.backoff_max)

