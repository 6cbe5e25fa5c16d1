"""From a parsed resolution to rows: the resolution, its paragraphs and its obligations.

``import_resolution`` writes everything in the caller's transaction and only flushes: when any
step fails, the caller rolls back and nothing of the file is left. Look-ups are done once per
import (existing symbol, the entities, the resolutions it cites) and rows are added in a few
flushes, one per level of the paragraph tree, so importing thousands of resolutions stays close
to the cost of parsing them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session, make_transient_to_detached, selectinload

from tracker.calendar import Calendar
from tracker.db import utcnow
from tracker.models import (
    DocumentReference,
    Entity,
    Footnote,
    HistoryEntry,
    Obligation,
    ObligationItem,
    ObligationKind,
    ObligationStatus,
    Paragraph,
    ParagraphKind,
    Resolution,
    ResolutionLink,
    obligation_owners,
    paragraph_footnotes,
)
from tracker.parsing.types import OperativeParagraph, ParsedResolution, SubParagraph
from tracker.services.actors import Actor
from tracker.services.audit import record_audit
from tracker.services.calendar import apply_due, compute_due, load_calendar
from tracker.services.entities import EntityResolver

#: a field the parser is less sure of than this puts the obligation up for review
LOW_CONFIDENCE = 0.5
#: kinds that ask nobody to deliver anything by a date: they stay ``ongoing``
STANDING_KINDS = frozenset({ObligationKind.EXHORTATION, ObligationKind.DECLARATORY})
#: eId prefix of paragraphs a re-import removed (kept for the history of their obligations)
REMOVED_PREFIX = "removed_"
#: bodies whose sessions the calendar knows (``Obligation.deadline_body``)
SESSION_BODIES = frozenset({"GA", "HRC", "ECOSOC"})
#: who the history shows for what an import did
IMPORT_ACTOR = "import"


class AlreadyImported(Exception):
    """The symbol is already in the register and replacing was not asked for."""

    def __init__(self, symbol: str):
        self.symbol = symbol
        super().__init__(f"{symbol} is already imported; re-import it with --replace (replace=True)")


@dataclass
class ImportResult:
    resolution: Resolution
    symbol: str
    replaced: bool = False
    obligations: int = 0
    with_due: int = 0
    needs_review: int = 0
    #: on replace: obligations kept as they were, updated, added and marked not applicable
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    new_entities: list[str] = field(default_factory=list)
    links: list[ResolutionLink] = field(default_factory=list)

    def summary(self) -> str:
        line = (
            f"{self.symbol}: {self.obligations} obligations, {self.with_due} with due dates, "
            f"{self.needs_review} flagged for review"
        )
        if self.replaced:
            line += (
                f" (replaced: {self.unchanged} unchanged, {self.changed} changed, "
                f"{self.added} added, {self.removed} removed)"
            )
        if self.new_entities:
            line += f"; new owners to review: {', '.join(self.new_entities)}"
        return line


def paragraph_uri(resolution: Resolution | str, paragraph: Paragraph | str) -> str:
    """The stable identifier of a paragraph, Akoma Ntoso style: ``A/RES/71/19#para_3__point_b``."""
    symbol = resolution if isinstance(resolution, str) else resolution.symbol
    eid = paragraph if isinstance(paragraph, str) else paragraph.eid
    return f"{symbol}#{eid}"


def symbol_variants(symbol: str) -> list[str]:
    """Spellings of one symbol that may be stored: "S/RES/2682 (2023)" and "S/RES/2682(2023)"."""
    spaced = re.sub(r"\s*\(", " (", symbol.strip())
    tight = re.sub(r"\s+\(", "(", symbol.strip())
    return list(dict.fromkeys([symbol.strip(), spaced, tight]))


# --------------------------------------------------------------------------- the service


def import_resolution(
    session: Session,
    parsed: ParsedResolution,
    actor: Actor,
    *,
    replace: bool = False,
    today: dt.date,
    source_text: str | None = None,
    filename: str | None = None,
    publish: bool = True,
    now: dt.datetime | None = None,
    calendar: Calendar | None = None,
    resolver: EntityResolver | None = None,
) -> ImportResult:
    """Write a parsed resolution and its obligations; flush, never commit.

    ``calendar`` and ``resolver`` may be shared by the imports of one batch (same session) to
    spare their queries. Raises ``PermissionDenied``, ``AlreadyImported``."""
    actor.require(actor.may_import(), "import resolutions")
    now = now or utcnow()
    # the id first (a plain query): the whole row is loaded only when there is one to replace
    resolutions = Resolution.__table__
    existing_id = session.execute(
        select(resolutions.c.id).where(resolutions.c.symbol.in_(symbol_variants(parsed.symbol)))
    ).scalar_one_or_none()
    existing = session.get(Resolution, existing_id) if existing_id is not None else None
    if existing is not None and not replace:
        raise AlreadyImported(existing.symbol)
    writer = _Writer(
        session,
        parsed,
        actor,
        today=today,
        now=now,
        calendar=calendar or load_calendar(session),
        resolver=resolver or EntityResolver.load(session),
    )
    if existing is None:
        result = writer.create(source_text, filename, publish)
    else:
        result = writer.replace(existing, source_text, filename, publish)
    from tracker.services.successors import link_successors

    # a new resolution that cites none we hold and that nothing held cites has no successor link
    if existing is not None or writer.linked:
        result.links = link_successors(session, result.resolution)
    record_audit(
        session, actor, "import_resolution", result.resolution,
        symbol=result.symbol, replaced=result.replaced, filename=filename,
        obligations=result.obligations, with_due=result.with_due, needs_review=result.needs_review,
        unchanged=result.unchanged, changed=result.changed, added=result.added,
        removed=result.removed, new_entities=result.new_entities,
    )
    session.flush()
    return result


def _walk(subs: Iterable[SubParagraph], prefix: str = "") -> Iterator[tuple[str, SubParagraph, int]]:
    """Every sub-paragraph with its full label ("b (ii)") and depth (1 for "b")."""
    for sub in subs:
        label = f"{prefix} ({sub.label})" if prefix else sub.label
        yield label, sub, label.count("(") + 1
        yield from _walk(sub.subparagraphs, label)


def _op_eid(op: OperativeParagraph) -> str:
    if op.eid:
        return op.eid
    return f"part_{op.part}__para_{op.number}" if op.part else f"para_{op.number}"


@dataclass
class _Fields:
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


class _Writer:
    def __init__(self, session: Session, parsed: ParsedResolution, actor: Actor, *, today: dt.date,
                 now: dt.datetime, calendar: Calendar, resolver: EntityResolver):
        self.session = session
        self.parsed = parsed
        self.actor = actor
        self.today = today
        self.now = now
        self.calendar = calendar
        self.resolver = resolver
        self._eids: set[str] = set()
        #: the resolution cites one we hold, or one we hold cites it (successor links are possible)
        self.linked = False

    # ------------------------------------------------------------------ shared pieces

    def _unique_eid(self, eid: str) -> str:
        candidate, n = eid, 1
        while candidate in self._eids:
            n += 1
            candidate = f"{eid}_{n}"
        self._eids.add(candidate)
        return candidate

    def _history(self, obligation: Obligation, field_name: str, old: Any = None, new: Any = None,
                 comment: str | None = None) -> HistoryEntry:
        entry = HistoryEntry(
            obligation=obligation, user_id=self.actor.user_id, actor=IMPORT_ACTOR
            if self.actor.user_id is None else self.actor.name, field=field_name,
            old_value=old, new_value=new, comment=comment, at=self.now,
        )
        self.session.add(entry)
        return entry

    def _set_resolution_fields(self, resolution: Resolution, source_text: str | None,
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
        resolution.imported_at = self.now
        resolution.imported_by_id = self.actor.user_id

    def _fields(self, op: OperativeParagraph) -> _Fields:
        first = op.deadline
        recurring = next((d for d in op.deadlines if str(d.kind) == "recurring"), None)
        # per-session views index the bodies the calendar knows; another body's session (a
        # commission's) stays in ``deadlines`` only
        session_deadline = first if first is not None and str(first.kind) == "session" \
            and first.body in SESSION_BODIES else None
        return _Fields(
            action=op.action[:40] if op.action else None,
            kind=str(op.kind)[:20],
            deliverable=op.deliverable,
            deadline_text=first.text if first else None,
            deadlines=[d.to_dict() for d in op.deadlines],
            deadline_body=session_deadline.body if session_deadline else None,
            deadline_session=session_deadline.session if session_deadline else None,
            recurrence=recurring.every[:20] if recurring and recurring.every else None,
            confidence=dict(op.confidence),
        )

    def _review_reasons(self, fields: _Fields, unknown: list[str], due_error: str | None) -> list[str]:
        reasons = []
        if unknown:
            reasons.append("unknown actor(s): " + ", ".join(unknown))
        low = sorted(k for k, v in fields.confidence.items()
                     if isinstance(v, int | float) and v < LOW_CONFIDENCE)
        if low:
            reasons.append("low parse confidence: " + ", ".join(low))
        if due_error:
            reasons.append(f"no due date: {due_error}")
        return reasons

    def _compute_due(self, obligation: Obligation) -> str | None:
        due, error = compute_due(
            self.calendar, obligation.deadlines, adopted_on=self.parsed.adopted_on,
            body=self.parsed.body, today=self.today, override_on=obligation.due_on_override,
        )
        apply_due(obligation, due, error)
        return error

    def _new_obligation(self, resolution: Resolution, paragraph: Paragraph, op: OperativeParagraph,
                        result: ImportResult) -> Obligation:
        fields = self._fields(op)
        owners, unknown = self.resolver.resolve(op.actors)
        standing = fields.kind in STANDING_KINDS or not fields.deadlines
        obligation = Obligation(
            resolution=resolution,
            paragraph=paragraph,
            occurrence=1,
            status=ObligationStatus.ONGOING if standing else ObligationStatus.NOT_STARTED,
            status_changed_at=self.now,
            created_at=self.now,
            **vars(fields),
        )
        obligation.owners = owners
        error = self._compute_due(obligation)
        reasons = self._review_reasons(fields, unknown, error)
        obligation.needs_review = bool(reasons)
        obligation.review_note = "; ".join(reasons) or None
        result.new_entities.extend(n for n in unknown if n not in result.new_entities)
        self.session.add(obligation)
        return obligation

    def _add_items(self, obligation: Obligation, subs: list[tuple[str, Paragraph]]) -> None:
        obligation.items = [
            ObligationItem(paragraph=para, label=label[:40], position=i)
            for i, (label, para) in enumerate(subs, start=1)
        ]

    def _add_subparagraphs(self, resolution: Resolution, parents: list[tuple[Paragraph, OperativeParagraph]],
                           position: int) -> tuple[dict[int, list[tuple[str, Paragraph]]], int]:
        """Sub-paragraph rows, level by level (a flush per level gives parents their ids without
        the unit of work falling back to row-by-row inserts for the self-reference)."""
        by_op: dict[int, list[tuple[str, Paragraph]]] = {}
        level: list[tuple[Paragraph, SubParagraph, str, int]] = []
        for para, op in parents:
            for sub in op.subparagraphs:
                level.append((para, sub, sub.label, id(op)))
            by_op[id(op)] = []
        while level:
            self.session.flush()
            following: list[tuple[Paragraph, SubParagraph, str, int]] = []
            for parent, sub, label, key in level:
                position += 1
                row = Paragraph(
                    resolution_id=resolution.id, parent_id=parent.id, kind=ParagraphKind.SUBPARAGRAPH,
                    part=parent.part, number=sub.label[:20],
                    eid=self._unique_eid((sub.eid or f"{parent.eid}__point_{sub.label}")[:110]),
                    position=position, text=sub.text,
                )
                self.session.add(row)
                by_op[key].append((label, row))
                following.extend((row, child, f"{label} ({child.label})", key) for child in sub.subparagraphs)
            level = following
        return by_op, position

    def _add_footnotes_and_references(self, resolution: Resolution, paragraph_ids: dict[str, int]) -> None:
        """Footnotes with the paragraphs citing them, and the documents the text cites (linked to
        the resolutions we hold); earlier imports citing this resolution are linked to it too."""
        p = self.parsed
        note_ids = self._insert(Footnote, [
            {"resolution_id": resolution.id, "marker": note.marker[:10], "text": note.text, "position": i}
            for i, note in enumerate(p.footnotes, start=1)
        ], key="position")
        notes: dict[str, int] = {}
        for i, note in enumerate(p.footnotes, start=1):
            notes.setdefault(note.marker, note_ids[i])
        links: set[tuple[int, int]] = set()
        for note in p.footnotes:
            for eid in note.cited_by:
                if eid in paragraph_ids:
                    links.add((paragraph_ids[eid], notes[note.marker]))
        for para in [*p.preambular, *p.operative]:
            paragraph_id = paragraph_ids.get(para.eid or "")
            for marker in para.footnotes:
                if paragraph_id is not None and marker in notes:
                    links.add((paragraph_id, notes[marker]))
        if links:
            self.session.execute(
                paragraph_footnotes.insert(),
                [{"paragraph_id": a, "footnote_id": b} for a, b in sorted(links)],
            )
        # references: per paragraph where the parser says so, the rest for the whole text
        cited: list[tuple[str, int | None]] = []
        for para in [*p.preambular, *p.operative]:
            paragraph_id = paragraph_ids.get(para.eid or "")
            cited.extend((symbol, paragraph_id) for symbol in para.references)
        placed = {symbol for symbol, _ in cited}
        cited.extend((symbol, None) for symbol in p.references if symbol not in placed)
        cited = list(dict.fromkeys((s.strip()[:80], pid) for s, pid in cited if s.strip()))
        held = self._held(s for s, _ in cited)
        self._insert(DocumentReference, [
            {"resolution_id": resolution.id, "paragraph_id": paragraph_id, "symbol": symbol,
             "target_resolution_id": held.get(symbol)}
            for symbol, paragraph_id in cited
            # a resolution citing its own symbol (its heading) is no reference
            if held.get(symbol) != resolution.id
        ])
        refs = DocumentReference.__table__
        citing = self.session.execute(
            refs.update()
            .where(refs.c.symbol.in_(symbol_variants(resolution.symbol)),
                   refs.c.target_resolution_id.is_(None),
                   refs.c.resolution_id != resolution.id)
            .values(target_resolution_id=resolution.id)
        ).rowcount
        self.linked = bool(citing) or any(rid not in (None, resolution.id) for rid in held.values())

    def _held(self, symbols: Iterable[str]) -> dict[str, int]:
        """Cited symbol -> id of the resolution we hold under it (one query)."""
        wanted: dict[str, str] = {}
        for symbol in symbols:
            for variant in symbol_variants(symbol):
                wanted.setdefault(variant, symbol)
        if not wanted:
            return {}
        resolutions = Resolution.__table__
        rows = self.session.execute(
            select(resolutions.c.id, resolutions.c.symbol).where(resolutions.c.symbol.in_(list(wanted)))
        )
        return {wanted[symbol]: rid for rid, symbol in rows}

    def _add_preamble(self, resolution: Resolution, position: int) -> tuple[dict[str, Paragraph], int]:
        rows: dict[str, Paragraph] = {}
        for pre in self.parsed.preambular:
            position += 1
            eid = self._unique_eid(pre.eid or f"preamble__para_{pre.number}")
            row = Paragraph(resolution=resolution, kind=ParagraphKind.PREAMBULAR, number=str(pre.number),
                            eid=eid, position=position, text=pre.text)
            self.session.add(row)
            rows[pre.eid or eid] = row
        return rows, position

    # ------------------------------------------------------------------ a new resolution

    def _insert(self, model: type, rows: list[dict[str, Any]], *, key: str | None = None) -> dict[Any, int]:
        """One multi-row INSERT (Core, not the ORM's bulk path); with ``key``, the new ids by the
        value of that column, which must be unique among ``rows``.

        The ids come back by value, not by position: asking for them in the order of ``rows``
        (``sort_by_parameter_order``) makes SQLite fall back to one INSERT per row."""
        if not rows:
            return {}
        table = model.__table__
        if key is None:
            self.session.execute(insert(table), rows)
            return {}
        result = self.session.execute(insert(table).returning(table.c.id, table.c[key]), rows)
        return {value: row_id for row_id, value in result}

    def _add_row(self, obj: Any) -> int:
        """INSERT a new object's row with one Core statement and attach the object as persistent,
        with its id: what a flush would do for it, without the unit of work's bookkeeping (which
        costs more than the statement). Columns it leaves to their defaults load on first use."""
        state = inspect(obj)
        table = state.mapper.local_table
        values = {prop.columns[0].key: state.dict[prop.key]
                  for prop in state.mapper.column_attrs if prop.key in state.dict}
        obj.id = self.session.execute(insert(table).returning(table.c.id), values).scalar_one()
        make_transient_to_detached(obj)
        self.session.add(obj)
        return obj.id

    def create(self, source_text: str | None, filename: str | None, publish: bool) -> ImportResult:
        """A resolution we do not hold yet: rows go in as a handful of multi-row INSERTs."""
        p = self.parsed
        resolution = Resolution(published_at=self.now if publish else None, updated_at=self.now)
        self._set_resolution_fields(resolution, source_text, filename)
        result = ImportResult(resolution=resolution, symbol=resolution.symbol)

        # owners first: new entities need their ids before the obligations point at them
        owners_of: list[list[Entity]] = []
        unknown_of: list[list[str]] = []
        for op in p.operative:
            owners, unknown = self.resolver.resolve(op.actors)
            owners_of.append(owners)
            unknown_of.append(unknown)
            result.new_entities.extend(n for n in unknown if n not in result.new_entities)
        if self.session.new:
            self.session.flush()
        rid = self._add_row(resolution)

        def para(kind: str, number: str, eid: str, position: int, text: str, *, part: str | None = None,
                 parent_id: int | None = None, line: int | None = None) -> dict[str, Any]:
            return {"resolution_id": rid, "parent_id": parent_id, "kind": kind, "part": part,
                    "number": number[:20], "eid": eid, "position": position, "text": text, "line": line}

        rows = []
        eid_of_source: list[str] = []  # the parser's eId (or ours) of each row, to find it again
        for position, pre in enumerate(p.preambular, start=1):
            eid = self._unique_eid(pre.eid or f"preamble__para_{pre.number}")
            rows.append(para(ParagraphKind.PREAMBULAR, str(pre.number), eid, position, pre.text))
            eid_of_source.append(pre.eid or eid)
        position = len(rows)
        for op in p.operative:
            position += 1
            eid = self._unique_eid(_op_eid(op))
            rows.append(para(ParagraphKind.OPERATIVE, op.number, eid, position, op.text,
                             part=op.part, line=op.line))
            eid_of_source.append(op.eid or eid)
        by_eid = self._insert(Paragraph, rows, key="eid")
        ids = [by_eid[row["eid"]] for row in rows]
        paragraph_ids = dict(zip(eid_of_source, ids, strict=True))
        op_ids = ids[len(p.preambular):]

        # sub-paragraphs, one INSERT per level of nesting
        items_of: list[list[tuple[str, int]]] = [[] for _ in p.operative]
        level = [(op_ids[k], row_eid, sub, sub.label, k)
                 for k, op in enumerate(p.operative)
                 for row_eid in [rows[len(p.preambular) + k]["eid"]]
                 for sub in op.subparagraphs]
        while level:
            sub_rows = []
            for parent_id, parent_eid, sub, _label, k in level:
                position += 1
                eid = self._unique_eid((sub.eid or f"{parent_eid}__point_{sub.label}")[:110])
                sub_rows.append(para(ParagraphKind.SUBPARAGRAPH, sub.label, eid, position, sub.text,
                                     part=p.operative[k].part, parent_id=parent_id))
            by_eid = self._insert(Paragraph, sub_rows, key="eid")
            sub_ids = [by_eid[row["eid"]] for row in sub_rows]
            following = []
            for (_pid, _peid, sub, label, k), sub_id, row in zip(level, sub_ids, sub_rows, strict=True):
                items_of[k].append((label, sub_id))
                paragraph_ids.setdefault(sub.eid or row["eid"], sub_id)
                following.extend((sub_id, row["eid"], child, f"{label} ({child.label})", k)
                                 for child in sub.subparagraphs)
            level = following

        # obligations, their owners, items and a "created" history entry each
        obligation_rows = []
        for k, op in enumerate(p.operative):
            fields = self._fields(op)
            due, error = compute_due(self.calendar, fields.deadlines, adopted_on=p.adopted_on,
                                     body=p.body, today=self.today)
            reasons = self._review_reasons(fields, unknown_of[k], error)
            standing = fields.kind in STANDING_KINDS or not fields.deadlines
            obligation_rows.append({
                **vars(fields),
                "resolution_id": rid, "paragraph_id": op_ids[k], "occurrence": 1,
                "status": ObligationStatus.ONGOING if standing else ObligationStatus.NOT_STARTED,
                "status_changed_at": self.now, "created_at": self.now, "updated_at": self.now,
                "due_on": due.due_on if due else None,
                "due_derivation": due.derivation if due else error,
                "target_on": due.target_on if due else None,
                "needs_review": bool(reasons), "review_note": "; ".join(reasons) or None,
                "reviewed_fields": [], "version": 1,
            })
        by_paragraph = self._insert(Obligation, obligation_rows, key="paragraph_id")
        obligation_ids = [by_paragraph[row["paragraph_id"]] for row in obligation_rows]
        owner_rows, item_rows, history_rows = [], [], []
        who = IMPORT_ACTOR if self.actor.user_id is None else self.actor.name
        for k, (oid, row) in enumerate(zip(obligation_ids, obligation_rows, strict=True)):
            owner_rows.extend({"obligation_id": oid, "entity_id": e.id} for e in owners_of[k])
            item_rows.extend(
                {"obligation_id": oid, "paragraph_id": sub_id, "label": label[:40], "position": i,
                 "is_done": False}
                for i, (label, sub_id) in enumerate(items_of[k], start=1)
            )
            due_on = row["due_on"]
            history_rows.append({
                "obligation_id": oid, "at": self.now, "user_id": self.actor.user_id, "actor": who,
                "field": "created", "old_value": None,
                "new_value": {"status": str(row["status"]), "due_on": due_on.isoformat() if due_on else None},
                "comment": f"imported from {filename or 'a parsed text'}",
            })
            result.obligations += 1
            result.with_due += due_on is not None
            result.needs_review += row["needs_review"]
        if owner_rows:
            self.session.execute(obligation_owners.insert(), owner_rows)
        self._insert(ObligationItem, item_rows)
        self._insert(HistoryEntry, history_rows)
        self._add_footnotes_and_references(resolution, paragraph_ids)
        return result

    @staticmethod
    def _count(result: ImportResult, obligation: Obligation) -> None:
        result.obligations += 1
        result.with_due += obligation.due_on is not None
        result.needs_review += bool(obligation.needs_review)

    # ------------------------------------------------------------------ replacing

    def replace(self, resolution: Resolution, source_text: str | None, filename: str | None,
                publish: bool) -> ImportResult:
        session = self.session
        source = filename or "a parsed text"
        result = ImportResult(resolution=resolution, symbol=self.parsed.symbol, replaced=True)
        old_paragraphs = list(session.scalars(
            select(Paragraph).where(Paragraph.resolution_id == resolution.id)
        ))
        obligations = list(session.scalars(
            select(Obligation).where(Obligation.resolution_id == resolution.id)
            .options(selectinload(Obligation.owners), selectinload(Obligation.items))
            .order_by(Obligation.occurrence)
        ))
        by_paragraph: dict[int, list[Obligation]] = {}
        for ob in obligations:
            by_paragraph.setdefault(ob.paragraph_id, []).append(ob)
        original = {row.id: row.eid for row in old_paragraphs}

        # what goes: preamble, footnotes, references (nothing hangs on them); rebuilt below
        for row in old_paragraphs:
            if row.kind == ParagraphKind.PREAMBULAR:
                session.delete(row)
        for note in list(resolution.footnotes):
            session.delete(note)
        for ref in list(resolution.references):
            session.delete(ref)
        old_ops = [r for r in old_paragraphs if r.kind == ParagraphKind.OPERATIVE
                   and not r.eid.startswith(REMOVED_PREFIX) and r.id in by_paragraph]
        old_subs: dict[int, list[Paragraph]] = {}
        for row in old_paragraphs:
            if row.kind == ParagraphKind.SUBPARAGRAPH:
                old_subs.setdefault(row.parent_id, []).append(row)
        # park every eId so paragraphs can swap numbers without tripping the unique constraint
        for row in old_paragraphs:
            if row.kind != ParagraphKind.PREAMBULAR and not row.eid.startswith(REMOVED_PREFIX):
                row.eid = f"~{row.id}"
        session.flush()
        self._eids = {r.eid for r in old_paragraphs if r.eid.startswith(REMOVED_PREFIX)}

        self._set_resolution_fields(resolution, source_text, filename)
        resolution.updated_at = self.now
        if publish and resolution.published_at is None:
            resolution.published_at = self.now

        # match: the same text first (renumbering keeps the obligation), then the same eId
        by_text: dict[str, list[Paragraph]] = {}
        for row in old_ops:
            by_text.setdefault(_norm(row.text), []).append(row)
        matched: dict[int, tuple[Paragraph, bool]] = {}  # id(op) -> (old row, text unchanged)
        taken: set[int] = set()
        for op in self.parsed.operative:
            candidates = [r for r in by_text.get(_norm(op.text), []) if r.id not in taken]
            if candidates:
                matched[id(op)] = (candidates[0], True)
                taken.add(candidates[0].id)
        eid_rows = {original[r.id]: r for r in old_ops}
        for op in self.parsed.operative:
            row = eid_rows.get(_op_eid(op))
            if id(op) not in matched and row is not None and row.id not in taken:
                matched[id(op)] = (row, False)
                taken.add(row.id)

        paragraphs, position = self._add_preamble(resolution, 0)
        new_rows: list[tuple[Paragraph, OperativeParagraph]] = []
        changed_ops: list[tuple[Paragraph, OperativeParagraph]] = []
        for op in self.parsed.operative:
            position += 1
            if id(op) not in matched:
                row = Paragraph(resolution=resolution, kind=ParagraphKind.OPERATIVE, part=op.part,
                                number=op.number[:20], eid=self._unique_eid(_op_eid(op)),
                                position=position, text=op.text, line=op.line)
                session.add(row)
                new_rows.append((row, op))
                paragraphs[op.eid or row.eid] = row
                continue
            row, same = matched[id(op)]
            old_text = row.text
            row.number, row.part, row.position, row.text, row.line = (
                op.number[:20], op.part, position, op.text, op.line)
            row.eid = self._unique_eid(_op_eid(op))
            paragraphs[op.eid or row.eid] = row
            if same:
                position = self._renumber_subs(row, op, old_subs, original, position)
                for ob in by_paragraph[row.id]:
                    result.unchanged += 1
                    self._count(result, ob)
            else:
                changed_ops.append((row, op))
                for ob in by_paragraph[row.id]:
                    self._update_changed(ob, op, old_text, result)

        # changed paragraphs: their sub-paragraphs and items are rebuilt from the new text
        doomed = [sub for row, _op in changed_ops for sub in self._flat_subs(row, old_subs)]
        doomed_ids = {sub.id for sub in doomed}
        for row, _op in changed_ops:
            for ob in by_paragraph[row.id]:
                ob.items = [i for i in ob.items if i.paragraph_id not in doomed_ids]
        session.flush()
        for sub in reversed(doomed):  # children before their parents
            session.delete(sub)
        session.flush()
        subs, position = self._add_subparagraphs(resolution, [*changed_ops, *new_rows], position)
        for row, op in changed_ops:
            for ob in by_paragraph[row.id]:
                self._add_items(ob, subs[id(op)])
        for row, op in new_rows:
            obligation = self._new_obligation(resolution, row, op, result)
            obligation.needs_review = True
            obligation.review_note = "; ".join(filter(None, ["added by re-import", obligation.review_note]))
            self._add_items(obligation, subs[id(op)])
            self._history(obligation, "created", None, {"status": obligation.status},
                          comment=f"added by re-import of {source}")
            result.added += 1
            self._count(result, obligation)

        # removed paragraphs: their obligations stay, not applicable, for the record
        for row in old_ops:
            if row.id in taken:
                continue
            row.eid = f"{REMOVED_PREFIX}{row.id}__{original[row.id]}"[:120]
            position += 1
            row.position = position
            for sub in self._flat_subs(row, old_subs):
                sub.eid = f"{REMOVED_PREFIX}{sub.id}__{original[sub.id]}"[:120]
                position += 1
                sub.position = position
            for ob in by_paragraph[row.id]:
                old_status = ob.status
                ob.status = ObligationStatus.NOT_APPLICABLE
                ob.status_changed_at = self.now
                ob.needs_review = True
                ob.review_note = f"paragraph {original[row.id]} is not in the re-imported text"
                self._history(ob, "reimport", {"text": row.text}, None,
                              comment=f"paragraph removed by re-import of {source}")
                if old_status != ob.status:
                    self._history(ob, "status", old_status, ob.status, comment="paragraph removed")
                result.removed += 1
                self._count(result, ob)
        session.flush()
        for sub_rows in subs.values():
            for _label, sub in sub_rows:
                paragraphs.setdefault(sub.eid, sub)
        for row in old_ops:
            if row.id in taken:
                for sub in self._flat_subs(row, old_subs):
                    if sub.id not in doomed_ids:
                        paragraphs.setdefault(sub.eid, sub)
        session.flush()
        self._add_footnotes_and_references(resolution, {k: v.id for k, v in paragraphs.items()})
        session.flush()
        return result

    def _renumber_subs(self, row: Paragraph, op: OperativeParagraph, old_subs: dict[int, list[Paragraph]],
                       original: dict[int, str], position: int) -> int:
        """An unchanged paragraph keeps its sub-paragraph rows; only its number (eId) may move."""
        flat = [sub for _label, sub, _depth in _walk(op.subparagraphs)]
        rows = self._flat_subs(row, old_subs)
        parent_old = original[row.id]
        for i, sub_row in enumerate(rows):
            position += 1
            sub_row.position = position
            old = original[sub_row.id]
            if len(flat) == len(rows) and flat[i].eid:
                eid = flat[i].eid
            elif old.startswith(parent_old):
                eid = row.eid + old[len(parent_old):]
            else:
                eid = f"{row.eid}__point_{sub_row.number}"
            sub_row.eid = self._unique_eid(eid[:110])
        return position

    def _flat_subs(self, row: Paragraph, old_subs: dict[int, list[Paragraph]]) -> list[Paragraph]:
        """The sub-paragraph rows under ``row``, depth first, in document order."""
        out: list[Paragraph] = []
        for sub in sorted(old_subs.get(row.id, []), key=lambda r: r.position):
            out.append(sub)
            out.extend(self._flat_subs(sub, old_subs))
        return out

    def _update_changed(self, ob: Obligation, op: OperativeParagraph, old_text: str,
                        result: ImportResult) -> None:
        fields = self._fields(op)
        reviewed = set(ob.reviewed_fields or [])
        if "deadline" in reviewed:
            reviewed |= {"deadlines"}
        before = {"text": old_text}
        after = {"text": op.text}
        for name, value in vars(fields).items():
            group = "deadlines" if name.startswith("deadline") or name == "recurrence" else name
            if group in reviewed or name in reviewed or name == "confidence":
                continue
            if getattr(ob, name) != value:
                before[name] = getattr(ob, name)
                after[name] = value
                setattr(ob, name, value)
        ob.confidence = {**(ob.confidence or {}), **fields.confidence}
        unknown: list[str] = []
        if "owners" not in reviewed:
            owners, unknown = self.resolver.resolve(op.actors)
            if [e.name for e in owners] != [e.name for e in ob.owners]:
                before["owners"] = [e.name for e in ob.owners]
                after["owners"] = [e.name for e in owners]
                ob.owners = owners
            result.new_entities.extend(n for n in unknown if n not in result.new_entities)
        error = None
        if "due_on" not in reviewed and ob.status not in (ObligationStatus.COMPLETED,
                                                           ObligationStatus.NOT_APPLICABLE):
            old_due = ob.due_on
            error = self._compute_due(ob)
            if ob.due_on != old_due:
                before["due_on"] = old_due.isoformat() if old_due else None
                after["due_on"] = ob.due_on.isoformat() if ob.due_on else None
        reasons = ["paragraph text changed on re-import", *self._review_reasons(fields, unknown, error)]
        ob.needs_review = True
        ob.review_note = "; ".join(reasons)
        self._history(ob, "reimport", _jsonable(before), _jsonable(after),
                      comment="paragraph text changed on re-import; kept: "
                      + (", ".join(sorted(reviewed)) or "nothing reviewed"))
        result.changed += 1
        self._count(result, ob)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
