"""Obligations: one per operative paragraph (and per occurrence of a recurring one)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from tracker.db import Base, hybrid, link_table, utcnow
from tracker.models.enums import (
    DEFAULT_MANDATE_EXPIRING_DAYS,
    OPEN_STATUSES,
    TRACKED_KINDS,
    CandidateStatus,
    MandateState,
    ObligationKind,
)
from tracker.models.people import Entity, OwnerCandidate, User
from tracker.models.resolutions import Paragraph, Resolution

#: The entities that own an obligation.
obligation_owners = link_table(
    "obligation_owners", ("obligation_id", "obligations.id"), ("entity_id", "entities.id"),
    #: an owner's obligations; with obligation_id it covers counting them without reading rows
    Index(None, "entity_id", "obligation_id"),
)

#: Actors of an obligation's paragraph that match no entity yet: for reviewers only, never owners.
obligation_candidates = link_table(
    "obligation_candidates", ("obligation_id", "obligations.id"), ("candidate_id", "owner_candidates.id"),
    index_right=True,
)


def _kind_is(kind: ObligationKind, name: str) -> hybrid_property[bool]:
    """``obligation.kind == kind`` as a hybrid: on a loaded row, and as SQL for counts and filters."""

    def on_row(self: Obligation) -> bool:
        return self.kind == kind

    def in_sql(cls: type[Obligation]) -> ColumnElement[bool]:
        return cls.kind == str(kind)

    on_row.__name__ = in_sql.__name__ = name
    return hybrid_property(on_row, expr=in_sql)


def _written(codes: Iterable[str]) -> list[ColumnElement[str]]:
    """Our own codes as constants written into a statement. ``IN`` over a bound list is an
    "expanding" parameter, which SQLAlchemy rewrites into the statement's text at every execution
    (≈ 30 µs each: the overview's statements held 42, ≈ 1.2 ms of its CPU), and these lists never
    change. The codes are lower-case words (checked here), so writing them needs no quoting."""
    written = []
    for code in sorted(str(c) for c in codes):
        if not re.fullmatch(r"[a-z_]+", code):
            raise ValueError(f"not a code: {code!r}")
        written.append(literal_column(f"'{code}'", String))
    return written


def written_code(code: str) -> ColumnElement[str]:
    """One of our codes (a kind, a status) written into a statement (``_written``)."""
    return _written([code])[0]


_TRACKED = _written(TRACKED_KINDS)
_OPEN = _written(OPEN_STATUSES)
(_MANDATE,) = _written([ObligationKind.MANDATE])
_ZERO = literal_column("0", Integer)


# The SQL side of the rules of ``ObligationRules`` (below), over any selectable that has an
# obligation's ``kind``, ``status``, ``due_on`` and ``expires_on`` columns: the obligations
# themselves, or the counts kept per combination of them (``tracker.models.counts``), so both
# count by the same rule.


def tracked_sql(cols: Any) -> ColumnElement[bool]:
    return cols.kind.in_(_TRACKED)


def open_sql(cols: Any) -> ColumnElement[bool]:
    """Not started or in progress (``ObligationStatus.is_open``)."""
    return cols.status.in_(_OPEN)


def overdue_sql(cols: Any, today: dt.date) -> ColumnElement[bool]:
    return and_(cols.kind.in_(_TRACKED), cols.due_on < today, open_sql(cols))


def overdue_early_sql(cols: Any) -> ColumnElement[bool]:
    """``overdue_sql`` at the kept counts' horizon, for a kept row whose ``due_early`` says whether
    its obligations are due before it (``tracker.models.counts``)."""
    return and_(cols.kind.in_(_TRACKED), cols.due_early, open_sql(cols))


def due_within_sql(cols: Any, today: dt.date, days: int) -> ColumnElement[bool]:
    return and_(cols.kind.in_(_TRACKED), cols.due_on.between(today, today + dt.timedelta(days=days)),
                open_sql(cols))


def renewed_sql(cols: Any) -> ColumnElement[bool]:
    """A later mandate renewed this one (``renewed_by_id`` set), written so that no index can
    serve it or its negation (same rows: ids start at 1). Nearly every obligation is not renewed,
    and SQLite, which keeps no statistics, would otherwise read all of them through the index on
    ``renewed_by_id`` for "not renewed" instead of the few mandates ending in a window (index on
    ``expires_on``): 34 ms against 0.01 ms for a mandate panel at 50,000 obligations. The zeros
    are written into the statement, not bound: PostgreSQL keeps statistics on this very expression
    (``obligations_renewal``, migration 0023), which a plan made for any parameters (a prepared
    statement's) matches only when the expression is written the same; without them the planner
    takes "not renewed" for 1 row in 200 and reads every ended mandate to sort them (the expired
    panel: 1.0 ms at 50,000 obligations, 14 ms at 500,000)."""
    return func.coalesce(cols.renewed_by_id, _ZERO) != _ZERO


def mandate_sql(cols: Any, expires: ColumnElement[bool] | None = None) -> ColumnElement[bool]:
    """Has a mandate (``ObligationRules.has_mandate``): kind ``mandate``, or a mandate's end
    (``expires_on`` set). ``expires``: whether it has an end, over a selectable that keeps that and
    not the date (``session_counts.expires``)."""
    if expires is None:
        expires = cols.expires_on.is_not(None)
    return or_(cols.kind == _MANDATE, expires)


def mandate_state_conditions(cols: Any, renewed: ColumnElement[bool], today: dt.date,
                             window: int = DEFAULT_MANDATE_EXPIRING_DAYS) -> dict[str, ColumnElement[bool]]:
    """Each mandate state as its own condition (they exclude one another), in plain comparisons a
    database can read from the ``expires_on`` index: a filter on one state, and the ``CASE`` of
    ``mandate_state_sql``, are built from these. ``renewed``: true when a later mandate renewed
    this one (``renewed_by_id IS NOT NULL``). Whatever has an end has a mandate (``mandate_sql``),
    so a dated state is its date's comparison alone: no kind compared for each dated row."""
    horizon = today + dt.timedelta(days=window)
    return {
        MandateState.RENEWED: and_(mandate_sql(cols), renewed),
        MandateState.EXPIRED: and_(cols.expires_on < today, ~renewed),
        MandateState.EXPIRING: and_(cols.expires_on.between(today, horizon), ~renewed),
        MandateState.ACTIVE: and_(or_(cols.expires_on > horizon,
                                      and_(cols.kind == _MANDATE, cols.expires_on.is_(None))), ~renewed),
    }


def mandate_state_sql(cols: Any, renewed: ColumnElement[bool], today: dt.date,
                      window: int = DEFAULT_MANDATE_EXPIRING_DAYS) -> ColumnElement[str | None]:
    """The state's name (None without a mandate), from ``mandate_state_conditions``."""
    return case(
        *((condition, written_code(state)) for state, condition in
          mandate_state_conditions(cols, renewed, today, window).items()),
        else_=literal(None, String),
    )


class ObligationRules:
    """What the register counts, over an obligation's ``kind``, ``status``, ``due_on``,
    ``expires_on`` and ``renewed_by_id``.

    The rules are written once, each as a Python predicate (for a loaded row) and the SQL
    expression named beside it in its ``hybrid`` (for counts and filters): dashboards, the API,
    search, feeds, exports and the reminder queue all use these, so "tracked" and "overdue" cannot
    disagree. The mapped
    ``Obligation`` inherits them, and so do the plain rows the read models load with Core
    statements (``tracker.services.rows``): a page built from either says the same."""

    @hybrid(tracked_sql)
    def is_tracked(self) -> bool:
        """Report, action or agenda: counted, dated, flagged overdue and reminded about."""
        return self.kind in TRACKED_KINDS

    #: a standing call (exhortation): shown and counted apart, never overdue
    is_standing = _kind_is(ObligationKind.EXHORTATION, "is_standing")
    #: kind ``mandate``: it expires and has no due date (a mandate's own reminders go to the body
    #: that renews it); ``has_mandate`` also counts a tracked obligation that carries one
    is_mandate = _kind_is(ObligationKind.MANDATE, "is_mandate")
    #: asks nothing of anyone: no status ("no action required"), in no count
    is_declaratory = _kind_is(ObligationKind.DECLARATORY, "is_declaratory")

    @hybrid(overdue_sql, method=True)
    def is_overdue(self, today: dt.date) -> bool:
        """Derived, never stored: a tracked obligation due before today and still open. A mandate
        expires and a standing call has no finish line: neither is ever overdue."""
        return (
            self.kind in TRACKED_KINDS
            and self.due_on is not None
            and self.due_on < today
            and self.status in OPEN_STATUSES
        )

    @hybrid(mandate_sql)
    def has_mandate(self) -> bool:
        """A mandate, or a tracked obligation that carries one: "Decides to extend the mandate of
        the Special Rapporteur … for a period of one year, and requests the Special Rapporteur to
        submit a report … at its forty-seventh session" is a report (due at that session, counted,
        overdue and reminded about as one) whose deadlines also give the mandate's end, kept in
        ``expires_on`` beside its due date (``tracker.services.calendar.compute_dates``: only a
        mandate and a tracked kind have an end). Either has a mandate's state and may renew, or be
        renewed by, another."""
        return self.kind == ObligationKind.MANDATE or self.expires_on is not None

    @hybrid(due_within_sql, method=True)
    def is_due_within(self, today: dt.date, days: int) -> bool:
        """A tracked obligation, still open, due from today to ``days`` days ahead."""
        return (
            self.kind in TRACKED_KINDS
            and self.due_on is not None
            and today <= self.due_on <= today + dt.timedelta(days=days)
            and self.status in OPEN_STATUSES
        )

    @hybrid(lambda cls, today, window=DEFAULT_MANDATE_EXPIRING_DAYS:
            mandate_state_sql(cls, renewed_sql(cls), today, window), method=True)
    def mandate_state(self, today: dt.date, window: int = DEFAULT_MANDATE_EXPIRING_DAYS) -> str | None:
        """active, expiring (within ``window`` days), expired or renewed; None without a mandate
        (``has_mandate``). A mandate without a known end is active."""
        if not self.has_mandate:
            return None
        if self.renewed_by_id is not None:
            return MandateState.RENEWED
        if self.expires_on is None:
            return MandateState.ACTIVE
        if self.expires_on < today:
            return MandateState.EXPIRED
        if self.expires_on <= today + dt.timedelta(days=window):
            return MandateState.EXPIRING
        return MandateState.ACTIVE


#: words after a deliverable's noun that say what it is: what it is on or of, what it contains or covers
#: ("a report on the implementation of the present resolution", "a summary of the discussions", "the
#: information referred to in paragraph 15 of his report", "a report containing recommendations on …",
#: "proposals for …", "information regarding …"); not to whom or when it goes ("a report to the General
#: Assembly at its eightieth session"), nor a word left at its end ("a report containing")
_SAYS_WHAT = re.compile(
    r"\s(?:on|of|about|regarding|concerning|for|in|into|under|from|with|whether|how|that|which|"
    r"containing|including|covering|outlining|setting\s+out|describing|identifying|assessing|reviewing|"
    r"analy[sz]ing|addressing|detailing|reflecting|highlighting|indicating|specifying)\s+\S")
#: … unless they only point back to what the paragraph or the one before it named: "a report on this matter",
#: "on the question", "on these issues", "on the following", "thereon" (no word of its own)
_POINTS_BACK = re.compile(
    r"\s(?:on|of|about|regarding|concerning)\s+(?:(?:this|that|these|those|such|the)\s+(?:matters?|issues?|"
    r"questions?|subjects?|topics?|following)|this|that|it|them)\W*$", re.IGNORECASE)


#: a name as a body or an office writes it ("the Committee on Conferences", "the Board of Auditors", "the
#: Secretary-General", "the Office of Internal Oversight Services")
#: (its "on" only after a body's noun: not "the reports of the Secretary-General on Somalia")
_HEADS_BEFORE_ON = ("Committee", "Commission", "Council", "Conference", "Group", "Board", "Forum", "Panel",
                    "Team", "Rapporteur")
_A_NAME = (r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|for|and|in)\s+(?:the\s+)?|(?:"
           + "|".join(rf"(?<={noun}\s)" for noun in _HEADS_BEFORE_ON)
           + r")on\s+(?:the\s+)?)?[A-Z][\w-]*)*")
#: … named as whom a deliverable goes to ("a report to the Committee on Conferences", A/RES/78/245 36), or as
#: who writes a report or recommendations ("the reports of the Special Rapporteur", A/HRC/RES/46/21 52; "the
#: annual report of the Security Council", A/RES/79/327 6; "the relevant recommendations of the Board of
#: Auditors", A/RES/70/248 15): the "on" or "of" of such a name says nothing of what is delivered
_WHOSE_OR_TO_WHOM = re.compile(
    rf"(?:\s(?:to|through)\s+|(?:(?<=reports)|(?<=report)|(?<=recommendations))\s+of\s+){_A_NAME}"
    # (not whose work it is on: "the first report of the Team’s activities", S/RES/2379 (2017) 15; nor a
    # document's symbol: "a report of A/RES/71/19")
    r"(?![\w’'/-])")


def says_what_is_delivered(deliverable: str | None) -> bool:
    """Whether ``deliverable`` says what is delivered, not only what kind of thing: "a report on the
    implementation of the present resolution" does; "the information", "a report", "his report",
    "proposals", "a comprehensive report", "a report to the General Assembly", "a report on this matter",
    "a report to the Committee on Conferences", "the report of the Secretary-General"
    (which the parser gives where the paragraph says what they are on elsewhere, or not at all: "to brief
    the Special Committee at its next session on the information referred to …", A/RES/78/111 5) do
    not."""
    if not deliverable:
        return False
    words = _WHOSE_OR_TO_WHOM.sub("", deliverable)
    return _SAYS_WHAT.search(words) is not None and _POINTS_BACK.search(words) is None


#: the room the digests give a row's words (``Obligation.row_words``; their templates cut there)
DIGEST_ROOM = 200


def shown_words(deliverable: str | None, text: str | None, asks_from: int = 0, room: int = 0) -> str:
    """The words a row shows for an obligation (every list of obligations: the pages' rows, the
    mandate panels, the agenda to confirm, the digests): its deliverable where that says what is
    delivered (``says_what_is_delivered``), else its paragraph's text; a text longer than the
    ``room`` its list cuts it to from the clause that asks what it asks (``Paragraph.asks_from``:
    "… reiterates its request to the Secretary-General to operationalize this decision and to report
    thereon …", not "Recalls its decision to establish a new standing dedicated fellowship …"), one
    that fits whole, so that the ask keeps what it refers to ("Welcomes the efforts of the
    International Law Commission to improve its methods of work, and encourages the Commission to
    continue this practice", A/RES/78/108 11); else a bare deliverable, where no text was loaded."""
    if says_what_is_delivered(deliverable) or not text:
        return deliverable or text or ""
    return f"… {text[asks_from:]}" if 0 < asks_from < len(text) and len(text) > room else text


class Obligation(ObligationRules, Base):
    __tablename__ = "obligations"
    __table_args__ = (
        UniqueConstraint("paragraph_id", "occurrence"),
        #: open obligations by due date (reminders, overdue, a page of a status in date order);
        #: ``id`` within a due date is the page's order (``due_on NULLS LAST, id``), so a page of
        #: one status stops after its rows instead of sorting every undated one; with
        #: ``resolution_id`` it covers "published and of this status" without reading rows, and
        #: the rest covers what the reminder pass reads of each open obligation (``kind``: whether
        #: it is tracked at all)
        Index(None, "status", "due_on", "id", "resolution_id", "target_on", "reminder_stages",
              "deadline_body", "deadline_session", "kind"),
        #: per-session views; the rest makes it covering for the overview's aggregate, which then
        #: reads this narrow index in GROUP BY order instead of every wide obligation row
        Index(None, "deadline_body", "deadline_session", "status", "kind", "due_on", "resolution_id"),
        #: the mandates by their end (migration 0033): the active ones without an end (kind
        #: ``mandate``, ``expires_on`` NULL) are read here, not among every undated obligation of
        #: the ``expires_on`` index; the end's own index finds the dated states
        Index("ix_obligations_mandates_expires_on", "expires_on",
              sqlite_where=text("kind = 'mandate'"), postgresql_where=text("kind = 'mandate'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(
        ForeignKey("resolutions.id", ondelete="CASCADE"), index=True
    )
    #: the operative paragraph this obligation comes from
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"))
    #: 1 for the first; a recurring mandate gets the next occurrence when one is completed
    occurrence: Mapped[int] = mapped_column(default=1)
    #: the operative phrase, normalised: requests, decides, calls_upon, ...
    action: Mapped[str | None] = mapped_column(String(40))
    #: report, action, agenda (the *tracked* kinds), mandate, exhortation, declaratory
    kind: Mapped[str] = mapped_column(String(20))
    deliverable: Mapped[str | None] = mapped_column(Text)
    #: the deadline as written ("at its seventy-third session")
    deadline_text: Mapped[str | None] = mapped_column(Text)
    #: every deadline the paragraph sets, structured as in ``tracker parse --json``
    deadlines: Mapped[list[Any]] = mapped_column(default=list)
    #: the session the first deadline names, for per-session views: GA, HRC, ECOSOC or the code
    #: of another body from the calendar's registry (a commission, committee, treaty body)
    deadline_body: Mapped[str | None] = mapped_column(String(16))
    deadline_session: Mapped[int | None]
    #: ISO 8601 duration of a recurring mandate ("P1Y")
    recurrence: Mapped[str | None] = mapped_column(String(20))
    #: computed from the calendar unless ``due_on_override`` is set
    due_on: Mapped[dt.date | None] = mapped_column(index=True)
    due_derivation: Mapped[str | None] = mapped_column(Text)
    #: a due date an officer set by hand; wins over the calendar
    due_on_override: Mapped[dt.date | None]
    #: a mandate's end: a mandate expires, it does not fall due (no ``due_on``); a tracked
    #: obligation that carries a mandate keeps its end here beside its due date (``has_mandate``);
    #: other kinds have none
    expires_on: Mapped[dt.date | None] = mapped_column(index=True)
    #: the mandate obligation of a later resolution that extended or renewed this one (on
    #: PostgreSQL with statistics on ``renewed_sql``'s expression: migration 0023)
    renewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("obligations.id", ondelete="SET NULL"), index=True
    )
    #: internal target (documentation lead before a session deadline)
    target_on: Mapped[dt.date | None] = mapped_column(index=True)
    #: not_started, in_progress, completed, ongoing, not_applicable; *overdue* is derived
    status: Mapped[str] = mapped_column(String(20))
    status_changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: reminder stages for this obligation ("120,30,7"); None uses the entity's or the default
    reminder_stages: Mapped[str | None] = mapped_column(String(100))
    #: 0..1 per field the parser inferred
    confidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: something needs a human look: unknown actor, changed on re-import, low confidence
    needs_review: Mapped[bool] = mapped_column(default=False)
    review_note: Mapped[str | None] = mapped_column(Text)
    #: fields an officer corrected by hand; a re-import never overwrites them
    reviewed_fields: Mapped[list[Any]] = mapped_column(default=list)
    reviewed_at: Mapped[dt.datetime | None]
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    #: optimistic locking: an update based on a stale version is refused
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    resolution: Mapped[Resolution] = relationship()
    paragraph: Mapped[Paragraph] = relationship()
    #: the later mandate that renewed this one, and the earlier ones this one renewed
    renewed_by: Mapped[Obligation | None] = relationship(
        remote_side=[id], back_populates="renews", foreign_keys=[renewed_by_id]
    )
    renews: Mapped[list[Obligation]] = relationship(
        back_populates="renewed_by", foreign_keys=[renewed_by_id]
    )
    owners: Mapped[list[Entity]] = relationship(secondary=obligation_owners, order_by=Entity.name)
    #: owner candidates its paragraph names (reviewers' pages only: they are not owners)
    candidates: Mapped[list[OwnerCandidate]] = relationship(
        secondary=obligation_candidates, order_by=OwnerCandidate.name
    )
    #: its paragraph names an owner the register has not confirmed yet (a pending owner candidate):
    #: where it has no owner, a public row says so ("owner not yet confirmed") rather than "no
    #: owner", and never the candidate's words (they stay the reviewers'); a rejected candidate is
    #: unlinked (``curation.reject_candidate``), an accepted one an owner. Deferred: read where a
    #: row shows owners (``rows``' statements, the feeds): a scalar subquery of one row, looked up
    #: per row shown by the obligation's key. Not ``EXISTS``: PostgreSQL hashes an ``EXISTS`` in a
    #: select list, building the set of every obligation with a pending candidate for each page
    #: (≈ 1 ms at 50,000 obligations on the bench, ten times that at 500,000), where a page of 100
    #: rows needs 100 lookups of its index
    owner_unconfirmed: Mapped[bool] = column_property(
        select(literal(True))
        .where(obligation_candidates.c.obligation_id == id,
               OwnerCandidate.id == obligation_candidates.c.candidate_id,
               OwnerCandidate.status == _written((CandidateStatus.PENDING,))[0])
        .limit(1).scalar_subquery().is_not(None),
        deferred=True,
    )
    items: Mapped[list[ObligationItem]] = relationship(
        back_populates="obligation", cascade="all, delete-orphan", order_by="ObligationItem.position"
    )
    history: Mapped[list[HistoryEntry]] = relationship(
        back_populates="obligation",
        cascade="all, delete-orphan",
        order_by="HistoryEntry.id",
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="obligation", cascade="all, delete-orphan", order_by="Evidence.id"
    )

    @property
    def row_words(self) -> str:
        """The words its row shows in a digest or an officer's list (``shown_words``, in a digest's
        room): its deliverable, or its paragraph's text."""
        return shown_words(self.deliverable, self.paragraph.text, self.paragraph.asks_from, DIGEST_ROOM)


class ObligationItem(Base):
    """A sub-paragraph of the obligation's paragraph, ticked off on its own ("3 (a)")."""

    __tablename__ = "obligation_items"
    __table_args__ = (UniqueConstraint("obligation_id", "paragraph_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    obligation_id: Mapped[int] = mapped_column(ForeignKey("obligations.id", ondelete="CASCADE"))
    #: indexed: the triggers of migration 0015 find the items of a changed paragraph by it
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"), index=True)
    #: "a", "b (ii)"
    label: Mapped[str] = mapped_column(String(40))
    position: Mapped[int]
    is_done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[dt.datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    obligation: Mapped[Obligation] = relationship(back_populates="items")
    paragraph: Mapped[Paragraph] = relationship()

    @property
    def eid(self) -> str:
        """Its paragraph's eId, as the JSON of an obligation gives it."""
        return self.paragraph.eid


class HistoryEntry(Base):
    """One change to an obligation: who, when, which field, from, to, why."""

    __tablename__ = "obligation_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    obligation_id: Mapped[int] = mapped_column(
        ForeignKey("obligations.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: None for the system (import, scheduler)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    #: who, as shown: the user's name, "import", "scheduler"
    actor: Mapped[str] = mapped_column(String(200))
    #: status, owners, kind, deadline, due_on, deliverable, item, reviewed, created, reimport
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[Any | None] = mapped_column(JSON)
    new_value: Mapped[Any | None] = mapped_column(JSON)
    comment: Mapped[str | None] = mapped_column(Text)

    obligation: Mapped[Obligation] = relationship(back_populates="history")
    user: Mapped[User | None] = relationship()
    evidence: Mapped[list[Evidence]] = relationship(back_populates="history_entry")


class Evidence(Base):
    """A document symbol or link that shows fulfilment (the report's symbol, A/73/xxx)."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    obligation_id: Mapped[int] = mapped_column(
        ForeignKey("obligations.id", ondelete="CASCADE"), index=True
    )
    history_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("obligation_history.id", ondelete="SET NULL")
    )
    #: symbol or link
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(500))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    obligation: Mapped[Obligation] = relationship(back_populates="evidence")
    history_entry: Mapped[HistoryEntry | None] = relationship(back_populates="evidence")
