"""Plain dataclasses the parser returns: no database, no Flask.

These are the contract between ``tracker.parsing`` and everything that consumes a parsed
resolution (the import service, ``tracker parse --json``, the import preview page, the
benchmarks). ``to_dict()`` gives the JSON of DESIGN §5.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

#: what ``tracker.parsing`` exports of these: the result of a parse and its parts
__all__ = [
    "Deadline",
    "DeadlineKind",
    "Footnote",
    "ObligationKind",
    "OperativeParagraph",
    "ParseError",
    "ParsedResolution",
    "PreambularParagraph",
    "SubParagraph",
    "dated_deadlines",
]


class ParseError(ValueError):
    """Input that cannot be read as a resolution. The message is one line: what and where."""

    def __init__(self, message: str, *, line: int | None = None):
        self.line = line
        where = f"line {line}: " if line is not None else ""
        super().__init__(f"{where}{message}")


class DeadlineKind(StrEnum):
    SESSION = "session"
    DATE = "date"
    RELATIVE = "relative"
    RECURRING = "recurring"


class ObligationKind(StrEnum):
    """What a paragraph asks, read as a delegate would (DESIGN §1).

    ``report`` and ``action`` are deliverables, ``agenda`` an item for a future session; these
    three are *tracked*: counted, dated, overdue, reminded. A ``mandate`` expires rather than
    falls due; an ``exhortation`` is a standing call with no product; a ``declaratory``
    paragraph asks nothing of anyone."""

    REPORT = "report"
    ACTION = "action"
    AGENDA = "agenda"
    MANDATE = "mandate"
    EXHORTATION = "exhortation"
    DECLARATORY = "declaratory"

    @property
    def rank(self) -> int:
        """How demanding: a paragraph mixing several kinds takes the highest."""
        return _KIND_RANK[self]

    @property
    def is_tracked(self) -> bool:
        return self in TRACKED_KINDS

    @classmethod
    def most_demanding(cls, kinds) -> ObligationKind:
        return max(kinds, key=lambda kind: _KIND_RANK[cls(kind)], default=cls.DECLARATORY)


_KIND_RANK = {
    ObligationKind.REPORT: 5,
    ObligationKind.ACTION: 5,
    ObligationKind.AGENDA: 4,
    ObligationKind.MANDATE: 3,
    ObligationKind.EXHORTATION: 2,
    ObligationKind.DECLARATORY: 1,
}

#: The kinds the register counts, dates, flags overdue and reminds about.
TRACKED_KINDS = frozenset({ObligationKind.REPORT, ObligationKind.ACTION, ObligationKind.AGENDA})


@dataclass
class Deadline:
    """One deadline a paragraph sets, as written and as structure."""

    kind: DeadlineKind
    #: the words it came from: "at its seventy-third session"
    text: str
    #: session deadlines: the body's stable code (GA, HRC, ECOSOC, or a code from the registry
    #: of bodies, ``tracker.calendar.bodies``, e.g. CCPCJ; None for a body the registry does not
    #: know, named in ``body_name``) and the session number (ECOSOC and other bodies numbered by
    #: year: the year). ``session`` is None where the words name another body's next session
    #: ("brief the Special Committee at its next session": the first session of that body after
    #: adoption) or, with ``current``, its session in progress; a calendar never dates such a
    #: session from another body's calendar. A registry body that names its sessions by the year they are
    #: held in has its next session numbered once the resolution prints its dates (CHARTER 2024)
    body: str | None = None
    session: int | None = None
    #: session deadlines: the body's name ("Commission on Crime Prevention and Criminal Justice")
    body_name: str | None = None
    #: session deadlines: the session in progress at adoption ("at its seventy-eighth session"
    #: in a resolution adopted during the seventy-eighth)
    current: bool = False
    #: session deadlines: the end of the session ("before the end of its seventy-fifth session",
    #: "until the end of the fifty-fifth session of the Human Rights Council"): due, or expiring,
    #: when it closes rather than when it opens
    end: bool = False
    #: session deadlines: the session's dates where the text prints them ("shall hold its next
    #: session from 18 to 26 February 2025"); ``closes`` None when only the opening is printed
    opens: dt.date | None = None
    closes: dt.date | None = None
    #: date deadlines; ``precision`` is "month", "quarter", "half" or "year" when only those were
    #: written ("by the end of the first quarter of 2026": 31 March 2026). Other kinds carry a
    #: date too: an expiry's end where it can be computed ("for twelve months" from adoption,
    #: "one month before the mandate expires" from the expiry the resolution sets), and the first
    #: occurrence of a recurring deadline whose start the text names ("beginning in 2026",
    #: precision "year")
    date: dt.date | None = None
    precision: str | None = None
    #: relative deadlines: N days after ``from_`` ("adoption" or "expiry"; negative: before).
    #: ``from_`` "event": a period counted from an event the text names ("within 60 days" of receiving a
    #: communication): ``days`` and ``period`` as written, no ``date``, which only the event gives; ``days``
    #: negative for a period counted back from it ("no later than five weeks before the start of the
    #: consultations": -35, "P5W"; 0 and no ``period`` for "ahead of the joint special meeting"), due before
    #: an event the text does not date: the register puts it up for an officer to date.
    #: ``from_`` "session_end": a mandate's period that starts when a session closes ("for a
    #: period of three years, effective from the end of its fifty-third session"): ``body`` and
    #: ``session`` name that session, ``period`` is the length (ISO 8601, calendar months and
    #: years: "P3Y") and ``days`` is None; the calendar dates the end (the session's closing
    #: date plus the period), or says that the session's end is not known. From the adoption,
    #: ``period`` is the delay as written ("within six months": "P6M"; ``days`` still dates it), so
    #: that the due date is explained in the resolution's unit
    days: int | None = None
    from_: str | None = None
    period: str | None = None
    #: recurring deadlines: ISO 8601 duration, "P1Y", "P2Y", "P4M", "P120D"
    every: str | None = None
    #: the end of a mandate: it expires, it does not fall due
    expires: bool = False
    #: a goal year ("by 2030"): a target, not a due date
    target: bool = False
    #: the deadline the paragraph falls due by, where it is not the first written of those that give a due
    #: date ("to the General Assembly at its sixty-sixth session, no later than April 2012": the date within
    #: the session; ``deadlines.marked_due``): the register dates and files the obligation by it. The
    #: paragraph's deadlines stay in the order written (DESIGN §5)
    due: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Deadline:
        """The inverse of ``to_dict``; also takes string values (XML attributes, query args).
        Raises ``ValueError`` for an unknown kind or a malformed value."""

        def number(key: str) -> int | None:
            value = data.get(key)
            return int(value) if value not in (None, "") else None

        def date(key: str) -> dt.date | None:
            value = data.get(key)
            if isinstance(value, str):
                return dt.date.fromisoformat(value) if value else None
            return value or None

        return cls(
            kind=DeadlineKind(data.get("kind")),
            text=data.get("text") or "",
            body=data.get("body") or None,
            session=number("session"),
            date=date("date"),
            precision=data.get("precision") or None,
            days=number("days"),
            from_=data.get("from") or data.get("from_") or None,
            every=data.get("every") or None,
            period=data.get("period") or None,
            body_name=data.get("body_name") or None,
            current=_flag(data.get("current")),
            end=_flag(data.get("end")),
            expires=_flag(data.get("expires")),
            target=_flag(data.get("target")),
            due=_flag(data.get("due")),
            opens=date("opens"),
            closes=date("closes"),
        )

    def to_dict(self) -> dict:
        out: dict = {"kind": str(self.kind)}
        if self.kind == DeadlineKind.SESSION:
            out |= {"body": self.body, "session": self.session}
            if self.body_name:
                out["body_name"] = self.body_name
            if self.current:
                out["current"] = True
            if self.end:
                out["end"] = True
            if self.opens:
                out["opens"] = self.opens.isoformat()
            if self.closes:
                out["closes"] = self.closes.isoformat()
        elif self.kind == DeadlineKind.DATE:
            out["date"] = self.date.isoformat() if self.date else None
            if self.precision and self.precision != "day":
                out["precision"] = self.precision
        elif self.kind == DeadlineKind.RELATIVE and self.from_ == "session_end":
            out |= {"from": self.from_, "body": self.body, "session": self.session,
                    "period": self.period}
            if self.body_name:
                out["body_name"] = self.body_name
        elif self.kind == DeadlineKind.RELATIVE:
            out |= {"days": self.days, "from": self.from_ or "adoption"}
            if self.period:
                out["period"] = self.period
        elif self.kind == DeadlineKind.RECURRING:
            out["every"] = self.every
        if self.kind != DeadlineKind.DATE and self.date:
            out["date"] = self.date.isoformat()
            if self.precision and self.precision != "day":
                out["precision"] = self.precision
        if self.expires:
            out["expires"] = True
        if self.target:
            out["target"] = True
        if self.due:
            out["due"] = True
        out["text"] = self.text
        return out


#: a deadline as the parser gives it or as the register stores it
_D = TypeVar("_D", "Deadline", Mapping[str, Any])


def dated_deadlines(deadlines: Iterable[_D] | None) -> list[_D]:
    """The deadlines that give a due date, the one a paragraph falls due by first — the parser's
    ``Deadline``s or the dicts the register stores (``to_dict``), one rule for both (the parser marks
    ``due`` the one the register is to date by: ``deadlines.marked_due``): a mandate's end (``expires``)
    and a goal year (``target``) give none; one marked ``due`` goes first; a recurrence counts from the
    first dated one, so it goes last."""

    def read(d: _D, name: str) -> Any:
        return d.get(name) if isinstance(d, Mapping) else getattr(d, name)

    dated = [d for d in deadlines or () if not read(d, "expires") and not read(d, "target")]
    return sorted(dated, key=lambda d: (not read(d, "due"), read(d, "kind") == DeadlineKind.RECURRING))


def _flag(value: Any) -> bool:
    """A boolean from JSON, an XML attribute or a query argument."""
    return value is True or (isinstance(value, str) and value.lower() in ("true", "1", "yes"))


@dataclass
class Footnote:
    marker: str
    text: str
    #: eIds of the paragraphs that cite this footnote
    cited_by: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"marker": self.marker, "text": self.text, "cited_by": list(self.cited_by)}


@dataclass
class SubParagraph:
    label: str
    text: str
    eid: str = ""
    subparagraphs: list[SubParagraph] = field(default_factory=list)
    #: set where the sub-paragraph asks something else than its paragraph (S/RES/1591 (2005)
    #: 3 (b) establishes a panel for six months, 3 (c) asks for 90-day reports)
    kind: ObligationKind | None = None
    deadlines: list[Deadline] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = {
            "label": self.label,
            "text": self.text,
            "eid": self.eid,
            "subparagraphs": [s.to_dict() for s in self.subparagraphs],
        }
        if self.kind is not None:
            out["kind"] = str(self.kind)
        if self.deadlines:
            out["deadlines"] = [d.to_dict() for d in self.deadlines]
        return out


@dataclass
class PreambularParagraph:
    #: 1-based position in the preamble
    number: int
    text: str
    eid: str = ""
    footnotes: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "text": self.text,
            "eid": self.eid,
            "footnotes": list(self.footnotes),
            "references": list(self.references),
        }


@dataclass
class OperativeParagraph:
    #: as printed: "5"; numbering may restart in each part of a multi-part resolution
    number: str
    #: the full text, sub-paragraphs included, as one string
    text: str
    #: the operative phrase normalised: "requests", "calls_upon", ...
    action: str | None
    kind: ObligationKind
    #: canonical entity names from the gazetteer (or the words as written for unknown actors)
    actors: list[str] = field(default_factory=list)
    deliverable: str | None = None
    deadlines: list[Deadline] = field(default_factory=list)
    subparagraphs: list[SubParagraph] = field(default_factory=list)
    #: "A", "B", ... for resolutions in several parts, else None
    part: str | None = None
    #: Akoma Ntoso style identifier: "para_5", "part_B__para_2", "annex_1__para_77"
    eid: str = ""
    footnotes: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    #: 0..1 per inferred field: action, kind, actors, deadline, deliverable
    confidence: dict[str, float] = field(default_factory=dict)
    #: 1-based line in the normalised input where the paragraph starts
    line: int | None = None
    #: printed without a number (a part's one paragraph: A/RES/76/240 C and D): ``number`` is its
    #: place, for its eId, and is never shown as a number the resolution prints
    unnumbered: bool = False
    #: where in ``text`` the clause that asks what the paragraph asks is said, when a clause before it
    #: asks nothing or less ("Recalls its decision … and reiterates its request to the Secretary-General
    #: … to report …", A/RES/80/43 9: at "reiterates"); 0 at its start. What a row of it shows.
    asks_from: int = 0

    @property
    def deadline(self) -> Deadline | None:
        return self.deadlines[0] if self.deadlines else None

    def to_dict(self) -> dict:
        out = {
            "number": self.number,
            "text": self.text,
            "action": self.action,
            "kind": str(self.kind),
            "actors": list(self.actors),
            "deliverable": self.deliverable,
            "subparagraphs": [s.to_dict() for s in self.subparagraphs],
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "deadlines": [d.to_dict() for d in self.deadlines],
            "eid": self.eid,
            "footnotes": list(self.footnotes),
            "references": list(self.references),
            "confidence": dict(self.confidence),
        }
        if self.part:
            out["part"] = self.part
        if self.unnumbered:
            out["unnumbered"] = True
        if self.asks_from:
            out["asks_from"] = self.asks_from
        return out


@dataclass
class Annex:
    """An instrument the resolution adopts "as contained in the annex" (a political declaration,
    programme of action, outcome document), whose numbered paragraphs carry mandates too."""

    #: 1-based, as in the eIds of its paragraphs ("annex_1__para_77")
    number: int
    title: str
    #: shaped like operative paragraphs, read in the instrument's own voice ("We request …")
    paragraphs: list[OperativeParagraph] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "title": self.title,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }


def heading_dict(resolution: Any) -> dict[str, Any]:
    """A resolution's heading as the JSON documents print it (``tracker parse --json``, the API's
    and the exports' resolution document): a parsed one or a stored one, whose fields share names."""
    return {
        "symbol": resolution.symbol,
        "body": resolution.body,
        "session": resolution.session,
        "adopted_on": resolution.adopted_on.isoformat() if resolution.adopted_on else None,
        "title": resolution.title,
        "agenda_items": list(resolution.agenda_items or []),
        "meeting": resolution.meeting,
        "draft_symbols": list(resolution.draft_symbols or []),
        "committee_note": resolution.committee_note,
        "distributed_on": resolution.distributed_on.isoformat() if resolution.distributed_on else None,
    }


@dataclass
class ParsedResolution:
    symbol: str
    #: "GA", "SC", "HRC", "ECOSOC"
    body: str
    #: GA/HRC session number; ECOSOC: the year; SC: None
    session: int | None
    adopted_on: dt.date | None
    title: str
    agenda_items: list[str] = field(default_factory=list)
    meeting: str | None = None
    draft_symbols: list[str] = field(default_factory=list)
    #: "[without reference to a Main Committee (A/71/L.17 and Add.1)]" as written
    committee_note: str | None = None
    distributed_on: dt.date | None = None
    preambular: list[PreambularParagraph] = field(default_factory=list)
    operative: list[OperativeParagraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    #: document symbols the text cites: "resolution 51/1" -> "A/RES/51/1", "A/71/L.17"
    references: list[str] = field(default_factory=list)
    #: "markdown-text", "pdf-text", "pdf", "docx"
    source_format: str = "text"
    #: things the parser noticed but could not resolve (numbering gaps, ...), one line each
    warnings: list[str] = field(default_factory=list)

    @property
    def preambular_count(self) -> int:
        return len(self.preambular)

    def to_dict(self) -> dict:
        return {
            **heading_dict(self),
            "preambular_count": self.preambular_count,
            "preambular": [p.to_dict() for p in self.preambular],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "references": list(self.references),
            "operative": [p.to_dict() for p in self.operative],
            "annexes": [a.to_dict() for a in self.annexes],
            "source_format": self.source_format,
            "warnings": list(self.warnings),
        }
