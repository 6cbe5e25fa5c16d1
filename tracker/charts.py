"""Chart geometry for server-side SVG: plain numbers in, rectangles and ticks out.

No JavaScript and no chart library: the templates (``dashboards/_charts.html``) turn these shapes
into inline SVG with a ``<title>`` on every mark, and every chart sits beside a table with the same
numbers, so nothing is only visible. Colours come from CSS classes (``series-<key>``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: Sequence[int]


@dataclass(slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    key: str
    title: str
    value: int


@dataclass(slots=True)
class Tick:
    position: float
    label: str


@dataclass
class Chart:
    width: int
    height: int
    rects: list[Rect] = field(default_factory=list)
    x_labels: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)
    #: for horizontal bars: one label per row, at its y
    row_labels: list[Tick] = field(default_factory=list)
    plot_left: float = 0
    plot_bottom: float = 0
    plot_right: float = 0
    empty: bool = False


def nice_max(value: int, ticks: int = 4) -> int:
    """A round axis maximum at or above ``value``, divisible into ``ticks`` whole steps."""
    if value <= 0:
        return ticks
    raw = value / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= raw:
            nice = step * magnitude
            break
    step_value = max(1, math.ceil(nice))
    return step_value * ticks


def stacked_columns(
    categories: Sequence[str], series: Sequence[Series], *, width: int = 720, height: int = 240,
    value_label: str = "{label}: {value}",
) -> Chart:
    """Vertical stacked columns, one per category (months), series stacked bottom up."""
    left, right, top, bottom = 40, 8, 10, 28
    chart = Chart(width, height, plot_left=left, plot_bottom=height - bottom, plot_right=width - right)
    chart.legend = [(s.key, s.label) for s in series]
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    top_value = nice_max(max(totals, default=0))
    chart.empty = not any(totals)
    plot_h = height - top - bottom
    slot = (width - left - right) / max(1, len(categories))
    bar_w = max(2.0, slot * 0.7)
    for i in range(5):
        value = top_value * i / 4
        chart.y_ticks.append(Tick(round(height - bottom - plot_h * i / 4, 1), f"{value:g}"))
    every = max(1, math.ceil(len(categories) / 12))
    for i, category in enumerate(categories):
        x = left + slot * i + (slot - bar_w) / 2
        if i % every == 0:
            chart.x_labels.append(Tick(round(x + bar_w / 2, 1), category))
        y = height - bottom
        for s in series:
            value = int(s.values[i])
            if not value:
                continue
            h = plot_h * value / top_value
            y -= h
            chart.rects.append(Rect(round(x, 1), round(y, 1), round(bar_w, 1), round(h, 1), s.key,
                                    f"{category} — " + value_label.format(label=s.label, value=value), value))
    return chart


def stacked_rows(
    rows: Sequence[tuple[str, Sequence[tuple[str, str, int]]]], *, width: int = 720, row_height: int = 26,
    label_width: int = 200,
) -> Chart:
    """Horizontal stacked bars, one per row, scaled to the largest row; each segment is
    ``(key, label, value)``."""
    gap, top, bottom = 8, 4, 4
    height = top + bottom + len(rows) * (row_height + gap)
    chart = Chart(width, max(height, row_height), plot_left=label_width, plot_right=width - 40)
    largest = max((sum(v for _k, _l, v in segs) for _label, segs in rows), default=0)
    chart.empty = largest == 0
    span = width - label_width - 48
    seen: dict[str, str] = {}
    for index, (label, segments) in enumerate(rows):
        y = top + index * (row_height + gap)
        chart.row_labels.append(Tick(y + row_height / 2, label))
        x = float(label_width)
        for key, seg_label, value in segments:
            seen.setdefault(key, seg_label)
            if not value or not largest:
                continue
            w = span * value / largest
            chart.rects.append(Rect(round(x, 1), y, round(w, 1), row_height, key,
                                    f"{label} — {seg_label}: {value}", value))
            x += w
        total = sum(v for _k, _l, v in segments)
        chart.x_labels.append(Tick(round(x + 4, 1), str(total)))
    chart.legend = list(seen.items())
    return chart


def proportion_bar(segments: Sequence[tuple[str, str, int]], *, width: int = 720, height: int = 28) -> Chart:
    """One bar split into the share of each segment (the status breakdown)."""
    chart = Chart(width, height)
    total = sum(v for _k, _l, v in segments)
    chart.empty = total == 0
    chart.legend = [(k, label) for k, label, _v in segments]
    x = 0.0
    for key, label, value in segments:
        if not value or not total:
            continue
        w = width * value / total
        share = round(100 * value / total)
        title = f"{label}: {value} ({share}%)"
        chart.rects.append(Rect(round(x, 1), 0, round(w, 1), height, key, title, value))
        x += w
    return chart
