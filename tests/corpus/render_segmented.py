"""Render entries of the shared ``segmented.jsonl.gz`` back to plain text.

The Security Council, Human Rights Council and ECOSOC resolutions in ``tests/corpus/`` have no
raw text in the shared corpus: only paragraphs already split by another project's pipeline
(UN-EOSG-Analytics/un-mandates-housekeeping, ``public/data/paragraphs/``). This script writes
each chosen entry back out as plain text, one paragraph per block, in document order:

* a first line with the document symbol, derived from the entry's file name (the segmented data
  drops the symbol line of the official document; everything after it is the real text);
* frontmatter lines, the title, headings, preambular paragraphs;
* operative paragraphs and sub-paragraphs with their printed ``prefix`` ("5.", "(a)", "(ii)");
* footnote and closing lines (meeting, date, vote) as they come.

The result is a *rendering of real paragraphs*, not an original document: line breaks inside a
paragraph, page headers and the exact layout are lost. The words are not edited.

Usage (from the repository root; the shared corpus is read only here, never at run time)::

    .venv/bin/python tests/corpus/render_segmented.py ../shared/corpus/segmented.jsonl.gz \
        "S_RES_2727(2024)" "A_HRC_RES_55_8" ...
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


def symbol_of(name: str) -> str:
    """``S_RES_2727(2024)`` -> ``S/RES/2727 (2024)``; ``E_RES_2023_5`` -> ``E/RES/2023/5``;
    ``A_RES_66_253_B`` -> ``A/RES/66/253 B`` (a resolution's part, as its symbol prints it)."""
    m = re.fullmatch(r"S_RES_(\d+)\((\d{4})\)", name)
    if m:
        return f"S/RES/{m[1]} ({m[2]})"
    return re.sub(r"(?<=\d)/([A-Z](?:-[A-Z])?)$", r" \1", name.replace("_", "/"))


def output_name(name: str) -> str:
    """File name in ``tests/corpus/``: ``S_RES_2727_2024.txt``."""
    return re.sub(r"[()]", "_", name).strip("_").replace("__", "_") + ".txt"


def render(entry: dict) -> str:
    blocks = [symbol_of(entry["file"])]
    for para in entry["paragraphs"]:
        text = para["text"].strip()
        if not text:
            continue
        prefix = (para.get("prefix") or "").strip()
        if prefix:
            # operative numbers and sub-paragraph labels are printed before the text, as in
            # the official documents ("5. Requests ...", "(a) To circulate ...")
            text = f"{prefix} {text}"
        blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__)
        return 2
    source, wanted = Path(argv[1]), set(argv[2:])
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        for line in fh:
            entry = json.loads(line)
            if entry["file"] in wanted:
                out = HERE / output_name(entry["file"])
                out.write_text(render(entry), encoding="utf-8")
                print(f"wrote {out.name}")
                wanted.discard(entry["file"])
    for name in sorted(wanted):
        print(f"not found: {name}", file=sys.stderr)
    return 1 if wanted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
