"""``tracker backup`` then ``tracker restore`` into an empty database reproduces every row of every
table: the register, history and evidence, users, tokens, subscriptions, the ledger, the outbox,
the audit log, calendar records and the schema version (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, MetaData, select, text

from tests.api.conftest import import_seed
from tests.conftest import create_scratch_database
from tests.factories import gen_focal_point, gen_user
from tracker import create_app
from tracker.cli import cli
from tracker.db import make_engine, utcnow
from tracker.models import Entity, Obligation, Resolution, Subscription
from tracker.reminders import ReminderSettings, run_pass
from tracker.services import obligations as svc
from tracker.services.actors import Actor
from tracker.services.calendar import set_official_session
from tracker.services.tokens import create_token


def _fill(db) -> None:
    """A little of everything the register holds."""
    import_seed(db)
    sg = db.scalar(select(Entity).where(Entity.name == "Secretary-General"))
    officer = gen_user(db, "officer@un.org", role="officer", entities=[sg])
    delegation = gen_user(db, "delegation@mission.org", role="delegation")
    gen_focal_point(db, sg, email="focal@un.org")
    db.add(Subscription(user_id=delegation.id, target="resolution",
                        resolution_id=db.scalar(select(Resolution.id))))
    create_token(db, officer, "script", actor=Actor.for_user(officer), now=utcnow())
    ob = db.scalars(select(Obligation).order_by(Obligation.id)).first()
    svc.change_status(db, ob, "in_progress", actor=Actor.system("test"), now=utcnow(),
                      comment="started", evidence="A/73/100")
    set_official_session(db, "GA", 84, opens_on=dt.date(2029, 9, 11), actor=Actor.system("test"),
                         today=dt.date(2026, 1, 1))
    db.commit()


def _snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    meta = MetaData()
    meta.reflect(engine)
    out = {}
    with engine.connect() as conn:
        for name, table in sorted(meta.tables.items()):
            rows = conn.execute(select(table)).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


@pytest.mark.slow
def test_backup_then_restore_into_an_empty_database_reproduces_every_row(
    app, db_factory, engine, database_url, tmp_path
):
    with db_factory() as db:
        _fill(db)
    run_pass(db_factory, utcnow(), ReminderSettings(secret_key="k"))  # the ledger and the outbox
    before = _snapshot(engine)
    for name in ("resolutions", "paragraphs", "obligations", "obligation_history", "evidence", "users",
                 "api_tokens", "subscriptions", "focal_points", "reminders", "outbox_messages", "audit_log",
                 "official_sessions", "alembic_version"):
        assert before[name], f"{name} is empty: the test would not show it survives"

    file = tmp_path / "tracker.backup"
    result = app.test_cli_runner().invoke(cli, ["backup", str(file)])
    assert result.exit_code == 0, result.output
    assert file.stat().st_size > 0

    url, drop = create_scratch_database(database_url, tmp_path)
    try:
        target = create_app({"DATABASE_URL": url, "SECRET_KEY": "k", "TESTING": True})
        result = target.test_cli_runner().invoke(cli, ["restore", str(file)])
        assert result.exit_code == 0, result.output
        restored = make_engine(url)
        assert _snapshot(restored) == before
        # a second restore is refused: the database holds rows now
        again = target.test_cli_runner().invoke(cli, ["restore", str(file)])
        assert again.exit_code == 1 and "not empty" in again.output
        with restored.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM resolutions")).scalar() == 1
        restored.dispose()
        target.extensions["tracker"].engine.dispose()
    finally:
        drop()


def test_a_migrated_database_without_data_is_empty_for_a_restore(engine):
    """The migrations store the kept counts' horizon (``count_horizon``): that row is no data, and
    a restore into a database migrated but never used must not be refused for it."""
    from tracker.backup import non_empty_tables

    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM count_horizon").scalar_one() == 1
    assert non_empty_tables(engine) == []
