"""What an import did, as the CLI, the upload page and the API report it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tracker.models import Resolution, ResolutionLink
from tracker.services.calendar import PrintedOutcome

from .review import SUMMARY_WORDS, Review, ReviewPoint


@dataclass
class Tally:
    """The obligations an import read: all of them, those with a due date, those flagged for review
    (one file's in ``ImportResult``, a batch's in ``BatchReport``)."""

    obligations: int = 0
    with_due: int = 0
    needs_review: int = 0

    def add(self, other: Tally) -> None:
        self.obligations += other.obligations
        self.with_due += other.with_due
        self.needs_review += other.needs_review

    def tally_words(self) -> str:
        return (
            f"{self.obligations} obligations, {self.with_due} with due dates, "
            f"{self.needs_review} flagged for review"
        )


@dataclass(kw_only=True)
class ImportResult(Tally):
    resolution: Resolution
    symbol: str
    replaced: bool = False
    #: on replace: obligations kept as they were, updated, added and marked not applicable
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    new_entities: list[str] = field(default_factory=list)
    links: list[ResolutionLink] = field(default_factory=list)
    #: obligations the import (re)read with each point to review
    review: Counter[Review] = field(default_factory=Counter)
    #: session dates the text prints, recorded in the calendar (or not: ``conflicts``)
    sessions: PrintedOutcome = field(default_factory=PrintedOutcome)

    @property
    def published(self) -> bool:
        return self.resolution.published_at is not None

    def count(self, due_on: Any, needs_review: Any, points: Iterable[ReviewPoint] = ()) -> None:
        """One more obligation of the resolution as it now stands."""
        self.obligations += 1
        self.with_due += due_on is not None
        self.needs_review += bool(needs_review)
        self.review.update({p.kind for p in points})

    def summary(self) -> str:
        line = f"{self.symbol}: {self.tally_words()}"
        if self.review:
            line += " (" + ", ".join(f"{self.review[kind]} {words}" for kind, words in SUMMARY_WORDS.items()
                                     if self.review[kind]) + ")"
        if self.replaced:
            line += (
                f" (replaced: {self.unchanged} unchanged, {self.changed} changed, "
                f"{self.added} added, {self.removed} removed)"
            )
        if self.sessions.recorded:
            line += f"; session dates recorded: {'; '.join(self.sessions.recorded)}"
        if self.sessions.removed:
            line += f"; session dates it no longer prints removed: {', '.join(self.sessions.removed)}"
        if self.sessions.conflicts:
            line += f"; session dates not recorded: {'; '.join(self.sessions.conflicts)}"
        if self.new_entities:
            line += f"; new owners to review: {', '.join(self.new_entities)}"
        if not self.published:
            line += "; not published: publish it once reviewed"
        return line

