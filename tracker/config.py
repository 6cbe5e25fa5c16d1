"""Configuration: one typed settings object (``Settings``), read from the environment once
(DESIGN §4), then explicit overrides. Every setting, its environment variable and its default are
stated here once; the app's configuration (``load_config``), the CLI and the scheduler read it, and
the README's configuration table lists every field (a test compares them)."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from tracker.parsing.readers import MAX_INPUT_BYTES

#: Days before its end that a mandate is *expiring* (re-exported by ``tracker.models.enums``).
DEFAULT_MANDATE_EXPIRING_DAYS = 90

#: The default reminder stages: days before the due date; 0 is the day; negative is after it.
DEFAULT_REMINDER_STAGES = "90,30,7,1,0,-7"


def _flag(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes")


def _text_or_none(value: str) -> str | None:
    return value or None


def _date_or_none(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value.strip()) if value.strip() else None


def _setting(default: Any, read: Callable[[str], Any] = str) -> Any:
    """A field of :class:`Settings`: its default, and how its environment variable (the field's
    name in capitals) is read."""
    return field(default=default, metadata={"read": read})


@dataclass(frozen=True)
class Settings:
    """Every setting the code reads, typed. The environment variable of a field is its name in
    capitals (``reminder_stages`` <- ``REMINDER_STAGES``); the app's configuration holds the same
    keys (tests and ``create_app({...})`` override them there)."""

    #: SQLAlchemy URL; None: the embedded SQLite file in ``instance/``
    database_url: str | None = _setting(None, _text_or_none)
    #: signs sessions, CSRF tokens and unsubscribe links; None: generated once into ``instance/``
    secret_key: str | None = _setting(None, _text_or_none)
    #: None: messages go to the outbox table and the log
    smtp_url: str | None = _setting(None, _text_or_none)
    smtp_timeout: float = _setting(30.0, float)
    mail_from: str = _setting("Mandate Tracker <mandate-tracker@localhost>")
    #: the port ``tracker serve`` listens on, and that of ``base_url`` when that is unset
    port: int = _setting(5000, int)
    #: absolute links (feeds, exports, e-mails from the scheduler); unset: the address the app
    #: serves on (http://127.0.0.1:$PORT; ``tracker serve`` puts its own --host/--port here)
    base_url: str | None = _setting(None, _text_or_none)
    #: where a document symbol cited as evidence or in a footnote links to
    document_url: str = _setting("https://undocs.org/{symbol}")
    reminder_stages: str = _setting(DEFAULT_REMINDER_STAGES)
    #: days before its end that a mandate counts as *expiring* (overview, lists, reminders)
    mandate_expiring_days: int = _setting(DEFAULT_MANDATE_EXPIRING_DAYS, int)
    #: minutes between reminder passes in the scheduler
    reminder_interval_minutes: float = _setting(5.0, float)
    #: each officer gets one message per reminder pass with all that came due (True) or one message
    #: per obligation and stage
    reminder_officer_digests: bool = _setting(True, _flag)
    #: attempts before a reminder is marked failed
    reminder_max_attempts: int = _setting(6, int)
    #: a focal point gets one session digest instead of one message per obligation when this many
    #: of their obligations (or more) await the same session at the same stage; 0 turns digests off
    focal_point_digest_min: int = _setting(2, int)
    #: dashboards are public unless this is set
    dashboards_require_login: bool = _setting(False, _flag)
    #: seconds the dashboards' read cache keeps what it computed; 0 turns it off
    dashboards_cache_seconds: float = _setting(30.0, float)
    #: reverse proxies in front of the app whose X-Forwarded-* headers are trusted (0: none)
    trusted_proxies: int = _setting(0, int)
    #: a signed-in session ends after this many hours without a request
    session_idle_hours: float = _setting(12.0, float)
    #: cookies only over HTTPS (also on when ``base_url`` is https://)
    secure_cookies: bool = _setting(False, _flag)
    #: seconds one upload may spend in the parser (web and API; 0: no limit)
    parse_time_limit_seconds: float = _setting(60.0, float)
    #: waitress (``tracker serve``): worker threads, and connections held open before new ones wait
    #: (each web process's)
    web_threads: int = _setting(8, int)
    web_connection_limit: int = _setting(1000, int)
    #: web processes of ``tracker serve`` on one socket (``tracker.web.workers``); 1: one process
    web_workers: int = _setting(1, int)
    #: pins today's date for the web, the CLI and the reminder pass (screenshots, demos, tests)
    today: dt.date | None = _setting(None, _date_or_none)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment sets; a field whose variable is unset or blank keeps its
        default (a blank ``SMTP_URL=`` is unset)."""
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get(f.name.upper())
            if raw is not None and raw.strip():
                values[f.name] = f.metadata["read"](raw)
        return cls(**values)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Settings:
        """The settings of an app's configuration (its keys are the fields' names in capitals);
        what it lacks keeps its default. Values are taken as they are, strings read as from the
        environment."""
        values = {}
        for f in fields(cls):
            value = config.get(f.name.upper())
            if value is None:
                continue
            values[f.name] = f.metadata["read"](value) if isinstance(value, str) else value
        return cls(**values)

    def to_config(self) -> dict[str, Any]:
        """The app's configuration keys for these settings (``BASE_URL`` resolved)."""
        config = {f.name.upper(): getattr(self, f.name) for f in fields(self)}
        config["BASE_URL"] = self.resolved_base_url
        return config

    @property
    def resolved_base_url(self) -> str:
        return (self.base_url or f"http://127.0.0.1:{self.port}").rstrip("/")

    def validate(self) -> Settings:
        from tracker.reminders.stages import parse_stages  # the stages' vocabulary (no import cycle)

        parse_stages(self.reminder_stages)
        if self.mandate_expiring_days < 0:
            raise ValueError("MANDATE_EXPIRING_DAYS must be zero or more days")
        if self.web_workers < 1:
            raise ValueError("WEB_WORKERS must be 1 or more")
        return self



def default_database_url(instance_path: Path) -> str:
    """The embedded database in ``instance/``, which is created here: any command may be the first
    one on a fresh checkout (``SECRET_KEY=… tracker db upgrade``), not only the one that makes a key."""
    instance_path.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{instance_path / 'tracker.sqlite3'}"


def persistent_secret_key(instance_path: Path) -> str:
    """A random key generated once and kept in ``instance/`` (mode 0600), never a hard-coded one."""
    path = instance_path / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def load_config(instance_path: Path, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The Flask configuration: the settings from the environment, then ``overrides``."""
    settings = Settings.from_env()
    overrides = dict(overrides or {})
    #: from the environment's address, not an override's (tests serve https:// links over http)
    secure = settings.secure_cookies or settings.resolved_base_url.startswith("https://")
    config: dict[str, Any] = {
        **settings.to_config(),
        "BASE_URL_IS_SET": settings.base_url is not None,
        "SESSION_COOKIE_SECURE": secure,
        "REMEMBER_COOKIE_SECURE": secure,
        #: the parser's limit for one file plus room for the rest of the form: a larger request is
        #: refused (413) before it is read; the form states the parser's limit, the one that counts
        "MAX_CONTENT_LENGTH": MAX_INPUT_BYTES + 256 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "BOOTSTRAP_SERVE_LOCAL": True,
        "BABEL_DEFAULT_LOCALE": "en",
        "LANGUAGES": ["en", "fr"],
    }
    if "BASE_URL" in overrides:
        overrides["BASE_URL_IS_SET"] = True
    config.update(overrides)
    if not config.get("DATABASE_URL"):
        config["DATABASE_URL"] = default_database_url(instance_path)
    if not config.get("SECRET_KEY"):
        config["SECRET_KEY"] = persistent_secret_key(instance_path)
    final = Settings.from_config(config).validate()
    config.setdefault("PERMANENT_SESSION_LIFETIME", dt.timedelta(hours=final.session_idle_hours))
    return config
