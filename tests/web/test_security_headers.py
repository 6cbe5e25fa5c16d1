"""The security headers of tracker.web.security beyond those of every page (test_health.py): HSTS
whenever the site is reached over HTTPS, and no cache keeping a signed-in user's page."""

from __future__ import annotations

import pytest

from tests.factories import gen_user
from tracker.web.login import LoginUser


@pytest.fixture(autouse=True)
def _no_session_protection(monkeypatch):
    """The session is made by hand here, not by /login: skip the login's client fingerprint."""
    from tracker.web.login import login_manager

    monkeypatch.setattr(login_manager, "session_protection", None)


def test_browsers_are_told_to_keep_to_https_when_the_site_is_served_over_it(app_config, db_factory):
    from tracker import create_app

    plain = create_app(app_config)  # BASE_URL http://…
    assert "Strict-Transport-Security" not in plain.test_client().get("/healthz").headers
    # HTTPS seen on the request (directly, or from the trusted proxy: test_proxies.py)
    secure = plain.test_client().get("/healthz", base_url="https://tracker.test")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000"  # a year
    plain.extensions["tracker"].engine.dispose()

    # served over HTTPS by a proxy that is not trusted to say so: the configured address says it
    https = create_app({**app_config, "BASE_URL": "https://tracker.test"})
    response = https.test_client().get("/healthz")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"
    https.extensions["tracker"].engine.dispose()


def test_no_cache_keeps_a_signed_in_users_page_and_public_pages_stay_cacheable(app, db_factory):
    anonymous = app.test_client().get("/")
    assert anonymous.status_code == 200 and "Cache-Control" not in anonymous.headers

    with db_factory() as db:
        user = gen_user(db, "officer@un.test", role="officer", name="Ada Officer")
        db.commit()
    client = app.test_client()
    with client.session_transaction() as session:  # what a login leaves in the session
        session.update({"_user_id": LoginUser(user).get_id(), "_fresh": True})
    page = client.get("/")
    assert page.status_code == 200 and "Ada Officer" in page.get_data(as_text=True)  # signed in
    assert page.headers["Cache-Control"] == "private, no-store"
