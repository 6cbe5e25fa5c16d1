"""Messages whose headers cannot be injected: every address is validated, every header is one line."""

from __future__ import annotations

import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from email_validator import EmailNotValidError, validate_email

_LINE_BREAK = re.compile(r"[\r\n\x00]")
#: a From address may use a local domain ("tracker@localhost"), so it is checked more simply
_PLAIN_ADDR = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$")


#: RFC 5322's hard limit instead of the 78-character habit: a subject is then written on its own
#: line (non-ASCII as encoded words), never folded, so no parser can read a fold's whitespace into
#: it (some read "Subject:" folded at once as a subject starting with a space)
POLICY = policy.default.clone(max_line_length=998)

#: RFC 8058: the POST a mail client sends to the List-Unsubscribe URL to unsubscribe in one click
ONE_CLICK = "List-Unsubscribe=One-Click"


class InvalidAddress(ValueError):
    """An address we refuse to put in a header."""


def validate_recipient(address: str) -> str:
    """The normalised address, or InvalidAddress (CR/LF, several addresses, not an address)."""
    if not isinstance(address, str) or _LINE_BREAK.search(address):
        raise InvalidAddress(f"address contains a line break: {address!r}")
    try:
        return validate_email(address.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidAddress(f"{address!r}: {exc}") from None


def parse_sender(value: str) -> Address:
    """``"Name <addr@host>"`` or ``"addr@host"`` as an Address; InvalidAddress otherwise."""
    if _LINE_BREAK.search(value):
        raise InvalidAddress(f"MAIL_FROM contains a line break: {value!r}")
    name, addr = parseaddr(value)
    if not addr or not _PLAIN_ADDR.match(addr):
        raise InvalidAddress(f"MAIL_FROM is not an address: {value!r}")
    local, _, domain = addr.rpartition("@")
    return Address(display_name=name, username=local, domain=domain)


def one_line(value: str) -> str:
    """Collapse line breaks so a subject from a resolution title cannot add a header."""
    return " ".join(_LINE_BREAK.sub(" ", value).split())


def build_message(
    *,
    sender: str,
    to: str,
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    date=None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """A multipart/alternative message; raises InvalidAddress before anything is sent."""
    msg = EmailMessage(policy=POLICY)
    msg["From"] = parse_sender(sender)
    recipient = validate_recipient(to)
    local, _, domain = recipient.rpartition("@")
    msg["To"] = Address(username=local, domain=domain)
    msg["Subject"] = one_line(subject)
    msg["Message-ID"] = one_line(message_id)
    if date is not None:
        msg["Date"] = format_datetime(date)
    for name, value in (headers or {}).items():
        msg[name] = one_line(value)
    if msg["List-Unsubscribe"] is not None:
        msg["List-Unsubscribe-Post"] = ONE_CLICK
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg
