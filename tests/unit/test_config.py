"""Settings: one place (tracker.config) reads the environment."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields
from pathlib import Path

import pytest

import tracker
from tracker import clock
from tracker.config import Settings, load_config
from tracker.reminders.settings import ReminderSettings


def test_instance_folder_is_created_for_the_embedded_database_even_with_a_given_key(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "given")  # `SECRET_KEY=… tracker db upgrade` on a fresh checkout
    instance = tmp_path / "instance"
    config = load_config(instance)
    assert instance.is_dir() and config["DATABASE_URL"] == f"sqlite:///{instance / 'tracker.sqlite3'}"
    assert not (instance / "secret_key").exists()


def test_production_settings_have_defaults_and_read_the_environment(tmp_path, monkeypatch):
    config = load_config(tmp_path, {"SECRET_KEY": "k"})
    assert (config["WEB_THREADS"], config["WEB_CONNECTION_LIMIT"]) == (8, 1000)
    assert config["PERMANENT_SESSION_LIFETIME"] == dt.timedelta(hours=12)
    assert config["PARSE_TIME_LIMIT_SECONDS"] == 60
    monkeypatch.setenv("SESSION_IDLE_HOURS", "2")
    monkeypatch.setenv("WEB_CONNECTION_LIMIT", "250")
    config = load_config(tmp_path, {"SECRET_KEY": "k"})
    assert config["PERMANENT_SESSION_LIFETIME"] == dt.timedelta(hours=2)
    assert config["WEB_CONNECTION_LIMIT"] == 250


def test_every_setting_is_in_the_readme_table_and_nothing_else_is():
    """The README's configuration table and ``Settings`` name the same variables."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    in_table = set(re.findall(r"^\| `([A-Z_]+)` \|", section, flags=re.MULTILINE))
    assert in_table == {f.name.upper() for f in fields(Settings)}


def test_only_the_settings_read_the_environment():
    """Outside ``tracker/config.py`` no module reads a variable of the environment (the CLI's
    password prompt and the backup's child processes aside)."""
    package = Path(tracker.__file__).parent
    allowed = {"config.py", "cli/users.py", "backup.py"}
    readers = {
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if re.search(r"\bos\.environ\b|\bgetenv\(", path.read_text("utf-8"))
    }
    assert readers <= allowed, readers - allowed


def test_settings_read_from_the_environment_with_one_default_each(monkeypatch):
    assert Settings.from_env({}) == Settings()
    settings = Settings.from_env({
        "REMINDER_MAX_ATTEMPTS": "3", "FOCAL_POINT_DIGEST_MIN": "0", "DASHBOARDS_CACHE_SECONDS": "0",
        "TODAY": "2018-09-11", "REMINDER_OFFICER_DIGESTS": "0", "SMTP_URL": " ",
    })
    assert (settings.reminder_max_attempts, settings.focal_point_digest_min) == (3, 0)
    assert settings.dashboards_cache_seconds == 0 and settings.today == dt.date(2018, 9, 11)
    assert settings.reminder_officer_digests is False and settings.smtp_url is None
    reminders = ReminderSettings.from_settings(settings)
    assert (reminders.max_attempts, reminders.focal_digest_min) == (3, 0)
    assert reminders.today == dt.date(2018, 9, 11)
    # the pass's defaults are the settings' defaults
    assert ReminderSettings.from_config({}) == ReminderSettings()


def test_the_app_configuration_reads_the_new_settings_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("REMINDER_MAX_ATTEMPTS", "4")
    monkeypatch.setenv("TODAY", "2018-09-11")
    config = load_config(tmp_path, {"SECRET_KEY": "k"})
    assert ReminderSettings.from_config(config).max_attempts == 4
    assert clock.today(config) == dt.date(2018, 9, 11)
    with pytest.raises(ValueError):
        load_config(tmp_path, {"SECRET_KEY": "k", "REMINDER_STAGES": "soon"})


def test_the_clock_honours_a_pinned_day():
    pinned = dt.date(2018, 9, 11)
    assert clock.today({"TODAY": "2018-09-11"}) == pinned == clock.today(Settings(today=pinned))
    assert clock.now({"TODAY": pinned}).date() == pinned
    assert clock.now({"TODAY": pinned}).tzinfo is not None
    assert clock.pinned_day({}) is None and clock.pinned_day(None) is None


def test_every_reminder_setting_is_taken_from_the_app_configuration():
    """None of the pass's settings falls back on its default when the configuration sets it."""
    config = {
        "BASE_URL": "https://tracker.example.org/", "MAIL_FROM": "Registry <registry@example.org>",
        "SMTP_URL": "smtp://mail.example.org:2525", "SMTP_TIMEOUT": "7.5", "SECRET_KEY": "k",
        "REMINDER_STAGES": "60,10", "REMINDER_MAX_ATTEMPTS": "3", "FOCAL_POINT_DIGEST_MIN": "5",
        "REMINDER_OFFICER_DIGESTS": "0", "TODAY": "2018-09-11",
    }
    assert ReminderSettings.from_config(config, batch_size=7) == ReminderSettings(
        base_url="https://tracker.example.org", mail_from="Registry <registry@example.org>",
        smtp_url="smtp://mail.example.org:2525", smtp_timeout=7.5, secret_key="k", stages="60,10",
        max_attempts=3, focal_digest_min=5, officer_digests=False, today=dt.date(2018, 9, 11),
        batch_size=7,
    )
    # no key: unsubscribe links cannot be signed, which make_unsubscribe_token says
    assert ReminderSettings.from_config({}).secret_key == ""


def test_retries_wait_five_minutes_then_twice_as_long_each_time_up_to_six_hours():
    settings = ReminderSettings()
    waits = [settings.backoff(n) for n in range(0, 9)]
    minutes = [int(w.total_seconds() // 60) for w in waits]
    assert minutes == [5, 5, 10, 20, 40, 80, 160, 320, 360]
