"""The rows of a list of obligations (search, an owner's, a session's page) are written in Python
(``tracker/web/dashboards/cells.py``) since Jinja cost three times as much: they must be the bytes
the Jinja rows wrote, escaping included. The reference below is that Jinja, as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import render_template_string
from markupsafe import escape
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_resolution
from tracker.models import MandateState, Obligation, ObligationStatus
from tracker.models.obligations import shown_words
from tracker.services.rows import list_rows

TODAY = dt.date(2026, 8, 1)

#: the rows and cells as Jinja wrote them until 3 December 2026 (templates/dashboards/_macros.html,
#: templates/_ui.html), with what a tracked obligation that carries a mandate shows since 5 December
#: (its end after its due date, the mandate's state after its status) and, since 7 December, the words
#: ``shown_words`` chooses (a bare deliverable's row shows its paragraph's text)
REFERENCE = """
{%- macro due(ob) -%}
  {%- if ob.is_mandate -%}
    {%- if ob.expires_on -%}{{ _('expires') }} <time datetime="{{ ob.expires_on.isoformat() }}">{{ ob.expires_on|udate }}</time>
    {%- else -%}<span class="text-body-secondary">{{ _('no end date') }}</span>{%- endif -%}
  {%- elif ob.due_on -%}<time datetime="{{ ob.due_on.isoformat() }}">{{ ob.due_on|udate }}</time>
  {%- else -%}<span class="text-body-secondary">{{ _('no date') }}</span>{%- endif -%}
  {%- if ob.has_mandate and not ob.is_mandate %} · {{ _('expires') }} <time datetime="{{ ob.expires_on.isoformat() }}">{{ ob.expires_on|udate }}</time>{%- endif -%}
{%- endmacro %}
{%- macro session_link(body, number) -%}
  {%- if body and number and body != 'SC' -%}
    <a href="{{ links.session(body, number) }}">{{ body }} {{ number }}</a>
  {%- endif -%}
{%- endmacro %}
{%- macro owners_list(ob) -%}
  {%- for e in ob.owners -%}
    <a href="{{ links.owner(e.id) }}">{{ e.name }}</a>{% if not loop.last %}, {% endif %}
  {%- else -%}<span class="text-body-secondary">{{ _('no owner') }}</span>
  {%- endfor -%}
{%- endmacro %}
{%- macro status_badge(ob, today) -%}
  {%- if ob.is_declaratory -%}
    <span class="badge status status-none">{{ NO_ACTION_REQUIRED }}</span>
  {%- elif ob.is_mandate -%}
    {%- set state = ob.mandate_state(today, EXPIRING_DAYS) -%}
    <span class="badge status mandate-{{ state }}">{{ MANDATE_LABELS[state] }}</span>
  {%- elif ob.is_overdue(today) -%}
    <span class="badge status status-overdue">{{ STATUS_LABELS['overdue'] }}</span>
    <span class="visually-hidden">, </span><span class="badge status status-{{ ob.status }}">{{ STATUS_LABELS[ob.status] }}</span>
  {%- else -%}
    <span class="badge status status-{{ ob.status }}">{{ STATUS_LABELS.get(ob.status, ob.status) }}</span>
  {%- endif -%}
  {%- if ob.has_mandate and not ob.is_mandate and not ob.is_declaratory %}{% set state = ob.mandate_state(today, EXPIRING_DAYS) %}
    <span class="visually-hidden">, </span><span class="badge status mandate-{{ state }}">{{ MANDATE_LABELS[state] }}</span>
  {%- endif -%}
{%- endmacro %}
{%- set label_resolution, label_para, label_obligation = _('Resolution'), _('Para.'), _('Obligation') %}
{%- set label_owners, label_due, label_status = _('Owners'), _('Due'), _('Status') %}
  <tbody>
  {% for ob in items %}{% set ob_url = links.obligation(ob.id) %}
    <tr>
      {% if show_resolution %}
      <td class="text-nowrap" data-label="{{ label_resolution }}"><a href="{{ links.resolution(ob.symbol) }}#{{ ob.eid }}">{{ ob.symbol }}</a></td>
      {% endif %}
      <td data-label="{{ label_para }}"><a href="{{ ob_url }}" aria-label="{{ _('%(symbol)s, paragraph %(n)s', symbol=ob.symbol, n=ob.paragraph_number) }}">{{ ob.paragraph_number }}</a></td>
      <td class="obligation-text" data-label="{{ label_obligation }}">
        <span class="kind">{{ KIND_LABELS.get(ob.kind, ob.kind) }}</span>
        <a class="obligation-link" href="{{ ob_url }}">{{ shown_words(ob.deliverable, ob.text)|truncate(220) }}</a>
        {% if ob.deadline_text %}<span class="d-block small text-body-secondary">{{ ob.deadline_text }}{% if ob.deadline_body %} · {{ session_link(ob.deadline_body, ob.deadline_session) }}{% endif %}</span>{% endif %}
      </td>
      <td data-label="{{ label_owners }}">{{ owners_list(ob) }}</td>
      <td class="text-nowrap" data-label="{{ label_due }}">{{ due(ob) }}</td>
      <td data-label="{{ label_status }}">{{ status_badge(ob, today) }}</td>
    </tr>
  {% else %}
    <tr><td colspan="{{ 6 if show_resolution else 5 }}">{{ _('No obligations match.') }}</td></tr>
  {% endfor %}
  </tbody>"""  # noqa: E501

NOW = """{% import "dashboards/_macros.html" as m with context %}{{ m.obligations_table(items, today, "c", show_resolution) }}"""  # noqa: E501


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


def _tbody(html: str) -> str:
    return html[html.index("  <tbody>"):html.index("</tbody>") + len("</tbody>")]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_rows_written_in_python_are_the_rows_jinja_wrote(app, db_factory, language):
    """Every kind of cell: overdue beside the status, a mandate expiring, expired or without an end,
    a declaratory paragraph, no owner, several owners, no date, a session link and none for the
    Security Council, a long text cut at a word, and markup in every text escaped."""
    with db_factory.begin() as db:
        rd, alpha = gen_entity(db, 'R&D <Fund> "x"'), gen_entity(db, "Alpha")
        ga = gen_resolution(db, "A/RES/79/<1>&", session=79)
        sc = gen_resolution(db, "S/RES/2700 (2024)", body="SC", session=None)
        gen_obligation(db, ga, text="Requests a <b>report</b> & more;", due_on=TODAY - dt.timedelta(days=3),
                       owners=[rd, alpha], deadline_body="GA", deadline_session=81,
                       deadline_text="at its <eighty-first> session")
        gen_obligation(db, ga, text="Requests " + "a very long report on everything " * 12, number="2 (a)",
                       due_on=TODAY + dt.timedelta(days=10), status="in_progress", owners=[alpha],
                       deliverable=None)
        gen_obligation(db, ga, kind="declaratory", action="notes", text="Notes with appreciation;")
        gen_obligation(db, sc, kind="mandate", action="decides", text="Decides to extend the mandate;",
                       expires_on=TODAY + dt.timedelta(days=20), deadline_body="SC", deadline_session=1,
                       deadline_text="until <later>")
        gen_obligation(db, sc, kind="mandate", action="decides", text="Decides to renew;",
                       expires_on=TODAY - dt.timedelta(days=20))
        gen_obligation(db, sc, kind="mandate", action="decides", text="Decides to establish;")
        gen_obligation(db, sc, kind="action", text="Requests an action;", status="completed",
                       deliverable="a <briefing> & note", due_on=TODAY - dt.timedelta(days=1))
        gen_obligation(db, sc, kind="exhortation", action="urges", text="Urges all States;", status="ongoing")
        # reports that carry a mandate: overdue and expiring; undated and active
        gen_obligation(db, ga, text="Decides to extend the mandate, and requests a report;", owners=[alpha],
                       due_on=TODAY - dt.timedelta(days=2), expires_on=TODAY + dt.timedelta(days=30))
        gen_obligation(db, ga, kind="agenda", text="Decides to extend the mandate and to consider it;",
                       expires_on=TODAY + dt.timedelta(days=400))
    with app.test_request_context("/search", headers={"Accept-Language": language}), db_factory() as db:
        items = list_rows(db, list(db.scalars(select(Obligation.id).order_by(Obligation.id))))
        assert len(items) == 10
        for show_resolution in (True, False):
            for rows in (items, []):
                context = {"items": rows, "today": TODAY, "show_resolution": show_resolution,
                           "shown_words": shown_words}
                expected = render_template_string(REFERENCE, **context)
                written = _tbody(render_template_string(NOW, **context))
                assert written == expected.strip("\n")
                if rows:  # what the reference escapes is escaped
                    assert "&lt;b&gt;report&lt;/b&gt; &amp; more" in written
                    assert "R&amp;D &lt;Fund&gt; &#34;x&#34;" in written
                    # the carried mandates' ends after their due date (or none), their states
                    assert written.count("</time> · ") == written.count("</span> · ") == 1
                    assert written.count("badge status mandate-") == 5


def test_the_rows_cells_make_no_markup_of_each_value(app, db_factory, monkeypatch):
    """The cells a row writes (dates, owners, a deadline's session, badges) escape their values as
    plain strings (``cells.escaped``), not through ``markupsafe.escape``, which makes a ``Markup``
    of each (≈ 250 a search page of fifty rows)."""
    from tracker.web.dashboards import cells

    with db_factory.begin() as db:
        alpha = gen_entity(db, "Alpha & Co")
        ga = gen_resolution(db, "A/RES/79/1", session=79)
        gen_obligation(db, ga, text="Requests a report;", due_on=TODAY - dt.timedelta(days=3), owners=[alpha],
                       deadline_body="GA", deadline_session=81, deadline_text="at its eighty-first session")
        gen_obligation(db, ga, text="Decides to extend the mandate, and requests a report;", owners=[alpha],
                       due_on=TODAY + dt.timedelta(days=2), expires_on=TODAY + dt.timedelta(days=30))
        gen_obligation(db, ga, kind="mandate", action="decides", text="Decides to renew;",
                       expires_on=TODAY - dt.timedelta(days=20))
        gen_obligation(db, ga, kind="declaratory", action="notes", text="Notes;")
    made: list[object] = []
    monkeypatch.setattr(cells, "escape", lambda value: made.append(value) or escape(value))
    with app.test_request_context("/search"), db_factory() as db:
        items = list_rows(db, list(db.scalars(select(Obligation.id).order_by(Obligation.id))))
        written = _tbody(render_template_string(NOW, items=items, today=TODAY, show_resolution=True))
        for ob in items:  # each cell as the macros call it
            cells.status_badge(ob, TODAY), cells.due(ob), cells.owners_list(ob)
            cells.session_link(ob.deadline_body, ob.deadline_session)
    assert 'href="/sessions/GA/81">GA 81</a>' in written and "Alpha &amp; Co</a>" in written
    assert '<time datetime="' in written and "badge status mandate-" in written
    assert made == []


def test_a_rows_values_are_escaped_as_jinja_escapes_them():
    """``cells.escaped`` (the rows' values as plain strings, no ``Markup`` made for each) writes
    what ``markupsafe.escape`` writes: text escaped, safe HTML as it is, anything else as text."""
    from markupsafe import Markup

    from tracker.web.dashboards.cells import escaped

    class Html:
        def __html__(self) -> str:
            return "<i>as written</i> &amp;"

        def __str__(self) -> str:
            return "<not this>"

    for value in ('R&D <Fund> "x" l\'eau', "plain", "", Markup("<b>safe</b> &amp;"), None, 12, -3, 0, True,
                  2.5, "é ✓", MandateState.EXPIRING, Html(), ObligationStatus.NOT_STARTED):
        assert escaped(value) == str(escape(value)) and type(escaped(value)) is str, value
