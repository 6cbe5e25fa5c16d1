"""Helpers for the officer-workspace web tests: CSRF tokens from real pages, signing in."""

from __future__ import annotations

import re

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


def csrf(client, path: str = "/login") -> str:
    """The CSRF token a real page hands out (signed in: any page with a form)."""
    html = client.get(path).get_data(as_text=True)
    match = CSRF_RE.search(html)
    assert match, f"no csrf_token on {path}"
    return match.group(1) or match.group(2)


def login(client, email: str, password: str = PASSWORD):
    token = csrf(client, "/login")
    response = client.post("/login", data={"email": email, "password": password, "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return response


def token(client) -> str:
    """A token for the signed-in user's session."""
    return csrf(client, "/account/password")
