"""owner candidates: actors that match no entity wait for review instead of owning obligations

- ``owner_candidates`` (name, pending or rejected, who decided and when, a version) and
  ``obligation_candidates`` (the obligations whose paragraph names one): candidates are linked to
  obligations apart from their owners, so nothing public shows them;
- ``entities.version``: renames and merges based on a stale version are refused;
- existing rows: an entity the parser made from an actor it did not know (``needs_review``) that
  nobody has curated since (no alias, focal point, officer acting for it, or delegation following
  it) becomes a pending candidate, its obligations linked to the candidate instead of owned by it;
  one that somebody did curate stays an entity. ``entities.needs_review`` goes: every entity is
  now a confirmed owner.

Downgrade: pending candidates become entities flagged ``needs_review`` again, owning their
obligations (as revision 0008 stored them); rejected ones are dropped (0008 cannot hold them).

Revision ID: 0009_owner_candidates
Revises: 0008_login_failures
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_owner_candidates"
down_revision: str | None = "0008_login_failures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_entities = sa.table(
    "entities",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("kind", sa.String),
    sa.column("needs_review", sa.Boolean),
    sa.column("created_at", sa.DateTime(timezone=True)),
)
_owners = sa.table("obligation_owners", sa.column("obligation_id", sa.Integer),
                   sa.column("entity_id", sa.Integer))
_candidate_links = sa.table("obligation_candidates", sa.column("obligation_id", sa.Integer),
                            sa.column("candidate_id", sa.Integer))
_candidates = sa.table(
    "owner_candidates",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("status", sa.String),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("version", sa.Integer),
)
#: rows that show somebody curated an entity: (table, its entity column)
_CURATED_BY = (("entity_aliases", "entity_id"), ("focal_points", "entity_id"),
               ("user_entities", "entity_id"), ("subscriptions", "entity_id"))


def _uncurated_parser_entities(bind) -> list[tuple[int, str, object]]:
    query = sa.select(_entities.c.id, _entities.c.name, _entities.c.created_at).where(
        _entities.c.needs_review.is_(True))
    for table, column in _CURATED_BY:
        ref = sa.table(table, sa.column(column, sa.Integer))
        query = query.where(~sa.exists().where(ref.c[column] == _entities.c.id))
    return [tuple(row) for row in bind.execute(query.order_by(_entities.c.id))]


def upgrade() -> None:
    op.create_table(
        "owner_candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"],
                                name=op.f("fk_owner_candidates_decided_by_id_users"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_owner_candidates")),
        sa.UniqueConstraint("name", name=op.f("uq_owner_candidates_name")),
    )
    op.create_table(
        "obligation_candidates",
        sa.Column("obligation_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["candidate_id"], ["owner_candidates.id"],
                                name=op.f("fk_obligation_candidates_candidate_id_owner_candidates"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["obligation_id"], ["obligations.id"],
                                name=op.f("fk_obligation_candidates_obligation_id_obligations"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("obligation_id", "candidate_id", name=op.f("pk_obligation_candidates")),
    )
    with op.batch_alter_table("obligation_candidates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_obligation_candidates_candidate_id"), ["candidate_id"],
                              unique=False)
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    bind = op.get_bind()
    for entity_id, name, created_at in _uncurated_parser_entities(bind):
        candidate_id = bind.execute(
            _candidates.insert().returning(_candidates.c.id),
            {"name": name, "status": "pending", "created_at": created_at, "version": 1},
        ).scalar_one()
        bind.execute(_candidate_links.insert().from_select(
            ["obligation_id", "candidate_id"],
            sa.select(_owners.c.obligation_id, sa.literal(candidate_id)).where(_owners.c.entity_id == entity_id),
        ))
        bind.execute(_owners.delete().where(_owners.c.entity_id == entity_id))
        bind.execute(_entities.delete().where(_entities.c.id == entity_id))

    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_column("needs_review")


def downgrade() -> None:
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("needs_review", sa.Boolean(), server_default=sa.false(), nullable=False))

    bind = op.get_bind()
    pending = bind.execute(sa.select(_candidates.c.id, _candidates.c.name, _candidates.c.created_at)
                           .where(_candidates.c.status == "pending").order_by(_candidates.c.id)).all()
    for candidate_id, name, created_at in pending:
        entity_id = bind.execute(sa.select(_entities.c.id).where(_entities.c.name == name)).scalar()
        if entity_id is None:
            entity_id = bind.execute(
                _entities.insert().returning(_entities.c.id),
                {"name": name, "kind": "other", "needs_review": True, "created_at": created_at},
            ).scalar_one()
        owned = sa.select(_owners.c.obligation_id).where(_owners.c.entity_id == entity_id)
        bind.execute(_owners.insert().from_select(
            ["obligation_id", "entity_id"],
            sa.select(_candidate_links.c.obligation_id, sa.literal(entity_id))
            .where(_candidate_links.c.candidate_id == candidate_id, _candidate_links.c.obligation_id.not_in(owned)),
        ))

    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_column("version")
    with op.batch_alter_table("obligation_candidates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligation_candidates_candidate_id"))
    op.drop_table("obligation_candidates")
    op.drop_table("owner_candidates")
