"""Search and filters over obligations: one interface for the dashboards and the JSON API.

``ObligationFilter`` is what a URL's query string says (so a view can be bookmarked and shared);
``search_obligations`` turns it into one count and one page query, with owners, resolution and
paragraph eager-loaded in a fixed number of further queries. Full text runs over paragraph text
(sub-paragraphs and items count for the obligation they belong to) and resolution titles, kept
together as one document per obligation (migration ``0015``: SQLite FTS5, a PostgreSQL tsvector
with a GIN index); the paragraphs' own full-text objects estimate a word's share (SQLite's FTS5
table of ``0002``; PostgreSQL's statistics of the stored tsvector of ``0013``, unindexed since
``0027``).

Overdue is derived: a tracked obligation due before ``today`` and still open; it is never stored.
The rule (and "tracked", "due within", a mandate's state) is written once, on the model
(``Obligation.is_overdue`` and its siblings), as a Python predicate and its SQL expression.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    case,
    cast,
    column,
    exists,
    func,
    literal_column,
    null,
    or_,
    select,
    table,
    text,
    true,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from tracker.calendar import session_body
from tracker.db import KEPT, MAX_ID
from tracker.models import (
    DEFAULT_MANDATE_EXPIRING_DAYS,
    OPEN_STATUSES,
    TRACKED_KINDS,
    Body,
    MandateState,
    Obligation,
    ObligationItem,
    ObligationKind,
    ObligationStatus,
    Paragraph,
    Resolution,
    obligation_owners,
)
from tracker.models.obligations import mandate_state_conditions, overdue_sql, renewed_sql, tracked_sql
from tracker.services.counts import TODAY, DayStatement
from tracker.services.errors import Invalid
from tracker.services.readcache import ReadCache
from tracker.services.rows import obligations_by_id, of_page, page_rows

#: PostgreSQL text search configuration; the GIN indexes of migration 0002 use the same one.
PG_TS_CONFIG = "english"
#: the full-text objects migrations 0002, 0013 and 0015 create; they are not part of the models'
#: metadata (``ix_paragraphs_text_fts``: PostgreSQL's before revision 0027, which drops it)
FULLTEXT_TABLES = ("paragraphs_fts", "resolutions_fts", "obligations_fts")
FULLTEXT_INDEXES = ("ix_paragraphs_text_fts", "ix_resolutions_title_fts", "ix_obligations_fts_document")
#: PostgreSQL: a paragraph's tsvector, generated from its text and stored in its row (0013)
PG_TEXT_SEARCH = "text_search"
FULLTEXT_COLUMNS = (PG_TEXT_SEARCH,)

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
#: the longest due window a URL may ask for (ten years)
MAX_DUE_WITHIN = 3660

_WORD = re.compile(r"\w+", re.UNICODE)
_SESSION = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*?)[\s\-/]*(\d{1,4})\s*$")


def _sitting(value: str | None, name: str, errors: list[str]) -> str | None:
    """The body whose sessions a deadline names (``calendar.session_body``): a principal organ's or another's
    ("CCPCJ"); where ``value`` is none, ``name`` goes to ``errors``."""
    if value is None:
        return None
    try:
        return str(session_body(value))
    except ValueError:
        errors.append(name)
        return None


def is_fulltext_object(name: str | None) -> bool:
    """True for the FTS tables (and SQLite's shadow tables) and indexes of migration 0002 and
    the stored tsvector column of migration 0013.

    The drift test and ``migrations/env.py`` use it to leave them out of model comparisons.
    """
    if not name:
        return False
    return name in FULLTEXT_INDEXES or name in FULLTEXT_COLUMNS or any(
        name == t or name.startswith(t + "_") for t in FULLTEXT_TABLES
    )


@dataclass(frozen=True)
class ObligationFilter:
    """Filters in URL form. Empty means "everything published".

    - ``body``, ``session``: the adopting body and session of the resolution (GA, 71)
    - ``due_body``, ``due_session``: the session a deadline names ("due at GA 81")
    - ``status``, ``kind``: any of several values
    - ``owner``: an entity id
    - ``tracked``: only the kinds the register counts (report, action, agenda)
    - ``overdue``: only tracked obligations due before today and still open
    - ``mandate``: mandates in any of these states (active, expiring, expired, renewed)
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
    tracked: bool = False
    overdue: bool = False
    mandate: tuple[str, ...] = ()
    due_within: int | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    symbol: str | None = None
    q: str | None = None
    #: a resolution id (links from a resolution page); not shown as a form field
    resolution: int | None = None
    #: officers may see resolutions still under review; never set from a URL
    include_unpublished: bool = field(default=False, compare=False)
    #: days before its end that a mandate is *expiring* (the ``MANDATE_EXPIRING_DAYS`` setting)
    expiring_days: int = field(default=DEFAULT_MANDATE_EXPIRING_DAYS, compare=False)
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

        def integer(name: str, low: int = 0, high: int = MAX_ID) -> int | None:
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

        def flag(name: str) -> bool:
            return (get(name) or "").lower() in ("1", "true", "yes", "on")

        due_body, due_session = _sitting(get("due_body"), "due_body", errors), integer("due_session", 1, 9999)
        combined = get("due")  # "GA-81", "GA 81", "C34-2024": the short form session pages link with
        if combined:
            match = _SESSION.match(str(combined))
            if match is None:
                errors.append("due")
            elif (found := _sitting(match.group(1), "due", errors)) is not None:
                due_body, due_session = found, int(match.group(2))
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
            tracked=flag("tracked"),
            overdue=flag("overdue"),
            mandate=choices("mandate", [m.value for m in MandateState]),
            due_within=integer("due_within", 0, MAX_DUE_WITHIN),
            due_from=date("due_from"),
            due_to=date("due_to"),
            symbol=str(symbol)[:80] if symbol else None,
            q=str(q)[:200] if q else None,
            resolution=integer("resolution", 1),
            errors=tuple(dict.fromkeys(errors)),
        )

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> ObligationFilter:
        """A filter from values a caller has validated and typed already (the API's query
        schema), so that a request is not parsed twice; names that are no filter are ignored."""
        names = {f.name for f in fields(cls)} - {"include_unpublished", "expiring_days", "errors"}
        picked = {k: v for k, v in values.items() if k in names and v not in (None, "")}
        for name, allowed in (("status", ObligationStatus), ("kind", ObligationKind),
                              ("mandate", MandateState)):
            if name in picked:  # canonical order, as from_args gives it
                picked[name] = tuple(a.value for a in allowed if a.value in picked[name])
        return cls(**picked)

    def to_args(self) -> dict[str, Any]:
        """The query arguments that reproduce this filter (lists for repeated parameters)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("include_unpublished", "errors", "expiring_days"):
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

    def conditions(
        self, session: Session | None, today: dt.date, *, paged: bool = False
    ) -> list[ColumnElement[bool]]:
        """WHERE clauses over ``Obligation`` alone (conditions on its resolution are subqueries),
        the filter's values written into them (``session`` may be None when there are no words).

        ``paged``: the statement reads the first rows in ``ordering()`` and stops (a page and its
        bounded count); a common word is then checked on each obligation read (see
        ``fulltext_condition``) instead of being matched first."""
        form = self.form(session, today, paged=paged)
        return self.conditions_of(form, today, Written(form.values))

    def form(
        self, session: Session | None, today: dt.date, *, paged: bool = False, documents: bool = False,
        in_order: bool = False,
    ) -> FilterForm:
        """The values of the filters in use, each by the name of the parameter that binds it in a
        statement built once per shape (``conditions_of`` with ``Bound``), and that shape.
        ``documents``: the statement may read the documents instead of the obligations
        (``FilterForm.documents_walked`` and ``documents_matched``: a page of ids read from the first
        rows in order, no keyset). ``in_order``: SQLite's documents may be read in the page's order
        (``FilterForm.documents_ordered``), for any page or keyset position."""
        values = self.row_values(today)
        symbols, words = split_symbols(self.q) if self.q else ([], [])
        backend = session.get_bind().dialect.name if session is not None else None
        words = words[:MAX_WORDS]
        walk = bool(words) and paged and common_words(session, words) >= set(words)
        #: the filters the words' match answers with its documents' terms (``facet_terms``); on
        #: PostgreSQL a walk is kept when more than a page's bound match them (``few_matches``)
        facets = self.facets() if words and backend in FACETED else {}
        documents_walked = documents_matched = False
        if walk and backend == "postgresql" and (not facets or not few_matches(session, words, facets)):
            # a walk: a wide body's term stays in each walked row's test of its document, which
            # spares the rows holding the words a look-up of their resolution (``conditions_of``;
            # the bench's search at 501k: 16,369 -> 13,306 buffers, 0.87x of the request's CPU, see
            # bench/README); not the status's and kind's, read from the walked index: selective,
            # the status's term made the planner misjudge the walk (216 rows) and run it in
            # parallel workers, 1.8x slower
            wide = "body" in facets and wide_body(session, self.body)
            facets = {"body": facets["body"]} if wide else {}
            # with one status or none, the documents' own index walked (its status in their
            # column; with none — ``q=report``, common words and no filter a document holds a term
            # of — their index by due date, ``obligations_fts_due``, 0029), each tested where it
            # lies, instead of each obligation's document looked up by its id
            documents_walked = documents and not symbols and self._walks_documents(wide)
        elif words and backend == "postgresql" and (facets or not walk):
            # the words' documents read first (rare words, or common ones held with the filters'
            # terms by at most ``COUNT_LIMIT`` documents): with no filter but those terms, the page
            # is read from the documents alone, their status and due date in their columns, no
            # obligation joined to find it (the bench's search at 50k: the statement 0.67x)
            documents_matched = documents and not symbols and self._read_from_documents()
        #: SQLite: the words' documents, stored in the page's order (0037), are the page when they
        #: answer every filter: the status, kind and body asked for (with ``tracked`` and
        #: ``overdue``'s kinds and statuses) as their terms in the match, the due dates as a range
        #: of their rowids (``ordered_facets``, ``key_range``)
        ordered_facets = (self.ordered_facets() if in_order and backend == "sqlite" and words
                          and not symbols else None)
        documents_ordered = ordered_facets is not None
        if documents_ordered:
            facets = ordered_facets
            values |= self.key_range(today)
        if self.body and "body" not in facets:
            values["body"] = self.body
        if self.session is not None:
            values["session"] = self.session
        if self.owner is not None:
            values["owner"] = self.owner
        prefix = None
        if self.symbol:
            prefix, values["symbol"] = symbol_filter_value(self.symbol)
        for i, symbol in enumerate(symbols):  # "A/RES/71/19" or "71/19" typed into the words box
            values[f"q_symbol_{i}"], values[f"q_symbol_end_{i}"] = symbol_values(symbol)
        if self.resolution is not None:
            values["resolution"] = self.resolution
        dialect = None
        if words:
            # every word must appear, each in the paragraph or in its resolution's title ("report
            # INTERPOL": a report asked for in a resolution about INTERPOL): in the obligation's
            # document (migration 0015), which holds both, and the status, kind and body asked
            # for (0025): the match is of those obligations only
            dialect = backend
            values |= fulltext_values(dialect, words, facets)
        documents_ordered = documents_ordered and "fts_q" in values
        # the body alone among the resolution's conditions: with most resolutions of that body its
        # resolutions' obligations are not the way in (see ``wide_body``); with few, they are the
        # way in on PostgreSQL too, unless a rare word's few matches are (see ``narrow_body``)
        body_only = paged and set(values) & {"body", "session", "symbol", "q_symbol_0"} == {"body"}
        wide = body_only and wide_body(session, self.body)
        narrow = body_only and not wide and (walk or not words) and backend == "postgresql"
        looked_up = wide and backend == "postgresql"
        by_id = backend == "sqlite"
        owner_first = (paged and backend == "postgresql" and self.owner is not None
                       and not owner_walked(session, self.owner))
        mandate_sorted = paged and backend == "sqlite" and bool(self.mandate)
        shape = (tuple(values), self.include_unpublished, self.tracked, self.overdue, self.mandate,
                 self.expiring_days if self.mandate else None, prefix, dialect, walk, wide, narrow,
                 looked_up, documents_walked, documents_matched, by_id, owner_first, mandate_sorted,
                 documents_ordered)
        return FilterForm(values, shape, prefix, dialect, walk, wide, narrow, looked_up, documents_walked,
                          documents_matched, by_id, owner_first, mandate_sorted, documents_ordered)

    def _walks_documents(self, wide: bool) -> bool:
        """Whether a walked page of this filter can walk the documents (``FilterForm.
        documents_walked``): one status or none, and no filter but a wide body (its documents'
        term) and the words (with none, ``q=report``: the documents' index by due date, 0029). Not
        a kind: the obligations' walked index holds it, and a rare kind is passed over there
        without its document read (``q=implementation&status=ongoing&kind=report`` at 501k: 5.6x
        the server's CPU walking the documents)."""
        return len(self.status) <= 1 and not self.kind \
            and (self.body is None or wide) and self._read_from_documents()

    def ordered_facets(self) -> dict[str, list[str]] | None:
        """SQLite (``FilterForm.documents_ordered``): the terms a document must hold for this filter
        (``facets``, the kinds narrowed to the tracked ones by ``tracked`` and ``overdue``, the
        statuses to the open ones by ``overdue``), or None when a filter is not answered by the
        documents alone (or no kind or status is left: the other statement finds nothing)."""
        if not (self.session is None and self.owner is None and not self.symbol and self.resolution is None
                and self.due_body is None and self.due_session is None and not self.mandate):
            return None
        facets = self.facets()
        narrowed = (("kind", ObligationKind, TRACKED_KINDS, self.tracked or self.overdue),
                    ("status", ObligationStatus, OPEN_STATUSES, self.overdue))
        for name, every, allowed, narrows in narrowed:
            if narrows:
                facets[name] = [m.value for m in every if m in allowed
                                and (name not in facets or m.value in facets[name])]
                if not facets[name]:
                    return None
        return facets

    def key_range(self, today: dt.date) -> dict[str, int]:
        """SQLite: the due dates asked for (``due_within``, ``due_from``, ``due_to``, ``overdue``)
        as the first and last document rowid (``document_key``) in them, by parameter name
        (``key_from``, ``key_to``); an undated obligation is in none."""
        low, high = [], []
        if self.due_within is not None:
            low.append(document_key(today, 0))
            high.append(document_key(today + dt.timedelta(days=self.due_within), _ID_MASK))
        if self.due_from is not None:
            low.append(document_key(self.due_from, 0))
        if self.due_to is not None:
            high.append(document_key(self.due_to, _ID_MASK))
        if self.overdue:
            high.append(document_key(today, 0) - 1)
        if low and not high:
            high.append(document_key(None, 0) - 1)
        return ({"key_from": max(low)} if low else {}) | ({"key_to": min(high)} if high else {})

    def _read_from_documents(self) -> bool:
        """Whether the documents alone answer this filter with its words: no filter but those
        whose values a document holds (status, kind and body as terms, ``facet_terms``)."""
        return (self.session is None and self.owner is None and not self.symbol
                and self.resolution is None and self.due_body is None and self.due_session is None
                and self.due_within is None and self.due_from is None and self.due_to is None
                and not self.tracked and not self.overdue and not self.mandate)

    def facets(self) -> dict[str, list[str]]:
        """The values of the filters an obligation's document has terms for (``facet_terms``):
        its status, its kind and its resolution's body, each any of the values listed."""
        chosen = {"status": list(self.status), "kind": list(self.kind),
                  "body": [self.body] if self.body else []}
        return {name: values for name, values in chosen.items() if values}

    def row_values(self, today: dt.date) -> dict[str, Any]:
        """The values of ``row_conditions`` in use, by parameter name (see ``form``)."""
        values: dict[str, Any] = {}
        if self.due_body:
            values["due_body"] = self.due_body
        if self.due_session is not None:
            values["due_session"] = self.due_session
        if self.status:
            values["status"] = list(self.status)
        if self.kind:
            values["kind"] = list(self.kind)
        if self.due_within is not None:
            values["due_within_to"] = today + dt.timedelta(days=self.due_within)
        if self.due_from is not None:
            values["due_from"] = self.due_from
        if self.due_to is not None:
            values["due_to"] = self.due_to
        return values

    def conditions_of(self, form: FilterForm, today: dt.date, v: Written) -> list[ColumnElement[bool]]:
        """``conditions`` of the filter ``form`` describes, its values written in by ``v``
        (``Written``) or bound by name (``Bound``, ``today`` then being ``TODAY``): nothing but
        the form's shape decides what is written."""
        values = form.values
        if form.documents_ordered:
            return ordered_documents_conditions(v, self.include_unpublished)
        if form.on_documents:
            return documents_conditions(v, self.include_unpublished, walked=form.documents_walked)
        where: list[ColumnElement[bool]] = []
        #: conditions on the resolution, applied as one ``resolution_id IN (…)``: no join, so the
        #: database can drive from the obligations' own indexes (status, due date) and stop at a LIMIT
        of_resolution: list[ColumnElement[bool]] = []
        if not self.include_unpublished:
            where.append(published_by_id_condition() if form.published_by_id else published_condition())
        if "body" in values:
            of_resolution.append(Resolution.body == v("body"))
        if "session" in values:
            of_resolution.append(Resolution.session == v("session"))
        where.extend(self.row_conditions(Obligation, renewed_sql(Obligation), today, v))
        if "owner" in values:
            owned = select(obligation_owners.c.obligation_id).where(
                obligation_owners.c.entity_id == v("owner"))
            if form.owner_first:
                # PostgreSQL: the owner's obligations read first, as an array (an InitPlan the
                # planner sizes as 10 ids), by their primary key, then sorted; with ``IN (…)`` it
                # walked the page's order testing each obligation, and most owners' obligations are
                # undated, so last: every owner's page read most of the register (see ``owner_walked``)
                where.append(Obligation.id == any_(func.array(owned.scalar_subquery())))
            else:
                where.append(Obligation.id.in_(owned))
        if "symbol" in values:
            of_resolution.append(symbol_filter_sql(form.symbol_prefix, v("symbol")))
        i = 0
        while f"q_symbol_{i}" in values:
            of_resolution.append(symbol_sql(v(f"q_symbol_{i}"), v(f"q_symbol_end_{i}")))
            i += 1
        if form.wide_body_looked_up:
            # PostgreSQL: each row's resolution looked up by its primary key and its body compared
            # there (a semi-join: on a walked page, a nested loop over the rows that pass the
            # words). The list of the other bodies' resolutions (below) is built by reading every
            # resolution once per statement (6,960 rows at 50,000 obligations, 69,600 at 500,000:
            # the bench's search grew 1.9×); the look-ups cost the rows walked, whatever the
            # register's size. Not a scalar subquery tested before the words: the planner costs
            # one at two random page reads a row, and at 50,000 obligations gave up the walk for
            # a sort of every matching row (``q=report&body=GA&kind=report`` 5.8× slower).
            where.append(exists(select(1).select_from(Resolution).where(
                Resolution.id == Obligation.resolution_id, Resolution.body == v("body"))
                .correlate(Obligation)))
        elif form.wide_body:
            # "+": not read through the obligations' resolution index; and the resolutions of the
            # other bodies listed, not the body's own: the body is the only condition on the
            # resolution and has most of them, so the list each row is tested against is the
            # smaller (built once per statement: 960 ids instead of 6,000 for the GA). The same
            # rows: every obligation has a resolution, every resolution a body.
            where.append(literal_column("+obligations.resolution_id").not_in(
                select(Resolution.id).where(Resolution.body != v("body"))))
        elif form.narrow_body:
            # PostgreSQL: the body's resolutions read first, as an array (an InitPlan), and their
            # obligations through the resolution index, then sorted (the page's order written so
            # that no index gives it: ``ordering(sorted_=True)``). With ``IN (…)`` the planner
            # walked the page's order over every obligation (a narrow body's rows are mostly
            # undated, so last), looking each one's resolution up: 50,157 rows read for the HRC's
            # 3,675 (see bench/README). The planner sizes the array as 10 resolutions, so it
            # drives from it: only a body with few resolutions (not ``wide_body``) is written so.
            where.append(Obligation.resolution_id == any_(
                func.array(select(Resolution.id).where(*of_resolution).scalar_subquery())))
        elif of_resolution:
            where.append(Obligation.resolution_id.in_(select(Resolution.id).where(*of_resolution)))
        if "resolution" in values:
            where.append(Obligation.resolution_id == v("resolution"))
        if form.dialect is not None:
            condition = fulltext_sql(form.dialect, v, walk=form.walk)
            if condition is not None:
                where.append(condition)
        return where

    def row_conditions(
        self, cols: Any, renewed: ColumnElement[bool], today: dt.date, v: Written | None = None
    ) -> list[ColumnElement[bool]]:
        """The conditions on an obligation's own counted values (kind, status, deadline session,
        due date, a mandate's end and ``renewed``), over ``cols``: the obligations, or the counts
        kept per combination of those values (``tracker.models.counts``). ``v``: how the values
        of ``row_values`` enter them (by default, written in)."""
        if v is None:
            v = Written(self.row_values(today))
        values = v.values
        where: list[ColumnElement[bool]] = []
        if "due_body" in values:
            where.append(cols.deadline_body == v("due_body"))
        if "due_session" in values:
            where.append(cols.deadline_session == v("due_session"))
        if "status" in values:
            where.append(cols.status.in_(v("status")))
        if "kind" in values:
            where.append(cols.kind.in_(v("kind")))
        if self.tracked:
            where.append(tracked_sql(cols))
        if self.overdue:
            where.append(overdue_sql(cols, today))
        if self.mandate:
            states = mandate_state_conditions(cols, renewed, today, self.expiring_days)
            where.append(or_(*(states[state] for state in self.mandate)))
        if "due_within_to" in values:
            where.append(cols.due_on.between(today, v("due_within_to")))
        if "due_from" in values:
            where.append(cols.due_on >= v("due_from"))
        if "due_to" in values:
            where.append(cols.due_on <= v("due_to"))
        return where

    @property
    def only_counted_values(self) -> bool:
        """True when every filter is one of ``row_conditions``: the kept counts can answer it.
        The adopting body and session, an owner, a symbol, words and a resolution cannot."""
        return (self.body is None and self.session is None and self.owner is None and not self.symbol
                and not self.q and self.resolution is None)


@dataclass(frozen=True)
class FilterForm:
    """A filter as values by parameter name and the shape of its conditions
    (``ObligationFilter.form``): filters of one shape are one statement, their values bound."""

    values: dict[str, Any]
    #: what the conditions' text depends on: the values' names, the flags, a mandate's states,
    #: whether the symbol filter is a prefix, the database (for words) and whether they are walked
    shape: tuple[Any, ...]
    symbol_prefix: bool | None
    #: the database's name when there are words, else None
    dialect: str | None
    walk: bool
    #: the body filter is not the statement's way in (``wide_body``)
    wide_body: bool = False
    #: the body filter is the statement's way in, on PostgreSQL (a body not ``wide_body``, and no
    #: words or only common ones; see ``ObligationFilter.conditions_of``)
    narrow_body: bool = False
    #: ``wide_body`` on PostgreSQL: the body tested by a look-up of each row's resolution, not
    #: against a list of the other bodies' resolutions (see ``ObligationFilter.conditions_of``)
    wide_body_looked_up: bool = False
    #: PostgreSQL, a walk of one status with no filter but a wide body, or of the words alone: the
    #: documents' own index in the page's order is walked (``obligations_fts_walk``, migration 0028;
    #: with no status ``obligations_fts_due``, 0029) and each
    #: document tested where it lies, instead of each obligation's document looked up by its id;
    #: the conditions are on the documents (``documents_conditions``)
    documents_walked: bool = False
    #: PostgreSQL, the words' documents read first with no filter but those they hold terms of
    #: (status, kind, body): the page is read from the matching documents alone, in the page's
    #: order of their columns, no obligation joined (``documents_conditions``)
    documents_matched: bool = False
    #: SQLite: the published test on the obligation's id, which the walked indexes hold, not on its
    #: resolution's (``published_by_id_condition``)
    published_by_id: bool = False
    #: PostgreSQL, a page of an owner not ``owner_walked``: the owner's obligations are the
    #: statement's way in (see ``ObligationFilter.conditions_of``)
    owner_first: bool = False
    #: SQLite, a mandate state filtered: the page's rows found through the indexes of a mandate's
    #: end (``expires_on``'s, and the mandates' of migration 0033) and sorted
    #: (``ordering(unindexed=True)``), not the page's order walked testing each obligation's row
    #: (SQLite keeps no statistics: it walked all 50,272 for the 257 active mandates at 50k)
    mandate_sorted: bool = False
    #: SQLite, the words with no filter but those their documents hold terms of (status, kind,
    #: body), a page within the count's bound: the page is the first matching documents in rowid
    #: order, which is the page's order (``document_key``, migration 0037), no obligation read
    #: (``ordered_documents_conditions``)
    documents_ordered: bool = False

    @property
    def on_documents(self) -> bool:
        """The page's ids are read from the documents (``documents_walked``, ``documents_matched``,
        ``documents_ordered``)."""
        return self.documents_walked or self.documents_matched or self.documents_ordered


class Written:
    """A filter's values written into its conditions: the statement is built for this filter, and
    two filters may meet in one statement (the mandate panels' do) without their names colliding."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = values

    def __call__(self, name: str) -> Any:
        """The value, to compare a column with."""
        return self.values[name]

    def param(self, name: str) -> Any:
        """The value as a parameter, where no column gives it a type (a function's argument)."""
        return bindparam(name, self.values[name], unique=True)


class Bound(Written):
    """A filter's values as parameters named after them, given at execution (``values``): one
    statement serves every filter of the same ``FilterForm.shape`` and its cache key is computed
    once (building it and its key cost ≈ 3 ms a search on SQLite, see bench/README)."""

    def __call__(self, name: str) -> Any:
        return bindparam(name, required=True, expanding=isinstance(self.values[name], list))

    def param(self, name: str) -> Any:
        return bindparam(name, self.values[name], required=True)


#: words of the words box each add a condition; more than this are ignored
MAX_WORDS = 8
#: a document symbol typed among the words: letters or digits around slashes ("A/RES/71/19", "71/19")
_SYMBOL_TOKEN = re.compile(r"^[A-Za-z0-9.\-]+(?:/[A-Za-z0-9.\-]+)+$")


def split_symbols(q: str) -> tuple[list[str], list[str]]:
    """The words box's input as (symbols, words): a token with a slash is a resolution symbol."""
    symbols, words = [], []
    for token in q.split():
        token = token.strip(",;()\"'")
        if _SYMBOL_TOKEN.match(token):
            symbols.append(token)
        else:
            words.extend(_WORD.findall(token))
    return symbols, words


#: the escape character of every LIKE pattern built with ``like_literal``
LIKE_ESCAPE = "\\"


def like_literal(text: str) -> str:
    """``text`` as part of a LIKE pattern (``escape=LIKE_ESCAPE``) that matches only itself:
    its ``%`` and ``_`` are not wildcards there."""
    return text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace(
        "_", LIKE_ESCAPE + "_")


def symbol_filter_condition(symbol: str) -> ColumnElement[bool]:
    """The resolutions a ``symbol`` filter names: every symbol beginning with it when it ends in
    "/" (or "*": "A/RES/78/", "A/RES/78/*"), else exactly that symbol, in any case."""
    return symbol_filter_sql(*symbol_filter_value(symbol))


def symbol_filter_value(symbol: str) -> tuple[bool, str]:
    """A ``symbol`` filter as (whether it is a prefix, the value ``symbol_filter_sql`` compares
    the symbols with: a LIKE pattern, or the symbol in upper case)."""
    symbol = symbol.strip()
    if symbol.endswith(("/", "*")):
        return True, like_literal(symbol.rstrip("*")) + "%"
    return False, symbol.upper()


def symbol_filter_sql(prefix: bool, value: Any) -> ColumnElement[bool]:
    if prefix:
        return Resolution.symbol.like(value, escape=LIKE_ESCAPE)
    return func.upper(Resolution.symbol) == value


def symbol_condition(symbol: str) -> ColumnElement[bool]:
    """A resolution by its full symbol or its end ("71/19" finds A/RES/71/19), any case."""
    return symbol_sql(*symbol_values(symbol))


def symbol_values(symbol: str) -> tuple[str, str]:
    """The values ``symbol_sql`` compares the symbols with: the symbol in upper case, and a LIKE
    pattern of the symbols that end with it."""
    symbol = symbol.strip().upper()
    return symbol, "%/" + like_literal(symbol)


def symbol_sql(exact: Any, end: Any) -> ColumnElement[bool]:
    return or_(func.upper(Resolution.symbol) == exact,
               func.upper(Resolution.symbol).like(end, escape=LIKE_ESCAPE))


def published_condition() -> ColumnElement[bool]:
    """The obligation's resolution is published, as "not among the unpublished ones": that set is
    small (imports under review) and read from the ``published_at`` index, where a join would
    fetch every resolution's row (on SQLite past its long ``source_text``) for every obligation."""
    return Obligation.resolution_id.not_in(select(Resolution.id).where(Resolution.published_at.is_(None)))


def published_by_id_condition() -> ColumnElement[bool]:
    """``published_condition`` tested on the obligation's id: not among the obligations of the
    unpublished resolutions (a list as small, read once per statement through the resolution
    index). SQLite (``FilterForm.published_by_id``): every index it walks a page by holds the id,
    not the resolution, so the resolution's test read each walked row's wide table row to find it;
    ``q=report`` walks ``ix_obligations_due_on`` and did that for its 1,001 matches, a third of its
    statement (3.1 -> 2.1 ms, see bench/README)."""
    return Obligation.id.not_in(unpublished_ids())


def unpublished_ids() -> Select[Any]:
    """The ids of the obligations of unpublished resolutions (imports under review): a small list,
    read through the obligations' resolution index."""
    unpublished = Obligation.__table__.alias("unpublished")
    return select(unpublished.c.id).where(unpublished.c.resolution_id.in_(
        select(Resolution.id).where(Resolution.published_at.is_(None))))


def unpublished_condition() -> ColumnElement[bool]:
    """The obligation's resolution is not published (an import under review): the complement of
    ``published_condition``, read through the same small set."""
    return Obligation.resolution_id.in_(select(Resolution.id).where(Resolution.published_at.is_(None)))


def overdue_condition(today: dt.date) -> ColumnElement[bool]:
    """Derived, never stored: a tracked obligation due before today and still open (the SQL side of
    ``Obligation.is_overdue``)."""
    return Obligation.is_overdue(today)


# ---------------------------------------------------------------------- full text


def fts5_query(q: str) -> str | None:
    """Words as an FTS5 query in which every word must appear; operators typed by the user are
    neutralised (each word is quoted), so any input is a valid query."""
    words = _WORD.findall(q)
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:32])


def merge_fulltext(session: Session) -> tuple[str, ...]:
    """SQLite: each full-text index of ``FULLTEXT_TABLES`` merged into one segment (FTS5's
    ``optimize``), the entries of documents rewritten since dropped; the tables merged.

    Every write transaction adds a segment to an FTS5 index, and a rewritten document (a status
    changed, a paragraph corrected) leaves its old entries in the older segments; a match reads
    each word from every segment. Merged, the bench's search matched its words in 0.65 ms
    instead of 1.13 (see bench/README, 4 December 22:25). It rewrites each index, holding the
    database's write lock: 1-5 s for the three at 50,000 obligations, so the scheduler runs it at
    night (``jobs.fulltext_job``). Other databases: nothing (PostgreSQL's GIN indexes take in their
    pending entries when autovacuum vacuums the table)."""
    if session.get_bind().dialect.name != "sqlite":
        return ()
    conn = session.connection()
    for name in FULLTEXT_TABLES:
        conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('optimize')"))  # noqa: S608 - our names
    return FULLTEXT_TABLES


#: a word in at least this share of the paragraphs is *common* (see ``fulltext_condition``)
COMMON_SHARE = 0.05
#: the share is estimated on the paragraphs with the highest ids (the latest imported): at most
#: this many, read as a range of row ids of the full-text index, whatever the size of the record
SAMPLE_PARAGRAPHS = 10_000


def common_words(session: Session, words: Sequence[str]) -> set[str]:
    """The words found in at least ``COMMON_SHARE`` of the paragraphs, estimated in one statement.

    SQLite: counted on a sample, the newest ``SAMPLE_PARAGRAPHS`` paragraphs (FTS5 reads a range
    of row ids of a word's matches and nothing else). PostgreSQL: the share ``ANALYZE`` recorded
    for the word's lexemes among the most common ones of the stored tsvector column (none before
    the table is analysed: every word is then matched first); the statement also turns the JIT
    compiler off for the rest of the transaction. Other databases: none.

    Kept per process for ``SHARE_SECONDS`` (by database and words): on PostgreSQL the estimate
    read and compared ``pg_stats``' ≈ 1,000 most common lexemes, ≈ 1 ms of the server's time on
    every search with words, on SQLite ≈ 0.5 ms (see bench/README); what is kept decides only the
    plan. A kept estimate on PostgreSQL still turns JIT off (``_JIT_OFF``)."""
    dialect = session.get_bind().dialect.name
    key = (str(session.get_bind().url), "words", tuple(words))
    known = _kept_share(key)
    if dialect == "postgresql":
        words = [word for word in words if _WORD.search(word)]
        if not words:
            return set()
        # the same statement turns JIT compilation off for the rest of the transaction (SET LOCAL):
        # the planner costs a walk high (a subplan per obligation), past ``jit_above_cost``, and
        # compiling it took 30-75 ms at 50,000 obligations, longer than running it (see bench/README)
        if known is not None:
            session.connection().execute(_JIT_OFF, execution_options=KEPT)
            return known
        statement = _statement(("shares", dialect, len(words)), lambda: _pg_shares(len(words)))
        params = {f"ts_word_{i}": word for i, word in enumerate(words)}
        _, *found = statement.run(session.connection(), params).one()
        return _keep_share(key, {word for word, share in zip(words, found, strict=True)
                                 if share >= COMMON_SHARE})
    if dialect != "sqlite":
        return set()
    queries = {word: query for word in words if (query := fts5_query(word)) is not None}
    if not queries:
        return set()
    if known is not None:
        return known
    statement = _statement(("shares", dialect, len(queries)), lambda: _sqlite_shares(len(queries)))
    params = {f"fts_q_{i}": query for i, query in enumerate(queries.values())} | {"fts_n": SAMPLE_PARAGRAPHS}
    last_id, *found = statement.run(session.connection(), params).one()
    sample = min(SAMPLE_PARAGRAPHS, last_id)  # ids are dense enough: a few deleted rows at most
    return _keep_share(key, {word for word, n in zip(queries, found, strict=True)
                             if n and n >= COMMON_SHARE * sample})


#: what ``_pg_shares`` sets besides the shares, for a search whose shares were kept
_JIT_OFF = select(func.set_config("jit", "off", true()))


def _pg_shares(n: int) -> Select[Any]:
    """``common_words``' statement for ``n`` words (``ts_word_0`` …), built once per process."""
    shares = [
        text("SELECT coalesce(max(e.share), 0) FROM pg_stats AS s, "  # noqa: S608 - only the word's number
             "unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, share) "
             "WHERE s.schemaname = current_schema() AND s.tablename = 'paragraphs' "
             "AND s.attname = :ts_column AND e.lexeme = ANY "
             f"(tsvector_to_array(to_tsvector(CAST(:ts_config AS regconfig), :ts_word_{i})))")
        .bindparams(bindparam(f"ts_word_{i}", required=True), bindparam("ts_column", PG_TEXT_SEARCH),
                    bindparam("ts_config", PG_TS_CONFIG))
        .columns(share=Float()).scalar_subquery()
        for i in range(n)
    ]
    return select(func.set_config("jit", "off", true()), *shares)


def _sqlite_shares(n: int) -> Select[Any]:
    """``common_words``' statement for ``n`` words (``fts_q_0`` …, ``fts_n``), built once per process."""
    newest = select(func.coalesce(func.max(Paragraph.id), 0)).scalar_subquery()
    counts = [
        text(f"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH :fts_q_{i} "  # noqa: S608 - as above
             "AND rowid > (SELECT coalesce(max(id), 0) FROM paragraphs) - :fts_n")
        .bindparams(bindparam(f"fts_q_{i}", required=True), bindparam("fts_n", required=True))
        .columns(n=Paragraph.id.type).scalar_subquery()
        for i in range(n)
    ]
    return select(newest, *counts)


#: a body with at least this share of the published resolutions is "wide" (``wide_body``)
WIDE_BODY_SHARE = 0.5
#: how long a process keeps a share (a body's of the resolutions, ``wide_body``; the words' of the
#: paragraphs, ``common_words``): shares move with imports, slowly, and only a statement's speed
#: depends on them, never its rows
SHARE_SECONDS = 600.0
#: at most this many kept (the words are what visitors type): past it the store is emptied
MAX_SHARES = 4096
_SHARES: dict[tuple[Any, ...], tuple[Any, float]] = {}


def _kept_share(key: tuple[Any, ...]) -> Any | None:
    """What ``_keep_share`` kept under ``key`` less than ``SHARE_SECONDS`` ago, or None."""
    known = _SHARES.get(key)
    return known[0] if known is not None and time.monotonic() - known[1] <= SHARE_SECONDS else None


def _keep_share(key: tuple[Any, ...], value: Any) -> Any:
    if len(_SHARES) >= MAX_SHARES:
        _SHARES.clear()
    _SHARES[key] = (value, time.monotonic())
    return value

_BODY_SHARE = text("SELECT coalesce(sum(CASE WHEN body = :body THEN n ELSE 0 END), 0), coalesce(sum(n), 0) "
                   "FROM resolution_counts WHERE published")


def wide_body(session: Session | None, body: str | None) -> bool:
    """Whether ``body`` has at least ``WIDE_BODY_SHARE`` of the published resolutions (the kept
    ``resolution_counts``; looked up once per ``SHARE_SECONDS`` per process): its filter is
    then a test of each row walked, against the other bodies' resolutions (``conditions_of``).

    SQLite, which keeps no statistics, reads a page filtered by body through the obligations'
    resolution index, each of the body's resolutions in turn, then sorts them all: for the GA,
    6,000 of 6,960 resolutions, ≈ 43,000 obligations, 26-32 ms where walking the page's order and
    testing the body costs 5-10 ms (see bench/README); for the SC or the HRC the index is the way
    in. PostgreSQL walks the page's order too and tests the body by looking each row's resolution
    up (see ``conditions_of``)."""
    if session is None or body is None or session.get_bind().dialect.name not in ("sqlite", "postgresql"):
        return False
    key = (str(session.get_bind().url), "body", body)
    known = _kept_share(key)
    if known is None:
        of_body, published = session.connection().execute(_BODY_SHARE, {"body": body}).one()
        known = _keep_share(key, published > 0 and of_body >= WIDE_BODY_SHARE * published)
    return known


_OWNER_SHARE = text("SELECT coalesce((SELECT sum(n) FROM owner_counts WHERE entity_id = :owner), 0), "
                    "coalesce((SELECT sum(n) FROM session_counts), 0)")


def owner_walked(session: Session | None, owner: int) -> bool:
    """PostgreSQL: whether a page of ``owner``'s obligations walks the page's order, testing each
    obligation (``IN (…)``), rather than reading the owner's obligations first and sorting them
    (``FilterForm.owner_first``): when reading the owner's obligations would cost more than a walk
    that finds a page's bound of them, ``COUNT_LIMIT + 1`` of all the obligations in the share the
    owner holds, a walked obligation costing three reads (its due date's index entry, its row, a
    probe of the owner's links) against two (its key, its row): the kept ``owner_counts`` and
    ``session_counts``, looked up once per ``SHARE_SECONDS`` per process. At 50,000 obligations an
    owner of more than ≈ 8,700 is walked: the General Assembly's 12,905 (16 ms walked, 57 read
    first, loaded; the Secretary-General's 8,256: 50 and 42, Member States' 7,808: 60 and 40). The
    walk assumes the owner's obligations spread over the order, and the planner did too, walking
    for nearly every owner: most obligations are undated (42,343 of 50,272), so last, and a page of
    an owner of 697 read the whole register (48 ms, 5.5 read first; the first pages of the 82
    owners 2.9 s in all, 0.74 s read first, see bench/README)."""
    if session is None or session.get_bind().dialect.name != "postgresql":
        return True
    key = (str(session.get_bind().url), "owner", owner)
    known = _kept_share(key)
    if known is None:
        owned, everything = session.connection().execute(_OWNER_SHARE, {"owner": owner}).one()
        known = _keep_share(key, 2 * owned * owned > 3 * (COUNT_LIMIT + 1) * everything)
    return known


#: the obligations' full-text documents (migration 0015): the texts a search's words are found in,
#: one document per obligation (SQLite: an FTS5 table, rowid = the obligation's id); on PostgreSQL
#: with its obligation's status and due date (0028)
_DOCUMENTS = table("obligations_fts", column("rowid"), column("obligation_id"), column("document"),
                   column("status"), column("due_on"))


#: SQLite: a document's rowid is its obligation's due date's day number (or ``UNDATED_DAY``) shifted
#: left ``DOCUMENT_ID_BITS``, then the obligation's id (``document_key``; migration 0037 writes the
#: same in SQL)
UNDATED_DAY = 9999999
DOCUMENT_ID_BITS = 32
_ID_MASK = (1 << DOCUMENT_ID_BITS) - 1


def document_key(due_on: dt.date | None, obligation_id: int) -> int:
    """SQLite: the rowid of an obligation's document, in the page's order (``ordering()``): soonest
    due first, undated last, then by id."""
    day = UNDATED_DAY if due_on is None else due_on.toordinal() + _JULIAN_OF_ORDINAL
    return (day << DOCUMENT_ID_BITS) | obligation_id


#: ``julianday`` of a day, truncated, less its ``date.toordinal``
_JULIAN_OF_ORDINAL = 1721424


def _document_key_sql(due_on: Any, ident: Any) -> ColumnElement[Any]:
    """``document_key`` in SQL (migration 0037 writes the same)."""
    day = func.coalesce(cast(func.julianday(due_on), Integer), literal_column(str(UNDATED_DAY), Integer))
    return day.op("<<")(literal_column(str(DOCUMENT_ID_BITS), Integer)).op("|")(ident)


def _document_id(key: Any) -> ColumnElement[Any]:
    return key.op("&")(literal_column(str(_ID_MASK), Integer))


def _document_due_on(key: Any) -> ColumnElement[Any]:
    """The due date a document's rowid holds (``document_key``), as a date."""
    day = key.op(">>")(literal_column(str(DOCUMENT_ID_BITS), Integer))
    return type_coerce(case((day == literal_column(str(UNDATED_DAY), Integer), null()),
                            else_=func.date(day + literal_column("0.5"))), Obligation.due_on.type)


def ordered_documents_conditions(v: Written, include_unpublished: bool) -> list[ColumnElement[bool]]:
    """SQLite: the conditions of a page read from the documents alone (``FilterForm.
    documents_ordered``): the words, with the terms of the status, kind and body asked for, matched
    (``fts_q``), the due dates asked for as a range of rowids (``ObligationFilter.key_range``), and
    the obligation's resolution published (its id, the rowid's low bits, not among
    the few obligations of unpublished resolutions: ``published_by_id_condition``)."""
    documents = _DOCUMENTS.c
    where = [documents.document.op("MATCH")(v.param("fts_q"))]
    if "key_from" in v.values:
        where.append(documents.rowid >= v("key_from"))
    if "key_to" in v.values:
        where.append(documents.rowid <= v("key_to"))
    if not include_unpublished:
        where.append(_document_id(documents.rowid).not_in(unpublished_ids()))
    return where


def documents_conditions(v: Written, include_unpublished: bool, *, walked: bool) -> list[ColumnElement[bool]]:
    """PostgreSQL: the conditions of a page read from the documents (``FilterForm.on_documents``),
    on ``obligations_fts``: the words (with the filters' terms they are matched with) in the
    document, the obligation's resolution published (as ``published_condition``: not among the
    obligations of the few unpublished resolutions) and, in a walk (``walked``), the status in its
    column (a match holds its term: the column's index would only be read besides the match's)."""
    documents = _DOCUMENTS.c
    where = [documents.status.in_(v("status"))] if walked and "status" in v.values else []
    if not include_unpublished:
        where.append(documents.obligation_id.not_in(select(Obligation.id).where(unpublished_condition())))
    names = [name for name in v.values if name.startswith("ts_word_")]
    return [*where, *_pg_tests(v, names)]


def fulltext_condition(
    session: Session, words: Sequence[str], *, walk: bool = False
) -> ColumnElement[bool] | None:
    """Obligations in whose paragraph, sub-paragraphs, items' paragraphs or resolution title
    every one of ``words`` appears (each may be in a different one).

    None when ``words`` hold no word at all (then it filters nothing).

    Those texts are one document per obligation, kept by the triggers of migration 0015. By
    default the matching documents are read first, once: the few matches of a rare word lead to
    their obligations. ``walk`` (every word common, in a paged statement) makes it a check on each
    obligation the statement reads instead: the statement walks the obligations in the page's
    order (the ``(status, due_on)`` index) and stops at its LIMIT, looking each one's document up
    by its id. A common word is in about a third of all paragraphs: matched first, it costs a
    read of every one of them; walked, the page reads about as many obligations as it shows and
    counts (up to ``COUNT_LIMIT + 1``) however large the record is.
    """
    dialect = session.get_bind().dialect.name
    return fulltext_sql(dialect, Written(fulltext_values(dialect, words)), walk=walk)


#: the databases whose obligations' documents hold ``facet_terms`` (migration 0025)
FACETED = ("sqlite", "postgresql")
#: SQLite: joins a term's name and value, and stands for the underscores of the value: a token
#: character for FTS5's ``unicode61`` that no word of the words box holds (see ``split_symbols``)
_FTS5_MARK = "\ue000"


def facet_terms(dialect: str, name: str, values: Sequence[str]) -> list[str]:
    """The terms an obligation's document holds for ``values`` of the filter ``name`` (status,
    kind, body; migration 0025 writes them in SQL, the same way), as the database's full-text
    query spells them: SQLite a quoted FTS5 token, PostgreSQL a tsquery lexeme with a space."""
    if dialect == "sqlite":
        return [f'"{name}{_FTS5_MARK}{value.replace("_", _FTS5_MARK)}"' for value in values]
    return ["'{}'".format(f"{name} {value}".replace("'", "''")) for value in values]


def fulltext_values(
    dialect: str, words: Sequence[str], facets: Mapping[str, Sequence[str]] | None = None
) -> dict[str, Any]:
    """The values of ``fulltext_sql``'s parameters for ``words``: an FTS5 query (SQLite), each
    word (PostgreSQL), each word's LIKE pattern (any other database); empty for no word.
    ``facets`` (``ObligationFilter.facets``; SQLite and PostgreSQL): the match holds only
    documents with a term of each (``facet_terms``)."""
    groups = [" | ".join(facet_terms(dialect, name, values)) if dialect == "postgresql" else
              "(" + " OR ".join(facet_terms(dialect, name, values)) + ")"
              for name, values in (facets or {}).items()]
    if dialect == "sqlite":
        query = fts5_query(" ".join(words))
        return {} if query is None else {"fts_q": " AND ".join([query, *groups])}
    if dialect == "postgresql":
        found = {f"ts_word_{i}": word for i, word in enumerate(w for w in words if _WORD.search(w))}
        if found and groups:
            found["ts_facets"] = " & ".join(f"({group})" for group in groups)
        return found
    return {f"like_{i}": f"%{word.strip().lower()}%" for i, word in enumerate(words)}


def fulltext_sql(dialect: str, v: Written, *, walk: bool = False) -> ColumnElement[bool] | None:
    """``fulltext_condition`` over the values of ``fulltext_values`` (in ``v``)."""
    names = [name for name in v.values if name.startswith(("fts_q", "ts_word_", "like_"))]
    if not names:
        return None
    if dialect == "sqlite":
        match = _DOCUMENTS.c.document.op("MATCH")(v.param("fts_q"))
        if walk:
            # the walked obligation's document key (``document_key``: its due date and id, which
            # the walked indexes hold) looked up among the match's rowids (one list per statement,
            # built in the rowids' order: of the ids, in an order of their own, it cost 1.8 ms
            # more for the 13,000 documents of "report"; a full-text query per obligation walked,
            # as an EXISTS, cost twice the whole request, see bench/README)
            return _document_key_sql(literal_column("obligations.due_on"),
                                     literal_column("obligations.id")).in_(select(_DOCUMENTS.c.rowid).where(match))
        # the rowid is the page's order, the obligation's id in its low bits (``document_key``)
        return Obligation.id.in_(select(_document_id(_DOCUMENTS.c.rowid)).where(match))
    if dialect == "postgresql":
        tests = _pg_tests(v, names)
        if walk:  # each obligation's document found by its id and tested in its row
            return exists(select(1).select_from(_DOCUMENTS).where(
                _DOCUMENTS.c.obligation_id == Obligation.id, *tests).correlate(Obligation))
        return Obligation.id.in_(select(_DOCUMENTS.c.obligation_id).where(*tests))
    # any other database: a plain, slow, case-insensitive substring match of each word
    return and_(*(_substring_condition(v(name)) for name in names))


def _pg_tests(v: Written, names: Sequence[str]) -> list[ColumnElement[bool]]:
    """PostgreSQL: a document's test for each word of ``names`` (``fulltext_values``' values)."""
    config = literal_column(f"'{PG_TS_CONFIG}'")
    queries = [func.websearch_to_tsquery(config, v.param(name)) for name in names]
    if "ts_facets" in v.values:
        # the status, kind and body asked for, with the first word; not with a word that is no
        # query (a stop word: its test finds nothing, as without them)
        first = queries[0]
        queries[0] = case((func.numnode(first) > 0, first.op("&&")(cast(v.param("ts_facets"), TSQUERY))),
                          else_=first)
    return [_DOCUMENTS.c.document.op("@@")(query) for query in queries]


def few_matches(session: Session, words: Sequence[str], facets: Mapping[str, Sequence[str]]) -> bool:
    """PostgreSQL: whether at most ``COUNT_LIMIT`` documents hold every one of ``words`` and a term
    of each of ``facets`` (``ObligationFilter.facets``), counted up to one more (the GIN index).

    A page walked in its order stops at ``COUNT_LIMIT + 1`` matching obligations: with more
    matches the walk reads about as many obligations as it shows and counts, and the words' match
    narrowed by the facets would read them all and sort them (``q=report&status=not_started``:
    2,151 matches, the server's time 1.29× the walk's). With fewer, the walk reads every
    obligation of the filters and the narrowed match is the way in (the bench's search: 925 of
    3,313 not-started obligations). Kept per process as the words' shares are (``SHARE_SECONDS``):
    what is kept decides only the plan, never the rows."""
    key = (str(session.get_bind().url), "matches", tuple(words),
           tuple((name, tuple(values)) for name, values in facets.items()))
    known = _kept_share(key)
    if known is None:
        values = fulltext_values("postgresql", words, facets)
        names = [name for name in values if name.startswith("ts_word_")]
        matched = select(_DOCUMENTS.c.obligation_id).where(*_pg_tests(Written(values), names))
        found = session.connection().execute(
            select(func.count()).select_from(matched.limit(COUNT_LIMIT + 1).subquery())).scalar_one()
        known = _keep_share(key, found <= COUNT_LIMIT)
    return known


def _substring_condition(like: Any) -> ColumnElement[bool]:
    found = select(Paragraph.id, Paragraph.parent_id).where(func.lower(Paragraph.text).like(like)).cte()
    return or_(
        Obligation.paragraph_id.in_(select(found.c.id)),
        Obligation.paragraph_id.in_(select(found.c.parent_id).where(found.c.parent_id.is_not(None))),
        Obligation.id.in_(
            select(ObligationItem.obligation_id).where(ObligationItem.paragraph_id.in_(select(found.c.id)))
        ),
        Obligation.resolution_id.in_(select(Resolution.id).where(func.lower(Resolution.title).like(like))),
    )


# ---------------------------------------------------------------------- the search


#: counts stop here: past it a page says "more than 1,000" (an exact count of a common word over
#: the whole record costs as much as the rest of the page many times over, and nobody reads it)
COUNT_LIMIT = 1000


@dataclass
class SearchPage:
    """One page of results and what a pager needs.

    ``total`` is exact when ``total_is_exact``; otherwise it is a lower bound (more than
    ``COUNT_LIMIT`` match), and ``pages`` the pages known to exist so far."""

    #: plain rows (``rows.ObligationRow``), or what ``search_obligations``' ``load`` read
    items: list[Any]
    total: int
    page: int
    per_page: int
    total_is_exact: bool = True
    #: keyset pagination: the position after this page's last row (``None`` on the last page)
    next_after: str | None = None

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


def ordering(*, sorted_: bool = False, unindexed: bool = False) -> Sequence[ColumnElement[Any]]:
    """Stable: soonest due first, undated last, then by id (insertion order within a date).

    ``NULLS LAST`` rather than ``due_on IS NULL`` first: an expression cannot be read from an
    index, a plain column can, so a page is the first rows of the ``(status, due_on)`` index.
    ``sorted_`` (PostgreSQL): the same order written as an expression (``due_on + 0``) that no
    index gives, so the statement reads the rows its filters' indexes find and sorts them instead
    of walking the due dates (a narrow body's page, see ``FilterForm.narrow_body``). ``unindexed``
    (SQLite): the same, as ``+due_on`` (SQLite's unary plus keeps the value, a date's text, and no
    index gives it: a mandate state's page, see ``FilterForm.mandate_sorted``)."""
    due = (Obligation.due_on + literal_column("0", Integer) if sorted_ else
           literal_column("+obligations.due_on", Obligation.due_on.type) if unindexed else Obligation.due_on)
    return (due.asc().nulls_last(), Obligation.id)


#: A keyset position: the due date as a day number (``date.toordinal``, so that every string
#: of this shape is a position, as the API document promises) or ``-`` for an undated row, then
#: the obligation's id: ``739947.123``, ``-.123``.
AFTER_PATTERN = r"^(-|[1-9][0-9]{0,5})\.[0-9]{1,10}$"
_AFTER = re.compile(AFTER_PATTERN)


def encode_after(due_on: dt.date | None, obligation_id: int) -> str:
    """The keyset position of a row in ``ordering()``."""
    return f"{due_on.toordinal() if due_on else '-'}.{obligation_id}"


def decode_after(value: str) -> tuple[dt.date | None, int]:
    """The inverse of ``encode_after``; ``Invalid`` for anything else."""
    if not _AFTER.match(value):
        raise Invalid(f"not a position: {value!r}", field="after")
    day, _, ident = value.partition(".")
    # an id past the largest a row can have is a position after every row (and stays in range)
    return (None if day == "-" else dt.date.fromordinal(int(day))), min(int(ident), MAX_ID)


def after_condition(after: str) -> ColumnElement[bool]:
    """Rows after the keyset position ``after`` in ``ordering()`` (read from the index, no OFFSET)."""
    values = after_values(after)
    return after_sql(Written(values))


def after_values(after: str) -> dict[str, Any]:
    """The values of ``after_sql``'s parameters for the keyset position ``after``."""
    due_on, ident = decode_after(after)
    return {"after_id": ident} | ({} if due_on is None else {"after_due": due_on})


def after_sql(v: Written) -> ColumnElement[bool]:
    """``after_condition`` over the values of ``after_values`` (in ``v``)."""
    if "after_due" not in v.values:
        return and_(Obligation.due_on.is_(None), Obligation.id > v("after_id"))
    return or_(
        Obligation.due_on > v("after_due"),
        and_(Obligation.due_on == v("after_due"), Obligation.id > v("after_id")),
        Obligation.due_on.is_(None),
    )


def filtered_select(
    session: Session, flt: ObligationFilter, today: dt.date, *, paged: bool = False
) -> Select[Any]:
    """``SELECT obligations WHERE …``: the filter as a statement to build on (``paged``: see
    ``ObligationFilter.conditions``)."""
    return select(Obligation).where(and_(true(), *flt.conditions(session, today, paged=paged)))


def clamp_page(page: int | None, per_page: int | None) -> tuple[int, int]:
    per_page = DEFAULT_PER_PAGE if not per_page or per_page < 1 else min(per_page, MAX_PER_PAGE)
    page = 1 if not page or page < 1 else page
    return page, per_page


@dataclass(frozen=True)
class _Found:
    """What the statement depending on the data's size found: plain data, safe to cache."""

    ids: tuple[int, ...]
    total: int
    page: int
    exact: bool
    next_after: str | None
    #: the page's rows, read with its ids (``with_rows``, within ``COUNT_LIMIT``); never cached
    rows: tuple[Any, ...] = ()


#: the statements of ``_page_ids`` by their part and their filter's shape (``FilterForm.shape``):
#: built once, their cache keys computed once; a process sees a few dozen shapes, and the dict is
#: emptied should URLs ever make more
_STATEMENTS: dict[tuple[Any, ...], DayStatement] = {}
MAX_STATEMENTS = 512


def _statement(key: tuple[Any, ...], build: Callable[[], Any]) -> DayStatement:
    statement = _STATEMENTS.get(key)
    if statement is None:
        if len(_STATEMENTS) >= MAX_STATEMENTS:
            _STATEMENTS.clear()
        statement = _STATEMENTS[key] = DayStatement.of(build())
    return statement


def _page_ids(
    session: Session, flt: ObligationFilter, today: dt.date, page: int, per_page: int,
    *, after: str | None = None, exact_count: bool = False, with_rows: bool = False, details: bool = False,
) -> _Found:
    """One statement reads the page's ids and, within ``COUNT_LIMIT``, the total: the full-text
    match and the filters are evaluated once per request. Beyond the limit the total is a lower
    bound (an exact count only when asked for, or to find the last page of a URL past the end).
    ``with_rows``: within the limit, the same statement reads the page's rows with their owners
    (``details``: their items and evidence too; ``rows.of_page``, ``_Found.rows``), two round
    trips fewer.

    Each statement is built once per shape of filter (``FilterForm``), the filter's values, the
    keyset position, the bound and the page bound by name."""
    offset = 0 if after is not None else (page - 1) * per_page
    # the documents walked for a page within the count's bound, not past it (``q=report&status=
    # not_started&page=25`` at 501k: 4.6x the server's CPU) nor after a keyset position
    # (SQLite's documents in the page's order, ``documents_ordered``: any page, any position)
    form = flt.form(session, today, paged=True, documents=after is None and offset + per_page <= COUNT_LIMIT,
                    in_order=True)
    values = form.values | (after_values(after) if after is not None else {})
    if after is not None and form.documents_ordered:  # the documents after the position's key
        values = values | {"after_key": document_key(*decode_after(after))}
    positioned = (after is not None, "after_due" in values)

    def where(of: FilterForm) -> list[ColumnElement[bool]]:
        v = Bound(of.values | values)
        if after is None:
            return flt.conditions_of(of, TODAY, v)
        if of.documents_ordered:
            return [*flt.conditions_of(of, TODAY, v), _DOCUMENTS.c.rowid > v("after_key")]
        return [*flt.conditions_of(of, TODAY, v), after_sql(v)]

    def ordered() -> Select[Any]:
        if form.documents_ordered:  # the documents' rowid is the page's order (``document_key``)
            key = _DOCUMENTS.c.rowid
            return (select(_document_id(key).label("id"), _document_due_on(key).label("due_on"),
                           key.label("page_key"))
                    .where(and_(true(), *where(form))).order_by(key))
        if form.on_documents:  # ``ordering()`` on the documents' columns (their walked index's)
            documents = _DOCUMENTS.c
            return (select(documents.obligation_id.label("id"), documents.due_on)
                    .where(and_(true(), *where(form)))
                    .order_by(documents.due_on.asc().nulls_last(), documents.obligation_id))
        return (select(Obligation.id, Obligation.due_on).where(and_(true(), *where(form)))
                .order_by(*ordering(sorted_=form.narrow_body, unindexed=form.mandate_sorted)))

    def capped() -> Any:
        return ordered().limit(bindparam("count_cap", type_=Integer)).subquery()

    def run(part: str, build: Callable[[], Any], of: FilterForm = form, **more: Any) -> Any:
        # plain Core rows through the session's connection: the ORM's execution and result
        # wrapping cost ≈ 0.1 ms a statement and give nothing to a statement of columns (reads only)
        statement = _statement((part, of.shape, positioned), build)
        return statement.run(session.connection(), statement.params(today, **(of.values | values), **more))

    def count() -> int:
        # every match, not the first ones in order: the words are matched first (a walk with a
        # test per obligation would test every obligation of the filters)
        unpaged = flt.form(session, today)
        return int(run("count", lambda: select(func.count()).select_from(
            select(Obligation.id).where(and_(true(), *where(unpaged))).subquery()), unpaged).scalar() or 0)

    def window_statement() -> Select[Any]:
        rows = capped()
        order = ((rows.c.page_key,) if form.documents_ordered else
                 (rows.c.due_on.asc().nulls_last(), rows.c.id))
        return (select(rows.c.id, rows.c.due_on, func.count().over().label("found"))
                .order_by(*order)
                .limit(bindparam("page_limit", type_=Integer))
                .offset(bindparam("page_offset", type_=Integer)))

    if offset + per_page <= COUNT_LIMIT:
        # the first COUNT_LIMIT + 1 matches, counted in the statement: only the page's rows come
        # back (reading up to 1,001 rows to count them cost ≈ 0.4 ms more on SQLite)
        def window(at: int) -> list[Any]:
            dialect = session.get_bind().dialect.name
            part, build = (("window rows", dialect, details),
                           lambda: _with_rows(window_statement(), dialect, details)) if with_rows else \
                ("window", window_statement)
            return run(part, build, count_cap=COUNT_LIMIT + 1, page_limit=per_page, page_offset=at).all()

        rows = window(offset)
        if not rows and offset:  # past the end, or nothing: how many there are, then the last page
            found = int(run("capped", lambda: select(func.count()).select_from(capped()),
                            count_cap=COUNT_LIMIT + 1).scalar() or 0)
            page = max(1, math.ceil(found / per_page))
            offset = (page - 1) * per_page
            rows = window(offset) if found else []
        rows_read = tuple(rows) if with_rows else ()
        found = rows[0].found if rows else 0
        exact = found <= COUNT_LIMIT
        total = found if exact or not exact_count else count()
        exact = exact or exact_count
        chosen, more = rows, found > offset + per_page
    else:
        rows_read = ()
        rows = run("deep", lambda: ordered().limit(bindparam("page_limit", type_=Integer)).offset(
            bindparam("page_offset", type_=Integer)), page_limit=per_page + 1, page_offset=offset).all()
        if not rows:  # past the end: the last page, found by counting
            total = count()
            page = max(1, math.ceil(total / per_page))
            return _page_ids(session, flt, today, page, per_page, exact_count=True, with_rows=with_rows,
                             details=details) \
                if total else _Found((), 0, 1, True, None)
        chosen, more = rows[:per_page], len(rows) > per_page
        exact = not more or exact_count
        total = count() if exact_count else offset + len(rows)
    last = chosen[-1] if chosen and more else None
    next_after = encode_after(last.due_on, last.id) if last is not None else None
    return _Found(tuple(r.id for r in chosen), total, page, exact, next_after, rows_read)


def _with_rows(window: Select[Any], dialect: str, details: bool) -> Select[Any]:
    """The page of ``window`` (ids, due dates, the bounded count) with each obligation's row and
    its owners (with ``details`` its items and evidence too: ``rows.of_page``), in the page's order."""
    ids = window.subquery()
    return of_page(ids, dialect, details=details).order_by(ids.c.due_on.asc().nulls_last(), ids.c.id)


def search_obligations(
    session: Session,
    flt: ObligationFilter,
    today: dt.date,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    *,
    cache: ReadCache | None = None,
    details: bool = False,
    after: str | None = None,
    exact_count: bool = False,
) -> SearchPage:
    """A page of obligations matching ``flt``: one statement for the page's ids and a bounded
    count (kept in ``cache`` when one is given), then the page's rows by primary key, plain rows
    with their resolution's symbol, their paragraph and their owners (``rows.obligations_by_id``,
    with ``details`` their items and evidence too, as the API gives them), however many rows
    match. Without ``cache``, within ``COUNT_LIMIT``, the page's rows come with its ids, their
    owners (items, evidence) with them (two statements fewer, round trips on PostgreSQL).
    ``after`` (``SearchPage.next_after`` of the previous page) pages by keyset instead of
    ``page``; ``exact_count`` counts past ``COUNT_LIMIT``."""
    page, per_page = clamp_page(page, per_page)
    if after is not None:
        decode_after(after)  # a bad position is the caller's ValueError, before any query
    if cache is not None:
        key = (str(session.get_bind().url), "search", tuple(sorted(flt.to_args().items(), key=str)),
               flt.include_unpublished, today, page, per_page, after, exact_count)
        found = cache.get_or_compute(
            _hashable(key),
            lambda: _page_ids(session, flt, today, page, per_page, after=after, exact_count=exact_count),
        )
    else:
        found = _page_ids(session, flt, today, page, per_page, after=after, exact_count=exact_count,
                          with_rows=True, details=details)
    # plain rows, not mapped obligations: the ORM's instances, eager loads and the resolutions'
    # JSON columns decoded for every row cost more than the page's statement (see bench/README)
    if found.rows:
        items: list[Any] = page_rows(found.rows, details=details)
    elif found.ids:
        items = obligations_by_id(session, list(found.ids), details=details)
    else:
        items = []
    return SearchPage(items=items, total=found.total, page=found.page, per_page=per_page,
                      total_is_exact=found.exact, next_after=found.next_after)


def _hashable(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    return value
