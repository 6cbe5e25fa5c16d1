"""What the admin Outbox page and the unsubscribe link need: reads and small writes (flush only)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tracker.models import OutboxMessage, Reminder, ReminderStatus, Subscription


def list_outbox(session: Session, limit: int = 100) -> list[OutboxMessage]:
    return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)))


def list_failed_reminders(session: Session, limit: int = 200) -> list[Reminder]:
    return list(
        session.scalars(
            select(Reminder)
            .where(Reminder.status == str(ReminderStatus.FAILED))
            .order_by(Reminder.id.desc())
            .limit(limit)
        )
    )


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(Reminder.status, func.count()).group_by(Reminder.status))
    return {row[0]: row[1] for row in rows}


def retry_reminder(session: Session, reminder_id: int, now: dt.datetime) -> bool:
    """Give a failed reminder a fresh set of attempts, from ``now``."""
    result = session.execute(
        update(Reminder)
        .where(Reminder.id == reminder_id, Reminder.status == str(ReminderStatus.FAILED))
        .values(status=str(ReminderStatus.PENDING), attempts=0, next_attempt_at=now, claimed_by=None)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def find_subscription(session: Session, subscription_id: int) -> Subscription | None:
    return session.get(Subscription, subscription_id)


def unsubscribe(session: Session, subscription_id: int) -> bool:
    """Delete the subscription; True if it existed. Pending messages it caused are cancelled by the
    next delivery (a follower row whose subscription is gone is not sent)."""
    sub = session.get(Subscription, subscription_id)
    if sub is None:
        return False
    session.delete(sub)
    session.flush()
    return True
