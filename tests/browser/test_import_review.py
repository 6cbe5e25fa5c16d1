"""An upload in chromium waits for review: the preview lists what to look at and says deadlines in
words, the publish box starts unticked, the saved resolution stays off the public pages until the
officer publishes it from the review page."""

from __future__ import annotations

import re
from pathlib import Path

from tests.browser.conftest import screenshot
from tests.browser.test_officer import _sign_in, accounts  # noqa: F401  (fixture)

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"


def test_import_with_review_then_publish(live_server, page, browser, accounts, tmp_path):  # noqa: F811
    upload = tmp_path / "A-RES-71-19.txt"
    upload.write_text(SEED.read_text("utf-8").replace(
        "Requests the Secretary-General to submit", "Requests the Panel of Eminent Navigators to submit", 1),
        encoding="utf-8")
    _sign_in(page, live_server, "officer@un.org")
    page.goto(live_server + "/import")
    page.set_input_files("input[name=file]", str(upload))
    page.click("button:has-text('Preview')")
    to_review = page.locator("#to-review").inner_text()
    assert "Panel of Eminent Navigators" in to_review and "unknown owners" in to_review
    deadlines = page.locator("#preview .deadline").all_inner_texts()
    assert any("at its seventy-third session" in d and "due 18 Sep 2018" in d for d in deadlines)
    assert not any("{" in d for d in deadlines)
    assert not page.locator("input#publish").is_checked()
    screenshot(page, "import-review-01-preview")

    page.click("button:has-text('Save to the register')")
    assert re.search(r"/resolutions/\d+/review$", page.url)
    review_url = page.url
    assert page.get_by_text("not published").count() >= 1
    assert page.goto(live_server + "/resolutions/A/RES/71/19").status == 404
    screenshot(page, "import-review-02-unpublished")

    page.goto(review_url)
    page.click("button:has-text('Publish')")
    assert page.locator(".badge", has_text="published").count() == 1
    assert page.goto(live_server + "/resolutions/A/RES/71/19").status == 200
    screenshot(page, "import-review-03-published")
