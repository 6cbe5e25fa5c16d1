"""The dates a resolution prints for another body's session, on the pages: "Decides that the Special
Committee shall hold its next session from 20 to 28 February 2024" (A/RES/78/111 2, tests/corpus) gives
CHARTER 2024 its dates on the overview's "By session", on the session's page (with where they come from)
and on the admin's calendar (with its source)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.factories import gen_user
from tests.web.workspace import PASSWORD, login
from tracker.services.actors import Actor
from tracker.services.importing import import_file

TODAY = dt.date(2024, 1, 15)
TEXT = (Path(__file__).parents[1] / "corpus" / "A_RES_78_111.txt").read_bytes()


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


def test_the_printed_dates_show_on_the_overview_the_session_page_and_the_admin_calendar(client, db_factory):
    with db_factory.begin() as db:
        import_file(db, TEXT, "A_RES_78_111.txt", Actor.system("cli"), replace=False, publish=True,
                    today=TODAY)
        gen_user(db, "admin@un.org", role="admin", password=PASSWORD)
    overview = client.get("/").get_data(as_text=True)
    row = re.search(r'<a href="/sessions/CHARTER/2024">CHARTER 2024</a></th>\s*<td>([^<]*)</td>', overview)
    assert row is not None and row.group(1) == "20 Feb 2024"  # the "Opens" column
    page = client.get("/sessions/CHARTER/2024").get_data(as_text=True)
    assert "Opens 20 Feb 2024." in page and "Runs until 28 Feb 2024." in page
    assert "(dates as printed in A/RES/78/111, paragraph 2)" in page
    assert client.get("/api/v1/sessions/CHARTER/2024").get_json()["source"] == "printed"
    login(client, "admin@un.org")
    calendar = client.get("/admin/calendar").get_data(as_text=True).split('id="sessions"')[1]
    assert re.search(r"<td>CHARTER</td><td>2024</td><td>20 Feb 2024</td><td>28 Feb 2024</td>"
                     r"<td>as printed in A/RES/78/111, paragraph 2</td>", calendar)
