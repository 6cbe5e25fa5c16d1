"""Successor resolutions: a later text on the same subject that recalls an earlier one.

The General Assembly renews most mandates every year or two with a resolution that "recalls" the
previous one under nearly the same title (A/RES/73/11 recalls 71/19, both on cooperation between
the United Nations and INTERPOL). When a resolution cites one we hold, of the same body, under a
similar title, the two are linked; ``compare_resolutions`` then says paragraph by paragraph what
the successor renewed, changed, dropped or added, by text similarity rather than exact match.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from tracker.clock import utcnow
from tracker.models import (
    DocumentReference,
    HistoryEntry,
    Obligation,
    Paragraph,
    ParagraphKind,
    Resolution,
    ResolutionLink,
)
from tracker.services.actors import Actor
from tracker.services.audit import record_audit
from tracker.services.errors import Invalid

#: titles at least this alike are "the same subject"
TITLE_SIMILARITY = 0.75
#: paragraphs at least this alike are the same paragraph renewed (wording updated: session numbers)
RENEWED = 0.9
#: ... and at least this alike, the same paragraph changed
CHANGED = 0.6


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def title_similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _words(a), _words(b), autojunk=False).ratio()


def _body_words(text: str) -> list[str]:
    """A paragraph as words, without the adverbs a renewal prefixes ("Also requests")."""
    words = _words(text).split()
    while words and words[0] in {"also", "further", "again", "strongly", "once", "more"}:
        words.pop(0)
    return words


def link_successors(session: Session, resolution: Resolution) -> list[ResolutionLink]:
    """Link ``resolution`` to the resolutions it follows and to those that follow it (both ways:
    the predecessor may be imported after its successor). Returns the new links."""
    candidates = _related_ids(session, resolution)
    if not candidates:
        return []
    others = session.scalars(
        select(Resolution).where(Resolution.id.in_(candidates), Resolution.body == resolution.body)
    ).all()
    existing = {tuple(row) for row in session.execute(
        select(ResolutionLink.predecessor_id, ResolutionLink.successor_id).where(
            or_(ResolutionLink.predecessor_id == resolution.id, ResolutionLink.successor_id == resolution.id)
        )
    )}
    links = []
    for other in others:
        if title_similarity(resolution.title, other.title) < TITLE_SIMILARITY:
            continue
        pred, succ = (other, resolution) if adopted_before(other, resolution) else (resolution, other)
        if (pred.id, succ.id) in existing:
            continue
        link = ResolutionLink(
            predecessor=pred, successor=succ,
            similarity=round(compare_resolutions(session, pred, succ).similarity, 3),
        )
        session.add(link)
        links.append(link)
    session.flush()
    return links


def _related_ids(session: Session, resolution: Resolution) -> set[int]:
    """The resolutions we hold that ``resolution`` cites, and those that cite it."""
    cited_ids = set(session.scalars(
        select(DocumentReference.target_resolution_id).where(
            DocumentReference.resolution_id == resolution.id,
            DocumentReference.target_resolution_id.is_not(None),
        )
    ))
    citing_ids = set(session.scalars(
        select(DocumentReference.resolution_id).where(
            DocumentReference.target_resolution_id == resolution.id
        )
    ))
    return (cited_ids | citing_ids) - {resolution.id}


def adopted_before(a: Resolution, b: Resolution) -> bool:
    """``a`` came before ``b``: adopted earlier, or on the same day of an earlier session or import."""
    if a.adopted_on and b.adopted_on and a.adopted_on != b.adopted_on:
        return a.adopted_on < b.adopted_on
    return (a.session or 0, a.id) < (b.session or 0, b.id)


@dataclass
class ParagraphChange:
    #: renewed, changed, dropped, added
    status: str
    predecessor: Paragraph | None
    successor: Paragraph | None
    similarity: float

    @property
    def label(self) -> str:
        left = self.predecessor.shown_number if self.predecessor else "-"
        right = self.successor.shown_number if self.successor else "-"
        return f"{left} -> {right}"


@dataclass
class Comparison:
    predecessor: Resolution
    successor: Resolution
    changes: list[ParagraphChange] = field(default_factory=list)

    def of(self, status: str) -> list[ParagraphChange]:
        return [c for c in self.changes if c.status == status]

    @property
    def similarity(self) -> float:
        """How much of both texts carries over: matched paragraph similarity over all paragraphs."""
        n = len(self.changes)
        if not n:
            return 0.0
        return sum(c.similarity for c in self.changes if c.predecessor and c.successor) / n


def _operative(session: Session, resolution: Resolution) -> list[Paragraph]:
    return list(session.scalars(
        select(Paragraph).where(
            Paragraph.resolution_id == resolution.id,
            Paragraph.kind == ParagraphKind.OPERATIVE,
            Paragraph.current,
        ).order_by(Paragraph.position)
    ))


def match_paragraphs(old: list[str], new: list[str]) -> list[tuple[str, int | None, int | None, float]]:
    """Pair the texts of two lists of operative paragraphs, best pairs first: ``(status, i, j,
    similarity)`` for each paragraph of ``new`` in order (renewed / changed / added), then each of
    ``old`` that nothing matched (dropped). Pure, so read models can use it on texts they hold."""
    # word sequences: as telling as characters for prose, and far cheaper to align
    old_text = [_body_words(t) for t in old]
    new_text = [_body_words(t) for t in new]
    scores: list[tuple[float, int, int]] = []
    for j, b in enumerate(new_text):
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(b)
        for i, a in enumerate(old_text):
            matcher.set_seq1(a)
            if matcher.real_quick_ratio() < CHANGED or matcher.quick_ratio() < CHANGED:
                continue
            ratio = matcher.ratio()
            if ratio >= CHANGED:
                scores.append((ratio, i, j))
    scores.sort(key=lambda s: (-s[0], abs(s[1] - s[2])))
    pair_of_new: dict[int, tuple[int, float]] = {}
    used_old: set[int] = set()
    for ratio, i, j in scores:
        if i in used_old or j in pair_of_new:
            continue
        pair_of_new[j] = (i, ratio)
        used_old.add(i)
    out: list[tuple[str, int | None, int | None, float]] = []
    for j in range(len(new)):
        if j in pair_of_new:
            i, ratio = pair_of_new[j]
            out.append(("renewed" if ratio >= RENEWED else "changed", i, j, ratio))
        else:
            out.append(("added", None, j, 0.0))
    out.extend(("dropped", i, None, 0.0) for i in range(len(old)) if i not in used_old)
    return out


def compare_resolutions(session: Session, predecessor: Resolution, successor: Resolution) -> Comparison:
    """Operative paragraphs of the successor, in its order, each renewed / changed / added, then
    the predecessor's paragraphs nothing matched (dropped). Pairs are chosen best first."""
    old = _operative(session, predecessor)
    new = _operative(session, successor)
    comparison = Comparison(predecessor, successor)
    for status, i, j, ratio in match_paragraphs([p.text for p in old], [p.text for p in new]):
        comparison.changes.append(ParagraphChange(
            status, old[i] if i is not None else None, new[j] if j is not None else None, ratio
        ))
    return comparison


def _published_resolution(session: Session, symbol: str) -> Resolution | None:
    symbol = symbol.strip()
    if not symbol or len(symbol) > 80:
        return None
    published = Resolution.published_at.is_not(None)
    found = session.scalar(select(Resolution).where(Resolution.symbol == symbol, published))
    if found is None:
        found = session.scalar(
            select(Resolution).where(func.upper(Resolution.symbol) == symbol.upper(), published)
        )
    return found


def compare_symbols(session: Session, symbol: str, other: str) -> Comparison | None:
    """The comparison of two published resolutions, read from the earlier to the later whatever
    order they are named in; ``None`` if either is unknown or unpublished, or they are the same."""
    first = _published_resolution(session, symbol)
    second = _published_resolution(session, other)
    if first is None or second is None or first.id == second.id:
        return None
    earlier, later = (first, second) if adopted_before(first, second) else (second, first)
    return compare_resolutions(session, earlier, later)


def are_linked(session: Session, a: Resolution, b: Resolution) -> bool:
    return session.scalar(
        select(ResolutionLink.id).where(
            or_(
                (ResolutionLink.predecessor_id == a.id) & (ResolutionLink.successor_id == b.id),
                (ResolutionLink.predecessor_id == b.id) & (ResolutionLink.successor_id == a.id),
            )
        )
    ) is not None


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The two texts as runs of ``("same" | "removed" | "added", text)``, word by word (spaces
    kept with the word before them), so a page can mark what a renewal struck out and put in."""
    a = re.findall(r"\S+\s*", old)
    b = re.findall(r"\S+\s*", new)
    # compare words without their trailing spaces, so a line break is not a change
    matcher = SequenceMatcher(None, [w.rstrip() for w in a], [w.rstrip() for w in b], autojunk=False)
    runs: list[tuple[str, str]] = []

    def add(kind: str, text: str) -> None:
        if not text:
            return
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + text)
        else:
            runs.append((kind, text))

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            add("same", "".join(b[j1:j2]))
        else:
            add("removed", "".join(a[i1:i2]))
            add("added", "".join(b[j1:j2]))
    return runs


# ---------------------------------------------------------------------- mandates renewed

#: mandates whose names share at least this much are the same mandate (mission, panel, rapporteur)
MANDATE_SIMILARITY = 0.6
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"}
#: capitalised words that name no mandate: the deciding organ, the operative phrases
_NOT_NAMES = _MONTHS | {"decides", "also", "further", "security", "council", "general", "assembly",
                        "human", "rights", "economic", "social", "the", "its", "resolution", "resolutions",
                        "member", "states", "secretary", "united", "nations"}


def mandate_names(text: str) -> set[str]:
    """What names a mandate in a paragraph: its capitalised words and acronyms ("UNIFIL", "Special
    Rapporteur … Belarus", "Panel of Experts"), without dates, numbers, the deciding organ and the
    operative phrase. Two mandates with the same names are the same mandate."""
    words = re.findall(r"\b[A-Z][\w'-]*", text)
    return {w.casefold() for w in words if w.casefold() not in _NOT_NAMES}


def _same_mandate(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def link_mandate_renewals(session: Session, resolution: Resolution, *, actor_name: str = "import",
                          user_id: int | None = None) -> list[tuple[Obligation, Obligation]]:
    """Mark the mandates ``resolution`` extends or renews as *renewed* by its own (both ways: the
    earlier text may be imported after the later). A mandate here is any obligation that has one
    (``Obligation.has_mandate``): a report that extends a Special Rapporteur's mandate renews, and
    is renewed by, the same mandate as one of kind ``mandate``. Candidates are the mandates of the resolutions
    it cites or that cite it, of the same body, not yet renewed; a pair is the same mandate when
    their names agree (``mandate_names``). Each renewal is history on the earlier obligation, so
    an officer can review it (``set_renewal``). Returns the (earlier, later) pairs."""
    mine = list(session.scalars(select(Obligation).where(
        Obligation.resolution_id == resolution.id, Obligation.has_mandate)))
    if not mine:
        return []
    related = _related_ids(session, resolution)
    if not related:
        return []
    others = list(session.scalars(
        select(Obligation).join(Resolution, Resolution.id == Obligation.resolution_id)
        .where(Obligation.resolution_id.in_(related), Obligation.has_mandate,
               Resolution.body == resolution.body)
    ))
    names = {o.id: mandate_names(f"{o.deliverable or ''} {o.paragraph.text}") for o in [*mine, *others]}
    scored = []
    for new in mine:
        for old in others:
            earlier, later = (old, new) if adopted_before(old.resolution, resolution) else (new, old)
            if earlier.renewed_by_id is not None:
                continue
            score = _same_mandate(names[new.id], names[old.id])
            if score >= MANDATE_SIMILARITY:
                scored.append((score, earlier, later))
    scored.sort(key=lambda s: -s[0])
    pairs, taken = [], set()
    for _score, earlier, later in scored:
        if earlier.id in taken:
            continue
        taken.add(earlier.id)
        _mark_renewed(session, earlier, later, actor_name=actor_name, user_id=user_id,
                      comment=f"renewed by {later.resolution.symbol} paragraph {later.paragraph.number}")
        pairs.append((earlier, later))
    session.flush()
    return pairs


def _mark_renewed(session: Session, earlier: Obligation, later: Obligation | None, *, actor_name: str,
                  user_id: int | None, comment: str | None, now: dt.datetime | None = None) -> None:
    """Link (or unlink) the pair: one history entry on the earlier mandate ("renewed_by") and one on
    each later mandate the change concerns ("renews": the new one gains it, the one it replaces
    loses it), all stamped with one time so each obligation's change reads as one write."""
    now = now or utcnow()
    before = earlier.renewed_by
    old = earlier.renewed_by_id
    earlier.renewed_by_id = later.id if later is not None else None
    earlier.renewed_by = later
    earlier.updated_at = now
    session.add(HistoryEntry(obligation=earlier, at=now, user_id=user_id, actor=actor_name,
                             field="renewed_by", old_value=old, new_value=earlier.renewed_by_id,
                             comment=comment))
    for other, gained in ((before, False), (later, True)):
        if other is None:
            continue
        other.updated_at = now  # a write to it: its version moves on with its history
        session.add(HistoryEntry(obligation=other, at=now, user_id=user_id, actor=actor_name, field="renews",
                                 old_value=None if gained else earlier.id,
                                 new_value=earlier.id if gained else None, comment=comment))


def set_renewal(session: Session, earlier: Obligation, later: Obligation | None, *, actor: Actor,
                comment: str | None = None, now: dt.datetime | None = None,
                expected_version: int | None = None) -> bool:
    """An officer confirms, corrects or undoes which later mandate renewed ``earlier`` (None: not
    renewed). History on both mandates and audit; importers and admins only. A form based on a
    stale ``expected_version`` of ``earlier`` is refused (``StaleObligation``). True if it changed."""
    from tracker.services.obligations import _check_version, _flush

    actor.require(actor.may_import(), "review mandate renewals")
    _check_version(session, earlier, expected_version)
    if later is not None and (not later.has_mandate or later.id == earlier.id):
        raise Invalid("a mandate is renewed by another mandate", code="renewal_not_a_mandate",
                      field="renewed_by")
    if later is not None and not adopted_before(earlier.resolution, later.resolution):
        raise Invalid(f"{later.resolution.symbol} is not later than {earlier.resolution.symbol}",
                      code="renewal_not_later", field="renewed_by", symbol=later.resolution.symbol)
    if (later.id if later is not None else None) == earlier.renewed_by_id:
        return False
    _mark_renewed(session, earlier, later, actor_name=actor.name, user_id=actor.user_id, comment=comment,
                  now=now)
    _flush(session, earlier, expected_version)
    record_audit(session, actor, "set_renewal", earlier, renewed_by=earlier.renewed_by_id, comment=comment,
                 version=earlier.version)
    return True


#: at most this many likely renewals are offered to the officer reviewing one
CANDIDATES = 8


def renewal_candidates(session: Session, earlier: Obligation, *, limit: int = CANDIDATES) -> list[Obligation]:
    """The mandates that may have renewed ``earlier``, for an officer to pick from: mandates of
    later resolutions of the same body that name the same mission, panel, rapporteur or measures
    (``mandate_names``, as at import, but without needing a citation), newest first. The one
    linked now is always among them."""
    body = earlier.resolution.body
    rows = session.scalars(
        select(Obligation).join(Resolution, Resolution.id == Obligation.resolution_id)
        .where(Obligation.has_mandate, Resolution.body == body, Obligation.id != earlier.id,
               Obligation.resolution_id != earlier.resolution_id)
        .options(selectinload(Obligation.paragraph), selectinload(Obligation.resolution))
    ).all()
    mine = mandate_names(f"{earlier.deliverable or ''} {earlier.paragraph.text}")
    found = [
        o for o in rows
        if adopted_before(earlier.resolution, o.resolution) and (
            o.id == earlier.renewed_by_id
            or _same_mandate(mine, mandate_names(f"{o.deliverable or ''} {o.paragraph.text}"))
            >= MANDATE_SIMILARITY
        )
    ]
    found.sort(key=lambda o: (o.resolution.adopted_on or dt.date.min, o.resolution.session or 0,
                              o.resolution_id, o.paragraph.position), reverse=True)
    chosen = found[:limit]
    if earlier.renewed_by is not None and earlier.renewed_by not in chosen:
        chosen.append(earlier.renewed_by)
    return chosen


def find_mandate(session: Session, symbol: str, paragraph: str) -> Obligation:
    """The mandate of paragraph ``paragraph`` (as printed, "3", or its eId, "annex_1__para_7") of
    the resolution ``symbol``, for an officer naming a renewal that is not among the candidates."""
    from tracker.services.importing.plan import symbol_variants

    symbol, paragraph = (symbol or "").strip(), (paragraph or "").strip()
    if not symbol or not paragraph or len(symbol) > 80 or len(paragraph) > 120:
        raise Invalid("give the resolution's symbol and the paragraph's number",
                      code="renewal_symbol_paragraph", field="symbol")
    resolution = session.scalar(select(Resolution).where(Resolution.symbol.in_(symbol_variants(symbol))))
    if resolution is None:
        resolution = session.scalar(select(Resolution).where(func.upper(Resolution.symbol) == symbol.upper()))
    if resolution is None:
        raise Invalid(f"no resolution {symbol}", code="renewal_no_resolution", field="symbol", symbol=symbol)
    found = session.scalars(
        select(Obligation).join(Paragraph, Paragraph.id == Obligation.paragraph_id)
        .where(Obligation.resolution_id == resolution.id, Paragraph.removed_at.is_(None),
               or_(Paragraph.number == paragraph, Paragraph.eid == paragraph))
        .order_by(Obligation.has_mandate.desc(), Paragraph.position, Obligation.occurrence)
    ).first()
    if found is None or not found.has_mandate:
        raise Invalid(f"no mandate in paragraph {paragraph} of {resolution.symbol}",
                      code="renewal_no_mandate", field="paragraph", symbol=resolution.symbol, n=paragraph)
    return found
