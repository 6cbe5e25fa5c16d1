"""The dashboards over real resolutions, imported through the import service (not factories)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.models import Entity, Resolution
from tracker.parsing import parse
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "corpus" / "A-RES-71-19.txt"
DEMO = REPO / "tracker" / "data" / "demo"
TODAY = dt.date(2026, 8, 1)


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


def _import(db_factory, paths):
    actor = Actor.system("test")
    with db_factory.begin() as db:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            parsed = parse(text.encode("utf-8"), path.name)
            import_resolution(
                db, parsed, actor, today=dt.date(2017, 1, 15), source_text=text, filename=path.name
            )


def test_seed_resolution_page(client, db_factory):
    _import(db_factory, [SEED])
    response = client.get("/resolutions/A/RES/71/19")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Cooperation between the United Nations and the International Criminal Police Organization" in html
    assert "<details" in html and "Preamble (13 paragraphs)" in html
    assert "Secretary-General" in html  # owner of paragraph 5's report
    assert 'href="/sessions/GA/73"' in html  # "at its seventy-third session"
    assert "status-not_started" in html or "status-ongoing" in html
    assert "Footnotes" in html
    lower = client.get("/resolutions/a/res/71/19")  # another case: the canonical URL
    assert lower.status_code == 301 and lower.headers["Location"].endswith("/resolutions/A/RES/71/19")
    # paragraph 3's sub-paragraphs (a)-(e) are listed once, under its opening words
    assert html.count("which enables authorized users to share sensitive") == 1
    overview = client.get("/").get_data(as_text=True)
    assert "A/RES/71/19" in overview


def test_every_page_over_the_demo_resolutions(client, db_factory, db):
    files = sorted(DEMO.glob("*.txt"))
    assert files, "the demo resolutions ship with the package"
    _import(db_factory, files)
    symbols = list(db.scalars(select(Resolution.symbol)))
    owners = list(db.scalars(select(Entity.id).limit(3)))
    assert len(symbols) == len(files)
    urls = [
        "/",
        "/timeline",
        "/timeline?group=owner",
        "/search?q=report",
        "/search?overdue=1",
        "/sessions/GA/80",
    ]
    urls += [f"/resolutions/{symbol}" for symbol in symbols] + [f"/owners/{i}" for i in owners]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "S/RES/2749 (2024)" in client.get("/resolutions/S/RES/2749 (2024)").get_data(as_text=True)
