"""Replacing a resolution we hold: the obligations of paragraphs that did not change keep their
history; changed paragraphs update their obligations (what an officer reviewed stays); new ones
are added; paragraphs no longer in the text are marked removed, their obligations not applicable.

Paragraphs are matched by text first (a renumbering keeps the obligation), then by eId. New rows
go in through the same plan and the same INSERTs as a new resolution's (``rows``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tracker.models import (
    HistoryEntry,
    Obligation,
    ObligationItem,
    ObligationStatus,
    Paragraph,
    ParagraphKind,
    Resolution,
)
from tracker.parsing.types import OperativeParagraph
from tracker.services.calendar import apply_dates, apply_expiry

from . import rows
from .plan import Fields, ImportPlan, jsonable, norm, operative_eid, preamble_eid, walk
from .result import ImportResult

#: paragraphs that carry an obligation: operative ones and those of annexed instruments
NUMBERED = (ParagraphKind.OPERATIVE, ParagraphKind.ANNEX)


def replace(session: Session, plan: ImportPlan, resolution: Resolution, source_text: str | None,
            filename: str | None, publish: bool) -> ImportResult:
    return _Reimport(session, plan, resolution, filename).run(source_text, publish)


class _Reimport:
    def __init__(self, session: Session, plan: ImportPlan, resolution: Resolution, filename: str | None):
        self.session = session
        self.plan = plan
        self.resolution = resolution
        self.filename = filename
        self.source = filename or "a parsed text"
        self.result = ImportResult(resolution=resolution, symbol=plan.parsed.symbol, replaced=True)
        #: the points' eIds (the parser's or ours) -> paragraph id, for the footnotes they cite
        self.paragraph_ids: dict[str, int] = {}
        #: sub-paragraphs of changed paragraphs, deleted (rebuilt from the new text)
        self.doomed_ids: set[int] = set()
        #: id(parsed preambular or numbered paragraph) -> its row's id, for what its words cite
        self.row_ids: dict[int, int] = {}

    def run(self, source_text: str | None, publish: bool) -> ImportResult:
        plan, resolution = self.plan, self.resolution
        self._load()
        self._clear()
        plan.set_resolution_fields(resolution, source_text, self.filename)
        resolution.updated_at = plan.now
        if publish and resolution.published_at is None:
            resolution.published_at = plan.now
        matched = self._match()
        new_rows, changed, position = self._place(matched)
        position = self._rebuild(new_rows, changed, position)
        self._remove_unmatched({row.id for row, _same in matched.values()}, position)
        self.session.flush()
        rows.add_footnotes_and_references(
            self.session, plan, resolution, self.paragraph_ids,
            [self.row_ids[id(para)] for para in [*plan.parsed.preambular, *(op for op, _ in plan.numbered)]])
        self.session.flush()
        # rows went in through Core: what the resolution's collections hold is stale
        self.session.expire(resolution, ["paragraphs", "footnotes", "references"])
        self.result.new_entities = list(plan.new_entities)
        return self.result

    # ------------------------------------------------------------------ what we hold

    def _load(self) -> None:
        session, resolution = self.session, self.resolution
        self.old_paragraphs = list(session.scalars(
            select(Paragraph).where(Paragraph.resolution_id == resolution.id)
        ))
        obligations = session.scalars(
            select(Obligation).where(Obligation.resolution_id == resolution.id)
            .options(selectinload(Obligation.owners), selectinload(Obligation.candidates),
                     selectinload(Obligation.items))
            .order_by(Obligation.occurrence)
        )
        self.by_paragraph: dict[int, list[Obligation]] = {}
        for ob in obligations:
            self.by_paragraph.setdefault(ob.paragraph_id, []).append(ob)
        self.original = {row.id: row.eid for row in self.old_paragraphs}
        self.old_ops = [r for r in self.old_paragraphs if r.kind in NUMBERED
                        and r.current and r.id in self.by_paragraph]
        self.old_subs: dict[int, list[Paragraph]] = {}
        for row in self.old_paragraphs:
            if row.kind == ParagraphKind.SUBPARAGRAPH:
                self.old_subs.setdefault(row.parent_id, []).append(row)

    def _clear(self) -> None:
        """The preamble, footnotes and references go (nothing hangs on them; rebuilt from the
        text); current eIds are parked so paragraphs can swap numbers without a clash."""
        session = self.session
        # the references first, on their own: one cited from a preambular paragraph also goes with
        # that paragraph, by the database's ON DELETE CASCADE, and the unit of work (which knows no
        # tie between the two) could delete the paragraph first and find the reference gone
        for ref in list(self.resolution.references):
            session.delete(ref)
        session.flush()
        for row in self.old_paragraphs:
            if row.kind == ParagraphKind.PREAMBULAR:
                session.delete(row)
        for note in list(self.resolution.footnotes):
            session.delete(note)
        for row in self.old_paragraphs:
            if row.kind != ParagraphKind.PREAMBULAR and row.current:
                row.eid = f"~{row.id}"
        session.flush()

    def _match(self) -> dict[int, tuple[Paragraph, bool]]:
        """id(parsed paragraph) -> (the row it continues, whether its text is unchanged)."""
        by_text: dict[str, list[Paragraph]] = {}
        for row in self.old_ops:
            by_text.setdefault(norm(row.text), []).append(row)
        matched: dict[int, tuple[Paragraph, bool]] = {}
        taken: set[int] = set()
        for op, _kind in self.plan.numbered:
            candidates = [r for r in by_text.get(norm(op.text), []) if r.id not in taken]
            if candidates:
                matched[id(op)] = (candidates[0], True)
                taken.add(candidates[0].id)
        eid_rows = {self.original[r.id]: r for r in self.old_ops}
        for op, _kind in self.plan.numbered:
            row = eid_rows.get(operative_eid(op))
            if id(op) not in matched and row is not None and row.id not in taken:
                matched[id(op)] = (row, False)
                taken.add(row.id)
        return matched

    # ------------------------------------------------------------------ the text as it is now

    def _place(self, matched: dict[int, tuple[Paragraph, bool]]):
        """Every paragraph of the new text in order: matched rows take their new number, position
        and eId; the preamble and unmatched paragraphs become new rows (returned, to insert)."""
        plan, rid = self.plan, self.resolution.id
        new_rows: list[tuple[dict, OperativeParagraph]] = []
        changed: list[tuple[Paragraph, OperativeParagraph, str]] = []
        preamble = []
        for position, pre in enumerate(plan.parsed.preambular, start=1):
            eid = plan.unique_eid(preamble_eid(pre))
            preamble.append(plan.paragraph_row(rid, ParagraphKind.PREAMBULAR, str(pre.number), eid,
                                               position, pre.text))
        position = len(preamble)
        for op, kind in plan.numbered:
            position += 1
            if id(op) not in matched:
                new_rows.append((plan.paragraph_row(
                    rid, kind, op.number, plan.unique_eid(operative_eid(op)),
                    position, op.text, part=op.part, line=op.line, unnumbered=op.unnumbered,
                    asks_from=op.asks_from), op))
                continue
            row, same = matched[id(op)]
            old_text = row.text
            row.number, row.part, row.position, row.text, row.line, row.kind, row.unnumbered = (
                op.number[:20], op.part, position, op.text, op.line, kind, op.unnumbered)
            row.asks_from = op.asks_from
            row.eid = plan.unique_eid(operative_eid(op))
            self.row_ids[id(op)] = row.id
            if same:
                position = self._renumber_subs(row, op, position)
                for ob in self.by_paragraph[row.id]:
                    self._printed_dates_moved(ob, op)
                    self.result.unchanged += 1
                    self.result.count(ob.due_on, ob.needs_review)
            else:
                changed.append((row, op, old_text))
        self.session.flush()
        ids = rows.insert_paragraphs(self.session, preamble)
        self.row_ids.update(zip(map(id, plan.parsed.preambular), ids, strict=True))
        return new_rows, changed, position

    def _rebuild(self, new_rows: list[tuple[dict, OperativeParagraph]],
                 changed: list[tuple[Paragraph, OperativeParagraph, str]], position: int) -> int:
        """Changed paragraphs update their obligations and get their sub-paragraphs anew; new
        paragraphs get rows, sub-paragraphs and obligations as a new resolution's do."""
        session, plan = self.session, self.plan
        self._drop_changed_subs(changed)
        new_ids = rows.insert_paragraphs(session, [row for row, _op in new_rows])
        for (_row, op), pid in zip(new_rows, new_ids, strict=True):
            self.row_ids[id(op)] = pid
        parents = [(row.id, row.eid, op) for row, op, _text in changed]
        parents += [(pid, row["eid"], op) for (row, op), pid in zip(new_rows, new_ids, strict=True)]
        items_of, sub_ids, position = rows.insert_subparagraphs(session, plan, self.resolution.id,
                                                                parents, position)
        for eid, sub_id in sub_ids.items():
            self.paragraph_ids.setdefault(eid, sub_id)
        for k, (row, _op, _text) in enumerate(changed):
            for ob in self.by_paragraph[row.id]:
                ob.items = [ObligationItem(paragraph_id=sub_id, label=label[:40], position=i)
                            for i, (label, sub_id) in enumerate(items_of[k], start=1)]
        added = [(pid, op, plan.resolve(op))
                 for (_row, op), pid in zip(new_rows, new_ids, strict=True)]
        session.flush()  # owners and candidates met for the first time get their ids
        new = [plan.new_obligation(pid, op, owners, items_of[len(changed) + k],
                                   first_reason="added by re-import")
               for k, (pid, op, owners) in enumerate(added)]
        obligation_rows = rows.insert_obligations(session, plan, self.resolution.id, new,
                                                  comment=f"added by re-import of {self.source}")
        for row, ob in zip(obligation_rows, new, strict=True):
            self.result.added += 1
            self.result.count(row["due_on"], row["needs_review"], ob.points)
        return position

    def _drop_changed_subs(self, changed: list[tuple[Paragraph, OperativeParagraph, str]]) -> None:
        """Changed paragraphs update their obligations; their sub-paragraphs (and the items on
        them) go, to be rebuilt from the new text."""
        for row, op, old_text in changed:
            for ob in self.by_paragraph[row.id]:
                self._update_changed(ob, op, old_text)
        doomed = [sub for row, _op, _text in changed for sub in self._flat_subs(row)]
        self.doomed_ids = {sub.id for sub in doomed}
        for row, _op, _text in changed:
            for ob in self.by_paragraph[row.id]:
                ob.items = [i for i in ob.items if i.paragraph_id not in self.doomed_ids]
        self.session.flush()
        for sub in reversed(doomed):  # children before their parents
            self.session.delete(sub)
        self.session.flush()

    def _remove_unmatched(self, taken: set[int], position: int) -> None:
        """Paragraphs no longer in the text stay, removed, with their obligations not applicable
        (for the record); the sub-paragraphs of the paragraphs that stay are current."""
        plan = self.plan
        for row in self.old_ops:
            if row.id in taken:
                for sub in self._flat_subs(row):
                    if sub.id not in self.doomed_ids:
                        self.paragraph_ids.setdefault(sub.eid, sub.id)
                continue
            for para in [row, *self._flat_subs(row)]:
                position += 1
                para.position = position
                para.eid = self.original[para.id]
                para.removed_at = plan.now
            for ob in self.by_paragraph[row.id]:
                old_status = ob.status
                ob.status = ObligationStatus.NOT_APPLICABLE
                ob.status_changed_at = plan.now
                ob.needs_review = True
                ob.review_note = f"paragraph {self.original[row.id]} is not in the re-imported text"
                self._history(ob, "reimport", {"text": row.text}, None,
                              comment=f"paragraph removed by re-import of {self.source}")
                if old_status != ob.status:
                    self._history(ob, "status", old_status, ob.status, comment="paragraph removed")
                self.result.removed += 1
                self.result.count(ob.due_on, ob.needs_review)

    # ------------------------------------------------------------------ helpers

    def _history(self, ob: Obligation, field_name: str, old=None, new=None, comment: str | None = None):
        self.session.add(HistoryEntry(**self.plan.history_row(ob.id, field_name, old, new, comment)))

    def _renumber_subs(self, row: Paragraph, op: OperativeParagraph, position: int) -> int:
        """An unchanged paragraph keeps its sub-paragraph rows; only its number (eId) may move."""
        flat = [sub for _label, sub, _depth in walk(op.subparagraphs)]
        subs = self._flat_subs(row)
        parent_old = self.original[row.id]
        for i, sub_row in enumerate(subs):
            position += 1
            sub_row.position = position
            old = self.original[sub_row.id]
            if len(flat) == len(subs) and flat[i].eid:
                eid = flat[i].eid
            elif old.startswith(parent_old):
                eid = row.eid + old[len(parent_old):]
            else:
                eid = f"{row.eid}__point_{sub_row.number}"
            sub_row.eid = self.plan.unique_eid(eid[:110])
        return position

    def _flat_subs(self, row: Paragraph) -> list[Paragraph]:
        """The sub-paragraph rows under ``row``, depth first, in document order."""
        out: list[Paragraph] = []
        for sub in sorted(self.old_subs.get(row.id, []), key=lambda r: r.position):
            out.append(sub)
            out.extend(self._flat_subs(sub))
        return out

    def _printed_dates_moved(self, ob: Obligation, op: OperativeParagraph) -> None:
        """An unchanged paragraph that names a session whose dates another paragraph prints ("Requests the
        Secretary-General … to brief the Special Committee at its next session", A/RES/78/111 4, dated by
        2: "shall hold its next session from 20 to 28 February 2024"): when those dates moved, or went with
        the other paragraph's words, its deadlines follow (unless reviewed), and its due date with them."""
        reviewed = set(ob.reviewed_fields or [])
        if reviewed & {"deadline", "deadlines"}:
            return
        fields = Fields.of(op)
        if fields.deadlines == ob.deadlines:
            return
        if not (_dated_by_print(fields.deadlines) or _dated_by_print(ob.deadlines)) \
                or _bare(fields.deadlines) != _bare(ob.deadlines):
            return
        before, after = {}, {}
        for name in ("deadlines", "deadline_text", "deadline_body", "deadline_session"):
            if getattr(ob, name) != getattr(fields, name):
                before[name], after[name] = getattr(ob, name), getattr(fields, name)
                setattr(ob, name, getattr(fields, name))
        plan = self.plan
        if "due_on" not in reviewed and ob.status not in (ObligationStatus.COMPLETED,
                                                           ObligationStatus.NOT_APPLICABLE):
            old_due = ob.due_on
            apply_dates(ob, plan.calendar, adopted_on=plan.parsed.adopted_on, body=plan.parsed.body,
                        today=plan.today)
            if ob.due_on != old_due:
                before["due_on"], after["due_on"] = old_due, ob.due_on
        else:
            apply_expiry(ob, plan.calendar, adopted_on=plan.parsed.adopted_on, body=plan.parsed.body,
                         today=plan.today)
        self._history(ob, "reimport", jsonable(before), jsonable(after),
                      comment="the session dates the text prints changed on re-import")

    def _update_changed(self, ob: Obligation, op: OperativeParagraph, old_text: str) -> None:
        plan = self.plan
        fields = Fields.of(op)
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
            resolved = plan.resolve(op)
            unknown = resolved.unknown
            if [e.name for e in resolved.owners] != [e.name for e in ob.owners]:
                before["owners"] = [e.name for e in ob.owners]
                after["owners"] = [e.name for e in resolved.owners]
                ob.owners = resolved.owners
            # candidates are for reviewers: history (which anyone may read) does not name them
            ob.candidates = resolved.candidates
        error = None
        if "due_on" not in reviewed and ob.status not in (ObligationStatus.COMPLETED,
                                                           ObligationStatus.NOT_APPLICABLE):
            old_due = ob.due_on
            error = apply_dates(ob, plan.calendar, adopted_on=plan.parsed.adopted_on, body=plan.parsed.body,
                                today=plan.today)
            if ob.due_on != old_due:  # as text in the history, by jsonable
                before["due_on"] = old_due
                after["due_on"] = ob.due_on
        else:  # the due date stays (settled, or set by hand); the end of a mandate it has moves
            apply_expiry(ob, plan.calendar, adopted_on=plan.parsed.adopted_on, body=plan.parsed.body,
                         today=plan.today)
        points = plan.review(fields, unknown, error)
        ob.needs_review = True
        ob.review_note = "; ".join(["paragraph text changed on re-import", *(p.note for p in points)])
        self._history(ob, "reimport", jsonable(before), jsonable(after),
                      comment="paragraph text changed on re-import; kept: "
                      + (", ".join(sorted(reviewed)) or "nothing reviewed"))
        self.result.changed += 1
        self.result.count(ob.due_on, ob.needs_review, points)


_PRINTED_GIVES = ("opens", "closes", "session")


def _bare(deadlines: list[dict] | None) -> list[dict]:
    """Deadlines without what the session dates a text prints give them (``opens``, ``closes``, and the
    session they date: "at its next session" is CHARTER 2024 where "from 20 to 28 February 2024" is
    printed)."""
    return [{k: v for k, v in d.items() if k not in _PRINTED_GIVES} if d.get("kind") == "session" else d
            for d in deadlines or ()]


def _dated_by_print(deadlines: list[dict] | None) -> bool:
    return any("opens" in d for d in deadlines or ())
