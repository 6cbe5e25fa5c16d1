"""Obligations: one per operative paragraph (and per occurrence of a recurring one)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db import Base, utcnow
from tracker.models.enums import OPEN_STATUSES
from tracker.models.people import Entity, User
from tracker.models.resolutions import Paragraph, Resolution

#: The entities that own an obligation.
obligation_owners = Table(
    "obligation_owners",
    Base.metadata,
    Column("obligation_id", ForeignKey("obligations.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    #: an owner's obligations; with obligation_id it covers counting them without reading rows
    Index(None, "entity_id", "obligation_id"),
)


class Obligation(Base):
    __tablename__ = "obligations"
    __table_args__ = (
        UniqueConstraint("paragraph_id", "occurrence"),
        #: open obligations by due date (reminders, overdue, a page of a status in date order);
        #: with ``resolution_id`` it covers "published and of this status" without reading rows, and
        #: the rest covers what the reminder pass reads of each due obligation
        Index(None, "status", "due_on", "resolution_id", "target_on", "reminder_stages",
              "deadline_body", "deadline_session"),
        #: per-session views; the rest makes it covering for the overview's aggregate, which then
        #: reads this narrow index in GROUP BY order instead of every wide obligation row
        Index(None, "deadline_body", "deadline_session", "status", "kind", "due_on", "resolution_id"),
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
    #: report, agenda, action, exhortation, declaratory
    kind: Mapped[str] = mapped_column(String(20))
    deliverable: Mapped[str | None] = mapped_column(Text)
    #: the deadline as written ("at its seventy-third session")
    deadline_text: Mapped[str | None] = mapped_column(Text)
    #: every deadline the paragraph sets, structured as in ``tracker parse --json``
    deadlines: Mapped[list[Any]] = mapped_column(default=list)
    #: the session the first deadline names, for per-session views
    deadline_body: Mapped[str | None] = mapped_column(String(10))
    deadline_session: Mapped[int | None]
    #: ISO 8601 duration of a recurring mandate ("P1Y")
    recurrence: Mapped[str | None] = mapped_column(String(20))
    #: computed from the calendar unless ``due_on_override`` is set
    due_on: Mapped[dt.date | None] = mapped_column(index=True)
    due_derivation: Mapped[str | None] = mapped_column(Text)
    #: a due date an officer set by hand; wins over the calendar
    due_on_override: Mapped[dt.date | None]
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
    owners: Mapped[list[Entity]] = relationship(secondary=obligation_owners, order_by=Entity.name)
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

    def is_overdue(self, today: dt.date) -> bool:
        return self.due_on is not None and self.due_on < today and self.status in OPEN_STATUSES


class ObligationItem(Base):
    """A sub-paragraph of the obligation's paragraph, ticked off on its own ("3 (a)")."""

    __tablename__ = "obligation_items"
    __table_args__ = (UniqueConstraint("obligation_id", "paragraph_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    obligation_id: Mapped[int] = mapped_column(ForeignKey("obligations.id", ondelete="CASCADE"))
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"))
    #: "a", "b (ii)"
    label: Mapped[str] = mapped_column(String(40))
    position: Mapped[int]
    is_done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[dt.datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    obligation: Mapped[Obligation] = relationship(back_populates="items")
    paragraph: Mapped[Paragraph] = relationship()


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
