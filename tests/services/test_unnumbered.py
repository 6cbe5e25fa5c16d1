"""A paragraph printed without a number (A/RES/76/240 C and D, abridged in data/) is stored as such,
kept by a re-import, and goes out to Akoma Ntoso without a ``num`` and back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lxml import etree
from sqlalchemy import select

from tracker.models import Paragraph
from tracker.parsing import parse
from tracker.parsing.akn import AKN_NS, parse_akn
from tracker.services.actors import Actor
from tracker.services.akn import export_akn
from tracker.services.exports import load_resolution, resolution_document
from tracker.services.importing import import_resolution

TEXT = Path(__file__).parent / "data" / "A_RES_76_240.txt"
TODAY = dt.date(2022, 1, 15)
NS = {"a": AKN_NS}


def _import(db, parsed=None, *, replace=False):
    parsed = parsed or parse(TEXT.read_bytes(), TEXT.name)
    import_resolution(db, parsed, Actor.system("test"), today=TODAY, filename=TEXT.name, replace=replace)
    db.flush()
    return load_resolution(db, "A/RES/76/240")


def _stored(db) -> list[tuple[str, str, bool]]:
    rows = db.scalars(select(Paragraph).where(Paragraph.kind == "operative").order_by(Paragraph.position))
    return [(p.eid, p.number, p.unnumbered) for p in rows]


def test_the_import_stores_which_paragraphs_are_printed_without_a_number(db):
    _import(db)
    expected = [("para_1", "1", False), ("para_2", "2", False), ("part_A__para_1", "1", False),
                ("part_A__para_2", "2", False), ("part_C__para_1", "1", True), ("part_D__para_1", "1", True)]
    assert _stored(db) == expected
    education = db.scalars(select(Paragraph).filter_by(eid="part_C__para_1")).one()
    assert education.shown_number == "(unnumbered)"
    assert db.scalars(select(Paragraph).filter_by(eid="para_2")).one().shown_number == "2"
    # a re-import keeps it, for the paragraphs it matches and those it writes anew
    _import(db, replace=True)
    assert _stored(db) == expected


def test_the_resolution_document_says_so(db):
    doc = resolution_document(db, _import(db), TODAY)
    assert [p.get("unnumbered", False) for p in doc["operative"]] == [False] * 4 + [True] * 2


def test_akn_writes_no_num_for_it_and_reads_it_back(db):
    resolution = _import(db)
    xml = export_akn(db, resolution)
    root = etree.fromstring(xml)
    education = root.find(".//a:part[@eId='part_C']/a:paragraph", NS)
    assert education.get("eId") == "part_C__para_1" and education.find("a:num", NS) is None
    assert root.find(".//a:part[@eId='part_A']/a:paragraph/a:num", NS).text == "1."
    xsd = Path(__file__).parents[1] / "schemas" / "akn" / "akomantoso30.xsd"
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    assert schema.validate(root), schema.error_log
    back = parse_akn(xml)
    assert [(p.eid, p.number, p.unnumbered) for p in back.operative] == _stored(db)
    # read back as the parser reads the text
    original = parse(TEXT.read_bytes(), TEXT.name).to_dict()["operative"]
    keys = ("number", "part", "unnumbered", "eid", "text", "action", "kind", "deadlines")
    assert [{k: p.get(k) for k in keys} for p in back.to_dict()["operative"]] == \
        [{k: p.get(k) for k in keys} for p in original]


def test_a_producers_paragraphs_without_num_are_unnumbered_in_their_part(db):
    xml = export_akn(db, _import(db))
    root = etree.fromstring(xml)
    for para in root.iter(f"{{{AKN_NS}}}paragraph"):
        del para.attrib["eId"]  # another producer's file: no eIds of ours
        if para.getparent().get("eId") == "part_A":
            para.remove(para.find("a:num", NS))
    back = parse_akn(etree.tostring(root))
    assert [(p.part, p.number, p.unnumbered) for p in back.operative] == [
        (None, "1", False), (None, "2", False), ("A", "1", True), ("A", "2", True), ("C", "1", True),
        ("D", "1", True)]
