"""What admins maintain: entities with their aliases (the parser's gazetteer) and focal points
(users of the tracker or plain email addresses) who receive reminders. Admins only, audited."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from tracker.models import Entity, EntityAlias, EntityKind, FocalPoint, User
from tracker.services.accounts import AccountError, normalise_email
from tracker.services.actors import Actor
from tracker.services.audit import record_audit
from tracker.services.errors import Invalid


class AdminError(Invalid):
    """A change that cannot be made (a duplicate name or alias, an unknown kind)."""


def _require_admin(actor: Actor, what: str) -> None:
    actor.require(actor.is_admin, what)


def _check_kind(kind: str) -> str:
    try:
        return str(EntityKind(kind))
    except ValueError:
        raise AdminError(f"unknown entity kind {kind!r}", code="unknown_entity_kind", field="kind") from None


def _name_taken(session: Session, name: str, *, but: int | None = None) -> bool:
    """A name clashes with another entity's name or with an alias of another entity."""
    key = name.strip().lower()
    query = select(Entity.id).where(func.lower(Entity.name) == key)
    alias_query = select(EntityAlias.entity_id).where(func.lower(EntityAlias.alias) == key)
    ids = set(session.scalars(query)) | set(session.scalars(alias_query))
    ids.discard(but)
    return bool(ids)


def list_entities(session: Session) -> list[Entity]:
    return list(session.scalars(
        select(Entity).options(selectinload(Entity.aliases),
                               selectinload(Entity.focal_points).selectinload(FocalPoint.user))
        .order_by(Entity.name)
    ))


def create_entity(session: Session, name: str, *, actor: Actor, kind: str = "other",
                  aliases: tuple[str, ...] = ()) -> Entity:
    _require_admin(actor, "create entities")
    name = name.strip()
    if not name:
        raise AdminError("an entity needs a name", code="entity_name_required", field="name")
    if _name_taken(session, name):
        raise AdminError(f"an entity or alias named {name!r} already exists", code="entity_name_taken",
                         field="name", name=name)
    entity = Entity(name=name, kind=_check_kind(kind))
    session.add(entity)
    session.flush()
    record_audit(session, actor, "create_entity", entity, name=name, kind=entity.kind)
    for alias in aliases:
        add_alias(session, entity, alias, actor=actor)
    return entity


def update_entity(session: Session, entity: Entity, *, actor: Actor, name: str | None = None,
                  kind: str | None = None, reminder_stages: str | None = None) -> dict[str, list]:
    _require_admin(actor, "change entities")
    changes: dict[str, list] = {}
    if name is not None:
        name = name.strip()
        if not name:
            raise AdminError("an entity needs a name", code="entity_name_required", field="name")
        if name != entity.name and _name_taken(session, name, but=entity.id):
            raise AdminError(f"an entity or alias named {name!r} already exists", code="entity_name_taken",
                         field="name", name=name)
    if kind is not None:
        kind = _check_kind(kind)
    if reminder_stages is not None and reminder_stages.strip():
        # "" clears the entity's stages (the default applies); anything else must parse
        from tracker.reminders.stages import parse_stages

        try:
            reminder_stages = ",".join(str(s) for s in parse_stages(reminder_stages))
        except ValueError as exc:
            raise AdminError(str(exc), code="bad_reminder_stages", field="reminder_stages") from None
    elif reminder_stages is not None:
        reminder_stages = ""
    for field, value in (("name", name), ("kind", kind)):
        if value is not None and getattr(entity, field) != value:
            changes[field] = [getattr(entity, field), value]
            setattr(entity, field, value)
    if reminder_stages is not None and reminder_stages != (entity.reminder_stages or ""):
        new_stages = reminder_stages or None
        changes["reminder_stages"] = [entity.reminder_stages, new_stages]
        entity.reminder_stages = new_stages
    session.flush()
    if changes:
        record_audit(session, actor, "update_entity", entity, changes=changes)
    return changes


def add_alias(session: Session, entity: Entity, alias: str, *, actor: Actor) -> EntityAlias:
    _require_admin(actor, "add aliases")
    alias = " ".join(alias.split())
    if not alias:
        raise AdminError("an alias cannot be empty", code="alias_required", field="alias")
    if _name_taken(session, alias, but=entity.id if alias.lower() != entity.name.lower() else None):
        raise AdminError(f"{alias!r} already names an entity or is an alias", code="alias_taken",
                         field="alias", alias=alias)
    if any(a.alias.lower() == alias.lower() for a in entity.aliases):
        raise AdminError(f"{alias!r} is already an alias of {entity.name}", code="alias_exists",
                         field="alias", alias=alias, entity=entity.name)
    row = EntityAlias(alias=alias)
    entity.aliases.append(row)
    session.flush()
    record_audit(session, actor, "add_alias", entity, alias=alias)
    return row


def remove_alias(session: Session, alias: EntityAlias, *, actor: Actor) -> None:
    _require_admin(actor, "remove aliases")
    entity = alias.entity
    entity.aliases.remove(alias)
    session.flush()
    record_audit(session, actor, "remove_alias", entity, alias=alias.alias)


def add_focal_point(session: Session, entity: Entity, *, actor: Actor, user: User | None = None,
                    email: str | None = None, name: str | None = None) -> FocalPoint:
    """A focal point is a user of the tracker or a plain address (exactly one of the two)."""
    _require_admin(actor, "add focal points")
    if (user is None) == (not email):
        raise AdminError("a focal point is either a user or an email address", code="focal_point_one_of",
                         field="user")
    if email:
        try:
            email = normalise_email(email)
        except AccountError as exc:
            raise AdminError(str(exc), code=exc.code, field="email", **exc.params) from None
    for fp in entity.focal_points:
        if (user is not None and fp.user_id == user.id) or (email and fp.email == email):
            who = user.email if user else email
            raise AdminError(f"{who} is already a focal point of {entity.name}", code="focal_point_exists",
                             field="user" if user else "email", who=who, entity=entity.name)
    fp = FocalPoint(user=user, email=email or None, name=(name or "").strip() or None)
    entity.focal_points.append(fp)
    session.flush()
    record_audit(session, actor, "add_focal_point", entity, user=user.email if user else None,
                 email=email or None)
    return fp


def remove_focal_point(session: Session, focal_point: FocalPoint, *, actor: Actor) -> None:
    _require_admin(actor, "remove focal points")
    entity = focal_point.entity
    who = focal_point.user.email if focal_point.user else focal_point.email
    entity.focal_points.remove(focal_point)
    session.flush()
    record_audit(session, actor, "remove_focal_point", entity, who=who)
