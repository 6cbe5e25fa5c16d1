"""The dashboards' row links, a pager's links and a search's downloads are built without ``url_for``
per link, and are the same strings."""

from __future__ import annotations

import re

from flask import url_for

from tests.factories import gen_obligation, gen_resolution
from tracker.web.dashboards.links import links
from tracker.web.urls import PageLinks, export_links


def test_links_are_what_url_for_gives(app):
    symbols = ["A/RES/71/19", "S/RES/2682 (2023)", "A/HRC/RES/56/16", "E/RES/2025/1", "x y#?%é"]
    for script_root in ("", "/tracker"):
        with app.test_request_context("/", base_url=f"http://localhost{script_root}"):
            made = links()
            for symbol in symbols:
                assert made.resolution(symbol) == url_for("dashboards.resolution", symbol=symbol)
            assert made.owner(42) == url_for("dashboards.owner", entity_id=42)
            assert made.session("GA", 81) == url_for("dashboards.session", body="GA", number=81)
            assert made.obligation(7) == url_for("officer.obligation", obligation_id=7)


def test_a_pager_s_links_are_what_url_for_gives(app):
    """``PageLinks`` builds one URL a pager and puts each page's number in it: the same strings as
    ``url_for`` per page, whatever the filter's values hold (a ``?``, ``page=``, the mark itself)."""
    filters = [
        {},
        {"q": "implementation", "body": "GA", "status": ["not_started", "in_progress"]},
        {"q": "?page=__page__&page=2", "symbol": "A/RES/79/"},
        {"q": "été & x=page=1 #?", "due_from": "2026-01-01"},
    ]
    for script_root in ("", "/tracker"):
        with app.test_request_context("/", base_url=f"http://localhost{script_root}"):
            for args in filters:
                for endpoint, path_args in (("dashboards.search", {}), ("dashboards.owner", {"entity_id": 7}),
                                            ("dashboards.session", {"body": "GA", "number": 81})):
                    values = dict(args, **path_args)  # as the pages pass them (session.html)
                    made = PageLinks(endpoint, values)
                    for page in (1, 2, 9, 10, 123):
                        assert made(page) == url_for(endpoint, page=page, **values)


def test_a_search_page_s_pager_asks_url_for_once(app, client, db_factory, monkeypatch):
    """Eight page links (previous, six pages, next) from one ``url_for``, not one each."""
    with db_factory.begin() as db:
        res = gen_resolution(db, "A/RES/79/100", session=79)
        for i in range(50 * 12):
            gen_obligation(db, res, text=f"Requests a report on item {i};", number=str(i + 1))
    built: list[dict] = []
    url_for_of_the_app = app.url_for

    def counted(endpoint, **values):
        if endpoint == "dashboards.search" and "page" in values:
            built.append(values)
        return url_for_of_the_app(endpoint, **values)

    monkeypatch.setattr(app, "url_for", counted)  # flask.url_for's
    monkeypatch.setitem(app.jinja_env.globals, "url_for", counted)  # the templates'
    html = client.get("/search?q=report&page=6").get_data(as_text=True)
    pages = re.findall(r'class="page-link"(?: rel="\w+")? href="/search\?page=(\d+)&amp;q=report"', html)
    assert pages == ["5", "3", "4", "5", "7", "8", "9", "7"]
    assert len(built) == 1


def test_a_search_s_downloads_are_what_url_for_gives(app):
    filters = [
        {},
        {"q": "implementation", "body": "GA", "status": ["not_started", "in_progress"]},
        {"q": "été & x=page=1 #?", "due_from": "2026-01-01", "symbol": "A/RES/79/"},
    ]
    for script_root in ("", "/tracker"):
        with app.test_request_context("/", base_url=f"http://localhost{script_root}"):
            for args in filters:
                assert export_links(args) == (url_for("feeds.obligations_csv", **args),
                                              url_for("feeds.obligations_xlsx", **args))


def test_a_search_page_s_downloads_write_the_filter_once(app, client, db_factory, monkeypatch):
    with db_factory.begin() as db:
        gen_obligation(db, gen_resolution(db, "A/RES/79/100", session=79), text="Requests a report;")
    built: list[str] = []
    url_for_of_the_app = app.url_for

    def counted(endpoint, **values):
        if endpoint.startswith("feeds.obligations_") and any(not k.startswith("_") for k in values):
            built.append(endpoint)
        return url_for_of_the_app(endpoint, **values)

    monkeypatch.setattr(app, "url_for", counted)  # flask.url_for's
    monkeypatch.setitem(app.jinja_env.globals, "url_for", counted)  # the templates'
    html = client.get("/search?q=report&status=not_started").get_data(as_text=True)
    assert 'href="/exports/obligations.csv?status=not_started&amp;q=report" download' in html
    assert 'href="/exports/obligations.xlsx?status=not_started&amp;q=report" download' in html
    assert built == ["feeds.obligations_csv"]
