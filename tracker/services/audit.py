"""The audit log: one entry per write, recorded by the service that made it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from tracker.db import utcnow
from tracker.models import AuditEntry
from tracker.services.actors import Actor


def record_audit(
    session: Session,
    actor: Actor,
    action: str,
    target: Any | None = None,
    **details: Any,
) -> AuditEntry:
    """Add an entry for ``action`` (the service's name) on ``target`` (a model instance or None)."""
    entry = AuditEntry(**_values(actor, action, target, details))
    session.add(entry)
    return entry


def insert_audit(session: Session, actor: Actor, action: str, target: Any | None = None,
                 **details: Any) -> None:
    """The same entry as ``record_audit``, written at once by one Core INSERT instead of by the
    next flush: for writes made of Core statements (an import), where a flush for this one row
    would cost more than the row."""
    values = _values(actor, action, target, details)
    values["at"] = utcnow()
    session.connection().execute(_INSERT, values)


def _values(actor: Actor, action: str, target: Any | None, details: dict[str, Any]) -> dict[str, Any]:
    return {
        "user_id": actor.user_id,
        "actor": actor.name,
        "action": action,
        "target_type": type(target).__tablename__ if target is not None else None,
        "target_id": str(target.id) if target is not None and getattr(target, "id", None) else None,
        "details": details,
        "ip": actor.ip,
    }


_INSERT = insert(AuditEntry.__table__)
