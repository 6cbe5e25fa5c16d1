"""PostgreSQL: no GIN index on the paragraphs' stored tsvector; an import no longer pays for it

Since revision 0015 a search's words are matched in the obligations' documents
(``obligations_fts``, its own GIN index); nothing matches ``paragraphs.text_search`` any more.
The column stays: the documents are built from it (0021, 0024), and a word's share of the
paragraphs is read from its statistics (``tracker.services.search.common_words``: ``pg_stats``'
``most_common_elems`` of the column, which ``ANALYZE`` gathers for a tsvector column whether it is
indexed or not). The index, ``ix_paragraphs_text_fts`` (0002, on the column since 0013), only cost
every paragraph written an entry: ≈ 0.06 s of the server's ≈ 0.45 s in the bench's 300 import
files' paragraph statements, measured by running them with and without it (bench/README.md,
4 December 19:25–20:55). Downgrade builds it again. SQLite: nothing (its FTS5 tables are 0002's).

Revision ID: 0027_no_paragraph_text_index
Revises: 0026_open_obligations_by_id
Create Date: 2026-12-04 19:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0027_no_paragraph_text_index"
down_revision: str | None = "0026_open_obligations_by_id"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_paragraphs_text_fts")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX ix_paragraphs_text_fts ON paragraphs USING gin (text_search)")
