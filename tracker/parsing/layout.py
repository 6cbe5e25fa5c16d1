"""One text form for every input: page furniture, footnote blocks and markup removed.

Two flavours of text come in and leave as the same list of :class:`Block` s (logical
paragraphs) plus the footnotes found on the way:

* text converted to markdown/HTML (``<sup>1</sup>`` markers, ``**bold**``, ``- 1.`` list
  markers, ``##`` headers), one paragraph per line, blank lines between;
* plain text extracted from the official PDFs: hard line wraps, blank (whitespace-only) lines
  between paragraphs, an empty line at each page break followed by the running header (symbol,
  title, job number ``23-24979``, page ``2/3``), footnote blocks after a ``_____`` line at the
  foot of each page, footnote markers fused to words (``2023,1``).

Footnote markers found in the body are replaced by a sentinel ``\\ue000<marker>\\ue001`` so that
later steps can tie them to paragraphs and remove them from the paragraph text.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from .readers import PAGE_BREAK
from .regexes import EARLY_SESSION

MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"
MARKER_RE = re.compile(f"\\s?{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")


def split_markers(text: str) -> tuple[str, list[str]]:
    """``(MARKER_RE.sub("", text), the markers' group 1 in order)``, found from the sentinels with
    ``str.find`` instead of trying the regex (whose optional leading space gives the engine no
    first character to look for) at every position of the text."""
    pieces: list[str] = []
    markers: list[str] = []
    pos = 0
    find = text.find
    while True:
        q = find(MARK_OPEN, pos)
        if q < 0:
            break
        r = find(MARK_CLOSE, q + 1)
        if r < 0:
            break  # no closing sentinel after this one: no marker from here on
        # the regex's leftmost match starts at the space just before the sentinel, if any
        pieces.append(text[pos : q - 1 if q > pos and text[q - 1].isspace() else q])
        markers.append(text[q + 1 : r])
        pos = r + 1
    if not markers:
        return text, markers
    pieces.append(text[pos:])
    return "".join(pieces), markers


def unmarked(text: str) -> str:
    """``text`` without its footnote markers (``MARKER_RE.sub("", text)``)."""
    return split_markers(text)[0] if MARK_OPEN in text else text

# --- character clean-up --------------------------------------------------------------------
_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
        "\u2007": " ", "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
        "\u00ad": None, "\t": " ", "\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff",
        # direction marks and embeddings, the word joiner: no text ("6.\u200e Reaffirms …",
        # A/RES/73/276; "22\u2060–23 September", A/RES/80/150)
        "\u200e": None, "\u200f": None, "\u2060": None, "\u202a": None, "\u202b": None,
        "\u202c": None, "\u202d": None, "\u202e": None,
        "\ufb03": "ffi", "\ufb04": "ffl", "\u2010": "-", "\u2011": "-",
        MARK_OPEN: None, MARK_CLOSE: None,
    }
)

# --- markdown debris ------------------------------------------------------------------------
#: a markdown header or list item at the start of a line (after a newline: a fast literal scan)
_MD_LINE_START = re.compile(r"\n(?:#{1,6} |[^\S\n]*[-*] \(?\d+[.)])")
_MD_FIRST_LINE = re.compile(r"#{1,6} |[^\S\n]*[-*] \(?\d+[.)]")
_MD_FOOTNOTE_LINE = re.compile(
    r"^\s*(?:<sup>\s*&(?:amp;)?\s*</sup>\s*(?:lt;)?|&lt;|<)sup(?:&gt;|>)\s*([0-9a-z*†‡]{1,4})\s*"
    r"(?:&lt;|<)/sup(?:&gt;|>)\s*(\S.*)$"
)
_MD_SUP = re.compile(r"\s?<sup>\s*([^<]{1,6}?)\s*</sup>")
_MD_TAG = re.compile(r"</?(?:sup|sub|span|em|strong|b|i|u|br|p|div)\b[^>]*>", re.I)
_MD_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
#: emphasis written with underscores: "_Requests_ the Secretary-General", "1. _Takes note_ of",
#: "_Bearing in mind_ …" (not "snake_case" words, not a rule of underscores)
_MD_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])")
#: a paragraph that opens with underscore emphasis, after its number if any: markdown
_MD_UNDERSCORE_OPENING = re.compile(r"\n[^\S\n]*(?:\d{1,3}\.[^\S\n]+)?_[A-Z][^_\n]*_(?![\w_])")
_MD_HEADER = re.compile(r"^\s*#{1,6}\s*")
_MD_LIST = re.compile(r"^\s*[-*+•]\s+(?=\(?[0-9ivxlcdma-z]{1,5}[.)]\s?)")
_MD_ESCAPE = re.compile(r"\\([\\.\-*_()\[\]#+!])")
_MD_MANY_BLANKS = 3

# --- page furniture -------------------------------------------------------------------------
#: a part's letter after the number ("A/RES/57/270 B"), not a section's number after it on the
#: next line ("A/RES/35/63" / "V. Resolutions adopted on the reports of the Second Committee")
_SYMBOL_TEXT = (
    rf"(?:A/HRC/RES/(?:S-)?\d+/\d+|[AE]/RES/\d{{1,4}}\s?\({EARLY_SESSION}\)"
    r"|A/RES/(?:ES-\d+/|S-\d+/)?\d+(?:/\d+)?(?:\s?[A-Z](?:-[A-Z])?\b(?!\.))?|E/RES/\d{4}/\d+|S/RES/\d+\s?\(\d{4}\))"
)
SYMBOL_RE = re.compile(_SYMBOL_TEXT)
_SYMBOL_ONLY = re.compile(rf"^\s*(?:United Nations\s+)?(?:{_SYMBOL_TEXT}\s*)+\*?\s*$")
_PAGE_NO = re.compile(r"^\s*\d{1,3}\s?/\s?\d{1,3}\s*$")
_JOB_NO = re.compile(r"^\s*\d{2}-\d{5}(?:\s?\([A-Z]\))?(?:\s+\d{6})?\s*$")
_BARCODE = re.compile(r"^\s*\*\d{7,}\*\s*$")
_PAGE_WITH_JOB = re.compile(r"^\s*(?:\d{1,3}/\d{1,3}\s+\d{2}-\d{5}|\d{2}-\d{5}\s+\d{1,3}/\d{1,3})\s*$")
_FOOTNOTE_RULE = re.compile(r"^\s*_{5,}\s*$")
_FOOTNOTE_ENTRY = re.compile(r"^\s*(\d{1,3}|\*{1,3}|[†‡])\s+(\S.*)$")
#: a rule over the notes of a page in text with no page furniture ("---" or "___" where a
#: conversion of a PDF draws the footnote rule, the shared corpus's segmented renderings)
_NOTES_RULE = re.compile(r"^\s*(?:-{3,}|_{3,})\s*$")
#: a note under such a rule, its marker printed as it may be: "36 See Official Records …",
#: "³¹ See …", "^14 In accordance with …", "1/ Resolution 217 A (III)."
_NOTE_ENTRY = re.compile(
    r"^\s*(?:\^?(\d{1,3})/?|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(\*{1,3}|[†‡]))\s+(\S.*)$"
)
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
#: a page's number alone on its line
_PAGE_NUMBER_ALONE = re.compile(r"\s*\d{1,3}\s*$")
#: the number a resolution's title opens with: "71/19.", "2023/5.", "ES-10/21.", "S-30/1.", "1514 (XV)."
TITLE_NUMBER = rf"(?:\d+/\d+|ES-\d+/\d+|S-\d+/\d+|\d{{1,4}} ?\({EARLY_SESSION}\))"
_TITLE_LINE = re.compile(rf"^\s*{TITLE_NUMBER}\.?\s+(\S.*)$")


#: a page or job number line anywhere in the text: is it text extracted from a PDF?
_PAGE_OR_JOB_ANYWHERE = re.compile(
    r"^[^\S\n]*(?:\d{1,3}[^\S\n]?/[^\S\n]?\d{1,3}"
    r"|\d{2}-\d{5}(?:[^\S\n]?\([A-Z]\))?(?:[^\S\n]+\d{6})?)[^\S\n]*$",
    re.M,
)
#: ``_CHAR_MAP`` as (character, replacement) pairs: no replacement holds a mapped character, so
#: replacing one character after the other gives what ``str.translate(_CHAR_MAP)`` gives
_CHAR_PAIRS = tuple((chr(c), rep or "") for c, rep in _CHAR_MAP.items())


def clean_chars(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # one ``str.replace`` per character present (a scan in C each) instead of a regex whose
    # every match called back into Python: texts extracted from PDFs hold hundreds of
    # non-breaking hyphens and spaces
    for ch, rep in _CHAR_PAIRS:
        if ch in text:
            text = text.replace(ch, rep)
    return text


@dataclass
class Block:
    """A logical paragraph: its lines joined, footnote markers as sentinels."""

    text: str
    #: 1-based line of the block's first line in the input
    line: int
    #: the boundary before this block crossed a page break or a footnote block
    soft_before: bool = False


@dataclass
class RawFootnote:
    marker: str
    text: str
    line: int
    #: index into the body lines where the footnote block interrupted the text
    body_index: int = 0
    #: index into the body lines where the page holding the footnote started
    page_start: int = 0
    #: continuation lines, joined into ``text`` once the footnote block has been read
    parts: list[str] = field(default_factory=list, repr=False)


@dataclass
class Layout:
    #: cleaned lines of the whole input (markup removed, furniture kept), for metadata
    lines: list[str]
    blocks: list[Block]
    footnotes: list[RawFootnote] = field(default_factory=list)
    markdown: bool = False
    pdf_text: bool = False


def _md_line(line: str) -> str:
    line = _MD_SUP.sub(lambda m: f"{MARK_OPEN}{m.group(1).strip()}{MARK_CLOSE}", line)
    line = _MD_TAG.sub("", line)
    line = _MD_HEADER.sub("", line)
    line = _MD_LIST.sub("", line)
    line = _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_ITALIC.sub(r"\1", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    if "&" in line:
        line = html.unescape(line)
    return line


def _find_title_text(lines: list[str]) -> str:
    """The resolution title from the first page (to recognise it in running headers)."""
    for i, line in enumerate(lines[:120]):
        first = line.lstrip()[:1]
        # only a line that starts as the title can ("71/19.", "ES-10/21.", "S-30/1."): a character
        # test spares the other lines the regex
        m = _TITLE_LINE.match(line) if first and (first.isdecimal() or first in "ES") else None
        if m:
            parts = [m.group(1).strip()]
            for nxt in lines[i + 1 : i + 8]:
                if not nxt.strip():
                    break
                parts.append(nxt.strip())
            return " ".join(" ".join(parts).split())
    return ""


#: every furniture line starts (after spaces) with one of these characters
_FURNITURE_FIRST = frozenset("0123456789AESU*")
#: a line whose first character (after spaces) is none of these is ordinary text
_ORDINARY_FIRST = frozenset("0123456789AESU*_-" + PAGE_BREAK)
#: any furniture line: a symbol, a page number, a job number, a barcode (one match per line)
_FURNITURE = re.compile("|".join(
    f"(?:{r.pattern})" for r in (_SYMBOL_ONLY, _PAGE_NO, _JOB_NO, _BARCODE, _PAGE_WITH_JOB)
))


#: how a furniture line that starts with a letter starts: a symbol, or "United Nations" before one
_FURNITURE_WORDS = ("A/", "E/", "S/", "United Nations")


def _is_furniture(line: str) -> bool:
    stripped = line.lstrip()
    first = stripped[:1]
    if first not in _FURNITURE_FIRST or first == "":
        return False
    # "Also …", "Stressing …", "Urges …": ordinary lines that start with a furniture letter
    if first.isalpha() and not stripped.startswith(_FURNITURE_WORDS):
        return False
    # "1. Requests …": a line that starts with a digit is furniture only as a page number ("2/3")
    # or a job number ("23-24979"), each with its "/" or "-"
    if first.isdigit() and "/" not in stripped and "-" not in stripped:
        return False
    return _FURNITURE.match(line) is not None


#: a line that is a page number ("2/3") or a page number with a job number: the newline
#: before it (a literal first character lets the regex engine jump from newline to newline)
_PAGE_NUMBER_LINE = (
    r"[^\S\n]*(?:\d{1,3}[^\S\n]?/[^\S\n]?\d{1,3}"
    r"|\d{1,3}/\d{1,3}[^\S\n]+\d{2}-\d{5}|\d{2}-\d{5}[^\S\n]+\d{1,3}/\d{1,3})[^\S\n]*(?:\n|\Z)"
)
_PAGE_NUMBER_AT = (re.compile(_PAGE_NUMBER_LINE), re.compile(rf"\n(?={_PAGE_NUMBER_LINE})"))


def _line_numbers(text: str, patterns: tuple[re.Pattern[str], re.Pattern[str]]) -> list[int]:
    """0-based indices of the lines of ``text`` (split at "\\n") that start with a match of a
    pattern: ``patterns`` is the pattern and the newline before it, found in one scan."""
    first, after_newline = patterns
    out: list[int] = [0] if first.match(text) else []
    k = 0
    pos = 0
    count = text.count
    for m in after_newline.finditer(text):
        start = m.start() + 1
        k += count("\n", pos, start)
        pos = start
        out.append(k)
    return out


def _page_number_lines(text: str, lines: list[str]) -> list[int]:
    """Indices of the lines that are a page number ("2/3") or a page number with a job number
    (``lines`` is ``text`` split at its newlines)."""
    return _line_numbers(text, _PAGE_NUMBER_AT)


def _is_page_break(line: str) -> bool:
    """A line that is a page break (PDF pages are joined with "\\n\\f\\n"). Not
    ``line.strip() == PAGE_BREAK``: ``str.strip`` removes "\\f" with the other white space."""
    return PAGE_BREAK in line and not line.strip()


#: a page's mark ("<!-- Page 3 -->"), after the comment's opening
_PAGE_MARK = re.compile(r"\s*Page\s+\d+\s*-->")


def without_comments(text: str) -> str:
    """``text`` without its HTML comments: markup, never text ("<!-- Page 3 -->" where a converter
    of PDFs to Markdown marks a page, "<!-- image -->"); an unclosed "<!--" is left as it is. The
    number alone on the line before a page's mark is the number printed at the foot of the page
    before it ("18 / <!-- Page 6 --> / Regulation 15", A/RES/13 (I)): no text either."""
    out: list[str] = []
    pos = 0
    find = text.find
    while (start := find("<!--", pos)) >= 0:
        end = find("-->", start + 4)
        if end < 0:
            break
        before = text[pos:start]
        if _PAGE_MARK.match(text, start + 4):
            kept = before.rstrip()
            cut = kept.rfind("\n")
            if cut >= 0 and _PAGE_NUMBER_ALONE.match(kept, cut + 1):
                before = before[: cut + 1]
        out.append(before)
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def lay_out(text: str) -> Layout:
    text = clean_chars(text)
    if "<!--" in text:
        text = without_comments(text)
    if "_" in text and _MD_UNDERSCORE_OPENING.search("\n" + text[:200000]):
        text = _MD_ITALIC_UNDERSCORE.sub(r"\1", text)
    head = text[:200000]
    markdown = bool("<sup>" in head or "**" in head or _MD_FIRST_LINE.match(head)
                    or _MD_LINE_START.search(head))
    raw_lines = text.split("\n")
    lines, md_footnotes = _markdown_lines(raw_lines) if markdown else (raw_lines, {})
    pdf_text = not markdown and _PAGE_OR_JOB_ANYWHERE.search(
        text if len(lines) <= 4000 else "\n".join(lines[:4000])) is not None
    title = _find_title_text(lines)
    title_key = " ".join(title.split()).lower()

    def title_fragment(line: str) -> bool:
        s = " ".join(line.split()).lower()
        return bool(s) and len(title_key) > 0 and s in title_key and (len(s) > 3 or s == title_key)

    # lines that carry a page number: an empty line followed within 14 lines by one of these
    # is a page break (found once here instead of looking ahead from every empty line)
    page_lines = _page_number_lines(text, lines) if pdf_text else []

    def page_number_ahead(k: int) -> bool:
        at = bisect_right(page_lines, k)
        return at < len(page_lines) and page_lines[at] < k + 15

    def page_ends(k: int, line: str) -> bool:
        return _is_page_break(line) or (pdf_text and line == "" and page_number_ahead(k))

    # --- walk the lines: body lines, boundaries, footnotes ----------------------------------
    body: list[tuple[int, str]] = []  # (lineno, text) ; text "" = hard break, "\f" = soft
    footnotes: list[RawFootnote] = []
    page_start = 0
    blank_run = 0
    # one pass; the running headers and footnote blocks are read ahead and skipped
    skip_to = 0
    ordinary_first = _ORDINARY_FIRST
    for i, line in enumerate(lines):
        if i < skip_to:
            continue
        stripped = line.strip()
        if stripped and (stripped[0] not in ordinary_first or (
                stripped[0].isalpha() and not stripped.startswith(_FURNITURE_WORDS))
                ) and not (md_footnotes and i in md_footnotes):
            # the common case: an ordinary line of text (also "Also …", "Stressing …", "Urges …":
            # no page break (the line is not blank), no footnote rule, no furniture)
            blank_run = 0
            body.append((i + 1, stripped))
            if markdown:
                body.append((i + 1, ""))  # markdown text is not wrapped: one line is one paragraph
            continue
        if i in md_footnotes:
            marker, ftext = md_footnotes[i]
            footnotes.append(RawFootnote(marker, ftext, i + 1, len(body), page_start))
            body.append((i + 1, PAGE_BREAK))
            continue
        if not stripped:
            # only a blank line can end a page (``page_ends``): the others are spared the test
            if page_ends(i, line):
                body.append((i + 1, PAGE_BREAK))
                page_start = len(body)
                skip_to = _running_header_end(lines, i, title_fragment) + 1
                continue
            blank_run += 1
            if markdown and blank_run == _MD_MANY_BLANKS:
                body.append((i + 1, PAGE_BREAK))
            else:
                body.append((i + 1, ""))
            continue
        if not pdf_text and stripped[0] in "-_" and _NOTES_RULE.match(stripped):
            # text with no page furniture: the notes under the rule, up to the text going on
            skip_to = _read_notes(lines, i + 1, footnotes, len(body), page_start)
            body.append((i + 1, PAGE_BREAK))
            continue
        if stripped[0] == "_" and _FOOTNOTE_RULE.match(line):
            # a footnote block runs to the next page break (or the end)
            skip_to = _read_footnote_block(lines, i + 1, page_ends, footnotes, len(body), page_start)
            body.append((i + 1, PAGE_BREAK))
            continue
        blank_run = 0
        if pdf_text and _is_furniture(line):
            continue
        body.append((i + 1, stripped))
        if markdown:
            # markdown text is not wrapped: one line is one paragraph
            body.append((i + 1, ""))

    for fn in footnotes:
        if fn.parts:
            fn.text = _join_lines([fn.text, *fn.parts])
            fn.parts = []
    if pdf_text:
        _place_fused_markers(body, footnotes)
    blocks = _blocks(body)
    return Layout(lines=lines, blocks=blocks, footnotes=footnotes, markdown=markdown,
                  pdf_text=pdf_text)


def _markdown_lines(raw_lines: list[str]) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """Markdown debris removed line by line; footnote lines ("[^1]: …") taken out, by index."""
    lines: list[str] = []
    md_footnotes: dict[int, tuple[str, str]] = {}
    for i, line in enumerate(raw_lines):
        m = _MD_FOOTNOTE_LINE.match(line)
        if m:
            md_footnotes[i] = (m.group(1), _md_line(m.group(2)).strip())
            lines.append("")
        else:
            lines.append(_md_line(line))
    return lines, md_footnotes


def _running_header_end(lines: list[str], i: int, title_fragment: Callable[[str], bool]) -> int:
    """The last line of the running header after the page break at ``i``: symbol, title (maybe
    wrapped), job number, page number (``i`` itself when there is none)."""
    last_furniture = i
    for j in range(i + 1, min(len(lines), i + 16)):
        cand = lines[j]
        if _is_furniture(cand) or title_fragment(cand):
            last_furniture = j
        elif cand.strip():
            break
    return last_furniture


def _read_footnote_block(lines: list[str], j: int, ends: Callable[[int, str], bool],
                         footnotes: list[RawFootnote], at_block: int, page_start: int) -> int:
    """The footnote entries from line ``j`` to the end of the block (``ends``), appended to
    ``footnotes``; the index of the line after the block."""
    current: RawFootnote | None = None
    while j < len(lines):
        cand = lines[j]
        if ends(j, cand):
            break
        m = _FOOTNOTE_ENTRY.match(cand)
        if m is None and _is_furniture(cand):
            j += 1
            continue
        if m and _next_marker_ok(current, m.group(1), footnotes):
            current = RawFootnote(m.group(1), m.group(2).strip(), j + 1, at_block, page_start)
            footnotes.append(current)
        elif current is not None and cand.strip():
            current.parts.append(cand.strip())
        j += 1
    return j


def _read_notes(lines: list[str], j: int, footnotes: list[RawFootnote], at_block: int,
                page_start: int) -> int:
    """The notes under a rule in text with no page furniture, from line ``j``, appended to
    ``footnotes``: each opens with its marker ("36 See Official Records …", "³¹ Ibid.") and goes on
    to the next marker or blank line; they end at the first line after a blank line that is neither
    a note nor a page's number alone (the text going on: "in mind …" after the notes of a page
    whose paragraph ends "… bearing"). The index of the line after the last note."""
    current: RawFootnote | None = None
    end = j
    for k in range(j, len(lines)):
        s = lines[k].strip()
        if not s:
            current = None
            continue
        m = _NOTE_ENTRY.match(s)
        marker = (m.group(1) or (m.group(2) or "").translate(_SUPERSCRIPT_DIGITS) or m.group(3)
                  ) if m else ""
        if m and (current is None or _next_marker_ok(current, marker, footnotes)):
            current = RawFootnote(marker, m.group(4).strip(), k + 1, at_block, page_start)
            footnotes.append(current)
        elif current is not None:
            current.parts.append(s)
        elif not _PAGE_NUMBER_ALONE.match(s):
            break
        end = k + 1
    return end


def _next_marker_ok(current: RawFootnote | None, marker: str, done: list[RawFootnote]) -> bool:
    """A footnote entry starts with the next marker in sequence (guards against wrapped text)."""
    if not marker.isdigit():
        return True
    prev = next((f.marker for f in reversed(done) if f.marker.isdigit()), None)
    if prev is None:
        return True
    return int(marker) == int(prev) + 1


def _join_two(a: str, b: str) -> str:
    if a.endswith("-") and not a.endswith(" -") and b[:1].isalpha():
        return a + b
    if a.endswith(("–", "/")) and b[:1].isalnum():
        return a + b
    return f"{a} {b}"


# --- fused footnote markers ----------------------------------------------------------------
_NOT_BEFORE_MARKER = {
    "paragraph", "paragraphs", "para", "paras", "resolution", "resolutions", "article",
    "articles", "annex", "section", "sections", "chapter", "rule", "rules", "goal", "goals",
    "target", "targets", "no", "vol", "principle", "principles", "part", "item", "items",
    "decision", "decisions", "and", "or", "to", "of", "from", "than", "by", "protocol",
    "recommendation", "recommendations", "table", "figure", "page", "pages", "phase", "level",
    "category", "step", "option", "in", "at", "on", "with", "about", "over", "under", "for",
    "programme", "subprogramme", "pillar", "cluster", "tier",
}


#: Where a footnote marker may sit, as (what must come before, what must follow) the marker's
#: digits; tried in this order. The patterns are generic (no marker inside) and are matched at
#: each place the marker's digits occur, so nothing is compiled per marker.
_FUSED_AFTER = re.compile(
    r"(?<=[^\W\d_]|[,.;:)\]’”\"'])(?<![A-Z]\.)(?<!Add\.)(?<!Corr\.)(?<!Rev\.)"
    r"(?<!para\.)(?<!No\.)(?<!vol\.)(?<!p\.)(?<!pp\.)(?<!art\.)(?<!sect\.)"
    r"(?<!L\.)(?<!chap\.)(?<!sess\.)(?<!Suppl\.)"
)
_MARKER_PLACES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # fused to a word, a closing bracket/quote or punctuation: "Peoples1", "2023,1", "),2"; not
    # before a closing bracket, where a document's number is ("(CM/Rec(2022)13)", A/RES/79/284)
    (_FUSED_AFTER, re.compile(r"(?!\d)(?![/.]\d)(?![)\]])")),
    # fused to a year: "for 20223 and" (2022 + marker 3)
    (re.compile(r"(?<=\b(?:19|20)\d\d)"), re.compile(r"(?![\d/])")),
    # separated by a space after a lower-case word: "the Umoja system 1 and", after a comma,
    # semicolon or full stop that ends a paragraph: "relevant stakeholders; 12" (not after "No."),
    # not a number's first digits ("some 3.7 per cent", "some 3,000")
    (re.compile(r"(?:(?<=[a-z])|(?<=[\w”’)][,;.])|(?<=\d{4})) "),
     re.compile(r"(?=[ ,;.:]|$)(?![.,:]\d)")),
    # fused, inside brackets, where nothing else was found: "(the Paris Agreement12)"
    (_FUSED_AFTER, re.compile(r"(?!\d)(?=[)\]])")),
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
#: a number of one to three digits and its point just before: "4." of "4.5 per cent", "16." of
#: "target 16.4," (a decimal or a target, not a marker fused to a full stop), not "2023." or "70/1."
_SHORT_NUMBER_POINT = re.compile(
    r"(?<=(?<![\w/.,])\d\.)|(?<=(?<![\w/.,])\d\d\.)|(?<=(?<![\w/.,])\d\d\d\.)"
)
#: what follows a marker after a sentence that ends with a number ("model strategy 10.24
#: Furthermore, …"): a new sentence, on the line or the next one, or the paragraph's end ("54.8"
#: at the end of a line before "per cent" is a decimal)
_NEW_SENTENCE = re.compile(r"\s+[A-Z“\"‘(]")
_NEW_SENTENCE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ“\"‘(")


def _find_marker(text: str, marker: str, col0: int, place: int, next_line: str = "") -> int | None:
    """Offset of the first ``marker`` at or after ``col0`` that fits place ``place`` (``next_line``:
    the body line after ``text``)."""
    before, after = _MARKER_PLACES[place]
    size = len(marker)
    idx = text.find(marker, col0)
    while idx >= 0:
        if place == 2:
            if (idx - 1 >= col0 and before.match(text, idx - 1) and after.match(text, idx + size)
                    and not (text[idx - 2 : idx - 1] not in ",;"
                             and _word_forbids_marker(text[: idx - 1]))):
                return idx
        elif before.match(text, idx) and after.match(text, idx + size) and not (
                place in (0, 3) and text[idx - 1] == "." and _SHORT_NUMBER_POINT.match(text, idx)
                and not _NEW_SENTENCE.match(text, idx + size)
                and not (idx + size == len(text.rstrip())
                         and (not next_line or next_line[0] in _NEW_SENTENCE_FIRST))):
            return idx
        idx = text.find(marker, idx + 1)
    return None


def _word_forbids_marker(before: str) -> bool:
    word = _LAST_WORD.search(before)
    return bool(word and word.group(1).lower() in _NOT_BEFORE_MARKER)


def _place_fused_markers(body: list[tuple[int, str]], footnotes: list[RawFootnote]) -> None:
    """Find each numbered footnote's marker in the body text of its page, in order."""
    pos_line, pos_col = 0, 0
    for fn in footnotes:
        marker = fn.marker
        if not marker.isdigit():
            continue
        start_line = max(fn.page_start, pos_line)
        candidates = [li for li in range(start_line, min(fn.body_index, len(body)))
                      if marker in body[li][1]]
        found = None
        for place in range(len(_MARKER_PLACES)):
            for li in candidates:
                text = body[li][1]
                a = _find_marker(text, marker, pos_col if li == pos_line else 0, place,
                                 body[li + 1][1] if li + 1 < len(body) else "")
                if a is not None:
                    found = (li, a, a + len(marker))
                    break
            if found:
                break
        if not found:
            continue
        li, a, b = found
        lineno, text = body[li]
        start = a - 1 if a > 0 and text[a - 1] == " " else a
        new = text[:start] + f"{MARK_OPEN}{marker}{MARK_CLOSE}" + text[b:]
        body[li] = (lineno, new)
        pos_line, pos_col = li, start + len(marker) + 2


# --- blocks --------------------------------------------------------------------------------
_LABEL_ONLY = re.compile(r"^(?:\d{1,3}\.?|\(?[a-z]{1,2}\)|\(?[ivxlc]{1,6}\)|[A-Z]\.)$")
_STARTS_PARAGRAPH = re.compile(
    r"^(?:\d{1,3}\.(?:\s|$)|\([a-z]{1,3}\)\s|\([ivxlc]{1,6}\)\s|[IVXLC]{1,6}\.?\s*$|[A-Z]\.?\s*$"
    r"|The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council)"
    r"|\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting|Annex)"
)
_PREAMBLE_OPENER = re.compile(
    r"^(?:(?:Also|Further|Further|Deeply|Gravely|Seriously|Strongly|Firmly|Fully|Noting|Bearing|"
    r"Particularly|Profoundly|Highly|Recalling|Reaffirming|Expressing|Taking|Having|Being|"
    r"Acting|Welcoming|Recognizing|Acknowledging|Stressing|Emphasizing|Underlining|Guided|"
    r"Mindful|Aware|Conscious|Cognizant|Convinced|Concerned|Alarmed|Determined|Desirous|"
    r"Considering|Reiterating|Affirming|Encouraged|Appreciating|Commending|Believing|"
    r"Wishing|Noting|Observing|Deploring|Condemning|Regretting|Underscoring|Highlighting|"
    r"Looking|Keen|Persuaded|Satisfied|Disturbed|Dismayed|Saddened|Shocked|Outraged|"
    r"Resolved|Resolving|Confident|Hopeful|Seeking|Realizing|Determining|Pursuant)\b"
    r"|[A-Z][a-z]+ing\b)"
)
_TERMINAL = re.compile(rf"[,;:.](?:[\s”\"’'){MARK_CLOSE}0-9{MARK_OPEN}a-z*]*)$")


#: the last character of a line that may end a paragraph (after closing quotes or a marker)
_MAY_END_PARAGRAPH = frozenset(",;:.”\"’')]" + MARK_CLOSE)


def _ends_paragraph(text: str) -> bool:
    if text[-1:] not in _MAY_END_PARAGRAPH or not text:
        return False
    tail = unmarked(text).rstrip(" ”\"’')]")
    return tail.endswith((",", ";", ":", "."))


def _blocks(body: list[tuple[int, str]]) -> list[Block]:
    """The body lines as blocks, in one pass: a block ends at a blank line or a page break, and
    before a line that opens a paragraph after a line that ended one (text without blank lines
    between paragraphs: pypdf, some exports); "The General Assembly," stands alone."""
    raw: list[Block] = []
    cur: list[str] = []
    cur_line = 0
    soft = False
    pending_soft = False
    may_end = _MAY_END_PARAGRAPH
    for lineno, text in body:
        if not text or text == PAGE_BREAK:
            if cur:
                raw.append(Block(_join_lines(cur), cur_line, soft))
                cur = []
            if text:
                pending_soft = True
            continue
        if text[:4] == "The " and _BODY_LINE.match(text):
            if cur:
                raw.append(Block(_join_lines(cur), cur_line, soft))
                cur = []
            raw.append(Block(_join_lines([text]), lineno, pending_soft))
            pending_soft = False
            continue
        if cur:
            prev = cur[-1]
            if not (prev[-1] in may_end and _ends_paragraph(prev) and (
                _LINE_STARTS_PARAGRAPH.match(text)
                or (_PREAMBLE_OPENER.match(text) and _ends_with_comma(prev))
                or _STARTS_PARAGRAPH.match(text)
            )):
                cur.append(text)
                continue
            raw.append(Block(_join_lines(cur), cur_line, soft))
        cur = [text]
        cur_line = lineno
        soft = pending_soft
        pending_soft = False
    if cur:
        raw.append(Block(_join_lines(cur), cur_line, soft))

    merged: list[Block] = []
    for block in raw:
        if merged and _should_join(merged[-1], block):
            prev_block = merged[-1]
            prev_block.text = _join_two(prev_block.text, block.text)
            continue
        merged.append(block)
    return merged


_BODY_LINE = re.compile(
    r"^\s*The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council)"
    r"\s*,?\s*$"
)
_LINE_STARTS_PARAGRAPH = re.compile(
    r"^(?:\d{1,3}\.\s|\([a-z]{1,3}\)\s|\([ivxlc]{1,6}\)\s)"
)


def _ends_with_comma(text: str) -> bool:
    return unmarked(text).rstrip(" ”\"’')]").endswith(",")


_HEADING_ONLY = re.compile(r"^[IVXLC]{1,6}\.?$|^[A-Z]\.?$")
#: a sub-paragraph's label in lower case: "(a)", "a)", and "a." or "iv." before a capital ("a. The
#: definition and delimitation of outer space;", a further level under "(iv) Matters relating to:",
#: A/RES/61/111 4), not a sentence's words going on
_LETTER_LABEL = re.compile(r"^(?:\(?[a-z]{1,3}\)|(?:[a-z]{1,2}|[ivxlc]{1,7})\.\s+[A-Z“\"‘(])")


def _should_join(prev: Block, block: Block) -> bool:
    a, b = prev.text, block.text
    short = a.strip()
    # a label or a heading is at most 8 characters ("(viii)", "XVIII."; 9 with the newline "$"
    # allows): longer blocks are spared the two regexes
    if len(short) <= 9 and _LABEL_ONLY.match(short):
        # not a number alone before a block that opens with its own label: a page's number ("40"
        # before "4. Also requests …", a page break between them), not that block's
        return not (short.isdecimal() and _LINE_STARTS_PARAGRAPH.match(b))
    if len(short) <= 9 and _HEADING_ONLY.match(short):
        return False  # a section or part heading stands alone
    first = b[:1]
    if first.islower() and not _LETTER_LABEL.match(b):
        # continuation of a sentence, unless the previous block clearly ended a paragraph
        return not a.rstrip(" ”\"’").endswith((";", ".")) or block.soft_before
    if not block.soft_before:
        return False
    if _STARTS_PARAGRAPH.match(b):
        return False
    if not _ends_paragraph(a):
        return True
    tail = unmarked(a).rstrip(" ”\"’')]")
    if tail.endswith(","):
        return not _PREAMBLE_OPENER.match(b)
    return False


#: a line break where the lines join without a space: a word broken at its hyphen ("non-\n
#: governmental"), an en dash or slash before a letter or digit ("2024–\n2025")
#: (the newline first, then looking back: a literal first character lets the engine jump to it)
_NO_SPACE_JOIN = re.compile(r"\n(?:(?<=-\n)(?<![ \n]-\n)(?=[^\W\d_])|(?<=[–/]\n)(?=[^\W_]))")


def _join_lines(lines: list[str]) -> str:
    """The lines of a block as one string, joined as ``_join_two`` would, in one pass."""
    if len(lines) == 1:
        out = lines[0]
    else:
        out = "\n".join(lines)
        if "-\n" in out or "–\n" in out or "/\n" in out:
            out = _NO_SPACE_JOIN.sub("", out)
        out = out.replace("\n", " ")
    return " ".join(out.split()) if "  " in out else out
