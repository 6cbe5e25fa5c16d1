"""official_sessions.printed_in_id: a session's dates as a resolution prints them

"Decides that the Special Committee shall hold its next session from 20 to 28 February 2024"
(A/RES/78/111 2): an import records those dates in the calendar, with the resolution that printed them
(its ``note`` says "as printed in A/RES/78/111, paragraph 2"), so that another resolution that names the
session without its dates ("at its session in 2024") is dated too, and the session's pages show them.
Null for an admin's record, which a printed date never overwrites; the resolution's re-import moves or
removes its own, and they go with it (ON DELETE CASCADE). Rows recorded before are admins'.

Revision ID: 0038_sessions_printed_in
Revises: 0037_documents_in_page_order
Create Date: 2026-12-07 06:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0038_sessions_printed_in"
down_revision: str | None = "0037_documents_in_page_order"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a batch: SQLite adds no foreign key to a table in place (official_sessions has no triggers to lose)
    with op.batch_alter_table("official_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("printed_in_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_official_sessions_printed_in_id_resolutions"), "resolutions", ["printed_in_id"],
            ["id"], ondelete="CASCADE",
        )


def downgrade() -> None:
    # printed dates stay, as recorded ones (their note still says where they were printed)
    with op.batch_alter_table("official_sessions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_official_sessions_printed_in_id_resolutions"),
                                 type_="foreignkey")
        batch_op.drop_column("printed_in_id")
