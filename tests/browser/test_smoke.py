"""The browser harness itself: the app answers in chromium and a screenshot is written."""

from tests.browser.conftest import screenshot


def test_front_page_renders_in_chromium(live_server, page):
    response = page.goto(live_server + "/")
    assert response is not None and response.status == 200
    assert page.locator("nav").first.is_visible()
    assert screenshot(page, "smoke-front-page").stat().st_size > 0
