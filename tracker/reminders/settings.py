"""What a reminder pass needs from the configuration, as one plain value (no Flask)."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from tracker.config import DEFAULT_REMINDER_STAGES

#: see ``ReminderSettings.focal_digest_min``
FOCAL_DIGEST_MIN = 2


@dataclass(frozen=True)
class ReminderSettings:
    base_url: str = "http://127.0.0.1:5000"
    mail_from: str = "Mandate Tracker <mandate-tracker@localhost>"
    #: None: messages go to the outbox table and the log
    smtp_url: str | None = None
    smtp_timeout: float = 30.0
    #: signs unsubscribe links
    secret_key: str = ""
    stages: str = DEFAULT_REMINDER_STAGES
    #: attempts before a reminder is marked failed
    max_attempts: int = 6
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
    #: officers of the owning entities get the focal points' session digests too (off: one message
    #: per obligation and stage)
    officer_digests: bool = True
    #: for tests: trust a self-signed certificate on STARTTLS
    ssl_context: ssl.SSLContext | None = field(default=None, compare=False)

    @classmethod
    def from_config(cls, config: Mapping[str, Any], **overrides: Any) -> ReminderSettings:
        settings = cls(
            base_url=str(config.get("BASE_URL") or cls.base_url).rstrip("/"),
            mail_from=config.get("MAIL_FROM") or cls.mail_from,
            smtp_url=config.get("SMTP_URL") or None,
            smtp_timeout=float(config.get("SMTP_TIMEOUT") or cls.smtp_timeout),
            secret_key=str(config.get("SECRET_KEY") or ""),
            stages=config.get("REMINDER_STAGES") or DEFAULT_REMINDER_STAGES,
            max_attempts=int(config.get("REMINDER_MAX_ATTEMPTS") or cls.max_attempts),
            focal_digest_min=_int_or(config.get("FOCAL_POINT_DIGEST_MIN"), cls.focal_digest_min),
            officer_digests=bool(config.get("REMINDER_OFFICER_DIGESTS", cls.officer_digests)),
        )
        return replace(settings, **overrides)

    def backoff(self, attempts: int) -> dt.timedelta:
        """Delay before the next try after ``attempts`` failed ones: 5 min, 10, 20, … capped."""
        return min(self.backoff_base * (2 ** max(attempts - 1, 0)), self.backoff_max)


def _int_or(value: Any, default: int) -> int:
    """``value`` as an int (0 counts), ``default`` when unset or blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    return int(value)
