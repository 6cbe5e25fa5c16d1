"""PostgreSQL: a statement's search documents built set-wise, and no row lock for a new obligation's

Where an import's server time went in the documents' triggers (the bench's 300 files, a loaded
machine, the backend's CPU from ``/proc/<pid>/schedstat``, single triggers switched off): the
obligations' insert trigger ≈ 0.1 s of the backend's 0.65 s, the kept counts' triggers too little
to measure, the foreign keys' checks ≈ 0.1 s. Of the documents' trigger, two parts did work that
the documents do not need:

* ``obligations_fts_documents`` (revision 0021) built each obligation's paragraphs as its own
  subquery (a union of three look-ups, hashed, per obligation) and its title's vector once per
  obligation (a resolution has seven on average). It now gathers the (obligation, paragraph)
  pairs of all the obligations at once, each row still looked up by an index (``LATERAL …
  OFFSET 0``, as in 0020), and each resolution's title vector once. The documents are the same:
  the title's vector, then each paragraph that speaks for the obligation once, in the order of
  their ids, after a gap of ``_PG_GAP`` positions.
* the foreign key from ``obligations_fts`` to ``obligations`` checked each new document against
  its obligation, and the check locks the obligation's row (``FOR KEY SHARE``: a write to its
  page) — for obligations the same statement had just inserted, which no other transaction can
  see, let alone delete. The key is gone; what it did is done where it is needed: an obligation's
  deletion deletes its document (a statement trigger on ``obligations``, as SQLite's
  ``obligations_fts_obligation_ad``), and a refresh, which writes documents for obligations that
  may be older than the transaction, locks them first in the order of their ids, as the key's
  check did (so a concurrent deletion waits, and cannot leave a document behind).

Revision ID: 0024_documents_set_wise
Revises: 0023_renewal_statistics
Create Date: 2026-12-04 13:40:00
"""

from collections.abc import Sequence

from alembic import op

from tracker.migrate import revision_module

revision: str = "0024_documents_set_wise"
down_revision: str | None = "0023_renewal_statistics"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0015, _0021, _0022 = revision_module("0015"), revision_module("0021"), revision_module("0022")
#: the documents' text search configuration and gap between parts, as revision 0015 set them
_PG_CONFIG, _PG_GAP = _0015._PG_CONFIG, _0015._PG_GAP
_KEY = "obligations_fts_obligation_id_fkey"
_DELETE_TRIGGER = "obligations_fts_obligation_ad"

#: the obligations' trigger function of revision 0021, which now also deletes a deleted
#: obligation's document (the key's cascade did)
_ON_OBLIGATIONS = _0022._function(_0021._FUNCTIONS, "obligations_fts_on_obligations").replace(
    "  ELSE\n",
    "  ELSIF TG_OP = 'DELETE' THEN\n"
    "    DELETE FROM obligations_fts WHERE obligation_id = ANY(ARRAY(SELECT d.id FROM old_rows AS d));\n"
    "  ELSE\n")
assert "old_rows" in _ON_OBLIGATIONS

#: (run as ``text()``: the colon of a tsvector literal's position is escaped from bind parameters;
#: built from this module's constants only)
_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION obligations_fts_documents(ids integer[])
RETURNS TABLE (obligation_id integer, document tsvector)
LANGUAGE sql STABLE AS $$
  WITH o AS MATERIALIZED (
    SELECT o.id, o.resolution_id, o.paragraph_id
      FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u (id)) AS u
      CROSS JOIN LATERAL (SELECT o.id, o.resolution_id, o.paragraph_id FROM obligations AS o
                           WHERE o.id = u.id OFFSET 0) AS o),
  spoken (obligation_id, paragraph_id) AS (
    SELECT o.id, o.paragraph_id FROM o
    UNION SELECT o.id, c.id FROM o
      CROSS JOIN LATERAL (SELECT c.id FROM paragraphs AS c WHERE c.parent_id = o.paragraph_id OFFSET 0) AS c
    UNION SELECT o.id, i.paragraph_id FROM o
      CROSS JOIN LATERAL (SELECT i.paragraph_id FROM obligation_items AS i
                           WHERE i.obligation_id = o.id OFFSET 0) AS i),
  parts AS (
    SELECT s.obligation_id,
           obligations_fts_concat('''a b''\\:{_PG_GAP}'::tsvector || coalesce(p.text_search, ''::tsvector)
                                  ORDER BY p.id) AS document
      FROM spoken AS s
      CROSS JOIN LATERAL (SELECT p.id, p.text_search FROM paragraphs AS p
                           WHERE p.id = s.paragraph_id OFFSET 0) AS p
     GROUP BY s.obligation_id),
  titles AS (
    SELECT r.id, to_tsvector('{_PG_CONFIG}', coalesce(r.title, '')) AS title
      FROM (SELECT DISTINCT o.resolution_id FROM o) AS k
      CROSS JOIN LATERAL (SELECT r.id, r.title FROM resolutions AS r
                           WHERE r.id = k.resolution_id OFFSET 0) AS r)
  SELECT o.id, t.title || coalesce(parts.document, ''::tsvector)
    FROM o JOIN titles AS t ON t.id = o.resolution_id
    LEFT JOIN parts ON parts.obligation_id = o.id;
$$;

CREATE OR REPLACE FUNCTION obligations_fts_refresh(ids integer[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  SELECT 1 FROM obligations AS o WHERE o.id = ANY(ids) ORDER BY o.id FOR KEY SHARE;
  DELETE FROM obligations_fts WHERE obligation_id = ANY(ids);
  INSERT INTO obligations_fts (obligation_id, document) SELECT * FROM obligations_fts_documents(ids);
$$;

{_ON_OBLIGATIONS}

CREATE TRIGGER {_DELETE_TRIGGER} AFTER DELETE ON obligations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION obligations_fts_on_obligations();

ALTER TABLE obligations_fts DROP CONSTRAINT {_KEY};
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_FUNCTIONS)


def downgrade() -> None:
    """The key back (its check and cascade), the functions as revision 0021 wrote them."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER {_DELETE_TRIGGER} ON obligations")
        op.execute("DELETE FROM obligations_fts AS f WHERE NOT EXISTS"
                   " (SELECT 1 FROM obligations AS o WHERE o.id = f.obligation_id)")
        op.execute(f"ALTER TABLE obligations_fts ADD CONSTRAINT {_KEY} FOREIGN KEY (obligation_id)"
                   " REFERENCES obligations (id) ON DELETE CASCADE")
        # 0021's functions but its aggregate (kept by this revision)
        functions = _0021._FUNCTIONS.split(";\n", 1)[1]
        op.execute(functions.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"))
