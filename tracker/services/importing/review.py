"""What an officer should look at before publishing an import: the same points for the preview
(before anything is saved), the stored obligations (``review_note``) and the import's summary.

- unknown owners: actors that match no entity (pending owner candidates);
- low confidence: a field the parser is less sure of than ``LOW_CONFIDENCE``;
- undated deadlines: a deadline the calendar cannot date (a session with no known date);
- current-session deadlines: "at its seventy-eighth session" in a resolution adopted during it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from tracker.calendar import Calendar
from tracker.parsing.types import OperativeParagraph, ParsedResolution
from tracker.services.calendar import compute_due, load_calendar
from tracker.services.entities import EntityResolver, ShortNames
from tracker.services.words import Counted

#: a field the parser is less sure of than this puts the obligation up for review
LOW_CONFIDENCE = 0.5


class Review(StrEnum):
    UNKNOWN_OWNERS = "unknown_owners"
    LOW_CONFIDENCE = "low_confidence"
    UNDATED_DEADLINE = "undated_deadline"
    CURRENT_SESSION = "current_session"


#: how the summary of an import counts each point (the catalogue's: English as the CLI prints it)
SUMMARY_WORDS: dict[Review, Callable[[int], Counted]] = {
    Review.UNKNOWN_OWNERS: lambda n: Counted("%(num)d with unknown owners", "%(num)d with unknown owners", n),
    Review.LOW_CONFIDENCE: lambda n: Counted("%(num)d of low confidence", "%(num)d of low confidence", n),
    Review.UNDATED_DEADLINE: lambda n: Counted("%(num)d with an undated deadline",
                                               "%(num)d with undated deadlines", n),
    Review.CURRENT_SESSION: lambda n: Counted("%(num)d due in the session current at adoption",
                                              "%(num)d due in the session current at adoption", n),
}


@dataclass(frozen=True)
class ReviewPoint:
    kind: Review
    #: the names, fields or deadline words concerned
    detail: str

    @property
    def note(self) -> str:
        """As ``Obligation.review_note`` keeps it."""
        prefix = {
            Review.UNKNOWN_OWNERS: "unknown actor(s)",
            Review.LOW_CONFIDENCE: "low parse confidence",
            Review.UNDATED_DEADLINE: "no due date",
            Review.CURRENT_SESSION: "deadline in the session current at adoption",
        }[self.kind]
        return f"{prefix}: {self.detail}"


def review_points(confidence: dict, deadlines: list[dict], unknown: list[str],
                  due_error: str | None) -> list[ReviewPoint]:
    points = []
    if unknown:
        points.append(ReviewPoint(Review.UNKNOWN_OWNERS, ", ".join(unknown)))
    low = sorted(k for k, v in confidence.items() if isinstance(v, int | float) and v < LOW_CONFIDENCE)
    if low:
        points.append(ReviewPoint(Review.LOW_CONFIDENCE, ", ".join(low)))
    if due_error:
        points.append(ReviewPoint(Review.UNDATED_DEADLINE, due_error))
    current = [d.get("text") or "" for d in deadlines if d.get("current")]
    if current:
        points.append(ReviewPoint(Review.CURRENT_SESSION, "; ".join(current)))
    return points


# --------------------------------------------------------------------------- the preview


@dataclass(frozen=True)
class DeadlineView:
    """One deadline as the preview says it in words: as written, the body it names, and when."""

    text: str
    body_name: str | None
    due_on: dt.date | None
    #: the calendar cannot date it (yet): why
    undated: str | None
    expires: bool
    current: bool
    recurring: bool


@dataclass
class ParagraphReview:
    paragraph: OperativeParagraph
    deadlines: list[DeadlineView]
    unknown: list[str]
    points: list[ReviewPoint] = field(default_factory=list)


@dataclass
class Preview:
    paragraphs: list[ParagraphReview]

    @property
    def to_review(self) -> list[ParagraphReview]:
        return [p for p in self.paragraphs if p.points]


def deadline_views(calendar: Calendar, deadlines: list[dict], *, adopted_on: dt.date | None,
                   body: str | None, today: dt.date) -> list[DeadlineView]:
    """Each of a paragraph's deadlines in words, dated on its own: the preview's, the review
    form's and the obligation page's."""
    views = []
    for d in deadlines:
        when, error = compute_due(calendar, [d], adopted_on=adopted_on, body=body, today=today)
        views.append(DeadlineView(
            text=d.get("text") or "", body_name=d.get("body_name"),
            due_on=when.due_on if when else None, undated=error,
            expires=bool(d.get("expires")), current=bool(d.get("current")),
            recurring=d.get("kind") == "recurring",
        ))
    return views


def unknown_actors(resolver: EntityResolver, names: list[str]) -> list[str]:
    """The actor names that would be owner candidates to review (nothing is written)."""
    out = []
    for name in (" ".join(n.split()) for n in names):
        if name and resolver.is_unknown(name) and name not in out:
            out.append(name)
    return out


def preview(session: Session, parsed: ParsedResolution, today: dt.date,
            calendar: Calendar | None = None) -> Preview:
    """What importing ``parsed`` would give to review, computed without writing anything."""
    calendar = calendar or load_calendar(session)
    resolver = EntityResolver.load(session)
    short_names = ShortNames.of(parsed, session)

    out = []
    for op in parsed.operative:
        deadlines = [d.to_dict() for d in op.deadlines]
        views = deadline_views(calendar, deadlines, adopted_on=parsed.adopted_on, body=parsed.body,
                               today=today)
        unknown = unknown_actors(resolver, short_names.in_full(op.actors, op.text))
        _when, error = compute_due(calendar, deadlines, adopted_on=parsed.adopted_on, body=parsed.body,
                                   today=today)
        points = review_points(dict(op.confidence), deadlines, unknown, error)
        out.append(ParagraphReview(op, views, unknown, points))
    return Preview(out)
