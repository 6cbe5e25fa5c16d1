"""An officer's day with the keyboard alone (Tab, typing, Enter): sign in, find an overdue
obligation, record its completion with evidence, review the imported resolution with "Save and
next", follow the resolution. Every control is reached by tabbing, as a keyboard user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.browser.conftest import screenshot
from tests.factories import gen_user
from tests.web.workspace import PASSWORD
from tracker.models import Entity, Obligation, Resolution
from tracker.parsing import parse
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": dt.date(2026, 8, 1), "DASHBOARDS_CACHE_SECONDS": 0}


@pytest.fixture
def seed(db_factory):
    with db_factory.begin() as db:
        import_resolution(db, parse(SEED.read_bytes(), SEED.name), Actor.system("test"),
                          today=dt.date(2017, 1, 15))
        # an importer acting for every owner of the seed, so that each paragraph is theirs to review
        gen_user(db, "officer@un.org", role="officer", password=PASSWORD,
                 entities=list(db.scalars(select(Entity))), can_import=True, name="Olga Officer")
    with db_factory() as db:
        return db.scalar(select(Resolution.id))


def tab_to(page, selector: str, limit: int = 150) -> None:
    """Press Tab until the focus is on ``selector`` (fails if the keyboard never gets there)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"the keyboard never reached {selector}")


def enter(page) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_the_officers_day_with_the_keyboard_only(browser, live_server, seed, db_factory):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(live_server + "/login")
        tab_to(page, "input[name=email]")
        page.keyboard.type("officer@un.org")
        tab_to(page, "input[name=password]")
        page.keyboard.type(PASSWORD)
        enter(page)
        assert page.url.endswith("/my-work")

        # find an overdue obligation: the overview's Overdue count, then the first result
        tab_to(page, "a.navbar-brand")
        enter(page)
        tab_to(page, 'a[data-count="overdue"]')
        enter(page)
        assert "overdue=1" in page.url
        tab_to(page, "table.obligations a.obligation-link")
        enter(page)
        assert "/obligations/" in page.url

        # record completion with evidence
        tab_to(page, "#status-form select[name=status]")
        page.keyboard.type("Completed")  # a focused select picks the option typed
        tab_to(page, "#status-form textarea[name=evidence]")
        page.keyboard.type("A/73/123")
        tab_to(page, "#status-form button[type=submit]")
        enter(page)
        assert "Completed" in page.locator("#current-status").inner_text()
        assert page.locator("#current-evidence a", has_text="A/73/123").count() == 1
        screenshot(page, "keyboard-01-completed")

        # review the imported resolution, paragraph after paragraph
        tab_to(page, 'a[href$="/review"]')
        enter(page)
        assert page.url.endswith("/review")
        first = page.url
        tab_to(page, "button[name=next]")
        enter(page)
        assert page.url != first and page.url.endswith("/review")
        second = page.url
        tab_to(page, "button[name=next]")
        enter(page)
        assert page.url not in (first, second)
        screenshot(page, "keyboard-02-review-next")
        with db_factory() as db:
            assert db.scalar(select(Obligation).where(Obligation.reviewed_at.is_not(None))) is not None

        # follow the resolution from its public page (the review page links the obligation's)
        tab_to(page, 'main a[href^="/obligations/"]:not([href$="/review"])')
        enter(page)
        tab_to(page, ".breadcrumb a")
        enter(page)
        assert "/resolutions/" in page.url
        tab_to(page, "form.follow-form button[type=submit]")
        enter(page)
        assert "You now follow this" in page.locator("main").inner_text()
        screenshot(page, "keyboard-03-following")
    finally:
        context.close()
