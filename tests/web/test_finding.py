"""Finding things: the words box finds symbols and its own example, results open the obligation,
warnings name the filters as the form does, empty parameters leave the URL, no downloads for
nothing, and the timeline opens on what is overdue and what comes next."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import gen_entity, gen_obligation, gen_resolution

TODAY = dt.date(2026, 8, 1)


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY, "DASHBOARDS_CACHE_SECONDS": 0}


@pytest.fixture
def world(db):
    sg = gen_entity(db, "Secretary-General")
    res = gen_resolution(db, "A/RES/71/19", title="Cooperation between the United Nations and INTERPOL")
    report = gen_obligation(db, res, text="Requests the Secretary-General to submit a report;", owners=[sg],
                            due_on=dt.date(2026, 2, 10))
    later = gen_obligation(db, res, text="Decides to include in the provisional agenda an item;", owners=[sg],
                           kind="agenda", due_on=dt.date(2026, 11, 3))
    db.commit()
    return {"report": report, "later": later, "res": res}


def test_the_example_of_the_words_box_and_a_symbol_find_obligations(client, world):
    page = client.get("/search").get_data(as_text=True)
    assert "e.g. report INTERPOL" in page
    found = client.get("/search?q=report+INTERPOL").get_data(as_text=True)
    assert "1 obligation found" in found
    by_symbol = client.get("/search?q=A/RES/71/19").get_data(as_text=True)
    assert "2 obligations found" in by_symbol
    # a result opens the obligation, with its history
    assert f'href="/obligations/{world["report"].id}"' in found


def test_empty_parameters_leave_the_url_and_nothing_found_offers_no_download(client, world):
    response = client.get("/search?q=report&symbol=&body=&session=&kind=&due_within=&due_from=&due_to=")
    assert response.status_code == 302 and response.headers["Location"] == "/search?q=report"
    nothing = client.get("/search?q=nonexistentword").get_data(as_text=True)
    assert "0 obligations found" in nothing and "/exports/obligations.csv" not in nothing
    some = client.get("/search?q=report").get_data(as_text=True)
    assert "/exports/obligations.csv?q=report" in some


def test_warnings_name_the_filters_as_the_form_does(client, world):
    html = client.get("/search?session=abc&due_within=x&due_from=2026-13-01").get_data(as_text=True)
    assert "Adopted at session" in html and "Due within (days)" in html and "Due from" in html
    warning = html[html.index("were not understood"):][:300]
    assert "due_within" not in warning and "due_from" not in warning
    fr = client.get("/search?session=abc", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "Adoptée à la session" in fr[fr.index("alert-warning"):][:400]


def test_the_timeline_opens_on_the_overdue_and_the_coming_months(client, world):
    html = client.get("/timeline").get_data(as_text=True)
    assert 'value="2026-02"' in html  # from the month of the oldest overdue obligation
    assert "Secretary-General" in html  # grouped by owner: dated obligations without a session count
    assert 'option value="owner" selected' in html
    months = html[html.index("<thead>"):html.index("</thead>")]
    assert "Feb 26" in months and "Nov 26" in months
