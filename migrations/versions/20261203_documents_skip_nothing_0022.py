"""The search documents' triggers on paragraphs and items do nothing where there is nothing to do

An import inserts a resolution's paragraphs and sub-paragraphs before its obligations: the
trigger on ``paragraphs`` looked for the obligations of the new sub-paragraphs' parents, found
none, and on PostgreSQL still called ``obligations_fts_refresh`` with the empty list, a SQL
function planned on every call (its ``DELETE`` and the documents' statement): 348 calls and
≈ 1.06 s of the server's 1.15 s in that trigger for the bench's 300 import files (loaded
machine, ``pg_stat_user_functions``). On PostgreSQL the trigger now calls it only for a
non-empty list; on SQLite the row trigger's ``WHEN`` asks whether the parent has an obligation
before its two statements run.

The items' insert trigger on PostgreSQL rebuilt the document of every obligation given items,
where an item whose paragraph is the obligation's own or one of its sub-paragraphs adds nothing
to it (that paragraph is in the document already): it now rebuilds only the others (a deeper
point, "b (i)"), the rule SQLite's trigger has had since revision 0015. The documents are the
same.

Revision ID: 0022_documents_skip_nothing
Revises: 0021_documents_at_once
Create Date: 2026-12-03 17:00:00
"""

import re
from collections.abc import Sequence

from alembic import op

from tracker.migrate import revision_module

revision: str = "0022_documents_skip_nothing"
down_revision: str | None = "0021_documents_at_once"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _function(sql: str, name: str) -> str:
    """The ``CREATE [OR REPLACE] FUNCTION name()`` statement of ``sql``, as ``CREATE OR REPLACE``."""
    found = re.search(rf"CREATE (?:OR REPLACE )?FUNCTION {name}\(\).*?END \$\$;", sql, re.DOTALL)
    return found.group(0).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")


_0015 = revision_module("0015")

#: the obligations whose documents a statement on ``paragraphs`` or ``obligation_items`` changes,
#: as in revisions 0020 and 0015 (and, for inserted items, the rule of SQLite's trigger)
_PARAGRAPHS_INSERTED = """
      SELECT o.id FROM (SELECT DISTINCT n.parent_id FROM new_rows AS n WHERE n.parent_id IS NOT NULL) AS n
      CROSS JOIN LATERAL (SELECT o.id FROM obligations AS o
                           WHERE o.paragraph_id = n.parent_id OFFSET 0) AS o"""
_PARAGRAPHS_DELETED = """
      SELECT o.id FROM (SELECT DISTINCT d.parent_id FROM old_rows AS d WHERE d.parent_id IS NOT NULL) AS d
      CROSS JOIN LATERAL (SELECT o.id FROM obligations AS o WHERE o.paragraph_id = d.parent_id OFFSET 0) AS o
      UNION SELECT i.obligation_id FROM old_rows AS d
      CROSS JOIN LATERAL (SELECT i.obligation_id FROM obligation_items AS i
                           WHERE i.paragraph_id = d.id OFFSET 0) AS i"""
_PARAGRAPH_UPDATED = """
      SELECT o.id FROM unnest(ARRAY[NEW.id, OLD.parent_id, NEW.parent_id]) AS k (paragraph_id)
      CROSS JOIN LATERAL (SELECT o.id FROM obligations AS o
                           WHERE o.paragraph_id = k.paragraph_id OFFSET 0) AS o
      UNION SELECT i.obligation_id FROM obligation_items AS i WHERE i.paragraph_id = NEW.id"""
#: an item whose paragraph is the obligation's own or one of its sub-paragraphs changes nothing
_ITEMS_INSERTED = """
      SELECT DISTINCT n.obligation_id FROM new_rows AS n
      CROSS JOIN LATERAL (SELECT o.paragraph_id FROM obligations AS o
                           WHERE o.id = n.obligation_id OFFSET 0) AS o
      CROSS JOIN LATERAL (SELECT p.id, p.parent_id FROM paragraphs AS p
                           WHERE p.id = n.paragraph_id OFFSET 0) AS p
      WHERE p.id <> o.paragraph_id AND p.parent_id IS DISTINCT FROM o.paragraph_id"""


def _refresh(ids: str) -> str:
    """The refresh of the documents of the obligations ``ids`` (a query), only where there are
    any; one statement, as PL/pgSQL plans each of its statements on every call here (0018)."""
    return (f"PERFORM obligations_fts_refresh(k.ids) FROM (SELECT ARRAY({ids}) AS ids OFFSET 0) AS k"
            " WHERE cardinality(k.ids) > 0;")


_PG_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION obligations_fts_on_paragraphs() RETURNS trigger LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {_refresh(_PARAGRAPHS_INSERTED)}
  ELSIF TG_OP = 'DELETE' THEN
    {_refresh(_PARAGRAPHS_DELETED)}
  ELSE
    {_refresh(_PARAGRAPH_UPDATED)}
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION obligations_fts_on_items() RETURNS trigger LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {_refresh(_ITEMS_INSERTED)}
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM obligations_fts_refresh(ARRAY(SELECT DISTINCT d.obligation_id FROM old_rows AS d));
  ELSE
    PERFORM obligations_fts_refresh(ARRAY[OLD.obligation_id, NEW.obligation_id]);
  END IF;
  RETURN NULL;
END $$;
"""

_SQLITE_PARAGRAPH_AI = "obligations_fts_paragraph_ai"
_SQLITE_BEFORE = _0015._SQLITE_TRIGGERS[_SQLITE_PARAGRAPH_AI]
_SQLITE_AFTER = _SQLITE_BEFORE.replace(
    "WHEN new.parent_id IS NOT NULL ",
    "WHEN new.parent_id IS NOT NULL"
    " AND EXISTS (SELECT 1 FROM obligations WHERE paragraph_id = new.parent_id) ",
)
assert _SQLITE_AFTER != _SQLITE_BEFORE


def _sqlite_paragraph_trigger(body: str) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {_SQLITE_PARAGRAPH_AI}")
    op.execute(f"CREATE TRIGGER {_SQLITE_PARAGRAPH_AI} {body}")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(_PG_FUNCTIONS)
    elif dialect == "sqlite":
        _sqlite_paragraph_trigger(_SQLITE_AFTER)


def downgrade() -> None:
    """The functions as revision 0020 (paragraphs) and 0015 with 0018's setting (items) left them."""
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(_function(revision_module("0020")._FUNCTIONS, "obligations_fts_on_paragraphs"))
        op.execute(_function(_0015._PG_FUNCTIONS, "obligations_fts_on_items"))
        op.execute("ALTER FUNCTION obligations_fts_on_items() SET plan_cache_mode = force_custom_plan")
    elif dialect == "sqlite":
        _sqlite_paragraph_trigger(_SQLITE_BEFORE)
