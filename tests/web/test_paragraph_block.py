"""A resolution page's paragraphs are written in Python (``cells.paragraph_block``) since the Jinja
macro cost ≈ 75 µs a paragraph: they must be the bytes the macro wrote, escaping included, in
English and French. The reference below is that macro, as it was until 4 December 2026
(templates/dashboards/_resolution_body.html)."""

# ruff: noqa: E501  (the reference macro's lines, as they were)

from __future__ import annotations

import datetime as dt

import pytest
from flask import render_template_string

from tracker.services.dashboards import PageParagraph, ParagraphNode
from tracker.services.rows import EntityRef, ItemRow, ObligationRow

TODAY = dt.date(2026, 8, 1)
MARKUP = '<b>R&D</b> "x" \'y\' 100%'

MACRO = """{% import "dashboards/_macros.html" as m with context %}
{% from "_ui.html" import status_badge with context %}
{% macro paragraph_block(node, depth=0) %}
<li id="{{ node.paragraph.eid }}" class="paragraph depth-{{ depth }}">
  <div class="paragraph-row">
    <div class="paragraph-text">
      <span class="number">{% if depth == 0 %}{{ node.paragraph.number }}.{% else %}({{ node.paragraph.number }}){% endif %}</span>
      {{ node.lead }}
      {% for fn in node.footnotes %}<sup><a href="#fn-{{ fn.marker }}" aria-label="{{ _('Footnote %(m)s', m=fn.marker) }}">{{ fn.marker }}</a></sup>{% endfor %}
    </div>
    {% if node.obligations %}
    <aside class="paragraph-status" aria-label="{{ _('Obligation for paragraph %(n)s', n=node.paragraph.number) }}">
      {% for ob in node.obligations %}
      <div class="mb-1">
        {{ status_badge(ob, today) }}
        <span class="d-block small">{{ KIND_LABELS.get(ob.kind, ob.kind) }} · {{ m.due(ob) }}</span>
        <span class="d-block small">{{ m.owners_list(ob) }}</span>
        {% if ob.deadline_body %}<span class="d-block small">{{ m.session_link(ob.deadline_body, ob.deadline_session) }}</span>{% endif %}
        {% if ob.items %}<span class="d-block small">{{ ngettext('%(done)d of %(num)d item done', '%(done)d of %(num)d items done', ob.items|length, done=ob.items|selectattr('is_done')|list|length) }}</span>{% endif %}
        <a class="d-block small" href="{{ links.obligation(ob.id) }}">{{ _('Details and history') }}<span class="visually-hidden"> ({{ _('paragraph %(n)s', n=node.paragraph.number) }})</span></a>
      </div>
      {% endfor %}
    </aside>
    {% endif %}
  </div>
  {% if node.children %}
  <ol class="list-unstyled subparagraphs">
    {% for child in node.children %}{{ paragraph_block(child, depth + 1) }}{% endfor %}
  </ol>
  {% endif %}
</li>
{% endmacro %}"""


def _ob(id_: int, **kw) -> ObligationRow:
    values = {"id": id_, "resolution_id": 1, "paragraph_id": 1, "occurrence": 1, "action": "requests",
              "kind": "report", "deliverable": None, "deadline_text": None, "deadlines": None,
              "deadline_body": None, "deadline_session": None, "recurrence": None, "due_on": None,
              "due_derivation": None, "target_on": None, "status": "not_started", "expires_on": None,
              "renewed_by_id": None, "needs_review": False, "version": 1, "updated_at": None}
    return ObligationRow(**(values | kw))


def _node(id_: int, number: str, text: str, *, children=(), obligations=(), footnotes=()) -> ParagraphNode:
    return ParagraphNode(PageParagraph(id_, None, "operative", None, number, f"para_{number}", text),
                         children=list(children), obligations=list(obligations), footnotes=list(footnotes))


class _Note:
    def __init__(self, marker: str):
        self.marker, self.text = marker, "a note"


def _nodes() -> list[ParagraphNode]:
    owners = [EntityRef(3, "Secretary-General"), EntityRef(7, MARKUP)]
    obligations = [
        _ob(1, due_on=dt.date(2026, 7, 1), owners=owners, deadline_body="GA", deadline_session=81,
            items=[ItemRow("(a)", "para_1__a", True), ItemRow("(b)", "para_1__b", False)]),  # overdue
        _ob(2, kind="mandate", expires_on=dt.date(2026, 9, 1), deadline_body="SC", deadline_session=2026),
        _ob(3, kind="declaratory", status="not_applicable"),
        _ob(4, kind="action", status="completed", due_on=dt.date(2027, 1, 5),
            items=[ItemRow("(i)", "x", True)], deadline_body="HRC", deadline_session=60),
        _ob(5, kind=MARKUP, status="in_progress"),
        _ob(6, kind="mandate", renewed_by_id=9, expires_on=dt.date(2020, 1, 1)),
        _ob(7, kind="mandate"),  # no end date
    ]
    deep = _node(30, "i", "Deepest words & more", footnotes=[_Note("3")])
    child = _node(20, "a", f"The first of them {MARKUP}", children=[deep], obligations=obligations[3:5])
    parent = _node(10, "1", "Requests the following: (a) The first of them and more",
                   children=[child, _node(21, "b", "the second")], obligations=obligations[:3],
                   footnotes=[_Note("1"), _Note("<2>")])
    return [parent, _node(11, "2", MARKUP, obligations=obligations[5:]), _node(12, "3", "Declares nothing")]


@pytest.mark.parametrize("headers", [{"Accept-Language": "fr"}, {}], ids=["fr", "en"])
def test_paragraphs_written_in_python_are_the_paragraphs_jinja_wrote(app, headers):
    """Numbers at each depth, a lead cut before its sub-paragraphs, footnotes (a marker with
    markup), every kind of badge (overdue, a mandate expiring, renewed, without an end, none),
    dates, owners with markup and none, sessions (none for the Security Council), items done out
    of how many, and the obligation's link, in English and French."""
    with app.test_request_context("/", headers=headers):
        for node in _nodes():
            expected = render_template_string(MACRO + "{{ paragraph_block(node) }}", node=node, today=TODAY)
            written = render_template_string("{{ paragraph_block(node, today) }}", node=node, today=TODAY)
            assert "\n\n" + written == expected  # the reference's two lines of imports, then the same


#: ``_ui.html``'s document link as Jinja wrote it until 4 December 2026
DOCUMENT_LINK = """{% macro document_link(symbol) -%}
  <a href="{{ config['DOCUMENT_URL'].replace('{symbol}', symbol|urlencode) }}" rel="external noopener">{{ symbol }}</a>
{%- endmacro %}"""


@pytest.mark.parametrize("url", ["https://undocs.org/{symbol}", "https://x.example/?q={symbol}&lang=<en>"])
def test_document_links_written_in_python_are_the_links_jinja_wrote(app, url):
    """Symbols with slashes, spaces, parentheses, markup and non-ASCII letters, under the
    default address and one with a query and markup; ``_ui.html``'s macro writes the same."""
    app.config["DOCUMENT_URL"] = url
    with app.test_request_context("/"):
        for symbol in ("A/RES/70/1", "S/RES/2231 (2015)", "E/CN.4/1998/53/Add.2", MARKUP, "A/HRC/Ré/1#2?x"):
            expected = render_template_string(DOCUMENT_LINK + "{{ document_link(symbol) }}", symbol=symbol)
            assert render_template_string("{{ document_link_cell(symbol) }}", symbol=symbol) == expected
            ui = '{% from "_ui.html" import document_link %}{{ document_link(symbol) }}'
            assert render_template_string(ui, symbol=symbol) == expected


def test_a_resolution_page_links_the_resolutions_it_cites_and_the_other_documents(app, client, db):
    """A cited resolution the register publishes links to its page (the href ``url_for`` gives, a
    symbol with a space and parentheses), another document to the UN's copy."""
    from flask import url_for

    from tests.factories import gen_resolution
    from tracker.models import DocumentReference

    cited = gen_resolution(db, "S/RES/2231 (2015)", body="SC", session=None)
    page = gen_resolution(db, "A/RES/79/5", session=79)
    db.add_all([DocumentReference(resolution_id=page.id, symbol="S/RES/2231 (2015)", target_resolution_id=cited.id),
                DocumentReference(resolution_id=page.id, symbol="A/79/L.5")])
    db.commit()
    html = client.get("/resolutions/A/RES/79/5").get_data(as_text=True)
    with app.test_request_context("/"):
        href = url_for("dashboards.resolution", symbol="S/RES/2231 (2015)")
        other = render_template_string(DOCUMENT_LINK + "{{ document_link('A/79/L.5') }}")
    assert f'<a href="{href}">S/RES/2231 (2015)</a>' in html
    assert other in html and 'rel="external noopener">A/79/L.5</a>' in other
