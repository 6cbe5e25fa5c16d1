"""What an import did, as the CLI, the upload page and the API report it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tracker.models import Resolution, ResolutionLink
from tracker.services.calendar import PrintedOutcome
from tracker.services.words import N_, Counted, Joined, Words, english, english_plural

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
        return str(self.tally())

    def tally(self) -> Joined:
        """"9 obligations, 9 with due dates, 0 flagged for review" ("1 obligation, 1 with a due date")."""
        return Joined((Counted("%(num)d obligation", "%(num)d obligations", self.obligations),
                       Counted("%(num)d with a due date", "%(num)d with due dates", self.with_due),
                       Counted("%(num)d flagged for review", "%(num)d flagged for review",
                               self.needs_review)),
                      N_("%(before)s, %(after)s"))


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

    def summary(self, gettext: Callable[..., str] = english,
                ngettext: Callable[..., str] = english_plural) -> str:
        """What the import did, in English (the CLI) or through ``gettext`` and ``ngettext`` (the web's,
        the reader's language): "A/RES/78/111: 9 obligations, 9 with due dates, 0 flagged for review;
        session dates recorded: CHARTER 2024: 2024-02-20 to 2024-02-28, as printed in A/RES/78/111,
        paragraph 2"."""
        line = Words(N_("%(symbol)s: %(tally)s"), {"symbol": self.symbol, "tally": self.tally()}).say(
            gettext, ngettext)
        if self.review:
            points = tuple(words(self.review[kind]) for kind, words in SUMMARY_WORDS.items()
                           if self.review[kind])
            line += " (" + Joined(points, N_("%(before)s, %(after)s")).say(gettext, ngettext) + ")"
        if self.replaced:
            line += " " + Words(N_("(replaced: %(unchanged)d unchanged, %(changed)d changed, "
                                   "%(added)d added, %(removed)d removed)"),
                                {"unchanged": self.unchanged, "changed": self.changed, "added": self.added,
                                 "removed": self.removed}).say(gettext, ngettext)
        sessions = self.sessions
        more = [Words(message, {"listed": listed}) for message, listed in (
            (N_("session dates recorded: %(listed)s"), Joined(tuple(sessions.recorded))),
            (N_("session dates it no longer prints removed: %(listed)s"), ", ".join(sessions.removed)),
            (N_("session dates not recorded: %(listed)s"), Joined(tuple(sessions.conflicts))),
            (N_("new owners to review: %(listed)s"), ", ".join(self.new_entities)),
        ) if str(listed)]
        if not self.published:
            more.append(Words(N_("not published: publish it once reviewed")))
        return Joined((line, *more)).say(gettext, ngettext)
