"""Marshmallow schemas: they shape every JSON response and request of the API, and the OpenAPI
document is generated from them, so the two cannot drift apart."""

from __future__ import annotations

from marshmallow import RAISE, Schema, ValidationError, fields, validate

from tracker.calendar import session_body
from tracker.calendar.core import BODY_CODE
from tracker.db import MAX_ID
from tracker.models import Body, MandateState, ObligationKind, ObligationStatus, ParagraphKind
from tracker.services.search import AFTER_PATTERN, MAX_DUE_WITHIN, MAX_PER_PAGE

STATUSES = [s.value for s in ObligationStatus]
KINDS = [k.value for k in ObligationKind]
MANDATE_STATES = [m.value for m in MandateState]
BODIES = [b.value for b in Body]
#: a body whose sessions deadlines name: a principal organ's code or another body's ("CCPCJ", "C34")
SESSION_BODY_PATTERN = f"^{BODY_CODE}$"
#: the highest page number the API accepts (beyond it, narrow the filter)
MAX_PAGE = 100_000


#: query strings are text without NUL characters (which no stored text holds and PostgreSQL refuses)
NO_NUL = validate.Regexp(r"^[^\x00]*$", error="contains a NUL character")


def _text(*validators, **kw):
    """A query string parameter: NUL-free text."""
    return fields.String(validate=[*validators, NO_NUL], **kw)


def _date(**kw):
    return fields.String(metadata={"format": "date", **kw.pop("metadata", {})}, **kw)


def _datetime(**kw):
    return fields.String(metadata={"format": "date-time", **kw.pop("metadata", {})}, **kw)


# ---------------------------------------------------------------------- responses


class ProblemSchema(Schema):
    type = fields.String(required=True, metadata={"description": "a URI, or about:blank"})
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    instance = fields.String()
    errors = fields.Dict(metadata={"description": "invalid fields: name -> messages"})
    changes = fields.List(fields.Dict(), metadata={"description": "409: what changed since your version"})
    current_version = fields.Integer(allow_none=True)


class EntityRefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class EntitySchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True)
    aliases = fields.List(fields.String(), required=True)
    obligations = fields.Integer(required=True, metadata={"description": "published obligations it owns"})


class ItemSchema(Schema):
    label = fields.String(required=True)
    eid = fields.String(required=True)
    is_done = fields.Boolean(required=True)


class EvidenceSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(["symbol", "link"]))
    value = fields.String(required=True)


class ObligationSchema(Schema):
    id = fields.Integer(required=True)
    symbol = fields.String(required=True, metadata={"example": "A/RES/71/19"})
    paragraph = fields.String(required=True, metadata={
        "description": "number as printed; an unnumbered paragraph's place in its part", "example": "5"})
    unnumbered = fields.Boolean(required=True, metadata={
        "description": "the paragraph is printed without a number: `paragraph` is its place, not a number "
                       "to show"})
    part = fields.String(allow_none=True, required=True)
    eid = fields.String(required=True, metadata={"example": "para_5"})
    text = fields.String(required=True)
    occurrence = fields.Integer(required=True)
    action = fields.String(allow_none=True, required=True)
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    owners = fields.List(fields.Nested(EntityRefSchema), required=True)
    owner_unconfirmed = fields.Boolean(required=True, metadata={
        "description": "the paragraph names an owner the register has not confirmed yet (a reviewer has "
                       "still to accept or reject it; its words are not public): where `owners` is empty, "
                       "its owner is not yet confirmed rather than none"})
    deliverable = fields.String(allow_none=True, required=True)
    deadline_text = fields.String(allow_none=True, required=True)
    deadlines = fields.List(fields.Dict(), required=True,
                            metadata={"description": "structured deadlines, as in `tracker parse --json`"})
    recurrence = fields.String(allow_none=True, required=True)
    due_on = _date(allow_none=True, required=True)
    due_derivation = fields.String(allow_none=True, required=True)
    target_on = _date(allow_none=True, required=True)
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    tracked = fields.Boolean(required=True, metadata={
        "description": "report, action or agenda: counted, dated, flagged overdue and reminded about"})
    is_overdue = fields.Boolean(required=True, metadata={
        "description": "derived: tracked, due before today, still open"})
    expires_on = _date(allow_none=True, required=True, metadata={
        "description": "a mandate's end: it expires, it does not fall due; a report, action or agenda "
                       "that carries a mandate has its end here beside its due date"})
    mandate_state = fields.String(allow_none=True, required=True,
                                  validate=validate.OneOf(MANDATE_STATES),
                                  metadata={"description": "mandates, and the tracked obligations "
                                                           "that carry one, only"})
    renewed_by = fields.Integer(allow_none=True, required=True, metadata={
        "description": "the later mandate (obligation id) that renewed this one"})
    needs_review = fields.Boolean(required=True)
    evidence = fields.List(fields.Nested(EvidenceSchema), required=True)
    items = fields.List(fields.Nested(ItemSchema), required=True)
    version = fields.Integer(required=True, metadata={"description": "send it back with a status update"})
    updated_at = _datetime(allow_none=True, required=True)
    url = fields.String(required=True, metadata={"description": "the obligation's page"})


class KindCountsSchema(Schema):
    tracked = fields.Integer(required=True, metadata={"description": "report, action and agenda"})
    by_kind = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)
    by_status = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)


class MandateCountsSchema(Schema):
    active = fields.Integer(required=True)
    expiring_within_90 = fields.Integer(required=True, metadata={
        "description": "expiring within MANDATE_EXPIRING_DAYS (90 unless configured)"})
    expired = fields.Integer(required=True, metadata={"description": "expired without renewal"})
    renewed = fields.Integer(required=True)


class SummarySchema(Schema):
    """The overview's numbers; each equals the total of the obligation list it links to."""

    obligations = fields.Nested(KindCountsSchema, required=True)
    standing = fields.Integer(required=True, metadata={"description": "standing calls (exhortations)"})
    overdue = fields.Integer(required=True)
    due_within_30 = fields.Integer(required=True)
    due_within_90 = fields.Integer(required=True)
    mandates = fields.Nested(MandateCountsSchema, required=True)


class PageSchema(Schema):
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    pages = fields.Integer(required=True)


class ObligationPageSchema(PageSchema):
    items = fields.List(fields.Nested(ObligationSchema), required=True)
    total_exact = fields.Boolean(required=True, metadata={"description": (
        "false when more than 1,000 obligations match and `count=exact` was not asked for: "
        "`total` and `pages` are then lower bounds (what is known to exist so far)")})
    next = fields.String(required=True, allow_none=True, metadata={"description": (
        "the next page by keyset (`after=`), a URL relative to the server: stable while "
        "obligations are added, and as fast deep in the list as on its first page; null on the "
        "last page")})


class EntityPageSchema(PageSchema):
    items = fields.List(fields.Nested(EntitySchema), required=True)


class ResolutionSummarySchema(Schema):
    id = fields.Integer(required=True)
    symbol = fields.String(required=True)
    body = fields.String(required=True)
    session = fields.Integer(allow_none=True, required=True)
    title = fields.String(required=True)
    adopted_on = _date(allow_none=True, required=True)
    published = fields.Boolean(required=True)
    obligations = fields.Integer(required=True)
    url = fields.String(required=True, metadata={"description": "this resolution in the API"})


class ResolutionPageSchema(PageSchema):
    items = fields.List(fields.Nested(ResolutionSummarySchema), required=True)


class ParagraphSchema(Schema):
    id = fields.Integer(required=True)
    symbol = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf([k.value for k in ParagraphKind]))
    part = fields.String(allow_none=True, required=True)
    number = fields.String(required=True, metadata={
        "description": "as printed; an unnumbered paragraph's place in its part"})
    unnumbered = fields.Boolean(required=True, metadata={
        "description": "an operative paragraph printed without a number (a part's one paragraph)"})
    eid = fields.String(required=True)
    parent_eid = fields.String(allow_none=True, required=True)
    position = fields.Integer(required=True)
    text = fields.String(required=True)
    footnotes = fields.List(fields.String(), required=True)
    obligation_ids = fields.List(fields.Integer(), required=True)


class ParagraphPageSchema(PageSchema):
    items = fields.List(fields.Nested(ParagraphSchema), required=True)


class SubParagraphDocSchema(Schema):
    label = fields.String(required=True)
    text = fields.String(required=True)
    eid = fields.String(required=True)
    subparagraphs = fields.List(fields.Dict(), required=True, metadata={"description": "nested, same shape"})


class PreambularDocSchema(Schema):
    number = fields.Raw(required=True, metadata={"description": "position in the preamble"})
    text = fields.String(required=True)
    eid = fields.String(required=True)
    footnotes = fields.List(fields.String(), required=True)


class OperativeDocSchema(Schema):
    number = fields.String(required=True)
    part = fields.String()
    unnumbered = fields.Boolean(metadata={
        "description": "true where printed without a number (`number` is then its place), else absent"})
    eid = fields.String(required=True)
    text = fields.String(required=True)
    action = fields.String(allow_none=True, required=True)
    kind = fields.String(allow_none=True, required=True)
    actors = fields.List(fields.String(), required=True)
    deliverable = fields.String(allow_none=True, required=True)
    subparagraphs = fields.List(fields.Nested(SubParagraphDocSchema), required=True)
    deadline = fields.Dict(allow_none=True, required=True)
    deadlines = fields.List(fields.Dict(), required=True)
    footnotes = fields.List(fields.String(), required=True)
    obligations = fields.List(fields.Dict(), required=True,
                              metadata={"description": "the register's obligations for this paragraph"})


class FootnoteDocSchema(Schema):
    marker = fields.String(required=True)
    text = fields.String(required=True)
    cited_by = fields.List(fields.String(), required=True)


class ResolutionSchema(Schema):
    """The whole resolution: the same document as ``/exports/resolutions/<symbol>.json``."""

    symbol = fields.String(required=True)
    body = fields.String(required=True)
    session = fields.Integer(allow_none=True, required=True)
    adopted_on = _date(allow_none=True, required=True)
    title = fields.String(required=True)
    agenda_items = fields.List(fields.String(), required=True)
    meeting = fields.String(allow_none=True, required=True)
    draft_symbols = fields.List(fields.String(), required=True)
    committee_note = fields.String(allow_none=True, required=True)
    distributed_on = _date(allow_none=True, required=True)
    published = fields.Boolean(required=True)
    preambular_count = fields.Integer(required=True)
    preambular = fields.List(fields.Nested(PreambularDocSchema), required=True)
    operative = fields.List(fields.Nested(OperativeDocSchema), required=True)
    footnotes = fields.List(fields.Nested(FootnoteDocSchema), required=True)
    references = fields.List(fields.String(), required=True)


class SessionSchema(Schema):
    body = fields.String(required=True, validate=validate.OneOf(BODIES))
    number = fields.Integer(required=True)
    label = fields.String(required=True, metadata={"example": "GA 73"})
    opens_on = _date(allow_none=True, required=True)
    closes_on = _date(allow_none=True, required=True)
    source = fields.String(allow_none=True, required=True,
                           metadata={"description": "official (an admin's record), printed (as a resolution "
                                                    "prints them), rule, record or estimate"})
    obligations = fields.Integer(required=True, metadata={"description": "obligations due at this session"})
    by_status = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)


class SessionListSchema(Schema):
    items = fields.List(fields.Nested(SessionSchema), required=True)


class ImportResultSchema(Schema):
    symbol = fields.String(required=True)
    replaced = fields.Boolean(required=True)
    obligations = fields.Integer(required=True)
    with_due = fields.Integer(required=True)
    needs_review = fields.Integer(required=True)
    new_entities = fields.List(fields.String(), required=True)
    published = fields.Boolean(required=True, metadata={"description": "false until an officer publishes it"})
    review = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True, metadata={
        "description": "obligations per point to review: unknown_owners, low_confidence, "
                       "undated_deadline, current_session"})
    url = fields.String(required=True)


# ---------------------------------------------------------------------- requests


class SessionBody(fields.String):
    """A body whose sessions a deadline names, read as ``calendar.session_body`` reads it ("ccpcj" ->
    "CCPCJ"; not the Security Council, which has none)."""

    def _deserialize(self, value, attr, data, **kwargs) -> str:
        try:
            return str(session_body(super()._deserialize(value, attr, data, **kwargs)))
        except ValueError as exc:
            raise ValidationError(str(exc)) from None


class PaginationArgs(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=MAX_PAGE))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=MAX_PER_PAGE))


class ObligationArgs(PaginationArgs):
    """The dashboards' filters (``tracker.services.search.ObligationFilter``)."""

    symbol = _text(validate.Length(max=80), metadata={"description": "a symbol, or its beginning ending in /",
                                                      "example": "A/RES/71/19"})
    status = fields.List(fields.String(validate=validate.OneOf(STATUSES)))
    kind = fields.List(fields.String(validate=validate.OneOf(KINDS)))
    body = fields.String(validate=validate.OneOf(BODIES), metadata={"description": "adopting body"})
    session = fields.Integer(validate=validate.Range(min=1, max=9999))
    due_body = SessionBody(validate=validate.Regexp(SESSION_BODY_PATTERN),
                           metadata={"description": "with due_session: due at that session of GA, HRC, "
                                                    "ECOSOC or another body (its code: CCPCJ, C34)"})
    due_session = fields.Integer(validate=validate.Range(min=1, max=9999))
    owner = fields.Integer(validate=validate.Range(min=1, max=MAX_ID),
                           metadata={"description": "entity id"})
    tracked = fields.Boolean(metadata={"description": "only report, action and agenda obligations"})
    overdue = fields.Boolean(metadata={"description": "only tracked obligations past due and still open"})
    mandate = fields.List(fields.String(validate=validate.OneOf(MANDATE_STATES)),
                          metadata={"description": "mandates in these states"})
    due_within = fields.Integer(validate=validate.Range(min=0, max=MAX_DUE_WITHIN),
                                metadata={"description": "due from today to today + N days"})
    # dates, strictly: an empty value is not a date (the dashboards' forms may send one; the API not)
    due_from = fields.Date()
    due_to = fields.Date()
    q = _text(validate.Length(max=200), metadata={"description": "words in the text"})
    # the shape of a position, so that the document and the server agree on what is one
    # (its pattern excludes NUL already: one regular expression, as the document can hold one)
    after = fields.String(validate=validate.Regexp(AFTER_PATTERN), metadata={"description": (
        "keyset pagination: the position a previous page's `next` link carries; `page` is then "
        "ignored and `total`/`pages` count from that position on. `page` (offset pagination) "
        "keeps working")})
    count = fields.String(load_default="bounded", validate=validate.OneOf(["bounded", "exact"]),
                          metadata={"description": "`exact` counts every match (slower on large "
                                    "results); `bounded` stops at 1,000"})


class ResolutionArgs(PaginationArgs):
    body = fields.String(validate=validate.OneOf(BODIES))
    session = fields.Integer(validate=validate.Range(min=1, max=9999))
    symbol = _text(validate.Length(max=80),
                   metadata={"description": "a symbol, or its beginning ending in /"})


class ParagraphArgs(PaginationArgs):
    symbol = _text(validate.Length(max=80), metadata={"example": "A/RES/71/19"})
    kind = fields.String(validate=validate.OneOf([k.value for k in ParagraphKind]))


class EntityArgs(PaginationArgs):
    q = _text(validate.Length(max=200), metadata={"description": "part of a name"})


class StatusUpdateSchema(Schema):
    class Meta:
        #: a misspelt field ("evidences") is an error, not silently dropped; the document says so
        unknown = RAISE

    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    comment = fields.String(validate=validate.Length(max=5000))
    evidence = fields.List(fields.String(validate=validate.Length(min=1, max=500)),
                           validate=validate.Length(max=50),
                           metadata={"description": "document symbols (A/73/123) or https links"})
    version = fields.Integer(required=True, validate=validate.Range(min=1, max=2**31 - 1),
                             metadata={"description": "the version you read; 409 if it changed"})


class ImportFormSchema(Schema):
    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary",
                                               "description": ".txt, .pdf, .docx or Akoma Ntoso .xml"})
    replace = fields.Boolean(metadata={"description": "replace the resolution if already imported"})
