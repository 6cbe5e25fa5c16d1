"""Owners of obligations: the gazetteer the parser matches actors with, and actors -> entities.

The parser names actors by their canonical gazetteer name, or by the words as written when it
does not know them. Here those names meet the database: an entity whose name or alias matches
(case-insensitively) owns the obligation; a name the parser's curated gazetteer knows becomes an
entity; so does the office of an entity it knows ("Chair of the Counter-Terrorism Committee", as the
gazetteer knows the "President of the General Assembly": :func:`office_of`) and a generic group of
addressees ("relevant international organizations": :func:`group_of`). Any other name becomes an
*owner candidate* (``OwnerCandidate``), linked to the obligation for reviewers but owning nothing
until one accepts it, never dropped. A name a reviewer rejected
stays rejected: a re-import of the same words neither makes it an owner nor asks again. Load an
``EntityResolver`` once per import (or per batch): it reads every entity, alias and candidate in
three queries and answers from memory afterwards.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.models import CandidateStatus, Entity, EntityAlias, EntityKind, OwnerCandidate
from tracker.parsing.gazetteer import STATE_KINDS, Gazetteer
from tracker.parsing.nouns import AGENT_NOUNS, NP_STOP
from tracker.parsing.phrases import OFFICE_TITLE, resolve_short_names
from tracker.parsing.types import ParsedResolution
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
        made = group_of(name) == name or name_key(name) in _KNOWN_AT_IMPORT
        if made and not Gazetteer.default().knows(name):
            # a group the import made: the parser reads such words as written, and would find
            # "organizations" in "humanitarian organizations" if its gazetteer knew them; nor a body
            # known at import only, which it would find where a paragraph names it in passing
            continue
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
        """Importing ``name`` would ask a reviewer: no entity, not curated, not rejected, neither an
        office of a known entity nor a group of addressees."""
        if self.find(name) is not None or self.knows_curated(name) or self._by_rule(name) is not None:
            return False
        candidate = self.candidates.get(name_key(name))
        return candidate is None or candidate.status == CandidateStatus.PENDING

    def _known(self, name: str) -> tuple[str, str] | None:
        """The canonical name and kind of the entity ``name`` names, if the register or the curated
        gazetteer knows it (nothing is created)."""
        entity = self.find(name)
        if entity is not None:
            return entity.name, entity.kind
        if self.knows_curated(name):
            canonical = self.curated[name_key(name)][0]
            return canonical, _curated_kind(canonical)
        return None

    def _by_rule(self, name: str) -> tuple[str, str] | None:
        """The canonical name and kind of the entity a name no entity has comes to: a body known at
        import only (``_KNOWN_AT_IMPORT``); the office of an
        entity the register knows (not a State's), as the office's own entity of that entity's kind,
        or its members ("States members of the African Union"), a group of their own; the bodies or
        members of a system the register knows, the system ("relevant bodies of the United Nations
        system", "members of the United Nations development system"); or a generic
        group of addressees, as the group the register knows ("other countries" are the States,
        "other regional organizations" the regional organizations) or one of its own; not a name a
        reviewer rejected."""
        candidate = self.candidates.get(name_key(name))
        if candidate is not None and candidate.status != CandidateStatus.PENDING:
            return None
        known_at_import = _KNOWN_AT_IMPORT.get(name_key(name))
        if known_at_import is not None:
            return known_at_import
        system = system_of(name)
        known = None if system is None else self._known(system)
        if known is not None and known[0].endswith(" system"):
            return known
        office, members = office_of(name), members_of(name)
        if office is not None or members is not None:
            title, held = office or members
            known = self._known(held)
            if known is None or known[1] in STATE_KINDS or (members and known[0][:1].islower()):
                return None  # (the members of a group, "members of armed groups", are the group's to name)
            the = "the " if " " in known[0] else ""  # "Director-General of IAEA"
            canonical = f"{title} of {the}{known[0]}"
            return self._known(canonical) or (canonical, known[1] if office else EntityKind.OTHER)
        group = group_of(name)
        if group is None:
            return None
        return self._known(group) or self._known(_as_states(group)) or (group, EntityKind.OTHER)

    def _create(self, name: str) -> Entity:
        """The entity of a name the curated gazetteer knows, with its aliases."""
        canonical, aliases = self.curated[name_key(name)]
        entity = self._add(canonical, _curated_kind(canonical))
        for alias in aliases:
            if name_key(alias) not in self.by_key and alias != canonical and (
                    self.curated.get(name_key(alias), (canonical,))[0] == canonical):  # (not another's name)
                entity.aliases.append(EntityAlias(alias=alias[:300]))
                self.by_key[name_key(alias)] = entity
        self.by_key.setdefault(name_key(name), entity)
        return entity

    def _add(self, name: str, kind: str) -> Entity:
        entity = Entity(name=name[:300], kind=kind)
        self.by_key[name_key(name)] = entity
        self.session.add(entity)
        self.created.append(entity)
        return entity

    def _entity(self, name: str) -> Entity | None:
        """The entity that owns what ``name`` is asked, created on first sight if the curated
        gazetteer knows it or a rule reads it (:meth:`_by_rule`); ``None``: a candidate's."""
        entity = self.find(name)
        if entity is None and self.knows_curated(name):
            entity = self._create(name)
        if entity is not None:
            return entity
        ruled = self._by_rule(name)
        if ruled is None:
            return None
        canonical, kind = ruled
        entity = self.find(canonical)
        if entity is None:
            entity = self._create(canonical) if self.knows_curated(canonical) else self._add(canonical, kind)
        self.by_key[name_key(name)] = entity  # the rule again gives it: no alias is stored
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
            entity = self._entity(name)
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


#: bodies the register knows that the parser's gazetteer does not look for: the parser names them as
#: written where a paragraph asks them ("Requests the Technology Facilitation Mechanism … to continue to
#: consider …", A/RES/75/316 14), and would find them where one names them in passing ("… and welcomes the
#: launch of the Technology Facilitation Mechanism", A/RES/72/235 20) if it knew them
_KNOWN_AT_IMPORT: dict[str, tuple[str, str]] = {
    name_key(written): (name, kind) for name, kind, *aliases in [
        ("Technology Facilitation Mechanism", EntityKind.UN_SYSTEM),
        # "Encourages UN-Energy to support coherence and coordination …" (A/RES/77/170 36)
        ("UN-Energy", EntityKind.UN_SYSTEM),
        # "Invites the United Nations Coalition on Combating Sand and Dust Storms to facilitate the
        # observance of the International Day …" (A/RES/77/294 3)
        ("United Nations Coalition on Combating Sand and Dust Storms", EntityKind.UN_SYSTEM),
        # "Also decides that the Permanent Forum of People of African Descent shall appoint for each session
        # …" (A/RES/75/314 5), the Forum the resolution establishes
        ("Permanent Forum of People of African Descent", EntityKind.OTHER),
        # "Encourages the efforts of the Economic Cooperation Organization to promote digitized transit
        # transport" (A/RES/77/330 16)
        ("Economic Cooperation Organization", EntityKind.OTHER_ORGANIZATION),
        # a convention's bodies, asked by their names in full or as ShortNames names them: "Invites the
        # secretariat of the Convention to report, through the Secretary-General, …" (A/RES/64/203 27), "…
        # and invites the Executive Secretary of the Convention and the Global Environment Facility …"
        # (A/RES/71/230 14), of a resolution on the Convention on Biological Diversity; "Reiterates its
        # invitation to the Conference of the States Parties to the United Nations Convention against
        # Corruption … to …" (A/RES/80/126 24)
        ("secretariat of the Convention on Biological Diversity", EntityKind.OTHER),
        ("Executive Secretary of the Convention on Biological Diversity", EntityKind.OTHER),
        ("Conference of the States Parties to the United Nations Convention against Corruption",
         EntityKind.OTHER),
        # "Encourages the Group of 20 to further strengthen the common framework for debt treatments …"
        # (A/RES/80/151 63); named in passing in "… the Organisation for Economic Co-operation and
        # Development/Group of 20 two-pillar solution …" (A/RES/77/154 28)
        # (its countries are its members: "We also call upon all G20 countries to follow through with their
        # commitments …", A/RES/63/303 annex 16)
        ("Group of 20", EntityKind.OTHER_ORGANIZATION, "G20", "G20 countries", "Group of 20 countries"),
        # the sides to a conflict or a dispute are its parties, as the register names them: "… and urges all
        # sides to work immediately and cooperatively to defuse tensions …" (A/RES/72/15 4), "Calls on both
        # sides to engage, as a matter of urgency …" (S/RES/1758 (2007) 6), "calls once more on the sides and
        # all involved parties to respect UNFICYP’s mandated authority" (S/RES/2506 (2020) 11)
        ("all parties", EntityKind.OTHER, "sides", "all sides", "both sides", "two sides", "all the sides"),
        # the Department's centres, "Requests the Department of Global Communications and its network of
        # United Nations information centres to pay particular attention to …" (A/RES/76/84 A-B 12); named
        # in passing in "… the languages in use by the United Nations information centres …" (ibid. 46)
        ("United Nations information centres", EntityKind.UN_SYSTEM,
         "network of United Nations information centres"),
    ]
    for written in (name, *aliases)
}


#: a convention named in full: "the Convention on Biological Diversity", "the United Nations Convention to
#: Combat Desertification", "the International Convention for the Protection of All Persons from Enforced
#: Disappearance" (the words after its first complement joined by "of", "for", "from", "in", "and", "and/or",
#: ",")
_WORD = r"[A-Z][^\W\d_]*(?:[’'-][^\W\d_]+)*"
_CONVENTION = re.compile(
    rf"(?<![\w-])(?:{_WORD}\s+)*Convention\s+(?:on|against|for|to|of)(?:\s+the)?(?:\s+{_WORD})+"
    rf"(?:(?:\s+(?:of|for|from|in)(?:\s+the)?|\s+and(?:/or)?(?!\s+the\b)|,)(?:\s+{_WORD})+)*(?![\w-])")
#: the short name: "the Convention" by itself (not "the Convention on …", nor "the Rio Convention")
_THE_CONVENTION = re.compile(r"\bthe\s+Convention(?![\w-])(?!\s+(?:on|against|for|to|of)\s+(?:the\s+)?[A-Z])")
#: a short name the resolution gives the name before it: "… the United Nations Convention on the Law of the
#: Sea (“the Convention”)" (A/RES/64/71, first preambular paragraph), "(the Convention)" (A/RES/75/239)
_DEFINED_AS_THE_CONVENTION = re.compile(
    r"\s*\((?:(?:herein|hereinafter|hereafter)\s+)?(?:referred\s+to\s+as\s+)?[“\"‘']?the\s+Convention[”\"’']?\)")


def _conventions(text: str, end: int | None = None) -> list[re.Match[str]]:
    return list(_CONVENTION.finditer(text, 0, len(text) if end is None else end))


@dataclass
class ShortNames:
    """What one resolution's short names stand for in its actors' names, where its own words say so.

    The convention it means by "the Convention" ("secretariat of the Convention", "Executive Secretary
    of the Convention"): the one a paragraph names in full before the short name; else the one the
    resolution defines as "the Convention" ("… the United Nations Convention on the Law of the Sea (“the
    Convention”)"), the one its title names ("Implementation of the Convention on Biological Diversity
    and its contribution to sustainable development"), or the one named in full last before "the
    Convention" is first written by itself ("Recalling also the principles and provisions of the United
    Nations Framework Convention on Climate Change", "Reaffirming its commitment to the ultimate objective
    of the Convention", A/RES/66/200). And the body whose members "members of the Forum" are: the one the
    parser reads the short name as (``resolve_short_names``, with the register's gazetteer), "Invites
    members of the Forum: …" of the "Outcome of the nineteenth session of the United Nations Forum on
    Forests" (E/RES/2024/15 7). Where its words leave it open, the name stays as written."""

    #: the resolution's convention, if its words say which
    convention: str | None = None
    #: the resolution's symbol, body and words (its title first), where a body's short name is looked up
    symbol: str | None = None
    body: str | None = None
    texts: list[str] = field(default_factory=list)
    #: the register's session, whose gazetteer is read when a body's short name is first looked up
    session: Session | None = field(default=None, repr=False)
    _bodies: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, parsed: ParsedResolution, session: Session | None = None) -> ShortNames:
        texts = [parsed.title, *(p.text for p in parsed.preambular), *(p.text for p in parsed.operative)]
        return cls(_the_convention(texts), parsed.symbol, parsed.body, texts, session)

    def in_full(self, names: Iterable[str], paragraph: str) -> list[str]:
        """``names`` (the paragraph's actors) with "the Convention" they end with named in full, as the
        one convention the paragraph names before it, else as the resolution's; and the body whose
        members they are."""
        out = []
        for name in names:
            short, members = _THE_CONVENTION.search(name), _MEMBERS_OF_A_SHORT_NAME.fullmatch(name)
            if members is not None:
                out.append(f"{members[1]}{self._body(members[2])}")
                continue
            if short is None or short.end() != len(name.rstrip()):
                out.append(name)
                continue
            at = paragraph.find(name)
            before = {_written(m) for m in _conventions(paragraph, at if at >= 0 else None)}
            convention = before.pop() if len(before) == 1 else None if before else self.convention
            out.append(name if convention is None else f"{name[: short.start()]}the {convention}")
        return out

    def _body(self, short: str) -> str:
        """The body's name a short name stands for in this resolution, as the parser reads it."""
        if self.session is None:
            return short
        if short not in self._bodies:
            gazetteer = load_gazetteer(self.session).for_body(self.body).for_resolution(self.texts)
            actors = [[short]]
            resolve_short_names(actors, self.texts, gazetteer, self.symbol)
            body = actors[0][0] if actors[0] else short
            # (a body, not its members or an office of it the resolution names: "States members of the
            # Standing Advisory Committee")
            self._bodies[short] = short if members_of(body) or office_of(body) else body
        return self._bodies[short]


def _the_convention(texts: list[str]) -> str | None:
    """The convention a resolution means by "the Convention" (``texts``: its title first), if its
    words say which (:class:`ShortNames`)."""
    for text in texts:
        for m in _DEFINED_AS_THE_CONVENTION.finditer(text) if "Convention" in text else ():
            before = _conventions(text, m.start())
            if before and before[-1].end() == m.start():
                return _written(before[-1])
    in_title = {_written(m) for m in _conventions(texts[0])}
    if len(in_title) == 1:
        return in_title.pop()
    last = None
    for text in texts:
        first = _THE_CONVENTION.search(text)
        named = _conventions(text, first.start() if first else None)
        last = _written(named[-1]) if named else last
        if first is not None:
            return last
    return None


#: the members of a body named by its short name: "members of the Forum", "other members of the Committee"
_MEMBERS_OF_A_SHORT_NAME = re.compile(
    r"((?:(?:all|other)\s+)?members\s+of\s+the\s+)((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)")


def _written(m: re.Match[str]) -> str:
    return " ".join(m.group(0).split())


#: an office and the entity whose it is: "Chair of the Counter-Terrorism Committee"
_OFFICE_OF = re.compile(rf"({OFFICE_TITLE.pattern})\s+of\s+(?:the\s+)?(.+)")
#: the register's word for a title written several ways ("Chairperson", "Chairman": "Chair")
_TITLE = {"Chairperson": "Chair", "Chairman": "Chair", "Chairpersons": "Chairs",
          "Chairperson-Rapporteur": "Chair-Rapporteur",
          "Director General": "Director-General", "Secretary General": "Secretary-General"}


def office_of(name: str) -> tuple[str, str] | None:
    """The title and the entity's name of an office ("Chairperson of the African Union Commission"
    -> "Chair", "African Union Commission"), ``None`` for another name."""
    m = _OFFICE_OF.fullmatch(" ".join(name.split()))
    if m is None:
        return None
    title = " ".join(m[1].split())
    return _TITLE.get(title, title), m[2]


#: the members of an organization or body: "States members of the Standing Advisory Committee", "members of
#: the World Trade Organization" (not "members of armed groups": a group of no known entity)
_MEMBERS_OF = re.compile(r"(?:(?:all|other)\s+)?((?:States\s+)?members)\s+of\s+(?:the\s+)?(.+)")


def members_of(name: str) -> tuple[str, str] | None:
    """The members and the organization's name ("States members of the African Union" -> "States
    members", "African Union"), ``None`` for another name."""
    m = _MEMBERS_OF.fullmatch(" ".join(name.split()))
    return None if m is None else (m[1], m[2])


#: words before a group of addressees that do not change who it is: "all relevant stakeholders",
#: "other competent international organizations", "more African countries" are stakeholders,
#: international organizations, African countries
_QUALIFIERS = re.compile(r"(?:(?:all|other|more|relevant|appropriate|competent|interested|respective)\s+)+")
#: words that make a group one named before ("those countries", "such organizations", "both sides",
#: "the above-mentioned bodies") or a name ("the Group of 20")
_NAMED_BEFORE = frozenset(str.split("""those these such both either said its their the a an above-mentioned
                                       abovementioned aforementioned"""))
#: nouns that name a group only with a word that says which: "members", "bodies", "authorities" of
#: someone, "subsidiary bodies", "armed groups" (not "relevant bodies" alone)
_WHOSE = frozenset(str.split("""
    members parties sides bodies entities agencies mechanisms missions operations forces funds programmes
    offices secretariats committees commissions councils courts tribunals authorities leaders officials
    representatives holders personnel staff teams groups coordinators envoys rapporteurs heads managers
    presences facilitators boards directorates executives participants delegations judges sponsors
    organizers organisers requesters designees negotiators depositaries administrations signatories
    panels platforms networks centres centers institutes units groupings movements factions regimes
    militias militaries prosecutors directors commissioners chairs chairpersons chairmen presidents"""))
#: singular nouns that name a group: "the donor community", "industry", "the media"
_COLLECTIVE = frozenset(str.split("community sector industry media academia personnel staff judiciary"))
#: groups the Organization writes with capitals, by the register's name for them: "Indigenous Peoples"
#: since 2021 ("Invites Governments and other relevant stakeholders, including …, civil society, Indigenous
#: Peoples, local communities, …", A/RES/79/283 6), "indigenous peoples" before (A/RES/74/135 25)
_CAPITALISED = {"indigenous peoples": "Indigenous Peoples"}
_AS_WRITTEN = re.compile(r"\b(?:{})\b".format("|".join(_CAPITALISED)), re.IGNORECASE)


#: what a system is made of: "bodies", "organizations and bodies", "members" (of the United Nations system)
_PARTS = r"(?:members|bodies|entities|organizations|organs|agencies|funds|programmes)"
_OF_A_SYSTEM = re.compile(rf"(?:{_QUALIFIERS.pattern})?{_PARTS}(?:(?:,\s*|\s+and\s+){_PARTS})*\s+of\s+"
                          r"(?:the\s+)?(.+\ssystem)")


def system_of(name: str) -> str | None:
    """The system whose bodies or members a name describes ("relevant bodies of the United Nations
    system" -> "United Nations system": they are the system), ``None`` for another name."""
    m = _OF_A_SYSTEM.fullmatch(" ".join(name.split()))
    return None if m is None else m[1]


def group_of(name: str) -> str | None:
    """The group of addressees a lower-case description names, without the words that do not
    change who it is ("other relevant international organizations" -> "international organizations",
    "all stakeholders" -> "stakeholders", "intergovernmental organizations concerned" ->
    "intergovernmental organizations"); ``None`` for a name, a group named before ("those
    countries"), a description with a complement ("countries of the region", "entities referred to
    in …") or a noun that needs one ("relevant bodies")."""
    words = " ".join(name.split())
    words = _AS_WRITTEN.sub(lambda m: m[0].lower(), words)
    if NP_STOP.search(f" {words}") or "," in words or any(c.isdigit() for c in words):
        return None
    qualifiers = _QUALIFIERS.match(words)
    tokens = words[qualifiers.end() if qualifiers else 0 :].split()
    if not tokens or len(tokens) > 6 or any(t.lower() in _NAMED_BEFORE for t in tokens):
        return None
    if tokens[-1] == "concerned" and len(tokens) > 1:
        tokens = tokens[:-1]  # "organizations concerned" are the relevant organizations: "organizations"
    *described, head = tokens
    if head not in AGENT_NOUNS or not (head.endswith("s") or head in _COLLECTIVE):
        return None
    if head in _WHOSE and not described:
        return None
    return _AS_WRITTEN.sub(lambda m: _CAPITALISED[m[0]], " ".join(tokens))


def _as_states(group: str) -> str:
    """A group of countries as the register names groups of States ("countries": the States,
    "small island developing countries": "small island developing States")."""
    head, _, rest = group.rpartition(" ")
    last = {"countries": "States", "country": "State"}.get(rest, rest)
    return f"{head} {last}".strip()


def _curated_kind(name: str) -> EntityKind:
    """The kind the parser's gazetteer gives this entity (Member States: ``member_state``)."""
    return next((k for k in EntityKind if k == Gazetteer.default().kind(name)), EntityKind.OTHER)


@cache
def _curated_entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(aliases)) for name, aliases in Gazetteer.default().entries())


def _curated() -> dict[str, tuple[str, list[str]]]:
    # (an entity's own name before another's alias that compares the same: "all parties", the parties to a
    # conflict, not "all Parties", an alias of the States parties)
    out: dict[str, tuple[str, list[str]]] = {name_key(name): (name, list(aliases))
                                             for name, aliases in reversed(_curated_entries())}
    for name, aliases in _curated_entries():
        for alias in aliases:
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
