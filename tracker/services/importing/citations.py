"""PostgreSQL, a batch's commit: whether each new resolution is linked, decided in Python, so that
the commit's new resolutions (their rows, paragraphs, footnotes and references) go in together,
one statement for the commit (``rows.Unwritten``), where each file's went in at once because the
next file's import read them.

A new resolution is linked when a resolution we hold or one written before it in the commit is
cited by it, or cites it (an unlinked reference of the register, or of a file before it): what
the statement of a file alone answers (``rows._PG_NOTES_AND_REFERENCES``), known here from one
look-up for the commit's files, made before any of them is written, and from the files before
it. Only new resolutions are written in a commit meanwhile (a re-import, which rewrites
references, ends it: ``Unwritten.citations`` is dropped)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from tracker.parsing.types import ParsedResolution

from .plan import cited_symbols, symbol_variants
from .rows import pg_array


@dataclass
class Citations:
    #: spellings held in the register, among those of the symbols the commit's files cite
    held: set[str]
    #: symbols cited by the register's references that are linked to nothing, among the
    #: spellings of the commit's files' own symbols
    citing: set[str]
    #: the symbols of the commit's new resolutions so far, and the symbols they cite
    written: set[str] = field(default_factory=set)
    cited: set[str] = field(default_factory=set)

    @classmethod
    def look_up(cls, session: Session, resolutions: Iterable[ParsedResolution]) -> Citations:
        """What the register holds of these new resolutions' citations (one statement)."""
        cited, own = set(), set()
        for parsed in resolutions:
            cited.update(v for symbol in cited_symbols(parsed) for v in symbol_variants(symbol))
            own.update(symbol_variants(parsed.symbol))
        found = session.connection().exec_driver_sql(
            _LOOK_UP, {"cited": pg_array(sorted(cited)), "own": pg_array(sorted(own))}).all()
        return cls(held={symbol for held, symbol in found if held},
                   citing={symbol for held, symbol in found if not held})

    def add(self, symbol: str, cited: Iterable[str]) -> bool:
        """A new resolution of this symbol citing these, written after the others: whether it is
        linked (it cites one held or written before it; a reference held or written before it
        cites it)."""
        cited = list(cited)
        own = symbol_variants(symbol)
        linked = (any(v in self.citing or v in self.cited for v in own)
                  or any(v in self.held or v in self.written for s in cited for v in symbol_variants(s)))
        self.written.add(symbol)
        self.cited.update(cited)
        return linked


#: ``Citations.look_up``: (true, spelling) held among the cited, (false, symbol) of an unlinked
#: reference among the own spellings
_LOOK_UP = (
    "SELECT true, symbol FROM resolutions WHERE symbol = ANY(CAST(%(cited)s AS TEXT[]))"
    " UNION SELECT false, symbol FROM document_references"
    " WHERE target_resolution_id IS NULL AND symbol = ANY(CAST(%(own)s AS TEXT[]))"
)
