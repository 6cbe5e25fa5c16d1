"""Deadlines in every form of DESIGN §5, in order of appearance in a paragraph.

* session: "at its seventy-third session", "at its next session" (adopting session + 1),
  "at its seventy-second and seventy-third sessions" (two), "at the eightieth session of the
  General Assembly" (body from the words), ECOSOC "at its 2025 session", "no later than at its
  sixty-second session". **Whose** session: the body the words name (below); the session in
  progress at adoption is kept with ``current`` ("at its seventy-eighth session" in a resolution
  adopted during the seventy-eighth); sessions that closed before adoption are history. A
  session's end ("before the end of its seventy-fourth session", "until the end of the
  fifty-fifth session of the Human Rights Council") is ``end``: the calendar dates it by the
  session's close, not its opening. Dates a
  text prints for a session ("shall hold its next session from 18 to 26 February 2025") are read
  into ``opens``/``closes``. "During the intersessional period" is a deadline at the body's next
  session (the period ends when it opens), with no date of its own;
* date: "no later than 31 March 2025", "by 1 December 2024", "until 31 May 2025", "by 2030"
  (precision year, 31 December; ``target`` where it is a goal, not a due date: "to end poverty
  by 2030"), "no later than January 2026" (precision month), "by no later than the end of
  2025" (precision year), "by the end of the first quarter of 2026" (precision quarter, 31
  March);
* relative: "within 90 days of the adoption of the present resolution" -> 90 days, and with the
  adoption's date known, the last day (``date``): months and years are calendar months ("within six
  months" of 15 March 2024 ends on 15 September 2024) and ``days`` agrees with the date, as for a
  mandate's period below, so that the register, which counts ``days`` from the adoption, finds the
  same day; with no adoption date, weeks count 7 days, months 30 days and years 365 days. A period
  counted from something else than the adoption ("within 30 days of the seizure") is no deadline.
  "At least one month before UNMHA's mandate is due to expire" counts back from the expiry
  (``from_`` "expiry", days -30; ``date`` filled by :func:`link_expiries` from the expiry the
  resolution sets);
* recurring: "annually" P1Y, "biennially" P2Y, "every four months" P4M, "every 120 days" P120D;
  "beginning in 2026" gives the first occurrence (``date`` 31 December 2026, precision year),
  and then also "a comprehensive biennial review" is a recurring deadline.

**Expiries.** A deadline that ends a mandate, a mission, a panel or measures ("Decides to extend
the mandate of UNAMA until 17 March 2024", "renew the mandate of the Special Rapporteur for a
period of three years", "until the end of its seventy-ninth session") has ``expires``. A period
("for a further period of twelve months") is counted from the adoption (relative, with the
computed ``date``: months and years are calendar months here, and ``days`` agrees with the
date), from a start the text names ("from 1 July 2024", "beginning on 1 March 2015": it ends the
day before the anniversary; "effective from the end of its fifty-third session": ``from_``
"session_end" with that session's ``body``/``session`` and the ``period``, dated by the calendar,
which knows when the session closes), or from the previous expiry the text names ("which
expires on 31 March 2024"); "for twelve months, until 31 May 2025" is the date alone.

**Bodies.** Body names come from the registry of bodies (``tracker.calendar.bodies``, the one the
calendar uses). "At its N session" belongs to the body named last before it in the same clause
("brief the Special Committee at its next session", "through the Commission at its
thirty-third session"), or named after it ("the seventy-fourth session of the Commission on the
Status of Women"); with no body named there, or where the resolution speaks again in its own
voice ("…, and decides to consider the question at its eightieth session"), to the adopting
body. A short form ("the Commission", "the Special Committee") is the body of that form the
resolution names in full (the adopting body first for its own short form, "the Council" in a
Council resolution). A body the registry does not know keeps ``body`` None and its name in
``body_name``; a session is never given to a body it is not that body's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice

from text_to_num import text2num

from tracker.calendar import Calendar, CalendarError, add_months
from tracker.calendar.bodies import ORDINAL_BODIES, SESSION_BODIES, Body, BodyInfo, registry
from tracker.calendar.rules import ECOSOC_FIRST_CYCLE, ecosoc_numbered_year

from .gazetteer import _trie_pattern
from .kinds import (
    ASKED_AGAIN,
    CLAUSE_ADVERB,
    DECIDED_AGAIN,
    OPENING_ONLY,
    OPERATIVE_VERBS,
    TAKING_EFFECT,
    support_for_no_one,
)
from .ordinals import EN_ORDINAL, ordinal_to_int
from .regexes import after_boundary, finditer_ignoring_case, lower_case_form, reads_as_lower
from .types import Deadline, DeadlineKind, ObligationKind, OperativeParagraph, dated_deadlines

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: "31 May 2025", "1 January, 2026", "15th March 2024", and glued as a PDF's text may glue them
#: ("31January 2021"): day, month and year in three groups
_DAY_MONTH_YEAR = rf"(\d{{1,2}})(?:st|nd|rd|th)? ?({_MONTH}),? (\d{{4}})"
#: a date that names its month: "31 May 2025", "May 31, 2025", "June 30th 2024", "May 2025" (eight groups)
_DATE_WITH_MONTH = (
    rf"{_DAY_MONTH_YEAR}|({_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})|({_MONTH}) (\d{{4}})"
)
_DATE = rf"(?:{_DATE_WITH_MONTH}|(?:the end of )?(\d{{4}})(?![\d/]))"
#: the day of the week a meeting's date may name first: "shall be held in New York on Monday, 22
#: September 2025" (A/RES/79/288 1), "will be held on Monday, 24 November, and Tuesday, 25 November 2025"
#: (A/RES/79/286 1)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_CARDINAL = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"eighteen|twenty|twenty[- ]four|thirty|forty-five|sixty|ninety|one hundred(?: and \w+)?|"
    r"a hundred|one hundred twenty|one hundred and twenty)"
)

_SESSION_RE = re.compile(
    # ("in advance of", "ahead of": as "before", "To submit an information paper … in advance of the twentieth
    # session of the Forum", E/RES/2024/15 2 (a); "with": a series' first, "beginning with its second
    # session", read as "from" is: ``series_from``)
    rf"\b(?:prior\s+to|in\s+advance\s+of|ahead\s+of|at|during|before|until|by|for|in|to|of|from|with|hold|"
    rf"holds|convene|convenes|"
    rf"(?:no|not)\s+later\s+than)\s+"
    rf"(?:the\s+(?:\w+\s+part|resumed\s+part|end|close|conclusion|beginning|opening|start|commencement)\s+of\s+)?"
    rf"(its|the|their|his|her)\s+(?:(?:main|resumed|regular|substantive|organizational)\s+part\s+of\s+(?:its|the)\s+)?"
    rf"(?:(?:resumed|regular|substantive|main)\s+)?"
    rf"((?:{EN_ORDINAL}|next|following|forthcoming|current|present|\d{{4}})"
    rf"(?:(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+|\s+to\s+)(?:{EN_ORDINAL}|\d{{4}}))*)"
    # (the first of a series: "in the provisional agenda of its forty-eighth and subsequent sessions",
    # A/RES/47/190 7: due at the first, the words after it not a session of their own)
    rf"(?:\s+and\s+(?:subsequent|succeeding|future))?"
    rf"\s+(?:regular\s+|special\s+|substantive\s+|ordinary\s+)?(sessions?)",
    re.I,
)
#: a session phrase that names the session's end: "before the end of its seventy-fifth session"
_SESSION_END = re.compile(r"\w+\s+the\s+(?:end|close|conclusion)\s+of\s", re.I)
_SESSION_LOWER = lower_case_form(_SESSION_RE)
_SESSION_ITEM = re.compile(rf"{EN_ORDINAL}|\d{{4}}|next|following|forthcoming|current|present", re.I)


def _session_items(items_text: str) -> list[str]:
    """"seventh and eighth" -> ["seventh", "eighth"] ("and" joins two ordinals unless it is the
    "and" of "one hundred and twentieth"); a range, "seventy-sixth to seventy-eighth", with the
    sessions between ("77")."""
    out: list[str] = []
    last_end = 0
    for item in _SESSION_ITEM.finditer(items_text):
        word = item.group(0)
        if " and " in word and "hundred" not in word.lower():
            out.extend(w for w in re.split(r"\s+and\s+", word) if w)
        else:
            if out and _RANGE_TO.fullmatch(items_text, last_end, item.start()):
                first, last = ordinal_to_int(out[-1], "en"), ordinal_to_int(word, "en")
                if first is not None and last is not None and first < last <= first + 10:
                    out.extend(str(n) for n in range(first + 1, last))
            out.append(word)
        last_end = item.end()
    return out


_RANGE_TO = re.compile(r"\s+to\s+")
#: "… at their eighty-second and sixty-sixth sessions, respectively"
_RESPECTIVELY = re.compile(r",?\s+respectively\b")


#: a body whose sessions go by year: "Requests the Special Committee, at its session in 2024, …", "to
#: the Economic and Social Council at its substantive session in 1997", "… at its substantive session of
#: 2003", "at its first regular session of 1991" (not the Council's first session), "to report to their
#: governing bodies at the first regular session of 2014", "to provide an update to the Council … at the
#: operational activities segment of its substantive session of 2016"; its opening: "to enable practical
#: consultations among them prior to the beginning of the substantive session of 2024 of the Disarmament
#: Commission" (A/RES/78/62 10); the body named between, its year after: "to ensure that an update … is
#: presented at the substantive session of the Economic and Social Council in 2011" (A/RES/64/289 8; group
#: ``of``)
_SESSION_IN_YEAR = re.compile(
    r"\b(?:at|during|for|before|until|by|prior\s+to)\s+(?:the\s+(?:beginning|start|opening)\s+of\s+)?"
    r"(?:the\s+(?:[\w-]+\s+){1,4}?segment\s+of\s+)?(?:its|the)\s+"
    r"(?:(?:(?:first|second|third)\s+)?"
    r"(?:(?:substantive|regular|organizational|resumed|annual|management)\s+)?"
    r"(?:session|meeting)s?"
    r"(?:\s+(?:in|of|for)|(?P<of>\s+of\s+the\s+[A-Z][\w’'-]*(?:\s+(?:(?:and|on|of|for|the|against)\s+)*"
    r"[A-Z][\w’'-]*){0,9})\s+in)"
    # "to the Economic and Social Council at its organizational session for 1993" (A/RES/47/191 8); a segment
    # named by its year: "at its coordination segment in 1994" (A/RES/48/12 8)
    r"|(?:[\w-]+\s+){1,5}?segment\s+(?:in|of))\s+(?P<year>\d\d\d\d)"
    # "at its substantive sessions of 2009 and 2010", "… of 2013, 2014 and 2015": each
    r"((?:(?:,\s*|,?\s+and\s+)\d\d\d\d)*)\b"
)
_IN_YEAR_WORDS = ("session in ", "meeting in ", "session of ", "meeting of ", "sessions in ", "sessions of ",
                  "meetings in ", "meetings of ", "session for ", "segment in ", "segment of ")
_YEAR = re.compile(r"\d\d\d\d")
#: a session named again: "to report to the General Assembly at that session"
_THAT_SESSION = re.compile(r"\b(?:at|during|to|before|by|for)\s+(?:that|the same)\s+session\b")
_INTERSESSIONAL_RE = re.compile(r"\b(?:during|in)\s+the\s+(?:next\s+)?intersessional\s+period\b", re.I)
#: a meeting named with its year before its name, whose intersessional period that is: "Encourages the
#: Chair-designate of the 2027 Meeting of States to conduct discussions during the intersessional period"
#: (A/RES/80/43 6: up to the 2027 Meeting, not the General Assembly's next session)
_YEAR_MEETING_BEFORE = re.compile(
    r"\bthe\s+(?P<year>\d{4})\s+(?P<name>(?:[A-Z][\w’'-]*\s+){0,3}(?:Meeting|Conference|Summit|Congress)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)")
#: the Economic and Social Council's session named by its part, with no number: "to report … to the
#: Economic and Social Council at its substantive session" (A/RES/65/286 5), "… at the substantive session of
#: the Council" (A/RES/67/226 121): its next (not a session described, "of its substantive session", nor one
#: of a year named after it)
_SUBSTANTIVE_SESSION = re.compile(
    r"\b(?:at|to|before|during|for)\s+(?:the|its)\s+substantive\s+session\b(?!s|\s+of\s+\d|\s+in\s+\d)")
_DATE_RE = re.compile(
    # (a footnote's number may be glued to the words before: "on a non-objection basis 1no later than July
    # 2025", as a PDF's text prints a marker)
    rf"(?:\b|(?<=\d))(no later than|not later than|by no later than|at the latest by|by|before|until|till|"
    rf"up to|through|on or before|expir\w+ on|deadline of|as of|as from"
    # "to extend its mandate for a further period ending on 31 July 2020" (a mandate's end only)
    rf"|(?<=period\s)(?:ending|terminating)(?:\s+on)?"
    # … and opening a sentence: "By 2003, establish time-bound national targets", "Not later than 1951,
    # the Council shall make a special review"
    rf"|By|Until|Before|No later than|Not later than)\s+(?:the end of\s+)?{_DATE}"
)
#: what is extended or prolonged to a date, named between: "Decides to extend the timeline of the global
#: objectives on forests to 2030" (A/RES/70/199 1), "the terms of office … shall be extended to 31 December
#: 2009" (A/RES/63/253 39), "Decides to extend, to 15 July 2025 the mandate of BINUH": where its end, "to …",
#: is (``_TO_DATE``; not "the 2030 Agenda", nor past another clause: "extend …, and to …")
_EXTENDED = re.compile(
    r"\b(?:[Ee]xten(?:ds?|ded|ding|sion\s+of)|[Pp]rolong(?:s|ed|ing|ation\s+of)?)\b"
    r"(?:(?!\b(?:and|which|that)\b|\bto\s+(?!the\b)[a-z]+\s)[^;:.]){0,100}?"
    rf"\s(?=to\s+(?:the\s+end\s+of\s+)?(?:\d|{_MONTH}\s))")
_TO_DATE = re.compile(rf"(to)\s+(?:the end of\s+)?{_DATE}(?!\s+Agenda\b)")
#: the next date of a list after a deadline's ("two reports, by 4 July 2025 and 5 January 2026
#: respectively", "to report by 11 October 2010, 21 January 2011 and 13 May 2011"): due each (a day
#: or a month and its year, in the groups of ``_DATE``'s first three forms)
_DATE_LIST_NEXT = re.compile(rf",?\s+and\s+|,\s*(?=\d{{1,2}} {_MONTH}|{_MONTH} \d)")
_LISTED_DATE = re.compile(rf"(?:{_DATE_WITH_MONTH})(?![\d/])")
#: a date replaced by the one after it ("the report requested by 15 February 2023, by 30 April 2023
#: instead") …
_INSTEAD_AFTER = re.compile(
    rf",?\s+(?:by|to|until|on|no\s+later\s+than|not\s+later\s+than)\s+(?:{_DATE_WITH_MONTH}|\d{{4}})\s+instead\b")
#: … or after the one that replaces it ("by 30 April 2023 instead of by 15 February 2023")
_INSTEAD_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+$")
#: … or the end a relative clause names of what its clause extends: "the terms of the members … that expire on
#: 31 December 2008 shall be extended to 31 December 2009" (A/RES/63/253 39): the end replaced (not where the
#: clause does not extend it: "decides not to extend the ad litem judge position …, which expires on 31
#: December 2018", A/RES/73/276 38)
_OLD_END_BEFORE = re.compile(r"\b(?:that|which)\s+(?:(?:is|are)\s+due\s+to\s+|currently\s+)?$")
_NOT_BEFORE = re.compile(r"\bnot\s+(?:to\s+|be\s+)?(?:\w+\s+)?$")
#: a day of a month with no year: "by 31 August", "no later than January 30" (not one whose year
#: follows: ``_DATE_RE``'s)
_YEARLESS_RE = re.compile(
    rf"\b(no later than|not later than|by no later than|by|before|until|on or before)\s+"
    rf"(?:(\d{{1,2}}) ({_MONTH})|({_MONTH}) (\d{{1,2}}))\b(?!,?\s*\d)"
)
#: … of a yearly deadline: "by 30 April annually", "by 31 May of each year"
_YEARLY_AFTER = re.compile(r",?\s+(?:of\s+)?(?:annually|each\s+year|every\s+year|yearly)\b")
#: a month's name, which every ``_YEARLESS_RE`` match holds
_A_MONTH = re.compile(_MONTH)
#: (or "in"/"during" it, where something is to be done then, as "in 2026" is: "to brief the General Assembly
#: in the first quarter of 2021", A/RES/75/193 56; ``_DeadlineFinder.done_in``); one of two quarters, or
#: both, by the end of the later: "decides that the international meeting will be convened in the second or
#: third quarter of 2024" (A/RES/77/245 22: 30 September); group 1 the quarter, 2 the later one, 3 the year
_QUARTER_RE = re.compile(
    r"\b(?:(?:by no later than|no later than|not later than|by|before)\s+(?:the\s+)?end\s+of|in|during)\s+"
    r"the\s+"
    r"(first|second|third|fourth|last)(?:\s+(?:or|and|to)\s+(?:the\s+)?(second|third|fourth|last))?"
    r"\s+quarters?\s+of\s+(\d\d\d\d)\b"
)
_QUARTER_MONTH = {"first": 3, "second": 6, "third": 9, "fourth": 12, "last": 12}
#: a half-year: "during the first half of 2026" (A/RES/80/124 44), "to be held … in the second half of
#: 2026", "no later than the first half of 2019": due on its last day; its first or second "part" is that
#: half ("to convene … a one-week review conference in the first part of 2006", A/RES/59/25 16; 74/18 58)
_HALF_RE = re.compile(
    r"\b(?:by no later than|no later than|not later than|by|before|in|during)\s+(?:the\s+)?"
    r"(?:end\s+of\s+the\s+)?(first|second)\s+(?:half|part)\s+of\s+(\d\d\d\d)\b"
)
#: a year's or a month's beginning or middle: "by the beginning of 2014" (A/RES/67/226 159: 1 January
#: 2014), "by early 2013", "by mid-2019" (30 June), "no later than mid-February 2014" (the 15th), "no later
#: than early January 2014" (the 1st): group 1 the part, 2 the month, 3 the year
_PART_OF_RE = re.compile(
    rf"\b(?:by no later than|no later than|not later than|by|before)\s+"
    rf"(?:the\s+)?(beginning\s+of|start\s+of|outset\s+of|early|middle\s+of|mid-|mid)\s*({_MONTH}\s+)?(\d{{4}})\b"
)
#: the resolution's own verbs, as it speaks again inside a paragraph (``kinds.OPERATIVE_VERBS``)
_OWN_VERBS = tuple(verb for verb in OPERATIVE_VERBS if verb not in OPENING_ONLY)
#: where the name of the event a period counts from ends, before the end of its clause: a purpose
#: ("within fifteen days of the close of each session in order to overcome regrettable delays", A/RES/57/283
#: 19; "not later than one year after their birth to include them in vital statistics", A/HRC/RES/52/25 3), a
#: manner, a recurrence that follows ("in 30 days of its adoption and every 30 days thereafter", S/RES/2139
#: (2014) 17), or the resolution's own voice again ("to review this mandate within six months after its
#: commencement and calls upon the Transitional Authorities to cooperate …", S/RES/2127 (2013) 50)
_EVENT_NAME_ENDS = (
    r"\s+(?:in\s+order\s+to|so\s+as\s+to|so\s+that|with\s+a\s+view\s+to|in\s+accordance\s+with|"
    rf"and\s+(?:every|each|annually|thereafter|then|{'|'.join(_OWN_VERBS)})\b"
    r"|to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|such|each|every|any|all|some|other|which|"
    # (not a reference: "the form developed pursuant to paragraph 47", S/RES/2734 (2024) 49)
    r"whom|above|below|date|it|them|him|be|paragraphs?|resolutions?|decisions?|articles?|annex(?:es)?|"
    r"sections?|rules?)\b)[a-z]+\s"
    # … or what is reported on: "… from the date of adoption of the form … on their implementation"
    r"|on\s+(?:their|its|his|her)\s)"
)
_RELATIVE_RE = re.compile(
    # ("within a maximum period of six months following the expiration of the administrative year",
    # A/RES/78/81 3; "within the next year", S/RES/2365 (2017) 16, "within the next two years": a delay from
    # the adoption, its number, one, left unsaid before a unit in the singular: group 1 empty)
    # ("within no more than two weeks from the time of adoption of this resolution", S/RES/2046 (2012) 2;
    # "no more than 15 working days after the sale, supply or transfer takes place", S/RES/2713 (2023) 19:
    # "no more than" as "within", where what the delay counts from follows, not how long something lasts: "of
    # no more than two days of total duration"; "within no more than a week": one)
    rf"\b(?:within(?:\s+(?:no|not)\s+more\s+than)?|no later than|not later than|in|after|until"
    rf"|(?:no|not)\s+more\s+than(?=\s+[\w-]+(?:\s+\(\d+\))?\s+(?:(?:working|business)\s+)?"
    rf"(?:days?|weeks?|months?|years?)\s+(?:after|from|following|of\s+(?:the\s+)?adoption)\s))\s+"
    rf"(?:a (?:maximum )?period of\s+|the\s+(?:next|coming)\s+"
    rf"|the\s+(?:next|coming)(?=\s+(?:day|week|month|year)\b))?"
    rf"({_CARDINAL}|(?<=next)|(?<=coming)|(?<=than\s)a(?=\s+(?:day|week|month|year)\b))"
    rf"(?:\s+\(\d+\))?\s+(?:(?:working|business)\s+(?=days?\b))?(days?|weeks?|months?|years?)"
    rf"(?:\s+(?:of|after|from|following)\s+(?:the\s+)?((?:date|time)\s+of\s+(?:the\s+)?)?"
    rf"(adoption(?:\s+of\s+(?:the\s+present|this)\s+resolution)?|[a-z][\w -]{{0,60}}?"
    rf"(?=[,;.]|$|{_EVENT_NAME_ENDS})))?",
    re.I,
)
_RELATIVE_LOWER = lower_case_form(_RELATIVE_RE)
#: a delay written with no word before it, counted from the adoption it names: "Decides to review the
#: sanctions measures … six months from the adoption of this resolution", "to report to the Security Council
#: eleven months after the adoption of this resolution", "shall expire 180 days from the adoption of this
#: resolution", "shall be reviewed five years after the adoption of the present resolution" (A/RES/60/180 27)
_BARE_FROM_ADOPTION = re.compile(
    rf"\b({_CARDINAL})(?:\s+\(\d+\))?\s+(?:(?:working|business)\s+(?=days?\b))?(days?|weeks?|months?|years?)\s+"
    rf"(?:from|after|following)\s+(?:the\s+)?"
    rf"(?:date\s+of\s+(?:the\s+)?)?adoption\s+of\s+(?:this|the\s+present)\s+resolution\b",
    re.I,
)
#: a second delay counted from the adoption, after a first written without its anchor: "within six months and
#: eleven months of the adoption of this resolution" (S/RES/2684 (2023) 2)
_AND_ANOTHER = re.compile(r"\s+and\s+")
#: … and a first delay written bare before another so counted: "to report to the Security Council on the
#: findings of the commission of inquiry six months and one year after the adoption of this resolution"
#: (S/RES/2127 (2013) 25): two reports, each due so long after the adoption (not after a lead word:
#: "within six months and eleven months of …" is ``_RELATIVE_RE``'s and ``_DELAY_FROM_ADOPTION``'s)
_BARE_FIRST = re.compile(
    rf"(?<![\w-])({_CARDINAL})(?:\s+\(\d+\))?\s+(days?|weeks?|months?|years?)(?=\s+and\s+$)", re.I)
_LEAD_BEFORE = re.compile(r"\b(?:within|than|in|after|until|for|of|over)\s+$", re.I)
_DELAY_FROM_ADOPTION = re.compile(
    rf"({_CARDINAL})(?:\s+\(\d+\))?\s+(days?|weeks?|months?|years?)\s+(?:of|after|from|following)\s+(?:the\s+)?"
    rf"(?:date\s+of\s+(?:the\s+)?)?adoption\s+of\s+(?:this|the\s+present)\s+resolution\b",
    re.I,
)
#: … not a period's length ("for a period of six months following the adoption of this resolution": a
#: mandate's, ``_PERIOD_RE``'s, or none)
_PERIOD_BEFORE = re.compile(r"\b(?:for|period\s+of|over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
#: … and a delay after which something ends: "shall expire 180 days from the adoption"
_ENDS_BEFORE = re.compile(r"\b(?:expire|terminate|cease|end)\s+$")
#: a period that is a rhythm, not a delay: "in two week intervals thereafter"
_INTERVALS = re.compile(r"[\s-]+intervals?\b")
#: "at least one month before UNMHA's mandate is due to expire", "30 days prior to the expiry of
#: the mandate"
_BEFORE_EXPIRY_RE = re.compile(
    rf"\b(?:(?:at least|no later than|not later than|not less than|no less than)\s+)?"
    rf"({_CARDINAL}|a)(?:\s+\(\d+\))?\s+(days?|weeks?|months?)\s+(?:before|prior to|ahead of)\s+"
    rf"(?:(?:the\s+)?(?:expiry|expiration|end|termination)\s+of\s+(?:the\s+|its\s+|[\w’'-]+[’']s\s+)?"
    rf"(?:current\s+|present\s+)?mandate"
    rf"|(?:the\s+|its\s+|[\w’'-]+[’']s\s+)(?:current\s+|present\s+)?mandate\s+"
    rf"(?:is\s+(?:due|set|scheduled)\s+to\s+)?expires?)",
    re.I,
)
#: "for a further period of twelve months", "for a period of three years", "for one year", "for a
#: period of up to two years", "for a period not exceeding six months" (a mandate ends by then)
_PERIOD_RE = re.compile(
    rf"{after_boundary(['for'])}\s+(?:an?\s+|another\s+|one\s+more\s+)?"
    rf"(?:(?:further|additional|initial|new|final|fixed|limited|renewable|non-renewable|same|single|"
    rf"extended|last)\s+)*(?:(?:period|term)\s+(?:of\s+|not\s+(?:to\s+)?exceed(?:ing)?\s+)(?:up\s+to\s+)?)?"
    rf"({_CARDINAL}|a)(?:\s+\(\d+\))?[\s-]+"
    rf"(days?|weeks?|months?|years?)(?:[\s-]+period)?\b",
    re.I,
)
#: a mandate given with its length, no "for" before it: "Also decides that the international independent
#: expert mechanism shall have a three-year mandate, within the purview of its mandate, to advance racial
#: justice …" (A/HRC/RES/47/21 11): it ends that long after the adoption, as "for a period of three years"
#: does
_MANDATE_OF_LENGTH = re.compile(
    rf"{after_boundary(['an', 'a'])}\s+({_CARDINAL})(?:\s+\(\d+\))?[\s-]+(years?|months?)\s+mandate\b", re.I)
#: a term of office ("for a term of seven years", "for a non-renewable term of seven years", "for three-year
#: terms"): how long those elected or appointed serve, not when a mandate ends …
_TERM_OF_OFFICE = re.compile(r"\bterm\b", re.I)
_TERMS_AFTER = re.compile(r"\s*terms?\b")
#: … unless the clause extends or renews what it ends ("extends the term of office of the judges … for a
#: term of …"): a renewal word anywhere in the clause (not "to extend" where a decision's words begin:
#: ``kinds._TO_RENEW``)
_RENEWAL_WORD = re.compile(r"\b(?:[Ee]xtend\w*|[Ee]xtension|[Rr]enew(?!able)\w*|[Pp]rolong\w*)")
#: words that say a date or period ends a mandate, a mission, a panel or measures
_MANDATE_CUE = re.compile(
    # (a verb opens a paragraph with its capital: "Authorises the Member States of the African Union to
    # deploy … until 30 June 2024", "Extends the reporting request … until 15 January 2025")
    r"\b(?:[Mm]andates?|[Ee]xtend\w*|[Ee]xtension|[Rr]enew\w*|[Pp]rolong\w*|[Aa]uthori[sz]\w*|[Ee]stablish\w*|"
    r"[Aa]ppoint\w*|measures?|provisions|remain in force|permitted|permission|sanctions|embargo|exemptions?|"
    r"Panel of Experts|Group of Experts|Monitoring Team|Special Rapporteur|Independent Expert|"
    r"Commission of Inquiry|Fact-Finding Mission|Mission|Force|Office|"
    # a period set with its end: "Decides … that a transitional period will start on the date of adoption of
    # the present resolution and continue until 31 December 2010" (A/RES/64/289 81)
    r"[Tt]ransition(?:al)?\s+period)\b"
)
#: a period ends a mandate only where one of these is written (a cheap test before the patterns)
_MANDATE_WORDS = ("mandate", "exten", "renew", "prolong", "authori", "establish", "appoint",
                  "measures", "provisions", "in force", "sanction", "embargo", "exempt", "panel",
                  "rapporteur", "expert", "mission", "permi", "inquiry")
#: the adoption a period is counted from, written after it: "from the date of the adoption of this
#: resolution"
_FROM_THIS_ADOPTION = re.compile(
    r"\s*,?\s+(?:from|after|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?adoption\s+of\s+"
    r"(?:this|the\s+present)\s+resolution\b"
)
_PERIOD_UNTIL = re.compile(
    rf"\s*,?\s*(?:that is,?\s*|i\.e\.,?\s*)?"
    rf"(?:until|till|to|ending(?:\s+on)?|terminating(?:\s+on)?|expiring on)\s+{_DATE}"
)
_PERIOD_FROM = re.compile(
    rf"\s*,?\s*(?:starting|beginning|commencing|effective|with effect)?\s*(?:from|on|as from|as of)\s+"
    rf"(?:on\s+)?{_DAY_MONTH_YEAR}"
)
#: "for a period of three years, effective from the end of its fifty-third session": the period
#: starts when that session closes (group 1 the session's ordinal; the body after "session of the"
#: or, with "its", the adopting body)
_PERIOD_FROM_SESSION = re.compile(
    rf"\s*,?\s*(?:(?:effective|with effect|starting|beginning|commencing)\s+)?(?:from|as from|as of|on|at)\s+"
    rf"the\s+(?:end|close|closing|conclusion)\s+of\s+(?:its|the)\s+({EN_ORDINAL}|current|present|next)\s+"
    rf"session\b",
    re.I,
)
#: "beginning on 16 October 2019 and for an initial period of 12 months": the start written first
#: (searched in the words just before the period)
_START_BEFORE_PERIOD = re.compile(
    rf"\b(?:beginning|starting|commencing|effective|with effect)\s+(?:on\s+|from\s+|as\s+of\s+|as\s+from\s+)?"
    rf"{_DAY_MONTH_YEAR}\s*,?\s*(?:and\s+)?$",
    re.I,
)
#: "for a period of thirty months from the date of expiration of the Office of the Ombudsperson's
#: current mandate in June 2015": counted from an expiry the text gives by its month
_PERIOD_FROM_EXPIRY_MONTH = re.compile(
    rf"\s*,?\s*(?:(?:starting|beginning|commencing)\s+)?from\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?"
    rf"(?:expiry|expiration)\s+of\s+[^,;]{{0,80}}?\bmandate\s+in\s+({_MONTH})\s+(\d{{4}})\b",
)
#: a period written with its span, its start and its end: "for a period of two years from 2026 to 2027"
#: (A/RES/80/161 7), "for a period of three years, from 1 January 2019 to 31 December 2021" (A/RES/73/276
#: 28): it ends with the end written (``_DATE``'s groups), whatever the words before say of a mandate
_PERIOD_SPAN = re.compile(
    rf"\s*,?\s*from\s+(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{4}}|\d{{4}})\s+"
    rf"(?:to|until|till|through)\s+(?:the end of\s+)?{_DATE}")
#: "beginning on 1 March 2015 until 29 February 2016": the date after the start says it
_START_UNTIL = re.compile(rf"\s*,?\s*(?:until|till|ending on|expiring on)\s+{_DATE}")
_PREVIOUS_EXPIRY = re.compile(
    rf"\b(?:expir\w*|ends?|ending|due to expire)\s+(?:on\s+)?{_DAY_MONTH_YEAR}"
)
_RECURRING_RE = re.compile(
    rf"\b(annually|on an annual basis|every year|each year|yearly|once a year|once per year|"
    rf"biennially|on a biennial basis|every two years|every other year|"
    rf"triennially|on a triennial basis|every three years|quadrennially|every four years|"
    rf"every five years|quarterly|on a quarterly basis|monthly|on a monthly basis|weekly|"
    rf"every second year|every third year|every fourth year|at annual intervals|"
    rf"(?:at|in) ({_CARDINAL})[- ](day|week|month|year)s? intervals|"
    rf"on a weekly basis|every week|every month|each month|"
    rf"twice a year|twice yearly|semi-annually|biannually|every six months|"
    rf"every ({_CARDINAL}) (days|weeks|months|years))\b",
    re.I,
)
_RECURRING_LOWER = lower_case_form(_RECURRING_RE)
_FIXED_RECURRING = {
    "annually": "P1Y", "on an annual basis": "P1Y", "every year": "P1Y", "each year": "P1Y",
    "yearly": "P1Y", "once a year": "P1Y", "once per year": "P1Y", "biennially": "P2Y",
    "on a biennial basis": "P2Y",
    "every two years": "P2Y", "every other year": "P2Y", "triennially": "P3Y",
    "on a triennial basis": "P3Y", "every three years": "P3Y", "quadrennially": "P4Y",
    "every four years": "P4Y", "every five years": "P5Y", "quarterly": "P3M",
    "on a quarterly basis": "P3M", "monthly": "P1M", "on a monthly basis": "P1M",
    "twice a year": "P6M", "twice yearly": "P6M", "semi-annually": "P6M", "biannually": "P6M",
    "every six months": "P6M", "weekly": "P7D", "on a weekly basis": "P7D", "every week": "P7D",
    "every second year": "P2Y", "every third year": "P3Y", "every fourth year": "P4Y",
    "at annual intervals": "P1Y", "every month": "P1M", "each month": "P1M",
}
#: a month each year: "before the end of each January" (S/RES/2325 (2016) 2), "convening an informal meeting …
#: every January"
_EACH_MONTH = re.compile(rf"\b(?:[Ee]ach|[Ee]very) {_MONTH}\b")
#: the day or month a yearly phrase follows: "by 30 April annually", "on 12 December of every year", "in
#: June of each year", "on 26 September every year" (day and month: groups 1 and 2, or 3 and 4)
_DAY_MONTH_BEFORE = re.compile(
    rf"(?:\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})|\b({_MONTH})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?),?\s+(?:of\s+)?$")
#: … or after it: "annually, on 15 October", "every year on 9 August", "each year in June" (not a date with
#: its year: "annually on 15 October 2016", when something began)
_DAY_MONTH_AFTER = re.compile(
    rf",?\s+(?:on|in)\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})|({_MONTH})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?)\b"
    rf"(?!,?\s*\d)")
_QUARTER_BEFORE = re.compile(r"\b(first|second|third|fourth|last)\s+quarter\s+of\s+$", re.I)
#: a recurrence in a clause that notes, welcomes, recalls or reaffirms is what it speaks of ("Recalls
#: paragraph 6 of resolution 56/13 …, in which the Assembly … on an annual basis", "Notes with concern that
#: homelessness … every year", "Also welcomes the holding of World Telecommunication and Information Society
#: Day, celebrated annually on 17 May"), unless what it speaks of is still asked or decided in its words
#: ("Reaffirms that the Monitoring Team should circulate to the Committee every six months a list …",
#: S/RES/1989 (2011) 38; "Reiterates its decision to hold annually an interactive and comprehensive dialogue",
#: A/RES/77/335 6)
_ASKED_BEFORE = re.compile(
    r"\b(?:requests?|decides?|decision|invites?|calls?\s+(?:upon|on)|urges?|encourages?|shall|should|must|"
    r"will|to\s+(?:submit|report|provide|present|include|hold|convene|conduct|organi[sz]e|circulate|brief))\b")
#: the first of a series named after it: "every four years, with the first report to be submitted …",
#: "every six months, three times in total, with the first report occurring before 30 November 2024"
_FIRST_NAMED = re.compile(r",?\s+(?:[^,;:.]{1,40},\s+)?with\s+(?:the|its|their)\s+first\b")
#: … in a year: "… through the Economic and Social Council in 2018"
_IN_A_YEAR = re.compile(r"\b(?:in|during)\s+(\d{4})\b(?![\d/])")
#: the end of a clause or sentence
_CLAUSE_ENDS = re.compile(r"[;.](?:\s|$)")
#: a recurrence after a first deadline: "… within 7 days and every month thereafter"
_THEREAFTER = re.compile(r",?\s+thereafter\b")
_PERIOD_PARTS = re.compile(r"P(\d+)([DWMY])")
#: "monthly", "quarterly" and "yearly" before a noun are adjectives: a deadline only for what is
#: delivered that often ("quarterly briefings", "a yearly progress report"), not for "the amount
#: … at a monthly rate of …" or "a yearly calendar of events"
_ADJECTIVE_FORMS = frozenset({"monthly", "quarterly", "yearly", "weekly"})
_NEXT_WORDS = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?:\s+([a-z][\w-]*))?")
_NOT_A_NOUN = frozenset(str.split("""
    basis and or to on in at by for from with during until thereafter through as beginning
    starting commencing after before since"""))
_DELIVERED = re.compile(
    r"(?:report|reporting|briefing|update|review|meeting|session|statement|bulletin|consultation|"
    r"publication|dialogue|debate)s?$"
)

#: an amount in the words just before a recurrence, of which it is a rate, not anything to be done that
#: often: "outbreaks and epidemics that account for over 100 major public health emergency events
#: annually" (E/RES/2024/5 21), "the gap … reaching an estimated 4 trillion United States dollars
#: annually" (A/RES/79/323 4), "The hundreds of billions of dollars spent annually on the manufacture … of
#: weapons" (A/RES/S-10/2 16); not a year, a day of a month or a delay ("within 7 days and every month
#: thereafter": time, not an amount)
_AMOUNT_BEFORE = re.compile(
    r"(?<![\w(-])(?!(?:19|20)\d\d\b)(?:\$?\d+(?:[.,]\d+)*|millions?|billions?|trillions?|hundreds|thousands)\s+"
    rf"(?!(?:days?|weeks?|months?|years?|working|hours?|{_MONTH})\b)"
    r"(?:(?!(?:and|or|then|thereafter|to|by|on|in|at|within|after|from|until)\b)[A-Za-z$%-]+\s+){0,6}$")


def _of_a_thing(text: str, end: int) -> bool:
    """True when the adjective ending at ``end`` describes something not delivered."""
    m = _NEXT_WORDS.match(text, end)
    if m is None or m.group(1) in _NOT_A_NOUN:
        return False
    return not any(word and _DELIVERED.match(word) for word in m.groups())


#: "beginning in 2026": the first year of a series
_SERIES_START = re.compile(
    r"\b(?:[Bb]eginning|[Ss]tarting|[Cc]ommencing|[Aa]s from)\s+(?:in\s+)?(\d\d\d\d)\b"
)
#: with a series start, "a comprehensive biennial review" recurs too
_RECURRING_ADJECTIVE = re.compile(
    r"\b(annual|biennial|triennial|quadrennial)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reviews?|reports?|resolutions?|meetings?|sessions?|dialogues?|debates?|"
    r"panel discussions?|forums?|conferences?|consultations?)\b"
)
#: what is convened or conducted each time ("to conduct a biennial survey", "to convene an annual meeting")
_HOLDS_A = re.compile(r"\b(?:conduct|convene|hold|organi[sz]e|undertake|carry\s+out)\s+an?\s+$")
_ADJECTIVE_EVERY = {"annual": "P1Y", "biennial": "P2Y", "triennial": "P3Y", "quadrennial": "P4Y"}
#: "the note provided by the Secretary-General at the eightieth session": what was done, not
#: what is due
_DONE_BY = re.compile(
    r"(?<!\bbe )\b[a-z]+(?:ed|en|ade|eld)\s+by\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}\s*$"
)
#: … and the body that did it, named next: "adopted by the Conference of the Parties …"
_DOER_BEFORE = re.compile(r"(?<!\bbe )\b[a-z]+(?:ed|en|ade|eld)\s+by\s+(?:the\s+)?$")
#: what is given for each year or month of a period, one for each, is no deadline that recurs: "Decides
#: that the staffing table for each year of the biennium 1998-1999 shall be as contained in annex I.A"
#: (A/RES/52/220 16), "estimates … required for each year in which the arbitration might last" (80/232 4)
_FOR_EACH = re.compile(r"\bfor\s+$")
#: "recommendations made by the Committee every two years": a description, not a deadline
_PARTICIPLE_BY = re.compile(
    r"\b(?:made|submitted|presented|adopted|issued|carried out|undertaken|conducted|held)\s+by\s+"
    r"[\w’'\s-]{1,60}$"
)
#: an obligation that an event sets off: its period counts from the event, not the adoption; a request
#: or a case is such an event ("provided that, in cases where consensus does not exist, the Chair shall, on
#: the request of a Committee Member, submit the question … to the Security Council for a decision within a
#: period of 60 days")
_TRIGGERED = re.compile(
    r"(?<![Cc]alls )\bupon\b|\b(?:whenever|in the event|in case of|once)\b|\b(?:who|which)\s+\w+s\b"
    r"|\b(?:on|at)\s+the\s+request\s+of\b|\bin\s+(?:cases?|the\s+case)\s+(?:where|when|in\s+which)\b"
    # "Requires any Member State when it undertakes an inspection … to submit to the Committee within 30 days
    # a subsequent written report" (S/RES/2577 (2021) 10); "to respond … to such communications …, within 60
    # days" (S/RES/2368 (2017) 84): a reply counts from what it answers
    r"|\bwhen\s+(?:it|they|he|she|any|such|an?)\s+[a-z]+s?\b"
    r"|\b(?:respond|reply|replies|answer)\w*\b[^;]{0,120}?\bto\s+(?:such\s+|these\s+|those\s+|the\s+|any\s+|all\s+)?"
    r"(?:communications?|requests?|letters?|notifications?|quer(?:y|ies)|inquir(?:y|ies)|complaints?|petitions?"
    r"|submissions?|applications?)\b"
    # … or what it answers is left unsaid: "urges Committee members to respond within three months"
    # (S/RES/2255 (2015) 42, of matters pending before the Committee)
    r"|\b(?:respond|reply|answer)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:within|no\s+later\s+than|not\s+later\s+than)\s"
    # a condition that something happens: "… and, if prohibited items for supply, sale, or transfer are
    # found, further requires such Member States to submit to the Committee within 30 days a subsequent
    # written report" (S/RES/2216 (2015) 17): from the finding (not "if necessary", "if appropriate")
    r"|\bif\s+(?!(?:necessary|appropriate|needed|required|possible|so|feasible|applicable|warranted|any"
    r"|need\s+be)\b)[^;]{1,80}?\b(?:is|are)\s+(?:not\s+)?[a-z]+(?:ed|en|und)\b"
)
#: a period counted back from an event: "no later than five weeks before the start of the
#: consultations" (the event's date is not known from the text)
_COUNTED_BACK = re.compile(r"\s+(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)\b", re.I)
#: a period counted back from an event the text names but does not date: "invites States to submit
#: proposals … no later than five weeks before the start of the consultations" (A/RES/71/123 227), "for
#: circulation … no later than three weeks before the first meeting of the Working Group" (A/RES/68/70 201),
#: "to make the report available at least six weeks in advance of the meeting of the Consultative Process"
#: (A/RES/60/30 110): group 1 the number, 2 "working", 3 the unit, 4 the event, named as far as the clause
#: goes on to something else
_BEFORE_EVENT_RE = re.compile(
    rf"\b(?:(?:at\s+(?:the\s+)?(?:least|latest)|no\s+later\s+than|not\s+later\s+than|(?:no|not)\s+less\s+than)"
    rf"\s+)?({_CARDINAL}|a)(?:\s+\(\d+\))?\s+((?:working|business)\s+(?=days?\b))?(days?|weeks?|months?)\s+"
    rf"(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)\s+"
    rf"((?:the|each|every|those|that|these|its|their|any)\s+(?:[^,;.:()“”\"]|“[^”]{{1,120}}”|\"[^\"]{{1,120}}\"){{1,90}}?)"
    rf"(?=\s*[,;.:(]|\s*$|\s+(?:with|by|through|and|or|which|who|where)\s|{_EVENT_NAME_ENDS})",
    re.I,
)
#: … or with no period, an event a deliverable comes before: "Requests CTED and the … Monitoring Team
#: to prepare, ahead of the joint special meeting, a report on actions taken by Member States …, and
#: invites Member States to submit to them in writing, by the end of 2019, information …" (S/RES/2462
#: (2019) 37: the report is due before the meeting, the end of 2019 is the Member States'), "to circulate
#: his findings to Member States in advance of the twenty-fourth Meeting of States Parties" (A/RES/68/70 78)
_BEFORE_NAMED_EVENT_RE = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|prior\s+to|before)\s+((?:the|each)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:[Mm]eetings?|[Cc]onferences?|[Ss]ummits?|[Ff]orums?|[Dd]ialogues?|consultations|debates?)\b"
    r"(?:[^,;.:()“”\"]|“[^”]{1,120}”){0,90}?)(?=\s*[,;.:(]|\s*$|\s+(?:with|by|through|and|or|which|who|where|"
    r"so\s+as|in\s+order|to)\s)"
)
#: … not a time named from the event ("on 23 September 2013, the Monday before the start of the general
#: debate"), nor a wish ("at the earliest possible time before", "preferably before", "ideally before")
_NOT_BEFORE_EVENT = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|day|week|time|preferably|ideally|possible|soon|well|"
    r"immediately|just|shortly|long)\s+$", re.I)
#: … not a span of time placed before the event ("an additional preparatory period of six months before the
#: start of …", "about six months before the elected members assume …", "preferably up to six months in
#: advance of the session": when, roughly, not a time limit)
_SPAN_BEFORE_EVENT = re.compile(
    r"\b(?:for|period\s+of|up\s+to|about|approximately|some|roughly|around|over|during)\s+(?:an?\s+|the\s+)?$",
    re.I)
#: … whose event the paragraph dates where it says when that is held: "decides that the informal consultations
#: on this resolution will be held in a single round of consultations in November …, and invites States to
#: submit proposals … no later than five weeks before the start of the consultations" (A/RES/78/68 275): the
#: month is the consultations', not the due date
_HELD_AT = re.compile(r"\b(?:be|is|are)\s+(?:held|convened|organized)\b|\btakes?\s+place\b", re.I)
#: … or closed by a time after it: "both after five years and prior to the renewal of its mandate"
_WINDOW_CLOSES = re.compile(r"\s+and\s+(?:before|prior\s+to|no\s+later\s+than|not\s+later\s+than)\b", re.I)
#: a period counted from an event the text names at length (the anchor ``_RELATIVE_RE`` reads ends
#: within 60 characters): "no later than thirty days after the Panel’s reappointment", "within 12 months
#: after the initial assessment report to the CTC on steps taken …", "within 12 months of the signing of
#: the Framework Agreement …", "within 30 days of receiving a notification by a JCPOA participant State"
_FROM_EVENT = re.compile(
    r"\s+(?:(?:after|following|upon)\s+(?!(?:the\s+)?(?:date\s+of\s+)?(?:the\s+|its\s+)?adoption\b)"
    r"|of\s+(?:the\s+)?[a-z]+ing\b)"
)
#: … and an adoption that is not the resolution's: "180 days from the date of adoption of the form
#: developed pursuant to paragraph 47"
_OF_ANOTHER = re.compile(r"\s+of\s+(?!(?:the\s+present|this)\s+resolution\b)")
#: … that adoption's name, written out as far as the words go on to something else (``_EVENT_NAME_ENDS``) or
#: the clause ends, within 80 characters: the deadline's words
_OTHER_ADOPTED = re.compile(
    rf"\s+of\s+[a-z][\w -]{{0,80}}?(?=[,;.]|$|{_EVENT_NAME_ENDS})")
#: the adoption as a period's anchor, what follows it left aside
_OF_THIS_RESOLUTION = re.compile(
    r"\s+(?:of|after|from|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:adoption\s+of\s+)?"
    r"(?:the\s+present|this)\s+resolution\b")
#: the anchors of a relative deadline counted from the adoption
_FROM_ADOPTION = re.compile(r"(?:the\s+|its\s+)?(?:adoption|(?:present|this)\s+resolution)", re.I)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_UNIT_MONTHS = {"month": 1, "year": 12}
_UNIT_ISO = {"day": "D", "week": "W", "month": "M", "year": "Y"}
_ISO_UNIT = {iso: unit for unit, iso in _UNIT_ISO.items()}


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, or None."""
    last = deque(matches, maxlen=1)
    return last[0] if last else None


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


# --------------------------------------------------------------------------- bodies named in text

#: head nouns of bodies that hold sessions, for names the registry does not know
_HEADS = (r"(?:Committee|Commission|Working Group|Conference|Forum|Board|Council|Assembly|Meeting"
          r"|Congress|Subcommittee|Mechanism|Group of Experts|Panel)")
_CAP = r"[A-Z][\w’'-]*"
_GENERIC_NAME = (
    rf"(?:{_CAP}\s+(?:and\s+)?)*?{_HEADS}(?:\s+(?:on|of|for|against)\s+(?:the\s+)?{_CAP}"
    rf"(?:(?:\s+|\s+(?:and|of|on|the|for|in|to|against|with|and the|of the|on the)\s+){_CAP})*)?"
)
#: a person or part of a body, not the body: "the President of the General Assembly at its
#: eightieth session" names the President, it sets no deadline
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Presidents|Vice-President|Chair|Chairs|Chairperson|Chairman|Vice-Chair|"
    r"Bureau|Rapporteur|Secretary|secretariat|members?|membership)\s+of\s+(?:the\s+)?$"
)
#: "Requests the President of the General Assembly at its eighty-first session to appoint …":
#: the person addressed acts within that session
_ADDRESSED_TITLE = re.compile(
    # in an annexed declaration's voice too, and past a clause set off by commas ("We request the
    # President of the General Assembly at its sixty-eighth session to organize …", "requests, without
    # prejudice to the role of the principal organs …, the President of the General Assembly at its
    # seventy-first session to …"); or what the person is to convene ("a two-day high-level meeting …, to
    # be convened by the President of the General Assembly during the seventy-first session")
    r"(?:\b(?:[Rr]equests?|[Ii]nvites?|[Ee]ncourages?|[Cc]alls? upon|[Aa]uthorizes?|[Mm]andates?)"
    r"(?:,[^,;]{1,160},)?"
    r"|\bto\s+be\s+(?:convened|organi[sz]ed|held|chaired|hosted)\s+by)"
    r"\s+the\s+(?:President|Chair|Chairs|Chairperson|Bureau)\s+of\s+(?:the\s+)?$"
)
_TRANSITIONS = f"{CLAUSE_ADVERB}*"
#: the resolution speaks again in its own voice: "…, and decides to consider … at its"
#: (a sub-paragraph's label may stand before its verb: "…; and, (a) requests the Secretary-General to submit
#: …, by 1 November 2025, …", S/RES/2776 (2025) 48; there the verb may keep its capital: "Takes note with
#: deep concern of … and, in this regard: (a) Calls upon these parties to prepare within three months concrete
#: time-bound action plans …", S/RES/1539 (2004) 5)
#: (written led by the class of its first characters, so that the engine jumps to a comma, a semicolon, a
#: colon or an "a"; after it, "(?<=[,;])", "(?<=:)" or "and" not after a word: ``(?:[,;]|\band\b)`` …)
_OWN_VERB_AFTER = (rf"\s*(?:\((?:[a-z]{{1,2}}|[ivx]+)\)\s*)?{_TRANSITIONS}(?:\w+ly\s+)?"
                   rf"(?:{'|'.join(_OWN_VERBS)})\b")
#: (… and a capitalised verb after a sub-paragraph's label: ``(?:[,;:]|\band\b)`` before it)
_OWN_LABELLED_VERB_AFTER = (rf"\s*\((?:[a-z]{{1,2}}|[ivx]+)\)\s*(?:(?:Also|Further)\s+)?(?:[A-Z][a-z]+ly\s+)?"
                            rf"(?:{'|'.join(v[0].upper() + v[1:] for v in _OWN_VERBS)})\b")
_OWN_VOICE = re.compile(
    rf"[,;:a](?:(?<=[,;])(?:{_OWN_VERB_AFTER}|{_OWN_LABELLED_VERB_AFTER})|(?<=:){_OWN_LABELLED_VERB_AFTER}"
    rf"|(?<=a)(?<!\wa)nd\b(?:{_OWN_VERB_AFTER}|{_OWN_LABELLED_VERB_AFTER}))")


def _first_person(verb: str) -> str:
    """"stresses" -> "stress", "calls upon" -> "call upon"."""
    head, _, tail = verb.partition(" ")
    head = head[:-2] if head.endswith("sses") else head[:-1]
    return f"{head} {tail}" if tail else head


#: an annexed declaration's speakers in their own voice: "We reaffirm …", "…, and we request …",
#: "… . We also decide …", "…; (b) We request …", "…, and decide to …" (group 1: the verb)
_WE_VOICE = re.compile(
    rf"(?:^We\s+|[,;.:]\s*(?:\([a-z]+\)\s*)?(?:and\s+)?[Ww]e\s+|\band\s+(?:we\s+)?){_TRANSITIONS}"
    rf"(?:\w+ly\s+)?({'|'.join(_first_person(v) for v in _OWN_VERBS)}|commit|will|shall|pledge|undertake|"
    r"ask)\b"
)
_TO_IT = re.compile(r"\b(?:to|before|by|of)\s+it\b")
#: the verbs of a clause that notes, welcomes or recalls
_DECLARATORY_VERBS = ("welcomes", "notes", "takes note", "recalls", "acknowledges", "recognizes", "reaffirms",
                      "commends", "expresses", "appreciates", "congratulates", "emphasizes", "stresses",
                      "underlines", "underscores", "affirms", "reiterates", "deplores", "condemns", "regrets",
                      "considers", "looks forward", "observes", "highlights")
_DECLARATORY_VERB = re.compile(rf"\b(?:{'|'.join(_DECLARATORY_VERBS)})\b")
#: … and what a paragraph may open with besides, each as written inside a paragraph or at its start
_DECLARATORY_OPENERS = (*_DECLARATORY_VERBS, "bears in mind", "is aware", "is convinced",
                        "takes into account", "praises", "pays tribute", "salutes")
#: a paragraph that opens by noting, welcoming or recalling: the sessions its first clause names
#: are history or description ("Welcomes the outcome of the Committee on Fisheries at its
#: thirty-fifth session"), not deadlines, unless they are a principal organ's future sessions
_DECLARATORY_OPENING = re.compile(
    r"\s*(?:(?:Also|Further|Further also|Once again|Again|Strongly|Deeply|Firmly|Moreover)\s+)*"
    rf"(?:{'|'.join([*_DECLARATORY_OPENERS, *(v[0].upper() + v[1:] for v in _DECLARATORY_OPENERS)])})\b"
)
_DECLARATORY_WE = frozenset(_first_person(verb) for verb in _DECLARATORY_VERBS)


def _noting_forms(verb: str) -> str:
    """A declaratory verb as a clause's verb or its participle, capital or not, -ize or -ise: "notes" ->
    "[Nn]ot(?:es|ing)", "takes note" -> "[Tt]ak(?:es|ing) note", "regrets" -> "[Rr]egret(?:s|ting)"."""
    head, _, tail = verb.partition(" ")
    stem, ending = (head[:-2], "es") if head.endswith("sses") else (head[:-1], "s")
    if stem.endswith("e"):
        stem, ending = stem[:-1], "es"
    participle = "ting" if stem.endswith("gret") else "ing"
    stem = stem.replace("iz", "i[sz]")
    forms = rf"[{stem[0].upper()}{stem[0]}]{stem[1:]}(?:{ending}|{participle})"
    return rf"{forms}\s+{tail}" if tail else forms


#: a recurrence in what a clause notes or is concerned about is a fact, not what is asked ("noting that
#: more than 2 million people die every year from preventable occupational diseases", "Notes that the
#: African Day of the Seas and Oceans is celebrated annually", "concerned that thousands of migrants
#: continue to die … each year"), unless the clause turns to asking before it: a declaratory verb
#: (``_DECLARATORY_VERBS``) or a state of mind, then "that"
_NOT_ASKED_SINCE = (
    r"(?:(?!\b(?:requests?|decides?|invites?|calls?\s+(?:upon|on)|urges?|encourages?|shall|should|must|"
    r"will|to\s+(?:submit|report|provide|present|include|hold|convene|conduct|organi[sz]e))\b)[^;:])*$")
_FACT_NOTED = re.compile(
    rf"\b(?:{'|'.join(_noting_forms(verb) for verb in _DECLARATORY_VERBS)}|"
    r"concerned|alarmed|aware|mindful|[Bb]earing\s+in\s+mind)\s+(?:[\w-]+\s+){0,3}?that\b" + _NOT_ASKED_SINCE
)
#: … the facts a concern lists, one "that" after another: "Remain deeply concerned that while it has been 30
#: years …, and that millions of people ill with tuberculosis are missing out on quality care each year"
#: (A/RES/78/5 annex 7; not "reiterates its request that the Secretary-General continue to publish …")
_FACTS_LISTED = re.compile(r"\b(?:concerned|alarmed|aware|mindful)\s+that\b" + _NOT_ASKED_SINCE)


def _voices(pattern: re.Pattern[str], text: str, start: int, items: Sequence[tuple[int, int]],
            offset: int = 0) -> re.Match[str] | None:
    """The last match of a voice ``pattern`` before ``start``, not inside a sub-paragraph that ends
    before it: "(d) The retention of provisions …, and encourages the Federal Government to …" speaks
    in (d) alone, not in (e) … after it (A/HRC/RES/57/27 1, "… also welcomes: (a) …"). ``items``: the
    sub-paragraphs' spans in ``text``, each with its own; ``offset``: where ``text`` is read from in
    the paragraph's words (``start`` is in ``text``)."""
    closed = [(lo - offset, hi - offset) for lo, hi in items if hi - offset <= start]
    return _last(m for m in pattern.finditer(text, 0, start)
                 if not any(lo <= m.start() < hi for lo, hi in closed))


def _in_declaratory_clause(text: str, start: int, spoken_from: int | None = None,
                           items: Sequence[tuple[int, int]] = ()) -> bool:
    """True when the clause holding ``start`` notes, welcomes or recalls: the paragraph opens so
    and has not turned to asking since, or the last verb in its own voice before ``start`` does
    ("…, and recalls the request to the Secretary-General to submit …"); in the first person
    plural of an annexed declaration too ("We reaffirm the decision … on the extension … until
    1 January 2033"), its "we" left to the lead-in where ``spoken_from`` says where its speakers'
    words begin (``phrases.speakers_from``: "Express deep concern that …", "Strongly reaffirm …").
    A voice inside a sub-paragraph is that sub-paragraph's (``items``, :func:`_voices`); in one of a list of
    participles, its last participle that notes, welcomes or looks forward (:func:`_noting_item`)."""
    if items and _noting_item(text, start, items):
        return True
    if text.startswith("We "):
        last = _voices(_WE_VOICE, text, start, items)
        return last is not None and last.group(1) in _DECLARATORY_WE and not _INTENDS.match(text, last.end())
    if spoken_from is not None:
        # read as said: "We express deep concern that …" (the words after the speakers' first are where
        # they were, 3 characters on)
        said = f"We {text[spoken_from : spoken_from + 1].lower()}{text[spoken_from + 1 :]}"
        last = _voices(_WE_VOICE, said, max(0, start - spoken_from + 3), items, spoken_from - 3)
        return last is not None and last.group(1) in _DECLARATORY_WE and not _INTENDS.match(said, last.end())
    last = _voices(_OWN_VOICE, text, start, items)
    if last is not None:  # the match ends with its verb
        # "…, and reiterates its request to the Joint Inspection Unit to present, by …": asked again
        again = _asked_again(text, last.start(), start)
        return _DECLARATORY_VERB.search(last.group(0).lower()) is not None and not (
            again is not None and again.start() < last.end()) and not _INTENDS.match(text, last.end())
    opening = _DECLARATORY_OPENING.match(text)
    return opening is not None and not _asked_again(text, 0, 60) and not _INTENDS.match(text, opening.end())


def _asked_again(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """A request (``kinds.ASKED_AGAIN``) or a decision to hold an event (``kinds.DECIDED_AGAIN``) made again,
    between ``lo`` and ``hi``."""
    return ASKED_AGAIN.search(text, lo, hi) or DECIDED_AGAIN.search(text, lo, hi)


#: a sub-paragraph of a list of participles ("We commit ourselves to … including by: (a) Pursuing …"): it
#: opens with one, and each clause of it after a comma, an "and" or a semicolon may speak in another (group 1)
_PARTICIPLE_ITEM = re.compile(r"\s*\((?:[a-z]{1,2}|[ivx]+)\)\s*[A-Z][a-z]+ing\b")
_ITEM_PARTICIPLE = re.compile(
    r"(?:^\s*\((?:[a-z]{1,2}|[ivx]+)\)\s*|[,;]\s+(?:and\s+)?|\band\s+)([A-Za-z]+ing)\b")
#: (not "considering", which as a sub-paragraph's task is work to do: "charged with, inter alia: … (c)
#: Considering matters left pending …", A/RES/S-19/2 40)
_NOTING_PARTICIPLE = re.compile(
    rf"(?:{'|'.join(_noting_forms(verb) for verb in _DECLARATORY_VERBS if verb != 'considers')})\b")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def _noting_item(text: str, start: int, items: Sequence[tuple[int, int]]) -> bool:
    """Whether ``start`` is in a sub-paragraph of a list of participles whose last participle before it notes,
    welcomes, recalls or looks forward: "(g) Maintaining that the United Nations Framework Convention on
    Climate Change is the primary … forum …, calling upon States to take urgent global action …, and looking
    forward to a successful and ambitious outcome of the sixteenth session of the Conference of the Parties …,
    to be held in Cancun, Mexico, from 29 November to 10 December 2010" (A/RES/65/1 77): another's meeting
    looked forward to, not a date by which anything is due."""
    inside = [(lo, hi) for lo, hi in items if lo <= start < hi]
    if not inside:
        return False
    lo = max(inside)[0]  # the innermost: the last to open
    if _PARTICIPLE_ITEM.match(text, lo) is None:
        return False
    last = _last(_ITEM_PARTICIPLE.finditer(text[lo:start]))
    # (not past the end of its sentence: "… (c) Considering matters left pending … . The Forum will report on
    # its work to the Commission on Sustainable Development in 1999")
    return last is not None and _NOTING_PARTICIPLE.match(text, lo + last.start(1)) is not None and (
        _SENTENCE_END.search(text, lo + last.end(), start) is None)


#: what the body that speaks says it will do is its own act, not a fact it notes: "…, expresses its
#: intention to review the mandate and take appropriate action regarding the further extension no later
#: than 15 November 2025" (S/RES/2758 (2024) 2), "expresses its intent to consider …"; not a readiness,
#: which waits on events ("affirms its readiness to review the implementation … after six months")
_INTENDS = re.compile(
    r"\s+(?:its|their|our)\s+(?:\w+\s+)?(?:intention|intent|determination)(?:,[^,;]{1,80},)?\s+to\s+"
    r"(?!(?:the|a|an|its|their|this|these|that|those|all)\b)[a-z]")


#: a rule (re)affirmed is still in force: what it says someone shall do by a time is due then ("Reaffirms that
#: the Secretariat shall, after publication but within three working days after a name is added to the ISIL
#: (Da’esh) & Al-Qaida Sanctions List, notify …", S/RES/2368 (2017) 58; "…, and affirms that the GFRS has the
#: primary responsibility to notify the Committee … within five working days of receiving notification",
#: S/RES/2776 (2025) 42): the clause that governs the time (``_DeadlineFinder.governing``) opens so
_RULE_AFFIRMED = re.compile(
    r"\W*(?:and\s+)?(?:(?:[Aa]lso|[Ff]urther|[Aa]gain|\w+ly)\s+)?(?:[Rr]ea|[Aa])ffirms\s+(?:\w+\s+){0,2}?that\b[^;:]*?"
    r"\b(?:shall|should|must|(?:has|have|bears?)\s+the\s+(?:\w+\s+)?responsibility\s+to)\b")


#: verbs that urge others to act: a period or an end in their clause is of what the others do, not a
#: mandate the resolution gives ("invites the United Nations Office on Drugs and Crime … to continue
#: … the implementation of the Global Plan of Action until 2017"); not "recommends", with which the
#: Assembly extends the mandates the Secretary-General gives ("Recommends that the Secretary-General
#: extend the mandate of the Special Representative … for a further four years")
_ASKING_OTHERS = ("encourages", "urges", "calls upon", "invites")
_ASKING_OTHERS_VERB = re.compile(rf"\b(?:{'|'.join(_ASKING_OTHERS)})\b", re.I)
#: … nor what "recommends" names as a thing to do ("Recommends the full implementation of the Debt
#: Service Suspension Initiative along with its extension until June 2021": the end of another's
#: initiative, named in passing), as it does when it recommends that someone extend a mandate
_RECOMMENDS_A_THING = re.compile(r"\b[Rr]ecommends\s+(?!that\b|to\b)")


def _not_its_mandate(text: str, start: int, spoken_from: int | None = None,
                     items: Sequence[tuple[int, int]] = ()) -> bool:
    """True when the clause holding ``start`` notes, welcomes or recalls another's decision
    (:func:`_in_declaratory_clause`) or asks others to act: an end of a mandate there is not one
    the resolution sets."""
    if _in_declaratory_clause(text, start, spoken_from, items):
        return True
    last = _voices(_OWN_VOICE, text, start, items)
    verb = text[last.start() : last.end() + 6] if last is not None else text[:40]
    return _ASKING_OTHERS_VERB.search(verb) is not None or _RECOMMENDS_A_THING.search(verb) is not None


#: a body named as the place of something else ("of the Commission"): not the owner of "its
#: session" unless the session follows it at once
_POSSESSIVE_BEFORE = re.compile(r"\b(?:of|by|on|from|within|with|among|between)\s+(?:the\s+)?$")
#: … or as what an act concerns ("Decides to review the terms of reference for the Independent Audit
#: Advisory Committee at its sixty-fifth session"): where the resolution decides to act, the session is
#: its own
_SPOKEN_OF = re.compile(r"\b(?:of|for|on|concerning|regarding)\s+(?:the\s+)?$")
#: how a body named just before meets, set off by commas between it and its session: "for the consideration
#: of the General Assembly, in plenary meeting, at its seventy-third session" (A/RES/72/79 2): still the body
#: named just before
_MEETING_ASIDE = re.compile(
    r"\s*,\s*in\s+(?:(?:a|its|their)\s+)?(?:plenary|formal|informal|public|private|closed|joint)"
    r"(?:\s+(?:meetings?|sessions?))?\s*,\s*$")


class _Mention:
    __slots__ = ("start", "end", "code", "name", "short")

    def __init__(self, start: int, end: int, code: str | None, name: str, short: str | None):
        self.start, self.end, self.code, self.name, self.short = start, end, code, name, short


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """Every full name and alias of the registry as printed (and capitalised), and every short
    form with the generic heads."""
    names: set[str] = set()
    shorts: set[str] = set()
    for body in registry():
        for name in (body.name, *body.aliases):
            names.add(name)
            if name[0].islower():
                names.add(name[0].upper() + name[1:])
            if "’" in name:
                names.add(name.replace("’", "'"))
        shorts.update(body.short)
    shorts.update({"Working Group", "Open-ended Working Group", "Committee", "Commission",
                   "Conference", "Board", "Forum", "Council", "Assembly", "Congress",
                   "Special Committee", "Ad Hoc Committee", "Advisory Committee", "Subcommittee",
                   "Executive Board", "Executive Committee", "Expert Mechanism",
                   "Preparatory Committee", "Intergovernmental Negotiating Committee"})
    return frozenset(names), frozenset(shorts)


@cache
def _full_re() -> re.Pattern[str]:
    """The registry's full names and aliases."""
    return re.compile(_trie_pattern(_names()[0], not_after=r"[\w-]") + r"(?![\w-])")


#: a governing body named by what it is (and the words it opens with)
_GOVERNING = r"(?:governing|executive)\s+(?:bod(?:y|ies)|boards?|councils?)"
_GOVERNING_WORDS = ("governing ", "executive ")


@cache
def _mention_re() -> re.Pattern[str]:
    """A body named in full, by a short form ("the Commission") or by a name the registry does
    not know ("the Intergovernmental Negotiating Committee on …")."""
    names, shorts = _names()
    return re.compile(
        rf"(?P<full>(?<![\w-])(?:{_trie_pattern(names)})(?![\w-]))"
        rf"|the(?<!\wthe)\s+(?:(?P<short>(?:{_trie_pattern(shorts)}))(?![\w-])"
        rf"(?!\s+(?:on|of|for|against)\s+(?:the\s+)?[A-Z])"
        rf"|(?P<generic>{_GENERIC_NAME})(?![\w-])"
        # a governing body named by what it is ("a report to the governing body at its next session")
        rf"|(?P<lower>{_GOVERNING})(?![\w-]))"
    )


#: an organ of a body named before ("the approval by its Marine Environment Protection Committee at its
#: seventy-eighth session"), read apart (as a branch of ``_mention_re`` it slowed every scan)
_ORGAN = re.compile(
    rf"(?:its|their)\s+(?:(?P<organ>{_GENERIC_NAME})"
    # … or by what it is ("to report to their governing bodies at the first regular session of 2014")
    rf"|(?P<lower>{_GOVERNING}))(?![\w-])")


def _organs(text: str) -> list[re.Match[str]]:
    """``_ORGAN``'s matches, tried only where "its" or "their" stands before a capital letter or a governing
    body's name (a scan of the pattern over every paragraph cost as much as the rest of the mentions'
    search)."""
    out = []
    for word in ("its ", "their "):
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            if (text[after : after + 1].isupper() or text.startswith(_GOVERNING_WORDS, after)) and (
                    at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")):
                m = _ORGAN.match(text, at)
                if m is not None:
                    out.append(m)
            at = text.find(word, after)
    return out


class NamedBodies(Sequence[str]):
    """The codes of the registry bodies a resolution's ``texts`` name in full, most often named
    first (ties: in order of first mention): what a short form ("the Commission") stands for.
    Read on first use: most resolutions never need it."""

    def __init__(self, texts: Iterable[str]):
        self._texts = list(texts)
        self._codes: list[str] | None = None

    def _read(self) -> list[str]:
        if self._codes is None:
            counts: Counter[str] = Counter()
            order: dict[str, int] = {}
            reg = registry()
            pattern = _full_re()
            for text in self._texts:
                for m in pattern.finditer(text):
                    body = reg.find(m.group(0))
                    if body is not None:
                        counts[body.code] += 1
                        order.setdefault(body.code, len(order))
            self._codes = sorted(counts, key=lambda code: (-counts[code], order[code]))
        return self._codes

    def preceding(self, text: str) -> Iterator[str]:
        """The texts before the one ``text`` opens with (its paragraph's words before its sub-paragraphs),
        nearest first; none where ``text`` is not among them (an annexed instrument's paragraph)."""
        at = next((k for k, t in enumerate(self._texts) if t and text.startswith(t)), 0)
        return reversed(self._texts[:at])

    def __getitem__(self, index):  # type: ignore[override]
        return self._read()[index]

    def __len__(self) -> int:
        return len(self._read())

    def __iter__(self):
        return iter(self._read())


def bodies_named(texts: Iterable[str]) -> NamedBodies:
    """See :class:`NamedBodies`."""
    return NamedBodies(texts)


_QUOTED = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"")


def _mentions(text: str, adopting: str | None, named: Sequence[str]) -> list[_Mention]:
    reg = registry()
    out: list[_Mention] = []
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)] if "“" in text or '"' in text \
        else []
    found = list(_mention_re().finditer(text))
    organs = _organs(text)
    if organs:
        found = sorted(found + organs, key=lambda m: m.start())
    for m in found:
        if any(a < m.start() < b for a, b in quoted):
            continue  # a name inside a title ("… entitled “Cooperation with the Gulf Cooperation Council”")
        if m.re is not _ORGAN and m.group("short"):
            short = m.group("short")
            code = _resolve_short(short, adopting, named, out, text)
            body = reg.lookup(code) if code else None
            out.append(_Mention(m.start("short"), m.end(), code, body.name if body else short,
                                short))
            continue
        if m.re is _ORGAN:
            group = "organ" if m.group("organ") else "lower"
        else:
            group = "full" if m.group("full") else "generic" if m.group("generic") else "lower"
        name = m.group(group)
        body = reg.find(name) if group != "lower" else None
        if body is None and group == "generic":
            body = _loosely_named(name)  # "submit it to the Human Right Council at its forty-sixth session"
        if body is None and group in ("generic", "organ"):
            # "the Third Committee of the General Assembly": a body the registry knows, and whose
            known = _full_re().match(name)
            if known is not None and _OF_THE.match(name, known.end()):
                body = reg.find(known.group(0))
        out.append(_Mention(m.start(group), m.end(), body.code if body else None,
                            body.name if body else " ".join(name.split()), None))
    return out


def _loose_key(name: str) -> str:
    """A name with a word's plural "s" left out of every word ("Human Right Council" and "Human Rights
    Council" alike)."""
    return " ".join(word.removesuffix("s") for word in name.replace("’", "'").casefold().split())


@cache
def _loose_names() -> dict[str, str | None]:
    """Each registry name and alias by ``_loose_key`` (None where two bodies' names meet there)."""
    out: dict[str, str | None] = {}
    for body in registry():
        for name in (body.name, *body.aliases):
            key = _loose_key(name).removeprefix("the ")
            out[key] = body.code if out.get(key, body.code) == body.code else None
    return out


def _loosely_named(name: str) -> BodyInfo | None:
    """The registry body a name the registry does not know stands for where it differs from one of its names
    only by a word's plural (a misprint: "the Human Right Council", A/HRC/RES/42/23 27); None otherwise."""
    code = _loose_names().get(_loose_key(name).removeprefix("the "))
    return registry().lookup(code) if code else None


@cache
def _instruments(short: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The registry bodies that ``short`` stands for, where more than one does, each with the names of the
    instrument it is the organ of, read from its names ("Conference of the Parties to the United Nations
    Framework Convention on Climate Change": "United Nations Framework Convention on Climate Change")."""
    out = []
    for body in registry():
        if short not in body.short:
            continue
        names = []
        for name in (body.name, *body.aliases):
            lead = next((form + joint for form in sorted(body.short, key=len, reverse=True)
                         for joint in (" to the ", " to ", " of the ")
                         if name.startswith(form + joint)), None)
            if lead is not None and len(name[len(lead):].split()) >= 3:
                names.append(name[len(lead):])
        out.append((body.code, tuple(dict.fromkeys(names))))
    return tuple(out) if len(out) > 1 and any(names for _, names in out) else ()


def _organ_of_instrument(short: str, texts: Iterable[str]) -> str | None:
    """The body ``short`` stands for ("the Conference of the Parties") whose instrument the first of
    ``texts`` (the paragraph's, then the three before it) to name one names ("Looking ahead to the
    twenty-first session of the Conference of the Parties in Paris", after "the United Nations Framework
    Convention on Climate Change is the primary … forum", A/RES/70/1 31–32: the Climate Change
    Convention's, not the Biological Diversity one's, named after); None where none names one, or where
    ``short`` stands for one body only."""
    instruments = _instruments(short)
    if not instruments:
        return None
    for text in texts:
        found = [(at, code) for code, names in instruments for name in names if (at := text.find(name)) >= 0]
        if found:
            return min(found)[1]
    return None


def _resolve_short(short: str, adopting: str | None, named: Sequence[str],
                   before: list[_Mention], text: str = "") -> str | None:
    """What "the Commission" stands for: a body of that form named earlier in the paragraph,
    else the adopting body if the form is its own; a form several bodies share ("the Conference of the
    Parties"), the one whose instrument the paragraph names, else the three paragraphs before it
    (:func:`_organ_of_instrument`); else the one the resolution names most."""
    reg = registry()

    def has(code: str | None) -> bool:
        body = reg.lookup(code) if code else None
        return body is not None and short in body.short

    for mention in reversed(before):
        if mention.short is None and has(mention.code):
            return mention.code
    if has(adopting):
        return adopting
    if text and _instruments(short):
        code = _organ_of_instrument(short, (text, *(
            islice(named.preceding(text), 3) if isinstance(named, NamedBodies) else ())))
        if code is not None:
            return code
    for code in named:
        if has(code):
            return code
    if short == "Assembly":
        return "GA"
    if short == "Council":
        return "ECOSOC"
    return None


#: the verbs that name who acts: "Invites the Commission … to accord sufficient time at its
#: thirty-third session", "Decides that the Special Committee shall hold its next session"
_SUBJECT = re.compile(
    r"\b(?:requests|invites|encourages|calls upon|calls on|urges|authorizes|mandates|"
    r"recommends that|decides that|agrees that|requests that|notes that|welcomes that"
    r")\s+(?:the\s+)?",
    re.I,
)
#: a body asked in turn ("Recommends that the Economic and Social Council request the Commission on Human
#: Rights to conclude its work at its sixty-second session"), or one an act is to enable ("to take the steps
#: to ensure that the Commission on Narcotic Drugs will be able to assume those functions with effect from the
#: date set for its 1992 session"), the subject where it is named at once (not "the Working Group shall invite
#: the Special Rapporteur … to provide his views …, at its nineteenth session")
_IN_TURN = re.compile(r"\b(?:request|invite)\s+the\s+|\bensur(?:e|es|ing)\s+that\s+the\s+")
#: a body an action is addressed to: "report to the Assembly", "a dialogue with the Council"
_ADDRESSED_BEFORE = re.compile(r"\b(?:to|with|before|through|brief|inform)\s+the\s+$")
#: a body an action only passes through, set off by commas: "to report thereon to the Assembly, through the
#: Advisory Committee on Administrative and Budgetary Questions, for its consideration at its fifty-eighth
#: session" (A/RES/57/300 35)
_CHANNEL_BEFORE = re.compile(r",\s+through\s+the\s+$")
#: the resolution itself acts: "Decides to convene … and to include in the provisional agenda of
#: its eighty-first session"
_OWN_SUBJECT = re.compile(r"\b(?:decides|resolves|agrees)\s+(?:also\s+|further\s+)?to\b", re.I)
_SUBJECT_LOWER, _OWN_SUBJECT_LOWER = lower_case_form(_SUBJECT), lower_case_form(_OWN_SUBJECT)


def _owner(text: str, start: int, adopting: str | None, named: Sequence[str],
           mentions: list[_Mention] | None, *, nearest: bool = False
           ) -> tuple[_Mention | None, bool]:
    """Whose session the words at ``start`` name: ``(mention, is_title)``; None: the adopting
    body. ``is_title``: the mention is a President's or a Chair's, no deadline.

    A body named just before ("brief the Special Committee at its next session") owns it; else
    the clause's subject ("Invites the Commission … to accord sufficient time at its …"; none
    in "Decides to … and to include in the provisional agenda of its …"); else the body named
    last in the clause. ``nearest``: the body named last in the clause, whatever its role."""
    segment = max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
    before = [m for m in mentions or () if m.end <= start and m.start >= segment]
    choice: _Mention | None = None
    found = False
    # the body named just before is what the words speak of, not who acts ("of", "for" before it)
    spoken_of = False
    if before and (not text[before[-1].end:start].strip(" ,") or _MEETING_ASIDE.match(
            text[before[-1].end:start])):
        choice, found = before[-1], True
        spoken_of = not nearest and _SPOKEN_OF.search(
            text, max(0, choice.start - 12), choice.start) is not None
    if (not found or spoken_of) and not nearest:
        low = text.lower() if reads_as_lower(text) else ""
        # (a body asked in turn is the subject only where it is named at once: not "the Working Group shall
        # invite the Special Rapporteur … to provide his views …, at its nineteenth session")
        last_subject = _last(finditer_ignoring_case(_SUBJECT, _SUBJECT_LOWER, text, low, segment, start))
        if "request the " in text or "invite the " in text or "that the " in text:
            in_turn = _last(s for s in _IN_TURN.finditer(text, segment, start) if any(
                b.start == s.end() for b in before))
            if in_turn is not None and (last_subject is None or in_turn.start() > last_subject.start()):
                last_subject = in_turn
        last_own = _last(finditer_ignoring_case(_OWN_SUBJECT, _OWN_SUBJECT_LOWER, text, low, segment, start))
        own_at = last_own.start() if last_own is not None else -1
        for voice in _OWN_VOICE.finditer(text, segment, start):
            if not _SUBJECT.match(voice.group(0).lstrip(",;: ").removeprefix("and").strip() + " "):
                own_at = max(own_at, voice.start())  # "…, and reiterates its decision to …"
        if own_at >= 0 and (last_subject is None or own_at > last_subject.start()) and (
                not spoken_of or last_own is not None and last_own.start() == own_at):
            # "Decides to review … the format and organizational aspects of the high-level political forum
            # at its seventy-fourth session": the resolution's own act, at its own session, whatever body
            # the act concerns (not "…, and welcomes the decision of the Committee of the Organization at
            # its …": that body's)
            return None, False
        if last_subject is not None and not spoken_of:
            choice = next((m for m in before if m.start == last_subject.end()), None)
            if choice is None:  # "Requests the current President of the Conference … to"
                choice = next((m for m in before if last_subject.end() < m.start
                               <= last_subject.end() + 80 and _TITLE_BEFORE.search(
                                   text, last_subject.end(), m.start)), None)
            # "… to engage in an interactive dialogue with the Assembly under the item … at its
            # eighty-first session": the body the action is addressed to
            addressed = [m for m in before if m.start > last_subject.end()
                         and _ADDRESSED_BEFORE.search(text, max(0, m.start - 16), m.start)]
            if addressed:
                choice = addressed[-1]
            found = True
    if not found:
        clause_start = segment
        for voice in _OWN_VOICE.finditer(text, segment, start):
            clause_start = voice.end()
        for mention in before:
            if mention.start < clause_start:
                continue
            if text[mention.end:start].strip(" ,") and _POSSESSIVE_BEFORE.search(
                    text, max(0, mention.start - 12), mention.start) and not nearest:
                continue
            choice = mention
    if choice is None and not nearest:
        choice = _addressed_before_items(text, segment, mentions)
    if choice is None or _holds_no_sessions(choice.code):
        return None, False  # (a unit that holds no sessions: the adopting body's, A/RES/64/259 19)
    if any(True for _ in _TO_IT.finditer(text, choice.end, start)):
        return None, False  # "report thereon to it at its eightieth session"
    if not text[choice.end:start].strip() and _TITLE_BEFORE.search(
            text, max(0, choice.start - 40), choice.start) and not _ADDRESSED_TITLE.search(
            text, max(0, choice.start - 240), choice.start):
        return choice, True
    return choice, False


def _addressed_before_items(text: str, segment: int, mentions: list[_Mention] | None) -> _Mention | None:
    """The body a paragraph's words before its colon ask, where the clause at ``segment`` is in what follows
    the colon and names no one: "Requests the Economic and Social Council: (a) To prepare, at its eleventh
    session, a draft resolution …" (A/RES/319 (IV) 4): the Council's session, not the Assembly's."""
    colon = text.find(":")
    if not 0 <= colon < segment:
        return None
    subject = _last(_SUBJECT.finditer(text, 0, colon))
    if subject is None:
        return None
    return next((m for m in mentions or () if m.start == subject.end() and m.end <= colon
                 and not text[m.end:colon].strip(" ,")), None)


def _holds_no_sessions(code: str | None) -> bool:
    """Whether the registry body ``code`` holds no sessions a resolution numbers (``numbering`` "none"):
    "requests the Joint Inspection Unit to submit a report … at the main part of its sixty-sixth session"
    (A/RES/64/259 19) names the adopting body's session."""
    info = registry().lookup(code) if code else None
    return info is not None and info.numbering == "none"


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _explicit_after(text: str, end: int, adopting: str | None, named: Sequence[str],
                    mentions: list[_Mention] | None) -> _Mention | None:
    """"the seventy-fourth session of the Commission on the Status of Women": the body after."""
    m = _OF_THE.match(text, end)
    if m is None:
        return None
    for mention in mentions or ():
        if mention.start == m.end() or (mention.short and mention.start == m.end()):
            return mention
    return None


# --------------------------------------------------------------------------- sessions and the calendar

_CALENDAR = Calendar()


def _rule_body(code: str | None) -> Body | None:
    body = registry().lookup(code) if code else None
    return Body(body.code) if body is not None and body.has_rule else None


def _running(code: str, day: dt.date) -> int | None:
    """The session of a body with a calendar rule in progress on ``day``."""
    body = _rule_body(code)
    if body is None:
        return None
    try:
        dates = _CALENDAR.session_for_date(body, day)
    except CalendarError:
        return None
    return dates.session if dates else None


def _next_after(code: str, day: dt.date) -> int | None:
    """The first session of a body with a calendar rule to open after ``day``."""
    body = _rule_body(code)
    if body is None:
        return None
    try:
        return _CALENDAR.next_session(body, day).session
    except CalendarError:
        return None


def _when(code: str, number: int, adopted_on: dt.date | None, adopting: str | None,
          session: int | None) -> str | None:
    """"past", "current" or "future" for session ``number`` of ``code`` seen at adoption; None
    when nothing tells."""
    body = _rule_body(code)
    if body is not None and adopted_on is not None:
        try:
            dates = _CALENDAR.session_dates(body, number)
        except CalendarError:
            dates = None
        if dates is not None:
            if dates.closes_on is not None and dates.closes_on < adopted_on:
                return "past"
            if dates.opens_on.year > adopted_on.year + 12:
                return "past"  # "during its 140th session": not the Council's, whose is decades away
            return "current" if dates.opens_on <= adopted_on else "future"
    if code == adopting and session is not None:
        return "past" if number < session else "current" if number == session else "future"
    return None


# --------------------------------------------------------------------------- the rules of context

_PAST_CONTEXT = re.compile(
    # (not a present passive, what a request asks be done: "further requests … that this revised strategy is
    # presented to the Security Council by March 2019", S/RES/2436 (2018) 19)
    r"(?<!\bbe )(?<!\bis )(?<!\bare )"
    # (a participle set off by a comma after its noun, group "apposed", ends at the comma that closes it)
    r"(?:(?<=,\s)(?P<apposed>))?+"
    r"\b(?:submitted|presented|held|adopted|considered|convened|launched|expressed|"
    # "to report on progress made to the General Assembly at its fifty-eighth session": what is
    # reported on, not a past event
    r"(?<!progress )(?<!efforts )(?<!steps )(?<!headway )made|"
    r"took place|was|were|had|delivered|circulated|issued|contained|taken|reached|agreed|"
    r"recommended|endorsed|approved|decided|elected|concluded|published|released|hosted)\b"
    r"(?:(?!\bto\s+(?:submit|report|present|include|consider|convene|hold|brief|inform|provide|"
    r"transmit)\b|,\s+and\s+(?!to\b|at\b|in\b|during\b)|\b(?:shall|should|will|would|must)\s+"
    r"(?:also\s+|further\s+|then\s+)?be\b|\bsessions?\b"
    # where what is asked goes, set off by a comma: "to report the findings, as well as the measures
    # taken to avoid overlapping of mandates, to the General Assembly at its sixty-fifth session"
    r"|,\s+(?:to|for\s+consideration\s+by)\s+the\s+[A-Z]"
    # what is yet to be done, or where the participle's own words end: "the data model approved by the
    # Committee, with a view to its completion by June 2017", "the views expressed … during informal
    # briefings to be held before the end of 2009", "the reform measures as considered in the present
    # resolution to the General Assembly at its fifty-eighth session", "concrete steps taken in this
    # regard at the main part of its seventieth session"
    r"|\bwith\s+a\s+view\s+to\b|\bto\s+be\s+[a-z]+(?:ed|en|eld)\b"
    r"|\bin\s+th(?:is|at)\s+regard\b|\bin\s+(?:the\s+present|this)\s+resolution\b"
    # and a participle set off after its noun where its comma closes it: "to resume the Review Conference,
    # convened pursuant to article 36 of the Agreement, in New York for one week in the first part of 2021"
    # (A/RES/74/18 58)
    r"|(?(apposed),|(?!)))[^;:]){0,140}$"
)
#: a session named inside a citation of what was done there: "as reaffirmed by the Commission at its
#: fifty-third session", "as amended by the Subcommittee at its forty-second session and as agreed by the
#: Subcommittee at its forty-third session and the Committee at its forty-ninth session", "as acknowledged by
#: the twenty-sixth session of the Conference of the Parties", "consistent with its decision at its
#: forty-fourth session": history, not a deadline (not "as needed", nor past a "to" or a comma: "the reform
#: measures as considered in the present resolution to the General Assembly at its fifty-eighth session");
#: and what was created there, named just before ("the Sustainable Debt Coalition, established at the
#: twenty-seventh session of the Conference of Parties"; not "to be established at its next session")
_CITED = re.compile(
    r"\bas\s+(?:(?:also|further|most\s+recently|recently|previously|subsequently|last)\s+)?"
    r"(?!(?:needed|required|warranted|indicated\s+below)\b)(?:[a-z]+(?:ed|en)|set\s+out|laid\s+down|held|made)\b"
    r"(?:(?!\bto\b|\bin\s+(?:the\s+present|this)\s+resolution\b)[^;:,])*$"
    r"|\b(?:consistent\s+with|in\s+accordance\s+with|pursuant\s+to|in\s+line\s+with)\s+(?:its|their)\s+"
    r"decisions?\s*$"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:established|created|set\s+up|founded|inaugurated|initiated)\s+$"
)
#: … an event held at a session, where the session is still ahead: another event's session, not the
#: deliverable's ("a summary report on the panel discussion held at the fifty-sixth session to the Human
#: Rights Council at its fifty-eighth session", A/HRC/RES/53/6 16, adopted at the fifty-third); and a finite
#: verb in the past, which says what was done whatever the session (``_DeadlineFinder._ahead``)
_AN_EVENT_HELD = re.compile(r"(?<!\bbe )\b(?:held|convened|hosted|took\s+place|was|were|had)\b")
#: four digits (``\d{4}``, written so that the engine can jump to the first digit)
_FOUR_DIGITS = re.compile(r"\d\d\d\d")


def _has_four_digits(text: str) -> bool:
    """``_FOUR_DIGITS.search(text) is not None``. Most paragraphs are ASCII without a digit: for
    them ten substring scans (in C) answer, instead of the regex's scan (which has no literal to
    jump to and costs ≈ 15 µs a paragraph); in ASCII text ``\\d`` is ``[0-9]``."""
    if text.isascii() and not any(digit in text for digit in "0123456789"):
        return False
    return _FOUR_DIGITS.search(text) is not None


#: what a session is described by, not an event due in it ("the annual theme of the 2024 session of the
#: Council", "the outcome of the twenty-third special session")
_DESCRIBED_SESSION = re.compile(r"\b(?:themes?|outcomes?|records|bureau|reports?)\s*$")
#: … but a place for an event within a session: "Decides to hold a half-day meeting, …, on the margins of the
#: sixteenth session of the Conference of States Parties to the Convention on the Rights of Persons with
#: Disabilities" (A/RES/77/240 6): held then (not what was held so, ``_recalled``)
_BESIDE_SESSION = re.compile(r"\b(?:on|in|at)\s+the\s+(?:margins?|sidelines?)\s+$")
#: … or a segment of it: "to report to the Economic and Social Council …, as part of his annual reporting to
#: the Council at the operational activities for development segment of its 2019 session" (A/RES/73/248 7)
_SEGMENT_OF_SESSION = re.compile(
    r"\b(?:at|during|in)\s+(?:the\s+|its\s+)(?:[\w-]+\s+){0,6}?segment\s+$", re.I)
_SINCE_FROM = re.compile(r"\b(since|from)\s*$")
#: where a series begins, as "starting at" it: "to present the database on an annual basis to the Council
#: starting from its fifty-seventh session" (A/HRC/RES/53/25 1), "to present them jointly to the Human Rights
#: Council, starting from its fifty-first session" (A/HRC/RES/47/21 15), "should continue to consider, in
#: its future sessions, starting with its forty-eighth session, the implementation …" (A/RES/59/2 18): the
#: first is due then (where a recurrence, a verb of delivering or an agenda is:
#: ``_DeadlineFinder.series_from``)
_SERIES_FROM = re.compile(r"\b(?:starting|beginning|commencing)\s+$", re.I)
#: … an agenda that holds an item from that session on: "shall include in its agenda, beginning with its
#: second session, a standing item on technical assistance" (E/RES/1992/22 2)
_AGENDA_BEFORE = re.compile(r"\bagenda\b[^;:]{0,60}$")
#: a Title Case name just before "by 2030" ("… in a Sustainable Manner by 2030 (Caribbean
#: Firearms Roadmap)", "the African Union campaign, Silencing the Guns in Africa by 2020": its small words
#: between the capitals): the year belongs to the name
_TITLE_RUN_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*\s+(?:(?:the|of|in|and|for|on|to|a|an)\s+)*){2,}$")
#: … where it is a title's: a name follows ("… by 2030 (Caribbean Firearms Roadmap)"), its quotation
#: closes ("“Tobacco-Free Tokelau by 2020”"), or the run is worded as a title is, a capitalised verb in
#: it ("… HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030", "the Road Map for
#: Achieving the Elimination of the Worst Forms of Child Labour by 2016"); not a plain name before the
#: year ("to achieve the Sustainable Development Goals by 2030", "the Sendai Framework by 2030")
_NAME_CLOSES_AFTER = re.compile(r"\s*(?:\(\s*[A-Z]|[”\"])")
_TITLE_WORDING = re.compile(
    r"(?<=[a-z:,] )(?<!\bthe )(?<!\ba )"
    r"(?:[A-Z][a-z]+ing\s+(?:the\b|on\b|to\b|a\b|an\b|for\b|[A-Z])|(?<=to )[A-Z][a-z]+\s)")
#: "to convene, in 2025, a one-day high-level meeting", "to present to the General Assembly a report
#: in 2027", "for a further two weeks in August 2027": the year or month in which something is to
#: be done, when a verb of delivering (``_DELIVERABLE_BEFORE``) governs it, or one that decides that it be
#: held then ("Decides that the formal meeting will be held in early 2026", A/RES/80/56 1)
#: (groups "month" and "myear", or "year": those of ``_DATE``'s last two forms; "part": a year's early or late
#: part, due by the end of its half, "half" precision, as "during the first half of 2026" is; of two years
#: offered, the later: "Decides to convene, in 2015 or 2016, a third international conference …" (A/RES/68/204
#: 43) is due by the end of 2016)
_IN_YEAR = re.compile(
    # "Agrees to hold the High-Level Dialogue at the end of October 2003" (A/RES/57/250 4), "during 2014"
    rf"\b(?:in|during|at\s+the\s+end\s+of)\s+(?:(?P<part>early|late)\s+)?"
    rf"(?:(?P<month>{_MONTH})\s+(?P<myear>\d{{4}})|(?:\d{{4}}\s+or\s+(?:in\s+)?)?(?P<year>\d{{4}}))(?![\d/])")
#: … or a month written without its year: "and to hold the informal consultations concerning the resolution
#: on the Agreement for one day in October" (A/RES/80/107 12, adopted in December 2025): the next such month
#: after the adoption (group "month"; not one whose year follows after another month, "in July and November
#: 2014", nor a month of each year, "annually in June", "in September at the beginning of each session")
_IN_YEARLESS_MONTH = re.compile(
    rf"\b(?:in|during)\s+(?P<month>{_MONTH})\b(?!,?\s*\d)(?!\s*(?:and|or|to|through|–|-|/)\s*(?:{_MONTH}|\d))"
    r"(?![^;:.]{0,40}\b(?:each|every|annual(?:ly)?|yearly)\b)")
#: … a decision that it be held then, not a description of what is to be held ("the Congress, to be held in
#: 2026": ``_TO_BE_HELD``; "the Third Forum of the Alliance of Civilizations, which will be held in Brazil in
#: 2010", A/RES/64/14 3: a relative clause)
_HELD_THEN = re.compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:shall|will|should)\s+be\s+(?:held|convened|organi[sz]ed|launched|conducted)\b[^;:]{0,100}$")
#: … not the start of a series or of a period ("starting in 2026"), nor the year of a session
#: already read ("at its thirtieth session, in 2027"), nor a year compared with ("to be convened, as in 2022,
#: by the President", A/RES/77/178 34)
_IN_YEAR_NOT_DUE = re.compile(
    r"\b(?:starting|beginning|commencing|effective|from|since|until|as\s+of|as|sessions?,?)\s+$")
#: … nor the year of a need a noun names, what is required or planned then, not when the verb's work is done:
#: "to provide a full estimate of and rationale for the financial resources required for mobility in 2016 and
#: 2017, …, in his regular and peacekeeping-related budget requests" (A/RES/68/265 18: the budgets of those
#: years; a participle after its noun, not "the necessary decisions … during 2006")
_NEEDED_THEN = re.compile(
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bthe )\b(?:required|needed|planned|envisaged|expected|anticipated"
    r"|projected|foreseen)\s+(?:(?:for|by|to|in)\s+[^,;:]{0,60}\s)?$")
#: … nor the time of an event a deliverable is of: "to prepare a summary of the high-level meeting in
#: November" (A/RES/73/301 11: the summary follows the meeting)
_OF_AN_EVENT = re.compile(
    r"\b(?:of|on)\s+the\s+(?:[\w-]+\s+){0,3}(?:meetings?|conferences?|summits?|events?|dialogues?)\s+$")
#: … or another verb of what is done then: "Decides that the Social Forum will meet for two working days
#: in 2022" (A/HRC/RES/47/20 4; a body that meets, not "to meet the purposes …"), "Decides to appraise in
#: 2013 the progress achieved" (A/RES/64/293 6), "to appoint a Director-General … preferably during the
#: first quarter of 1978" (A/RES/32/197 4), "Decides to resume its consideration of the reports of the
#: Secretary-General … in March 2002" (A/RES/56/255 5), "Requests the Secretary-General to provide an update,
#: in 2016, on progress made in building capacity for evaluation" (A/RES/69/237 3), "to provide all necessary
#: support to the Open-ended Working Group on Ageing for the organization of its eleventh session, of four
#: days, in April 2020" (A/RES/74/125 53); not verbs of delivering (``_DELIVERABLE_BEFORE``), for which "by
#: 2030" is no goal ("We will strive to provide universal and affordable access to the Internet … by 2030",
#: A/RES/76/258 annex 48, stays one)
_DONE_THEN_BEFORE = re.compile(
    r"(?:\b(?:to|shall|should|will|and)\s+(?:\w+ly\s+|also\s+|further\s+)?(?:appraise|appoint|resume|provide"
    # ("to recommend to the high-level segment of the Economic and Social Council in 1995 appropriate
    # adjustments of drug control activities", A/RES/48/12 9: the recommendations are made then)
    r"|recommend"
    # ("Requests the Secretariat immediately to make all necessary arrangements for the updating and reissue
    # of The Blue Helmets in 1995", A/RES/49/37 37: what is arranged is done then)
    r"|make\s+(?:all\s+)?(?:the\s+)?(?:necessary\s+|appropriate\s+|adequate\s+)?arrangements"
    # ("Decides to continue its consideration of the matter in 2018, in accordance with its annual programme
    # of work", A/HRC/RES/38/3 31: when it is taken up again, as "at its fortieth session" would say)
    r"|continue\s+(?:its\s+|their\s+|the\s+)?(?:consideration|examination|discussion)\b)"
    r"|\b(?:shall|will|should)\s+meet)\b[^;:]{0,140}$")
#: … or a year set off by commas between the addressee a request names and the infinitive it times: "Requests
#: the President of the General Assembly, in 2025, to appoint two co-facilitators" (A/RES/79/277 5); not where
#: the addressee's words hold a comma ("Invites the General Assembly, following the discussion at the
#: twenty-first session of the Forum, in 2026, to consider …", E/RES/2024/15 3: the session's year), nor what
#: is authorized ("the Secretary-General is authorized to utilize, in 2024, cash …")
_ASKED_SET_OFF = re.compile(
    r"\b(?:[Rr]equests?|[Uu]rges?|[Ii]nvites?|[Cc]alls?\s+(?:up)?on|[Ee]ncourages?|[Dd]irects?)\s+[^,;:]{1,120},\s*$")
_SET_OFF_INFINITIVE = re.compile(r",\s+to\s+(?:\w+ly\s+)?[a-z]+\b")
#: … or set off right after the infinitive it times: "Urges the Conference on Disarmament to adopt, in 2024,
#: a comprehensive and balanced programme of work" (A/RES/78/51 4), "(b) To carry out, in 1996, an initial
#: review of the progress achieved" (A/RES/49/122 11); not what is authorized ("the Secretary-General is
#: authorized to utilize, in 2024, cash from special funds", A/RES/78/256 6: when it may be used)
_INFINITIVE_SET_OFF = re.compile(
    r"(?<!\bauthori[sz]ed\s)\b[Tt]o\s+(?:\w+ly\s+)?(?!be\b)[a-z]+(?:\s+(?:out|up))?,\s*$")
#: a meeting named with its year: "for presentation at the Biennial Meeting of States in 2026" (its name,
#: group "name", its capitalised words before "Meeting", "Conference", "Summit" or "Congress" and the "of …"
#: after)
_MEETING_IN_YEAR = re.compile(
    rf"{after_boundary(['at', 'to', 'before', 'for', 'during'])}\s+the\s+"
    r"(?P<name>(?:[A-Z][\w’'-]*\s+){1,4}(?:Meeting|Conference|Summit|"
    r"Congress)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)\s+(?:in|of)\s+(?P<year>\d{4})"
    r"(?![\d/])")
#: … what is delivered there, set off by a comma: "…, for presentation at the Biennial Meeting of States in
#: 2026"
_FOR_PRESENTING = re.compile(r",\s*for\s+(?:presentation|consideration|submission|discussion)\s+$")
#: the days of the year just named: "during 2024, namely from 1 to 19 April" (group 1 the first day, 2 the
#: month)
_NAMELY_DAYS = re.compile(
    rf",?\s*namely\s+(?:from\s+|on\s+)?(\d{{1,2}})(?:\s+(?:to|and|-|–)\s+\d{{1,2}})?\s+({_MONTH})\b(?!,?\s*\d)")
#: the subject of a report, from its "on" to a year in it (``_DeadlineFinder.of_the_subject``)
_ON_A_SUBJECT = re.compile(r"\s+on\s+[^,;:]*\s$")
#: an event the words describe as held then ("… which will serve to inform the next high-level meeting, to be
#: convened in 2031"): its year, not the deliverable's, unless it is what is convened
_TO_BE_HELD = re.compile(
    # (and where: "before the Games of the XXXIV Olympiad …, to be held in Los Angeles in 2028", A/RES/80/8 9)
    r"\bto\s+be\s+(?:convened|held|launched|organi[sz]ed)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?\s+$")
#: an event whose outcome a deliverable draws on, held at a session: "… a report … on the question of the
#: realization in all countries of economic, social and cultural rights …, taking into consideration the
#: outcomes of the panel discussion to be convened at the fifty-fifth session" (A/HRC/RES/52/11 28): that
#: session is the panel's, not the report's; and its date: "(d) Information on the criteria and procedures
#: used for listing and de-listing parties …, bearing in mind the views expressed by all the members of the
#: Working Group during informal briefings to be held before the end of 2009" (S/RES/1882 (2009) 19: the
#: report is due by May 2010, not by the briefings' end of 2009)
_INPUT_HELD_AT = re.compile(
    r"\b(?:taking\s+into\s+(?:account|consideration)|in\s+the\s+light\s+of|drawing\s+(?:up)?on|building\s+on"
    r"|bearing\s+in\s+mind)"
    r"\s+(?:the\s+)?(?:outcomes?|results?|summary|conclusions|findings|discussions?|views|deliberations)"
    r"\s+(?:of|expressed|made|shared|presented)\s+[^;,]{0,100}?"
    r"\bto\s+be\s+(?:convened|held|organi[sz]ed)\s*$")
#: a deliverable asked for before "by 2027": a due year, not a goal
#: (a meeting's convening or holding as what is asked for: "to provide support for the convening of a
#: twenty-fourth meeting of the Informal Consultative Process for eight meetings in 2024", A/RES/77/248
#: 375: the meeting is held in that year, the support due by its end, as "to convene, in 2025, …")
_DELIVERABLE_BEFORE = re.compile(
    r"(?:\b(?:to|shall|should|will|and)\s+(?:\w+ly\s+|also\s+|further\s+)?"
    r"|\bthe\s+(?=(?:convening|holding)\s+of\b)"
    # (a request's or a recommendation's subjunctive after its named subject: "Reiterates its request, in
    # paragraph 55 of resolution 72/72, that the Secretary-General convene the fourteenth round of informal
    # consultations … for two days in May 2019", A/RES/73/125 60)
    r"|\bthat\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on|and|the)\s+)*){1,8}(?:\w+ly\s+|also\s+)?)"
    r"(?P<verb>submit|report|present|transmit|prepare|finali[sz]e|complete|convene|hold|publish|"
    r"brief|inform|conclude|organi[sz]e|launch|deliver|issue|circulate|update|elaborate|draft|"
    # ("requests the forum to consider, in 2014, the scope and methodology of a global sustainable development
    # report", A/RES/67/290 20)
    r"undertake|conduct|review|convening|holding|consider)\b[^;:]{0,140}$"
)
#: … or a report named as due then: "in his flagship report to be submitted to the General Assembly in
#: 2018" (A/RES/71/165 2), "in the report to be submitted to the Economic and Social Council in 2008"
#: (A/RES/62/208 28 (c)), "to include in his regular report to the Council in 2015" (E/RES/2014/14 20): one
#: to be submitted, presented or transmitted, or a report to a body, then (its year not past: ``in_years``)
_REPORT_DUE_BEFORE = re.compile(
    r"(?:\bto\s+be\s+(?:submitted|presented|transmitted)\b"
    r"|\b(?:his|her|its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?reports?\s+to\s+the\b)[^;:,]{0,80}$")
_DELIVERABLE_VERB = re.compile(_DELIVERABLE_BEFORE.pattern.removesuffix(r"\b[^;:]{0,140}$") + r"\b")
#: a verb in a relative clause ("…, which will serve to inform …"): its subject is what is delivered
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|that)\b[^,;:]{0,40}$")
#: what a deliverable is for, named after it ("with a view to a decision in 2014")
_PURPOSE = re.compile(r"\b(?:with\s+a\s+view\s+to|in\s+preparation\s+for|ahead\s+of)\b")
#: … unless what it governs is a goal, which is reached, not delivered ("the remaining decade of action to
#: deliver the Sustainable Development Goals by 2030"): the year is a target
_GOAL_GOVERNED = re.compile(
    r"\s+(?:on\s+)?(?:(?:the|all|our|its|their)\s+)*(?:[\w-]+\s+){0,3}?(?:Goals|Agenda|targets?|commitments?)\b")


#: what is put before a body for it to consider or decide, right before "by 2013": a due year, not a goal ("to
#: make appropriate recommendations for the consideration of the Economic and Social Council and the General
#: Assembly by 2013", A/RES/67/226 143)
_PUT_BEFORE = re.compile(
    r"\bfor\s+(?:the\s+)?(?:consideration|approval|adoption|decision|action)\s+(?:of|by)\s+(?:the\s+)?[A-Z]"
    r"[^;:,]{0,100}$")
#: a session or date a permission or a measure lasts to, "pending" what is done then: a condition, not a due
#: date ("Authorizes the Secretary-General to enter into commitments …, pending consideration of and action on
#: the report of the Secretary-General on procurement reform by the General Assembly at its sixty-first
#: session", A/RES/60/283 1)
_PENDING = re.compile(
    r"\bpending\s+(?:the\s+|its\s+|their\s+)?(?:consideration|action|decision|review|outcome|approval|adoption"
    r"|receipt|examination)\b[^;:]{0,200}$")
#: the proposed programme budget a deliverable goes into: "to report thereon to the General Assembly in the
#: context of the proposed programme budget for the biennium 2012–2013" (A/RES/65/259 9): due at the
#: Assembly's session that considers it, the one held in the year before the budget's first (group 1)
_PROPOSED_BUDGET = re.compile(
    r"\b(?:in|within)\s+(?:the\s+context\s+of\s+)?(?:the|his|its|her)\s+(?:next\s+)?proposed\s+programme\s+"
    r"budget\s+(?:proposals?\s+)?for\s+(?:the\s+biennium\s+|the\s+year\s+)?(\d{4})(?:[–-]\d{4})?(?![\d/])")
#: a time in a statement of what is expected or projected, not a due date nor a target of anyone: "the present
#: extrabudgetary support is expected to expire by 2023" (A/RES/78/71 24), "it was estimated that nearly 30
#: per cent of the population … would remain in extreme poverty by 2030" (A/RES/76/258 annex 33), "the
#: partnership is on track to reach 22 million lives saved … by the end of 2016" (A/RES/70/266 annex 58); not
#: what someone is expected to deliver ("States are expected to submit their reports by 2025": a due date)
_PROJECTED_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?"
    r"(?:expected|projected|estimated|forecast|anticipated|predicted|likely|on\s+track)\s+to\s+"
    r"(?!(?:be\s+)?(?:submit|report|present|transmit|prepare|provide|deliver|adopt|complete|conclude|finali[sz]e)"
    r"(?:ed|d|s)?\b)"
    r"|\b(?:estimated|projected|expected|predicted|forecast|anticipated)\s+that\b"
    r"|\bwill\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|rn)\b)"
    r"(?:(?!\.\s)[^;:•]){0,200}$")
#: … or fronted, its statement after it: "By 2050, the world’s urban population is expected to nearly double"
#: (A/RES/71/256 annex 2), "By 2030, one in five of the projected number of young people in the world will
#: have been born in the least developed countries" (A/RES/76/258 annex 66)
_PROJECTED_AFTER = re.compile(_PROJECTED_BEFORE.pattern.removesuffix(r"(?:(?!\.\s)[^;:•]){0,200}$"))
_FRONTED_TIME = re.compile(r"(?:^|[.:;•]\s*)$")
_SENTENCE_REST = re.compile(r",(?:(?!\.\s)[^;:•]){0,200}")


#: where the days something is held on may follow (``_SESSION_DATES`` reads them) …
_HELD_ON = re.compile(rf"\s(?:from|on|during\s+the\s+week\s+of)\s+{_WEEKDAY}?\d")
#: … when a verb of convening governs them ("to convene …", "shall take place …"; not an event
#: "due to take place" that others hold)
_CONVENING_BEFORE = re.compile(
    r"\b(?:convene|convening|reconvene|resume|hold|organi[sz]e|meet|"
    r"(?<!due )(?:shall|will|to)\s+take\s+place|"
    r"be\s+(?:held|convened|organi[sz]ed))\b"
    r"[^;:]{0,140}$")

#: a later clause's infinitive that gives support, read by ``kinds.support_for_no_one``: "…, looks forward
#: to the twenty-third session, scheduled to be held from 2 to 7 December 2024, and requests the
#: Secretary-General to provide the necessary services and facilities …" (A/RES/78/6 29)
_TO_SUPPORT = re.compile(r"\bto\s+(?=(?:provide|give|extend|make\s+available)\b)")

#: the next days of a list after those ``_SESSION_DATES`` read: ", from 6 July to 7 August 2026 and from …"
_HELD_NEXT = re.compile(r",?(?:\s+and|\s+or)?(?=\s+(?:from|on)\s+\d)")
#: the days of a month whose year is written after the next days' ("from 1 to 4 April and 16 to 19 June
#: 2014"): group 1 the first day, 2 the month (up to the next days') …
_YEARLESS_RANGE = re.compile(
    rf"\s+from\s+(\d{{1,2}})\s+(?:to|until|through)\s+\d{{1,2}}\s+({_MONTH})(?:,\s*|,?\s+and\s+)(?:from\s+)?(?=\d)")
#: … and those next days, with the year (first and last day, month, year)
_RANGE_WITH_YEAR = re.compile(rf"(\d{{1,2}})\s+(?:to|until|through)\s+(\d{{1,2}})\s+({_MONTH}),?\s+(\d{{4}})")
#: days of the same month listed before the ones ``_SESSION_DATES`` reads: "from 7 to 9 and on 11 April 2008"
_EARLIER_DAYS = re.compile(r"\bfrom\s+(\d{1,2})(?:\s+to\s+\d{1,2})?(?:,\s*\d{1,2})*,?\s+and\s+$")
#: days of a month written without their year, one or a list: " on 2 June", " on Monday, 24 November",
#: " on 12, 13 and 15 June", " from 2 to 6 June" (group 1 the first day, 2 the month)
_HELD_DAYS = re.compile(
    rf"\s+(?:from|on)\s+{_WEEKDAY}?(\d{{1,2}})(?:(?:,\s*|,?\s+(?:and|to|until)\s+){_WEEKDAY}?\d{{1,2}})*\s+"
    rf"({_MONTH})\b(?!,?\s*(?:\d|and\s+{_WEEKDAY}?\d|to\s+\d))")
#: … and a verb that opens what is held then, as one of convening does: "the first plenary meeting … will
#: commence at 9 a.m. on 2 June" (A/RES/73/292 10)
_OPENS_BEFORE = re.compile(
    rf"\b(?:shall|will|to)\s+(?:commence|open|begin)\b[^;:]{{0,140}}$|{_CONVENING_BEFORE.pattern}")
#: the words that end a time rather than set a day for something
_UNTIL = frozenset({"until", "till", "up to", "through"})
#: a time from which something takes effect is not one by which anything is due: named so at once
#: ("with effect at its fifty-seventh session", "effective as of 1 January 2026", "as from 1 July 2025"); not
#: where something begins that is done then ("to submit an annual report …, starting at the thirty-first
#: session", A/HRC/RES/28/16 4; "a biennial panel discussion …, starting at its forty-fifth session"): the
#: first is due then …
_STARTS_AT = re.compile(
    r"\b(?:with\s+effect|effective)\s+(?:(?:from|at|with|in|on|as\s+(?:of|from))\s+)?"
    r"(?:the\s+(?:beginning|start|opening|commencement)\s+of\s+)?$"
    r"|\bas\s+(?:of|from)\s+$",
    re.I,
)
#: … (not an end: "Decides to terminate the mandate of UNITAMS …, as of 3 December 2023", "to abolish the
#: United Nations Administrative Tribunal as of 31 December 2009") …
_ENDING = re.compile(r"\b(?:terminat|abolish|ceas|discontinu|dissol|clos(?:e|es|ing)\b|end(?:s|ing)?\b)")
#: … or by the verb of its clause ("the enlargement shall take effect progressively, in three steps, from
#: the beginning of the fifty-seventh session …, until the fifty-ninth session", E/RES/2024/2 9; "shall
#: take effect according to the following pattern: (a) … at the fifty-seventh session")
_TAKES_EFFECT = re.compile(rf"\b(?:{TAKING_EFFECT})\b", re.I)
#: what a clause leaves unaffected is not what it asks: "Also requests the Secretary-General to provide
#: support for the convening of a twenty-fourth meeting of the Informal Consultative Process …, without
#: prejudice to the review of its effectiveness and utility by the General Assembly at its seventy-eighth
#: session" (A/RES/77/248 375), "…, without prejudice to the full review of the Council and the high-level
#: political forum to be conducted in conjunction with each other at the seventy-eighth session" (A/RES/75/290
#: 7): a time inside that phrase, which ends at a comma or the sentence's end ("… without prejudice to the
#: acquired rights of members of the staff. The Secretary-General shall report annually …", A/RES/13 (I) 11)
_WITHOUT_PREJUDICE = re.compile(rf"{after_boundary(['without'])}\s+prejudice\s+to\b[^,;:().]*$")
#: a time before which something is not done is when it may start, not one by which anything is due:
#: "the proposed regulations … shall not be implemented for the regular budget … until 1 January 2014"
#: (A/RES/67/246 18), "conditions in Somalia are not appropriate for the deployment of a United Nations
#: peacekeeping mission until the end of 2016 at the earliest" (S/RES/2232 (2015) 1)
_NEGATED = re.compile(
    r"\b(?:shall|will|should|may|must|would|could|can|is|are|be|do|does|did)\s+not\b|\bcannot\b", re.I)
_AT_THE_EARLIEST = re.compile(r"\s*,?\s*at\s+the\s+earliest\b")
#: a time in a condition is not one by which anything is due: "All items … as set out in the lists in
#: documents S/2006/814 and S/2006/815, unless within 14 days of adoption of this resolution the Committee
#: has amended or completed their provisions" (S/RES/1718 (2006) 8 (a) (ii)), "direct relief should be
#: terminated not later than 31 December 1950 unless otherwise determined by the General Assembly at its
#: fifth regular session" (A/RES/302 (IV) 6): from "unless" to the time, not past a comma
_UNLESS = re.compile(r"\bunless\b,?[^;:,]*$", re.I)
#: what lasts until a time (``_DeadlineFinder.lasts``)
_LASTING = re.compile(
    r"\b(?:continu(?:e|es|ed|ing|ation)|remain(?:s|ed|ing)?|maintain(?:s|ed|ing)?|"
    r"permit(?:s|ted|ting)?)\b", re.I)
#: a time during which something is held off is not one by which anything is due ("to put on hold
#: consideration of new proposals … during the eighty-first and eighty-second sessions", A/RES/79/327 31)
_HOLDS_OFF = re.compile(
    r"\b(?:put(?:s|ting)?\s+on\s+hold|suspend(?:s|ed|ing)?|suspension|in\s+abeyance|moratorium|"
    r"pause(?:s|d)?|refrain(?:s|ing)?|freez(?:e|es|ing))\b", re.I)
#: … where that verb governs the time, not a clause joined after it ("…, which entered into force on 26
#: December 1996, and to support … the first session of the Conference of the Parties")
_JOINED = re.compile(r",\s+and\s+|\band\s+to\s+")


def _clause_start(text: str, pos: int) -> int:
    """Where the words that can govern ``pos`` begin: 160 characters back, not across a semicolon."""
    return max(text.rfind(";", 0, pos) + 1, pos - 160)


def _governed(text: str, pos: int, verb: re.Pattern[str]) -> bool:
    """Whether a verb that ``verb`` finds (its pattern ends with ``$``) governs the words at ``pos``
    ("to convene, in 2025, …"), and no past event stands before them (``_PAST_CONTEXT``)."""
    return verb.search(text, _clause_start(text, pos), pos) is not None and not _PAST_CONTEXT.search(
        text, max(0, pos - 100), pos)


#: a name, however long, and a title in quotation marks: "the fourth United Nations Conference to Review
#: Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit
#: Trade in Small Arms and Light Weapons in All Its Aspects in New York" (A/RES/78/46 9), "entitled
#: “Stockholm+50: a healthy planet for the prosperity of all – our responsibility, our opportunity”"
_A_NAME = re.compile(
    r"“[^“”;]{1,200}”"
    r"|\b[A-Z][\w’'+-]*(?:,?\s+(?:(?:of|to|the|and|in|for|on|with|at|all|its|their|a|an)\s+)*[A-Z0-9][\w’'+-]*)+")

#: a verb that convenes what it names, the name however long (``_convened_by_name``): "Decides to convene the
#: high-level 2028 United Nations Conference to Support the Implementation of Sustainable Development Goal 14:
#: Conserve and sustainably use the oceans, seas and marine resources for sustainable development in the
#: Republic of Korea, in June 2028" (A/RES/80/108 1; 77/242 1): the year it is held in (``done_in``); not
#: other verbs of delivering, whose words after a long name run on to another's year ("to inform the General
#: Assembly … on the basis of the triennial reports to be compiled by the World Health Organization in 2023",
#: A/RES/75/131 7), nor "the convening of" (what others are looking forward to)
_CONVENES_BEFORE = re.compile(
    r"\b(?:to|shall|will|should|and)\s+(?:\w+ly\s+|also\s+|further\s+)?(?:convene|hold|organi[sz]e)\b[^;:]{0,140}$")
#: a name's colon before its subtitle's capital, names squeezed to "N" (``_convened_by_name``)
_SUBTITLE = re.compile(r"\bN:\s+(?=[A-Z])")


def _convened_by_name(text: str, pos: int, verb: re.Pattern[str] = _CONVENING_BEFORE) -> bool:
    """Whether a verb of convening (``_CONVENING_BEFORE``) governs the days at ``pos`` across the name of what
    it convenes, each name (``_A_NAME``) counted as one word: "Decides to convene the fourth United Nations
    Conference to Review Progress Made … in All Its Aspects in New York from 17 to 28 June 2024" (A/RES/78/46
    9), "to convene the international meeting entitled “Stockholm+50: …”, in Stockholm, on 2 and 3 June 2022"
    (A/RES/75/280 1); no past event before the days (``_PAST_CONTEXT``). ``verb``: another pattern of
    governing verbs (``_DELIVERABLE_BEFORE``, for a year: :meth:`_DeadlineFinder.done_in`)."""
    lo = max(text.rfind(";", 0, pos) + 1, pos - 600)
    # (a name's subtitle after its colon is of the name: "the high-level 2020 United Nations Conference to
    # Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans,
    # … in Lisbon, from 2 to 6 June 2020", A/RES/73/292 1)
    squeezed = _SUBTITLE.sub("N ", _A_NAME.sub("N", text[lo:pos]))
    return len(squeezed) < pos - lo and verb.search(squeezed) is not None and (
        not _PAST_CONTEXT.search(text, max(0, pos - 100), pos))


def _may_recur(low: str) -> bool:
    """Every phrase of ``_RECURRING_RE`` holds one of these words (``low``: lower case)."""
    return ("annual" in low or "every" in low or "each year" in low or "yearly" in low
            or "once a year" in low or "once per year" in low or "bienn" in low or "trienn" in low
            or "quadrenn" in low or "quarterly" in low or "monthly" in low or "weekly" in low
            or "twice" in low or "intervals" in low or "each " in low)


def _clause(text: str, start: int, end: int, before: int = 250, after: int = 90) -> str:
    """The words around a match, not across a semicolon."""
    lo = max(text.rfind(";", 0, start) + 1, start - before)
    hi = text.find(";", end)
    hi = min(len(text) if hi < 0 else hi, end + after)
    return text[lo:hi]


#: an end that heads its clause, set off by a comma: "Decides further that, until 30 September 2023,
#: without prejudice to the primary responsibility of the Malian authorities …, MINUSMA is authorized to …"
#: (S/RES/2690 (2023) 5): what lasts until then is the whole clause after it, however far its subject
_FRONTED = re.compile(r"(?:\bthat|^(?:(?:Also|Further)\s+)?[A-Z]?[a-z]+s)\s*,?\s*$")
_FRONTED_AFTER = re.compile(r"\s*(?:,|\s+and\s+without\b)")


def _a_goal(text: str, start: int) -> bool:
    """Whether a time at ``start`` ("by 2030", "by mid-2022") is a goal to reach, a target, rather than a
    due date: no verb of delivering governs it in its clause (``_DELIVERABLE_BEFORE``), or the one that
    does governs a goal (``_GOAL_GOVERNED``: "to deliver the Sustainable Development Goals by 2030"); not what
    is put before a body to consider by then (``_PUT_BEFORE``)."""
    if _PUT_BEFORE.search(text, _clause_start(text, start), start):
        return False
    deliverable = _DELIVERABLE_BEFORE.search(text, _clause_start(text, start), start)
    return deliverable is None or _GOAL_GOVERNED.match(text, deliverable.end("verb")) is not None


def _ends_mandate(text: str, start: int, end: int) -> bool:
    after = 90
    if _FRONTED_AFTER.match(text, end) and _FRONTED.search(text, max(0, start - 40), start):
        after = 400  # (to the clause's end: ``_clause`` stops at its semicolon)
    return _MANDATE_CUE.search(_clause(text, start, end, after=after)) is not None


def _read_date(groups: Sequence[str | None]) -> tuple[dt.date, str | None] | None:
    """``(date, precision)`` from the groups of ``_DATE``."""
    day, month, year, mmonth, mday, myear, month2, year2, year3 = groups
    try:
        if day:
            return dt.date(int(year), MONTHS[month.lower()], int(day)), None
        if mmonth:
            return dt.date(int(myear), MONTHS[mmonth.lower()], int(mday)), None
        if month2:
            y, mo = int(year2), MONTHS[month2.lower()]
            return dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"
        y = int(year3)
        if not 1945 <= y <= 2200:
            return None
        return dt.date(y, 12, 31), "year"
    except ValueError:
        return None


def _before_the_period(last: dt.date, precision: str) -> dt.date:
    """"before 2015" (A/RES/65/277 annex 71), "before December 2016" (S/RES/1977 (2011) 3): due by the end of
    the year or month before the one named (``last``, its last day, as ``_read_date`` reads it), not by its
    end: 31 December 2014, 30 November 2016."""
    first = last.replace(month=1, day=1) if precision == "year" else last.replace(day=1)
    return first - dt.timedelta(days=1)


def _next_day_of(after: dt.date, month: int, day: int) -> tuple[dt.date, None] | None:
    """The first ``day`` of ``month`` on or after ``after`` (a date written without its year)."""
    for year in (after.year, after.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if date >= after:
            return date, None
    return None


_WORKING_DAYS = re.compile(r"\b(?:working|business)\s+days?\b", re.I)


def _add_working_days(day: dt.date, n: int) -> dt.date:
    """The ``n``th working day (Monday to Friday) after ``day``."""
    while n > 0:
        day += dt.timedelta(days=1)
        n -= day.weekday() < 5
    return day


def _dmy(day: str, month: str, year: str) -> dt.date | None:
    """"18", "February", "2025" -> the date; None for a day the month does not have."""
    try:
        return dt.date(int(year), MONTHS[month.lower()], int(day))
    except ValueError:
        return None


def _add(day: dt.date, n: int, unit: str) -> dt.date:
    if unit in _UNIT_MONTHS:
        return add_months(day, n * _UNIT_MONTHS[unit])
    return day + dt.timedelta(days=n * _UNIT_DAYS[unit])


#: (", to be held in Geneva from 18 to 26 February 2025": the session's own dates too)
_SESSION_HELD = r"(?:,?\s+(?:to|which\s+will)\s+be\s+held)?(?:\s+in\s+[A-Z][\w ]{0,30}?)?"
_SESSION_DATES = re.compile(
    rf"{_SESSION_HELD}\s+(?:from|on|during\s+the\s+week\s+of)\s+{_WEEKDAY}?(\d{{1,2}})(?:\s+({_MONTH}))?"
    rf"(?:\s+(\d{{4}}))?"
    rf"(?:,?\s+(?:to|until|through|and)\s+{_WEEKDAY}?(\d{{1,2}})\s+({_MONTH})),?\s+(\d{{4}})"
    rf"|{_SESSION_HELD}\s+on\s+{_WEEKDAY}?(\d{{1,2}})\s+({_MONTH}),?\s+(\d{{4}})"
)


def _printed_dates(text: str, end: int) -> tuple[dt.date | None, dt.date | None]:
    """"… its next session from 18 to 26 February 2025": the dates printed after a session."""
    m = _SESSION_DATES.match(text, end)
    if m is None:
        return None, None
    return _dates_of(m)


def _dates_of(m: re.Match[str]) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a ``_SESSION_DATES`` match prints (the last None for one day)."""
    try:
        if m.group(7):
            return dt.date(int(m.group(9)), MONTHS[m.group(8).lower()], int(m.group(7))), None
        closes = dt.date(int(m.group(6)), MONTHS[m.group(5).lower()], int(m.group(4)))
        month = MONTHS[(m.group(2) or m.group(5)).lower()]
        year = int(m.group(3) or m.group(6))
        opens = dt.date(year, month, int(m.group(1)))
        if opens > closes and not m.group(3):
            opens = opens.replace(year=year - 1)  # "from 28 December to 3 January 2027"
        return opens, closes
    except ValueError:
        return None, None


# --------------------------------------------------------------------------- finding deadlines


def find_deadlines(
    text: str,
    *,
    body: str | None,
    session: int | None,
    include_annual_report: bool = False,
    adopted_on: dt.date | None = None,
    named: Sequence[str] = (),
    spoken_from: int | None = None,
    items: Sequence[tuple[int, int]] = (),
) -> list[Deadline]:
    """Every deadline ``text`` sets, in order of appearance. ``named``: the registry bodies the
    resolution names in full (:func:`bodies_named`), for short forms ("the Commission");
    ``spoken_from``: where an annexed declaration's paragraph speaks in its speakers' voice, their
    "we" left out (``phrases.speakers_from``)."""
    finder = _DeadlineFinder(text, body, session, adopted_on, named, spoken_from, items)
    return finder.read(include_annual_report) if finder.may_hold_one() else []


def _meets_in(code: str | None) -> str | None:
    """The body whose sessions ``code``'s are: a main committee of the General Assembly meets in the
    Assembly's session ("to submit a written report to the Third Committee of the General Assembly at its
    seventy-sixth session", A/HRC/RES/46/21 47; "to the General Assembly, through its Fifth Committee, during
    the seventy-seventh session", A/RES/76/306 1): the Assembly's, numbered and dated so; any other body its
    own."""
    info = registry().lookup(code) if code else None
    return info.parent if info is not None and info.kind == "main_committee" and info.parent else code


def _body_name(code: str | None, mention: _Mention | None) -> str | None:
    """The name a session deadline carries: none for a principal organ that meets in sessions
    (its code says it), else the registry's, else the words that named the body."""
    if code in SESSION_BODIES:
        return None
    info = registry().lookup(code) if code else None
    return info.name if info else mention.name


@dataclass
class _SessionPhrase:
    """What every session of one "at its … session(s)" phrase shares."""

    start: int
    code: str | None
    name: str | None
    phrase: str
    lead: str
    expires: bool
    #: "before the end of its … session": the close, not the opening
    end: bool
    opens: dt.date | None
    closes: dt.date | None
    #: no body named: the adopting body's session, by default
    own: bool = False


@dataclass
class _DeadlineFinder:
    """One paragraph's deadlines, by kind of wording; each kind's pattern runs only where its
    words can be (cheap substring checks first)."""

    text: str
    body: str | None
    session: int | None
    adopted_on: dt.date | None
    named: Sequence[str]
    spoken_from: int | None = None
    #: the sub-paragraphs' spans in ``text`` (each with its own): a voice inside one is its own
    items: Sequence[tuple[int, int]] = ()
    #: (start, end, deadlines) of every phrase found
    found: list[tuple[int, int, list[Deadline]]] = field(default_factory=list)
    _mentions: list[_Mention] | None = None
    #: the spans of words in quotation marks (:meth:`quoted`), read on first use
    _quotes: list[tuple[int, int]] | None = None

    def __post_init__(self) -> None:
        text = self.text
        low = self.low = text.lower()
        #: a digit ("0"-"9", or any character beyond ASCII, where ``\d`` finds other digits too)
        self.has_any_digit = not text.isascii() or any(digit in text for digit in "0123456789")
        #: (``_has_four_digits``, the ASCII digits tested once): every date form has a year
        self.has_digit = self.has_any_digit and _FOUR_DIGITS.search(text) is not None
        self.has_period = "day" in low or "week" in low or "month" in low or "year" in low
        self.has_recurring = _may_recur(low)

    def may_hold_one(self) -> bool:
        """Whether any form below can be here: each runs only where a digit is, a word of a period,
        of a recurrence, "session" or "meeting" ("at its meeting in 2025": ``_IN_YEAR_WORDS``)."""
        return (self.has_any_digit or self.has_period or self.has_recurring or "session" in self.low
                or "meeting" in self.low)

    def read(self, include_annual_report: bool) -> list[Deadline]:
        """Every form, each where its words are; the deadlines in order."""
        self.sessions()
        self.sessions_in_year()
        self.intersessional()
        self.budget_sessions()
        self.substantive_session()
        self.that_session()
        self.quarters()
        self.dates()
        self.parts_of()
        self.in_years()
        self.held_on()
        self.meetings_in_year()
        self.before_expiry()
        self.before_event()
        self.mandate_periods()
        self.relative()
        self.before_named_event()
        recurring = self.recurring()
        for start, end, dl in recurring:
            self.add(start, end, dl)
        if include_annual_report and not recurring:
            self.annual_report()
        return self.in_order()

    def declaratory(self, start: int) -> bool:
        """Whether the clause holding ``start`` notes, welcomes or recalls (``_in_declaratory_clause``)."""
        return _in_declaratory_clause(self.text, start, self.spoken_from, self.items)

    def governing(self, start: int) -> str:
        """The words that govern ``start``: its clause (from the semicolon or the verb in the
        resolution's own voice before it, within its sub-paragraph) and, in a sub-paragraph, the words
        that lead to it (its paragraph's or its parent's before their first sub-paragraph: "… shall
        take effect according to the following pattern: (a) … at the fifty-seventh session")."""
        text = self.text
        inside = sorted((span for span in self.items if span[0] <= start < span[1]),
                        key=lambda span: span[1] - span[0])
        lo = max(text.rfind(";", 0, start) + 1, inside[0][0] if inside else 0)
        voice = _voices(_OWN_VOICE, text, start, self.items)
        lo = max(lo, voice.start() if voice is not None else 0)
        if not inside:
            return text[lo:start]
        parent = inside[1] if len(inside) > 1 else (0, len(text))
        first = min(span[0] for span in self.items if parent[0] <= span[0] and span[1] <= parent[1]
                    and span != parent)
        lead = max(text.rfind(";", 0, first) + 1, parent[0])
        return f"{text[lead:first]} {text[lo:start]}"

    def governed_by(self, start: int, verb: re.Pattern[str]) -> bool:
        """Whether ``verb`` is in the words that govern ``start`` (:meth:`governing`), after the last
        clause joined to them: the verb whose time ``start`` is."""
        governing = self.governing(start)
        joined = _last(_JOINED.finditer(governing))
        return verb.search(governing, joined.end() if joined is not None else 0) is not None

    def takes_effect(self, start: int, lead_start: int) -> bool:
        """Whether the time at ``start`` (its lead word at ``lead_start``) is when something takes
        effect (``_STARTS_AT``, ``_TAKES_EFFECT``), not a due date."""
        if _STARTS_AT.search(self.text, max(0, lead_start - 60), lead_start) is not None:
            return True
        return self.governed_by(start, _TAKES_EFFECT)

    def lasts(self, start: int) -> bool:
        """Whether the end at ``start`` ("until …") is that of something that lasts (``_LASTING``), not a
        time by which anything is due: "as a continuation of the project until the end of 2023" (A/RES/76/229
        3), "permits those units to maintain their existing rotation arrangements … until 30
        June 2015" (A/RES/67/261 5), "Decides to remain seized of the matter until its fifty-first session"
        (A/HRC/RES/48/20 47); not "decides to further defer the review until its seventy-sixth session", due
        then."""
        return self.governed_by(start, _LASTING)

    def not_before(self, m: re.Match[str]) -> bool:
        """Whether the end ``m`` reads ("until …") is one before which the clause's verb is not done
        (``_NEGATED``, ``_AT_THE_EARLIEST``): when that may start, not a due date."""
        return _AT_THE_EARLIEST.match(self.text, m.end()) is not None or self.governed_by(m.start(), _NEGATED)

    def holds_off(self, start: int, phrase: str) -> bool:
        """Whether the time at ``start`` (its ``phrase`` led by "during", "for" or "in") is one during which
        the clause's verb holds something off (``_HOLDS_OFF``): "decides, on a trial basis, to put on hold
        consideration of new proposals for international days … during the eighty-first and eighty-second
        sessions" (A/RES/79/327 31) sets nothing due then; not a clause joined after that verb ("to refrain
        from making any change …, and to report thereon … at its seventieth session")."""
        if not phrase.lower().startswith(("during ", "for ", "in ", "throughout ")):
            return False
        return self.governed_by(start, _HOLDS_OFF)

    def not_its_mandate(self, start: int) -> bool:
        """Whether an end at ``start`` is not one the resolution sets (``_not_its_mandate``)."""
        return _not_its_mandate(self.text, start, self.spoken_from, self.items)

    @property
    def mentions(self) -> list[_Mention]:
        if self._mentions is None:
            self._mentions = _mentions(self.text, self.body, self.named)
        return self._mentions

    def add(self, start: int, end: int, *deadlines: Deadline) -> bool:
        """Keep ``deadlines``, the phrase's at ``start``–``end``, but not one inside quotation marks
        (:meth:`quoted`), nor a date due in a clause that notes, welcomes or recalls (:meth:`asks_nothing`);
        whether any is kept."""
        if self.quoted(start):
            return False  # (a title's year, a cited text's period)
        if "unless" in self.low and _UNLESS.search(self.text, max(0, start - 160), start):
            return False  # "unless within 14 days of adoption of this resolution the Committee has amended …"
        if _WITHOUT_PREJUDICE.search(self.text, max(0, start - 240), start):
            return False  # "…, without prejudice to the review … by the General Assembly at its … session"
        if "pending" in self.low and _PENDING.search(self.text, _clause_start(self.text, start), start):
            return False  # "…, pending consideration of … by the General Assembly at its sixty-first session"
        if "to be " in self.low and _INPUT_HELD_AT.search(self.text, max(0, start - 200), start):
            return False  # the session or date of an event a deliverable draws on, not its own
        kept = [d for d in deadlines if not self.asks_nothing(start, d)
                and not (d.kind == DeadlineKind.DATE and not d.expires and self.projected(start, end))]
        if kept:
            self.found.append((start, end, kept))
        return bool(kept)

    def projected(self, start: int, end: int) -> bool:
        """Whether the time at ``start``–``end`` is in a statement of what is expected or projected
        (``_PROJECTED_BEFORE`` in the words that govern it, or ``_PROJECTED_AFTER`` in the rest of the
        sentence it opens): a fact foreseen, no one's due date or target."""
        text = self.text
        if _PROJECTED_BEFORE.search(self.governing(start)):
            return True
        fronted = _FRONTED_TIME.search(text, max(0, start - 3), start) is not None
        rest = _SENTENCE_REST.match(text, end) if fronted else None
        return rest is not None and _PROJECTED_AFTER.search(rest.group(0)) is not None

    def quoted(self, start: int) -> bool:
        """Whether ``start`` is inside words in quotation marks: a title's ("to fully support the plan for
        Libya on “silencing the guns by 2020”", A/HRC/RES/43/39 23; "publicize the clearing house “Forest
        Financing Quarterly Highlight”", E/RES/2024/15 10), or others' words cited, not what is due."""
        if self._quotes is None:
            text = self.text
            self._quotes = [(q.start(), q.end()) for q in _QUOTED.finditer(text)] if (
                "“" in text or '"' in text) else []
        return any(lo < start < hi for lo, hi in self._quotes)

    def asks_nothing(self, start: int, deadline: Deadline) -> bool:
        """Whether ``deadline``, a date or a delay at ``start``, stands in a clause that notes, welcomes or
        recalls (:meth:`declaratory`): what it names by then is a goal recalled ("Recalls the Political
        Declaration … to end the AIDS epidemic by 2030"), a need noted ("… 5 trillion United States dollars
        per year until 2050 …", A/RES/80/138 19), another's plan ("Takes note of the report … and the
        recommendations contained therein, including to report to the Economic and Social Council in 2022",
        E/RES/2021/27 1), not a due date. Every reader of dates and delays comes here; a session has its
        own rule (:meth:`_recalled`: a principal organ's future session stays), and an end of a mandate
        (``expires``) its own (:meth:`not_its_mandate`)."""
        return deadline.kind in (DeadlineKind.DATE, DeadlineKind.RELATIVE) and not deadline.expires and (
            self.declaratory(start)) and not _RULE_AFFIRMED.match(self.governing(start))

    def in_order(self) -> list[Deadline]:
        """The deadlines in order of appearance, leaving out a phrase inside an earlier one's and
        one written again, in the same words or others ("by 2030" in three clauses of a paragraph: one
        deadline; "to submit … at its seventy-fifth session a report …, and decides to include in the
        provisional agenda of its seventy-fifth session …", A/RES/74/232 59: one session)."""
        self.found.sort(key=lambda x: (x[0], -x[1]))
        out: list[Deadline] = []
        said: list[Deadline] = []  # each of ``out`` without its words
        last_end = -1
        for start, end, deadlines in self.found:
            if start < last_end:
                continue  # overlaps an earlier deadline ("within 90 days" inside a longer phrase)
            for d in deadlines:
                if (unworded := replace(d, text="")) not in said:
                    out.append(d)
                    said.append(unworded)
            last_end = end
        return out

    def _next_session(self, code: str | None) -> int | None:
        """The number of the body's session after the adopting one's (or after the adoption)."""
        if code == self.body and self.session is not None:
            return self.session + 1
        if code is not None and self.adopted_on is not None and _rule_body(code):
            return _next_after(code, self.adopted_on)
        return None

    # ----------------------------------------------------------------------- sessions

    def sessions(self) -> None:
        """"at its seventy-ninth session", "at its next two sessions", "at its 2025 session"."""
        for m in (finditer_ignoring_case(_SESSION_RE, _SESSION_LOWER, self.text, self.low)
                  if "session" in self.low else ()):
            if _SESSION_IN_YEAR.match(self.text, m.start()):
                continue  # "at its first regular session of 1991": of that year (``sessions_in_year``)
            if m.group(1) in ("their", "Their") and _RESPECTIVELY.match(self.text, m.end()):
                self.add(m.start(), m.end(), *self._respective_sessions(m))
                continue
            phrase = self._session_phrase(m)
            if phrase is None:
                continue
            out = [d for word in _session_items(m.group(2))
                   if (d := self._session_item(word, phrase)) is not None]
            self.add(m.start(), m.end(), *out)

    def _respective_sessions(self, m: re.Match[str]) -> list[Deadline]:
        """"to the General Assembly and the Human Rights Council at their eighty-second and sixty-sixth
        sessions, respectively": each body named before, in order, its session; none where the bodies
        named are not as many as the sessions."""
        text = self.text
        items = _session_items(m.group(2))
        segment = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
        bodies = [b for b in self.mentions if segment <= b.start and b.end <= m.start()][-len(items):]
        if len(items) < 2 or len(bodies) != len(items) or len({b.code or b.name for b in bodies}) < len(
                items) or _PAST_CONTEXT.search(text, max(0, m.start() - 100), m.start()):
            return []
        out = []
        for word, body in zip(items, bodies, strict=True):
            if body.code == "SC":
                continue
            phrase = _SessionPhrase(
                start=m.start(), code=(code := _meets_in(body.code)), name=_body_name(code, body),
                phrase=m.group(0).strip(),
                lead=m.group(0).split(None, 1)[0].lower(), expires=False,
                end=_SESSION_END.search(m.group(0)) is not None, opens=None, closes=None)
            deadline = self._session_item(word, phrase)
            if deadline is not None:
                out.append(deadline)
        return out

    def _session_phrase(self, m: re.Match[str]) -> _SessionPhrase | None:
        """Whose session the phrase names, or None when it sets no deadline."""
        text, body = self.text, self.body
        mentions = self.mentions
        owner_word = m.group(1).lower()
        # the last 150 characters are all that is read (copying everything before each match made a
        # long paragraph's parse quadratic)
        before = text[max(0, m.start() - 150) : m.start()]
        explicit = _explicit_after(text, m.end(), body, self.named, mentions)
        if explicit is None and owner_word in ("their", "his", "her"):
            return None  # "at their next session": someone else's meeting
        if explicit is not None:
            owner, is_title = explicit, False
        else:
            owner, is_title = _owner(text, m.start(), body, self.named, mentions)
            if owner is not None and owner_word == "the" and text[owner.end:m.start()].strip(" ,") and (
                    owner.code is None or not self._past_for_adopting(m.group(2))):
                # "at the eighty-first session": the adopting body's numbering, unless that session was
                # over long ago ("Requests that the Bureau of the Statistical Commission review … at
                # the fifty-eighth session", in a Council resolution of 2024: the Commission's)
                owner = None
            elif owner is not None and owner.code is None and owner_word == "the" and (
                    self._ahead_for_adopting(m.group(2))):
                # "to brief the Ad Hoc Working Group during the seventy-first session" (A/RES/70/305 17): a
                # body the registry does not know, and "the" session numbered as the adopting body's current
                # or coming one: the resolution's numbering, where that body works (not "at its next session")
                owner = None
            elif owner is not None and owner.code != body and _CHANNEL_BEFORE.search(
                    text, max(0, owner.start - 16), owner.start) and text.startswith(",", owner.end) and (
                    self._ahead_for_adopting(m.group(2))):
                # "to report thereon to the Assembly, through the Advisory Committee …, for its
                # consideration at its fifty-eighth session" (A/RES/57/300 35): a session the adopting body
                # holds next, not the channel's (not "to report to the General Assembly at its thirty-third
                # session, through the Economic and Social Council, within the scope of its competence, at its
                # sixty-fifth session", A/RES/32/197 5: the Council's, numbered so in 1977)
                owner = None
            elif owner is None and owner_word == "its" and self._before_adopting(m.group(2)):
                # "Notes the progress made by the Authority in its deliberations, urges the finalization at
                # its sixteenth session of the regulations …" (A/RES/64/71, 2009): in the resolution's own
                # voice, but no session of its own that was over long ago: the registry body named last
                # before it, not across a semicolon, unless what it did there is cited ("its gender action
                # plan adopted by the Conference of the Parties … at its twenty-fifth session")
                segment = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
                owner = _last(x for x in mentions if segment <= x.start and x.end <= m.start() and x.code
                              not in (None, body))
                if owner is not None and _DOER_BEFORE.search(
                        text, max(0, owner.start - 30), owner.start) and not _OWN_VOICE.search(
                        text, owner.end, m.start()):
                    return None  # (not "made by the Authority …, urges … at its sixteenth session")
        if is_title:
            return None
        code = _meets_in(owner.code) if owner is not None else body
        if code == "SC" or (owner is None and body == "SC"):
            return None  # the Security Council has no sessions
        past = _PAST_CONTEXT.search(text, max(0, m.start() - 100), m.start())
        if ((past or _CITED.search(text, max(0, m.start() - 200), m.start())) and not (
                self._ahead(code, m.group(2)) and not (
                    past and _AN_EVENT_HELD.search(text, past.start(), m.start())))
                or _SINCE_FROM.search(before[-12:])
                or m.group(0).lower().startswith(("from ", "since ", "with "))
                and not self.series_from(m.start())):
            return None
        phrase = text[m.start():explicit.end].strip() if explicit is not None else m.group(0).strip()
        expires = phrase.lower().startswith("until") and _ends_mandate(text, m.start(), m.end())
        if expires and self.not_its_mandate(m.start()):
            # "Invites the United Nations High Commissioner for Human Rights to continue to present orally
            # … the findings of each of the reports of the Office … until the forty-first session of the
            # Council" (A/HRC/RES/35/31 2): what others are asked to go on doing until then, as an end
            # recalled, is no mandate the resolution sets (as for a date)
            return None
        if not expires and self.takes_effect(m.start(2), m.start()):
            return None  # "the enlargement shall take effect … until the fifty-ninth session": no due date
        if not expires and m.group(0).lower().startswith(("until ", "till ")) and self.lasts(m.start()):
            return None  # "Decides to remain seized of the matter until its fifty-first session"
        if self.holds_off(m.start(), m.group(0)):
            return None  # "to put on hold consideration of new proposals … during the eighty-first session"
        opens, closes = _printed_dates(text, m.end())
        return _SessionPhrase(
            start=m.start(), code=code, name=_body_name(code, owner), phrase=phrase,
            lead=m.group(0).split(None, 1)[0].lower(),
            expires=expires,
            end=_SESSION_END.search(m.group(0)) is not None, opens=opens, closes=closes, own=owner is None,
        )

    def series_from(self, start: int) -> bool:
        """Whether the session "from" (or "with") at ``start`` names is where a series begins
        (``_SERIES_FROM``): in a paragraph with a recurrence or where a verb of delivering or an agenda
        governs it; not an act that takes effect then ("Decides, starting from the eighty-first session, to
        limit the number of …")."""
        return _SERIES_FROM.search(self.text, max(0, start - 16), start) is not None and (
            self.has_recurring or _governed(self.text, start, _DELIVERABLE_BEFORE)
            or _governed(self.text, start, _AGENDA_BEFORE))

    def _ahead(self, code: str | None, items: str) -> bool:
        """Whether the first session ``items`` numbers, of ``code``, opens after the adoption: nothing was
        done there yet, so a participle before it that reads as past is what is to be done then ("Requests
        the Secretary-General to include, in his report submitted at the seventy-first session of the General
        Assembly, …, information …", A/RES/69/321 20; "to submit a progress report on the implementation of
        the recommendations contained in his report to the General Assembly at its fifty-fourth session",
        A/RES/53/92 14)."""
        first = _SESSION_ITEM.match(items)
        number = ordinal_to_int(first.group(0), "en") if first is not None else None
        return number is not None and code is not None and _when(
            code, number, self.adopted_on, self.body, self.session) == "future"

    def _before_adopting(self, items: str) -> bool:
        """Whether the first session ``items`` numbers was over at adoption, counted as the adopting
        body's, and numbered below the adopting session (not one decades ahead: "during its 140th
        session" in a Human Rights Council resolution of 2024)."""
        first = _SESSION_ITEM.match(items)
        number = ordinal_to_int(first.group(0), "en") if first is not None else None
        return number is not None and (self.session is None or number < self.session) and (
            self._past_for_adopting(items))

    def _ahead_for_adopting(self, items: str) -> bool:
        """Whether the first session ``items`` numbers, counted as the adopting body's (one that numbers
        its sessions in ordinals), runs at adoption or opens within five sessions of it."""
        first = _SESSION_ITEM.match(items)
        number = ordinal_to_int(first.group(0), "en") if first is not None else None
        return number is not None and self.body in ORDINAL_BODIES and self.body != Body.SC and (
            self.session is None or self.session <= number <= self.session + 5) and _when(
            self.body, number, self.adopted_on, self.body, self.session) in ("current", "future")

    def _past_for_adopting(self, items: str) -> bool:
        """Whether the first session ``items`` numbers was over at adoption, counted as the adopting
        body's."""
        first = _SESSION_ITEM.match(items)
        number = ordinal_to_int(first.group(0), "en") if first is not None else None
        return number is not None and self.body is not None and _when(
            self.body, number, self.adopted_on, self.body, self.session) == "past"

    def _session_item(self, word: str, p: _SessionPhrase) -> Deadline | None:
        """One session of the phrase ("next", "seventy-ninth", "2025"), or None for none. A year
        may move the phrase to the body named last that numbers its sessions by year."""
        low = word.lower()
        current = low in ("current", "present")
        if low in ("next", "following", "forthcoming"):
            number = self._next_session(p.code)
        elif current:
            number = self._running_session(p.code)
        elif low.isdigit() and len(low) == 4:
            number = int(low)
            if p.code in ORDINAL_BODIES and not self._to_body_by_year(p):
                return None
        else:
            number = ordinal_to_int(word, "en")
            if number is None:
                return None
        code, text, start = p.code, self.text, p.start
        name = p.name
        if code == Body.ECOSOC and number is not None and number < 1946:
            # "to the Economic and Social Council at its sixty-fifth session" (1977): the Council numbered
            # its sessions until 1978; the session is their year. Named long after, such a session is over,
            # or the words are the adopting body's next ones ("We request the Economic and Social Council
            # to consider this matter …, for final action by the General Assembly as early as possible in
            # its sixty-fourth session", in 2008)
            year = ecosoc_numbered_year(number)
            if year is not None and (self.adopted_on is None or self.adopted_on.year <= year):
                number = year
            elif self.body in ORDINAL_BODIES and self.body != Body.SC and self.session is not None and (
                    self.session <= number <= self.session + 5):
                code, name = self.body, None
            elif p.own and (other := self._ordinal_named(number)) is not None:
                # "Decides to consider … at the sixty-third session" (E/RES/2023/15, on the Commission for
                # Social Development's work): not the Council's, numbered by year, but the session of the
                # body the resolution names most that numbers its own in ordinals, where it is not over
                code, name = other, _body_name(other, None)
            else:
                return None
        if number is None and code in SESSION_BODIES:
            return None  # a principal organ's session is always numbered
        recalled, current = self._recalled(code, number, start, current)
        if recalled:
            return None
        if current and _DONE_BY.search(text, max(0, start - 80), start):
            return None  # "the note provided by the Secretary-General at the eightieth session"
        described = _DESCRIBED_SESSION.search(text, max(0, start - 40), start) is not None
        segment = _SEGMENT_OF_SESSION.search(text, max(0, start - 90), start) if p.lead == "of" else None
        if p.lead == "of" and (described or (current or not _rule_body(code))
                               and "agenda" not in text[max(0, start - 40):start]) and not (
                _BESIDE_SESSION.search(text, max(0, start - 30), start) or segment is not None):
            # "the official records of the seventy-eighth session", "to make recommendations on the theme
            # of the 2025 session of the Council": description
            return None
        phrase = text[segment.start():start] + p.phrase if segment is not None else p.phrase
        return Deadline(DeadlineKind.SESSION, phrase, body=code, session=number,
                        body_name=name, current=current, end=p.end, expires=p.expires,
                        opens=p.opens, closes=p.closes)

    def _ordinal_named(self, number: int) -> str | None:
        """The body reporting to the adopting one (its ``parent``) that the resolution names most
        (``named``), that numbers its sessions in ordinals and whose session ``number`` was not over at
        adoption; None if none."""
        reg = registry()
        for code in self.named:
            info = reg.lookup(code)
            if (info is not None and info.numbering == "ordinal" and info.parent == self.body
                    and _when(code, number, self.adopted_on, self.body, self.session) != "past"):
                return code
        return None

    def _recalled(self, code: str | None, number: int | None, start: int, current: bool) -> tuple[bool, bool]:
        """``(recalled, current)``: a session over at adoption, or one a clause that notes, welcomes
        or recalls names ("Welcomes the outcome of … at its thirty-fifth session"), is history, not
        a deadline; ``current``: the session was running at adoption."""
        known = current  # the calendar tells when the session runs, seen at adoption
        if number is not None and not current and code is not None:
            when = _when(code, number, self.adopted_on, self.body, self.session)
            if when == "past":
                return True, False
            current, known = when == "current", when is not None
        return (current or not known) and self.declaratory(start), current

    def _running_session(self, code: str | None) -> int | None:
        if code == self.body and self.session is not None:
            return self.session
        if code is not None and self.adopted_on is not None:
            return _running(code, self.adopted_on)
        return None

    def _to_body_by_year(self, p: _SessionPhrase) -> bool:
        """"during its 2026 session": not the Assembly's (its sessions are ordinal) but that of the
        body named last that numbers them by year; False when there is none."""
        by_year = [b for b in self.mentions if b.end <= p.start and b.code not in
                   ORDINAL_BODIES and (b.code is None or not _rule_body(b.code)
                                             or b.code == "ECOSOC")]
        if not by_year:
            return False
        p.code = by_year[-1].code
        p.name = _body_name(p.code, by_year[-1])
        return True

    def sessions_in_year(self) -> None:
        """"at its session in 2026": a body whose sessions are dated, not numbered."""
        text, low = self.text, self.low
        for m in (_SESSION_IN_YEAR.finditer(text) if any(w in low for w in _IN_YEAR_WORDS) else ()):
            after = m.start("of") if m.group("of") else m.end()
            owner: _Mention | None = _explicit_after(text, after, self.body, self.named, self.mentions)
            is_title = False  # "at the substantive session of 2003 of the Economic and Social Council"
            if m.group("of") and (owner is None or owner.end != m.end("of") or owner.code is None or (
                    info := registry().lookup(owner.code)) is None or info.numbering == "ordinal"):
                continue  # a body the registry does not know, or one that numbers its sessions
            if owner is None:
                owner, is_title = _owner(text, m.start(), self.body, self.named, self.mentions)
                segment = m.group(0).find(" segment of ")
                if segment >= 0 and (owner is None or owner.code is None):
                    # a segment of a session named first, after a body the registry does not know: "its" is
                    # the clause's ("Requests the Economic and Social Council to consider launching the
                    # Development Cooperation Forum during the high-level segment of its substantive session
                    # of 2007"), not that body's
                    owner, is_title = _owner(text, m.start() + segment + len(" segment of "), self.body,
                                             self.named, self.mentions)
            code = owner.code if owner is not None else self.body
            if is_title or code in ORDINAL_BODIES or _PAST_CONTEXT.search(
                    text, max(0, m.start() - 150), m.start()):
                continue  # the Assembly's and the Council's sessions are numbered, not dated
            if self._recalled(code, int(m.group("year")), m.start(), False)[0]:
                continue  # "Welcomes the outcome of the … segment … at its substantive session of 2023"
            if self.takes_effect(m.start("year"), m.start()):
                continue  # "with effect from its session in 2026": when something starts
            self.add(m.start(), m.end(), *(
                Deadline(DeadlineKind.SESSION, m.group(0), body=code, session=int(year.group(0)),
                         body_name=_body_name(code, owner))
                for year in _YEAR.finditer(m.group(0), m.start("year") - m.start())))

    def intersessional(self) -> None:
        """"during the intersessional period": up to the next session of the body named last before it in the
        clause; of a meeting named by its year there, up to that meeting (``_YEAR_MEETING_BEFORE``)."""
        text = self.text
        for m in (_INTERSESSIONAL_RE.finditer(text) if "intersessional" in self.low else ()):
            owner, _ = _owner(text, m.start(), self.body, self.named, self.mentions, nearest=True)
            meeting = _last(_YEAR_MEETING_BEFORE.finditer(text, _clause_start(text, m.start()), m.start()))
            if meeting is not None and (owner is None or owner.end <= meeting.start()):
                year = int(meeting.group("year"))
                if self.adopted_on is None or year >= self.adopted_on.year:
                    info = registry().find(meeting.group("name"))
                    self.add(m.start(), m.end(), Deadline(
                        DeadlineKind.SESSION, m.group(0), body=info.code if info else None, session=year,
                        body_name=info.name if info else " ".join(meeting.group("name").split())))
                continue
            code = owner.code if owner is not None else self.body
            if code == "SC":
                continue
            number = self._next_session(code)
            if number is None and code in SESSION_BODIES:
                continue
            self.add(m.start(), m.end(), Deadline(DeadlineKind.SESSION, m.group(0), body=code,
                                                  session=number, body_name=_body_name(code, owner)))

    def budget_sessions(self) -> None:
        """"in the context of the proposed programme budget for the biennium 2012–2013"
        (``_PROPOSED_BUDGET``): the General Assembly's session held in the year before the budget's first,
        where it is ahead, in a clause that asks."""
        text = self.text
        for m in (_PROPOSED_BUDGET.finditer(text) if "proposed programme budget" in self.low else ()):
            number = int(m.group(1)) - 1946
            when = _when("GA", number, self.adopted_on, self.body, self.session)
            if when == "past" or self.declaratory(m.start()):
                continue
            self.add(m.start(), m.end(), Deadline(
                DeadlineKind.SESSION, m.group(0), body="GA", session=number, body_name=_body_name("GA", None),
                current=when == "current"))

    def substantive_session(self) -> None:
        """"at its substantive session": the Economic and Social Council's next session
        (``_SUBSTANTIVE_SESSION``), where the Council owns it."""
        text = self.text
        for m in (_SUBSTANTIVE_SESSION.finditer(text) if "substantive session" in self.low else ()):
            owner, _ = _owner(text, m.end(), self.body, self.named, self.mentions)
            code = owner.code if owner is not None else self.body
            if code != Body.ECOSOC or any(s <= m.start() < e for s, e, _found in self.found):
                continue
            number = self._next_session(code)
            if number is None and self.adopted_on is not None and self.adopted_on.year < ECOSOC_FIRST_CYCLE:
                # (held each July until 2013, named by its year: the calendar dates no session before 2014)
                number = self.adopted_on.year + (self.adopted_on.month >= 7)
            if number is not None:
                self.add(m.start(), m.end(), Deadline(DeadlineKind.SESSION, m.group(0), body=code,
                                                      session=number, body_name=_body_name(code, owner)))

    def that_session(self) -> None:
        """"… at that session": the session named last before it (one deadline with it: :meth:`in_order`)."""
        for m in (_THAT_SESSION.finditer(self.text) if "that session" in self.low
                  or "same session" in self.low else ()):
            earlier = [d for start, _, group in self.found if start < m.start() for d in group
                       if d.kind == DeadlineKind.SESSION]
            if earlier:  # "… provisional agenda of its sixty-eighth session, and requests the
                last = earlier[-1]  # Secretary-General to report to the Assembly at that session"
                self.add(m.start(), m.end(), Deadline(
                    DeadlineKind.SESSION, m.group(0), body=last.body, session=last.session,
                    body_name=last.body_name, current=last.current, opens=last.opens, closes=last.closes))

    # ----------------------------------------------------------------------- dates

    def quarters(self) -> None:
        """"by the end of the first quarter of 2026" and "during the first half of 2026": their last day."""
        text = self.text
        for m in (_QUARTER_RE.finditer(text) if self.has_digit and "quarter" in self.low else ()):
            year, month = int(m.group(3)), _QUARTER_MONTH[m.group(2) or m.group(1)]
            day = dt.date(year, month, calendar.monthrange(year, month)[1])
            if m.group(0).startswith(("in ", "during ")) and (not self.done_in(m.start()) or self.past(
                    m.start(), day)):
                continue  # (not "the cost … remained at 6.3 per cent during the third quarter of 2021")
            self.add(m.start(), m.end(), Deadline(DeadlineKind.DATE, m.group(0), date=day,
                                                  precision="quarter"))
        halves = self.has_digit and ("half of" in self.low or "part of" in self.low)
        for m in (_HALF_RE.finditer(text) if halves else ()):
            year = int(m.group(2))
            day = dt.date(year, 6, 30) if m.group(1) == "first" else dt.date(year, 12, 31)
            if self.past(m.start(), day):
                continue  # ("… held during the first half of 2014, and looks forward to …")
            self.add(m.start(), m.end(), Deadline(DeadlineKind.DATE, m.group(0), date=day, precision="half"))

    def past(self, start: int, day: dt.date) -> bool:
        """Whether the date ``day`` read at ``start`` is history: what the words before it report as done
        (``_PAST_CONTEXT``: "… held during the first half of 2014"), or a day before the adoption."""
        return _PAST_CONTEXT.search(self.text, max(0, start - 100), start) is not None or (
            self.adopted_on is not None and day < self.adopted_on)

    def parts_of(self) -> None:
        """"by the beginning of 2014", "by mid-2019" (``_PART_OF_RE``): due on the first day of the year or
        month named, or on its middle one (30 June, the 15th)."""
        text = self.text
        low = self.low
        may = self.has_digit and any(word in low for word in ("beginning of", "start of", "outset of",
                                                               "early", "mid"))
        for m in (_PART_OF_RE.finditer(text) if may else ()):
            year, month = int(m.group(3)), MONTHS[m.group(2).strip().lower()] if m.group(2) else None
            middle = m.group(1).startswith("mid")
            if not 1945 <= year <= 2200:
                continue
            date = (dt.date(year, month, 15) if middle else dt.date(year, month, 1)) if month else (
                dt.date(year, 6, 30) if middle else dt.date(year, 1, 1))
            if self.past(m.start(), date):
                continue
            # (a goal, as "by 2030" is: "to vaccinate … 70 per cent of the population … by mid-2022")
            target = m.group(0).startswith("by ") and _a_goal(text, m.start())
            self.add(m.start(), m.end(), Deadline(DeadlineKind.DATE, m.group(0), date=date, target=target))

    def _written_dates(self) -> Iterator[tuple[re.Match[str], tuple[dt.date, str | None] | None]]:
        """Each date a deadline phrase gives, with its day read: "by 31 May 2025"; and one written
        without its year ("with the next report due by 31 August", "to report no later than January
        30"): its next day on or after the adoption."""
        text = self.text
        for m in (_DATE_RE.finditer(text) if self.has_digit else ()):
            yield m, _read_date(m.groups()[1:])
        for extended in (_EXTENDED.finditer(text) if self.has_digit and ("xten" in text or "rolong" in text)
                         else ()):
            if (m := _TO_DATE.match(text, extended.end())) is not None:
                yield m, _read_date(m.groups()[1:])
        if self.adopted_on is None or not any(digit in text for digit in "0123456789") or (
                _A_MONTH.search(text) is None):
            return  # (every day of a month names the month: a search led by its capital letters)
        for m in _YEARLESS_RE.finditer(text):
            day, month = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
            yield m, _next_day_of(self.adopted_on, MONTHS[month.lower()], int(day))

    def dates(self) -> None:
        text = self.text
        for m, read in self._written_dates():
            if read is None:
                continue
            if m.re is _YEARLESS_RE and _YEARLY_AFTER.match(text, m.end()):
                continue  # "by 30 April annually": the day of a yearly deadline (``_yearly_on``)
            date, precision = read
            if self.replaced(m):
                continue  # "the report requested by 15 February 2023, by 30 April 2023 instead"
            lead = m.group(1).lower()
            if lead == "before" and precision in ("year", "month") and "end of" not in m.group(0):
                date = _before_the_period(date, precision)
            target = False
            if precision == "year":
                target = self._year_target(m, lead)
                if target is None:
                    continue
            if self.past(m.start(), date):
                continue  # "by 2024" in a resolution of 2025: history
            ending = lead.startswith(("ending", "terminating"))
            expires = (lead in ("until", "till", "up to", "through", "to") or lead.startswith("expir")
                       or ending)
            expires = expires and _ends_mandate(text, m.start(), m.end())
            if ending and not expires:
                continue  # "for the financial period ending 31 December 2025": no deadline
            if lead in _UNTIL and not expires and self.has_recurring and _RECURRING_RE.search(
                    text, _clause_start(text, m.start()), m.start()):
                continue  # "to report annually on progress … until 2015": when the series ends, none due then
            if lead in _UNTIL and not expires and self.not_before(m):
                continue  # "shall not be implemented … until 1 January 2014": when it may start
            if lead in _UNTIL and not expires and self.lasts(m.start()):
                continue  # "as a continuation of the project until the end of 2023": when it ends, none due
            if expires and self.not_its_mandate(m.start()):
                continue  # "Welcomes the decision by the Human Rights Council … to extend, until
                # the end of 2027, …": another's mandate, recalled, is no deadline of this one
            if not expires and (lead in ("as of", "as from") and not _ENDING.search(self.governing(m.start()))
                                or self.takes_effect(m.start(), m.start())):
                # "shall take effect as from 1 July 2013" (A/RES/67/246 17), "decides to establish the Office
                # as from 1 January 2008": when something starts, not a due date (not what ends then: "to
                # terminate MINUSMA's mandate … as of June 30 2023")
                continue
            # (not in a clause that notes, welcomes or recalls: ``asks_nothing``)
            kept = self.add(m.start(), m.end(), Deadline(DeadlineKind.DATE, m.group(0), date=date,
                                                         precision=precision, expires=expires, target=target))
            if kept and precision != "year":
                self._listed_dates(m.end(), date, expires)

    def replaced(self, m: re.Match[str]) -> bool:
        """Whether the date ``m`` reads is one the text replaces with another: "requests the Secretary-General
        … to provide the report requested by 15 February 2023, by 30 April 2023 instead" (S/RES/2670 (2022) 1
        (c)), "by 30 April 2023 instead of by 15 February 2023", "rather than by …"; or the end of what the
        clause extends, which a relative clause names (``_OLD_END_BEFORE``: "that expire on …")."""
        text = self.text
        if _INSTEAD_AFTER.match(text, m.end()) is not None or _INSTEAD_BEFORE.search(
                text, max(0, m.start() - 20), m.start()) is not None:
            return True
        if not m.group(1).lower().startswith("expir") or _OLD_END_BEFORE.search(
                text, max(0, m.start() - 30), m.start()) is None:
            return False
        lo, hi = text.rfind(";", 0, m.start()) + 1, text.find(";", m.end())
        return any(_NOT_BEFORE.search(text, max(0, r.start() - 20), r.start()) is None
                   for r in _RENEWAL_WORD.finditer(text, lo, hi if hi >= 0 else len(text)))

    def _listed_dates(self, end: int, after: dt.date, expires: bool) -> None:
        """The dates listed after a deadline's date ("by 4 July 2025 and 5 January 2026"), each due
        as it is; a list goes forward in time (not "by 31 May 2025 and 1 January 2020", a date of
        something else)."""
        text = self.text
        while (joint := _DATE_LIST_NEXT.match(text, end)) is not None:
            listed = _LISTED_DATE.match(text, joint.end())
            read = _read_date((*listed.groups(), None)) if listed is not None else None
            if read is None or read[0] <= after:
                return
            after, end = read[0], listed.end()
            self.add(listed.start(), end, Deadline(DeadlineKind.DATE, listed.group(0), date=after,
                                                   precision=read[1], expires=expires))

    def held_on(self) -> None:
        """"to convene the resumed fifth session … from 20 February to 3 March 2023", "to meet on
        12 March 2027": the days on which what is convened is held, due on the first (not the
        dates printed after a session phrase, which are that session's)."""
        text = self.text
        # (any digit: days held may be written without their year, ``_held_days``)
        for m in (_HELD_ON.finditer(text) if self.has_any_digit and (
                "from " in text or "on " in text or "week of " in text) else ()):
            dates = _SESSION_DATES.match(text, m.start())
            if dates is None and (early := _YEARLESS_RANGE.match(text, m.start())) is not None:
                self._ranges_sharing_a_year(m, early)
                continue
            if dates is None and (days := _HELD_DAYS.match(text, m.start())) is not None:
                self._held_days(m, days)
                continue
            opens = _dates_of(dates)[0] if dates else None
            if opens is None or (self.adopted_on is not None and opens < self.adopted_on):
                continue
            if (not (_governed(text, m.start(), _CONVENING_BEFORE) or _convened_by_name(text, m.start()))
                    or any(d.opens == opens for _s, _e, found in self.found for d in found)):
                continue
            start = m.start() + 1
            earlier = _EARLIER_DAYS.search(text, max(0, start - 40), start)
            if earlier is not None and int(earlier.group(1)) < opens.day:
                # "shall reconvene from 7 to 9 and on 11 April 2008" (A/RES/62/63 7): from the 7th
                start, opens = earlier.start(), opens.replace(day=int(earlier.group(1)))
            held = Deadline(DeadlineKind.DATE, text[start : dates.end()], date=opens)
            if not self.add(start, dates.end(), held) and not self._serviced(start, dates.end(), held):
                continue
            self._held_next(dates.end(), opens)

    def _serviced(self, start: int, end: int, held: Deadline) -> bool:
        """Whether the days ``start``–``end`` (``held``, due on the first) of an event the words describe as
        to be held then (``_TO_BE_HELD``, not "held from … 2019"), named in a clause that asks nothing (not
        kept by :meth:`add`), are kept as the due date of the support a later clause of the paragraph asks
        where it names no one to receive it (``_TO_SUPPORT``, ``kinds.support_for_no_one``): that support
        serves the event and is due when it opens ("… looks forward to the twenty-third session, scheduled to
        be held from 2 to 7 December 2024, and requests the Secretary-General to provide the necessary
        services and facilities in accordance with the Relationship Agreement …", A/RES/78/6 29)."""
        text = self.text
        if _TO_BE_HELD.search(text, max(0, start - 80), start) is None or self.quoted(start):
            return False
        clause_end = text.find(";", end)
        to = _TO_SUPPORT.search(text, end, len(text) if clause_end < 0 else clause_end)
        if to is None or support_for_no_one(text, to.end()) is None:
            return False
        self.found.append((start, end, [held]))
        return True

    def _held_days(self, m: re.Match[str], days: re.Match[str]) -> None:
        """Days written without their year on which what is convened is held ("the interactive panel
        discussions to be held on 24 November in the afternoon", A/RES/79/286 4; "the first plenary meeting of
        the Conference will commence at 9 a.m. on 2 June", A/RES/73/292 10; "on 12, 13 and 15 June"): due on
        the first, the next such day on or after the adoption (:func:`date_held_days` gives it the year the
        resolution names for the event elsewhere); not the days of an event already dated in the paragraph, in
        that month ("… will commence at 9 a.m. on 2 June and will resume at 10 a.m. on 3 June": the first;
        "(a) Will be held in Buenos Aires from 20 to 22 March 2019; … (c) Will consist of plenary meetings, to
        be held on 20 March, …", A/RES/71/318 1)."""
        if self.adopted_on is None or not (_governed(self.text, m.start(), _OPENS_BEFORE)
                                           or _convened_by_name(self.text, m.start())):
            return
        if _YEARLY_AFTER.match(self.text, days.end()):
            return  # "to organize, on 26 September every year, …": a yearly deadline's day (``_yearly_on``)
        month = MONTHS[days.group(2).lower()]
        read = _next_day_of(self.adopted_on, month, int(days.group(1)))
        if read is None or any(d.date is not None and d.date.month == month
                               for _s, _e, found in self.found for d in found):
            return
        start = m.start() + 1
        self.add(start, days.end(), Deadline(DeadlineKind.DATE, self.text[start : days.end()], date=read[0]))

    def _ranges_sharing_a_year(self, m: re.Match[str], early: re.Match[str]) -> None:
        """"to take place from 1 to 4 April and 16 to 19 June 2014 and from 20 to 23 January 2015"
        (A/RES/68/70 200): days of two months written with one year, after the second (``early`` reads the
        first days, up to the second's): each due on its first day, then the next ones of the list."""
        text = self.text
        later = _RANGE_WITH_YEAR.match(text, early.end())
        if later is None:
            return
        year, month = int(later.group(4)), MONTHS[later.group(3).lower()]
        first_month = MONTHS[early.group(2).lower()]
        first = _dmy(early.group(1), early.group(2), str(year - 1 if first_month > month else year))
        second = _dmy(later.group(1), later.group(3), later.group(4))
        if first is None or second is None or (self.adopted_on is not None and first < self.adopted_on) or (
                not _governed(text, m.start(), _CONVENING_BEFORE)):
            return
        start = m.start() + 1
        if not self.add(start, early.end(), Deadline(DeadlineKind.DATE, text[start : early.end()].rstrip(
                " ,and"), date=first)):
            return
        self.add(later.start(), later.end(), Deadline(DeadlineKind.DATE, later.group(0), date=second))
        self._held_next(later.end(), second)

    def _held_next(self, end: int, opens: dt.date) -> None:
        """The next days of a list after those held from ``opens`` up to ``end`` ("the convening … of the
        sixty-sixth, sixty-seventh and sixty-eighth sessions of the Commission, in New York, from 9 February
        to 13 March 2026, from 6 July to 7 August 2026 and from 19 October to 20 November 2026", A/RES/80/110
        95): each held then, past the verb's reach."""
        text = self.text
        while (joint := _HELD_NEXT.match(text, end)) is not None and (
                listed := _SESSION_DATES.match(text, joint.end())) is not None:
            first = _dates_of(listed)[0]
            if first is None or first <= opens:
                break
            opens, end = first, listed.end()
            lo = listed.start() + len(listed.group(0)) - len(listed.group(0).lstrip())
            self.add(lo, end, Deadline(DeadlineKind.DATE, text[lo:end], date=opens))

    def in_years(self) -> None:
        """"to convene, in 2025, …": ``_IN_YEAR``, due at the end of that year or month."""
        text = self.text
        for m in (_IN_YEAR.finditer(text) if self.has_digit and (
                "in " in text or "during " in text or "end of " in text) else ()):
            if not self.done_in(m.start()):
                continue
            read = _read_date((None,) * 6 + m.group("month", "myear", "year"))
            if read is not None and read[1] == "year" and m.group("part"):
                # "in early 2026": by the end of its first half; "in late 2026", of its second
                read = (dt.date(read[0].year, 6, 30) if m.group("part") == "early" else read[0]), "half"
            namely = _NAMELY_DAYS.match(text, m.end()) if read is not None and read[1] == "year" else None
            day = _dmy(namely.group(1), namely.group(2), m.group("year")) if namely is not None else None
            if day is not None:
                # "to hold a substantive session … during 2024, namely from 1 to 19 April" (A/RES/78/62 8):
                # held from its first day
                read, m_end = (day, None), namely.end()
            else:
                m_end = m.end()
            if read is None or (self.adopted_on is not None and read[0] < self.adopted_on):
                continue
            self.add(m.start(), m_end, Deadline(DeadlineKind.DATE, text[m.start() : m_end], date=read[0],
                                                precision=read[1]))
        for m in (_IN_YEARLESS_MONTH.finditer(text) if self.adopted_on is not None and (
                "in " in text or "during " in text) else ()):
            clause = _clause(text, m.start(), m.end(), 160, 0)
            if _may_recur(clause.lower()) or not self.done_in(m.start()):
                continue  # (not "the annual presentation of the report by the Head of the Mechanism in
                # April")
            month = MONTHS[m.group("month").lower()]
            year = self.adopted_on.year + (month < self.adopted_on.month)
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            self.add(m.start(), m.end(), Deadline(DeadlineKind.DATE, m.group(0), date=last,
                                                  precision="month"))

    def done_in(self, start: int) -> bool:
        """Whether the year or part of one at ``start`` ("in 2026", "in the first quarter of 2021") is when
        something is to be done: a verb of delivering governs it (or one of meeting, appraising, appointing:
        ``_DONE_THEN_BEFORE``), or a report named as due then, or a decision that it be held then, or it
        comes between a request's addressee and the infinitive it times (:meth:`set_off_before`); not the
        start of a series, nor the year of another event or of what a report is on, nor of an event
        described as to be held then."""
        text = self.text
        if (not_due := _IN_YEAR_NOT_DUE.search(text, max(0, start - 14), start)) and not (
                self.unnumbered_session_before(not_due.start())):
            return False
        if not any(_governed(text, start, verb) for verb in (
                _DELIVERABLE_BEFORE, _REPORT_DUE_BEFORE, _HELD_THEN, _DONE_THEN_BEFORE)) and not (
                self.set_off_before(start)) and not _convened_by_name(text, start, _CONVENES_BEFORE):
            return False
        if self.of_another_event(start):
            return False  # "a report in 2027 …, which will serve to inform preparations for … a high-level
            # meeting on tuberculosis in 2028"
        if _NEEDED_THEN.search(text, max(0, start - 80), start) or _OF_AN_EVENT.search(
                text, max(0, start - 80), start):
            return False  # "the financial resources required for mobility in 2016 and 2017", "a summary of
            # the high-level meeting in November"
        if self.of_the_subject(start):
            return False  # "… at its eighty-first session on the implementation of the Programme … in 2026"
        held = _TO_BE_HELD.search(text, max(0, start - 70), start)
        # ("a report …, which will serve to inform the high-level meeting to be convened in 2027")
        return held is None or _governed(text, held.start(), _CONVENING_BEFORE)

    def set_off_before(self, start: int) -> bool:
        """Whether the year at ``start``, set off by commas, comes before the infinitive of what is to be done
        then: "Requests the President of the General Assembly, in 2025, to appoint two co-facilitators …"
        (A/RES/79/277 5)."""
        text = self.text
        year = _IN_YEAR.match(text, start)
        if year is not None and text.startswith(",", year.end()) and _INFINITIVE_SET_OFF.search(
                text, max(0, start - 40), start):
            return True  # "to adopt, in 2024, a comprehensive … programme of work" (A/RES/78/51 4)
        return year is not None and _ASKED_SET_OFF.search(text, max(0, start - 160), start) is not None and (
            _SET_OFF_INFINITIVE.match(text, year.end()) is not None)

    def unnumbered_session_before(self, end: int) -> bool:
        """Whether a session read just before ``end`` (its words end there, a comma or a space between) is one
        whose number is not known: "Requests the Forum to hold its next session in 2017" (E/RES/2015/33 51:
        the Forum's next session, which no calendar dates): the year is when it is held."""
        text = self.text
        return any(found[0].kind == DeadlineKind.SESSION and found[0].session is None
                   and not text[e:end].strip(" ,") for _s, e, found in self.found)

    def meetings_in_year(self) -> None:
        """"for presentation at the Biennial Meeting of States in 2026" (A/RES/80/38 33): a meeting named by
        its name and year is that body's session of the year (``body`` the registry's, else None and its name
        in ``body_name``), dated when its dates are known; not where another deadline was read there, nor one
        over at adoption, nor one a clause that notes, welcomes or recalls names."""
        text = self.text
        for m in (_MEETING_IN_YEAR.finditer(text) if self.has_digit and "the " in text else ()):
            year = int(m.group("year"))
            if self.adopted_on is not None and year < self.adopted_on.year or any(
                    s < m.end() and m.start("name") < e for s, e, _found in self.found):
                continue
            info = registry().find(m.group("name"))
            if info is not None and (info.code in ORDINAL_BODIES or info.numbering == "ordinal"):
                continue  # "at the General Assembly in 2026": its sessions are numbered
            if _PAST_CONTEXT.search(text, max(0, m.start() - 100), m.start()) and not _FOR_PRESENTING.search(
                    text, max(0, m.start() - 40), m.start()) or self.declaratory(m.start()):
                continue  # (not "… information submitted by Member States, for presentation at the …")
            self.add(m.start(), m.end(), Deadline(
                DeadlineKind.SESSION, m.group(0), body=info.code if info else None, session=year,
                body_name=info.name if info else " ".join(m.group("name").split())))

    def of_another_event(self, start: int) -> bool:
        """Whether the year at ``start`` is that of an event the deliverable leads to, not its own: the verb
        that governs the year is in a relative clause about what is delivered ("to present to the General
        Assembly a report in 2027 …, which will serve to inform preparations for a comprehensive review … at a
        high-level meeting on tuberculosis in 2028", A/RES/78/5 annex 84), or a purpose stands between them
        ("to present specific proposals to their respective governing bodies by the end of 2013 with a view to
        a decision in 2014", A/RES/67/226 39)."""
        text = self.text
        lo = _clause_start(text, start)
        verb = _last(_DELIVERABLE_VERB.finditer(text, lo, start))
        if verb is None:
            return False
        return _RELATIVE_BEFORE.search(text, lo, verb.start()) is not None or (
            _PURPOSE.search(text, verb.end(), start) is not None)

    def of_the_subject(self, start: int) -> bool:
        """Whether the year at ``start`` is of what a report is on, its session already said: "Requests the
        Secretary-General to report to the General Assembly at its eighty-first session on the implementation
        of the Programme of Assistance in 2026" (A/RES/80/163 29): due at the session, the year the
        Programme's (the subject, after "on", not past a comma, follows the session read)."""
        text = self.text
        lo = _clause_start(text, start)
        return any(lo <= s and e <= start and found[0].kind == DeadlineKind.SESSION and _ON_A_SUBJECT.match(
            text, e, start) for s, e, found in self.found)

    def _year_target(self, m: re.Match[str], lead: str) -> bool | None:
        """A bare year ("by 2030") is a deadline only after "by", "until"…, and not inside a
        name; True when it is a target rather than a due date; None when it is no deadline."""
        text = self.text
        if lead not in ("by", "no later than", "not later than", "until", "before",
                        "by no later than", "to"):
            return None
        if "end of" not in m.group(0) and _TITLE_RUN_BEFORE.search(
            text, max(0, m.start() - 80), m.start()
        ) and (_NAME_CLOSES_AFTER.match(text, m.end()) or _TITLE_WORDING.search(
                text, max(0, m.start() - 120), m.start()) and not _ends_in_body_name(text, m.start())):
            # "… in a Sustainable Manner by 2030": part of a name, not a deadline (a name does not
            # end "by the end of 2026": "the review of the Department of Global Communications by the
            # end of 2026", "for the consideration of Member States by the end of 2016")
            return None
        if lead != "by" or "end of" in m.group(0):
            return False
        return _a_goal(text, m.start())

    # ----------------------------------------------------------------------- periods

    def before_expiry(self) -> None:
        low = self.low
        counts_back = self.has_period and "mandate" in low and (
            "expir" in low or "end of" in low or "termination" in low) and (
            "before" in low or "prior to" in low or "ahead of" in low)
        for m in (_BEFORE_EXPIRY_RE.finditer(self.text) if counts_back else ()):
            n = cardinal_to_int(m.group(1))
            if not n:
                continue
            unit = m.group(2).lower().rstrip("s")
            self.add(m.start(), m.end(), Deadline(DeadlineKind.RELATIVE, m.group(0),
                                                  days=-n * _UNIT_DAYS[unit], from_="expiry"))

    def before_event(self) -> None:
        """A period counted back from an event the text names but does not date (``_BEFORE_EVENT_RE``): kept
        as written, ``from_`` "event" and negative ``days``, undated until the event is (the register puts it
        up for an officer to date). Not before a mandate's end (``before_expiry``), nor an event another
        reader has dated (a session ``sessions`` reads)."""
        low = self.low
        if not self.has_period or not ("before" in low or "prior to" in low or "ahead of" in low
                                       or "in advance of" in low):
            return
        text = self.text
        for m in _BEFORE_EVENT_RE.finditer(text):
            n = cardinal_to_int(m.group(1)) if m.group(1).lower() != "a" else 1
            if not n or _BEFORE_EXPIRY_RE.match(text, m.start()) or any(
                    start < m.end() and m.start(4) < end for start, end, _ in self.found):
                continue  # the event a session ``sessions`` reads ("in advance of the second session of …")
            if _SPAN_BEFORE_EVENT.search(text, max(0, m.start() - 30), m.start()):
                continue
            unit = m.group(3).lower().rstrip("s")
            working = m.group(2) is not None
            days = n + 2 * (n // 5) if working else n * _UNIT_DAYS[unit]
            # due by it, not by the time written earlier at which the event is held (``_HELD_AT``)
            held = any(start < m.start() and d.kind in (DeadlineKind.DATE, DeadlineKind.SESSION)
                       and not d.expires and _HELD_AT.search(self.governing(start))
                       for start, _, found in self.found for d in found)
            self.add(m.start(), m.end(), Deadline(
                DeadlineKind.RELATIVE, m.group(0), days=-days, from_="event", due=held,
                period=None if working else f"P{n}{_UNIT_ISO[unit]}"))

    def before_named_event(self) -> None:
        """A deliverable due before an event the text names and does not date, with no period
        (``_BEFORE_NAMED_EVENT_RE``): ``from_`` "event", ``days`` 0, undated until the event is. Only what a
        verb of delivering governs, and not where another reader has read the words (a session, a date, a
        period counted back from it)."""
        low = self.low
        if not ("before" in low or "prior to" in low or "ahead of" in low or "in advance of" in low):
            return
        text = self.text
        for m in _BEFORE_NAMED_EVENT_RE.finditer(text):
            if _NOT_BEFORE_EVENT.search(text, max(0, m.start() - 30), m.start()) or any(
                    start < m.end() and m.start() < end for start, end, _ in self.found):
                continue
            if not _governed(text, m.start(), _DELIVERABLE_BEFORE):
                continue
            self.add(m.start(), m.end(), Deadline(DeadlineKind.RELATIVE, m.group(0), days=0, from_="event"))

    def mandate_periods(self) -> None:
        """"extends the mandate … for a period of one year": when the mandate ends."""
        text, low = self.text, self.low
        may_end_mandate = self.has_period and "for " in low and any(word in low for word in _MANDATE_WORDS)
        spans = self.has_digit and self.has_period and "for " in low and "from " in low
        for m in (_PERIOD_RE.finditer(text) if may_end_mandate or spans else ()):
            span = _PERIOD_SPAN.match(text, m.end()) if spans else None
            if span is not None:
                if not self.not_its_mandate(m.start()):
                    self._period_span(m, span)
                continue
            if not may_end_mandate:
                continue
            # what the period ends may be named after the adoption it is counted from ("for an initial
            # period of one year from the date of the adoption of this resolution, all Member States
            # shall take the necessary measures …")
            counted = _FROM_THIS_ADOPTION.match(text, m.end())
            if (not _ends_mandate(text, m.start(), counted.end() if counted else m.end())
                    or self.not_its_mandate(m.start())):
                continue  # "Notes the decision … to extend the strategic plan … for two years"
            term = _TERM_OF_OFFICE.search(m.group(0)) or _TERMS_AFTER.match(text, m.end())
            if term and not _RENEWAL_WORD.search(_clause(text, m.start(), m.end())):
                continue  # "members elected by the General Assembly for three-year terms": an office's term
            n = cardinal_to_int(m.group(1))
            if not n:
                continue
            unit = m.group(2).lower().rstrip("s")
            if _PERIOD_UNTIL.match(text, m.end()):
                continue  # "for twelve months, until 31 May 2025": the date says it
            start = _PERIOD_FROM.match(text, m.end())
            if start is not None:
                if not _START_UNTIL.match(text, start.end()):
                    self._period_from(m, start, n, unit)
                continue  # "beginning on 1 March 2015 until 29 February 2016": the date says it
            start = _START_BEFORE_PERIOD.search(text, max(0, m.start() - 80), m.start())
            if start is not None:
                self._period_from(m, start, n, unit)
                continue
            expiry_month = _PERIOD_FROM_EXPIRY_MONTH.match(text, m.end())
            if expiry_month is not None:
                self._period_after_expiry_month(m, expiry_month, n, unit)
                continue
            at_session = _PERIOD_FROM_SESSION.match(text, m.end())
            if at_session is not None:
                self._period_from_session(m, at_session, n, unit)
                continue
            previous = _PREVIOUS_EXPIRY.search(_clause(text, m.start(), m.end()))
            if previous is not None:
                self._period_after_expiry(m, previous, n, unit)
                continue
            self._after_adoption(m, n, unit, expires=True)
        for m in (_MANDATE_OF_LENGTH.finditer(text) if self.has_period and "mandate" in low else ()):
            n = cardinal_to_int(m.group(1))
            if n and not self.not_its_mandate(m.start()):
                self._after_adoption(m, n, m.group(2).lower().rstrip("s"), expires=True)

    def _after_adoption(self, m: re.Match[str], n: int, unit: str, expires: bool, *,
                        from_: str = "adoption", end: int | None = None) -> None:
        """A period counted from the adoption: its last day where the adoption is known. Working days
        ("within five working days of the adoption of this resolution", S/RES/2720 (2023) 14) skip Saturdays
        and Sundays (with no adoption date, each five of them a week); their ``period`` is left unsaid (not
        "P5D", five calendar days). ``from_`` "event": counted from an event the text names, not the
        adoption ("within 60 days" of receiving communications, S/RES/2368 (2017) 84; "within 30 days" of an
        inspection, S/RES/2577 (2021) 10): its length kept, and no date, which only the event gives. ``end``:
        where its words end, when past ``m``'s (the event's name read after it)."""
        working = unit == "day" and _WORKING_DAYS.search(m.group(0)) is not None
        days, end_day = (n + 2 * (n // 5) if working else n * _UNIT_DAYS[unit]), None
        if from_ == "adoption" and self.adopted_on is not None:
            end_day = _add_working_days(self.adopted_on, n) if working else _add(self.adopted_on, n, unit)
            days = (end_day - self.adopted_on).days
        end = m.end() if end is None else end
        self.add(m.start(), end, Deadline(DeadlineKind.RELATIVE, self.text[m.start():end].strip(), days=days,
                                          from_=from_, date=end_day, expires=expires,
                                          period=None if working else f"P{n}{_UNIT_ISO[unit]}"))

    def _period_from(self, m: re.Match[str], start: re.Match[str], n: int, unit: str) -> None:
        """"for one year, from 1 January 2025": ends the day before the anniversary."""
        first = _dmy(*start.group(1, 2, 3))
        if first is None:
            return
        end_day = _add(first, n, unit) - dt.timedelta(days=1)
        lo, hi = min(m.start(), start.start()), max(m.end(), start.end())
        self.add(lo, hi, Deadline(DeadlineKind.DATE, self.text[lo:hi], date=end_day, expires=True))

    def _period_span(self, m: re.Match[str], span: re.Match[str]) -> None:
        """"for a period of two years from 2026 to 2027": it ends on the end written (a year's or a month's:
        its last day, with that precision); not one over at adoption."""
        read = _read_date(span.groups())
        if read is None or (self.adopted_on is not None and read[0] < self.adopted_on):
            return
        self.add(m.start(), span.end(), Deadline(DeadlineKind.DATE, self.text[m.start():span.end()],
                                                 date=read[0], precision=read[1], expires=True))

    def _period_after_expiry_month(self, m: re.Match[str], expiry: re.Match[str], n: int, unit: str) -> None:
        """"for thirty months from the date of expiration of the … current mandate in June 2015":
        ends in the month that many months later (precision month, the last day of it)."""
        if unit not in _UNIT_MONTHS:
            return
        year, month = int(expiry.group(2)), MONTHS[expiry.group(1).lower()]
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        end = add_months(dt.date(year, month, 1), n * _UNIT_MONTHS[unit])
        end_day = dt.date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
        self.add(m.start(), expiry.end(), Deadline(
            DeadlineKind.RELATIVE, self.text[m.start():expiry.end()], days=(end_day - last).days,
            from_="expiry", date=end_day, precision="month", expires=True))

    def _period_from_session(self, m: re.Match[str], start: re.Match[str], n: int, unit: str) -> None:
        """"for three years, effective from the end of its fifty-third session": counted from the
        session's close, which only the calendar knows (``from_`` "session_end", ``period``)."""
        word = start.group(1).lower()
        explicit = _explicit_after(self.text, start.end(), self.body, self.named, self.mentions)
        code = explicit.code if explicit is not None else self.body
        if word in ("current", "present"):
            number = self._running_session(code)
        elif word == "next":
            number = self._next_session(code)
        else:
            number = ordinal_to_int(word, "en")
        if number is None:
            return
        period = f"P{n * 7}D" if unit == "week" else f"P{n}{_UNIT_ISO[unit]}"
        end = explicit.end if explicit is not None else start.end()
        self.add(m.start(), end, Deadline(
            DeadlineKind.RELATIVE, self.text[m.start():end], from_="session_end",
            body=code, session=number, period=period,
            body_name=_body_name(code, explicit) if explicit is not None else None,
            expires=True))

    def _period_after_expiry(self, m: re.Match[str], previous: re.Match[str], n: int, unit: str) -> None:
        """"… which expires on 31 May 2025, for one year": counted from the previous end."""
        last = _dmy(*previous.group(1, 2, 3))
        if last is None:
            return
        end_day = _add(last, n, unit)
        self.add(m.start(), m.end(), Deadline(DeadlineKind.RELATIVE, m.group(0),
                                              days=(end_day - last).days, from_="expiry",
                                              date=end_day, expires=True))

    def relative(self) -> None:
        text = self.text
        for m in (finditer_ignoring_case(_RELATIVE_RE, _RELATIVE_LOWER, text, self.low)
                  if self.has_period else ()):
            n = cardinal_to_int(m.group(1)) if m.group(1) else 1  # ("within the next year")
            if not n:
                continue
            unit = m.group(2).lower().rstrip("s")
            lead = m.group(0).split()[0].lower()
            anchor = (m.group(4) or "").strip()
            if not anchor and _OF_THIS_RESOLUTION.match(text, m.end()):
                # "to report within four months of the date of this resolution to the Security Council on the
                # status of the negotiations" (S/RES/2046 (2012) 5): the adoption, named before words too long
                # for the anchor's
                anchor = "this resolution"
            if lead in ("in", "after", "until") and not anchor and not (
                    lead != "until" and _governed(text, m.start(), _DELIVERABLE_BEFORE)
                    and not _INTERVALS.match(text, m.end())):
                # "in two years" without an anchor is no deadline, unless what is to be delivered is
                # due then: "Decides to review the measures … in eighteen months", "to report to the
                # Council in six months" (from the adoption, as "within six months"); not "in two
                # week intervals" (nor, in a clause that asks nothing, a readiness affirmed: "to review …
                # after six months", ``asks_nothing``)
                continue
            if not anchor and _WORKING_DAYS.search(m.group(0)) and not _FROM_EVENT.match(text, m.end()):
                # "have not objected within five working days": a procedure's clock, from an event it leaves
                # unnamed (not "within three working days after a name is added to the … List", from that)
                continue
            if not anchor and _COUNTED_BACK.match(text, m.end()):
                continue  # "no later than five weeks before the start of the consultations": ``before_event``
            if lead == "after" and not anchor and _WINDOW_CLOSES.match(text, m.end()):
                # "will conduct a comprehensive review …, both after five years and prior to the renewal of
                # its mandate" (S/RES/1977 (2011) 3): when it may start, the time it falls due by named after
                continue
            if anchor and not _FROM_ADOPTION.match(anchor) or (
                    _FROM_EVENT.match(text, m.end()) if not anchor else
                    anchor.endswith("adoption") and _OF_ANOTHER.match(text, m.end())) or (
                    not anchor and _TRIGGERED.search(_clause(text, m.start(), m.end(), 400, 0))):
                # "within 30 days of the seizure", "upon discovery … the Member State who seizes … shall
                # notify … within 30 days": counted from an event, not the adoption
                if lead not in ("in", "after", "until"):
                    named = _OTHER_ADOPTED.match(text, m.end()) if anchor.endswith("adoption") else None
                    self._after_adoption(m, n, unit, False, from_="event",
                                         end=named.end() if named is not None else None)
                continue
            # "Decides to renew until one year from the date of adoption of this resolution the measures
            # imposed by …": when they end, as "for a period of one year"
            expires = lead == "until" and _ends_mandate(text, m.start(), m.end()) and (
                not self.not_its_mandate(m.start()))
            self._after_adoption(m, n, unit, expires)
            joint = _AND_ANOTHER.match(text, m.end()) if not anchor and not expires else None
            second = _DELAY_FROM_ADOPTION.match(text, joint.end()) if joint is not None else None
            if second is not None and (k := cardinal_to_int(second.group(1))):
                # "within six months and eleven months of the adoption of this resolution"
                self._after_adoption(second, k, second.group(2).lower().rstrip("s"), False)
        for m in (_BARE_FROM_ADOPTION.finditer(text) if self.has_period and "adoption" in self.low else ()):
            n = cardinal_to_int(m.group(1))
            before = max(0, m.start() - 60)
            if not n or _PERIOD_BEFORE.search(text, before, m.start()):
                continue
            expires = _ENDS_BEFORE.search(text, before, m.start()) is not None
            if expires and self.declaratory(m.start()):
                continue  # "Notes that the measures shall expire 180 days from the adoption …": another's end
            unit = m.group(2).lower().rstrip("s")
            first = _BARE_FIRST.search(text, before, m.start()) if not expires else None
            if first is not None and (k := cardinal_to_int(first.group(1))) and not _LEAD_BEFORE.search(
                    text, max(0, first.start() - 20), first.start()):
                self._after_adoption(first, k, first.group(2).lower().rstrip("s"), False)
            self._after_adoption(m, n, unit, expires=expires)

    # ----------------------------------------------------------------------- recurring

    def recurring(self) -> list[tuple[int, int, Deadline]]:
        """"every two years", "biennially" …, dated by a "beginning in 2026" nearby."""
        text = self.text
        recurring: list[tuple[int, int, Deadline]] = []
        for m in (finditer_ignoring_case(_RECURRING_RE, _RECURRING_LOWER, text, self.low)
                  if self.has_recurring else ()):
            phrase = m.group(1)
            if _PARTICIPLE_BY.search(text, max(0, m.start() - 80), m.start()):
                continue  # "the recommendations made by the Committee every two years"
            if _FOR_EACH.search(text, max(0, m.start() - 5), m.start()):
                continue  # "the staffing table for each year of the biennium": one for each, nothing recurs
            if self.noted(m.start()):
                continue  # "noting that more than 2 million people die every year": a fact, nothing asked;
                # "Welcomes the holding of World Press Freedom Day, celebrated annually on 3 May"
            if phrase.lower() in _ADJECTIVE_FORMS and _of_a_thing(text, m.end()):
                continue  # "at a monthly rate of 28,475,787 dollars"
            if _AMOUNT_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "an estimated 4 trillion United States dollars annually": a rate
            every = _FIXED_RECURRING.get(phrase.lower())
            if every is None:
                # "at 30-day intervals", "in two week intervals"; "every 120 days"
                n = cardinal_to_int(m.group(2) or m.group(4))
                if not n:
                    continue
                unit = (m.group(3) or m.group(5)).lower().rstrip("s")
                every = f"P{n * 7}D" if unit == "week" else f"P{n}{_UNIT_ISO[unit]}"
            deadline = Deadline(DeadlineKind.RECURRING, phrase, every=every)
            if every == "P1Y":
                self._yearly_on(m, deadline)
            recurring.append((m.start(), m.end(), deadline))
        for m in (_EACH_MONTH.finditer(text) if "each " in self.low or "every " in self.low else ()):
            if not self.noted(m.start()):
                deadline = Deadline(DeadlineKind.RECURRING, m.group(0), every="P1Y")
                self._yearly_on(m, deadline)
                recurring.append((m.start(), m.end(), deadline))
        if not recurring and self.has_recurring:
            for m in _RECURRING_ADJECTIVE.finditer(text):
                if _HOLDS_A.search(text, max(0, m.start() - 30), m.start()) and not self.declaratory(
                        m.start()):
                    # "to conduct a biennial survey", "decides to convene an annual meeting": one each time
                    recurring.append((m.start(), m.end(), Deadline(
                        DeadlineKind.RECURRING, m.group(0), every=_ADJECTIVE_EVERY[m.group(1)])))
                    break
        starts = list(_SERIES_START.finditer(text)) if self.has_digit and self.has_recurring and (
            "eginning" in text or "tarting" in text or "ommencing" in text or "s from" in text) else []
        if starts:
            self._date_series(recurring, starts)
        if "thereafter" in self.low:
            self._thereafter(recurring)
        if "first" in self.low:
            self._first_named(recurring)
        return recurring

    def _first_named(self, recurring: list[tuple[int, int, Deadline]]) -> None:
        """A recurrence followed by when its first falls ("to report … every four years, with the first report
        to be submitted to the General Assembly through the Economic and Social Council in 2018", A/RES/71/235
        5; "every six months, with the first report occurring before 30 November 2024", S/RES/2732 (2024) 8):
        that is its first occurrence (``date``), a date read in those words or the year they name (31
        December, precision year), as "beginning in 2026" gives it."""
        text = self.text
        for _start, end, deadline in recurring:
            first = _FIRST_NAMED.match(text, end) if deadline.date is None else None
            if first is None:
                continue
            dated = next((found[0] for s, e, found in self.found
                          if first.end() <= s and e <= first.end() + 160
                          and found[0].kind == DeadlineKind.DATE and found[0].date is not None
                          and not found[0].expires
                          and not _CLAUSE_ENDS.search(text, end, s)), None)
            if dated is not None:
                deadline.date, deadline.precision = dated.date, dated.precision
                continue
            year = _IN_A_YEAR.search(text, first.end(), first.end() + 160)
            if year is not None and not _CLAUSE_ENDS.search(text, end, year.start()) and (
                    1945 <= int(year.group(1)) <= 2200):
                deadline.date, deadline.precision = dt.date(int(year.group(1)), 12, 31), "year"

    def _thereafter(self, recurring: list[tuple[int, int, Deadline]]) -> None:
        """A recurrence "thereafter" follows the deadline just before it ("to report to the Council within 7
        days and every month thereafter", S/RES/1973 (2011) 12; "the next report to be provided by 31 January
        2018 and then every six months thereafter", S/RES/2368 (2017) 101; "by the end of 2014 and annually
        thereafter"): its first occurrence is one period after that deadline's date (not after the adoption).
        """
        text = self.text
        for start, end, deadline in recurring:
            if _THEREAFTER.match(text, end) is None or deadline.every is None:
                continue
            before = [(s, e, found[-1]) for s, e, found in self.found if e <= start and found[-1].kind in (
                DeadlineKind.DATE, DeadlineKind.RELATIVE) and found[-1].date is not None
                and not found[-1].expires]
            if not before:
                continue
            s, e, previous = before[-1]
            if start - e > 80 or ";" in text[e:start]:
                continue
            period = _PERIOD_PARTS.fullmatch(deadline.every)
            if period is None:
                continue
            n, unit = int(period.group(1)), _ISO_UNIT[period.group(2)]
            first = _add(previous.date, n, unit)
            if previous.precision in ("year", "month"):
                # ("by the end of 2014 and annually thereafter": the end of 2015)
                first = dt.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
            deadline.date, deadline.precision = first, previous.precision

    def noted(self, start: int) -> bool:
        """Whether a recurrence at ``start`` is a fact a clause notes (``_FACT_NOTED``), or what a clause that
        notes, welcomes or recalls speaks of, not asked or decided in its words (``_ASKED_BEFORE``)."""
        text = self.text
        lo = _clause_start(text, start)
        # (the fact may be the last of those a concern lists, ``_FACTS_LISTED``: noted from the first "that",
        # where nothing has been asked since)
        listed = max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
        return _FACT_NOTED.search(text, lo, start) is not None or (
            self.declaratory(start) and not _ASKED_BEFORE.search(text, lo, start)) or (
            listed < lo and _FACTS_LISTED.search(text, listed, start) is not None)

    def _yearly_on(self, m: re.Match[str], deadline: Deadline) -> None:
        """A yearly deadline that names its day, month or quarter ("before the end of each January",
        S/RES/2325 (2016) 2; "by 30 April annually"; "in June of each year"; "in the first quarter of
        each year"; after it: "to observe … every year on 9 August the International Day of Indigenous
        Peoples", A/RES/71/178 12) falls then: its ``date`` is the first such day on or after the adoption
        (the last of the month or the quarter, with that ``precision``); none where the adoption's date is
        unknown."""
        if self.adopted_on is None:
            return
        month = _A_MONTH.search(m.group(0))
        day: str | None = None
        precision: str | None = "month"
        if month is not None:
            name = month.group(0)
        elif (on := _DAY_MONTH_BEFORE.search(self.text, max(0, m.start() - 40), m.start()) or (
                _DAY_MONTH_AFTER.match(self.text, m.end()))) is not None:
            day, name = on.group(1) or on.group(4), on.group(2) or on.group(3)
            precision = None if day else "month"
        elif (quarter := _QUARTER_BEFORE.search(self.text, max(0, m.start() - 40), m.start())) is not None:
            name, precision = calendar.month_name[_QUARTER_MONTH[quarter.group(1).lower()]], "quarter"
        else:
            return
        number, adopted = MONTHS[name.lower()], self.adopted_on
        for year in (adopted.year, adopted.year + 1):
            try:
                first = dt.date(year, number, int(day) if day else calendar.monthrange(year, number)[1])
            except ValueError:
                return
            if first >= adopted:
                deadline.date, deadline.precision = first, precision
                return

    def _date_series(self, recurring: list[tuple[int, int, Deadline]], starts: list[re.Match[str]]) -> None:
        # (not the start of a series a clause that notes or recalls names: "Recalls the decision to
        # incorporate into its annual programme of work, beginning in 2023, at a minimum a panel discussion,
        # and decides that the annual panel discussion to be held at the fifty-sixth session shall …",
        # A/HRC/RES/53/6 15)
        starts = [s for s in starts if not self.declaratory(s.start())]
        if not starts:
            return
        if not recurring:
            for m in _RECURRING_ADJECTIVE.finditer(self.text):
                every = _ADJECTIVE_EVERY[m.group(1)]
                recurring.append((m.start(), m.end(),
                                  Deadline(DeadlineKind.RECURRING, m.group(0), every=every)))
                break
        for start, end, dl in recurring:
            nearest = min(starts, key=lambda s: min(abs(s.start() - end), abs(start - s.end())))
            year = int(nearest.group(1))
            if 1945 <= year <= 2200:
                dl.date, dl.precision = dt.date(year, 12, 31), "year"

    def annual_report(self) -> None:
        # "annual" and "bienn" are among the words of ``_may_recur``
        m = next((m for m in _ANNUAL_REPORT.finditer(self.text) if not self.one_report(m)), None) if (
            self.has_recurring) else None
        if m and _VEHICLE.search(self.text, max(0, m.start() - 40), m.start()):
            lo = self.text.rfind(";", 0, m.start()) + 1  # the clause: from one semicolon to the next
            hi = self.text.find(";", m.end())
            hi = len(self.text) if hi < 0 else hi
            if any(lo <= start and end <= hi and not all(_before_event(d) for d in found)
                   for start, end, found in self.found):
                return  # "… at its seventy-sixth session …, as part of his annual report": that session's
                # (not "to include in his annual comprehensive report … and to make the report available at
                # least six weeks in advance of the meeting of the consultative process", A/RES/54/33 7: each
                # year's, so long before that year's meeting)
        if m:
            every = "P1Y" if m.group(1) == "annual" else "P2Y"
            self.add(m.start(), m.end(), Deadline(DeadlineKind.RECURRING, m.group(0), every=every))

    def one_report(self, m: re.Match[str]) -> bool:
        """Whether the annual report at ``m`` is one report of the series, not a report asked every year: one
        numbered ("to include in his fifth annual progress report", "in the context of the eleventh annual
        progress report", A/RES/67/246 9, 19; "the 2023 annual report") or dated ("the High Commissioner's
        annual report (part II) of 2018", A/RES/80/188 4), or one a clause that notes, welcomes or recalls
        speaks of."""
        text = self.text
        return _numbered(text, m) or _DATED_AFTER.match(text, m.end()) is not None or self.noted(m.start())


def _before_event(deadline: Deadline) -> bool:
    """A time counted back from an event (``_DeadlineFinder.before_event``, ``before_named_event``)."""
    return deadline.from_ == "event" and deadline.days is not None and deadline.days <= 0


def _numbered(text: str, m: re.Match[str]) -> bool:
    """Whether the annual report ``m`` reads is one report of its series named by its place in it: numbered
    (``_NUMBERED_BEFORE``), or the next one, named alone ("to include … in his next annual report",
    A/RES/67/246 14; "Requests the Secretary-General to submit … his next annual report on United Nations rule
    of law activities", A/RES/80/167 18: one report, not a report every year; not "in the forthcoming annual
    reports", each of those to come)."""
    before = text[max(0, m.start() - 40) : m.start()]
    return _NUMBERED_BEFORE.search(before) is not None or (
        _NEXT_BEFORE.search(before) is not None and not m.group(0).endswith("s"))


def names_a_numbered_report(text: str) -> bool:
    """Whether ``text`` names a report of a series by its number ("to continue to report … in his eleventh
    annual progress report", A/RES/67/246 34) or as the next one (:func:`_numbered`): a product due as that
    report falls, though no date is given."""
    return ("annual" in text or "biennial" in text) and any(
        _numbered(text, m) for m in _ANNUAL_REPORT.finditer(text))


#: a report numbered in its series: "his fifth annual progress report", "the 2023 annual report"
_NUMBERED_BEFORE = re.compile(rf"\b(?:{EN_ORDINAL}|\d{{4}})\s+$", re.I)
#: … or the next one: "his next annual report", "the forthcoming annual progress report"
_NEXT_BEFORE = re.compile(r"\b(?:next|forthcoming|upcoming|coming)\s+$", re.I)
#: … or dated: "annual report (part II) of 2018", "the annual report for 2024"
_DATED_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:of|for)\s+(?:the\s+year\s+)?\d{4}\b")

#: the annual report as the place of a report dated otherwise
_VEHICLE = re.compile(
    r"\b(?:as\s+(?:a\s+)?part\s+of|in\s+the\s+context\s+of|within|in"
    # "in a separate section of the annual report", "in a chapter of his annual report"
    r"|in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:section|chapter|part|addendum|annex)\s+(?:of|to))"
    r"\s+(?:his|her|its|their|the)\s+$"
)
#: what a report-kind paragraph asks for every year or two: "an annual report", "annual updates"
#: ("to provide annual updates … on progress"), "an annual input for the report", "annual briefings"
_ANNUAL_REPORT = re.compile(r"\b(annual|biennial)\s+(?:\w+\s+)?(?:reports?|updates?|inputs?|briefings?)\b")


def _ends_in_body_name(text: str, start: int) -> bool:
    """True when the words before ``start`` end with a body's name ("to the General Assembly")."""
    window = text[max(0, start - 200):start].rstrip()
    return any(m.end() == len(window) for m in _mention_re().finditer(window))


def link_expiries(paragraphs: Sequence[Sequence[Deadline]]) -> None:
    """Date the deadlines counted back from an expiry ("one month before UNMHA's mandate is due
    to expire") from the expiry the resolution sets: the paragraph's own, else the nearest one
    before it, else the first after it. ``paragraphs``: each paragraph's deadlines, in order."""
    expiries: list[tuple[int, dt.date]] = [
        (k, d.date) for k, deadlines in enumerate(paragraphs) for d in deadlines
        if d.expires and d.date is not None
    ]
    if not expiries:
        return
    for k, deadlines in enumerate(paragraphs):
        for d in deadlines:
            if d.from_ != "expiry" or d.date is not None or d.expires or d.days is None:
                continue
            before = [day for j, day in expiries if j <= k]
            expiry = before[-1] if before else expiries[0][1]
            m = _BEFORE_EXPIRY_RE.search(d.text)
            unit = m.group(2).lower().rstrip("s") if m else "day"
            n = cardinal_to_int(m.group(1)) if m else None
            d.date = _add(expiry, -n, unit) if n and unit in _UNIT_MONTHS else \
                expiry + dt.timedelta(days=d.days)


def link_session_dates(paragraphs: Sequence[Sequence[Deadline]]) -> None:
    """Date a body's session from the dates another paragraph of the resolution prints for it:
    "Decides that the Special Committee shall hold its next session from 20 to 28 February 2024"
    dates "to brief the Special Committee at its next session" and, for a body that numbers its
    sessions by year, "at its session in 2024". The same body and session only (a body the
    registry does not know: the same name); a session in progress is left alone. The next session of
    a registry body that numbers its sessions by the year they are held in, once dated, is that year's
    ("its next session" is CHARTER 2024 when it opens on 20 February 2024): filed under the session
    "at its session in 2024" names."""
    def key(d: Deadline) -> str | None:
        return d.body or d.body_name

    printed: dict[tuple[str | None, int | None], tuple[dt.date, dt.date | None]] = {}
    for deadlines in paragraphs:
        for d in deadlines:
            if d.kind == DeadlineKind.SESSION and d.opens is not None and not d.current and key(d):
                printed.setdefault((key(d), d.session), (d.opens, d.closes))
    if not printed:
        return
    for deadlines in paragraphs:
        for d in deadlines:
            if d.kind != DeadlineKind.SESSION or d.opens is not None or d.current or not key(d):
                continue
            dates = printed.get((key(d), d.session))
            if dates is None and d.session is not None and d.body not in ORDINAL_BODIES:
                after = printed.get((key(d), None))  # its next session, printed, opens that year
                dates = after if after is not None and after[0].year == d.session else None
            if dates is not None:
                d.opens, d.closes = dates
    for deadlines in paragraphs:
        for d in deadlines:
            if (d.kind == DeadlineKind.SESSION and d.session is None and d.opens is not None and not d.current
                    and _numbered_by_the_year_held(d.body)):
                d.session = d.opens.year


def _numbered_by_the_year_held(code: str | None) -> bool:
    """A registry body whose sessions are named by the year they are held in ("its 2024 session"); not
    ECOSOC, whose session of a year opens the July before."""
    info = registry().lookup(code) if code and code not in SESSION_BODIES else None
    return info is not None and info.numbering == "year"


def date_held_days(paragraphs: Sequence[Sequence[Deadline]]) -> None:
    """Days held written without their year (``_DeadlineFinder._held_days``: the next such day after the
    adoption) in the year the resolution names for that month elsewhere, where it names one and that is
    later: "Decides to convene the high-level 2020 United Nations Conference … in Lisbon, from 2 to 6 June
    2020" (A/RES/73/292 1, adopted 9 May 2019) dates "the first plenary meeting of the Conference will
    commence at 9 a.m. on 2 June" (10) on 2 June 2020, not 2019."""
    years: dict[int, set[int]] = {}
    for deadlines in paragraphs:
        for d in deadlines:
            if (d.kind == DeadlineKind.DATE and d.date is not None and d.precision is None and not d.expires
                    and _FOUR_DIGITS.search(d.text)):
                years.setdefault(d.date.month, set()).add(d.date.year)
    for deadlines in paragraphs:
        for d in deadlines:
            if d.kind != DeadlineKind.DATE or d.date is None or not _HELD_DAYS.fullmatch(f" {d.text}") or len(
                    named := years.get(d.date.month, ())) != 1:
                continue
            with suppress(ValueError):
                held = d.date.replace(year=next(iter(named)))
                d.date = max(d.date, held)


#: words that point back to a report an earlier paragraph asks for: "to include, in the aforementioned
#: report, …" (A/RES/80/120 9), "to submit the above-mentioned report and recommendations to the Council",
#: "the report requested in paragraph 8 above" (``number``: when it names one of the resolution's own
#: paragraphs, not "of resolution 2427 (2018)", "of his report"), "in his report on the implementation of
#: the present resolution" (``on_this``: the report another paragraph asks, ``_ASKS_REPORT_ON_THIS``)
_REPORT_POINTED_BACK = re.compile(
    r"\b(?:(?:the|that|this|its|his|her|their)\s+(?:afore-?mentioned|above-?mentioned|said|same)\s+"
    r"|(?:in|to|with|of|into)\s+(?:that|this|the\s+same)\s+)reports?\b"
    r"|\breports?\s+(?:requested|referred\s+to|called\s+for|mentioned|asked\s+for)\s+(?:in|under|by)\s+"
    r"paragraphs?\s+(?P<number>\d+)(?:\s+above|\s+of\s+(?:the\s+present|this)\s+resolution)?\b(?!\s+of\b)"
    r"|\b(?P<on_this>(?:the|his|her|its|their)\s+report\s+on\s+(?:the\s+implementation\s+of\s+)?"
    r"(?:the\s+present|this)\s+resolution)\b")
_ASKS_REPORT_ON_THIS = re.compile(
    r"\ban?\s+(?:[\w-]+\s+){0,3}?report\s+(?:[^;]{0,80}?\s)?on\s+(?:the\s+implementation\s+of\s+)?"
    r"(?:the\s+present|this)\s+resolution\b", re.IGNORECASE)


def date_reports_pointed_back(paragraphs: Sequence[OperativeParagraph]) -> None:
    """A report asked with no deadline of its own, in words that point back to a report an earlier
    paragraph asks for (``_REPORT_POINTED_BACK``), is due when that report is: "Also requests the
    Secretary-General to submit to the General Assembly at its eighty-second session a report on …" then
    "Further requests the Secretary-General to include, in the aforementioned report, …" (A/RES/80/120 8–9).
    The report pointed to is the paragraph the words name ("requested in paragraph 8"), the one that asks
    for "a report on the implementation of the present resolution" where the words name that report, or
    else the nearest earlier paragraph that speaks of a report at all: where that one asks for none, or
    gives it no deadline ("Takes note of the report of the Secretary-General"), the words point to another
    report, and nothing is dated. The report is the same author's: those asked to help prepare it ("Invites
    Member States … to provide relevant information to assist the Secretary-General in preparing the
    above-mentioned report") are not given its deadline."""
    by_number = {op.number: op for op in paragraphs}
    for n, op in enumerate(paragraphs):
        if op.kind != ObligationKind.REPORT or op.deadlines:
            continue
        m = _REPORT_POINTED_BACK.search(op.text)
        if m is None:
            continue
        if m["number"]:
            source = by_number.get(m["number"])
        elif m["on_this"]:
            source = next((other for other in paragraphs if other is not op and other.deadlines
                           and _ASKS_REPORT_ON_THIS.search(other.text)), None)
        else:
            source = next((earlier for earlier in reversed(paragraphs[:n])
                           if re.search(r"\breports?\b", earlier.text, re.IGNORECASE)), None)
        if source is not None and _same_authors_report(source, op):
            op.deadlines = [replace(d) for d in source.deadlines]


def _same_authors_report(source: OperativeParagraph, op: OperativeParagraph) -> bool:
    """Whether ``source`` is another paragraph that asks a report of one of those ``op`` asks."""
    return (source is not op and source.kind == ObligationKind.REPORT
            and bool(set(source.actors) & set(op.actors)))


#: a report named as the next (or each regular) one of a series: "in his next report", "in the context of his
#: next progress report", "in his regular reports", "his next annual report to the Council on the
#: implementation of resolutions 1820 (2008) …"; ``series``: what kind of series its words say, ``modifiers``:
#: the words that name the series ("progress", "overview"), ``on``: what it is on, up to a clause's end or a
#: preposition that starts something else
_NEXT_IN_SERIES = re.compile(
    r"\b(?:his|her|its|their|the)\s+(?P<series>next|forthcoming|upcoming|subsequent|regular|periodic)\s+"
    r"(?P<modifiers>(?:(?!reports?\b)[a-z-]+\s+){0,2}?)reports?\b"
    r"(?:\s+to\s+the(?P<to>(?:\s+[A-Z][\w-]*){1,5}))?"
    r"(?:\s+(?:on|concerning|regarding|about)\s+(?P<on>[^,;:()]{1,120}?)"
    r"(?=\s*[,;:(.]|\s+(?:in|by|to|at|for|with|and|as|including|that|which)\s|$))?"
    # … or the reports the Council is kept informed through ("to include information on any such support in
    # his reports to the Council", S/RES/2149 (2014) 39; "to keep it informed through his reports about
    # UNAMID's progress", S/RES/2429 (2018) 37): each one of its regular series
    r"|\b(?:in|through)\s+(?:his|her)\s+reports\s+to\s+(?:the\s+(?:Security\s+)?Council|it)\b"
    r"|\bthrough\s+(?:his|her)\s+reports\b")
_SERIES_WORDS = {"annual": "P1Y", "biennial": "P2Y"}
_NOT_A_NAME = frozenset(("the", "a", "an", "of", "on", "and", "in", "to", "for", "his", "her", "its", "their",
                        "this", "present"))


def date_next_reports(paragraphs: Sequence[OperativeParagraph]) -> None:
    """A report asked with no deadline of its own, to be given in the next report of a series ("Further
    requests the Secretary-General … to include in his regular reports an update on …", S/RES/2476 (2019) 7;
    "in his next annual report to the Council on the implementation of resolutions 1820 (2008) … and the
    present resolution", S/RES/2467 (2019) 5), is due with that series where the same resolution asks the
    same author for exactly one report that the words fit: one recurring, or dated ("Requests the
    Secretary-General to submit his next report on the protection of civilians in armed conflict by
    November 2010", S/RES/1894 (2009) 35 for 26), or due at a session where it too is named as the next one
    ("his next progress report on the strategic heritage plan at the main part of its eightieth session",
    A/RES/79/297 22 for 17 and 20). The words fit a report whose paragraph says what they name it by ("the
    next overview report", "his next report on protection of civilians": "overview"; "protection",
    "civilians") and whose recurrence is theirs ("annual"; "regular" reports are a recurring series): "his
    regular reports on individual peacekeeping operations" (S/RES/1888 (2009) 25) are not the annual reports
    on resolution 1820 (2008) the resolution asks for. Two such reports, or none, leave it undated: each is
    due when that report comes."""
    dated: list[tuple[OperativeParagraph, OperativeParagraph]] = []  # (dated all at once: none is a source)
    for op in paragraphs:
        if op.kind != ObligationKind.REPORT or op.deadlines:
            continue
        m = _NEXT_IN_SERIES.search(op.text)
        if m is None:
            continue
        every, names = _series_named(m)
        fits = [source for source in paragraphs if source.part == op.part and _same_authors_report(source, op)
                and _in_series(source, m, every) and names <= set(re.findall(r"[\w-]+", source.text.lower()))]
        # (one series: a paragraph dated from another, "in the aforementioned report", is not another)
        fits = [source for source in fits if not (_REPORT_POINTED_BACK.search(source.text) and any(
            other is not source and other.deadlines == source.deadlines for other in fits))]
        if len(fits) == 1:
            dated.append((op, fits[0]))
    for op, source in dated:
        op.deadlines = [replace(d) for d in source.deadlines]


def _series_named(m: re.Match[str]) -> tuple[str | None, set[str]]:
    """How often the reports of the series ``m`` names fall due, where its words say ("annual": "P1Y"), and
    the words that name it ("progress", "overview"; the body it goes to; what it is on)."""
    words = " ".join(filter(None, (m["modifiers"], m["to"], m["on"]))).lower()
    every = next((_SERIES_WORDS[w] for w in words.split() if w in _SERIES_WORDS), None)
    return every, {w for w in re.findall(r"[\w-]+", words) if w not in _NOT_A_NAME and w not in _SERIES_WORDS}


def _in_series(source: OperativeParagraph, m: re.Match[str], every: str | None) -> bool:
    """Whether ``source``'s one deadline can be that of the report ``m`` names, the next of a series:
    recurring (every ``every``, where the words say how often), or, for the next report ("next", not
    "regular"), dated, or at a session where ``source`` names its report in the same words ("in the context
    of his next progress report on the strategic heritage plan at the main part of its eightieth session")."""
    series = (m["series"] or "regular").lower()
    # (a time counted back from an event beside it is when each is due in its year: "to include in his annual
    # comprehensive report … and to make the report available at least six weeks in advance of the meeting of
    # the consultative process", A/RES/54/33 7, for 8's "his next report on oceans and the law of the sea")
    own = [d for d in source.deadlines if not _before_event(d)]
    if len(own) != 1:
        return False
    d = own[0]
    if d.expires or d.target:
        return False
    if d.kind == DeadlineKind.RECURRING:
        return every is None or d.every == every
    if every is not None or series in ("regular", "periodic"):
        return False
    if d.kind == DeadlineKind.DATE or (
            d.kind == DeadlineKind.RELATIVE and (d.from_ or "adoption") == "adoption"):
        return True
    return d.kind == DeadlineKind.SESSION and any(
        n["series"] is not None and n["series"].lower() == series and n["modifiers"] == m["modifiers"]
        and _series_named(n)[1] >= _series_named(m)[1] for n in _NEXT_IN_SERIES.finditer(source.text))


def _deliverable_first(text: str, intro_end: int, deliverable: str | None, deadlines: list[Deadline]
                      ) -> list[Deadline]:
    """A paragraph's deadlines with those of its deliverable's clause first, where one its words before the
    sub-paragraphs set (``text[:intro_end]``) came first: an order of falling due, for :func:`marked_due`.
    "Requests the Special Committee, at its session in 2024, …: (a) To continue its consideration …; (b) To
    consider … the question of … assistance to third States affected by the application of sanctions …, and
    requests the Secretary-General to submit his next report on this issue to the General Assembly at its
    eightieth session; …" (A/RES/78/111 3): the report is due at the eightieth session, the Committee's
    session is that of its standing work (the caller sees that the other sub-paragraphs ask nothing more). The
    clause runs between the semicolons or colons around the deliverable (``text``: all the paragraph's
    words); the others keep their order after it, as do those of the clause."""
    if len(deadlines) < 2 or not deliverable or (at := text.find(deliverable)) < intro_end:
        return deadlines
    lo = max(text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1
    ends = [e for e in (text.find(";", at), text.find(":", at)) if e >= 0]
    hi = min(ends) if ends else len(text)

    def in_clause(d: Deadline) -> bool:
        where = text.find(d.text) if d.text else -1
        return lo <= where and where + len(d.text) <= hi

    before = text.find(deadlines[0].text) if deadlines[0].text else -1
    own = [d for d in deadlines if in_clause(d)]
    if not 0 <= before < intro_end or not own:
        return deadlines
    return own + [d for d in deadlines if not any(d is o for o in own)]


#: a limit set right after a session, within it: "at its sixty-sixth session, no later than April 2012" (the
#: date's words follow; not "in 2025", the session's year)
_WITHIN_THE_SESSION = re.compile(
    r",?\s*(?:and\s+)?(?=(?:no|not)\s+later\s+than\b|by\b|before\b|by\s+no\s+later\s+than\b)")


def _date_within_session(text: str, deadlines: list[Deadline]) -> list[Deadline]:
    """A paragraph's deadlines with a date that limits the session written just before it first: "Requests
    the Secretary-General to submit to the General Assembly at its sixty-sixth session, no later than April
    2012, a report on progress made in the implementation of the Strategy" (A/RES/64/297 16) is due by the end
    of April 2012, not when the session opens; "at the main part of its sixty-ninth session, before the end of
    2014" (A/RES/68/304 6). Only a date whose words follow the session's, a comma or "and" between (not "to
    report at its sixty-fourth session on the following issues with a view to the implementation of a system …
    by 1 January 2010", A/RES/63/250 4: the system's date), and not past a mandate's end ("at each of its
    sessions, until its fifty-ninth session, and before the end of 2023 and 2024", A/HRC/RES/53/30 2). Then a
    session that narrows the year before it (:func:`_session_within_period`) and a date within the session
    whose agenda takes up an item (:func:`_taken_up_within`)."""
    if len(deadlines) < 2:
        return deadlines
    out = list(deadlines)
    for i, session in enumerate(deadlines[:-1]):
        date = deadlines[i + 1]
        if session.kind != DeadlineKind.SESSION or date.kind != DeadlineKind.DATE or date.expires or (
                session.expires or not session.text or not date.text or (at := text.find(session.text)) < 0):
            continue
        gap = _WITHIN_THE_SESSION.match(text, at + len(session.text))
        if gap is not None and text.startswith(date.text, gap.end()):
            j = out.index(session)
            out[j], out[j + 1] = out[j + 1], out[j]
    return _taken_up_within(text, _session_within_period(text, out))


#: a session written right after a year or month, which it narrows: "in 2015, before the thirtieth session of
#: the Human Rights Council" (the session's words follow, a comma between)
_SESSION_NARROWS = re.compile(r",\s*(?:and\s+)?")


def _session_within_period(text: str, deadlines: list[Deadline]) -> list[Deadline]:
    """A paragraph's deadlines with a session that narrows the year or month written just before it first:
    "Decides that the open-ended intergovernmental working group shall hold its first session for five working
    days in 2015, before the thirtieth session of the Human Rights Council" (A/HRC/RES/26/9 4) is due before
    the Council's session opens in September, not by the end of 2015; "in 2023, prior to the commencement of
    the seventy-eighth session" (A/RES/77/245 29). Only a session whose calendar is known and that runs within
    the year or month."""
    out = list(deadlines)
    for date, session in zip(deadlines, deadlines[1:], strict=False):
        if date.kind != DeadlineKind.DATE or date.date is None or date.precision not in ("year", "month") or (
                date.expires or date.target or session.kind != DeadlineKind.SESSION or session.expires
                or not date.text or not session.text or (at := text.find(date.text)) < 0):
            continue
        gap = _SESSION_NARROWS.match(text, at + len(date.text))
        if gap is None or not text.startswith(session.text, gap.end()) or not _runs_within(session, date):
            continue
        j = out.index(date)
        if out[j + 1] is session:
            out[j], out[j + 1] = session, date
    return out


def _runs_within(session: Deadline, date: Deadline) -> bool:
    """Whether ``session`` runs, by its body's calendar, in the year or month ``date`` names."""
    body = _rule_body(session.body)
    if body is None or session.session is None or date.date is None:
        return False
    try:
        dates = _CALENDAR.session_dates(body, session.session)
    except CalendarError:
        return False
    first = date.date.replace(month=1, day=1) if date.precision == "year" else date.date.replace(day=1)
    return dates.opens_on <= date.date and (dates.closes_on is None or dates.closes_on >= first)


def _taken_up_within(text: str, deadlines: list[Deadline]) -> list[Deadline]:
    """A paragraph's deadlines with a date written after the session whose agenda it includes an item in,
    and falling within that session, put before the session: the item is taken up by then. "Decides to
    include in the provisional agenda of its sixty-sixth session the item entitled “The United Nations
    Global Counter-Terrorism Strategy” in order to undertake, by June 2012, an examination of the report …"
    (A/RES/64/297 17, and each review of the Strategy since) falls due by June 2012, not when the session
    opens; "Decides to include in the provisional agenda of its sixty-seventh session … the sub-item …, and
    in this regard requests the Secretary-General to submit to the General Assembly, by the end of February
    2013, an analytical report …" (A/RES/66/256 4) by February 2013. Only a session whose calendar is
    known, and a date within it."""
    out = list(deadlines)
    for session in deadlines:
        if session.kind != DeadlineKind.SESSION or session.expires or session.session is None or (
                not session.body or not session.text or (at := text.find(session.text)) < 0
                or _AGENDA_BEFORE.search(text, _clause_start(text, at), at) is None):
            continue
        after = at + len(session.text)
        date = next((d for d in out[out.index(session) + 1:] if d.kind == DeadlineKind.DATE and d.date
                     and not d.expires and not d.target and d.text and text.find(d.text, after) >= 0
                     and _running(session.body, d.date) == session.session), None)
        if date is not None:
            out.remove(date)
            out.insert(out.index(session), date)
    return out


def _earliest_date_first(deadlines: list[Deadline]) -> list[Deadline]:
    """A paragraph's dated deadlines (a date, or a delay from the adoption dated) in the order they fall
    due, each in the place one of them was written (for :func:`marked_due`): the first thing due is the
    earliest — "to undertake the preparation of a biennial report in 1982,
    beginning with an interim report in 1981" (A/RES/34/114 2), "to report, within 180 days, and provide a
    preliminary oral update to the 1267 Committee within 90 days" (S/RES/2214 (2015) 13), "to convene, in
    2026, up to two meetings …, one in the first half of 2026 and another in the second half of 2026"
    (A/RES/80/110 325). Sessions, recurrences, a mandate's end and a goal keep their places."""
    slots = [i for i, d in enumerate(deadlines) if d.date is not None and not d.expires and not d.target and (
        d.kind == DeadlineKind.DATE or d.kind == DeadlineKind.RELATIVE and d.from_ == "adoption")]
    if len(slots) < 2:
        return deadlines
    ordered = sorted((deadlines[i] for i in slots), key=lambda d: d.date)
    out = list(deadlines)
    for i, d in zip(slots, ordered, strict=True):
        out[i] = d
    return out


#: the words before the date of what a clause conforms to, not the clause's own: "in accordance with the
#: Secretary-General’s transition plan for UNAMI to be completed by 31 December 2024" (S/RES/2732 (2024) 6)
_CONFORMS_TO = re.compile(
    r"\b(?:in\s+accordance\s+with|consistent\s+with|in\s+line\s+with|in\s+keeping\s+with|pursuant\s+to)\s+"
    r"[^;:,]{0,160}\bto\s+be\s+[a-z]+(?:ed|en|eld)\s+$")


def _conformed_to_last(text: str, deadlines: list[Deadline]) -> list[Deadline]:
    """A paragraph's deadlines with the dates of what a clause conforms to last, for :func:`marked_due`: "(b)
    …, and requests the Secretary-General to make recommendations by 31 May 2025 …; (c) Promote, support, and
    facilitate the following development and humanitarian tasks, …, in accordance with the Secretary-General’s
    transition plan for UNAMI to be completed by 31 December 2024: …" (S/RES/2732 (2024) 6) falls due by
    31 May 2025, the plan's end being the plan's, which the paragraph does not ask for."""
    def conformed(d: Deadline) -> bool:
        at = text.find(d.text) if d.kind == DeadlineKind.DATE and d.text else -1
        return at > 0 and _CONFORMS_TO.search(text, max(0, at - 240), at) is not None
    last = [d for d in deadlines if conformed(d)]
    return [d for d in deadlines if not any(d is o for o in last)] + last if last else deadlines


def marked_due(text: str, deadlines: list[Deadline], deliverable: str | None = None, intro_end: int = 0
               ) -> list[Deadline]:
    """A paragraph's deadlines in the order written (DESIGN §5: ``tracker parse`` lists them so, ``deadline``
    the first), the one it falls due by marked ``due`` where that is not the first written: the first to give
    a due date (``types.dated_deadlines``) once they are put in the order they fall due — a date that limits
    the session written before it, a session that narrows the year before it, a date within the session whose
    agenda takes up an item (:func:`_date_within_session`), the earliest date in a date's place
    (:func:`_earliest_date_first`) unless it is that of what a clause conforms to
    (:func:`_conformed_to_last`), and, given the ``deliverable`` of a paragraph whose sub-paragraphs ask
    standing work beside it, its clause's first where its words before the sub-paragraphs
    (``text[:intro_end]``) set the first (:func:`_deliverable_first`). ``text``: all the paragraph's words."""
    ordered = _conformed_to_last(text, _earliest_date_first(_date_within_session(text, deadlines)))
    if deliverable is not None:
        ordered = _deliverable_first(text, intro_end, deliverable, ordered)
    first = next(iter(dated_deadlines(ordered)), None)
    if first is None or first is next(iter(dated_deadlines(deadlines)), None):
        return deadlines
    return [replace(d, due=True) if d is first else d for d in deadlines]


__all__ = ["BodyInfo", "bodies_named", "cardinal_to_int", "date_held_days", "date_next_reports",
           "date_reports_pointed_back", "find_deadlines", "link_expiries", "link_session_dates", "marked_due",
           "names_a_numbered_report"]
