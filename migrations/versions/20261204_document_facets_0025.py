"""The obligations' search documents carry the obligation's status, kind and adopting body

A search with words and a status, kind or body (``q=implementation&body=GA&status=not_started``)
matched the words alone, 12,116 documents of 50,157 for "implementation", and tested the status
and the body on each obligation it read (SQLite: the match's ids put in a list, each row walked
tested against it and against the other bodies' resolutions; PostgreSQL: every not-started
obligation's document and then its resolution looked up, 3,313 and 1,533 probes, see
bench/README). Each document now ends with one term per filter value it answers
(``tracker.services.search.facet_terms``): the full-text index intersects the words with
them, 925 documents for that search.

A term is spelt so that no word of the words box can be it: SQLite ``status``, U+E000, the value
with U+E000 for its underscores (U+E000 is a token character for FTS5's ``unicode61``, never a
``\\w``; the part after a separator, as the document's other parts); PostgreSQL a lexeme with a
space, ``status not_started`` (no query of words holds a space), without a position.

A document follows its obligation's status and kind (SQLite: the trigger that rebuilds it when
its paragraph or resolution changes fires for them too; PostgreSQL: a trigger replaces its terms)
and its resolution's body (the resolutions' trigger fires for the body as well as the title).
The documents of the obligations already stored are given their terms here.

Revision ID: 0025_document_facets
Revises: 0024_documents_set_wise
Create Date: 2026-12-04 14:00:00
"""

import re
from collections.abc import Sequence

from alembic import op

from tracker.migrate import revision_module

revision: str = "0025_document_facets"
down_revision: str | None = "0024_documents_set_wise"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0015 = revision_module("0015")
_0024 = revision_module("0024")


def _replaced(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new)


# ---------------------------------------------------------------------------------- SQLite

#: must match ``tracker.services.search.facet_terms`` (SQLite)
_SQLITE_MARK = "char(57344)"


def _sqlite_term(name: str, value: str) -> str:
    return f"'{name}' || {_SQLITE_MARK} || replace({value}, '_', {_SQLITE_MARK})"


_SQLITE_FACETS = " || ' ' || ".join((
    _sqlite_term("status", "o.status"),
    _sqlite_term("kind", "o.kind"),
    _sqlite_term("body", "coalesce((SELECT r.body FROM resolutions AS r WHERE r.id = o.resolution_id), '')"),
))
_SQLITE_DOCUMENT = f"{_0015._SQLITE_DOCUMENT} || {_0015._SQLITE_SEPARATOR} || {_SQLITE_FACETS}"

#: the triggers whose firing changes: (name, its clause before, after)
_SQLITE_WHEN = (
    ("obligations_fts_obligation_au",
     "AFTER UPDATE OF paragraph_id, resolution_id ON obligations "
     "WHEN old.paragraph_id IS NOT new.paragraph_id OR old.resolution_id IS NOT new.resolution_id ",
     "AFTER UPDATE OF paragraph_id, resolution_id, status, kind ON obligations "
     "WHEN old.paragraph_id IS NOT new.paragraph_id OR old.resolution_id IS NOT new.resolution_id "
     "OR old.status IS NOT new.status OR old.kind IS NOT new.kind "),
    ("obligations_fts_resolution_au",
     "AFTER UPDATE OF title ON resolutions WHEN old.title IS NOT new.title ",
     "AFTER UPDATE OF title, body ON resolutions "
     "WHEN old.title IS NOT new.title OR old.body IS NOT new.body "),
)


def _sqlite_triggers(documents: tuple[str, str], when: int) -> None:
    """Every trigger that writes documents, its document ``documents[0]`` made ``documents[1]``
    (and for those of ``_SQLITE_WHEN`` its clause number ``when`` made the other), then every
    document written again."""
    rows = op.get_bind().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%obligations_fts%'"
    ).all()
    clauses = {name: (before, after) for name, before, after in _SQLITE_WHEN}
    for name, sql in rows:
        new = sql.replace(*documents)
        if name in clauses:
            new = _replaced(new, clauses[name][when], clauses[name][1 - when])
        if new != sql:
            op.execute(f"DROP TRIGGER {name}")
            op.execute(new)
    op.execute("DELETE FROM obligations_fts")
    op.execute(f"INSERT INTO obligations_fts(rowid, document) "  # noqa: S608 - this module's SQL
               f"SELECT o.id, {documents[1]} FROM obligations AS o")


# ------------------------------------------------------------------------------ PostgreSQL

_PG_FACETS = """
CREATE FUNCTION obligations_fts_facets(status text, kind text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
  SELECT array_to_tsvector(ARRAY['status ' || coalesce(status, ''), 'kind ' || coalesce(kind, ''),
                                 'body ' || coalesce(body, '')])
$$;
"""

#: the documents' function as revision 0024 wrote it, and with the terms after the rest
_PG_DOCUMENTS_BEFORE = re.search(r"CREATE OR REPLACE FUNCTION obligations_fts_documents.*?\$\$;",
                                 _0024._FUNCTIONS, re.DOTALL).group(0)
_PG_DOCUMENTS = _PG_DOCUMENTS_BEFORE
for _before, _after in (
    ("SELECT o.id, o.resolution_id, o.paragraph_id", "SELECT o.id, o.resolution_id, o.paragraph_id, o.status, o.kind"),
    ("AS title\n", "AS title, r.body\n"),
    ("SELECT r.id, r.title FROM resolutions", "SELECT r.id, r.title, r.body FROM resolutions"),
    ("t.title || coalesce(parts.document, ''::tsvector)",
     "t.title || coalesce(parts.document, ''::tsvector) || obligations_fts_facets(o.status, o.kind, t.body)"),
):
    _PG_DOCUMENTS = _replaced(_PG_DOCUMENTS, _before, _after)

#: a status or kind changed: the document's terms replaced, not the document rebuilt (1,720 status
#: changes in one statement took 3.6 s instead of 0.43 s with a rebuild each, loaded); a change of
#: its paragraph or resolution as well rebuilds it first (``obligations_fts_obligation_au``, which
#: fires before this trigger), and this one then finds the new body's term to replace
_PG_TERMS_CHANGED = """
CREATE FUNCTION obligations_fts_on_facets() RETURNS trigger LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  UPDATE obligations_fts AS f
     SET document = ts_delete(f.document, tsvector_to_array(obligations_fts_facets(OLD.status, OLD.kind, r.body)))
                    || obligations_fts_facets(NEW.status, NEW.kind, r.body)
    FROM resolutions AS r WHERE f.obligation_id = NEW.id AND r.id = NEW.resolution_id;
  RETURN NULL;
END $$;

CREATE TRIGGER obligations_fts_obligation_facets AFTER UPDATE OF status, kind ON obligations FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.kind IS DISTINCT FROM NEW.kind)
EXECUTE FUNCTION obligations_fts_on_facets();
"""

_PG_WHEN = {
    "obligations_fts_resolution_au": (
        "resolutions",
        _0015._PG_TRIGGERS["obligations_fts_resolution_au"][1],
        "AFTER UPDATE OF title, body ON resolutions FOR EACH ROW "
        "WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.body IS DISTINCT FROM NEW.body) "
        "EXECUTE FUNCTION obligations_fts_on_resolutions()"),
}


def _pg_documents(document: str) -> str:
    """Every stored document set to ``document``, an expression of its own (``f.document``) and
    its obligation's terms (``terms``)."""
    document = document.format(terms="obligations_fts_facets(o.status, o.kind, r.body)")
    return (f"UPDATE obligations_fts AS f SET document = {document} FROM obligations AS o "  # noqa: S608
            "JOIN resolutions AS r ON r.id = o.resolution_id WHERE o.id = f.obligation_id")


def _pg_triggers(when: int) -> None:
    for name, (table, *bodies) in _PG_WHEN.items():
        op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute(f"CREATE TRIGGER {name} {bodies[when]}")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_triggers((_0015._SQLITE_DOCUMENT, _SQLITE_DOCUMENT), 0)
    elif dialect == "postgresql":
        op.execute(_PG_FACETS)
        op.execute(_PG_DOCUMENTS)
        op.execute(_PG_TERMS_CHANGED)
        _pg_triggers(1)
        op.execute(_pg_documents("f.document || {terms}"))  # the documents' function ends with them


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_triggers((_SQLITE_DOCUMENT, _0015._SQLITE_DOCUMENT), 1)
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER obligations_fts_obligation_facets ON obligations")
        op.execute("DROP FUNCTION obligations_fts_on_facets()")
        _pg_triggers(0)
        op.execute(_PG_DOCUMENTS_BEFORE)
        op.execute(_pg_documents("ts_delete(f.document, tsvector_to_array({terms}))"))
        op.execute("DROP FUNCTION obligations_fts_facets(text, text, text)")
