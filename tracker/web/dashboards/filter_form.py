"""The search's filter form and the controls of every GET filter form (``_filter_fields.html``:
the search, My work), written in Python.

As Jinja macros the search's form cost ≈ 0.26 ms a request (twelve macro calls, each with a
context, ≈ 15 translated strings, ≈ 60 escapes); here its words are translated once per locale
for the application (as ``cells.translated_labels``) and the form is string formatting: ≈ 0.12 ms
(see bench/README). ``_filter_fields.html``'s macros call these, so each control is written in
one place; the HTML is the macros' as they were, byte for byte (``tests/web/test_filter_form.py``
keeps them and compares). Values are escaped as Jinja's autoescape escapes them (``cells.escaped``:
no ``Markup`` made of each); translated words
are written as a template's ``_()`` writes them (marked safe).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from flask import current_app
from flask_babel import lazy_gettext as _l
from jinja2.filters import do_xmlattr
from jinja2.nodes import EvalContext
from markupsafe import Markup

from tracker.web.dashboards.cells import escaped, translated_labels
from tracker.web.dashboards.labels import FILTER_LABELS
from tracker.web.formatting import page_locale

#: the form's words besides the filters' names (``FILTER_LABELS``)
_WORDS = {
    "placeholder_q": _l("e.g. report INTERPOL, or a symbol such as 71/19"),
    "any": _l("Any"),
    "apply": _l("Apply filters"),
    "clear": _l("Clear"),
    "not_understood": _l("Some filters were not understood and were ignored: %(names)s"),
}
#: a control's column in the form's grid unless told
COLUMN = "col-6 col-md-3 col-lg-2"


def _words() -> dict[str, Any]:
    """The form's words and the filters' names in the request's language, translated once per
    locale for the application, marked safe as a template's ``_()`` marks them."""
    locale = page_locale()
    found = current_app.extensions.setdefault("filter_form_words", {}).get(locale)
    if found is None:
        found = current_app.extensions["filter_form_words"][locale] = {
            k: Markup(str(v))  # noqa: S704 (our catalogue)
            for k, v in (_WORDS | {f"label_{k}": v for k, v in FILTER_LABELS.items()}).items()}
    return found


def filter_label(name: str) -> str:
    """A search parameter as the filter form names it."""
    return str(FILTER_LABELS.get(name, name))


def _attributes(attrs: Mapping[str, Any]) -> str:
    """Further attributes as the macros wrote them (Jinja's ``xmlattr``: a space before each,
    none for a value that is None)."""
    return do_xmlattr(EvalContext(current_app.jinja_env), attrs) if attrs else ""


def input_field(id_: str, name: str, label: str, value: Any, type_: str = "text", col: str = COLUMN,
                attrs: Mapping[str, Any] | None = None) -> Markup:
    """A labelled input; ``attrs`` further attributes (min, placeholder, inputmode …)."""
    return Markup(  # noqa: S704 (every value escaped)
        f'<div class="{escaped(col)}">\n'
        f'    <label for="{escaped(id_)}" class="form-label">{escaped(label)}</label>\n'
        f'    <input type="{escaped(type_)}" id="{escaped(id_)}" name="{escaped(name)}"'
        f' value="{escaped(value)}"'
        f' class="form-control"{_attributes(attrs or {})}>\n'
        "  </div>")


def select_field(id_: str, name: str, label: str, options: Iterable[tuple[Any, Any]], chosen: Iterable[Any],
                 any_words: str, col: str = COLUMN) -> Markup:
    """A labelled select whose first option is "any" (``any_words``), then each of ``options``
    (value, words), selected when its value is in ``chosen``."""
    chosen = list(chosen)
    written = "".join(f'<option value="{escaped(value)}"{" selected" if value in chosen else ""}>'
                      f"{escaped(words)}</option>" for value, words in options)
    return Markup(  # noqa: S704 (every value escaped)
        f'<div class="{escaped(col)}">\n'
        f'    <label for="{escaped(id_)}" class="form-label">{escaped(label)}</label>\n'
        f'    <select id="{escaped(id_)}" name="{escaped(name)}" class="form-select">\n'
        f'      <option value="">{escaped(any_words)}</option>\n'
        f"      {written}\n"
        "    </select>\n"
        "  </div>")


def select_macro(id_: str, name: str, label: str, values: Sequence[Any], chosen: Iterable[Any], key: Any,
                 any_words: str | None, col: str, caller: Callable[[Any], Any]) -> Markup:
    """``select_field`` as ``_filter_fields.html``'s ``select`` macro is called: each of ``values``
    (its ``key`` when given, read as the macro read it: a key or an attribute) an option, its
    words from the macro's call block."""
    getitem = current_app.jinja_env.getitem  # Jinja's ``v[key]``: an item, else an attribute
    options = [(getitem(v, key) if key else v, caller(v)) for v in values]
    return select_field(id_, name, label, options, chosen, any_words or _words()["any"], col)


def status_checks(prefix: str, statuses: Iterable[str], chosen: Iterable[str]) -> Markup:
    """One checkbox for each status, checked when in ``chosen``; ids start with ``prefix``."""
    labels, chosen = translated_labels()["STATUS_LABELS"], list(chosen)
    checks = "".join(
        '\n    <div class="form-check form-check-inline">\n'
        f'      <input class="form-check-input" type="checkbox" id="{escaped(prefix)}-status-{escaped(s)}"'
        f' name="status" value="{escaped(s)}"{" checked" if s in chosen else ""}>\n'
        f'      <label class="form-check-label" for="{escaped(prefix)}-status-{escaped(s)}">'
        f"{escaped(labels[s])}</label>\n"
        "    </div>\n    " for s in statuses)
    return Markup(  # noqa: S704 (every value escaped)
        '<fieldset class="col-12 col-lg-6">\n'
        f'    <legend class="form-label fs-6 mb-1">{_words()["label_status"]}</legend>\n'
        f"    {checks}\n"
        "  </fieldset>")


def check_field(id_: str, name: str, label: str, checked: Any) -> Markup:
    """A yes-or-no filter: a checkbox sending 1."""
    return Markup(  # noqa: S704 (every value escaped)
        '<div class="col-12 col-md-3 col-lg-2">\n'
        '    <div class="form-check">\n'
        f'      <input class="form-check-input" type="checkbox" id="{escaped(id_)}" name="{escaped(name)}"'
        f' value="1"{" checked" if checked else ""}>\n'
        f'      <label class="form-check-label" for="{escaped(id_)}">{escaped(label)}</label>\n'
        "    </div>\n"
        "  </div>")


def apply_clear(clear_url: str, button: str = "btn-primary") -> Markup:
    """Apply, and Clear (back to ``clear_url``, the form's page without filters)."""
    words = _words()
    return Markup(  # noqa: S704 (every value escaped)
        '<div class="col-12 col-md-auto">\n'
        f'    <button type="submit" class="btn {escaped(button)}">{words["apply"]}</button>\n'
        f'    <a class="btn btn-link" href="{escaped(clear_url)}">{words["clear"]}</a>\n'
        "  </div>")


def filter_form(flt: Any, action: str, statuses: Sequence[str], kinds: Sequence[str],
                bodies: Sequence[str]) -> Markup:
    """The search's filter form, a GET form (so the URL holds the view: bookmark it, share it),
    filled from ``flt`` (``ObligationFilter``), and what it did not understand."""
    words, labels = _words(), translated_labels()
    body_labels, kind_labels = labels["BODY_LABELS"], labels["KIND_LABELS"]
    owner = f'<input type="hidden" name="owner" value="{escaped(flt.owner)}">' if flt.owner else ""
    due = (f'<input type="hidden" name="due" value="{escaped(flt.due_body)}-{escaped(flt.due_session)}">'
           if flt.due_body else "")
    controls = [
        "",
        input_field("f-q", "q", words["label_q"], flt.q or "", "search", "col-12 col-md-6 col-lg-4",
                    {"placeholder": words["placeholder_q"]}),
        "",
        "",
        input_field("f-symbol", "symbol", words["label_symbol"], flt.symbol or "",
                    attrs={"placeholder": "A/RES/78/"}),
        "",
        "",
        select_field("f-body", "body", words["label_body"], [(b, body_labels[b]) for b in bodies], [flt.body],
                     words["any"]),
        input_field("f-session", "session", words["label_session"], flt.session or "", "number",
                    attrs={"min": "1", "inputmode": "numeric"}),
        "",
        status_checks("f", statuses, flt.status),
        select_field("f-kind", "kind", words["label_kind"], [(k, kind_labels[k]) for k in kinds], flt.kind,
                     words["any"]),
        owner,
        due,
        input_field("f-due-within", "due_within", words["label_due_within"],
                    flt.due_within if flt.due_within is not None else "", "number",
                    attrs={"min": "0", "inputmode": "numeric"}),
        input_field("f-due-from", "due_from", words["label_due_from"],
                    flt.due_from.isoformat() if flt.due_from else "", "date"),
        input_field("f-due-to", "due_to", words["label_due_to"], flt.due_to.isoformat() if flt.due_to else "",
                    "date"),
        check_field("f-overdue", "overdue", words["label_overdue"], flt.overdue),
        apply_clear(action),
    ]
    errors = ""
    if flt.errors:
        names = Markup(", ").join(filter_label(name) for name in flt.errors)
        errors = ('\n<div class="alert alert-warning" role="status">'
                  f'{words["not_understood"] % {"names": names}}</div>\n')
    form = "\n  ".join(controls)
    return Markup(  # noqa: S704 (every value escaped above)
        '\n<form method="get" action="'
        f'{escaped(action)}" class="filters row g-2 align-items-end mb-3" role="search" data-drop-empty>\n'
        f"  {form}\n</form>\n{errors}\n")


#: what the templates call
FILTER_FORM = {
    "filter_form": filter_form,
    "input_field": input_field,
    "select_field": select_macro,
    "status_checks_field": status_checks,
    "check_field": check_field,
    "apply_clear_field": apply_clear,
}
