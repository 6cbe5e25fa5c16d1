"""Exports: any filtered obligation list as CSV or XLSX, a whole resolution as JSON.

The obligation list is the one the dashboards and the API show for the same ``ObligationFilter``,
in the same order (``tracker.services.search``), so a spreadsheet matches the page it came from.
Cells are written as text, never as formulas: a value that starts with ``=`` (a comment, an
evidence link) must not run in someone's Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, undefer

from tracker.models import (
    DEFAULT_MANDATE_EXPIRING_DAYS,
    Footnote,
    Obligation,
    ObligationItem,
    Paragraph,
    ParagraphKind,
    Resolution,
)
from tracker.parsing.types import heading_dict
from tracker.services.rows import ObligationRow
from tracker.services.search import ObligationFilter, filtered_select, ordering

#: the most rows one export holds; a larger selection should be narrowed by a filter
MAX_EXPORT_ROWS = 100_000
#: what a spreadsheet program would take for a formula (OWASP "CSV injection")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    value: Callable[[Obligation, dt.date, str], Any]
    width: int = 14


def _owners(o: Obligation) -> str:
    return "; ".join(e.name for e in o.owners)


def obligation_url(base_url: str, obligation_id: int) -> str:
    """An obligation's page, as exports, feeds and reminders link to it."""
    return f"{base_url.rstrip('/')}/obligations/{obligation_id}"


#: The columns of every obligation export, in order. ``key`` is also the CSV header's machine name.
COLUMNS: tuple[Column, ...] = (
    Column("id", "ID", lambda o, t, b: o.id, 8),
    Column("symbol", "Resolution", lambda o, t, b: o.resolution.symbol, 18),
    Column("paragraph", "Paragraph", lambda o, t, b: o.paragraph.shown_number, 10),
    Column("part", "Part", lambda o, t, b: o.paragraph.part or "", 6),
    Column("eid", "eId", lambda o, t, b: o.paragraph.eid, 16),
    Column("action", "Action", lambda o, t, b: o.action or "", 14),
    Column("kind", "Kind", lambda o, t, b: o.kind, 12),
    Column("tracked", "Tracked", lambda o, t, b: "yes" if o.is_tracked else "no", 9),
    Column("owners", "Owners", lambda o, t, b: _owners(o), 30),
    Column("deliverable", "Deliverable", lambda o, t, b: o.deliverable or "", 40),
    Column("deadline", "Deadline (as written)", lambda o, t, b: o.deadline_text or "", 30),
    Column("due_on", "Due on", lambda o, t, b: o.due_on, 12),
    Column("target_on", "Target", lambda o, t, b: o.target_on, 12),
    Column("expires_on", "Expires on", lambda o, t, b: o.expires_on, 12),
    Column("status", "Status", lambda o, t, b: o.status, 14),
    Column("overdue", "Overdue", lambda o, t, b: "yes" if o.is_overdue(t) else "no", 9),
    Column("text", "Text", lambda o, t, b: o.paragraph.text, 80),
    Column("link", "Link", lambda o, t, b: obligation_url(b, o.id), 40),
)


def _defuse(value: Any) -> Any:
    """A string a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def filtered_obligations(
    session: Session, flt: ObligationFilter, today: dt.date, *, limit: int = MAX_EXPORT_ROWS
) -> list[Obligation]:
    """Every obligation the filter selects (not one page), in the dashboards' order."""
    stmt = (
        filtered_select(session, flt, today)
        .options(
            selectinload(Obligation.resolution),
            selectinload(Obligation.paragraph),
            selectinload(Obligation.owners),
        )
        .order_by(*ordering())
        .limit(limit)
    )
    return list(session.scalars(stmt))


def obligation_rows(
    obligations: Iterable[Obligation], today: dt.date, base_url: str
) -> Iterator[list[Any]]:
    for o in obligations:
        yield [c.value(o, today, base_url) for c in COLUMNS]


def obligations_csv(obligations: Iterable[Obligation], today: dt.date, base_url: str) -> str:
    """CSV (RFC 4180, a header row of the column keys); dates as ISO 8601."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.key for c in COLUMNS])
    for row in obligation_rows(obligations, today, base_url):
        writer.writerow(
            ["" if v is None else _defuse(v.isoformat() if isinstance(v, dt.date) else v) for v in row]
        )
    return out.getvalue()


def obligations_xlsx(
    obligations: Iterable[Obligation],
    today: dt.date,
    base_url: str,
    *,
    title: str = "Obligations",
    filter_description: str | None = None,
) -> bytes:
    """An Excel workbook: one sheet of obligations (header frozen, auto-filter on, dates as dates,
    paragraph numbers as numbers where they are, links as hyperlinks) and one sheet saying what was
    exported and when."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append([c.header for c in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    count = 0
    for row in obligation_rows(obligations, today, base_url):
        count += 1
        ws.append([None] * len(COLUMNS))
        for col, value in enumerate(row, start=1):
            cell = ws.cell(row=count + 1, column=col)
            key = COLUMNS[col - 1].key
            if key == "paragraph" and isinstance(value, str) and value.isdigit():
                value = int(value)  # sorts and filters as a number; "B.4" or "3 bis" stay text
            if key == "link" and value:
                cell.value = cell.hyperlink = str(value)
                cell.style = "Hyperlink"
                continue
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, int):
                cell.value = value
            elif value is None:
                continue
            else:
                # set as a string explicitly: openpyxl would turn "=..." into a formula
                cell.value = str(value)
                cell.data_type = "s"
            if key == "text":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, column in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = column.width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"

    about = wb.create_sheet("About")
    about.append(["Exported from", base_url])
    about.append(["On", today])
    about["B2"].number_format = "yyyy-mm-dd"
    about.append(["Rows", count])
    about.append(["Filter", filter_description or "all published obligations"])
    for cell in about["B"]:
        if isinstance(cell.value, str):
            cell.data_type = "s"

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------- a whole resolution


def load_resolution(session: Session, symbol: str) -> Resolution | None:
    """The resolution with everything an export needs, in a fixed number of queries."""
    from tracker.services.importing import symbol_variants

    return session.scalars(
        select(Resolution)
        .where(Resolution.symbol.in_(symbol_variants(symbol)))
        .options(
            selectinload(Resolution.paragraphs).selectinload(Paragraph.footnotes),
            selectinload(Resolution.footnotes).selectinload(Footnote.paragraphs),
            selectinload(Resolution.references),
        )
    ).first()


def resolution_obligations(session: Session, resolution: Resolution) -> list[Obligation]:
    return list(
        session.scalars(
            select(Obligation)
            .where(Obligation.resolution_id == resolution.id)
            .options(*OBLIGATION_DICT_LOADS)
            .order_by(Obligation.paragraph_id, Obligation.occurrence)
        )
    )


def _sub_tree(children: dict[int | None, list[Paragraph]], parent: Paragraph) -> list[dict[str, Any]]:
    return [
        {
            "label": p.number,
            "text": p.text,
            "eid": p.eid,
            "subparagraphs": _sub_tree(children, p),
        }
        for p in children.get(parent.id, [])
    ]


#: what ``obligation_dict`` reads beyond the obligation's own columns, loaded with the rows (one
#: statement per relation for a whole page) rather than lazily, one row at a time
OBLIGATION_DICT_LOADS = (
    selectinload(Obligation.owners),
    undefer(Obligation.owner_unconfirmed),
    selectinload(Obligation.evidence),
    selectinload(Obligation.items).selectinload(ObligationItem.paragraph),
)


def obligation_dict(o: Obligation | ObligationRow, today: dt.date, base_url: str | None = None, *,
                    expiring_days: int = DEFAULT_MANDATE_EXPIRING_DAYS) -> dict[str, Any]:
    """One obligation as the JSON API and the resolution export give it: a mapped one loaded with
    ``OBLIGATION_DICT_LOADS``, or a row of ``rows.obligations_by_id`` (a page of either costs a
    fixed number of statements)."""
    out = {
        "id": o.id,
        "occurrence": o.occurrence,
        "action": o.action,
        "kind": o.kind,
        "owners": [{"id": e.id, "name": e.name} for e in o.owners],
        "owner_unconfirmed": bool(o.owner_unconfirmed),
        "deliverable": o.deliverable,
        "deadline_text": o.deadline_text,
        "deadlines": list(o.deadlines or []),
        "recurrence": o.recurrence,
        "due_on": o.due_on.isoformat() if o.due_on else None,
        "due_derivation": o.due_derivation,
        "target_on": o.target_on.isoformat() if o.target_on else None,
        "status": o.status,
        "tracked": o.is_tracked,
        "is_overdue": o.is_overdue(today),
        "expires_on": o.expires_on.isoformat() if o.expires_on else None,
        "mandate_state": o.mandate_state(today, expiring_days),
        "renewed_by": o.renewed_by_id,
        "needs_review": o.needs_review,
        "evidence": [{"kind": e.kind, "value": e.value} for e in o.evidence],
        "items": [{"label": i.label, "eid": i.eid, "is_done": i.is_done} for i in o.items],
        "version": o.version,
        "updated_at": o.updated_at.isoformat() if o.updated_at else None,
    }
    if base_url is not None:
        out["url"] = obligation_url(base_url, o.id)
    return out


def resolution_document(
    session: Session, resolution: Resolution, today: dt.date, base_url: str | None = None
) -> dict[str, Any]:
    """The whole resolution as JSON: the fields of ``tracker parse --json`` (preamble, operative
    paragraphs with their sub-paragraphs, footnotes) and, on each operative paragraph, what the
    register holds about it now (``obligations``: owners, due date, status, evidence)."""
    obligations = resolution_obligations(session, resolution)
    by_paragraph: dict[int, list[Obligation]] = {}
    for o in obligations:
        by_paragraph.setdefault(o.paragraph_id, []).append(o)
    children: dict[int | None, list[Paragraph]] = {}
    for p in resolution.paragraphs:
        children.setdefault(p.parent_id, []).append(p)

    preambular = [
        {"number": int(p.number) if p.number.isdigit() else p.number, "text": p.text, "eid": p.eid,
         "footnotes": [f.marker for f in p.footnotes]}
        for p in resolution.paragraphs
        if p.kind == ParagraphKind.PREAMBULAR and p.current
    ]
    def numbered(p: Paragraph) -> dict[str, Any]:
        obs = by_paragraph.get(p.id, [])
        first = obs[0] if obs else None
        deadlines = list(first.deadlines or []) if first else []
        entry: dict[str, Any] = {
            "number": p.number,
            "eid": p.eid,
            "text": p.text,
            "action": first.action if first else None,
            "kind": first.kind if first else None,
            "actors": [e.name for e in first.owners] if first else [],
            "deliverable": first.deliverable if first else None,
            "subparagraphs": _sub_tree(children, p),
            "deadline": deadlines[0] if deadlines else None,
            "deadlines": deadlines,
            "footnotes": [f.marker for f in p.footnotes],
            "obligations": [obligation_dict(o, today, base_url) for o in obs],
        }
        if p.part:
            entry["part"] = p.part
        if p.unnumbered:
            entry["unnumbered"] = True
        return entry

    operative = [numbered(p) for p in resolution.paragraphs
                 if p.kind == ParagraphKind.OPERATIVE and p.current]
    # annexed instruments: their numbered paragraphs (eId annex_1__para_77), shaped like operative ones
    annexes = [
        {**annex, "paragraphs": [numbered(p) for p in resolution.paragraphs
                                 if p.kind == ParagraphKind.ANNEX and p.current
                                 and p.eid.startswith(f"annex_{annex['number']}__")]}
        for annex in resolution.annexes or []
    ]

    return {
        **heading_dict(resolution),
        "published": resolution.published_at is not None,
        "preambular_count": len(preambular),
        "preambular": preambular,
        "operative": operative,
        "annexes": annexes,
        "footnotes": [
            {"marker": f.marker, "text": f.text, "cited_by": sorted(p.eid for p in f.paragraphs)}
            for f in resolution.footnotes
        ],
        "references": sorted({r.symbol for r in resolution.references}),
    }


def describe_filter(flt: ObligationFilter) -> str:
    """"status=not_started; symbol=A/RES/71/19" for the export's About sheet."""
    parts: list[str] = []
    for key, value in flt.to_args().items():
        shown = ",".join(value) if isinstance(value, Sequence) and not isinstance(value, str) else value
        parts.append(f"{key}={shown}")
    return "; ".join(parts)
