"""Run Alembic from code, on the app's own engine (used by ``tracker db`` and the tests)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from tracker.paths import MIGRATIONS, PROJECT_ROOT

#: Tables in the database that are not the models' business: APScheduler's job store.
FOREIGN_TABLES = frozenset({"apscheduler_jobs"})


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """What autogenerate and the drift test compare: the models' tables, not the full-text
    objects of revision 0002 (FTS5 tables, GIN indexes) nor APScheduler's job store."""
    from tracker.services.search import is_fulltext_object

    if type_ == "table" and name in FOREIGN_TABLES:
        return False
    return not is_fulltext_object(name)


def alembic_config() -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["configure_logger"] = False
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
