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
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from jinja2.filters import do_truncate, do_urlencode
from markupsafe import Markup, escape

from tracker.models.obligations import shown_words
from tracker.web.dashboards.labels import (
    BODY_LABELS,
    KIND_LABELS,
    MANDATE_LABELS,
    NO_ACTION_REQUIRED,
    STATUS_LABELS,
)
from tracker.web.dashboards.links import links
from tracker.web.formatting import page_locale, shown_number, udate

try:  # MarkupSafe 3: what ``escape`` writes, as a plain string (no ``Markup`` made around it)
    from markupsafe import _escape_inner
except ImportError:  # pragma: no cover - another MarkupSafe: through ``escape``
    def _escape_inner(s: str, /) -> str:
        return str(escape(s))


def escaped(value: Any) -> str:
    """``value`` escaped as ``markupsafe.escape`` (Jinja's autoescape) escapes it, as a plain string:
    a page of fifty rows escapes ≈ 700 values, and making a ``Markup`` of each cost about as much as
    the escape (the search page 0.91x its CPU on SQLite, see bench/README). Safe HTML (``__html__``)
    stays as it is; a number is its digits, anything else its text escaped (``str``, as ``escape``
    writes it, without its Markup)."""
    if type(value) is str:
        return _escape_inner(value)
    if type(value) is int:
        return str(value)
    html = getattr(value, "__html__", None)
    if html is not None:
        return str(html())
    return _escape_inner(str(value))

#: the words the cells write beside the values
_WORDS = {
    "expires": _l("expires"),
    "no_end_date": _l("no end date"),
    "no_date": _l("no date"),
    "no_owner": _l("no owner"),
    # it names an owner a reviewer has not accepted yet (``ObligationRow.owner_unconfirmed``): not
    # the register's word that it names nobody, nor the unreviewed name
    "owner_unconfirmed": _l("owner not yet confirmed"),
    "paragraph": _l("%(symbol)s, paragraph %(n)s"),
    # a resolution page's paragraphs (``paragraph_block``)
    "footnote": _l("Footnote %(m)s"),
    "obligation_for": _l("Obligation for paragraph %(n)s"),
    "details": _l("Details and history"),
    "paragraph_n": _l("paragraph %(n)s"),
}
#: a row's text is cut to this many characters (Jinja's ``truncate``: at a word, "..." added)
TEXT_LENGTH = 220


def row_words(env: Any, ob: Any, room: int = TEXT_LENGTH) -> str:
    """A row's words (``shown_words``) cut to ``room``, escaped: a paragraph that fits is shown whole."""
    return escaped(do_truncate(env, shown_words(ob.deliverable, ob.text, ob.asks_from, room), room))


def translated_labels() -> dict[str, Any]:
    """The labels the rows print, translated once per locale for the application (the catalogues
    do not change while it runs), not once per row, nor again for every template a request
    renders (a page and its cached body are two): ≈ 0.17 ms each time."""
    locale = page_locale()
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
    "Overdue" beside an open obligation's status when it is overdue, else its status; and the
    state of the mandate a tracked obligation carries after its status."""
    return _badge(_badge_key(ob, today, int(current_app.config["MANDATE_EXPIRING_DAYS"])),
                  labels or translated_labels())


def _badge_key(ob: Any, today: dt.date, expiring_days: int) -> tuple[Any, ...]:
    """Which badge ``status_badge`` writes, and all it depends on (one badge per key)."""
    if ob.is_declaratory:
        return ("none",)
    if ob.is_mandate:
        return ("mandate", ob.mandate_state(today, expiring_days))
    return ("status", ob.status, ob.is_overdue(today), ob.mandate_state(today, expiring_days))


def _mandate_badge(state: str | None, labels: dict[str, Any]) -> str:
    return (f'<span class="badge status mandate-{escaped(state)}">'
            f'{escaped(labels["MANDATE_LABELS"].get(state, ""))}</span>')


def _badge(key: tuple[Any, ...], labels: dict[str, Any]) -> str:
    if key[0] == "none":
        return f'<span class="badge status status-none">{escaped(labels["NO_ACTION_REQUIRED"])}</span>'
    if key[0] == "mandate":
        return _mandate_badge(key[1], labels)
    _, status, overdue, state = key
    statuses = labels["STATUS_LABELS"]
    # the mandate a tracked obligation carries: its state after the status
    carried = "" if state is None else (
        f'\n    <span class="visually-hidden">, </span>{_mandate_badge(state, labels)}')
    if overdue:
        return (f'<span class="badge status status-overdue">{escaped(statuses["overdue"])}</span>\n    '
                '<span class="visually-hidden">, </span>'
                f'<span class="badge status status-{escaped(status)}">'
                f'{escaped(statuses.get(status, ""))}</span>{carried}')
    return (f'<span class="badge status status-{escaped(status)}">'
            f'{escaped(statuses.get(status, status))}</span>{carried}')


def due(ob: Any, labels: dict[str, Any] | None = None) -> str:
    """When it falls due, when a mandate expires, or that it has no date; a tracked obligation
    that carries a mandate, when it falls due and when the mandate expires."""
    return _due(_due_key(ob), (labels or translated_labels())["CELL_WORDS"])


def _due_key(ob: Any) -> tuple[bool, dt.date | None, dt.date | None]:
    """What ``due`` writes depends on: whether it is a mandate, its end or its due date, and the
    end of the mandate a tracked obligation carries (None for others)."""
    if ob.is_mandate:
        return True, ob.expires_on, None
    return False, ob.due_on, ob.expires_on if ob.has_mandate else None


def _time(day: dt.date) -> str:
    return f'<time datetime="{escaped(day.isoformat())}">{escaped(udate(day))}</time>'


def _due(key: tuple[bool, dt.date | None, dt.date | None], words: dict[str, Any]) -> str:
    mandate, day, end = key
    if mandate:
        if day:
            return f'{words["expires"]} {_time(day)}'
        return f'<span class="text-body-secondary">{words["no_end_date"]}</span>'
    carried = "" if end is None else f' · {words["expires"]} {_time(end)}'
    if day:
        return f'{_time(day)}{carried}'
    return f'<span class="text-body-secondary">{words["no_date"]}</span>{carried}'


def session_link(body: str | None, number: int | None) -> str:
    """A link to a session's page ("GA 81"); none for the Security Council, which has no sessions."""
    if body and number and body != "SC":
        return f'<a href="{escaped(links().session(body, number))}">{escaped(body)} {escaped(number)}</a>'
    return ""


def owners_list(ob: Any, labels: dict[str, Any] | None = None) -> str:
    """The owners, each a link to its page; or, with none, that the owner it names is not yet
    confirmed (a pending owner candidate, whose words stay the reviewers'), or that it has none."""
    if not ob.owners:
        words = (labels or translated_labels())["CELL_WORDS"]
        word = words["owner_unconfirmed" if ob.owner_unconfirmed else "no_owner"]
        return f'<span class="text-body-secondary">{word}</span>'
    found = links()
    return ", ".join(f'<a href="{escaped(found.owner(e.id))}">{escaped(e.name)}</a>' for e in ob.owners)


def obligation_rows(items: Sequence[Any], today: dt.date, show_resolution: bool,
                    headers: Sequence[str]) -> Markup:
    """The ``<tr>`` of each of ``items`` (plain rows, ``rows.list_rows``) in a table of
    ``dashboards/_macros.html``'s ``obligations_table``, whose column names (already translated)
    are ``headers``: resolution, paragraph, obligation, owners, due, status.

    A cell that depends on few values (a date, a status, an owner, a deadline's session, a kind)
    is written once per table and reused for the rows that repeat it: fifty rows name a few
    dates, statuses and owners many times, and each cell's look-ups (the request's links, locale
    and labels) and escapes cost more than the row's own text."""
    labels = translated_labels()
    kinds, paragraph = labels["KIND_LABELS"], labels["CELL_WORDS"]["paragraph"]
    #: the row's label as ``paragraph % {…}`` writes it, its values escaped once for the row
    paragraph_words = str(paragraph)
    l_res, l_para, l_ob, l_owners, l_due, l_status = (escaped(h) for h in headers)
    found, env = links(), current_app.jinja_env
    words, expiring_days = labels["CELL_WORDS"], int(current_app.config["MANDATE_EXPIRING_DAYS"])
    kind_cells: dict[str, str] = {}
    due_cells: dict[tuple[bool, dt.date | None, dt.date | None], str] = {}
    badges: dict[tuple[Any, ...], str] = {}
    sessions: dict[tuple[Any, Any], str] = {}
    #: by the owners, or for none whether the owner named is not yet confirmed
    owner_cells: dict[tuple[tuple[int, str], ...] | bool, str] = {}
    out = []
    for ob in items:
        url = escaped(found.obligation(ob.id))
        symbol, number = escaped(ob.symbol), escaped(shown_number(ob.paragraph_number, ob.unnumbered))
        resolution = (f'\n      <td class="text-nowrap" data-label="{l_res}"><a href="'
                      f'{escaped(found.resolution(ob.symbol))}#{escaped(ob.eid)}">{symbol}</a></td>\n      '
                      if show_resolution else "")
        deadline = ""
        if ob.deadline_text:
            where = ""
            if ob.deadline_body:
                key = (ob.deadline_body, ob.deadline_session)
                where = sessions.get(key)
                if where is None:
                    where = sessions[key] = f" · {session_link(*key)}"
            deadline = (f'<span class="d-block small text-body-secondary">{escaped(ob.deadline_text)}{where}'
                        "</span>")
        text = row_words(env, ob)
        label = paragraph_words % {"symbol": symbol, "n": number}
        kind = kind_cells.get(ob.kind)
        if kind is None:
            kind = kind_cells[ob.kind] = escaped(kinds.get(ob.kind, ob.kind))
        key = tuple((e.id, e.name) for e in ob.owners) or ob.owner_unconfirmed
        owners = owner_cells.get(key)
        if owners is None:
            owners = owner_cells[key] = owners_list(ob, labels)
        key = _due_key(ob)
        when = due_cells.get(key)
        if when is None:
            when = due_cells[key] = _due(key, words)
        key = _badge_key(ob, today, expiring_days)
        badge = badges.get(key)
        if badge is None:
            badge = badges[key] = _badge(key, labels)
        out.append(
            f"\n    <tr>\n      {resolution}\n"
            f'      <td data-label="{l_para}"><a href="{url}" aria-label="'
            f'{label}">{number}</a></td>\n'
            f'      <td class="obligation-text" data-label="{l_ob}">\n'
            f'        <span class="kind">{kind}</span>\n'
            f'        <a class="obligation-link" href="{url}">{text}</a>\n'
            f"        {deadline}\n"
            f"      </td>\n"
            f'      <td data-label="{l_owners}">{owners}</td>\n'
            f'      <td class="text-nowrap" data-label="{l_due}">{when}</td>\n'
            f'      <td data-label="{l_status}">{badge}</td>\n'
            f"    </tr>\n  ")
    return Markup("".join(out))  # noqa: S704 (every value escaped above)


def paragraph_block(node: Any, today: dt.date, depth: int = 0) -> Markup:
    """A resolution page's paragraph (``dashboards.ParagraphNode``) as the ``<li>`` of
    ``dashboards/_resolution_body.html``: its number, its words and the footnotes it cites, each of
    its obligations' status, kind, due date, owners, session, items and link, then its
    sub-paragraphs the same way. Written as a Jinja macro it cost ≈ 75 µs a paragraph (a macro
    call and a context a paragraph, five macro calls, four translated strings and ≈ 25 context
    calls an obligation); the HTML is the macro's, byte for byte (``tests/web/test_paragraph_block.py``
    compares the two)."""
    labels = translated_labels()
    out: list[str] = []
    _paragraph(node, today, depth, labels, links(), int(current_app.config["MANDATE_EXPIRING_DAYS"]), out)
    return Markup("".join(out))  # noqa: S704 (every value escaped below)


def _paragraph(node: Any, today: dt.date, depth: int, labels: dict[str, Any], found: Any,
               expiring_days: int, out: list[str]) -> None:
    words, kinds = labels["CELL_WORDS"], labels["KIND_LABELS"]
    p = node.paragraph
    # a paragraph printed without a number shows none (A/RES/76/240 C): its place is where it is
    number = escaped(p.number)
    shown = "" if p.unnumbered and depth == 0 else (f"{number}." if depth == 0 else f"({number})")
    footnote = words["footnote"]
    notes = "".join(f'<sup><a href="#fn-{escaped(fn.marker)}" aria-label="{footnote % {"m": fn.marker}}">'
                    f"{escaped(fn.marker)}</a></sup>" for fn in node.footnotes)
    out.append(f'\n<li id="{escaped(p.eid)}" class="paragraph depth-{depth}">\n'
               '  <div class="paragraph-row">\n'
               '    <div class="paragraph-text">\n'
               f'      <span class="number">{shown}</span>\n'
               f"      {escaped(node.lead)}\n"
               f"      {notes}\n"
               "    </div>\n    ")
    if node.obligations:
        in_number = shown_number(p.number, p.unnumbered)
        label = words["obligation_for"] % {"n": in_number}
        out.append(f'\n    <aside class="paragraph-status" aria-label="{label}">\n      ')
        in_words = words["paragraph_n"] % {"n": in_number}
        see = f'{words["details"]}<span class="visually-hidden"> ({in_words})</span>'
        for ob in node.obligations:
            session = ""
            if ob.deadline_body:
                where = session_link(ob.deadline_body, ob.deadline_session)
                session = f'<span class="d-block small">{where}</span>'
            items = ""
            if ob.items:
                done = sum(1 for item in ob.items if item.is_done)
                items_done = ngettext("%(done)d of %(num)d item done", "%(done)d of %(num)d items done",
                                      len(ob.items), done=done)
                items = f'<span class="d-block small">{items_done}</span>'
            out.append(
                '\n      <div class="mb-1">\n'
                f"        {_badge(_badge_key(ob, today, expiring_days), labels)}\n"
                f'        <span class="d-block small">{escaped(kinds.get(ob.kind, ob.kind))} · '
                f"{_due(_due_key(ob), words)}</span>\n"
                f'        <span class="d-block small">{owners_list(ob, labels)}</span>\n'
                f"        {session}\n"
                f"        {items}\n"
                f'        <a class="d-block small" href="{escaped(found.obligation(ob.id))}">{see}</a>\n'
                "      </div>\n      ")
        out.append("\n    </aside>\n    ")
    out.append("\n  </div>\n  ")
    if node.children:
        out.append('\n  <ol class="list-unstyled subparagraphs">\n    ')
        for child in node.children:
            _paragraph(child, today, depth + 1, labels, found, expiring_days, out)
        out.append("\n  </ol>\n  ")
    out.append("\n</li>\n")


def document_link(symbol: str) -> Markup:
    """A document's symbol, a link to the UN's copy of it (``DOCUMENT_URL``, the symbol quoted as
    Jinja's ``urlencode`` quotes it): ``_ui.html``'s ``document_link`` and a resolution page's
    documents cited, written once each instead of a macro call each."""
    href = current_app.config["DOCUMENT_URL"].replace("{symbol}", do_urlencode(symbol))
    return Markup(f'<a href="{escaped(href)}" rel="external noopener">{escaped(symbol)}</a>')  # noqa: S704


#: what the templates call (``Markup``: written here, escaped here)
CELLS = {
    "status_badge_cell": lambda ob, today: Markup(status_badge(ob, today)),  # noqa: S704
    "due_cell": lambda ob: Markup(due(ob)),  # noqa: S704
    "session_link_cell": lambda body, number: Markup(session_link(body, number)),  # noqa: S704
    "owners_cell": lambda ob: Markup(owners_list(ob)),  # noqa: S704
    "obligation_rows": obligation_rows,
    "paragraph_block": paragraph_block,
    "document_link_cell": document_link,
}
