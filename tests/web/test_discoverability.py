"""Users find the feeds, exports and API from the pages they read: download links that carry the
search's filters, a resolution's calendar feed and exports, owner and session feeds, a personal
feed page (POST with CSRF), and a navigation that reaches every page a role can use and no other."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tests.web.workspace import PASSWORD, csrf, login
from tracker.models import AuditEntry, User

TODAY = dt.date(2026, 8, 1)


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


@pytest.fixture
def world(db):
    sg = gen_entity(db, "Secretary-General")
    res = gen_resolution(db, "A/RES/79/10", session=79)
    ob = gen_obligation(db, res, owners=[sg], due_on=TODAY + dt.timedelta(days=20),
                   deadline_body="GA", deadline_session=81, deadline_text="at its eighty-first session")
    users = {
        "delegation": gen_user(db, "delegation@mission.org", role="delegation", password=PASSWORD),
        "officer": gen_user(db, "officer@un.org", role="officer", password=PASSWORD, entities=[sg]),
        "importer": gen_user(db, "importer@un.org", role="officer", password=PASSWORD, can_import=True),
        "admin": gen_user(db, "admin@un.org", role="admin", password=PASSWORD),
    }
    db.commit()
    return {"sg": sg, "resolution": res, "users": users, "ob_id": ob.id}


def _hrefs(html: str) -> set[str]:
    return {htmllib.unescape(h) for h in re.findall(r'href="([^"]+)"', html)}


def _nav(html: str) -> str:
    return html[html.index("<nav"):html.index("</nav>")]


def test_search_page_offers_downloads_with_its_filters(client, world):
    html = client.get("/search?status=not_started&status=in_progress&body=GA&q=report").get_data(as_text=True)
    links = [h for h in _hrefs(html) if h.startswith("/exports/obligations.")]
    assert {urlsplit(h).path for h in links} == {"/exports/obligations.csv", "/exports/obligations.xlsx"}
    for link in links:
        args = parse_qs(urlsplit(link).query)
        assert args == {"status": ["not_started", "in_progress"], "body": ["GA"], "q": ["report"]}, link
        assert client.get(link).status_code == 200


def test_resolution_page_links_its_feed_and_exports(client, world):
    html = client.get("/resolutions/A/RES/79/10").get_data(as_text=True)
    hrefs = _hrefs(html)
    for url in ("/feeds/resolutions/A/RES/79/10.ics", "/exports/resolutions/A/RES/79/10.json",
                "/exports/resolutions/A/RES/79/10.akn.xml"):
        assert url in hrefs
        response = client.get(url)
        assert response.status_code == 200, url
    assert client.get("/feeds/resolutions/A/RES/79/10.ics").data.startswith(b"BEGIN:VCALENDAR")


def test_owner_and_session_pages_link_their_feeds(client, world):
    owner = f"/feeds/owners/{world['sg'].id}.ics"
    assert owner in _hrefs(client.get(f"/owners/{world['sg'].id}").get_data(as_text=True))
    assert "/feeds/sessions/GA/81.ics" in _hrefs(client.get("/sessions/GA/81").get_data(as_text=True))
    for url in (owner, "/feeds/sessions/GA/81.ics"):
        response = client.get(url)
        assert response.status_code == 200 and b"BEGIN:VEVENT" in response.data


def test_personal_feed_page_needs_a_sign_in(client, world):
    response = client.get("/account/feed")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert client.post("/account/feed").status_code in (302, 400)


def test_personal_feed_is_created_and_rotated_with_csrf(client, db, world):
    user = world["users"]["delegation"]
    login(client, user.email)
    page = client.get("/account/feed")
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "private, no-store"
    assert "/feeds/personal/" not in page.get_data(as_text=True)

    # without the CSRF token nothing happens
    assert client.post("/account/feed").status_code == 400
    db.expire_all()
    assert db.get(User, user.id).feed_token is None

    response = client.post("/account/feed", data={"csrf_token": csrf(client, "/account/feed")})
    assert response.status_code == 302
    db.expire_all()
    first = db.get(User, user.id).feed_token
    assert first
    html = client.get("/account/feed").get_data(as_text=True)
    assert f"http://tracker.test/feeds/personal/{first}.ics" in html
    assert client.get(f"/feeds/personal/{first}.ics").status_code == 200

    client.post("/account/feed", data={"csrf_token": csrf(client, "/account/feed")})
    db.expire_all()
    second = db.get(User, user.id).feed_token
    assert second and second != first
    assert client.get(f"/feeds/personal/{first}.ics").status_code == 404
    assert client.get(f"/feeds/personal/{second}.ics").status_code == 200
    assert db.scalar(select(AuditEntry).where(AuditEntry.action == "rotate_feed_token",
                                              AuditEntry.user_id == user.id)) is not None


#: nav links each role must see (paths), and those it must not
EVERYONE = {"/", "/timeline", "/search", "/api/v1/docs"}
SIGNED_IN = {"/following", "/account/feed", "/tokens/", "/account/password"}
EXPECTED = {
    "anonymous": EVERYONE | {"/login"},
    "delegation": EVERYONE | SIGNED_IN,
    "officer": EVERYONE | SIGNED_IN | {"/my-work"},
    "importer": EVERYONE | SIGNED_IN | {"/my-work", "/import"},
    "admin": EVERYONE | SIGNED_IN | {"/my-work", "/import", "/admin/users"},
}
ALL_NAV = set().union(*EXPECTED.values())


@pytest.mark.parametrize("role", list(EXPECTED))
@pytest.mark.parametrize("page", ["/", "/api/v1/docs", "/account/password"])
def test_nav_reaches_what_a_role_may_use_and_nothing_else(client, world, role, page):
    if role != "anonymous":
        login(client, world["users"][role].email)
    elif page == "/account/password":
        page = "/login"
    html = client.get(page).get_data(as_text=True)
    nav = _hrefs(_nav(html)) & (ALL_NAV | {"/admin/outbox"})
    assert nav == EXPECTED[role], (role, page)
    for href in nav:  # every link the nav shows opens for this role
        assert client.get(href).status_code == 200, (role, href)


def test_admin_tabs_include_the_outbox(client, world):
    login(client, world["users"]["admin"].email)
    for page in ("/admin/users", "/admin/outbox"):
        html = client.get(page).get_data(as_text=True)
        assert 'href="/admin/outbox"' in html and 'href="/admin/audit"' in html, page


def test_nav_hides_dashboards_from_anonymous_when_login_is_required(app, client, world):
    app.config["DASHBOARDS_REQUIRE_LOGIN"] = True
    nav = _hrefs(_nav(client.get("/login").get_data(as_text=True)))
    assert not nav & {"/timeline", "/search"}
    login(client, world["users"]["delegation"].email)
    nav = _hrefs(_nav(client.get("/").get_data(as_text=True)))
    assert {"/timeline", "/search"} <= nav


def test_resolution_page_and_obligation_page_link_each_other(client, db, world):
    ob_id = world["ob_id"]
    html = client.get("/resolutions/A/RES/79/10").get_data(as_text=True)
    assert f'href="/obligations/{ob_id}"' in html
    html = client.get(f"/obligations/{ob_id}").get_data(as_text=True)
    assert 'href="/resolutions/A/RES/79/10#para_1"' in html
