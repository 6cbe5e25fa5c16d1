"""Owner candidates: actors the parser found that match no entity, for the officers who review
imports (and admins) to accept as a new entity, accept as an alias of one, or reject. Nothing else
shows them (see services/curation.py)."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import login_required
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import HiddenField, IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length

from tracker.db import utcnow
from tracker.models import CandidateStatus, Entity, OwnerCandidate
from tracker.services import curation
from tracker.services.accounts import AccountError, find_entities
from tracker.web.dashboards.labels import ENTITY_KIND_LABELS
from tracker.web.db import get_db, get_or_404, submit
from tracker.web.login import current_actor
from tracker.web.officer.forms import choices
from tracker.web.officer.views import bp

#: entity kinds in the reader's words
KIND_CHOICES = choices(ENTITY_KIND_LABELS.items())


class AcceptForm(FlaskForm):
    name = StringField(_l("Name of the new entity"),
                       validators=[DataRequired(_l("Give the entity a name.")), Length(max=300)])
    kind = SelectField(_l("Kind"), choices=KIND_CHOICES)
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget)


class AliasOfForm(FlaskForm):
    entity = StringField(_l("An alias of"), validators=[DataRequired(_l("Write the name of an entity.")),
                                                        Length(max=300)],
                         description=_l("An existing entity's name or alias; it then owns these "
                                        "obligations."),
                         render_kw={"list": "entity-names", "autocomplete": "off"})
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget)


class RejectForm(FlaskForm):
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget)


def _prefix(candidate_id: int) -> str:
    """The prefix of a candidate's forms: it keeps each field's id unique on the page, and a posted
    form reads its fields under it."""
    return f"c{candidate_id}"


def _forms(candidate: OwnerCandidate, match: Entity | None) -> dict[str, FlaskForm]:
    """Blank forms for one candidate."""
    prefix = _prefix(candidate.id)
    return {
        "accept": AcceptForm(formdata=None, prefix=prefix, name=candidate.name, kind="other",
                             version=candidate.version),
        "alias": AliasOfForm(formdata=None, prefix=prefix, entity=match.name if match else "",
                             version=candidate.version),
        "reject": RejectForm(formdata=None, prefix=prefix, version=candidate.version),
    }


def _render(submitted: tuple[int, str, FlaskForm] | None = None, status: int = 200):
    db, actor = get_db(), current_actor()
    rows = curation.list_candidates(db, actor=actor)
    forms = {row.candidate.id: _forms(row.candidate, row.match) for row in rows}
    if submitted is not None:
        candidate_id, which, form = submitted
        if candidate_id in forms:
            form.version.data = forms[candidate_id][which].version.data  # the version now shown
            forms[candidate_id][which] = form
    rejected = curation.list_candidates(db, actor=actor, status=CandidateStatus.REJECTED)
    names = list(db.scalars(select(Entity.name).order_by(Entity.name)))
    return render_template("officer/candidates.html", rows=rows, forms=forms, rejected=rejected,
                           entity_names=names), status


@bp.get("/candidates")
@login_required
def candidates():
    """Owner candidates waiting for a decision, each with the obligations that name it."""
    return _render()


def _decide(candidate_id: int, which: str, form_class: type[FlaskForm], write):
    """One decision on a candidate: the posted form ``which`` validated, then ``write(db,
    candidate, actor, form)``, which returns what to flash; an invalid form or a refusal shows
    the list again with that form as posted."""
    actor = current_actor()
    actor.require(actor.may_import(), "review owner candidates")  # before the look-up: ids reveal nothing
    candidate = get_or_404(OwnerCandidate, candidate_id)
    form = form_class(prefix=_prefix(candidate_id))
    outcome = submit(form, lambda: write(get_db(), candidate, actor, form))
    if not outcome.ok:
        return _render((candidate_id, which, form), status=outcome.status)
    flash(outcome.value, "success")
    return redirect(url_for("officer.candidates"))


@bp.post("/candidates/<int:candidate_id>/accept")
@login_required
def accept_candidate(candidate_id: int):
    """Accept as a new entity, which owns the candidate's obligations."""

    def write(db, candidate, actor, form):
        entity = curation.accept_candidate(db, candidate, actor=actor, now=utcnow(), name=form.name.data,
                                           kind=form.kind.data, expected_version=form.version.data)
        return _("%(name)s is now an entity and owns the obligations that name it.", name=entity.name)

    return _decide(candidate_id, "accept", AcceptForm, write)


@bp.post("/candidates/<int:candidate_id>/alias")
@login_required
def alias_candidate(candidate_id: int):
    """Accept as an alias of an existing entity, which owns the candidate's obligations."""

    def write(db, candidate, actor, form):
        try:
            entity = find_entities(db, [form.entity.data])[0]
        except AccountError:
            raise curation.CurationError(f"no entity named {form.entity.data!r}", code="no_such_entity",
                                         field="entity", name=form.entity.data) from None
        words = candidate.name
        curation.accept_candidate_as_alias(db, candidate, entity, actor=actor, now=utcnow(),
                                           expected_version=form.version.data)
        return _("“%(words)s” is now an alias of %(name)s, which owns the obligations that name it.",
                 words=words, name=entity.name)

    return _decide(candidate_id, "alias", AliasOfForm, write)


@bp.post("/candidates/<int:candidate_id>/reject")
@login_required
def reject_candidate(candidate_id: int):
    """Not an owner: a re-import of the same words does not bring it back."""

    def write(db, candidate, actor, form):
        curation.reject_candidate(db, candidate, actor=actor, now=utcnow(),
                                  expected_version=form.version.data)
        return _("“%(words)s” rejected: it is not an owner, and re-imports will not propose it again.",
                 words=candidate.name)

    return _decide(candidate_id, "reject", RejectForm, write)
