"""Read models for the delegation dashboards.

Counts, due dates and overdue concern the *tracked* kinds only (report, action, agenda; the rule
is ``Obligation.is_tracked`` and its siblings on the model): standing calls, mandates (which
expire) and declaratory paragraphs are shown but counted apart or not at all. The headline
numbers come from ``tracker.services.summary`` (shared with ``/api/v1/summary``).

Every function here runs a small, fixed number of aggregate queries, whatever the size of the
register: counts are computed by the database (``GROUP BY`` with ``SUM(CASE …)``), never by
loading rows; lists load a bounded page with ``selectinload``. ``today`` is always passed in.
Only published resolutions are shown.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    CompoundSelect,
    Date,
    Integer,
    String,
    Text,
    and_,
    bindparam,
    case,
    cast,
    exists,
    extract,
    false,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session, selectinload

from tracker.calendar import Body, Calendar, CalendarError, SessionDates
from tracker.calendar.bodies import SESSION_BODIES
from tracker.calendar.core import body_name
from tracker.db import KEPT, decode_json, plan_once_for_any_values
from tracker.models import (
    DEFAULT_MANDATE_EXPIRING_DAYS,
    OPEN_STATUSES,
    Entity,
    MandateState,
    Obligation,
    ObligationKind,
    ObligationStatus,
    ParagraphKind,
    Resolution,
    Subscription,
    SubscriptionTarget,
    obligation_owners,
    paragraph_footnotes,
)
from tracker.models import tables as t
from tracker.models.counts import CountHorizon, OwnerCount
from tracker.models.obligations import open_sql, overdue_early_sql, overdue_sql, tracked_sql, written_code
from tracker.services.calendar import load_calendar
from tracker.services.counts import (
    OBLIGATIONS,
    PUBLISHED_RESOLUTIONS,
    TODAY,
    DayStatement,
    Source,
    counted_rows,
    counts_statement,
    filter_statement,
    sum_counts,
    sum_if,
    summed,
    written_limit,
)
from tracker.services.readcache import ReadCache
from tracker.services.rows import ObligationRow, list_rows, resolution_obligations
from tracker.services.search import (
    ObligationFilter,
    SearchPage,
    overdue_condition,
    published_condition,
    search_obligations,
    unpublished_condition,
)
from tracker.services.successors import match_paragraphs
from tracker.services.summary import (
    OverviewCounts,
    SessionSums,
    Summary,
    overview_by_session,
    overview_counts,
    overview_statement,
)

#: display order of statuses everywhere (tables, legends, stacked bars)
STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in ObligationStatus)
_OPEN = sorted(OPEN_STATUSES)
#: the open statuses' counts of a ``by_status``
_open_of = operator.itemgetter(*_OPEN)
#: the bodies with sessions in the overview's order of its sessions
_BODY_ORDER = {body.value: i for i, body in enumerate(SESSION_BODIES)}


# ---------------------------------------------------------------------- building blocks


@dataclass
class Progress:
    """Counts by status for one group (an owner, a resolution, a session, everything)."""

    key: Any = None
    label: str = ""
    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUS_ORDER, 0))
    overdue: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def open(self) -> int:
        return sum(_open_of(self.by_status))

    @property
    def completed(self) -> int:
        return self.by_status[ObligationStatus.COMPLETED.value]

    @property
    def percent_completed(self) -> int:
        """Completed out of what has a finish line (ongoing and not-applicable do not count)."""
        measurable = self.completed + self.open
        return round(100 * self.completed / measurable) if measurable else 0

    def add(self, status: str, count: int, overdue: int = 0) -> None:
        self.by_status[status] = self.by_status.get(status, 0) + int(count or 0)
        self.overdue += int(overdue or 0)


def _published() -> Any:
    return Resolution.published_at.is_not(None)


def _status_columns(today: Any) -> list[Any]:
    """``SUM(CASE WHEN status = … THEN 1 ELSE 0 END)`` per status of the tracked obligations, then
    the overdue count."""
    cols = [sum_if(and_(Obligation.is_tracked, Obligation.status == written_code(s))).label(f"n_{s}")
            for s in STATUS_ORDER]
    cols.append(sum_if(Obligation.is_overdue(today)).label("n_overdue"))
    return cols


def _progress_from_row(row: Any, key: Any, label: str) -> Progress:
    progress = Progress(key=key, label=label)
    for s in STATUS_ORDER:
        progress.by_status[s] = int(getattr(row, f"n_{s}") or 0)
    progress.overdue = int(row.n_overdue or 0)
    return progress


def session_dates(calendar: Calendar, body: str | None, number: int | None) -> SessionDates | None:
    if not body or number is None:
        return None
    try:
        return calendar.session_dates(body, number)
    except (CalendarError, ValueError):
        return None


# ---------------------------------------------------------------------- overview


@dataclass
class SessionSummary:
    body: str
    session: int
    progress: Progress
    reports: int = 0
    reports_not_started: int = 0
    dates: SessionDates | None = None


@dataclass
class MonthBucket:
    """Obligations due in one calendar month, split by what is left to do."""

    year: int
    month: int
    done: int = 0  # completed or not applicable
    open: int = 0  # open, not yet overdue
    overdue: int = 0
    ongoing: int = 0

    @property
    def total(self) -> int:
        return self.done + self.open + self.overdue + self.ongoing

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return _add_months(self.first_day, 1) - dt.timedelta(days=1)


@dataclass
class Overview:
    today: dt.date
    #: the headline numbers, exactly those of ``/api/v1/summary``
    summary: Summary
    #: mandates expiring within the window, and expired without renewal
    mandates: MandatePanels
    totals: Progress
    due_30: int
    due_90: int
    resolutions: int
    sessions: list[SessionSummary]
    upcoming: list[SessionSummary]
    owners: list[Progress]
    recent_resolutions: list[Progress]
    months: list[MonthBucket]

    @property
    def overdue_before_months(self) -> int:
        """Overdue obligations that fell due before the first of ``months`` (the chart shows the
        months around today only): the headline's overdue less those the months hold."""
        return self.summary.overdue - sum(b.overdue for b in self.months)

    @property
    def overdue_before(self) -> dt.date:
        """The last day before the months: those overdue obligations fell due by it."""
        return self.months[0].first_day - dt.timedelta(days=1)


def published_resolutions(session: Session) -> int:
    """How many resolutions are published: summed over the kept counts per body (the overview
    reads it with its other numbers, ``overview_by_session``)."""
    return int(session.connection().scalar(PUBLISHED_RESOLUTIONS) or 0)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def overview(
    session: Session,
    today: dt.date,
    *,
    cache: ReadCache | None = None,
    calendar: Calendar | None = None,
    owners_limit: int = 10,
    resolutions_limit: int = 10,
    sessions_limit: int = 12,
    months_before: int = 6,
    months_after: int = 12,
    expiring_days: int = DEFAULT_MANDATE_EXPIRING_DAYS,
) -> Overview:
    """The front page: totals by status, overdue, due soon, sessions (upcoming ones with their
    reports), owners, recent resolutions and deadlines per month. A fixed number of queries, or
    none when ``cache`` holds a fresh copy (the result is plain data, safe to share). The totals,
    sessions, months and headline numbers are sums over the kept counts (``tracker.services.
    counts``); the owners' table still counts their obligations (no owner dimension is kept)."""
    if cache is not None:
        key = (str(session.get_bind().url), "overview", today, owners_limit, resolutions_limit,
               sessions_limit, months_before, months_after, expiring_days)
        return cache.get_or_compute(key, lambda: overview(
            session, today, calendar=calendar, owners_limit=owners_limit,
            resolutions_limit=resolutions_limit, sessions_limit=sessions_limit,
            months_before=months_before, months_after=months_after, expiring_days=expiring_days,
        ))
    # its statements' best plans depend on no value but the day: planned once for any values, as
    # the calendar's statement asks on PostgreSQL (one round trip for both)
    if calendar is None:
        calendar = load_calendar(session, then_plan_once=True)
    else:
        plan_once_for_any_values(session)
    # 1. the headline numbers, the tracked obligations' sums per deadline session and the published
    # resolutions (``summary.overview_by_session``: summed over the kept counts, grouped by the
    # database to a row per kind and status and one per session, and the rows dated near today;
    # unpublished ones subtracted), the owners' table, the recent resolutions and the months: one
    # statement on PostgreSQL, four elsewhere (``_front_page``); a ``SessionSummary`` is made only
    # for the ≈ 20 sessions the page shows, not for each of the ≈ 110 sessions a 50k register has
    summary_filter = ObligationFilter(expiring_days=expiring_days)
    front = _front_page(session, today, summary_filter, owners_limit=owners_limit,
                        resolutions_limit=resolutions_limit, months_before=months_before,
                        months_after=months_after)
    headline, per_session, resolutions = front.counts
    # the totals are the headline's (overdue and due soon are counted among the open tracked
    # obligations only, by the rules' SQL)
    totals = Progress(label="all", by_status=dict(headline.by_status), overdue=headline.overdue)
    due_30, due_90 = headline.due_within_30, headline.due_within_90
    made: dict[tuple[str, int], SessionSummary] = {}

    def summary_of(key: tuple[str, int]) -> SessionSummary:
        found = made.get(key)
        if found is None:
            sums = per_session.get(key) or SessionSums()
            progress = Progress(key=key, by_status=sums.by_status, overdue=sums.overdue)
            found = made[key] = SessionSummary(key[0], key[1], progress, reports=sums.reports,
                                               reports_not_started=sums.reports_not_started)
        return found

    # upcoming sessions (the calendar is pure Python): the next two per body
    upcoming: list[SessionSummary] = []
    horizon = today + dt.timedelta(days=400)
    for body in SESSION_BODIES:
        try:
            coming = calendar.upcoming_sessions(Body.parse(body), today, 2)
        except (CalendarError, ValueError):
            continue
        for dates in coming:
            if dates.opens_on > horizon:
                continue
            summary = summary_of((body, dates.session))
            summary.dates = dates
            upcoming.append(summary)
    upcoming.sort(key=lambda s: s.dates.opens_on if s.dates else dt.date.max)

    # the sessions that still have work, most recent first per body
    with_work = sorted(
        per_session.with_work(),
        key=lambda key: (_BODY_ORDER.get(key[0], 9), -key[1]),
    )
    sessions = [summary_of(key) for key in with_work[:sessions_limit]]
    for summary in sessions:
        summary.dates = summary.dates or session_dates(calendar, summary.body, summary.session)

    return Overview(
        today=today,
        summary=headline,
        mandates=mandate_panels(session, today, summary_filter),  # 2.
        totals=totals,
        due_30=due_30,
        due_90=due_90,
        resolutions=resolutions,
        sessions=sessions,
        upcoming=upcoming,
        owners=front.owners,
        recent_resolutions=front.recent_resolutions,
        months=front.months,
    )


class _FrontPage(NamedTuple):
    """What ``_front_page`` reads for the overview."""

    counts: OverviewCounts
    owners: list[Progress]
    recent_resolutions: list[Progress]
    months: list[MonthBucket]


def _front_page(session: Session, today: dt.date, flt: ObligationFilter, *, owners_limit: int,
                resolutions_limit: int, months_before: int, months_after: int) -> _FrontPage:
    """The overview's numbers (``overview_by_session``), owners' table (``owner_table``), recent
    resolutions (``resolution_progress``) and months (``deadline_months``). On PostgreSQL read in
    one statement (``_front_page_statement``): one round trip instead of four (GET / in process,
    alternated, loaded: the client's CPU 0.87 a round, wall 0.95). Elsewhere by their own four
    statements: on SQLite, which has no round trips, the one statement cost SQLite ≈ 0.1-0.25 ms
    more than the four (its rows as wide as the widest part, the owners' rows materialised),
    more than the SQLAlchemy work it saved (GET / 1.05 CPU)."""
    if session.get_bind().dialect.name != "postgresql":
        return _FrontPage(overview_by_session(session, flt, today),
                          owner_table(session, today, limit=owners_limit),
                          resolution_progress(session, today, limit=resolutions_limit),
                          deadline_months(session, today, months_before=months_before,
                                          months_after=months_after))
    start, end = _months_window(today, months_before, months_after)
    counted: list[Any] = []
    further: dict[int, list[Any]] = {_MONTH_ROW: [], _OWNER_ROW: [], _RESOLUTION_ROW: []}
    for row in filter_statement(_front_page_statement, flt, resolutions_limit).rows(
            session, today, months_from=start, months_to=end):
        further.get(row[0], counted).append(row)
    statuses = len(STATUS_ORDER)
    return _FrontPage(
        overview_counts(session, flt, today, counted),
        _owners_shown(map(_OWNER_COLUMNS.read, further[_OWNER_ROW]), owners_limit),
        sorted((_resolution_shown(*r[:4], r[4:4 + statuses], r[4 + statuses])
                for r in map(_RESOLUTION_COLUMNS.read, further[_RESOLUTION_ROW])), key=_latest_first),
        _month_buckets(start, end, [(*key, *sums) for key, sums in summed(
            map(_MONTH_COLUMNS.read, further[_MONTH_ROW]), 3).items()]),
    )


#: the tags of the overview's rows that ``summary.overview_by_session``'s do not use
#: (``_front_page_statement``): the months', the owners' and the recent resolutions'
_MONTH_ROW, _OWNER_ROW, _RESOLUTION_ROW = 10, 11, 12


class _Placed(NamedTuple):
    """Where a further part's columns go in the row of ``_front_page_statement``, whose first
    part's columns (after the tag) it takes (a negative position counts from the row's end), and
    from where ``_front_page`` reads them back, in the part's own order."""

    positions: tuple[int, ...]

    def place(self, tag: int, columns: Iterable[Any], width: int) -> list[Any]:
        at = {p % width: c for p, c in zip(self.positions, columns, strict=True)}
        return [literal_column(str(tag)), *(at.get(i, null()) for i in range(1, width))]

    def read(self, row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(row[p] for p in self.positions)


#: the months' (year, month, status, how many, overdue, sign), the owners' (entity, name, status,
#: how many, overdue, sign) and the recent resolutions' (id, symbol, title, adoption day, how many
#: by status in ``STATUS_ORDER``, overdue) places in the overview's row
_MONTH_COLUMNS = _Placed((2, 6, 5, 7, 8, 9))
_OWNER_COLUMNS = _Placed((2, 1, 5, 6, 7, 8))
_RESOLUTION_COLUMNS = _Placed((2, 1, 3, -1, *range(6, 7 + len(STATUS_ORDER))))


def _front_page_statement(flt: ObligationFilter, resolutions_limit: int) -> DayStatement:
    """The overview's statement for ``flt``, whose numbers it reads (kept per filter and limit by
    ``filter_statement``; the day and the months' window are bound): ``overview_by_session``'s
    parts (``summary.overview_statement``), then ``deadline_months``'s (a row per month and status,
    kept and of the review queue), ``owner_table``'s (a row per owner and status, kept, between
    the horizon and today, and of the review queue) and ``resolution_progress``'s (the
    ``resolutions_limit`` most recent, whose order is made here), each part placed in the
    columns of the first (text, numbers, a date) after its tag: one statement, where they were
    four (for PostgreSQL: ``_front_page``). The mandate panels stay a statement of their own:
    PostgreSQL plans them with each request's values, the others once for any day."""
    counted = overview_statement(flt).statement
    width = len(counted.selected_columns)
    months = filter_statement(_months_statement, ObligationFilter()).statement
    owners = _owner_statement(False).statement
    recent = _resolution_statement(resolutions_limit or None, False).statement.subquery()
    return DayStatement.of(union_all(
        *counted.selects,
        *(part.with_only_columns(*_MONTH_COLUMNS.place(_MONTH_ROW, part.selected_columns, width))
          for part in _parts(months)),
        owners.with_only_columns(*_OWNER_COLUMNS.place(_OWNER_ROW, owners.selected_columns, width)),
        select(*_RESOLUTION_COLUMNS.place(_RESOLUTION_ROW, recent.c, width)),
    ))


def _parts(statement: Any) -> list[Any]:
    """The selects of a union, or the select itself."""
    return list(statement.selects) if isinstance(statement, CompoundSelect) else [statement]


@dataclass
class MandatePanels:
    """A page's "Mandates expiring" and "Expired without renewal": what must be renewed."""

    #: ending within the filter's window, soonest end first
    expiring: list[MandateRow] = field(default_factory=list)
    #: past their end and not renewed, latest end first
    expired: list[MandateRow] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.expiring or self.expired)


@dataclass(frozen=True)
class MandateRow:
    """A mandate as a panel shows it: its end, what it asks for, and where it is written."""

    id: int
    expires_on: dt.date
    deliverable: str | None
    #: its resolution's symbol, and its paragraph's number, eId and text
    symbol: str
    paragraph_number: str | None
    eid: str
    text: str
    #: the paragraph is printed without a number (``Paragraph.unnumbered``)
    unnumbered: bool = False
    #: where the paragraph's asking clause is said (``Paragraph.asks_from``)
    asks_from: int = 0


_PANEL_ORDER = {MandateState.EXPIRING: Obligation.expires_on.asc(),
                MandateState.EXPIRED: Obligation.expires_on.desc()}


def mandate_panels(
    session: Session, today: dt.date, flt: ObligationFilter | None = None, *, limit: int = 20
) -> MandatePanels:
    """"Mandates expiring" (within the filter's window) and "Expired without renewal", soonest
    end first: the renewal calendar at a glance. One bounded statement whatever they find: for
    each panel the first ``limit`` mandates are chosen from the obligations alone (the
    ``expires_on`` index), with what the panel shows of them, then joined to their resolution and
    paragraph; the two panels' rows as one ``UNION ALL``, built once per filter (the day is bound)."""
    flt = flt or ObligationFilter()
    statement = (_panels_statement(session, flt, limit) if flt.q
                 else filter_statement(_cached_panels_statement, flt, limit))
    panels = MandatePanels()
    for panel, *row in statement.rows(session, today):
        (panels.expiring if panel == 0 else panels.expired).append(MandateRow(*row))
    panels.expiring.sort(key=lambda m: (m.expires_on, m.id))
    panels.expired.sort(key=lambda m: (-m.expires_on.toordinal(), m.id))
    return panels


def _cached_panels_statement(flt: ObligationFilter, limit: int) -> DayStatement:
    """``_panels_statement`` of a filter without words (which need the session to be written),
    kept per filter by ``filter_statement``."""
    return _panels_statement(None, flt, limit)


def _panels_statement(session: Session | None, flt: ObligationFilter, limit: int) -> DayStatement:
    """Each panel's mandates chosen with the columns it shows of them, not as ids joined to the
    obligations again, and its limit written (``written_limit``): PostgreSQL plans this statement
    with each request's values (its plan for any day is priced above them), and the second read of
    the obligations was half of that planning (0.68 -> 0.37 ms at 50k)."""
    panels = []
    res, par = t.resolutions.c, t.paragraphs.c
    for panel, state in enumerate((MandateState.EXPIRING, MandateState.EXPIRED)):
        order = _PANEL_ORDER[state]
        chosen = (select(Obligation.id, Obligation.expires_on, Obligation.deliverable,
                         Obligation.resolution_id, Obligation.paragraph_id)
                  .where(and_(true(), *flt.with_(mandate=(state.value,)).conditions(session, TODAY)))
                  .order_by(order, Obligation.id).limit(written_limit(limit)).subquery())
        panels.append(
            select(literal_column(str(panel)).label("panel"), chosen.c.id, chosen.c.expires_on,
                   chosen.c.deliverable, res.symbol, par.number, par.eid, par.text, par.unnumbered,
                   par.asks_from)
            .select_from(chosen.join(t.resolutions, res.id == chosen.c.resolution_id)
                         .join(t.paragraphs, par.id == chosen.c.paragraph_id)))
    return DayStatement.of(union_all(*panels))


def owner_progress(
    session: Session, today: dt.date, *, limit: int | None = 10, entity_ids: Sequence[int] | None = None,
) -> list[Progress]:
    """Owners with the most obligations first (or the given owners), with counts by status,
    counted over their obligations (an entity's page: one owner's rows by index). The overview's
    table of every owner is ``owner_table``, summed over the kept counts."""
    if entity_ids is not None and not entity_ids:
        return []
    stmt = (
        select(Entity.id, Entity.name, *_status_columns(today))
        .join(obligation_owners, obligation_owners.c.entity_id == Entity.id)
        .join(Obligation, Obligation.id == obligation_owners.c.obligation_id)
        .where(published_condition())
        .group_by(Entity.id, Entity.name)
        .order_by(func.count().desc(), Entity.name)
    )
    if entity_ids is not None:
        stmt = stmt.where(Entity.id.in_(list(entity_ids)))
    if limit:
        stmt = stmt.limit(limit)
    return [_progress_from_row(row, row.id, row.name) for row in session.execute(stmt)]


def owner_table(
    session: Session, today: dt.date, *, limit: int | None = 10, entity_ids: Sequence[int] | None = None,
) -> list[Progress]:
    """Owners with the most tracked obligations first (or the given owners), with counts by status
    and overdue: summed over the kept counts per owner (``owner_counts``: a row per entity, kind,
    status and side of the horizon) and the owned obligations due between the horizon and today,
    the obligations of unpublished resolutions subtracted (counted through the owners of the review
    queue), each owner's rows with its name: one statement, which reads no owned obligation but
    those due between the horizon and today and those of the review queue (one round trip: on
    PostgreSQL a further statement for the names cost the server ≈ 0.15 ms, loaded)."""
    if entity_ids is not None and not entity_ids:
        return []
    statement = _owner_statement(entity_ids is not None)
    rows = statement.rows(session, today,
                          **({} if entity_ids is None else {"entity_ids": list(entity_ids)}))
    return _owners_shown(rows, limit)


def _owners_shown(rows: Iterable[Sequence[Any]], limit: int | None) -> list[Progress]:
    """``owner_table`` of its statement's rows (entity, name, status, how many, overdue, sign)."""
    # summed in plain dicts: a ``Progress`` only for the owners shown (10 of ≈ 90 at 50k)
    by_entity: dict[int, tuple[str, dict[str, int], list[int]]] = {}
    for entity_id, name, status, n, overdue, sign in rows:
        found = by_entity.get(entity_id)
        if found is None:
            found = by_entity[entity_id] = (name, dict.fromkeys(STATUS_ORDER, 0), [0])
        by_status = found[1]
        by_status[status] = by_status.get(status, 0) + sign * int(n or 0)
        found[2][0] += sign * int(overdue or 0)
    totals = [(-total, name, entity_id) for entity_id, (name, by_status, _) in by_entity.items()
              if (total := sum(by_status.values())) > 0]
    totals.sort(key=lambda t: t[:2])
    return [Progress(key=entity_id, label=name, by_status=by_entity[entity_id][1],
                     overdue=by_entity[entity_id][2][0])
            for _, name, entity_id in (totals[:limit] if limit else totals)]


@functools.cache
def _owner_statement(of_entities: bool) -> DayStatement:
    """``owner_table``'s statement (built once; the day is bound), for the owners given as
    ``entity_ids`` when ``of_entities``: the kept rows (a few per owner: kind, status and side of
    the horizon), overdue at the horizon by their flag; the owned obligations due between the
    horizon and today, by the due-date index, to move the overdue from the horizon to today (by
    the same rule, ``overdue_sql``, at both days; a register without a horizon counts from the
    first day); and the review queue's rows, to subtract."""
    kept = OwnerCount.__table__.c
    owned = obligation_owners.c
    horizon = func.coalesce(select(CountHorizon.day).scalar_subquery(), literal(dt.date.min, Date))
    today = TODAY.__clause_element__()
    kept_rows = (select(kept.entity_id, kept.status, func.sum(kept.n).label("n"),
                        sum_if(overdue_early_sql(kept), kept.n).label("overdue"))
                 .where(tracked_sql(kept), counted_rows(OwnerCount)).group_by(kept.entity_id, kept.status))
    between = (select(owned.entity_id, Obligation.status, literal_column("0"),
                      sum_if(overdue_sql(Obligation, TODAY)) - sum_if(overdue_sql(Obligation, horizon)))
               .select_from(Obligation).join(obligation_owners, owned.obligation_id == Obligation.id)
               .where(Obligation.due_on >= case((horizon < today, horizon), else_=today),
                      Obligation.due_on < case((horizon < today, today), else_=horizon),
                      Obligation.is_tracked, open_sql(Obligation))
               .group_by(owned.entity_id, Obligation.status))
    queue_rows = (select(owned.entity_id, Obligation.status, func.count(),
                         sum_if(Obligation.is_overdue(TODAY)))
                  .select_from(Obligation).join(obligation_owners, owned.obligation_id == Obligation.id)
                  .where(Obligation.is_tracked, unpublished_condition())
                  .group_by(owned.entity_id, Obligation.status))
    if of_entities:
        ids = bindparam("entity_ids", expanding=True)
        kept_rows = kept_rows.where(kept.entity_id.in_(ids))
        between = between.where(owned.entity_id.in_(ids))
        queue_rows = queue_rows.where(owned.entity_id.in_(ids))
    signed = union_all(*(rows.add_columns(literal_column(sign).label("sign")) for rows, sign in (
        (kept_rows, "1"), (between, "1"), (queue_rows, "-1")))).subquery()
    entity_id, status, n, overdue, sign = signed.c
    return DayStatement.of(select(entity_id, Entity.name, status, n, overdue, sign)
                           .select_from(signed.join(Entity, Entity.id == entity_id)))


def resolution_progress(
    session: Session, today: dt.date, *, limit: int | None = 10, resolution_ids: Sequence[int] | None = None
) -> list[Progress]:
    """The most recently adopted resolutions (or the given ones) with counts by status.

    The most recent ``limit`` are chosen as the latest dated ones (the ``adopted_on`` index, read
    backwards: no index serves "``DESC NULLS LAST``" itself, so the database would sort every
    resolution) together with the latest undated ones, the ``limit`` first of both kept."""
    if resolution_ids is not None and not resolution_ids:
        return []
    statement = _resolution_statement(limit or None, resolution_ids is not None)
    rows = statement.rows(
        session, today, **({} if resolution_ids is None else {"resolution_ids": list(resolution_ids)}))
    statuses = len(STATUS_ORDER)
    return [_resolution_shown(*row[:4], row[4:4 + statuses], row[4 + statuses]) for row in rows]


def _resolution_shown(resolution_id: int, symbol: str, title: str | None, adopted_on: dt.date | None,
                      by_status: Sequence[int | None], overdue: int | None) -> Progress:
    """A resolution's row of ``resolution_progress``: its obligations by status (in
    ``STATUS_ORDER``) and overdue, its title and adoption day."""
    return Progress(key=resolution_id, label=symbol,
                    by_status={s: int(n or 0) for s, n in zip(STATUS_ORDER, by_status, strict=True)},
                    overdue=int(overdue or 0), extra={"title": title, "adopted_on": adopted_on})


def _latest_first(progress: Progress) -> tuple[Any, ...]:
    """``resolution_progress``'s order: the latest adopted first, the undated last, then by id
    (descending)."""
    adopted_on = progress.extra["adopted_on"]
    return (adopted_on is None, -(adopted_on or dt.date.min).toordinal(), -progress.key)


@functools.lru_cache(maxsize=16)
def _resolution_statement(limit: int | None, of_resolutions: bool) -> DayStatement:
    """``resolution_progress``'s statement (built once per limit, written into it; the day is
    bound), for the resolutions given as ``resolution_ids`` when ``of_resolutions``."""
    latest = (Resolution.adopted_on.desc().nulls_last(), Resolution.id.desc())
    chosen = select(Resolution.id).where(_published())
    if of_resolutions:
        chosen = chosen.where(Resolution.id.in_(bindparam("resolution_ids", expanding=True)))
    if limit:
        dated = (chosen.where(Resolution.adopted_on.is_not(None))
                 .order_by(Resolution.adopted_on.desc(), Resolution.id.desc()).limit(written_limit(limit))
                 .subquery())
        undated = (chosen.where(Resolution.adopted_on.is_(None))
                   .order_by(Resolution.id.desc()).limit(written_limit(limit)).subquery())
        chosen_sq = union_all(select(dated.c.id), select(undated.c.id)).subquery()
    else:
        chosen_sq = chosen.subquery()
    return DayStatement.of(
        select(Resolution.id, Resolution.symbol, Resolution.title, Resolution.adopted_on,
               *_status_columns(TODAY))
        .join(chosen_sq, chosen_sq.c.id == Resolution.id)
        .outerjoin(Obligation, Obligation.resolution_id == Resolution.id)
        .group_by(Resolution.id, Resolution.symbol, Resolution.title, Resolution.adopted_on)
        .order_by(*latest)
        .limit(written_limit(limit))
    )


def _by_month(src: Source, today: Any, where: Sequence[Any] = ()) -> Any:
    """Obligations due from ``months_from`` to before ``months_to`` (bound) by year, month and
    status, with the overdue ones."""
    c = src.cols
    year = extract("year", c.due_on).cast(Integer).label("y")
    month = extract("month", c.due_on).cast(Integer).label("m")
    return (
        select(year, month, c.status, src.count(), src.count_if(overdue_sql(c, today)))
        .where(c.due_on >= bindparam("months_from", type_=Date),
               c.due_on < bindparam("months_to", type_=Date), tracked_sql(c), *where)
        .group_by(year, month, c.status)
    )


def _months_statement(flt: ObligationFilter) -> DayStatement:
    """``deadline_months`` over the kept counts for ``flt`` (kept per filter by
    ``filter_statement``; the day and the months' window are bound)."""
    return counts_statement(
        lambda src: _by_month(src, TODAY, flt.row_conditions(src.cols, src.renewed, TODAY)),
        include_unpublished=flt.include_unpublished)


def deadline_months(
    session: Session, today: dt.date, *, months_before: int = 6, months_after: int = 12,
    flt: ObligationFilter | None = None,
) -> list[MonthBucket]:
    """Obligations by month of their due date, from ``months_before`` months ago to
    ``months_after`` months ahead (every month present, empty ones included). One query."""
    start, end = _months_window(today, months_before, months_after)
    window = {"months_from": start, "months_to": end}
    if flt is None or flt.only_counted_values:  # summed over the kept counts
        flt = flt or ObligationFilter()
        statement = filter_statement(_months_statement, flt)
        rows = [(*key, *sums) for key, sums in sum_counts(session, statement, 3, today, **window).items()]
    else:
        rows = session.execute(_by_month(OBLIGATIONS, today, flt.conditions(session, today)), window).all()
    return _month_buckets(start, end, rows)


def _months_window(today: dt.date, months_before: int, months_after: int) -> tuple[dt.date, dt.date]:
    """The first day of ``deadline_months``' first month, and of the month after its last."""
    this_month = dt.date(today.year, today.month, 1)
    return _add_months(this_month, -months_before), _add_months(this_month, months_after + 1)


def _month_buckets(start: dt.date, end: dt.date, rows: Iterable[Sequence[Any]]) -> list[MonthBucket]:
    """``deadline_months`` of the rows (year, month, status, how many, overdue) from ``start`` to
    before ``end``, every month present."""
    buckets: dict[tuple[int, int], MonthBucket] = {}
    day = start
    while day < end:
        buckets[(day.year, day.month)] = MonthBucket(day.year, day.month)
        day = _add_months(day, 1)
    for y, m, status, n, past in rows:
        bucket = buckets.get((int(y), int(m)))
        if bucket is None:
            continue
        _fill_bucket(bucket, status, int(n), int(past or 0))
    return list(buckets.values())


def _fill_bucket(bucket: MonthBucket, status: str, n: int, past: int) -> None:
    if status in OPEN_STATUSES:
        bucket.overdue += past
        bucket.open += n - past
    elif status == ObligationStatus.ONGOING:
        bucket.ongoing += n
    else:
        bucket.done += n


# ---------------------------------------------------------------------- resolution page


@dataclass
class ParagraphNode:
    paragraph: PageParagraph
    children: list[ParagraphNode] = field(default_factory=list)
    obligations: list[ObligationRow] = field(default_factory=list)
    #: the footnotes the paragraph cites (rows: ``marker``, ``text``), in their order
    footnotes: list[Any] = field(default_factory=list)

    @property
    def lead(self) -> str:
        """The paragraph's own words: where the stored text repeats its sub-paragraphs
        ("… the following: (a) …"), the part before the first of them, shown above them."""
        text = self.paragraph.text
        if not self.children:
            return text
        first = self.children[0].paragraph
        probe = " ".join(first.text.split()[:8])
        index = text.find(probe) if probe else -1
        if index <= 0:
            return text
        head = text[:index].rstrip()
        head = re.sub(r"\(?\s*" + re.escape(first.number) + r"\s*[\).]?\s*$", "", head).rstrip()
        return head or text


@dataclass
class LinkSummary:
    """A predecessor or successor, and what changed between the two texts."""

    #: the other resolution's row (``id``, ``symbol``, ``adopted_on``) with the link's
    resolution: Any
    direction: str  # "predecessor" or "successor"
    similarity: float | None
    renewed: int = 0
    changed: int = 0
    added: int = 0
    dropped: int = 0


@dataclass
class AnnexSection:
    """An instrument the resolution adopts as its annex, with its numbered paragraphs."""

    number: int
    title: str
    paragraphs: list[ParagraphNode] = field(default_factory=list)


@dataclass
class FootnoteRow:
    id: int
    marker: str
    text: str


@dataclass
class DocumentCited:
    symbol: str
    #: the resolution's symbol when the register holds it published (the page links to it)
    resolution_symbol: str | None


@dataclass
class ResolutionPage:
    resolution: ResolutionHead
    #: preambular paragraphs
    preamble: list[PageParagraph]
    operative: list[ParagraphNode]
    obligations: list[ObligationRow]
    progress: Progress
    links: list[LinkSummary]
    references: list[DocumentCited]
    annexes: list[AnnexSection] = field(default_factory=list)
    #: the resolution's footnotes' rows (``marker``, ``text``), in their order
    footnotes: list[Any] = field(default_factory=list)


_RESOLUTION_ID = bindparam("resolution_id")
_RES = t.resolutions.c
_PUBLISHED = _RES.published_at.is_not(None)
#: the page's columns of the resolution; its JSON columns as text, decoded once (``_head``) and not
#: once per row of the page's statement, where they repeat on every paragraph's row
_HEAD_COLUMNS = (
    _RES.id, _RES.symbol, _RES.title, _RES.body, _RES.session, _RES.adopted_on, _RES.meeting,
    cast(_RES.agenda_items, Text).label("agenda_items"), cast(_RES.annexes, Text).label("annexes"),
    # whether it has a predecessor or a successor at all (most have neither): the links' two
    # statements are then not sent (a round trip each on PostgreSQL)
    or_(exists().where(t.resolution_links.c.predecessor_id == _RES.id),
        exists().where(t.resolution_links.c.successor_id == _RES.id)).label("linked"),
)
_TARGETS = t.resolutions.alias("targets")
_PARAGRAPH, _FOOTNOTE, _REFERENCE = 0, 1, 2


def _no(type_: Any) -> Any:
    return cast(null(), type_)


def _page_statement(found: Any) -> Any:
    """The page's one statement for the published resolution ``found`` names (a condition on
    ``resolutions``), whatever its size: the resolution's columns on every row, beside its
    document in order: its current paragraphs (``Paragraph.current``: a parent before its
    children), its footnotes once per paragraph citing them (or once with none), then the
    documents it cites, each with the published resolution it names; one row of the resolution
    alone when it has none of those, no row when there is no such resolution. The resolution's
    stored source text is never read.

    Three statements before (the resolution, the paragraphs, the notes): on PostgreSQL a round
    trip each. Each part finds the resolution's id through ``found`` (an index look-up, once per
    statement), so each reads its rows through its ``resolution_id`` index; the resolution is a
    ``LIMIT 1`` subquery, which neither database flattens into the join (its ``EXISTS`` are
    evaluated once, not once per row)."""
    head = select(*_HEAD_COLUMNS).where(_PUBLISHED, found).limit(1).subquery("head")
    resolution_id = select(_RES.id).where(_PUBLISHED, found).limit(1).scalar_subquery()
    p, fn, ref = t.paragraphs.c, t.footnotes.c, t.document_references.c
    document = union_all(
        select(literal(_PARAGRAPH, Integer).label("tag"), p.id, p.parent_id, p.kind, p.part, p.number, p.eid,
               p.text, p.position.label("by_position"), _no(Integer).label("by_id"), p.unnumbered)
        .where(p.resolution_id == resolution_id, p.removed_at.is_(None)),
        select(literal(_FOOTNOTE, Integer), fn.id, paragraph_footnotes.c.paragraph_id, _no(String),
               _no(String), fn.marker, _no(String), fn.text, fn.position, fn.id, _no(Boolean))
        .outerjoin(paragraph_footnotes, paragraph_footnotes.c.footnote_id == fn.id)
        .where(fn.resolution_id == resolution_id),
        select(literal(_REFERENCE, Integer), _no(Integer), _no(Integer), _no(String), _no(String), ref.symbol,
               _no(String), _TARGETS.c.symbol, ref.id, _no(Integer), _no(Boolean))
        .outerjoin(_TARGETS, and_(_TARGETS.c.id == ref.target_resolution_id,
                                  _TARGETS.c.published_at.is_not(None)))
        .where(ref.resolution_id == resolution_id),
    ).subquery("document")
    return (select(head, document).select_from(head.outerjoin(document, true()))
            .order_by(document.c.tag, document.c.by_position, document.c.by_id))


_PAGE_BY_SYMBOL = _page_statement(_RES.symbol == bindparam("symbol"))
_PAGE_BY_SYMBOL_ANY_CASE = _page_statement(func.upper(_RES.symbol) == bindparam("symbol"))
_HEAD_WIDTH = len(_HEAD_COLUMNS)


@dataclass
class ResolutionHead:
    """The resolution's columns the page shows, and whether it has links at all."""

    id: int
    symbol: str
    title: str
    body: str
    session: int | None
    adopted_on: dt.date | None
    meeting: str | None
    agenda_items: list[str] | None
    annexes: list[dict[str, Any]] | None
    linked: bool


@dataclass
class PageParagraph:
    """A paragraph's columns the page shows."""

    id: int
    parent_id: int | None
    kind: str
    part: str | None
    number: str
    eid: str
    text: str
    #: printed without a number (``Paragraph.unnumbered``): the page shows none
    unnumbered: bool = False


def _head(row: Any) -> ResolutionHead:
    values = list(row[:_HEAD_WIDTH])
    for i in (7, 8):  # agenda_items, annexes: JSON as text (as the JSON type decodes it)
        values[i] = None if values[i] is None else decode_json(values[i])
    return ResolutionHead(*values)


_OTHER = t.resolutions.alias("other")
_LINK = t.resolution_links.c
#: published predecessors and successors
_PAGE_LINKS = (
    select(_LINK.predecessor_id, _LINK.similarity, _OTHER.c.id, _OTHER.c.symbol, _OTHER.c.adopted_on)
    .join(_OTHER, _OTHER.c.id == case((_LINK.predecessor_id == _RESOLUTION_ID, _LINK.successor_id),
                                      else_=_LINK.predecessor_id))
    .where(or_(_LINK.predecessor_id == _RESOLUTION_ID, _LINK.successor_id == _RESOLUTION_ID),
           _OTHER.c.published_at.is_not(None))
    .order_by(_LINK.id)
)
_LINKED_TEXTS = (
    select(t.paragraphs.c.resolution_id, t.paragraphs.c.text)
    .where(t.paragraphs.c.resolution_id.in_(bindparam("ids", expanding=True)),
           t.paragraphs.c.kind == str(ParagraphKind.OPERATIVE), t.paragraphs.c.removed_at.is_(None))
    .order_by(t.paragraphs.c.resolution_id, t.paragraphs.c.position)
)


def resolution_page(session: Session, symbol: str, today: dt.date) -> ResolutionPage | None:
    """A published resolution as a document, with each operative paragraph's obligations.

    One pass over the paragraphs (tree, preamble and each paragraph's footnotes and obligations
    attached as they come, in document order), over a fixed number of Core statements whatever
    the resolution's size, read into plain rows: the resolution with its current paragraphs, its
    footnotes with the paragraphs citing them and the documents it cites (one statement,
    ``_page_statement``), its obligations with their owners and items (one,
    ``rows.resolution_obligations``), and, when it has any, its links with the linked texts (two)."""
    conn = session.connection()
    symbol = symbol.strip()
    rows = conn.execute(_PAGE_BY_SYMBOL, {"symbol": symbol}, execution_options=KEPT).all()
    if not rows:  # a symbol typed in another case: the slower, rarer lookup
        rows = conn.execute(_PAGE_BY_SYMBOL_ANY_CASE, {"symbol": symbol.upper()},
                            execution_options=KEPT).all()
    if not rows:
        return None
    resolution = _head(rows[0])
    paragraphs: list[PageParagraph] = []
    footnotes: list[FootnoteRow] = []
    cited: dict[int, list[FootnoteRow]] = defaultdict(list)
    #: each document once, though each paragraph citing it has its row
    references: dict[str, DocumentCited] = {}
    for tag, row_id, parent_id, kind, part, number, eid, text, _position, _id, unnumbered in (
            row[_HEAD_WIDTH:] for row in rows):
        if tag == _PARAGRAPH:
            paragraphs.append(PageParagraph(row_id, parent_id, kind, part, number, eid, text,
                                            bool(unnumbered)))
        elif tag == _FOOTNOTE:
            if not footnotes or footnotes[-1].id != row_id:  # in footnote order, so each list is too
                footnotes.append(FootnoteRow(row_id, number, text))
            if parent_id is not None:  # the paragraph citing it
                cited[parent_id].append(footnotes[-1])
        elif tag == _REFERENCE:
            references.setdefault(number, DocumentCited(number, text))
    obligations = resolution_obligations(session, resolution.id)
    by_paragraph: dict[int, list[ObligationRow]] = defaultdict(list)
    progress = Progress(key=resolution.id, label=resolution.symbol)
    for ob in obligations:
        by_paragraph[ob.paragraph_id].append(ob)
        if ob.is_tracked:
            progress.add(ob.status, 1, 1 if ob.is_overdue(today) else 0)

    nodes: dict[int, ParagraphNode] = {}
    preamble, operative = [], []
    annexes = [AnnexSection(int(a["number"]), a.get("title") or "") for a in resolution.annexes or []]
    for p in paragraphs:  # in document order: a parent comes before its children
        if p.parent_id is not None and p.parent_id not in nodes:
            continue  # under a removed (not read) or a preambular paragraph: not shown
        if p.kind == ParagraphKind.PREAMBULAR:
            preamble.append(p)
            continue
        node = nodes[p.id] = ParagraphNode(p, obligations=by_paragraph.get(p.id, []),
                                           footnotes=cited.get(p.id, []))
        if p.parent_id is not None:
            nodes[p.parent_id].children.append(node)
        elif p.kind == ParagraphKind.ANNEX:
            section = next((a for a in annexes if p.eid.startswith(f"annex_{a.number}__")), None)
            if section is None:
                section = AnnexSection(len(annexes) + 1, "")
                annexes.append(section)
            section.paragraphs.append(node)
        else:
            operative.append(node)

    return ResolutionPage(
        resolution=resolution,
        preamble=preamble,
        operative=operative,
        annexes=[a for a in annexes if a.paragraphs],
        obligations=obligations,
        progress=progress,
        links=_links(conn, resolution.id, [node.paragraph.text for node in operative])
        if resolution.linked else [],
        references=sorted(references.values(), key=lambda r: r.symbol),
        footnotes=footnotes,
    )


def _links(conn: Any, resolution_id: int, operative_texts: list[str]) -> list[LinkSummary]:
    links = conn.execute(_PAGE_LINKS, {"resolution_id": resolution_id}, execution_options=KEPT).all()
    if not links:
        return []
    texts: dict[int, list[str]] = defaultdict(list)
    for rid, txt in conn.execute(_LINKED_TEXTS, {"ids": sorted({link.id for link in links})},
                                 execution_options=KEPT):
        texts[rid].append(txt)
    ours = list(operative_texts)
    out = []
    for link in links:
        is_pred = link.predecessor_id != resolution_id  # the other one is the predecessor
        # "what changed" reads from the earlier text to the later one
        earlier, later = (texts[link.id], ours) if is_pred else (ours, texts[link.id])
        counts = Counter(status for status, *_ in match_paragraphs(earlier, later))
        out.append(LinkSummary(link, "predecessor" if is_pred else "successor", link.similarity,
                               counts["renewed"], counts["changed"], counts["added"], counts["dropped"]))
    out.sort(key=lambda s: (s.direction != "predecessor", s.resolution.adopted_on or dt.date.min))
    return out


# ---------------------------------------------------------------------- owner and session pages


@dataclass
class OwnerPage:
    entity: Entity
    progress: Progress
    results: SearchPage
    #: its mandates expiring, and expired without renewal
    mandates: MandatePanels = field(default_factory=MandatePanels)


def owner_page(
    session: Session, entity_id: int, today: dt.date, flt: ObligationFilter | None = None,
    page: int = 1, per_page: int = 50, cache: ReadCache | None = None,
) -> OwnerPage | None:
    entity = session.get(Entity, entity_id)
    if entity is None:
        return None
    found = owner_progress(session, today, limit=None, entity_ids=[entity_id])
    progress = found[0] if found else Progress(key=entity.id, label=entity.name)
    flt = (flt or ObligationFilter()).with_(owner=entity_id)
    of_owner = ObligationFilter(owner=entity_id, expiring_days=flt.expiring_days)
    return OwnerPage(entity, progress, search_obligations(session, flt, today, page, per_page, cache=cache),
                     mandate_panels(session, today, of_owner))


@dataclass
class SessionPage:
    body: str
    number: int
    dates: SessionDates | None
    progress: Progress
    reports: int
    reports_not_started: int
    results: SearchPage
    resolutions_adopted: int
    #: the body's mandates expiring, and expired without renewal (the body must renew them)
    mandates: MandatePanels = field(default_factory=MandatePanels)

    @property
    def body_name(self) -> str:
        """The body's name: the registry's where it knows the code ("CCPCJ" -> "Commission on Crime
        Prevention and Criminal Justice"), else the code."""
        return body_name(self.body)


def session_page(
    session: Session, body: str, number: int, today: dt.date, flt: ObligationFilter | None = None,
    page: int = 1, per_page: int = 50, calendar: Calendar | None = None, cache: ReadCache | None = None,
) -> SessionPage:
    """Everything due at a session, and how many resolutions the session adopted."""
    calendar = calendar or load_calendar(session)
    is_report = case((Obligation.kind == ObligationKind.REPORT.value, 1), else_=0)
    progress = Progress(key=(body, number), label=f"{body} {number}")
    reports = reports_not_started = 0
    for row in session.execute(
        select(Obligation.status, is_report.label("is_report"), func.count().label("n"),
               func.sum(case((Obligation.is_overdue(today), 1), else_=0)).label("past"))
        .join(Resolution, Resolution.id == Obligation.resolution_id)
        .where(_published(), Obligation.deadline_body == body, Obligation.deadline_session == number,
               Obligation.is_tracked)
        .group_by(Obligation.status, is_report)
    ):
        progress.add(row.status, row.n, int(row.past or 0) if row.status in OPEN_STATUSES else 0)
        if row.is_report:
            reports += int(row.n)
            if row.status == ObligationStatus.NOT_STARTED:
                reports_not_started += int(row.n)
    adopted = int(session.scalar(
        select(func.count()).select_from(Resolution)
        .where(_published(), Resolution.body == body, Resolution.session == number)
    ) or 0)
    flt = (flt or ObligationFilter()).with_(due_body=body, due_session=number)
    of_body = ObligationFilter(body=body, expiring_days=flt.expiring_days)
    return SessionPage(
        body=body, number=number, dates=session_dates(calendar, body, number), progress=progress,
        reports=reports, reports_not_started=reports_not_started,
        results=search_obligations(session, flt, today, page, per_page, cache=cache),
        resolutions_adopted=adopted,
        mandates=mandate_panels(session, today, of_body),
    )


# ---------------------------------------------------------------------- timeline


@dataclass
class TimelineRow:
    key: Any
    label: str
    months: list[MonthBucket]

    @property
    def total(self) -> int:
        return sum(m.total for m in self.months)


@dataclass
class Timeline:
    group: str  # "session" or "owner"
    start: dt.date
    months: list[dt.date]
    rows: list[TimelineRow]
    undated_groups: int = 0
    #: tracked obligations overdue since before ``start`` (in no month of the timeline)
    overdue_before_months: int = 0

    @property
    def overdue_before(self) -> dt.date:
        """The last day before the months: those overdue obligations fell due by it."""
        return self.start - dt.timedelta(days=1)


def oldest_overdue(session: Session, today: dt.date) -> dt.date | None:
    """The due date of the longest-overdue published obligation (where the timeline opens)."""
    from tracker.services.search import published_condition

    return session.scalar(select(func.min(Obligation.due_on)).where(published_condition(),
                                                                   overdue_condition(today)))


def timeline_window(
    session: Session, today: dt.date, *, back: int = 12, ahead: int = 6
) -> tuple[dt.date, int]:
    """The timeline's default (first month, number of months): from the oldest overdue obligation
    (at most ``back`` months ago) to ``ahead`` months after this one, at least twelve months."""
    this_month = dt.date(today.year, today.month, 1)
    oldest = oldest_overdue(session, today)
    start = this_month
    if oldest is not None:
        start = max(dt.date(oldest.year, oldest.month, 1), _add_months(this_month, -back))
    span = (this_month.year - start.year) * 12 + this_month.month - start.month + ahead
    return start, max(12, min(span, 36))


def timeline(
    session: Session, today: dt.date, *, group: str = "session", start: dt.date | None = None,
    months: int = 12, limit: int = 20,
) -> Timeline:
    """Obligations on a time axis by month of their due date, one row per session (or owner):
    the ``limit`` groups with most obligations in the window, and how many overdue obligations fell due
    before it. Three queries."""
    months = max(1, min(months, 36))
    start = dt.date((start or today).year, (start or today).month, 1)
    end = _add_months(start, months)
    year = extract("year", Obligation.due_on).cast(Integer).label("y")
    month = extract("month", Obligation.due_on).cast(Integer).label("m")
    past = func.sum(case((Obligation.is_overdue(today), 1), else_=0)).label("past")
    window = and_(_published(), Obligation.due_on >= start, Obligation.due_on < end, Obligation.is_tracked)

    if group == "owner":
        keys: tuple[Any, ...] = (Entity.id, Entity.name)
        base = (
            select(*keys)
            .join(obligation_owners, obligation_owners.c.entity_id == Entity.id)
            .join(Obligation, Obligation.id == obligation_owners.c.obligation_id)
            .join(Resolution, Resolution.id == Obligation.resolution_id)
            .where(window)
        )
    else:
        group = "session"
        keys = (Obligation.deadline_body, Obligation.deadline_session)
        base = (
            select(*keys)
            .join(Resolution, Resolution.id == Obligation.resolution_id)
            .where(window, Obligation.deadline_body.is_not(None), Obligation.deadline_session.is_not(None))
        )
    top = base.group_by(*keys).order_by(func.count().desc(), *keys).limit(limit).subquery()
    joined = base.join(top, and_(*(top.c[i] == k for i, k in enumerate(keys))))
    rows: dict[tuple, TimelineRow] = {}
    month_days = [_add_months(start, i) for i in range(months)]
    for row in session.execute(
        joined.with_only_columns(*keys, year, month, Obligation.status, func.count().label("n"), past)
        .group_by(*keys, year, month, Obligation.status)
    ):
        key = (row[0], row[1])
        entry = rows.get(key)
        if entry is None:
            label = row[1] if group == "owner" else f"{row[0]} {row[1]}"
            entry = rows[key] = TimelineRow(
                key=key, label=label, months=[MonthBucket(d.year, d.month) for d in month_days]
            )
        index = (int(row.y) - start.year) * 12 + int(row.m) - start.month
        if 0 <= index < months:
            _fill_bucket(entry.months[index], row.status, int(row.n), int(row.past or 0))
    ordered = sorted(rows.values(), key=lambda r: (-r.total, str(r.label)))
    if group == "session":  # sessions read best in calendar order
        ordered.sort(key=lambda r: (SESSION_BODIES.index(r.key[0]) if r.key[0] in SESSION_BODIES else 9,
                                    r.key[1]))
    earlier = session.scalar(select(func.count()).select_from(Obligation)
                             .join(Resolution, Resolution.id == Obligation.resolution_id)
                             .where(_published(), Obligation.due_on < start, overdue_condition(today)))
    return Timeline(group=group, start=start, months=month_days, rows=ordered,
                    overdue_before_months=earlier or 0)


# ---------------------------------------------------------------------- following


@dataclass
class FollowingDashboard:
    subscriptions: list[Subscription]
    resolutions: list[Progress]
    owners: list[Progress]
    sessions: list[SessionSummary]
    upcoming: SearchPage


def _followed_condition(subs: Iterable[Subscription]) -> Any:
    subs = list(subs)
    resolution_ids = [s.resolution_id for s in subs if s.target == SubscriptionTarget.RESOLUTION]
    entity_ids = [s.entity_id for s in subs if s.target == SubscriptionTarget.ENTITY]
    sessions = [(s.session_body, s.session_number) for s in subs if s.target == SubscriptionTarget.SESSION]
    parts = []
    if resolution_ids:
        parts.append(Obligation.resolution_id.in_(resolution_ids))
    if entity_ids:
        parts.append(Obligation.id.in_(
            select(obligation_owners.c.obligation_id).where(obligation_owners.c.entity_id.in_(entity_ids))
        ))
    if sessions:
        parts.append(tuple_(Obligation.deadline_body, Obligation.deadline_session).in_(sessions))
    return or_(*parts) if parts else false()


def following_dashboard(
    session: Session, user_id: int, today: dt.date, *, calendar: Calendar | None = None, upcoming: int = 20
) -> FollowingDashboard:
    """What a delegation follows, with progress, and the next obligations falling due among them."""
    subs = list(
        session.scalars(
            select(Subscription)
            .where(Subscription.user_id == user_id)
            .options(selectinload(Subscription.resolution), selectinload(Subscription.entity))
            .order_by(Subscription.target, Subscription.id)
        )
    )
    resolution_ids = [s.resolution_id for s in subs if s.target == SubscriptionTarget.RESOLUTION]
    entity_ids = [s.entity_id for s in subs if s.target == SubscriptionTarget.ENTITY]
    session_keys = [
        (s.session_body, s.session_number) for s in subs if s.target == SubscriptionTarget.SESSION
    ]

    sessions: list[SessionSummary] = []
    if session_keys:
        calendar = calendar or load_calendar(session)
        found: dict[tuple[str, int], SessionSummary] = {
            key: SessionSummary(key[0], key[1], Progress(key=key)) for key in session_keys
        }
        past = func.sum(case((Obligation.is_overdue(today), 1), else_=0)).label("past")
        at_session = tuple_(Obligation.deadline_body, Obligation.deadline_session).in_(session_keys)
        for row in session.execute(
            select(Obligation.deadline_body, Obligation.deadline_session, Obligation.status,
                   func.count().label("n"), past)
            .join(Resolution, Resolution.id == Obligation.resolution_id)
            .where(_published(), at_session, Obligation.is_tracked)
            .group_by(Obligation.deadline_body, Obligation.deadline_session, Obligation.status)
        ):
            summary = found[(row.deadline_body, int(row.deadline_session))]
            summary.progress.add(row.status, row.n, int(row.past or 0) if row.status in OPEN_STATUSES else 0)
        for summary in found.values():
            summary.dates = session_dates(calendar, summary.body, summary.session)
        sessions = list(found.values())

    # the next open obligations among everything followed
    stmt = (
        select(Obligation.id)
        .join(Resolution, Resolution.id == Obligation.resolution_id)
        .where(_published(), _followed_condition(subs), Obligation.status.in_(_OPEN),
               Obligation.due_on.is_not(None), Obligation.is_tracked)
        .order_by(Obligation.due_on, Obligation.id)
        .limit(upcoming)
    )
    items = list_rows(session, list(session.scalars(stmt))) if subs else []
    return FollowingDashboard(
        subscriptions=subs,
        resolutions=resolution_progress(session, today, limit=None, resolution_ids=resolution_ids)
        if resolution_ids else [],
        owners=owner_progress(session, today, limit=None, entity_ids=entity_ids) if entity_ids else [],
        sessions=sessions,
        upcoming=SearchPage(items=items, total=len(items), page=1, per_page=max(upcoming, 1)),
    )


__all__ = [
    "STATUS_ORDER",
    "FollowingDashboard",
    "MonthBucket",
    "Overview",
    "OwnerPage",
    "Progress",
    "ResolutionPage",
    "SessionPage",
    "SessionSummary",
    "Timeline",
    "deadline_months",
    "following_dashboard",
    "load_calendar",
    "overview",
    "owner_progress",
    "resolution_page",
    "resolution_progress",
    "session_page",
    "timeline",
]
