"""ISO 8601 date durations ("P1Y", "P4M", "P120D") and the month arithmetic recurring deadlines need.

Only the date part of ISO 8601 is accepted (years, months, weeks, days): a resolution never asks
for a report every six hours. Adding months clamps to the end of a shorter month (31 October + 4
months = 28 or 29 February), and occurrences are always counted from the anchor, never chained,
so a series anchored on the 31st comes back to the 31st whenever the month has one.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
import re
from dataclasses import dataclass

from tracker.calendar.errors import DeadlineError

_ISO_DURATION = re.compile(
    r"^P(?!$)(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?$"
)


@dataclass(frozen=True)
class Duration:
    """A calendar duration: whole months (years count twelve) plus whole days (weeks count seven)."""

    months: int = 0
    days: int = 0

    @classmethod
    def parse(cls, text: str) -> Duration:
        match = _ISO_DURATION.match((text or "").strip().upper())
        if not match:
            raise DeadlineError(
                f"not an ISO 8601 date duration: {text!r} (expected e.g. P1Y, P4M, P120D)"
            )
        parts = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
        duration = cls(
            months=parts["years"] * 12 + parts["months"], days=parts["weeks"] * 7 + parts["days"]
        )
        if duration.months == 0 and duration.days == 0:
            raise DeadlineError(f"a recurring deadline needs a non-zero period, not {text!r}")
        return duration

    def times(self, k: int) -> Duration:
        return Duration(self.months * k, self.days * k)

    def describe(self) -> str:
        """``"every 4 months"``, ``"every year"``, ``"every 120 days"``."""
        parts = []
        years, months = divmod(self.months, 12)
        if years and not months:
            parts.append("year" if years == 1 else f"{years} years")
        elif self.months:
            parts.append("month" if self.months == 1 else f"{self.months} months")
        if self.days:
            parts.append("day" if self.days == 1 else f"{self.days} days")
        return "every " + " and ".join(parts)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the last day of a shorter month."""
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    last = _stdlib_calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def add_duration(day: dt.date, duration: Duration) -> dt.date:
    return add_months(day, duration.months) + dt.timedelta(days=duration.days)


def occurrence(anchor: dt.date, every: Duration, k: int) -> dt.date:
    """The k-th occurrence after ``anchor`` (k = 1 is one period after it), counted from the anchor."""
    return add_duration(anchor, every.times(k))


def first_occurrence_on_or_after(anchor: dt.date, every: Duration, day: dt.date) -> tuple[int, dt.date]:
    """``(k, date)`` of the earliest occurrence (k >= 1) falling on or after ``day``."""
    # Start from a guess close to the answer so a long-running series costs a few steps; the two
    # loops below make the answer exact whichever side of it the guess falls.
    if every.months:
        elapsed = (day.year - anchor.year) * 12 + (day.month - anchor.month)
        per = every.months + (every.days + 27) // 28  # generous: a guess too low is cheap
        k = max(1, elapsed // per - 1)
    else:
        k = max(1, (day - anchor).days // every.days - 1)
    while k > 1 and occurrence(anchor, every, k - 1) >= day:
        k -= 1
    while occurrence(anchor, every, k) < day:
        k += 1
    return k, occurrence(anchor, every, k)
