"""Reminder stages: which stage of an obligation has come due at a given day.

A stage is a number of days before a date ("90", "7", "0" on the day, "-7" a week after). The due
date has the configured stages and then one every week while overdue (-7, -14, …); the internal
target date, where set, has the configured stages that fall on or before it, keyed "t30".

A pass sends only the *latest* stage that has come due (catch-up after downtime: one message, not
the backlog). The same rule exists twice: in Python here (documentation, dry runs, tests) and as a
SQL expression in :mod:`tracker.reminders.queue` (the pass over the whole table); a test checks they
agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.config import parse_stages

#: Overdue obligations are reminded every this many days.
OVERDUE_EVERY = 7
TARGET_PREFIX = "t"


@dataclass(frozen=True)
class DueStage:
    #: "30", "0", "-14", "t30"
    key: str
    #: the date the stage counts towards (the due date or the target date)
    due_on: dt.date
    #: days from today to ``due_on`` (negative when past)
    days_left: int

    @property
    def is_target(self) -> bool:
        return self.key.startswith(TARGET_PREFIX)

    @property
    def fell_due_on(self) -> dt.date:
        return self.due_on - dt.timedelta(days=int(self.key.removeprefix(TARGET_PREFIX)))


def effective_stages(
    obligation_stages: str | None, entity_stages: str | None, default: str
) -> tuple[int, ...]:
    """The obligation's own stages win over its owner's, which win over the default."""
    for value in (obligation_stages, entity_stages, default):
        if value and value.strip():
            try:
                return parse_stages(value)
            except ValueError:
                continue  # a bad override must not stop reminders: fall back
    return parse_stages(default)


def latest_due_stage(days_left: int, stages: tuple[int, ...], *, weekly: bool = True) -> int | None:
    """The smallest stage ``s`` with ``s >= days_left`` (the most recent one to come due), or None."""
    candidates = [s for s in stages if s >= days_left]
    if weekly and days_left <= -OVERDUE_EVERY:
        candidates.append(-OVERDUE_EVERY * ((-days_left) // OVERDUE_EVERY))
    return min(candidates) if candidates else None


def due_stage(
    today: dt.date, due_on: dt.date | None, target_on: dt.date | None, stages: tuple[int, ...]
) -> DueStage | None:
    """The one stage a pass at ``today`` should have in the ledger for this obligation, if any."""
    found: DueStage | None = None
    if due_on is not None:
        left = (due_on - today).days
        s = latest_due_stage(left, stages)
        if s is not None:
            found = DueStage(str(s), due_on, left)
    if target_on is not None:
        left = (target_on - today).days
        s = latest_due_stage(left, tuple(x for x in stages if x >= 0), weekly=False)
        if s is not None:
            candidate = DueStage(f"{TARGET_PREFIX}{s}", target_on, left)
            # the target's stage wins only if it came due more recently than the due date's
            if found is None or candidate.fell_due_on > found.fell_due_on:
                found = candidate
    return found


def max_lead_days(stage_sets: list[tuple[int, ...]]) -> int:
    """How far ahead any stage reaches: obligations due later than today + this need no look."""
    return max((max(s) for s in stage_sets if s), default=0)
