"""What an admin records about sessions and bodies; the rules themselves live in ``tracker.calendar``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.db import Base, utcnow


class OfficialSession(Base):
    """Official opening (and closing) dates of a session; they win over the rule of procedure."""

    __tablename__ = "official_sessions"
    __table_args__ = (UniqueConstraint("body", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: GA, HRC or ECOSOC (the Security Council has no sessions)
    body: Mapped[str] = mapped_column(String(16))
    #: the session number; for ECOSOC the year ("2025 session")
    number: Mapped[int]
    opens_on: Mapped[dt.date]
    closes_on: Mapped[dt.date | None]
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BodySetting(Base):
    """Per-body settings an admin can change, such as the documentation lead."""

    __tablename__ = "body_settings"

    body: Mapped[str] = mapped_column(String(16), primary_key=True)
    #: days before a session deadline by which pre-session documents are due (six-week rule: 42)
    documentation_lead_days: Mapped[int] = mapped_column(default=42)
