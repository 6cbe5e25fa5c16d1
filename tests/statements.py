"""The SQL statements code sends, for the tests that keep a page's statements constant as the data
grows, or read their plans."""

from __future__ import annotations

from collections.abc import Iterator
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
