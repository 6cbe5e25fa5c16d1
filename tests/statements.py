"""The SQL statements code sends, for the tests that keep a page's statements constant as the data
grows, or read their plans."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event


@contextmanager
def sent_statements(bind: Any) -> Iterator[list[tuple[str, Any]]]:
    """A list that fills with the ``(statement, parameters)`` ``bind`` (an engine or a connection)
    sends inside the block."""
    sent: list[tuple[str, Any]] = []

    def before(conn, cursor, statement, parameters, *args) -> None:
        sent.append((statement, parameters))

    event.listen(bind, "before_cursor_execute", before)
    try:
        yield sent
    finally:
        event.remove(bind, "before_cursor_execute", before)


def subqueries(plan: list[str]) -> set[str]:
    """The subqueries a SQLite plan (``EXPLAIN QUERY PLAN``'s steps) reads as co-routines or
    materialised views, by name: reading one whole is no scan of a table."""
    return {step.split()[1] for step in plan if step.startswith(("CO-ROUTINE", "MATERIALIZE"))}


#: what every import reads before writing (``services/importing/service.Lookups``), by a part of
#: its statement's text: the calendar (the due dates), the owner candidates (the entity
#: resolver's) and the entities' names with their aliases (the parser's gazetteer)
LOOKUP_READS = {"calendar": "FROM official_sessions ", "owner candidates": "FROM owner_candidates",
                "gazetteer": "FROM entities LEFT OUTER JOIN entity_aliases "}


def lookups_read(statements: Iterable[str]) -> dict[str, int]:
    """How many of ``statements`` read each of ``LOOKUP_READS``."""
    statements = list(statements)
    return {what: sum(part in statement for statement in statements) for what, part in LOOKUP_READS.items()}
