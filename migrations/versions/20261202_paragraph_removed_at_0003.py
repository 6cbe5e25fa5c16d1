"""paragraphs removed by a re-import: ``removed_at`` instead of an eId prefix

Before this revision a re-import marked a paragraph it no longer found by rewriting its eId to
``removed_<id>__<eId>``; the unique (resolution, eId) constraint needed that. Now the paragraph
keeps its eId and gets ``removed_at``; eIds are unique among current paragraphs only (a partial
unique index). Old rows are converted both ways.

On SQLite the table is rebuilt (batch mode) to drop the old constraint, which drops the triggers
that keep ``paragraphs_fts`` in step (revision 0002): they are created again, unchanged; the FTS
index itself stays valid because the rows keep their ids.

Revision ID: 0003_paragraph_removed_at
Revises: 0002
Create Date: 2026-12-02 06:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_paragraph_removed_at"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: the eId prefix of the old scheme: ``removed_<paragraph id>__<eId it had>``
OLD_PREFIX = "removed_"
CURRENT = "removed_at IS NULL"

paragraphs = sa.table(
    "paragraphs",
    sa.column("id", sa.Integer),
    sa.column("resolution_id", sa.Integer),
    sa.column("eid", sa.String),
    sa.column("removed_at", sa.DateTime(timezone=True)),
)
resolutions = sa.table("resolutions", sa.column("id", sa.Integer),
                       sa.column("updated_at", sa.DateTime(timezone=True)))


def _restore_fts_triggers() -> None:
    """Revision 0002's triggers on ``paragraphs`` (a SQLite batch rebuild drops them)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    fts, table, column = "paragraphs_fts", "paragraphs", "text"
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
    op.execute(
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
        f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END"
    )


def upgrade() -> None:
    with op.batch_alter_table("paragraphs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.drop_constraint("uq_paragraphs_resolution_id_eid", type_="unique")
    _restore_fts_triggers()
    conn = op.get_bind()
    old = conn.execute(
        sa.select(paragraphs.c.id, paragraphs.c.eid, resolutions.c.updated_at)
        .join(resolutions, resolutions.c.id == paragraphs.c.resolution_id)
        .where(paragraphs.c.eid.like(f"{OLD_PREFIX}%"))
    ).all()
    for pid, eid, removed_on in old:
        marker = f"{OLD_PREFIX}{pid}__"
        original = eid[len(marker):] if eid.startswith(marker) else eid[len(OLD_PREFIX):]
        conn.execute(
            paragraphs.update().where(paragraphs.c.id == pid)
            .values(eid=original or f"para_{pid}", removed_at=removed_on)
        )
    with op.batch_alter_table("paragraphs", schema=None) as batch_op:
        batch_op.create_index("uq_paragraphs_current_eid", ["resolution_id", "eid"], unique=True,
                              sqlite_where=sa.text(CURRENT), postgresql_where=sa.text(CURRENT))


def downgrade() -> None:
    conn = op.get_bind()
    removed = conn.execute(
        sa.select(paragraphs.c.id, paragraphs.c.eid).where(paragraphs.c.removed_at.is_not(None))
    ).all()
    for pid, eid in removed:
        conn.execute(paragraphs.update().where(paragraphs.c.id == pid)
                     .values(eid=f"{OLD_PREFIX}{pid}__{eid}"[:120]))
    with op.batch_alter_table("paragraphs", schema=None) as batch_op:
        batch_op.drop_index("uq_paragraphs_current_eid")
        batch_op.create_unique_constraint("uq_paragraphs_resolution_id_eid", ["resolution_id", "eid"])
        batch_op.drop_column("removed_at")
    _restore_fts_triggers()
