"""deadline_session_counts: each deadline session's tracked obligations summed, kept by triggers

The overview's sessions ("By session", "Sessions coming up") were summed from ``session_counts`` at
every request (≈ 370 rows grouped into ≈ 100 sessions at 50k, eight sums each, the largest part of
its largest statement); they are read from this table instead, a row per deadline session with its
tracked obligations in each status, those open and due before the horizon, its reports and its
reports not started (see ``tracker.models.counts``). Triggers on ``obligations`` keep it in the
writer's transaction; it is filled from the obligations stored, at the stored horizon, and
``tracker counts check`` recomputes it with the other kept counts (``rebase`` too).

The triggers are created by ``tracker.models.counts.install_deadline_session_triggers`` as it is at
this revision; a later change to them belongs in a new revision that calls it again.

Revision ID: 0030_deadline_session_counts
Revises: 0029_documents_by_due_date
Create Date: 2026-12-05 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.models.counts import (
    drop_deadline_session_triggers,
    install_deadline_session_triggers,
    refill_deadline_sessions,
)

revision: str = "0030_deadline_session_counts"
down_revision: str | None = "0029_documents_by_due_date"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SUMS = ("not_started", "in_progress", "completed", "ongoing", "not_applicable", "overdue", "reports",
         "reports_not_started")


def upgrade() -> None:
    op.create_table(
        "deadline_session_counts",
        sa.Column("deadline_body", sa.String(length=16), nullable=False),
        sa.Column("deadline_session", sa.Integer(), autoincrement=False, nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in _SUMS),
        sa.PrimaryKeyConstraint("deadline_body", "deadline_session", name=op.f("pk_deadline_session_counts")),
    )
    bind = op.get_bind()
    install_deadline_session_triggers(bind)
    refill_deadline_sessions(bind)


def downgrade() -> None:
    drop_deadline_session_triggers(op.get_bind())
    op.drop_table("deadline_session_counts")
