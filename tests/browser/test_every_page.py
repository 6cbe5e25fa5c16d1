"""Every page (public, delegation, officer, admin, errors) at phones' 320 and 390 px and a desktop's
1280 px: the document is never wider than the viewport, no id of a visible element is used twice
(axe-core no longer checks that), axe-core finds no serious or critical accessibility violation,
and a full-page screenshot of each is kept in ``test-artifacts/``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.browser.conftest import ARTIFACTS, screenshot
from tests.factories import gen_candidate, gen_obligation, gen_resolution, gen_user
from tests.web.workspace import PASSWORD
from tracker.models import Entity, Obligation, Resolution, User
from tracker.parsing import parse
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

DEMO = Path(__file__).resolve().parents[2] / "tracker" / "data" / "demo"
TODAY = dt.date(2026, 8, 1)
#: the narrowest phone the layout is built for (320), a common one (390) and a desktop
WIDTHS = (320, 390, 1280)
#: axe-core impacts that fail the test
BLOCKING = ("serious", "critical")


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


@pytest.fixture
def register(db_factory):
    """A few real resolutions, three accounts, and the URLs of every kind of page."""
    actor = Actor.system("test")
    files = sorted(DEMO.glob("*.txt"))[:4] + sorted(DEMO.glob("A-RES-71-19*.txt"))
    with db_factory.begin() as db:
        for path in dict.fromkeys(files):
            import_resolution(db, parse(path.read_bytes(), path.name), actor, today=dt.date(2025, 1, 1))
        sg = db.scalar(select(Entity).where(Entity.name == "Secretary-General")) or db.scalar(select(Entity))
        gen_user(db, "admin@un.org", role="admin", password=PASSWORD, name="Ada Admin")
        gen_user(db, "officer@un.org", role="officer", password=PASSWORD, entities=[sg], can_import=True,
                 name="Olga Officer with a rather long name for a narrow screen")
        gen_user(db, "delegation@mission.org", role="delegation", password=PASSWORD, name="Delegation")
        # owner candidates: one waiting (named by an obligation), one rejected
        first = db.scalar(select(Obligation).order_by(Obligation.id))
        first.candidates.append(gen_candidate(db, "the Committee of Nobody with a name long enough to wrap"))
        gen_candidate(db, "all relevant actors", status="rejected")
        # UNAMA's mandate and the two later ones that may have renewed it (the officer's review)
        mandates = [
            gen_obligation(db, gen_resolution(db, f"S/RES/{n} ({year})", body="SC", session=None,
                                              adopted_on=dt.date(year, 3, 16)),
                           number="3", kind="mandate", action="decides", status="ongoing",
                           text=f"Decides to extend until 17 March {year + 1} the mandate of the United "
                                "Nations Assistance Mission in Afghanistan (UNAMA), as defined in "
                                "resolution 2626 (2022);",
                           expires_on=dt.date(year + 1, 3, 17))
            for n, year in ((2727, 2024), (2777, 2025), (2800, 2026))
        ]
        db.flush()
        mandate_id = mandates[0].id
    with db_factory() as db:
        resolution = db.scalar(select(Resolution).order_by(Resolution.id))
        ob = db.scalar(select(Obligation).join(Obligation.owners).where(Entity.id == sg.id)
                       .order_by(Obligation.id)) or db.scalar(select(Obligation))
        officer_id = db.scalar(select(User.id).where(User.email == "officer@un.org"))
        session = db.execute(
            select(Obligation.deadline_body, Obligation.deadline_session)
            .where(Obligation.deadline_body == "GA", Obligation.deadline_session.is_not(None)).limit(1)
        ).first()
        return {
            "public": {
                "overview": "/", "resolution": f"/resolutions/{resolution.symbol}",
                "owner": f"/owners/{sg.id}", "timeline": "/timeline", "search": "/search?q=report",
                "search-empty": "/search?q=nonexistentword",
                "session": f"/sessions/{session[0]}/{session[1]}" if session else "/sessions/GA/81",
                "obligation": f"/obligations/{ob.id}", "api-docs": "/api/v1/docs", "login": "/login",
                "forgot": "/account/forgot", "not-found": "/no/such/page",
            },
            "delegation@mission.org": {
                "following": "/following", "feed": "/account/feed", "tokens": "/tokens/",
                "password": "/account/password", "obligation-read-only": f"/obligations/{ob.id}",
            },
            "officer@un.org": {
                "my-work": "/my-work", "import": "/import", "obligation-form": f"/obligations/{ob.id}",
                "review": f"/obligations/{ob.id}/review",
                "review-resolution": f"/resolutions/{resolution.id}/review",
                "candidates": "/candidates", "mandate-renewal": f"/obligations/{mandate_id}",
            },
            "admin@un.org": {
                "users": "/admin/users", "user": f"/admin/users/{officer_id}", "entities": "/admin/entities",
                "entity": f"/admin/entities/{sg.id}", "calendar": "/admin/calendar", "audit": "/admin/audit",
                "outbox": "/admin/outbox", "forbidden-for-none": "/admin/users",
            },
        }


def _sign_in(page, base: str, email: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def _check(page, base: str, who: str, name: str, path: str, width: int, problems: list[str]) -> None:
    from axe_playwright_python.sync_playwright import Axe

    response = page.goto(base + path)
    assert response is not None, path
    if name == "not-found":
        assert response.status == 404
    else:
        assert response.status == 200, (who, path, response.status)
    wide = page.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
    if wide > width:
        problems.append(f"{who} {name} at {width}px: the document is {wide}px wide")
    shared = page.evaluate("""() => {
        const seen = {};
        for (const el of document.querySelectorAll('[id]:not(input[type=hidden])')) {
            seen[el.id] = (seen[el.id] || 0) + 1;
        }
        return Object.keys(seen).filter((id) => seen[id] > 1);
    }""")
    # (hidden inputs aside: each form's own CSRF token and version, which nothing labels)
    if shared:  # a label or an aria reference would point at the first of them only
        problems.append(f"{who} {name} at {width}px: ids used twice: {shared}")
    screenshot(page, f"page-{who.split('@')[0]}-{name}-{width}")
    results = Axe().run(page)
    for violation in results.response["violations"]:
        if violation["impact"] in BLOCKING:
            targets = [n["target"] for n in violation["nodes"]][:3]
            problems.append(f"{who} {name} at {width}px: axe {violation['impact']} {violation['id']}: "
                            f"{violation['help']} {targets}")


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_fits_the_screen_and_passes_axe(browser, live_server, register, width):
    problems: list[str] = []
    for who, pages in register.items():
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        try:
            if who != "public":
                _sign_in(page, live_server, who)
            for name, path in pages.items():
                _check(page, live_server, who, name, path, width, problems)
        finally:
            context.close()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"pages-{width}.txt").write_text("\n".join(problems) or "no problem\n", encoding="utf-8")
    assert not problems, "\n".join(problems)
