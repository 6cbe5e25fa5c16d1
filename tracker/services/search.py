"""Search and filters over obligations: one interface for the dashboards and the JSON API.

``ObligationFilter`` is what a URL's query string says (so a view can be bookmarked and shared);
``search_obligations`` turns it into one count and one page query, with owners, resolution and
paragraph eager-loaded in a fixed number of further queries. Full text runs over paragraph text
(sub-paragraphs count for the obligation they belong to) and resolution titles, through SQLite
FTS5 or PostgreSQL ``to_tsvector`` indexes created by migration ``0002``.

Overdue is derived: due before ``today`` and still open; it is never stored.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select, text, true
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from tracker.models import (
    OPEN_STATUSES,
    Body,
    Obligation,
    ObligationItem,
    ObligationKind,
    ObligationStatus,
    Paragraph,
    Resolution,
    obligation_owners,
)
from tracker.services.readcache import ReadCache

#: PostgreSQL text search configuration; the GIN indexes of migration 0002 use the same one.
PG_TS_CONFIG = "english"
#: the full-text objects migration 0002 creates; they are not part of the models' metadata
FULLTEXT_TABLES = ("paragraphs_fts", "resolutions_fts")
FULLTEXT_INDEXES = ("ix_paragraphs_text_fts", "ix_resolutions_title_fts")

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
#: the longest due window a URL may ask for (ten years)
MAX_DUE_WITHIN = 3660

_WORD = re.compile(r"\w+", re.UNICODE)
_SESSION = re.compile(r"^\s*([A-Za-z]+)[\s\-/]*(\d{1,4})\s*$")


def is_fulltext_object(name: str | None) -> bool:
    """True for the FTS tables (and SQLite's shadow tables) and indexes of migration 0002.

    The drift test and ``migrations/env.py`` use it to leave them out of model comparisons.
    """
    if not name:
        return False
    return name in FULLTEXT_INDEXES or any(
        name == t or name.startswith(t + "_") for t in FULLTEXT_TABLES
    )


@dataclass(frozen=True)
class ObligationFilter:
    """Filters in URL form. Empty means "everything published".

    - ``body``, ``session``: the adopting body and session of the resolution (GA, 71)
    - ``due_body``, ``due_session``: the session a deadline names ("due at GA 81")
    - ``status``, ``kind``: any of several values
    - ``owner``: an entity id
    - ``overdue``: only obligations due before today and still open
    - ``due_within``: due from today to today + N days; ``due_from``/``due_to``: a date window
    - ``symbol``: a resolution symbol or its beginning ("A/RES/78/")
    - ``q``: words to find in paragraph text and resolution titles (all of them must appear)
    """

    body: str | None = None
    session: int | None = None
    due_body: str | None = None
    due_session: int | None = None
    status: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    owner: int | None = None
    overdue: bool = False
    due_within: int | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    symbol: str | None = None
    q: str | None = None
    #: a resolution id (links from a resolution page); not shown as a form field
    resolution: int | None = None
    #: officers may see resolutions still under review; never set from a URL
    include_unpublished: bool = field(default=False, compare=False)
    #: what could not be understood in the URL, one message per parameter (values were ignored)
    errors: tuple[str, ...] = field(default=(), compare=False)

    # ------------------------------------------------------------------ URL form

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> ObligationFilter:
        """Parse query arguments (a werkzeug ``MultiDict`` or a plain mapping); bad values are
        dropped and reported in ``errors`` rather than failing the page."""
        errors: list[str] = []

        def get(name: str) -> str | None:
            value = args.get(name)
            if isinstance(value, list | tuple):
                value = value[0] if value else None
            value = (value or "").strip() if isinstance(value, str) else value
            return value or None

        def getlist(name: str) -> list[str]:
            if hasattr(args, "getlist"):
                values = args.getlist(name)
            else:
                raw = args.get(name)
                values = list(raw) if isinstance(raw, list | tuple) else ([raw] if raw else [])
            out: list[str] = []
            for value in values:
                out.extend(part.strip() for part in str(value).split(",") if part.strip())
            return out

        def integer(name: str, low: int = 0, high: int = 10**9) -> int | None:
            value = get(name)
            if value is None:
                return None
            try:
                number = int(value)
            except (TypeError, ValueError):
                errors.append(name)
                return None
            if not low <= number <= high:
                errors.append(name)
                return None
            return number

        def date(name: str) -> dt.date | None:
            value = get(name)
            if value is None:
                return None
            try:
                return dt.date.fromisoformat(str(value))
            except ValueError:
                errors.append(name)
                return None

        def body(name: str) -> str | None:
            value = get(name)
            if value is None:
                return None
            try:
                return Body(str(value).upper()).value
            except ValueError:
                errors.append(name)
                return None

        def choices(name: str, allowed: Iterable[str]) -> tuple[str, ...]:
            allowed = list(allowed)
            picked = []
            for value in getlist(name):
                if value in allowed and value not in picked:
                    picked.append(value)
                elif value not in allowed:
                    errors.append(name)
            return tuple(v for v in allowed if v in picked)  # canonical order: stable URLs

        due_body, due_session = body("due_body"), integer("due_session", 1, 9999)
        combined = get("due")  # "GA-81", "GA 81": the short form session pages link with
        if combined:
            match = _SESSION.match(str(combined))
            if match and match.group(1).upper() in Body.__members__:
                due_body, due_session = match.group(1).upper(), int(match.group(2))
            else:
                errors.append("due")
        q = get("q")
        symbol = get("symbol")
        return cls(
            body=body("body"),
            session=integer("session", 1, 9999),
            due_body=due_body,
            due_session=due_session,
            status=choices("status", [s.value for s in ObligationStatus]),
            kind=choices("kind", [k.value for k in ObligationKind]),
            owner=integer("owner", 1),
            overdue=(get("overdue") or "").lower() in ("1", "true", "yes", "on"),
            due_within=integer("due_within", 0, MAX_DUE_WITHIN),
            due_from=date("due_from"),
            due_to=date("due_to"),
            symbol=str(symbol)[:80] if symbol else None,
            q=str(q)[:200] if q else None,
            resolution=integer("resolution", 1),
            errors=tuple(dict.fromkeys(errors)),
        )

    def to_args(self) -> dict[str, Any]:
        """The query arguments that reproduce this filter (lists for repeated parameters)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("include_unpublished", "errors"):
                continue
            value = getattr(self, f.name)
            if value in (None, (), False, ""):
                continue
            if isinstance(value, tuple):
                out[f.name] = list(value)
            elif isinstance(value, bool):
                out[f.name] = "1"
            elif isinstance(value, dt.date):
                out[f.name] = value.isoformat()
            else:
                out[f.name] = str(value)
        return out

    def with_(self, **changes: Any) -> ObligationFilter:
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return not self.to_args()

    # ------------------------------------------------------------------ SQL

    def conditions(self, session: Session, today: dt.date) -> list[ColumnElement[bool]]:
        """WHERE clauses over ``Obligation`` alone (conditions on its resolution are subqueries)."""
        where: list[ColumnElement[bool]] = []
        #: conditions on the resolution, applied as one ``resolution_id IN (…)``: no join, so the
        #: database can drive from the obligations' own indexes (status, due date) and stop at a LIMIT
        of_resolution: list[ColumnElement[bool]] = []
        if not self.include_unpublished:
            where.append(published_condition())
        if self.body:
            of_resolution.append(Resolution.body == self.body)
        if self.session is not None:
            of_resolution.append(Resolution.session == self.session)
        if self.due_body:
            where.append(Obligation.deadline_body == self.due_body)
        if self.due_session is not None:
            where.append(Obligation.deadline_session == self.due_session)
        if self.status:
            where.append(Obligation.status.in_(self.status))
        if self.kind:
            where.append(Obligation.kind.in_(self.kind))
        if self.owner is not None:
            where.append(
                Obligation.id.in_(
                    select(obligation_owners.c.obligation_id).where(
                        obligation_owners.c.entity_id == self.owner
                    )
                )
            )
        if self.overdue:
            where.append(overdue_condition(today))
        if self.due_within is not None:
            where.append(Obligation.due_on.between(today, today + dt.timedelta(days=self.due_within)))
        if self.due_from is not None:
            where.append(Obligation.due_on >= self.due_from)
        if self.due_to is not None:
            where.append(Obligation.due_on <= self.due_to)
        if self.symbol:
            symbol = self.symbol.strip()
            if symbol.endswith(("/", "*")):
                prefix = symbol.rstrip("*")
                escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                of_resolution.append(Resolution.symbol.like(escaped + "%", escape="\\"))
            else:
                of_resolution.append(func.upper(Resolution.symbol) == symbol.upper())
        if of_resolution:
            where.append(Obligation.resolution_id.in_(select(Resolution.id).where(*of_resolution)))
        if self.resolution is not None:
            where.append(Obligation.resolution_id == self.resolution)
        if self.q:
            condition = fulltext_condition(session, self.q)
            if condition is not None:
                where.append(condition)
        return where


def published_condition() -> ColumnElement[bool]:
    """The obligation's resolution is published, as "not among the unpublished ones": that set is
    small (imports under review) and read from the ``published_at`` index, where a join would
    fetch every resolution's row (on SQLite past its long ``source_text``) for every obligation."""
    return Obligation.resolution_id.not_in(select(Resolution.id).where(Resolution.published_at.is_(None)))


def overdue_condition(today: dt.date) -> ColumnElement[bool]:
    """Derived, never stored: a due date before today and a status that still calls for work."""
    return and_(
        Obligation.due_on < today,
        Obligation.status.in_(sorted(OPEN_STATUSES)),
    )


# ---------------------------------------------------------------------- full text


def fts5_query(q: str) -> str | None:
    """Words as an FTS5 query in which every word must appear; operators typed by the user are
    neutralised (each word is quoted), so any input is a valid query."""
    words = _WORD.findall(q)
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:32])


def fulltext_condition(session: Session, q: str) -> ColumnElement[bool] | None:
    """Obligations whose paragraph, one of its sub-paragraphs, or resolution title matches ``q``.

    None when ``q`` holds no word at all (then it filters nothing).
    """
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        query = fts5_query(q)
        if query is None:
            return None
        paragraphs = text("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH :fts_q").bindparams(
            fts_q=query
        ).columns(rowid=Paragraph.id.type)
        titles = text("SELECT rowid FROM resolutions_fts WHERE resolutions_fts MATCH :fts_t").bindparams(
            fts_t=query
        ).columns(rowid=Resolution.id.type)
        found = Paragraph.id.in_(select(paragraphs.subquery().c.rowid))
        matched_titles = select(titles.subquery().c.rowid)
    elif dialect == "postgresql":
        if not _WORD.search(q):
            return None
        config = literal_column(f"'{PG_TS_CONFIG}'")
        tsquery = func.websearch_to_tsquery(config, q)
        found = func.to_tsvector(config, Paragraph.text).op("@@")(tsquery)
        matched_titles = select(Resolution.id).where(
            func.to_tsvector(config, Resolution.title).op("@@")(tsquery)
        )
    else:  # any other database: a plain, slow, case-insensitive substring match
        like = f"%{q.strip().lower()}%"
        found = func.lower(Paragraph.text).like(like)
        matched_titles = select(Resolution.id).where(func.lower(Resolution.title).like(like))

    # the matching paragraphs once (a common word matches thousands), with their parents read in
    # the same pass; every branch below reads this one set
    matched = select(Paragraph.id, Paragraph.parent_id).where(found).cte("fulltext_paragraphs")
    return or_(
        Obligation.paragraph_id.in_(select(matched.c.id)),
        # a sub-paragraph counts for the obligation of its parent paragraph, or through an item
        Obligation.paragraph_id.in_(select(matched.c.parent_id).where(matched.c.parent_id.is_not(None))),
        Obligation.id.in_(
            select(ObligationItem.obligation_id).where(ObligationItem.paragraph_id.in_(select(matched.c.id)))
        ),
        Obligation.resolution_id.in_(matched_titles),
    )


# ---------------------------------------------------------------------- the search


@dataclass
class SearchPage:
    """One page of results and what a pager needs."""

    items: list[Obligation]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def first_index(self) -> int:
        return 0 if self.total == 0 else (self.page - 1) * self.per_page + 1

    @property
    def last_index(self) -> int:
        return min(self.total, self.page * self.per_page)


def ordering() -> Sequence[ColumnElement[Any]]:
    """Stable: soonest due first, undated last, then by id (insertion order within a date).

    ``NULLS LAST`` rather than ``due_on IS NULL`` first: an expression cannot be read from an
    index, a plain column can, so a page is the first rows of the ``(status, due_on)`` index."""
    return (Obligation.due_on.asc().nulls_last(), Obligation.id)


def filtered_select(session: Session, flt: ObligationFilter, today: dt.date) -> Select[Any]:
    """``SELECT obligations WHERE …``: the filter as a statement to build on."""
    return select(Obligation).where(and_(true(), *flt.conditions(session, today)))


def clamp_page(page: int | None, per_page: int | None) -> tuple[int, int]:
    per_page = DEFAULT_PER_PAGE if not per_page or per_page < 1 else min(per_page, MAX_PER_PAGE)
    page = 1 if not page or page < 1 else page
    return page, per_page


def _page_ids(
    session: Session, flt: ObligationFilter, today: dt.date, page: int, per_page: int
) -> tuple[int, int, list[int]]:
    """(total, page, ids of the page in order): the two queries that depend on the data size."""
    base = filtered_select(session, flt, today).with_only_columns(Obligation.id)
    total = int(session.scalar(select(func.count()).select_from(base.subquery())) or 0)
    if total and (page - 1) * per_page >= total:  # past the end: show the last page
        page = max(1, math.ceil(total / per_page))
    ids: list[int] = []
    if total:
        ids = list(session.scalars(base.order_by(*ordering()).limit(per_page).offset((page - 1) * per_page)))
    return total, page, ids


def search_obligations(
    session: Session,
    flt: ObligationFilter,
    today: dt.date,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    *,
    cache: ReadCache | None = None,
    options: Sequence[ORMOption] = (),
) -> SearchPage:
    """A page of obligations matching ``flt``: a count and the page's ids (two queries, kept in
    ``cache`` when one is given), then the page's rows by primary key with three eager loads
    (resolution, paragraph, owners), however many rows match. ``options`` adds the loads a
    caller's serialiser needs beyond those (the API's items and evidence), so nothing is read
    lazily row by row."""
    page, per_page = clamp_page(page, per_page)
    if cache is not None:
        key = (str(session.get_bind().url), "search", tuple(sorted(flt.to_args().items(), key=str)),
               flt.include_unpublished, today, page, per_page)
        total, page, ids = cache.get_or_compute(
            _hashable(key), lambda: _page_ids(session, flt, today, page, per_page)
        )
    else:
        total, page, ids = _page_ids(session, flt, today, page, per_page)
    items: list[Obligation] = []
    if ids:
        rows = session.scalars(
            select(Obligation)
            .where(Obligation.id.in_(ids))
            .options(
                selectinload(Obligation.resolution),
                selectinload(Obligation.paragraph),
                selectinload(Obligation.owners),
                *options,
            )
        )
        by_id = {ob.id: ob for ob in rows}
        items = [by_id[i] for i in ids if i in by_id]
    return SearchPage(items=items, total=total, page=page, per_page=per_page)


def _hashable(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    return value
