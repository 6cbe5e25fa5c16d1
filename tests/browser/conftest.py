"""Browser tests: the app served by waitress on loopback, driven by Playwright in Debian's chromium.

They skip when chromium is missing, unless REQUIRE_BROWSER=1 (CI), where that is a failure.
Screenshots go to ``test-artifacts/`` at the top of the checkout.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live_server(app) -> Iterator[str]:
    """The test app on http://127.0.0.1:<free port>, in a thread.

    werkzeug's threaded server, because ``shutdown()`` stops its loop cleanly from another thread;
    closing waitress's socket under its running select loop raised EBADF in that thread now and
    then. The production server (waitress) is exercised by ``tracker serve`` and the benchmarks."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, read_and_closed(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def read_and_closed(app):
    """``app`` answering with a body already read and its response closed.

    werkzeug 3.1's server closes the response only after it has drained what the client still sends
    (``serving.py``, ``execute``); when chromium resets the connection there — it drops a favicon
    request as it leaves a page — that read raises first, the static file's response is never
    closed, and the file is left to the garbage collector, whose ResourceWarning fails whichever
    test is running then. The app serves no streamed responses, so reading the body first changes
    nothing the browser sees."""

    def answered(environ, start_response):
        response = app(environ, start_response)
        try:
            return [b"".join(response)]
        finally:
            response.close()

    return answered


@pytest.fixture
def page(browser, request) -> Iterator:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot as a test artifact and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
