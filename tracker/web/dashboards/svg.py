"""The charts' inline SVG (``tracker.charts`` geometry), written in Python.

Written as Jinja (``dashboards/_charts.html``, whose macros now call these), the overview's three
charts cost ≈ 250 escapes and loop steps a request (every mark's five attributes and its title):
the larger part of the page's rendering. The markup is the one those macros wrote, byte for
byte (``tests/web/test_overview_blocks.py`` keeps that Jinja and compares): every value escaped
as Jinja's autoescape escapes it, numbers written by ``str`` as Jinja writes them.
"""

from __future__ import annotations

from markupsafe import Markup

from tracker.charts import Chart, Rect
from tracker.web.dashboards.cells import escaped


def _legend(chart: Chart) -> str:
    items = "".join(f'\n  <li class="list-inline-item"><span class="swatch series-{escaped(key)}"></span> '
                    f"{escaped(label)}</li>\n  " for key, label in chart.legend)
    return f'\n<ul class="chart-legend list-inline small mb-1" aria-hidden="true">\n  {items}\n</ul>\n'


def _rects(rects: list[Rect]) -> str:
    return "".join(f'\n    <rect class="series-{escaped(r.key)}" x="{r.x}" y="{r.y}" width="{r.width}" '
                   f'height="{r.height}"><title>{escaped(r.title)}</title></rect>\n    ' for r in rects)


def _plotted(chart: Chart, label: str, before: str, after: str) -> Markup:
    """A plotted chart's figure (columns, rows): its legend, then the marks between the text
    ``before`` and ``after`` them (ticks, labels, totals: already escaped)."""
    label = escaped(label)
    return Markup(  # noqa: S704 (every value escaped here or by the caller)
        f'\n<figure class="chart">\n  {_legend(chart)}\n'
        f'  <svg class="chart-svg" viewBox="0 0 {chart.width} {chart.height}" role="img" '
        f'aria-label="{label}">\n'
        f"    <title>{label}</title>\n"
        f"    {before}\n    {_rects(chart.rects)}\n    {after}\n"
        f"  </svg>\n</figure>\n")


def proportion(chart: Chart, label: str) -> Markup:
    """One bar split into shares, its marks' titles repeated for screen readers."""
    label = escaped(label)
    titles = "; ".join(escaped(r.title) for r in chart.rects)
    return Markup(  # noqa: S704 (every value escaped above)
        f'\n<figure class="chart">\n  {_legend(chart)}\n'
        f'  <svg class="chart-svg" viewBox="0 0 {chart.width} {chart.height}" preserveAspectRatio="none" '
        f'role="img" aria-label="{label}" height="{chart.height}" width="100%">\n'
        f"    <title>{label}</title>\n"
        f'    <rect class="chart-empty" x="0" y="0" width="{chart.width}" height="{chart.height}"></rect>\n'
        f"    {_rects(chart.rects)}\n"
        f'  </svg>\n  <figcaption class="visually-hidden">{titles}</figcaption>\n</figure>\n')


def columns(chart: Chart, label: str) -> Markup:
    """Stacked columns with their grid, value ticks and category labels."""
    left, right, bottom = chart.plot_left, chart.plot_right, chart.plot_bottom
    y_ticks = "".join(
        f'\n    <line class="grid" x1="{left}" x2="{right}" y1="{t.position}" y2="{t.position}"></line>\n'
        f'    <text class="tick" x="{left - 6}" y="{t.position + 4}" text-anchor="end">'
        f"{escaped(t.label)}</text>\n    "
        for t in chart.y_ticks)
    x_labels = "".join(
        f'\n    <text class="tick" x="{t.position}" y="{bottom + 16}" text-anchor="middle">'
        f"{escaped(t.label)}</text>\n    "
        for t in chart.x_labels)
    return _plotted(chart, label, y_ticks, x_labels)


def rows(chart: Chart, label: str) -> Markup:
    """Horizontal stacked bars, each row's label before it and its total after it."""
    left = chart.plot_left
    row_labels = "".join(
        f'\n    <text class="tick" x="{left - 8}" y="{t.position + 4}" text-anchor="end">'
        f"{escaped(t.label)}</text>\n    "
        for t in chart.row_labels)
    totals = "".join(
        f'\n    <text class="tick" x="{t.position}" y="{row.position + 4}">{escaped(t.label)}</text>\n    '
        for t, row in zip(chart.x_labels, chart.row_labels, strict=False))
    return _plotted(chart, label, row_labels, totals)


#: what the templates call
CHARTS = {"proportion_svg": proportion, "columns_svg": columns, "rows_svg": rows}
