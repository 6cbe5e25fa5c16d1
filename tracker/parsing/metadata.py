"""The heading of a resolution: symbol, body, session, title, dates, agenda items, meeting."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from tracker.calendar.bodies import BODY_NAMES, SESSION_BODIES

from .layout import SYMBOL_RE, TITLE_NUMBER
from .ordinals import ordinal_to_int, roman_value
from .regexes import EARLY_SESSION, after_boundary

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
DATE_RE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})\b")

_ADOPTED = re.compile(
    rf"Resolution adopted by the ([A-Z][\w ]+?)\*?\s+(?:on|at its [\w ]+? meeting,? on)\s+"
    rf"(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
)
#: (without a meeting where it was adopted by written procedure, 2020–2021: "Adopted by the Security
#: Council on 30 March 2020", S/RES/2518 (2020))
_SC_ADOPTED = re.compile(
    rf"Adopted by the Security Council(?: at its (\d+(?:st|nd|rd|th)) meeting,?)?\s+on\s+"
    rf"(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
)
_DISTR = re.compile(rf"Distr\.?:\s*\w+\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})")
_AGENDA = re.compile(r"\bAgenda items?\s+((?:\d+(?:\s?\([a-z]\))?(?:\s*(?:,|and)\s*)?)+)")
_AGENDA_ITEM = re.compile(r"\d+(?:\s?\([a-z]\))?")
_SESSION_LINE = re.compile(r"^\s*([A-Z][\w -]+?|\d{4}) session\b", re.M)
_MEETING = re.compile(r"\b(\d+(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting)\b")
_TITLE = re.compile(rf"^\s*(?:({TITLE_NUMBER})\.?\s+(\S.*)|(Resolution \d+ \(\d{{4}}\)))\s*$")
_NUMBER_ALONE = re.compile(rf"^\s*({TITLE_NUMBER})\.?\s*$")
#: how document symbols start ("A/71/L.17", "E/CN.6/2024/L.3", "UNEP/EA.6/Res.1", "ST/SGB/2019/8")
_SYMBOL_LEADS = ["A", "S", "E", r"A/HRC", r"A/C\.\d", r"E/CN\.\d+", r"E/C\.\d+", "UNEP", "TD", "ST"]
#: ``(?<![\w/])((?:A|S|E|A/HRC|…|ST)(?:/[A-Za-z0-9.\-]+)+)``, each branch led by its first letter
_DOC_SYMBOL = re.compile(
    "(" + after_boundary(_SYMBOL_LEADS, not_after=r"[\w/]") + r"(?:/[A-Za-z0-9.\-]+)+)"
)
#: every symbol holds one of these: its lead's letter before the first slash ("A/", "P/" of
#: "UNEP/"): a text with none has no symbol (substring checks instead of the regex's scan)
_SYMBOL_SLASHES = tuple(sorted({lead.split("/")[0][-1] + "/" for lead in _SYMBOL_LEADS}))
#: an addendum, corrigendum or revision of the symbol just before: "… and Add.1", ", Corr.2"
_ADDENDUM = re.compile(r"\s*(?:,|and)\s*(Add\.\d+|Corr\.\d+|Rev\.\d+)")


def parse_date(text: str) -> dt.date | None:
    m = DATE_RE.search(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None


def body_of_symbol(symbol: str) -> str | None:
    if symbol.startswith("A/HRC/"):
        return "HRC"
    if symbol.startswith("A/"):
        return "GA"
    if symbol.startswith("S/"):
        return "SC"
    if symbol.startswith("E/"):
        return "ECOSOC"
    return None


#: an early General Assembly resolution, its regular session in roman numerals: "A/RES/1514 (XV)"
_EARLY_ASSEMBLY = re.compile(r"A/RES/\d+ \(([IVXLC]+)\)$")


def session_of_symbol(symbol: str) -> int | None:
    m = re.match(r"A/(?:HRC/)?RES/(\d+)/", symbol) or re.match(r"E/RES/(\d{4})/", symbol)
    if m:
        return int(m.group(1))
    m = _EARLY_ASSEMBLY.match(symbol)
    return roman_value(m.group(1)) if m else None


_DIGIT_PAREN = re.compile(r"(\d)\(")
#: a part's letter written against its number: "61/267B"
_PART_LETTER = re.compile(r"(?<=\d)[A-Z]$")


def spaced_symbol(symbol: str) -> str:
    """The register's form of a number with its session or year: "A/RES/1514(XV)" and
    "S/RES/2231(2015)" are "A/RES/1514 (XV)" and "S/RES/2231 (2015)"."""
    return _DIGIT_PAREN.sub(r"\1 (", symbol)


#: a number's session or year as the name's own part: "A_RES_118_(II)", "A_RES_1514_XV",
#: "S_RES_2231_(2015)"
_SESSION_IN_NAME = re.compile(
    rf"^([AE]/RES/\d{{1,4}}(?=/\(?{EARLY_SESSION}\)?$)|S/RES/\d{{1,4}})/\(?([^/()]+)\)?$"
)


#: the parts a resolution's number names, as the name's own part: "A_RES_66_253_B", "A_RES_71_101_A-B"
_PARTS_IN_NAME = re.compile(r"(?<=\d)/([A-Z](?:-[A-Z])?)$")


def symbol_from_filename(filename: str | None) -> str | None:
    if not filename:
        return None
    stem = re.sub(r"\.(txt|md|pdf|docx)$", "", filename.rsplit("/", 1)[-1], flags=re.I)
    cand = stem.replace("_", "/")
    if "/" not in cand:
        cand = cand.replace("-", "/").replace("/ES/", "/ES-").replace("/S/", "/S-")
    cand = _SESSION_IN_NAME.sub(r"\1(\2)", cand)
    cand = _PARTS_IN_NAME.sub(r" \1", spaced_symbol(cand))
    m = SYMBOL_RE.match(cand)
    return m.group(0) if m and m.end() == len(cand) else None


@dataclass
class Heading:
    symbol: str | None = None
    body: str | None = None
    session: int | None = None
    title: str = ""
    title_number: str | None = None
    adopted_on: dt.date | None = None
    agenda_items: list[str] = field(default_factory=list)
    meeting: str | None = None
    draft_symbols: list[str] = field(default_factory=list)
    committee_note: str | None = None
    distributed_on: dt.date | None = None


_BODY_WORDS = {name: code for code, name in BODY_NAMES.items()}


def symbol_in(heading: str, filename: str | None) -> str | None:
    """The resolution's symbol: the first its heading prints, else its file name's."""
    m = SYMBOL_RE.search(heading)
    return spaced_symbol(m.group(0)) if m else symbol_from_filename(filename)


def title_number(line: str) -> str | None:
    """The number a title line opens with: "71/19" of "71/19. Cooperation between …", "1514 (XV)"."""
    tm = _TITLE.match(line)
    return tm.group(1) if tm else None


def read_heading(front: list[str], tail: str, symbol: str | None) -> Heading:
    """``front``: the lines before the preamble; ``tail``: text after the last paragraph; ``symbol``:
    the resolution's, as the structure read it from the heading (:attr:`structure.Skeleton.symbol`)."""
    h = Heading()
    joined = " ".join(" ".join(front).split())
    h.symbol = symbol
    _read_title(h, front)
    _read_body(h, joined)
    _symbol_from_title(h)
    if h.symbol:
        h.session = session_of_symbol(h.symbol)
    if h.session is None and h.body in SESSION_BODIES:
        h.session = _session_line(front)
    _read_adoption(h, joined)
    gm = _AGENDA.search(joined)
    if gm:
        h.agenda_items = [" ".join(x.split()) for x in _AGENDA_ITEM.findall(gm.group(1))]
    # committee note: "[without reference to a Main Committee (A/71/L.17 and Add.1)]"
    nm = re.search(r"\[((?:on|without|adopted)[^\]]*)\]", joined)
    if nm:
        h.committee_note = f"[{nm.group(1).strip()}]"
        h.draft_symbols = document_symbols(nm.group(1))
    # meeting and date at the end: "48th plenary meeting 21 November 2016"
    tm = _MEETING.search(tail)
    if tm and h.meeting is None:
        h.meeting = " ".join(tm.group(1).split())
        if h.adopted_on is None:
            h.adopted_on = parse_date(tail[tm.end() : tm.end() + 40])
    return h


def numbers_resolution(number: str, symbol: str | None) -> bool:
    """Whether a title's number ("1514 (XV)", "71/19") can be the resolution's: a page of an
    annual volume prints other resolutions' titles too. The part a letter names is not compared
    ("61/267" titles A/RES/61/267 B)."""
    if symbol is None or "RES/" not in symbol:
        return True
    own = symbol.split("RES/", 1)[1].split(" ")[0]
    return _PART_LETTER.sub("", own) == spaced_symbol(number).split(" ")[0]


#: a note's mark at a title's end: "*", or its number run into the last word ("Unit69")
_TITLE_NOTE = re.compile(r"(?:\*+|(?<=[a-z])\d{1,3})$")


def _read_title(h: Heading, front: list[str]) -> None:
    """The title: "71/19. Cooperation between ..." (may wrap over several lines)."""
    for i, line in enumerate(front):
        first = line.lstrip()[:1]
        # only a line that starts as the title can ("71/19.", "ES-10/21.", "S-30/1.", "Resolution"):
        # a character test spares the other lines the regex
        tm = _TITLE.match(line) if first and (first.isdecimal() or first in "ESR") else None
        if tm is None and first.isdecimal():
            # the number on a line of its own, the title after it ("14/5" / "The role of prevention in
            # the promotion and protection of human rights", the Council's resolutions of 2010–2014)
            alone = _NUMBER_ALONE.match(line)
            title_at = next((k for k in range(i + 1, min(i + 4, len(front))) if front[k].strip()), None)
            if alone and title_at is not None and not front[title_at].rstrip().endswith(","):  # the opening
                tm = _TITLE.match(f"{alone.group(1)}. {front[title_at].strip()}")
                i = title_at
        if not tm or (tm.group(1) and not numbers_resolution(tm.group(1), h.symbol)):
            continue
        if tm.group(3):
            h.title = tm.group(3)
            return
        parts = [tm.group(2).strip()]
        for nxt in front[i + 1 : i + 8]:
            if not nxt.strip() or nxt.strip().startswith("The "):
                break
            parts.append(nxt.strip())
        h.title_number = tm.group(1)
        h.title = _TITLE_NOTE.sub("", " ".join(" ".join(parts).split())).strip()
        return


def _read_body(h: Heading, joined: str) -> None:
    """The adopting body: "adopted by the General Assembly", else the symbol's, else the first
    principal organ the heading names."""
    for words, code in _BODY_WORDS.items():
        # (the search decides only where "adopted by the <words>" is written: elsewhere the body
        # would be set to what it is, a code or None; the substring test first spares a search
        # of the whole heading per body)
        if f"adopted by the {words}" in joined and re.search(rf"(?:adopted by the|^|\s){words}\b", joined):
            h.body = h.body or code
    if h.symbol:
        h.body = body_of_symbol(h.symbol) or h.body
    if h.body is None:
        for words, code in _BODY_WORDS.items():
            if words in joined:
                h.body = code
                break


def _symbol_from_title(h: Heading) -> None:
    """No symbol printed: the title's number under the body's series ("71/19." of the Assembly),
    or a Security Council title ("Resolution 2682 (2023)")."""
    if h.symbol is None and h.title_number and h.body:
        prefix = {"GA": "A/RES/", "HRC": "A/HRC/RES/", "ECOSOC": "E/RES/"}.get(h.body)
        if prefix:
            h.symbol = prefix + h.title_number
    if h.symbol is None and h.title.startswith("Resolution "):
        nm = re.match(r"Resolution (\d+) \((\d{4})\)", h.title)
        if nm:
            h.symbol = f"S/RES/{nm.group(1)} ({nm.group(2)})"
            h.body = h.body or "SC"


def _session_line(front: list[str]) -> int | None:
    """"Seventy-first session": the session a heading line names."""
    for sm in _SESSION_LINE.finditer("\n".join(front)):
        words = sm.group(1).strip()
        n = int(words) if words.isdigit() else ordinal_to_int(words.split()[-1], "en")
        if n:
            return n
    return None


def _read_adoption(h: Heading, joined: str) -> None:
    """When it was adopted (and at which Security Council meeting), and distributed."""
    am = _ADOPTED.search(joined)
    sm = _SC_ADOPTED.search(joined)
    if sm:
        h.adopted_on = parse_date(sm.group(2))
        h.meeting = f"{sm.group(1)} meeting" if sm.group(1) else h.meeting
    elif am:
        h.adopted_on = parse_date(am.group(2))
    dm = _DISTR.search(joined)
    if dm:
        h.distributed_on = parse_date(dm.group(1))


_DIGIT = re.compile(r"\d")


def document_symbols(text: str) -> list[str]:
    """``"A/71/L.17 and Add.1"`` -> ``["A/71/L.17", "A/71/L.17/Add.1"]``."""
    out: list[str] = []
    if not any(slash in text for slash in _SYMBOL_SLASHES):
        return out
    for m in _DOC_SYMBOL.finditer(text):
        sym = m.group(1).rstrip(".,;")
        if not _DIGIT.search(sym):
            continue
        if sym not in out:
            out.append(sym)
        # "A/71/L.17 and Add.1", "Add.1, Add.2"
        pos = m.end()
        while am := _ADDENDUM.match(text, pos):
            extra = f"{sym}/{am.group(1)}"
            if extra not in out:
                out.append(extra)
            pos = am.end()
    return out

