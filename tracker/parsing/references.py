"""References to other documents: "resolution 51/1" -> A/RES/51/1, "A/71/L.17", "2231 (2015)"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .metadata import document_symbols, spaced_symbol
from .regexes import EARLY_SESSION

#: "resolution(s)" and the spaces after it, the start of a word (``_resolution_words`` finds
#: where it can be with ``str.find``: scanning for it with a regex costs more than all the rest)
_RES_WORD = re.compile(r"(?<!\w)[Rr]esolutions?\s+")
#: the body whose resolutions are cited, just before "resolution(s)": "General Assembly resolution"
_RES_OWNER = re.compile(
    r"\b(General Assembly|Security Council|Human Rights Council|Economic and Social Council|"
    r"Council|Assembly|its)\s+\Z"
)
#: how far before "resolution" its body's name can start (the longest name and a space, and
#: room to spare: the parser's texts have single spaces)
_OWNER_REACH = 60
_RES_ITEM = re.compile(
    r"(?:(\d{1,4})/(\d{1,4})(?:\s([A-Z])\b(?:\s+(?:to|and)\s+[A-Z]\b)?)?"
    r"|(\d{1,4})\s?\((\d{4})\)"
    rf"|(\d{{1,4}})\s?\(({EARLY_SESSION})\))"
)
#: a resolution's symbol, written "2231(2015)" or "2231 (2015)": the space is the register's
_RESOLUTION_SYMBOL = re.compile(r"(?:A|S|E)/(?:HRC/)?RES/")
_LIST_GLUE = re.compile(
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+of\s+\d{1,2}\s+\w+\s+\d{4}|\s+to\s+|"
    r"\s+(?:[A-Z]|I{1,3})(?=[\s,;.])|\s+\(\d{4}\))*"
)


def find_references(text: str, *, body: str | None) -> list[str]:
    """Document symbols cited in ``text``, in order, without duplicates."""
    out: list[str] = []

    def add(sym: str) -> None:
        if sym not in out:
            out.append(sym)

    for owner, pos in _resolution_words(text):
        while True:
            im = _RES_ITEM.match(text, pos)
            if not im:
                break
            if im.group(1):
                session, number = im.group(1), im.group(2)
                if im.group(3):
                    number = f"{number} {im.group(3)}"  # "57/270 B" is A/RES/57/270 B
                target = _owner_body(owner, body, session)
                if target == "HRC":
                    add(f"A/HRC/RES/{session}/{number}")
                elif target == "ECOSOC" and len(session) == 4:
                    add(f"E/RES/{session}/{number}")
                elif target == "SC":
                    add(f"A/RES/{session}/{number}")
                else:
                    add(f"A/RES/{session}/{number}")
            elif im.group(4):
                add(f"S/RES/{im.group(4)} ({im.group(5)})")
            else:
                prefix = "E/RES" if owner == "economic and social council" else "A/RES"
                add(f"{prefix}/{im.group(6)} ({im.group(7)})")
            pos = im.end()
            glue = _LIST_GLUE.match(text, pos)
            if glue and glue.end() > pos:
                pos = glue.end()
            else:
                break
    for sym in (document_symbols(text) if "/" in text else ()):
        if _RESOLUTION_SYMBOL.match(sym):
            sym = spaced_symbol(sym)
        add(sym)
    return out


def _resolution_words(text: str) -> Iterator[tuple[str, int]]:
    """Each "resolution(s)" of ``text``: the body named just before it, in lower case ("" for
    none), and where the symbols after it start."""
    at = text.find("esolution", 1)  # after its "r"
    while at >= 0:
        m = _RES_WORD.match(text, at - 1)
        if m is None:
            at = text.find("esolution", at + 1)
            continue
        owner = _RES_OWNER.search(text, max(0, m.start() - _OWNER_REACH), m.start())
        yield (owner.group(1).lower() if owner else ""), m.end()
        at = text.find("esolution", m.end())


def _owner_body(owner: str, body: str | None, session: str) -> str | None:
    if owner == "general assembly" or owner == "assembly":
        return "GA"
    if owner == "human rights council":
        return "HRC"
    if owner == "economic and social council":
        return "ECOSOC"
    if owner == "security council":
        return "GA"  # "Security Council resolution 2231 (2015)" is matched by the SC pattern
    if owner in ("its", "council"):
        if body == "HRC" or (body == "ECOSOC" and len(session) == 4):
            return body
        return "GA" if body != "HRC" else "HRC"
    if body == "ECOSOC" and len(session) == 4:
        return "ECOSOC"
    if body == "HRC" and owner == "":
        # bare "resolution 52/1" in an HRC text: Council resolutions are cited as such,
        # General Assembly ones say so; sessions above 60 are the Assembly's
        return "HRC" if int(session) < 60 else "GA"
    return "GA"
