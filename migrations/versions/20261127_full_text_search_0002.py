"""full-text search over paragraph text and resolution titles

SQLite: two FTS5 tables with external content (``paragraphs_fts``, ``resolutions_fts``) kept in
step with their tables by triggers. PostgreSQL: GIN expression indexes on ``to_tsvector``.
``tracker.services.search`` is the one interface that queries either; these objects are not in the
models' metadata (the drift test ignores them through ``is_fulltext_object``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 04:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (fts table, content table, indexed column); keep in step with tracker.services.search
_SQLITE = (("paragraphs_fts", "paragraphs", "text"), ("resolutions_fts", "resolutions", "title"))
#: the text search configuration; must match tracker.services.search.PG_TS_CONFIG
_PG_CONFIG = "english"


def _sqlite_upgrade() -> None:
    for fts, table, column in _SQLITE:
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', content_rowid='id', "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
            f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END"
        )
        # rows that exist already (an upgrade of a populated database)
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _sqlite_downgrade() -> None:
    for fts, _table, _column in _SQLITE:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_paragraphs_text_fts ON paragraphs "
            f"USING gin (to_tsvector('{_PG_CONFIG}', text))"
        )
        op.execute(
            "CREATE INDEX ix_resolutions_title_fts ON resolutions "
            f"USING gin (to_tsvector('{_PG_CONFIG}', title))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_downgrade()
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_resolutions_title_fts")
        op.execute("DROP INDEX IF EXISTS ix_paragraphs_text_fts")
