"""The officer's day in chromium: sign in, upload the seed resolution, preview, save, review,
move paragraph 5 to in progress and then completed with evidence, read the history; a stale form
gets the conflict message; a delegation gets 403 on every write route. Screenshots of each page
go to ``test-artifacts/``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.conftest import screenshot
from tests.factories import gen_entity, gen_user
from tests.web.workspace import PASSWORD

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"


@pytest.fixture
def accounts(db):
    sg = gen_entity(db, "Secretary-General")
    gen_user(db, "officer@un.org", role="officer", password=PASSWORD, entities=[sg], can_import=True,
             name="Olga Officer")
    gen_user(db, "delegation@mission.org", role="delegation", password=PASSWORD, name="Delegation of Chile")
    db.commit()


def _sign_in(page, base: str, email: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]:has-text('Sign in')")


def _status(page, status: str, comment: str = "", evidence: str = "") -> None:
    page.select_option("#status-form select[name=status]", status)
    page.fill("#status-form textarea[name=comment]", comment)
    page.fill("#status-form textarea[name=evidence]", evidence)
    page.click("#status-form button[type=submit]")


def test_officer_imports_reviews_and_completes_paragraph_5(live_server, page, browser, accounts):
    _sign_in(page, live_server, "officer@un.org")
    assert page.url.endswith("/my-work")
    screenshot(page, "officer-01-my-work-empty")

    page.goto(live_server + "/import")
    page.set_input_files("input[name=file]", str(SEED))
    screenshot(page, "officer-02-import")
    page.click("button:has-text('Preview')")
    assert page.locator("h1").inner_text().startswith("Preview")
    assert page.locator("#preview").get_by_text("at its seventy-third session").count() >= 1
    screenshot(page, "officer-03-preview")

    page.click("button:has-text('Save to the register')")
    assert re.search(r"/resolutions/\d+/review$", page.url)
    screenshot(page, "officer-04-review-resolution")

    number = page.locator("td:first-child a", has_text=re.compile(r"^5$"))
    row = page.locator("#obligations tbody tr", has=number)
    row.get_by_role("link", name="Review").click()
    page.fill("textarea[name=deliverable]", "a report on the implementation of the present resolution")
    page.fill("textarea[name=comment]", "deliverable checked against the text")
    screenshot(page, "officer-05-review-form")
    page.click("button:has-text('Save and mark reviewed')")
    assert re.search(r"/obligations/\d+$", page.url)
    obligation_url = page.url
    assert "Secretary-General" in page.locator("dl").inner_text()

    _status(page, "in_progress", comment="drafting the report")
    assert "In progress" in page.locator("#current-status").inner_text()
    _status(page, "completed", comment="issued", evidence="A/73/xxx")
    assert page.get_by_text("neither document symbols").count() == 1
    assert page.locator("#evidence").get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "evidence"  # focus moved to the field
    _status(page, "completed", comment="issued", evidence="A/73/123")
    assert "Completed" in page.locator("#current-status").inner_text()
    history = page.locator("#history").inner_text()
    assert "In progress" in history and "Completed" in history and "A/73/123" in history
    assert "drafting the report" in history and "Olga Officer" in history
    screenshot(page, "officer-06-obligation-history")

    # a stale form: a second tab loads the page, the first one writes, the second one submits
    stale = page.context.new_page()
    stale.goto(obligation_url)
    _status(page, "completed", comment="annex added", evidence="https://undocs.org/A/73/123")
    response_status = []
    stale.on("response", lambda r: response_status.append(r.status) if r.request.method == "POST" else None)
    _status(stale, "in_progress", comment="reopening")
    assert 409 in response_status
    conflict = stale.locator("#conflict")
    assert "Someone else changed this obligation" in conflict.inner_text()
    assert "annex added" in conflict.inner_text()
    assert "Completed" in stale.locator("#current-status").inner_text()
    screenshot(stale, "officer-07-conflict")
    stale.close()


def _write_routes(app) -> list[str]:
    """The write routes the permission matrix closes to delegations (but tokens.revoke, whose
    answer for a token that is not one's own depends on the token: 403 or 404)."""
    from tests.web.test_permissions import MATRIX

    def closed(endpoint: str) -> bool:
        entry = MATRIX.get(endpoint)
        return isinstance(entry, tuple) and "delegation" not in entry[0] and endpoint != "tokens.revoke"

    return [r.rule for r in app.url_map.iter_rules() if "POST" in r.methods and closed(r.endpoint)]


def test_delegation_gets_403_on_every_write_route(app, live_server, page, accounts, db):
    from tests.factories import gen_obligation

    ob = gen_obligation(db, owners=[])
    db.commit()
    _sign_in(page, live_server, "delegation@mission.org")
    page.goto(live_server + "/my-work")
    assert "Not allowed" in page.locator("h1").inner_text()
    screenshot(page, "delegation-01-my-work-403")
    page.goto(live_server + "/account/password")
    csrf = page.locator("input[name=csrf_token]").first.get_attribute("value")
    ids = {"obligation_id": ob.id, "item_id": 1, "resolution_id": ob.resolution_id, "user_id": 1,
           "entity_id": 1, "alias_id": 1, "focal_point_id": 1, "reminder_id": 1, "number": 80,
           "candidate_id": 1}
    routes = _write_routes(app)
    assert len(routes) >= 15
    for rule in routes:
        if rule == "/account/password":
            continue  # a delegation may change its own password
        url = re.sub(r"<int:(\w+)>", lambda m: str(ids[m.group(1)]), rule).replace("<body>", "GA")
        response = page.request.post(live_server + url, form={"csrf_token": csrf, "status": "completed",
                                                              "version": "1"})
        assert response.status == 403, (url, response.status)
    page.goto(live_server + f"/obligations/{ob.id}")
    assert page.locator("#status-form").count() == 0
    screenshot(page, "delegation-02-obligation-read-only")


def test_admin_pages_render_in_chromium(live_server, page, db):
    entity = gen_entity(db, "INTERPOL", aliases=("International Criminal Police Organization",))
    gen_user(db, "admin@un.org", role="admin", password=PASSWORD, name="Ada Admin")
    db.commit()
    page.goto(live_server + "/login")
    screenshot(page, "auth-01-login")
    _sign_in(page, live_server, "admin@un.org")
    for name, path, text in (("users", "/admin/users", "admin@un.org"),
                             ("entities", "/admin/entities", "INTERPOL"),
                             ("entity", f"/admin/entities/{entity.id}", "International Criminal Police"),
                             ("calendar", "/admin/calendar", "Official session dates"),
                             ("audit", "/admin/audit", "Signed in")):
        response = page.goto(live_server + path)
        assert response is not None and response.status == 200, path
        assert text in page.locator("main").inner_text(), (path, text)
        screenshot(page, f"admin-{name}")
    page.goto(live_server + "/account/password")
    screenshot(page, "auth-02-password")
