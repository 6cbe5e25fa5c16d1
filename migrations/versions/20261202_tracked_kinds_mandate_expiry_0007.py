"""tracked kinds, mandates that expire, other bodies' sessions

- ``resolutions.annexes`` (number and title of each annexed instrument);
- ``obligations.expires_on`` (a mandate's end) and ``obligations.renewed_by_id`` (the later mandate
  that renewed it);
- body codes widened to 16 characters (``deadline_body``, official sessions, body settings,
  session subscriptions): the calendar's registry of other bodies has longer codes than GA/HRC;
- existing rows: mandates recognised from what the parser stored (a deadline marked ``expires``,
  or a "decides/extends/renews … until <date>" / "for a period of …" deadline), their end moved
  from ``due_on`` to ``expires_on`` (an expired mandate is never overdue); declaratory paragraphs
  lose any due date and status ("no action required" is stored as not applicable); mandates and
  standing calls still open become ongoing.

Downgrade: mandates become actions again with their end as due date; annex paragraphs become
operative paragraphs (revision 0002 knew no annex).

Revision ID: 0007_tracked_kinds
Revises: 0006_users_session_version
Create Date: 2026-12-02 06:40:00
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_tracked_kinds"
down_revision: str | None = "0006_users_session_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column, nullable) of body codes
_BODY_COLUMNS = (
    ("obligations", "deadline_body", True),
    ("official_sessions", "body", False),
    ("body_settings", "body", False),
    ("subscriptions", "session_body", True),
)
_OPEN = ("not_started", "in_progress")
#: the operative phrases that establish, extend or renew something for a period
_MANDATE_ACTIONS = ("decides", "extends", "renews", "authorizes", "authorises")
_MANDATE_WORDS = re.compile(r"^\s*(until|till|up to|for a (further )?period|for (a further )?\w+ (months?|years?))",
                            re.IGNORECASE)

_obligations = sa.table(
    "obligations",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("action", sa.String),
    sa.column("deadlines", sa.JSON),
    sa.column("status", sa.String),
    sa.column("due_on", sa.Date),
    sa.column("due_derivation", sa.Text),
    sa.column("target_on", sa.Date),
    sa.column("expires_on", sa.Date),
)


def _expiry(kind: str, action: str | None, deadlines: list[dict]) -> tuple[bool, dt.date | None]:
    """(is a mandate, its end) from the stored deadlines: the parser's ``expires`` mark, else the
    words of an end ("until 31 May 2025") under an operative phrase that establishes or extends."""
    for item in deadlines:
        if item.get("expires"):
            day = item.get("date")
            return True, dt.date.fromisoformat(day) if isinstance(day, str) and day else None
    if kind in ("report", "agenda") or (action or "") not in _MANDATE_ACTIONS:
        return False, None
    for item in deadlines:
        if item.get("kind") == "date" and item.get("date") and _MANDATE_WORDS.match(item.get("text") or ""):
            return True, dt.date.fromisoformat(item["date"])
    return False, None


def _recompute_kinds() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_obligations.c.id, _obligations.c.kind, _obligations.c.action, _obligations.c.deadlines)
    ).all()
    for oid, kind, action, deadlines in rows:
        if isinstance(deadlines, str):
            deadlines = json.loads(deadlines or "[]")
        is_mandate, expires_on = _expiry(kind, action, deadlines or [])
        if is_mandate:
            bind.execute(
                _obligations.update().where(_obligations.c.id == oid).values(
                    kind="mandate", expires_on=expires_on, due_on=None, target_on=None,
                    due_derivation="mandate: expires " + expires_on.isoformat() if expires_on else
                    "mandate: its end is not known",
                )
            )
    ob = _obligations.c
    bind.execute(_obligations.update().where(ob.kind.in_(("mandate", "exhortation")), ob.status.in_(_OPEN))
                 .values(status="ongoing"))
    bind.execute(_obligations.update().where(ob.kind == "declaratory").values(
        status="not_applicable", due_on=None, target_on=None, due_derivation=None))


def upgrade() -> None:
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("annexes", sa.JSON(), nullable=True))
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("renewed_by_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_obligations_expires_on"), ["expires_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_obligations_renewed_by_id"), ["renewed_by_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_obligations_renewed_by_id_obligations"), "obligations", ["renewed_by_id"], ["id"],
            ondelete="SET NULL",
        )
    for table, column, nullable in _BODY_COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=sa.String(length=10), type_=sa.String(length=16),
                                  existing_nullable=nullable)
    _recompute_kinds()


def downgrade() -> None:
    ob = _obligations.c
    bind = op.get_bind()
    bind.execute(_obligations.update().where(ob.kind == "mandate").values(kind="action", due_on=ob.expires_on))
    bind.execute(sa.text("UPDATE paragraphs SET kind = 'operative' WHERE kind = 'annex'"))
    for table, column, nullable in _BODY_COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=sa.String(length=16), type_=sa.String(length=10),
                                  existing_nullable=nullable)
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_obligations_renewed_by_id_obligations"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_obligations_renewed_by_id"))
        batch_op.drop_index(batch_op.f("ix_obligations_expires_on"))
        batch_op.drop_column("renewed_by_id")
        batch_op.drop_column("expires_on")
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.drop_column("annexes")
