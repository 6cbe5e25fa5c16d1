"""Owners are curated: owner candidates are accepted or rejected, entities renamed, merged, deleted.

An actor the parser does not know is an ``OwnerCandidate`` (see ``services.entities``): linked to
the obligations that name it, owning none of them, so nothing public shows it. A reviewer (an
admin, or an officer who imports and reviews resolutions) accepts it as a new entity or as an
alias of an existing one (the entity then owns those obligations, with a history entry on each),
or rejects it (it stays rejected: a re-import of the same words does not bring it back).

Admins rename, merge and delete entities. A merge moves everything that hangs on the merged
entity to the survivor: its name and aliases (as aliases), its obligations (a history entry on
each), its focal points, the officers acting for it, the delegations following it; the survivor's
page lists the merged entity's audit history with its own. An entity that still owns obligations
is not deleted: merge it into the one that should own them, or take it off them on review.

Renames and merges carry the version the admin saw (``Entity.version``); a change based on a
stale version raises ``StaleEntity`` and nothing is overwritten. Every write is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from tracker.models import (
    AuditEntry,
    CandidateStatus,
    Entity,
    EntityAlias,
    EntityKind,
    FocalPoint,
    HistoryEntry,
    Obligation,
    OwnerCandidate,
    Subscription,
    User,
    obligation_candidates,
    obligation_owners,
    user_entities,
)
from tracker.services.actors import Actor
from tracker.services.admin import AdminError
from tracker.services.audit import record_audit
from tracker.services.entities import name_key
from tracker.services.errors import Conflict


class CurationError(AdminError):
    """A curation that cannot be made (a name that is taken, an entity that still owns obligations)."""


class StaleEntity(Conflict):
    """The entity (or candidate) changed since the caller loaded it; nothing was written."""

    def __init__(self, what: str, expected: int | None, current: int | None):
        super().__init__(f"{what} changed since version {expected} (now {current})", code="stale_entity")
        self.what = what
        self.expected = expected
        self.current = current

    def details(self) -> dict[str, Any]:
        return {"current_version": self.current}


def _check_version(what: str, row: Entity | OwnerCandidate, expected: int | None) -> None:
    if expected is not None and int(expected) != row.version:
        raise StaleEntity(what, int(expected), row.version)


def _lock(session: Session, row: Entity | OwnerCandidate) -> None:
    """Hold the row until the commit (PostgreSQL; SQLite has one writer at a time anyway).

    An import that links an obligation to this entity or candidate meanwhile takes a key-share lock
    on it: it waits for us, or we for it and then read its link. So a merge, deletion or decision
    never reads the links, then cascades away one committed in between."""
    model = type(row)
    session.execute(select(model.id).where(model.id == row.id).with_for_update())


def _flush(session: Session, what: str, expected: int | None) -> None:
    """Flush; a concurrent transaction that committed first turns into ``StaleEntity``."""
    try:
        session.flush()
    except StaleDataError:
        raise StaleEntity(what, expected, None) from None


def _require_reviewer(actor: Actor) -> None:
    actor.require(actor.may_import(), "review owner candidates")


def _clean(name: str) -> str:
    return " ".join((name or "").split())


# --------------------------------------------------------------------------- candidates


@dataclass
class CandidateRow:
    candidate: OwnerCandidate
    #: the obligations that name it (each with its resolution), in resolution and paragraph order
    obligations: list[Obligation] = field(default_factory=list)
    #: an entity whose name or alias is the candidate's already (one created since): accept as its alias
    match: Entity | None = None


def list_candidates(session: Session, *, actor: Actor,
                    status: str = CandidateStatus.PENDING) -> list[CandidateRow]:
    """Pending (or rejected) candidates by name, each with the obligations that name it."""
    _require_reviewer(actor)
    candidates = list(session.scalars(
        select(OwnerCandidate).where(OwnerCandidate.status == status)
        .options(selectinload(OwnerCandidate.decided_by))
        .order_by(func.lower(OwnerCandidate.name), OwnerCandidate.id)
    ))
    rows = {c.id: CandidateRow(c) for c in candidates}
    if rows:
        linked = session.execute(
            select(obligation_candidates.c.candidate_id, Obligation)
            .join(Obligation, Obligation.id == obligation_candidates.c.obligation_id)
            .where(obligation_candidates.c.candidate_id.in_(list(rows)))
            .options(selectinload(Obligation.resolution), selectinload(Obligation.paragraph))
        ).all()
        for candidate_id, obligation in linked:
            rows[candidate_id].obligations.append(obligation)
        for row in rows.values():
            row.obligations.sort(key=lambda o: (o.resolution.symbol, o.paragraph.position, o.occurrence))
        keys = {name_key(c.name): c.id for c in candidates}
        for entity, name in _entity_names(session):
            if name_key(name) in keys:
                rows[keys[name_key(name)]].match = entity
    return list(rows.values())


def _entity_names(session: Session):
    yield from session.execute(select(Entity, Entity.name))
    yield from session.execute(select(Entity, EntityAlias.alias).join(EntityAlias))


def _obligations_naming(session: Session, candidate: OwnerCandidate) -> list[Obligation]:
    return list(session.scalars(
        select(Obligation).join(obligation_candidates, obligation_candidates.c.obligation_id == Obligation.id)
        .where(obligation_candidates.c.candidate_id == candidate.id)
        .options(selectinload(Obligation.owners), selectinload(Obligation.candidates))
        .order_by(Obligation.id)
    ))


def _own(obligation: Obligation, entity: Entity, *, drop: Entity | OwnerCandidate, actor: Actor,
         now: dt.datetime, comment: str) -> bool:
    """``entity`` owns ``obligation`` in place of ``drop`` (a candidate or a merged entity): one
    history entry, and the obligation's version moves (an open review form of it is now stale)."""
    before = [e.name for e in obligation.owners]
    if isinstance(drop, OwnerCandidate):
        if drop in obligation.candidates:
            obligation.candidates.remove(drop)
    elif drop in obligation.owners:
        obligation.owners.remove(drop)
    if entity not in obligation.owners:
        obligation.owners.append(entity)
    after = sorted(e.name for e in obligation.owners)
    if sorted(before) == after:
        return False
    obligation.history.append(HistoryEntry(at=now, user_id=actor.user_id, actor=actor.name, field="owners",
                                           old_value=before, new_value=after, comment=comment))
    obligation.updated_at = now
    return True


def _reviewable_obligations(session: Session, candidate: OwnerCandidate, actor: Actor) -> list[Obligation]:
    """The obligations naming the candidate, each of which this actor may give an owner.

    Giving an obligation an owner is a review act: an officer may do it only where the review form
    would let them (``Actor.may_review``), so nobody takes another entity's obligation into their
    own entity's hands by accepting a candidate as its alias."""
    _require_reviewer(actor)
    if candidate.status != CandidateStatus.PENDING:
        raise CurationError(f"{candidate.name!r} was rejected", code="candidate_decided", name=candidate.name)
    obligations = _obligations_naming(session, candidate)
    for ob in obligations:
        actor.require(actor.may_review({e.id for e in ob.owners}), f"give obligation {ob.id} an owner")
    return obligations


def _decide(session: Session, candidate: OwnerCandidate, obligations: list[Obligation], entity: Entity, *,
            actor: Actor, now: dt.datetime, comment: str) -> int:
    """The candidate's obligations become ``entity``'s; the candidate is no more. Returns how many."""
    moved = sum(_own(ob, entity, drop=candidate, actor=actor, now=now, comment=comment)
                for ob in obligations)
    session.delete(candidate)
    return moved


def accept_candidate(session: Session, candidate: OwnerCandidate, *, actor: Actor, now: dt.datetime,
                     name: str | None = None, kind: str = EntityKind.OTHER,
                     expected_version: int | None = None) -> Entity:
    """A new entity (named ``name``, the candidate's words by default) that owns the candidate's
    obligations. The candidate's words stay an alias when the name differs, so texts that use them
    still match."""
    _check_version("owner candidate", candidate, expected_version)
    _lock(session, candidate)
    obligations = _reviewable_obligations(session, candidate, actor)
    name = _clean(name or candidate.name)[:300]
    if not name:
        raise CurationError("an entity needs a name", code="entity_name_required", field="name")
    try:
        kind = str(EntityKind(kind))
    except ValueError:
        raise CurationError(f"unknown entity kind {kind!r}", code="unknown_entity_kind",
                            field="kind") from None
    if _holder_of(session, name) is not None:
        raise CurationError(f"an entity or alias named {name!r} already exists: accept the candidate as "
                            "its alias", code="entity_name_taken", field="name", name=name)
    entity = Entity(name=name, kind=kind)
    if name_key(candidate.name) != name_key(name) and _holder_of(session, candidate.name) is None:
        entity.aliases.append(EntityAlias(alias=candidate.name))
    session.add(entity)
    session.flush()
    words = candidate.name
    moved = _decide(session, candidate, obligations, entity, actor=actor, now=now,
                    comment=f"owner candidate “{words}” accepted as a new entity")
    _flush(session, "owner candidate", expected_version)
    record_audit(session, actor, "accept_candidate", entity, candidate=words, name=name, kind=kind,
                 obligations=moved)
    return entity


def accept_candidate_as_alias(session: Session, candidate: OwnerCandidate, entity: Entity, *,
                              actor: Actor, now: dt.datetime,
                              expected_version: int | None = None) -> Entity:
    """The candidate's words become an alias of ``entity``, which owns its obligations."""
    _check_version("owner candidate", candidate, expected_version)
    _lock(session, candidate)
    obligations = _reviewable_obligations(session, candidate, actor)
    words = candidate.name
    taken_by = _holder_of(session, words)
    if taken_by is not None and taken_by.id != entity.id:
        raise CurationError(f"{words!r} already names {taken_by.name}", code="alias_taken", field="entity",
                            alias=words, entity=taken_by.name)
    if taken_by is None:
        entity.aliases.append(EntityAlias(alias=words))
        flag_modified(entity, "name")  # its version moves: a form of it open elsewhere is now stale
    moved = _decide(session, candidate, obligations, entity, actor=actor, now=now,
                    comment=f"owner candidate “{words}” accepted as {entity.name}")
    _flush(session, "owner candidate", expected_version)
    record_audit(session, actor, "accept_candidate", entity, candidate=words, alias=taken_by is None,
                 obligations=moved)
    return entity


def _holder_of(session: Session, name: str) -> Entity | None:
    """The entity whose name or alias is ``name`` (compared as the resolver compares names)."""
    key = name_key(name)
    return next((entity for entity, other in _entity_names(session) if name_key(other) == key), None)


def reject_candidate(session: Session, candidate: OwnerCandidate, *, actor: Actor, now: dt.datetime,
                     expected_version: int | None = None) -> None:
    """Not an owner: unlinked from its obligations and remembered, so a re-import skips it."""
    _require_reviewer(actor)
    _check_version("owner candidate", candidate, expected_version)
    if candidate.status == CandidateStatus.REJECTED:
        return
    count = session.execute(
        obligation_candidates.delete().where(obligation_candidates.c.candidate_id == candidate.id)
    ).rowcount
    candidate.status = CandidateStatus.REJECTED
    candidate.decided_at = now
    candidate.decided_by_id = actor.user_id
    _flush(session, "owner candidate", expected_version)
    for ob in list(session.identity_map.values()):  # the links went by a statement: reload them
        if isinstance(ob, Obligation) and "candidates" in ob.__dict__:
            session.expire(ob, ["candidates"])
    record_audit(session, actor, "reject_candidate", candidate, candidate=candidate.name, obligations=count)


# --------------------------------------------------------------------------- entities


def rename_entity(session: Session, entity: Entity, name: str, *, actor: Actor,
                  expected_version: int | None = None) -> bool:
    """A new name; the old one stays an alias (texts that use it still match). True if it changed."""
    actor.require(actor.is_admin, "rename entities")
    _check_version(f"entity {entity.id}", entity, expected_version)
    name = _clean(name)[:300]
    if not name:
        raise CurationError("an entity needs a name", code="entity_name_required", field="name")
    if name == entity.name:
        return False
    holder = _holder_of(session, name)
    if holder is not None and holder.id != entity.id:
        raise CurationError(f"an entity or alias named {name!r} already exists", code="entity_name_taken",
                            field="name", name=name)
    old = entity.name
    for alias in list(entity.aliases):
        if name_key(alias.alias) == name_key(name):  # the new name was an alias: it is the name now
            entity.aliases.remove(alias)
    session.flush()
    entity.name = name
    if name_key(old) != name_key(name):
        entity.aliases.append(EntityAlias(alias=old))
    _flush(session, f"entity {entity.id}", expected_version)
    record_audit(session, actor, "rename_entity", entity, old=old, new=name)
    return True


@dataclass
class MergeResult:
    survivor: Entity
    obligations: int = 0
    aliases: list[str] = field(default_factory=list)
    focal_points: int = 0
    officers: int = 0
    followers: int = 0


def merge_entities(session: Session, merged: Entity, survivor: Entity, *, actor: Actor, now: dt.datetime,
                   expected_version: int | None = None,
                   survivor_version: int | None = None) -> MergeResult:
    """``merged`` goes; ``survivor`` takes its name and aliases (as aliases), obligations, focal
    points, officers and followers, and its reminder stages if it had none."""
    actor.require(actor.is_admin, "merge entities")
    if merged.id == survivor.id:
        raise CurationError("an entity cannot be merged into itself", code="merge_into_itself",
                            field="survivor")
    _check_version(f"entity {merged.id}", merged, expected_version)
    _check_version(f"entity {survivor.id}", survivor, survivor_version)
    _lock(session, merged)
    result = MergeResult(survivor)
    merged_id, merged_name = merged.id, merged.name

    taken = {name_key(survivor.name)} | {name_key(a.alias) for a in survivor.aliases}
    for alias in list(merged.aliases):
        if name_key(alias.alias) in taken:
            merged.aliases.remove(alias)
        else:
            alias.entity = survivor  # the row moves (its unique text stays one row)
            taken.add(name_key(alias.alias))
            result.aliases.append(alias.alias)
    session.flush()
    if name_key(merged_name) not in taken:
        survivor.aliases.append(EntityAlias(alias=merged_name))
        result.aliases.insert(0, merged_name)

    comment = f"{merged_name} merged into {survivor.name}"
    owned = session.scalars(
        select(Obligation).join(obligation_owners, obligation_owners.c.obligation_id == Obligation.id)
        .where(obligation_owners.c.entity_id == merged_id)
        .options(selectinload(Obligation.owners)).order_by(Obligation.id)
    )
    for ob in owned:
        _own(ob, survivor, drop=merged, actor=actor, now=now, comment=comment)
        result.obligations += 1

    users = {fp.user_id for fp in survivor.focal_points if fp.user_id}
    emails = {fp.email for fp in survivor.focal_points if fp.email}
    for fp in list(merged.focal_points):
        if (fp.user_id and fp.user_id in users) or (fp.email and fp.email in emails):
            merged.focal_points.remove(fp)
            continue
        fp.entity = survivor
        result.focal_points += 1

    links = user_entities.c
    acting = set(session.scalars(select(links.user_id).where(links.entity_id == survivor.id)))
    officers = [uid for uid in session.scalars(select(links.user_id).where(links.entity_id == merged_id))
                if uid not in acting]
    if officers:
        session.execute(insert(user_entities), [{"user_id": u, "entity_id": survivor.id} for u in officers])
    result.officers = len(officers)

    following = set(session.scalars(
        select(Subscription.user_id).where(Subscription.entity_id == survivor.id)))
    for sub in session.scalars(select(Subscription).where(Subscription.entity_id == merged_id)):
        if sub.user_id in following:
            session.delete(sub)
        else:
            sub.entity_id = survivor.id
            result.followers += 1

    if not survivor.reminder_stages and merged.reminder_stages:
        survivor.reminder_stages = merged.reminder_stages
    flag_modified(survivor, "name")  # its version moves with what it took in
    _flush(session, f"entity {survivor.id}", survivor_version)
    session.delete(merged)
    _flush(session, f"entity {merged_id}", expected_version)
    for user in [u for u in session.identity_map.values() if isinstance(u, User)]:
        session.expire(user, ["entities"])  # the links went by a statement: reload them
    record_audit(session, actor, "merge_entity", survivor, merged_id=merged_id, merged=merged_name,
                 obligations=result.obligations, aliases=result.aliases, focal_points=result.focal_points,
                 officers=result.officers, followers=result.followers)
    return result


@dataclass(frozen=True)
class EntityTies:
    """What hangs on an entity: what a merge moves, what a deletion would take away."""

    obligations: int
    focal_points: int
    officers: int
    followers: int


def entity_ties(session: Session, entity: Entity) -> EntityTies:
    def count(query) -> int:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0

    return EntityTies(
        obligations=count(select(obligation_owners.c.obligation_id)
                          .where(obligation_owners.c.entity_id == entity.id)),
        focal_points=count(select(FocalPoint.id).where(FocalPoint.entity_id == entity.id)),
        officers=count(select(user_entities.c.user_id).where(user_entities.c.entity_id == entity.id)),
        followers=count(select(Subscription.id).where(Subscription.entity_id == entity.id)),
    )


def delete_entity(session: Session, entity: Entity, *, actor: Actor,
                  expected_version: int | None = None) -> None:
    """Delete an entity that owns no obligation, with its aliases and focal points; officers stop
    acting for it and delegations stop following it. One that owns obligations is refused."""
    actor.require(actor.is_admin, "delete entities")
    _check_version(f"entity {entity.id}", entity, expected_version)
    _lock(session, entity)
    ties = entity_ties(session, entity)
    if ties.obligations:
        raise CurationError(
            f"{entity.name} owns {ties.obligations} obligation(s): merge it into the entity that should "
            "own them, or remove it from them on their review pages", code="entity_owns_obligations",
            name=entity.name, n=ties.obligations)
    name, aliases = entity.name, [a.alias for a in entity.aliases]
    entity_id = entity.id
    session.delete(entity)
    _flush(session, f"entity {entity_id}", expected_version)
    record_audit(session, actor, "delete_entity", None, entity_id=entity_id, name=name, aliases=aliases,
                 focal_points=ties.focal_points, officers=ties.officers, followers=ties.followers)


def entity_history(session: Session, entity: Entity, limit: int = 200) -> list[AuditEntry]:
    """The audit entries about this entity and about every entity merged into it, newest first."""
    ids, frontier = {str(entity.id)}, {str(entity.id)}
    while frontier:
        merges = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "merge_entity", AuditEntry.target_type == "entities",
            AuditEntry.target_id.in_(sorted(frontier))))
        frontier = {str(e.details.get("merged_id")) for e in merges} - ids
        ids |= frontier
    return list(session.scalars(
        select(AuditEntry).where(AuditEntry.target_type == "entities", AuditEntry.target_id.in_(sorted(ids)))
        .order_by(AuditEntry.id.desc()).limit(limit)
    ))
