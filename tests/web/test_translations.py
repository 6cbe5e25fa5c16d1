"""The UI speaks English and French (issue 6). The messages are extracted from the current sources
with Babel's own API, as ``pybabel extract`` does with ``babel.cfg``: a message that is missing
from the French catalogue, left untranslated or fuzzy, short of a plural form, with placeholders
that differ, or not compiled into the ``.mo`` fails here, so whoever adds a string is told. Then
three pages are rendered with ``Accept-Language: fr``."""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from tests.factories import gen_entity, gen_obligation, gen_resolution

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO / "tracker" / "translations" / "fr" / "LC_MESSAGES"
#: the keywords of the extract command in babel.cfg
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None, "Counted": (1, 2)}
FIX = "see the commands at the top of babel.cfg"


@cache
def _extracted() -> dict[str | tuple[str, ...], list[str]]:
    """msgid (a tuple for plurals) -> where it is used, from every file babel.cfg names."""
    with (REPO / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f, str(REPO / "babel.cfg"))
    found: dict[str | tuple[str, ...], list[str]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(REPO), method_map, options_map, keywords=KEYWORDS, strip_comment_tags=True
    ):
        found.setdefault(message, []).append(f"{filename}:{lineno}")
    return found


def _french():
    with (CATALOGUE / "messages.po").open("rb") as f:
        return read_po(f, locale="fr")


def test_extraction_finds_the_ui():
    messages = _extracted()
    assert len(messages) > 300
    assert "Mandate Tracker" in messages  # a template
    assert "Please sign in to see this page." in messages  # a Python module (N_ marker)
    assert ("%(num)d obligation", "%(num)d obligations") in messages  # a plural


def test_every_message_is_translated_into_french():
    catalogue = _french()
    assert catalogue.num_plurals == 3, catalogue.plural_forms
    missing, untranslated = [], []
    for msgid, where in sorted(_extracted().items(), key=lambda kv: str(kv[0])):
        key = msgid[0] if isinstance(msgid, tuple) else msgid
        entry = catalogue.get(key)
        if entry is None or (isinstance(msgid, tuple) and entry.id != msgid):
            missing.append(f"{msgid!r} ({where[0]})")
            continue
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        expected = catalogue.num_plurals if isinstance(msgid, tuple) else 1
        if entry.fuzzy or len(strings) != expected or not all(strings):
            untranslated.append(f"{msgid!r} ({where[0]})")
    assert not missing, f"messages missing from the French catalogue ({FIX}):\n" + "\n".join(missing)
    assert not untranslated, (
        f"messages untranslated or fuzzy in the French catalogue ({FIX}):\n" + "\n".join(untranslated)
    )


def test_french_placeholders_match_the_english():
    errors = [f"{message.id!r}: {'; '.join(map(str, errs))}" for message, errs in _french().check()]
    assert not errors, "\n".join(errors)


def test_the_compiled_catalogue_is_up_to_date():
    with (CATALOGUE / "messages.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = []
    for entry in _french():
        if not entry.id or entry.fuzzy:
            continue
        if isinstance(entry.id, tuple):
            got = tuple(compiled.ngettext(entry.id[0], entry.id[1], n) for n in (1, 1_000_000, 2))
            want = tuple(entry.string)
        else:
            got, want = compiled.gettext(entry.id), entry.string
        if got != want:
            stale.append(repr(entry.id))
    assert not stale, "messages.mo is older than messages.po: run pybabel compile\n" + "\n".join(stale)


# ---------------------------------------------------------------------- pages in French

FR = {"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": dt.date(2026, 8, 1)}


def test_login_page_in_french(client):
    html = client.get("/login", headers=FR).get_data(as_text=True)
    assert '<html lang="fr" dir="ltr">' in html
    for text in ("Se connecter", "Mot de passe", "Suivi des mandats", "Vue d’ensemble"):
        assert text in html, text
    assert "Sign in" not in html and "Password" not in html


def test_obligation_page_in_french(client, db):
    sg = gen_entity(db, "Secretary-General")
    ob = gen_obligation(db, gen_resolution(db, "A/RES/79/10", session=79), owners=[sg],
                        due_on=dt.date(2026, 9, 8), deadline_text="at its eighty-first session")
    db.commit()
    html = client.get(f"/obligations/{ob.id}", headers=FR).get_data(as_text=True)
    for text in ("Paragraphe du dispositif", "Historique", "Échéance", "Non commencée"):
        assert text in html, text
    assert "Operative paragraph" not in html and "History" not in html


def test_overview_in_french(client, db):
    res = gen_resolution(db, "A/RES/79/10", session=79)
    gen_obligation(db, res, due_on=dt.date(2026, 7, 1))  # overdue on 1 August 2026
    db.commit()
    html = client.get("/", headers=FR).get_data(as_text=True)
    for text in ("État de la mise en œuvre", "En retard", "À échéance dans les 30 prochains jours",
                 "Chronologie", "Recherche"):
        assert text in html, text
    assert "State of implementation" not in html


def test_english_stays_the_default(client):
    html = client.get("/login", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert '<html lang="en" dir="ltr">' in html and "Sign in" in html


def test_the_labels_name_every_stored_status_and_body_as_the_domain_does(app):
    """The translated names are the one table a translator needs; their English is the domain's
    own names (``Body.display_name``), and every status and principal organ has one."""
    from tracker.calendar.bodies import Body
    from tracker.models import ObligationStatus
    from tracker.web.dashboards.labels import BODY_LABELS, STATUS_LABELS
    from tracker.web.officer.forms import STATUS_LABELS as SETTABLE

    with app.test_request_context(headers={"Accept-Language": "en"}):
        assert {k: str(v) for k, v in BODY_LABELS.items()} == {b.value: b.display_name for b in Body}
        assert set(STATUS_LABELS) == {s.value for s in ObligationStatus} | {"overdue"}
        assert {str(k): str(v) for k, v in SETTABLE.items()} == {
            s.value: str(STATUS_LABELS[s.value]) for s in ObligationStatus}


# ---------------------------------------------------------------------- the templates' gettext

#: strings as templates use them: plain, with placeholders (values with markup), a literal
#: percent, plurals with and without their own variables, a word the catalogue translates
_GETTEXT_SOURCES = (
    "{{ _('Overdue') }}",
    "{{ _('%(obligations)s from %(resolutions)s, as of %(d)s.', obligations=markup, resolutions='2', "
    "d=day) }}",
    "{{ _('Footnote %(m)s', m=markup) }}|{{ _('Footnote %(m)s', m='<b>') }}",
    "{{ _('100%% done') }}",
    "{{ ngettext('%(num)d report due', '%(num)d reports due', 1) }}",
    "{{ ngettext('%(num)d report due', '%(num)d reports due', n) }}",
    "{{ ngettext('%(num)d of %(w)s', '%(num)d of %(w)s', 2, w='<i>') }}",
    "{{ gettext('Sign in') }}{% trans %}Sign in{% endtrans %}",
    "{% trans count=n %}{{ count }} item{% pluralize %}{{ count }} items{% endtrans %}",
)


def _jinja_gettext() -> dict:
    """Jinja's own new-style callables over the request's translations (``jinja2.ext``)."""
    from flask_babel import get_translations
    from jinja2.ext import _gettext_alias, _make_new_gettext, _make_new_ngettext

    return {"_": _gettext_alias,
            "gettext": _make_new_gettext(lambda s: get_translations().ugettext(s)),
            "ngettext": _make_new_ngettext(lambda s, p, n: get_translations().ungettext(s, p, n))}


@pytest.mark.parametrize("autoescape", [True, False])
@pytest.mark.parametrize("headers", [FR, {}], ids=["fr", "en"])
def test_the_templates_gettext_writes_what_jinjas_writes(app, headers, autoescape):
    from markupsafe import Markup

    values = {"day": "1 août 2026", "markup": Markup("<sup>1</sup>"), "n": 3}
    with app.test_request_context("/", headers=headers):
        # and in the templates of the request's language, a fixed string's translation compiled in
        in_language = app.jinja_env.in_page_language()
        for source in _GETTEXT_SOURCES:
            wrapped = f"{{% autoescape {autoescape} %}}{source}{{% endautoescape %}}"
            theirs = app.jinja_env.from_string(wrapped, globals=_jinja_gettext()).render(values)
            assert app.jinja_env.from_string(wrapped).render(values) == theirs, source
            assert in_language.from_string(wrapped).render(values) == theirs, source


def test_a_translated_string_is_one_call_of_the_templates_context(app):
    """``_()`` is called through the template's context once, not three times (Jinja's alias
    resolves ``gettext`` and calls it through the context, which calls the translation so again)."""
    from jinja2.runtime import Context

    calls = []

    class Counting(Context):
        def call(self, __obj, *args, **kwargs):
            calls.append(__obj)
            return super().call(__obj, *args, **kwargs)

    env = app.jinja_env.overlay()
    env.context_class = Counting
    with app.test_request_context("/", headers=FR):
        assert env.from_string("{{ _('Overdue') }}").render() == "En retard"
        assert len(calls) == 1
        calls.clear()
        env.from_string("{{ ngettext('%(num)d report due', '%(num)d reports due', 2) }}").render()
        assert len(calls) == 1


def test_a_string_without_variables_is_not_formatted(app, monkeypatch):
    """``_()`` of a string without variables and without ``%`` returns the translation as it is
    (marked safe where the template escapes): formatting it with no values changes nothing and was
    ≈ 60 of the overview's ≈ 80 strings. One with a ``%`` or with variables is still formatted."""
    from markupsafe import Markup

    formatted = []
    real = Markup.__mod__
    monkeypatch.setattr(Markup, "__mod__", lambda self, arg: formatted.append(self) or real(self, arg))
    with app.test_request_context("/", headers=FR):
        assert app.jinja_env.from_string("{{ _('Overdue') }}").render() == "En retard"
        assert formatted == []
        assert app.jinja_env.from_string("{{ _('100%% done') }}").render() == "100% done"
        assert len(formatted) == 1


def test_dates_are_written_in_the_requests_language_asked_once(app, monkeypatch):
    """``udate`` asks Flask-Babel for the request's locale once per request, not once per date
    (the overview writes ≈ 80), and still writes each request's own language."""
    from tracker.web import formatting

    asked = []
    real = formatting.get_locale
    monkeypatch.setattr(formatting, "get_locale", lambda: asked.append(1) or real())
    day = dt.date(2026, 9, 8)
    for headers, locale in ((FR, "fr"), ({}, "en")):
        asked.clear()
        with app.test_request_context("/", headers=headers):
            expected = formatting.format_date(day, formatting.DATE_FORMAT, locale=locale)
            assert [formatting.udate(day) for _ in range(3)] == [expected] * 3
            assert formatting.udate(day, "MMM yy") == formatting.format_date(day, "MMM yy", locale=locale)
        assert len(asked) == 1
    assert "sept." in formatting.format_date(day, formatting.DATE_FORMAT, locale="fr")
    # no request: English
    assert formatting.udate(day) == formatting.format_date(day, formatting.DATE_FORMAT, locale="en")


def test_a_page_asks_for_its_language_once(app, client, monkeypatch):
    """The overview's labels, navigation, filter form and dates look the request's language up by
    ``formatting.page_locale``: Flask-Babel is asked once per request, not ≈ 10 times."""
    from tracker.web import formatting, navigation
    from tracker.web.dashboards import cells, filter_form, views

    asked = []
    for module in (formatting, navigation, cells, filter_form, views):
        real = getattr(module, "get_locale", None)
        if real is not None:
            monkeypatch.setattr(module, "get_locale", lambda real=real: asked.append(1) or real())
    for path in ("/", "/search?q=report"):
        asked.clear()
        response = client.get(path, headers=FR)
        assert response.status_code == 200 and 'lang="fr"' in response.get_data(as_text=True)
        assert len(asked) == 1, path


# ---------------------------------------------------------------------- counts in both languages


def test_counts_take_the_plural_form_of_each_language(app):
    """"1 obligation", not "1 obligations": the import's summary (the CLI's English, the web's flash),
    the overview's line and a merge's message say a count in its language's plural form."""
    from flask_babel import gettext, ngettext

    from tracker.services.importing.result import Tally

    assert Tally(1, 1, 1).tally_words() == "1 obligation, 1 with a due date, 1 flagged for review"
    assert Tally(2, 0, 2).tally_words() == "2 obligations, 0 with due dates, 2 flagged for review"
    with app.test_request_context("/", headers=FR):
        assert Tally(1, 1, 1).tally().say(gettext, ngettext) == \
            "1 obligation, 1 avec une date d’échéance, 1 signalée pour vérification"
        assert Tally(3, 2, 2).tally().say(gettext, ngettext) == \
            "3 obligations, 2 avec une date d’échéance, 2 signalées pour vérification"
        page = app.jinja_env.in_page_language()
        line = ("{{ _('%(obligations)s from %(resolutions)s, as of %(d)s.', obligations=ngettext("
                "'%(num)d tracked obligation', '%(num)d tracked obligations', 1), resolutions=ngettext("
                "'%(num)d resolution', '%(num)d resolutions', 1), d='1 août 2026') }}")
        assert page.from_string(line).render() == \
            "1 obligation suivie provenant de 1 résolution, au 1 août 2026."
