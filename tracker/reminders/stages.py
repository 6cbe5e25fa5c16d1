"""Reminder stages: which stage of an obligation has come due at a given day.

A stage is a number of days before a date ("90", "7", "0" on the day, "-7" a week after). The due
date has the configured stages and then one every week while overdue (-7, -14, …); the internal
target date, where set, has the configured stages that fall on or before it, keyed "t30".

Which stages an obligation has is decided once, by :func:`stages_for`: its own, else its owners'
(where owners differ, the greatest as text, which is what SQL's ``MAX`` picks), else the site's.

A pass sends only the *latest* stage that has come due (catch-up after downtime: one message, not
the backlog). The same rule exists twice: in Python here (documentation, dry runs, tests) and as a
SQL expression in :mod:`tracker.reminders.queue` (the pass over the whole table); the calendar
feeds' alarms are :func:`stages_for` too; a test checks the three agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

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


def parse_stages(value: str) -> tuple[int, ...]:
    """``"90,30,7,1,0,-7"`` -> (90, 30, 7, 1, 0, -7); a clear error for anything else."""
    try:
        stages = tuple(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise ValueError(f"REMINDER_STAGES must be comma-separated whole days, got {value!r}") from None
    if not stages:
        raise ValueError("REMINDER_STAGES is empty")
    return tuple(sorted(set(stages), reverse=True))


def owner_stages(values: Iterable[str | None]) -> str | None:
    """The owners' override that counts where several owners set one: the greatest as text (the
    reminder pass takes ``MAX`` in SQL, compared byte by byte); None where no owner sets one."""
    return max((v for v in values if v is not None), default=None)


def stages_for(own: str | None, owners: Iterable[str | None], default: str) -> tuple[int, ...]:
    """An obligation's reminder stages, for the ledger, the reminder pass's SQL and the feeds'
    alarms: its own override, else its owners' (:func:`owner_stages`), else the site's default."""
    return effective_stages(own, owner_stages(owners), default)


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
