"""Sentences the services write for people (an import's summary), in the catalogue's words.

The services know no Flask: they say a sentence as its English message (a catalogue msgid, marked with
``N_`` for extraction) and its values; the CLI and the logs print it in English (``str``), the web in the
reader's language (``Words.say(gettext)``, Flask-Babel's ``gettext``). A value may be ``Words`` itself,
said in the same language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import reduce
from typing import Any


def N_(message: str) -> str:  # noqa: N802 (Babel's marker for "extract, translate later")
    return message


def english(message: str, **values: Any) -> str:
    """A message in English: the msgid with its values."""
    return message % values if values else message


@dataclass(frozen=True)
class Words:
    """A message of the catalogue (``N_``) and its values."""

    message: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def say(self, gettext: Callable[..., str] = english) -> str:
        return gettext(self.message, **{k: _said(v, gettext) for k, v in self.values.items()})

    def __str__(self) -> str:
        return self.say()


@dataclass(frozen=True)
class Joined:
    """Sentences said one after the other, in one language: "CHARTER 2024: …; CEPA 17: …" (French puts a
    space before the semicolon: the separator is the catalogue's too)."""

    parts: tuple[Words | str, ...]
    #: how two follow each other
    message: str = N_("%(before)s; %(after)s")

    def say(self, gettext: Callable[..., str] = english) -> str:
        said = [_said(p, gettext) for p in self.parts]
        return reduce(lambda before, after: gettext(self.message, before=before, after=after), said) \
            if said else ""

    def __str__(self) -> str:
        return self.say()


def _said(value: Any, gettext: Callable[..., str]) -> Any:
    return value.say(gettext) if isinstance(value, Words | Joined) else value
