"""The browser harness itself: the app answers in chromium and a screenshot is written."""

from tests.browser.conftest import screenshot


def test_front_page_renders_in_chromium(live_server, page):
    response = page.goto(live_server + "/")
    assert response is not None and response.status == 200
    assert page.locator("nav").first.is_visible()
    assert screenshot(page, "smoke-front-page").stat().st_size > 0


def test_a_reset_connection_leaves_no_file_open(live_server):
    """A client that resets the connection while the server drains its request (chromium dropping a
    favicon request as it leaves a page) leaves the static file closed: a file left to the garbage
    collector warns, and the warning fails whichever test runs when it is collected."""
    import contextlib
    import gc
    import os
    import socket
    import struct
    import time
    import warnings
    from urllib.parse import urlsplit

    address = urlsplit(live_server)
    gc.disable()  # a file left open stays open until the end, instead of until the next collection
    try:
        for _ in range(3):
            with socket.create_connection((address.hostname, address.port)) as client:
                client.sendall(b"GET /static/favicon.svg HTTP/1.1\r\nHost: test\r\n\r\n" + b"x" * 100)
                assert client.recv(12) == b"HTTP/1.1 200"  # answered: the server now drains the rest
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            time.sleep(0.1)
        open_files = []
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(FileNotFoundError):  # the listing's own descriptor, closed since
                open_files.append(os.readlink(f"/proc/self/fd/{fd}"))
    finally:
        gc.enable()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
    assert not [name for name in open_files if name.endswith("favicon.svg")]
