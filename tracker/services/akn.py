"""Akoma Ntoso (AKN4UN) export of a resolution, and import back to a ``ParsedResolution``.

The document is a ``statement`` (name="resolution"): ``meta`` (FRBR identification, the owners
as ``TLCOrganization`` references, and the register's analysis of each operative paragraph in
a ``proprietary`` block), ``preface`` (symbol, body, session, agenda items, date, title),
``preamble`` (the formula and each preambular paragraph as a ``recital``), and ``mainBody`` with
operative ``paragraph`` elements, their sub-paragraphs as nested ``point`` elements, parts of a
multi-part resolution as ``part``, footnotes as ``authorialNote``. eIds are the import service's
(``para_3__point_b``, ``part_B__para_2``, ``recital_4``), so links made with either still work.

Reading one back gives what ``tracker.parsing.parse`` gives for the original text, so it goes
through the same ``import_resolution``. An AKN file without our ``proprietary`` block (from
another system) is analysed by the parser's phrase and deadline rules instead.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lxml import etree
from sqlalchemy.orm import Session

from tracker.models import Obligation, Paragraph, ParagraphKind, Resolution
from tracker.parsing.types import (
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
NSMAP = {None: AKN_NS, "mt": MT_NS}
_A = "{" + AKN_NS + "}"
_M = "{" + MT_NS + "}"
SOURCE = "#mandateTracker"
BODY_NAMES = {
    "GA": "General Assembly",
    "SC": "Security Council",
    "HRC": "Human Rights Council",
    "ECOSOC": "Economic and Social Council",
}
#: the largest file read back (a resolution is a few hundred kilobytes at most)
MAX_BYTES = 20 * 1024 * 1024


def _el(parent: etree._Element | None, tag: str, text: str | None = None, **attrs: Any) -> etree._Element:
    name = tag if tag.startswith("{") else _A + tag
    clean = {k.rstrip("_").replace("__", ":"): str(v) for k, v in attrs.items() if v is not None}
    el = etree.Element(name, clean, nsmap=NSMAP) if parent is None else etree.SubElement(parent, name, clean)
    if text is not None:
        el.text = text
    return el


def _ref_id(name: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", name)
    ident = (words[0].lower() + "".join(w.capitalize() for w in words[1:])) if words else "entity"
    return ident if ident[0].isalpha() else "e" + ident


def _work_uri(r: Resolution) -> str:
    return "/akn/un/statement/resolution/" + re.sub(r"[^A-Za-z0-9]+", "-", r.symbol).strip("-").lower()


# ---------------------------------------------------------------------- export


def export_akn(session: Session, resolution: Resolution) -> bytes:
    """The resolution as an AKN4UN ``statement`` (UTF-8 XML bytes)."""
    from tracker.services.exports import resolution_obligations

    obligations = resolution_obligations(session, resolution)
    by_paragraph: dict[int, Obligation] = {}
    for o in obligations:
        by_paragraph.setdefault(o.paragraph_id, o)
    paragraphs = [p for p in resolution.paragraphs if p.current]
    children: dict[int | None, list[Paragraph]] = {}
    for p in paragraphs:
        children.setdefault(p.parent_id, []).append(p)
    notes_of: dict[int, list[Any]] = {}
    for f in resolution.footnotes:
        for p in f.paragraphs:
            notes_of.setdefault(p.id, []).append(f)

    root = _el(None, "akomaNtoso")
    doc = _el(root, "statement", name="resolution", contains="originalVersion")
    _meta(doc, resolution, obligations, by_paragraph, paragraphs)
    _preface(doc, resolution)

    preamble = _el(doc, "preamble")
    formula = _el(preamble, "formula", name="enactingFormula")
    _el(formula, "p", BODY_NAMES.get(resolution.body, resolution.body) + ",")
    recitals = _el(preamble, "recitals")
    for p in paragraphs:
        if p.kind == ParagraphKind.PREAMBULAR:
            recital = _el(recitals, "recital", eId=p.eid)
            _content(recital, p.text, notes_of.get(p.id, []), "p")

    main = _el(doc, "mainBody")
    parts: dict[str, etree._Element] = {}
    for p in paragraphs:
        if p.kind != ParagraphKind.OPERATIVE:
            continue
        container = main
        if p.part:
            if p.part not in parts:
                parts[p.part] = _el(main, "part", eId=f"part_{p.part}")
                _el(parts[p.part], "num", p.part)
            container = parts[p.part]
        para = _el(container, "paragraph", eId=p.eid)
        _el(para, "num", f"{p.number}.")
        subs = children.get(p.id, [])
        if subs:
            intro = _intro_text(p.text, subs, children)
            _content(_el(para, "intro"), intro, notes_of.get(p.id, []), "p", wrap=False)
            for sub in subs:
                _point(para, sub, children, notes_of)
        else:
            _content(_el(para, "content"), p.text, notes_of.get(p.id, []), "p", wrap=False)

    uncited = [f for f in resolution.footnotes if not f.paragraphs]
    if uncited:
        conclusions = _el(doc, "conclusions")
        for f in uncited:
            _note(_el(conclusions, "p"), f)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _sub_texts(sub: Paragraph, children: dict[int | None, list[Paragraph]]) -> list[str]:
    out = [f"({sub.number}) {sub.text}"]
    for child in children.get(sub.id, []):
        out.extend(_sub_texts(child, children))
    return out


def _intro_text(text: str, subs: list[Paragraph], children: dict[int | None, list[Paragraph]]) -> str:
    """The paragraph's words before its first sub-paragraph (the parser joins them into one text)."""
    tail = " ".join(t for s in subs for t in _sub_texts(s, children))
    if tail and text.endswith(tail):
        return text[: -len(tail)].rstrip()
    return text


def _note(parent: etree._Element, f: Any) -> None:
    note = _el(parent, "authorialNote", marker=f.marker, placement="bottom", eId=f"fnt_{f.marker}")
    _el(note, "p", f.text)


def _content(parent: etree._Element, text: str, notes: list[Any], tag: str, *, wrap: bool = True) -> None:
    p = _el(parent, tag, text)
    for f in notes:
        _note(p, f)


def _point(parent: etree._Element, sub: Paragraph, children: dict[int | None, list[Paragraph]],
           notes_of: dict[int, list[Any]]) -> None:
    point = _el(parent, "point", eId=sub.eid)
    _el(point, "num", f"({sub.number})")
    kids = children.get(sub.id, [])
    if kids:
        _content(_el(point, "intro"), sub.text, notes_of.get(sub.id, []), "p")
        for kid in kids:
            _point(point, kid, children, notes_of)
    else:
        _content(_el(point, "content"), sub.text, notes_of.get(sub.id, []), "p")


def _meta(doc, r: Resolution, obligations, by_paragraph, paragraphs) -> None:
    meta = _el(doc, "meta")
    ident = _el(meta, "identification", source=SOURCE)
    work_uri = _work_uri(r)
    day = r.adopted_on.isoformat() if r.adopted_on else "9999-01-01"
    for level, uri in (("FRBRWork", work_uri), ("FRBRExpression", work_uri + "/eng@"),
                       ("FRBRManifestation", work_uri + "/eng@/main.xml")):
        frbr = _el(ident, level)
        _el(frbr, "FRBRthis", value=uri + ("/main" if level != "FRBRManifestation" else ""))
        _el(frbr, "FRBRuri", value=uri)
        if level == "FRBRWork":
            _el(frbr, "FRBRalias", value=r.symbol, name="symbol")
        _el(frbr, "FRBRdate", date=day, name="adoption")
        _el(frbr, "FRBRauthor", href="#" + _ref_id(BODY_NAMES.get(r.body, r.body)))
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value="un")
            _el(frbr, "FRBRnumber", value=r.symbol)
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="eng")
    refs = _el(meta, "references", source=SOURCE)
    _el(refs, "TLCOrganization", eId=_ref_id(BODY_NAMES.get(r.body, r.body)),
        href=f"/akn/ontology/organization/un/{r.body.lower()}", showAs=BODY_NAMES.get(r.body, r.body))
    seen: set[str] = set()
    for o in obligations:
        for e in o.owners:
            ref = _ref_id(e.name)
            if ref not in seen and ref != _ref_id(BODY_NAMES.get(r.body, r.body)):
                seen.add(ref)
                _el(refs, "TLCOrganization", eId=ref, href=f"/akn/ontology/organization/un/{ref}",
                    showAs=e.name)
    prop = _el(meta, "proprietary", source=SOURCE)
    record = _el(prop, _M + "resolution", symbol=r.symbol, body=r.body,
                 session=r.session if r.session is not None else None,
                 distributedOn=r.distributed_on.isoformat() if r.distributed_on else None)
    if r.meeting:
        _el(record, _M + "meeting", r.meeting)
    if r.committee_note:
        _el(record, _M + "committeeNote", r.committee_note)
    for d in r.draft_symbols or []:
        _el(record, _M + "draft", d)
    for ref in sorted({x.symbol for x in r.references}):
        _el(record, _M + "reference", ref)
    for p in paragraphs:
        o = by_paragraph.get(p.id)
        if o is None:
            continue
        ob = _el(prop, _M + "obligation", refersTo="#" + p.eid, action=o.action, kind=o.kind)
        if o.deliverable:
            _el(ob, _M + "deliverable", o.deliverable)
        for e in o.owners:
            _el(ob, _M + "actor", e.name, refersTo="#" + _ref_id(e.name))
        for d in o.deadlines or []:
            attrs = {k if k != "from" else "from_": v for k, v in d.items() if k != "text" and v is not None}
            _el(ob, _M + "deadline", d.get("text"), **attrs)
        for key, value in sorted((o.confidence or {}).items()):
            if isinstance(value, int | float):
                _el(ob, _M + "confidence", field=key, value=value)


def _preface(doc, r: Resolution) -> None:
    preface = _el(doc, "preface")
    _el(_el(preface, "p", class_="symbol"), "docNumber", r.symbol)
    p = _el(preface, "p", class_="body")
    _el(p, "docAuthority", BODY_NAMES.get(r.body, r.body))
    if r.session is not None:
        _el(_el(preface, "p", class_="session"), "session", str(r.session), value=r.session)
    if r.agenda_items:
        p = _el(preface, "p", class_="agendaItems")
        for item in r.agenda_items:
            _el(p, "inline", str(item), name="agendaItem")
    if r.adopted_on:
        _el(_el(preface, "p", class_="adoption"), "docDate", r.adopted_on.isoformat(),
            date=r.adopted_on.isoformat())
    _el(_el(_el(preface, "longTitle"), "p"), "docTitle", r.title)


# ---------------------------------------------------------------------- import


def is_akn(data: bytes | str) -> bool:
    head = data[:2000] if isinstance(data, bytes) else data[:2000].encode("utf-8", "replace")
    return b"<akomaNtoso" in head and AKN_NS.encode() in head


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


def _text(el: etree._Element | None) -> str:
    """An element's words without its footnotes (``authorialNote``) and without extra spaces."""
    if el is None:
        return ""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag != _A + "authorialNote":
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
    """Footnotes in the element's own intro/content, not in its points."""
    markers: list[str] = []
    for child in el:
        if child.tag in (_A + "intro", _A + "content", _A + "p"):
            markers += _notes(child, into, eid)
    return markers


def _points(el: etree._Element, notes: dict[str, Footnote], parent_eid: str) -> list[SubParagraph]:
    out = []
    for point in el.findall(_A + "point"):
        label = _text(point.find(_A + "num")).strip("() ")
        eid = point.get("eId") or f"{parent_eid}__point_{label}"
        body = point.find(_A + "content")
        if body is None:
            body = point.find(_A + "intro")
        _own_notes(point, notes, eid)
        out.append(SubParagraph(label=label, text=_text(body), eid=eid,
                                subparagraphs=_points(point, notes, eid)))
    return out


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
    symbol = (_text(preface.find(f".//{_A}docNumber")) if preface is not None else "") or (
        record.get("symbol") if record is not None else "")
    if not symbol:
        raise ParseError("no docNumber (the resolution's symbol) in the preface")
    from tracker.parsing.metadata import body_of_symbol, session_of_symbol

    body = (record.get("body") if record is not None else None) or body_of_symbol(symbol) or "GA"
    session_el = preface.find(f".//{_A}session") if preface is not None else None
    if session_el is not None and (session_el.get("value") or "").isdigit():
        session: int | None = int(session_el.get("value"))
    elif record is not None and (record.get("session") or "").isdigit():
        session = int(record.get("session"))
    else:
        session = session_of_symbol(symbol)
    date_el = preface.find(f".//{_A}docDate") if preface is not None else None
    adopted_on = None
    if date_el is not None and date_el.get("date"):
        adopted_on = dt.date.fromisoformat(date_el.get("date"))
    title = _text(preface.find(f".//{_A}docTitle")) if preface is not None else ""
    agenda = [_text(i) for i in preface.iter(_A + "inline") if i.get("name") == "agendaItem"] \
        if preface is not None else []

    analysis: dict[str, etree._Element] = {}
    for ob in doc.iterfind(f"{_A}meta/{_A}proprietary/{_M}obligation"):
        analysis[(ob.get("refersTo") or "").lstrip("#")] = ob

    notes: dict[str, Footnote] = {}
    preambular = []
    for n, recital in enumerate(doc.iterfind(f"{_A}preamble//{_A}recital"), start=1):
        eid = recital.get("eId") or f"recital_{n}"
        preambular.append(PreambularParagraph(number=n, text=_text(recital), eid=eid,
                                              footnotes=_notes(recital, notes, eid)))

    main = doc.find(_A + "mainBody")
    if main is None:
        main = doc.find(_A + "body")
    if main is None:
        raise ParseError("no mainBody: the document has no operative paragraphs")
    operative = []
    for para in main.iter(_A + "paragraph"):
        part_el = para.getparent()
        part = _text(part_el.find(_A + "num")) if part_el is not None and part_el.tag == _A + "part" else None
        number = _text(para.find(_A + "num")).rstrip(".")
        eid = para.get("eId") or (f"part_{part}__para_{number}" if part else f"para_{number}")
        head = para.find(_A + "intro")
        if head is None:
            head = para.find(_A + "content")
        subs = _points(para, notes, eid)
        text = _joined(_text(head), subs)
        markers = _own_notes(para, notes, eid)
        operative.append(_operative(number, text, eid, part, subs, markers, analysis.get(eid), body, session))
    if not operative:
        raise ParseError("no operative paragraphs in the mainBody")
    conclusions = doc.find(_A + "conclusions")
    if conclusions is not None:
        _notes(conclusions, notes, "")

    warnings: list[str] = []
    references: list[str] = []
    meeting = committee_note = None
    drafts: list[str] = []
    distributed_on = None
    if record is not None:
        meeting = _text(record.find(_M + "meeting")) or None
        committee_note = _text(record.find(_M + "committeeNote")) or None
        drafts = [_text(d) for d in record.findall(_M + "draft")]
        references = [_text(d) for d in record.findall(_M + "reference")]
        if record.get("distributedOn"):
            distributed_on = dt.date.fromisoformat(record.get("distributedOn"))
    return ParsedResolution(
        symbol=symbol, body=body, session=session, adopted_on=adopted_on, title=title,
        agenda_items=agenda, meeting=meeting, draft_symbols=drafts, committee_note=committee_note,
        distributed_on=distributed_on, preambular=preambular, operative=operative,
        footnotes=list(notes.values()), references=references, source_format="akn",
        warnings=warnings,
    )


def _operative(number: str, text: str, eid: str, part: str | None, subs: list[SubParagraph],
               markers: list[str], ob: etree._Element | None, body: str,
               session: int | None) -> OperativeParagraph:
    if ob is not None:
        confidence = {c.get("field"): float(c.get("value")) for c in ob.findall(_M + "confidence")}
        return OperativeParagraph(
            number=number, text=text, action=ob.get("action"), kind=ObligationKind(ob.get("kind")),
            actors=[_text(a) for a in ob.findall(_M + "actor")],
            deliverable=_text(ob.find(_M + "deliverable")) or None,
            deadlines=[_deadline(d) for d in ob.findall(_M + "deadline")],
            subparagraphs=subs, part=part, eid=eid, footnotes=markers, confidence=confidence,
        )
    # an AKN file from elsewhere: analyse the words as the parser would
    from tracker.parsing.deadlines import find_deadlines
    from tracker.parsing.gazetteer import Gazetteer
    from tracker.parsing.phrases import analyse

    phrase = analyse(text, body=body, gazetteer=Gazetteer.default())
    deadlines = find_deadlines(text, body=body, session=session,
                               include_annual_report=phrase.kind == ObligationKind.REPORT)
    return OperativeParagraph(
        number=number, text=text, action=phrase.action, kind=phrase.kind, actors=phrase.actors,
        deliverable=phrase.deliverable, deadlines=deadlines, subparagraphs=subs, part=part, eid=eid,
        footnotes=markers, confidence=dict(phrase.confidence),
    )
