"""owner_counts: each owner's obligations per kind, status and due date, kept by triggers

The overview's table of owners is summed from this table (one row per entity, kind, status and
due date) instead of joining every owned obligation; triggers on ``obligation_owners`` and
``obligations`` keep it in the writer's transaction (see ``tracker.models.counts``). The table is
filled from the owners already stored; ``tracker counts check`` recomputes it with the other.

The triggers are created by ``tracker.models.counts.install_owner_triggers`` in this revision's
layout (``dated=True``: a row per due date, until revision 0019 put the side of the horizon in
its place).

Revision ID: 0011_owner_counts
Revises: 0010_obligation_counts
Create Date: 2026-12-02 10:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.models.counts import drop_owner_triggers, install_owner_triggers, refill_owners

revision: str = "0011_owner_counts"
down_revision: str | None = "0010_obligation_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "owner_counts",
        sa.Column("bucket", sa.String(length=80), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", name=op.f("pk_owner_counts")),
    )
    bind = op.get_bind()
    install_owner_triggers(bind, dated=True)
    refill_owners(bind, dated=True)


def downgrade() -> None:
    drop_owner_triggers(op.get_bind())
    op.drop_table("owner_counts")
