"""the open-obligations index gives ``id`` within a due date, the order of a page of one status

A search of one status lists its obligations by ``due_on NULLS LAST, id``. ``ix_obligations_status``
(``status, due_on, resolution_id, …``) gave the due dates in order but not ``id`` within one, so
the page sorted each date's rows before it could stop: for ``q=report&status=ongoing`` at 50,000
obligations, 27,829 of the 27,872 ongoing ones are undated, one date, and every one of them was read
and its document probed before the first undated row came out (PostgreSQL walked
``ix_obligations_due_on`` instead, every obligation, with the status a filter). The index is
rebuilt with ``id`` right after ``due_on``: the walk is in the page's order and stops once the
count has its 1,001 matches (bench/README.md, 4 December: that search 0.27–0.32 of the CPU on
PostgreSQL, 0.62 on SQLite). A query that used its leading columns still can; on SQLite an entry
holds the rowid, ``id``, already.

Revision ID: 0026_open_obligations_by_id
Revises: 0025_document_facets
Create Date: 2026-12-04 17:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026_open_obligations_by_id"
down_revision: str | None = "0025_document_facets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME = "ix_obligations_status"
_AFTER_DUE_ON = ["resolution_id", "target_on", "reminder_stages", "deadline_body", "deadline_session", "kind"]


def _rebuild(columns: list[str]) -> None:
    op.drop_index(_NAME, table_name="obligations")
    op.create_index(_NAME, "obligations", columns)


def upgrade() -> None:
    _rebuild(["status", "due_on", "id", *_AFTER_DUE_ON])


def downgrade() -> None:
    _rebuild(["status", "due_on", *_AFTER_DUE_ON])
