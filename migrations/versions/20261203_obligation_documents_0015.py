"""obligations_fts: one full-text document per obligation, kept by triggers

A search's words are found in an obligation's paragraph, its sub-paragraphs, its items'
paragraphs or its resolution's title (``tracker.services.search.fulltext_condition``). Until
this revision each word was matched per paragraph and led to its obligations through three
lookups (and a title match); a search walking the obligations in the page's order paid those
lookups for every obligation it read. This revision keeps those texts together, one document
per obligation, so that a word is one index read per obligation (or one list of obligation ids).

The parts are kept apart in the document so that no phrase matches across two of them (a word
typed as ``foo_bar`` is a phrase): SQLite puts a token no query can hold between them (U+E000,
a private-use character: a token character for FTS5's ``unicode61``, never a ``\\w`` of the
words box); PostgreSQL leaves a gap of ``_PG_GAP`` positions (a lexeme with a space, which no
query can hold, at that distance).

SQLite: an FTS5 table ``obligations_fts`` (rowid = the obligation's id) with its own content.
PostgreSQL: a table ``obligations_fts (obligation_id, document tsvector)`` with a GIN index, the
document built from the paragraphs' stored tsvectors (revision 0013) and the title's.
Triggers on ``obligations``, ``obligation_items``, ``paragraphs`` and ``resolutions`` rebuild
the documents a write changes (an import, a re-import, a paragraph's text, a deletion), in its
transaction. The documents of the obligations already stored are built here. Like the other
full-text objects they are not in the models' metadata (``is_fulltext_object``); the index on
``obligation_items (paragraph_id)`` is, as the triggers on paragraphs look items up by it.

Revision ID: 0015_obligation_documents
Revises: 0014_footnote_links_by_footnote
Create Date: 2026-12-03 09:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015_obligation_documents"
down_revision: str | None = "0014_footnote_links_by_footnote"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: must match tracker.services.search.PG_TS_CONFIG
_PG_CONFIG = "english"
#: PostgreSQL: positions between two parts of a document (a phrase from the words box spans
#: fewer: each stop word between two of its lexemes adds one)
_PG_GAP = 64

# ---------------------------------------------------------------------------------- SQLite

#: the text of obligation ``o``: its resolution's title, then each paragraph that speaks for it
#: once (its own, its sub-paragraphs, its items'), separated by a token no query holds
_SQLITE_SEPARATOR = "' ' || char(57344) || ' '"
_SQLITE_DOCUMENT = (
    "coalesce((SELECT r.title FROM resolutions AS r WHERE r.id = o.resolution_id), '') || "
    f"{_SQLITE_SEPARATOR} || coalesce((SELECT group_concat(p.text, {_SQLITE_SEPARATOR}) "
    "FROM paragraphs AS p WHERE p.id = o.paragraph_id OR p.parent_id = o.paragraph_id "
    "OR p.id IN (SELECT i.paragraph_id FROM obligation_items AS i WHERE i.obligation_id = o.id)), '')"
)


def _sqlite_refresh(ids: str) -> str:
    """Trigger statements rebuilding the documents of the obligations ``ids`` (a subquery)."""
    return (
        f"DELETE FROM obligations_fts WHERE rowid IN ({ids}); "
        f"INSERT INTO obligations_fts(rowid, document) SELECT o.id, {_SQLITE_DOCUMENT} "
        f"FROM obligations AS o WHERE o.id IN ({ids}); "
    )


#: an item's paragraph is the obligation's own or one of its sub-paragraphs (the usual case):
#: adding or removing the item changes nothing in the document
_SQLITE_ITEM_COUNTED = (
    "EXISTS (SELECT 1 FROM obligations AS o JOIN paragraphs AS p ON p.id = {row}.paragraph_id "
    "WHERE o.id = {row}.obligation_id AND (p.id = o.paragraph_id OR p.parent_id = o.paragraph_id))"
)

_SQLITE_TRIGGERS = {
    "obligations_fts_obligation_ai": (
        "AFTER INSERT ON obligations BEGIN "
        f"INSERT INTO obligations_fts(rowid, document) SELECT o.id, {_SQLITE_DOCUMENT} "
        "FROM obligations AS o WHERE o.id = new.id; END"
    ),
    "obligations_fts_obligation_au": (
        "AFTER UPDATE OF paragraph_id, resolution_id ON obligations "
        "WHEN old.paragraph_id IS NOT new.paragraph_id OR old.resolution_id IS NOT new.resolution_id "
        f"BEGIN {_sqlite_refresh('new.id')} END"
    ),
    "obligations_fts_obligation_ad": (
        "AFTER DELETE ON obligations BEGIN DELETE FROM obligations_fts WHERE rowid = old.id; END"
    ),
    "obligations_fts_item_ai": (
        f"AFTER INSERT ON obligation_items WHEN NOT {_SQLITE_ITEM_COUNTED.format(row='new')} "
        f"BEGIN {_sqlite_refresh('new.obligation_id')} END"
    ),
    "obligations_fts_item_au": (
        "AFTER UPDATE OF obligation_id, paragraph_id ON obligation_items "
        "WHEN old.obligation_id IS NOT new.obligation_id OR old.paragraph_id IS NOT new.paragraph_id "
        f"BEGIN {_sqlite_refresh('old.obligation_id, new.obligation_id')} END"
    ),
    "obligations_fts_item_ad": (
        f"AFTER DELETE ON obligation_items WHEN NOT {_SQLITE_ITEM_COUNTED.format(row='old')} "
        f"BEGIN {_sqlite_refresh('old.obligation_id')} END"
    ),
    "obligations_fts_paragraph_ai": (
        "AFTER INSERT ON paragraphs WHEN new.parent_id IS NOT NULL "
        f"BEGIN {_sqlite_refresh('SELECT id FROM obligations WHERE paragraph_id = new.parent_id')} END"
    ),
    "obligations_fts_paragraph_au": (
        "AFTER UPDATE OF text, parent_id ON paragraphs "
        "WHEN old.text IS NOT new.text OR old.parent_id IS NOT new.parent_id BEGIN "
        + _sqlite_refresh(
            "SELECT id FROM obligations WHERE paragraph_id IN (new.id, old.parent_id, new.parent_id) "
            "UNION SELECT obligation_id FROM obligation_items WHERE paragraph_id = new.id"
        )
        + "END"
    ),
    "obligations_fts_paragraph_ad": (
        "AFTER DELETE ON paragraphs BEGIN "
        + _sqlite_refresh(
            "SELECT id FROM obligations WHERE paragraph_id = old.parent_id "
            "UNION SELECT obligation_id FROM obligation_items WHERE paragraph_id = old.id"
        )
        + "END"
    ),
    "obligations_fts_resolution_au": (
        "AFTER UPDATE OF title ON resolutions WHEN old.title IS NOT new.title "
        f"BEGIN {_sqlite_refresh('SELECT id FROM obligations WHERE resolution_id = new.id')} END"
    ),
}


def _sqlite_upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE obligations_fts USING fts5(document, "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    for name, body in _SQLITE_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(
        f"INSERT INTO obligations_fts(rowid, document) SELECT o.id, {_SQLITE_DOCUMENT} FROM obligations AS o"
    )


def _sqlite_downgrade() -> None:
    for name in _SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS obligations_fts")


# ------------------------------------------------------------------------------ PostgreSQL

#: (run as ``text()``: the colon of a tsvector literal's position is escaped from bind parameters)
_PG_FUNCTIONS = f"""
CREATE FUNCTION obligations_fts_document(ob integer) RETURNS tsvector
LANGUAGE plpgsql STABLE AS $$
DECLARE
  document tsvector;
  part tsvector;
BEGIN
  SELECT to_tsvector('{_PG_CONFIG}', coalesce(r.title, '')) INTO document
    FROM obligations AS o JOIN resolutions AS r ON r.id = o.resolution_id WHERE o.id = ob;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  FOR part IN
    SELECT p.text_search FROM paragraphs AS p
     WHERE p.id IN (SELECT o.paragraph_id FROM obligations AS o WHERE o.id = ob
                    UNION SELECT c.id FROM paragraphs AS c JOIN obligations AS o
                          ON c.parent_id = o.paragraph_id WHERE o.id = ob
                    UNION SELECT i.paragraph_id FROM obligation_items AS i WHERE i.obligation_id = ob)
     ORDER BY p.id
  LOOP
    document := document || '''a b''\\:{_PG_GAP}'::tsvector || coalesce(part, ''::tsvector);
  END LOOP;
  RETURN document;
END $$;

CREATE FUNCTION obligations_fts_refresh(ids integer[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  DELETE FROM obligations_fts WHERE obligation_id = ANY(ids);
  INSERT INTO obligations_fts (obligation_id, document)
    SELECT o.id, obligations_fts_document(o.id) FROM obligations AS o WHERE o.id = ANY(ids);
$$;

CREATE FUNCTION obligations_fts_on_obligations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO obligations_fts (obligation_id, document)
      SELECT n.id, obligations_fts_document(n.id) FROM new_rows AS n;
  ELSE
    PERFORM obligations_fts_refresh(ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION obligations_fts_on_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM obligations_fts_refresh(ARRAY(SELECT DISTINCT n.obligation_id FROM new_rows AS n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM obligations_fts_refresh(ARRAY(SELECT DISTINCT d.obligation_id FROM old_rows AS d));
  ELSE
    PERFORM obligations_fts_refresh(ARRAY[OLD.obligation_id, NEW.obligation_id]);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION obligations_fts_on_paragraphs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM obligations_fts_refresh(ARRAY(
      SELECT o.id FROM obligations AS o
       WHERE o.paragraph_id IN (SELECT n.parent_id FROM new_rows AS n WHERE n.parent_id IS NOT NULL)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM obligations_fts_refresh(ARRAY(
      SELECT o.id FROM obligations AS o
       WHERE o.paragraph_id IN (SELECT d.parent_id FROM old_rows AS d WHERE d.parent_id IS NOT NULL)
      UNION SELECT i.obligation_id FROM obligation_items AS i
       WHERE i.paragraph_id IN (SELECT d.id FROM old_rows AS d)));
  ELSE
    PERFORM obligations_fts_refresh(ARRAY(
      SELECT o.id FROM obligations AS o WHERE o.paragraph_id IN (NEW.id, OLD.parent_id, NEW.parent_id)
      UNION SELECT i.obligation_id FROM obligation_items AS i WHERE i.paragraph_id = NEW.id));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION obligations_fts_on_resolutions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM obligations_fts_refresh(ARRAY(SELECT o.id FROM obligations AS o WHERE o.resolution_id = NEW.id));
  RETURN NULL;
END $$;
"""

_PG_TRIGGERS = {
    "obligations_fts_obligation_ai": (
        "obligations", "AFTER INSERT ON obligations REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION obligations_fts_on_obligations()"),
    "obligations_fts_obligation_au": (
        "obligations", "AFTER UPDATE OF paragraph_id, resolution_id ON obligations FOR EACH ROW "
        "WHEN (OLD.paragraph_id IS DISTINCT FROM NEW.paragraph_id "
        "OR OLD.resolution_id IS DISTINCT FROM NEW.resolution_id) "
        "EXECUTE FUNCTION obligations_fts_on_obligations()"),
    "obligations_fts_item_ai": (
        "obligation_items", "AFTER INSERT ON obligation_items REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION obligations_fts_on_items()"),
    "obligations_fts_item_ad": (
        "obligation_items", "AFTER DELETE ON obligation_items REFERENCING OLD TABLE AS old_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION obligations_fts_on_items()"),
    "obligations_fts_item_au": (
        "obligation_items", "AFTER UPDATE OF obligation_id, paragraph_id ON obligation_items FOR EACH ROW "
        "WHEN (OLD.obligation_id IS DISTINCT FROM NEW.obligation_id "
        "OR OLD.paragraph_id IS DISTINCT FROM NEW.paragraph_id) "
        "EXECUTE FUNCTION obligations_fts_on_items()"),
    "obligations_fts_paragraph_ai": (
        "paragraphs", "AFTER INSERT ON paragraphs REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION obligations_fts_on_paragraphs()"),
    "obligations_fts_paragraph_ad": (
        "paragraphs", "AFTER DELETE ON paragraphs REFERENCING OLD TABLE AS old_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION obligations_fts_on_paragraphs()"),
    "obligations_fts_paragraph_au": (
        "paragraphs", "AFTER UPDATE OF text, parent_id ON paragraphs FOR EACH ROW "
        "WHEN (OLD.text IS DISTINCT FROM NEW.text OR OLD.parent_id IS DISTINCT FROM NEW.parent_id) "
        "EXECUTE FUNCTION obligations_fts_on_paragraphs()"),
    "obligations_fts_resolution_au": (
        "resolutions", "AFTER UPDATE OF title ON resolutions FOR EACH ROW "
        "WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION obligations_fts_on_resolutions()"),
}

_PG_FUNCTION_NAMES = ("obligations_fts_on_resolutions()", "obligations_fts_on_paragraphs()",
                      "obligations_fts_on_items()", "obligations_fts_on_obligations()",
                      "obligations_fts_refresh(integer[])", "obligations_fts_document(integer)")


def _pg_upgrade() -> None:
    op.execute(
        "CREATE TABLE obligations_fts (obligation_id integer NOT NULL PRIMARY KEY "
        "REFERENCES obligations (id) ON DELETE CASCADE, document tsvector NOT NULL)"
    )
    op.execute(_PG_FUNCTIONS)
    for name, (_table, body) in _PG_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(
        "INSERT INTO obligations_fts (obligation_id, document) "
        "SELECT o.id, obligations_fts_document(o.id) FROM obligations AS o"
    )
    op.execute("CREATE INDEX ix_obligations_fts_document ON obligations_fts USING gin (document)")


def _pg_downgrade() -> None:
    for name, (table, _body) in _PG_TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for function in _PG_FUNCTION_NAMES:
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.execute("DROP TABLE IF EXISTS obligations_fts")


def upgrade() -> None:
    op.create_index("ix_obligation_items_paragraph_id", "obligation_items", ["paragraph_id"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _pg_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_downgrade()
    elif dialect == "postgresql":
        _pg_downgrade()
    op.drop_index("ix_obligation_items_paragraph_id", table_name="obligation_items")
