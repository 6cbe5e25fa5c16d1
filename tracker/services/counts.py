"""Reading the register's kept counts (``tracker.models.counts``), and checking them against a
recount.

``sum_counts`` runs one grouped statement over the kept counts, and for a reader who may not see
unpublished resolutions subtracts the same statement over the obligations of unpublished
resolutions (the review queue, by index): the statement is written once, over a ``Source``, so
both sides count by the same rules. Such statements name the day they are read on as ``TODAY``
(bound at execution: ``DayStatement``), so each is built once per process, not per request.
``check`` recomputes every count from the obligations and lists where the kept table differs
(``tracker counts check`` exits 1 on any difference); ``rebuild`` reinstalls the triggers and
refills the table from a recount, in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Date,
    Executable,
    Integer,
    Select,
    bindparam,
    case,
    func,
    literal_column,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors

from tracker.db import kept_compiled
from tracker.models import Obligation, ObligationCount
from tracker.models.counts import (
    DEADLINE_SESSION_SUMS,
    DEADLINE_SESSION_TRIGGER_NAMES,
    KIND_STATUS_SUMS,
    KIND_STATUS_TRIGGER_NAMES,
    OWNER_TRIGGER_NAMES,
    RESOLUTION_TRIGGER_NAMES,
    SESSION_TRIGGER_NAMES,
    TRIGGER_NAMES,
    ResolutionCount,
    bucket_sql,
    deadline_session_recount_sql,
    install_deadline_session_triggers,
    install_kind_status_triggers,
    install_owner_triggers,
    install_resolution_triggers,
    install_session_triggers,
    install_triggers,
    installed_deadline_session_triggers,
    installed_kind_status_triggers,
    installed_owner_triggers,
    installed_resolution_triggers,
    installed_session_triggers,
    installed_triggers,
    kind_status_recount_sql,
    owner_bucket_sql,
    owner_recount_sql,
    rebase,
    recount_sql,
    refill_all,
    resolution_bucket_sql,
    resolution_recount_sql,
    session_bucket_sql,
    session_recount_sql,
)
from tracker.models.obligations import renewed_sql


@dataclass(frozen=True)
class Source:
    """What a grouped statement sums over: ``cols`` has an obligation's counted columns (``kind``,
    ``status``, ``deadline_body``, ``deadline_session``, ``due_on``, ``expires_on``), ``renewed``
    is true for a renewed mandate, and each row stands for ``n`` obligations."""

    cols: Any
    renewed: ColumnElement[bool]
    n: Any

    def count(self) -> Any:
        return func.sum(self.n)

    def count_if(self, condition: ColumnElement[bool]) -> Any:
        return sum_if(condition, self.n)


#: 0 and 1 written into a statement, not bound: a bound constant is one more parameter built and
#: processed at every execution (the overview's statements held ≈ 60 such, of ≈ 115 parameters)
ZERO, ONE = literal_column("0", Integer), literal_column("1", Integer)


def sum_if(condition: ColumnElement[bool], n: Any = ONE) -> Any:
    """``SUM(CASE WHEN condition THEN n ELSE 0 END)``: how many rows (or ``n`` each) meet it."""
    return func.sum(case((condition, n), else_=ZERO))


_kept = ObligationCount.__table__.c
#: the kept counts: a row per combination of counted values
KEPT_COUNTS = Source(_kept, _kept.renewed, _kept.n)
#: the obligations themselves
OBLIGATIONS = Source(Obligation, renewed_sql(Obligation), ONE)


class BoundDay:
    """A day as a bound parameter: ``TODAY`` stands for the day a statement is read on, wherever
    the rules (``overdue_sql``, ``due_within_sql``, ``mandate_state_conditions``, the filters'
    ``row_conditions``) compare a column with "today"; ``TODAY + timedelta(days=n)`` is the day
    ``n`` days later, a parameter of its own. A statement written with it is built once per process
    and read on any day with ``DayStatement.params``, where a date written into the statement
    would make each request build its expression tree and cache key again."""

    __slots__ = ("name", "offset")

    def __init__(self, offset: int = 0, name: str = "today") -> None:
        self.offset = offset
        self.name = name

    def __add__(self, delta: dt.timedelta) -> BoundDay:
        return BoundDay(self.offset + delta.days, self.name)

    def __sub__(self, delta: dt.timedelta) -> BoundDay:
        return BoundDay(self.offset - delta.days, self.name)

    @property
    def key(self) -> str:
        return f"{self.name}_{'m' if self.offset < 0 else 'p'}{abs(self.offset)}"

    def __clause_element__(self) -> BindParameter[dt.date]:
        return bindparam(self.key, type_=Date)


#: the day a statement is read on (see ``BoundDay``)
TODAY = BoundDay()
_DAY_KEY = re.compile(r"^today_([mp])(\d+)$")


@dataclass(frozen=True)
class DayStatement:
    """A statement built once, with the days it names (``TODAY`` and days ``offsets`` from it)
    bound at execution."""

    statement: Executable
    offsets: tuple[int, ...]
    #: its compiled forms, found by the statement (``tracker.db.kept_compiled``), as ``run``'s
    #: execution options
    compiled: Any = field(default_factory=kept_compiled, compare=False, repr=False)

    @classmethod
    def of(cls, statement: Executable) -> DayStatement:
        offsets = set()
        for element in visitors.iterate(statement):
            if isinstance(element, BindParameter) and (match := _DAY_KEY.match(str(element.key))):
                offsets.add(int(match[2]) * (-1 if match[1] == "m" else 1))
        return cls(statement, tuple(sorted(offsets)))

    def params(self, today: dt.date, **more: Any) -> dict[str, Any]:
        """The parameters for reading on ``today`` (and ``more`` of the statement's own)."""
        return {BoundDay(n).key: today + dt.timedelta(days=n) for n in self.offsets} | more

    def run(self, connection: Any, params: dict[str, Any]) -> Any:
        """The statement run on ``connection`` with ``params``, its compiled form found by the
        statement rather than by its cache key's value (``tracker.db.KeptCompiled``)."""
        return connection.execute(self.statement, params, execution_options=self.compiled)

    def execute(self, session: Session, today: dt.date, **more: Any) -> Any:
        """The rows, read through the session's connection (plain rows; no ORM entity is loaded)."""
        return self.run(session.connection(), self.params(today, **more))

    def rows(self, session: Session, today: dt.date, **more: Any) -> list[Any]:
        """``execute``'s rows, all read in one fetch: iterating a result fetches its rows one at a
        time, each through SQLAlchemy's fetch strategy and the driver's ``fetchone``. On PostgreSQL
        the overview's one statement gives ≈ 275 rows: read at once, ``GET /`` took 0.95 of the CPU
        (in process, loaded, 5 December 2026); on SQLite, whose ``fetchone`` is where its statement
        runs, no difference."""
        return self.execute(session, today, **more).all()


#: how many resolutions are published: summed over the counts kept per body
#: (``tracker.models.counts.ResolutionCount``), a few rows, not a scan of the resolutions
PUBLISHED_RESOLUTIONS = select(func.sum(ResolutionCount.n)).where(ResolutionCount.published)


def written_limit(limit: int | None) -> ColumnElement[Any] | None:
    """``limit`` for ``Select.limit`` of a statement built once (as a ``DayStatement``), written
    into it rather than bound: PostgreSQL's plan for any values (``tracker.db.
    plan_once_for_any_values``) does not know a bound LIMIT, so it prices the statement as if it
    read every row it may, and plans it afresh at each execution instead (the overview's recent
    resolutions: 0.50 -> 0.10 ms of the server's CPU a request at 50k, loaded, 4 December 2026)."""
    return None if limit is None else literal_column(str(int(limit)))


def counted_rows(table: Any = ObligationCount) -> ColumnElement[bool]:
    """The kept rows that count something: a bucket emptied by writes keeps its row with ``n = 0``
    (14-20 % of the rows on the bench's register), which adds nothing to a sum but is read."""
    return table.__table__.c.n != ZERO


def less(kept: Select[Any], queue: Select[Any] | None) -> Select[Any] | CompoundSelect:
    """One statement for the rows of ``kept`` and, when given, those of ``queue`` (the same
    grouped select over the review queue's obligations, to subtract), each row ending with its
    sign, 1 or -1: one round trip instead of two."""
    kept = kept.add_columns(literal_column("1"))
    return kept if queue is None else union_all(kept, queue.add_columns(literal_column("-1")))


def counts_statement(build: Callable[[Source], Select[Any]], *, include_unpublished: bool) -> DayStatement:
    """``build(KEPT_COUNTS)`` and, unless ``include_unpublished``, ``build(OBLIGATIONS)`` over unpublished
    resolutions, to subtract: one statement (the two grouped selects as a ``UNION ALL``, each row
    with its sign), so the review queue costs no further round trip. ``build`` writes the day as
    ``TODAY``; callers keep the result (it does not depend on the request)."""
    from tracker.services.search import unpublished_condition

    return DayStatement.of(less(build(KEPT_COUNTS).where(counted_rows()), None if include_unpublished
                                else build(OBLIGATIONS).where(unpublished_condition())))


@functools.lru_cache(maxsize=256)
def _per_filter(build: Callable[..., DayStatement], flt: Any, uncompared: tuple[Any, ...],
                *args: Any) -> DayStatement:
    return build(flt, *args)


def filter_statement(build: Callable[..., DayStatement], flt: Any, *args: Any) -> DayStatement:
    """``build(flt, *args)``, built once per filter (an ``ObligationFilter``) and ``args``: kept
    per process, since a statement names the day as ``TODAY`` and depends on nothing else. The
    cache keys on every field of the filter, those left out of its equality too
    (``include_unpublished``, ``expiring_days``: a filter compares equal to one that counts other
    rows or calls other mandates expiring), so that no caller has to pass them beside it."""
    uncompared = tuple(getattr(flt, f.name) for f in fields(flt) if not f.compare)
    return _per_filter(build, flt, uncompared, *args)


def sum_counts(
    session: Session, statement: DayStatement, keys: int, today: dt.date, **params: Any,
) -> dict[tuple[Any, ...], list[int]]:
    """{the first ``keys`` columns: the sums of the others} of a ``counts_statement`` read on
    ``today``, the review queue's rows subtracted."""
    return summed(statement.rows(session, today, **params), keys)


def summed(rows: Iterable[Sequence[Any]], keys: int) -> dict[tuple[Any, ...], list[int]]:
    """``sum_counts`` of rows read otherwise: each ending with its sign, 1 or -1."""
    out: dict[tuple[Any, ...], list[int]] = {}
    for *row, sign in rows:
        sums = out.setdefault(tuple(row[:keys]), [0] * (len(row) - keys))
        for i, value in enumerate(row[keys:]):
            sums[i] += sign * int(value or 0)
    return out


@dataclass(frozen=True)
class Drift:
    """One bucket whose kept count differs from the recount."""

    table: str
    bucket: str
    kept: int
    recounted: int


@dataclass
class CountsReport:
    drift: list[Drift] = field(default_factory=list)
    #: kept rows whose columns do not match their bucket key (the table was written by hand)
    malformed: list[str] = field(default_factory=list)
    #: triggers that should keep the tables and are not there (a SQLite table copy drops them)
    missing_triggers: list[str] = field(default_factory=list)
    buckets: int = 0
    obligations: int = 0

    @property
    def ok(self) -> bool:
        return not (self.drift or self.malformed or self.missing_triggers)


def _pairs(session: Session, sql: str) -> dict[str, int]:
    return {r.bucket: int(r.n) for r in session.execute(text(sql))}


def _kept_sums(session: Session, sql: str, names: Sequence[str] = DEADLINE_SESSION_SUMS) -> dict[str, int]:
    """Rows of kept sums (two key columns, then ``names``: ``deadline_session_counts``' or
    ``kind_status_counts``' columns) as pairs: each non-zero sum keyed by ``key|key|sum``."""
    return {f"{first}|{second}|{name}": int(value) for first, second, *sums in session.execute(text(sql))
            for name, value in zip(names, sums, strict=True) if value}


def check(session: Session) -> CountsReport:
    """The kept tables (``obligation_counts``, ``owner_counts``, ``session_counts``,
    ``deadline_session_counts`` and ``kind_status_counts`` at the stored horizon,
    ``resolution_counts``) against a recount."""
    conn = session.connection()
    dialect = conn.dialect.name
    fresh = _pairs(session, recount_sql(dialect))
    report = CountsReport(buckets=len(fresh), obligations=sum(fresh.values()))
    kept_sums = (f"SELECT deadline_body, deadline_session, {', '.join(DEADLINE_SESSION_SUMS)}"  # noqa: S608
                 " FROM deadline_session_counts")
    tables = [
        *((table, _pairs(session, f"SELECT bucket, n FROM {table} WHERE n <> 0"), recount)  # noqa: S608
          for table, recount in (("obligation_counts", fresh),
                                 ("owner_counts", _pairs(session, owner_recount_sql(dialect))),
                                 ("resolution_counts", _pairs(session, resolution_recount_sql(dialect))),
                                 ("session_counts", _pairs(session, session_recount_sql(dialect))))),
        ("deadline_session_counts", _kept_sums(session, kept_sums),
         _kept_sums(session, deadline_session_recount_sql(dialect))),
        ("kind_status_counts", _kept_sums(
            session, f"SELECT kind, status, {', '.join(KIND_STATUS_SUMS)} FROM kind_status_counts",  # noqa: S608
            KIND_STATUS_SUMS), _kept_sums(session, kind_status_recount_sql(dialect), KIND_STATUS_SUMS)),
    ]
    for table, kept, recount in tables:
        for bucket in sorted(set(kept) | set(recount)):
            if kept.get(bucket, 0) != recount.get(bucket, 0):
                report.drift.append(Drift(table, bucket, kept.get(bucket, 0), recount.get(bucket, 0)))
    renewed = "c.renewed::int" if dialect == "postgresql" else "c.renewed"
    report.malformed = [f"obligation_counts: {r[0]}" for r in session.execute(text(
        f"SELECT bucket FROM obligation_counts c WHERE bucket <> {bucket_sql(dialect, 'c', renewed=renewed)}"  # noqa: S608
        " ORDER BY bucket"))]
    early = "c.due_early::int" if dialect == "postgresql" else "c.due_early"
    report.malformed += [f"owner_counts: {r[0]}" for r in session.execute(text(
        f"SELECT bucket FROM owner_counts c"  # noqa: S608
        f" WHERE bucket <> {owner_bucket_sql(dialect, 'c.entity_id', 'c', early=early)} ORDER BY bucket"))]
    published = "c.published::int" if dialect == "postgresql" else "c.published"
    report.malformed += [f"resolution_counts: {r[0]}" for r in session.execute(text(
        f"SELECT bucket FROM resolution_counts c"  # noqa: S608
        f" WHERE bucket <> {resolution_bucket_sql(dialect, 'c', published=published)} ORDER BY bucket"))]
    flags = ("c.renewed::int", "c.due_early::int", "c.expires_early::int", "c.expires::int") \
        if dialect == "postgresql" else ("c.renewed", "c.due_early", "c.expires_early", "c.expires")
    report.malformed += [f"session_counts: {r[0]}" for r in session.execute(text(
        f"SELECT bucket FROM session_counts c"  # noqa: S608
        f" WHERE bucket <> {session_bucket_sql(dialect, 'c', flags=flags)} ORDER BY bucket"))]
    if session.execute(text("SELECT count(*) FROM count_horizon")).scalar_one() != 1:
        report.malformed.append("count_horizon: one row expected")
    report.missing_triggers = (sorted(set(TRIGGER_NAMES) - installed_triggers(conn))
                               + sorted(set(OWNER_TRIGGER_NAMES) - installed_owner_triggers(conn))
                               + sorted(set(RESOLUTION_TRIGGER_NAMES) - installed_resolution_triggers(conn))
                               + sorted(set(SESSION_TRIGGER_NAMES) - installed_session_triggers(conn))
                               + sorted(set(DEADLINE_SESSION_TRIGGER_NAMES)
                                        - installed_deadline_session_triggers(conn))
                               + sorted(set(KIND_STATUS_TRIGGER_NAMES)
                                        - installed_kind_status_triggers(conn)))
    return report


def rebuild(session: Session, today: dt.date) -> None:
    """Reinstall the triggers and recount every bucket of every kept table (in the session's
    transaction); ``session_counts`` at the stored horizon, or at ``today`` if none is stored."""
    conn = session.connection()
    install_triggers(conn)
    install_owner_triggers(conn)
    install_resolution_triggers(conn)
    install_session_triggers(conn)
    install_deadline_session_triggers(conn)
    install_kind_status_triggers(conn)
    horizon = conn.execute(text("SELECT day FROM count_horizon")).scalars().all()
    if len(horizon) != 1:
        rebase(conn, today)
    refill_all(conn)


def move_horizon(session: Session, today: dt.date) -> None:
    """Move the horizon of ``session_counts`` and ``owner_counts`` to ``today`` (the overview then
    reads only the rows dated from today to the end of its windows), in the session's transaction."""
    rebase(session.connection(), today)
