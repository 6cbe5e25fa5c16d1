"""A report that extends a mandate (A/HRC/RES/44/19 paragraph 15, abridged in
``tests/services/data``) on the pages and the API: its due date, and beside it the mandate's end
and state; the summary API and the overview say the same numbers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.models import Obligation, Paragraph
from tracker.services import dashboards
from tracker.services.actors import Actor
from tracker.services.importing import import_file

TODAY = dt.date(2021, 5, 1)
NAME = "A_HRC_RES_44_19.txt"
DATA = Path(__file__).resolve().parents[1] / "services" / "data" / NAME


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


def test_the_pages_and_the_api_show_the_end_and_state_beside_the_due_date(client, db_factory):
    with db_factory.begin() as db:
        import_file(db, DATA.read_bytes(), NAME, Actor.system("cli"), replace=False, publish=True,
                    today=dt.date(2021, 3, 1), now=dt.datetime(2021, 3, 1, tzinfo=dt.UTC))
    with db_factory() as db:
        ob = db.scalars(select(Obligation).join(Paragraph, Paragraph.id == Obligation.paragraph_id)
                        .where(Paragraph.number == "2")).one()
        overview = dashboards.overview(db, TODAY).summary.to_dict()
    summary = client.get("/api/v1/summary").get_json()
    assert summary == overview
    assert summary["mandates"]["expiring_within_90"] == 1 and summary["obligations"]["by_kind"]["report"] == 1

    listed = client.get("/api/v1/obligations?mandate=expiring").get_json()
    assert [o["id"] for o in listed["items"]] == [ob.id]
    item = listed["items"][0]
    assert (item["kind"], item["tracked"], item["expires_on"], item["mandate_state"]) == \
        ("report", True, "2021-07-17", "expiring")
    assert item["due_on"] == ob.due_on.isoformat()

    page = client.get(f"/obligations/{ob.id}").get_data(as_text=True)
    assert 'id="mandate"' in page and "Expires on 17 Jul 2021." in page and 'id="carried-mandate"' in page
    assert "badge status mandate-expiring" in page and "status-not_started" in page

    rows = client.get("/search?mandate=expiring").get_data(as_text=True)
    due_cell = re.search(r'data-label="Due">(.*?)</td>', rows).group(1)
    assert f'datetime="{ob.due_on.isoformat()}"' in due_cell and 'datetime="2021-07-17"' in due_cell
    assert "mandate-expiring" in rows and "status-not_started" in rows
