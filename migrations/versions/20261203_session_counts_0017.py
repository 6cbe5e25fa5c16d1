"""session_counts and count_horizon: the overview's sessions without their dates, kept by triggers

The overview's headline numbers and sessions are summed from ``session_counts`` (a row per kind,
status, deadline session and renewal, and whether the obligations are due or end before the
horizon, a day kept in ``count_horizon``) and the rows of ``obligation_counts`` dated between the
horizon and the windows after today, read through the new indexes on their dates (see
``tracker.models.counts``). The horizon starts at the day of the upgrade; the table is filled from
the obligations already stored, and ``tracker counts check`` recomputes it with the other counts.

The triggers are created by ``tracker.models.counts.install_session_triggers`` as it is at this
revision; a later change to them belongs in a new revision that calls it again.

Revision ID: 0017_session_counts
Revises: 0016_resolution_counts
Create Date: 2026-12-03 10:00:00
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.models.counts import drop_session_triggers, install_session_triggers, rebase

revision: str = "0017_session_counts"
down_revision: str | None = "0016_resolution_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "count_horizon",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_horizon")),
    )
    op.create_table(
        "session_counts",
        sa.Column("bucket", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("deadline_body", sa.String(length=16), nullable=True),
        sa.Column("deadline_session", sa.Integer(), nullable=True),
        sa.Column("renewed", sa.Boolean(), nullable=False),
        sa.Column("due_early", sa.Boolean(), nullable=False),
        sa.Column("expires_early", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", name=op.f("pk_session_counts")),
    )
    op.create_index(op.f("ix_obligation_counts_due_on"), "obligation_counts", ["due_on"])
    op.create_index(op.f("ix_obligation_counts_expires_on"), "obligation_counts", ["expires_on"])
    bind = op.get_bind()
    install_session_triggers(bind, expires=False)  # no ``expires`` until 0031
    rebase(bind, dt.datetime.now(dt.UTC).date(), owners=False,  # owner_counts still dated here
           deadline_sessions=False, expires=False,  # no deadline_session_counts before 0030
           kind_statuses=False)  # no kind_status_counts before 0035


def downgrade() -> None:
    drop_session_triggers(op.get_bind())
    op.drop_index(op.f("ix_obligation_counts_expires_on"), table_name="obligation_counts")
    op.drop_index(op.f("ix_obligation_counts_due_on"), table_name="obligation_counts")
    op.drop_table("session_counts")
    op.drop_table("count_horizon")
