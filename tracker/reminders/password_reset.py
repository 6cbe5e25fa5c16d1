"""The password-reset e-mail, through the reminder ledger like every message the tracker owes.

The request that asks for a link only **queues** a ledger row and commits (it never waits on the
mail server); delivery claims, sends and stamps it as it does a reminder (``delivery.py``): a
refused or broken send is retried with backoff, a crash after the claim is taken over after the
lease, a retry carries the same Message-ID. The web process tries it at once in the background;
whatever that attempt leaves is the next reminder pass's.

The row: ``recipient_role`` ``account``, no obligation, ``digest_key``
``password-reset.<locale>.<nonce>`` (one message per request, in the language the request was made
in), ``stage`` ``reset``, ``due_on`` the day it was asked. The link is made when the message is
composed, not stored: no reset token sits in the database, and a message sent after a retry
carries a link that still has its whole hour.
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.models import Reminder, ReminderStatus, User
from tracker.reminders.settings import ReminderSettings

#: ``Reminder.recipient_role`` of account messages (not about an obligation)
ACCOUNT = "account"
#: ``Reminder.digest_key`` prefix of a password-reset message
PREFIX = "password-reset"
STAGE = "reset"
#: one reset message per account in this long at most: asking again sooner queues nothing (the
#: page answers the same), so nobody can fill someone's inbox by asking for links
RESEND_AFTER = dt.timedelta(minutes=10)


def queue_password_reset(session: Session, user: User, *, now: dt.datetime,
                         locale: str | None = None) -> int | None:
    """A pending ledger row for a reset link to ``user``; its id. None when one was queued for the
    account less than ``RESEND_AFTER`` ago (that message's link still works). The caller commits."""
    recent = session.scalar(select(Reminder.id).where(
        Reminder.recipient_user_id == user.id, Reminder.recipient_role == ACCOUNT,
        Reminder.digest_key.startswith(f"{PREFIX}."), Reminder.created_at > now - RESEND_AFTER,
    ).limit(1))
    if recent is not None:
        return None
    locale = (locale or "en").replace("-", "_")[:10]
    row = Reminder(
        digest_key=f"{PREFIX}.{locale}.{secrets.token_hex(6)}",
        recipient=user.email.lower(),
        recipient_user_id=user.id,
        recipient_role=ACCOUNT,
        stage=STAGE,
        due_on=now.date(),
        status=str(ReminderStatus.PENDING),
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def is_password_reset(row: Reminder) -> bool:
    return row.recipient_role == ACCOUNT and (row.digest_key or "").startswith(f"{PREFIX}.")


def compose_password_reset(row: Reminder, settings: ReminderSettings, session: Session):
    """``(subject, text, html, locale)``; ``NothingToSend`` when the account can no longer use it."""
    from tracker.mail import render_mail
    from tracker.mail.render import translations
    from tracker.reminders.compose import NothingToSend
    from tracker.services.accounts import password_reset_token

    user = session.get(User, row.recipient_user_id) if row.recipient_user_id else None
    if user is None or not user.is_active or user.email.lower() != row.recipient:
        raise NothingToSend("account gone, deactivated or its address changed")
    locale = (row.digest_key or "").split(".")[1] if (row.digest_key or "").count(".") >= 2 else "en"
    link = f"{settings.base_url}/account/reset/{password_reset_token(user, settings.secret_key)}"
    text, html = render_mail("password_reset", locale=locale, link=link, user=user)
    _ = translations(locale).gettext
    return _("Set a new password"), text, html, locale
