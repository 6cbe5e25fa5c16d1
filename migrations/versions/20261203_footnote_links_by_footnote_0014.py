"""an index on paragraph_footnotes (footnote_id)

The resolution page reads a resolution's footnotes with the paragraphs citing them
(``footnotes LEFT JOIN paragraph_footnotes ON footnote_id``). The link table's primary key starts
with ``paragraph_id``, so each footnote's links were found by reading the whole table: a
sequential scan on PostgreSQL (≈ 11,700 rows at 50,000 obligations, ≈ 117,000 at 500,000), a
scan per footnote on SQLite; it made the page's cost grow with the register. Deleting a footnote
(its links cascade) read the whole table too.

Revision ID: 0014_footnote_links_by_footnote
Revises: 0013_paragraph_text_search
Create Date: 2026-12-03 06:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014_footnote_links_by_footnote"
down_revision: str | None = "0013_paragraph_text_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_paragraph_footnotes_footnote_id", "paragraph_footnotes", ["footnote_id"])


def downgrade() -> None:
    op.drop_index("ix_paragraph_footnotes_footnote_id", table_name="paragraph_footnotes")
