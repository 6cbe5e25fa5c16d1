"""A deterministic, realistic benchmark corpus built at run time from the real texts in the repository.

The real resolutions of ``tests/corpus/`` (and ``tracker/data/demo/`` once it exists) are split
into preambular paragraphs, operative paragraphs with their sub-paragraph lists, and footnotes by
simple line rules (not by the parser, so the corpus does not change when the parser does). New
resolutions are then recombined from those pieces with a seeded ``random.Random``:

* each piece is *transposed* to the session of the new resolution: ordinal session numbers
  ("at its seventy-third session") and years ("no later than 31 March 2025") move by the distance
  between the source's session and the target's, so every real deadline form keeps its shape and
  its distance from adoption;
* repeated operative phrases get the real variants ("Also requests", "Further decides",
  "Requests also"), actors are swapped for other actors found in the same texts;
* the result is laid out as PDF-extracted text: wrapped lines, page headers (symbol, running title,
  job number, page "2/6"), footnote blocks under a ``_______________`` rule at the bottom of the
  page that cites them, paragraphs split across page breaks.

The texts are **generated, not real**: resolution numbers start at 1001 (GA), 101 (HRC) and 9001
(SC) so that no symbol can be mistaken for a real one, every cache folder holds a ``README`` that
says so, and nothing generated is ever committed (``bench/.cache/`` is git-ignored).

    python -m bench.corpus [--scale 0.02] [--force]   # prints the folder
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import random
import re
import shutil
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "bench" / ".cache"
#: where the real texts come from (read at run time, never copied into the cache)
SOURCE_DIRS = (REPO / "tests" / "corpus", REPO / "tracker" / "data" / "demo")
SEED = 20161121  # the seed's adoption date
#: bump when the generator's output changes on purpose, so old caches are not reused
GENERATOR_VERSION = 1

# ----------------------------------------------------------------------------------------------
# Ordinals and dates (the generator's own small table; the parser uses a library, as it must)

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_UNIT_CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TENS_ORD = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]


def ordinal_words(n: int) -> str:
    """1 -> "first", 73 -> "seventy-third", 120 -> "one hundred and twentieth" (1..199)."""
    if n >= 100:
        rest = n - 100
        return "one hundredth" if rest == 0 else f"one hundred and {ordinal_words(rest)}"
    if n < 10:
        return _UNITS[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS_ORD[tens - 2]
    return f"{_TENS[tens - 2]}-{_UNITS[unit - 1]}"


ORDINALS = {ordinal_words(n): n for n in range(1, 200)}
_ORDINAL_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, ORDINALS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DATE_RE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
_DATE_OR_YEAR_RE = re.compile(_DATE_RE.pattern + r"|(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?![\d/])(?! Agenda)")


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def date_words(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# ----------------------------------------------------------------------------------------------
# Reading the real texts


@dataclass
class Operative:
    text: str
    #: (label, text) in document order; roman labels under letters are kept as printed
    subs: list[tuple[str, str]] = field(default_factory=list)
    #: position within its source, 0..1 (keeps "Decides to remain seized" last when recombined)
    rank: float = 0.0


@dataclass
class Source:
    name: str
    body: str
    session: int | None
    year: int
    title: str
    preamble: list[tuple[float, str]]
    operative: list[Operative]
    footnotes: list[str]


_SYMBOL_RE = re.compile(r"(?:^|\s)(A/HRC/RES/\d+/\d+|A/RES/\d+/\d+|S/RES/\d+ \(\d{4}\)|E/RES/\d{4}/\d+)")
_OPENING_RE = re.compile(
    r"^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council)\b"
)
_CLOSING_RE = re.compile(r"^\d+(st|nd|rd|th) (plenary )?meeting\b")
_PAGE_RE = re.compile(r"^(\d+/\d+|\d{2}-\d{5}.*|\*\d+\*)$")
_OPNUM_RE = re.compile(r"^(\d+)\.(?:\s+(.*))?$")
_SUB_RE = re.compile(r"^\(([a-z]{1,5})\)(?:\s+(.*))?$")
_HEADING_RE = re.compile(r"^([A-Z]|[IVX]+)$")
_ROMAN = re.compile(r"^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$")


def _clean_line(line: str) -> str:
    line = re.sub(r"<sup>[^<]*</sup>", "", line)
    line = line.replace("**", "").replace("*", "") if not _PAGE_RE.match(line.strip()) else line
    line = re.sub(r"^\s*(?:##\s+|-\s+(?=\d+\.|\([a-z]+\)))", "", line)
    line = line.replace("\t", " ")
    return line.strip()


def _strip_markers(text: str) -> str:
    """Drop footnote markers left in the text ("jurisdiction,1", "United Nations 1  and")."""
    text = re.sub(r"(?<=[a-z)][,;.:])\s?\d{1,2}(?=\s|$)", "", text)
    text = re.sub(r"(?<=[a-z)])\s\d{1,2}(?=\s\s|[,;.:]|\s*$)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _year_of(text: str) -> int:
    years = [int(m.group(3)) for m in _DATE_RE.finditer(text)]
    return years[0] if years else 2020


def read_source(path: Path) -> Source | None:
    """Split one real text into its pieces with line rules; None when it does not look like one."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    lines = raw.splitlines()
    symbol = next((m.group(1) for line in lines[:12] if (m := _SYMBOL_RE.search(line.strip()))), None)
    if not symbol:
        return None
    body = {"A/HRC": "HRC", "A/RES": "GA", "S/RES": "SC", "E/RES": "ECOSOC"}[symbol[:5]]
    session = None
    if body in ("GA", "HRC"):
        session = int(symbol.split("/")[-2])
    stripped = [line.strip() for line in lines]
    # page headers: the symbol and the running title, found because they repeat
    counts: dict[str, int] = {}
    for s in stripped:
        if s and len(s) < 100 and not _OPNUM_RE.match(s) and not _SUB_RE.match(s):
            counts[s] = counts.get(s, 0) + 1
    header_lines = {s for s, c in counts.items() if c >= 2 and not s.endswith((",", ";", "."))}
    header_lines.add(symbol)

    start = next((i for i, s in enumerate(stripped) if _OPENING_RE.match(_clean_line(s))), None)
    if start is None:
        return None
    head = [_clean_line(s) for s in lines[:start]]
    title = ""
    for s in head:
        m = re.match(r"^(?:\d+/\d+|\d{4}/\d+)\.\s+(.+)$", s)
        if m:
            title = m.group(1).strip()
    year = _year_of("\n".join(head))
    if body == "SC":
        year = int(symbol[-5:-1])

    footnotes: list[str] = []
    paragraphs: list[tuple[str, str | None, str]] = []  # (kind, label, text)
    cur: list[str] = []
    cur_kind, cur_label = "text", None
    in_notes = False
    ended = False

    def flush() -> None:
        nonlocal cur, cur_kind, cur_label
        if cur:
            paragraphs.append((cur_kind, cur_label, " ".join(cur)))
        cur, cur_kind, cur_label = [], "text", None

    for rawline in lines[start + 1 :]:
        if rawline.lstrip().startswith("<sup>&</sup>"):
            footnotes.append(_clean_line(rawline.replace("<sup>&</sup>", "")))
            continue
        s = _clean_line(rawline)
        if re.match(r"^_{5,}$", s):
            in_notes = True
            continue
        if s in header_lines or _PAGE_RE.match(s):
            in_notes = False
            continue
        if in_notes:
            if not s:
                continue
            m = re.match(r"^(\d{1,3})\s+(.+)$", s)
            if m:
                footnotes.append(m.group(2))
            elif footnotes:
                footnotes[-1] += " " + s
            continue
        if ended:
            continue
        if _CLOSING_RE.match(s) or s.startswith("[Adopted"):
            flush()
            ended = True
            continue
        if not s:
            last = re.sub(r"(?<=[,;.:])\s?\d{1,2}$", "", cur[-1].rstrip()) if cur else ""
            if last.endswith((",", ";", ".", ":")) or _HEADING_RE.match(last):
                flush()
            continue
        if m := _OPNUM_RE.match(s):
            flush()
            cur_kind, cur_label = "op", m.group(1)
            if m.group(2):
                cur.append(m.group(2))
            continue
        if m := _SUB_RE.match(s):
            flush()
            cur_kind, cur_label = "sub", m.group(1)
            if m.group(2):
                cur.append(m.group(2))
            continue
        cur.append(s)
    flush()

    preamble: list[str] = []
    operative: list[Operative] = []
    for kind, label, text in paragraphs:
        text = _strip_markers(text)
        if kind == "op":
            operative.append(Operative(text))
        elif kind == "sub" and operative:
            operative[-1].subs.append((label or "a", text))
        elif (
            kind == "text"
            and not operative
            and re.match(r"^[A-Z][a-z]", text)
            and text.endswith((",", "."))
            and len(text) > 30
        ):
            preamble.append(text)
    operative = [o for o in operative if re.match(r"^[A-Z][a-z]", o.text) and len(o.text) > 15]
    if not operative:
        return None
    n_pre, n_op = max(len(preamble) - 1, 1), max(len(operative) - 1, 1)
    for i, o in enumerate(operative):
        o.rank = i / n_op
    footnotes = [re.sub(r"\s+", " ", f) for f in footnotes if len(f) > 3]
    return Source(
        name=path.name,
        body=body,
        session=session,
        year=year,
        title=title,
        preamble=[(i / n_pre, p) for i, p in enumerate(preamble)],
        operative=operative,
        footnotes=footnotes,
    )


def source_files() -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        if folder.is_dir():
            files += sorted(p for p in folder.rglob("*.txt") if p.is_file())
    return files


def read_sources() -> list[Source]:
    sources = [s for p in source_files() if (s := read_source(p))]
    # the same real resolution may be both a test text and a demo text: keep it once
    seen: set[tuple[str, str]] = set()
    out = []
    for s in sources:
        key = (s.body, s.operative[0].text[:80])
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


# ----------------------------------------------------------------------------------------------
# Recombination

#: actor phrases swapped for one another when they occur in the real texts
ACTORS = (
    "the Secretary-General",
    "Member States",
    "all States",
    "all Member States",
    "the United Nations High Commissioner for Human Rights",
    "the Office of the United Nations High Commissioner for Human Rights",
    "the Special Rapporteur",
    "the President of the General Assembly",
    "the United Nations system",
    "the relevant United Nations entities",
    "the Panel of Experts",
    "the Committee",
    "Governments",
    "the international community",
    "the working group",
    "the specialized agencies",
    "relevant stakeholders",
)
_PHRASE_RE = re.compile(r"^(?:(Also|Further|Once again|Again)\s+)?([A-Za-z]+)\b")


@functools.lru_cache(maxsize=65536)
def transpose(text: str, session_shift: int, year_shift: int) -> str:
    """Move session ordinals and years by the given distance (past stays past, future stays future)."""

    def ordinal(m: re.Match[str]) -> str:
        word = m.group(1)
        n = ORDINALS[word.lower()]
        if n < 20 or not 1 <= n + session_shift < 200:
            return word
        out = ordinal_words(n + session_shift)
        return cap(out) if word[0].isupper() else out

    def date_or_year(m: re.Match[str]) -> str:
        if m.group("year"):
            year = int(m.group("year"))
            return str(year + year_shift) if year >= 2000 else m.group(0)
        day, month, year = int(m.group(1)), MONTHS.index(m.group(2)) + 1, int(m.group(3))
        if year < 2000:
            return m.group(0)
        return date_words(dt.date(year + year_shift, month, min(day, 28) if month == 2 else day))

    if session_shift:
        text = _ORDINAL_RE.sub(ordinal, text)
    if year_shift:
        text = _DATE_OR_YEAR_RE.sub(date_or_year, text)
    return text


@dataclass
class Generated:
    symbol: str
    filename: str
    body: str
    session: int | None
    year: int
    operative: int
    subparagraphs: int
    text: str


@dataclass(frozen=True)
class Plan:
    """Which resolutions to make. Scale 1 is ≈50,000 operative paragraphs."""

    scale: float = 1.0
    seed: int = SEED

    def groups(self) -> list[tuple[str, int, int, int]]:
        """(body, session or year, how many, first number)."""
        per_ga = max(1, round(300 * self.scale))
        per_hrc = max(1, round(23 * self.scale))
        per_sc = max(1, round(25 * self.scale))
        out = [("GA", s, per_ga, 1001) for s in range(62, 82)]
        out += [("HRC", s, per_hrc, 101) for s in range(44, 64)]
        number = 9001
        for year in range(2007, 2027):
            out.append(("SC", year, per_sc, number))
            number += per_sc
        return out


#: operative paragraphs per resolution: (low, high), uniform; GA 7, HRC 8, SC 9 on average
OPERATIVE_RANGE = {"GA": (2, 12), "HRC": (3, 13), "SC": (3, 15)}
PREAMBLE_RANGE = {"GA": (3, 18), "HRC": (3, 14), "SC": (2, 12)}
BODY_NAMES = {"GA": "General Assembly", "HRC": "Human Rights Council", "SC": "Security Council"}
COMMITTEES = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth")


def _session_year(body: str, number: int) -> int:
    if body == "GA":
        return number + 1945  # the session's main part: September to December of this year
    if body == "HRC":
        return 2006 + (number - 1) // 3
    return number


class Generator:
    def __init__(self, sources: list[Source], seed: int = SEED):
        self.sources = sources
        self.seed = seed
        self.by_body: dict[str, list[Source]] = {}
        for s in sources:
            self.by_body.setdefault(s.body, []).append(s)
        # a body without real texts of its own borrows the General Assembly's
        for body in ("GA", "HRC", "SC"):
            self.by_body.setdefault(body, sources)
        text = " ".join(o.text for s in sources for o in s.operative)
        self.actors = [a for a in ACTORS if a in text]
        self.titles = {b: [s for s in srcs if s.title] or srcs for b, srcs in self.by_body.items()}

    # -- pieces --------------------------------------------------------------------------------

    def _shift(self, src: Source, body: str, number: int, year: int) -> tuple[int, int]:
        session_shift = number - src.session if (src.session and body == src.body) else 0
        if body == "GA" and src.body == "GA" and src.session:
            session_shift = number - src.session
        return session_shift, year - src.year

    def _operative_text(self, rng: random.Random, op: Operative, previous_verbs: list[str]) -> str:
        """The real operative phrase, made to fit where it now stands; sometimes another actor."""
        text = op.text
        m = _PHRASE_RE.match(text)
        if m:
            prefix, verb = m.group(1), m.group(2)
            if prefix and verb.lower() not in previous_verbs:
                text = cap(text[m.start(2) :])  # "Also decides" cannot open the list of decisions
            elif not prefix and verb.lower() in previous_verbs:
                form = rng.choice(("Also {v}", "Further {v}", "{V} also", "{V} further"))
                text = form.format(v=verb.lower(), V=cap(verb.lower())) + text[m.end(2) :]
            previous_verbs.append(verb.lower())
        if self.actors and rng.random() < 0.35:
            present = [a for a in self.actors if a in text]
            if present:
                old = rng.choice(present)
                text = text.replace(old, rng.choice(self.actors), 1)
        return text

    # -- one resolution ------------------------------------------------------------------------

    def resolution(self, body: str, number: int, index: int, res_number: int) -> Generated:
        rng = random.Random(f"{self.seed}:{body}:{number}:{index}")
        year = _session_year(body, number)
        srcs = self.by_body[body]
        template = rng.choice(self.titles[body])
        if body == "GA":
            adopted = dt.date(year, rng.choice((10, 11, 12, 12, 12)), rng.randint(1, 28))
            symbol = f"A/RES/{number}/{res_number}"
        elif body == "HRC":
            month = (3, 7, 10)[(number - 1) % 3]
            adopted = dt.date(year, month, rng.randint(1, 28))
            symbol = f"A/HRC/RES/{number}/{res_number}"
        else:
            adopted = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            symbol = f"S/RES/{res_number} ({year})"

        lo, hi = PREAMBLE_RANGE[body]
        # most pieces come from one real resolution (a subject reads as one), the rest from others
        pre_pool = [(s, r, p) for s in srcs for r, p in s.preamble]
        own = [(template, r, p) for r, p in template.preamble]
        want = rng.randint(lo, hi)
        preamble = rng.sample(own, min(len(own), round(want * 0.7)))
        others = [x for x in pre_pool if x[0] is not template]
        preamble += rng.sample(others, min(len(others), want - len(preamble)))
        preamble.sort(key=lambda x: x[1])
        lo, hi = OPERATIVE_RANGE[body]
        op_pool = [(s, o) for s in srcs for o in s.operative]
        chosen: list[tuple[Source, Operative]] = []
        seen: set[str] = set()
        want = rng.randint(lo, hi)
        own_ops = [(template, o) for o in template.operative]
        candidates = rng.sample(own_ops, min(len(own_ops), round(want * 0.7)))
        candidates += rng.sample(op_pool, min(len(op_pool), want * 2))
        for s, o in candidates:
            key = o.text[:40]
            if key in seen:
                continue
            seen.add(key)
            chosen.append((s, o))
            if len(chosen) == want:
                break
        chosen.sort(key=lambda x: x[1].rank)

        notes: list[str] = []
        fn_pool = [(s, f) for s in srcs for f in s.footnotes]

        def maybe_note(text: str, src: Source) -> str:
            if fn_pool and rng.random() < 0.12 and text.endswith((",", ";")):
                s, f = rng.choice(fn_pool)
                notes.append(transpose(f, *self._shift(s, body, number, year)))
                return f"{text}{len(notes)}"
            return text

        pre_texts = [
            maybe_note(transpose(p, *self._shift(s, body, number, year)), s) for s, _r, p in preamble
        ]
        verbs: list[str] = []
        ops: list[tuple[str, list[tuple[str, str]]]] = []
        n_subs = 0
        for i, (s, o) in enumerate(chosen):
            shift = self._shift(s, body, number, year)
            text = transpose(self._operative_text(rng, o, verbs), *shift)
            last = i == len(chosen) - 1
            text = text.rstrip(";.:,") + ("." if last and not o.subs else (":" if o.subs else ";"))
            subs = [(label, transpose(t, *shift)) for label, t in o.subs]
            if subs:
                subs = [(lb, t.rstrip(";.:,") + ";") for lb, t in subs]
                subs[-1] = (subs[-1][0], subs[-1][1][:-1] + ("." if last else ";"))
            n_subs += len(subs)
            ops.append((maybe_note(text, s), subs))

        title = transpose(template.title or "Generated benchmark resolution", 0, year - template.year)
        text = Layout(rng, body, symbol, number, year, adopted, res_number, title).render(
            pre_texts, ops, notes
        )
        filename = symbol.replace("/", "_").replace(" (", "_").replace(")", "") + ".txt"
        return Generated(
            symbol, filename, body, number if body != "SC" else None, year, len(ops), n_subs, text
        )

    def plan(self, plan: Plan):
        for body, number, count, first in plan.groups():
            for i in range(count):
                yield body, number, i, first + i


# ----------------------------------------------------------------------------------------------
# Layout as PDF-extracted text


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class Layout:
    WIDTH = 86
    LINES_PER_PAGE = 46

    def __init__(self, rng, body, symbol, number, year, adopted, res_number, title):
        self.rng, self.body, self.symbol = rng, body, symbol
        self.number, self.year, self.adopted, self.res_number = number, year, adopted, res_number
        self.title = title
        self.job = f"{year % 100:02d}-{rng.randint(10000, 29999)}"
        self.inline_numbers = rng.random() < 0.5

    def header(self) -> list[str]:
        distr = self.adopted + dt.timedelta(days=self.rng.randint(2, 20))
        out = ["United Nations ", self.symbol, " "]
        out += ["Security Council " if self.body == "SC" else "General Assembly ", "Distr.: General "]
        out += [f"{date_words(distr)} ", f"{self.job} (E) ", f"*{self.job.replace('-', '')}* ", " ", " "]
        if self.body == "SC":
            out += [f"Resolution {self.res_number} ({self.year}) ", " "]
            meeting = 5000 + (self.year - 2007) * 250 + self.rng.randint(0, 249)
            on = date_words(self.adopted)
            out += [f"Adopted by the Security Council at its {meeting}{_suffix(meeting)} meeting, on {on} "]
            out += [" ", " ", "The Security Council, ", " "]
            return out
        if self.body == "HRC":
            out += ["Human Rights Council ", f"{cap(ordinal_words(self.number))} session "]
        else:
            out += [f"{cap(ordinal_words(self.number))} session "]
        item = self.rng.randint(2, 140)
        out += [f"Agenda item {item}{self.rng.choice(['', '', '', ' (a)', ' (b)'])} "]
        out += [line + " " for line in textwrap.wrap(self.title, 50)]
        out += [" "] * 4
        out += [f" Resolution adopted by the {BODY_NAMES[self.body]} ", f"on {date_words(self.adopted)} "]
        out += [" ", " "]
        if self.body == "GA":
            if self.rng.random() < 0.4:
                draft = f"A/{self.number}/L.{self.rng.randint(1, 90)}"
                out += [f"[without reference to a Main Committee ({draft})] "]
            else:
                committee = self.rng.choice(COMMITTEES)
                report = f"A/{self.number}/{self.rng.randint(300, 700)}, para. {self.rng.randint(5, 40)}"
                out += [f"[on the report of the {committee} Committee ({report})] "]
            out += [" ", " "]
        out += [f" {self.number}/{self.res_number}. {self.title} ", " ", " ", " "]
        out += [f"The {BODY_NAMES[self.body]}, ", " "]
        return out

    def closing(self) -> list[str]:
        if self.body == "SC":
            return []
        meeting = self.rng.randint(20, 80)
        kind = "plenary meeting" if self.body == "GA" else "meeting"
        out = [" ", f"{meeting}{_suffix(meeting)} {kind} ", f"{date_words(self.adopted)} "]
        if self.body == "HRC":
            out += [" ", "[Adopted without a vote.] "]
        return out

    def _wrap(self, prefix: str | None, text: str) -> list[str]:
        lines = textwrap.wrap(text, self.WIDTH, break_on_hyphens=False)
        if prefix is None:
            return [line + " " for line in lines]
        if self.inline_numbers:
            lines = textwrap.wrap(f"{prefix} {text}", self.WIDTH, break_on_hyphens=False)
            return [line + " " for line in lines]
        return [f"{prefix} "] + [line + " " for line in lines]

    def render(
        self, preamble: list[str], ops: list[tuple[str, list[tuple[str, str]]]], notes: list[str]
    ) -> str:
        blocks: list[list[str]] = [self._wrap(None, p) + [" "] for p in preamble]
        for i, (text, subs) in enumerate(ops, 1):
            blocks.append(self._wrap(f"{i}.", text) + [" "])
            for label, sub in subs:
                blocks.append(self._wrap(f"({label})", sub) + [" "])
        # paginate: fill pages, footnotes of a page under a rule at its bottom
        marker_re = re.compile(r"(?<=[,;.:])(\d{1,2}) $")
        pages: list[list[str]] = [[]]
        page_notes: list[list[int]] = [[]]
        for block in blocks:
            for line in block:
                if len(pages[-1]) >= self.LINES_PER_PAGE:
                    pages.append([])
                    page_notes.append([])
                pages[-1].append(line)
                if m := marker_re.search(line):
                    page_notes[-1].append(int(m.group(1)))
        total = len(pages)
        out = self.header()
        for n, (lines, cited) in enumerate(zip(pages, page_notes, strict=True), 1):
            if n > 1:
                if n % 2 == 0:
                    out += [f"{self.symbol} ", self.title, " ", self.job, f"{n}/{total} ", " ", " "]
                else:
                    out += [f"{self.title} ", self.symbol, " ", f"{n}/{total}", f"{self.job} ", " ", " "]
            out += lines
            if n == total:
                out += self.closing()
            if cited:
                out += ["_______________ ", " "]
                for k in cited:
                    if 0 < k <= len(notes):
                        out += [line + " " for line in textwrap.wrap(f"{k} {notes[k - 1]}", self.WIDTH)] + [
                            " "
                        ]
            if n < total:
                out.append("")
        return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------
# The cache


def _fingerprint(plan: Plan, files: list[Path]) -> str:
    h = hashlib.sha256()
    h.update(f"{GENERATOR_VERSION}:{plan.scale}:{plan.seed}".encode())
    h.update(Path(__file__).read_bytes())
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


README = """GENERATED BENCHMARK TEXTS - NOT UNITED NATIONS DOCUMENTS.

Made by bench/corpus.py from real paragraphs of tests/corpus/ (and tracker/data/demo/),
recombined and moved to other sessions and dates. Resolution numbers start at 1001 (GA),
101 (HRC) and 9001 (SC) so that no symbol is a real one. Never copy these into the repository
or present them as real resolutions.
"""


def build(scale: float = 1.0, *, force: bool = False, seed: int = SEED, cache: Path = CACHE) -> Path:
    """Generate the corpus into the cache (once per generator version, scale, seed and sources)."""
    plan = Plan(scale, seed)
    files = source_files()
    folder = cache / f"corpus-s{scale:g}-{_fingerprint(plan, files)}"
    manifest_path = folder / "manifest.json"
    if manifest_path.exists() and not force:
        return folder
    for stale in cache.glob(f"corpus-s{scale:g}-*"):  # older generator or sources: never reused
        if stale != folder and stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
    sources = read_sources()
    if not sources:
        raise SystemExit("bench: no real texts found in tests/corpus/ to build the corpus from")
    gen = Generator(sources, seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README").write_text(README)
    entries = []
    for body, number, index, res_number in gen.plan(plan):
        g = gen.resolution(body, number, index, res_number)
        sub = folder / body / str(number)
        sub.mkdir(parents=True, exist_ok=True)
        (sub / g.filename).write_text(g.text, encoding="utf-8")
        entries.append(
            {
                "path": f"{body}/{number}/{g.filename}",
                "symbol": g.symbol,
                "body": g.body,
                "session": g.session,
                "operative": g.operative,
                "subparagraphs": g.subparagraphs,
            }
        )
    manifest = {
        "generated": True,
        "scale": scale,
        "seed": seed,
        "sources": [s.name for s in sources],
        "resolutions": len(entries),
        "operative": sum(e["operative"] for e in entries),
        "subparagraphs": sum(e["subparagraphs"] for e in entries),
        "files": entries,
    }
    manifest_path.write_text(json.dumps(manifest, indent=1))
    return folder


def load_manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="1 = ≈50,000 obligations; 0.02 = ≈1,000")
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    folder = build(args.scale, force=args.force, seed=args.seed)
    m = load_manifest(folder)
    print(
        f"{folder}: {m['resolutions']} resolutions, {m['operative']} operative paragraphs, "
        f"{m['subparagraphs']} sub-paragraphs (generated from {len(m['sources'])} real texts)"
    )


if __name__ == "__main__":
    main()
