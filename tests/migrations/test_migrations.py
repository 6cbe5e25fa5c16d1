"""The migrations build exactly the schema the models describe, and can be undone."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from tests.conftest import create_scratch_database
from tracker.db import Base, make_engine
from tracker.migrate import downgrade, include_object, upgrade


def test_upgrade_to_head_matches_models_then_downgrade_to_base(database_url, tmp_path):
    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"

        downgrade(engine, "base")
        leftover = set(inspect(engine).get_table_names()) - {"alembic_version"}
        assert leftover == set()

        upgrade(engine)  # and up again: downgrade left nothing behind that blocks it
        assert "obligations" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
        drop()


def test_the_scheduler_job_store_is_not_taken_for_drift(database_url, tmp_path):
    """APScheduler keeps its jobs in the app's database; autogenerate must not offer to drop them."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    try:
        upgrade(engine)
        store = SQLAlchemyJobStore(engine=engine)
        store.start(None, "default")
        assert "apscheduler_jobs" in inspect(engine).get_table_names()
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object}
            )
            assert compare_metadata(context, Base.metadata) == []
        store.shutdown()
    finally:
        engine.dispose()
        drop()
