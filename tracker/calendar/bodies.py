"""The United Nations bodies: the four principal organs whose resolutions the tracker follows
(``Body``), and the registry of every body whose sessions resolutions set deadlines for
(``registry()``, ``lookup(code)``, ``find(name)``; data in ``data/bodies.toml``), shared by the
parser, which names the body a deadline's words name, and the calendar, which dates a session
only from the calendar of its own body."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources


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

#: the principal organs' names by code ("GA" -> "General Assembly")
BODY_NAMES: dict[str, str] = {body.value: body.display_name for body in Body}

#: the principal organs that meet in sessions (``Body.has_sessions``), in the order lists show them
SESSION_BODIES: tuple[Body, ...] = tuple(body for body in Body if body.has_sessions)


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def format_session(body: Body | str, session: int, *, long: bool = False) -> str:
    """``"GA 73"``; with ``long=True``: ``"73rd session of the General Assembly"``.

    ECOSOC sessions are numbered by year: ``"ECOSOC 2025"`` / ``"2025 session of the Economic
    and Social Council"``; so are those of the registry's bodies numbered by year (``"CHARTER 2024"`` /
    ``"2024 session of the Special Committee on the Charter of the United Nations and …"``). Another
    body is named by its code, in full by the registry's name where it knows the code. (Ordinal *words*
    are the parser's business, not the calendar's.)
    """
    try:
        body = Body.parse(body)
    except ValueError:
        code = str(body).strip().upper()
        info = lookup(code)
        if not long:
            return f"{code} {session}"
        name = info.name if info is not None else code
        if info is not None and info.numbering == "year":
            return f"{session} session of the {name}"
        return f"{session}{_ordinal_suffix(session)} session of the {name}"
    if not long:
        return f"{body.value} {session}"
    if body is Body.ECOSOC:
        return f"{session} session of the {body.display_name}"
    return f"{session}{_ordinal_suffix(session)} session of the {body.display_name}"


# --------------------------------------------------------------------------- the registry


@dataclass(frozen=True)
class BodyInfo:
    """A body of the registry (``data/bodies.toml``): principal organs and the committees,
    commissions, subsidiary organs, treaty bodies and governing bodies whose sessions
    resolutions set deadlines for."""

    #: stable code: uppercase ASCII letters and digits, at most 10 characters ("CCPCJ", "C34")
    code: str
    #: the full name as resolutions print it
    name: str
    #: other full forms and acronyms as resolutions print them
    aliases: tuple[str, ...] = ()
    #: short forms ("Commission", "Special Committee") that stand for this body where a
    #: resolution has named it in full
    short: tuple[str, ...] = ()
    #: the rule that dates its sessions ("ga", "hrc", "ecosoc"); None: only recorded dates
    calendar: str | None = None
    #: "ordinal" (the thirty-third session), "year" (the 2025 session) or "none" (it holds no sessions a
    #: resolution numbers: the Joint Inspection Unit's "its sixty-sixth session" is the Assembly's)
    numbering: str = "ordinal"
    #: the code of the organ it reports to
    parent: str | None = None
    kind: str = "subsidiary"

    @property
    def has_rule(self) -> bool:
        """True when the calendar can date its sessions by rule (GA, HRC, ECOSOC)."""
        return self.calendar is not None

    @property
    def principal(self) -> Body | None:
        """The principal organ this entry is, if it is one."""
        try:
            return Body(self.code)
        except ValueError:
            return None


_CODE = re.compile(r"[A-Z][A-Z0-9]{0,9}")
_CALENDARS = frozenset({"ga", "hrc", "ecosoc"})
_NUMBERINGS = frozenset({"ordinal", "year", "none"})


def _key(name: str) -> str:
    """How names are compared: case, spacing, apostrophes and a leading "the" do not matter."""
    key = " ".join(name.replace("’", "'").split()).casefold()
    return key.removeprefix("the ")


class BodyRegistry:
    """The bodies, by code and by name or alias (``find``)."""

    def __init__(self, bodies: Iterable[BodyInfo]):
        self._by_code: dict[str, BodyInfo] = {}
        self._by_name: dict[str, BodyInfo] = {}
        for body in bodies:
            if not _CODE.fullmatch(body.code):
                raise ValueError(f"bodies: code {body.code!r} is not 1-10 uppercase letters/digits")
            if body.code in self._by_code:
                raise ValueError(f"bodies: code {body.code!r} twice")
            if body.calendar is not None and body.calendar not in _CALENDARS:
                raise ValueError(f"bodies: {body.code}: unknown calendar {body.calendar!r}")
            if body.numbering not in _NUMBERINGS:
                raise ValueError(f"bodies: {body.code}: unknown numbering {body.numbering!r}")
            self._by_code[body.code] = body
            for name in (body.name, *body.aliases):
                self._by_name.setdefault(_key(name), body)
        for body in self._by_code.values():
            if body.parent is not None and body.parent not in self._by_code:
                raise ValueError(f"bodies: {body.code}: unknown parent {body.parent!r}")

    @classmethod
    def from_toml(cls, text: str) -> BodyRegistry:
        entries = tomllib.loads(text).get("body", [])
        return cls(
            BodyInfo(
                code=e["code"], name=e["name"], aliases=tuple(e.get("aliases", ())),
                short=tuple(e.get("short", ())), calendar=e.get("calendar"),
                numbering=e.get("numbering", "ordinal"), parent=e.get("parent"),
                kind=e.get("kind", "subsidiary"),
            )
            for e in entries
        )

    def __iter__(self) -> Iterator[BodyInfo]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def lookup(self, code: str | Body) -> BodyInfo | None:
        """The body with this code ("CCPCJ", "GA", case-insensitive), None if unknown."""
        return self._by_code.get(str(code).strip().upper())

    def find(self, name: str) -> BodyInfo | None:
        """The body a full name or alias names ("the Commission on the Status of Women",
        "UNCITRAL"), or a code; None if unknown. Short forms ("the Commission") are not
        names: what they stand for depends on the resolution (the parser resolves them)."""
        return self._by_name.get(_key(name)) or self.lookup(name)


@cache
def registry() -> BodyRegistry:
    """The built-in registry (``tracker/calendar/data/bodies.toml``)."""
    text = resources.files("tracker.calendar").joinpath("data/bodies.toml").read_text("utf-8")
    return BodyRegistry.from_toml(text)


def lookup(code: str | Body) -> BodyInfo | None:
    """``lookup("CCPCJ").name`` -> "Commission on Crime Prevention and Criminal Justice"."""
    return registry().lookup(code)


def find(name: str) -> BodyInfo | None:
    """``find("Special Committee on Peacekeeping Operations").code`` -> "C34"."""
    return registry().find(name)


#: the principal organs whose sessions are counted in ordinals ("the seventy-ninth session"), not
#: in years (the Security Council, which has no sessions, among them: its resolutions are so numbered)
ORDINAL_BODIES: tuple[Body, ...] = tuple(b for b in Body if lookup(b).numbering == "ordinal")

#: the principal organs that "the Council" names in their own resolutions
COUNCILS: tuple[Body, ...] = tuple(b for b in Body if "Council" in lookup(b).short)
