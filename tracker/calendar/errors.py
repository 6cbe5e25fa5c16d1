"""What the calendar refuses to answer, and why. All are ``ValueError``s with a one-line message."""

from __future__ import annotations


class CalendarError(ValueError):
    """Base class: a question the calendar cannot answer.

    ``code``, ``field`` and ``params`` (optional) let a form say it in the reader's language, next
    to the field it concerns."""

    def __init__(self, message: str = "", *, code: str = "invalid", field: str | None = None, **params):
        super().__init__(message)
        self.code = code
        self.field = field
        self.params = params


class NoSessionsError(CalendarError):
    """The body does not meet in numbered sessions (the Security Council)."""


class UnknownSessionError(CalendarError):
    """A session number outside what the rules model and no official record covers it."""


class DeadlineError(CalendarError):
    """A structured deadline that cannot be turned into a date (missing or malformed fields)."""
