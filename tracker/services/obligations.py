"""What officers do to obligations: change status with evidence, review what the parser inferred,
tick sub-items, assign owners, and list their work by urgency.

Every write checks the actor, records history (one ``at`` per call, so a call's entries read as
one change) and an audit entry, bumps the obligation's ``version`` and ``flush()``es. A write based
on a stale version raises ``StaleObligation``; nothing is overwritten.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from tracker.calendar import Body, NoSessionsError, session_body
from tracker.models import (
    OPEN_STATUSES,
    Entity,
    Evidence,
    EvidenceKind,
    HistoryEntry,
    Obligation,
    ObligationItem,
    ObligationKind,
    ObligationStatus,
    Resolution,
    obligation_owners,
)
from tracker.parsing.regexes import EARLY_SESSION
from tracker.services import calendar as calendar_service
from tracker.services.actors import Actor
from tracker.services.audit import record_audit
from tracker.services.errors import Conflict, Invalid

#: "no update for N days" makes an open obligation urgent in "My work"
STALE_AFTER = dt.timedelta(days=60)
#: "due soon" in "My work"
DUE_SOON = dt.timedelta(days=30)


class ObligationError(Invalid):
    """A change the obligation cannot take (bad evidence, completed without evidence, ...)."""


class StaleObligation(Conflict):
    """The obligation changed since the caller loaded it: ``changes`` says what (oldest first)."""

    def __init__(self, obligation_id: int, expected: int | None, current: int | None,
                 changes: list[dict[str, Any]] | None = None):
        super().__init__(
            f"obligation {obligation_id} changed since version {expected} (now {current})",
            code="stale_obligation",
        )
        self.obligation_id = obligation_id
        self.expected = expected
        self.current = current
        self.changes = changes or []

    def details(self) -> dict[str, Any]:
        return {"changes": self.changes, "current_version": self.current}


# --------------------------------------------------------------------------- evidence

#: One component of a UN document symbol: a series (A, S, E, HRC, C.3, SGB), a session or year
#: (73, 2024), a number (123, L.17), or an addendum/corrigendum/revision marker.
_SYMBOL_PART = r"(?:[A-Z]{1,10}(?:\.\d{1,3})?|\d{1,5}|[A-Z]{1,4}\.\d{1,5}|(?:Add|Corr|Rev|Amend)\.\d{1,3})"
#: a Security Council resolution's year or an early resolution's session: "(2023)", "(XV)"
SYMBOL_RE = re.compile(rf"^[A-Z]{{1,10}}(?:/{_SYMBOL_PART}){{1,6}}(?: \((?:\d{{4}}|{EARLY_SESSION})\))?$")


#: The part of a symbol that numbers a document: a number, or a numbered document of a kind
#: (``L.17`` limited, ``CRP.2``, ``INF.3``, ``NGO.5``, ``PET.1``, ``PV.45`` verbatim record,
#: ``R.4``, ``SR.12`` summary record, ``WP.3``, ``MIN.1``). A numbered organ (``C.3``, ``AC.109``,
#: ``CN.6``, ``CONF.157``, ``WG.6``) says whose document it is, not which one.
_DOCUMENT_NUMBER_RE = re.compile(r"\d{1,5}|(?:L|CRP|INF|NGO|PET|PV|R|SR|WP|MIN)\.\d{1,5}")


def is_document_symbol(value: str) -> bool:
    """``A/73/123``, ``A/RES/71/19``, ``S/2024/5``, ``A/HRC/55/3``, ``A/C.3/78/L.5/Rev.1``,
    ``S/RES/2682 (2023)``: a series, then slash-separated parts, one of them numbering the
    document (a committee alone, ``A/C.3``, is not a document)."""
    if not SYMBOL_RE.match(value):
        return False
    return any(_DOCUMENT_NUMBER_RE.fullmatch(part) for part in value.split(" ")[0].split("/"))


def is_evidence_link(value: str) -> bool:
    if len(value) > 500 or any(c.isspace() for c in value):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and "." in (parts.hostname or "")


def parse_evidence(text: str | Iterable[str] | None) -> list[tuple[str, str]]:
    """Evidence as typed (one per line, or separated by commas or semicolons) -> ``[(kind, value)]``.

    Raises ``ObligationError`` naming every item that is neither a document symbol nor a link."""
    if text is None:
        return []
    chunks = re.split(r"[\n,;]+", text) if isinstance(text, str) else list(text)
    out: list[tuple[str, str]] = []
    bad: list[str] = []
    for chunk in chunks:
        chunk = chunk.strip()
        if not chunk:
            continue
        words = chunk.split() if " " in chunk and not SYMBOL_RE.match(chunk) else [chunk]
        found = [_evidence_item(w) for w in words]  # "A/73/123 A/73/124" on one line is two items
        if None in found:
            bad.append(chunk)  # echoed as typed, not cut into words
            continue
        for item in found:
            if item not in out:
                out.append(item)
    if bad:
        raise ObligationError(
            "Not a document symbol (such as A/73/123) or an http(s) link: " + "; ".join(bad) + ".",
            code="evidence_not_recognised", field="evidence", items="; ".join(bad),
        )
    return out


def _evidence_item(value: str) -> tuple[str, str] | None:
    if is_document_symbol(value):
        return (str(EvidenceKind.SYMBOL), value)
    if is_evidence_link(value):
        return (str(EvidenceKind.LINK), value)
    return None


# --------------------------------------------------------------------------- helpers


def load_obligation(session: Session, obligation_id: int) -> Obligation | None:
    return session.get(
        Obligation,
        obligation_id,
        options=[
            selectinload(Obligation.owners),
            selectinload(Obligation.items).selectinload(ObligationItem.paragraph),
            selectinload(Obligation.history).selectinload(HistoryEntry.evidence),
            selectinload(Obligation.evidence),
        ],
    )


def _owner_ids(obligation: Obligation) -> set[int]:
    return {e.id for e in obligation.owners}


def _check_version(session: Session, obligation: Obligation, expected: int | None) -> None:
    if expected is not None and int(expected) != obligation.version:
        raise StaleObligation(
            obligation.id, int(expected), obligation.version,
            changes_since(session, obligation.id, int(expected)),
        )


def _flush(session: Session, obligation: Obligation, expected: int | None) -> None:
    """Flush; another transaction that committed first turns into ``StaleObligation``."""
    obligation_id = obligation.id  # read now: after a failed flush the row cannot be refreshed
    try:
        session.flush()
    except StaleDataError:
        raise StaleObligation(obligation_id, expected, None) from None


def _history(obligation: Obligation, actor: Actor, now: dt.datetime, field: str, old: Any, new: Any,
             comment: str | None = None) -> HistoryEntry:
    entry = HistoryEntry(at=now, user_id=actor.user_id, actor=actor.name, field=field,
                         old_value=old, new_value=new, comment=comment or None)
    obligation.history.append(entry)
    return entry


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def changes_since(session: Session, obligation_id: int, version: int) -> list[dict[str, Any]]:
    """What was written after ``version``: each write bumps the version once and stamps all its
    history entries with one time, so the last (current - version) groups are the answer."""
    current = session.scalar(select(Obligation.version).where(Obligation.id == obligation_id))
    if current is None or current <= version:
        return []
    entries = list(session.scalars(
        select(HistoryEntry).where(HistoryEntry.obligation_id == obligation_id)
        .order_by(HistoryEntry.id.desc()).limit(200)
    ))
    groups: list[list[HistoryEntry]] = []
    for entry in entries:
        if groups and (groups[-1][0].at, groups[-1][0].actor) == (entry.at, entry.actor):
            groups[-1].append(entry)
        elif len(groups) < current - version:
            groups.append([entry])
        else:
            break
    return [
        {"at": e.at, "actor": e.actor, "field": e.field, "old": e.old_value, "new": e.new_value,
         "comment": e.comment}
        for group in reversed(groups) for e in reversed(group)
    ]


# --------------------------------------------------------------------------- status


def change_status(
    session: Session,
    obligation: Obligation,
    status: str,
    *,
    actor: Actor,
    now: dt.datetime,
    comment: str | None = None,
    evidence: str | Iterable[str] | None = None,
    expected_version: int | None = None,
) -> HistoryEntry | None:
    """Move an obligation to ``status`` with a comment and evidence (symbols or links).

    ``completed`` needs evidence (given now or already recorded). Completing a recurring mandate
    creates its next occurrence. Returns the history entry (None when nothing changed)."""
    actor.require(actor.may_update(_owner_ids(obligation)), f"update obligation {obligation.id}")
    _check_version(session, obligation, expected_version)
    try:
        new = ObligationStatus(status)
    except ValueError:
        raise ObligationError(f"Unknown status {status!r}.", code="unknown_status", field="status") from None
    items = parse_evidence(evidence)
    comment = (comment or "").strip() or None
    if new == ObligationStatus.COMPLETED and not items and not obligation.evidence:
        raise ObligationError(
            "Completing an obligation needs evidence: a document symbol (such as A/73/123) or a link.",
            code="evidence_required", field="evidence",
        )
    old = obligation.status
    known = {(e.kind, e.value) for e in obligation.evidence}
    added = [item for item in items if item not in known]  # evidence given again is no change
    if new == old and not added and not comment:
        return None
    entry = _history(obligation, actor, now, "status" if new != old else "comment",
                     old, str(new), comment)
    for kind, value in added:
        obligation.evidence.append(
            Evidence(kind=kind, value=value, added_at=now, added_by_id=actor.user_id, history_entry=entry)
        )
    if new != old:
        obligation.status = str(new)
        obligation.status_changed_at = now
    obligation.updated_at = now
    _flush(session, obligation, expected_version)
    record_audit(session, actor, "change_status", obligation, old=old, new=str(new), comment=comment,
                 evidence=[v for _, v in items], version=obligation.version)
    if new == ObligationStatus.COMPLETED and new != old and obligation.recurrence:
        _next_occurrence(session, obligation, actor, now)
    session.flush()
    return entry


def _next_occurrence(session: Session, obligation: Obligation, actor: Actor, now: dt.datetime) -> None:
    following = calendar_service.next_occurrence(session, obligation, now.date(), actor=actor)
    if following is not None:
        record_audit(session, actor, "next_occurrence", following, after=obligation.id,
                     occurrence=following.occurrence)


def bulk_change_status(
    session: Session,
    obligation_ids: Sequence[int],
    status: str,
    *,
    actor: Actor,
    now: dt.datetime,
    comment: str | None = None,
    evidence: str | None = None,
) -> list[Obligation]:
    """The same change to several obligations, all or nothing: one refusal refuses them all.
    They are changed, and returned, in the order of their ids (whatever order the database keeps
    its rows in, and the same for two concurrent changes)."""
    ids = sorted({int(i) for i in obligation_ids})
    if not ids:
        raise ObligationError("Select at least one obligation.", code="nothing_selected", field="ids")
    obligations = list(session.scalars(
        select(Obligation).where(Obligation.id.in_(ids)).order_by(Obligation.id)
        .options(selectinload(Obligation.owners), selectinload(Obligation.evidence),
                 selectinload(Obligation.history))
    ))
    if len(obligations) != len(ids):
        raise ObligationError("Some of the selected obligations no longer exist.", code="missing_obligations",
                              field="ids")
    for obligation in obligations:
        actor.require(actor.may_update(_owner_ids(obligation)), f"update obligation {obligation.id}")
    changed = []
    for obligation in obligations:
        if change_status(session, obligation, status, actor=actor, now=now, comment=comment,
                         evidence=evidence) is not None:
            changed.append(obligation)
    record_audit(session, actor, "bulk_change_status", None, status=status, obligations=ids,
                 changed=[o.id for o in changed])
    session.flush()
    return changed


def open_agenda_items(session: Session, body: str, number: int) -> list[Obligation]:
    """The agenda obligations of a session still waiting for their item to be on its agenda."""
    return list(session.scalars(
        select(Obligation)
        .where(Obligation.kind == str(ObligationKind.AGENDA), Obligation.deadline_body == body,
               Obligation.deadline_session == number, Obligation.status.in_([str(s) for s in OPEN_STATUSES]))
        .options(selectinload(Obligation.resolution), selectinload(Obligation.paragraph))
        .order_by(Obligation.resolution_id, Obligation.paragraph_id)
    ))


def confirm_agenda_items(
    session: Session,
    body: str,
    number: int,
    *,
    evidence: str,
    actor: Actor,
    now: dt.datetime,
    obligation_ids: Sequence[int] | None = None,
) -> list[Obligation]:
    """Agenda obligations fall due when their session opens; once its agenda is out (A/81/251),
    an officer confirms them together: each is completed with that evidence, one history entry
    each. ``obligation_ids`` narrows the confirmation to some of them. All or nothing."""
    if not parse_evidence(evidence):
        raise ObligationError("give the agenda's symbol (such as A/81/251) as evidence")
    items = open_agenda_items(session, body, number)
    if obligation_ids is not None:
        wanted = {int(i) for i in obligation_ids}
        items = [o for o in items if o.id in wanted]
    if not items:
        raise ObligationError("no agenda item of this session is waiting for confirmation")
    return bulk_change_status(
        session, [o.id for o in items], str(ObligationStatus.COMPLETED), actor=actor, now=now,
        comment=f"on the agenda of {body} {number}", evidence=evidence,
    )


# --------------------------------------------------------------------------- items and owners


def tick_item(
    session: Session,
    item: ObligationItem,
    done: bool,
    *,
    actor: Actor,
    now: dt.datetime,
    expected_version: int | None = None,
) -> bool:
    """Mark a sub-item done or not done; True when it changed."""
    obligation = item.obligation
    actor.require(actor.may_update(_owner_ids(obligation)), f"update obligation {obligation.id}")
    _check_version(session, obligation, expected_version)
    if item.is_done == done:
        return False
    item.is_done = done
    item.done_at = now if done else None
    item.done_by_id = actor.user_id if done else None
    _history(obligation, actor, now, "item", {"label": item.label, "done": not done},
             {"label": item.label, "done": done})
    obligation.updated_at = now
    _flush(session, obligation, expected_version)
    record_audit(session, actor, "tick_item", obligation, item=item.label, done=done,
                 version=obligation.version)
    return True


def _mark_reviewed_field(obligation: Obligation, name: str) -> None:
    if name not in (obligation.reviewed_fields or []):
        obligation.reviewed_fields = [*(obligation.reviewed_fields or []), name]


def assign_owner(
    session: Session,
    obligation: Obligation,
    entity: Entity,
    *,
    actor: Actor,
    now: dt.datetime,
    expected_version: int | None = None,
) -> bool:
    """Add ``entity`` to the owners (a review act: importers and admins). True when it changed."""
    actor.require(actor.may_review(_owner_ids(obligation)), "assign owners to this obligation")
    _check_version(session, obligation, expected_version)
    if entity in obligation.owners:
        return False
    old = [e.name for e in obligation.owners]
    obligation.owners.append(entity)
    _history(obligation, actor, now, "owners", old, [e.name for e in obligation.owners])
    _mark_reviewed_field(obligation, "owners")
    obligation.updated_at = now
    _flush(session, obligation, expected_version)
    record_audit(session, actor, "assign_owner", obligation, entity=entity.name, version=obligation.version)
    return True


# --------------------------------------------------------------------------- review

DEADLINE_KINDS = ("session", "date", "relative", "recurring")
_DURATION_RE = re.compile(r"^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$")


def make_deadline(
    kind: str | None,
    *,
    text: str | None = None,
    body: str | None = None,
    session: int | None = None,
    end: bool = False,
    date: dt.date | None = None,
    days: int | None = None,
    every: str | None = None,
    period: str | None = None,
) -> dict[str, Any] | None:
    """A structured deadline as in ``tracker parse --json`` from form fields (None: no deadline).
    ``end``: a session deadline by the end of the session, not at its opening. ``period``: a
    relative deadline that runs for that long (ISO 8601) from the end of ``body``'s ``session``
    ("for a period of three years, effective from the end of its fifty-third session"), not
    ``days`` after adoption."""
    kind = (kind or "").strip().lower()
    if kind in ("", "none"):
        return None
    if kind not in DEADLINE_KINDS:
        raise ObligationError(f"Unknown deadline kind {kind!r}.", code="unknown_deadline_kind",
                              field="deadline_kind")
    out: dict[str, Any] = {"kind": kind}
    if kind == "session":
        # another body's deadline may name no number: its next session after adoption
        parsed = _session_body(body, session, numbered=False)
        out |= {"body": str(parsed), "session": int(session) if session else None}
        if end:
            out["end"] = True
        default_text = f"{parsed} session {session}" if session else f"{parsed} next session"
    elif kind == "date":
        if date is None:
            raise ObligationError("A date deadline needs the date.", code="date_required",
                                  field="deadline_date")
        out["date"] = date.isoformat()
        default_text = f"by {date.isoformat()}"
    elif kind == "relative" and (period or "").strip():
        period = _duration(period, code="period_required", field="deadline_period",
                           message="A period after a session's end is an ISO 8601 duration such as P3Y.")
        parsed = _session_body(body, session, numbered=True)
        out |= {"from": "session_end", "body": str(parsed), "session": int(session), "period": period}
        default_text = f"{period} from the end of {parsed} session {session}"
    elif kind == "relative":
        if days is None or days < 0:
            raise ObligationError("A relative deadline needs a number of days after adoption.",
                                  code="days_required", field="deadline_days")
        out |= {"days": int(days), "from": "adoption"}
        default_text = f"within {days} days of adoption"
    else:
        every = _duration(every, code="every_required", field="deadline_every",
                          message="A recurring deadline needs an ISO 8601 duration such as P1Y or P4M.")
        out["every"] = every
        default_text = f"every {every}"
    out["text"] = (text or "").strip() or default_text
    return out


def _session_body(body: str | None, session: int | None, *, numbered: bool) -> Body | str:
    """A deadline's body: a principal organ, or another body by its registry code ("CCPCJ").
    A principal organ's session needs its number; another body's too where ``numbered``."""
    try:
        parsed = session_body(body or "")
    except NoSessionsError:
        raise ObligationError(f"The {Body.parse(body or '').display_name} has no sessions.",
                              code="body_without_sessions", field="deadline_body") from None
    except ValueError:
        raise ObligationError(f"Unknown body {body!r}.", code="unknown_body", field="deadline_body") from None
    if (numbered or isinstance(parsed, Body)) and (not session or session < 1):
        raise ObligationError("A session deadline needs the session number.", code="session_required",
                              field="deadline_session")
    return parsed


def _duration(value: str | None, *, code: str, field: str, message: str) -> str:
    """An ISO 8601 date duration from a form field, upper-cased (``"P3Y"``, ``"P4M"``)."""
    value = (value or "").strip().upper()
    if not value or value == "P" or not _DURATION_RE.match(value):
        raise ObligationError(message, code=code, field=field)
    return value


_UNSET: Any = object()


@dataclass
class ReviewResult:
    changed: list[str] = field(default_factory=list)
    due_error: str | None = None


def review_obligation(
    session: Session,
    obligation: Obligation,
    *,
    actor: Actor,
    now: dt.datetime,
    today: dt.date,
    kind: str = _UNSET,
    owners: Iterable[Entity] = _UNSET,
    deliverable: str | None = _UNSET,
    deadline: Mapping[str, Any] | None = _UNSET,
    due_on_override: dt.date | None = _UNSET,
    mark_reviewed: bool = True,
    comment: str | None = None,
    expected_version: int | None = None,
) -> ReviewResult:
    """Correct what the parser inferred. Each corrected field becomes history and joins
    ``reviewed_fields`` (a re-import never overwrites those). Admins, and importers for an
    obligation no other entity owns (:meth:`Actor.may_review`)."""
    actor.require(actor.may_review(_owner_ids(obligation)), "review this obligation")
    _check_version(session, obligation, expected_version)
    result = ReviewResult()
    comment = (comment or "").strip() or None

    def record(name: str, old: Any, new: Any) -> None:
        _history(obligation, actor, now, name, old, new, comment)
        _mark_reviewed_field(obligation, name)
        result.changed.append(name)

    recompute_kind = False
    if kind is not _UNSET and kind != obligation.kind:
        try:
            new_kind = str(ObligationKind(kind))
        except ValueError:
            raise ObligationError(f"Unknown kind {kind!r}.", code="unknown_kind", field="kind") from None
        record("kind", obligation.kind, new_kind)
        obligation.kind = new_kind
        recompute_kind = True
    if owners is not _UNSET:
        new_owners = list(dict.fromkeys(owners))
        if {e.id for e in new_owners} != _owner_ids(obligation):
            record("owners", [e.name for e in obligation.owners], sorted(e.name for e in new_owners))
            obligation.owners = new_owners
    if deliverable is not _UNSET:
        deliverable = (deliverable or "").strip() or None
        if deliverable != obligation.deliverable:
            record("deliverable", obligation.deliverable, deliverable)
            obligation.deliverable = deliverable
    recompute = False
    if deadline is not _UNSET:
        # the deadline it is filed under (a report's, not the end of the mandate its paragraph extends)
        at = calendar_service.principal_deadline(obligation.deadlines)
        current = obligation.deadlines[at] if at is not None else None
        if deadline and obligation.kind == ObligationKind.MANDATE and not deadline.get("target"):
            # a mandate's corrected deadline still ends it (the form has no "expires" to tick)
            deadline = {**deadline, "expires": True}
        if (dict(deadline) if deadline else None) != current:
            # a corrected deadline keeps the others; "no deadline" clears them all
            at = at or 0
            new_list = ([*obligation.deadlines[:at], dict(deadline), *obligation.deadlines[at + 1:]]
                        if deadline else [])
            record("deadline", current, dict(deadline) if deadline else None)
            obligation.deadlines = new_list
            obligation.deadline_text, obligation.deadline_body, obligation.deadline_session = (
                calendar_service.filed_under(new_list))
            obligation.recurrence = calendar_service.recurrence_of(new_list)
            recompute = True
    if due_on_override is not _UNSET and due_on_override != obligation.due_on_override:
        record("due_on_override", _iso(obligation.due_on_override), _iso(due_on_override))
        _mark_reviewed_field(obligation, "due_on")
        obligation.due_on_override = due_on_override
        recompute = True
    if recompute or recompute_kind:  # a new kind may expire (mandate) or carry no date at all
        result.due_error = _recompute_due(session, obligation, actor, now, today)
    if mark_reviewed and (result.changed or obligation.reviewed_at is None or obligation.needs_review):
        _history(obligation, actor, now, "reviewed", _iso(obligation.reviewed_at),
                 result.changed.copy() or None, comment)  # "reviewed" joins the list below
        obligation.reviewed_at = now
        obligation.reviewed_by_id = actor.user_id
        obligation.needs_review = False
        result.changed.append("reviewed")
    if not result.changed:
        return result
    obligation.updated_at = now
    _flush(session, obligation, expected_version)
    record_audit(session, actor, "review_obligation", obligation, changed=result.changed,
                 version=obligation.version)
    return result


def _recompute_due(session: Session, obligation: Obligation, actor: Actor, now: dt.datetime,
                   today: dt.date) -> str | None:
    with session.no_autoflush:  # not yet: the review is one write, one version (``changes_since``)
        calendar = calendar_service.load_calendar(session)
        resolution = obligation.resolution
    old = obligation.due_on
    error = calendar_service.apply_dates(obligation, calendar, adopted_on=resolution.adopted_on,
                                         body=resolution.body, today=today)
    if obligation.due_on != old:
        _history(obligation, actor, now, "due_on", _iso(old), _iso(obligation.due_on),
                 obligation.due_derivation)
    return error


# --------------------------------------------------------------------------- my work


@dataclass(frozen=True)
class WorkItem:
    obligation: Obligation
    #: 0 overdue, 1 due soon, 2 no update for a while, 3 the rest
    rank: int
    reason: str


def urgency(obligation: Obligation, today: dt.date) -> tuple[int, str]:
    if obligation.is_overdue(today):  # the model's one rule: tracked, past due, open
        return 0, "overdue"
    if obligation.is_due_within(today, DUE_SOON.days):
        return 1, "due_soon"
    if obligation.status in OPEN_STATUSES:
        changed = obligation.status_changed_at.date() if obligation.status_changed_at else None
        if changed is None or today - changed >= STALE_AFTER:
            return 2, "no_update"
    return 3, ""


def list_my_work(
    session: Session, actor: Actor, today: dt.date, *, include_closed: bool = False,
    statuses: Iterable[str] = (), kinds: Iterable[str] = (), resolution_id: int | None = None,
    due_within: int | None = None,
) -> list[WorkItem]:
    """The obligations the actor's entities own (everything for an admin), most urgent first.

    Filters: ``statuses`` (any of; they override ``include_closed``), ``kinds``, one resolution,
    and ``due_within`` days from ``today`` (overdue ones included: they are due already)."""
    query = select(Obligation).options(
        selectinload(Obligation.owners), selectinload(Obligation.resolution),
        selectinload(Obligation.paragraph),
    )
    if not actor.is_admin:
        if not actor.entity_ids:
            return []
        query = query.where(Obligation.id.in_(
            select(obligation_owners.c.obligation_id).where(
                obligation_owners.c.entity_id.in_(sorted(actor.entity_ids)))
        ))
    statuses = [str(s) for s in statuses]
    if statuses:
        query = query.where(Obligation.status.in_(statuses))
    elif not include_closed:
        query = query.where(Obligation.status.in_(
            [str(s) for s in (*OPEN_STATUSES, ObligationStatus.ONGOING)]))
    kinds = [str(k) for k in kinds]
    if kinds:
        query = query.where(Obligation.kind.in_(kinds))
    if resolution_id is not None:
        query = query.where(Obligation.resolution_id == resolution_id)
    if due_within is not None:
        query = query.where(Obligation.due_on.is_not(None),
                            Obligation.due_on <= today + dt.timedelta(days=due_within))
    items = []
    for obligation in session.scalars(query):
        rank, reason = urgency(obligation, today)
        items.append(WorkItem(obligation, rank, reason))
    far = dt.date.max
    items.sort(key=lambda w: (w.rank, w.obligation.due_on or far, w.obligation.resolution.symbol,
                              w.obligation.paragraph.position, w.obligation.occurrence))
    return items


def publish_resolution(session: Session, resolution: Resolution, *, actor: Actor, now: dt.datetime) -> bool:
    """Make an imported resolution visible on the dashboards (importers and admins). True if it changed."""
    actor.require(actor.may_import(), "publish resolutions")
    if resolution.published_at is not None:
        return False
    resolution.published_at = now
    session.flush()
    record_audit(session, actor, "publish_resolution", resolution, symbol=resolution.symbol)
    return True
