"""Timing helpers and the one table ``python -m bench`` prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

NOT_BUILT = "n/a (not built yet)"


@dataclass
class Row:
    """One figure: its median, the baseline measured beside it in the same run, and their ratio."""

    figure: str
    value: str = ""
    baseline: str = ""
    #: subject / baseline (higher is slower); None when there is no baseline
    ratio: float | None = None
    #: the goal for ``ratio`` (or for the value itself, see ``limit_of``)
    target: str = ""
    #: True/False against the target, None when there is none
    met: bool | None = None
    note: str = ""
    #: why there is no figure ("n/a (not built yet)", an error)
    na: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def na(figure: str, reason: str = NOT_BUILT, target: str = "") -> Row:
    return Row(figure, na=reason, target=target)


def ratio_row(figure: str, value: str, baseline: str, subject_s: float, baseline_s: float,
              limit: float | None, note: str = "") -> Row:
    ratio = subject_s / baseline_s if baseline_s > 0 else None
    met = None if (limit is None or ratio is None) else ratio <= limit
    return Row(figure, value, baseline, ratio, f"≤ {limit:g}×" if limit else "", met, note)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt_seconds(s: float) -> str:
    if s != s:  # nan
        return "-"
    if s < 1e-3:
        return f"{s * 1e6:.0f} µs"
    if s < 1:
        return f"{s * 1e3:.1f} ms"
    return f"{s:.2f} s"


def fmt_rate(n: float, s: float, unit: str) -> str:
    rate = n / s if s > 0 else float("inf")
    if rate >= 1e6:
        return f"{rate / 1e6:.1f} M {unit}/s"
    if rate >= 1e4:
        return f"{rate / 1e3:.0f} k {unit}/s"
    return f"{rate:,.0f} {unit}/s"


def fmt_mb(n_bytes: float) -> str:
    return f"{n_bytes / 2**20:.0f} MB"


def render(rows: list[Row], title: str) -> str:
    head = ("figure", "measured (median)", "baseline (median)", "ratio", "target", "")
    table = [head]
    for r in rows:
        if r.na:
            table.append((r.figure, r.na if len(r.na) <= 60 else r.na[:57] + "...", "", "", r.target, ""))
            continue
        ratio = f"{r.ratio:.1f}×" if r.ratio is not None else ""
        mark = {True: "ok", False: "MISSED", None: ""}[r.met]
        table.append((r.figure, r.value, r.baseline, ratio, r.target, mark))
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    lines = [title, ""]
    for i, row in enumerate(table):
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"  {r.figure}: {r.note}" for r in rows if r.note]
    notes += [f"  {r.figure}: {r.na}" for r in rows if r.na and len(r.na) > 60]
    if notes:
        lines += ["", "notes:", *notes]
    return "\n".join(lines)
