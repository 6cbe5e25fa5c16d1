"""an index on paragraphs (resolution_id, position)

Revision 0003 replaced the unique (resolution_id, eid) constraint by a partial unique index on
current paragraphs, which a plain ``WHERE resolution_id = ?`` cannot use: reading one
resolution's paragraphs scanned the whole table (≈ 90 ms at 50,000 obligations on SQLite).

Revision ID: 0004_paragraphs_by_resolution
Revises: 0003_paragraph_removed_at
Create Date: 2026-12-02 07:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_paragraphs_by_resolution"
down_revision: str | None = "0003_paragraph_removed_at"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_paragraphs_resolution_id_position", "paragraphs", ["resolution_id", "position"])


def downgrade() -> None:
    op.drop_index("ix_paragraphs_resolution_id_position", table_name="paragraphs")
