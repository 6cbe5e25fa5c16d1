"""Templates compiled once per language (``tracker.web.templating``): a fixed string's translation is
written into the templates of the request's language, so a page does not look it up again, and
the page is the same as ``_()`` writes it (``test_translations``: every form of ``_()``)."""

from __future__ import annotations

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
    assert "%(o)d tracked obligations from %(r)d resolutions, as of %(d)s." in found


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
