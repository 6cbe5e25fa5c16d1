"""Admin pages. Every route is for admins only (checked before any view runs, and again by the
services)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import func, select

from tracker.models import AuditEntry, Entity, EntityAlias, FocalPoint, OfficialSession, User
from tracker.services import accounts, curation
from tracker.services import admin as admin_svc
from tracker.services import calendar as calendar_svc
from tracker.web.admin.forms import (
    AliasForm,
    DeleteForm,
    EntityForm,
    FocalPointForm,
    OfficialSessionForm,
    PasswordResetForm,
    UnlockForm,
    UserCreateForm,
    UserEditForm,
)
from tracker.web.clock import today
from tracker.web.db import get_db, get_or_404, submit, writing
from tracker.web.login import current_actor, login_manager
from tracker.web.officer.forms import choices

bp = Blueprint("admin", __name__, url_prefix="/admin")

AUDIT_PAGE_SIZE = 100


@bp.before_request
def _admins_only():
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if current_user.role != "admin":
        abort(403)
    return None


def _entity_choices() -> list[tuple[int, str]]:
    return choices((e.id, e.name) for e in get_db().scalars(select(Entity).order_by(Entity.name)))


def _chosen_entities(form) -> list[Entity]:
    """The entities ticked on an account form."""
    return list(get_db().scalars(select(Entity).where(Entity.id.in_(form.entities.data or []))))


# --------------------------------------------------------------------------- users


@bp.route("/users", methods=["GET", "POST"])
def users():
    """Every account; create one."""
    db = get_db()
    form = UserCreateForm()
    form.entities.choices = _entity_choices()
    outcome = submit(form, lambda: accounts.create_user(
        db, form.email.data, form.password.data, form.role.data, actor=current_actor(),
        name=form.name.data or "", entities=_chosen_entities(form), can_import=form.can_import.data,
        member_state=form.member_state.data or None,
    ))
    if outcome.ok:
        flash(_("Account %(email)s created.", email=outcome.value.email), "success")
        return redirect(url_for("admin.users"))
    return render_template("admin/users.html", users=accounts.list_users(db), form=form), outcome.status


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def user(user_id: int):
    """Change an account's role, entities, import right, or deactivate it."""
    db = get_db()
    target = get_or_404(User, user_id)
    form = UserEditForm(obj=target if request.method == "GET" else None)
    form.entities.choices = _entity_choices()
    if request.method == "GET":
        form.entities.data = [e.id for e in target.entities]
    outcome = submit(form, lambda: accounts.update_user(
        db, target, actor=current_actor(), name=form.name.data or "", role=form.role.data,
        entities=_chosen_entities(form), can_import=form.can_import.data, is_active=form.is_active.data,
        member_state=form.member_state.data or None,
    ))
    if outcome.ok:
        flash(_("Account saved."), "success")
        return redirect(url_for("admin.user", user_id=target.id))
    return _render_user(target, form=form, status=outcome.status)


def _render_user(target: User, *, form: UserEditForm | None = None,
                 reset_form: PasswordResetForm | None = None, status: int = 200):
    if form is None:
        form = UserEditForm(formdata=None, obj=target)
        form.entities.choices = _entity_choices()
        form.entities.data = [e.id for e in target.entities]
    return render_template("admin/user.html", target=target, form=form,
                           reset_form=reset_form or PasswordResetForm(formdata=None)), status


@bp.post("/users/<int:user_id>/password")
def reset_password(user_id: int):
    """Set a new password for an account (and lift a lock)."""
    db = get_db()
    target = get_or_404(User, user_id)
    form = PasswordResetForm()
    if not form.validate_on_submit():
        return _render_user(target, reset_form=form, status=400)
    with writing(form) as outcome:
        accounts.set_password(db, target, form.password.data, actor=current_actor())
    if not outcome.ok:
        return _render_user(get_or_404(User, user_id), reset_form=form, status=outcome.status)
    flash(_("Password set."), "success")
    return redirect(url_for("admin.user", user_id=target.id))


@bp.post("/users/<int:user_id>/unlock")
def unlock(user_id: int):
    """Lift the lock that failed sign-ins put on an account."""
    db = get_db()
    target = get_or_404(User, user_id)
    if not UnlockForm().validate_on_submit():
        abort(400)
    with writing(handle=False):
        unlocked = accounts.unlock_user(db, target, actor=current_actor())
    if unlocked:
        flash(_("%(email)s can sign in again.", email=target.email), "success")
    else:
        flash(_("%(email)s was not locked.", email=target.email), "info")
    return redirect(request.form.get("next") if request.form.get("next") == url_for("admin.users")
                    else url_for("admin.user", user_id=target.id))


# --------------------------------------------------------------------------- entities


@bp.route("/entities", methods=["GET", "POST"])
def entities():
    """Entities with their aliases and focal points; create one."""
    db = get_db()
    form = EntityForm()
    outcome = submit(form, lambda: admin_svc.create_entity(db, form.name.data, kind=form.kind.data,
                                                           actor=current_actor()))
    if outcome.ok:
        return redirect(url_for("admin.entity", entity_id=outcome.value.id))
    return (render_template("admin/entities.html", entities=admin_svc.list_entities(db), form=form),
            outcome.status)


@bp.route("/entities/<int:entity_id>", methods=["GET", "POST"])
def entity(entity_id: int):
    """One entity: name, kind, reminder stages, aliases, focal points."""
    db = get_db()
    row = get_or_404(Entity, entity_id)
    form = EntityForm(obj=row if request.method == "GET" else None)

    def save() -> None:
        # a rename goes through curation: the version the admin saw, the old name an alias
        curation.rename_entity(db, row, form.name.data, actor=current_actor(),
                               expected_version=form.version.data)
        admin_svc.update_entity(db, row, actor=current_actor(), kind=form.kind.data,
                                reminder_stages=form.reminder_stages.data or "")

    outcome = submit(form, save)
    if outcome.ok:
        flash(_("Entity saved."), "success")
        return redirect(url_for("admin.entity", entity_id=row.id))
    if outcome.error is not None:
        row = get_or_404(Entity, entity_id)  # as it is after the rollback
    return _render_entity(row, form=form, status=outcome.status)


def _focal_point_users() -> list[tuple[int, str]]:
    return choices([(0, "—")] + [
        (u.id, u.email) for u in get_db().scalars(select(User).where(User.is_active).order_by(User.email))
    ])


def _render_entity(row: Entity, *, form: EntityForm | None = None, alias_form: AliasForm | None = None,
                   fp_form: FocalPointForm | None = None, merge_form=None, status: int = 200):
    """The entity's page; a refused form comes back with its message next to its field."""
    if fp_form is None:
        fp_form = FocalPointForm(formdata=None)
        fp_form.user.choices = _focal_point_users()
    from tracker.web.admin.curation import curation_context  # it adds its routes to this blueprint

    form = form or EntityForm(formdata=None, obj=row)
    form.version.data = row.version  # after a refusal too: the version now shown
    return render_template("admin/entity.html", entity=row, form=form,
                           alias_form=alias_form or AliasForm(formdata=None), fp_form=fp_form,
                           delete_form=DeleteForm(formdata=None),
                           **curation_context(row, merge_form=merge_form)), status


def _save_or_show(entity_id: int, write, **submitted):
    """Run one service call and commit, then back to the entity's page; a refusal rolls back and
    the page comes back with the submitted form (``alias_form=…``) and the message next to the
    field it concerns."""
    (form,) = submitted.values()
    with writing(form) as outcome:
        write(get_db())
    if not outcome.ok:
        return _render_entity(get_or_404(Entity, entity_id), **submitted, status=outcome.status)
    return redirect(url_for("admin.entity", entity_id=entity_id))


def _remove_from_entity(row, remove):
    """Delete an alias or focal point through ``remove``, then back to its entity's page."""
    entity_id = row.entity_id
    if not DeleteForm().validate_on_submit():
        abort(400)
    with writing(handle=False):
        remove(get_db(), row, actor=current_actor())
    return redirect(url_for("admin.entity", entity_id=entity_id))


@bp.post("/entities/<int:entity_id>/aliases")
def add_alias(entity_id: int):
    row = get_or_404(Entity, entity_id)
    form = AliasForm()
    if not form.validate_on_submit():
        return _render_entity(row, alias_form=form, status=400)
    return _save_or_show(entity_id, lambda db: admin_svc.add_alias(db, row, form.alias.data,
                                                                   actor=current_actor()), alias_form=form)


@bp.post("/aliases/<int:alias_id>/delete")
def delete_alias(alias_id: int):
    return _remove_from_entity(get_or_404(EntityAlias, alias_id), admin_svc.remove_alias)


@bp.post("/entities/<int:entity_id>/focal-points")
def add_focal_point(entity_id: int):
    db = get_db()
    row = get_or_404(Entity, entity_id)
    form = FocalPointForm()
    form.user.choices = _focal_point_users()
    if not form.validate_on_submit():
        return _render_entity(row, fp_form=form, status=400)
    user = db.get(User, form.user.data) if form.user.data else None
    return _save_or_show(entity_id, lambda db: admin_svc.add_focal_point(
        db, row, actor=current_actor(), user=user, email=form.email.data or None, name=form.name.data),
                         fp_form=form)


@bp.post("/focal-points/<int:focal_point_id>/delete")
def delete_focal_point(focal_point_id: int):
    return _remove_from_entity(get_or_404(FocalPoint, focal_point_id), admin_svc.remove_focal_point)


# --------------------------------------------------------------------------- audit and calendar


@bp.get("/audit")
def audit():
    """The audit log, newest first, filtered by action or actor."""
    db = get_db()
    query = select(AuditEntry)
    action = request.args.get("action", "").strip()
    who = request.args.get("actor", "").strip()
    if action:
        query = query.where(AuditEntry.action == action)
    if who:
        query = query.where(func.lower(AuditEntry.actor).contains(who.lower(), autoescape=True))
    page = max(1, request.args.get("page", 1, type=int) or 1)
    entries = list(db.scalars(
        query.order_by(AuditEntry.id.desc()).offset((page - 1) * AUDIT_PAGE_SIZE).limit(AUDIT_PAGE_SIZE + 1)
    ))
    actions = list(db.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))
    return render_template("admin/audit.html", entries=entries[:AUDIT_PAGE_SIZE],
                           has_more=len(entries) > AUDIT_PAGE_SIZE, page=page, action=action, who=who,
                           actions=actions)


@bp.route("/calendar", methods=["GET", "POST"])
def calendar():
    """Official session dates: they win over the rules of procedure and move due dates."""
    db = get_db()
    form = OfficialSessionForm()
    outcome = submit(form, lambda: calendar_svc.set_official_session(
        db, form.body.data, form.number.data, opens_on=form.opens_on.data,
        closes_on=form.closes_on.data, note=form.note.data or None, actor=current_actor(),
        today=today(),
    ))
    if outcome.ok:
        _row, moved = outcome.value
        flash(ngettext("Session dates recorded; %(num)d due date moved.",
                       "Session dates recorded; %(num)d due dates moved.", moved), "success")
        return redirect(url_for("admin.calendar"))
    sessions = list(db.scalars(
        select(OfficialSession).order_by(OfficialSession.body, OfficialSession.number.desc())
    ))
    return render_template("admin/calendar.html", sessions=sessions, form=form), outcome.status
