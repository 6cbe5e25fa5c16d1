"""The dashboard pages: render, agree with the database, stay within a fixed number of queries,
speak French, follow and unfollow with CSRF, and honour DASHBOARDS_REQUIRE_LOGIN."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tests.statements import sent_statements
from tracker.models import Obligation, Paragraph, Resolution, Subscription
from tracker.services import search as search_service
from tracker.web.dashboards.views import set_cache_seconds

TODAY = dt.date(2026, 8, 1)


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


def _seed(db_factory, n_resolutions=3, per_resolution=4):
    with db_factory.begin() as db:
        owners = [gen_entity(db, f"Owner {i}") for i in range(4)]
        first = None
        for i in range(n_resolutions):
            res = gen_resolution(
                db,
                f"A/RES/79/{100 + i}",
                session=79,
                adopted_on=dt.date(2024, 12, 1 + i % 28),
                title=f"Cooperation on subject {i}",
            )
            db.add(
                Paragraph(
                    resolution=res,
                    kind="preambular",
                    number="1",
                    eid="pmbl_1",
                    position=0,
                    text="Recalling its resolution 71/19,",
                )
            )
            first = first or res
            for j in range(per_resolution):
                gen_obligation(
                    db,
                    res,
                    owners=[owners[(i + j) % 4]],
                    text=f"Requests the Secretary-General to submit a report on item {j};",
                    status=("not_started", "in_progress", "completed", "ongoing")[j % 4],
                    due_on=TODAY + dt.timedelta(days=40 * j - 60) if j % 4 != 3 else None,
                    deadline_body="GA",
                    deadline_session=81,
                    deadline_text="at its eighty-first session",
                )
        return first.symbol, owners[0].id


def _pages(symbol, owner_id):
    return [
        "/",
        f"/resolutions/{symbol}",
        f"/owners/{owner_id}",
        "/sessions/GA/81",
        "/timeline",
        "/timeline?group=owner",
        "/search",
        "/search?q=report&status=not_started&status=in_progress&body=GA",
        "/search?overdue=1&due_within=90&kind=report&symbol=A/RES/79/",
    ]


def test_every_page_renders(client, db_factory):
    symbol, owner_id = _seed(db_factory)
    for url in _pages(symbol, owner_id):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.get_data(as_text=True)
        assert "<main" in html, url
        # no inline script and nothing from elsewhere: only the app's own enhancement file
        scripts = re.findall(r"<script[^>]*>", html)
        assert scripts == ['<script src="/static/tracker.js" defer>'], (url, scripts)
    assert client.get("/resolutions/A/RES/1/1").status_code == 404
    assert client.get("/owners/999999").status_code == 404
    assert client.get("/sessions/SC/1").status_code == 404
    assert client.get("/sessions/ga/81").status_code == 301


def test_resolution_page_shows_the_document(client, db_factory):
    symbol, _owner = _seed(db_factory, n_resolutions=1)
    html = client.get(f"/resolutions/{symbol}").get_data(as_text=True)
    assert "Cooperation on subject 0" in html
    assert "<details" in html and "Recalling its resolution 71/19" in html  # the preamble, collapsed
    assert html.count('class="paragraph depth-0"') == 4
    assert "status-not_started" in html and "status-completed" in html
    assert 'href="/sessions/GA/81"' in html


def _count(client, url):
    """The statements of a request that finds no shares kept (``search._SHARES``): the most a
    request of ``url`` sends."""
    search_service._SHARES.clear()
    with sent_statements(client.application.extensions["tracker"].engine) as statements:
        assert client.get(url).status_code == 200, url
    return len(statements)


def test_queries_per_page_do_not_grow_with_the_data(client, db_factory):
    symbol, owner_id = _seed(db_factory, n_resolutions=5, per_resolution=10)
    small = {url: _count(client, url) for url in _pages(symbol, owner_id)}
    with db_factory.begin() as db:
        owner_entities = [gen_entity(db) for _ in range(3)]
        for _ in range(45):
            res = gen_resolution(db, session=80)
            for j in range(10):
                gen_obligation(
                    db,
                    res,
                    owners=[owner_entities[j % 3]],
                    due_on=TODAY + dt.timedelta(days=j * 9),
                    deadline_body="GA",
                    deadline_session=81 + j % 2,
                )
    large = {url: _count(client, url) for url in _pages(symbol, owner_id)}
    assert large == small
    assert max(small.values()) <= 15


def test_overview_statements_do_not_grow_with_the_register(client, db_factory):
    """The overview's statements are the same in number on a register with nothing in its panels
    and on one with mandates expiring and expired (renewed ones too), more owners than the table
    shows, more sessions and resolutions, and imports under review: none is run per panel that has
    rows, per owner, per session or per resolution. The read cache is off (what the first visitor
    after a write pays)."""
    set_cache_seconds(client.application, 0)
    _seed(db_factory, n_resolutions=2)
    client.get("/")  # one-time start-up statements are not counted
    small = _count(client, "/")
    with db_factory.begin() as db:
        owners = [gen_entity(db) for _ in range(14)]
        for i in range(12):
            res = gen_resolution(db, session=70 + i, adopted_on=dt.date(2025, 1 + i, 3),
                                 published=i % 4 != 0)
            for j in range(6):
                ends = TODAY + dt.timedelta(days=(-200, -20, 10, 60, 400, 800)[j])
                mandate = gen_obligation(db, res, kind="mandate", action="decides", expires_on=ends,
                                         owners=[owners[(i + j) % 14]])
                gen_obligation(db, res, owners=[owners[(i + j + 1) % 14], owners[(i + j + 2) % 14]],
                               status=("not_started", "in_progress", "completed")[j % 3],
                               due_on=TODAY + dt.timedelta(days=30 * j - 90),
                               deadline_body=("GA", "HRC")[j % 2], deadline_session=80 + i % 5)
            if i % 3 == 1:
                mandate.renewed_by = gen_obligation(db, res, kind="mandate", action="decides",
                                                    expires_on=TODAY + dt.timedelta(days=700))
    large = _count(client, "/")
    html = client.get("/").get_data(as_text=True)
    for panel in ("mandates-expiring", "mandates-expired"):  # both panels list mandates now
        listed = html.split(f'data-panel="{panel}"', 1)[1].split("</ul>", 1)[0]
        assert "<time" in listed, panel
    assert large == small


def test_overview_reads_each_statements_rows_in_one_fetch(client, db_factory, monkeypatch):
    """The overview's statements give their rows all at once (``DayStatement.rows``: one
    ``fetchall`` each), not one row at a time through SQLAlchemy's fetch strategy and the driver's
    ``fetchone`` as iterating a result does: its numbers, owners, months, recent resolutions,
    mandate panels and calendar are a few hundred rows on a large register."""
    from sqlalchemy.engine.cursor import CursorFetchStrategy

    set_cache_seconds(client.application, 0)
    _seed(db_factory, n_resolutions=4)
    client.get("/")
    fetched = []
    one_row = CursorFetchStrategy.fetchone

    def counted(self, result, dbapi_cursor, hard_close=False):
        fetched.append(1)
        return one_row(self, result, dbapi_cursor, hard_close)

    monkeypatch.setattr(CursorFetchStrategy, "fetchone", counted)
    assert client.get("/").status_code == 200
    assert fetched == []


def test_overview_and_pages_find_their_kept_statements_without_hashing_them(client, db_factory, monkeypatch):
    """The overview's statements, a resolution page's and a page of the API's, built once and kept,
    are found compiled by the statement (``tracker.db.KeptCompiled``), not in the engine's cache by
    the value of their cache key, which SQLAlchemy hashes at every execution (a tuple of the whole
    expression tree: 5-50 µs a statement): the engine's cache is asked only for statements built
    per request (the calendar's, ``/healthz``'s)."""
    from sqlalchemy.util import LRUCache

    set_cache_seconds(client.application, 0)
    _seed(db_factory, n_resolutions=4)
    pages = ("/", "/resolutions/A/RES/79/100", "/api/v1/obligations?per_page=5", "/search?q=cooperation")
    for page in pages:  # compiled once
        assert client.get(page).status_code == 200
    asked: list[str] = []
    engine_cache = client.application.extensions["tracker"].engine._compiled_cache
    found = LRUCache.get

    def counted(self, key, default=None):
        if self is engine_cache:
            asked.append(type(key[1]).__name__)
        return found(self, key, default)

    monkeypatch.setattr(LRUCache, "get", counted)
    for page in pages:
        asked.clear()
        assert client.get(page).status_code == 200
        assert len(asked) <= (1 if page == "/" else 0), (page, asked)  # the overview: its calendar's


def test_overview_numbers_match_the_database(client, db_factory, db):
    _seed(db_factory, n_resolutions=4)
    html = client.get("/").get_data(as_text=True)

    def shown(name):
        return int(re.search(rf'data-count="{name}">(\d+)<', html).group(1))

    published = select(Obligation).join(Resolution).where(
        Resolution.published_at.is_not(None), Obligation.kind.in_(["report", "action", "agenda"]))
    overdue = db.scalar(
        select(func.count()).select_from(
            published.where(
                Obligation.due_on < TODAY, Obligation.status.in_(["not_started", "in_progress"])
            ).subquery()
        )
    )
    due30 = db.scalar(
        select(func.count()).select_from(
            published.where(
                Obligation.due_on.between(TODAY, TODAY + dt.timedelta(days=30)),
                Obligation.status.in_(["not_started", "in_progress"]),
            ).subquery()
        )
    )
    completed = db.scalar(
        select(func.count()).select_from(published.where(Obligation.status == "completed").subquery())
    )
    assert shown("overdue") == overdue > 0
    assert shown("due30") == due30
    assert shown("completed") == completed > 0
    for status in ("not_started", "in_progress", "completed", "ongoing", "not_applicable"):
        n = db.scalar(
            select(func.count()).select_from(published.where(Obligation.status == status).subquery())
        )
        assert shown(f"status-{status}") == n
    assert "GA 81" in html and "reports due" in html


def test_search_filters_live_in_the_url_and_page(client, db_factory):
    _seed(db_factory, n_resolutions=15, per_resolution=4)  # 60 obligations: two pages of 50
    page1 = client.get("/search").get_data(as_text=True)
    assert "Showing 1–50 of 60" in page1 and 'rel="next"' in page1
    page2 = client.get("/search?page=2").get_data(as_text=True)
    assert "Showing 51–60 of 60" in page2
    filtered = client.get("/search?status=completed&q=report").get_data(as_text=True)
    assert "15 obligations found" in filtered
    assert 'id="f-status-completed" name="status" value="completed" checked' in filtered
    for label_for in (
        "f-q",
        "f-symbol",
        "f-body",
        "f-session",
        "f-kind",
        "f-due-within",
        "f-due-from",
        "f-due-to",
        "f-overdue",
    ):
        assert f'for="{label_for}"' in filtered and f'id="{label_for}"' in filtered


def test_french(client, db_factory):
    _seed(db_factory, n_resolutions=1)
    html = client.get("/", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert '<html lang="fr"' in html
    assert "En retard" in html and "Échéances dans le temps" in html
    search = client.get("/search", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "4 obligations trouvées" in search  # French plural forms (three in CLDR) are all filled


def _login(client, user_id):
    from flask_login.utils import _create_identifier

    from tracker.models import User
    from tracker.web.login import LoginUser

    with client.application.test_request_context(environ_base=client.environ_base):
        identifier = _create_identifier()  # "strong" session protection compares it
        with client.application.extensions["tracker"].sessionmaker() as db:
            session_id = LoginUser(db.get(User, user_id)).get_id()  # bound to the password
    with client.session_transaction() as sess:
        sess["_user_id"] = session_id
        sess["_fresh"] = True
        sess["_id"] = identifier


def _csrf(html):
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_follow_and_unfollow(client, db_factory, db):
    symbol, owner_id = _seed(db_factory, n_resolutions=1)
    with db_factory.begin() as s:
        user_id = gen_user(s, "delegation@example.org", role="delegation").id
    assert client.get("/following").status_code in (302, 401)
    page = client.get(f"/resolutions/{symbol}").get_data(as_text=True)
    assert "Follow</button>" not in page  # anonymous: no button
    _login(client, user_id)
    page = client.get(f"/resolutions/{symbol}").get_data(as_text=True)
    assert "Follow</button>" in page
    res_id = db.scalar(select(Resolution.id).where(Resolution.symbol == symbol))

    no_token = client.post("/following/follow", data={"target": "resolution", "id": res_id})
    assert no_token.status_code == 400  # CSRF
    token = _csrf(page)
    for data in (
        {"target": "resolution", "id": res_id},
        {"target": "entity", "id": owner_id},
        {"target": "session", "body": "GA", "number": 81},
        {"target": "resolution", "id": res_id},
    ):
        response = client.post(
            "/following/follow", data={**data, "csrf_token": token, "next": f"/resolutions/{symbol}"}
        )
        assert response.status_code == 302 and response.headers["Location"].endswith(f"/resolutions/{symbol}")
    assert db.scalar(select(func.count()).select_from(Subscription)) == 3
    board = client.get("/following").get_data(as_text=True)
    assert symbol in board and "Owner 0" in board and "GA 81" in board
    assert "Unfollow</button>" in client.get(f"/resolutions/{symbol}").get_data(as_text=True)

    evil = client.post(
        "/following/unfollow",
        data={"target": "session", "body": "GA", "number": 81, "csrf_token": token, "next": "//evil.example"},
    )
    assert evil.headers["Location"].endswith("/following")
    assert db.scalar(select(func.count()).select_from(Subscription)) == 2
    assert (
        client.post(
            "/following/follow", data={"target": "entity", "id": 999999, "csrf_token": token}
        ).status_code
        == 404
    )


def test_dashboards_can_require_login(app, client, db_factory):
    _seed(db_factory, n_resolutions=1)
    assert client.get("/").status_code == 200
    app.config["DASHBOARDS_REQUIRE_LOGIN"] = True
    for url in ("/", "/search", "/timeline", "/resolutions/A/RES/79/100"):
        response = client.get(url)
        assert response.status_code in (302, 401), url
        if response.status_code == 302:
            assert "/login" in response.headers["Location"]
    with db_factory.begin() as s:
        user_id = gen_user(s, role="delegation").id
    _login(client, user_id)
    assert client.get("/").status_code == 200
    assert client.get("/healthz").status_code == 200  # only the dashboards are closed


def test_cached_overview_and_search_follow_every_commit(client, db_factory, db):
    from sqlalchemy import update

    _seed(db_factory, n_resolutions=2)

    def completed():
        html = client.get("/").get_data(as_text=True)
        return int(re.search(r'data-count="completed">(\d+)<', html).group(1))

    def found():
        html = client.get("/search?status=completed").get_data(as_text=True)
        return int(re.search(r"(\d+) obligations? found", html).group(1))

    before, found_before = completed(), found()
    assert completed() == before  # served from the cache
    assert client.application.extensions["dashboards_cache"].hits >= 1
    with db_factory.begin() as s:  # an ORM change
        ob = s.scalars(select(Obligation).where(Obligation.status == "not_started")).first()
        ob.status = "completed"
    assert completed() == before + 1 and found() == found_before + 1
    with db_factory.begin() as s:  # a bulk UPDATE through a session
        s.execute(update(Obligation).where(Obligation.status == "in_progress").values(status="completed"))
    in_progress = db.scalar(
        select(func.count()).select_from(Obligation).where(Obligation.status == "completed")
    )
    assert completed() == in_progress == found()


#: another web process of the same ``tracker serve --workers``: slot 2 of the shared counts, one
#: obligation completed through an ORM session and committed
_OTHER_WORKER = """
import sys
from sqlalchemy import select
from sqlalchemy.orm import Session
from tracker.db import make_engine
from tracker.models import Obligation
from tracker.services.readcache import share_generations

share_generations(int(sys.argv[2]), 2)
engine = make_engine(sys.argv[1])
with Session(engine) as s, s.begin():
    s.scalars(select(Obligation).where(Obligation.status == "not_started")).first().status = "completed"
engine.dispose()
"""


def test_cached_overview_follows_a_commit_of_another_worker(client, db_factory, engine, monkeypatch):
    """The processes of ``tracker serve --workers`` share their commits' counts: a write committed
    in another worker empties this one's cache before its next read, not after the cache period."""
    import os
    import subprocess
    import sys

    from tracker.services import readcache
    from tracker.web.workers import shared_memory

    _seed(db_factory, n_resolutions=2)
    monkeypatch.setattr(readcache, "_shared", None)  # this process's sharing ends with the test
    shared = shared_memory(3)
    try:
        readcache.share_generations(shared, 1)

        def completed():
            html = client.get("/").get_data(as_text=True)
            return int(re.search(r'data-count="completed">(\d+)<', html).group(1))

        before = completed()
        assert completed() == before and client.application.extensions["dashboards_cache"].hits >= 1
        done = subprocess.run(
            [sys.executable, "-c", _OTHER_WORKER, engine.url.render_as_string(hide_password=False),
             str(shared)], pass_fds=(shared,), capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert completed() == before + 1
    finally:
        os.close(shared)


def test_overview_count_and_month_links_are_those_url_for_gives(app, client, db_factory):
    """The count links are built once per application and script root, the months' from the
    search page's URL: each is the string ``url_for`` gives, under a script root too."""
    from flask import url_for

    from tracker.services.summary import summary_links

    _seed(db_factory)
    set_cache_seconds(app, 0)  # the page's HTML is cached per language and day, not per script root
    for root in ("", "/tracker"):
        html = client.get("/", environ_overrides={"SCRIPT_NAME": root}).get_data(as_text=True)
        with app.test_request_context("/", environ_overrides={"SCRIPT_NAME": root}):
            hrefs = {key: url_for("dashboards.search", **args) for key, args in summary_links().items()}
            month = url_for("dashboards.search", due_from="2026-08-01", due_to="2026-08-31")
        for name, key in (("tracked", "tracked"), ("overdue", "overdue"), ("due90", "due_within_90"),
                          ("status-in_progress", "status:in_progress"), ("kind-agenda", "kind:agenda"),
                          ("mandates-renewed", "mandate:renewed")):
            assert f'<a href="{hrefs[key].replace("&", "&amp;")}" data-count="{name}">' in html, (root, name)
        assert hrefs["tracked"].startswith(f"{root}/search?")
        assert f'<a href="{month.replace("&", "&amp;")}">' in html, root


def test_a_session_page_speaks_of_its_dates_in_the_tense_of_today(client, db_factory):
    """On 1 August 2026 the GA's seventy-ninth session has closed, the eightieth is under way, the
    eighty-first is ahead: a session that closed no longer "runs until" its closing day."""
    _seed(db_factory, n_resolutions=1)
    lead = {n: re.search(r'<p class="lead">(.*?)</p>', client.get(f"/sessions/GA/{n}").get_data(as_text=True),
                         re.S).group(1).split() for n in (79, 80, 81)}
    assert " ".join(lead[79]) == "Opened 10 Sep 2024. Closed 8 Sep 2025."
    assert " ".join(lead[80]) == "Opened 9 Sep 2025. Runs until 7 Sep 2026."
    assert " ".join(lead[81]).startswith("Opens 8 Sep 2026. Runs until ")


def test_the_months_chart_says_its_window_and_links_what_fell_due_before_it(client, db_factory):
    """The chart holds the months from six before today to twelve after; an obligation overdue
    since before them counts in the headline's "Overdue" but in no month (in the demo, the Special
    Committee's reports due at its session of February 2024): the overview says how many, and
    links their list, so the chart and the headline agree."""
    with db_factory.begin() as s:
        res = gen_resolution(s)
        for days, status in ((-400, "not_started"), (-200, "in_progress"), (-400, "completed"),
                             (-30, "not_started"), (30, "not_started")):
            gen_obligation(s, res, status=status, due_on=TODAY + dt.timedelta(days=days))
    html = client.get("/").get_data(as_text=True)
    assert "Tracked obligations falling due from February 2026 to August 2027." in html
    assert re.search(r'data-count="overdue">3<', html)
    earlier = re.search(
        r'Overdue since before February 2026: <a href="([^"]+)" data-count="overdue-earlier">(\d+)</a>', html)
    assert earlier and earlier.group(2) == "2"
    listed = client.get(earlier.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert "2 obligations found" in listed

    with db_factory.begin() as s:
        s.execute(Obligation.__table__.update().where(Obligation.due_on < dt.date(2026, 2, 1))
                  .values(status="completed"))
    set_cache_seconds(client.application, 0)
    assert "overdue-earlier" not in client.get("/").get_data(as_text=True)


def test_another_bodys_session_has_a_page_a_feed_an_api_entry_and_may_be_followed(client, db_factory, db):
    """A report due at a commission's session ("to the Commission on Crime Prevention and Criminal
    Justice at its thirty-third session") is listed under "CCPCJ 33" on the overview and in the API's
    sessions: each of those links leads to the session's page, entry and feed, and a delegate may follow it.
    The session counts what falls due at it: not a standing call that names it."""
    with db_factory.begin() as s:
        res = gen_resolution(s, "E/RES/2023/15", body="ECOSOC", session=2023, adopted_on=dt.date(2023, 6, 6))
        for kind, status in (("report", "not_started"), ("exhortation", "ongoing")):
            gen_obligation(s, res, kind=kind, status=status, deadline_body="CCPCJ", deadline_session=33,
                           deadline_text="at its thirty-third session",
                           due_on=dt.date(2024, 5, 13) if kind == "report" else None)
        gen_obligation(s, res, text="Requests the Secretary-General to report to the General Assembly;",
                       deadline_body="GA", deadline_session=81, deadline_text="at its eighty-first session")
        user_id = gen_user(s, "delegation@example.org", role="delegation").id
    overview = client.get("/").get_data(as_text=True)
    assert 'href="/sessions/CCPCJ/33"' in overview
    page = client.get("/sessions/CCPCJ/33")
    assert page.status_code == 200
    assert "Commission on Crime Prevention and Criminal Justice, session 33" in page.get_data(as_text=True)
    assert client.get("/sessions/ccpcj/33").status_code == 301
    entry = client.get("/api/v1/sessions/CCPCJ/33")
    assert entry.status_code == 200
    assert entry.get_json()["label"] == "CCPCJ 33" and entry.get_json()["obligations"] == 1
    listed = client.get("/api/v1/sessions").get_json()["items"]
    assert [(i["body"], i["number"], i["obligations"]) for i in listed] == [("CCPCJ", 33, 1), ("GA", 81, 1)]
    due_there = client.get("/api/v1/obligations?due_body=ccpcj&due_session=33&tracked=1").get_json()
    assert due_there["total"] == 1 and due_there["items"][0]["kind"] == "report"
    searched = client.get("/search?due=CCPCJ-33").get_data(as_text=True)  # the session page's filter form
    assert "to report to the General Assembly" not in searched and "CCPCJ 33" in searched
    feed = client.get("/feeds/sessions/CCPCJ/33.ics")
    assert feed.status_code == 200 and b"Mandates due at CCPCJ 33" in feed.data
    for url in ("/sessions/NOSUCH/1", "/api/v1/sessions/NOSUCH/1", "/sessions/SC/1", "/api/v1/sessions/SC/1",
                "/feeds/sessions/SC/1.ics"):
        assert client.get(url).status_code == 404, url
    _login(client, user_id)
    follow = {"target": "session", "body": "ccpcj", "number": 33, "next": "/sessions/CCPCJ/33"}
    token = _csrf(client.get("/sessions/CCPCJ/33").get_data(as_text=True))
    response = client.post("/following/follow", data={**follow, "csrf_token": token})
    assert response.status_code == 302
    assert db.scalars(select(Subscription.session_body)).all() == ["CCPCJ"]
    assert "CCPCJ 33" in client.get("/following").get_data(as_text=True)


def test_a_bare_deliverables_row_shows_its_paragraphs_text(client, db_factory):
    """A row titled by what the parser gave as the deliverable ("the information") says nothing to a
    delegate: the session's page, the search and the resolution's rows show the paragraph's text;
    a deliverable that says what is delivered titles its row."""
    brief = ("Also requests the Secretary-General to brief the Special Committee at its next session on the "
             "information referred to in paragraph 15 of his report;")  # A/RES/78/111 5
    with db_factory.begin() as s:
        res = gen_resolution(s, "A/RES/78/111", session=78, adopted_on=dt.date(2023, 12, 7))
        gen_obligation(s, res, number="5", text=brief, deliverable="the information", deadline_body="GA",
                       deadline_session=81, deadline_text="at its eighty-first session")
        gen_obligation(s, res, number="7",
                       deliverable="a report on the implementation of the present resolution",
                       deadline_body="GA", deadline_session=81, deadline_text="at its eighty-first session")
    for url in ("/sessions/GA/81", "/search?q=Special+Committee", "/search"):
        page = client.get(url).get_data(as_text=True)
        assert "Also requests the Secretary-General to brief the Special Committee" in page, url
        assert ">the information<" not in page, url
    page = client.get("/sessions/GA/81").get_data(as_text=True)
    assert ">a report on the implementation of the present resolution<" in page


def test_the_timeline_says_what_fell_due_before_its_months(client, db_factory):
    """The timeline opens on the oldest overdue obligation but at most a year back, or on the month
    asked for: an obligation overdue since before its first month is in no cell, so the page says
    how many and links their list (the demo's Special Committee reports of February 2024)."""
    with db_factory.begin() as s:
        res = gen_resolution(s)
        for days, status in ((-400, "not_started"), (-200, "in_progress"), (-400, "completed"),
                             (-30, "not_started"), (30, "not_started")):
            gen_obligation(s, res, status=status, due_on=TODAY + dt.timedelta(days=days))
    pattern = (r'Overdue since before ([A-Z][a-z]+ \d{4}): '
               r'<a href="([^"]+)" data-count="overdue-earlier">(\d+)</a>')
    html = client.get("/timeline").get_data(as_text=True)
    month, href, n = re.search(pattern, html).groups()
    assert (month, n) == ("August 2025", "1")  # twelve months back; the one due 400 days ago is before
    assert "1 obligation found" in client.get(href.replace("&amp;", "&")).get_data(as_text=True)
    month, _href, n = re.search(pattern, client.get("/timeline?from=2026-07").get_data(as_text=True)).groups()
    assert (month, n) == ("July 2026", "2")
    assert "overdue-earlier" not in client.get("/timeline?from=2025-01").get_data(as_text=True)
