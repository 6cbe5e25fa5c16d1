"""The migrations build exactly the schema the models describe, and can be undone."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from tests.conftest import create_scratch_database
from tracker.db import Base, make_engine
from tracker.migrate import downgrade, upgrade
from tracker.services.search import is_fulltext_object


def _not_fulltext(obj, name, type_, reflected, compare_to):
    """The full-text objects of revision 0002 live outside the models' metadata."""
    return not is_fulltext_object(name)


def test_upgrade_to_head_matches_models_then_downgrade_to_base(database_url, tmp_path):
    url, drop = create_scratch_database(database_url, tmp_path)
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": _not_fulltext}
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
