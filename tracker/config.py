"""Configuration: safe defaults, then the environment (DESIGN §4), then explicit overrides."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path
from typing import Any

from tracker.parsing.readers import MAX_INPUT_BYTES

#: Days before its end that a mandate is *expiring* (``tracker.models.enums`` has the same default).
DEFAULT_MANDATE_EXPIRING_DAYS = 90

#: The default reminder stages: days before the due date; 0 is the day; negative is after it.
DEFAULT_REMINDER_STAGES = "90,30,7,1,0,-7"


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
    env = os.environ
    overrides = dict(overrides or {})
    config: dict[str, Any] = {
        "DATABASE_URL": overrides.get("DATABASE_URL") or env.get("DATABASE_URL")
        or default_database_url(instance_path),
        "SMTP_URL": env.get("SMTP_URL") or None,
        "SMTP_TIMEOUT": float(env.get("SMTP_TIMEOUT", "30")),
        "MAIL_FROM": env.get("MAIL_FROM", "Mandate Tracker <mandate-tracker@localhost>"),
        #: absolute links (feeds, exports, e-mails from the scheduler); unset: the address the app
        #: serves on (http://127.0.0.1:$PORT; `tracker serve` puts its own --host/--port here)
        "BASE_URL": (env.get("BASE_URL") or f"http://127.0.0.1:{env.get('PORT') or 5000}").rstrip("/"),
        "BASE_URL_IS_SET": bool(env.get("BASE_URL")),
        #: where a document symbol cited as evidence or in a footnote links to
        "DOCUMENT_URL": env.get("DOCUMENT_URL", "https://undocs.org/{symbol}"),
        "REMINDER_STAGES": env.get("REMINDER_STAGES", DEFAULT_REMINDER_STAGES),
        #: days before its end that a mandate counts as *expiring* (overview, lists, reminders)
        "MANDATE_EXPIRING_DAYS": int(env.get("MANDATE_EXPIRING_DAYS", str(DEFAULT_MANDATE_EXPIRING_DAYS))),
        #: minutes between reminder passes in the scheduler
        #: officers get the focal points' session digests (1) or one message per obligation (0)
        "REMINDER_OFFICER_DIGESTS": env.get("REMINDER_OFFICER_DIGESTS", "1").lower() in ("1", "true", "yes"),
        "REMINDER_INTERVAL_MINUTES": float(env.get("REMINDER_INTERVAL_MINUTES", "5")),
        #: reverse proxies in front of the app whose X-Forwarded-* headers are trusted (0: none)
        "TRUSTED_PROXIES": int(env.get("TRUSTED_PROXIES", "0")),
        #: waitress (`tracker serve`): worker threads, and connections held open before new ones wait
        "WEB_THREADS": int(env.get("WEB_THREADS", "8")),
        "WEB_CONNECTION_LIMIT": int(env.get("WEB_CONNECTION_LIMIT", "1000")),
        #: dashboards are public unless this is set
        "DASHBOARDS_REQUIRE_LOGIN": env.get("DASHBOARDS_REQUIRE_LOGIN", "") in ("1", "true", "yes"),
        #: seconds one upload may spend in the parser (web and API; 0: no limit)
        "PARSE_TIME_LIMIT_SECONDS": float(env.get("PARSE_TIME_LIMIT_SECONDS", "60")),
        #: the parser's limit for one file plus room for the rest of the form: a larger request is
        #: refused (413) before it is read; the form states the parser's limit, the one that counts
        "MAX_CONTENT_LENGTH": MAX_INPUT_BYTES + 256 * 1024,
        #: a signed-in session ends after this many hours without a request
        "SESSION_IDLE_HOURS": float(env.get("SESSION_IDLE_HOURS", "12")),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "BOOTSTRAP_SERVE_LOCAL": True,
        "BABEL_DEFAULT_LOCALE": "en",
        "LANGUAGES": ["en", "fr"],
    }
    secure = env.get("SECURE_COOKIES", "").lower() in ("1", "true", "yes") or config[
        "BASE_URL"
    ].startswith("https://")
    config["SESSION_COOKIE_SECURE"] = secure
    config["REMEMBER_COOKIE_SECURE"] = secure
    if "BASE_URL" in overrides:
        overrides["BASE_URL_IS_SET"] = True
    config.update(overrides)
    config.setdefault("PERMANENT_SESSION_LIFETIME", dt.timedelta(hours=config["SESSION_IDLE_HOURS"]))
    if not config.get("SECRET_KEY"):
        config["SECRET_KEY"] = env.get("SECRET_KEY") or persistent_secret_key(instance_path)
    from tracker.reminders.stages import parse_stages  # the stages' vocabulary (no import cycle)

    parse_stages(config["REMINDER_STAGES"])
    if int(config["MANDATE_EXPIRING_DAYS"]) < 0:
        raise ValueError("MANDATE_EXPIRING_DAYS must be zero or more days")
    return config
