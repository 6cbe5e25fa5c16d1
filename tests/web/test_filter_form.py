"""The search's filter form and the controls of ``_filter_fields.html`` are written in Python
(``dashboards/filter_form.py``) since the macros cost ≈ 0.6 ms a search: they must be the bytes
the macros wrote, escaping included, in English and French. The references below are those
macros, as they were until 4 December 2026 (templates/_filter_fields.html,
templates/dashboards/_filters.html)."""

# ruff: noqa: E501  (the reference macros' lines, as they were)

from __future__ import annotations

import pytest
from flask import render_template_string
from jinja2 import ChoiceLoader, DictLoader
from werkzeug.datastructures import MultiDict

from tracker.models import Body, ObligationKind, ObligationStatus
from tracker.services.search import ObligationFilter
from tracker.web.dashboards.filter_form import filter_label

FIELDS = """{# The controls of a GET filter form (the search filters, My work, the timeline): each a label and
   its control in a column of the form's grid. Import them "with context" (STATUS_LABELS). #}

{# A labelled input; further attributes (min, placeholder, inputmode …) as keywords. #}
{% macro input(id, name, label, value, type='text', col='col-6 col-md-3 col-lg-2') -%}
<div class="{{ col }}">
    <label for="{{ id }}" class="form-label">{{ label }}</label>
    <input type="{{ type }}" id="{{ id }}" name="{{ name }}" value="{{ value }}" class="form-control"{{ kwargs|xmlattr }}>
  </div>
{%- endmacro %}

{# A labelled select whose first option is "any"; each of `values` (its attribute `key` when
   given) is an option, selected when in `chosen`, its words from the call block:
   {% call(v) select(…) %}{{ LABELS[v] }}{% endcall %} #}
{% macro select(id, name, label, values, chosen, key=None, any=None, col='col-6 col-md-3 col-lg-2') -%}
<div class="{{ col }}">
    <label for="{{ id }}" class="form-label">{{ label }}</label>
    <select id="{{ id }}" name="{{ name }}" class="form-select">
      <option value="">{{ any or _('Any') }}</option>
      {% for v in values %}{% set value = v[key] if key else v %}<option value="{{ value }}"{% if value in chosen %} selected{% endif %}>{{ caller(v) }}</option>{% endfor %}
    </select>
  </div>
{%- endmacro %}

{# One checkbox for each status, checked when in `chosen`; ids start with `prefix`. #}
{% macro status_checks(prefix, statuses, chosen) -%}
<fieldset class="col-12 col-lg-6">
    <legend class="form-label fs-6 mb-1">{{ _('Status') }}</legend>
    {% for s in statuses %}
    <div class="form-check form-check-inline">
      <input class="form-check-input" type="checkbox" id="{{ prefix }}-status-{{ s }}" name="status" value="{{ s }}"{% if s in chosen %} checked{% endif %}>
      <label class="form-check-label" for="{{ prefix }}-status-{{ s }}">{{ STATUS_LABELS[s] }}</label>
    </div>
    {% endfor %}
  </fieldset>
{%- endmacro %}

{# A yes-or-no filter: a checkbox sending 1. #}
{% macro check(id, name, label, checked) -%}
<div class="col-12 col-md-3 col-lg-2">
    <div class="form-check">
      <input class="form-check-input" type="checkbox" id="{{ id }}" name="{{ name }}" value="1"{% if checked %} checked{% endif %}>
      <label class="form-check-label" for="{{ id }}">{{ label }}</label>
    </div>
  </div>
{%- endmacro %}

{# Apply, and Clear (back to `clear_url`, the form's page without filters). #}
{% macro apply_clear(clear_url, button='btn-primary') -%}
<div class="col-12 col-md-auto">
    <button type="submit" class="btn {{ button }}">{{ _('Apply filters') }}</button>
    <a class="btn btn-link" href="{{ clear_url }}">{{ _('Clear') }}</a>
  </div>
{%- endmacro %}
"""

FILTERS = """{# The filter form: a GET form, so the URL holds the view (bookmark it, share it). #}
{% import "old/_filter_fields.html" as c with context %}
{% macro filter_form(flt, action, statuses, kinds, bodies, hide=()) %}
<form method="get" action="{{ action }}" class="filters row g-2 align-items-end mb-3" role="search" data-drop-empty>
  {% if 'q' not in hide %}
  {{ c.input('f-q', 'q', _('Words'), flt.q or '', type='search', col='col-12 col-md-6 col-lg-4', placeholder=_('e.g. report INTERPOL, or a symbol such as 71/19')) }}
  {% endif %}
  {% if 'symbol' not in hide %}
  {{ c.input('f-symbol', 'symbol', _('Symbol'), flt.symbol or '', placeholder='A/RES/78/') }}
  {% endif %}
  {% if 'body' not in hide %}
  {% call(b) c.select('f-body', 'body', _('Body'), bodies, [flt.body]) %}{{ BODY_LABELS[b] }}{% endcall %}
  {{ c.input('f-session', 'session', _('Adopted at session'), flt.session or '', type='number', min='1', inputmode='numeric') }}
  {% endif %}
  {{ c.status_checks('f', statuses, flt.status) }}
  {% call(k) c.select('f-kind', 'kind', _('Kind'), kinds, flt.kind) %}{{ KIND_LABELS[k] }}{% endcall %}
  {% if 'owner' not in hide and flt.owner %}<input type="hidden" name="owner" value="{{ flt.owner }}">{% endif %}
  {% if 'due' not in hide and flt.due_body %}<input type="hidden" name="due" value="{{ flt.due_body }}-{{ flt.due_session }}">{% endif %}
  {{ c.input('f-due-within', 'due_within', _('Due within (days)'), flt.due_within if flt.due_within is not none else '', type='number', min='0', inputmode='numeric') }}
  {{ c.input('f-due-from', 'due_from', _('Due from'), flt.due_from.isoformat() if flt.due_from else '', type='date') }}
  {{ c.input('f-due-to', 'due_to', _('Due until'), flt.due_to.isoformat() if flt.due_to else '', type='date') }}
  {{ c.check('f-overdue', 'overdue', _('Overdue only'), flt.overdue) }}
  {{ c.apply_clear(action) }}
</form>
{% if flt.errors %}
<div class="alert alert-warning" role="status">{{ _('Some filters were not understood and were ignored: %(names)s', names=flt.errors|map('filter_label')|join(', ')) }}</div>
{% endif %}
{% endmacro %}
"""

MARKUP = '<b>R&D</b> "x" \'y\' 100%'

#: query strings the search page is asked: nothing, every filter, markup in what is typed, values
#: not understood (each named once, an unknown one among them), a zero, several statuses and kinds
QUERIES = [
    [],
    [("q", "report INTERPOL")],
    [("q", MARKUP), ("symbol", MARKUP), ("body", "GA"), ("session", "71"), ("status", "not_started"),
     ("status", "completed"), ("kind", "report"), ("kind", "mandate"), ("owner", "7"), ("due", "HRC-55"),
     ("due_within", "0"), ("due_from", "2026-01-02"), ("due_to", "2027-03-04"), ("overdue", "1")],
    [("body", "sc"), ("status", "ongoing,in_progress"), ("due_within", "30")],
    [("body", "XX"), ("session", "none"), ("status", "nope"), ("kind", "report"), ("kind", "bad"),
     ("due_from", "2026-13-01"), ("due", "??"), ("owner", "-1"), ("due_within", "99999")],
    [("symbol", "A/RES/78/"), ("tracked", "1"), ("mandate", "active"), ("resolution", "3")],
]


@pytest.fixture
def old_templates(app):
    """The reference macros beside the app's templates (and the filter they used)."""
    app.jinja_env.filters["filter_label"] = filter_label
    app.jinja_env.loader = ChoiceLoader([
        DictLoader({"old/_filter_fields.html": FIELDS, "old/_filters.html": FILTERS}), app.jinja_env.loader])
    app.jinja_env.cache.clear()


@pytest.mark.parametrize("headers", [{"Accept-Language": "fr"}, {}], ids=["fr", "en"])
@pytest.mark.parametrize("query", QUERIES, ids=range(len(QUERIES)))
def test_the_filter_form_written_in_python_is_the_form_jinja_wrote(app, old_templates, headers, query):
    """Each control filled from the filter (markup escaped), the body's, the statuses' and the
    kinds' choices checked, the hidden owner and session, the filters not understood named."""
    flt = ObligationFilter.from_args(MultiDict(query))
    values = {"flt": flt, "action": "/search?x=<1>&y", "statuses": [s.value for s in ObligationStatus],
              "kinds": [k.value for k in ObligationKind], "bodies": [b.value for b in Body]}
    with app.test_request_context("/", headers=headers):
        expected = render_template_string(
            '{% import "old/_filters.html" as f with context %}'
            "{{ f.filter_form(flt, action, statuses, kinds, bodies) }}", **values)
        written = render_template_string("{{ filter_form(flt, action, statuses, kinds, bodies) }}", **values)
    assert written == expected
    assert ("selected>" in written) == bool(flt.body or flt.kind)  # the reference is not empty


#: every control, called as My work calls them: keywords, a select's key, "any" and column, markup
CONTROLS = """{% import LIBRARY as c with context %}
{{ c.input('w-a', 'a', _('Due'), value, type='number', min='0', placeholder=value, inputmode=none) }}
{{ c.input('w-b', 'b', label, '') }}
{{ c.input('w-c', 'c', label, 0, col='col-12') }}
{% call(v) c.select('w-due', 'due', _('Due'), [7, 30, 90], [30], any=_('Any time')) -%}{{ v }} days{%- endcall %}
{% call(r) c.select('w-res', 'resolution', label, rows, [2], key='id', col='col-12 col-md-6') %}{{ r.symbol }}{% endcall %}
{% call(r) c.select('w-obj', 'resolution', label, objects, [3], key='id') %}{{ r.symbol }}{% endcall %}
{% call(k) c.select('w-kind', 'kind', label, ['report', 'mandate'], ['report', 'mandate']) %}{{ KIND_LABELS.get(k, k) }}{% endcall %}
{% call(k) c.select('w-none', 'none', label, [], []) %}{{ k }}{% endcall %}
{{ c.status_checks('w', ['not_started', 'completed', 'overdue'], ['completed']) }}
{{ c.status_checks('w2', [], []) }}
{{ c.check('w-all', 'all', _('Include completed ones'), true) }}
{{ c.check('w-none', 'none', label, false) }}
{{ c.apply_clear('/work?a=<1>&b') }}
{{ c.apply_clear(value, button='btn-outline-primary') }}"""


class _Resolution:
    def __init__(self, id_: int, symbol: str):
        self.id, self.symbol = id_, symbol


@pytest.mark.parametrize("headers", [{"Accept-Language": "fr"}, {}], ids=["fr", "en"])
def test_the_controls_written_in_python_are_the_controls_jinja_wrote(app, old_templates, headers):
    values = {"value": MARKUP, "label": MARKUP,
              "rows": [{"id": 1, "symbol": MARKUP}, {"id": 2, "symbol": "A/RES/1"}],  # a key
              "objects": [_Resolution(2, MARKUP), _Resolution(3, "A/RES/3")]}  # an attribute (My work's)
    with app.test_request_context("/", headers=headers):
        expected = render_template_string(CONTROLS, LIBRARY="old/_filter_fields.html", **values)
        written = render_template_string(CONTROLS, LIBRARY="_filter_fields.html", **values)
    assert written == expected
    assert "&lt;b&gt;R&amp;D" in written and " selected>" in written and " checked>" in written
    assert '<option value="3" selected>A/RES/3</option>' in written


def test_the_search_page_writes_the_form_with_the_words_typed(client):
    """The page itself: the form filled from the URL, in the request's language."""
    html = client.get("/search?q=%3Cb%3Ewater&body=HRC&status=completed&due_within=abc",
                      headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert 'value="&lt;b&gt;water"' in html
    assert '<option value="HRC" selected>' in html
    assert 'value="completed" checked>' in html
