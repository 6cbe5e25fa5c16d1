"""Subscriptions, the reminder ledger and the outbox."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db import Base, utcnow
from tracker.models.people import Entity, User
from tracker.models.resolutions import Resolution


class Subscription(Base):
    """A delegation follows a resolution, an owner or a session."""

    __tablename__ = "subscriptions"
    __table_args__ = (
        UniqueConstraint(
            "user_id", "target", "resolution_id", "entity_id", "session_body", "session_number"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    #: resolution, entity or session
    target: Mapped[str] = mapped_column(String(20))
    resolution_id: Mapped[int | None] = mapped_column(
        ForeignKey("resolutions.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    session_body: Mapped[str | None] = mapped_column(String(16))
    session_number: Mapped[int | None]
    #: reminders (one message per obligation and stage) or digest
    mode: Mapped[str] = mapped_column(String(20), default="reminders")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship()
    resolution: Mapped[Resolution | None] = relationship()
    entity: Mapped[Entity | None] = relationship()


class Reminder(Base):
    """The ledger: one row per message we owe. Its unique key makes a duplicate impossible.

    Rows are inserted as ``pending``, claimed (``sending``) by exactly one process, then stamped
    ``sent`` with the SMTP message id, or put back with a later ``next_attempt_at`` after a failure,
    until ``failed`` after the last attempt. Digests have no obligation and use ``digest_key``.
    """

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("obligation_id", "recipient", "stage", "due_on"),
        UniqueConstraint("digest_key", "recipient", "stage", "due_on"),
        Index(None, "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    obligation_id: Mapped[int | None] = mapped_column(
        ForeignKey("obligations.id", ondelete="CASCADE"), index=True
    )
    #: for session digests: "GA-81"
    digest_key: Mapped[str | None] = mapped_column(String(40))
    #: the address, lower-case
    recipient: Mapped[str] = mapped_column(String(320))
    recipient_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    #: focal_point, officer, follower: decides the wording
    recipient_role: Mapped[str] = mapped_column(String(20))
    #: days before the date (negative after it): "90", "0", "-7"; "t30" counts to the target date
    stage: Mapped[str] = mapped_column(String(10))
    #: the date the stage counted towards, so a rescheduled obligation gets fresh reminders
    due_on: Mapped[dt.date]
    #: pending, sending, sent, failed, cancelled, digested
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[dt.datetime | None]
    #: which process claimed the row (host:pid)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    sent_at: Mapped[dt.datetime | None]
    message_id: Mapped[str | None] = mapped_column(String(300))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OutboxMessage(Base):
    """A message kept instead of sent, when no SMTP server is configured: visible to admins."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int | None] = mapped_column(
        ForeignKey("reminders.id", ondelete="SET NULL"), index=True
    )
    to_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(500))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)


class SchedulerRun(Base):
    """When a periodic job (the reminder pass, the digests) last started, in whichever scheduler
    process: several schedulers share it so that the job runs once per interval, not once per
    process (``tracker.reminders.turns``)."""

    __tablename__ = "scheduler_runs"

    #: the job's id (``reminder-pass``, ``digest``)
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    started_at: Mapped[dt.datetime]
    #: SQLite only: while a run is going on, until when (a lease, so a process that died frees it);
    #: PostgreSQL holds an advisory lock instead, released with the connection
    running_until: Mapped[dt.datetime | None]
    #: host:pid of the process that started it, for the log
    holder: Mapped[str | None] = mapped_column(String(200))
