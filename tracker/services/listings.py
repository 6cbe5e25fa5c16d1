"""The register's lists, page by page: resolutions, paragraphs, owners, and the sessions
obligations are due at (obligations themselves: ``tracker.services.search``).

Each takes validated arguments and answers rows with what a listing shows beside them (counts,
parent eIds, obligation ids); the API shapes them. Resolutions under review are listed only with
``include_unpublished`` (the caller's ``sees_unpublished``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from tracker.models import Entity, Obligation, Paragraph, Resolution, obligation_owners
from tracker.services.errors import NotFound
from tracker.services.search import LIKE_ESCAPE, like_literal, symbol_filter_condition

T = TypeVar("T")


@dataclass(frozen=True)
class Listing(Generic[T]):
    """One page of a list: its rows and how many match in all."""

    items: list[T]
    total: int
    page: int
    per_page: int


def _visible(stmt: Select[Any], include_unpublished: bool) -> Select[Any]:
    return stmt if include_unpublished else stmt.where(Resolution.published_at.is_not(None))


def _count(session: Session, stmt: Select[Any]) -> int:
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def _window(stmt: Select[Any], page: int, per_page: int) -> Select[Any]:
    return stmt.limit(per_page).offset((page - 1) * per_page)


def _hidden(resolution: Resolution, include_unpublished: bool) -> bool:
    return resolution.published_at is None and not include_unpublished


# ---------------------------------------------------------------------- obligations


def find_obligation(session: Session, obligation_id: int, *, include_unpublished: bool = False) -> Obligation:
    """One obligation with what ``exports.obligation_dict`` reads; ``NotFound`` if it is not
    there, or not visible."""
    from tracker.services.exports import OBLIGATION_DICT_LOADS

    o = session.get(Obligation, obligation_id, options=[
        selectinload(Obligation.resolution), selectinload(Obligation.paragraph), *OBLIGATION_DICT_LOADS,
    ])
    if o is None or _hidden(o.resolution, include_unpublished):
        raise NotFound(f"no obligation {obligation_id}")
    return o


# ---------------------------------------------------------------------- resolutions


@dataclass(frozen=True)
class ResolutionRow:
    resolution: Resolution
    obligations: int


def list_resolutions(session: Session, *, body: str | None = None, session_number: int | None = None,
                     symbol: str | None = None, page: int = 1, per_page: int = 50,
                     include_unpublished: bool = False) -> Listing[ResolutionRow]:
    """Newest adoption first, then symbol; ``symbol`` as the obligation filter reads it (a symbol,
    or its beginning ending in /)."""
    stmt = _visible(select(Resolution), include_unpublished)
    if body:
        stmt = stmt.where(Resolution.body == body)
    if session_number is not None:
        stmt = stmt.where(Resolution.session == session_number)
    if symbol:
        stmt = stmt.where(symbol_filter_condition(symbol))
    total = _count(session, stmt)
    rows = list(session.scalars(_window(
        stmt.order_by(Resolution.adopted_on.desc().nulls_last(), Resolution.symbol, Resolution.id),
        page, per_page)))
    counts = dict(session.execute(
        select(Obligation.resolution_id, func.count())
        .where(Obligation.resolution_id.in_([r.id for r in rows]))
        .group_by(Obligation.resolution_id)
    ).all()) if rows else {}
    return Listing([ResolutionRow(r, counts.get(r.id, 0)) for r in rows], total, page, per_page)


# ---------------------------------------------------------------------- paragraphs


@dataclass(frozen=True)
class ParagraphRow:
    paragraph: Paragraph
    symbol: str
    #: the eId of the paragraph it belongs to (a sub-paragraph's), None at the top
    parent_eid: str | None
    obligation_ids: list[int]


def paragraph_rows(session: Session, rows: Sequence[tuple[Paragraph, str]]) -> list[ParagraphRow]:
    """Paragraphs (with their resolution's symbol) with their parents' eIds and obligation ids,
    in two queries for the lot."""
    parent_ids = {p.parent_id for p, _ in rows if p.parent_id}
    eids = dict(session.execute(
        select(Paragraph.id, Paragraph.eid).where(Paragraph.id.in_(parent_ids))).all()) if parent_ids else {}
    obligations: dict[int, list[int]] = {}
    if rows:
        for pid, oid in session.execute(select(Obligation.paragraph_id, Obligation.id)
                                        .where(Obligation.paragraph_id.in_([p.id for p, _ in rows]))
                                        .order_by(Obligation.id)):
            obligations.setdefault(pid, []).append(oid)
    return [ParagraphRow(p, symbol, eids.get(p.parent_id) if p.parent_id else None, obligations.get(p.id, []))
            for p, symbol in rows]


def find_paragraph(session: Session, paragraph_id: int, *, include_unpublished: bool = False) -> ParagraphRow:
    """One paragraph as the list shows it; ``NotFound`` if it is not there, or not visible."""
    p = session.get(Paragraph, paragraph_id, options=[selectinload(Paragraph.footnotes),
                                                       selectinload(Paragraph.resolution)])
    if p is None or _hidden(p.resolution, include_unpublished):
        raise NotFound(f"no paragraph {paragraph_id}")
    return paragraph_rows(session, [(p, p.resolution.symbol)])[0]


def list_paragraphs(session: Session, *, symbol: str | None = None, kind: str | None = None,
                    page: int = 1, per_page: int = 50,
                    include_unpublished: bool = False) -> Listing[ParagraphRow]:
    """Current paragraphs in document order within a resolution; resolutions by symbol."""
    from tracker.services.importing import symbol_variants

    stmt = _visible(select(Paragraph, Resolution.symbol).join(Resolution), include_unpublished)
    if symbol:
        stmt = stmt.where(Resolution.symbol.in_(symbol_variants(symbol)))
    if kind:
        stmt = stmt.where(Paragraph.kind == kind)
    stmt = stmt.where(Paragraph.current)
    total = _count(session, stmt.with_only_columns(Paragraph.id))
    rows = session.execute(_window(stmt.options(selectinload(Paragraph.footnotes))
                                   .order_by(Resolution.symbol, Paragraph.position, Paragraph.id),
                                   page, per_page)).all()
    return Listing(paragraph_rows(session, [(p, s) for p, s in rows]), total, page, per_page)


# ---------------------------------------------------------------------- entities


def published_obligation_counts(session: Session, entity_ids: Sequence[int]) -> dict[int, int]:
    """How many published obligations each of these entities owns."""
    if not entity_ids:
        return {}
    return dict(session.execute(
        select(obligation_owners.c.entity_id, func.count())
        .select_from(obligation_owners.join(Obligation).join(Resolution))
        .where(obligation_owners.c.entity_id.in_(entity_ids), Resolution.published_at.is_not(None))
        .group_by(obligation_owners.c.entity_id)
    ).all())


@dataclass(frozen=True)
class EntityRow:
    entity: Entity
    #: published obligations it owns
    obligations: int


def find_owner(session: Session, entity_id: int) -> EntityRow:
    """One entity as the list shows it; ``NotFound`` if there is none."""
    e = session.get(Entity, entity_id, options=[selectinload(Entity.aliases)])
    if e is None:
        raise NotFound(f"no entity {entity_id}")
    return EntityRow(e, published_obligation_counts(session, [e.id]).get(e.id, 0))


def list_owners(session: Session, *, q: str | None = None, page: int = 1,
                per_page: int = 50) -> Listing[EntityRow]:
    """Entities by name, with their aliases; ``q``: part of the name, any case."""
    stmt = select(Entity)
    if q:
        pattern = "%" + like_literal(q.lower()) + "%"
        stmt = stmt.where(func.lower(Entity.name).like(pattern, escape=LIKE_ESCAPE))
    total = _count(session, stmt)
    rows = list(session.scalars(_window(
        stmt.options(selectinload(Entity.aliases)).order_by(Entity.name, Entity.id), page, per_page)))
    counts = published_obligation_counts(session, [e.id for e in rows])
    return Listing([EntityRow(e, counts.get(e.id, 0)) for e in rows], total, page, per_page)


# ---------------------------------------------------------------------- sessions


def session_status_counts(session: Session, *, include_unpublished: bool = False, body: str | None = None,
                          number: int | None = None) -> dict[tuple[str, int], dict[str, int]]:
    """(body, session) -> status -> how many obligations are due at that session; one session's
    with ``body`` and ``number``. Only the tracked kinds fall due (DESIGN §1), as on the session's page: a
    standing call or a mandate that names a session is not due at it."""
    stmt = _visible(
        select(Obligation.deadline_body, Obligation.deadline_session, Obligation.status, func.count())
        .join(Resolution, Obligation.resolution_id == Resolution.id)
        .where(Obligation.deadline_body.is_not(None), Obligation.deadline_session.is_not(None),
               Obligation.is_tracked),
        include_unpublished)
    if body is not None:
        stmt = stmt.where(Obligation.deadline_body == body, Obligation.deadline_session == number)
    out: dict[tuple[str, int], dict[str, int]] = {}
    for b, n, status, count in session.execute(
        stmt.group_by(Obligation.deadline_body, Obligation.deadline_session, Obligation.status)
    ):
        out.setdefault((b, n), {})[status] = count
    return out
