"""Ordinal words ("seventy-third", "soixante-treizième", "septuagésimo tercer") -> numbers.

The words are read by the ``text2num`` library (``alpha2digit`` handles ordinals; ``text2num``
itself rejects them). Spanish apocopes ("primer", "tercer") are completed first, because
``alpha2digit`` only knows the full forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

_DIGITS = re.compile(r"^\s*(\d+)\s*(?:st|nd|rd|th|e|er|re|ère|ème|eme|º|ª|o|a|\.ᵉʳ|ᵉ)?\s*$")
_LEADING_NUMBER = re.compile(r"^\s*(\d+)")
_ES_APOCOPE = re.compile(r"\b(prim|terc)er\b", re.I)
_LANGS = ("en", "fr", "es")


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
            text = text.replace("-", " ") if " and " not in text else text.replace("-", " ")
        try:
            out = alpha2digit(text, language, threshold=0)
        except (ValueError, KeyError, IndexError):  # pragma: no cover - library edge cases
            continue
        out = out.strip()
        m = _DIGITS.match(out)
        if m:
            return int(m.group(1))
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
    rf"(?:\d{{1,3}}(?:st|nd|rd|th)|(?:{EN_ORDINAL_WORD}[ -](?:(?:and|{EN_ORDINAL_WORD})[ -])*?)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth))"
)
