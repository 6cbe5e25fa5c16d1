from sqlalchemy import text


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_healthz_is_503_and_says_no_more_to_anonymous_callers(app, tmp_path, caplog):
    from tracker import create_app

    broken = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/missing/dir/x.db", "SECRET_KEY": "k"})
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable"}  # no host, port or database name
    assert "health check failed: database" in caplog.text  # the reason is in the log


def test_a_read_only_database_is_reported(app_config, tmp_path):
    import sqlite3

    from tracker import create_app

    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE scheduler_runs (name TEXT)").connection.close()
    app = create_app({**app_config, "DATABASE_URL": f"sqlite:///file:{path}?mode=ro&uri=true"})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503 and response.get_json() == {"status": "unavailable"}
    app.extensions["tracker"].engine.dispose()


def test_pages_answer_503_with_retry_after_while_the_database_is_unreachable(tmp_path):
    from tracker import create_app

    broken = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/missing/dir/x.db", "SECRET_KEY": "k"})
    for path in ("/", "/api/v1/obligations"):
        response = broken.test_client().get(path)
        assert response.status_code == 503, path
        assert response.headers["Retry-After"] == "30"
    page = broken.test_client().get("/")
    assert "Temporarily unavailable" in page.get_data(as_text=True) and "<nav" in page.get_data(as_text=True)


def test_pages_carry_security_headers(client):
    response = client.get("/healthz")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # no page in another site's frame (clickjacking), no form posted elsewhere, no full address
    # sent to other sites
    policy = [d.strip() for d in response.headers["Content-Security-Policy"].split(";")]
    assert {"frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"} <= set(policy)
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"


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
