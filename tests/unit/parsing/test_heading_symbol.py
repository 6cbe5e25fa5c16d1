"""The resolution's symbol is read once, from its heading (the lines before "The General Assembly,", its
running head among them, which no block of the text keeps), by the structure; the heading's reading
takes it from there (``Skeleton.symbol``), as does the test of a symbol naming several parts."""

from __future__ import annotations

from tracker.parsing import parse
from tracker.parsing.layout import lay_out
from tracker.parsing.structure import build_skeleton

#: the first page of a PDF's text: the symbol printed in the running head only
TEXT = """United Nations
A/RES/78/100

General Assembly
Distr.: General
11 December 2023

Seventy-eighth session
Agenda item 58

Resolution adopted by the General Assembly on 7 December 2023

78/100. Implementation of the Declaration on the Granting of Independence

The General Assembly,

Recalling its resolution 1514 (XV) of 14 December 1960,

1. Requests the Secretary-General to report to the General Assembly at its seventy-ninth session on the
implementation of the present resolution.

45th plenary meeting
7 December 2023
"""


def test_the_structure_reads_the_symbol_from_the_heading_lines():
    layout = lay_out(TEXT)
    assert build_skeleton(layout.blocks, None, layout.lines).symbol == "A/RES/78/100"


def test_a_file_named_otherwise_keeps_the_symbol_of_its_heading():
    assert parse(TEXT, "upload.txt").symbol == "A/RES/78/100"
    assert parse(TEXT).symbol == "A/RES/78/100"
