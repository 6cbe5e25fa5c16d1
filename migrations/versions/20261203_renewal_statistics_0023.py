"""PostgreSQL keeps statistics on whether a mandate was renewed, so the expired panel stops early

"Not renewed" is written ``coalesce(renewed_by_id, 0) = 0`` (``renewed_sql``), so that no index
serves it (SQLite, which keeps no statistics, would otherwise read every obligation through the
index on ``renewed_by_id``). PostgreSQL has no statistics on that expression either, and takes it
for 1 row in 200: it then expects a couple of standing mandates to have ended and reads all of
them to sort them, where the overview's "Expired without renewal" panel needs the latest 20 (the
``expires_on`` index read backwards, stopping after 20). Every ended mandate is read on every
overview: 830 at 50,000 obligations (1.0 ms), 8,300 at 500,000 (14 ms of the server's time, the
overview's growth between the two sizes). With statistics on the expression (nearly every
obligation is not renewed) the planner reads the index backwards and stops: 0.45 ms at 500,000.

The statistics object needs PostgreSQL 14 or later; it is filled by ``ANALYZE`` (here, where
the register has obligations, and by autovacuum or a bulk load's ``ANALYZE`` later). SQLite:
nothing.

Revision ID: 0023_renewal_statistics
Revises: 0022_documents_skip_nothing
Create Date: 2026-12-03 20:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023_renewal_statistics"
down_revision: str | None = "0022_documents_skip_nothing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE STATISTICS obligations_renewal ON (coalesce(renewed_by_id, 0)) FROM obligations")
        # filled now only where there are obligations to count: analysed empty, the table keeps
        # no rows in the planner's eyes until the next ANALYZE, and an import into a new
        # register read it whole from the triggers' look-ups (11,215 scans for the bench's 300
        # files, 15 before), where a table never analysed is planned as ten pages at least
        op.execute("DO $$ BEGIN IF EXISTS (SELECT FROM obligations) THEN ANALYZE obligations; END IF; END $$")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP STATISTICS IF EXISTS obligations_renewal")
