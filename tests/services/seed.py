"""The seed resolution (A/RES/71/19) and small variations of it, for import tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.parsing import ParsedResolution, parse

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"
TODAY = dt.date(2017, 1, 15)


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def parse_text(text: str, name: str = "A-RES-71-19.txt") -> ParsedResolution:
    return parse(text.encode("utf-8"), name)


def seed() -> ParsedResolution:
    return parse_text(seed_text())
