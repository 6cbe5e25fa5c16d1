"""Resolution parser: text, PDF or DOCX in, plain dataclasses out (no database, no Flask)."""

from . import types
from .gazetteer import Gazetteer
from .ordinals import ordinal_to_int
from .parser import parse, parse_source
from .readers import MAX_INPUT_BYTES
from .types import *  # noqa: F403 (the result types, as types.__all__ lists them)

__all__ = [
    "MAX_INPUT_BYTES",
    "Gazetteer",
    "ordinal_to_int",
    "parse",
    "parse_source",
    *types.__all__,
]
