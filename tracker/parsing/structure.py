"""Blocks -> preamble, operative paragraphs (with parts) and nested sub-paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .kinds import OPERATIVE_VERBS, SPOKEN_WITHIN_ONLY
from .layout import Block, unmarked
from .metadata import DATE_RE, numbers_resolution, symbol_in, title_number
from .ordinals import roman_value, to_roman

PREAMBLE_START = re.compile(
    r"^(?:The|La|Le|El|La)\s+(?:General Assembly|Security Council|Human Rights Council|"
    r"Economic and Social Council|Commission [\w ]{3,60}|Conference [\w ]{3,60}|"
    r"Council|Assembly|[A-Z][\w ,’'-]{3,70}?)\s*,\s*$"
)
_BODY_START = re.compile(
    r"^The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council)\b"
)
#: (a period for the comma: a misprint of the annual volumes, "The General Assembly.")
_BODY_ONLY = re.compile(
    r"^The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council)"
    r"\s*[,.]?$"
)
NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s+|$)(.*)$", re.S)
#: "6 Also reaffirms ..." (the period lost in the original): accepted only in sequence
_NUMBERED_LOOSE = re.compile(r"^(\d{1,3})\s+((?:[A-Z][a-z]+)\b.*)$", re.S)
LABELLED = re.compile(
    r"^(?:\(([a-z]{1,3}|[ivxlcdm]{1,7})\)|([a-z]{1,2}|[ivxlc]{1,7})[.)](?=\s))\s*(.*)$", re.S
)
_PART_LETTER = re.compile(r"^([A-H])\.?$")
_ROMAN_HEADING = re.compile(r"^([IVXLC]{1,7})\.?(?:\s+(.*))?$", re.S)
MEETING_END = re.compile(
    r"^\d+(?:st|nd|rd|th)\s+(?:\(?resumed\)?\s+)?(?:plenary\s+)?meeting\b", re.I
)


def _is_meeting_line(plain: str) -> bool:
    """"48th plenary meeting" or "54th resumed plenary meeting", the line after the last operative
    paragraph (``MEETING_END``, tried only on a block that starts with a digit, as it must: most
    blocks do not); or the date alone, where a resolution adopted without a meeting (by silence
    procedure, 2020) prints only its date ("2 July 2020"). Not a meeting line in words ("Seventeenth
    plenary meeting, 24 January 1946."): the parts of a resolution of 1946 adopted at several
    meetings each end with one (A/RES/13 (I))."""
    if not plain[:1].isdecimal():
        return False
    if MEETING_END.match(plain) is not None:
        return True
    date = DATE_RE.match(plain)
    return date is not None and date.end() == len(plain.rstrip(". "))


_ANNEX = re.compile(
    r"^(?:Annex(?:es)?|Appendix|Attachment|Enclosure)\b(?:\s+[IVX\d]+)?[\s.*]*(?:\S.{0,300})?$"
)
#: an annex heading with its title is at most this long; one over ``_ANNEX_SHORT`` is a title only
#: where it does not end as a sentence ("Annex Political declaration of the fourth high-level
#: meeting of the General Assembly on the prevention and control of noncommunicable diseases and
#: the promotion of mental health and well-being", A/RES/80/117: 196 characters)
_ANNEX_LONGEST = 320
_ANNEX_SHORT = 160
#: (or a footnote's number after the stop, where the text printed it so: "… 12,813,400 dollars;3",
#: not a decimal: "VI / Proposed amendment to staff rule 104.14", A/RES/55/258)
#: (the stop written once, first, so that the engine jumps to the stops; "(?<!\d\.)" after it: a "." not after
#: a digit)
_ENDS_SENTENCE = re.compile(r"[,;:.](?:[\s”\"’')\]]*$|(?<!\d\.)[”\"’')\]]*\d{1,3}\s*$)")
#: the words that open a preambular paragraph, by name ("Recalling", "Deeply concerned", …)
_OPENER_WORDS = (
    r"(?:Also|Further|Furthermore|Deeply|Gravely|Seriously|Strongly|Firmly|Fully|Particularly|"
    r"Profoundly|Highly|Greatly|Expressing|Noting|Bearing|Taking|Having|Being|Acting|Recalling|"
    r"Reaffirming|Welcoming|Recognizing|Recognising|Acknowledging|Stressing|Emphasizing|"
    r"Underlining|Guided|Mindful|Aware|Conscious|Cognizant|Convinced|Concerned|Alarmed|"
    r"Determined|Desirous|Considering|Reiterating|Affirming|Encouraged|Appreciating|Commending|"
    r"Believing|Wishing|Observing|Deploring|Condemning|Regretting|Underscoring|Highlighting|"
    r"Looking|Keen|Persuaded|Satisfied|Disturbed|Dismayed|Saddened|Shocked|Outraged|Resolved|"
    r"Resolving|Confident|Hopeful|Seeking|Realizing|Determining|Pursuant|Reminding|Calling|"
    r"Appalled|Troubled|Anxious|Emphasising|Taking note|Acting|Demanding)\b"
)
_PREAMBULAR_OPENER = re.compile(rf"^(?:{_OPENER_WORDS}|[A-Z][a-z]+ing\b)")
#: a preambular paragraph that does not end as a sentence opens with one of its named words
#: ("Having received the report of the International Atomic Energy Agency for 2022[1]", A/RES/78/8);
#: "Peacebuilding Commission" (A/RES/80/11) or "Financing for development" is a heading
_NAMED_OPENER = re.compile(rf"^{_OPENER_WORDS}")


def letter_index(label: str) -> int | None:
    """a=1 ... z=26, aa=27, bb=28 ..."""
    if len(label) == 1 and label.isalpha():
        return ord(label) - 96
    if len(label) == 2 and label[0] == label[1] and label.isalpha():
        return 26 + ord(label[0]) - 96
    return None


@dataclass
class RawSub:
    label: str
    text: str
    line: int
    children: list[RawSub] = field(default_factory=list)


@dataclass
class RawOperative:
    number: str
    intro: str
    line: int
    section: str | None = None
    part_letter: str | None = None
    subs: list[RawSub] = field(default_factory=list)
    #: printed without a number (a part's one paragraph, "C / Education grant … / Decides, …",
    #: A/RES/76/240; a decision's paragraphs where none is numbered): ``number`` is its place
    unnumbered: bool = False
    #: the words of its part that lead into the part's paragraphs ("Therefore, the General Assembly
    #: resolves that:", A/RES/13 (I)); "" where its part has none
    lead_in: str = ""
    #: raw labelled items in order, before nesting: (label, text, line, form), the form the label
    #: is printed in: "(" for "(a)", "." for "a.", ")" for "a)"
    items: list[tuple[str, str, int, str]] = field(default_factory=list)
    #: a draft for another organ it quotes in blocks of its own after its last words
    #: (``_opens_quotation``): words of the paragraph, not of what it asks ("" where it quotes none)
    quoted: str = ""


@dataclass
class RawPreambular:
    text: str
    line: int


@dataclass
class Skeleton:
    front_end_line: int
    preamble_line: int | None
    preambular: list[RawPreambular]
    operative: list[RawOperative]
    tail: str
    warnings: list[str]
    #: 1-based line of the last block read as part of the resolution
    last_line: int = 0
    ended_cleanly: bool = False
    #: index of the first block after the resolution (its closing meeting line or an annex)
    tail_start: int | None = None
    #: the resolution's symbol, as the heading before its opening prints it, else its file name's
    #: (:func:`metadata.symbol_in`): read once, here, for the heading too
    symbol: str | None = None


def is_annex_heading(plain: str) -> bool:
    """"Annex", "Annex II", "Annex Awaza Political Declaration" (a heading and its title)."""
    return len(plain) < _ANNEX_LONGEST and _ANNEX.match(plain) is not None and (
        len(plain) < _ANNEX_SHORT or not _ENDS_SENTENCE.search(plain))


def _plain(text: str) -> str:
    return unmarked(text)


#: a heading is shorter than this; a section's title after the numeral that follows the last one
#: in sequence may be up to ``_TITLE_LONGEST`` ("VIII / Revised estimates resulting from the
#: decisions contained in General Assembly resolution 69/292, entitled “Development of an
#: international legally binding instrument under … of areas beyond national jurisdiction”",
#: A/RES/70/248: 339 characters)
_HEADING_LONGEST = 320
_TITLE_LONGEST = 640


def _is_heading(text: str, longest: int = _HEADING_LONGEST) -> bool:
    plain = _plain(text).strip()
    return (
        len(plain) < longest
        and not _ENDS_SENTENCE.search(plain)
        and plain[:1].isupper()
        and not NUMBERED.match(plain)
    )


def _body_start(unmarked: list[str], plains: list[str]) -> int | None:
    """The block that opens the resolution ("The General Assembly,"), else the one before its
    first operative paragraph (-1 when that is the first block); None when there is neither."""
    for i, plain in enumerate(plains):
        if (PREAMBLE_START.match(plain) or _BODY_ONLY.match(plain)) and (
            _BODY_START.match(plain) or any(NUMBERED.match(x) for x in unmarked[i + 1 :])
        ):
            return i
    # no "The General Assembly,": the first preambular opener or operative paragraph
    for i, plain in enumerate(plains):
        if NUMBERED.match(plain) and plain.startswith("1."):
            return i - 1
    return None


#: a volume's page number run into the line after it ("163 31/191. Financial emergency …")
_PAGE_NUMBER_FIRST = re.compile(r"^\d{1,4} (?=\d)")
#: a part's letter alone ("A") between a title and its opening
_PART_LETTER_ONLY = re.compile(r"^[A-Z]\.?$")
#: the date line the Economic and Social Council's early volumes print under a title: "Resolution of
#: 10 April 1953", "Resolutions of 6 April 1953" (a footnote's number run into the year)
_ADOPTED_ON_LINE = re.compile(r"^Resolutions? of \d{1,2} [A-Z][a-z]+ \d{4}")


def _opens_resolution(blocks: list[Block]) -> bool:
    """Whether ``blocks`` open a resolution: "The General Assembly," perhaps after its date line
    and its part's letter."""
    plains = [_plain(b.text).strip() for b in blocks]
    if plains and _ADOPTED_ON_LINE.match(plains[0]):
        plains = plains[1:]
    if plains and _PART_LETTER_ONLY.match(plains[0]):
        plains = plains[1:]
    return bool(plains) and bool(_BODY_START.match(plains[0]))


#: the words that tell English from French (function words; in French also any accented word)
_ENGLISH_WORDS = frozenset(str.split("the of and to in that for on by is are with as which be this these its "
                                     "their has have been from"))
_FRENCH_WORDS = frozenset(str.split("le la les des du et à en qui que pour dans une sur par est sont aux ces "
                                    "cette au ont être été son sa ses leur leurs ainsi"))
_WORD = re.compile(r"[^\W\d_]+")
_ACCENTED = re.compile(r"[àâçéèêëîïôûùü]")
#: a text with fewer French paragraphs than this beside English ones is read whole
_BILINGUAL_AT_LEAST = 3
#: words an English text hardly ever holds, and how many times a French one does at the least in
#: its first characters (the first page's French column)
_FRENCH_TELLS = (" les ", " des ")
_FRENCH_TELLS_AT_LEAST = 10
_FRENCH_TELLS_WITHIN = 30_000


def _language(text: str) -> str | None:
    """"fr" or "en" where a paragraph's function words say it plainly; None where they don't (a
    short line: "Cinquante-cinquième séance plénière,", "189")."""
    words = _WORD.findall(text.lower())
    english = sum(w in _ENGLISH_WORDS for w in words)
    french = sum(w in _FRENCH_WORDS or _ACCENTED.search(w) is not None for w in words)
    if french >= 3 and french > 2 * english:
        return "fr"
    if english >= 3 and english > 2 * french:
        return "en"
    return "fr?" if french and not english else None


def in_english(blocks: list[Block], text: str) -> list[Block]:
    """The English text of a page printed in English and French (the annual volumes of 1946–1964
    set the two languages side by side: a PDF's text gives the English column, then the French
    one, page by page; A/RES/97 (I), S/RES/47 (1948)). Where at least ``_BILINGUAL_AT_LEAST``
    paragraphs of each language are found, the French ones are left out, with the short lines
    between them ("L’Assemblée générale, en conséquence,", "le 11 décembre 1946."). ``text`` is
    the whole input, the blocks' source."""
    head = text[:_FRENCH_TELLS_WITHIN]
    if sum(head.count(word) for word in _FRENCH_TELLS) < _FRENCH_TELLS_AT_LEAST:
        return blocks  # (nearly every text: an English one spends no more than these counts)
    languages = [_language(b.text) for b in blocks]
    if languages.count("fr") < _BILINGUAL_AT_LEAST or languages.count("en") < _BILINGUAL_AT_LEAST:
        return blocks
    plain = [lang if lang != "fr?" else None for lang in languages]
    keep = []
    for k, block in enumerate(blocks):
        if languages[k] == "fr":
            continue
        if languages[k] != "en":
            before = next((lang for lang in reversed(plain[:k]) if lang), None)
            after = next((lang for lang in plain[k + 1:] if lang), None)
            if "fr" in (before, after) and (languages[k] == "fr?" or before == after == "fr"):
                continue
        keep.append(block)
    return keep


def named_resolution(blocks: list[Block], lines: list[str], filename: str | None) -> list[Block]:
    """A page of an annual volume prints several resolutions, each under its title and opening
    ("1514 (XV). Declaration on the granting of independence …" / "The General Assembly,"): the
    page's heading lines and the blocks of the resolution its symbol names, up to the next one's title.
    A text with one such title, or without the named resolution's, is read whole."""
    titles: list[tuple[int, str]] = []
    for i in range(len(blocks) - 1):
        text = blocks[i].text.lstrip()
        plain = _PAGE_NUMBER_FIRST.sub("", _plain(text).strip()) if text[:1].isdecimal() else ""
        number = title_number(plain) if plain else None
        if number and _opens_resolution(blocks[i + 1 : i + 4]):
            titles.append((i, number))
    if len({number for _, number in titles}) < 2:
        return blocks
    first = titles[0][0]
    symbol = symbol_in(" ".join(" ".join(lines[: blocks[first].line - 1]).split()), filename)
    own = [k for k, (_, number) in enumerate(titles) if symbol and numbers_resolution(number, symbol)]
    if not own:
        return blocks
    start = titles[own[0]][0]
    after = titles[own[0] + 1 :]
    end = next((i for i, number in after if not numbers_resolution(number, symbol)), len(blocks))
    # the page's heading: its symbol and running head, not the end of the resolution before
    heading = next((k for k in range(first) if not _is_heading(blocks[k].text)), first)
    return blocks[:heading] + blocks[start:end]


#: the paragraph of a resolution that recommends a draft for another organ to adopt: "Recommends to the
#: General Assembly the adoption of the following draft resolution:" (the Economic and Social Council's
#: on its commissions' drafts, E/RES/2013/31)
_FOLLOWING_DRAFT = r"\bthe\s+following\s+draft\s+(?:resolution|decision)s?\b[^.;:]{0,120}:$"
_RECOMMENDS_DRAFT = re.compile(r"^(?:Also\s+|Further\s+)?Recommends\b.{0,150}?" + _FOLLOWING_DRAFT, re.S)
#: a paragraph that quotes a draft after it: "… decides to submit the following draft resolution to the
#: General Assembly for its consideration:" (A/HRC/RES/16/21)
_QUOTES_A_DRAFT = re.compile(_FOLLOWING_DRAFT)


def _next_part_after(plains: list[str], meeting: int) -> int | None:
    """The block of the next part's letter where the meeting line at ``meeting`` ends a part, not the
    resolution: its date, the letter, perhaps the part's title, then "The General Assembly," again
    (A/RES/71/101 A-B, each part printed with the meeting that adopted it); None where it ends the
    resolution. (Elsewhere the parts after a meeting line are resolutions of their own: "42/38 B"
    after "42/38 A" on a page of the annual volume.)"""
    for j in range(meeting + 1, min(meeting + 4, len(plains))):
        if _PART_LETTER_ONLY.match(plains[j]):
            return j if any(_BODY_START.match(p) for p in plains[j + 1 : j + 4]) else None
    return None


def _recommends_a_draft(plains: list[str], start: int, end: int) -> int | None:
    """The block, before any numbered paragraph, that recommends the draft printed after it: the
    draft's paragraphs ask nothing until that organ adopts it (then as its own resolution), so the
    resolution is that one paragraph, and the draft is left out as annexes in the third person are."""
    for k in range(start, end):
        if NUMBERED.match(plains[k]):
            return None
        if plains[k].startswith(("Recommends", "Also", "Further")) and _RECOMMENDS_DRAFT.match(plains[k]):
            return k
    return None


def _numbers_lost(blocks: list[Block], plains: list[str], start: int, end: int) -> frozenset[int]:
    """The lines of the blocks that are operative paragraphs whose numbers the text lost: between two
    numbers printed, p and q (p = 0 before the first), exactly q − p − 1 blocks that read as paragraphs
    (``_reads_as_paragraph``: an operative verb first, no comma last): "Urges all States to
    protect …; / 2. Calls upon States …" (A/HRC/RES/54/35 in the segmented corpus), "2. Invites the
    President … / Requests the High Commissioner …; / 4. Also requests …" (A/HRC/RES/57/4)."""
    lost: list[int] = []
    printed, between = 0, []
    for k in range(start, end):
        m = NUMBERED.match(plains[k])
        if m:
            n = int(m.group(1))
            if between and n - printed - 1 == len(between):
                lost.extend(between)
            printed, between = n, []
        elif _reads_as_paragraph(plains[k]):
            between.append(blocks[k].line)
    return frozenset(lost)


#: a symbol that names several parts of one number, printed one after the other: "A/RES/71/101 A-B"
_PARTS_NAMED = re.compile(r"\d [A-Z]-[A-Z]$")


def build_skeleton(
    blocks: list[Block], filename: str | None = None, lines: list[str] | None = None
) -> Skeleton:
    """The resolution's preambular and operative paragraphs, with what follows it as the tail, and its
    symbol: the first its heading prints (``lines``: the text's lines, the heading's among them: its
    running head, which no block keeps; an annex's blocks otherwise), else its file name's."""
    # each block's text without footnote markers, computed once
    unmarked = [_plain(b.text) for b in blocks]
    plains = [u.strip() for u in unmarked]
    start = _body_start(unmarked, plains)
    if start is None:
        return Skeleton(0, None, [], [], "", [])
    front_end_line = blocks[start + 1].line if start + 1 < len(blocks) else blocks[-1].line + 1
    preamble_line = blocks[start].line if start >= 0 else None
    # a symbol naming several parts: the meeting lines that end a part with another after it, and
    # the blocks up to that part's letter, are no text of the resolution
    heading = (" ".join(" ".join(lines[: front_end_line - 1]).split()) if lines is not None
               else " ".join(plains[: max(start, 0)]))
    symbol = symbol_in(heading, filename)
    several = bool(symbol and _PARTS_NAMED.search(symbol))
    between_parts: set[int] = set()
    end = len(blocks)
    for k in range(start + 1, len(blocks)):
        if _is_meeting_line(plains[k]):
            letter = _next_part_after(plains, k) if several else None
            if letter is None:
                end = k
                break
            between_parts.update(range(k, letter))
    draft = _recommends_a_draft(plains, start + 1, end)
    if draft is not None:
        end = draft + 1  # the draft another organ is to adopt is no paragraph of this resolution
    reader = _SkeletonReader(has_numbers=any(NUMBERED.match(x) for x in plains[start + 1 : end]),
                             numbers_lost=_numbers_lost(blocks, plains, start + 1, end))
    if several:  # the first part's letter, printed before the opening ("A / Information in the service …")
        reader.pending_part = next((m[0].rstrip(".") for j in range(max(start - 3, 0), start)
                                    if (m := _PART_LETTER_ONLY.match(plains[j]))), None)
    tail_parts: list[str] = []
    tail_start: int | None = None
    last_line = blocks[start].line if start >= 0 else 0
    ended = False
    for i in range(start + 1, len(blocks)):
        block, plain = blocks[i], plains[i]
        if i == end or (reader.operative and is_annex_heading(plain)):  # end: the meeting line
            tail_parts = [b.text for b in blocks[i:]]
            tail_start = i
            ended = True
            break
        last_line = block.line
        if i not in between_parts:
            reader.read(block.text.strip(), plain, block.line)
    for op in reader.operative:
        _split_run_in(op)
    if draft is not None:
        tail_start = None  # the annexes printed after a draft are the draft's
    return Skeleton(front_end_line, preamble_line, reader.preambular, reader.operative,
                    "\n".join(tail_parts), reader.warnings, last_line, ended, tail_start, symbol)


#: a sub-paragraph's label run into the text after a colon or a semicolon (and a footnote
#: marker): "… there are: (a) 1.3 billion tobacco users …; (b) 2.6 million deaths …; and (e) …"
_RUN_IN = re.compile(
    r"[:;](?:\ue000[^\ue001]*\ue001)?\s+(?:(?:and|or)\s+)?"
    r"(?P<label>\((?P<paren>[a-z]{1,2}|[ivxl]{1,7})\)|(?P<dot>[a-z])\.(?=\s))\s+"
)


def _next_label(label: str, state: tuple[int, int], after_colon: bool) -> tuple[int, int] | None:
    """The (letter, roman) sequence after ``label`` where it goes on the one in ``state`` (a new
    level opens after a colon only: "(a)" or "(i)"); None where it does not."""
    letter, roman = state
    rv = roman_value(label)
    if rv is not None and (rv == roman + 1 if roman else rv == 1 and after_colon):
        return letter, rv
    lv = letter_index(label)
    if lv is not None and (lv == letter + 1 if letter else lv == 1 and after_colon):
        return lv, 0
    return None


def _after(label: str, state: tuple[int, int]) -> tuple[int, int]:
    """The sequence after a label printed at the start of its line (in sequence or not)."""
    found = _next_label(label, state, True)
    if found is not None:
        return found
    lv = letter_index(label)
    return (lv, 0) if lv is not None else (state[0], roman_value(label) or state[1])


def _run_in_items(
    text: str, state: tuple[int, int]
) -> tuple[str, list[tuple[str, str, str]], tuple[int, int]]:
    """``text`` up to its first run-in label that goes on the sequence, the labelled items run in
    after it (label, text, form: "(" for "(a)", "." for "a.", as the Council prints them since
    2023: "… to: a. take a realistic …; b. …", S/RES/2705 (2023) 3), and the sequence after them."""
    if ": " not in text and "; " not in text and "\ue001" not in text:
        return text, [], state  # (a label runs in after a colon or a semicolon, or its note, only)
    cuts: list[tuple[int, int, str, str]] = []
    for m in _RUN_IN.finditer(text):
        label = m.group("paren") or m.group("dot")
        nxt = _next_label(label, state, text[m.start()] == ":")
        if nxt is not None:
            cuts.append((m.start("label"), m.end(), label, "(" if m.group("paren") else "."))
            state = nxt
    if not cuts:
        return text, [], state
    items = [(label, text[end : cuts[k + 1][0] if k + 1 < len(cuts) else len(text)].strip(), form)
             for k, (_start, end, label, form) in enumerate(cuts)]
    return text[: cuts[0][0]].rstrip(), items, state


def _split_run_in(op: RawOperative) -> None:
    """Sub-paragraphs printed run in ("… globally, there are: (a) …; (b) …; and (e) …", A/RES/80/117
    annex 13) are sub-paragraphs as much as those printed on lines of their own, also where a line
    of the list happens to start with a label: an intro's run-in list is read where it has two
    items or more (its "(a)" alone may be a reference), an item's items always."""
    head, found, state = _run_in_items(op.intro, (0, 0))
    items: list[tuple[str, str, int, str]] = []
    if found and (len(found) > 1 or (op.items and _next_label(op.items[0][0], state, False))):
        op.intro = head
        items = [(label, text, op.line, form) for label, text, form in found]
    else:
        state = (0, 0)
    if not items and not op.items:
        return
    for label, text, line, form in op.items:
        state = _after(label, state)
        head, found, state = _run_in_items(text, state)
        items.append((label, head, line, form))
        items.extend((sub_label, sub_text, line, sub_form) for sub_label, sub_text, sub_form in found)
    op.items = items


@dataclass
class _SkeletonReader:
    """Reads the blocks of a resolution's body one at a time into paragraphs."""

    #: whether the body numbers its operative paragraphs at all
    has_numbers: bool
    #: the lines of the blocks that are paragraphs whose numbers the text lost (``_numbers_lost``)
    numbers_lost: frozenset[int] = frozenset()
    warnings: list[str] = field(default_factory=list)
    preambular: list[RawPreambular] = field(default_factory=list)
    operative: list[RawOperative] = field(default_factory=list)
    pending_part: str | None = None
    pending_section: str | None = None
    #: after a part letter ("B"), unnumbered blocks are that part's preamble
    new_part_preamble: bool = False
    #: index of the paragraph where the numbering last restarted at 1 (a new part, or not)
    restart_at: int | None = None
    #: the value of the last section's Roman numeral (0 before the first)
    section_value: int = 0
    #: the words that lead into the current part's paragraphs (``RawOperative.lead_in``)
    lead_in: str = ""
    #: whether sections came before letters: then letters divide a section ("I / A / B / II",
    #: A/RES/56/206), and a new section ends its last letter's part
    letters_in_sections: bool | None = None

    #: inside a text a paragraph quotes over several blocks (``_opens_quotation``): "draft" where it
    #: is a draft for another organ, "text" where it is the new wording of a text the paragraph amends
    quoting: str | None = None

    def read(self, text: str, plain: str, line: int) -> None:
        if self.quoting is None and _opens_quotation(self.operative, plain):
            self.quoting = "draft" if _QUOTES_A_DRAFT.search(_last_words(self.operative[-1])) else "text"
        if self.quoting:
            # its numbers and headings are the quoted text's, not this resolution's; a draft asks
            # nothing until the organ it is for adopts it, the new wording of a text holds now
            op = self.operative[-1]
            if self.quoting == "draft":
                op.quoted = f"{op.quoted} {text}".strip()
            else:
                _append_text(op, text)
            if _CLOSES_QUOTATION.search(plain):
                self.quoting = None
            return
        if self._heading(plain):
            return
        m = self._number(text, line)
        if m and self.has_numbers:
            self.new_part_preamble = False
            self._numbered(int(m.group(1)), m.group(2).strip(), text, line)
        else:
            self._unnumbered(text, plain, line, numbered=bool(m))

    def _heading(self, plain: str) -> bool:
        """A part letter, a section's Roman numeral or the body's name again: remembered, not text."""
        # each pattern is tried only where it can match (most blocks are paragraphs): a part
        # letter is one or two characters ("B", "B."), a Roman heading starts with its numeral
        m = _PART_LETTER.match(plain) if len(plain) <= 3 else None
        if m:
            self.pending_part = m.group(1)
            if self.letters_in_sections is None:
                self.letters_in_sections = False
            self.new_part_preamble = bool(self.operative)
            self.lead_in = ""
            return True
        m = _ROMAN_HEADING.match(plain) if plain[:1] in "IVXLC" else None
        value = roman_value(m.group(1)) if m else None
        if value and m.group(2) is not None and not _is_heading(
                m.group(2), _TITLE_LONGEST if value == self.section_value + 1 else _HEADING_LONGEST):
            value = None
        if value:
            self.pending_section = m.group(1)
            if self.letters_in_sections is None:
                self.letters_in_sections = True
            elif self.letters_in_sections:
                self.pending_part = None
            # after operative paragraphs, the next section's ("III" after "II", not "C. Office of
            # Investment Management" after "A." and "B.") unnumbered blocks are its preamble and
            # paragraphs ("III / Request for a subvention … / Recalling …, / Having considered …,"
            # of the programme budget, A/RES/78/253), not the text of the last paragraph
            self.new_part_preamble = bool(self.operative) and self.has_numbers and (
                value == self.section_value + 1)
            self.section_value = value
            self.lead_in = ""
            return True
        # "The General Assembly," again at the start of a part
        return plain.startswith("The ") and _BODY_ONLY.match(plain) is not None

    def _number(self, text: str, line: int) -> re.Match[str] | None:
        m = NUMBERED.match(text)
        if not m and self.has_numbers:
            loose = _NUMBERED_LOOSE.match(text)
            expected = str(int(self.operative[-1].number) + 1) if self.operative else "1"
            if loose and loose.group(1) == expected and (self.operative or _looks_operative(loose.group(2))):
                self.warnings.append(f"operative paragraph {loose.group(1)} printed without its "
                                     f"period (line {line})")
                m = loose
        return m

    def _new(self, number: str, body: str, line: int, *, unnumbered: bool = False) -> None:
        op = RawOperative(number, body, line, self.pending_section, self.pending_part, unnumbered=unnumbered,
                          lead_in=self.lead_in)
        first = _FIRST_ITEM.match(body)
        if first:
            # "14. (a) Underlines the need …; / (b) calls on the FGS to …" (S/RES/2592 (2021)): the
            # paragraph opens with its first sub-paragraph and has no words of its own
            op.intro, op.items = "", [("a", first.group(1).strip(), line, "(")]
        self.operative.append(op)

    def _numbered(self, n: int, body: str, text: str, line: int, *, unnumbered: bool = False) -> None:
        operative = self.operative
        if not operative:
            if n != 1:
                self.warnings.append(f"operative numbering starts at {n}, not 1 (line {line})")
            self._new(str(n), body, line, unnumbered=unnumbered)
            return
        prev = int(operative[-1].number)
        if n == prev + 1:
            self._new(str(n), body, line, unnumbered=unnumbered)
        elif n == 1:
            self.restart_at = len(operative)
            self._new(str(n), body, line, unnumbered=unnumbered)
        elif self._restart_was_a_list(n):
            self._fold_restart()
            self._new(str(n), body, line)
        elif prev + 1 < n <= prev + 6:
            missing = ", ".join(str(k) for k in range(prev + 1, n))
            self.warnings.append(
                f"operative paragraph {n} follows {prev}: paragraph(s) {missing} missing "
                f"(line {line})"
            )
            self._new(str(n), body, line)
        elif n < prev and _is_heading(body):
            # a numbered section heading between paragraphs numbered on through the sections ("40. We
            # note …" / "2. Human rights in the information society" / "41. We reaffirm …", the
            # outcome document of A/RES/70/125): no paragraph, nor its text
            pass
        else:
            self.warnings.append(
                f"number {n}. after operative paragraph {prev} read as text of paragraph {prev} "
                f"(line {line})"
            )
            _append_text(operative[-1], text)

    def _restart_was_a_list(self, n: int) -> bool:
        """"1.", "2." ... and then the old sequence goes on: the restart was a numbered list or
        heading inside a paragraph, not a new part."""
        at, operative = self.restart_at, self.operative
        return bool(at and n == int(operative[at - 1].number) + 1
                    and all(op.section == operative[at - 1].section
                            and op.part_letter == operative[at - 1].part_letter
                            for op in operative[at:]))

    def _fold_restart(self) -> None:
        at = self.restart_at
        assert at is not None
        target = self.operative[at - 1]
        folded = self.operative[at:]
        del self.operative[at:]
        self.warnings.append(
            f"numbered lines 1.–{folded[-1].number}. inside operative paragraph "
            f"{target.number} read as its text (line {folded[0].line})"
        )
        for op in folded:
            if not op.items and _is_heading(_plain(op.intro)):
                continue  # a numbered heading between paragraphs
            _append_text(target, op.intro if op.unnumbered else f"{op.number}. {op.intro}")
            target.items.extend(op.items)
        self.restart_at = None

    def _unnumbered(self, text: str, plain: str, line: int, *, numbered: bool) -> None:
        preambular, operative = self.preambular, self.operative
        lm = LABELLED.match(text)
        if self.new_part_preamble and not numbered:
            if lm and preambular:
                preambular[-1].text = f"{preambular[-1].text} {text}"
            elif _is_heading(plain):
                pass  # the part's or section's title ("Enhancing integrated global management …")
            elif _reads_as_paragraph(plain):
                # its one paragraph, printed without a number ("XX / International Trade Centre /
                # Approves resources in the amount of …;", A/RES/78/253): the part's first
                self.new_part_preamble = False
                self._numbered(1, text, text, line, unnumbered=True)
            elif _PREAMBULAR_OPENER.match(plain) or _ends_as_preambular(plain):
                preambular.append(RawPreambular(text, line))
            elif plain.rstrip(" ”\"’").endswith(":"):
                # the section's words that lead into its paragraphs ("II. Measures to prevent and
                # combat terrorism / We resolve to undertake the following measures …: / 1. To
                # refrain …", A/RES/60/288's plan of action; "The General Assembly resolves
                # that:"): no text of the last section's last paragraph
                self.new_part_preamble = False
                self.lead_in = plain
            else:
                # no preamble: read as before a part began
                self.new_part_preamble = False
                self._unnumbered(text, plain, line, numbered=numbered)
            return
        bare_label_out_of_the_blue = (
            lm is not None and lm.group(2) and lm.group(2) not in ("a", "i")
            and operative and not operative[-1].items
        )
        if lm and operative and not bare_label_out_of_the_blue:
            label = lm.group(1) or lm.group(2)
            form = "(" if lm.group(1) else text[lm.end(2)]
            operative[-1].items.append((label, lm.group(3).strip(), line, form))
        elif not operative:
            self._before_operative(text, plain, line, labelled=bool(lm))
        else:
            self._after_operative(text, plain, line)

    def _before_operative(self, text: str, plain: str, line: int, *, labelled: bool) -> None:
        if labelled and self.preambular:
            self.preambular[-1].text = f"{self.preambular[-1].text} {text}"  # a preambular list item
        elif _looks_operative(plain) and not self.has_numbers or (
                (self.pending_section or self.pending_part) and _reads_as_paragraph(plain)):
            # the first paragraph, printed without a number: of a resolution that numbers none, or of
            # its first section ("I / Request for subvention … / Approves the recommendation …;",
            # A/RES/56/255, whose later sections number theirs)
            self._new("1", text, line, unnumbered=True)
        elif line in self.numbers_lost:
            self._lost("1", text, line)
        elif _is_heading(plain) and not _NAMED_OPENER.match(plain):
            pass  # a section heading inside the preamble
        else:
            self.preambular.append(RawPreambular(text, line))

    def _after_operative(self, text: str, plain: str, line: int) -> None:
        """After operative paragraphs: a heading, a new section's preamble, or more text."""
        operative = self.operative
        if _is_heading(plain) and plain[:1] not in "–-•":
            return
        if _PREAMBULAR_OPENER.match(plain) and _ends_as_preambular(plain) and not (
            operative[-1].items
        ):
            self.preambular.append(RawPreambular(text, line))
        elif not self.has_numbers and _looks_operative(plain):
            self._new(str(len(operative) + 1), text, line, unnumbered=True)
        elif line in self.numbers_lost:
            self._lost(str(int(operative[-1].number) + 1), text, line)
        else:
            _append_text(operative[-1], text)

    def _lost(self, number: str, text: str, line: int) -> None:
        self.warnings.append(f"operative paragraph {number} printed without its number (line {line})")
        self._new(number, text, line)


#: a paragraph's first words that are its first sub-paragraph's label: "(a) Underlines …"
_FIRST_ITEM = re.compile(r"^\(a\)\s+(\S.*)$", re.S)


#: the end of a quoted text: the closing quotation mark last, perhaps with the stop of the sentence
#: that quotes ("… Instruments.”.", "… Council”.”", "… half-time judges”;"); a quoted title ending
#: a recital of a quoted draft ("entitled “…”,") goes on
_CLOSES_QUOTATION = re.compile(r"[”\"][.;”\"]*$")


def _opens_quotation(operative: list[RawOperative], plain: str) -> bool:
    """Whether ``plain`` opens a text the paragraph before quotes, printed as blocks of its own: a
    draft it recommends or submits to another organ ("2. Recommends that the General Assembly …
    adopt the following draft resolution: / “The General Assembly, / … / 1. Adopts … / 2. Invites
    ….”.", A/HRC/RES/16/1), or the new wording of a text it amends ("… to read as follows:")."""
    if not operative or plain[:1] not in "“\"":
        return False
    op = operative[-1]
    return not op.quoted and _last_words(op).rstrip().endswith(":")


def _last_words(op: RawOperative) -> str:
    """The text a paragraph's words end with: its last item's, else its own (where ``_append_text``
    adds more)."""
    return op.items[-1][1] if op.items else op.intro


def _append_text(op: RawOperative, text: str) -> None:
    if op.items:
        label, t, line, form = op.items[-1]
        op.items[-1] = (label, f"{t} {text}", line, form)
    else:
        op.intro = f"{op.intro} {text}".strip()


#: the operative verbs as a paragraph opens with them ("Decides", "Takes note"; "Calls" however it calls:
#: "Calls upon", "Calls on", "Calls for", "Calls, in this regard, upon")
_OPERATIVE_VERBS = "|".join(dict.fromkeys("Calls" if verb.startswith("calls ") else verb.capitalize()
                                          for verb in OPERATIVE_VERBS if verb not in SPOKEN_WITHIN_ONLY))
#: the verb written in lower case after its adverb ("Also requests", "Strongly deplores")
_OPERATIVE_VERB = re.compile(
    rf"^(?:(?:Also|Further|Strongly|Hereby)\s+(?i:{_OPERATIVE_VERBS})|(?:{_OPERATIVE_VERBS}))\b"
)


def _looks_operative(plain: str) -> bool:
    return bool(_OPERATIVE_VERB.match(plain))


def _ends_as_preambular(plain: str) -> bool:
    """Whether a block ends as a preambular paragraph does: with a comma (a closing quotation mark after
    it)."""
    return plain.rstrip(" ”\"’").endswith(",")


def _reads_as_paragraph(plain: str) -> bool:
    """Whether a block printed without a number reads as an operative paragraph: an operative verb first,
    and no comma last, as every preambular paragraph has."""
    return _looks_operative(plain) and not _ends_as_preambular(plain)


def nest_items(op: RawOperative, warnings: list[str]) -> list[RawSub]:
    """Turn the flat list of labelled items into letters with roman children (or the reverse),
    and those with children of their own where a further level is printed in another form."""
    return _nest(op.items, f"operative paragraph {op.number}", warnings)


def _deeper_levels(items: list[tuple[str, str, int, str]]
                   ) -> tuple[list[tuple[str, str, int, str]], dict[int, list[tuple[str, str, int, str]]]]:
    """The items printed in the form of the list's first ("(a)", "(i)"), and the runs of items in
    another form that open a further level under the item before them ("(iv) Matters relating to:
    / a. The definition and delimitation of outer space; / b. The character … / (b) Consider …",
    A/RES/61/111 4), by the index of that item among the first. A run opens with the first of a
    sequence ("a", "i"; not "i" after "h", the next letter) and lasts until the first form comes
    back; a label in another form that opens nothing ("c)" among "(b)" and "(d)") stays where it is."""
    top = items[0][3]
    kept: list[tuple[str, str, int, str]] = []
    deeper: dict[int, list[tuple[str, str, int, str]]] = {}
    k = 0
    while k < len(items):
        label, form = items[k][0], items[k][3]
        if kept and form != top and (label == "a" or (label == "i" and kept[-1][0] != "h")):
            run = []
            while k < len(items) and items[k][3] != top:
                run.append(items[k])
                k += 1
            deeper[len(kept) - 1] = run
            continue
        kept.append(items[k])
        k += 1
    return kept, deeper


def _nest(all_items: list[tuple[str, str, int, str]], where: str, warnings: list[str]) -> list[RawSub]:
    items, deeper = _deeper_levels(all_items)
    #: the sub-paragraph made of each item, by the item's index
    made: dict[int, RawSub] = {}
    out: list[RawSub] = []
    last_letter = 0
    last_roman = 0
    current: RawSub | None = None
    top_is_roman = False
    #: the last letter under the last Roman item, where Roman numerals are the top level
    inner_letter = 0
    for idx, (label, text, line, _form) in enumerate(items):
        lv = letter_index(label)
        rv = roman_value(label)
        if top_is_roman and current is None:
            # Roman numerals at the top and letters under each: "(i) Protection of civilians /
            # (a) Ensure … / (b) Work with … / (ii) Political situation / (a) Promote …" (the tasks
            # of a mission's mandate, S/RES/2277 (2016) 35)
            # the letters start again under each numeral or run on across them ("(g)" under
            # "(i)", "(h)" under "(ii) Disarmament, demobilisation …", S/RES/2717 (2023) 34)
            roman_next = rv is not None and rv == last_roman + 1
            letter_next = lv is not None and (lv == inner_letter + 1 or (
                lv == 1 and not out[-1].children))
            if letter_next and roman_next:
                # "(v)" after "(u)": a Roman numeral where the next item opens letters again
                nxt = items[idx + 1][0] if idx + 1 < len(items) else None
                letter_next = not (nxt is not None and letter_index(nxt) == 1)
            if letter_next:
                made[idx] = RawSub(label, text, line)
                out[-1].children.append(made[idx])
                inner_letter = lv or 0
                continue
            if roman_next:
                made[idx] = RawSub(label, text, line)
                out.append(made[idx])
                last_roman = rv or 0
                continue
        letter_ok = lv is not None and lv == last_letter + 1 and not top_is_roman
        roman_ok = rv is not None and rv == last_roman + 1
        if letter_ok and roman_ok:
            nxt = items[idx + 1][0] if idx + 1 < len(items) else None
            nxt_rv = roman_value(nxt) if nxt else None
            nxt_lv = letter_index(nxt) if nxt else None
            if nxt_rv is not None and nxt_rv == rv + 1 and nxt_lv != lv + 1:
                letter_ok = False
            elif current is None and last_letter == 0:
                letter_ok = label != "i" or nxt is None or nxt_lv == lv + 1
                roman_ok = not letter_ok
            else:
                roman_ok = False
        if letter_ok:
            current = made[idx] = RawSub(label, text, line)
            out.append(current)
            last_letter = lv or 0
            last_roman = 0
            continue
        if roman_ok:
            sub = made[idx] = RawSub(label, text, line)
            if current is not None:
                current.children.append(sub)
            else:
                top_is_roman = True
                out.append(sub)
            last_roman = rv or 0
            continue
        # out of sequence: keep it, say why
        if rv is not None and (current is not None or top_is_roman) and lv is None:
            expected = to_roman(last_roman + 1)
            warnings.append(f"{where}: sub-paragraph ({label}) where ({expected}) was expected "
                            f"(line {line})")
            sub = made[idx] = RawSub(label, text, line)
            (current.children if current is not None else out).append(sub)
            last_roman = rv
        else:
            expected = chr(96 + last_letter + 1) if last_letter < 26 else "?"
            warnings.append(f"{where}: sub-paragraph ({label}) where ({expected}) was expected "
                            f"(line {line})")
            current = made[idx] = RawSub(label, text, line)
            out.append(current)
            last_letter = lv or last_letter
            last_roman = 0
    for idx, run in deeper.items():
        made[idx].children.extend(_nest(run, where, warnings))
    return out
