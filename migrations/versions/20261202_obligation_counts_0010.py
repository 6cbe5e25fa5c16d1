"""obligation_counts: the register's counts, kept by triggers on ``obligations``

The overview's and ``/api/v1/summary``'s numbers are sums over this table (one row per combination
of kind, status, deadline session, due date, a mandate's end and renewal), kept up to date by
triggers in the transaction of every write to ``obligations``; see ``tracker.models.counts``.
The table is filled from the obligations already stored. ``tracker counts check`` recomputes it
and reports drift.

The triggers are created by ``tracker.models.counts.install_triggers`` as it is at this revision;
a later change to them belongs in a new revision that calls it again.

Revision ID: 0010_obligation_counts
Revises: 0009_owner_candidates
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.models.counts import drop_triggers, install_triggers, refill

revision: str = "0010_obligation_counts"
down_revision: str | None = "0009_owner_candidates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "obligation_counts",
        sa.Column("bucket", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("deadline_body", sa.String(length=16), nullable=True),
        sa.Column("deadline_session", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("renewed", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", name=op.f("pk_obligation_counts")),
    )
    bind = op.get_bind()
    install_triggers(bind)
    refill(bind)


def downgrade() -> None:
    drop_triggers(op.get_bind())
    op.drop_table("obligation_counts")
