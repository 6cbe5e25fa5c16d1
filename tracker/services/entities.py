"""Owners of obligations: the gazetteer the parser matches actors with, and actors -> entities.

The parser names actors by their canonical gazetteer name, or by the words as written when it
does not know them. Here those names meet the database: an entity whose name or alias matches
(case-insensitively) owns the obligation; a name the parser's curated gazetteer knows becomes an
entity; any other name becomes an *owner candidate* (``OwnerCandidate``), linked to the obligation
for reviewers but owning nothing until one accepts it, never dropped. A name a reviewer rejected
stays rejected: a re-import of the same words neither makes it an owner nor asks again. Load an
``EntityResolver`` once per import (or per batch): it reads every entity, alias and candidate in
three queries and answers from memory afterwards.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.models import CandidateStatus, Entity, EntityAlias, EntityKind, OwnerCandidate
from tracker.parsing.gazetteer import Gazetteer
from tracker.services.actors import Actor
from tracker.services.audit import record_audit


def name_key(name: str) -> str:
    """How names are compared: case-insensitive, spaces folded, a leading "the" ignored."""
    key = " ".join(name.split()).casefold()
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def load_gazetteer(session: Session) -> Gazetteer:
    """The parser's built-in gazetteer extended with the entities and aliases of the database
    (built once for the same entities and aliases in the same order: a gazetteer does not change
    once built, and building its pattern costs more than reading them)."""
    entries: dict[str, list[str]] = {}
    for name, alias in session.execute(
        select(Entity.name, EntityAlias.alias).outerjoin(EntityAlias, EntityAlias.entity_id == Entity.id)
    ):
        entries.setdefault(name, [])
        if alias:
            entries[name].append(alias)
    return _extended(tuple((name, tuple(aliases)) for name, aliases in entries.items()))


@lru_cache(maxsize=4)
def _extended(entries: tuple[tuple[str, tuple[str, ...]], ...]) -> Gazetteer:
    return Gazetteer.default().extended(entries)


@dataclass
class Resolved:
    """What one paragraph's actor names come to."""

    #: the entities that own the obligation, in order without duplicates
    owners: list[Entity] = field(default_factory=list)
    #: pending candidates it names (for reviewers; not owners)
    candidates: list[OwnerCandidate] = field(default_factory=list)
    #: those candidates' names as written: what to review
    unknown: list[str] = field(default_factory=list)


@dataclass
class EntityResolver:
    """Names -> entities and candidates for one session. What it creates is kept for later look-ups.

    A name the parser's built-in gazetteer knows (a curated list) becomes an entity with its
    aliases the first time it is seen; any other name becomes a pending owner candidate."""

    session: Session
    by_key: dict[str, Entity] = field(default_factory=dict)
    created: list[Entity] = field(default_factory=list)
    #: owner candidates (pending and rejected) by the key of their name
    candidates: dict[str, OwnerCandidate] = field(default_factory=dict)
    #: names the parser's gazetteer knows -> (canonical name, aliases)
    curated: dict[str, tuple[str, list[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> EntityResolver:
        resolver = cls(session, curated=_curated())
        entities = {e.id: e for e in session.scalars(select(Entity))}
        for entity in entities.values():
            resolver.by_key.setdefault(name_key(entity.name), entity)
        for entity_id, alias in session.execute(select(EntityAlias.entity_id, EntityAlias.alias)):
            resolver.by_key.setdefault(name_key(alias), entities[entity_id])
        for candidate in session.scalars(select(OwnerCandidate)):
            resolver.candidates.setdefault(name_key(candidate.name), candidate)
        return resolver

    def find(self, name: str) -> Entity | None:
        return self.by_key.get(name_key(name))

    def knows_curated(self, name: str) -> bool:
        """The parser's gazetteer knows the name: it becomes an entity without review."""
        return name_key(name) in self.curated

    def is_unknown(self, name: str) -> bool:
        """Importing ``name`` would ask a reviewer: no entity, not curated, not rejected."""
        if self.find(name) is not None or self.knows_curated(name):
            return False
        candidate = self.candidates.get(name_key(name))
        return candidate is None or candidate.status == CandidateStatus.PENDING

    def _create(self, name: str) -> Entity:
        """The entity of a name the curated gazetteer knows, with its aliases."""
        canonical, aliases = self.curated[name_key(name)]
        entity = Entity(name=canonical[:300], kind=_curated_kind(canonical))
        self.by_key[name_key(canonical)] = entity
        for alias in aliases:
            if name_key(alias) not in self.by_key and alias != canonical:
                entity.aliases.append(EntityAlias(alias=alias[:300]))
                self.by_key[name_key(alias)] = entity
        self.by_key.setdefault(name_key(name), entity)
        self.session.add(entity)
        self.created.append(entity)
        return entity

    def _candidate(self, name: str) -> OwnerCandidate:
        candidate = self.candidates.get(name_key(name))
        if candidate is None:
            candidate = OwnerCandidate(name=name[:300], status=CandidateStatus.PENDING)
            self.session.add(candidate)
            self.candidates[name_key(name)] = candidate
        return candidate

    def resolve(self, names: Iterable[str]) -> Resolved:
        """The entities for these actor names, in order without duplicates, and the pending
        candidates for the names no entity has (created on first sight; rejected ones left out)."""
        out = Resolved()
        for name in names:
            name = " ".join(name.split())
            if not name:
                continue
            entity = self.find(name)
            if entity is None and self.knows_curated(name):
                entity = self._create(name)
            if entity is not None:
                if entity not in out.owners:
                    out.owners.append(entity)
                continue
            candidate = self._candidate(name)
            if candidate.status != CandidateStatus.PENDING:
                continue  # rejected: not an owner, and not asked again
            if candidate not in out.candidates:
                out.candidates.append(candidate)
            if name not in out.unknown:
                out.unknown.append(name)
        return out


def _curated_kind(name: str) -> EntityKind:
    """The kind the parser's gazetteer gives this entity (Member States: ``member_state``)."""
    return next((k for k in EntityKind if k == Gazetteer.default().kind(name)), EntityKind.OTHER)


@cache
def _curated_entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(aliases)) for name, aliases in Gazetteer.default().entries())


def _curated() -> dict[str, tuple[str, list[str]]]:
    out: dict[str, tuple[str, list[str]]] = {}
    for name, aliases in _curated_entries():
        for alias in (name, *aliases):
            out.setdefault(name_key(alias), (name, list(aliases)))
    return out


def seed_entities(
    session: Session, entries: Iterable[Mapping[str, Any]], *, actor: Actor
) -> tuple[int, int]:
    """Add entities with their aliases (``{"name", "kind", "aliases"}``); existing names get the
    aliases they lack. Returns (entities added, aliases added). Admins only."""
    actor.require(actor.is_admin, "add entities")
    resolver = EntityResolver.load(session)
    taken_aliases = {name_key(a) for a in session.scalars(select(EntityAlias.alias))}
    added_entities = added_aliases = 0
    for entry in entries:
        name = " ".join(str(entry["name"]).split())
        entity = session.scalars(select(Entity).where(Entity.name == name)).one_or_none()
        if entity is None:
            entity = Entity(name=name, kind=str(entry.get("kind") or EntityKind.OTHER))
            session.add(entity)
            resolver.by_key.setdefault(name_key(name), entity)
            added_entities += 1
        for alias in entry.get("aliases", []):
            alias = " ".join(str(alias).split())
            if not alias or name_key(alias) in taken_aliases or alias == name:
                continue
            entity.aliases.append(EntityAlias(alias=alias))
            taken_aliases.add(name_key(alias))
            added_aliases += 1
    session.flush()
    if added_entities or added_aliases:
        record_audit(session, actor, "seed_entities", None, entities=added_entities, aliases=added_aliases)
        session.flush()
    return added_entities, added_aliases


def load_entity_seed(text: str) -> list[dict[str, Any]]:
    """``[[entity]]`` tables (name, kind, aliases) from a TOML seed file."""
    return list(tomllib.loads(text).get("entity", []))
