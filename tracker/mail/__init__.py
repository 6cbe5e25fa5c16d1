"""Mail: render text and HTML bodies from ``templates/mail/``, build safe messages, send them by
SMTP (STARTTLS when offered) or keep them in the outbox table when no server is configured."""

from tracker.mail.message import InvalidAddress, build_message, validate_recipient
from tracker.mail.render import render_mail
from tracker.mail.transport import (
    OutboxTransport,
    PermanentMailError,
    SmtpTransport,
    TransientMailError,
    make_transport,
)

__all__ = [
    "InvalidAddress",
    "OutboxTransport",
    "SmtpTransport",
    "PermanentMailError",
    "TransientMailError",
    "build_message",
    "make_transport",
    "render_mail",
    "validate_recipient",
]
