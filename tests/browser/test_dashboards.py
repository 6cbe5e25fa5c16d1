"""Every dashboard page in chromium at desktop (1280) and phone (390) widths: screenshots under
``test-artifacts/``, no horizontal scrolling on a phone, keyboard reachable, works without JS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.browser.conftest import screenshot
from tracker.models import Entity, Obligation, Resolution
from tracker.parsing import parse
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

DEMO = Path(__file__).resolve().parents[2] / "tracker" / "data" / "demo"
TODAY = dt.date(2026, 8, 1)
WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


@pytest.fixture
def demo_data(db_factory):
    actor = Actor.system("test")
    with db_factory.begin() as db:
        for path in sorted(DEMO.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            import_resolution(db, parse(text.encode("utf-8"), path.name), actor, today=dt.date(2025, 1, 1))
        # a little progress, so the charts show more than one colour
        for i, ob in enumerate(db.scalars(select(Obligation).order_by(Obligation.id))):
            if ob.status in ("not_started", "in_progress") and i % 3 == 0:
                ob.status = "completed"
            elif ob.status == "not_started" and i % 3 == 1:
                ob.status = "in_progress"
    with db_factory() as db:
        symbol = db.scalar(select(Resolution.symbol).where(Resolution.symbol == "A/RES/71/19")) or db.scalar(
            select(Resolution.symbol)
        )
        owner = db.scalar(
            select(Entity.id).where(Entity.name == "Secretary-General")
        ) or db.scalar(select(Entity.id))
        session = db.execute(
            select(Obligation.deadline_body, Obligation.deadline_session)
            .where(Obligation.deadline_body == "GA", Obligation.deadline_session.is_not(None))
            .limit(1)
        ).first()
    return {
        "overview": "/",
        "resolution": f"/resolutions/{symbol}",
        "owner": f"/owners/{owner}",
        "session": f"/sessions/{session[0]}/{session[1]}" if session else "/sessions/GA/81",
        "timeline": "/timeline",
        "search": "/search?q=report&status=not_started&status=in_progress",
    }


def test_screenshots_of_every_page(browser, live_server, demo_data):
    for device, width in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False)
        page = context.new_page()
        try:
            for name, url in demo_data.items():
                response = page.goto(live_server + url)
                assert response is not None and response.status == 200, url
                assert page.locator("h1").first.is_visible()
                path = screenshot(page, f"dashboards-{name}-{device}")
                assert path.stat().st_size > 5000
        finally:
            context.close()


def test_phone_layout_does_not_scroll_sideways(browser, live_server, demo_data):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    try:
        for name in ("overview", "resolution", "owner", "session", "timeline", "search"):
            page.goto(live_server + demo_data[name])
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390 + 1, f"{name} is {width}px wide on a phone"
    finally:
        context.close()


def test_keyboard_reaches_the_filters_and_the_skip_link(browser, live_server, demo_data):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(live_server + "/search")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to content"
        page.keyboard.press("Enter")
        page.fill("#f-q", "report")
        page.keyboard.press("Enter")  # submits the GET form: the filter lands in the URL
        page.wait_for_url("**/search?*q=report*")
        assert "obligations found" in page.content() or "obligation found" in page.content()
    finally:
        context.close()
