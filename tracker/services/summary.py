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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, select, true
from sqlalchemy.orm import Session

from tracker.models import (
    TRACKED_KINDS,
    MandateState,
    ObligationKind,
    ObligationStatus,
)
from tracker.models.obligations import due_within_sql, mandate_state_sql, overdue_sql
from tracker.services.counts import (
    OBLIGATIONS,
    TODAY,
    DayStatement,
    Source,
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
        elif mandate_state:
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
