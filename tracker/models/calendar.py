"""What an admin records about sessions and bodies; the rules themselves live in ``tracker.calendar``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.db import Base, utcnow


class OfficialSession(Base):
    """Official opening (and closing) dates of a session; they win over the rule of procedure. An admin
    records them, or a resolution prints them (``printed_in_id``)."""

    __tablename__ = "official_sessions"
    __table_args__ = (UniqueConstraint("body", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: GA, HRC or ECOSOC (the Security Council has no sessions)
    body: Mapped[str] = mapped_column(String(16))
    #: the session number; for ECOSOC the year ("2025 session")
    number: Mapped[int]
    opens_on: Mapped[dt.date]
    closes_on: Mapped[dt.date | None]
    #: where the dates come from: an admin's note, or for dates a resolution prints ("Decides that the
    #: Special Committee shall hold its next session from 20 to 28 February 2024") "as printed in
    #: A/RES/78/111, paragraph 2"
    note: Mapped[str | None] = mapped_column(Text)
    #: the resolution whose text printed these dates, recorded on its import
    #: (``services.calendar.record_printed_sessions``); None for an admin's record, which a printed date
    #: never overwrites. Its re-import moves or removes them; they go with it
    printed_in_id: Mapped[int | None] = mapped_column(ForeignKey("resolutions.id", ondelete="CASCADE"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BodySetting(Base):
    """Per-body settings an admin can change, such as the documentation lead."""

    __tablename__ = "body_settings"

    body: Mapped[str] = mapped_column(String(16), primary_key=True)
    #: days before a session deadline by which pre-session documents are due (six-week rule: 42)
    documentation_lead_days: Mapped[int] = mapped_column(default=42)
