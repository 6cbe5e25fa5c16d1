"""Write ``pdf_A_RES_80_201.pdf``: A/RES/80/201 as a six-page PDF laid out like the official one.

``A_RES_80_201.txt`` is the text of the official PDF, page by page: each page after the first
starts with its running header and footer (the symbol, the title over two lines, the job number
"25-20954" and the page number "2/6"). This script puts every page of the text on a page of its
own (fpdf2, DejaVu Sans), the running header at the top of the page and the job and page number
at its foot, the other lines as they are, one PDF line per text line (no re-wrapping). pypdf then
returns, page after page, header, body, footer — and ``tracker.parsing`` joins the pages with a
page break ("\\f"), after which the running header must be skipped and a paragraph that runs
over the page must go on. Paragraphs run over five of the six page breaks; the expectation is a
copy of the hand-checked ``A_RES_80_201.expected.json`` (the words are not edited).

Run from the repository root after changing the source text, and commit the result::

    .venv/bin/python tests/corpus/make_paged_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_DATE = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
SOURCE = "A_RES_80_201"
SYMBOL = "A/RES/80/201"
TITLE_LINES = ("International Convention for the Protection of All Persons from", "Enforced Disappearance")
_PAGE_NO = re.compile(r"\d+/\d+")
_JOB_NO = re.compile(r"\d\d-\d{5}")


def pages(text: str) -> list[tuple[list[str], list[str]]]:
    """``(body lines, footer lines)`` per page; the first page has no running header. A page of
    the text ends at an empty line; the next one opens with its header and footer lines."""
    out: list[tuple[list[str], list[str]]] = []
    for k, page in enumerate(text.split("\n\n")):
        lines = page.split("\n")
        footer: list[str] = []
        if k > 0:
            i = 0
            while i < len(lines) and (lines[i].strip() in (SYMBOL, *TITLE_LINES, "")
                                      or _PAGE_NO.fullmatch(lines[i].strip())
                                      or _JOB_NO.fullmatch(lines[i].strip())):
                if _PAGE_NO.fullmatch(lines[i].strip()) or _JOB_NO.fullmatch(lines[i].strip()):
                    footer.append(lines[i].strip())
                i += 1
            lines = lines[i:]
        out.append((lines, footer))
    return out


def main() -> int:
    from fpdf import FPDF

    if not FONT.exists():
        sys.exit(f"needs the DejaVu fonts ({FONT}): apt-get install fonts-dejavu-core")
    text = (HERE / f"{SOURCE}.txt").read_text(encoding="utf-8")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(SYMBOL)
    pdf.set_creator("tests/corpus/make_paged_pdf.py")
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_margins(18, 10, 18)
    pdf.set_auto_page_break(False)
    for k, (lines, footer) in enumerate(pages(text)):
        pdf.add_page()
        if k > 0:
            # the running header, as on the official pages: the symbol and the title
            pdf.set_font("DejaVu", "", 8)
            for line in (SYMBOL, *TITLE_LINES):
                pdf.cell(0, 3.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.set_font("DejaVu", "", 8.5)
        for line in lines:
            if line.strip():
                pdf.cell(0, 3.3, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(1.2)
        if pdf.get_y() > pdf.h - 22:
            sys.exit(f"page {k + 1}: the text runs into the footer (y = {pdf.get_y():.0f} mm)")
        if footer:
            pdf.set_font("DejaVu", "", 8)
            pdf.set_y(-12)
            pdf.cell(0, 3.5, "   ".join(footer), new_x="LMARGIN", new_y="NEXT")
    if pdf.page_no() != 6:
        sys.exit(f"expected six pages, made {pdf.page_no()}")
    out = HERE / f"pdf_{SOURCE}.pdf"
    pdf.output(str(out))
    shutil.copyfile(HERE / f"{SOURCE}.expected.json", HERE / f"{out.stem}.expected.json")
    print(f"wrote {out.name} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
