"""A row shows what its paragraph asks: from the clause that asks it, when clauses that ask nothing come
first ("Recognizes the need for indicators …, requests the Secretary-General to include, in future proposed
programme budgets, quantitative indicators …", A/RES/80/242 12, a fixture of tests/corpus), everywhere a row
is cut; a re-import sets it on paragraphs imported before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tracker.models import Obligation, Paragraph
from tracker.models.obligations import shown_words
from tracker.parsing import ObligationKind, OperativeParagraph, ParsedResolution, parse
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

TEXT = Path(__file__).parents[1] / "corpus" / "A_RES_80_242.txt"
TODAY = dt.date(2026, 3, 1)
ASKS = "… requests the Secretary-General to include, in future proposed programme budgets, quantitative"


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


def _import(db_factory, *, replace: bool = False) -> None:
    with db_factory.begin() as db:
        import_resolution(db, parse(TEXT.read_bytes(), TEXT.name), Actor.system("test"), today=TODAY,
                          filename=TEXT.name, replace=replace)


def _paragraph_12(db) -> Paragraph:
    return db.scalars(select(Paragraph).where(Paragraph.eid == "para_12")).one()


def test_a_row_shows_the_paragraph_from_where_it_asks(client, db_factory):
    _import(db_factory)
    with db_factory() as db:
        paragraph = _paragraph_12(db)
        assert paragraph.text.startswith("Recognizes the need for indicators")
        ob = db.scalars(select(Obligation).where(Obligation.paragraph_id == paragraph.id)).one()
        assert ob.row_words.startswith(ASKS)  # the digests' and the officers' lists' words
    html = client.get("/search?symbol=A/RES/80/242&kind=action").get_data(as_text=True)
    assert ASKS in html and "Recognizes the need for indicators" not in html
    # the resolution page prints the paragraph whole
    page = client.get("/resolutions/A/RES/80/242").get_data(as_text=True)
    assert "Recognizes the need for indicators for providing quantifiable" in page


def test_a_reimport_sets_where_an_unchanged_paragraph_asks(db_factory):
    _import(db_factory)
    with db_factory.begin() as db:  # as a paragraph imported before the parser said it
        db.execute(update(Paragraph).values(asks_from=0))
    _import(db_factory, replace=True)
    with db_factory() as db:
        paragraph = _paragraph_12(db)
        assert paragraph.text[paragraph.asks_from:].startswith("requests the Secretary-General to include")


def test_a_standing_call_is_called_so_where_the_overview_counts_standing_calls(client, db_factory):
    """The overview counts "Standing calls"; the rows and the kind filter call the same kind so (DESIGN §1:
    ``exhortation``, "a *standing* call with no identifiable product"), in both languages."""
    _import(db_factory)
    html = client.get("/search?symbol=A/RES/80/242&kind=exhortation").get_data(as_text=True)
    assert "Standing call" in html and "Exhortation" not in html
    french = client.get("/search?symbol=A/RES/80/242&kind=exhortation",
                        headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "Appel permanent" in french and "Exhortation" not in french


def test_a_paragraph_that_fits_its_row_is_shown_whole(client, db_factory):
    """A/RES/78/108 11 "Welcomes the efforts of the International Law Commission to improve its methods of
    work, and encourages the Commission to continue this practice;" fits a row (220 characters): shown from
    "encourages", the call would lose what "this practice" is, so the row shows it whole; the same words cut
    to a narrower room (a mandate panel's 160, ``shown_words``) start where it asks."""
    text = ("Welcomes the efforts of the International Law Commission to improve its methods of work, and "
            "encourages the Commission to continue this practice;")
    asks_from = text.index("encourages")
    parsed = ParsedResolution(
        symbol="A/RES/78/108", body="GA", session=78, adopted_on=dt.date(2023, 12, 7), title="ILC",
        operative=[OperativeParagraph(number="11", text=text, action="welcomes",
                                      kind=ObligationKind.EXHORTATION, eid="para_11", asks_from=asks_from,
                                      actors=["International Law Commission"])])
    with db_factory.begin() as db:
        import_resolution(db, parsed, Actor.system("test"), today=TODAY, publish=True)
    html = client.get("/search?symbol=A/RES/78/108").get_data(as_text=True)
    assert "Welcomes the efforts of the International Law Commission" in html
    assert "… encourages the Commission" not in html
    assert shown_words(None, text, asks_from, 220) == text
    assert shown_words(None, text, asks_from, 100) == "… encourages the Commission to continue this practice;"
