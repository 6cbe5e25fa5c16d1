"""SQLite: each search document is stored in a page's order (its rowid: the due date, then the id)

A page of a search with words read the match's ids into a list, then walked the obligations in the
page's order (``ix_obligations_status`` or ``ix_obligations_due_on``) testing each against that list
until ``COUNT_LIMIT + 1`` passed: ``q=report``'s ids 2.3 ms, the bench's search's window 1.7 ms on
the bench's register, most of the statement (bench/README.md, 5 December 13:30). An FTS5 table gives
its matches in rowid order and stops at a ``LIMIT``: with the rowid in the page's order the match
alone is the page (``tracker.services.search.FilterForm.documents_ordered``).

The rowid is ``document_key(due_on, id)``: the due date's day number (``julianday``, truncated:
every stored date is a whole day) shifted left 32 bits, or ``UNDATED_DAY`` for no due date, then
the obligation's id in the low 32 bits (ids stay below 2³¹, ``tracker.db.MAX_ID``). Ordered by
rowid, the documents are in ``tracker.services.search.ordering()``: soonest due first, undated
last, then by id. ``rowid & 0xFFFFFFFF`` is the obligation's id.

Kept by the triggers of 0015/0025: each writes a document at its obligation's key and deletes the
ones it replaces by their key; an obligation's due date changed moves its document
(``obligations_fts_obligation_due``). PostgreSQL: nothing (its documents are a table with the
obligation's id, status and due date, 0028).

Revision ID: 0037_documents_in_page_order
Revises: 0036_paragraph_unnumbered
Create Date: 2026-12-06 11:10:00
"""

import re
from collections.abc import Sequence

from alembic import op

revision: str = "0037_documents_in_page_order"
down_revision: str | None = "0036_paragraph_unnumbered"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: must match ``tracker.services.search.UNDATED_DAY`` and ``DOCUMENT_ID_BITS``
UNDATED_DAY = 9999999
ID_BITS = 32


def document_key(due_on: str, ident: str) -> str:
    """SQLite: the rowid of the document of the obligation whose due date and id are ``due_on``
    and ``ident`` (SQL expressions)."""
    return f"((coalesce(CAST(julianday({due_on}) AS INTEGER), {UNDATED_DAY}) << {ID_BITS}) | {ident})"


_OF_ROW = document_key("o.due_on", "o.id")
_INSERT_BEFORE = "INSERT INTO obligations_fts(rowid, document) SELECT o.id, "
_INSERT_AFTER = f"INSERT INTO obligations_fts(rowid, document) SELECT {_OF_ROW}, "
#: a refresh's deletion of the documents of the obligations ``ids``, by id and by key
_DELETE_BEFORE = re.compile(r"DELETE FROM obligations_fts WHERE rowid IN \((.*?)\); INSERT INTO obligations_fts")
_DELETE_AFTER = re.compile(r"DELETE FROM obligations_fts WHERE rowid IN \(SELECT " + re.escape(_OF_ROW)
                           + r" FROM obligations AS o WHERE o\.id IN \((.*?)\)\); INSERT INTO obligations_fts")
#: an obligation's own triggers: by id, and by its old and new key (the update may move its due date)
_OWN = {
    "obligations_fts_obligation_ad": ("DELETE FROM obligations_fts WHERE rowid = old.id;",
                                      f"DELETE FROM obligations_fts WHERE rowid = {document_key('old.due_on', 'old.id')};"),
    "obligations_fts_obligation_au": (
        "DELETE FROM obligations_fts WHERE rowid IN (new.id);",
        f"DELETE FROM obligations_fts WHERE rowid IN ({document_key('old.due_on', 'old.id')}, "
        f"{document_key('new.due_on', 'new.id')});"),
}

def _triggers() -> list[tuple[str, str]]:
    return op.get_bind().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%obligations_fts%' "
        "AND name != 'obligations_fts_obligation_due'").all()


def _rewrite(rows: list[tuple[str, str]], up: bool) -> None:
    for name, sql in rows:
        new = sql
        if name in _OWN:
            before, after = _OWN[name]
            assert (before if up else after) in new, name
            new = new.replace(before, after) if up else new.replace(after, before)
        elif up:
            new = _DELETE_BEFORE.sub(lambda m: "DELETE FROM obligations_fts WHERE rowid IN (SELECT "
                                     f"{_OF_ROW} FROM obligations AS o WHERE o.id IN ({m[1]})); "
                                     "INSERT INTO obligations_fts", new)
        else:
            new = _DELETE_AFTER.sub(lambda m: f"DELETE FROM obligations_fts WHERE rowid IN ({m[1]}); "
                                    "INSERT INTO obligations_fts", new)
        new = new.replace(_INSERT_BEFORE, _INSERT_AFTER) if up else new.replace(_INSERT_AFTER, _INSERT_BEFORE)
        if new != sql:
            op.execute(f"DROP TRIGGER {name}")
            op.execute(new)


def _move_trigger() -> str:
    """A due date changed: the document moved to its new key (read at its old, as FTS5 stores it:
    its own content). With ``obligations_fts_obligation_au`` firing for the same update, in either
    order, one document is left: that trigger deletes both keys before writing it."""
    old, new = document_key("old.due_on", "old.id"), document_key("new.due_on", "new.id")
    return (
        "CREATE TRIGGER obligations_fts_obligation_due AFTER UPDATE OF due_on ON obligations "
        "WHEN old.due_on IS NOT new.due_on BEGIN "
        f"INSERT INTO obligations_fts(rowid, document) SELECT {new}, document FROM obligations_fts "
        f"WHERE rowid = {old} AND NOT EXISTS (SELECT 1 FROM obligations_fts WHERE rowid = {new}); "
        f"DELETE FROM obligations_fts WHERE rowid = {old}; END"
    )


def _rekey(key: str) -> None:
    """Every stored document written again at ``key`` (an expression of ``o``, its obligation)."""
    op.execute(f"CREATE TEMP TABLE obligations_fts_rekeyed AS SELECT {key} AS k, f.document AS document "  # noqa: S608
               "FROM obligations_fts AS f JOIN obligations AS o ON o.id = f.rowid & 4294967295")
    op.execute("DELETE FROM obligations_fts")
    op.execute("INSERT INTO obligations_fts(rowid, document) SELECT k, document FROM obligations_fts_rekeyed")
    op.execute("DROP TABLE obligations_fts_rekeyed")
    # one segment, as the nightly job leaves it (``search.merge_fulltext``): the documents written
    # again in one statement are spread over many, and a search reads a word from each
    op.execute("INSERT INTO obligations_fts(obligations_fts) VALUES ('optimize')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rewrite(_triggers(), up=True)
    op.execute(_move_trigger())
    _rekey(_OF_ROW)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER obligations_fts_obligation_due")
    _rewrite(_triggers(), up=False)
    _rekey("o.id")
