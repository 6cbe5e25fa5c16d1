"""The mandates by their end: a partial index of ``obligations.expires_on`` where the kind is
``mandate``

A mandate without an end is active (``mandate_state_conditions``): "kind ``mandate`` and no end".
The only index that could find those rows was ``expires_on``'s, whose NULL entries are every
undated obligation of another kind (48,830 of 50,272 in the bench's register), each row read to
test its kind: SQLite walked the page's order over every obligation instead (``/search?mandate=
active`` ≈ 88 ms at 50k, loaded). Through this index, with the page's rows sorted
(``FilterForm.mandate_sorted``), 0.2 ms.

Revision ID: 0033_mandates_by_end
Revises: 0032_filed_under_due_deadline
Create Date: 2026-12-05 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0033_mandates_by_end"
down_revision: str | None = "0032_filed_under_due_deadline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MANDATE = sa.text("kind = 'mandate'")


def upgrade() -> None:
    op.create_index("ix_obligations_mandates_expires_on", "obligations", ["expires_on"],
                    sqlite_where=_MANDATE, postgresql_where=_MANDATE)


def downgrade() -> None:
    op.drop_index("ix_obligations_mandates_expires_on", table_name="obligations")
