"""Akoma Ntoso (AKN4UN) read back into a ``ParsedResolution``: no database, no Flask.

What the import service's ``import_file`` calls for an ``.xml`` file, and where the names of the
convention live for the writer too (:mod:`tracker.services.akn`):

- FRBR URIs after the AKN naming convention: the Work
  ``/akn/un/statement/deliberation/<author>/<adoption date>/<symbol>``, each level's ``FRBRthis``
  ending in ``/!main`` (the main component), the Expression adding ``/eng@``;
- eIds after AKN4UN: recitals ``rec_N``; points inside a ``list``, named with its level
  (``para_3__list_1__point_a``). The register keeps its own shorter eIds (``recital_N``,
  ``para_3__point_a``, which links and the parser use): :func:`akn_eid` and :func:`register_eid`
  translate, and files written with the old names still read.

A file from another producer reads too: points wrapped in ``<list>`` (with an ``intro`` and a
``wrapUp``), ``subparagraph`` used for points, no ``num``, no preface (the FRBR identification
then gives the symbol and date), no analysis of ours (the parser's phrase and deadline rules
analyse the words instead). No text is dropped: a paragraph whose words sit in elements this
reader does not know keeps them all.

An annexed instrument is an ``attachment`` whose document has numbered paragraphs: they read as
the parser reads an annex (eIds ``annex_1__para_4``, analysed in the voice of the States that
adopt it when the file carries no analysis of ours).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from lxml import etree

from tracker.parsing.references import find_references
from tracker.parsing.types import (
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

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
MT_NS = "urn:mandate-tracker:akn:1"
_A = "{" + AKN_NS + "}"
_M = "{" + MT_NS + "}"
#: the largest file read back (a resolution is a few hundred kilobytes at most)
MAX_BYTES = 20 * 1024 * 1024
#: elements that hold a paragraph's sub-paragraphs, as producers write them
_POINTS = (_A + "point", _A + "subparagraph", _A + "item")
_LISTS = (_A + "list", _A + "blockList")


# ---------------------------------------------------------------------- eIds


def akn_eid(eid: str) -> str:
    """The register's eId as AKN4UN names it: ``recital_4`` -> ``rec_4``; every point inside a
    list level: ``para_3__point_b__point_i`` -> ``para_3__list_1__point_b__list_1__point_i``."""
    if re.fullmatch(r"recital_\d+", eid):
        return "rec_" + eid.removeprefix("recital_")
    return "__".join(f"list_1__{part}" if part.startswith("point_") else part for part in eid.split("__"))


def register_eid(eid: str) -> str:
    """The inverse of :func:`akn_eid` (old names pass unchanged)."""
    if re.fullmatch(r"rec_\d+", eid):
        return "recital_" + eid.removeprefix("rec_")
    return "__".join(p for p in eid.split("__") if not re.fullmatch(r"list_\d+", p))


# ---------------------------------------------------------------------- reading


def is_akn(data: bytes | str) -> bool:
    head = data[:2000] if isinstance(data, bytes) else data[:2000].encode("utf-8", "replace")
    return b"<akomaNtoso" in head and AKN_NS.encode() in head


#: an XML declaration's encoding: ``<?xml version="1.0" encoding="ISO-8859-1"?>``
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")


def akn_source(data: bytes) -> str:
    """The document as text, decoded by the encoding it declares (UTF-8 when it declares none) and
    declared UTF-8 from then on, so that the text, stored and encoded again as UTF-8, reads back
    the same: a producer's ISO-8859-1 file keeps its accented letters."""
    declared = _DECLARED_ENCODING.match(data[:200])
    if declared is None:
        return data.decode("utf-8", errors="replace")
    try:
        text = data.decode(declared.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):  # what the parser read, it read: keep the rest marked
        return data.decode("utf-8", errors="replace")
    start, end = declared.span(1)
    return text[:start] + "UTF-8" + text[end:]  # the declaration is ASCII: its offsets hold in text


def _parse_xml(data: bytes | str) -> etree._Element:
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise ParseError("the Akoma Ntoso file is larger than 20 MB")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"not well-formed XML: {exc}", line=getattr(exc, "lineno", None)) from None
    if root.tag != _A + "akomaNtoso":
        raise ParseError("not an Akoma Ntoso document (no akomaNtoso root element)")
    return root


def _text(el: etree._Element | None, *, skip: tuple[str, ...] = ()) -> str:
    """An element's words without its footnotes (``authorialNote``), without the elements named in
    ``skip`` and without extra spaces."""
    if el is None:
        return ""
    parts: list[str] = []
    leave_out = (_A + "authorialNote", *skip)

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag not in leave_out:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join("".join(parts).split())


def _notes(el: etree._Element, into: dict[str, Footnote], eid: str) -> list[str]:
    markers = []
    for note in el.iter(_A + "authorialNote"):
        marker = note.get("marker") or str(len(into) + 1)
        fn = into.setdefault(marker, Footnote(marker=marker, text=_text(note)))
        if eid and eid not in fn.cited_by:
            fn.cited_by.append(eid)
        markers.append(marker)
    return markers


def _own_notes(el: etree._Element, into: dict[str, Footnote], eid: str) -> list[str]:
    """Footnotes in the element's own words (intro, content, wrap-up), not in its points."""
    markers: list[str] = []
    for child in _flattened(el):
        if child.tag not in _POINTS and child.tag != _A + "num":
            markers += _notes(child, into, eid)
    return markers


def _flattened(el: etree._Element) -> list[etree._Element]:
    """The element's children with any ``list`` container opened: its intro, points, wrap-up."""
    out: list[etree._Element] = []
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _LISTS:
            out.extend(_flattened(child))
        else:
            out.append(child)
    return out


def _split(el: etree._Element) -> tuple[str, list[etree._Element], str]:
    """(words before the points, the points, words after them) of a paragraph or point. Words in
    elements this reader does not know are kept: they count as before or after the points."""
    before: list[str] = []
    after: list[str] = []
    points: list[etree._Element] = []
    for child in _flattened(el):
        if child.tag in _POINTS:
            points.append(child)
        elif child.tag not in (_A + "num", _A + "heading", _A + "subheading"):
            (after if points else before).append(_text(child, skip=_POINTS))
    return " ".join(filter(None, before)), points, " ".join(filter(None, after))


def _points(el: etree._Element, notes: dict[str, Footnote], parent_eid: str) -> list[SubParagraph]:
    out = []
    for n, point in enumerate(_split(el)[1]):
        label = _text(point.find(_A + "num")).strip("() .") or _letter(n)
        eid = register_eid(point.get("eId") or "") or f"{parent_eid}__point_{label}"
        intro, _, wrap_up = _split(point)
        _own_notes(point, notes, eid)
        subs = _points(point, notes, eid)
        text = " ".join(filter(None, (intro, wrap_up))) if not subs else intro
        out.append(SubParagraph(label=label, text=text, eid=eid, subparagraphs=subs))
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + n) if n < 26 else str(n + 1)


def _joined(intro: str, subs: list[SubParagraph]) -> str:
    def texts(items: list[SubParagraph]) -> list[str]:
        out: list[str] = []
        for s in items:
            out.append(f"({s.label}) {s.text}")
            out.extend(texts(s.subparagraphs))
        return out

    tail = " ".join(texts(subs))
    if not tail or intro.endswith(tail):
        return intro
    return " ".join(p for p in (intro, tail) if p)


def _deadline(el: etree._Element) -> Deadline:
    return Deadline.from_dict({**el.attrib, "text": el.text or ""})


def parse_akn(data: bytes | str) -> ParsedResolution:
    """Read an AKN4UN resolution back. Raises ``ParseError`` (a ``ValueError``) on bad input."""
    root = _parse_xml(data)
    doc = root.find(_A + "statement")
    if doc is None:
        doc = next((c for c in root if isinstance(c.tag, str)), None)
    if doc is None:
        raise ParseError("the Akoma Ntoso document is empty")
    preface = doc.find(_A + "preface")
    record = doc.find(f"{_A}meta/{_A}proprietary/{_M}resolution")
    work = doc.find(f"{_A}meta/{_A}identification/{_A}FRBRWork")
    symbol = (_text(preface.find(f".//{_A}docNumber")) if preface is not None else "") or (
        record.get("symbol") if record is not None else "") or _work_value(work, "FRBRalias", "symbol") \
        or _work_value(work, "FRBRnumber")
    if not symbol:
        raise ParseError("no docNumber (the resolution's symbol) in the preface")
    from tracker.parsing.metadata import body_of_symbol

    body = (record.get("body") if record is not None else None) or body_of_symbol(symbol) or "GA"
    session = _session(preface, record, symbol)
    title = _text(preface.find(f".//{_A}docTitle")) if preface is not None else ""
    agenda = [_text(i) for i in preface.iter(_A + "inline") if i.get("name") == "agendaItem"] \
        if preface is not None else []

    analysis: dict[str, etree._Element] = {}
    for ob in doc.iterfind(f"{_A}meta/{_A}proprietary/{_M}obligation"):
        analysis[register_eid((ob.get("refersTo") or "").lstrip("#"))] = ob

    notes: dict[str, Footnote] = {}
    preambular = []
    for n, recital in enumerate(doc.iterfind(f"{_A}preamble//{_A}recital"), start=1):
        eid = register_eid(recital.get("eId") or "") or f"recital_{n}"
        preambular.append(PreambularParagraph(number=n, text=_text(recital, skip=(_A + "num",)), eid=eid,
                                              footnotes=_notes(recital, notes, eid)))
    # each group's paragraphs (the operative ones, then each annex's) with their words before their
    # points, and whether the file carries our analysis of them
    groups: list[list[_Read]] = [[]]
    operative = _main_body(doc, notes, analysis, groups[0], body)
    annexes = _annexes(doc, notes, analysis, groups, body)
    adopted_on = _adopted_on(preface, work)
    if any(not read.analysed for group in groups for read in group):
        _read_in_context(groups, title, preambular, symbol=symbol, body=body, session=session,
                         adopted_on=adopted_on)
    conclusions = doc.find(_A + "conclusions")
    if conclusions is not None:
        _notes(conclusions, notes, "")
    meeting_el = preface.find(f".//{_A}*[@class='meeting']") if preface is not None else None
    references = [r.get("showAs") for r in doc.iterfind(f"{_A}meta/{_A}references/{_A}TLCReference")
                  if r.get("name") == "citation" and r.get("showAs")]
    return ParsedResolution(
        symbol=symbol, body=body, session=session, adopted_on=adopted_on, title=title,
        agenda_items=agenda, preambular=preambular, operative=operative,
        footnotes=list(notes.values()), annexes=annexes, source_format="akn", warnings=[],
        **_record(record, _text(meeting_el) or None, references),
    )


def _session(preface: etree._Element | None, record: etree._Element | None, symbol: str) -> int | None:
    from tracker.parsing.metadata import session_of_symbol

    session_el = preface.find(f".//{_A}session") if preface is not None else None
    if session_el is not None and (session_el.get("value") or "").isdigit():
        return int(session_el.get("value"))
    if record is not None and (record.get("session") or "").isdigit():
        return int(record.get("session"))
    return session_of_symbol(symbol)


def _adopted_on(preface: etree._Element | None, work: etree._Element | None) -> dt.date | None:
    date_el = preface.find(f".//{_A}docDate") if preface is not None else None
    if date_el is not None and date_el.get("date"):
        return _date(date_el.get("date"))
    if work is not None and work.find(_A + "FRBRdate") is not None:
        return _date(work.find(_A + "FRBRdate").get("date"))
    return None


def _record(record: etree._Element | None, meeting: str | None, references: list[str]) -> dict[str, Any]:
    """What the register's own record adds: meeting, committee note, drafts, references, the
    distribution date."""
    details: dict[str, Any] = {"meeting": meeting, "committee_note": None, "draft_symbols": [],
                               "distributed_on": None, "references": references}
    if record is not None:
        details["meeting"] = meeting or _text(record.find(_M + "meeting")) or None
        details["committee_note"] = _text(record.find(_M + "committeeNote")) or None
        details["draft_symbols"] = [_text(d) for d in record.findall(_M + "draft")]
        details["references"] = references or [_text(d) for d in record.findall(_M + "reference")]
        if record.get("distributedOn"):
            details["distributed_on"] = _date(record.get("distributedOn"))
    return details


def _main_body(doc: etree._Element, notes: dict[str, Footnote], analysis: dict[str, etree._Element],
               group: list[_Read], body: str) -> list[OperativeParagraph]:
    main = doc.find(_A + "mainBody")
    if main is None:
        main = doc.find(_A + "body")
    if main is None:
        raise ParseError("no mainBody: the document has no operative paragraphs")
    operative = []
    places: dict[str | None, int] = {}
    for para in _top_paragraphs(main):
        part_el = para.getparent()
        part = _text(part_el.find(_A + "num")) if part_el is not None and part_el.tag == _A + "part" else None
        places[part] = places.get(part, 0) + 1
        number, unnumbered = _number(para, places[part])
        default = f"part_{part}__para_{number}" if part else f"para_{number}"
        eid = register_eid(para.get("eId") or "") or default
        operative.append(_read_paragraph(para, number, eid, part, notes, analysis, group,
                                         body=body, unnumbered=unnumbered))
    if not operative:
        raise ParseError("no operative paragraphs in the mainBody")
    return operative


def _number(para: etree._Element, place: int) -> tuple[str, bool]:
    """A paragraph's number as printed (its ``num``) and False; where it has none (a paragraph
    printed without a number: the register writes no ``num``), its place and True — the place
    the register's eId gives it ("part_C__para_1"), else its place in its part."""
    printed = _text(para.find(_A + "num")).rstrip(".")
    if printed:
        return printed, False
    named = re.search(r"(?:^|__)para_(\w+)$", register_eid(para.get("eId") or ""))
    return (named.group(1) if named else str(place)), True


def _top_paragraphs(main: etree._Element) -> list[etree._Element]:
    """The numbered paragraphs of a body, not those nested in another paragraph."""
    return [p for p in main.iter(_A + "paragraph")
            if not any(a.tag == _A + "paragraph" for a in p.iterancestors())]


class _Read(NamedTuple):
    """A paragraph as the file gives it: its words before its points, and whether the file carries
    our analysis of it (else the parser reads it, :func:`_read_in_context`)."""

    paragraph: OperativeParagraph
    intro: str
    analysed: bool


def _read_paragraph(para: etree._Element, number: str, eid: str, part: str | None,
                    notes: dict[str, Footnote], analysis: dict[str, etree._Element],
                    group: list[_Read], *, body: str, unnumbered: bool) -> OperativeParagraph:
    intro, _, wrap_up = _split(para)
    subs = _points(para, notes, eid)
    text = " ".join(filter(None, (_joined(intro, subs), wrap_up)))
    markers = _own_notes(para, notes, eid)
    ob = analysis.get(eid)
    read = _operative(number, text, eid, part, subs, markers, ob, unnumbered=unnumbered,
                      references=find_references(text, body=body))
    group.append(_Read(read, intro, ob is not None))
    return read


def _read_in_context(groups: list[list[_Read]], title: str, preambular: list[PreambularParagraph], *,
                     symbol: str, body: str, session: int | None, adopted_on: dt.date | None) -> None:
    """The paragraphs of a file from elsewhere, which carries no analysis of ours, read as the
    parser reads the same words in a text, with the resolution's context (:class:`parser.Context`:
    its adoption date, the bodies it names in full, the voice of its declaration), then together
    (expiries linked, short names given the full names the resolution writes): one way through.
    ``groups``: the operative paragraphs, then each annex's."""
    from tracker.parsing.gazetteer import Gazetteer
    from tracker.parsing.parser import annex_voices, context_of, operative_voices, read_together

    recitals = [p.text for p in preambular]
    context = context_of(title, recitals, [read.intro for read in groups[0]], body=body, session=session,
                         adopted_on=adopted_on, gazetteer=Gazetteer.default())
    read_now: list[list[OperativeParagraph]] = []
    for k, group in enumerate(groups):
        intros = [read.intro for read in group]
        voices = annex_voices(intros) if k else operative_voices(context, intros)
        read_now.append([])
        for (op, intro, analysed), (we, listed) in zip(group, voices, strict=True):
            if analysed:
                continue
            reading = context.read(intro, op.text, op.subparagraphs, we=we, listed=listed,
                                   chapeau="" if k else context.chapeau)
            op.action, op.kind, op.actors = reading.action, reading.kind, reading.actors
            op.deliverable, op.deadlines, op.confidence = reading.deliverable, reading.deadlines, \
                reading.confidence
            op.asks_from = reading.asked_from(op.text)
            read_now[-1].append(op)
    read_together(context, read_now,
                  [title, *recitals, *(read.paragraph.text for group in groups for read in group)], symbol)


def _annexes(doc: etree._Element, notes: dict[str, Footnote], analysis: dict[str, etree._Element],
             groups: list[list[_Read]], body: str) -> list[Annex]:
    """The annexed instruments: each ``attachment`` whose document has numbered paragraphs. The
    annex's number is the component's in its ``FRBRthis`` (``…/!annex_2``), else its place among
    the attachments; a paragraph keeps its eId when it is the register's (``annex_2__para_4``),
    else gets one. Attachments without paragraphs (a table, a list of members) are no
    instrument."""
    out: list[Annex] = []
    attachments = doc.find(_A + "attachments")
    if attachments is None:
        return out
    for place, attachment in enumerate(attachments.iterfind(_A + "attachment"), start=1):
        inner = next((c for c in attachment if isinstance(c.tag, str)
                      and c.tag not in (_A + "num", _A + "heading", _A + "subheading")), None)
        main = None if inner is None else inner.find(_A + "mainBody")
        if main is None:
            continue
        this = inner.find(f"{_A}meta/{_A}identification/{_A}FRBRWork/{_A}FRBRthis")
        named = re.search(r"/!annex_(\d+)$", this.get("value") or "") if this is not None else None
        number = int(named.group(1)) if named else place
        title = _text(inner.find(f"{_A}preface//{_A}docTitle")) or _text(attachment.find(_A + "heading"))
        paragraphs: list[OperativeParagraph] = []
        group: list[_Read] = []
        for index, para in enumerate(main.iter(_A + "paragraph"), start=1):
            if any(a.tag == _A + "paragraph" for a in para.iterancestors()):
                continue  # not _top_paragraphs: a nested paragraph still counts for the index
            label, unnumbered = _number(para, index)
            eid = register_eid(para.get("eId") or "")
            if not eid.startswith(f"annex_{number}__"):
                eid = f"annex_{number}__para_{label}"
            # an instrument numbered anew in each section: its part is in the eId
            # ("annex_1__part_II__para_4")
            part = re.match(r"annex_\d+__part_([^_]+)__", eid)
            paragraphs.append(_read_paragraph(para, label, eid, part.group(1) if part else None, notes,
                                              analysis, group, body=body, unnumbered=unnumbered))
        if paragraphs:
            out.append(Annex(number=number, title=title, paragraphs=paragraphs))
            groups.append(group)
    return out


def _work_value(work: etree._Element | None, tag: str, name: str | None = None) -> str:
    if work is None:
        return ""
    for el in work.iterfind(_A + tag):
        if name is None or el.get("name") == name:
            return el.get("value") or ""
    return ""


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _operative(number: str, text: str, eid: str, part: str | None, subs: list[SubParagraph],
               markers: list[str], ob: etree._Element | None, *, unnumbered: bool,
               references: list[str]) -> OperativeParagraph:
    """A numbered paragraph with our analysis of it (``text``: all its words); without (a file from
    elsewhere), its words only, which :func:`_read_in_context` reads. Either way the documents its
    words cite (``references``), as the text parser finds them (``references.find_references``)."""
    if ob is None:
        return OperativeParagraph(number=number, text=text, action=None, kind=ObligationKind.DECLARATORY,
                                  subparagraphs=subs, part=part, eid=eid, footnotes=markers,
                                  references=references, unnumbered=unnumbered)
    confidence = {c.get("field"): float(c.get("value")) for c in ob.findall(_M + "confidence")}
    return OperativeParagraph(
        number=number, text=text, action=ob.get("action"), kind=ObligationKind(ob.get("kind")),
        actors=[_text(a) for a in ob.findall(_M + "actor")],
        deliverable=_text(ob.find(_M + "deliverable")) or None,
        deadlines=[_deadline(d) for d in ob.findall(_M + "deadline")],
        subparagraphs=subs, part=part, eid=eid, footnotes=markers, confidence=confidence,
        references=references, unnumbered=unnumbered,
    )
