"""The rows of a list of obligations, and the cells every page repeats (a status badge, a due date,
owners, a deadline's session), written in Python.

Written as Jinja, a page of fifty rows cost ≈ 8 ms to render: each ``{{ f(x) }}`` goes through
the template context's call (≈ 15 a row, each inspecting its callee), each value through an escape,
and four macro calls a row each made a context; the same HTML written here costs about a third
(see bench/README). The macros ``status_badge`` (``_ui.html``), ``due``, ``session_link`` and
``owners_list`` (``dashboards/_macros.html``) call these, so each cell is written once and every
page writes it the same. Values are escaped as Jinja's autoescape escapes them; translated words
are marked safe as a template's ``_()`` marks them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from flask import current_app
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from jinja2.filters import do_truncate
from markupsafe import Markup, escape

from tracker.web.dashboards.labels import (
    BODY_LABELS,
    KIND_LABELS,
    MANDATE_LABELS,
    NO_ACTION_REQUIRED,
    STATUS_LABELS,
)
from tracker.web.dashboards.links import links
from tracker.web.formatting import udate

#: the words the cells write beside the values
_WORDS = {
    "expires": _l("expires"),
    "no_end_date": _l("no end date"),
    "no_date": _l("no date"),
    "no_owner": _l("no owner"),
    "paragraph": _l("%(symbol)s, paragraph %(n)s"),
}
#: a row's text is cut to this many characters (Jinja's ``truncate``: at a word, "..." added)
TEXT_LENGTH = 220


def translated_labels() -> dict[str, Any]:
    """The labels the rows print, translated once per locale for the application (the catalogues
    do not change while it runs), not once per row, nor again for every template a request
    renders (a page and its cached body are two): ≈ 0.17 ms each time."""
    locale = str(get_locale() or "")
    found = current_app.extensions.setdefault("dashboard_labels", {}).get(locale)
    if found is None:
        found = current_app.extensions["dashboard_labels"][locale] = {
            "STATUS_LABELS": {k: str(v) for k, v in STATUS_LABELS.items()},
            "KIND_LABELS": {k: str(v) for k, v in KIND_LABELS.items()},
            "BODY_LABELS": {k: str(v) for k, v in BODY_LABELS.items()},
            "MANDATE_LABELS": {k: str(v) for k, v in MANDATE_LABELS.items()},
            "NO_ACTION_REQUIRED": str(NO_ACTION_REQUIRED),
            # as a template's ``_()`` gives them: marked safe, not escaped
            "CELL_WORDS": {k: Markup(str(v)) for k, v in _WORDS.items()},  # noqa: S704 (our catalogue)
        }
    return found


def status_badge(ob: Any, today: dt.date, labels: dict[str, Any] | None = None) -> str:
    """A status as a badge: "No action required" on a declaratory paragraph, a mandate's state,
    "Overdue" beside an open obligation's status when it is overdue, else its status."""
    labels = labels or translated_labels()
    if ob.is_declaratory:
        return f'<span class="badge status status-none">{escape(labels["NO_ACTION_REQUIRED"])}</span>'
    if ob.is_mandate:
        state = ob.mandate_state(today, int(current_app.config["MANDATE_EXPIRING_DAYS"]))
        return (f'<span class="badge status mandate-{escape(state)}">'
                f'{escape(labels["MANDATE_LABELS"].get(state, ""))}</span>')
    statuses = labels["STATUS_LABELS"]
    if ob.is_overdue(today):
        return (f'<span class="badge status status-overdue">{escape(statuses["overdue"])}</span>\n    '
                '<span class="visually-hidden">, </span>'
                f'<span class="badge status status-{escape(ob.status)}">'
                f'{escape(statuses.get(ob.status, ""))}</span>')
    return (f'<span class="badge status status-{escape(ob.status)}">'
            f'{escape(statuses.get(ob.status, ob.status))}</span>')


def due(ob: Any, labels: dict[str, Any] | None = None) -> str:
    """When it falls due, when a mandate expires, or that it has no date."""
    words = (labels or translated_labels())["CELL_WORDS"]
    if ob.is_mandate:
        if ob.expires_on:
            return (f'{words["expires"]} <time datetime="{escape(ob.expires_on.isoformat())}">'
                    f'{escape(udate(ob.expires_on))}</time>')
        return f'<span class="text-body-secondary">{words["no_end_date"]}</span>'
    if ob.due_on:
        return f'<time datetime="{escape(ob.due_on.isoformat())}">{escape(udate(ob.due_on))}</time>'
    return f'<span class="text-body-secondary">{words["no_date"]}</span>'


def session_link(body: str | None, number: int | None) -> str:
    """A link to a session's page ("GA 81"); none for the Security Council, which has no sessions."""
    if body and number and body != "SC":
        return f'<a href="{escape(links().session(body, number))}">{escape(body)} {escape(number)}</a>'
    return ""


def owners_list(ob: Any, labels: dict[str, Any] | None = None) -> str:
    """The owners, each a link to its page, or that it has none."""
    if not ob.owners:
        words = (labels or translated_labels())["CELL_WORDS"]
        return f'<span class="text-body-secondary">{words["no_owner"]}</span>'
    found = links()
    return ", ".join(f'<a href="{escape(found.owner(e.id))}">{escape(e.name)}</a>' for e in ob.owners)


def obligation_rows(items: Sequence[Any], today: dt.date, show_resolution: bool,
                    headers: Sequence[str]) -> Markup:
    """The ``<tr>`` of each of ``items`` (plain rows, ``rows.list_rows``) in a table of
    ``dashboards/_macros.html``'s ``obligations_table``, whose column names (already translated)
    are ``headers``: resolution, paragraph, obligation, owners, due, status."""
    labels = translated_labels()
    kinds, paragraph = labels["KIND_LABELS"], labels["CELL_WORDS"]["paragraph"]
    l_res, l_para, l_ob, l_owners, l_due, l_status = (escape(h) for h in headers)
    found, env = links(), current_app.jinja_env
    out = []
    for ob in items:
        url = escape(found.obligation(ob.id))
        symbol, number = escape(ob.symbol), escape(ob.paragraph_number)
        resolution = (f'\n      <td class="text-nowrap" data-label="{l_res}"><a href="'
                      f'{escape(found.resolution(ob.symbol))}#{escape(ob.eid)}">{symbol}</a></td>\n      '
                      if show_resolution else "")
        deadline = ""
        if ob.deadline_text:
            where = f" · {session_link(ob.deadline_body, ob.deadline_session)}" if ob.deadline_body else ""
            deadline = (f'<span class="d-block small text-body-secondary">{escape(ob.deadline_text)}{where}'
                        "</span>")
        text = escape(do_truncate(env, ob.deliverable or ob.text, TEXT_LENGTH))
        label = paragraph % {"symbol": ob.symbol, "n": ob.paragraph_number}
        out.append(
            f"\n    <tr>\n      {resolution}\n"
            f'      <td data-label="{l_para}"><a href="{url}" aria-label="'
            f'{label}">{number}</a></td>\n'
            f'      <td class="obligation-text" data-label="{l_ob}">\n'
            f'        <span class="kind">{escape(kinds.get(ob.kind, ob.kind))}</span>\n'
            f'        <a class="obligation-link" href="{url}">{text}</a>\n'
            f"        {deadline}\n"
            f"      </td>\n"
            f'      <td data-label="{l_owners}">{owners_list(ob, labels)}</td>\n'
            f'      <td class="text-nowrap" data-label="{l_due}">{due(ob, labels)}</td>\n'
            f'      <td data-label="{l_status}">{status_badge(ob, today, labels)}</td>\n'
            f"    </tr>\n  ")
    return Markup("".join(out))  # noqa: S704 (every value escaped above)


#: what the templates call (``Markup``: written here, escaped here)
CELLS = {
    "status_badge_cell": lambda ob, today: Markup(status_badge(ob, today)),  # noqa: S704
    "due_cell": lambda ob: Markup(due(ob)),  # noqa: S704
    "session_link_cell": lambda body, number: Markup(session_link(body, number)),  # noqa: S704
    "owners_cell": lambda ob: Markup(owners_list(ob)),  # noqa: S704
    "obligation_rows": obligation_rows,
}
