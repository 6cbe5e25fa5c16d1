"""Plain rows for the read models that show many obligations at once: Core statements, built once
per process, read into small dataclasses instead of mapped objects.

A page of obligations loaded through the ORM (identity map, instance state, one eager load per
relation) cost more than the statements themselves; these rows carry the same values, and an
``ObligationRow`` inherits the register's rules (``ObligationRules``: tracked, overdue, a
mandate's state) from the same class as the mapped ``Obligation``, so what a page says does not
depend on how its rows were loaded. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, func, literal_column, select, true
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from tracker.db import KEPT, among, decode_json
from tracker.models import Obligation, obligation_owners
from tracker.models import tables as t
from tracker.models.obligations import ObligationRules


@dataclass
class EntityRef:
    id: int
    name: str


@dataclass
class ItemRow:
    """A sub-paragraph ticked off on its own; ``eid`` is its paragraph's."""

    label: str
    eid: str
    is_done: bool


@dataclass
class EvidenceRow:
    kind: str
    value: str


@dataclass(eq=False)
class ObligationRow(ObligationRules):
    """An obligation's own columns (those the pages and the API show), its owners by name, whether
    its paragraph names an owner not yet confirmed, and, when asked for, its items and evidence."""

    id: int
    resolution_id: int
    paragraph_id: int
    occurrence: int
    action: str | None
    kind: str
    deliverable: str | None
    deadline_text: str | None
    deadlines: list[Any] | None
    deadline_body: str | None
    deadline_session: int | None
    recurrence: str | None
    due_on: dt.date | None
    due_derivation: str | None
    target_on: dt.date | None
    status: str
    expires_on: dt.date | None
    renewed_by_id: int | None
    needs_review: bool
    version: int
    updated_at: dt.datetime | None
    #: its resolution's symbol and its paragraph's number, part, eId, text and whether the number is
    #: printed (``obligations_by_id``)
    symbol: str | None = None
    paragraph_number: str | None = None
    part: str | None = None
    eid: str | None = None
    text: str | None = None
    #: its paragraph is printed without a number (``Paragraph.unnumbered``)
    unnumbered: bool = False
    #: where its paragraph's asking clause is said (``Paragraph.asks_from``): what the row shows
    asks_from: int = 0
    #: a pending owner candidate names it (``Obligation.owner_unconfirmed``): every statement here
    #: reads it, after the row's columns
    owner_unconfirmed: bool = False
    owners: list[EntityRef] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)


_COLUMNS = [t.obligations.c[name] for name in (
    "id", "resolution_id", "paragraph_id", "occurrence", "action", "kind", "deliverable",
    "deadline_text", "deadlines", "deadline_body", "deadline_session", "recurrence", "due_on",
    "due_derivation", "target_on", "status", "expires_on", "renewed_by_id", "needs_review",
    "version", "updated_at",
)]

#: an ``ObligationRow``'s columns with its resolution's symbol and its paragraph
_ROW_COLUMNS = (*_COLUMNS, t.resolutions.c.symbol, t.paragraphs.c.number, t.paragraphs.c.part,
                t.paragraphs.c.eid, t.paragraphs.c.text, t.paragraphs.c.unnumbered, t.paragraphs.c.asks_from)
#: whether an owner its paragraph names waits for a reviewer: one ``EXISTS`` a row, after its columns
#: in every statement (``_listed_rows``), so a page has as many statements as before
_OWNER_UNCONFIRMED = Obligation.owner_unconfirmed.expression
_WITH_RESOLUTION_AND_PARAGRAPH = (
    t.obligations.join(t.resolutions, t.resolutions.c.id == t.obligations.c.resolution_id)
    .join(t.paragraphs, t.paragraphs.c.id == t.obligations.c.paragraph_id)
)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity (a statement's cache key)
class _Listed:
    """What a row lists of its obligation, defined once for every statement that reads it: its
    rows (correlated to ``obligations``), their order, the ``ObligationRow`` field they fill and
    how one is made of its columns."""

    rows: Select[Any]
    order: tuple[Any, ...]
    attribute: str
    make: Callable[..., Any]
    #: the same rows and order as PostgreSQL is given them, when written otherwise there
    on_postgresql: tuple[Select[Any], tuple[Any, ...]] | None = None


_ITEM = t.obligation_items.c
_ITEM_PARAGRAPHS = t.paragraphs.alias("item_paragraphs")
#: owners by name (``Obligation.owners``), items in their order with their paragraph's eId
#: (``Obligation.items``), evidence as it was given (``Obligation.evidence``)
#: an owner's entity looked up by its key, fenced: PostgreSQL joined the few entities to each
#: obligation's owners by hashing the whole table again for every row of a page (the API list's
#: 100 rows: ≈ 0.4 ms of its ≈ 3.6 ms of server CPU, bench/README.md, 5 December 01:55); the fence
#: is ``LIMIT 1`` (the key is unique, so it changes no row), not ``OFFSET 0``: the planner scans a
#: table of one page for the key rather than probing its index, and with ``OFFSET 0`` read every
#: entity for every owner; the scan now stops at its entity (the bench's API list ≈ 0.2 ms of the
#: server's ≈ 2.6 ms fewer, 5 December 04:15–04:55)
_OWNER_ENTITY = (select(t.entities.c.id, t.entities.c.name)
                 .where(t.entities.c.id == obligation_owners.c.entity_id).limit(literal_column("1"))
                 .lateral("owner_entity"))
OWNERS = _Listed(select(t.entities.c.id, t.entities.c.name)
                 .join_from(obligation_owners, t.entities, t.entities.c.id == obligation_owners.c.entity_id)
                 .where(obligation_owners.c.obligation_id == t.obligations.c.id),
                 (t.entities.c.name,), "owners", EntityRef,
                 on_postgresql=(select(_OWNER_ENTITY.c.id, _OWNER_ENTITY.c.name)
                                .select_from(obligation_owners.join(_OWNER_ENTITY, true()))
                                .where(obligation_owners.c.obligation_id == t.obligations.c.id),
                                (_OWNER_ENTITY.c.name,)))
ITEMS = _Listed(select(_ITEM.label, _ITEM_PARAGRAPHS.c.eid, _ITEM.is_done)
                .join_from(t.obligation_items, _ITEM_PARAGRAPHS, _ITEM_PARAGRAPHS.c.id == _ITEM.paragraph_id)
                .where(_ITEM.obligation_id == t.obligations.c.id),
                (_ITEM.position,), "items", lambda label, eid, done: ItemRow(label, eid, bool(done)))
EVIDENCE = _Listed(select(t.evidence.c.kind, t.evidence.c.value)
                   .where(t.evidence.c.obligation_id == t.obligations.c.id),
                   (t.evidence.c.id,), "evidence", EvidenceRow)
#: what a list of obligations shows of each (search, an owner's, a session's, what a delegation
#: follows); what the API gives; what the resolution page shows
LISTS, DETAILS, OF_RESOLUTION = (OWNERS,), (OWNERS, ITEMS, EVIDENCE), (OWNERS, ITEMS)


def _lists(details: bool) -> tuple[_Listed, ...]:
    """What a row lists: with ``details`` what the API gives, else what a list shows."""
    return DETAILS if details else LISTS


def resolution_obligations(session: Session, resolution_id: int) -> list[ObligationRow]:
    """A resolution's obligations in paragraph order, with their owners and items: one statement
    (``_of_resolution_statement``), whatever the number of obligations."""
    conn = session.connection()
    found = conn.execute(_of_resolution_statement(conn.dialect.name), {"resolution_id": resolution_id},
                         execution_options=KEPT)
    return _listed_rows(found, slice(0, len(_COLUMNS)), OF_RESOLUTION)


def obligations_by_id(session: Session, ids: Sequence[int], *, details: bool = True) -> list[ObligationRow]:
    """These obligations in the order of ``ids`` (those that exist), with their resolution's
    symbol, their paragraph, their owners and, with ``details``, their items and evidence (what
    ``exports.obligation_dict`` reads): one statement (``_by_id_statement``) for a page."""
    if not ids:
        return []
    conn = session.connection()
    lists = _lists(details)
    found = conn.execute(_by_id_statement(conn.dialect.name, lists), {"ids": list(ids)},
                         execution_options=KEPT)
    by_id = {row.id: row for row in _listed_rows(found, slice(0, len(_ROW_COLUMNS)), lists)}
    return [by_id[i] for i in ids if i in by_id]


def of_page(page: Any, dialect: str, *, details: bool) -> Any:
    """A statement for the rows ``obligations_by_id`` reads, of the obligations of ``page`` (a
    subquery with an ``id`` column: a page of ids), each after its ``found`` column (the page's
    count), whether an owner it names is not yet confirmed, and with its owners (and, with
    ``details``, its items and evidence) as JSON arrays, in no order (the caller orders by
    ``page``'s columns): the page's ids, their rows and what the
    rows list in one statement (one round trip) instead of two. ``page_rows`` reads what it
    returns; ``dialect``: the database's name (each writes its JSON arrays its own way)."""
    return (select(page.c.found, *_ROW_COLUMNS, _OWNER_UNCONFIRMED,
                   *(_json_rows(dialect, listed) for listed in _lists(details)))
            .select_from(page.join(_WITH_RESOLUTION_AND_PARAGRAPH, t.obligations.c.id == page.c.id)))


def _json_rows(dialect: str, listed: _Listed) -> Any:
    """``listed``'s rows of an obligation as one JSON array of arrays (``[]`` for none), in their
    order: PostgreSQL orders the aggregate; SQLite (no ``ORDER BY`` in an aggregate before 3.44)
    aggregates an ordered subquery, whose order it keeps."""
    rows, order = listed.rows, listed.order
    if dialect == "postgresql":
        rows, order = listed.on_postgresql or (rows, order)
        array = func.json_agg(aggregate_order_by(func.json_build_array(*rows.selected_columns), *order))
        return (rows.with_only_columns(func.coalesce(array, literal_column("'[]'::json")),
                                       maintain_column_froms=True)
                .correlate(t.obligations).scalar_subquery())
    ordered = rows.order_by(*order).correlate(t.obligations).subquery()
    return (select(func.json_group_array(func.json_array(*ordered.c))).scalar_subquery())


def page_rows(found: Sequence[Any], *, details: bool) -> list[ObligationRow]:
    """The rows of a statement of ``of_page``, in its order, as ``obligations_by_id`` gives them
    (with owners, and with ``details`` items and evidence)."""
    return _listed_rows(found, slice(1, 1 + len(_ROW_COLUMNS)), _lists(details))  # after the page's count


def _of_resolution_statement_for(dialect: str) -> Any:
    """The obligations of the resolution ``resolution_id`` in paragraph order, each with its owners
    and items as JSON arrays (``_json_rows``): one statement, where a statement of the rows and one
    of their details were two round trips on PostgreSQL. Built once per dialect
    (``_of_resolution_statement``)."""
    return (select(*_COLUMNS, _OWNER_UNCONFIRMED, *(_json_rows(dialect, listed) for listed in OF_RESOLUTION))
            .where(t.obligations.c.resolution_id == bindparam("resolution_id"))
            .order_by(t.obligations.c.paragraph_id, t.obligations.c.occurrence))


def _by_id_statement_for(dialect: str, lists: tuple[_Listed, ...]) -> Any:
    """The obligations ``ids`` (one parameter, ``among``) with their resolution's symbol, their
    paragraph and ``lists`` as JSON arrays: one statement, where the rows and their details were
    two. Built once per dialect and lists (``_by_id_statement``)."""
    return (select(*_ROW_COLUMNS, _OWNER_UNCONFIRMED, *(_json_rows(dialect, listed) for listed in lists))
            .select_from(_WITH_RESOLUTION_AND_PARAGRAPH).where(among(t.obligations.c.id, "ids")))


#: cached by a call, not a decorator: mutmut mutates only undecorated functions (tests/README.md)
_of_resolution_statement = lru_cache(maxsize=4)(_of_resolution_statement_for)
_by_id_statement = lru_cache(maxsize=8)(_by_id_statement_for)


def _listed_rows(found: Iterable[Any], columns: slice, lists: Sequence[_Listed]) -> list[ObligationRow]:
    """Rows with an ``ObligationRow``'s columns at ``columns``, followed by whether an owner it
    names is not yet confirmed (``_OWNER_UNCONFIRMED``) and a JSON array for each of ``lists``, in
    their order."""
    rows = []
    for r in found:
        row = ObligationRow(*r[columns])
        row.owner_unconfirmed = bool(r[columns.stop])
        for listed, value in zip(lists, r[columns.stop + 1:], strict=True):
            setattr(row, listed.attribute, [listed.make(*entry) for entry in _decoded(value)])
        rows.append(row)
    return rows


def _decoded(value: Any) -> Any:
    """A JSON array as the driver gives it: decoded by psycopg, a text from SQLite."""
    return decode_json(value) if isinstance(value, str) else value


def list_rows(session: Session, ids: Sequence[int]) -> list[ObligationRow]:
    """The rows a list of obligations shows (search, an owner's, a session's, what a delegation
    follows): ``obligations_by_id`` with owners, without items and evidence."""
    return obligations_by_id(session, ids, details=False)
