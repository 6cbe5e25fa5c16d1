"""Templates compiled once per language (``tracker.web.templating``): a fixed string's translation is
written into the templates of the request's language, so a page does not look it up again, and
the page is the same as ``_()`` writes it (``test_translations``: every form of ``_()``)."""

from __future__ import annotations

import gc
import weakref

import pytest
from babel import support


@pytest.fixture
def app_config(app_config):
    return app_config | {"DASHBOARDS_CACHE_SECONDS": 0}  # every overview renders its templates


@pytest.mark.parametrize(("language", "skip"), [("fr", "Aller au contenu"), ("en", "Skip to content")])
def test_a_page_s_fixed_strings_are_written_into_its_templates(client, language, skip, monkeypatch):
    headers = {"Accept-Language": language}
    first = client.get("/", headers=headers)  # the templates of the language compiled
    assert first.status_code == 200 and skip in first.text
    found: list[str] = []
    original = support.Translations.ugettext
    monkeypatch.setattr(support.Translations, "ugettext",
                        lambda self, message: found.append(message) or original(self, message))
    again = client.get("/", headers=headers)
    assert again.data == first.data
    assert "Skip to content" not in found and "State of implementation" not in found  # layout, body
    assert "Total" not in found  # passed to a macro
    # with variables: formatted by ``_()`` at each render
    assert "%(obligations)s from %(resolutions)s, as of %(d)s." in found


def test_a_template_that_names_its_own_underscore_calls_it(app):
    with app.test_request_context("/", headers={"Accept-Language": "fr"}):
        french = app.jinja_env.in_page_language()
        assert french.from_string("{{ _('Overdue') }}").render() == "En retard"
        assert french.from_string("{% set _ = ''.join %}{{ _('Overdue') }}").render() == "Overdue"
        assert french.from_string("{% macro m(_) %}{{ _('Overdue') }}{% endmacro %}{{ m('-'.join) }}"
                                  ).render() == "O-v-e-r-d-u-e"


def test_the_languages_templates_are_kept_apart_and_outside_a_request_compiled_as_written(app):
    with app.test_request_context("/", headers={"Accept-Language": "fr"}):
        french = app.jinja_env.get_template("base.html")
        assert french.environment is app.jinja_env.in_page_language() is not app.jinja_env
    with app.test_request_context("/", headers={"Accept-Language": "en"}):
        english = app.jinja_env.get_template("base.html")
        assert english is not french and english is app.jinja_env.get_template("base.html")
    with app.app_context():
        assert app.jinja_env.get_template("base.html").environment is app.jinja_env


class _Data:
    """A page's data, whose going can be watched (a weak reference)."""


@pytest.mark.parametrize("source", [
    '{% import "dashboards/_macros.html" as m with context %}{{ data.__class__.__name__ }}',
    '{% include "dashboards/_charts.html" %}{{ data.__class__.__name__ }}',
])
def test_a_written_page_leaves_its_data_in_no_reference_cycle(app, source):
    """A module imported ``with context`` (the overview's, the search's and the resolution page's
    macros) refers back to the page's variables: the page's data stayed in a cycle for the garbage
    collector, now it goes when the page is written (no collection runs here)."""
    data = _Data()
    gone = weakref.ref(data)
    gc.disable()
    try:
        with app.test_request_context("/"):
            page = app.jinja_env.from_string(source).render(data=data)
        del data
        assert page.endswith("_Data") and gone() is None
    finally:
        gc.enable()


def test_a_module_jinja_keeps_serves_every_page_after_one_is_written(app):
    """A module imported without context is kept by Jinja for every render: it is not emptied."""
    with app.test_request_context("/"):
        page = app.jinja_env.from_string('{% import "dashboards/_charts.html" as c %}{{ c.rows.name }}')
        assert page.render() == page.render() != ""
