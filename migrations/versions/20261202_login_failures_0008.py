"""login_failures: the per-address sign-in throttle in the database, shared by every web process

Revision ID: 0008_login_failures
Revises: 0007_tracked_kinds
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_login_failures"
down_revision: str | None = "0007_tracked_kinds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("ip", "email", name=op.f("pk_login_failures")),
    )
    op.create_index(op.f("ix_login_failures_first_at"), "login_failures", ["first_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_login_failures_first_at"), table_name="login_failures")
    op.drop_table("login_failures")
