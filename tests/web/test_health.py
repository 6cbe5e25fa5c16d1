from sqlalchemy import text


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_healthz_is_503_with_a_reason_when_the_database_does_not(app, tmp_path):
    from tracker import create_app

    broken = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/missing/dir/x.db", "SECRET_KEY": "k"})
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unavailable"
    assert "database" in body["reason"]


def test_pages_carry_security_headers(client):
    response = client.get("/healthz")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_engine_is_the_configured_database(app, database_url):
    engine = app.extensions["tracker"].engine
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1
    assert engine.url.render_as_string(hide_password=False) == database_url


def test_front_page_renders(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Mandate Tracker" in response.data


def test_client_address_comes_from_the_trusted_proxy_only_when_configured(app_config):
    from flask import request

    from tracker import create_app

    for proxies, expected in ((0, "127.0.0.1"), (1, "203.0.113.9")):
        app = create_app({**app_config, "TRUSTED_PROXIES": proxies})

        @app.get("/_remote")
        def _remote():
            return request.remote_addr

        response = app.test_client().get("/_remote", headers={"X-Forwarded-For": "203.0.113.9"})
        assert response.get_data(as_text=True) == expected
        app.extensions["tracker"].engine.dispose()
