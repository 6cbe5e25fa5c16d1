"""Exports: the filtered list as XLSX and CSV matches the API's (and the dashboards') list."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from tests.api.conftest import import_seed, obligation_for
from tests.factories import gen_obligation
from tracker.services import exports
from tracker.services.search import ObligationFilter


@pytest.fixture
def seed(db_factory):
    with db_factory() as db:
        import_seed(db)
        db.commit()


@pytest.mark.parametrize("query", ["", "symbol=A/RES/71/19&status=not_started", "kind=exhortation",
                                   "status=ongoing&per_page=2"])
def test_xlsx_matches_the_filtered_list(client, seed, query):
    api = client.get(f"/api/v1/obligations?{query.replace('per_page=2', 'per_page=200')}").get_json()
    response = client.get(f"/exports/obligations.xlsx?{query}")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("ID", "Resolution", "Paragraph")
    body = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    assert [r["ID"] for r in body] == [o["id"] for o in api["items"]]
    assert [r["Status"] for r in body] == [o["status"] for o in api["items"]]
    for row, item in zip(body, api["items"], strict=True):
        due = row["Due on"]
        assert (due.date().isoformat() if due else None) == item["due_on"]
        assert str(row["Paragraph"]) == item["paragraph"] and row["Text"] == item["text"]


def test_csv_matches_the_filtered_list(client, seed):
    api = client.get("/api/v1/obligations?symbol=A/RES/71/19").get_json()
    response = client.get("/exports/obligations.csv?symbol=A/RES/71/19")
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert [int(r["id"]) for r in rows] == [o["id"] for o in api["items"]]
    five = next(r for r in rows if r["paragraph"] == "5")
    assert five["due_on"] == "2018-09-18" and five["owners"] == "Secretary-General"


def test_bad_filter_is_400(client, seed):
    assert client.get("/exports/obligations.xlsx?status=finished").status_code == 400


def test_cells_never_become_formulas(db):
    o = gen_obligation(db, deliverable="=HYPERLINK(\"http://evil.test\")", text="+1 and -1")
    data = exports.obligations_xlsx([o], dt.date(2020, 1, 1), "http://tracker.test")
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, ws[2], strict=True))
    assert row["Deliverable"].data_type == "s" and row["Deliverable"].value.startswith("=HYPERLINK")
    text = exports.obligations_csv([o], dt.date(2020, 1, 1), "http://tracker.test")
    assert "'=HYPERLINK" in text and "'+1 and -1" in text


def test_resolution_json(client, seed, db_factory):
    response = client.get("/exports/resolutions/A/RES/71/19.json")
    assert response.status_code == 200
    doc = response.get_json()
    assert doc["symbol"] == "A/RES/71/19" and doc["preambular_count"] == 13
    five = next(p for p in doc["operative"] if p["number"] == "5")
    assert five["actors"] == ["Secretary-General"] and five["deadline"]["session"] == 73
    assert five["obligations"][0]["due_on"] == "2018-09-18"
    with db_factory() as db:
        flt = ObligationFilter.from_args({"symbol": "A/RES/71/19"})
        assert len(exports.filtered_obligations(db, flt, dt.date.today())) == len(doc["operative"])
        assert obligation_for(db, "5").id == five["obligations"][0]["id"]
    assert client.get("/exports/resolutions/A/RES/1/1.json").status_code == 404


def test_xlsx_paragraph_numbers_are_numbers_and_links_are_hyperlinks(db):
    numbered = gen_obligation(db, number="12")
    lettered = gen_obligation(db, number="B.4")
    data = exports.obligations_xlsx([numbered, lettered], dt.date(2020, 1, 1), "http://tracker.test")
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    header = [c.value for c in ws[1]]
    first, second = (dict(zip(header, row, strict=True)) for row in ws.iter_rows(min_row=2))
    assert first["Paragraph"].value == 12 and first["Paragraph"].data_type == "n"
    assert second["Paragraph"].value == "B.4" and second["Paragraph"].data_type == "s"
    link = first["Link"]
    assert link.value == f"http://tracker.test/obligations/{numbered.id}"
    assert link.hyperlink is not None and link.hyperlink.target == link.value
