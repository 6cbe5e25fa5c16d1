"""Officer pages. Thin: load, check the actor, call a service, commit once, redirect."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tracker.db import utcnow
from tracker.models import (
    Entity,
    Obligation,
    ObligationItem,
    ObligationKind,
    ObligationStatus,
    Resolution,
)
from tracker.services import obligations as svc
from tracker.services.actors import Actor
from tracker.services.calendar import load_calendar, principal
from tracker.services.importing.review import DeadlineView, deadline_views
from tracker.web.clock import today
from tracker.web.dashboards.labels import MANDATE_LABELS
from tracker.web.db import Outcome, get_db, get_or_404, writing
from tracker.web.formatting import paragraph_number
from tracker.web.login import current_actor, roles_required
from tracker.web.messages import error_message, show_error
from tracker.web.officer import uploads
from tracker.web.officer.forms import (
    STATUS_LABELS,
    BulkStatusForm,
    ConfirmAgendaForm,
    DeleteResolutionForm,
    ItemForm,
    PublishForm,
    RenewalForm,
    ReviewForm,
    SaveImportForm,
    StatusForm,
    UploadForm,
    choices,
)
from tracker.web.urls import drop_empty_args

bp = Blueprint("officer", __name__)

#: a change to several obligations met one that someone else changed meanwhile
STALE_SELECTION = _l("Someone else changed one of these obligations at the same time: nothing was saved.")


def _obligation_or_404(obligation_id: int) -> Obligation:
    obligation = svc.load_obligation(get_db(), obligation_id)
    if obligation is None:
        abort(404)
    return obligation


def _may_see(obligation: Obligation) -> bool:
    """Published obligations are for everyone the dashboards are for; unpublished ones for importers."""
    if obligation.resolution.published_at is not None:
        return current_user.is_authenticated or not current_app.config.get("DASHBOARDS_REQUIRE_LOGIN")
    return current_user.is_authenticated and current_actor().may_import()


def _owner_ids(obligation: Obligation) -> set[int]:
    return {e.id for e in obligation.owners}


def _deadline_views(obligation: Obligation) -> list[DeadlineView]:
    """The obligation's deadlines in words, each dated on its own, as the import's preview says them."""
    resolution = obligation.resolution
    return deadline_views(load_calendar(get_db()), obligation.deadlines or [],
                          adopted_on=resolution.adopted_on, body=resolution.body, today=today())


def _render_obligation(obligation: Obligation, *, form: StatusForm | None = None, status: int = 200,
                       conflict: svc.StaleObligation | None = None, changes=None,
                       renewal_form: RenewalForm | None = None):
    from tracker.services.successors import renewal_candidates

    actor: Actor | None = current_actor() if current_user.is_authenticated else None
    may_update = actor is not None and actor.may_update(_owner_ids(obligation))
    if form is None:
        form = StatusForm(formdata=None, status=obligation.status, version=obligation.version)
    # the form always carries the version shown on the page (after a 409: the current one)
    form.version.data = obligation.version
    form.version.raw_data = [str(obligation.version)]
    may_review_renewal = obligation.has_mandate and actor is not None and actor.may_import()
    if may_review_renewal and renewal_form is None:
        renewal_form = RenewalForm(formdata=None, renewed_by=str(obligation.renewed_by_id or ""))
    if renewal_form is not None:
        renewal_form.version.data = obligation.version
        renewal_form.version.raw_data = [str(obligation.version)]
    return render_template(
        "officer/obligation.html",
        obligation=obligation,
        deadlines=_deadline_views(obligation),
        mandate_refs=_mandate_refs(obligation, changes or []),
        resolution=obligation.resolution,
        form=form,
        item_form=ItemForm(formdata=None),
        may_update=may_update,
        may_review=actor is not None and actor.may_review(_owner_ids(obligation)),
        status_labels=STATUS_LABELS,
        mandate_labels={k: str(v) for k, v in MANDATE_LABELS.items()},
        expiring_days=int(current_app.config["MANDATE_EXPIRING_DAYS"]),
        conflict=conflict,
        changes=changes or [],
        today=today(),
        may_review_renewal=may_review_renewal,
        renewal_form=renewal_form,
        renewal_candidates=renewal_candidates(get_db(), obligation) if may_review_renewal else [],
    ), status


def _mandate_refs(obligation: Obligation, changes) -> dict[int, tuple[str, str]]:
    """The mandates its renewal history names (by id), as (resolution symbol, paragraph number)."""
    ids = {v for h in obligation.history if h.field in ("renewed_by", "renews")
           for v in (h.old_value, h.new_value) if isinstance(v, int)}
    ids |= {v for c in changes if c["field"] in ("renewed_by", "renews")
            for v in (c["old"], c["new"]) if isinstance(v, int)}
    if not ids:
        return {}
    rows = get_db().scalars(select(Obligation).where(Obligation.id.in_(ids))
                            .options(selectinload(Obligation.resolution), selectinload(Obligation.paragraph)))
    return {o.id: (o.resolution.symbol, paragraph_number(o.paragraph)) for o in rows}


@bp.get("/obligations/<int:obligation_id>")
def obligation(obligation_id: int):
    """The paragraph, its resolution, owners, due date and how it was derived, status, history."""
    ob = _obligation_or_404(obligation_id)
    if not _may_see(ob):
        if not current_user.is_authenticated:
            return current_app.login_manager.unauthorized()
        abort(404)
    return _render_obligation(ob)


@bp.post("/obligations/<int:obligation_id>/status")
@login_required
def status(obligation_id: int):
    """Change status with a comment and evidence; 409 with what changed on a stale ``version``."""
    db = get_db()
    ob = _obligation_or_404(obligation_id)
    actor = current_actor()
    actor.require(actor.may_update(_owner_ids(ob)), f"update obligation {ob.id}")
    form = StatusForm()
    if not form.validate_on_submit():
        return _render_obligation(ob, form=form, status=400)
    with writing(show=False) as outcome:
        entry = svc.change_status(
            db, ob, form.status.data, actor=actor, now=utcnow(), comment=form.comment.data,
            evidence=form.evidence.data, expected_version=form.version.data,
        )
    if not outcome.ok:
        return _refused(obligation_id, outcome, form)
    if entry is None:
        flash(_("Nothing changed."), "info")
    else:
        flash(_("Status saved: %(status)s.", status=STATUS_LABELS.get(ob.status, ob.status)), "success")
    return redirect(url_for("officer.obligation", obligation_id=ob.id))


def _refused(obligation_id: int, outcome: Outcome, form):
    """Nothing was written: the obligation as it is now, with what changed since the form (a stale
    version) or the refusal next to the field it concerns."""
    if isinstance(outcome.error, svc.StaleObligation):
        return _conflict(obligation_id, outcome.error, form)
    show_error(outcome.error, form)
    return _render_obligation(_obligation_or_404(obligation_id), status=outcome.status,
                              form=form if isinstance(form, StatusForm) else None)


def _conflict(obligation_id: int, exc: svc.StaleObligation, form):
    """Nothing was written: show the obligation as it is now and what changed since the form."""
    db = get_db()
    fresh = _obligation_or_404(obligation_id)
    changes = svc.changes_since(db, obligation_id, exc.expected) if exc.expected is not None else []
    exc.current = fresh.version
    if isinstance(form, StatusForm):
        return _render_obligation(fresh, form=form, status=409, conflict=exc, changes=changes)
    return _render_obligation(fresh, status=409, conflict=exc, changes=changes)


@bp.post("/obligations/<int:obligation_id>/items/<int:item_id>")
@login_required
def tick(obligation_id: int, item_id: int):
    """Tick (or untick) one sub-item."""
    db = get_db()
    ob = _obligation_or_404(obligation_id)
    actor = current_actor()
    actor.require(actor.may_update(_owner_ids(ob)), f"update obligation {ob.id}")
    item = db.get(ObligationItem, item_id)
    if item is None or item.obligation_id != ob.id:
        abort(404)
    form = ItemForm()
    if not form.validate_on_submit():
        return _render_obligation(ob, status=400)
    with writing(show=False) as outcome:
        svc.tick_item(db, item, form.done.data == "1", actor=actor, now=utcnow(),
                      expected_version=form.version.data)
    if not outcome.ok:
        return _refused(obligation_id, outcome, form)
    return redirect(url_for("officer.obligation", obligation_id=ob.id) + f"#item-{item.id}")


# --------------------------------------------------------------------------- review


def _entity_choices() -> list[tuple[int, str]]:
    return choices((e.id, e.name) for e in get_db().scalars(select(Entity).order_by(Entity.name)))


_DEADLINE_FIELDS = ("kind", "text", "body", "session", "end", "date", "days", "period", "every")


def _deadline_fields(first: dict | None) -> dict:
    """The review form's deadline fields for the deadline the obligation is filed under."""
    if not first:
        return {"kind": "none", "text": None, "body": None, "session": None, "end": False,
                "date": None, "days": None, "period": None, "every": None}
    import datetime as dt

    return {"kind": first.get("kind"), "text": first.get("text"), "body": first.get("body") or "GA",
            "session": first.get("session"), "end": bool(first.get("end")),
            "date": dt.date.fromisoformat(first["date"]) if first.get("date") else None,
            "days": first.get("days"), "every": first.get("every"),
            # the form's period is one after a session's end; a delay from the adoption is its days (its
            # period only says how the resolution wrote it: "within six months", "P6M")
            "period": first.get("period") if first.get("from") == "session_end" else None}


def _deadline_untouched(form: ReviewForm, ob: Obligation) -> bool:
    """True when the form's deadline fields are those the stored deadline filled in: the
    stored deadline stands, with what the form does not show (``expires``, a computed ``date``)."""
    def norm(value):
        return (value.strip() or None) if isinstance(value, str) else value

    shown = _deadline_fields(principal(ob.deadlines))
    if shown["kind"] == "none":
        return norm(form.deadline_kind.data) in (None, "none")
    return all(norm(getattr(form, f"deadline_{name}").data) == norm(shown[name])
               for name in _DEADLINE_FIELDS)


def _fill_review_form(form: ReviewForm, ob: Obligation) -> None:
    form.kind.data = ob.kind
    form.owners.data = [e.id for e in ob.owners]
    form.deliverable.data = ob.deliverable
    for name, value in _deadline_fields(principal(ob.deadlines)).items():
        getattr(form, f"deadline_{name}").data = value
    form.due_on_override.data = ob.due_on_override
    form.version.data = ob.version


@bp.route("/obligations/<int:obligation_id>/review", methods=["GET", "POST"])
@login_required
def review(obligation_id: int):
    """Correct kind, owners, deliverable, deadline and due date; mark reviewed."""
    db = get_db()
    ob = _obligation_or_404(obligation_id)
    actor = current_actor()
    actor.require(actor.may_review(_owner_ids(ob)), "review this obligation")
    form = ReviewForm()
    form.owners.choices = _entity_choices()
    # "Save and next" goes through the paragraphs this reviewer may review, in document order
    sequence = [o for o in _resolution_obligations(ob.resolution_id)
                if o.id == ob.id or actor.may_review(_owner_ids(o))]
    position = next((i for i, o in enumerate(sequence) if o.id == ob.id), 0)
    following = sequence[position + 1] if position + 1 < len(sequence) else None
    status = 200
    if request.method == "GET":
        _fill_review_form(form, ob)
    elif form.validate_on_submit() and _owner_to_add(form) is not False:
        with writing(show=False) as outcome:
            # an untouched deadline stands as stored (an expiry keeps ``expires``, a date the
            # calendar computed stays)
            untouched = _deadline_untouched(form, ob)
            deadline = None if untouched else svc.make_deadline(
                form.deadline_kind.data, text=form.deadline_text.data, body=form.deadline_body.data,
                session=form.deadline_session.data, end=form.deadline_end.data, date=form.deadline_date.data,
                days=form.deadline_days.data, every=form.deadline_every.data,
                period=form.deadline_period.data,
            )
            owners = list(db.scalars(select(Entity).where(Entity.id.in_(form.owners.data or []))))
            added = _owner_to_add(form)
            if added is not None and added not in owners:
                owners.append(added)
            now = utcnow()
            result = svc.review_obligation(
                db, ob, actor=actor, now=now, today=today(), kind=form.kind.data, owners=owners,
                deliverable=form.deliverable.data,
                **({} if untouched else {"deadline": deadline}),
                due_on_override=form.due_on_override.data, comment=form.comment.data,
                expected_version=form.version.data,
            )
        if isinstance(outcome.error, svc.StaleObligation):
            return _conflict(obligation_id, outcome.error, form)
        if not outcome.ok:
            show_error(outcome.error, form)
            status = outcome.status
            ob = _obligation_or_404(obligation_id)
        else:
            if result.due_error:
                flash(_("Saved, but the calendar cannot date this deadline: %(why)s", why=result.due_error),
                      "warning")
            else:
                flash(_("Paragraph %(n)s reviewed.", n=paragraph_number(ob.paragraph)), "success")
            if form.add_owner.data and "add" in request.form:  # "Add": stay, to add or remove more
                return redirect(url_for("officer.review", obligation_id=ob.id) + "#owners")
            if "next" in request.form:
                return redirect(url_for("officer.review", obligation_id=following.id) if following
                                else url_for("officer.review_resolution", resolution_id=ob.resolution_id))
            return redirect(url_for("officer.obligation", obligation_id=ob.id))
    else:
        status = 400
    owners_now = list(ob.owners) if request.method == "GET" else list(
        db.scalars(select(Entity).where(Entity.id.in_(form.owners.data or [])).order_by(Entity.name)))
    return render_template("officer/review.html", form=form, obligation=ob, resolution=ob.resolution,
                           other_deadlines=_deadline_views(ob)[1:],
                           current_owners=owners_now, entity_names=[c.label for c in form.owners.choices],
                           position=position + 1, count=len(sequence), following=following), status


def _owner_to_add(form: ReviewForm):
    """The entity typed in "Add an owner" (name or alias), None if the box is empty, False (with
    the error on the field) if no entity has that name."""
    name = (form.add_owner.data or "").strip()
    if not name:
        return None
    from tracker.services.accounts import AccountError, find_entities

    try:
        return find_entities(get_db(), [name])[0]
    except AccountError:
        form.add_owner.errors = [*form.add_owner.errors, _(
            "No entity is called “%(name)s”. Pick a name from the suggestions, or ask an "
            "administrator to add the entity.", name=name)]
        return False


def _resolution_obligations(resolution_id: int) -> list[Obligation]:
    """A resolution's obligations in the order of its paragraphs (review goes through them)."""
    obligations = list(get_db().scalars(
        select(Obligation).where(Obligation.resolution_id == resolution_id)
        .options(selectinload(Obligation.owners), selectinload(Obligation.candidates),
                 selectinload(Obligation.paragraph))
    ))
    obligations.sort(key=lambda o: (o.paragraph.position, o.occurrence))
    return obligations


@bp.get("/resolutions/<int:resolution_id>/review")
@login_required
def review_resolution(resolution_id: int):
    """What the parser inferred for each obligation of a resolution, with what needs a look."""
    actor = current_actor()
    actor.require(actor.may_import(), "review resolutions")
    resolution = get_or_404(Resolution, resolution_id)
    obligations = _resolution_obligations(resolution.id)
    reviewable = [o for o in obligations if actor.may_review(_owner_ids(o))]
    start = next((o for o in reviewable if o.needs_review), reviewable[0] if reviewable else None)
    from tracker.services.withdrawal import may_delete

    return render_template("officer/review_resolution.html", resolution=resolution, obligations=obligations,
                           publish_form=PublishForm(), status_labels=STATUS_LABELS, start_review=start,
                           may_delete=may_delete(actor, resolution))


@bp.post("/resolutions/<int:resolution_id>/publish")
@login_required
def publish(resolution_id: int):
    """Make an imported resolution visible on the dashboards."""
    db = get_db()
    actor = current_actor()
    actor.require(actor.may_import(), "publish resolutions")
    resolution = get_or_404(Resolution, resolution_id)
    if not PublishForm().validate_on_submit():
        abort(400)
    with writing(handle=False):
        svc.publish_resolution(db, resolution, actor=actor, now=utcnow())
    flash(_("%(symbol)s is published.", symbol=resolution.symbol), "success")
    return redirect(url_for("officer.review_resolution", resolution_id=resolution.id))


@bp.route("/resolutions/<int:resolution_id>/delete", methods=["GET", "POST"])
@login_required
def delete_resolution(resolution_id: int):
    """Delete a resolution (a draft imported wrongly or twice; an admin, a published one): the page says
    what goes with it and asks to confirm; the service checks who may (``withdrawal.may_delete``)."""
    from tracker.services import withdrawal

    db = get_db()
    actor = current_actor()
    resolution = get_or_404(Resolution, resolution_id)
    actor.require(withdrawal.may_delete(actor, resolution), "delete this resolution")
    form = DeleteResolutionForm()
    if form.validate_on_submit():
        symbol = resolution.symbol
        with writing(form) as outcome:
            withdrawal.delete_resolution(db, resolution, actor=actor, today=today(), reason=form.reason.data)
        if outcome.ok:
            flash(_("%(symbol)s is deleted from the register.", symbol=symbol), "success")
            return redirect(url_for("dashboards.overview"))
    status = 400 if form.is_submitted() else 200
    return render_template("officer/delete_resolution.html", resolution=resolution, form=form,
                           impact=withdrawal.deletion_impact(db, resolution)), status


# --------------------------------------------------------------------------- import


@bp.route("/import", methods=["GET", "POST"])
@login_required
def import_upload():
    """Upload a file and see what the parser found, before anything is saved."""
    from tracker.parsing import ParseError
    from tracker.services.importing import preview, read_resolution, symbol_variants

    actor = current_actor()
    actor.require(actor.may_import(), "import resolutions")
    form = UploadForm()
    if request.method == "GET":
        return render_template("officer/import.html", form=form)
    if not form.validate_on_submit():
        return render_template("officer/import.html", form=form), 400
    upload = form.file.data
    filename = (upload.filename or "upload.txt").rsplit("/", 1)[-1][:300]
    data = upload.read()
    try:
        parsed, _text = read_resolution(get_db(), data, filename,
                                        time_limit=current_app.config["PARSE_TIME_LIMIT_SECONDS"])
    except ParseError as exc:
        return render_template("officer/import.html", form=form, parse_error=exc, filename=filename), 422
    token = uploads.keep(data, filename, actor.user_id)
    db = get_db()
    existing = db.scalar(select(Resolution).where(Resolution.symbol.in_(symbol_variants(parsed.symbol))))
    save_form = SaveImportForm(formdata=None, upload=token, replace=existing is not None)
    return render_template("officer/preview.html", parsed=parsed, filename=filename, save_form=save_form,
                           existing=existing, review=preview(db, parsed, today()))


@bp.post("/import/save")
@login_required
def import_save():
    """Save the previewed upload: one transaction; a re-import only when replacing is asked for."""
    from tracker.parsing import ParseError
    from tracker.services.importing import import_file

    actor = current_actor()
    actor.require(actor.may_import(), "import resolutions")
    form = SaveImportForm()
    if not form.validate_on_submit():
        abort(400)
    kept = uploads.load(form.upload.data, actor.user_id)
    if kept is None:
        flash(_("That upload has expired: upload the file again."), "error")
        return redirect(url_for("officer.import_upload"))
    data, filename = kept
    try:
        with writing() as outcome:  # already imported: the message says to tick "Replace"
            result = import_file(get_db(), data, filename, actor, replace=form.replace.data,
                                 publish=form.publish.data, today=today(), now=utcnow(),
                                 time_limit=current_app.config["PARSE_TIME_LIMIT_SECONDS"])
    except ParseError as exc:  # the parser's, not a service's refusal
        flash(str(exc), "error")
        return redirect(url_for("officer.import_upload"))
    if not outcome.ok:
        return redirect(url_for("officer.import_upload"))
    uploads.discard(form.upload.data)
    flash(result.summary(_, ngettext), "success")  # in the reader's language
    return redirect(url_for("officer.review_resolution", resolution_id=result.resolution.id))


@bp.post("/obligations/<int:obligation_id>/renewal")
@roles_required("officer", "admin")
def renewal(obligation_id: int):
    """An officer confirms, corrects or undoes which later mandate renewed this one: one of the
    likely candidates, none ("not renewed"), or one found by resolution symbol and paragraph."""
    from tracker.services.errors import Invalid
    from tracker.services.successors import find_mandate, set_renewal

    db = get_db()
    ob = _obligation_or_404(obligation_id)
    form = RenewalForm()
    if not form.validate_on_submit():
        return _render_obligation(ob, status=400, renewal_form=form)
    choice = form.renewed_by.data or ""
    with writing(form, show=False) as outcome:
        if choice == "other":
            later = find_mandate(db, form.symbol.data, form.paragraph.data)
        elif choice:
            later = db.get(Obligation, int(choice))
            if later is None:
                raise Invalid(f"no obligation {choice}", code="renewal_not_a_mandate", field="renewed_by")
        else:
            later = None
        changed = set_renewal(db, ob, later, actor=current_actor(), comment="reviewed by an officer",
                              now=utcnow(), expected_version=form.version.data)
    if not outcome.ok:
        if isinstance(outcome.error, svc.StaleObligation):
            fresh = _obligation_or_404(obligation_id)
            outcome.error.current = fresh.version
            return _render_obligation(fresh, status=409, conflict=outcome.error, renewal_form=form,
                                      changes=svc.changes_since(db, obligation_id, outcome.error.expected))
        show_error(outcome.error, form)
        return _render_obligation(_obligation_or_404(obligation_id), status=outcome.status, renewal_form=form)
    flash(_("Renewal saved.") if changed else _("Nothing changed."), "success" if changed else "info")
    return redirect(url_for("officer.obligation", obligation_id=obligation_id) + "#mandate")


# --------------------------------------------------------------------------- a session's agenda


@bp.post("/sessions/<body>/<int:number>/agenda")
@roles_required("officer", "admin")
def confirm_agenda(body: str, number: int):
    """The session's agenda is out: its agenda items are confirmed together, one history entry
    each, with the agenda's symbol as evidence."""
    db = get_db()
    back = url_for("dashboards.session", body=body, number=number)
    form = ConfirmAgendaForm()
    if not form.validate_on_submit():
        flash(_("Give the agenda's document symbol."), "error")
        return redirect(back)
    try:
        ids = [int(i) for i in request.form.getlist("ids")] or None
    except ValueError:
        abort(400)
    with writing(show=False) as outcome:
        changed = svc.confirm_agenda_items(db, body, number, evidence=form.evidence.data,
                                           actor=current_actor(), now=utcnow(), obligation_ids=ids)
    if not outcome.ok:
        flash(str(STALE_SELECTION) if isinstance(outcome.error, svc.StaleObligation)
              else error_message(outcome.error), "error")
        return redirect(back)
    flash(ngettext("%(num)d agenda item confirmed.", "%(num)d agenda items confirmed.", len(changed)),
          "success")
    return redirect(back)


# --------------------------------------------------------------------------- my work


#: the due windows My work offers (days from today; 0: overdue only)
DUE_WINDOWS = (0, 7, 30, 90)


def _work_filters() -> dict:
    """My work's filters from the query string; anything not understood is left out."""
    args = request.args
    statuses = [s for s in args.getlist("status") if s in {str(x) for x in ObligationStatus}]
    kinds = [k for k in args.getlist("kind") if k in {str(x) for x in ObligationKind}]
    resolution = args.get("resolution", type=int)
    due = args.get("due", type=int)
    return {"statuses": statuses, "kinds": kinds, "resolution_id": resolution,
            "due_within": due if due in DUE_WINDOWS else None,
            "include_closed": args.get("all") == "1"}


def _render_my_work(form: BulkStatusForm, status: int = 200, selection_error: str | None = None,
                    selected: frozenset[int] = frozenset()):
    db = get_db()
    actor = current_actor()
    filters = _work_filters()
    work = svc.list_my_work(db, actor, today(), **filters)
    everything = svc.list_my_work(db, actor, today(), include_closed=True)
    resolutions = sorted({w.obligation.resolution for w in everything}, key=lambda r: r.symbol)
    return render_template(
        "officer/my_work.html", work=work, form=form, filters=filters, resolutions=resolutions,
        statuses=[str(s) for s in ObligationStatus], kinds=[str(k) for k in ObligationKind],
        due_windows=DUE_WINDOWS, status_labels=STATUS_LABELS, today=today(),
        selection_error=selection_error, selected=selected, total=len(everything),
    ), status


@bp.get("/my-work")
@roles_required("officer", "admin")
def my_work():
    """The obligations my entities own, most urgent first, filtered, with a bulk status update."""
    cleaned = drop_empty_args()
    if cleaned is not None:
        return cleaned
    return _render_my_work(BulkStatusForm(formdata=None))


@bp.post("/my-work/bulk")
@roles_required("officer", "admin")
def bulk():
    """One status change to every selected obligation: all or nothing."""
    db = get_db()
    actor = current_actor()
    try:
        ids = [int(i) for i in request.form.getlist("ids")]
    except ValueError:
        abort(400)
    owned = {
        o.id: {e.id for e in o.owners}
        for o in db.scalars(select(Obligation).where(Obligation.id.in_(ids))
                            .options(selectinload(Obligation.owners)))
    }
    for owner_ids in owned.values():
        actor.require(actor.may_update(owner_ids), "update these obligations")
    form = BulkStatusForm()
    selected = frozenset(ids)
    if not form.validate_on_submit():
        return _render_my_work(form, 400, selected=selected)
    with writing(show=False) as outcome:
        changed = svc.bulk_change_status(db, ids, form.status.data, actor=actor, now=utcnow(),
                                         comment=form.comment.data, evidence=form.evidence.data)
    exc = outcome.error
    if isinstance(exc, svc.StaleObligation):
        flash(str(STALE_SELECTION), "error")
        return _render_my_work(form, outcome.status, selected=selected)
    if exc is not None and exc.field == "ids":
        return _render_my_work(form, outcome.status, selection_error=error_message(exc), selected=selected)
    if exc is not None:
        show_error(exc, form)
        return _render_my_work(form, outcome.status, selected=selected)
    flash(ngettext("%(num)d obligation updated.", "%(num)d obligations updated.", len(changed)), "success")
    return redirect(request.form.get("back") if _is_my_work_url(request.form.get("back"))
                    else url_for("officer.my_work"))


def _is_my_work_url(url: str | None) -> bool:
    return bool(url) and url.startswith(url_for("officer.my_work")) and "//" not in url
