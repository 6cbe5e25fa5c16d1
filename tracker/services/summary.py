"""The register's headline numbers: one read model for the overview page and ``/api/v1/summary``.

What counts is decided on the model (``Obligation.is_tracked``, ``is_overdue``, ``is_due_within``,
``mandate_state``): tracked obligations (report, action, agenda) by kind and status, standing
calls (exhortations) apart, overdue and due-soon among the tracked ones only, mandates by state.
Declaratory paragraphs are in no number. One grouped query; the filters are the obligation
list's (``ObligationFilter``), so each number equals the length of the list it links to.

Kept in this one function so that maintained aggregates can replace the query later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, select, true
from sqlalchemy.orm import Session

from tracker.models import (
    TRACKED_KINDS,
    MandateState,
    Obligation,
    ObligationKind,
    ObligationStatus,
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
    """The numbers of the obligations ``flt`` selects, as of ``today``. One query."""
    flt = flt or ObligationFilter()

    def count_if(condition: Any) -> Any:
        return func.sum(case((condition, 1), else_=0))

    state = Obligation.mandate_state(today, flt.expiring_days).label("mandate_state")
    rows = session.execute(
        select(
            Obligation.kind,
            Obligation.status,
            state,
            func.count().label("n"),
            count_if(Obligation.is_overdue(today)).label("overdue"),
            count_if(Obligation.is_due_within(today, 30)).label("d30"),
            count_if(Obligation.is_due_within(today, 90)).label("d90"),
        )
        .where(and_(true(), *flt.conditions(session, today)))
        .group_by(Obligation.kind, Obligation.status, state)
    ).all()
    out = Summary()
    for row in rows:
        n = int(row.n)
        if row.kind in TRACKED_KINDS:
            out.tracked += n
            out.by_kind[row.kind] = out.by_kind.get(row.kind, 0) + n
            out.by_status[row.status] = out.by_status.get(row.status, 0) + n
            out.overdue += int(row.overdue or 0)
            out.due_within_30 += int(row.d30 or 0)
            out.due_within_90 += int(row.d90 or 0)
        elif row.kind == ObligationKind.EXHORTATION:
            out.standing += n
        elif row.mandate_state:
            out.mandates[row.mandate_state] += n
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
