"""Regex forms that the engine can search quickly.

Python's regex engine jumps straight to the places where a match can start only when the
pattern begins with a literal character, a character class or an alternation whose branches
each begin with a literal character. A pattern that begins with ``\\b`` or a lookbehind
(``(?<![\\w-])Name``) is instead tried at every position of the text, several times slower.
"""

from __future__ import annotations

import re

#: the session an early resolution's number carries, as the UN prints it: "1514 (XV)" (the
#: General Assembly's fifteenth session), "186 (S-2)" and "2248 (S-V)" (special sessions),
#: "1474 (ES-IV)" (an emergency special session), "1818 (LV)" (the Economic and Social
#: Council's fifty-fifth). The Assembly's numbers ran on from 1946 until "31/1" (1976)
EARLY_SESSION = r"(?:[IVXLC]+|E?S-(?:[IVX]+|\d))"


def after_boundary(alternatives: list[str], not_after: str = r"\w") -> str:
    """``(?<!not_after)(?:alt1|alt2|...)`` written as ``(?:a(?<!not_after a)lt1|...)``: the
    same matches, in the same order of preference, each branch beginning with its literal
    first character (which must not be a regex metacharacter). With ``not_after`` = ``\\w``
    and branches that begin with a word character this is ``\\b(?:alt1|alt2|...)``."""
    branches = []
    for alt in alternatives:
        first = alt[0]
        if not (first.isalnum() or first in "_/ "):
            raise ValueError(f"branch must begin with a literal character: {alt!r}")
        branches.append(f"{first}(?<!{not_after}{first}){alt[1:]}")
    return "(?:" + "|".join(branches) + ")"


def lower_case_form(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (compiled with ``re.IGNORECASE``) for text already in lower case, without the
    flag: for an ASCII ``text``, ``form.search(text.lower())`` finds a match exactly where
    ``pattern.search(text)`` does, with the same span and groups lower-cased. Under the flag the
    engine compares every character case-insensitively and cannot skip to a branch's first
    letter; without it, it can. (Only for ASCII text and text whose other characters have no case,
    :func:`reads_as_lower`: Unicode case folding also matches "ſ" to "s" and "K" to "k", and some
    characters change length when lower-cased.)"""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or re.search(r"\\[A-Z]|\(\?[a-zA-Z]", source):
        raise ValueError(f"not a case-insensitive pattern without upper-case escapes: {source!r}")
    return re.compile(source.lower(), pattern.flags & ~re.IGNORECASE)


def reads_as_lower(text: str) -> bool:
    """Whether a :func:`lower_case_form` searched in ``text.lower()`` finds exactly what its pattern
    finds in ``text``: ASCII text, or text whose characters beyond ASCII have no case ("“", "’",
    "–", a no-break space: ``str.lower`` keeps them, and under ``re.IGNORECASE`` they match no
    letter of a pattern, while "ſ", "K" or "ı" would match "s", "k" or "i")."""
    return text.isascii() or all(c.lower() == c == c.upper() for c in set(text) if c > "\x7f")


class LowerCaseMatch:
    """A match of a :func:`lower_case_form` in the lower-cased text, read on the original text:
    the spans are the same (ASCII text keeps its length when lower-cased), the groups are the
    original's words."""

    __slots__ = ("_match", "string")

    def __init__(self, match: re.Match[str], string: str):
        self._match, self.string = match, string

    def group(self, index: int | str = 0) -> str | None:
        start, end = self._match.span(index)
        return None if start < 0 else self.string[start:end]

    def start(self, index: int | str = 0) -> int:
        return self._match.start(index)

    def end(self, index: int | str = 0) -> int:
        return self._match.end(index)

    def span(self, index: int | str = 0) -> tuple[int, int]:
        return self._match.span(index)


def finditer_ignoring_case(pattern: re.Pattern[str], form: re.Pattern[str], text: str, low: str,
                           pos: int = 0, endpos: int | None = None):
    """``pattern.finditer(text, pos, endpos)`` (``pattern`` case-insensitive, ``form`` its
    :func:`lower_case_form`, ``low`` = ``text.lower()``): the same matches, found without the
    flag where the text allows it (:func:`reads_as_lower`)."""
    end = len(text) if endpos is None else endpos
    if reads_as_lower(text):
        return (LowerCaseMatch(m, text) for m in form.finditer(low, pos, end))
    return pattern.finditer(text, pos, end)
