"""Tidy URLs: a GET form's empty fields do not travel in the address that is bookmarked or shared."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import redirect, request


def drop_empty_args():
    """A redirect to the same page without its empty query parameters, or None if there are none.

    ``tracker.js`` drops them before the form is sent; this catches the same without JavaScript."""
    args = request.args
    if not any(value == "" for _key, value in args.items(multi=True)):
        return None
    query = urlencode([(k, v) for k, v in args.items(multi=True) if v != ""])
    return redirect(request.path + (f"?{query}" if query else ""), 302)
