"""PostgreSQL: the obligations' search documents built for a statement's rows at once

Revision 0015 built each inserted obligation's document by calling ``obligations_fts_document``
once per obligation, a PL/pgSQL loop whose statements 0018 plans on every call: at the bench's
300 import files, 2,188 calls and 4.6 s of the server's time (loaded machine), four fifths of
what the kept tables cost an import (the counts' triggers ≈ 1.1 s). The document has one
definition, now a single statement over any number of obligations, ``obligations_fts_documents``:
the title's vector, then each paragraph that speaks for the obligation once (its own, its
sub-paragraphs, its items'), in the order of their ids, each after a gap of ``_PG_GAP``
positions, concatenated by an aggregate of ``tsvector_concat`` (the ``||`` of the loop: the
concatenation is associative, so the documents are the same). Each row is looked up by an index
(``LATERAL … OFFSET 0``, as in 0020). ``obligations_fts_document`` and ``obligations_fts_refresh``
read it; the insert trigger builds the documents of all the statement's obligations at once.

Revision ID: 0021_documents_at_once
Revises: 0020_lookups_by_index
Create Date: 2026-12-03 14:00:00
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op

revision: str = "0021_documents_at_once"
down_revision: str | None = "0020_lookups_by_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _revision(number: str) -> ModuleType:
    """The migration module of revision ``number`` (beside this one)."""
    path = next(Path(__file__).parent.glob(f"*_{number}.py"))
    spec = importlib.util.spec_from_file_location(f"revision_{number}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: the documents' text search configuration and gap between parts, as revision 0015 set them
_0015 = _revision("0015")
_PG_CONFIG, _PG_GAP = _0015._PG_CONFIG, _0015._PG_GAP

#: (run as ``text()``: the colon of a tsvector literal's position is escaped from bind parameters;
#: built from this module's constants only)
_FUNCTIONS = f"""
CREATE AGGREGATE obligations_fts_concat(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

CREATE FUNCTION obligations_fts_documents(ids integer[])
RETURNS TABLE (obligation_id integer, document tsvector)
LANGUAGE sql STABLE AS $$
  SELECT o.id, to_tsvector('{_PG_CONFIG}', coalesce(r.title, '')) || coalesce(parts.document, ''::tsvector)
    FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u (id)) AS u
    CROSS JOIN LATERAL (SELECT o.id, o.resolution_id, o.paragraph_id FROM obligations AS o
                         WHERE o.id = u.id OFFSET 0) AS o
    CROSS JOIN LATERAL (SELECT r.title FROM resolutions AS r WHERE r.id = o.resolution_id OFFSET 0) AS r
    CROSS JOIN LATERAL (
      SELECT obligations_fts_concat('''a b''\\:{_PG_GAP}'::tsvector || coalesce(p.text_search, ''::tsvector)
                                    ORDER BY p.id) AS document
        FROM (SELECT o.paragraph_id AS id
              UNION SELECT c.id FROM paragraphs AS c WHERE c.parent_id = o.paragraph_id
              UNION SELECT i.paragraph_id FROM obligation_items AS i WHERE i.obligation_id = o.id) AS k
        CROSS JOIN LATERAL (SELECT p.id, p.text_search FROM paragraphs AS p WHERE p.id = k.id OFFSET 0) AS p
    ) AS parts;
$$;

CREATE OR REPLACE FUNCTION obligations_fts_document(ob integer) RETURNS tsvector
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  RETURN (SELECT d.document FROM obligations_fts_documents(ARRAY[ob]) AS d);
END $$;

CREATE OR REPLACE FUNCTION obligations_fts_refresh(ids integer[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  DELETE FROM obligations_fts WHERE obligation_id = ANY(ids);
  INSERT INTO obligations_fts (obligation_id, document) SELECT * FROM obligations_fts_documents(ids);
$$;

CREATE OR REPLACE FUNCTION obligations_fts_on_obligations() RETURNS trigger LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO obligations_fts (obligation_id, document)
      SELECT * FROM obligations_fts_documents(ARRAY(SELECT n.id FROM new_rows AS n));
  ELSE
    PERFORM obligations_fts_refresh(ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_FUNCTIONS)


def downgrade() -> None:
    """The functions as 0015 made them, 0018 set them and 0020 replaced them (their own text)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_0015._PG_FUNCTIONS.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"))
        _revision("0018").upgrade()
        op.execute(_revision("0020")._FUNCTIONS)
        op.execute("DROP FUNCTION obligations_fts_documents(integer[])")
        op.execute("DROP AGGREGATE obligations_fts_concat(tsvector)")
