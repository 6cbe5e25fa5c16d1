"""paragraph_text_search: a stored tsvector per paragraph on PostgreSQL, indexed by GIN

A search for a common word walks the obligations in the page's order and tests each one's
paragraphs (``tracker.services.search.fulltext_condition``): that needs the paragraph's tsvector
stored in its row, as computing ``to_tsvector`` for each paragraph tested costs more than the
whole match. The column is generated from ``text``; the GIN index of revision 0002, on the
expression, is replaced by one on the column (same name), so an import computes the tsvector
once. Like the full-text objects of revision 0002 the column is not in the models' metadata
(``tracker.services.search.is_fulltext_object``). SQLite: nothing (FTS5 serves both forms).

Revision ID: 0013_paragraph_text_search
Revises: 0012_open_obligations_kind
Create Date: 2026-12-02 14:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013_paragraph_text_search"
down_revision: str | None = "0012_open_obligations_kind"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: must match tracker.services.search.PG_TS_CONFIG and PG_TEXT_SEARCH
_PG_CONFIG = "english"
_COLUMN = "text_search"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"ALTER TABLE paragraphs ADD COLUMN {_COLUMN} tsvector "
        f"GENERATED ALWAYS AS (to_tsvector('{_PG_CONFIG}', text)) STORED"
    )
    op.execute("DROP INDEX IF EXISTS ix_paragraphs_text_fts")
    op.execute(f"CREATE INDEX ix_paragraphs_text_fts ON paragraphs USING gin ({_COLUMN})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_paragraphs_text_fts")
    op.execute(f"ALTER TABLE paragraphs DROP COLUMN IF EXISTS {_COLUMN}")
    op.execute(
        f"CREATE INDEX ix_paragraphs_text_fts ON paragraphs USING gin (to_tsvector('{_PG_CONFIG}', text))"
    )
