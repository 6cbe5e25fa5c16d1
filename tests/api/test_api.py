"""The JSON API: filters and pagination, problem details, tokens and roles, writes through the services."""

from __future__ import annotations

import pytest

from tests.api.conftest import SEED, bearer

PROBLEM = "application/problem+json"


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = response.get_json(force=True)
    assert body["status"] == status and body["title"] and body["type"]
    return body


def test_obligations_filtered_like_the_dashboards(client, seeded):
    response = client.get("/api/v1/obligations?symbol=A/RES/71/19&status=not_started")
    assert response.status_code == 200
    body = response.get_json()
    expected = [("5", "2018-09-18"), ("6", "2018-09-18")]
    assert [(o["paragraph"], o["due_on"]) for o in body["items"]] == expected
    assert body["total"] == 2
    five = body["items"][0]
    assert five["symbol"] == "A/RES/71/19" and five["eid"] == "para_5" and five["kind"] == "report"
    assert [o["name"] for o in five["owners"]] == ["Secretary-General"]
    assert five["url"].endswith(f"/obligations/{five['id']}")


def test_obligations_match_the_search_service(client, seeded, db):
    import datetime as dt

    from tracker.services.search import ObligationFilter, search_obligations

    args = {"symbol": "A/RES/71/19", "kind": "report,exhortation"}
    api = client.get("/api/v1/obligations", query_string=args).get_json()
    page = search_obligations(db, ObligationFilter.from_args(args), dt.date.today(), 1, 50)
    assert [o["id"] for o in api["items"]] == [o.id for o in page.items]
    assert api["total"] == page.total


def test_pagination_is_stable_and_complete(client, seeded):
    everything = client.get("/api/v1/obligations?per_page=200").get_json()
    ids = []
    for page in range(1, everything["total"] + 1):
        body = client.get(f"/api/v1/obligations?per_page=1&page={page}").get_json()
        assert body["pages"] == everything["total"] and body["page"] == page
        ids += [o["id"] for o in body["items"]]
    assert ids == [o["id"] for o in everything["items"]]
    assert len(set(ids)) == everything["total"] == 6


def test_resolution_paragraphs_entities_sessions(client, seeded):
    doc = client.get("/api/v1/resolutions/A/RES/71/19").get_json()
    assert doc["symbol"] == "A/RES/71/19" and doc["preambular_count"] == 13
    assert [p["number"] for p in doc["operative"]] == ["1", "2", "3", "4", "5", "6"]
    assert client.get("/api/v1/resolutions?body=GA&session=71").get_json()["total"] == 1
    paras = client.get("/api/v1/paragraphs?symbol=A/RES/71/19&kind=operative").get_json()
    assert [p["eid"] for p in paras["items"]][:2] == ["para_1", "para_2"]
    one = client.get(f"/api/v1/paragraphs/{paras['items'][4]['id']}").get_json()
    assert one["number"] == "5" and one["obligation_ids"]
    entities = client.get("/api/v1/entities?q=secretary").get_json()
    assert [e["name"] for e in entities["items"]] == ["Secretary-General"]
    assert client.get(f"/api/v1/entities/{seeded.sg_id}").get_json()["obligations"] >= 1
    ga73 = client.get("/api/v1/sessions/GA/73").get_json()
    assert ga73["opens_on"] == "2018-09-18" and ga73["obligations"] == 2
    assert any(s["label"] == "GA 73" for s in client.get("/api/v1/sessions").get_json()["items"])


@pytest.mark.parametrize(("url", "status"), [
    ("/api/v1/obligations/999999", 404),
    ("/api/v1/resolutions/A/RES/1/1", 404),
    ("/api/v1/sessions/SC/1", 404),
    ("/api/v1/no/such/thing", 404),
    ("/api/v1/obligations?status=finished", 400),
    ("/api/v1/obligations?per_page=0", 400),
    ("/api/v1/obligations?due_from=yesterday", 400),
    ("/api/v1/obligations?symbol=A%00", 400),
])
def test_errors_are_problem_details(client, seeded, url, status):
    _problem(client.get(url), status)


def test_wrong_method_is_405_problem(client, seeded):
    body = _problem(client.delete("/api/v1/obligations"), 405)
    assert "GET" in body["detail"]


def _status(client, seeded, secret, **payload):
    payload = {"status": "in_progress", "version": 1, **payload}
    return client.post(f"/api/v1/obligations/{seeded.para5_id}/status", json=payload, headers=bearer(secret))


def test_officer_token_changes_status_through_the_service(client, seeded, db):
    from tracker.models import HistoryEntry

    response = _status(client, seeded, seeded.officer, comment="drafting")
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["status"] == "in_progress" and response.get_json()["version"] == 2
    entry = db.query(HistoryEntry).filter_by(obligation_id=seeded.para5_id, field="status").one()
    assert entry.actor == "Test User" and entry.comment == "drafting"


def test_stale_version_is_409_with_what_changed(client, seeded):
    assert _status(client, seeded, seeded.officer).status_code == 200
    body = _problem(_status(client, seeded, seeded.admin, status="completed", evidence=["A/73/123"]), 409)
    assert body["current_version"] == 2 and body["changes"][0]["new"] == "in_progress"
    assert body["type"].endswith("/stale-version") and body["title"] == "Changed since you read it"
    assert isinstance(body["changes"][0]["at"], str)  # ISO 8601, as JSON has no dates


def test_completed_without_evidence_is_422(client, seeded):
    _problem(_status(client, seeded, seeded.officer, status="completed"), 422)
    _problem(_status(client, seeded, seeded.officer, status="finished"), 422)


def test_delegation_token_cannot_write(client, seeded):
    _problem(_status(client, seeded, seeded.delegation), 403)
    upload = {"file": (SEED.open("rb"), SEED.name)}
    _problem(client.post("/api/v1/resolutions", data=upload, headers=bearer(seeded.delegation)), 403)


def test_officer_of_another_entity_cannot_write(client, seeded):
    _problem(_status(client, seeded, seeded.other_officer), 403)


def test_an_obligation_under_review_is_written_by_importers_only(client, seeded, db):
    from tracker.models import Resolution

    db.query(Resolution).update({Resolution.published_at: None})
    db.commit()
    _problem(_status(client, seeded, seeded.officer), 404)  # not visible to this officer
    response = _status(client, seeded, seeded.importer)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["status"] == "in_progress"


def test_revoked_unknown_and_missing_tokens_get_401(client, seeded):
    for headers in (bearer(seeded.revoked), bearer("mt_not-a-token"), {"Authorization": "Basic eDp5"}):
        body = _problem(client.get("/api/v1/obligations", headers=headers), 401)
        assert body["instance"] == "/api/v1/obligations"
    response = client.post(f"/api/v1/obligations/{seeded.para5_id}/status", json={"status": "in_progress",
                                                                                   "version": 1})
    _problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_tokens_are_stored_hashed(seeded, db):
    from tracker.models import ApiToken

    stored = {t.token_hash for t in db.query(ApiToken)}
    assert seeded.officer not in stored and all(len(h) == 64 for h in stored)


def test_reads_require_a_token_when_dashboards_require_login(app, client, seeded):
    app.config["DASHBOARDS_REQUIRE_LOGIN"] = True
    _problem(client.get("/api/v1/obligations"), 401)
    assert client.get("/api/v1/obligations", headers=bearer(seeded.delegation)).status_code == 200


def test_import_through_the_api(client, seeded, db):
    from tracker.models import Resolution

    text = SEED.read_text(encoding="utf-8").replace("71/19", "71/919")
    upload = {"file": (__import__("io").BytesIO(text.encode()), "A-RES-71-919.txt")}
    refused = client.post("/api/v1/resolutions", data=dict(upload), headers=bearer(seeded.officer))
    refused = _problem(refused, 403)
    assert refused["detail"] == "Test User may not import resolutions"
    upload = {"file": (__import__("io").BytesIO(text.encode()), "A-RES-71-919.txt")}
    response = client.post("/api/v1/resolutions", data=upload, headers=bearer(seeded.importer))
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["symbol"] == "A/RES/71/919" and response.get_json()["obligations"] == 6
    assert db.query(Resolution).filter_by(symbol="A/RES/71/919").one()
    again = {"file": (SEED.open("rb"), SEED.name)}
    twice = _problem(client.post("/api/v1/resolutions", data=again, headers=bearer(seeded.importer)), 409)
    assert twice["type"].endswith("/already-imported") and "A/RES/71/19" in twice["detail"]
    garbage = {"file": (__import__("io").BytesIO(b"hello world"), "notes.txt")}
    _problem(client.post("/api/v1/resolutions", data=garbage, headers=bearer(seeded.importer)), 422)


def test_openapi_document_and_reference_page(client, seeded):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert {"/obligations", "/obligations/{obligation_id}/status", "/resolutions/{symbol}", "/entities",
            "/sessions/{body}/{number}", "/paragraphs"} <= set(spec["paths"])
    assert spec["paths"]["/obligations/{obligation_id}/status"]["post"]["security"] == [{"bearerAuth": []}]
    page = client.get("/api/v1/docs")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "POST /api/v1/obligations/{obligation_id}/status" in html
    assert html.count("<script") == 1 and '<script src="/static/tracker.js"' in html  # the site's own only
    assert "cdn" not in html.lower()


def test_keyset_pagination_follows_next_links(client, seeded):
    everything = client.get("/api/v1/obligations?per_page=200").get_json()
    assert everything["total_exact"] and everything["next"] is None
    ids, url = [], "/api/v1/obligations?per_page=4"
    while url:
        body = client.get(url).get_json()
        ids += [o["id"] for o in body["items"]]
        url = body["next"]
        assert url is None or ("after=" in url and "per_page=4" in url)
    assert ids == [o["id"] for o in everything["items"]]
    _problem(client.get("/api/v1/obligations?after=yesterday"), 400)
    assert client.get("/api/v1/obligations?count=exact").get_json()["total"] == everything["total"]

def test_summary_is_the_overview_read_model_and_agrees_with_the_list(client, seeded, db):
    """/api/v1/summary: exactly the overview's numbers; each the total of the matching list."""
    import datetime as dt

    from tracker.services import dashboards

    body = client.get("/api/v1/summary").get_json()
    assert set(body) == {"obligations", "standing", "overdue", "due_within_30", "due_within_90", "mandates"}
    assert set(body["obligations"]) == {"tracked", "by_kind", "by_status"}
    assert set(body["mandates"]) == {"active", "expiring_within_90", "expired", "renewed"}
    assert body == dashboards.overview(db, dt.date.today()).summary.to_dict()

    def total(query: str) -> int:
        return client.get(f"/api/v1/obligations?{query}").get_json()["total"]

    assert body["obligations"]["tracked"] == total("tracked=true")
    for kind, n in body["obligations"]["by_kind"].items():
        assert n == total(f"kind={kind}")
    assert body["standing"] == total("kind=exhortation") > 0
    assert body["overdue"] == total("overdue=true")
    overdue = client.get("/api/v1/obligations?overdue=true&per_page=200").get_json()["items"]
    assert all(o["tracked"] and o["is_overdue"] and o["kind"] != "mandate" for o in overdue)
    filtered = client.get("/api/v1/summary?kind=report").get_json()
    assert filtered["obligations"]["tracked"] == filtered["obligations"]["by_kind"]["report"]
    assert client.get("/api/v1/summary?mandate=forever").status_code == 400
    spec = client.get("/api/v1/openapi.json").get_json()
    assert "/summary" in spec["paths"]



def test_an_api_upload_waits_unpublished_for_review(client, seeded, db):
    from tracker.models import Resolution

    text = SEED.read_text(encoding="utf-8").replace("71/19", "71/929")
    upload = {"file": (__import__("io").BytesIO(text.encode()), "A-RES-71-929.txt")}
    body = client.post("/api/v1/resolutions", data=upload, headers=bearer(seeded.importer)).get_json()
    assert body["published"] is False and body["review"] == {}
    assert db.query(Resolution).filter_by(symbol="A/RES/71/929").one().published_at is None
    hidden = client.get("/api/v1/resolutions/A/RES/71/929", headers=bearer(seeded.delegation))
    assert hidden.status_code == 404
