"""With ``PORT=<n>`` and no ``BASE_URL`` (``PORT=<n> make run``), every absolute link the app
writes (calendar feeds, exports, the e-mails of a reminder pass) points at port n and answers."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.serving import answers, until

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"
TRACKER = Path(sys.executable).with_name("tracker")
PASSWORD = "correct horse battery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_absolute_links_follow_the_port_and_answer(tmp_path):
    port = _free_port()
    url = f"sqlite:///{tmp_path / 'tracker.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if k not in ("BASE_URL", "SMTP_URL", "TEST_DATABASE_URL")}
    env |= {"PORT": str(port), "DATABASE_URL": url, "SECRET_KEY": "links-test", "TRACKER_PASSWORD": PASSWORD}

    def tracker(*args: str) -> str:
        done = subprocess.run([str(TRACKER), *args], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    tracker("db", "upgrade")
    tracker("import", str(SEED), "--publish", "--today", "2017-01-15")
    tracker("users", "create", "sg@example.org", "--role", "officer", "--entity", "Secretary-General")
    engine = create_engine(url)
    with engine.begin() as conn:  # the officer is the Secretary-General's focal point
        entity = conn.execute(text("SELECT id FROM entities WHERE name = 'Secretary-General'")).scalar()
        user = conn.execute(text("SELECT id FROM users WHERE email = 'sg@example.org'")).scalar()
        conn.execute(text("INSERT INTO focal_points (entity_id, user_id, created_at) "
                          "VALUES (:e, :u, CURRENT_TIMESTAMP)"),
                     {"e": entity, "u": user})
    tracker("remind", "--now", "2018-09-11T09:00:00+00:00")

    server = subprocess.Popen([str(TRACKER), "serve", "--no-scheduler"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        until(lambda: answers(base), f"tracker serve answering on {base}", server)
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

        def get(path_or_url: str) -> tuple[int, str]:
            target = path_or_url if path_or_url.startswith("http") else base + path_or_url
            with opener.open(target, timeout=30) as response:
                return response.status, response.read().decode("utf-8", "replace")

        _, login_page = get("/login")
        csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', login_page).group(1)
        credentials = {"email": "sg@example.org", "password": PASSWORD, "csrf_token": csrf}
        opener.open(base + "/login", data=urllib.parse.urlencode(credentials).encode(), timeout=30).close()

        _, feed_page = get("/account/feed")  # the personal feed's address is made on request
        csrf = re.search(r'name="csrf_token"[^>]* value="([^"]+)"', feed_page).group(1)
        opener.open(base + "/account/feed", data=urllib.parse.urlencode({"csrf_token": csrf}).encode(),
                    timeout=30).close()

        produced = []
        for path in ("/account/feed", "/exports/obligations.csv",
                     "/feeds/resolutions/A/RES/71/19.ics", "/exports/resolutions/A/RES/71/19.json"):
            status, body = get(path)
            assert status == 200, path
            produced.append(body.replace("\r\n ", ""))  # ICS folds long lines
        with engine.connect() as conn:
            produced += [row[0] or "" for row in conn.execute(text("SELECT body_text FROM outbox_messages"))]
            produced += [row[0] or "" for row in conn.execute(text("SELECT body_html FROM outbox_messages"))]
        engine.dispose()
        links = {m.rstrip(".,;)") for body in produced
                 for m in re.findall(r"https?://[^\s\"'<>]+", body)
                 if "127.0.0.1" in m or "localhost" in m}
        assert links, "no absolute link found"
        assert all(link.startswith(base + "/") for link in links), sorted(links)
        kinds = {urllib.parse.urlsplit(link).path.split("/")[1] for link in links}
        assert {"feeds", "obligations"} <= kinds, kinds  # feeds and e-mail links at least
        for link in sorted(links):
            if "/unsubscribe" in link:
                continue  # a one-time POST form, answered on GET by its confirmation page below
            status, _ = get(link)
            assert status == 200, link
    finally:
        server.terminate()
        server.wait(timeout=30)
