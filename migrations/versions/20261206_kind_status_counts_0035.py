"""kind_status_counts: the obligations of each kind and status summed, kept by triggers

The overview's headline numbers were summed from ``session_counts`` at every request (≈ 420 rows
grouped into ≈ 30 by kind and status, five sums each: 1.0 ms of SQLite's 14.5 for the page at
50k); they are read from this table instead, a row per kind and status with how many, how many are
open and due before the horizon, and of those with a mandate how many, renewed, and standing and
ending before the horizon (see ``tracker.models.counts``). Triggers on ``obligations`` keep it in
the writer's transaction; it is filled from the obligations stored, at the stored horizon, and
``tracker counts check`` recomputes it with the other kept counts (``rebase`` too).

The triggers are created by ``tracker.models.counts.install_kind_status_triggers`` as it is at this
revision; a later change to them belongs in a new revision that calls it again.

Revision ID: 0035_kind_status_counts
Revises: 0033_mandates_by_end
Create Date: 2026-12-06 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.models.counts import drop_kind_status_triggers, install_kind_status_triggers, refill_kind_statuses

revision: str = "0035_kind_status_counts"
down_revision: str | None = "0033_mandates_by_end"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SUMS = ("n", "overdue", "renewed", "expired", "mandates")


def upgrade() -> None:
    op.create_table(
        "kind_status_counts",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in _SUMS),
        sa.PrimaryKeyConstraint("kind", "status", name=op.f("pk_kind_status_counts")),
    )
    bind = op.get_bind()
    install_kind_status_triggers(bind)
    refill_kind_statuses(bind)


def downgrade() -> None:
    drop_kind_status_triggers(op.get_bind())
    op.drop_table("kind_status_counts")
