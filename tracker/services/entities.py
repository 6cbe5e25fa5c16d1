"""Owners of obligations: the gazetteer the parser matches actors with, and actors -> entities.

The parser names actors by their canonical gazetteer name, or by the words as written when it
does not know them. Here those names meet the database: an entity whose name or alias matches
(case-insensitively) owns the obligation; a name nobody knows becomes a new entity flagged for
review, never dropped. Load an ``EntityResolver`` once per import (or per batch): it reads every
entity and alias in two queries and answers from memory afterwards.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.models import Entity, EntityAlias, EntityKind
from tracker.parsing.gazetteer import Gazetteer
from tracker.services.actors import Actor
from tracker.services.audit import record_audit


def _key(name: str) -> str:
    """How names are compared: case-insensitive, spaces folded, a leading "the" ignored."""
    key = " ".join(name.split()).casefold()
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def load_gazetteer(session: Session) -> Gazetteer:
    """The parser's built-in gazetteer extended with the entities and aliases of the database."""
    entries: dict[str, list[str]] = {}
    for name, alias in session.execute(
        select(Entity.name, EntityAlias.alias).outerjoin(EntityAlias, EntityAlias.entity_id == Entity.id)
    ):
        entries.setdefault(name, [])
        if alias:
            entries[name].append(alias)
    return Gazetteer.default().extended(entries.items())


@dataclass
class EntityResolver:
    """Names -> entities for one session. New entities it creates are kept for later look-ups.

    A name the parser's built-in gazetteer knows (a curated list) becomes an entity with its
    aliases the first time it is seen; any other name becomes an entity flagged for review."""

    session: Session
    by_key: dict[str, Entity] = field(default_factory=dict)
    created: list[Entity] = field(default_factory=list)
    #: names the parser's gazetteer knows -> (canonical name, aliases)
    curated: dict[str, tuple[str, list[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> EntityResolver:
        resolver = cls(session, curated=_curated())
        entities = {e.id: e for e in session.scalars(select(Entity))}
        for entity in entities.values():
            resolver.by_key.setdefault(_key(entity.name), entity)
        for entity_id, alias in session.execute(select(EntityAlias.entity_id, EntityAlias.alias)):
            resolver.by_key.setdefault(_key(alias), entities[entity_id])
        return resolver

    def find(self, name: str) -> Entity | None:
        return self.by_key.get(_key(name))

    def knows_curated(self, name: str) -> bool:
        """The parser's gazetteer knows the name: it becomes an entity without review."""
        return _key(name) in self.curated

    def _create(self, name: str) -> tuple[Entity, bool]:
        """A new entity for ``name``; True when it needs review (not in the curated list)."""
        curated = self.curated.get(_key(name))
        if curated is None:
            entity = Entity(name=name[:300], kind=EntityKind.OTHER, needs_review=True)
            self.by_key[_key(name)] = entity
        else:
            canonical, aliases = curated
            entity = Entity(name=canonical[:300], kind=_curated_kind(canonical), needs_review=False)
            self.by_key[_key(canonical)] = entity
            for alias in aliases:
                if _key(alias) not in self.by_key and alias != canonical:
                    entity.aliases.append(EntityAlias(alias=alias[:300]))
                    self.by_key[_key(alias)] = entity
            self.by_key.setdefault(_key(name), entity)
        self.session.add(entity)
        self.created.append(entity)
        return entity, entity.needs_review

    def resolve(self, names: Iterable[str]) -> tuple[list[Entity], list[str]]:
        """The entities for these actor names, in order without duplicates, and the names that
        are unknown (each an entity with ``needs_review=True``, created on first sight)."""
        owners: list[Entity] = []
        unknown: list[str] = []
        for name in names:
            name = " ".join(name.split())
            if not name:
                continue
            entity = self.find(name)
            if entity is None:
                entity, _ = self._create(name)
            if entity.needs_review and name not in unknown:
                unknown.append(name)
            if entity not in owners:
                owners.append(entity)
        return owners, unknown


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
            out.setdefault(_key(alias), (name, list(aliases)))
    return out


def seed_entities(
    session: Session, entries: Iterable[Mapping[str, Any]], *, actor: Actor
) -> tuple[int, int]:
    """Add entities with their aliases (``{"name", "kind", "aliases"}``); existing names get the
    aliases they lack. Returns (entities added, aliases added). Admins only."""
    actor.require(actor.is_admin, "add entities")
    resolver = EntityResolver.load(session)
    taken_aliases = {_key(a) for a in session.scalars(select(EntityAlias.alias))}
    added_entities = added_aliases = 0
    for entry in entries:
        name = " ".join(str(entry["name"]).split())
        entity = session.scalars(select(Entity).where(Entity.name == name)).one_or_none()
        if entity is None:
            entity = Entity(name=name, kind=str(entry.get("kind") or EntityKind.OTHER))
            session.add(entity)
            resolver.by_key.setdefault(_key(name), entity)
            added_entities += 1
        for alias in entry.get("aliases", []):
            alias = " ".join(str(alias).split())
            if not alias or _key(alias) in taken_aliases or alias == name:
                continue
            entity.aliases.append(EntityAlias(alias=alias))
            taken_aliases.add(_key(alias))
            added_aliases += 1
    session.flush()
    if added_entities or added_aliases:
        record_audit(session, actor, "seed_entities", None, entities=added_entities, aliases=added_aliases)
        session.flush()
    return added_entities, added_aliases


def load_entity_seed(text: str) -> list[dict[str, Any]]:
    """``[[entity]]`` tables (name, kind, aliases) from a TOML seed file."""
    return list(tomllib.loads(text).get("entity", []))
