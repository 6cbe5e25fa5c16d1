"""Annexed instruments: the numbered paragraphs of a declaration the resolution adopts.

A resolution that adopts or endorses a political declaration, a programme of action or an
outcome document "as contained in the annex" prints it after its closing lines ("18th plenary
meeting … Annex Awaza Political Declaration 1. We, the Heads of State …"). Its numbered
paragraphs carry mandates of their own ("We request the Secretary-General to …", "We decide to
convene …"): they are read like operative paragraphs, with the same skeleton builder.

An annex is read as an instrument when it speaks in the first person plural of the States that
adopt it ("We …", "… and in this regard we: 1. Reaffirm …"); annexes of other kinds (budget
tables, lists of members, conventions in articles, principles in the third person) are not
obligations of anyone and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import Block, unmarked
from .ordinals import roman_value
from .structure import NUMBERED, RawOperative, build_skeleton, is_annex_heading

#: "Annex", "Annex I", "Annex II" and the title on the same line; an annex's number is a Roman
#: numeral or one or two digits, not the year that opens its title ("Annex 2025 Political
#: Declaration on the Implementation of …", A/RES/80/9)
_HEADING = re.compile(
    r"^(?:Annex(?:es)?|Appendix|Attachment|Enclosure)\b(?:\s+([IVX]+|\d{1,2})\b)?\.?\s*(.*)$", re.S
)
#: a section heading joined to the paragraph after it: "I. Global context and shared
#: commitments 3. We gather at …", "Partnerships and support mechanisms 17. We invite …"
_HEADING_THEN_NUMBER = re.compile(
    r"^(?:(?:[IVXLC]{1,7}|[A-H])\.\s+)?[A-Z][^.;:]{2,150}?\s+((\d{1,3})\.\s+(?=[A-Z“\"(]).*)$", re.S
)
_SECTION = re.compile(r"^(?:[IVXLC]{1,7}|[A-H])\.\s")
_ROMAN_SECTION = re.compile(r"^([IVXLC]{1,7})\.\s")
_ENDS_WE = re.compile(r"\b[Ww]e\s*:$")
#: the voice of an instrument adopted by States
_FIRST_PERSON = re.compile(r"\b[Ww]e\b")


@dataclass
class RawAnnex:
    #: 1-based, in the order printed
    number: int
    title: str
    paragraphs: list[RawOperative] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: the paragraphs continue a lead-in that ends "… and in this regard we:" ("1. Reaffirm …")
    after_we: bool = False


def read_annexes(blocks: list[Block], start: int | None) -> list[RawAnnex]:
    """The instruments annexed after ``blocks[start]`` (the resolution's closing lines)."""
    if start is None:
        return []
    heads = [k for k in range(start, len(blocks)) if is_annex_heading(unmarked(blocks[k].text).strip())]
    out: list[RawAnnex] = []
    for n, head in enumerate(heads, start=1):
        end = heads[n] if n < len(heads) else len(blocks)
        annex = _read_one(n, blocks[head:end])
        if annex is not None:
            out.append(annex)
    return out


def _read_one(number: int, blocks: list[Block]) -> RawAnnex | None:
    m = _HEADING.match(unmarked(blocks[0].text).strip())
    title_parts = [m.group(2).strip()] if m and m.group(2) and m.group(2).strip() else []
    lead: list[str] = []
    body: list[Block] = []
    expected = 1
    for block in blocks[1:]:
        plain = unmarked(block.text).strip()
        numbered = NUMBERED.match(plain)
        n = int(numbered.group(1)) if numbered else None
        if numbered is None:
            joined = _HEADING_THEN_NUMBER.match(block.text)
            if joined and int(joined.group(2)) == expected:
                # the heading is no text: "Partnerships and support mechanisms 17. We invite …"
                block, n = Block(joined.group(1), block.line, block.soft_before), expected
        if n is not None and (body or n == 1):
            expected = n + 1
        if body or n == 1:
            body.append(block)
        else:
            lead.append(plain)
    if not body:
        return None
    # the title: the heading lines before the first paragraph or a lead-in ("We, Heads of State
    # …"), not the first section's heading ("I. A renewed global financing …")
    for text in lead:
        if _FIRST_PERSON.search(text) or len(text) > 200 or _SECTION.match(text):
            break
        title_parts.append(text)
    opening = " ".join([*lead, *(unmarked(b.text) for b in body[:3])])
    if not _FIRST_PERSON.search(opening):
        return None
    # the skeleton builder reads numbered paragraphs after an opening block
    skeleton = build_skeleton([Block(" ".join(title_parts) or "Annex", blocks[0].line), *body])
    if not skeleton.operative:
        return None
    opening_section = _ROMAN_SECTION.match(lead[-1]) if lead else None
    if opening_section and roman_value(opening_section.group(1)):
        # "Annex / Further initiatives for social development / I. Political declaration / 1. …"
        # (A/RES/S-24/2): the first section's paragraphs are in it as the later sections' are
        for op in skeleton.operative:
            if op.section is not None:
                break
            op.section = opening_section.group(1)
    return RawAnnex(number, " ".join(title_parts), skeleton.operative, list(skeleton.warnings),
                    after_we=bool(lead) and _ENDS_WE.search(lead[-1]) is not None)
