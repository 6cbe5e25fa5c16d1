"""PostgreSQL: each search document carries its obligation's status and due date, indexed in a page's order

A page of a common word with a status (``q=implementation&body=GA&status=not_started`` at 500,000
obligations: more than ``COUNT_LIMIT`` documents match, so the page is walked) read the status's
entries of ``ix_obligations_status`` in the page's order and looked each one's document up by its
obligation's id: a descent of ``obligations_fts_pkey`` and a page of the documents' table for each
of the 3,297 entries read until 1,001 held the words (≈ 13,000 buffers, most of the statement's
time; the word's test itself costs next to nothing, see bench/README.md, 5 December). The
documents now hold the status and the due date (``status``, ``due_on``) and an index in a page's
order (``obligations_fts_walk``: ``status, due_on, obligation_id``), so such a page walks the
documents themselves, in order, and tests each where it lies
(``tracker.services.search.FilterForm.documents_walked``).

Kept in the write's transaction: a document written (a new obligation's, a refresh's) takes its
obligation's values from the row its function reads already (``obligations_fts_documents``, set-wise
as 0024 made it: no trigger per document), and a status or due date changed is written to its
document with the terms of 0025 (``obligations_fts_on_facets``, which now fires for ``due_on``
too). The documents already stored are given theirs here. SQLite: nothing (its documents are an
FTS5 table, and its walk is another statement).

Revision ID: 0028_documents_in_walk_order
Revises: 0027_no_paragraph_text_index
Create Date: 2026-12-05 01:40:00
"""

import re
from collections.abc import Sequence

from alembic import op

from tracker.migrate import revision_module

revision: str = "0028_documents_in_walk_order"
down_revision: str | None = "0027_no_paragraph_text_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0024, _0025 = revision_module("0024"), revision_module("0025")

_INDEX = "obligations_fts_walk"


def _replaced(text: str, old: str, new: str, count: int = 1) -> str:
    assert text.count(old) == count, old
    return text.replace(old, new)


#: the documents' function (0025), returning each document's status and due date too
_DOCUMENTS = _0025._PG_DOCUMENTS
for _before, _after, _count in (
    ("RETURNS TABLE (obligation_id integer, document tsvector)",
     "RETURNS TABLE (obligation_id integer, document tsvector, status varchar, due_on date)", 1),
    ("o.paragraph_id, o.status, o.kind", "o.paragraph_id, o.status, o.kind, o.due_on", 2),
    ("obligations_fts_facets(o.status, o.kind, t.body)\n",
     "obligations_fts_facets(o.status, o.kind, t.body),\n         o.status, o.due_on\n", 1),
):
    _DOCUMENTS = _replaced(_DOCUMENTS, _before, _after, _count)

#: the functions that insert what it returns (0024), as 0024 wrote them and with the new columns
_WRITERS_BEFORE = re.search(r"CREATE OR REPLACE FUNCTION obligations_fts_refresh.*?END \$\$;",
                            _0024._FUNCTIONS, re.DOTALL).group(0)
_WRITERS = _replaced(_WRITERS_BEFORE, "INSERT INTO obligations_fts (obligation_id, document)",
                     "INSERT INTO obligations_fts (obligation_id, document, status, due_on)", 2)

#: 0025's function and trigger, the document's status and due date written with its terms
_FACETS = (
    _0025._PG_TERMS_CHANGED
    .replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
    .replace("|| obligations_fts_facets(NEW.status, NEW.kind, r.body)\n",
             "|| obligations_fts_facets(NEW.status, NEW.kind, r.body),\n"
             "         status = NEW.status, due_on = NEW.due_on\n")
    .replace("AFTER UPDATE OF status, kind ON", "AFTER UPDATE OF status, kind, due_on ON")
    .replace("OR OLD.kind IS DISTINCT FROM NEW.kind)",
             "OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.due_on IS DISTINCT FROM NEW.due_on)")
)
assert _FACETS.count("due_on") == 5, _FACETS


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE obligations_fts ADD COLUMN status varchar(20), ADD COLUMN due_on date")
    op.execute("UPDATE obligations_fts AS f SET status = o.status, due_on = o.due_on "
               "FROM obligations AS o WHERE o.id = f.obligation_id")
    op.execute(f"CREATE INDEX {_INDEX} ON obligations_fts (status, due_on, obligation_id)")
    op.execute("DROP FUNCTION obligations_fts_documents(integer[])")  # its result's type changes
    op.execute(_DOCUMENTS)
    op.execute(_WRITERS)
    op.execute("DROP TRIGGER obligations_fts_obligation_facets ON obligations")
    op.execute(_FACETS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER obligations_fts_obligation_facets ON obligations")
    op.execute(_0025._PG_TERMS_CHANGED.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"))
    op.execute("DROP FUNCTION obligations_fts_documents(integer[])")
    op.execute(_0025._PG_DOCUMENTS)
    op.execute(_WRITERS_BEFORE)
    op.execute(f"DROP INDEX {_INDEX}")
    op.execute("ALTER TABLE obligations_fts DROP COLUMN status, DROP COLUMN due_on")
