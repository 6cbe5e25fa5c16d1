"""The obligations' full-text documents' functions planned for each call on PostgreSQL

PL/pgSQL keeps a statement's plan for the session once it has run it a few times. A database
filled by one long import before any ANALYZE (autovacuum off, or not yet run) kept the plans made
for empty tables: ``obligations_fts_document`` then read all of ``paragraphs``, ``obligations``
and ``resolutions`` for every obligation inserted, so that an import grew with the square of the
register (at 3,500 resolutions, 24,000 scans of ``paragraphs`` had read 765 million rows). Each
call now plans its statements for the tables as they are (``plan_cache_mode``): an index look-up
whatever the statistics say, for a plan of a fraction of a millisecond.

Revision ID: 0018_document_plans
Revises: 0017_session_counts
Create Date: 2026-12-03 11:15:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_document_plans"
down_revision: str | None = "0017_session_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: the PL/pgSQL functions of 0015 that read the tables by an obligation's, paragraph's or
#: resolution's id
_FUNCTIONS = (
    "obligations_fts_document(integer)",
    "obligations_fts_on_obligations()",
    "obligations_fts_on_items()",
    "obligations_fts_on_paragraphs()",
    "obligations_fts_on_resolutions()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for function in _FUNCTIONS:
            op.execute(f"ALTER FUNCTION {function} SET plan_cache_mode = force_custom_plan")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for function in _FUNCTIONS:
            op.execute(f"ALTER FUNCTION {function} RESET plan_cache_mode")
