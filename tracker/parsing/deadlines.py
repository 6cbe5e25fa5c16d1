"""Deadlines in every form of DESIGN §5, in order of appearance in a paragraph.

* session: "at its seventy-third session", "at its next session" (adopting session + 1),
  "at its seventy-second and seventy-third sessions" (two), "at the eightieth session of the
  General Assembly" (body from the words), ECOSOC "at its 2025 session";
* date: "no later than 31 March 2025", "by 1 December 2024", "until 31 May 2025" (a mandate's
  end), "by 2030" (precision year, 31 December), "no later than January 2026" (precision month,
  last day of the month);
* relative: "within 90 days of the adoption of the present resolution" -> 90 days. Weeks count
  7 days, months 30 days and years 365 days: a fixed, documented rule, because the register
  computes due dates from it and "within six months" is read by the Secretariat as about 180 days;
* recurring: "annually" P1Y, "biennially" P2Y, "every four months" P4M, "every 120 days" P120D.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from text_to_num import text2num

from .ordinals import EN_ORDINAL, ordinal_to_int
from .types import Deadline, DeadlineKind

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = (
    rf"(?:(\d{{1,2}}) ({_MONTH}),? (\d{{4}})|({_MONTH}) (\d{{1,2}}),? (\d{{4}})|({_MONTH}) (\d{{4}})"
    rf"|(?:the end of )?(\d{{4}})(?![\d/]))"
)
_CARDINAL = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"eighteen|twenty|twenty-four|thirty|forty-five|sixty|ninety|one hundred(?: and \w+)?|"
    r"a hundred|one hundred twenty|one hundred and twenty)"
)

_BODY_WORDS = (
    r"(?:(?:of|of the) )?(?:the )?(General Assembly|Human Rights Council|Economic and Social Council"
    r"|Security Council|Council|Assembly|Commission on [A-Z][\w ]+?|Conference of the Parties)"
)
_SESSION_RE = re.compile(
    rf"\b(?:at|during|before|until|by|for|in|to|of|from|on)\s+(?:the\s+(?:\w+\s+part|resumed\s+part)\s+of\s+)?"
    rf"(its|the|their|his|her)\s+(?:(?:main|resumed|regular|substantive|organizational)\s+part\s+of\s+(?:its|the)\s+)?"
    rf"(?:(?:resumed|regular|substantive|main)\s+)?"
    rf"((?:{EN_ORDINAL}|next|following|forthcoming|current|present|\d{{4}})"
    rf"(?:(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)(?:{EN_ORDINAL}|\d{{4}}))*)"
    rf"\s+(?:regular\s+|special\s+|substantive\s+|ordinary\s+)?(sessions?)"
    rf"(?:\s+of\s+the\s+(General Assembly|Human Rights Council|Economic and Social Council"
    rf"|Commission on [A-Z][\w ]+?|Council|Assembly)\b)?",
    re.I,
)
_SESSION_ITEM = re.compile(rf"{EN_ORDINAL}|\d{{4}}|next|following|forthcoming|current|present", re.I)
_DATE_RE = re.compile(
    rf"\b(no later than|not later than|by no later than|at the latest by|by|before|until|till|"
    rf"up to|through|on or before|expir\w+ on|deadline of|as of|as from)\s+(?:the end of\s+)?{_DATE}"
)
_RELATIVE_RE = re.compile(
    rf"\b(?:within|no later than|not later than|in|after)\s+(?:a period of\s+)?({_CARDINAL})"
    rf"(?:\s+\(\d+\))?\s+(days?|weeks?|months?|years?)"
    rf"(?:\s+(?:of|after|from|following)\s+(?:the\s+)?(date\s+of\s+(?:the\s+)?)?"
    rf"(adoption(?:\s+of\s+(?:the\s+present|this)\s+resolution)?|[a-z][\w -]{{0,60}}?(?=[,;.]|$)))?",
    re.I,
)
_RECURRING_RE = re.compile(
    rf"\b(annually|on an annual basis|every year|each year|yearly|once a year|"
    rf"biennially|on a biennial basis|every two years|every other year|"
    rf"triennially|on a triennial basis|every three years|quadrennially|every four years|"
    rf"every five years|quarterly|on a quarterly basis|monthly|on a monthly basis|"
    rf"twice a year|twice yearly|semi-annually|biannually|every six months|"
    rf"every ({_CARDINAL}) (days|weeks|months|years))\b",
    re.I,
)
_FIXED_RECURRING = {
    "annually": "P1Y", "on an annual basis": "P1Y", "every year": "P1Y", "each year": "P1Y",
    "yearly": "P1Y", "once a year": "P1Y", "biennially": "P2Y", "on a biennial basis": "P2Y",
    "every two years": "P2Y", "every other year": "P2Y", "triennially": "P3Y",
    "on a triennial basis": "P3Y", "every three years": "P3Y", "quadrennially": "P4Y",
    "every four years": "P4Y", "every five years": "P5Y", "quarterly": "P3M",
    "on a quarterly basis": "P3M", "monthly": "P1M", "on a monthly basis": "P1M",
    "twice a year": "P6M", "twice yearly": "P6M", "semi-annually": "P6M", "biannually": "P6M",
    "every six months": "P6M",
}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_UNIT_ISO = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def cardinal_to_int(words: str) -> int | None:
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    if words in ("a", "an"):
        return 1
    try:
        return text2num(words.replace("-", " "), "en")
    except ValueError:
        try:
            return text2num(words, "en")
        except ValueError:
            return None


def _session_body(match_text: str, explicit: str | None, before: str, adopting: str | None) -> str | None:
    name = explicit
    if name is None:
        # "to the General Assembly at its seventy-third session": "its" is the body just named
        window = before[-90:]
        found = list(re.finditer(
            r"(General Assembly|Human Rights Council|Economic and Social Council|Security Council"
            r"|Commission on [A-Z][\w ]+?(?= at| during| in|,|$)|the Council|the Assembly)",
            window,
        ))
        if found:
            name = found[-1].group(1)
    if name is None:
        return adopting
    return _body_code(name, adopting)


def _body_code(name: str, adopting: str | None) -> str:
    key = name.lower().removeprefix("the ").strip()
    if key == "general assembly" or key == "assembly":
        return "GA"
    if key == "human rights council":
        return "HRC"
    if key == "economic and social council":
        return "ECOSOC"
    if key == "security council":
        return "SC"
    if key == "council":
        return adopting if adopting in ("HRC", "ECOSOC", "SC") else "ECOSOC"
    return name.strip()


#: four digits (``\d{4}``, written so that the engine can jump to the first digit)
_FOUR_DIGITS = re.compile(r"\d\d\d\d")


def _may_recur(low: str) -> bool:
    """Every phrase of ``_RECURRING_RE`` holds one of these words (``low``: lower case)."""
    return ("annual" in low or "every" in low or "each year" in low or "yearly" in low
            or "once a year" in low or "bienn" in low or "trienn" in low or "quadrenn" in low
            or "quarterly" in low or "monthly" in low or "twice" in low)
_PAST_CONTEXT = re.compile(
    r"(?<!to be )\b(?:submitted|presented|held|adopted|considered|convened|launched|expressed|"
    r"made|took place|was|were|had|delivered|circulated|issued)\b[^;:]{0,90}$"
)


def _opening_year(body: str | None, number: int) -> int | None:
    """Rough year a session opens, to recognise a past session of another body."""
    if body == "GA":
        return 1945 + number
    if body == "HRC":
        return 2006 + (number - 1) // 3
    if body == "ECOSOC" and number > 1900:
        return number - 1
    return None


_SINCE_FROM = re.compile(r"\b(since|from)\s*$")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s*$")


def find_deadlines(
    text: str,
    *,
    body: str | None,
    session: int | None,
    include_annual_report: bool = False,
    adopted_on: dt.date | None = None,
) -> list[Deadline]:
    """Every deadline ``text`` sets, in order of appearance."""
    found: list[tuple[int, int, Deadline]] = []
    low_text = text.lower()
    has_session = "session" in low_text
    # Cheap substring checks first: each pattern runs only where its words can be.
    has_digit = _FOUR_DIGITS.search(text) is not None  # every date form has a year
    has_period = "day" in low_text or "week" in low_text or "month" in low_text or "year" in low_text
    has_recurring = _may_recur(low_text)

    for m in (_SESSION_RE.finditer(text) if has_session else ()):
        owner, items_text, _sessions, explicit = m.group(1), m.group(2), m.group(3), m.group(4)
        if owner.lower() in ("their", "his", "her") and explicit is None:
            continue  # "at their next session": someone else's meeting
        before = text[: m.start()]
        target = _session_body(m.group(0), explicit, before, body)
        if target == "SC":
            continue
        items = [x.group(0) for x in _SESSION_ITEM.finditer(items_text)]
        for item in items:
            low = item.lower()
            if low in ("next", "following", "forthcoming"):
                if session is None or target != body:
                    continue
                number = session + 1
            elif low in ("current", "present"):
                if session is None or target != body:
                    continue
                number = session
            elif item.isdigit() and len(item) == 4:
                number = int(item)
            else:
                number = ordinal_to_int(item, "en")
            if number is None:
                continue
            if target == body and session is not None and number <= session:
                continue  # a past (or the current) session is history, not a deadline
            opening = _opening_year(target, number)
            if target != body and adopted_on and opening is not None and (
                opening < adopted_on.year
                or (target == "GA" and opening == adopted_on.year and adopted_on.month >= 9)
            ):
                continue  # that body's session had opened before the adoption
            if _PAST_CONTEXT.search(before[-100:]):
                continue
            if _SINCE_FROM.search(before[-12:]) or m.group(0).lower().startswith(
                ("from ", "since ")
            ):
                continue
            dl = Deadline(DeadlineKind.SESSION, m.group(0).strip(), body=target, session=number)
            found.append((m.start(), m.end(), dl))

    for m in (_DATE_RE.finditer(text) if has_digit else ()):
        day, month, year, mmonth, mday, myear, month2, year2, year3 = m.groups()[1:]
        precision = None
        try:
            if day:
                date = dt.date(int(year), MONTHS[month.lower()], int(day))
            elif mmonth:
                date = dt.date(int(myear), MONTHS[mmonth.lower()], int(mday))
            elif month2:
                y, mo = int(year2), MONTHS[month2.lower()]
                date = dt.date(y, mo, calendar.monthrange(y, mo)[1])
                precision = "month"
            else:
                y = int(year3)
                if not 1945 <= y <= 2200:
                    continue
                date = dt.date(y, 12, 31)
                precision = "year"
        except ValueError:
            continue
        phrase = m.group(0)
        if precision == "year" and m.group(1).lower() not in (
            "by", "no later than", "not later than", "until", "before", "by no later than",
        ):
            continue
        if precision == "year" and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "... in a Sustainable Manner by 2030": part of a name, not a deadline
        if _PAST_CONTEXT.search(text[max(0, m.start() - 100) : m.start()]):
            continue
        found.append((m.start(), m.end(), Deadline(DeadlineKind.DATE, phrase, date=date,
                                                   precision=precision)))

    for m in (_RELATIVE_RE.finditer(text) if has_period else ()):
        n = cardinal_to_int(m.group(1))
        if not n:
            continue
        unit = m.group(2).lower().rstrip("s")
        lead = m.group(0).split()[0].lower()
        anchor = (m.group(4) or "").strip()
        if lead in ("in", "after") and not anchor:
            continue  # "in two years" without an anchor is not a deadline
        frm = "adoption" if (not anchor or anchor.lower().startswith("adoption")) else anchor
        found.append((m.start(), m.end(), Deadline(DeadlineKind.RELATIVE, m.group(0).strip(),
                                                   days=n * _UNIT_DAYS[unit], from_=frm)))

    for m in (_RECURRING_RE.finditer(text) if has_recurring else ()):
        phrase = m.group(1)
        every = _FIXED_RECURRING.get(phrase.lower())
        if every is None:
            n = cardinal_to_int(m.group(2))
            if not n:
                continue
            unit = m.group(3).lower().rstrip("s")
            every = f"P{n * 7}D" if unit == "week" else f"P{n}{_UNIT_ISO[unit]}"
        found.append((m.start(), m.end(), Deadline(DeadlineKind.RECURRING, phrase, every=every)))

    if include_annual_report and not any(d.kind == DeadlineKind.RECURRING for _, _, d in found):
        m = re.search(r"\b(annual|biennial)\s+(?:\w+\s+)?reports?\b", text)
        if m:
            every = "P1Y" if m.group(1) == "annual" else "P2Y"
            found.append((m.start(), m.end(), Deadline(DeadlineKind.RECURRING, m.group(0),
                                                       every=every)))

    found.sort(key=lambda x: (x[0], -x[1]))
    out: list[Deadline] = []
    last_end = -1
    last_start = -1
    for start, end, dl in found:
        if start < last_end and start != last_start:
            continue  # overlaps an earlier deadline ("within 90 days" inside a longer phrase)
        if start == last_start and out and out[-1].kind != dl.kind:
            continue
        out.append(dl)
        last_start, last_end = start, max(end, last_end)
    return out
