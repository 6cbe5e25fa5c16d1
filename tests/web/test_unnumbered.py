"""A paragraph printed without a number (A/RES/76/240 C, abridged in tests/services/data/) shows no
number on the resolution page, the obligation's page, the lists and the API says so: never its
place as if the resolution printed it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.models import Obligation, Paragraph
from tracker.parsing import parse
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

TEXT = Path(__file__).parents[1] / "services" / "data" / "A_RES_76_240.txt"
TODAY = dt.date(2022, 1, 15)


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


@pytest.fixture
def education(db_factory) -> int:
    """The resolution imported and published; part C's obligation's id."""
    with db_factory.begin() as db:
        import_resolution(db, parse(TEXT.read_bytes(), TEXT.name), Actor.system("test"), today=TODAY,
                          filename=TEXT.name)
    with db_factory() as db:
        found = select(Obligation.id).join(Paragraph).where(Paragraph.eid == "part_C__para_1")
        return db.scalars(found).one()


def _item(html: str, eid: str) -> str:
    return re.search(rf'<li id="{eid}".*?</li>', html, re.S).group(0)


def test_the_resolution_page_shows_no_number_for_it(client, education):
    html = client.get("/resolutions/A/RES/76/240").get_data(as_text=True)
    unnumbered = _item(html, "part_C__para_1")
    assert '<span class="number"></span>' in unnumbered
    assert "Obligation for paragraph (unnumbered)" in unnumbered
    assert '<span class="number">1.</span>' in _item(html, "part_A__para_1")
    french = client.get("/resolutions/A/RES/76/240", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "(sans numéro)" in _item(french, "part_C__para_1")


def test_the_obligation_page_and_the_lists_name_it_unnumbered(client, education):
    html = client.get(f"/obligations/{education}").get_data(as_text=True)
    assert "A/RES/76/240 — paragraph (unnumbered)" in html
    assert "paragraph 1<" not in html and "¶1 " not in html
    listed = client.get("/search?q=brackets").get_data(as_text=True)
    assert "paragraph (unnumbered)" in listed


def test_the_api_says_it_is_unnumbered(client, education):
    paragraphs = client.get("/api/v1/paragraphs?symbol=A/RES/76/240&kind=operative").get_json()["items"]
    assert [(p["eid"], p["number"], p["unnumbered"]) for p in paragraphs][-3:] == [
        ("part_A__para_2", "2", False), ("part_C__para_1", "1", True), ("part_D__para_1", "1", True)]
    one = client.get(f"/api/v1/obligations/{education}").get_json()
    assert one["paragraph"] == "1" and one["unnumbered"] is True and one["eid"] == "part_C__para_1"
    listed = client.get("/api/v1/obligations?symbol=A/RES/76/240").get_json()["items"]
    assert sorted(o["unnumbered"] for o in listed) == [False] * (len(listed) - 2) + [True, True]
    doc = client.get("/api/v1/resolutions/A/RES/76/240").get_json()
    assert [p.get("unnumbered", False) for p in doc["operative"]] == [False] * 4 + [True] * 2
    spec = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    assert all("unnumbered" in spec[name]["properties"] for name in ("Obligation", "Paragraph"))
