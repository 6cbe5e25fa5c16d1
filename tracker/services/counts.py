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

from sqlalchemy import ColumnElement, Select, case, func, literal, text
from sqlalchemy.orm import Session

from tracker.models import Obligation, ObligationCount
from tracker.models.counts import (
    TRIGGER_NAMES,
    bucket_sql,
    install_triggers,
    installed_triggers,
    recount_sql,
    refill,
)


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
OBLIGATIONS = Source(Obligation, Obligation.renewed_by_id.is_not(None), literal(1))


def sum_counts(
    session: Session, build: Callable[[Source], Select[Any]], keys: int, *, include_unpublished: bool,
) -> dict[tuple[Any, ...], list[int]]:
    """{the first ``keys`` columns: the sums of the others} of ``build(KEPT)``, less those of
    ``build(OBLIGATIONS)`` over unpublished resolutions unless ``include_unpublished``."""
    from tracker.services.search import unpublished_condition

    out: dict[tuple[Any, ...], list[int]] = {}
    runs = [(1, build(KEPT))]
    if not include_unpublished:
        runs.append((-1, build(OBLIGATIONS).where(unpublished_condition())))
    for sign, statement in runs:
        for row in session.execute(statement):
            sums = out.setdefault(tuple(row[:keys]), [0] * (len(row) - keys))
            for i, value in enumerate(row[keys:]):
                sums[i] += sign * int(value or 0)
    return out


@dataclass(frozen=True)
class Drift:
    """One bucket whose kept count differs from the recount."""

    bucket: str
    kept: int
    recounted: int


@dataclass
class CountsReport:
    drift: list[Drift] = field(default_factory=list)
    #: kept rows whose columns do not match their bucket key (the table was written by hand)
    malformed: list[str] = field(default_factory=list)
    #: triggers that should keep the table and are not there (a SQLite table copy drops them)
    missing_triggers: list[str] = field(default_factory=list)
    buckets: int = 0
    obligations: int = 0

    @property
    def ok(self) -> bool:
        return not (self.drift or self.malformed or self.missing_triggers)


def kept_counts(session: Session) -> dict[str, int]:
    """The kept table as {bucket: n}, rows at zero left out."""
    rows = session.execute(text("SELECT bucket, n FROM obligation_counts WHERE n <> 0"))
    return {r.bucket: int(r.n) for r in rows}


def recounted(session: Session) -> dict[str, int]:
    """The same counted from the obligations."""
    dialect = session.get_bind().dialect.name
    return {r.bucket: int(r.n) for r in session.execute(text(recount_sql(dialect)))}


def check(session: Session) -> CountsReport:
    conn = session.connection()
    dialect = conn.dialect.name
    kept, fresh = kept_counts(session), recounted(session)
    report = CountsReport(buckets=len(fresh), obligations=sum(fresh.values()))
    for bucket in sorted(set(kept) | set(fresh)):
        if kept.get(bucket, 0) != fresh.get(bucket, 0):
            report.drift.append(Drift(bucket, kept.get(bucket, 0), fresh.get(bucket, 0)))
    renewed = "c.renewed::int" if dialect == "postgresql" else "c.renewed"
    report.malformed = [r[0] for r in session.execute(text(
        f"SELECT bucket FROM obligation_counts c WHERE bucket <> {bucket_sql(dialect, 'c', renewed=renewed)}"  # noqa: S608
        " ORDER BY bucket"))]
    report.missing_triggers = sorted(set(TRIGGER_NAMES) - installed_triggers(conn))
    return report


def rebuild(session: Session) -> None:
    """Reinstall the triggers and recount every bucket (in the session's transaction)."""
    conn = session.connection()
    install_triggers(conn)
    refill(conn)
