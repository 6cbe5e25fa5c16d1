"""PDF page breaks: pages are joined with "\\n\\f\\n" (readers._read_pdf); after each break the
running header (symbol, title, job and page number) is skipped and a paragraph that runs over the
page goes on. ``str.strip`` removes "\\f", so a test ``line.strip() == PAGE_BREAK`` never held
and every page break was read as a blank line: the title of the running header leaked into the
text and the paragraphs around it were cut.

The fixture ``tests/corpus/pdf_A_RES_80_201.pdf`` is A/RES/80/201 laid out page by page as the
official PDF (``tests/corpus/make_paged_pdf.py``): six pages, a running header and footer on five.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.parsing import parse
from tracker.parsing.layout import lay_out
from tracker.parsing.readers import PAGE_BREAK, read_input

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PDF = CORPUS / "pdf_A_RES_80_201.pdf"
TXT = CORPUS / "A_RES_80_201.txt"
TITLE = "International Convention for the Protection of All Persons from Enforced Disappearance"


def _texts(parsed: dict) -> list[str]:
    out: list[str] = [p["text"] for p in parsed["preambular"]]

    def walk(items: list[dict]) -> None:
        for item in items:
            out.append(item["text"])
            walk(item.get("subparagraphs", []))

    walk(parsed["operative"])
    return out


@pytest.fixture(scope="module")
def from_pdf() -> dict:
    return parse(PDF.read_bytes(), PDF.name).to_dict()


def test_the_fixture_has_five_page_breaks():
    text, fmt = read_input(PDF.read_bytes(), PDF.name)
    assert fmt == "pdf"
    assert text.count(f"\n{PAGE_BREAK}\n") == 5
    # pypdf returns the running header first on each page: the title right after the break
    assert f"{PAGE_BREAK}\nA/RES/80/201\nInternational Convention for the Protection" in text


def test_the_pdf_reads_as_the_text_of_the_same_resolution(from_pdf):
    from_text = parse(TXT.read_bytes(), TXT.name).to_dict()
    for key in ("symbol", "title", "agenda_items", "preambular_count", "footnotes"):
        assert from_pdf[key] == from_text[key], key
    assert _texts(from_pdf) == _texts(from_text)
    assert [p["number"] for p in from_pdf["operative"]] == [str(n) for n in range(1, 24)]


def test_running_headers_do_not_leak_into_paragraphs(from_pdf):
    for text in _texts(from_pdf):
        assert "A/RES/80/201" not in text
        assert "25-20954" not in text
        assert not re.search(r"\b[1-6]/6\b", text), text
        # the title of the header between two halves of a paragraph
        assert f"{TITLE} relevant" not in text and f"{TITLE} disappeared" not in text, text


def test_a_paragraph_goes_on_over_the_page(from_pdf):
    recitals = [p["text"] for p in from_pdf["preambular"]]
    # the fourth recital ends page 1 with "as well as" and goes on at the top of page 2
    assert any("and 78/207 of 19 December 2023, as well as relevant resolutions adopted by the Human "
               "Rights Council, including resolutions 36/6" in r for r in recitals)
    # page 3 opens in the middle of a recital: "… by advancing the search for | disappeared persons"
    assert any(r.startswith("Recognizing that the use of new technologies")
               and "by advancing the search for disappeared persons, while also expressing concern" in r
               for r in recitals), recitals


def test_layout_reads_a_page_break_as_soft_and_skips_the_running_header():
    # the end of page 1 and the top of page 2 of A/RES/80/201 as pypdf returns them, joined as
    # readers._read_pdf joins pages
    page_1 = (
        "United Nations\nA/RES/80/201\nGeneral Assembly\n"
        "80/201. International Convention for the Protection of All Persons from\n"
        "Enforced Disappearance\n"
        "The General Assembly,\n"
        "Recalling further all its other resolutions on the matter, including resolutions\n"
        "70/160 of 17 December 2015, 72/183 of 19 December 2017, 74/161 of 18 December\n"
        "2019, 76/158 of 16 December 2021 and 78/207 of 19 December 2023, as well as"
    )
    page_2 = (
        "A/RES/80/201\n"
        "International Convention for the Protection of All Persons from\n"
        "Enforced Disappearance\n"
        "relevant resolutions adopted by the Human Rights Council, including resolutions 36/6\n"
        "of 28 September 2017,\n"
        "25-20954   2/6"
    )
    text = f"\n{PAGE_BREAK}\n".join([page_1, page_2])
    blocks = [b.text for b in lay_out(text).blocks]
    assert not any(b.startswith(("International Convention", "Enforced Disappearance relevant"))
                   for b in blocks), blocks
    # one paragraph over the page, the running header skipped
    assert ("78/207 of 19 December 2023, as well as relevant resolutions adopted by the Human Rights "
            "Council, including resolutions 36/6 of 28 September 2017,") in blocks[-1], blocks
    assert blocks[-1].startswith("Recalling further all its other resolutions"), blocks
