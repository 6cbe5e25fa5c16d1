"""Settings: one place (tracker.config) reads the environment."""

from __future__ import annotations

import datetime as dt

from tracker.config import load_config


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
