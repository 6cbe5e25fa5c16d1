"""paragraphs.asks_from: where a paragraph's asking clause is said

"Recalls its decision to establish a … fellowship training programme …, and reiterates its request to
the Secretary-General to operationalize this decision and to report thereon to the General Assembly at
its eighty-first session" (A/RES/80/43 9): a row cut at its first words showed what the paragraph
recalls, not the report it asks for. The parser says where the clause that asks what the paragraph
asks is said, when the clauses before it ask nothing (``OperativeParagraph.asks_from``), and a row
shows the words from there. Rows imported before start at 0 (the whole text): a re-import sets it.

Revision ID: 0039_paragraph_asks_from
Revises: 0038_sessions_printed_in
Create Date: 2026-12-07 09:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0039_paragraph_asks_from"
down_revision: str | None = "0038_sessions_printed_in"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a plain ADD COLUMN on both databases: a batch on SQLite would copy the table and drop the
    # full-text triggers on it (0002)
    op.add_column("paragraphs", sa.Column("asks_from", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    op.drop_column("paragraphs", "asks_from")
