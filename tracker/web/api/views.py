"""The JSON API's routes: thin views over the services, documented where they are defined."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from flask import current_app, jsonify, request, url_for
from marshmallow import Schema, ValidationError, fields

from tracker.calendar import CalendarError, format_session, session_body
from tracker.db import utcnow
from tracker.models import Obligation, Resolution
from tracker.services import listings
from tracker.services.actors import sees_unpublished
from tracker.services.exports import (
    load_resolution,
    obligation_dict,
    resolution_document,
)
from tracker.services.listings import EntityRow, ParagraphRow, ResolutionRow
from tracker.services.rows import ObligationRow, obligations_by_id
from tracker.services.search import ObligationFilter, search_obligations
from tracker.web.api import bp
from tracker.web.api import schemas as s
from tracker.web.api.auth import reader, writer
from tracker.web.api.problems import Problem
from tracker.web.api.spec import operation
from tracker.web.clock import today
from tracker.web.db import get_db, writing

#: session numbers beyond this are no session (ECOSOC's are years)
MAX_SESSION = 9999
TAG_RES, TAG_OBL, TAG_ENT, TAG_SES = "Resolutions", "Obligations", "Entities", "Sessions"


def _base_url() -> str:
    return current_app.config["BASE_URL"]


@functools.cache
def schema_of(schema_cls: type[Schema]) -> Schema:
    """One instance of each schema for the process: a schema holds no state between dumps and
    loads, and making one (its fields copied, its nested schemas made on first use) cost more
    than dumping a page of obligations with it."""
    return schema_cls()


def load_args(schema_cls: type[Schema]) -> dict[str, Any]:
    """Query arguments through a marshmallow schema: lists from repeated (or comma-separated)
    parameters; anything invalid is a 400 naming the parameter. An empty value in a list is one
    too (``status=``): it is no member of the document's enum, so it is refused, not ignored."""
    schema = schema_of(schema_cls)
    raw: dict[str, Any] = {}
    for name, field in schema.fields.items():
        if name not in request.args:
            continue
        if isinstance(field, fields.List):
            raw[name] = [p.strip() for v in request.args.getlist(name) for p in v.split(",")]
        else:
            raw[name] = request.args.get(name)
    for name, value in request.args.items(multi=True):
        if "\x00" in name or "\x00" in value:
            raise Problem(400, f"parameter {name!r} contains a NUL character")
    try:
        return schema.load(raw, unknown="exclude")
    except ValidationError as exc:
        raise Problem(400, "invalid query parameters", errors=exc.messages) from None


def _page_of(items: list[Any], total: int, page: int, per_page: int) -> dict[str, Any]:
    return {"items": items, "total": total, "page": page, "per_page": per_page,
            "pages": max(1, -(-total // per_page))}


def _page(found: listings.Listing, to_json) -> dict[str, Any]:
    return _page_of([to_json(row) for row in found.items], found.total, found.page, found.per_page)


def _json(schema_cls: type[Schema], data: Any, status: int = 200):
    return jsonify(schema_of(schema_cls).dump(data)), status


def _json_as_dumped(schema_cls: type[Schema], data: Any, status: int = 200):
    """``data`` built already in the shape ``schema_cls`` dumps (plain dicts of strings, numbers,
    booleans and lists, as ``obligation_dict`` gives them), sent without dumping it again: for a
    page of obligations marshmallow's dump cost ≈ 1.4 ms of ≈ 7 ms and changed nothing. With
    ``TESTING`` on, the schema dumps it anyway and the two must be equal, so every test of the
    route checks that what is sent is what the schema gives."""
    if current_app.testing:
        dumped = schema_of(schema_cls).dump(data)
        if dumped != data:
            raise AssertionError(f"not in the shape {schema_cls.__name__} dumps: {dumped!r} != {data!r}")
    return jsonify(data), status


def _obligations_json(rows: list[ObligationRow], today: dt.date) -> list[dict[str, Any]]:
    """Obligations as the API gives them, from rows of ``rows.obligations_by_id``; the app's
    settings read once for the page, not per row (two look-ups through ``current_app`` a row
    were ≈ 0.4 ms of a page of 100, see bench/README)."""
    base_url, expiring_days = _base_url(), current_app.config["MANDATE_EXPIRING_DAYS"]
    out = []
    for o in rows:
        one = obligation_dict(o, today, base_url, expiring_days=expiring_days)
        one.update(symbol=o.symbol, paragraph=o.paragraph_number, unnumbered=o.unnumbered, part=o.part,
                   eid=o.eid, text=o.text)
        out.append(one)
    return out


def _one_obligation_json(o: Obligation, today: dt.date) -> dict[str, Any]:
    return _obligations_json(obligations_by_id(get_db(), [o.id]), today)[0]


# ---------------------------------------------------------------------- obligations


@bp.get("/obligations")
@operation(summary="Obligations, filtered as on the dashboards", tags=[TAG_OBL], query=s.ObligationArgs,
           response=s.ObligationPageSchema)
def obligations():
    """Filters combine (AND); `status` and `kind` take several values. Ordered by due date
    (undated last), then id: a stable order across pages."""
    user = reader()
    args = load_args(s.ObligationArgs)
    flt = _list_filter(args, user)
    day = today()
    after = args.get("after")
    result = search_obligations(get_db(), flt, day, args["page"], args["per_page"],
                                details=True, after=after,
                                exact_count=args["count"] == "exact")
    items = _obligations_json(result.items, day)
    page = _page_of(items, result.total, 1 if after else args["page"], result.per_page)
    page["total_exact"] = result.total_is_exact and after is None
    page["next"] = None
    if result.next_after:
        query = {k: v for k, v in request.args.to_dict(flat=False).items() if k not in ("after", "page")}
        page["next"] = url_for(".obligations", **query, after=result.next_after)
    return _json_as_dumped(s.ObligationPageSchema, page)


def _list_filter(args: dict[str, Any], user) -> ObligationFilter:
    """The obligation list's filter from the query arguments ``load_args`` validated (once)."""
    return ObligationFilter.from_values(args).with_(
        expiring_days=current_app.config["MANDATE_EXPIRING_DAYS"], include_unpublished=sees_unpublished(user))


@bp.get("/summary")
@operation(summary="The overview's numbers, with the obligation list's filters", tags=[TAG_OBL],
           query=s.ObligationArgs, response=s.SummarySchema)
def summary():
    """Tracked obligations (report, action, agenda) by kind and status, standing calls, overdue,
    due within 30/90 days, mandates by state: exactly the numbers of the overview page, and each
    the total of `/obligations` with the matching filter."""
    from tracker.services.summary import register_summary

    user = reader()
    flt = _list_filter(load_args(s.ObligationArgs), user)
    return _json(s.SummarySchema, register_summary(get_db(), flt, today()).to_dict())


def _load_obligation(obligation_id: int, include_unpublished: bool) -> Obligation:
    return listings.find_obligation(get_db(), obligation_id, include_unpublished=include_unpublished)


@bp.get("/obligations/<int:obligation_id>")
@operation(summary="One obligation", tags=[TAG_OBL], response=s.ObligationSchema, errors=(404,))
def obligation(obligation_id: int):
    o = _load_obligation(obligation_id, sees_unpublished(reader()))
    return _json(s.ObligationSchema, _one_obligation_json(o, today()))


@bp.post("/obligations/<int:obligation_id>/status")
@operation(summary="Change an obligation's status", tags=[TAG_OBL], body=s.StatusUpdateSchema,
           response=s.ObligationSchema, errors=(404, 409, 415, 422), auth=True)
def change_status(obligation_id: int):
    """For officers of an owner entity and admins. `completed` needs evidence. Send the `version`
    you read: if the obligation changed since, the answer is 409 with what changed."""
    from tracker.services.obligations import change_status as change

    actor = writer()
    payload = request.get_json(silent=True)
    if not request.is_json:
        raise Problem(415, "send the update as application/json")
    if not isinstance(payload, dict):
        raise Problem(400, "the body must be a JSON object")
    try:
        data = s.StatusUpdateSchema().load(payload)
    except ValidationError as exc:
        raise Problem(422, "invalid status update", errors=exc.messages) from None
    db = get_db()
    o = _load_obligation(obligation_id, actor.may_import())
    with writing(handle=False):  # a refusal is the boundary's: problem details
        change(db, o, data["status"], actor=actor, now=utcnow(), comment=data.get("comment"),
               evidence=data.get("evidence"), expected_version=data["version"])
    o = _load_obligation(obligation_id, actor.may_import())  # the same rule as sees_unpublished
    return _json(s.ObligationSchema, _one_obligation_json(o, today()))


# ---------------------------------------------------------------------- resolutions


def _resolution_summary(row: ResolutionRow) -> dict[str, Any]:
    r = row.resolution
    return {
        "id": r.id, "symbol": r.symbol, "body": r.body, "session": r.session, "title": r.title,
        "adopted_on": r.adopted_on.isoformat() if r.adopted_on else None,
        "published": r.published_at is not None, "obligations": row.obligations,
        "url": url_for("api.resolution", symbol=r.symbol),
    }


@bp.get("/resolutions")
@operation(summary="Resolutions", tags=[TAG_RES], query=s.ResolutionArgs, response=s.ResolutionPageSchema)
def resolutions():
    """Newest adoption first, then symbol."""
    user = reader()
    args = load_args(s.ResolutionArgs)
    found = listings.list_resolutions(
        get_db(), body=args.get("body"), session_number=args.get("session"), symbol=args.get("symbol"),
        page=args["page"], per_page=args["per_page"], include_unpublished=sees_unpublished(user))
    return _json(s.ResolutionPageSchema, _page(found, _resolution_summary))


def _find_resolution(symbol: str, user) -> Resolution:
    if "\x00" in symbol or len(symbol) > 80:
        raise Problem(404, "no such resolution")
    r = load_resolution(get_db(), symbol)
    if r is None or (r.published_at is None and not sees_unpublished(user)):
        raise Problem(404, f"no resolution {symbol}")
    return r


@bp.get("/resolutions/<path:symbol>")
@operation(summary="A whole resolution: preamble, operative paragraphs, obligations", tags=[TAG_RES],
           response=s.ResolutionSchema, errors=(404,),
           params={"symbol": {"description": "e.g. A/RES/71/19 (slashes as they are)",
                              "example": "A/RES/71/19"}})
def resolution(symbol: str):
    """The same document as `/exports/resolutions/<symbol>.json`."""
    user = reader()
    r = _find_resolution(symbol, user)
    return _json(s.ResolutionSchema, resolution_document(get_db(), r, today(), _base_url()))


@bp.post("/resolutions")
@operation(summary="Import a resolution file", tags=[TAG_RES], form=s.ImportFormSchema,
           response=s.ImportResultSchema, status=201, errors=(409, 413, 415, 422), auth=True)
def import_resolution():
    """For officers allowed to import, and admins. A text, PDF or DOCX file goes through the parser;
    an Akoma Ntoso document is read back as exported. The resolution stays unpublished until an
    officer reviews and publishes it; `review` counts the obligations with each point to review.
    409 if the symbol is already imported and `replace` is not set; 422 with the parser's message
    if the file is not a resolution."""
    from tracker.parsing import ParseError
    from tracker.services.importing import import_file

    actor = writer()
    actor.require(actor.may_import(), "import resolutions")  # 403, by the boundary
    upload = request.files.get("file")
    if upload is None:
        raise Problem(400, "send the file as multipart/form-data field 'file'")
    try:
        replace = s.ImportFormSchema().fields["replace"].deserialize(request.form.get("replace") or "false")
    except ValidationError:
        raise Problem(400, "'replace' must be true or false") from None
    data = upload.read()
    filename = (upload.filename or "upload.txt")[:200]
    try:
        with writing(handle=False):  # already imported: 409, by the boundary
            # unpublished until an officer has reviewed it (the review page publishes it)
            result = import_file(get_db(), data, filename, actor, replace=bool(replace), publish=False,
                                 today=today(), time_limit=current_app.config["PARSE_TIME_LIMIT_SECONDS"])
    except ParseError as exc:  # the parser's, not a service's refusal
        raise Problem(422, str(exc).splitlines()[0] if str(exc) else "not a resolution") from None
    body = {"symbol": result.symbol, "replaced": result.replaced, "obligations": result.obligations,
            "with_due": result.with_due, "needs_review": result.needs_review,
            "new_entities": list(result.new_entities), "published": result.published,
            "review": {str(kind): n for kind, n in result.review.items()},
            "url": url_for("api.resolution", symbol=result.symbol)}
    response, status = _json(s.ImportResultSchema, body, 201)
    response.headers["Location"] = body["url"]
    return response, status


# ---------------------------------------------------------------------- paragraphs


def _paragraph_json(row: ParagraphRow) -> dict[str, Any]:
    p = row.paragraph
    return {
        "id": p.id, "symbol": row.symbol, "kind": p.kind, "part": p.part, "number": p.number,
        "unnumbered": p.unnumbered, "eid": p.eid,
        "parent_eid": row.parent_eid, "position": p.position, "text": p.text,
        "footnotes": [f.marker for f in p.footnotes], "obligation_ids": row.obligation_ids,
    }


@bp.get("/paragraphs")
@operation(summary="Paragraphs (preambular, operative, sub-paragraphs)", tags=[TAG_RES],
           query=s.ParagraphArgs, response=s.ParagraphPageSchema)
def paragraphs():
    """In document order within a resolution; resolutions by symbol."""
    user = reader()
    args = load_args(s.ParagraphArgs)
    found = listings.list_paragraphs(get_db(), symbol=args.get("symbol"), kind=args.get("kind"),
                                     page=args["page"], per_page=args["per_page"],
                                     include_unpublished=sees_unpublished(user))
    return _json(s.ParagraphPageSchema, _page(found, _paragraph_json))


@bp.get("/paragraphs/<int:paragraph_id>")
@operation(summary="One paragraph", tags=[TAG_RES], response=s.ParagraphSchema, errors=(404,))
def paragraph(paragraph_id: int):
    user = reader()
    row = listings.find_paragraph(get_db(), paragraph_id, include_unpublished=sees_unpublished(user))
    return _json(s.ParagraphSchema, _paragraph_json(row))


# ---------------------------------------------------------------------- entities


def _entity_json(row: EntityRow) -> dict[str, Any]:
    e = row.entity
    return {"id": e.id, "name": e.name, "kind": e.kind, "aliases": [a.alias for a in e.aliases],
            "obligations": row.obligations}


@bp.get("/entities")
@operation(summary="Owners: entities with their aliases", tags=[TAG_ENT], query=s.EntityArgs,
           response=s.EntityPageSchema)
def entities():
    """By name."""
    reader()
    args = load_args(s.EntityArgs)
    found = listings.list_owners(get_db(), q=args.get("q"), page=args["page"], per_page=args["per_page"])
    return _json(s.EntityPageSchema, _page(found, _entity_json))


@bp.get("/entities/<int:entity_id>")
@operation(summary="One entity", tags=[TAG_ENT], response=s.EntitySchema, errors=(404,))
def entity(entity_id: int):
    reader()
    return _json(s.EntitySchema, _entity_json(listings.find_owner(get_db(), entity_id)))


# ---------------------------------------------------------------------- sessions


def _session_json(body: str, number: int, by_status: dict[str, int]) -> dict[str, Any]:
    from tracker.services.calendar import session_dates

    opens_on = closes_on = source = None
    try:
        dates = session_dates(get_db(), body, number)
        opens_on, closes_on, source = dates.opens_on, dates.closes_on, str(dates.source.value)
    except (CalendarError, ValueError, OverflowError):  # a session beyond what the rules model
        pass
    return {
        "body": body, "number": number, "label": format_session(body, number),
        "opens_on": opens_on.isoformat() if opens_on else None,
        "closes_on": closes_on.isoformat() if closes_on else None,
        "source": source, "obligations": sum(by_status.values()), "by_status": by_status,
    }


def _session_counts(user, body: str | None = None, number: int | None = None):
    return listings.session_status_counts(get_db(), include_unpublished=sees_unpublished(user),
                                          body=body, number=number)


@bp.get("/sessions")
@operation(summary="Sessions that obligations are due at", tags=[TAG_SES], response=s.SessionListSchema)
def sessions():
    """Each with its dates (official or by the rules of procedure) and counts by status."""
    user = reader()
    counts = _session_counts(user)
    items = [_session_json(b, n, counts[(b, n)]) for b, n in sorted(counts)]
    return _json(s.SessionListSchema, {"items": items})


@bp.get("/sessions/<body>/<int:number>")
@operation(summary="One session", tags=[TAG_SES], response=s.SessionSchema, errors=(404,),
           params={"body": {"schema": {"type": "string", "pattern": s.SESSION_BODY_PATTERN},
                            "description": "GA, HRC, ECOSOC, or another body's code (CCPCJ, C34)"},
                   "number": {"schema": {"type": "integer", "minimum": 1, "maximum": MAX_SESSION},
                              "description": "session number (ECOSOC: the year)"}})
def session(body: str, number: int):
    """Dates and what is due at it; 404 for the Security Council, which has no sessions."""
    user = reader()
    try:
        code = str(session_body(body))
    except ValueError:
        raise Problem(404, f"{body!r} has no numbered sessions") from None
    if not 1 <= number <= MAX_SESSION:
        raise Problem(404, f"no session {code} {number}")
    counts = _session_counts(user, code, number).get((code, number), {})
    data = _session_json(code, number, counts)
    if data["opens_on"] is None and not counts:
        raise Problem(404, f"no session {code} {number}")
    return _json(s.SessionSchema, data)
