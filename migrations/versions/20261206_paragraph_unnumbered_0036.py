"""paragraphs.unnumbered: an operative paragraph printed without a number

A part's or section's one paragraph ("C / Education grant … / Decides, for implementation …;",
A/RES/76/240) and the paragraphs of a text that numbers none are printed without a number: the
parser gives each its place as its number (for its eId) and says it is unnumbered
(``OperativeParagraph.unnumbered``), so that no page shows a number the resolution does not print.
Rows imported before are numbered (false): a re-import of such a text sets it.

Revision ID: 0036_paragraph_unnumbered
Revises: 0035_kind_status_counts
Create Date: 2026-12-06 00:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0036_paragraph_unnumbered"
down_revision: str | None = "0035_kind_status_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a plain ADD COLUMN on both databases: a batch on SQLite would copy the table and drop the
    # full-text triggers on it (0002)
    op.add_column("paragraphs", sa.Column("unnumbered", sa.Boolean(), server_default=sa.false(),
                                          nullable=False))


def downgrade() -> None:
    op.drop_column("paragraphs", "unnumbered")
