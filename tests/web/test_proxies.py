"""Behind a reverse proxy, through the real production server (waitress, as `tracker serve` starts
it): the throttle and the audit log see the forwarded client address, and HTTPS is recognised."""

from __future__ import annotations

import re
import threading

import pytest
import requests
from sqlalchemy import select

from tests.factories import gen_user
from tests.web.workspace import PASSWORD
from tracker.models import AuditEntry
from tracker.web.serving import waitress_options


@pytest.fixture
def proxied_server(app_config):
    """The app with TRUSTED_PROXIES=1 under waitress on a free port; yields its base URL."""
    from waitress import create_server, wasyncore

    from tracker import create_app

    app = create_app({**app_config, "TRUSTED_PROXIES": 1})
    server = create_server(app, host="127.0.0.1", port=0, **waitress_options(app.config))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    # Stop as waitress itself would, in order: let the worker threads finish what they serve (each
    # wakes the loop through its trigger when done), then close every socket from inside the loop's
    # own thread, so that no worker writes to a trigger that is already closed.
    server.task_dispatcher.shutdown()
    server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
    thread.join(timeout=5)
    assert not thread.is_alive(), "the waitress loop did not stop"
    app.extensions["tracker"].engine.dispose()


def _attempt(base: str, client_ip: str, email: str, password: str, **headers) -> requests.Response:
    """One sign-in as a browser behind the proxy at ``client_ip`` would make it."""
    forwarded = {"X-Forwarded-For": client_ip, **headers}
    with requests.Session() as browser:
        page = browser.get(f"{base}/login", headers=forwarded, timeout=10)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.text).group(1)
        return browser.post(f"{base}/login", data={"email": email, "password": password, "csrf_token": token},
                            headers=forwarded, allow_redirects=False, timeout=10)


def test_failures_from_one_forwarded_address_do_not_block_another(proxied_server, db):
    gen_user(db, "officer@un.org", role="officer", password=PASSWORD)
    db.commit()
    for n in range(20):
        assert _attempt(proxied_server, "203.0.113.5", f"guess{n}@un.org", "wrong").status_code == 401
    # the guessing address is throttled, even with the right password ...
    assert _attempt(proxied_server, "203.0.113.5", "officer@un.org", PASSWORD).status_code == 401
    # ... another client behind the same proxy is not
    assert _attempt(proxied_server, "198.51.100.7", "officer@un.org", PASSWORD).status_code == 302

    db.expire_all()
    signed_in = db.scalar(select(AuditEntry).where(AuditEntry.action == "login"))
    assert signed_in.ip == "198.51.100.7"
    failed = {e.ip for e in db.scalars(select(AuditEntry).where(AuditEntry.action != "login"))}
    assert failed == {"203.0.113.5"}


def test_https_at_the_proxy_is_recognised(proxied_server):
    plain = requests.get(f"{proxied_server}/login", headers={"X-Forwarded-For": "198.51.100.7"}, timeout=10)
    secure = requests.get(f"{proxied_server}/login", timeout=10,
                          headers={"X-Forwarded-For": "198.51.100.7", "X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in plain.headers
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")
