"""Score the parser against the hand-checked real corpus in ``tests/corpus/``.

Each ``X.txt|.docx|.pdf`` there has an ``X.expected.json`` written by reading the resolution
(see ``tests/corpus/README.md``). The expectation lists only what a careful reader is sure of:
a field left out of a paragraph is not checked, ``actors`` is a subset check (but a paragraph
labelled declaratory asks nothing of anyone: it has no actors), everything else is compared
exactly, in document order. A parser that returns nothing fails every case.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
EXPECTATIONS = sorted(CORPUS.glob("*.expected.json"))
SOURCE_SUFFIXES = (".txt", ".docx", ".pdf")


def source_of(expectation: Path) -> Path:
    stem = expectation.name.removesuffix(".expected.json")
    found = [CORPUS / f"{stem}{suffix}" for suffix in SOURCE_SUFFIXES]
    found = [p for p in found if p.exists()]
    assert len(found) == 1, f"{expectation.name}: expected exactly one source file, got {found}"
    return found[0]


def load(expectation: Path) -> dict:
    return json.loads(expectation.read_text(encoding="utf-8"))


def text_of(path: Path) -> str:
    """The words of a corpus file, for the sanity test (no parser involved)."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    import pypdf

    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def ids(paths: list[Path]) -> list[str]:
    return [p.name.removesuffix(".expected.json") + source_of(p).suffix for p in paths]


# ---------------------------------------------------------------------------------------------
# normalising the parser's output to the shape of an expectation


def as_dict(obj) -> dict:
    if isinstance(obj, dict):
        return obj
    return obj.to_dict()


def labels(subparagraphs: list) -> list:
    """``[{"label": "b", "subparagraphs": [{"label": "i", ...}]}]`` -> ``[{"label": "b",
    "subparagraphs": ["i"]}]``; a sub-paragraph without children is its bare label."""
    out: list = []
    for sub in subparagraphs:
        sub = as_dict(sub)
        children = labels(sub.get("subparagraphs") or [])
        out.append({"label": sub["label"], "subparagraphs": children} if children else sub["label"])
    return out


def sub_kinds(subparagraphs: list) -> dict:
    """``{"a": "action", "c": None, "i": ...}``: each sub-paragraph's own kind (``None`` where it
    asks what its paragraph asks), nested ones by their own label."""
    out: dict = {}
    for sub in subparagraphs:
        sub = as_dict(sub)
        out[sub["label"]] = sub.get("kind")
        out.update(sub_kinds(sub.get("subparagraphs") or []))
    return out


def deadline_without_text(deadline) -> dict:
    d = dict(as_dict(deadline))
    d.pop("text", None)
    return d


def describe_paragraph(p: dict) -> str:
    part = f"{p['part']}." if p.get("part") else ""
    return f"{part}{p.get('number')}"


# ---------------------------------------------------------------------------------------------
# comparison with a readable report


METADATA = ("symbol", "body", "session", "adopted_on", "title", "agenda_items", "preambular_count")
PARAGRAPH_FIELDS = ("part", "action", "kind", "subparagraphs", "deadlines")


def normalise_space(value):
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else value


def compare(expected: dict, actual: dict) -> list[str]:
    problems: list[str] = []

    for key in METADATA:
        if key not in expected:
            continue
        want, got = expected[key], actual.get(key)
        if key == "title":
            want, got = normalise_space(want), normalise_space(got)
        if want != got:
            problems.append(f"{key}: expected {want!r}, got {got!r}")

    problems += compare_paragraphs(expected["operative"], actual.get("operative") or [], "operative")
    want_annexes = expected.get("annexes")
    if want_annexes is not None:
        got_annexes = [as_dict(a) for a in actual.get("annexes") or []]
        if len(want_annexes) != len(got_annexes):
            problems.append(f"annexes: expected {len(want_annexes)}, got {len(got_annexes)}")
            return problems
        for want, got in zip(want_annexes, got_annexes, strict=True):
            where = f"annex {want['number']}"
            for key in ("number", "title"):
                if normalise_space(want[key]) != normalise_space(got.get(key)):
                    problems.append(f"{where}: {key}: expected {want[key]!r}, got {got.get(key)!r}")
            problems += compare_paragraphs(want["paragraphs"], got.get("paragraphs") or [], where)
            eids = [as_dict(p)["eid"] for p in got.get("paragraphs") or []]
            wanted_eids = [f"annex_{want['number']}__para_{p['number']}" for p in want["paragraphs"]]
            if eids != wanted_eids:
                problems.append(f"{where}: eIds {eids[:3]}… where {wanted_eids[:3]}… were expected")
    return problems


def compare_paragraphs(want_ops: list[dict], got_ops: list, what: str) -> list[str]:
    """Numbered paragraphs (operative, or an annex's) against their expectation."""
    problems: list[str] = []
    got_ops = [as_dict(p) for p in got_ops]
    want_numbers = [describe_paragraph(p) for p in want_ops]
    got_numbers = [describe_paragraph(p) for p in got_ops]
    if want_numbers != got_numbers:
        problems.append(
            f"{what} numbering differs:\n    expected {want_numbers}\n    got      {got_numbers}"
        )
        if len(want_numbers) != len(got_numbers):
            # field-by-field comparison of misaligned paragraphs would only add noise
            return problems

    for want, got in zip(want_ops, got_ops, strict=True):
        where = f"{what} {describe_paragraph(want)}"
        for key in PARAGRAPH_FIELDS:
            if key not in want:
                continue
            if key == "subparagraphs":
                got_value = labels(got.get("subparagraphs") or [])
            elif key == "deadlines":
                got_value = [deadline_without_text(d) for d in got.get("deadlines") or []]
            else:
                got_value = got.get(key)
            if want[key] != got_value:
                problems.append(f"{where}: {key}: expected {want[key]!r}, got {got_value!r}")
        if "subparagraph_kinds" in want:
            got_kinds = sub_kinds(got.get("subparagraphs") or [])
            for label, kind in want["subparagraph_kinds"].items():
                if got_kinds.get(label, "absent") != kind:
                    problems.append(f"{where} ({label}): kind: expected {kind!r} (null: the "
                                    f"paragraph's), got {got_kinds.get(label, 'absent')!r}")
        if "actors" in want:
            missing = [a for a in want["actors"] if a not in (got.get("actors") or [])]
            if missing:
                problems.append(
                    f"{where}: actors: missing {missing} (expected a subset of "
                    f"{got.get('actors')!r}, want {want['actors']!r})"
                )
            if want.get("kind") == "declaratory" and got.get("actors"):
                problems.append(f"{where}: actors: a declaratory paragraph has none, got {got['actors']!r}")
    return problems


# ---------------------------------------------------------------------------------------------
# the tests


def test_corpus_is_not_empty():
    assert len(EXPECTATIONS) >= 18
    bodies = {load(p)["body"] for p in EXPECTATIONS}
    assert bodies == {"GA", "SC", "HRC", "ECOSOC"}
    assert {source_of(p).suffix for p in EXPECTATIONS} == set(SOURCE_SUFFIXES)


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=ids(EXPECTATIONS))
def test_symbol_appears_in_its_text(expectation: Path):
    expected = load(expectation)
    text = text_of(source_of(expectation))
    assert expected["symbol"] in text, f"{expected['symbol']} not found in {source_of(expectation)}"


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=ids(EXPECTATIONS))
def test_expectation_is_well_formed(expectation: Path):
    """Guards the hand-written files themselves: known keys, document order, no "text"."""
    expected = load(expectation)
    assert expected["operative"], "an expectation without operative paragraphs checks nothing"
    for annex in expected.get("annexes", []):
        assert set(annex) == {"number", "title", "paragraphs"} and annex["paragraphs"], annex
    allowed = {"number", "part", "action", "kind", "actors", "subparagraphs", "deadlines",
               "subparagraph_kinds"}
    kinds = {"report", "agenda", "action", "mandate", "exhortation", "declaratory"}
    for p in [*expected["operative"], *(q for a in expected.get("annexes", []) for q in a["paragraphs"])]:
        assert set(p) <= allowed, p
        assert {"number", "action"} <= set(p), p
        assert p.get("kind", "report") in kinds, p
        assert all(k in kinds for k in p.get("subparagraph_kinds", {}).values() if k), p
        for d in p.get("deadlines", []):
            assert "text" not in d and d["kind"] in {"session", "date", "relative", "recurring"}


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=ids(EXPECTATIONS))
def test_parser_matches_hand_checked_expectation(expectation: Path):
    from tracker.parsing import parse

    source = source_of(expectation)
    expected = load(expectation)
    actual = as_dict(parse(source.read_bytes(), source.name))
    problems = compare(expected, actual)
    if problems:
        pytest.fail(
            f"{source.name}: {len(problems)} difference(s) from {expectation.name}:\n  - "
            + "\n  - ".join(problems),
            pytrace=False,
        )
