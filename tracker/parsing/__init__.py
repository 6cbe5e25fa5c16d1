"""Resolution parser: text, PDF or DOCX in, plain dataclasses out (no database, no Flask)."""

from .gazetteer import Gazetteer
from .ordinals import ordinal_to_int
from .parser import parse, parse_source
from .readers import MAX_INPUT_BYTES
from .types import (
    Deadline,
    DeadlineKind,
    Footnote,
    ObligationKind,
    OperativeParagraph,
    ParsedResolution,
    ParseError,
    PreambularParagraph,
    SubParagraph,
)

__all__ = [
    "MAX_INPUT_BYTES",
    "Deadline",
    "DeadlineKind",
    "Footnote",
    "Gazetteer",
    "ObligationKind",
    "OperativeParagraph",
    "ParseError",
    "ParsedResolution",
    "PreambularParagraph",
    "SubParagraph",
    "ordinal_to_int",
    "parse",
    "parse_source",
]
