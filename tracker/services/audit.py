"""The audit log: one entry per write, recorded by the service that made it."""

from __future__ import annotations

from typing import Any

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


def audit_row(actor: Actor, action: str, target: Any | None = None, **details: Any) -> dict[str, Any]:
    """The same entry as ``record_audit``, as a row stamped now, for writes made of Core
    statements (an import writes it with its other rows, ``rows.Unwritten``), where a flush for
    this one row would cost more than the row."""
    return {**_values(actor, action, target, details), "at": utcnow()}


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

