"""What an import writes, decided in one place for a new resolution and for a re-import alike.

``ImportPlan`` holds what one import knows (the parsed text, who imports, the calendar, the entity
resolver, the clock) and gives the rows: a paragraph's eId and row, an obligation's fields, its
starting status, due date and review reasons, and its "created" history entry. ``create`` and
``reimport`` execute it; ``rows`` inserts what it gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tracker.calendar import Calendar
from tracker.models import (
    Entity,
    ObligationKind,
    ObligationStatus,
    OwnerCandidate,
    ParagraphKind,
    Resolution,
)
from tracker.parsing.types import (
    OperativeParagraph,
    ParsedResolution,
    PreambularParagraph,
    SubParagraph,
)
from tracker.services.actors import Actor
from tracker.services.calendar import (
    PrintedSession,
    compute_dates,
    filed_under,
    printed_sessions,
    recurrence_of,
    written_derivation,
)
from tracker.services.entities import EntityResolver, Resolved, ShortNames
from tracker.services.errors import Conflict

from .review import ReviewPoint, review_points

#: kinds with no finish line of their own: standing calls and mandates (which expire) are ``ongoing``
STANDING_KINDS = frozenset({ObligationKind.EXHORTATION, ObligationKind.MANDATE})
#: who the history shows for what an import did
IMPORT_ACTOR = "import"


class AlreadyImported(Conflict):
    """The symbol is already in the register and replacing was not asked for."""

    def __init__(self, symbol: str):
        super().__init__(f"{symbol} is already imported; re-import it with --replace (replace=True)",
                         code="already_imported", symbol=symbol)
        self.symbol = symbol


#: a year's parenthesis, and the space before it: where two spellings of one symbol differ
_SPACED_PARENTHESIS = re.compile(r"\s*\(")
_TIGHT_PARENTHESIS = re.compile(r"\s+\(")


def symbol_variants(symbol: str) -> list[str]:
    """Spellings of one symbol that may be stored: "S/RES/2682 (2023)" and "S/RES/2682(2023)"; a
    symbol without a parenthesis has one (most: an import of the bench's 300 files asks ≈ 13,000
    times)."""
    symbol = symbol.strip()
    if "(" not in symbol:
        return [symbol]
    spaced = _SPACED_PARENTHESIS.sub(" (", symbol)
    tight = _TIGHT_PARENTHESIS.sub("(", symbol)
    return list(dict.fromkeys([symbol, spaced, tight]))


# --------------------------------------------------------------------------- eIds


def preamble_eid(pre: PreambularParagraph) -> str:
    return pre.eid or f"preamble__para_{pre.number}"


def operative_eid(op: OperativeParagraph) -> str:
    if op.eid:
        return op.eid
    return f"part_{op.part}__para_{op.number}" if op.part else f"para_{op.number}"


def sub_eid(sub: SubParagraph, parent_eid: str) -> str:
    return (sub.eid or f"{parent_eid}__point_{sub.label}")[:110]


def walk(subs: Iterable[SubParagraph], prefix: str = "") -> Iterator[tuple[str, SubParagraph, int]]:
    """Every sub-paragraph with its full label ("b (ii)") and depth (1 for "b")."""
    for sub in subs:
        label = f"{prefix} ({sub.label})" if prefix else sub.label
        yield label, sub, label.count("(") + 1
        yield from walk(sub.subparagraphs, label)


def cited_symbol(text: str) -> str:
    """The symbol a reference stores for a citation as the parser gives it ("" for none)."""
    return text.strip()[:80]


def cited_symbols(parsed: ParsedResolution) -> set[str]:
    """The symbols a new resolution's references store: those its paragraphs cite and the rest
    of the text's."""
    cited = [*(s for para in [*parsed.preambular, *parsed.operative] for s in para.references),
             *parsed.references]
    return {cited_symbol(s) for s in cited} - {""}


def norm(text: str) -> str:
    return " ".join(text.split())


def jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def numbered(parsed: ParsedResolution) -> Iterator[tuple[OperativeParagraph, str]]:
    """``ImportPlan.numbered``: the operative paragraphs, then each annexed instrument's (their
    eId given: ``annex_1__para_77``), with the kind of paragraph row each becomes."""
    yield from ((op, ParagraphKind.OPERATIVE) for op in parsed.operative)
    for annex in parsed.annexes:
        for para in annex.paragraphs:
            para.eid = para.eid or f"annex_{annex.number}__para_{para.number}"
            yield para, ParagraphKind.ANNEX


def paragraph_count(parsed: ParsedResolution) -> int:
    """How many paragraph rows a new resolution's import writes: the preambular paragraphs, the
    numbered ones and all their sub-paragraphs."""
    return len(parsed.preambular) + sum(1 + sum(1 for _ in walk(op.subparagraphs))
                                        for op, _kind in numbered(parsed))


# --------------------------------------------------------------------------- obligations


@dataclass
class Fields:
    """What one operative paragraph gives its obligation."""

    action: str | None
    kind: str
    deliverable: str | None
    deadline_text: str | None
    deadlines: list[dict]
    deadline_body: str | None
    deadline_session: int | None
    recurrence: str | None
    confidence: dict[str, Any]

    @classmethod
    def of(cls, op: OperativeParagraph) -> Fields:
        deadlines = [d.to_dict() for d in op.deadlines]
        text, body, session = filed_under(deadlines)  # per-session views
        return cls(
            action=op.action[:40] if op.action else None,
            kind=str(op.kind)[:20],
            deliverable=op.deliverable,
            deadline_text=text,
            deadlines=deadlines,
            deadline_body=body,
            deadline_session=session,
            recurrence=recurrence_of(deadlines),
            confidence=dict(op.confidence),
        )

    @property
    def starting_status(self) -> str:
        """``not_applicable`` for a declaratory paragraph (it asks nothing: "no action required");
        ``ongoing`` for a standing call, a mandate or what has no deadline; else ``not_started``."""
        if self.kind == ObligationKind.DECLARATORY:
            return ObligationStatus.NOT_APPLICABLE
        standing = self.kind in STANDING_KINDS or not self.deadlines
        return ObligationStatus.ONGOING if standing else ObligationStatus.NOT_STARTED


@dataclass
class NewObligation:
    """One obligation an import adds, as its rows will say."""

    paragraph_id: int
    fields: Fields
    owners: list[Entity]
    #: pending owner candidates its paragraph names (linked for reviewers, not owners)
    candidates: list[OwnerCandidate]
    #: (full label, sub-paragraph id) of its items
    items: list[tuple[str, int]]
    due_on: dt.date | None
    due_derivation: str | None
    target_on: dt.date | None
    reasons: list[str]
    #: a mandate's end
    expires_on: dt.date | None = None
    #: what to review, as the import's summary counts it
    points: list[ReviewPoint] = field(default_factory=list)


# --------------------------------------------------------------------------- printed session dates


# --------------------------------------------------------------------------- the plan


@dataclass
class ImportPlan:
    parsed: ParsedResolution
    actor: Actor
    today: dt.date
    now: dt.datetime
    calendar: Calendar
    resolver: EntityResolver
    #: eIds taken so far among the resolution's current paragraphs
    eids: set[str] = field(default_factory=set)
    #: actor names that match no entity (pending owner candidates), in order of first sight
    new_entities: list[str] = field(default_factory=list)
    #: the resolution cites one we hold, or one we hold cites it (successor links are possible)
    linked: bool = False
    _numbered: list[tuple[OperativeParagraph, str]] | None = field(default=None, repr=False)
    _short_names: ShortNames | None = field(default=None, repr=False)

    @property
    def who(self) -> str:
        return IMPORT_ACTOR if self.actor.user_id is None else self.actor.name

    def unique_eid(self, eid: str) -> str:
        candidate, n = eid, 1
        while candidate in self.eids:
            n += 1
            candidate = f"{eid}_{n}"
        self.eids.add(candidate)
        return candidate

    @property
    def numbered(self) -> list[tuple[OperativeParagraph, str]]:
        """The operative paragraphs, then the numbered paragraphs of each annexed instrument
        (eId ``annex_1__para_77``), with the kind of paragraph row each becomes. Each gets an
        obligation; only the tracked kinds count."""
        if self._numbered is None:
            self._numbered = list(numbered(self.parsed))
        return self._numbered

    def printed_sessions(self) -> list[PrintedSession]:
        """The session dates the operative paragraphs print for another body's numbered session
        (``printed_session``), in the order written: what the import records in the calendar."""
        return printed_sessions((op, op.deadlines) for op in self.parsed.operative)

    def set_resolution_fields(self, resolution: Resolution, source_text: str | None,
                              filename: str | None) -> None:
        p = self.parsed
        resolution.symbol = p.symbol
        resolution.body = p.body
        resolution.session = p.session
        resolution.title = p.title
        resolution.adopted_on = p.adopted_on
        resolution.distributed_on = p.distributed_on
        resolution.agenda_items = list(p.agenda_items)
        resolution.meeting = p.meeting
        resolution.draft_symbols = list(p.draft_symbols)
        resolution.committee_note = p.committee_note
        resolution.source_format = p.source_format
        resolution.source_filename = filename
        resolution.source_text = source_text
        resolution.parse_warnings = list(p.warnings)
        resolution.annexes = [{"number": a.number, "title": a.title} for a in p.annexes] or None
        resolution.imported_at = self.now
        resolution.imported_by_id = self.actor.user_id

    # ------------------------------------------------------------------ paragraphs

    @staticmethod
    def paragraph_row(rid: int, kind: str, number: str, eid: str, position: int, text: str, *,
                      part: str | None = None, parent_id: int | None = None,
                      line: int | None = None, unnumbered: bool = False, asks_from: int = 0
                      ) -> dict[str, Any]:
        return {"resolution_id": rid, "parent_id": parent_id, "kind": kind, "part": part,
                "number": number[:20], "unnumbered": unnumbered, "eid": eid, "position": position,
                "text": text, "line": line, "asks_from": asks_from}

    # ------------------------------------------------------------------ obligations

    def resolve(self, op: OperativeParagraph) -> Resolved:
        """The paragraph's owners and owner candidates, its short names named as the resolution names
        them (:class:`ShortNames`); the names of the candidates are remembered."""
        if self._short_names is None:
            self._short_names = ShortNames.of(self.parsed, self.resolver.session)
        resolved = self.resolver.resolve(self._short_names.in_full(op.actors, op.text))
        self.new_entities.extend(n for n in resolved.unknown if n not in self.new_entities)
        return resolved

    @staticmethod
    def review(fields: Fields, unknown: list[str], due_error: str | None) -> list[ReviewPoint]:
        return review_points(fields.confidence, fields.deadlines, unknown, due_error)

    def dates(self, kind: str, deadlines: list[dict], override_on: dt.date | None = None):
        """(due date, expiry, error) by the one rule for every kind (``compute_dates``)."""
        return compute_dates(self.calendar, kind, deadlines, adopted_on=self.parsed.adopted_on,
                             body=self.parsed.body, today=self.today, override_on=override_on)

    def new_obligation(self, paragraph_id: int, op: OperativeParagraph, resolved: Resolved,
                       items: list[tuple[str, int]], first_reason: str | None = None) -> NewObligation:
        fields = Fields.of(op)
        due, expires_on, error = self.dates(fields.kind, fields.deadlines)
        points = self.review(fields, resolved.unknown, error)
        reasons = [p.note for p in points]
        return NewObligation(
            paragraph_id=paragraph_id, fields=fields, owners=resolved.owners,
            candidates=resolved.candidates, items=items,
            due_on=due.due_on if due else None,
            due_derivation=written_derivation(fields.kind, fields.deadlines, due, error,
                                              adopted_on=self.parsed.adopted_on, calendar=self.calendar),
            target_on=due.target_on if due else None,
            reasons=[first_reason, *reasons] if first_reason else reasons,
            expires_on=expires_on, points=points,
        )

    def obligation_row(self, rid: int, new: NewObligation) -> dict[str, Any]:
        return {
            **vars(new.fields),
            "resolution_id": rid, "paragraph_id": new.paragraph_id, "occurrence": 1,
            "status": new.fields.starting_status,
            "status_changed_at": self.now, "created_at": self.now, "updated_at": self.now,
            "due_on": new.due_on, "due_derivation": new.due_derivation, "target_on": new.target_on,
            "expires_on": new.expires_on,
            "needs_review": bool(new.reasons), "review_note": "; ".join(new.reasons) or None,
            "reviewed_fields": [], "version": 1,
        }

    def history_row(self, obligation_id: int, field_name: str, old: Any = None, new: Any = None,
                    comment: str | None = None) -> dict[str, Any]:
        return {"obligation_id": obligation_id, "at": self.now, "user_id": self.actor.user_id,
                "actor": self.who, "field": field_name, "old_value": old, "new_value": new,
                "comment": comment}

    def created_entry(self, obligation_id: int, row: dict[str, Any], comment: str) -> dict[str, Any]:
        due_on = row["due_on"]
        return self.history_row(
            obligation_id, "created", None,
            {"status": str(row["status"]), "due_on": due_on.isoformat() if due_on else None},
            comment,
        )
