"""PostgreSQL: the search documents indexed by due date, in a page's order, for a walk with no status

``q=report`` (a common word, no filter) walked ``ix_obligations_due_on`` and looked each
obligation's document up by its id: at 50,000 obligations 2,194 obligations read, 7,736 buffers,
4.5–9.1 ms of execution for its 1,001 ids. An index on the documents' own ``(due_on,
obligation_id)`` (the columns of 0028) lets such a page walk the documents themselves in order and
test each where it lies (``tracker.services.search.FilterForm.documents_walked`` with no status;
bench/README.md, 5 December). Written with every document, as ``obligations_fts_walk`` is.
SQLite: nothing (its documents are an FTS5 table, which has no index of its own).

Revision ID: 0029_documents_by_due_date
Revises: 0028_documents_in_walk_order
Create Date: 2026-12-05 05:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0029_documents_by_due_date"
down_revision: str | None = "0028_documents_in_walk_order"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEX = "obligations_fts_due"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE INDEX {_INDEX} ON obligations_fts (due_on, obligation_id)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX {_INDEX}")
