"""Tidy URLs: a GET form's empty fields do not travel in the address that is bookmarked or shared;
a pager's links built from one ``url_for``, a search's downloads from one with the filter."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import redirect, request, url_for


def drop_empty_args():
    """A redirect to the same page without its empty query parameters, or None if there are none.

    ``tracker.js`` drops them before the form is sent; this catches the same without JavaScript."""
    args = request.args
    if not any(value == "" for _key, value in args.items(multi=True)):
        return None
    query = urlencode([(k, v) for k, v in args.items(multi=True) if v != ""])
    return redirect(request.path + (f"?{query}" if query else ""), 302)


#: a page number no pager asks for: built into one URL, where each page's number then goes
_PAGE_MARK = "__page__"


class PageLinks:
    """A pager's links: ``url_for(endpoint, page=n, **args)`` for each page ``n``, the same string,
    from one ``url_for`` a pager instead of one a link (≈ 25–30 µs each; a search page's pager has
    up to nine). ``page`` is the first query argument ``url_for`` writes (werkzeug keeps the
    arguments' order), and a query value cannot hold ``page=`` (its ``=`` is quoted), so the first
    ``?page=`` of the URL built with a mark for the number is the pager's."""

    def __init__(self, endpoint: str, args: dict[str, Any]) -> None:
        self.endpoint, self.args = endpoint, args
        url = url_for(endpoint, page=_PAGE_MARK, **args)
        at = url.find(f"?page={_PAGE_MARK}")
        #: the URL around the page's number (None: built by ``url_for`` for each page)
        self.around = None if at < 0 else (url[: at + 6], url[at + 6 + len(_PAGE_MARK):])

    def __call__(self, page: int) -> str:
        if self.around is None:
            return url_for(self.endpoint, page=page, **self.args)
        before, after = self.around
        return f"{before}{int(page)}{after}"


def export_links(args: dict[str, Any]) -> tuple[str, str]:
    """A search's downloads of what it found: ``url_for`` of the CSV and the Excel export with the
    filter's query arguments ``args``, the same strings, the query written once (werkzeug writes a
    URL's query from its arguments alone, and neither export's path takes one: ≈ 25–50 µs a
    ``url_for`` with a filter's arguments, ≈ 8 µs without)."""
    csv = url_for("feeds.obligations_csv", **args)
    _path, mark, query = csv.partition("?")
    return csv, url_for("feeds.obligations_xlsx") + mark + query
