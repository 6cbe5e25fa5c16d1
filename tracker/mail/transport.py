"""Where messages go: an SMTP server (``SMTP_URL``) or, without one, the outbox table and the log.

``smtp://user:pass@host:587`` upgrades to TLS with STARTTLS whenever the server offers it;
``smtps://host:465`` speaks TLS from the start. Credentials are never sent over a plain connection
(except to loopback, for development servers). Every failure the server or the network can cause
is a :class:`TransientMailError`: the ledger retries it with backoff and marks it failed at the end.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from sqlalchemy.orm import Session

from tracker.models import OutboxMessage

log = logging.getLogger(__name__)

_LOOPBACK = ("127.0.0.1", "::1", "localhost")


class TransientMailError(Exception):
    """The message was not accepted; try again later.

    ``connection_lost`` means the server is unreachable or hung up: the other messages of the batch
    will not fare better, so the sender stops and puts them back too.
    """

    def __init__(self, message: str, *, connection_lost: bool = False):
        super().__init__(message)
        self.connection_lost = connection_lost


class PermanentMailError(Exception):
    """The server refused the message for good (a 5xx reply: no such mailbox, policy): retrying
    would only be refused again, so the reminder fails at once and shows on the admin page."""


def _smtp_code(exc: smtplib.SMTPException) -> int:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return min((code for code, _msg in exc.recipients.values()), default=0)
    return int(getattr(exc, "smtp_code", 0) or 0)


class SmtpTransport:
    """One SMTP connection, opened on the first message and reused for the batch."""

    def __init__(self, url: str, *, timeout: float = 30.0, ssl_context: ssl.SSLContext | None = None):
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps"):
            raise ValueError(f"SMTP_URL must start with smtp:// or smtps://, got {parts.scheme!r}")
        self.implicit_tls = parts.scheme == "smtps"
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (465 if self.implicit_tls else 587)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.timeout = timeout
        self.ssl_context = ssl_context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpTransport:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        try:
            # host and port in the constructor: it remembers the host name that TLS verifies
            if self.implicit_tls:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=self.ssl_context
                )
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            try:
                smtp.ehlo()
                tls = self.implicit_tls
                if not tls and smtp.has_extn("starttls"):
                    smtp.starttls(context=self.ssl_context)
                    smtp.ehlo()
                    tls = True
                if self.username:
                    if not tls and self.host not in _LOOPBACK:
                        raise TransientMailError(
                            f"{self.host} offers no STARTTLS: refusing to send the password in clear"
                        )
                    smtp.login(self.username, self.password or "")
            except BaseException:
                smtp.close()
                raise
        except (smtplib.SMTPException, OSError) as exc:
            raise TransientMailError(
                f"cannot connect to {self.host}:{self.port}: {exc}", connection_lost=True
            ) from exc
        return smtp

    def send(
        self, msg: EmailMessage, *, session: Session | None = None, reminder_id: int | None = None
    ) -> None:
        """Hand the message to the server; returns once the server accepted it."""
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            refused = self._smtp.send_message(msg)
        except smtplib.SMTPServerDisconnected as exc:
            self.close()
            raise TransientMailError(f"server disconnected: {exc}", connection_lost=True) from exc
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            self._reset()
            if 500 <= _smtp_code(exc) < 600:
                raise PermanentMailError(f"server refused for good: {_describe(exc)}") from exc
            raise TransientMailError(f"server refused: {_describe(exc)}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise TransientMailError(f"sending failed: {exc}", connection_lost=True) from exc
        if refused:  # only possible with several recipients; we send to one
            raise TransientMailError(f"server refused: {refused}")

    def _reset(self) -> None:
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            pass
        finally:
            smtp.close()


def _describe(exc: smtplib.SMTPException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{code} {msg.decode(errors='replace')}" for code, msg in exc.recipients.values())
    code = getattr(exc, "smtp_code", "")
    text = getattr(exc, "smtp_error", b"")
    return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"


class OutboxTransport:
    """No SMTP server: keep the message in ``outbox_messages`` (admins see it) and log it.

    The row is written in the same transaction that stamps the reminder ``sent``, so it is kept
    exactly once.
    """

    #: writes in the caller's transaction: the caller commits once per batch
    transactional = True

    def __enter__(self) -> OutboxTransport:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def send(
        self, msg: EmailMessage, *, session: Session | None = None, reminder_id: int | None = None
    ) -> None:
        if session is None:
            raise ValueError("the outbox needs the session that stamps the reminder")
        html = msg.get_body(("html",))
        text = msg.get_body(("plain",))
        session.add(
            OutboxMessage(
                reminder_id=reminder_id,
                to_addr=str(msg["To"]),
                subject=str(msg["Subject"]),
                body_text=text.get_content() if text is not None else "",
                body_html=html.get_content() if html is not None else None,
                message_id=str(msg["Message-ID"]),
            )
        )
        log.info("outbox (no SMTP_URL): to %s: %s", msg["To"], msg["Subject"])

    def close(self) -> None:
        pass


def make_transport(smtp_url: str | None, *, timeout: float = 30.0, ssl_context: ssl.SSLContext | None = None):
    return (
        SmtpTransport(smtp_url, timeout=timeout, ssl_context=ssl_context) if smtp_url else OutboxTransport()
    )


__all__ = ["OutboxTransport", "SmtpTransport", "TransientMailError", "make_transport"]
