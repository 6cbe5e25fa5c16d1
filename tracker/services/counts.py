"""Checking the register's kept counts (``tracker.models.counts``) against a recount.

``check`` recomputes every count from the obligations and lists where the kept table differs
(``tracker counts check`` exits 1 on any difference); ``rebuild`` reinstalls the triggers and refills
the table from a recount, in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.models.counts import (
    TRIGGER_NAMES,
    bucket_sql,
    install_triggers,
    installed_triggers,
    recount_sql,
    refill,
)


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
