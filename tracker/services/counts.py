"""Reading the register's kept counts (``tracker.models.counts``), and checking them against a
recount.

``sum_counts`` runs one grouped statement over the kept counts, and for a reader who may not see
unpublished resolutions subtracts the same statement over the obligations of unpublished
resolutions (the review queue, by index): the statement is written once, over a ``Source``, so
both sides count by the same rules. ``check`` recomputes every count from the obligations and
lists where the kept table differs (``tracker counts check`` exits 1 on any difference);
``rebuild`` reinstalls the triggers and refills the table from a recount, in the caller's
transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    case,
    func,
    literal,
    literal_column,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from tracker.models import Obligation, ObligationCount
from tracker.models.counts import (
    OWNER_TRIGGER_NAMES,
    TRIGGER_NAMES,
    bucket_sql,
    install_owner_triggers,
    install_triggers,
    installed_owner_triggers,
    installed_triggers,
    owner_bucket_sql,
    owner_recount_sql,
    recount_sql,
    refill,
    refill_owners,
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
        return func.sum(case((condition, self.n), else_=0))


_kept = ObligationCount.__table__.c
#: the kept counts: a row per combination of counted values
KEPT = Source(_kept, _kept.renewed, _kept.n)
#: the obligations themselves
OBLIGATIONS = Source(Obligation, renewed_sql(Obligation), literal(1))


def less(kept: Select[Any], queue: Select[Any] | None) -> Select[Any] | CompoundSelect:
    """One statement for the rows of ``kept`` and, when given, those of ``queue`` (the same
    grouped select over the review queue's obligations, to subtract), each row ending with its
    sign, 1 or -1: one round trip instead of two."""
    kept = kept.add_columns(literal_column("1"))
    return kept if queue is None else union_all(kept, queue.add_columns(literal_column("-1")))


def sum_counts(
    session: Session, build: Callable[[Source], Select[Any]], keys: int, *, include_unpublished: bool,
) -> dict[tuple[Any, ...], list[int]]:
    """{the first ``keys`` columns: the sums of the others} of ``build(KEPT)``, less those of
    ``build(OBLIGATIONS)`` over unpublished resolutions unless ``include_unpublished``: one
    statement either way (the two grouped selects as a ``UNION ALL``, each row with its sign),
    so the review queue costs no further round trip."""
    from tracker.services.search import unpublished_condition

    statement = less(build(KEPT), None if include_unpublished
                     else build(OBLIGATIONS).where(unpublished_condition()))
    out: dict[tuple[Any, ...], list[int]] = {}
    for *row, sign in session.execute(statement):
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


def check(session: Session) -> CountsReport:
    """Both kept tables (``obligation_counts``, ``owner_counts``) against a recount."""
    conn = session.connection()
    dialect = conn.dialect.name
    fresh = _pairs(session, recount_sql(dialect))
    report = CountsReport(buckets=len(fresh), obligations=sum(fresh.values()))
    tables = (("obligation_counts", fresh), ("owner_counts", _pairs(session, owner_recount_sql(dialect))))
    for table, recount in tables:
        kept = _pairs(session, f"SELECT bucket, n FROM {table} WHERE n <> 0")  # noqa: S608 - our names
        for bucket in sorted(set(kept) | set(recount)):
            if kept.get(bucket, 0) != recount.get(bucket, 0):
                report.drift.append(Drift(table, bucket, kept.get(bucket, 0), recount.get(bucket, 0)))
    renewed = "c.renewed::int" if dialect == "postgresql" else "c.renewed"
    report.malformed = [f"obligation_counts: {r[0]}" for r in session.execute(text(
        f"SELECT bucket FROM obligation_counts c WHERE bucket <> {bucket_sql(dialect, 'c', renewed=renewed)}"  # noqa: S608
        " ORDER BY bucket"))]
    report.malformed += [f"owner_counts: {r[0]}" for r in session.execute(text(
        f"SELECT bucket FROM owner_counts c WHERE bucket <> {owner_bucket_sql(dialect, 'c.entity_id', 'c')}"  # noqa: S608
        " ORDER BY bucket"))]
    report.missing_triggers = sorted(set(TRIGGER_NAMES) - installed_triggers(conn)) + sorted(
        set(OWNER_TRIGGER_NAMES) - installed_owner_triggers(conn))
    return report


def rebuild(session: Session) -> None:
    """Reinstall the triggers and recount every bucket of both tables (in the session's transaction)."""
    conn = session.connection()
    install_triggers(conn)
    install_owner_triggers(conn)
    refill(conn)
    refill_owners(conn)
