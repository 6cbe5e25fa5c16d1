"""Guarantee: path and query parameters are validated to the ranges the OpenAPI document states,
so no input reaches the database as an overflow (500); OPTIONS and Allow tell the truth; the spec
and the server agree on every parameter."""

from __future__ import annotations

import re

import pytest

from tests.api.conftest import bearer
from tests.factories import gen_user
from tracker.db import MAX_ID

PASSWORD = "a password long enough"


def _rules(app, method: str):
    return sorted((r for r in app.url_map.iter_rules() if method in r.methods and "<int:" in r.rule),
                  key=lambda r: r.rule)


def _fill(rule: str, value: int) -> str:
    path = re.sub(r"<int:\w+>", str(value), rule)
    path = re.sub(r"<path:\w+>", "A/RES/71/19", path)
    return re.sub(r"<(?:string:)?\w+>", "GA", path)


@pytest.fixture
def admin_client(app, client, db):
    gen_user(db, "admin@un.test", role="admin", password=PASSWORD)
    db.commit()
    from tests.web.workspace import csrf

    token = csrf(client, "/login")
    assert client.post("/login", data={"email": "admin@un.test", "password": PASSWORD,
                                       "csrf_token": token}).status_code == 302
    return client


@pytest.mark.parametrize("value", [MAX_ID, MAX_ID + 1, 2**63 - 1, 2**63, 10**30])
def test_every_id_in_every_get_route_up_to_the_largest_is_not_found_never_an_error(app, admin_client, value):
    """Signed in as an admin, so every view is reached; every ``<int:…>`` of the URL map."""
    rules = _rules(app, "GET")
    assert len(rules) >= 10
    for rule in rules:
        url = _fill(rule.rule, value)
        response = admin_client.get(url)
        # a session number is no row id: a session page for a number past any rule may show
        # that nothing is known of it
        allowed = {200, 404} if "<int:number>" in rule.rule and value <= MAX_ID else {404}
        assert response.status_code in allowed, (url, response.status_code)


@pytest.mark.parametrize("value", [MAX_ID, MAX_ID + 1, 2**63 - 1, 2**63])
def test_api_writes_with_huge_ids_are_not_found(app, client, seeded, value):
    response = client.post(f"/api/v1/obligations/{value}/status", headers=bearer(seeded.admin),
                           json={"status": "in_progress", "version": 1})
    assert response.status_code == 404 and response.mimetype == "application/problem+json"


def test_the_spec_states_the_same_id_range(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    ids = [p for path in spec["paths"].values() for op in path.values() for p in op["parameters"]
           if p.get("in") == "path" and p["schema"].get("type") == "integer" and p["name"] != "number"]
    assert ids and all(p["schema"]["maximum"] == MAX_ID and p["schema"]["minimum"] == 1 for p in ids)


def _query_param(spec, path: str, name: str) -> dict:
    (param,) = [p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name]
    return param["schema"]


def test_spec_and_server_agree_on_the_owner_range(client, seeded):
    spec = client.get("/api/v1/openapi.json").get_json()
    owner = _query_param(spec, "/obligations", "owner")
    assert (owner["minimum"], owner["maximum"]) == (1, MAX_ID)
    assert client.get(f"/api/v1/obligations?owner={MAX_ID}").get_json()["total"] == 0
    assert client.get(f"/api/v1/obligations?owner={seeded.sg_id}").get_json()["total"] > 0
    for bad in (0, MAX_ID + 1, 2**63):
        assert client.get(f"/api/v1/obligations?owner={bad}").status_code == 400


def test_spec_and_server_agree_on_nul_characters(client, seeded):
    spec = client.get("/api/v1/openapi.json").get_json()
    for path in ("/obligations", "/entities"):
        pattern = _query_param(spec, path, "q")["pattern"]
        assert re.search(pattern, "interpol") and not re.search(pattern, "inter\x00pol")
        assert client.get(f"/api/v1{path}", query_string={"q": "inter\x00pol"}).status_code == 400
        assert client.get(f"/api/v1{path}", query_string={"q": "interpol"}).status_code == 200


def test_spec_and_server_agree_that_an_empty_date_is_no_date(client, seeded):
    spec = client.get("/api/v1/openapi.json").get_json()
    for name in ("due_from", "due_to"):
        assert _query_param(spec, "/obligations", name)["format"] == "date"
        assert client.get(f"/api/v1/obligations?{name}=").status_code == 400
        assert client.get(f"/api/v1/obligations?{name}=2018-09-18").status_code == 200
    # the dashboards' filter form sends empty fields: there they mean "no filter"
    assert client.get("/search?due_to=", follow_redirects=True).status_code == 200


@pytest.mark.parametrize("path", ["/obligations", "/summary"])
@pytest.mark.parametrize("name", ["status", "kind", "mandate"])
def test_spec_and_server_agree_that_an_empty_value_is_no_member_of_an_enum(client, seeded, path, name):
    """Found by the release run of schemathesis: ``/summary?mandate=&mandate=`` answered 200 though
    each value must be one of the document's states."""
    spec = client.get("/api/v1/openapi.json").get_json()
    allowed = _query_param(spec, path, name)["items"]["enum"]
    assert "" not in allowed
    assert client.get(f"/api/v1{path}?{name}=&{name}=").status_code == 400
    assert client.get(f"/api/v1{path}?{name}={allowed[0]}&{name}=").status_code == 400
    assert client.get(f"/api/v1{path}?{name}={allowed[0]}&{name}={allowed[-1]}").status_code == 200


def test_options_and_allow_name_what_each_path_answers(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    for path, operations in spec["paths"].items():
        url = "/api/v1" + re.sub(r"\{(\w+)\}", lambda m: "A/RES/71/19" if m[1] == "symbol" else "1", path)
        url = url.replace("/sessions/1/", "/sessions/GA/")
        expected = {m.upper() for m in operations} | {"OPTIONS"}
        if "get" in operations:
            expected.add("HEAD")
        options = client.options(url)
        assert options.status_code == 200
        assert set(options.headers["Allow"].split(", ")) == expected, url
        for method in {"GET", "POST", "PUT", "PATCH", "DELETE"} - expected:
            refused = client.open(url, method=method)
            assert refused.status_code == 405, (method, url)
            assert set(refused.headers["Allow"].split(", ")) == expected
            assert refused.mimetype == "application/problem+json"


def test_a_path_under_the_api_that_names_nothing_is_a_404_problem_for_any_method(client):
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        response = client.open("/api/v1/no/such/thing", method=method)
        assert response.status_code == 404 and response.mimetype == "application/problem+json"
    assert client.options("/api/v1/no/such/thing").status_code == 404


