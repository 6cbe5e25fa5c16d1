"""The dates a resolution prints for another body's session, on the pages: "Decides that the Special
Committee shall hold its next session from 20 to 28 February 2024" (A/RES/78/111 2, tests/corpus) gives
CHARTER 2024 its dates on the overview's "By session", on the session's page (with where they come from)
and on the admin's calendar (with its source)."""

from __future__ import annotations

import datetime as dt
import io
import re
from html import escape as html_escape
from pathlib import Path

import pytest

from tests.factories import gen_user
from tests.web.workspace import PASSWORD, login, token
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


FR = {"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}


@pytest.mark.parametrize(("headers", "said"), [
    ({}, "A/RES/78/111: 20 obligations, 9 with due dates, 1 flagged for review (1 due in the session current "
         "at adoption); session dates not recorded: "
         "CHARTER 2024: paragraph 2 prints 2024-02-20 to 2024-02-28; the calendar keeps opening 2024-02-19, "
         "recorded by an admin; not published: publish it once reviewed"),
    (FR, "A/RES/78/111 : 20 obligations, 9 avec une date d’échéance, 1 signalée pour vérification (1 due "
         "pendant la session en cours à l’adoption) ; dates de session non inscrites : CHARTER 2024 : "
         "paragraphe 2 imprime du 2024-02-20 au 2024-02-28 ; le calendrier garde ouverture le 2024-02-19, "
         "inscrites par un administrateur ; non publiée : publiez-la une fois vérifiée"),
])
def test_the_imports_summary_and_its_conflict_are_said_in_the_readers_language(client, db_factory, headers,
                                                                              said):
    """A/RES/78/111 2 prints CHARTER 2024 "from 20 to 28 February 2024" where an admin recorded 19 February:
    the upload's summary (flashed on the review page) says the conflict, in English or in French."""
    from tracker.services.calendar import set_official_session

    with db_factory.begin() as db:
        set_official_session(db, "CHARTER", 2024, opens_on=dt.date(2024, 2, 19), actor=Actor.system("cli"),
                             today=TODAY)
        gen_user(db, "officer@un.org", role="officer", password=PASSWORD, can_import=True)
    login(client, "officer@un.org")
    html = client.post("/import", data={"file": (io.BytesIO(TEXT), "A_RES_78_111.txt"),
                                        "csrf_token": token(client)},
                       content_type="multipart/form-data", headers=headers).get_data(as_text=True)
    upload = re.search(r'name="upload" type="hidden" value="([0-9a-f]{32})"', html).group(1)
    saved = client.post("/import/save", data={"upload": upload, "csrf_token": token(client)}, headers=headers)
    review = client.get(saved.headers["Location"], headers=headers).get_data(as_text=True)
    found = re.search(r"A/RES/78/111[ :][^<]*publi[^<]*", review)
    assert found is not None and found.group(0).strip() == html_escape(said, quote=False)
