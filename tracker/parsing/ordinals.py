"""Ordinal words ("seventy-third", "soixante-treizième", "septuagésimo tercer") -> numbers.

The words are read by the ``text2num`` library (``alpha2digit`` handles ordinals; ``text2num``
itself rejects them). Spanish apocopes ("primer", "tercer") are completed first, because
``alpha2digit`` only knows the full forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit, text2num

_DIGITS = re.compile(r"^\s*(\d+)\s*(?:st|nd|rd|th|e|er|re|ère|ème|eme|º|ª|o|a|\.ᵉʳ|ᵉ)?\s*$")
_LEADING_NUMBER = re.compile(r"^\s*(\d+)")
_ES_APOCOPE = re.compile(r"\b(prim|terc)er\b", re.I)
_LANGS = ("en", "fr", "es")
#: tens written together with the units that follow ("fortysixth", as some texts print it)
_TENS_JOINED = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?=[a-z])")


@lru_cache(maxsize=4096)
def ordinal_to_int(words: str, lang: str | None = None) -> int | None:
    """``"seventy-third"`` -> 73; ``"73rd"`` -> 73; None when the words are not one ordinal."""
    words = " ".join(words.split())
    if not words:
        return None
    m = _DIGITS.match(words)
    if m:
        return int(m.group(1))
    for language in (lang,) if lang else _LANGS:
        text = words.lower()
        if language == "es":
            text = _ES_APOCOPE.sub(lambda mt: mt.group(1) + "ero", text)
        elif language == "en":
            # "one hundred and twentieth" reads fine; hyphens between tens and units too
            text = _TENS_JOINED.sub(r"\1 ", text.replace("-", " "))
        try:
            out = alpha2digit(text, language, threshold=0)
        except (ValueError, KeyError, IndexError):  # pragma: no cover - library edge cases
            continue
        out = out.strip()
        m = _DIGITS.match(out)
        if m:
            return int(m.group(1))
        if language == "en":
            n = _english_fallback(text)
            if n is not None:
                return n
    return None


_EN_IRREGULAR = {"first": "one", "second": "two", "third": "three", "fifth": "five",
                 "eighth": "eight", "ninth": "nine", "twelfth": "twelve"}


def _english_fallback(text: str) -> int | None:
    """text2num 3.x misses a few English ordinals ("sixtieth"): read the cardinal instead."""
    words = text.split()
    if not words:
        return None
    last = words[-1]
    if last in _EN_IRREGULAR:
        last = _EN_IRREGULAR[last]
    elif last.endswith("ieth"):
        last = last[:-4] + "y"
    elif last.endswith("th"):
        last = last[:-2]
    else:
        return None
    try:
        return text2num(" ".join([*words[:-1], last]), "en")
    except ValueError:
        return None


#: words that may make up an English ordinal, for the deadline patterns
EN_ORDINAL_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|"
    r"ninetieth|hundredth)"
)
#: an English ordinal in words ("seventy-third", "one hundred and twentieth") or digits ("73rd")
EN_ORDINAL = (
    rf"(?:\d{{1,3}}(?:st|nd|rd|th)|(?:{EN_ORDINAL_WORD}[ -](?:(?:and|{EN_ORDINAL_WORD})[ -])*?"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?=[a-z]{4,8}\b))?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth))"
)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_value(s: str) -> int | None:
    """"xv" or "XV" -> 15; None for what is not a canonical roman numeral."""
    s = s.lower()
    if not s or any(ch not in _ROMAN for ch in s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    # only canonical numerals ("iv", not "iiii")
    return total if to_roman(total) == s else None


def to_roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, r in vals:
        while n >= v:
            out += r
            n -= v
    return out
