"""``parse(data, filename)``: any input -> :class:`ParsedResolution` through one code path."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from .annexes import read_annexes
from .deadlines import (
    bodies_named,
    date_held_days,
    date_next_reports,
    date_reports_pointed_back,
    find_deadlines,
    link_expiries,
    link_session_dates,
    marked_due,
    names_a_numbered_report,
)
from .gazetteer import Gazetteer
from .kinds import (
    classify,
    clause_kind,
    clauses,
    continuing,
    functions_listed,
    goes_on_under,
    introducing_clause,
    kind_under,
    with_expiry,
)
from .layout import Layout, lay_out, split_markers, unmarked
from .metadata import read_heading
from .phrases import (
    PhraseAnalysis,
    analyse,
    asked_in_the_active,
    asked_of_its_subject,
    first_person_actors,
    first_person_kind,
    in_first_person,
    measures_listed,
    operative_phrase,
    resolve_named_in_paragraph,
    resolve_short_names,
    speakers_from,
)
from .readers import read_input
from .references import find_references
from .structure import (
    RawOperative,
    RawSub,
    Skeleton,
    build_skeleton,
    in_english,
    named_resolution,
    nest_items,
)
from .types import (
    Annex,
    Deadline,
    Footnote,
    ObligationKind,
    OperativeParagraph,
    ParsedResolution,
    ParseError,
    PreambularParagraph,
    SubParagraph,
)

#: "… To that end we:", "… we commit to:": the sub-paragraphs are what the speakers say
_SAID_WE = re.compile(r"\b[Ww]e(?:\s+\w+){0,2}\s*:$")
#: two or more spaces (``\s{2,}``, written so that the engine can jump to the first space)
_SPACES = re.compile(r"\s\s+")


def _strip_markers(text: str) -> tuple[str, list[str]]:
    if "\ue000" not in text:
        return (_SPACES.sub(" ", text).strip() if "  " in text else text.strip()), []
    clean, markers = split_markers(text)
    return _SPACES.sub(" ", clean).strip(), markers


def parse(
    data: bytes | str,
    filename: str | None = None,
    *,
    gazetteer: Gazetteer | None = None,
) -> ParsedResolution:
    """Parse one resolution. Raises :class:`ParseError` (one line: what and where)."""
    return parse_source(data, filename, gazetteer=gazetteer)[0]


def parse_source(
    data: bytes | str,
    filename: str | None = None,
    *,
    gazetteer: Gazetteer | None = None,
) -> tuple[ParsedResolution, str]:
    """Parse one resolution and return it with the text it was read from (a PDF's or DOCX's
    extracted text, a text file's decoded text): what an import keeps as the source."""
    text, fmt = read_input(data, filename)
    try:
        return _parse_text(text, fmt, filename, gazetteer or Gazetteer.default()), text
    except ParseError:
        raise
    except RecursionError:  # pragma: no cover - pathological nesting
        raise ParseError("input too deeply nested to parse") from None


def _parse_text(text: str, fmt: str, filename: str | None, gazetteer: Gazetteer) -> ParsedResolution:
    layout: Layout = lay_out(text)
    if not layout.blocks:
        raise ParseError("empty input: no text after removing page headers and markup")
    layout.blocks = named_resolution(in_english(layout.blocks, text), layout.lines, filename)
    skeleton = build_skeleton(layout.blocks, filename, layout.lines)
    if skeleton.preamble_line is None and not skeleton.operative:
        raise ParseError(
            "not a resolution: no 'The General Assembly,' (or other body) opening and no "
            "numbered operative paragraphs found"
        )
    front = layout.lines[: max(0, skeleton.front_end_line - 1)]
    heading = read_heading(front, skeleton.tail, skeleton.symbol)
    if not skeleton.operative:
        where = skeleton.last_line or skeleton.preamble_line
        raise ParseError(
            "no operative paragraphs found after the preamble (text ends or stops being "
            "a resolution there)", line=where,
        )
    if heading.symbol is None:
        raise ParseError(
            "not a resolution: no symbol (A/RES/…, S/RES/…, A/HRC/RES/…, E/RES/…) in the "
            "heading, the title or the file name", line=1,
        )
    if heading.body is None:
        heading.body = "GA"
    body, session = heading.body, heading.session
    warnings = list(skeleton.warnings)

    if fmt == "text":
        source_format = "markdown-text" if layout.markdown else ("pdf-text" if layout.pdf_text else "text")
    else:
        source_format = fmt
    preambular = _preambular(skeleton, body)
    part_of = _parts(skeleton.operative)

    # --- operative paragraphs --------------------------------------------------------------
    context = context_of(heading.title, [p.text for p in preambular], [op.intro for op in skeleton.operative],
                         body=body, session=session, adopted_on=heading.adopted_on, gazetteer=gazetteer)
    voices = operative_voices(context, [raw.intro for raw in skeleton.operative])
    operative = [
        _paragraph(raw, f"para_{raw.number}" if not part else f"part_{part}__para_{raw.number}",
                   part, warnings, context, *voices[k],
                   chapeau=chapeau_of(raw.lead_in) if raw.lead_in else context.chapeau)
        for k, (raw, part) in enumerate(zip(skeleton.operative, part_of, strict=True))
    ]
    annexes = _annexes(layout, skeleton, warnings, context)
    annexed = [p for annex in annexes for p in annex.paragraphs]
    read_together(context, [operative, annexed],
                  [heading.title, *(p.text for p in preambular), *(op.text for op in [*operative, *annexed])],
                  heading.symbol, _after_closing(layout, skeleton))
    _check_numbering(operative, warnings)
    _check_truncation(skeleton, operative, layout)

    footnotes = _footnotes(layout, [*preambular, *operative, *annexed])
    references = _references(heading.draft_symbols, [*preambular, *operative, *annexed], footnotes, body)

    return ParsedResolution(
        symbol=heading.symbol, body=body, session=session, adopted_on=heading.adopted_on,
        title=heading.title, agenda_items=heading.agenda_items, meeting=heading.meeting,
        draft_symbols=heading.draft_symbols, committee_note=heading.committee_note,
        distributed_on=heading.distributed_on, preambular=preambular, operative=operative,
        footnotes=footnotes, annexes=annexes, references=references, source_format=source_format,
        warnings=warnings,
    )


def _preambular(skeleton: Skeleton, body: str) -> list[PreambularParagraph]:
    out: list[PreambularParagraph] = []
    for n, raw in enumerate(skeleton.preambular, start=1):
        clean, markers = _strip_markers(raw.text)
        out.append(PreambularParagraph(
            number=n, text=clean, eid=f"recital_{n}", footnotes=markers,
            references=find_references(clean, body=body),
        ))
    return out


def _parts(operative: list[RawOperative], *, first_in_none: bool = False) -> list[str | None]:
    """Each operative paragraph's part: lettered parts always; sections only when the numbering
    restarts (else lettered A, B … at each restart; ``first_in_none``: the paragraphs before the
    first restart or section in none, as an annexed instrument's opening paragraphs are)."""
    restarts = any(op.number == "1" for op in operative[1:])
    # a letter given is never a printed part's: "1.–10." of A/RES/75/245, before "A / Base/floor
    # salary scale", are in no part (part A's would have two paragraphs 1)
    printed = {op.part_letter for op in operative if op.part_letter}
    part_of: list[str | None] = []
    auto = 0
    for k, op in enumerate(operative):
        if op.part_letter:
            part_of.append(op.part_letter)
        elif restarts:
            if op.section:
                part_of.append(op.section)
            else:
                if k == 0 or op.number == "1":
                    auto += 1
                opening = first_in_none and auto == 1 and not any(part_of)
                part_of.append(None if opening or chr(64 + auto) in printed else chr(64 + auto))
        else:
            part_of.append(None)
    return part_of


def _annexes(layout: Layout, skeleton: Skeleton, warnings: list[str], context: Context) -> list[Annex]:
    """Annexed instruments: numbered as printed, never part of the operative numbering."""
    annexes: list[Annex] = []
    for raw_annex in read_annexes(layout.blocks, skeleton.tail_start):
        annex_warnings = list(raw_annex.warnings)
        voices = annex_voices([raw.intro for raw in raw_annex.paragraphs], raw_annex.after_we)
        # an instrument numbered anew in each of its sections ("I. Measures to address the
        # conditions conducive …  1. …", A/RES/60/288's plan of action) has parts, as a
        # resolution does: its eIds name them ("annex_1__part_II__para_1")
        prefix = f"annex_{raw_annex.number}__"
        parts = _parts(raw_annex.paragraphs, first_in_none=True)
        annex = Annex(raw_annex.number, raw_annex.title, [
            _paragraph(raw, f"{prefix}{f'part_{parts[k]}__' if parts[k] else ''}para_{raw.number}",
                       parts[k], annex_warnings, context, *voices[k])
            for k, raw in enumerate(raw_annex.paragraphs)
        ])
        warnings.extend(f"annex {raw_annex.number}: {w.replace('operative ', '')}"
                        for w in annex_warnings)
        _check_numbering(annex.paragraphs, warnings, f"annex {raw_annex.number} numbering")
        annexes.append(annex)
    return annexes


def _after_closing(layout: Layout, skeleton: Skeleton) -> list[str]:
    """The words of what the resolution prints after its closing lines, its annexes, read as instruments
    or not, which may name in full a body its paragraphs name by a short name: "the Monitoring Team shall
    operate under the direction of the Committee established pursuant to resolution 1267 (1999)" (S/RES/1904
    (2009) annex I, the team's terms of reference)."""
    if skeleton.tail_start is None:
        return []
    return [unmarked(block.text) for block in layout.blocks[skeleton.tail_start:]]


def _footnotes(layout: Layout, paragraphs: list) -> list[Footnote]:
    """The footnotes, each with the eIds of the paragraphs that cite it."""
    footnotes: list[Footnote] = []
    by_marker: dict[str, Footnote] = {}
    for raw_fn in layout.footnotes:
        ftext, _ = _strip_markers(raw_fn.text)
        fn = Footnote(marker=raw_fn.marker, text=ftext)
        footnotes.append(fn)
        by_marker.setdefault(raw_fn.marker, fn)
    for para in paragraphs:
        for marker in para.footnotes:
            fn = by_marker.get(marker)
            if fn is not None and para.eid not in fn.cited_by:
                fn.cited_by.append(para.eid)
    return footnotes


def _references(drafts: list[str], paragraphs: list, footnotes: list[Footnote], body: str) -> list[str]:
    """Every document symbol cited: the drafts, then the paragraphs', then the footnotes', once each."""
    references: list[str] = list(drafts)
    for item in paragraphs:
        for ref in item.references:
            if ref not in references:
                references.append(ref)
    for fn in footnotes:
        for ref in find_references(fn.text, body=body):
            if ref not in references:
                references.append(ref)
    return references


#: a paragraph of a declaration adopted as the resolution itself, in its speakers' voice ("We
#: request the Secretary-General …", "We resolve to …": A/RES/60/1, A/RES/55/2), read as an
#: annexed declaration's
_SPOKEN = re.compile(r"We[ ,]")
#: the operative phrase every numbered paragraph continues, written once before them: "The General
#: Assembly / Resolves that: / 1. The Working Capital Fund shall be established …" (A/RES/80/246)
#: (or, in an early resolution, its part's own: "Therefore, the General Assembly resolves that: /
#: 1. The Secretary-General shall take immediate steps …", A/RES/13 (I))
_CHAPEAU = re.compile(
    r"(?:(?:Therefore|Accordingly),?\s+)?(?:[Tt]he\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+"
    r"Social\s+Council|Human\s+Rights\s+Council|Assembly|Council)\s+)?"
    r"((?:[A-Z][a-z]+\s+)?(?:[Rr]esolves|[Dd]ecides|[Aa]grees)(?:\s+further|\s+also)?(?:\s+that)?)\s*:\s*$"
)


def chapeau_of(words: str) -> str:
    """The operative phrase ``words`` write once before the paragraphs ("Resolves that"), or ""."""
    m = _CHAPEAU.match(words)
    return m.group(1)[0].upper() + m.group(1)[1:] if m else ""


#: a paragraph's first word that is no name: written in lower case after the chapeau ("Resolves
#: that the Working Capital Fund …", not "that Member States …")
_COMMON_OPENING = re.compile(r"(?:The|There|This|These|Such|Any|Each|All|Should|If|In|Subject)\b")


def _as_asked(said: str, chapeau: str = "") -> tuple[str, str | None]:
    """What words without an operative phrase of their own ask, as the phrase that would ask it and
    the words it governs, and "should" where they ask in that word: "The Secretary-General is requested
    to …" asks as "Requests the Secretary-General to …", "The Government of Pakistan should undertake …"
    as a call upon it would; under a chapeau ("Resolves that:"), they continue it. Other words as
    they are. The one reading of a paragraph's words and of a sub-paragraph's that speaks for itself."""
    if not said or operative_phrase(said)[0] is not None:
        return said, None
    active = asked_in_the_active(said)
    modal = None
    if active is None and not chapeau:
        active = asked_of_its_subject(said)
        modal = "should" if active is not None else None
    if active is not None:
        return f"{active[0]} {_continuing(active[1])}", modal
    if chapeau:
        return f"{chapeau} {_continuing(said)}", None
    return said, None


def _continuing(words: str) -> str:
    """``words`` after a phrase written before them: their first word in lower case unless a name."""
    return f"{words[0].lower() if _COMMON_OPENING.match(words) else words[0]}{words[1:]}"


class Context(NamedTuple):
    """What every paragraph of one resolution is read with, besides its own words: the adopting
    body, its session and the adoption date (what "the next session" and "within six months" count
    from), the register's names as this body and this resolution use them, the bodies it names in
    full (what "the Commission" of a deadline stands for), whether its paragraphs are a declaration
    in its speakers' voice, and the operative phrase written once before them. One way through for
    the text parser and for an Akoma Ntoso file that carries no analysis of ours (:mod:`.akn`)."""

    body: str
    session: int | None
    adopted_on: dt.date | None
    gazetteer: Gazetteer
    named: Any
    declared: bool
    chapeau: str

    def read(self, intro: str, full: str, subparagraphs: list[SubParagraph], *, we: str = "",
             listed: bool = False, chapeau: str = "") -> Reading:
        """One numbered paragraph read in this resolution's context (:func:`read_paragraph`)."""
        return read_paragraph(intro, full, subparagraphs, body=self.body, session=self.session,
                              gazetteer=self.gazetteer, we=we, listed=listed, chapeau=chapeau,
                              adopted_on=self.adopted_on, named=self.named)


def context_of(title: str, preambular: list[str], intros: list[str], *, body: str, session: int | None,
               adopted_on: dt.date | None, gazetteer: Gazetteer) -> Context:
    """The context of a resolution's paragraphs (:class:`Context`) from its title, its preambular
    paragraphs and its operative paragraphs' words before their sub-paragraphs."""
    # the bodies the resolution names in full: what "the Commission" stands for in a deadline
    # and the entities: what "the High Commissioner" stands for
    texts = [title, *preambular, *intros]
    gazetteer = gazetteer.for_body(body).for_resolution(texts)
    # a declaration adopted as the resolution's own text, its speakers named before its paragraphs
    # ("Adopts the following political declaration …: … We, Heads of State and Government …, 1.
    # Reaffirm …"): every paragraph is in their voice, not only those that open with "We"
    declared = bool(preambular) and _SPOKEN.match(preambular[-1]) is not None
    return Context(body, session, adopted_on, gazetteer, bodies_named(texts), declared,
                   chapeau_of(preambular[-1]) if preambular else "")


def operative_voices(context: Context, intros: list[str]) -> list[tuple[str, bool]]:
    """Each operative paragraph's voice for :meth:`Context.read`: ``(we, listed)``."""
    listed = measures_listed(intros)
    return [("we" if context.declared or _SPOKEN.match(intro) else "", context.declared and listed[k])
            for k, intro in enumerate(intros)]


def annex_voices(intros: list[str], after_we: bool = False) -> list[tuple[str, bool]]:
    """Each paragraph of an annexed instrument's voice, that of the States adopting it (``after_we``:
    each continues "… in this regard we:")."""
    return [("after_we" if after_we else "we", listed) for listed in measures_listed(intros)]


def read_together(context: Context, groups: list[list[OperativeParagraph]], texts: list[str],
                  symbol: str | None, annexes: list[str] | None = None) -> None:
    """What a resolution's paragraphs say of one another, once all are read: the expiries and
    session dates linked within each group (the operative paragraphs, an annex's), a report pointed
    back to dating the paragraph that adds to it (``date_reports_pointed_back``), the short names
    ("the Committee", "the Special Rapporteur") given the full names the resolution writes
    (``texts``: its title, preambular paragraphs and paragraphs' full words; ``annexes``: the words it
    prints after its closing lines, where a short name its paragraphs leave open may be named in full)."""
    for paragraphs in groups:
        link_expiries([op.deadlines for op in paragraphs])
        link_session_dates([op.deadlines for op in paragraphs])
        date_held_days([op.deadlines for op in paragraphs])
        date_reports_pointed_back(paragraphs)
        date_next_reports(paragraphs)
    actor_lists = [op.actors for paragraphs in groups for op in paragraphs]
    resolve_short_names(actor_lists, texts, context.gazetteer, symbol)
    if annexes:
        # (the one body of that name an annex names, not the one it names most: what follows a resolution's
        # closing lines may be another's text, E/RES/920 (XXXIV)'s extract of a committee's report)
        resolve_short_names(actor_lists, texts + annexes, context.gazetteer, symbol, most_written=False)
    for paragraphs in groups:
        for op in paragraphs:
            resolve_named_in_paragraph(op.actors, op.text, context.gazetteer)


def _paragraph(raw: RawOperative, eid: str, part: str | None, warnings: list[str], context: Context,
               we: str, listed: bool, chapeau: str = "") -> OperativeParagraph:
    """One numbered paragraph, operative or of an annexed instrument, read by
    :func:`read_paragraph`."""
    subs_raw = nest_items(raw, warnings) if raw.items else []
    all_markers: list[str] = []
    intro, markers = _strip_markers(raw.intro)
    all_markers += markers
    subparagraphs, sub_texts = _build_subs(subs_raw, eid, all_markers)
    full = " ".join(p for p in [intro, *sub_texts] if p)
    reading = context.read(intro, full, subparagraphs, we=we, listed=listed, chapeau=chapeau)
    quoted, markers = _strip_markers(raw.quoted)  # its words, not what it asks
    all_markers += markers
    text = f"{full} {quoted}" if quoted else full
    return OperativeParagraph(
        number=raw.number, text=text, action=reading.action, kind=reading.kind,
        actors=reading.actors, deliverable=reading.deliverable, deadlines=reading.deadlines,
        subparagraphs=subparagraphs, part=part, eid=eid,
        footnotes=list(dict.fromkeys(all_markers)),
        references=find_references(text, body=context.body), confidence=reading.confidence,
        line=raw.line, unnumbered=raw.unnumbered, asks_from=reading.asked_from(text),
    )


class Reading(NamedTuple):
    """What a paragraph asks, of whom, and by when (DESIGN §1), as its words say."""

    action: str | None
    kind: ObligationKind
    actors: list[str]
    deliverable: str | None
    deadlines: list[Deadline]
    confidence: dict[str, float]
    #: the words from the first clause of its kind on, when that is not its operative phrase's
    asking: str = ""

    def asked_from(self, text: str) -> int:
        """Where in ``text``, the paragraph's words as kept, the clause that asks what it asks is said:
        0 at its start, or where its words, read in another voice, are not found."""
        return max(text.find(self.asking[:_ASKING_FOUND_BY]), 0) if self.asking else 0


#: how many of the asking clause's words find it in the paragraph's (its own first words are enough)
_ASKING_FOUND_BY = 80


def read_paragraph(intro: str, full: str, subparagraphs: list[SubParagraph], *, body: str,
                   session: int | None, gazetteer: Gazetteer, we: str = "", listed: bool = False,
                   chapeau: str = "", adopted_on: dt.date | None = None, named=None) -> Reading:
    """Read one numbered paragraph, operative or of an annexed instrument: the parser's reading of
    the texts it lays out, and of an Akoma Ntoso file's paragraphs that carry no analysis of ours.
    ``intro``: its words before its sub-paragraphs; ``full``: all its words, ``intro`` first;
    ``subparagraphs`` get their own kinds where they ask something else. ``we``: in the voice of
    the States adopting it, "after_we" where each paragraph continues "… in this regard we:";
    ``listed``: one of the declaration's measures written as infinitives, ``measures_listed``;
    ``chapeau``: the operative phrase written once before the paragraphs, "Resolves that", which a
    paragraph without its own continues."""
    said = in_first_person(intro, we == "after_we", listed) if we else intro
    # "should": the paragraph's own word where it asks with no operative phrase
    said, modal = _as_asked(said, chapeau)
    if not intro and subparagraphs:
        # "14. (a) Underlines the need …; (b) calls on the FGS to …" (S/RES/2592 (2021)): no words
        # before the sub-paragraphs, each says its own operative phrase; read as one sentence
        after_intro = " ".join(_own_words(subparagraphs))
        if not said:  # "10. (a) The Government of India should agree …" (S/RES/47 (1948) A): as asked
            after_intro, modal = _as_asked(after_intro)
    else:
        after_intro = full[len(intro):].lstrip() if full.startswith(intro) else ""
    analysed = " ".join(p for p in (said, after_intro) if p)
    phrase = analyse(analysed, body=body, gazetteer=gazetteer)
    kind = _kinds_of_subs(phrase, said, subparagraphs, gazetteer)
    if we:
        kind = first_person_kind(phrase.action, kind, analysed[phrase.offset :])
    deadlines = find_deadlines(
        full, body=body, session=session,
        include_annual_report=kind == ObligationKind.REPORT,
        adopted_on=adopted_on, named=named,
        # the clauses the speakers say, read as "We …" as ``in_first_person`` reads them
        spoken_from=speakers_from(intro, we == "after_we", listed) if we and not intro.startswith(
            ("We ", "We,")) else None,
        items=_item_spans(full, subparagraphs),
    )
    if not deadlines and continuing(phrase.action, said[phrase.offset :], gazetteer) and (
            not names_a_numbered_report(said)):
        # asked to go on, with no date, nor a report named by its number, that makes a product of it (its
        # sub-paragraphs too, where they go on as the words before them do)
        kind = (ObligationKind.EXHORTATION if not subparagraphs
                else _going_on(phrase, said, subparagraphs, kind, gazetteer) if intro and not we else kind)
    kind = with_expiry(kind, deadlines, bool(subparagraphs), full)
    # (a deliverable beside standing work its sub-paragraphs ask falls due first: ``marked_due``)
    beside = kind in (ObligationKind.REPORT, ObligationKind.ACTION) and bool(intro) and _beside_standing(
        subparagraphs, phrase.deliverable)
    deadlines = marked_due(full, deadlines, phrase.deliverable if beside else None, len(intro))
    actors = first_person_actors(phrase.action, phrase.actors, body, phrase.asked,
                                 analysed[phrase.offset :]) if we else phrase.actors
    speaking = (subparagraphs if not intro else [s for s in subparagraphs if _says_its_own_phrase(s)]
                ) if not we else []
    if speaking:
        # each sub-paragraph asks whom its own phrase asks ("(a) … demands all parties to the
        # conflict to …; (b) calls upon the FGS to …", S/RES/2592 (2021) 11; "Affirms its commitment
        # …; and, (a) requests the Secretary-General to submit …", S/RES/2776 (2025) 48): those the
        # asking ones address, in order, after those the words before them ask (the declaratory ones
        # name the Council itself)
        asked = [analyse(_as_asked(_said_by(sub))[0], body=body, gazetteer=gazetteer) for sub in speaking]
        before = actors if intro and phrase.kind != ObligationKind.DECLARATORY else []
        actors = list(dict.fromkeys([*before, *(a for r in asked if r.kind != ObligationKind.DECLARATORY
                                                for a in r.actors)])) or actors
    confidence = dict(phrase.confidence)
    if kind == ObligationKind.DECLARATORY:
        # nothing is asked of anyone (DESIGN §1): those it notes, welcomes or recalls are no owners
        # ("Takes note of the report of the Secretary-General"), nor is the body that says it; as
        # sure as its kind
        actors = []
        confidence["actors"] = confidence["kind"]
    confidence["deadline"] = 0.9 if deadlines else 0.6
    asking = analysed[phrase.asks_at:] if phrase.asks_at and ObligationKind.DECLARATORY not in (
        kind, phrase.kind) else ""
    return Reading(modal or phrase.action, kind, actors, phrase.deliverable, deadlines, confidence, asking)


def _kinds_of_subs(phrase: PhraseAnalysis, intro: str, subs: list[SubParagraph], gazetteer: Gazetteer
                   ) -> ObligationKind:
    """Give each sub-paragraph that asks something else than its paragraph its own kind; the
    paragraph's kind is the most demanding of all."""
    if not subs:
        return phrase.kind
    rest = intro[phrase.offset :] if phrase.offset <= len(intro) else ""
    said_we = _SAID_WE.search(intro[-20:]) is not None
    lead = introducing_clause(phrase.action, rest)
    found: list[tuple[SubParagraph, ObligationKind]] = []
    #: no words before the sub-paragraphs ("14. (a) Underlines …"): the top level speaks for itself
    speaking = {id(sub) for sub in subs} if not intro else set()

    def walk(items: list[SubParagraph]) -> None:
        for sub in items:
            if id(sub) in speaking or (lead is not None and _says_its_own_phrase(sub)):
                # no words before them: each top-level sub-paragraph says its own operative phrase
                # ("(b) calls on the FGS to …"), its own sub-paragraphs continue it
                # ("(a) The Government of India should agree that …", S/RES/47 (1948) A 10: asked as the
                # paragraph would ask it)
                written = _said_by(sub)
                said = _as_asked(written)[0]
                action, offset, _conf = operative_phrase(said)
                own = sub.text[offset:] if said == written else said[offset : len(said) - len(
                    " ".join(_own_words(sub.subparagraphs)))].rstrip()
                found.append((sub, classify(action, own, gazetteer)[0]))
                found.extend((child, kind_under(introducing_clause(action, own), child.text, gazetteer))
                             for child in _walked(sub.subparagraphs))
                continue
            if sub.text.startswith("We ") or (said_we and (sub.text[:1].isupper() or lead is None)):
                # "To strengthen …: (a) We will …", "To that end we: (a) Affirm …", "Stressing …,
                # we: (a) note with appreciation …; (b) request …": the sub-paragraph speaks for
                # itself
                text = sub.text if sub.text.startswith("We ") else f"We {sub.text[0].lower()}{sub.text[1:]}"
                action, offset, _conf = operative_phrase(text)
                found.append((sub, first_person_kind(action, classify(action, text[offset:], gazetteer)[0],
                                                     text[offset:])))
            else:
                found.append((sub, kind_under(lead, sub.text, gazetteer)))
            walk(sub.subparagraphs)

    walk(subs)
    # (a standing body's functions listed: the clauses before the one that lists them, not all its words
    # as one clause, say what they ask besides the list; "Also decides that the commission of inquiry
    # shall:" nothing of its own)
    own = ObligationKind.most_demanding(
        clause_kind(verb, words, gazetteer) for verb, words in clauses(phrase.action, rest)
        if (verb, words) != lead) if lead is not None and functions_listed(lead) else phrase.kind
    kind = ObligationKind.most_demanding([own, *(k for _s, k in found)])
    for sub, sub_k in found:
        if sub_k != kind:
            sub.kind = sub_k
    return kind


def _going_on(phrase: PhraseAnalysis, said: str, subs: list[SubParagraph],
              kind: ObligationKind, gazetteer: Gazetteer) -> ObligationKind:
    """The kind of a paragraph whose words before its sub-paragraphs only ask to go on (:func:`continuing`;
    its kind so far ``kind``): a standing call, unless a sub-paragraph read under them asks more than to go on
    (:func:`goes_on_under`) or says its own phrase, which keeps its kind ("Requests that, …, UNIOGBIS and the
    Special Representative continue to assist, coordinate and lead international efforts in the following
    areas …: (a) Providing support to the Government …", S/RES/2512 (2020) 5)."""
    lead = introducing_clause(phrase.action, said[phrase.offset :])
    found: list[tuple[SubParagraph, ObligationKind]] = []

    def walk(items: list[SubParagraph]) -> None:
        for sub in items:
            own = sub.kind or kind
            if _says_its_own_phrase(sub) or sub.text.startswith("We "):
                found.extend((s, s.kind or kind) for s in (sub, *_walked(sub.subparagraphs)))
                continue
            if own in (ObligationKind.REPORT, ObligationKind.ACTION) and goes_on_under(
                    lead, sub.text, gazetteer):
                own = ObligationKind.EXHORTATION
            found.append((sub, own))
            walk(sub.subparagraphs)

    walk(subs)
    kind = ObligationKind.most_demanding([ObligationKind.EXHORTATION, *(k for _s, k in found)])
    for sub, sub_k in found:
        sub.kind = sub_k if sub_k != kind else None
    return kind


def _says_its_own_phrase(sub: SubParagraph) -> bool:
    """A sub-paragraph that opens with an operative phrase of its own, after words that lead to it
    ("Affirms its commitment …; and, (a) requests the Secretary-General to submit …, (b) expresses
    its intention …", S/RES/2776 (2025) 48): it asks what its phrase asks, not what the words before
    it do (not a task named by a noun that is also a verb: "(c) Support to the political process")."""
    confidence = operative_phrase(sub.text)[2]
    return confidence >= _OWN_PHRASE_CONFIDENCE or (
        confidence >= _AFTER_AN_INTRODUCTION and _INTRODUCED.match(sub.text) is not None) or (
        asked_in_the_active(sub.text) is not None)  # "(n) The Secretariat is requested to continue to …"


#: how sure the operative phrase of a sub-paragraph must be to be its own: a verb, not a noun
_OWN_PHRASE_CONFIDENCE = 0.9
#: … or a verb after an introductory clause of its own, led as a preambular paragraph is ("(a) Bearing in
#: mind paragraph 5 (b) of its resolution 77/109 …, invites Member States to focus their comments …",
#: A/RES/78/111 6; "(h) Reaffirming the practice that …, and in this regard requests the Secretariat to
#: explore options", A/RES/80/11 1); not a task a list names by its gerund ("(v) Taking effective
#: measures …", "(a) Establishing … a comprehensive integrated national plan", A/RES/69/147 20)
_AFTER_AN_INTRODUCTION = 0.75
_INTRODUCED = re.compile(
    r"(?:Bearing\s+in\s+mind|Taking\s+(?:into\s+account|note)|Recalling|Noting|Acting|Recogni[sz]ing|Reaffirming|"
    r"Reiterating|Stressing|Emphasi[sz]ing|Underlining|Acknowledging|Welcoming|Having|Considering|Mindful|"
    r"Convinced|Guided|Aware|Conscious)\b")


#: what a sub-paragraph asks that falls due at no time of its own
_STANDING_SUB = frozenset({ObligationKind.EXHORTATION, ObligationKind.MANDATE, ObligationKind.DECLARATORY})


def _beside_standing(subs: list[SubParagraph], deliverable: str | None) -> bool:
    """Whether a sub-paragraph names the paragraph's deliverable and every other one asks only a standing
    call, a mandate or nothing (its own kind, :func:`_kinds_of_subs`): the paragraph's words before them
    then date no deliverable but that one."""
    if not deliverable:
        return False
    flat = _walked(subs)
    holders = [s for s in flat if deliverable in s.text]
    return bool(holders) and all(s.kind in _STANDING_SUB for s in flat if deliverable not in s.text)


def _walked(subs: list[SubParagraph]) -> list[SubParagraph]:
    """Every sub-paragraph, depth first."""
    return [s for sub in subs for s in (sub, *_walked(sub.subparagraphs))]


def _own_words(subs: list[SubParagraph]) -> list[str]:
    """The sub-paragraphs' words without their labels, depth first."""
    return [s.text for s in _walked(subs)]


def _item_spans(full: str, subs: list[SubParagraph]) -> list[tuple[int, int]]:
    """Where each sub-paragraph, with its own, stands in its paragraph's words ``full`` ("(a) …",
    depth first, as :func:`_build_subs` writes them); those not found there are left out."""
    spans: list[tuple[int, int]] = []
    at = 0

    def walk(items: list[SubParagraph]) -> None:
        nonlocal at
        for sub in items:
            start = full.find(f"({sub.label}) {sub.text}", at)
            if start < 0:
                continue
            at = start + len(sub.label) + 3 + len(sub.text)
            walk(sub.subparagraphs)
            spans.append((start, at))

    walk(subs)
    return spans


def _said_by(sub: SubParagraph) -> str:
    """A sub-paragraph that says its own operative phrase, with its own sub-paragraphs, as a
    paragraph would say it: "(b) calls on the FGS to …" reads "Calls on the FGS to …"."""
    words = " ".join(_own_words([sub]))
    return f"{words[:1].upper()}{words[1:]}"


def _build_subs(subs: list[RawSub], parent_eid: str, markers: list[str]
                ) -> tuple[list[SubParagraph], list[str]]:
    out: list[SubParagraph] = []
    texts: list[str] = []
    for sub in subs:
        clean, found = _strip_markers(sub.text)
        markers += found
        eid = f"{parent_eid}__point_{sub.label}"
        children, child_texts = _build_subs(sub.children, eid, markers)
        out.append(SubParagraph(label=sub.label, text=clean, eid=eid, subparagraphs=children))
        texts.append(f"({sub.label}) {clean}")
        texts.extend(child_texts)
    return out, texts


def _check_numbering(operative: list[OperativeParagraph], warnings: list[str],
                     what: str = "operative numbering") -> None:
    """Each part's numbering must run 1, 2, 3 ... ; say precisely where it does not."""
    seen: dict[str | None, list[int]] = {}
    for para in operative:
        seen.setdefault(para.part, []).append(int(para.number) if para.number.isdigit() else -1)
    for part, numbers in seen.items():
        where = f" in part {part}" if part else ""
        expected = 1
        for n in numbers:
            if n != expected:
                msg = f"{what}{where} is not consecutive: {n} where {expected} was expected"
                if not any(msg in w for w in warnings) and not any(
                    w.startswith((f"operative paragraph {n} follows",
                                  f"operative numbering starts at {n}")) for w in warnings
                ):
                    warnings.append(msg)
            expected = n + 1


def _check_truncation(skeleton, operative: list[OperativeParagraph], layout: Layout) -> None:
    if skeleton.ended_cleanly:
        return
    last = operative[-1]
    tail = last.text.rstrip(" ”\"’')]*-_=|")
    if tail and tail[-1] not in ".;:!?" and not tail[-1].isdigit():
        raise ParseError(
            f"truncated input: operative paragraph {last.number} stops mid-sentence "
            f"(\u2026{tail[-40:]!r}) and nothing follows", line=last.line,
        )
