"""The overview's heavy parts (its three charts, the progress tables, the mandate panels, the
sessions and months tables) are written in Python (``tracker/web/dashboards/svg.py`` and
``tables.py``) since Jinja cost the larger part of the page's rendering: they must be the bytes
the Jinja wrote, escaping included, in English and French. The reference below is that Jinja, as
it was."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from flask import render_template_string

from tracker import charts
from tracker.models.obligations import shown_words
from tracker.services.dashboards import MandatePanels, MandateRow, MonthBucket, Progress, SessionSummary

TODAY = dt.date(2026, 8, 1)
MARKUP = '<b>R&D</b> "x" \'y\''

#: the macros as Jinja wrote them until 3 December 2026 (templates/dashboards/_charts.html,
#: templates/dashboards/_macros.html)
CHARTS = """
{% macro legend(chart) %}
<ul class="chart-legend list-inline small mb-1" aria-hidden="true">
  {% for key, label in chart.legend %}
  <li class="list-inline-item"><span class="swatch series-{{ key }}"></span> {{ label }}</li>
  {% endfor %}
</ul>
{% endmacro %}

{% macro proportion(chart, label) %}
<figure class="chart">
  {{ legend(chart) }}
  <svg class="chart-svg" viewBox="0 0 {{ chart.width }} {{ chart.height }}" preserveAspectRatio="none" role="img" aria-label="{{ label }}" height="{{ chart.height }}" width="100%">
    <title>{{ label }}</title>
    <rect class="chart-empty" x="0" y="0" width="{{ chart.width }}" height="{{ chart.height }}"></rect>
    {% for r in chart.rects %}
    <rect class="series-{{ r.key }}" x="{{ r.x }}" y="{{ r.y }}" width="{{ r.width }}" height="{{ r.height }}"><title>{{ r.title }}</title></rect>
    {% endfor %}
  </svg>
  <figcaption class="visually-hidden">{% for r in chart.rects %}{{ r.title }}{% if not loop.last %}; {% endif %}{% endfor %}</figcaption>
</figure>
{% endmacro %}

{% macro columns(chart, label) %}
<figure class="chart">
  {{ legend(chart) }}
  <svg class="chart-svg" viewBox="0 0 {{ chart.width }} {{ chart.height }}" role="img" aria-label="{{ label }}">
    <title>{{ label }}</title>
    {% for t in chart.y_ticks %}
    <line class="grid" x1="{{ chart.plot_left }}" x2="{{ chart.plot_right }}" y1="{{ t.position }}" y2="{{ t.position }}"></line>
    <text class="tick" x="{{ chart.plot_left - 6 }}" y="{{ t.position + 4 }}" text-anchor="end">{{ t.label }}</text>
    {% endfor %}
    {% for r in chart.rects %}
    <rect class="series-{{ r.key }}" x="{{ r.x }}" y="{{ r.y }}" width="{{ r.width }}" height="{{ r.height }}"><title>{{ r.title }}</title></rect>
    {% endfor %}
    {% for t in chart.x_labels %}
    <text class="tick" x="{{ t.position }}" y="{{ chart.plot_bottom + 16 }}" text-anchor="middle">{{ t.label }}</text>
    {% endfor %}
  </svg>
</figure>
{% endmacro %}

{% macro rows(chart, label) %}
<figure class="chart">
  {{ legend(chart) }}
  <svg class="chart-svg" viewBox="0 0 {{ chart.width }} {{ chart.height }}" role="img" aria-label="{{ label }}">
    <title>{{ label }}</title>
    {% for t in chart.row_labels %}
    <text class="tick" x="{{ chart.plot_left - 8 }}" y="{{ t.position + 4 }}" text-anchor="end">{{ t.label }}</text>
    {% endfor %}
    {% for r in chart.rects %}
    <rect class="series-{{ r.key }}" x="{{ r.x }}" y="{{ r.y }}" width="{{ r.width }}" height="{{ r.height }}"><title>{{ r.title }}</title></rect>
    {% endfor %}
    {% for t in chart.x_labels %}
    <text class="tick" x="{{ t.position }}" y="{{ chart.row_labels[loop.index0].position + 4 }}">{{ t.label }}</text>
    {% endfor %}
  </svg>
</figure>
{% endmacro %}
"""  # noqa: E501

TABLES = """
{% macro progress_table(rows, caption, kind) %}
{#- each column's name once per table, not once per row (data-label) -#}
{% set l_total, l_completed, l_open, l_overdue, l_progress = _('Total'), _('Completed'), _('Open'), _('Overdue'), _('Progress') %}
<div class="table-responsive">
<table class="table table-sm align-middle progress-table table-stack">
  <caption>{{ caption }}</caption>
  <thead>
    <tr>
      <th scope="col">{{ _('Owner') if kind == 'owner' else _('Resolution') }}</th>
      <th scope="col" class="text-end">{{ l_total }}</th>
      <th scope="col" class="text-end">{{ l_completed }}</th>
      <th scope="col" class="text-end">{{ l_open }}</th>
      <th scope="col" class="text-end">{{ l_overdue }}</th>
      <th scope="col">{{ l_progress }}</th>
    </tr>
  </thead>
  <tbody>
  {% for p in rows %}
    <tr>
      <th scope="row">
        {% if kind == 'owner' %}
          <a href="{{ links.owner(p.key) }}">{{ p.label }}</a>
        {% else %}
          <a href="{{ links.resolution(p.label) }}">{{ p.label }}</a>
          <span class="d-block small fw-normal text-body-secondary">{{ p.extra.title|truncate(90) }}</span>
        {% endif %}
      </th>
      <td class="text-end" data-label="{{ l_total }}">{{ p.total }}</td>
      <td class="text-end" data-label="{{ l_completed }}">{{ p.completed }}</td>
      <td class="text-end" data-label="{{ l_open }}">{{ p.open }}</td>
      <td class="text-end" data-label="{{ l_overdue }}">{% if p.overdue %}<strong class="text-overdue">{{ p.overdue }}</strong>{% else %}0{% endif %}</td>
      <td class="progress-cell" data-label="{{ l_progress }}">{{ meter(p, l_completed) }}</td>
    </tr>
  {% else %}
    <tr><td colspan="6">{{ _('Nothing yet.') }}</td></tr>
  {% endfor %}
  </tbody>
</table>
</div>
{% endmacro %}

{% macro meter(p, label=none) -%}
  {%- set percent = p.percent_completed -%}
  <meter class="progress-meter" min="0" max="100" value="{{ percent }}" aria-label="{{ label or _('Completed') }}">{{ percent }}%</meter>
  <span class="small">{{ percent }}%</span>
{%- endmacro %}

{% macro mandate_panels(panels) %}
<div class="row g-3 mandate-panels">
  <div class="col-12 col-lg-6" data-panel="mandates-expiring">
    <h3 class="h5">{{ _('Mandates expiring') }}</h3>
    {{ mandate_list(panels.expiring, ngettext('No mandate expires in the next %(num)d day.', 'No mandate expires in the next %(num)d days.', EXPIRING_DAYS)) }}
  </div>
  <div class="col-12 col-lg-6" data-panel="mandates-expired">
    <h3 class="h5">{{ _('Expired without renewal') }}</h3>
    {{ mandate_list(panels.expired, _('No mandate has expired without renewal.')) }}
  </div>
</div>
{% endmacro %}

{#- the mandate's words as ``shown_words`` chooses them since 7 December -#}
{% macro mandate_list(items, empty) %}
<ul class="list-unstyled mandate-list">
{% for ob in items %}
  <li class="mb-2">
    <time datetime="{{ ob.expires_on.isoformat() }}" class="fw-semibold">{{ ob.expires_on|udate('d MMM y') }}</time> ·
    <a href="{{ links.resolution(ob.symbol) }}#{{ ob.eid }}">{{ ob.symbol }} {{ _('para.') }} {{ ob.paragraph_number }}</a>
    <span class="d-block small">{{ shown_words(ob.deliverable, ob.text)|truncate(160) }}</span>
  </li>
{% else %}
  <li class="text-body-secondary">{{ empty }}</li>
{% endfor %}
</ul>
{% endmacro %}
"""  # noqa: E501

#: the overview body's sessions and months rows, as its Jinja wrote them (dashboards/_overview_body.html)
SESSION_ROWS = """    <tbody>
    {% for s in sessions %}
      <tr>
        <th scope="row"><a href="{{ links.session(s.body, s.session) }}">{{ s.body }} {{ s.session }}</a></th>
        <td>{% if s.dates %}{{ s.dates.opens_on|udate }}{% endif %}</td>
        <td class="text-end">{{ s.progress.total }}</td>
        <td class="text-end">{{ s.reports }}</td>
        <td class="text-end">{{ s.progress.open }}</td>
        <td class="text-end">{{ s.progress.overdue }}</td>
      </tr>
    {% else %}
      <tr><td colspan="6">{{ _('Nothing outstanding.') }}</td></tr>
    {% endfor %}
    </tbody>"""

MONTH_ROWS = """      <tbody>
      {% for b in months %}
        <tr><th scope="row"><a href="{{ search_url }}?due_from={{ b.first_day.isoformat() }}&amp;due_to={{ b.last_day.isoformat() }}">{{ b.first_day|udate('MMMM y') }}</a></th>
          <td class="text-end">{{ b.overdue }}</td><td class="text-end">{{ b.open }}</td><td class="text-end">{{ b.done }}</td><td class="text-end">{{ b.ongoing }}</td></tr>
      {% endfor %}
      </tbody>"""  # noqa: E501


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


def _after_macros(source: str, **context) -> str:
    """What a reference template writes after its macros' definitions (and the blank lines between them)."""
    head, call = source.rsplit("{{", 1)
    return render_template_string(f"{head}@@{{{{{call}", **context).split("@@", 1)[1]


def _progress(key, label, counts, overdue, title=None):
    p = Progress(key=key, label=label, overdue=overdue)
    for status, n in counts.items():
        p.add(status, n)
    if title is not None:
        p.extra = {"title": title, "adopted_on": None}
    return p


def _charts():
    """A chart of each kind, with markup in every label and title, empty ones too."""
    status = charts.proportion_bar([("overdue", MARKUP, 3), ("not_started", "Not started", 7),
                                    ("in_progress", "In progress", 0), ("completed", "Done", 11)])
    months = charts.stacked_columns(
        [f"M{i} <{i}>" for i in range(18)],
        [charts.Series("overdue", MARKUP, [i % 3 for i in range(18)]),
         charts.Series("open", "Open", [(i * 7) % 5 for i in range(18)]),
         charts.Series("done", "Done & dusted", [0] * 18)])
    owners = charts.stacked_rows([(f"Owner {i} {MARKUP}"[:30], [("completed", "Completed", i),
                                                                ("in_progress", MARKUP, 2 * i % 3)])
                                  for i in range(10)])
    empty = (charts.proportion_bar([("overdue", "Overdue", 0)]), charts.stacked_columns([], []),
             charts.stacked_rows([]))
    return [("proportion", status), ("columns", months), ("rows", owners),
            ("proportion", empty[0]), ("columns", empty[1]), ("rows", empty[2])]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_charts_written_in_python_are_the_svg_jinja_wrote(app, language):
    with app.test_request_context("/", headers={"Accept-Language": language}):
        for macro, chart in _charts():
            for label in (MARKUP, "Obligations per owner"):
                context = {"chart": chart, "label": label}
                expected = _after_macros(CHARTS + f"{{{{ {macro}(chart, label) }}}}", **context)
                written = render_template_string(
                    '{% import "dashboards/_charts.html" as c with context %}'
                    f"{{{{ c.{macro}(chart, label) }}}}", **context)
                assert written == expected
                if label == MARKUP:  # what the reference escapes is escaped
                    assert written.count("&lt;b&gt;R&amp;D&lt;/b&gt; &#34;x&#34; &#39;y&#39;") >= 2


@pytest.mark.parametrize("language", ["en", "fr"])
def test_tables_written_in_python_are_the_rows_jinja_wrote(app, language):
    """Progress per owner and per resolution (overdue or not, nothing measurable, a long title with
    markup), the mandate panels (a mandate without a number or deliverable, markup, empty panels),
    the sessions (with and without dates) and the months, and each table empty."""
    owners = [_progress(7, MARKUP, {"completed": 3, "not_started": 2}, 1),
              _progress(8, "Alpha", {"ongoing": 4}, 0),
              _progress(9, "Beta", {"in_progress": 1, "completed": 1, "not_applicable": 2}, 0)]
    resolutions = [_progress(1, "A/RES/79/<1>&", {"completed": 1, "not_started": 3}, 2,
                             title="On " + "cooperation between the United Nations and others " * 4 + MARKUP),
                   _progress(2, "S/RES/2700 (2024)", {}, 0, title=MARKUP)]
    mandates = MandatePanels(
        expiring=[MandateRow(1, TODAY + dt.timedelta(days=3), None, "S/RES/2700 (2024)", "3", "para_3",
                             "Decides to extend " + "the mandate of the Mission " * 8 + MARKUP),
                  MandateRow(2, TODAY + dt.timedelta(days=30), MARKUP, "A/RES/<79>&", None, "para_<1>",
                             "Decides;")],
        expired=[MandateRow(3, TODAY - dt.timedelta(days=200), "a report", "S/RES/2600 (2021)", "12 <b>",
                            "para_12", "Decides to renew;")])
    dates = SimpleNamespace(opens_on=dt.date(2026, 9, 8))
    sessions = [SessionSummary("GA", 81, _progress(("GA", 81), "", {"not_started": 4, "completed": 2}, 3),
                               reports=5, reports_not_started=2, dates=dates),
                SessionSummary("H&R<C>", 62, _progress(("HRC", 62), "", {"in_progress": 1}, 0))]
    months = [MonthBucket(2026, m, done=m, open=2 * m % 5, overdue=m % 3, ongoing=1) for m in range(1, 13)]
    with app.test_request_context("/", headers={"Accept-Language": language}):
        for kind, rows in (("owner", owners), ("resolution", resolutions), ("owner", []), ("resolution", [])):
            context = {"rows": rows, "kind": kind, "caption": MARKUP}
            expected = _after_macros(TABLES + "{{ progress_table(rows, caption, kind) }}", **context)
            written = render_template_string('{% import "dashboards/_macros.html" as m with context %}'
                                             "{{ m.progress_table(rows, caption, kind) }}", **context)
            assert written == expected
        for panels in (mandates, MandatePanels()):
            expected = _after_macros(TABLES + "{{ mandate_panels(panels) }}", panels=panels,
                                     shown_words=shown_words)
            written = render_template_string('{% import "dashboards/_macros.html" as m with context %}'
                                             "{{ m.mandate_panels(panels) }}", panels=panels)
            assert written == expected
            assert ("A/RES/&lt;79&gt;&amp; " in written) == bool(panels)
        for rows in (sessions, []):
            expected = render_template_string(SESSION_ROWS, sessions=rows)
            written = render_template_string(
                "    <tbody>\n    {{ session_rows(sessions, _('Nothing outstanding.')) }}\n    </tbody>",
                sessions=rows)
            assert written == expected
        for rows in (months, []):
            for search_url in ("/search", "/x&y/search"):
                expected = render_template_string(MONTH_ROWS, months=rows, search_url=search_url)
                written = render_template_string(
                    "      <tbody>\n      {{ month_rows(months, search_url) }}\n      </tbody>",
                    months=rows, search_url=search_url)
                assert written == expected


#: the overview's count link as Jinja wrote it until 3 December 2026 (dashboards/_overview_body.html)
COUNT_LINK = """{% macro count_link(key, value, name) -%}
  <a href="{{ count_hrefs[key] }}" data-count="{{ name }}">{{ value }}</a>
{%- endmacro %}"""


def test_count_links_written_in_python_are_the_links_jinja_wrote(app):
    """Every number's link (its list's href with ``&`` in the query, a script root with markup),
    zero and large values, and a value or name with markup."""
    from tracker.services.summary import summary_links
    from tracker.web.dashboards.tables import CountLinks

    with app.test_request_context("/"):
        for root in ("", "/x&<y>"):
            hrefs = {key: f"{root}/search?" + "&".join(f"{k}={v}" for k, v in args.items())
                     for key, args in summary_links().items()}
            links = CountLinks(hrefs)
            for key in hrefs:
                for value, name in ((0, "tracked"), (123456, key), (MARKUP, MARKUP)):
                    expected = render_template_string(COUNT_LINK + "{{ count_link(key, value, name) }}",
                                                      count_hrefs=hrefs, key=key, value=value, name=name)
                    written = render_template_string("{{ count_link(key, value, name) }}", count_link=links,
                                                     key=key, value=value, name=name)
                    assert written == expected
            assert "&amp;" in written and "&lt;b&gt;R&amp;D" in written
