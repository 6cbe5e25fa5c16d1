"""Write the two binary fixtures of the corpus from two of its plain texts.

* ``docx_A_HRC_RES_56_16.docx`` — A/HRC/RES/56/16 as a Word document (python-docx): one Word
  paragraph per block of ``A_HRC_RES_56_16.txt``; the title bold, the rest plain.
* ``pdf_S_RES_2749_2024.pdf`` — S/RES/2749 (2024) as a PDF (fpdf2, DejaVu Sans embedded so that
  curly quotes and dashes survive): one wrapped paragraph per block of ``S_RES_2749_2024.txt``,
  on A4 pages, text that pypdf can extract.

Each gets an expectation file with the same truth as its source text (a copy of the source's
hand-checked ``.expected.json``). The words are not edited; only the container changes.

Run from the repository root after changing a source text, and commit the results::

    .venv/bin/python tests/corpus/make_binary_fixtures.py
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
#: fixed metadata so that regenerating an unchanged text gives an identical file
FIXED_DATE = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

DOCX_SOURCE = "A_HRC_RES_56_16"
PDF_SOURCE = "S_RES_2749_2024"


def blocks(stem: str) -> list[str]:
    text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def copy_expectation(source_stem: str, fixture_stem: str) -> None:
    shutil.copyfile(HERE / f"{source_stem}.expected.json", HERE / f"{fixture_stem}.expected.json")


def make_docx() -> Path:
    import docx

    document = docx.Document()
    document.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    document.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    document.core_properties.last_modified_by = "tests/corpus/make_binary_fixtures.py"
    for block in blocks(DOCX_SOURCE):
        paragraph = document.add_paragraph()
        # keep the line breaks of multi-line frontmatter blocks inside one Word paragraph
        for i, line in enumerate(block.split("\n")):
            run = paragraph.add_run(line)
            if re.match(r"\d+/\d+\.\t", block):
                run.bold = True
            if i < block.count("\n"):
                run.add_break()
    out = HERE / f"docx_{DOCX_SOURCE}.docx"
    document.save(str(out))
    copy_expectation(DOCX_SOURCE, out.stem)
    return out


def make_pdf() -> Path:
    from fpdf import FPDF

    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if not regular.exists():
        sys.exit(f"needs the DejaVu fonts ({regular}): apt-get install fonts-dejavu-core")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("S/RES/2749 (2024)")
    pdf.set_creator("tests/corpus/make_binary_fixtures.py")
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in blocks(PDF_SOURCE):
        heading = block.startswith("Resolution ")
        pdf.set_font("DejaVu", "B" if heading else "", 12 if heading else 10)
        pdf.multi_cell(0, 5, block.replace("\t", " "), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    out = HERE / f"pdf_{PDF_SOURCE}.pdf"
    pdf.output(str(out))
    copy_expectation(PDF_SOURCE, out.stem)
    return out


def main() -> int:
    for path in (make_docx(), make_pdf()):
        print(f"wrote {path.name} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
