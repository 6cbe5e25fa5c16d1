"""The rows of the tables the overview repeats (progress per owner or per resolution, the mandate
panels' lists, the sessions and the months), written in Python.

As Jinja each row cost a loop step, an attribute look-up and an escape per value and, for the
progress tables, a macro call (the meter) making a context: ≈ 100 rows a request. The macros of
``dashboards/_macros.html`` (``progress_table``, ``mandate_list``) and the overview's body call
these; the headers, captions and words stay in the templates, which translate them once per table
and pass them in (already translated, marked safe, as a template's ``_()`` gives them). The bytes
are those the Jinja wrote (``tests/web/test_overview_blocks.py`` keeps that Jinja and compares),
values escaped as Jinja's autoescape escapes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import current_app
from jinja2.filters import do_truncate
from markupsafe import Markup

from tracker.web.dashboards.cells import escaped, row_words
from tracker.web.dashboards.links import links
from tracker.web.formatting import shown_number, udate

#: a resolution's title in a progress table, and a mandate's text in a panel, are cut to this
#: many characters (Jinja's ``truncate``: at a word, "..." added)
TITLE_LENGTH = 90
MANDATE_TEXT_LENGTH = 160


def progress_rows(rows: Sequence[Any], kind: str, labels: Sequence[str]) -> Markup:
    """The ``<tr>`` of each ``Progress`` of a ``progress_table``: an owner (``kind == "owner"``) or
    a resolution with its title, its counts and its meter; ``labels`` are the column names
    (total, completed, open, overdue, progress)."""
    l_total, l_completed, l_open, l_overdue, l_progress = (escaped(label) for label in labels)
    found, env = links(), current_app.jinja_env
    out = []
    for p in rows:
        if kind == "owner":
            head = f'\n          <a href="{escaped(found.owner(p.key))}">{escaped(p.label)}</a>\n        '
        else:
            title = escaped(do_truncate(env, p.extra["title"], TITLE_LENGTH))
            head = (f'\n          <a href="{escaped(found.resolution(p.label))}">{escaped(p.label)}</a>\n'
                    '          <span class="d-block small fw-normal text-body-secondary">'
                    f"{title}</span>\n        ")
        overdue = f'<strong class="text-overdue">{p.overdue}</strong>' if p.overdue else "0"
        percent = p.percent_completed
        out.append(
            f'\n    <tr>\n      <th scope="row">\n        {head}\n      </th>\n'
            f'      <td class="text-end" data-label="{l_total}">{p.total}</td>\n'
            f'      <td class="text-end" data-label="{l_completed}">{p.completed}</td>\n'
            f'      <td class="text-end" data-label="{l_open}">{p.open}</td>\n'
            f'      <td class="text-end" data-label="{l_overdue}">'
            f"{overdue}</td>\n"
            f'      <td class="progress-cell" data-label="{l_progress}">'
            f'<meter class="progress-meter" min="0" max="100" value="{percent}" aria-label="{l_completed}">'
            f"{percent}%</meter>\n"
            f'  <span class="small">{percent}%</span></td>\n'
            f"    </tr>\n  ")
    return Markup("".join(out))  # noqa: S704 (every value escaped above)


def mandate_list(items: Sequence[Any], empty: str, para: str) -> Markup:
    """A mandate panel's list (``MandateRow``s): each mandate's end, where it is written and what it
    asks, cut; ``empty`` when there is none. ``para`` is the translated "para."."""
    if not items:
        return Markup(  # noqa: S704 (escaped)
            '\n<ul class="list-unstyled mandate-list">\n\n'
            f'  <li class="text-body-secondary">{escaped(empty)}</li>\n\n</ul>\n')
    found, env = links(), current_app.jinja_env
    para = escaped(para)
    out = []
    for ob in items:
        text = row_words(env, ob, MANDATE_TEXT_LENGTH)
        out.append(
            f'\n  <li class="mb-2">\n'
            f'    <time datetime="{escaped(ob.expires_on.isoformat())}" class="fw-semibold">'
            f"{escaped(udate(ob.expires_on, 'd MMM y'))}</time> ·\n"
            f'    <a href="{escaped(found.resolution(ob.symbol))}#{escaped(ob.eid)}">'
            f"{escaped(ob.symbol)} {para} {escaped(shown_number(ob.paragraph_number, ob.unnumbered))}</a>\n"
            f'    <span class="d-block small">{text}</span>\n  </li>\n')
    return Markup(f'\n<ul class="list-unstyled mandate-list">\n{"".join(out)}\n</ul>\n')  # noqa: S704 (escaped)


def session_rows(sessions: Sequence[Any], empty: str) -> Markup:
    """The overview's "By session" rows (``SessionSummary``s): a link to the session, its opening,
    what is due at it, its reports, what is open and overdue; ``empty`` when none has work left."""
    if not sessions:
        return Markup(f'\n      <tr><td colspan="6">{escaped(empty)}</td></tr>\n    ')  # noqa: S704 (escaped)
    found = links()
    out = []
    for s in sessions:
        progress = s.progress
        opens = escaped(udate(s.dates.opens_on)) if s.dates else ""
        out.append(
            f'\n      <tr>\n        <th scope="row"><a href="{escaped(found.session(s.body, s.session))}">'
            f"{escaped(s.body)} {s.session}</a></th>\n"
            f"        <td>{opens}</td>\n"
            f'        <td class="text-end">{progress.total}</td>\n'
            f'        <td class="text-end">{s.reports}</td>\n'
            f'        <td class="text-end">{progress.open}</td>\n'
            f'        <td class="text-end">{progress.overdue}</td>\n'
            f"      </tr>\n    ")
    return Markup("".join(out))  # noqa: S704 (every value escaped above)


def month_rows(months: Sequence[Any], search_url: str) -> Markup:
    """The rows under the overview's deadlines chart (``MonthBucket``s): each month a link to its
    obligations, then overdue, open, done and ongoing."""
    search_url = escaped(search_url)
    out = []
    for b in months:
        first = b.first_day
        out.append(
            f'\n        <tr><th scope="row"><a href="{search_url}?due_from={escaped(first.isoformat())}'
            f'&amp;due_to={escaped(b.last_day.isoformat())}">{escaped(udate(first, "MMMM y"))}</a></th>\n'
            f'          <td class="text-end">{b.overdue}</td><td class="text-end">{b.open}</td>'
            f'<td class="text-end">{b.done}</td><td class="text-end">{b.ongoing}</td></tr>\n      ')
    return Markup("".join(out))  # noqa: S704 (every value escaped above)


class CountLinks:
    """The overview's numbers, each a link to the list it counts (``count_link(key, value, name)``
    in its body: ``key`` names the list's href, ``name`` the ``data-count``). As a Jinja macro each
    of its 19 numbers cost a macro call making a context; the bytes are the macro's, values escaped
    as Jinja's autoescape escapes them."""

    __slots__ = ("hrefs",)

    def __init__(self, hrefs: dict[str, str]) -> None:
        self.hrefs = hrefs

    def __call__(self, key: str, value: Any, name: str) -> Markup:
        return Markup(  # noqa: S704 (every value escaped here)
            f'<a href="{escaped(self.hrefs[key])}" data-count="{escaped(name)}">{escaped(value)}</a>')


#: what the templates call
TABLES = {
    "progress_rows": progress_rows,
    "mandate_list_html": mandate_list,
    "session_rows": session_rows,
    "month_rows": month_rows,
}
