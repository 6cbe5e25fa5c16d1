"""A resolution we do not hold yet: its rows go in as a handful of multi-row INSERTs (on PostgreSQL
its row and paragraphs by a ``COPY`` each, then its footnotes and references in one statement,
their ids reserved: ``rows.Reserved``; in a batch's commit, with the commit's other new
resolutions': ``rows.Unwritten``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tracker.models import ParagraphKind, Resolution

from . import rows
from .plan import ImportPlan, operative_eid, paragraph_count, preamble_eid
from .result import ImportResult


def create(session: Session, plan: ImportPlan, source_text: str | None, filename: str | None,
           publish: bool, later: rows.Unwritten) -> ImportResult:
    """Write the resolution's rows, its ids from ``later``'s reserved ones; its obligations wait
    in ``later`` (with a batch's commit's other new resolutions', ``later.citations``, its own rows
    too) for the caller to write (``import_resolution``: a batch's ``Unwritten`` or its own)."""
    p = plan.parsed
    resolution = Resolution(published_at=plan.now if publish else None, updated_at=plan.now)
    plan.set_resolution_fields(resolution, source_text, filename)
    result = ImportResult(resolution=resolution, symbol=resolution.symbol)

    # owners first: new entities and candidates need their ids before the obligations point at
    # them; in a commit whose new resolutions go in together (``Unwritten.citations``), with them
    # (the first statement of ``Unwritten.write`` flushes the session): one flush for the commit
    numbered = plan.numbered  # operative paragraphs, then those of annexed instruments
    resolved = [plan.resolve(op) for op, _kind in numbered]
    if session.new and later.citations is None:
        session.flush()
    given = None
    if rows.Reserved.used(session):  # its row goes in with its paragraphs, footnotes and references
        rid, given = later.reserved.take(session, paragraph_count(p))
        resolution.id = rid
    else:
        rid = rows.add_row(session, resolution)
    insert = given if given is not None else rows.insert_paragraphs

    paragraph_rows = []
    for position, pre in enumerate(p.preambular, start=1):
        eid = plan.unique_eid(preamble_eid(pre))
        paragraph_rows.append(plan.paragraph_row(rid, ParagraphKind.PREAMBULAR, str(pre.number), eid,
                                                 position, pre.text))
    position = len(paragraph_rows)
    for op, kind in numbered:
        position += 1
        eid = plan.unique_eid(operative_eid(op))
        paragraph_rows.append(plan.paragraph_row(rid, kind, op.number, eid, position, op.text,
                                                 part=op.part, line=op.line, unnumbered=op.unnumbered,
                                                 asks_from=op.asks_from))
    ids = insert(session, paragraph_rows)
    op_ids = ids[len(p.preambular):]
    op_eids = [row["eid"] for row in paragraph_rows[len(p.preambular):]]

    items_of, sub_ids, _position = rows.insert_subparagraphs(
        session, plan, rid, list(zip(op_ids, op_eids, [op for op, _ in numbered], strict=True)), position,
        insert)

    new = [plan.new_obligation(op_ids[k], op, owners, items_of[k])
           for k, ((op, _kind), owners) in enumerate(zip(numbered, resolved, strict=True))]
    obligation_rows = rows.insert_obligations(session, plan, rid, new,
                                              comment=f"imported from {filename or 'a parsed text'}",
                                              later=later)
    for row, ob in zip(obligation_rows, new, strict=True):
        result.count(row["due_on"], row["needs_review"], ob.points)
    rows.add_footnotes_and_references(session, plan, resolution, sub_ids, ids, given, later)
    result.new_entities = list(plan.new_entities)
    return result
