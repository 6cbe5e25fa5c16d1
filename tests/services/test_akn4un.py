"""Guarantee: Akoma Ntoso as AKN4UN writes it. A hand-written AKN4UN file from another producer
(points wrapped in ``<list>``, AKN4UN eIds, metadata only in the standard places) imports with all
its paragraphs, points and words; every export validates against the OASIS ``akomantoso30.xsd``
(shipped in tests/schemas/akn/, see its README) and follows the naming convention (FRBR URIs with
``!main``, subtype ``deliberation``, ``rec_N``, ``para_N__list_1__point_x``, every ``source`` and
``href="#…"`` naming an element); files written with the register's older names still read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from tests.services.seed import TODAY, seed
from tracker.models import Footnote, Obligation, Paragraph
from tracker.parsing import parse
from tracker.parsing.akn import AKN_NS, MT_NS, akn_eid, parse_akn, register_eid
from tracker.services.actors import Actor
from tracker.services.akn import export_akn
from tracker.services.exports import load_resolution
from tracker.services.importing import import_file, import_resolution

HERE = Path(__file__).parent
EXAMPLE = HERE / "data" / "A-RES-71-19.akn4un.xml"
SCHEMA = HERE.parent / "schemas" / "akn" / "akomantoso30.xsd"
CORPUS = HERE.parent / "corpus"
NS = {"a": AKN_NS}
CLI = Actor.system("cli")


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(SCHEMA), parser))


def assert_valid(schema: etree.XMLSchema, xml: bytes) -> etree._Element:
    root = etree.fromstring(xml)
    assert schema.validate(root), [str(e) for e in schema.error_log][:5]
    return root


def assert_akn4un_names(root: etree._Element, symbol: str) -> None:
    statement = root.find("a:statement", NS)
    assert statement.get("name") == "deliberation"
    work = statement.find("a:meta/a:identification/a:FRBRWork", NS)
    uri = work.find("a:FRBRuri", NS).get("value")
    assert re.fullmatch(r"/akn/un/statement/deliberation/[a-z]+/\d{4}-\d{2}-\d{2}/[a-z0-9-]+", uri), uri
    for level, this in (("FRBRWork", "/!main"), ("FRBRExpression", "/eng@/!main"),
                        ("FRBRManifestation", "/eng@/!main.xml")):
        assert statement.find(f"a:meta/a:identification/a:{level}/a:FRBRthis", NS).get("value") == uri + this
    assert work.find("a:FRBRdate", NS).get("date")
    assert statement.find("a:meta/a:lifecycle/a:eventRef", NS) is not None
    assert root.findtext(".//a:preface//a:docNumber", namespaces=NS) == symbol
    ids = {el.get("eId") for el in root.iter() if el.get("eId")}
    for el in root.iter():
        for attr in ("source", "href", "refersTo"):
            value = el.get(attr) or ""
            if value.startswith("#"):
                assert value[1:] in ids, f"{attr}={value} names no element"
    for recital in root.iterfind(".//a:recital", NS):
        assert re.fullmatch(r"rec_\d+", recital.get("eId"))
    for point in root.iterfind(".//a:point", NS):
        assert point.getparent().tag == f"{{{AKN_NS}}}list"
        assert re.search(r"__list_\d+__point_\w+$", point.get("eId")), point.get("eId")
        assert point.get("eId").startswith(point.getparent().get("eId") + "__")


def test_the_hand_written_example_is_valid_akn(schema):
    assert_valid(schema, EXAMPLE.read_bytes())


def test_another_producers_file_reads_with_every_paragraph_point_and_word():
    theirs = parse_akn(EXAMPLE.read_bytes())
    ours = seed()
    assert (theirs.symbol, theirs.body, theirs.session, str(theirs.adopted_on)) == \
        ("A/RES/71/19", "GA", 71, "2016-11-21")
    assert theirs.title == ours.title and theirs.agenda_items == ["126"]
    assert [(p.eid, p.text) for p in theirs.preambular] == [(p.eid, p.text) for p in ours.preambular[:3]]
    assert [(f.marker, f.text, f.cited_by) for f in theirs.footnotes] == \
        [("1", "United Nations, Treaty Series, vol. 1996, No. 1200.", ["recital_2"])]
    assert [(o.number, o.eid, o.text) for o in theirs.operative] == \
        [(o.number, o.eid, o.text) for o in ours.operative]
    three = theirs.operative[2]
    assert [(s.label, s.eid, s.text) for s in three.subparagraphs] == \
        [(s.label, s.eid, s.text) for s in ours.operative[2].subparagraphs]
    # no analysis in the file: the parser's rules read the words
    assert [(o.action, o.kind) for o in theirs.operative] == [(o.action, o.kind) for o in ours.operative]
    assert [d.session for d in theirs.operative[4].deadlines] == [73]


def test_it_imports_through_import_file_and_exports_valid_akn4un_that_reads_back_the_same(db, schema):
    result = import_file(db, EXAMPLE.read_bytes(), EXAMPLE.name, CLI, replace=False, publish=True,
                         today=TODAY)
    db.flush()
    assert result.obligations == 6
    three = db.query(Obligation).join(Paragraph).filter(Paragraph.eid == "para_3").one()
    assert [i.label for i in three.items] == ["a", "b", "c", "d", "e"]
    assert "INTERPOL training and capacity-building" in three.paragraph.text
    xml = export_akn(db, load_resolution(db, "A/RES/71/19"))
    root = assert_valid(schema, xml)
    assert_akn4un_names(root, "A/RES/71/19")
    assert root.find(".//a:paragraph[@eId='para_3']/a:list[@eId='para_3__list_1']/"
                     "a:point[@eId='para_3__list_1__point_a']", NS) is not None
    first, again = parse_akn(EXAMPLE.read_bytes()).to_dict(), parse_akn(xml).to_dict()
    for key in ("symbol", "body", "session", "adopted_on", "title", "agenda_items", "preambular",
                "footnotes"):
        assert again[key] == first[key], key
    for mine, theirs in zip(again["operative"], first["operative"], strict=True):
        for key in ("number", "eid", "text", "action", "kind", "subparagraphs", "deadlines"):
            assert mine[key] == theirs[key], (theirs["number"], key)


CORPUS_TEXTS = sorted(p for p in CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS_TEXTS, ids=[p.stem for p in CORPUS_TEXTS])
def test_every_export_validates_and_follows_the_naming_convention(db, schema, path):
    parsed = parse(path.read_bytes(), path.name)
    import_resolution(db, parsed, CLI, today=TODAY, filename=path.name)
    db.flush()
    xml = export_akn(db, load_resolution(db, parsed.symbol))
    root = assert_valid(schema, xml)
    assert_akn4un_names(root, parsed.symbol)
    back = parse_akn(xml)
    assert [o.eid for o in back.operative] == [o.eid for o in parsed.operative]
    assert [(o.text, [s.eid for s in o.subparagraphs]) for o in back.operative] == \
        [(o.text, [s.eid for s in o.subparagraphs]) for o in parsed.operative]
    # an annexed instrument: an attachment of its own, read back paragraph by paragraph
    assert [(a.number, a.title, [(o.eid, o.text, [s.eid for s in o.subparagraphs]) for o in a.paragraphs])
            for a in back.annexes] == \
        [(a.number, a.title, [(o.eid, o.text, [s.eid for s in o.subparagraphs]) for o in a.paragraphs])
         for a in parsed.annexes]


def test_an_annexed_declaration_is_an_attachment_with_its_own_body_and_analysis(db, schema):
    path = CORPUS / "A_RES_80_3.txt"  # adopts the Awaza Political Declaration "as contained in the annex"
    parsed = parse(path.read_bytes(), path.name)
    (declaration,) = parsed.annexes
    import_resolution(db, parsed, CLI, today=TODAY, filename=path.name)
    db.flush()
    root = assert_valid(schema, export_akn(db, load_resolution(db, parsed.symbol)))
    statement = root.find("a:statement", NS)
    (attachment,) = statement.findall("a:attachments/a:attachment", NS)
    doc = attachment.find("a:doc[@name='annex']", NS)
    work = statement.find("a:meta/a:identification/a:FRBRWork/a:FRBRuri", NS).get("value")
    assert doc.find("a:meta/a:identification/a:FRBRWork/a:FRBRthis", NS).get("value") == work + "/!annex_1"
    assert doc.findtext("a:preface//a:docTitle", namespaces=NS) == declaration.title
    paragraphs = doc.findall("a:mainBody/a:paragraph", NS)
    assert [p.get("eId") for p in paragraphs] == [o.eid for o in declaration.paragraphs]
    # none of the declaration's words are in the resolution's own body
    assert not statement.findall("a:mainBody//a:paragraph[@eId='annex_1__para_1']", NS)
    # its points in a list, its footnotes where they are cited
    thirteen = doc.find("a:mainBody/a:paragraph[@eId='annex_1__para_13']", NS)
    assert [p.get("eId") for p in thirteen.findall("a:list/a:point", NS)] == \
        [f"annex_1__para_13__list_1__point_{x}" for x in "abcde"]
    cited = {f.marker for f in parsed.footnotes if "annex_1__para_2" in f.cited_by}
    assert cited and {n.get("marker") for n in doc.iterfind(
        "a:mainBody/a:paragraph[@eId='annex_1__para_2']//a:authorialNote", NS)} == cited
    # the analysis refers to each of them, as to the operative paragraphs
    refers = [ob.get("refersTo") for ob in statement.iterfind("a:meta/a:proprietary/m:obligation",
                                                               {**NS, "m": MT_NS})]
    assert [r for r in refers if r.startswith("#annex_")] == ["#" + o.eid for o in declaration.paragraphs]


def test_an_instrument_numbered_by_section_keeps_its_parts(db, schema):
    """A plan of action numbered anew in each section (A/RES/60/288's, abridged): eIds with the
    section's part, unique in the file, read back with their parts."""
    from tests.unit.parsing.test_annexes import _STRATEGY

    parsed = parse(_STRATEGY, "A_RES_60_288.txt")
    import_resolution(db, parsed, CLI, today=TODAY, filename="A_RES_60_288.txt")
    db.flush()
    root = assert_valid(schema, export_akn(db, load_resolution(db, parsed.symbol)))
    assert_akn4un_names(root, parsed.symbol)
    eids = [el.get("eId") for el in root.iter() if el.get("eId")]
    assert len(eids) == len(set(eids))
    (annex,) = parse_akn(etree.tostring(root)).annexes
    assert [(o.eid, o.part) for o in annex.paragraphs] == \
        [(o.eid, o.part) for o in parsed.annexes[0].paragraphs]
    assert annex.paragraphs[2].eid == "annex_1__part_I__para_1"


def test_another_producers_attachments_read_as_annexed_instruments():
    """An attachment with numbered paragraphs is an instrument (eIds of its own, no analysis: the
    parser's rules read it in the voice of the States); one without (a table) is not."""
    xml = (f'<akomaNtoso xmlns="{AKN_NS}"><statement name="deliberation"><meta><identification '
           'source="#x"><FRBRWork>'
           '<FRBRthis value="/akn/un/statement/deliberation/unga/2025-09-01/a-res-80-9/!main"/>'
           '<FRBRuri value="/akn/un/statement/deliberation/unga/2025-09-01/a-res-80-9"/><FRBRdate '
           'date="2025-09-01" name="adoption"/><FRBRauthor href="#x"/><FRBRcountry value="un"/>'
           '<FRBRnumber value="A/RES/80/9"/></FRBRWork></identification></meta>'
           '<mainBody><paragraph eId="para_1"><num>1.</num><content><p>Adopts the Declaration contained '
           'in the annex to the present resolution;</p></content></paragraph></mainBody>'
           '<attachments><attachment eId="att_1"><doc name="annex"><meta><identification source="#x"/></meta>'
           '<mainBody><tblock><p>Members of the Committee</p></tblock></mainBody></doc></attachment>'
           '<attachment eId="att_2"><heading>Declaration on Landlocked Countries</heading><doc name="annex">'
           '<meta><identification source="#x"/></meta><mainBody>'
           '<paragraph eId="att_2__para_1"><num>1.</num><content><p>We reaffirm our commitment to the '
           'Programme of Action;</p></content></paragraph>'
           '<paragraph eId="att_2__para_2"><num>2.</num><list eId="att_2__para_2__list_1"><intro><p>We '
           'request the Secretary-General to submit a report by 2027:</p></intro><point><num>(a)</num>'
           '<content><p>on transit;</p></content></point></list></paragraph>'
           '</mainBody></doc></attachment></attachments></statement></akomaNtoso>').encode()
    back = parse_akn(xml)
    assert [o.eid for o in back.operative] == ["para_1"]
    (declaration,) = back.annexes
    assert (declaration.number, declaration.title) == (2, "Declaration on Landlocked Countries")
    assert [(o.number, o.eid) for o in declaration.paragraphs] == \
        [("1", "annex_2__para_1"), ("2", "annex_2__para_2")]
    two = declaration.paragraphs[1]
    assert two.text == "We request the Secretary-General to submit a report by 2027: (a) on transit;"
    assert [s.eid for s in two.subparagraphs] == ["annex_2__para_2__point_a"]
    assert two.action == "requests" and two.actors == ["Secretary-General"]
    assert [(d.date.year, d.precision) for d in two.deadlines] == [(2027, "year")]


def test_another_producers_paragraphs_are_read_as_the_parser_reads_the_same_words():
    """No analysis in the file: each paragraph read by the parser's own reading of a paragraph
    (``parser.read_paragraph``), not a shorter copy of it — a request in the passive voice, the
    kinds of a paragraph's points."""
    paragraphs = [
        "The Secretary-General is requested to submit to the General Assembly at its eighty-first session "
        "a report on the implementation of the present resolution.",
        "Requests the Secretary-General to continue to support the work of the Special Committee;",
    ]
    points = ["To welcome the progress made;", "To request the Secretary-General to submit a report on the "
              "matter to the General Assembly at its eighty-first session."]
    xml = (f'<akomaNtoso xmlns="{AKN_NS}"><statement name="deliberation"><meta><identification '
           'source="#x"><FRBRWork>'
           '<FRBRthis value="/akn/un/statement/deliberation/unga/2025-09-01/a-res-80-9/!main"/>'
           '<FRBRuri value="/akn/un/statement/deliberation/unga/2025-09-01/a-res-80-9"/><FRBRdate '
           'date="2025-09-01" name="adoption"/><FRBRauthor href="#x"/><FRBRcountry value="un"/>'
           '<FRBRnumber value="A/RES/80/9"/></FRBRWork></identification></meta><mainBody>'
           + "".join(f'<paragraph eId="para_{n}"><num>{n}.</num><content><p>{text}</p></content></paragraph>'
                     for n, text in enumerate(paragraphs, start=1))
           + '<paragraph eId="para_3"><num>3.</num><list eId="para_3__list_1"><intro><p>Decides:</p></intro>'
           + "".join(f'<point><num>({x})</num><content><p>{text}</p></content></point>'
                     for x, text in zip("ab", points, strict=True))
           + '</list></paragraph></mainBody></statement></akomaNtoso>').encode()
    text = ("A/RES/80/9\n\nThe General Assembly,\n\nRecalling its resolution 1,\n\n"
            + "".join(f"{n}. {p}\n\n" for n, p in enumerate(paragraphs, start=1))
            + "3. Decides:\n\n" + "".join(f"({x}) {p}\n\n" for x, p in zip("ab", points, strict=True))
            + "64th plenary meeting\n1 September 2025\n")

    def reading(resolution):
        return [(o.action, o.kind, o.actors, o.deliverable, [d.session for d in o.deadlines],
                 [s.kind for s in o.subparagraphs]) for o in resolution.operative]

    theirs, ours = reading(parse_akn(xml)), reading(parse(text, "A_RES_80_9.txt"))
    assert theirs == ours
    assert theirs[0][:3] == ("requests", "report", ["Secretary-General"])


@pytest.mark.parametrize(("register", "akn"), [
    ("recital_4", "rec_4"),
    ("para_3", "para_3"),
    ("para_3__point_b", "para_3__list_1__point_b"),
    ("para_2__point_b__point_iv", "para_2__list_1__point_b__list_1__point_iv"),
    ("part_B__para_2__point_a", "part_B__para_2__list_1__point_a"),
    ("annex_1__para_4", "annex_1__para_4"),
])
def test_eids_translate_both_ways(register, akn):
    assert akn_eid(register) == akn and register_eid(akn) == register
    assert register_eid(register) == register  # the old names read as they are


def test_the_registers_older_names_still_read():
    old = (f'<akomaNtoso xmlns="{AKN_NS}"><statement name="resolution"><preface><p><docNumber>A/RES/71/19'
           '</docNumber></p></preface><preamble><recitals><recital eId="recital_1"><p>Recalling its '
           'resolution 51/1,</p></recital></recitals></preamble><mainBody><paragraph eId="para_3"><num>3.'
           '</num><intro><p>Encourages increased cooperation:</p></intro><point eId="para_3__point_a">'
           '<num>(a)</num><content><p>The INTERPOL I-24/7 global police secure communications system;</p>'
           '</content></point></paragraph></mainBody></statement></akomaNtoso>').encode()
    back = parse_akn(old)
    assert back.preambular[0].eid == "recital_1"
    (three,) = back.operative
    assert three.eid == "para_3" and [s.eid for s in three.subparagraphs] == ["para_3__point_a"]
    assert three.text == ("Encourages increased cooperation: (a) The INTERPOL I-24/7 global police secure "
                          "communications system;")


def _point_eids(db, parent_eid: str) -> list[str]:
    parent = db.query(Paragraph).filter(Paragraph.eid == parent_eid, Paragraph.removed_at.is_(None)).one()
    return [p.eid for p in db.query(Paragraph).filter(Paragraph.parent_id == parent.id)
            .order_by(Paragraph.position)]


def test_an_unchanged_paragraph_re_imported_takes_its_points_eids_from_the_file(db):
    """Re-importing a producer's file whose text is unchanged but whose points are named anew
    gives the points the file's names, as a first import of that file would; an eId over the
    register's 110 characters is cut where a first import cuts it, so re-importing the same file
    leaves it as it was."""
    long = "para_3__list_1__point_" + "a" * 120
    renamed = EXAMPLE.read_bytes().replace(b'eId="para_3__list_1__point_a"', f'eId="{long}"'.encode()) \
        .replace(b'eId="para_3__list_1__point_b"', b'eId="para_3__list_1__point_second"')
    import_file(db, EXAMPLE.read_bytes(), EXAMPLE.name, CLI, replace=False, publish=True, today=TODAY)
    db.flush()
    assert _point_eids(db, "para_3")[:2] == ["para_3__point_a", "para_3__point_b"]
    for _ in range(2):  # the second time, the same file again: nothing moves
        result = import_file(db, renamed, EXAMPLE.name, CLI, replace=True, publish=True, today=TODAY)
        db.flush()
        assert result.replaced and result.changed == 0
        db.expire_all()
        assert _point_eids(db, "para_3")[:3] == \
            [register_eid(long)[:110], "para_3__point_second", "para_3__point_c"]


def test_two_recitals_with_one_eid_keep_each_its_own_footnote(db):
    """Another producer's file may give two recitals one eId (the second is stored as
    ``recital_2_2``): each recital's footnote is linked to it, on a first import and on a
    re-import, not both to the same recital."""
    twice = EXAMPLE.read_bytes().replace(b'eId="rec_3"', b'eId="rec_2"').replace(
        b"wildlife,</p></recital>",
        b'wildlife<authorialNote marker="2" placement="bottom"><p>See resolution 69/314.</p>'
        b"</authorialNote>,</p></recital>")
    for replace in (False, True):
        import_file(db, twice, EXAMPLE.name, CLI, replace=replace, publish=True, today=TODAY)
        db.flush()
        db.expire_all()
        assert sorted((n.marker, p.number, p.eid) for n in db.query(Footnote) for p in n.paragraphs) == \
            [("1", "2", "recital_2"), ("2", "3", "recital_2_2")]


def test_a_third_level_of_points_is_a_list_in_a_point(db, schema):
    """"(a) … / (iv) Matters relating to: / a. … / b. …" (A/RES/61/111 4): the third level is a
    list inside point (iv), every eId unique, and reads back with the same points."""
    from tests.unit.parsing.test_deeper_levels import TEXT

    parsed = parse(TEXT, "A_RES_61_111.txt")
    import_resolution(db, parsed, CLI, today=TODAY, filename="A_RES_61_111.txt")
    db.flush()
    root = assert_valid(schema, export_akn(db, load_resolution(db, parsed.symbol)))
    assert_akn4un_names(root, parsed.symbol)
    iv = root.find(".//a:point[@eId='para_1__list_1__point_a__list_1__point_iv']", NS)
    assert [p.get("eId") for p in iv.findall("a:list/a:point", NS)] == [
        "para_1__list_1__point_a__list_1__point_iv__list_1__point_a",
        "para_1__list_1__point_a__list_1__point_iv__list_1__point_b"]
    (back, _two) = parse_akn(etree.tostring(root)).operative
    assert back.subparagraphs[0].subparagraphs[3].subparagraphs[1].eid == \
        "para_1__point_a__point_iv__point_b"
