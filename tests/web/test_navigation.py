"""The navigation bar (``tracker.web.navigation``): an anonymous visitor's is rendered once per
page, language and login setting and kept, and is the same as rendered afresh; a signed-in
visitor's is rendered for them every time."""

from __future__ import annotations

import re

from tests.factories import gen_user
from tests.web.test_dashboards import _login

NAV = re.compile(r'<div class="collapse navbar-collapse" id="site-nav">.*?</div>\s*</div>\s*</nav>', re.S)


def _nav(client, path, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200, path
    return NAV.search(response.get_data(as_text=True)).group(0)


def _counting_url_for(app):
    """Calls of the templates' ``url_for`` per endpoint."""
    calls: dict[str, int] = {}
    url_for = app.jinja_env.globals["url_for"]

    def counted(endpoint, *args, **kwargs):
        calls[endpoint] = calls.get(endpoint, 0) + 1
        return url_for(endpoint, *args, **kwargs)

    app.jinja_env.globals["url_for"] = counted
    return calls


def test_an_anonymous_navigation_is_rendered_once_per_page_and_language(app, client):
    calls = _counting_url_for(app)
    first = _nav(client, "/")
    assert _nav(client, "/") == first
    assert _nav(client, "/search") != first  # another page: another item is the current one
    french = _nav(client, "/", **{"Accept-Language": "fr"})
    assert french != first and "Recherche" in french
    assert _nav(client, "/", **{"Accept-Language": "fr"}) == french
    assert calls["dashboards.timeline"] == 3  # /, /search, / in French: not again for a page seen
    assert calls["auth.login"] == 3
    assert 'aria-current="page" href="/"' in first and 'aria-current="page" href="/search"' not in first


def test_the_kept_navigation_is_what_a_fresh_rendering_gives(app, client):
    pages = {path: client.get(path).get_data(as_text=True) for path in ("/", "/search", "/timeline")}
    app.extensions["anonymous_navigation"].clear()
    for path in ("/timeline", "/search", "/"):  # rendered afresh, in another order
        assert client.get(path).get_data(as_text=True) == pages[path], path


def test_the_login_setting_is_part_of_what_is_kept(app, client):
    open_nav = _nav(client, "/login")
    assert 'href="/timeline"' in open_nav
    app.config["DASHBOARDS_REQUIRE_LOGIN"] = True
    closed = _nav(client, "/login")
    assert 'href="/timeline"' not in closed and 'href="/api' in closed


def test_a_signed_in_navigation_is_each_visitors_own(app, client, db_factory):
    with db_factory.begin() as s:
        ada = gen_user(s, "ada@example.org", name="Ada Lovelace", role="officer").id
        bob = gen_user(s, "bob@example.org", name="Bob Brown", role="delegation").id
    anonymous = _nav(client, "/")
    _login(client, ada)
    mine = _nav(client, "/")
    assert "Ada Lovelace" in mine and 'name="csrf_token"' in mine and "My work" in mine
    _login(client, bob)
    theirs = _nav(client, "/")
    assert "Bob Brown" in theirs and "Ada Lovelace" not in theirs and "My work" not in theirs
    token = re.search(r'name="csrf_token" value="([^"]+)"', theirs).group(1)
    client.post("/logout", data={"csrf_token": token})
    assert _nav(client, "/") == anonymous


def test_the_layouts_links_are_built_once_per_script_root(app, client):
    calls = _counting_url_for(app)
    first = client.get("/").get_data(as_text=True)
    for path in ("/", "/search", "/timeline"):
        assert client.get(path).status_code == 200
    assert "static" not in calls  # the layout's static files: built once, not through the templates
    for link in ('<link rel="icon" href="/static/favicon.svg"',
                 '<link rel="stylesheet" href="/static/tracker.css">',
                 '<a class="navbar-brand" href="/">', '<script src="/static/tracker.js" defer>',
                 'href="/bootstrap/static/css/bootstrap.min.css"'):
        assert link in first, link
    assert len(app.extensions["layout_links"]) == 1
    mounted = client.get("/", environ_overrides={"SCRIPT_NAME": "/tracker"}).get_data(as_text=True)
    assert '<link rel="icon" href="/tracker/static/favicon.svg"' in mounted
    assert '<a class="navbar-brand" href="/tracker/">' in mounted
    assert 'href="/tracker/bootstrap/static/css/bootstrap.min.css"' in mounted
    assert len(app.extensions["layout_links"]) == 2
    app.extensions["layout_links"].clear()
    assert client.get("/").get_data(as_text=True) == first  # kept: what a fresh build gives
