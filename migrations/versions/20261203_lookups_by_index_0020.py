"""Imports look rows up by an index: the references citing a resolution; on PostgreSQL, the
kept tables' trigger functions, one row at a time

``link_successors`` asks, for each imported resolution that cites or is cited by one we hold,
which references cite it (``target_resolution_id``): without an index, a read of all of
``document_references`` per such file. The index is new here.

The owner counts' triggers (``tracker.models.counts``) and the search documents' triggers on
``paragraphs`` (revision 0015) joined a statement's transition table to ``obligations``,
``obligation_owners`` or ``obligation_items``. The planner may answer such a join by hashing the
whole table, and did so while the tables had no statistics (this server runs without
autovacuum, and a bulk load outruns it anyway): every imported file read all of ``obligations``
three times, ever more rows as the register grew. Each row of the transition table now looks its
rows up through a ``LATERAL`` subquery (``OFFSET 0`` keeps it apart from the join), which only an
index look-up answers cheaply, whatever the statistics say. The functions compute what they did.

The owner counts' triggers are created again by ``tracker.models.counts.install_owner_triggers``
as it is at this revision; the search documents' functions are replaced here (and keep the
``plan_cache_mode`` of revision 0018).

Revision ID: 0020_lookups_by_index
Revises: 0019_owner_counts_by_horizon
Create Date: 2026-12-03 13:50:00
"""

from collections.abc import Sequence

from alembic import op

from tracker.models.counts import install_owner_triggers

revision: str = "0020_lookups_by_index"
down_revision: str | None = "0019_owner_counts_by_horizon"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FUNCTIONS = """
CREATE OR REPLACE FUNCTION obligations_fts_refresh(ids integer[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  DELETE FROM obligations_fts WHERE obligation_id = ANY(ids);
  INSERT INTO obligations_fts (obligation_id, document)
    SELECT o.id, obligations_fts_document(o.id)
      FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u (id)) AS u
      CROSS JOIN LATERAL (SELECT o.id FROM obligations AS o WHERE o.id = u.id OFFSET 0) AS o;
$$;

CREATE OR REPLACE FUNCTION obligations_fts_on_paragraphs() RETURNS trigger LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM obligations_fts_refresh(ARRAY(
      SELECT o.id FROM (SELECT DISTINCT n.parent_id FROM new_rows AS n WHERE n.parent_id IS NOT NULL) AS n
      CROSS JOIN LATERAL (SELECT o.id FROM obligations AS o WHERE o.paragraph_id = n.parent_id OFFSET 0) AS o));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM obligations_fts_refresh(ARRAY(
      SELECT o.id FROM (SELECT DISTINCT d.parent_id FROM old_rows AS d WHERE d.parent_id IS NOT NULL) AS d
      CROSS JOIN LATERAL (SELECT o.id FROM obligations AS o WHERE o.paragraph_id = d.parent_id OFFSET 0) AS o
      UNION SELECT i.obligation_id FROM old_rows AS d
      CROSS JOIN LATERAL (SELECT i.obligation_id FROM obligation_items AS i
                           WHERE i.paragraph_id = d.id OFFSET 0) AS i));
  ELSE
    PERFORM obligations_fts_refresh(ARRAY(
      SELECT o.id FROM unnest(ARRAY[NEW.id, OLD.parent_id, NEW.parent_id]) AS k (paragraph_id)
      CROSS JOIN LATERAL (SELECT o.id FROM obligations AS o WHERE o.paragraph_id = k.paragraph_id OFFSET 0) AS o
      UNION SELECT i.obligation_id FROM obligation_items AS i WHERE i.paragraph_id = NEW.id));
  END IF;
  RETURN NULL;
END $$;
"""


def upgrade() -> None:
    op.create_index(op.f("ix_document_references_target_resolution_id"), "document_references",
                    ["target_resolution_id"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        install_owner_triggers(bind)
        op.execute(_FUNCTIONS)


def downgrade() -> None:
    """The index goes; the functions stay: they compute what those of 0011 and 0015 did."""
    op.drop_index(op.f("ix_document_references_target_resolution_id"), table_name="document_references")
