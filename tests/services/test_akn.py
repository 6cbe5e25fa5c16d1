"""Akoma Ntoso: the seed exported as AKN4UN and imported back gives the same paragraphs and
obligations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

import tracker
from tests.api.conftest import SEED, TODAY, import_seed
from tracker.models import Obligation
from tracker.parsing import ParseError, parse
from tracker.parsing.akn import AKN_NS, parse_akn
from tracker.services.actors import Actor
from tracker.services.akn import export_akn
from tracker.services.exports import load_resolution, resolution_document
from tracker.services.importing import import_resolution
from tracker.services.importing.review import Review, ReviewPoint

NS = {"a": AKN_NS}
DEMO = Path(tracker.__file__).parent / "data" / "demo"


def _comparable(doc: dict) -> dict:
    """The resolution document without what differs between two imports (ids, times)."""
    for p in [*doc["operative"], *(p for a in doc["annexes"] for p in a["paragraphs"])]:
        for o in p["obligations"]:
            for key in ("id", "updated_at", "url", "version"):
                o.pop(key, None)
            o["owners"] = [e["name"] for e in o["owners"]]
    return doc


def _export(db) -> tuple[bytes, dict]:
    import_seed(db)
    db.flush()
    resolution = load_resolution(db, "A/RES/71/19")
    return export_akn(db, resolution), _comparable(resolution_document(db, resolution, TODAY))


def test_export_is_an_akn4un_statement_with_the_import_eids(db):
    xml, _ = _export(db)
    root = etree.fromstring(xml)
    statement = root.find("a:statement", NS)
    assert statement is not None and statement.get("name") == "deliberation"
    assert root.findtext(".//a:preface//a:docNumber", namespaces=NS) == "A/RES/71/19"
    assert len(root.findall(".//a:preamble//a:recital", NS)) == 13
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.get("eId") for p in paragraphs] == [f"para_{n}" for n in range(1, 7)]
    points = [p.get("eId") for p in root.findall(".//a:paragraph[@eId='para_3']/a:list/a:point", NS)]
    assert points and all(e.startswith("para_3__list_1__point_") for e in points)
    assert root.find(".//a:authorialNote", NS) is not None


def test_akn_reads_back_as_the_parser_reads_the_text(db):
    xml, _ = _export(db)
    original = parse(SEED.read_bytes(), SEED.name).to_dict()
    back = parse_akn(xml).to_dict()
    for key in ("symbol", "body", "session", "adopted_on", "title", "agenda_items", "meeting",
                "draft_symbols", "committee_note", "distributed_on", "preambular_count"):
        assert back[key] == original[key], key
    assert [(p["eid"], p["text"]) for p in back["preambular"]] == \
        [(p["eid"], p["text"]) for p in original["preambular"]]
    for mine, theirs in zip(back["operative"], original["operative"], strict=True):
        for key in ("number", "eid", "text", "action", "kind", "deliverable", "deadlines", "subparagraphs"):
            assert mine[key] == theirs[key], (theirs["number"], key)
    assert [(f["marker"], f["text"]) for f in back["footnotes"]] == \
        [(f["marker"], f["text"]) for f in original["footnotes"]]


_UNKNOWN = ReviewPoint(Review.UNKNOWN_OWNERS, "").note

#: the seed, and the demo's resolution that adopts a declaration "as contained in the annex"
ROUND_TRIP = [SEED, DEMO / "A_RES_80_3.txt"]


@pytest.mark.parametrize("path", ROUND_TRIP, ids=[p.stem for p in ROUND_TRIP])
def test_round_trip_gives_the_same_paragraphs_and_obligations(db, path):
    parsed = parse(path.read_bytes(), path.name)
    import_resolution(db, parsed, Actor.system("test"), today=TODAY, filename=path.name)
    db.flush()
    resolution = load_resolution(db, parsed.symbol)
    xml = export_akn(db, resolution)
    before = _comparable(resolution_document(db, resolution, TODAY))
    # Owner candidates are for reviewers only, so a public export does not name them: a paragraph
    # flagged for nothing but an unknown actor comes back unflagged, no owner comes back "not yet
    # confirmed", and nothing else changes.
    unknown_only = {o.paragraph.eid for o in db.scalars(select(Obligation).filter_by(resolution=resolution))
                    if o.review_note and o.review_note.startswith(_UNKNOWN) and "; " not in o.review_note}
    for p in [*before["operative"], *(p for a in before["annexes"] for p in a["paragraphs"])]:
        for o in p["obligations"]:
            o["needs_review"] = o["needs_review"] and p["eid"] not in unknown_only
            o["owner_unconfirmed"] = False
    db.delete(resolution)
    db.flush()
    import_resolution(db, parse_akn(xml), Actor.system("test"), today=TODAY, filename=path.stem + ".akn.xml")
    db.flush()
    after = _comparable(resolution_document(db, load_resolution(db, parsed.symbol), TODAY))
    assert after == before
    # the annexed declaration came back whole: every paragraph, point and obligation
    assert [len(a["paragraphs"]) for a in after["annexes"]] == [len(a.paragraphs) for a in parsed.annexes]


def test_akn_without_our_analysis_is_analysed_by_the_parser(db):
    xml, before = _export(db)
    root = etree.fromstring(xml)
    for prop in root.iter(f"{{{AKN_NS}}}proprietary"):
        for child in list(prop):
            if child.tag.endswith("}obligation"):
                prop.remove(child)
    back = parse_akn(etree.tostring(root))
    five = next(p for p in back.operative if p.number == "5")
    assert five.action == "requests" and [d.session for d in five.deadlines] == [73]
    assert back.operative[4].eid == "para_5"


@pytest.mark.parametrize("data", [b"", b"<not-akn/>", b"<akomaNtoso", b"plain text"])
def test_bad_files_are_parse_errors(data):
    with pytest.raises(ParseError):
        parse_akn(data)


def test_no_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me")
    xml = (f'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<akomaNtoso xmlns="{AKN_NS}"><statement><preface><p><docNumber>&x;</docNumber></p></preface>'
           f'</statement></akomaNtoso>').encode()
    with pytest.raises(ParseError) as info:
        parse_akn(xml)
    assert "do not read me" not in str(info.value)


def test_akn_route_and_api_import(client, db_factory):
    with db_factory() as db:
        import_seed(db)
        db.commit()
    response = client.get("/exports/resolutions/A/RES/71/19.akn.xml")
    assert response.status_code == 200 and b"<akomaNtoso" in response.data
    assert dt.date.fromisoformat(etree.fromstring(response.data).find(".//a:docDate", NS).get("date"))
