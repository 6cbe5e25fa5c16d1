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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from tracker.models import (
    obligation_owners,
)
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
    """An obligation's own columns (those the pages and the API show), its owners by name, and,
    when asked for, its items and evidence."""

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
    #: its resolution's symbol and its paragraph's number, part, eId and text (``obligations_by_id``)
    symbol: str | None = None
    paragraph_number: str | None = None
    part: str | None = None
    eid: str | None = None
    text: str | None = None
    owners: list[EntityRef] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)


_COLUMNS = [t.obligations.c[name] for name in (
    "id", "resolution_id", "paragraph_id", "occurrence", "action", "kind", "deliverable",
    "deadline_text", "deadlines", "deadline_body", "deadline_session", "recurrence", "due_on",
    "due_derivation", "target_on", "status", "expires_on", "renewed_by_id", "needs_review",
    "version", "updated_at",
)]

#: a resolution's obligations, in paragraph order
_OF_RESOLUTION = (select(*_COLUMNS).where(t.obligations.c.resolution_id == bindparam("resolution_id"))
                  .order_by(t.obligations.c.paragraph_id, t.obligations.c.occurrence))
_BY_ID = (
    select(*_COLUMNS, t.resolutions.c.symbol, t.paragraphs.c.number, t.paragraphs.c.part, t.paragraphs.c.eid,
           t.paragraphs.c.text)
    .join(t.resolutions, t.resolutions.c.id == t.obligations.c.resolution_id)
    .join(t.paragraphs, t.paragraphs.c.id == t.obligations.c.paragraph_id)
    .where(t.obligations.c.id.in_(bindparam("ids", expanding=True)))
)
#: owners by name (the order of ``Obligation.owners``)
_OWNERS = (select(obligation_owners.c.obligation_id, t.entities.c.id, t.entities.c.name)
           .join(t.entities, t.entities.c.id == obligation_owners.c.entity_id))
_OWNERS_BY_RESOLUTION = (
    _OWNERS.join(t.obligations, t.obligations.c.id == obligation_owners.c.obligation_id)
    .where(t.obligations.c.resolution_id == bindparam("resolution_id")).order_by(t.entities.c.name)
)
_OWNERS_BY_ID = (_OWNERS.where(obligation_owners.c.obligation_id.in_(bindparam("ids", expanding=True)))
                 .order_by(t.entities.c.name))
#: items in their order (``Obligation.items``), each with its paragraph's eId
_ITEM = t.obligation_items.c
_ITEMS_BY_ID = (
    select(_ITEM.obligation_id, _ITEM.label, t.paragraphs.c.eid, _ITEM.is_done)
    .join(t.paragraphs, t.paragraphs.c.id == t.obligation_items.c.paragraph_id)
    .where(t.obligation_items.c.obligation_id.in_(bindparam("ids", expanding=True)))
    .order_by(t.obligation_items.c.position)
)
_ITEMS_BY_RESOLUTION = (
    select(_ITEM.obligation_id, _ITEM.label, t.paragraphs.c.eid, _ITEM.is_done)
    .join(t.paragraphs, t.paragraphs.c.id == t.obligation_items.c.paragraph_id)
    .join(t.obligations, t.obligations.c.id == t.obligation_items.c.obligation_id)
    .where(t.obligations.c.resolution_id == bindparam("resolution_id"))
    .order_by(t.obligation_items.c.position)
)
#: evidence in the order it was given (``Obligation.evidence``)
_EVIDENCE_BY_ID = (select(t.evidence.c.obligation_id, t.evidence.c.kind, t.evidence.c.value)
                   .where(t.evidence.c.obligation_id.in_(bindparam("ids", expanding=True)))
                   .order_by(t.evidence.c.id))


def resolution_obligations(session: Session, resolution_id: int) -> list[ObligationRow]:
    """A resolution's obligations in paragraph order, with their owners and items: three
    statements, whatever the number of obligations."""
    conn = session.connection()
    params = {"resolution_id": resolution_id}
    rows = [ObligationRow(*r) for r in conn.execute(_OF_RESOLUTION, params)]
    if rows:
        by_id = {r.id: r for r in rows}
        _attach(by_id, conn.execute(_OWNERS_BY_RESOLUTION, params), "owners", EntityRef)
        _attach(by_id, conn.execute(_ITEMS_BY_RESOLUTION, params), "items", ItemRow)
    return rows


def obligations_by_id(session: Session, ids: Sequence[int], *, details: bool = True) -> list[ObligationRow]:
    """These obligations in the order of ``ids`` (those that exist), with their resolution's
    symbol, their paragraph, their owners and, with ``details``, their items and evidence (what
    ``exports.obligation_dict`` reads): at most four statements for a page."""
    if not ids:
        return []
    conn = session.connection()
    params = {"ids": list(ids)}
    by_id = {r[0]: ObligationRow(*r) for r in conn.execute(_BY_ID, params)}
    if by_id:
        _attach(by_id, conn.execute(_OWNERS_BY_ID, params), "owners", EntityRef)
        if details:
            _attach(by_id, conn.execute(_ITEMS_BY_ID, params), "items", ItemRow)
            _attach(by_id, conn.execute(_EVIDENCE_BY_ID, params), "evidence", EvidenceRow)
    return [by_id[i] for i in ids if i in by_id]


def _attach(by_id: dict[int, ObligationRow], found: Iterable[Any], name: str, make: type) -> None:
    """Each row's tail (after the obligation's id), made into ``make``, appended to that
    obligation's list ``name``: the statement's order is the list's."""
    for obligation_id, *values in found:
        getattr(by_id[obligation_id], name).append(make(*values))
