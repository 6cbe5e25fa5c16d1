"""Akoma Ntoso (AKN4UN) export of a resolution; reading one back is :mod:`tracker.parsing.akn`.

The document is a ``statement`` (name="deliberation", as AKN4UN names resolutions): ``meta`` —
FRBR identification after the naming convention (Work, Expression and Manifestation URIs, each
``FRBRthis`` on the ``!main`` component, ``FRBRdate`` the adoption), ``lifecycle`` (the adoption
as an event), ``references`` (the adopting body, the owners as ``TLCOrganization``, the register
itself as the ``source`` every block names, the documents cited as ``TLCReference``), and the
register's analysis of each operative paragraph in a ``proprietary`` block; ``preface`` (symbol,
body, session, agenda items, meeting, date, title); ``preamble`` (the formula and each
preambular paragraph as a ``recital``, eId ``rec_N``); ``mainBody`` with operative ``paragraph``
elements, their sub-paragraphs as ``point`` elements inside a ``list`` (eId
``para_3__list_1__point_b``), parts of a multi-part resolution as ``part``, footnotes as
``authorialNote``; an annexed instrument (a declaration the resolution adopts "as contained in the
annex") as an ``attachment`` after them, a ``doc`` (name="annex") with its own identification (the
component ``!annex_1``), title and ``mainBody`` of numbered paragraphs (eId ``annex_1__para_4``),
analysed in the same ``proprietary`` block. The register's own eIds map one to one
(:func:`~tracker.parsing.akn.akn_eid`).

Reading one back gives what ``tracker.parsing.parse`` gives for the original text.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from sqlalchemy.orm import Session

from tracker.calendar.bodies import BODY_NAMES
from tracker.models import Obligation, Paragraph, ParagraphKind, Resolution
from tracker.parsing.akn import _A, _M, AKN_NS, MT_NS, akn_eid, is_akn, parse_akn

__all__ = ["AKN_NS", "export_akn", "is_akn", "parse_akn", "work_uri"]

NSMAP = {None: AKN_NS, "mt": MT_NS}
#: the register, named by every ``source`` attribute: a TLCOrganization in ``references``
SOURCE_ID = "mandateTracker"
SOURCE = "#" + SOURCE_ID
#: the author in the Work URI, as the UN's AKN documents name the organs
AUTHORS = {"GA": "unga", "SC": "unsc", "HRC": "unhrc", "ECOSOC": "ecosoc"}


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


def work_uri(r: Resolution) -> str:
    """``/akn/un/statement/deliberation/unga/2016-11-21/a-res-71-19``: country, type, subtype,
    author, date (of adoption), number (the symbol) — the AKN naming convention's Work URI."""
    author = AUTHORS.get(r.body, r.body.lower())
    day = r.adopted_on.isoformat() if r.adopted_on else "9999-01-01"
    number = re.sub(r"[^A-Za-z0-9]+", "-", r.symbol).strip("-").lower()
    return f"/akn/un/statement/deliberation/{author}/{day}/{number}"


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
    doc = _el(root, "statement", name="deliberation", contains="originalVersion")
    _meta(doc, resolution, obligations, by_paragraph, paragraphs)
    _preface(doc, resolution)

    preamble = _el(doc, "preamble")
    formula = _el(preamble, "formula", name="enactingFormula")
    _el(formula, "p", BODY_NAMES.get(resolution.body, resolution.body) + ",")
    preambular = [p for p in paragraphs if p.kind == ParagraphKind.PREAMBULAR]
    recitals = _el(preamble, "recitals") if preambular else None  # the schema wants one at least
    for p in preambular:
        recital = _el(recitals, "recital", eId=akn_eid(p.eid))
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
        _paragraph(container, p, children, notes_of)

    uncited = [f for f in resolution.footnotes if not f.paragraphs]
    if uncited:
        conclusions = _el(doc, "conclusions")
        for f in uncited:
            _note(_el(conclusions, "p"), f)
    _attachments(doc, resolution, paragraphs, children, notes_of)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _paragraph(container: etree._Element, p: Paragraph, children: dict[int | None, list[Paragraph]],
               notes_of: dict[int, list[Any]]) -> None:
    """A numbered paragraph (operative, or of an annexed instrument) with its points; one printed
    without a number has no ``num`` (the schema's ``num`` is optional: it holds the number as
    printed, and there is none)."""
    intro = _intro_text(p.text, children.get(p.id, []), children)
    _numbered(container, "paragraph", None if p.unnumbered else f"{p.number}.", p, intro, children, notes_of)


def _attachments(doc: etree._Element, r: Resolution, paragraphs: list[Paragraph],
                 children: dict[int | None, list[Paragraph]], notes_of: dict[int, list[Any]]) -> None:
    """Each annexed instrument as an ``attachment`` holding a ``doc`` (name="annex") of its own:
    ``meta`` with the FRBR identification of the component (``…/!annex_1``), its title in the
    ``preface``, its numbered paragraphs in the ``mainBody`` under the register's eIds
    (``annex_1__para_4``, unique in the whole file as the schema wants)."""
    annexed = [p for p in paragraphs if p.kind == ParagraphKind.ANNEX]
    instruments = [a for a in r.annexes or []
                   if any(p.eid.startswith(f"annex_{a['number']}__") for p in annexed)]
    if not instruments:
        return
    container = _el(doc, "attachments")
    for annex in instruments:
        number = annex["number"]
        attachment = _el(container, "attachment", eId=f"att_{number}")
        annex_doc = _el(attachment, "doc", name="annex")
        _identification(_el(annex_doc, "meta"), r, f"annex_{number}")
        if annex.get("title"):
            preface = _el(annex_doc, "preface")
            _el(_el(_el(preface, "longTitle"), "p"), "docTitle", annex["title"])
        body = _el(annex_doc, "mainBody")
        for p in annexed:
            if p.eid.startswith(f"annex_{number}__"):
                _paragraph(body, p, children, notes_of)


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


def _content(parent: etree._Element, text: str, notes: list[Any], tag: str) -> None:
    p = _el(parent, tag, text)
    for f in notes:
        _note(p, f)


def _point(parent: etree._Element, sub: Paragraph, children: dict[int | None, list[Paragraph]],
           notes_of: dict[int, list[Any]]) -> None:
    _numbered(parent, "point", f"({sub.number})", sub, sub.text, children, notes_of)


def _numbered(parent: etree._Element, tag: str, num: str | None, p: Paragraph, text: str,
              children: dict[int | None, list[Paragraph]], notes_of: dict[int, list[Any]]) -> None:
    """A ``paragraph`` or ``point``: its ``num`` (None: printed without one), then its text as
    ``content``, or, where it has sub-paragraphs, as the ``intro`` of a ``list`` of their points."""
    element = _el(parent, tag, eId=akn_eid(p.eid))
    if num is not None:
        _el(element, "num", num)
    notes = notes_of.get(p.id, [])
    subs = children.get(p.id, [])
    if subs:
        points = _el(element, "list", eId=akn_eid(p.eid) + "__list_1")
        _content(_el(points, "intro"), text, notes, "p")
        for sub in subs:
            _point(points, sub, children, notes_of)
    else:
        _content(_el(element, "content"), text, notes, "p")


def _identification(meta: etree._Element, r: Resolution, component: str) -> None:
    """The FRBR identification of one component of the resolution: ``main`` (the resolution) or
    ``annex_1`` (an annexed instrument). Work, Expression and Manifestation URIs are the
    resolution's; each ``FRBRthis`` names the component (``…/!main``, ``…/eng@/!annex_1.xml``)."""
    ident = _el(meta, "identification", source=SOURCE)
    work = work_uri(r)
    expression = work + "/eng@"
    day = r.adopted_on.isoformat() if r.adopted_on else "9999-01-01"
    body_ref = _ref_id(BODY_NAMES.get(r.body, r.body))
    for level, this, uri in (("FRBRWork", f"{work}/!{component}", work),
                             ("FRBRExpression", f"{expression}/!{component}", expression),
                             ("FRBRManifestation", f"{expression}/!{component}.xml", expression + ".akn")):
        frbr = _el(ident, level)
        _el(frbr, "FRBRthis", value=this)
        _el(frbr, "FRBRuri", value=uri)
        if level == "FRBRWork":
            _el(frbr, "FRBRalias", value=r.symbol, name="symbol")
        _el(frbr, "FRBRdate", date=day, name="adoption" if level != "FRBRManifestation" else "generation")
        _el(frbr, "FRBRauthor", href="#" + (body_ref if level != "FRBRManifestation" else SOURCE_ID))
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value="un")
            if component == "main":  # an annex is a component of the same Work, not a subtype
                _el(frbr, "FRBRsubtype", value="deliberation")
            _el(frbr, "FRBRnumber", value=r.symbol)
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="eng")


def _meta(doc, r: Resolution, obligations, by_paragraph, paragraphs) -> None:
    meta = _el(doc, "meta")
    _identification(meta, r, "main")
    work = work_uri(r)
    expression = work + "/eng@"
    day = r.adopted_on.isoformat() if r.adopted_on else "9999-01-01"
    body_ref = _ref_id(BODY_NAMES.get(r.body, r.body))
    if r.adopted_on:
        lifecycle = _el(meta, "lifecycle", source=SOURCE)
        _el(lifecycle, "eventRef", eId="evt_adoption", date=day, source="#original", type="generation")
    refs = _el(meta, "references", source=SOURCE)
    _el(refs, "original", eId="original", href=expression, showAs=r.symbol)
    _el(refs, "TLCOrganization", eId=SOURCE_ID, href="/akn/ontology/organization/un/mandateTracker",
        showAs="Mandate Tracker")
    _el(refs, "TLCOrganization", eId=body_ref,
        href=f"/akn/ontology/organization/un/{r.body.lower()}", showAs=BODY_NAMES.get(r.body, r.body))
    for n, cited in enumerate(sorted({x.symbol for x in r.references}), start=1):
        _el(refs, "TLCReference", eId=f"cited_{n}", name="citation", showAs=cited,
            href="/akn/un/doc/" + re.sub(r"[^A-Za-z0-9]+", "-", cited).strip("-").lower())
    seen: set[str] = {SOURCE_ID, body_ref}
    for o in obligations:
        for e in o.owners:
            ref = _ref_id(e.name)
            if ref not in seen:
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
        # the analysis of every numbered paragraph: operative ones in the mainBody, an annexed
        # instrument's in its attachment (``refersTo="#annex_1__para_4"``)
        if p.kind not in (ParagraphKind.OPERATIVE, ParagraphKind.ANNEX):
            continue
        o = by_paragraph.get(p.id)
        if o is None:
            continue
        ob = _el(prop, _M + "obligation", refersTo="#" + akn_eid(p.eid), action=o.action, kind=o.kind)
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
    if r.meeting:
        _el(_el(preface, "p", class_="meeting"), "inline", r.meeting, name="meeting")
    if r.agenda_items:
        p = _el(preface, "p", class_="agendaItems")
        for item in r.agenda_items:
            _el(p, "inline", str(item), name="agendaItem")
    if r.adopted_on:
        _el(_el(preface, "p", class_="adoption"), "docDate", r.adopted_on.isoformat(),
            date=r.adopted_on.isoformat())
    _el(_el(_el(preface, "longTitle"), "p"), "docTitle", r.title)
