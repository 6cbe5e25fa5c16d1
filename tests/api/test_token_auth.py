"""Bearer-token authentication of the API (RFC 6750): every refusal for want of a valid token is a
401 that names the scheme to use (``WWW-Authenticate: Bearer``), the scheme's name is read without
regard to case (RFC 9110 §11.1), and a write made with a token is audited with the client's
address, like one made through a form."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.api.conftest import bearer
from tracker.models import ApiToken, AuditEntry

CHALLENGE = 'Bearer realm="api"'


def _status(client, seeded, headers):
    return client.post(f"/api/v1/obligations/{seeded.para5_id}/status",
                       json={"status": "in_progress", "version": 1}, headers=headers)


@pytest.mark.parametrize("headers", [
    {"Authorization": "Bearer mt_not-a-token"},
    {"Authorization": "Basic eDp5"},
    {"Authorization": "Bearer "},
    {"Authorization": "Bearer"},
])
def test_a_bad_or_unknown_token_is_a_401_that_names_the_scheme(client, seeded, headers):
    for response in (client.get("/api/v1/obligations", headers=headers), _status(client, seeded, headers)):
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == CHALLENGE


def test_no_token_where_one_is_needed_is_a_401_that_names_the_scheme(app, client, seeded):
    assert _status(client, seeded, {}).headers["WWW-Authenticate"] == CHALLENGE
    app.config["DASHBOARDS_REQUIRE_LOGIN"] = True
    response = client.get("/api/v1/obligations")
    assert response.status_code == 401 and response.headers["WWW-Authenticate"] == CHALLENGE


@pytest.mark.parametrize("scheme", ["bearer", "BEARER", "Bearer"])
def test_the_scheme_is_read_whatever_its_case(client, seeded, scheme):
    secret = bearer(seeded.officer)["Authorization"].split(" ", 1)[1]
    response = _status(client, seeded, {"Authorization": f"{scheme} {secret}"})
    assert response.status_code == 200, response.get_data(as_text=True)


def test_a_valid_secret_under_another_scheme_is_refused(client, seeded):
    secret = bearer(seeded.officer)["Authorization"].split(" ", 1)[1]
    for scheme in ("Token", "Basic", "Bearer-ish"):
        response = _status(client, seeded, {"Authorization": f"{scheme} {secret}"})
        assert response.status_code == 401 and response.headers["WWW-Authenticate"] == CHALLENGE


def test_the_secret_may_follow_several_spaces(client, seeded):
    """RFC 6750 §2.1: ``"Bearer" 1*SP b64token``."""
    secret = bearer(seeded.officer)["Authorization"].split(" ", 1)[1]
    assert _status(client, seeded, {"Authorization": f"Bearer   {secret}"}).status_code == 200


def test_a_write_with_a_token_is_audited_with_the_clients_address(client, seeded, db):
    response = _status(client, seeded, bearer(seeded.officer))
    assert response.status_code == 200
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "change_status"))
    assert entry is not None and entry.ip == "127.0.0.1" and entry.user_id is not None


def test_a_token_in_use_shows_when_it_was_last_used(client, seeded, db):
    """The tokens page tells its owner whether a token is still in use: a request records it."""
    token = db.scalar(select(ApiToken).where(ApiToken.name == "officer script"))
    assert token.last_used_at is None
    assert client.get("/api/v1/obligations", headers=bearer(seeded.officer)).status_code == 200
    db.expire_all()
    assert db.get(ApiToken, token.id).last_used_at is not None


def test_the_requests_user_is_the_same_each_time_it_is_asked(app, seeded):
    from tracker.web.api.auth import token_user, writer

    with app.test_request_context("/api/v1/obligations", headers=bearer(seeded.officer)):
        user = token_user()
        assert user is not None and token_user() is user
        assert writer().user_id == user.id



def test_each_refusal_says_what_the_client_lacks(app, client, seeded):
    """The problem's ``detail`` tells the client's author what to send instead."""
    def detail(response, status):
        assert response.status_code == status
        return response.get_json()["detail"]

    assert detail(_status(client, seeded, {"Authorization": "Basic eDp5"}), 401) == \
        "use 'Authorization: Bearer <token>'"
    assert detail(_status(client, seeded, bearer(seeded.revoked)), 401) == \
        "the API token is unknown or revoked"
    assert detail(_status(client, seeded, {}), 401) == "this operation needs an API token"
    assert detail(_status(client, seeded, bearer(seeded.delegation)), 403) == \
        "a delegation token cannot write"
    app.config["DASHBOARDS_REQUIRE_LOGIN"] = True
    assert detail(client.get("/api/v1/obligations"), 401) == "this site requires an API token for reads"


def test_reads_are_as_open_as_the_dashboards(app, client, seeded):
    """Open dashboards: the API reads without a token too. Dashboards behind a login: a token
    reads, none is a 401 (above)."""
    assert client.get("/api/v1/obligations").status_code == 200
    app.config["DASHBOARDS_REQUIRE_LOGIN"] = True
    assert client.get("/api/v1/obligations", headers=bearer(seeded.delegation)).status_code == 200
