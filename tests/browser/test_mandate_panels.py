"""The overview's mandate panels in chromium, desktop (1280) and phone (390): "Mandates expiring"
and "Expired without renewal" list the right mandates (texts from S/RES/2727 (2024), 2749 (2024)
and 2777 (2025)), their counts link to lists of the same length, and a phone shows them stacked
without scrolling sideways."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.browser.conftest import screenshot
from tests.factories import gen_obligation, gen_resolution

TODAY = dt.date(2026, 2, 1)
WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY, "DASHBOARDS_CACHE_SECONDS": 0}


@pytest.fixture
def mandates(db_factory):
    with db_factory() as db:
        def council(symbol, adopted_on):
            return gen_resolution(db, symbol, body="SC", session=None, adopted_on=adopted_on)

        unama_2024 = council("S/RES/2727 (2024)", dt.date(2024, 3, 15))
        unifil = council("S/RES/2749 (2024)", dt.date(2024, 8, 28))
        unama_2025 = council("S/RES/2777 (2025)", dt.date(2025, 3, 17))
        later = gen_obligation(db, unama_2025, number="3", kind="mandate", status="ongoing",
                               expires_on=dt.date(2026, 3, 17),
                               text="Decides to extend until 17 March 2026 the mandate of UNAMA, as defined "
                                    "in resolution 2626 (2022);")
        gen_obligation(db, unama_2024, number="3", kind="mandate", status="ongoing",
                       expires_on=dt.date(2025, 3, 17), renewed_by_id=later.id,
                       text="Decides to extend until 17 March 2025 the mandate of UNAMA, as defined in "
                            "resolution 2626 (2022);")
        gen_obligation(db, unifil, number="2", kind="mandate", status="ongoing",
                       expires_on=dt.date(2025, 8, 31),
                       text="Decides to extend the present mandate of UNIFIL until 31 August 2025;")
        db.commit()


def test_overview_mandate_panels_on_desktop_and_phone(browser, live_server, mandates):
    for device, width in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False)
        page = context.new_page()
        try:
            page.goto(live_server + "/")
            expiring = page.locator('[data-panel="mandates-expiring"]')
            expired = page.locator('[data-panel="mandates-expired"]')
            assert expiring.is_visible() and expired.is_visible()
            assert "Mandates expiring" in expiring.inner_text()
            assert "S/RES/2777 (2025)" in expiring.inner_text() and "UNAMA" in expiring.inner_text()
            assert "S/RES/2749 (2024)" in expired.inner_text() and "UNIFIL" in expired.inner_text()
            assert "S/RES/2727 (2024)" not in expired.inner_text()  # renewed, not expired
            counts = {name: page.locator(f'[data-count="mandates-{name}"]').inner_text()
                      for name in ("active", "expiring", "expired", "renewed")}
            assert counts == {"active": "0", "expiring": "1", "expired": "1", "renewed": "1"}
            assert page.locator('[data-count="overdue"]').inner_text() == "0"  # never overdue
            top_of = {name: locator.bounding_box() for name, locator in (("exp", expiring), ("old", expired))}
            if device == "phone":
                assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
                assert top_of["old"]["y"] >= top_of["exp"]["y"] + top_of["exp"]["height"] - 1  # stacked
            else:
                assert abs(top_of["old"]["y"] - top_of["exp"]["y"]) < 2  # side by side
            screenshot(page, f"overview-mandates-{device}")
            page.locator('[data-count="mandates-expired"]').click()
            page.wait_for_url("**/search?*mandate=expired*")
            assert "UNIFIL" in page.content() and "UNAMA" not in page.content()
        finally:
            context.close()
