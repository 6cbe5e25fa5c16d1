"""Regex forms that the engine can search quickly.

Python's regex engine jumps straight to the places where a match can start only when the
pattern begins with a literal character, a character class or an alternation whose branches
each begin with a literal character. A pattern that begins with ``\\b`` or a lookbehind
(``(?<![\\w-])Name``) is instead tried at every position of the text, several times slower.
"""

from __future__ import annotations


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
