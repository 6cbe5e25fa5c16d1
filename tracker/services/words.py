"""Sentences the services write for people (an import's summary), in the catalogue's words.

The services know no Flask: they say a sentence as its English message (a catalogue msgid, marked with
``N_`` for extraction) and its values; the CLI and the logs print it in English (``str``), the web in the
reader's language (``Words.say(gettext, ngettext)``, Flask-Babel's). A value may be ``Words`` itself,
said in the same language. A count is ``Counted``: "1 obligation", "2 obligations", in the plural forms
of the reader's language (extracted as a plural: babel.cfg's ``-k Counted:1,2``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

#: a translation function: ``gettext(message, **values)``, ``ngettext(singular, plural, num, **values)``
Say = Callable[..., str]


def N_(message: str) -> str:  # noqa: N802 (Babel's marker for "extract, translate later")
    return message


def english(message: str, **values: Any) -> str:
    """A message in English: the msgid with its values."""
    return message % values if values else message


def english_plural(singular: str, plural: str, num: int, **values: Any) -> str:
    """A counted message in English (``ngettext``'s signature: ``num`` is one of the values)."""
    return (singular if num == 1 else plural) % {**values, "num": num}


@dataclass(frozen=True)
class Words:
    """A message of the catalogue (``N_``) and its values."""

    message: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def say(self, gettext: Say = english, ngettext: Say = english_plural) -> str:
        return gettext(self.message, **{k: _said(v, gettext, ngettext) for k, v in self.values.items()})

    def __str__(self) -> str:
        return self.say()


@dataclass(frozen=True)
class Counted:
    """A message of the catalogue with a count, ``num``: its singular and plural msgids, said in the
    plural form the reader's language gives ``num`` ("%(num)d obligation", "%(num)d obligations")."""

    singular: str
    plural: str
    num: int
    values: Mapping[str, Any] = field(default_factory=dict)

    def say(self, gettext: Say = english, ngettext: Say = english_plural) -> str:
        return ngettext(self.singular, self.plural, self.num,
                        **{k: _said(v, gettext, ngettext) for k, v in self.values.items()})

    def __str__(self) -> str:
        return self.say()


@dataclass(frozen=True)
class Joined:
    """Sentences said one after the other, in one language: "CHARTER 2024: …; CEPA 17: …" (French puts a
    space before the semicolon: the separator is the catalogue's too)."""

    parts: tuple[Words | Counted | str, ...]
    #: how two follow each other
    message: str = N_("%(before)s; %(after)s")

    def say(self, gettext: Say = english, ngettext: Say = english_plural) -> str:
        said = [_said(p, gettext, ngettext) for p in self.parts]
        return reduce(lambda before, after: gettext(self.message, before=before, after=after), said) \
            if said else ""

    def __str__(self) -> str:
        return self.say()


def _said(value: Any, gettext: Say, ngettext: Say) -> Any:
    return value.say(gettext, ngettext) if isinstance(value, Words | Counted | Joined) else value
