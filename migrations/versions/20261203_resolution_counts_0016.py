"""resolution_counts: resolutions per body, published or not, kept by triggers

The overview's "resolutions published" is read from this table (a row per body and publication)
instead of counting the published resolutions at every request (a sequential scan of
``resolutions`` on PostgreSQL). Triggers on ``resolutions`` keep it in the writer's transaction
(see ``tracker.models.counts``); it is filled from the resolutions already stored, and
``tracker counts check`` recomputes it with the other kept counts.

The triggers are created by ``tracker.models.counts.install_resolution_triggers`` as it is at
this revision; a later change to them belongs in a new revision that calls it again.

Revision ID: 0016_resolution_counts
Revises: 0015_obligation_documents
Create Date: 2026-12-03 09:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.models.counts import drop_resolution_triggers, install_resolution_triggers, refill_resolutions

revision: str = "0016_resolution_counts"
down_revision: str | None = "0015_obligation_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "resolution_counts",
        sa.Column("bucket", sa.String(length=20), nullable=False),
        sa.Column("body", sa.String(length=10), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", name=op.f("pk_resolution_counts")),
    )
    bind = op.get_bind()
    install_resolution_triggers(bind)
    refill_resolutions(bind)


def downgrade() -> None:
    drop_resolution_triggers(op.get_bind())
    op.drop_table("resolution_counts")
