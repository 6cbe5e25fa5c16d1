"""The United Nations bodies whose resolutions the tracker follows."""

from __future__ import annotations

from enum import StrEnum


class Body(StrEnum):
    GA = "GA"
    SC = "SC"
    HRC = "HRC"
    ECOSOC = "ECOSOC"

    @property
    def display_name(self) -> str:
        return _DISPLAY_NAMES[self]

    @property
    def has_sessions(self) -> bool:
        """The Security Council sits continuously: its deadlines are dates, never sessions."""
        return self is not Body.SC

    @classmethod
    def parse(cls, value: str | Body) -> Body:
        """``"GA"``, ``"ga"``, ``"General Assembly"``, ``"Economic and Social Council"``... -> Body."""
        if isinstance(value, Body):
            return value
        key = " ".join(str(value).split()).casefold()
        for body in cls:
            if key in (body.value.casefold(), body.display_name.casefold()):
                return body
        known = ", ".join(b.value for b in cls)
        raise ValueError(f"unknown body {value!r} (expected one of {known})")


_DISPLAY_NAMES = {
    Body.GA: "General Assembly",
    Body.SC: "Security Council",
    Body.HRC: "Human Rights Council",
    Body.ECOSOC: "Economic and Social Council",
}


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def format_session(body: Body | str, session: int, *, long: bool = False) -> str:
    """``"GA 73"``; with ``long=True``: ``"73rd session of the General Assembly"``.

    ECOSOC sessions are numbered by year: ``"ECOSOC 2025"`` / ``"2025 session of the Economic
    and Social Council"``. (Ordinal *words* are the parser's business, not the calendar's.)
    """
    body = Body.parse(body)
    if not long:
        return f"{body.value} {session}"
    if body is Body.ECOSOC:
        return f"{session} session of the {body.display_name}"
    return f"{session}{_ordinal_suffix(session)} session of the {body.display_name}"
