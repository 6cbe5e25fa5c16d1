"""Admin pages that curate entities: merge one into another, delete one (see services/curation.py).

Both forms sit on the entity's page with the version it showed: a change based on a stale page is
refused (409) and the page comes back as the entity now is."""

from __future__ import annotations

from flask import flash, redirect, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import select

from tracker.db import utcnow
from tracker.models import Entity
from tracker.services import curation
from tracker.web.admin.forms import EntityDeleteForm, MergeForm
from tracker.web.admin.views import _render_entity, bp
from tracker.web.db import get_db, get_or_404, submit
from tracker.web.login import current_actor
from tracker.web.officer.forms import choices


def _survivor_choices(entity: Entity) -> list[tuple[int, str]]:
    return choices([(0, _("Choose the entity to keep…"))] + [
        (e.id, e.name)
        for e in get_db().scalars(select(Entity).where(Entity.id != entity.id).order_by(Entity.name))
    ])


def curation_context(entity: Entity, *, merge_form: MergeForm | None = None) -> dict:
    """What the entity's page shows for merging and deleting it, and its history."""
    db = get_db()
    if merge_form is None:
        merge_form = MergeForm(formdata=None)
        merge_form.survivor.choices = _survivor_choices(entity)
    merge_form.version.data = entity.version
    return {
        "merge_form": merge_form,
        "entity_delete_form": EntityDeleteForm(formdata=None, version=entity.version),
        "ties": curation.entity_ties(db, entity),
        "history": curation.entity_history(db, entity),
    }


@bp.post("/entities/<int:entity_id>/merge")
def merge_entity(entity_id: int):
    """Merge this entity into another, which keeps everything."""
    db = get_db()
    merged = get_or_404(Entity, entity_id)
    form = MergeForm()
    form.survivor.choices = _survivor_choices(merged)
    name = merged.name
    outcome = submit(form, lambda: curation.merge_entities(
        db, merged, get_or_404(Entity, form.survivor.data), actor=current_actor(), now=utcnow(),
        expected_version=form.version.data))
    if not outcome.ok:  # an invalid form comes back with its messages; a refusal is flashed
        return _render_entity(get_or_404(Entity, entity_id), merge_form=form if outcome.invalid else None,
                              status=outcome.status)
    result = outcome.value
    flash(_("%(merged)s merged into %(survivor)s: %(obligations)s, %(focal_points)s and %(aliases)s moved.",
            merged=name, survivor=result.survivor.name,
            obligations=ngettext("%(num)d obligation", "%(num)d obligations", result.obligations),
            focal_points=ngettext("%(num)d focal point", "%(num)d focal points", result.focal_points),
            aliases=ngettext("%(num)d alias", "%(num)d aliases", len(result.aliases))), "success")
    return redirect(url_for("admin.entity", entity_id=result.survivor.id))


@bp.post("/entities/<int:entity_id>/delete")
def delete_entity(entity_id: int):
    """Delete an entity that owns no obligation (one that does is refused: merge it instead)."""
    db = get_db()
    entity = get_or_404(Entity, entity_id)
    form = EntityDeleteForm()
    name = entity.name
    outcome = submit(form, lambda: curation.delete_entity(db, entity, actor=current_actor(),
                                                          expected_version=form.version.data))
    if not outcome.ok:
        return _render_entity(get_or_404(Entity, entity_id), status=outcome.status)
    flash(_("Entity %(name)s deleted.", name=name), "success")
    return redirect(url_for("admin.entities"))
