"""The register's headline numbers: one read model for the overview page and ``/api/v1/summary``.

What counts is decided on the model (``Obligation.is_tracked``, ``is_overdue``, ``is_due_within``,
``mandate_state``): tracked obligations (report, action, agenda) by kind and status, standing
calls (exhortations) apart, overdue and due-soon among the tracked ones only, mandates by state.
Declaratory paragraphs are in no number. The filters are the obligation list's
(``ObligationFilter``), so each number equals the length of the list it links to. The numbers come
from the counts the database keeps (``tracker.models.counts``) where the filters allow, else from
one grouped query over the obligations (``register_summary`` says which).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Date, and_, case, cast, literal_column, null, or_, select, true, union_all
from sqlalchemy.orm import Session

from tracker.models import (
    OPEN_STATUSES,
    TRACKED_KINDS,
    MandateState,
    Obligation,
    ObligationKind,
    ObligationStatus,
)
from tracker.models.counts import DEADLINE_SESSION_SUMS, CountHorizon, DeadlineSessionCount, KindStatusCount
from tracker.models.obligations import (
    due_within_sql,
    mandate_state_conditions,
    mandate_state_sql,
    overdue_sql,
)
from tracker.services.counts import (
    KEPT_COUNTS,
    OBLIGATIONS,
    PUBLISHED_RESOLUTIONS,
    TODAY,
    ZERO,
    DayStatement,
    Source,
    counted_rows,
    counts_statement,
    filter_statement,
    sum_counts,
)
from tracker.services.search import ObligationFilter

#: tracked kinds in display order
TRACKED_ORDER: tuple[str, ...] = tuple(k.value for k in ObligationKind if k in TRACKED_KINDS)
STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in ObligationStatus)
MANDATE_ORDER: tuple[str, ...] = tuple(m.value for m in MandateState)
#: the summary's name for the expiring count (the window itself is a setting)
EXPIRING_KEY = "expiring_within_90"


@dataclass
class Summary:
    tracked: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TRACKED_ORDER, 0))
    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUS_ORDER, 0))
    standing: int = 0
    overdue: int = 0
    due_within_30: int = 0
    due_within_90: int = 0
    mandates: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MANDATE_ORDER, 0))

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``GET /api/v1/summary``."""
        return {
            "obligations": {
                "tracked": self.tracked,
                "by_kind": dict(self.by_kind),
                "by_status": dict(self.by_status),
            },
            "standing": self.standing,
            "overdue": self.overdue,
            "due_within_30": self.due_within_30,
            "due_within_90": self.due_within_90,
            "mandates": {
                "active": self.mandates[MandateState.ACTIVE],
                EXPIRING_KEY: self.mandates[MandateState.EXPIRING],
                "expired": self.mandates[MandateState.EXPIRED],
                "renewed": self.mandates[MandateState.RENEWED],
            },
        }


def register_summary(session: Session, flt: ObligationFilter | None, today: dt.date) -> Summary:
    """The numbers of the obligations ``flt`` selects, as of ``today``.

    From the kept counts (``tracker.models.counts``) when every filter is on the values they are
    kept by (kind, status, deadline session, due date, a mandate's end: ``only_counted_values``),
    at a cost that grows with the number of distinct due dates, not of obligations; a reader who
    may not see unpublished resolutions then has theirs subtracted, counted directly (the review
    queue: ``Obligation.resolution_id`` of the few unpublished resolutions, by index). Filters on
    the adopting body or session, an owner, a symbol, words or a resolution count the obligations
    directly (one grouped query over what they select)."""
    flt = flt or ObligationFilter()
    if not flt.only_counted_values:
        return counted_summary(session, flt, today)
    statement = filter_statement(_kept_statement, flt)
    return _summary((*key, *sums) for key, sums in sum_counts(session, statement, 3, today).items())


def summary_by_session(
    session: Session, flt: ObligationFilter, today: dt.date,
) -> tuple[Summary, dict[tuple[Any, ...], list[int]]]:
    """``register_summary`` of a filter the kept counts answer (``only_counted_values``), and the
    same numbers per deadline session: {(deadline body, deadline session, kind, status, mandate
    state): [obligations, overdue, due within 30 days, within 90]}. One statement, for the
    overview's headline numbers and its sessions: the summary is the sum of these rows."""
    statement = filter_statement(_kept_statement, flt, True)
    rows = sum_counts(session, statement, 5, today)
    return _summary((*key[2:], *sums) for key, sums in rows.items()), rows


def _kept_statement(flt: ObligationFilter, per_session: bool = False) -> DayStatement:
    """The summary's statement over the kept counts for ``flt`` (the day is bound: ``TODAY``; kept
    per filter by ``filter_statement``). ``per_session``: grouped by deadline session first."""
    return counts_statement(
        lambda src: _statement(src, flt, TODAY, flt.row_conditions(src.cols, src.renewed, TODAY),
                               by=(src.cols.deadline_body, src.cols.deadline_session) if per_session else ()),
        include_unpublished=flt.include_unpublished)


@dataclass
class SessionSums:
    """A deadline session's tracked obligations: how many in each status, overdue, reports and
    reports not started (what the overview shows of a session)."""

    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUS_ORDER, 0))
    overdue: int = 0
    reports: int = 0
    reports_not_started: int = 0

    def add(self, kind: str, status: str, n: int, overdue: int) -> None:
        self.by_status[status] = self.by_status.get(status, 0) + n
        self.overdue += overdue
        if kind == ObligationKind.REPORT:
            self.reports += n
            if status == ObligationStatus.NOT_STARTED:
                self.reports_not_started += n

    @property
    def has_work(self) -> bool:
        """Something of it is open or overdue (the overview lists such sessions)."""
        return _has_work(self.overdue, (self.by_status.get(s, 0) for s in _OPEN_ORDER))


def _has_work(overdue: int, open_counts: Iterable[int]) -> bool:
    """Something open or overdue, from the counts however they are held (``SessionSums``, or a
    session's row of sums as read: ``SessionSumsRead.with_work``)."""
    return bool(overdue or sum(open_counts))


#: the open statuses, and where a session's row of sums has their counts (``SessionSumsRead``)
_OPEN_ORDER = tuple(s for s in STATUS_ORDER if s in OPEN_STATUSES)
_OPEN_AT = tuple(STATUS_ORDER.index(s) for s in _OPEN_ORDER)


class SessionSumsRead(Mapping[tuple[str, int], SessionSums]):
    """``SessionSums`` per deadline session, each made from the session's row of sums as read (its
    count per status in ``STATUS_ORDER``, overdue, reports, reports not started) when it is first
    looked up: a 50k register has ≈ 117 deadline sessions and the overview shows ≈ 20 of them, so
    making all of them was ≈ 2/3 of ``overview_counts``' own time. ``with_work`` reads the rows as
    they are."""

    __slots__ = ("_found",)

    def __init__(self) -> None:
        self._found: dict[tuple[str, int], list[int] | SessionSums] = {}

    def read(self, key: tuple[str, int], sums: list[int]) -> None:
        """The kept row of sums of the session ``key`` (a list of its own, not copied)."""
        self._found[key] = sums

    def made(self, key: tuple[str, int]) -> SessionSums:
        """The session's ``SessionSums``, an empty one if it has none yet (to ``add`` to)."""
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = SessionSums()
        return found if type(found) is SessionSums else self[key]

    def __getitem__(self, key: tuple[str, int]) -> SessionSums:
        found = self._found[key]
        if type(found) is list:
            found = self._found[key] = SessionSums(dict(zip(STATUS_ORDER, found, strict=False)),
                                                   *found[_N_STATUSES:_N_STATUSES + 3])
        return found

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)

    def with_work(self) -> list[tuple[str, int]]:
        """The sessions with something open or overdue (``SessionSums.has_work``), none made."""
        return [key for key, found in self._found.items()
                if (found.has_work if type(found) is SessionSums
                    else _has_work(found[_N_STATUSES], (found[i] for i in _OPEN_AT)))]


def session_sums(rows: dict[tuple[Any, ...], list[int]]) -> SessionSumsRead:
    """``SessionSums`` per deadline session of ``summary_by_session``'s rows."""
    out = SessionSumsRead()
    for (body, number, kind, status, _state), (n, overdue, *_soon) in rows.items():
        if kind in TRACKED_KINDS and body and number is not None:
            out.made((body, int(number))).add(kind, status, int(n or 0), int(overdue or 0))
    return out


class OverviewCounts(NamedTuple):
    """The overview's numbers (``overview_by_session``)."""

    summary: Summary
    #: per deadline session, its tracked obligations' sums
    sessions: SessionSumsRead
    #: how many resolutions are published
    resolutions: int


def overview_by_session(session: Session, flt: ObligationFilter, today: dt.date) -> OverviewCounts:
    """``summary_by_session``'s numbers at the overview's grain, for a filter on nothing (the
    overview; only its ``include_unpublished`` and ``expiring_days`` are read): the headline
    numbers, and per deadline session its tracked obligations' sums (``SessionSums``), from the
    counts kept without dates (per kind and status in ``kind_status_counts``, per deadline session
    in ``deadline_session_counts``) and the dated rows between the
    horizon and the windows after ``today`` (``tracker.models.counts``): what is due or ends
    before ``today`` is what was before the horizon plus (or minus) what falls between the two
    days, counted by the same rules (``overdue_sql`` and the mandates' states, at ``today`` and at
    the horizon); and how many resolutions are published (``resolution_counts``). One statement
    (``_overview_statement``), at the grain the page shows: a row per kind and status for the
    headline numbers and one per session (≈ 100 at 50k, read as kept), not one per session, kind,
    status and side of the horizon (≈ 370), each summed again here."""
    return overview_counts(session, flt, today, overview_statement(flt).rows(session, today))


def overview_counts(session: Session, flt: ObligationFilter, today: dt.date,
                    found: Sequence[Any]) -> OverviewCounts:
    """``overview_by_session``'s numbers from the rows of ``_overview_statement``'s parts, in their
    order (a session's kept sums before its dated rows), read alone or in a larger statement (the
    overview's: ``dashboards.overview``)."""
    horizon_row = next(row for row in found if row[0] == _HORIZON)
    resolutions = int(horizon_row[6] or 0)
    if not any(row[0] == _EARLY for row in found):  # nothing counted: an empty register
        return OverviewCounts(_summary(()), SessionSumsRead(), resolutions)
    if horizon_row[-1] is None:
        # no horizon stored (``tracker counts check`` says so): counted by due date
        headline, rows = summary_by_session(session, flt, today)
        return OverviewCounts(headline, session_sums(rows), resolutions)
    kinds: dict[tuple[str, str, str | None], list[int]] = {}  # (kind, status, state): n, overdue, d30, d90
    mandates: dict[str, list[int]] = {}  # status: standing, renewed, expired, expiring
    sessions = SessionSumsRead()
    for tag, body, number, kind, state, status, *sums in found:
        if tag == _SESSION:  # sums of CASE ... ELSE 0 over a session's rows: integers, never NULL
            sessions.read((body, number), sums)
            continue
        if tag == _HORIZON:
            continue
        n, overdue, a, b, c, d = (int(value or 0) for value in sums[:6])
        if tag == _EARLY:  # a, b: renewed, expired at the horizon; c: with a mandate (renewed or not)
            if c:  # a mandate, or a tracked obligation that carries one
                m = mandates.setdefault(status, [0, 0, 0, 0])
                m[0] += c - a
                m[1] += a
                m[2] += b
            if kind != ObligationKind.MANDATE:
                k = kinds.setdefault((kind, status, None), [0, 0, 0, 0])
                k[0] += n
                k[1] += overdue
            continue
        if tag == _QUEUE:  # the review queue's obligations, counted directly (a, b: d30, d90)
            k = kinds.setdefault((kind, status, state), [0, 0, 0, 0])
            for i, value in enumerate((n, overdue, a, b)):
                k[i] -= value
            signed = -1
        else:  # _DATED: a, b: due within 30 and 90 days; c, d: expired since the horizon, expiring
            if c or d:  # a mandate, or a tracked obligation that carries one
                m = mandates.setdefault(status, [0, 0, 0, 0])
                m[2] += c
                m[3] += d
            if kind == ObligationKind.MANDATE:
                continue
            k = kinds.setdefault((kind, status, None), [0, 0, 0, 0])
            for i, value in ((1, overdue), (2, a), (3, b)):
                k[i] += value
            signed, n = 1, 0
        if kind in TRACKED_KINDS and body and number is not None:
            sessions.made((body, int(number))).add(kind, status, signed * n, signed * overdue)
    # the mandates by state (those tracked obligations carry among them), under the kind mandate:
    # ``_summary`` counts a row of that kind among the mandates alone
    for status, (standing, renewed, expired, expiring) in mandates.items():
        for state, n in ((MandateState.RENEWED, renewed), (MandateState.EXPIRED, expired),
                         (MandateState.EXPIRING, expiring),
                         (MandateState.ACTIVE, standing - expired - expiring)):
            kinds.setdefault((ObligationKind.MANDATE.value, status, state.value), [0, 0, 0, 0])[0] += n
    return OverviewCounts(_summary((*key, *sums) for key, sums in kinds.items()), sessions, resolutions)


def overview_statement(flt: ObligationFilter) -> DayStatement:
    """``overview_by_session``'s statement for ``flt`` (built once per filter), whose rows
    ``overview_counts`` reads: a union, whose parts a larger statement may read with its own."""
    return filter_statement(_overview_statement, flt)


#: the tags of ``_overview_statement``'s rows
_EARLY, _DATED, _QUEUE, _HORIZON, _SESSION = 0, 1, -1, 2, 3
_N_STATUSES = len(STATUS_ORDER)


def _overview_statement(flt: ObligationFilter) -> DayStatement:
    """``overview_by_session``'s statement for ``flt`` (kept per filter by ``filter_statement``;
    the day is bound), its rows tagged, each part's sums after the same six columns (tag, deadline
    body and session, kind, a mandate's state, status): the sums kept per kind and status
    (``kind_status_counts``: how many, how many were overdue, renewed, expired at the horizon,
    with a mandate; the rows that count any); the tracked kinds'
    sums per deadline session as kept (``deadline_session_counts``: how many in each status,
    overdue at the horizon, reports, reports not started; the sessions that count any); the kept
    rows dated from the earlier of the horizon and today to the end of the windows after today, by
    deadline session, kind and status (how many became overdue or expired
    between the horizon and today, negative when today is the earlier; due within 30 and 90 days;
    expiring); the review queue's rows as ``_statement`` counts them, to subtract; and one row
    with the horizon (NULL when none is stored) and the published resolutions (kept per body,
    ``resolution_counts``). The horizon is read in the statement (a subquery), so all are one round
    trip; its bounds are a row's, so the dated rows are read
    through the indexes on their dates."""
    horizon = select(CountHorizon.day).scalar_subquery()
    no_date = cast(null(), Date)
    width = _N_STATUSES + 3  # the widest part's sums: the sessions'

    def padded(*columns: Any) -> list[Any]:
        """A part's columns, its sums padded with NULLs to ``width``, then a NULL date."""
        return [*columns, *(null() for _ in range(width + 6 - len(columns))), no_date]

    c = KindStatusCount.__table__.c
    early = (select(*padded(
        literal_column(str(_EARLY)), null(), null(), c.kind, null(), c.status, c.n, c.overdue, c.renewed,
        c.expired, c.mandates))
        .where(c.n != ZERO))
    kept = DeadlineSessionCount.__table__.c
    sums = [kept[name] for name in DEADLINE_SESSION_SUMS]
    per_session = (select(*padded(
        literal_column(str(_SESSION)), kept.deadline_body, kept.deadline_session, null(), null(), null(),
        *sums)).where(or_(*(column != ZERO for column in sums[:_N_STATUSES]))))
    horizon_row = select(literal_column(str(_HORIZON)), *(null() for _ in range(5)),
                         PUBLISHED_RESOLUTIONS.scalar_subquery(), *(null() for _ in range(width - 1)),
                         horizon)

    kept = KEPT_COUNTS
    k, renewed = kept.cols, kept.renewed
    window = max(90, flt.expiring_days)

    def later(a: Any, b: Any) -> Any:
        return case((a > b, a), else_=b)

    lo, hi_due, hi_end = (case((horizon < TODAY, horizon), else_=TODAY.__clause_element__()),
                          later(horizon, (TODAY + dt.timedelta(days=90)).__clause_element__()),
                          later(horizon, (TODAY + dt.timedelta(days=window)).__clause_element__()))
    at_today = mandate_state_conditions(k, renewed, TODAY, flt.expiring_days)
    at_horizon = mandate_state_conditions(k, renewed, horizon, flt.expiring_days)
    expired = kept.count_if(at_today[MandateState.EXPIRED]) - kept.count_if(at_horizon[MandateState.EXPIRED])
    dated = (
        select(*padded(
            literal_column(str(_DATED)), k.deadline_body, k.deadline_session, k.kind, null(), k.status,
            ZERO, kept.count_if(overdue_sql(k, TODAY)) - kept.count_if(overdue_sql(k, horizon)),
            kept.count_if(due_within_sql(k, TODAY, 30)), kept.count_if(due_within_sql(k, TODAY, 90)),
            expired, kept.count_if(at_today[MandateState.EXPIRING])))
        .where(counted_rows(), or_(k.due_on.between(lo, hi_due), k.expires_on.between(lo, hi_end)))
        .group_by(k.deadline_body, k.deadline_session, k.kind, k.status))
    if flt.include_unpublished:
        return DayStatement.of(union_all(early, per_session, dated, horizon_row))
    from tracker.services.search import unpublished_condition

    queue = (_statement(OBLIGATIONS, flt, TODAY, flt.row_conditions(Obligation, OBLIGATIONS.renewed, TODAY),
                        by=(Obligation.deadline_body, Obligation.deadline_session))
             .where(unpublished_condition()))
    body, number, kind, status, state, *sums = queue.selected_columns
    queue = queue.with_only_columns(*padded(literal_column(str(_QUEUE)), body, number, kind, state, status,
                                            *sums))
    return DayStatement.of(union_all(early, per_session, dated, queue, horizon_row))


def counted_summary(session: Session, flt: ObligationFilter | None, today: dt.date) -> Summary:
    """The same numbers counted over the obligations themselves, whatever the filter: what the kept
    counts must always equal (the tests), and the summary of filters they cannot answer."""
    flt = flt or ObligationFilter()
    return _summary(session.execute(_statement(OBLIGATIONS, flt, today, flt.conditions(session, today))))


def _statement(
    src: Source, flt: ObligationFilter, today: Any, where: list[Any], by: Sequence[Any] = (),
) -> Any:
    """One grouped statement: by kind, status and a mandate's state (after the columns ``by``),
    how many, overdue, due soon."""
    c = src.cols
    state = mandate_state_sql(c, src.renewed, today, flt.expiring_days).label("mandate_state")
    return (
        select(
            *by,
            c.kind,
            c.status,
            state,
            src.count().label("n"),
            src.count_if(overdue_sql(c, today)).label("overdue"),
            src.count_if(due_within_sql(c, today, 30)).label("d30"),
            src.count_if(due_within_sql(c, today, 90)).label("d90"),
        )
        .where(and_(true(), *where))
        .group_by(*by, c.kind, c.status, state)
    )


def _summary(rows: Iterable[Sequence[Any]]) -> Summary:
    out = Summary()
    for kind, status, mandate_state, n, overdue, d30, d90 in rows:
        n = int(n or 0)
        if kind in TRACKED_KINDS:
            out.tracked += n
            out.by_kind[kind] = out.by_kind.get(kind, 0) + n
            out.by_status[status] = out.by_status.get(status, 0) + n
            out.overdue += int(overdue or 0)
            out.due_within_30 += int(d30 or 0)
            out.due_within_90 += int(d90 or 0)
        elif kind == ObligationKind.EXHORTATION:
            out.standing += n
        if mandate_state:  # a mandate, or a tracked obligation that carries one: counted in both
            out.mandates[mandate_state] += n
    return out


def summary_links(flt: ObligationFilter | None = None) -> dict[str, dict[str, Any]]:
    """For each number, the filter (query arguments) of the list it counts."""
    base = (flt or ObligationFilter()).to_args()
    open_ = [s.value for s in ObligationStatus if s.is_open]
    links: dict[str, dict[str, Any]] = {
        "tracked": {"tracked": "1"},
        "standing": {"kind": [ObligationKind.EXHORTATION.value]},
        "overdue": {"overdue": "1"},
        "due_within_30": {"tracked": "1", "status": open_, "due_within": "30"},
        "due_within_90": {"tracked": "1", "status": open_, "due_within": "90"},
    }
    for kind in TRACKED_ORDER:
        links[f"kind:{kind}"] = {"kind": [kind]}
    for status in STATUS_ORDER:
        links[f"status:{status}"] = {"tracked": "1", "status": [status]}
    for state in MANDATE_ORDER:
        links[f"mandate:{state}"] = {"mandate": [state]}
    return {key: {**base, **args} for key, args in links.items()}
