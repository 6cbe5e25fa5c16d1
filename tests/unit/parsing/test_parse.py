"""The parser end to end on the seed, synthetic inputs and bad input."""

from __future__ import annotations

import datetime as dt
import io
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.parsing.texts import security_council_resolution
from tracker.parsing import MAX_INPUT_BYTES, Gazetteer, ParseError, parse

SEED = Path(__file__).parents[2] / "corpus" / "A-RES-71-19.txt"


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("tests/corpus/A-RES-71-19.txt not present")
    return parse(SEED.read_bytes(), SEED.name)


def test_seed_metadata(seed):
    d = seed.to_dict()
    assert d["symbol"] == "A/RES/71/19"
    assert (d["body"], d["session"], d["adopted_on"]) == ("GA", 71, "2016-11-21")
    assert d["title"].startswith("Cooperation between the United Nations and the International")
    assert d["agenda_items"] == ["126"]
    assert d["meeting"] == "48th plenary meeting"
    assert d["draft_symbols"] == ["A/71/L.17", "A/71/L.17/Add.1"]
    assert d["distributed_on"] == "2016-12-08"
    assert d["source_format"] == "markdown-text"


def test_seed_structure(seed):
    assert seed.preambular_count == 13
    # the paragraph interrupted by the footnote block is one paragraph
    sixth = seed.preambular[5].text
    assert sixth.startswith("Acknowledging that INTERPOL") and "transnational crime" in sixth
    assert [p.number for p in seed.operative] == ["1", "2", "3", "4", "5", "6"]
    assert [s.label for s in seed.operative[2].subparagraphs] == ["a", "b", "c", "d", "e"]
    assert seed.operative[2].subparagraphs[1].eid == "para_3__point_b"
    assert seed.preambular[0].eid == "recital_1"
    assert seed.warnings == []
    fn = {f.marker: f for f in seed.footnotes}
    assert fn["1"].text == "United Nations, Treaty Series, vol. 1996, No. 1200."
    assert fn["1"].cited_by == ["recital_2"]
    assert "<sup>" not in seed.preambular[1].text and "1" not in seed.preambular[1].text[-20:]
    assert "A/RES/51/1" in seed.references and "A/RES/70/1" in seed.references


def test_seed_obligations(seed):
    ops = {p.number: p for p in seed.operative}
    assert [ops[n].action for n in "123456"] == [
        "calls_for", "emphasizes", "encourages", "acknowledges", "requests", "decides"]
    assert ops["1"].actors == ["United Nations", "INTERPOL"]
    # "Emphasizes the importance of … cooperation between the United Nations and INTERPOL",
    # "Acknowledges the importance of extending real-time access … from the national central
    # bureaux …": declaratory, nothing asked of those they name (DESIGN §1)
    assert ops["2"].kind == ops["4"].kind == "declaratory"
    assert ops["2"].actors == ops["4"].actors == []
    assert ops["5"].actors == ["Secretary-General"] and ops["5"].kind == "report"
    assert ops["5"].deliverable == "a report on the implementation of the present resolution"
    assert ops["5"].deadline.to_dict() == {
        "kind": "session", "body": "GA", "session": 73, "text": "at its seventy-third session"}
    assert ops["6"].actors == ["General Assembly"] and ops["6"].kind == "agenda"
    assert 0 < ops["5"].confidence["action"] <= 1


RES = security_council_resolution("""1. Decides to extend the mandate of the Mission until 31 May 2032;

2. Requests the Secretary-General to report to the Council within 90 days of the adoption
of this resolution and every four months thereafter on:

(a) The situation;

(b) The Mission, including:

(i) Its troops;

(ii) Its police;

(c) Its budget;

3. Decides to remain actively seized of the matter.
""")


def test_security_council_nesting_and_deadlines():
    r = parse(RES)
    assert (r.symbol, r.body, r.session, str(r.adopted_on)) == (
        "S/RES/2999 (2031)", "SC", None, "2031-03-01")
    assert r.meeting == "9999th meeting"
    two = r.operative[1]
    assert [s.label for s in two.subparagraphs] == ["a", "b", "c"]
    assert [s.label for s in two.subparagraphs[1].subparagraphs] == ["i", "ii"]
    assert two.subparagraphs[1].subparagraphs[1].eid == "para_2__point_b__point_ii"
    assert [d.to_dict()["kind"] for d in two.deadlines] == ["relative", "recurring"]
    assert two.deadlines[0].days == 90 and two.deadlines[1].every == "P4M"
    assert r.operative[0].deadline.date.isoformat() == "2032-05-31"
    assert "S/RES/2231 (2015)" in r.references


def test_letter_i_after_h_is_a_letter():
    items = "\n\n".join(f"({c}) Item {c};" for c in "abcdefghij")
    r = parse(RES.replace("(a) The situation;", items))
    labels = [s.label for s in r.operative[1].subparagraphs]
    assert labels[:10] == list("abcdefghij")


def test_parts_with_restarting_numbering():
    text = RES.replace(
        "3. Decides to remain", "B\n\nThe Security Council,\n\n1. Welcomes the report;\n\n"
        "2. Decides to remain")
    text = text.replace("The Security Council,\n\nRecalling", "A\n\nThe Security Council,\n\nRecalling")
    r = parse(text)
    assert [(p.part, p.number) for p in r.operative] == [
        ("A", "1"), ("A", "2"), ("B", "1"), ("B", "2")]
    assert r.operative[2].eid == "part_B__para_1"


SILENCE_PROCEDURE = Path(__file__).parents[2] / "corpus" / "E_RES_2020_9.txt"


def test_a_date_alone_ends_the_resolution_as_a_meeting_line_does():
    """Adopted by silence procedure (2020), E/RES/2020/9 prints only its date after the last
    operative paragraph: the date is not the paragraph's text, nor a report's title."""
    r = parse(SILENCE_PROCEDURE.read_bytes(), SILENCE_PROCEDURE.name)
    last = r.operative[-1]
    assert last.number == "3" and last.text.endswith("Empowerment of Women.")
    assert "2020" not in last.deliverable
    assert r.adopted_on == dt.date(2020, 7, 2)


def test_a_resumed_meeting_line_without_brackets_ends_the_resolution():
    seized = "3. Decides to remain actively seized of the matter."
    r = parse(RES.replace(seized, seized + "\n\n54th resumed plenary meeting"))
    assert r.operative[-1].text == seized.removeprefix("3. ")


def test_numbering_gap_is_explained():
    r = parse(RES.replace("3. Decides to remain", "5. Decides to remain"))
    assert any("5 follows 2" in w and "3, 4" in w for w in r.warnings)


def test_gazetteer_can_be_extended():
    text = RES.replace("Requests the Secretary-General", "Requests the Blue Mission")
    assert parse(text).operative[1].actors == ["Blue Mission"]  # unknown: words as written
    g = Gazetteer.default().extended([("United Nations Blue Mission", ["Blue Mission", "UNBM"])])
    assert parse(text, gazetteer=g).operative[1].actors == ["United Nations Blue Mission"]
    custom = Gazetteer([("Widget Office", ["WO"])])
    assert custom.find("the WO will")[0][2] == "Widget Office"


def test_gazetteer_knows_its_canonical_names_not_their_aliases():
    custom = Gazetteer([("Widget Office", ["WO", "the Widget Bureau"])])
    assert custom.knows("Widget Office")
    assert not custom.knows("WO") and not custom.knows("Widget Bureau")
    more = custom.extended([("Gadget Unit", [])])
    assert more.knows("Gadget Unit") and more.knows("Widget Office") and not custom.knows("Gadget Unit")


# --- containers --------------------------------------------------------------------------


def _docx_bytes(text: str) -> bytes:
    import docx

    doc = docx.Document()
    for para in text.split("\n\n"):
        doc.add_paragraph(para.replace("\n", " "))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx_same_result_as_text():
    from_text = parse(RES).to_dict()
    from_docx = parse(_docx_bytes(RES), "x.docx").to_dict()
    assert from_docx["source_format"] == "docx"
    for key in ("symbol", "operative", "preambular_count"):
        assert from_docx[key] == from_text[key]


def _pdf(lines: list[str] | None) -> bytes:
    """A minimal one-page PDF; ``None`` gives a page without any text (an image-only scan)."""
    if lines is None:
        content = b"q 10 0 0 10 0 0 cm Q"
    else:
        ops = ["BT /F1 10 Tf 40 800 Td 12 TL"]
        for line in lines:
            safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({safe}) Tj T*")
        ops.append("ET")
        content = "\n".join(ops).encode("latin-1")
    stream = zlib.compress(content)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def test_pdf_text_path():
    lines = [ln for ln in RES.splitlines() if ln.strip()]
    r = parse(_pdf(lines), "res.pdf")
    assert r.source_format == "pdf"
    assert r.symbol == "S/RES/2999 (2031)"
    assert [p.number for p in r.operative] == ["1", "2", "3"]


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Dear colleagues,\n\nThe meeting is postponed.\n", "not a resolution"),
        (RES.split("1. Decides")[0].encode(), "no operative paragraphs"),
        (RES.split(" and every four")[0].encode(), "truncated"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "PDF"),
        (b"PK\x03\x04garbage", "zip"),
    ],
)
def test_bad_input_is_one_line_parse_error(data, message):
    with pytest.raises(ParseError) as exc:
        parse(data, "input.txt")
    text = str(exc.value)
    assert message.lower() in text.lower()
    assert "\n" not in text


def test_truncated_error_gives_line():
    with pytest.raises(ParseError) as exc:
        parse(RES.split(" and every four")[0])
    assert exc.value.line is not None and str(exc.value).startswith(f"line {exc.value.line}:")


def test_image_only_pdf():
    with pytest.raises(ParseError, match="no extractable text"):
        parse(_pdf(None), "scan.pdf")


def test_size_limit():
    big = RES.encode() + b" " * (MAX_INPUT_BYTES + 1)
    assert len(big) > 10 * 1024 * 1024
    with pytest.raises(ParseError, match="limit"):
        parse(big, "big.txt")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(str.encode)))
def test_arbitrary_bytes_raise_only_parse_error(data):
    try:
        parse(data, "fuzz.txt")
    except ParseError as exc:
        assert "\n" not in str(exc)


_PIECES = st.sampled_from([
    "The General Assembly,", "Recalling its resolution 70/1,", "1. Requests the Secretary-General",
    "to report at its seventy-third session;", "(a) Item;", "(i) Sub;", "2.", "\n\n", "\n",
    "__________", "1 Footnote.", "A/RES/78/1", "2/3", "23-24979", "", "<sup>1</sup>", "**",
    "- 3. Decides", "48th plenary meeting", "Annex", "B", "II", "We reaffirm",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_resolution_like_text_raises_only_parse_error(text):
    try:
        result = parse(text)
    except ParseError:
        return
    assert result.operative


@pytest.mark.parametrize("number_line", ["14/5\n", "14/5.\n"])
def test_a_title_printed_under_its_number_on_a_line_of_its_own(number_line):
    # the Human Rights Council's resolutions of 2010–2014 (segmented A_HRC_RES_14_5, A_HRC_RES_25_20)
    text = ("A/HRC/RES/14/5\n\nHuman Rights Council\n\nFourteenth session\n\nAgenda item 3\n\n"
            "Resolution adopted by the Human Rights Council*\n\n" + number_line + "\n"
            "The role of prevention in the promotion and protection of human rights\n\n"
            "The Human Rights Council,\n\nRecalling its resolution 6/30,\n\n"
            "1. Requests the High Commissioner to prepare a study on the role of prevention;\n\n"
            "35th meeting\n17 June 2010\n")
    r = parse(text, "A_HRC_RES_14_5.txt")
    assert r.title == "The role of prevention in the promotion and protection of human rights"


def test_a_council_resolution_adopted_by_written_procedure_has_its_date():
    # 2020–2021 (segmented S_RES_2518 (2020)): "Adopted by the Security Council on 30 March 2020", no meeting
    text = ("S/RES/2518 (2020)\n\nResolution 2518 (2020)\n\n"
            "Adopted by the Security Council on 30 March 2020\n\n"
            "The Security Council,\n\nRecalling its resolutions on peacekeeping,\n\n"
            "1. Requests the Secretary-General to report within 90 days of the adoption of this "
            "resolution;\n\n"
            "2. Decides to remain seized of the matter.\n")
    r = parse(text, "S_RES_2518_2020.txt")
    assert r.adopted_on == dt.date(2020, 3, 30) and r.meeting is None
    assert r.operative[0].deadlines[0].date == dt.date(2020, 6, 28)
