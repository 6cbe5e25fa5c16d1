"""owner_counts by side of the horizon: a few rows per owner instead of one per due date

The overview's table of owners summed ``owner_counts`` grouped anew at every request (2,619 rows
at 50,000 obligations, one per entity, kind, status and due date). It now keeps a row per entity,
kind, status and side of the stored horizon (``due_early``, as ``session_counts``); what falls
due between the horizon and today is read from the obligations dated between the two days (see
``tracker.models.counts``). The table is refilled from the owners stored, at the stored horizon;
``tracker counts rebase`` and the scheduler's daily horizon job recount it with ``session_counts``.

Revision ID: 0019_owner_counts_by_horizon
Revises: 0018_document_plans
Create Date: 2026-12-03 13:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.models.counts import drop_owner_triggers, install_owner_triggers, refill_owners

revision: str = "0019_owner_counts_by_horizon"
down_revision: str | None = "0018_document_plans"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _relayout(*, dated: bool) -> None:
    """Empty the table, swap its last dimension (``due_early`` or ``due_on``), recount it."""
    bind = op.get_bind()
    drop_owner_triggers(bind)
    op.execute("DELETE FROM owner_counts")
    with op.batch_alter_table("owner_counts") as batch:
        if dated:
            batch.drop_column("due_early")
            batch.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        else:
            batch.drop_column("due_on")
            batch.add_column(sa.Column("due_early", sa.Boolean(), nullable=False))
    install_owner_triggers(bind, dated=dated)
    refill_owners(bind, dated=dated)


def upgrade() -> None:
    _relayout(dated=False)


def downgrade() -> None:
    _relayout(dated=True)
