"""Entities (owners of obligations) and the aliases that name them in resolutions.

The built-in list lives in ``data/gazetteer.toml`` next to this module; the database extends it
with its own entities through :meth:`Gazetteer.extended` or builds one from scratch with
``Gazetteer([(canonical name, [aliases...]), ...])``. An entity of the built-in list may carry a
``kind`` (:data:`KINDS`): the Member States are ``member_state``, the observer States
``observer_state``; the parser takes a State as an actor only where it is addressed (phrases.py).
"""

from __future__ import annotations

import copy
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources

from tracker.calendar.bodies import BODY_NAMES as _PRINCIPAL_NAMES

#: what "the Council", "the Assembly" and "its" mean, by adopting body
BODY_NAMES = _PRINCIPAL_NAMES


#: the kinds an entity of ``data/gazetteer.toml`` may have: the values of
#: ``tracker.models.EntityKind``, ``observer_state`` (the Holy See, the State of Palestine) and
#: ``territory`` (a Non-Self-Governing Territory; the register's kind ``other``)
KINDS = frozenset({"secretariat", "un_system", "organ", "member_state", "other_organization", "other",
                   "observer_state", "territory"})
#: the kinds that name a State or a Territory (an addressee only where addressed, never as a place)
STATE_KINDS = frozenset({"member_state", "observer_state", "territory"})

#: a mention that starts before a limit is read to its end: names are shorter than this
_LONGEST_NAME = 260


class Gazetteer:
    """Find entity names in text: leftmost, then longest alias wins."""

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]], kinds: Mapping[str, str] | None = None,
                 in_body: Mapping[str, Mapping[str, str]] | None = None,
                 where_named: Mapping[str, Iterable[str]] | None = None):
        """``kinds``: canonical name -> kind, for the entities that have one; ``in_body``: body code
        -> alias -> canonical name, what an alias names in that body's resolutions instead
        (:meth:`for_body`); ``where_named``: canonical name -> the aliases that name it in a
        resolution that names it in full (:meth:`for_resolution`)."""
        self._alias_to_name: dict[str, str] = {}
        self._names: list[str] = []
        self._kinds: dict[str, str] = {}
        for name, aliases in entries:
            name = name.strip()
            if not name:
                continue
            if name not in self._names:
                self._names.append(name)
            for alias in [name, *aliases]:
                alias = " ".join(alias.split())
                if alias.lower().startswith("the ") and len(alias) > 4:
                    alias = alias[4:]
                if not alias:
                    continue
                # "Côte d’Ivoire" / "Côte d'Ivoire": texts use both apostrophes
                for form in dict.fromkeys((alias, alias.replace("’", "'"), alias.replace("'", "’"))):
                    self._alias_to_name.setdefault(form, name)
                    if form[0].islower():
                        self._alias_to_name.setdefault(form[0].upper() + form[1:], name)
        #: the canonical names as a set, for :meth:`knows` (a gazetteer is not changed once built)
        self._known = frozenset(self._names)
        for name, kind in (kinds or {}).items():
            if name in self._known and kind:
                self._kinds[name] = kind
        self._in_body = {body: {" ".join(alias.split()): name for alias, name in aliases.items()
                                if name in self._known}
                         for body, aliases in (in_body or {}).items()}
        self._for_body: dict[str, Gazetteer] = {}
        #: the aliases :meth:`for_body` gave their body's meaning: no resolution of the body changes it
        self._body_aliases: frozenset[str] = frozenset()
        self._where_named = {name: tuple(" ".join(a.split()) for a in aliases)
                             for name, aliases in (where_named or {}).items() if name in self._known}
        #: the aliases that name those entities in full: a resolution without any keeps the gazetteer
        self._named_in_full = tuple(a for a, n in self._alias_to_name.items()
                                    if n in self._where_named and a not in self._where_named[n])
        self._regex = _aliases_regex(self._alias_to_name)

    @classmethod
    def default(cls) -> Gazetteer:
        return _default()

    @classmethod
    def from_toml(cls, text: str) -> Gazetteer:
        data = tomllib.loads(text)
        entities = data.get("entity", [])
        in_body: dict[str, dict[str, str]] = {}
        for e in entities:
            if e.get("kind") is not None and e["kind"] not in KINDS:
                raise ValueError(f"gazetteer: unknown kind {e['kind']!r} of {e['name']!r}")
            for body, aliases in e.get("aliases_in_body", {}).items():
                in_body.setdefault(body, {}).update(dict.fromkeys(aliases, e["name"].strip()))
        return cls(((e["name"], e.get("aliases", [])) for e in entities),
                   {e["name"].strip(): e["kind"] for e in entities if e.get("kind")}, in_body,
                   {e["name"].strip(): e["aliases_where_named"] for e in entities
                    if e.get("aliases_where_named")})

    def extended(self, entries: Iterable[tuple[str, Iterable[str]]]) -> Gazetteer:
        """A new gazetteer with these entities added (new aliases win over built-in ones); the
        kinds of the built-in entities are kept."""
        extra = [(name, list(aliases)) for name, aliases in entries]
        mine: dict[str, list[str]] = {n: [] for n in self._names}
        for alias, name in self._alias_to_name.items():
            mine[name].append(alias)
        return Gazetteer([*extra, *mine.items()], self._kinds, self._in_body, self._where_named)

    def for_body(self, body: str | None) -> Gazetteer:
        """This gazetteer as the resolutions of ``body`` (a body code) use it: "the Advisory
        Committee" of a Human Rights Council resolution is the Council's own, not the Assembly's
        Advisory Committee on Administrative and Budgetary Questions (``aliases_in_body`` in
        ``data/gazetteer.toml``). Built once per body."""
        aliases = self._in_body.get(body or "")
        if not aliases:
            return self
        if body not in self._for_body:
            own = copy.copy(self)
            own._alias_to_name = {**self._alias_to_name, **aliases}
            if not aliases.keys() <= self._alias_to_name.keys():
                own._regex = _aliases_regex(own._alias_to_name)
            own._in_body, own._for_body, own._body_aliases = {}, {}, frozenset(aliases)
            self._for_body[body] = own
        return self._for_body[body]

    def for_resolution(self, texts: Iterable[str]) -> Gazetteer:
        """This gazetteer as one resolution uses it (``texts``: its title, preamble and paragraphs):
        "the High Commissioner" of a resolution on the Office of the United Nations High
        Commissioner for Refugees, which does not name the High Commissioner for Human Rights, is
        the High Commissioner for Refugees (``aliases_where_named`` in ``data/gazetteer.toml``)."""
        if not self._where_named:
            return self
        text = "\n".join(texts)
        if not any(alias in text for alias in self._named_in_full):
            return self
        contextual = {alias for aliases in self._where_named.values() for alias in aliases}
        in_full = {name for s, e, name in self.find(text) if text[s:e] not in contextual}
        remapped = {alias: name for name, aliases in self._where_named.items() if name in in_full
                    and not in_full & {self._alias_to_name.get(a) for a in aliases}
                    for alias in aliases if alias not in self._body_aliases}
        if not remapped:
            return self
        own = copy.copy(self)
        own._alias_to_name = {**self._alias_to_name, **remapped}
        if not remapped.keys() <= self._alias_to_name.keys():
            own._regex = _aliases_regex(own._alias_to_name)
        own._for_body, own._where_named, own._named_in_full = {}, {}, ()
        return own

    @property
    def names(self) -> list[str]:
        return list(self._names)

    def knows(self, name: str) -> bool:
        """Whether ``name`` is an entity's canonical name (one of :attr:`names`)."""
        return name in self._known

    def kind(self, name: str) -> str | None:
        """The kind of the entity with this canonical name (:data:`KINDS`), ``None`` if unknown."""
        return self._kinds.get(name)

    def is_state(self, name: str) -> bool:
        """True for a Member State or an observer State (by canonical name)."""
        return self._kinds.get(name) in STATE_KINDS

    def entries(self) -> list[tuple[str, list[str]]]:
        out: dict[str, list[str]] = {n: [] for n in self._names}
        for alias, name in self._alias_to_name.items():
            out[name].append(alias)
        return list(out.items())

    def canonical(self, text: str) -> str | None:
        alias = " ".join(text.split())
        if alias.lower().startswith("the "):
            alias = alias[4:]
        return self._alias_to_name.get(alias)

    def find(self, text: str, end: int | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, canonical name)`` for every entity mention, in order; with ``end``, only
        the mentions that start before it (the text after it is read only to finish a name)."""
        if self._regex is None:
            return []
        if end is not None:
            names = self._alias_to_name
            stop = len(text) if end + _LONGEST_NAME >= len(text) else end + _LONGEST_NAME
            return [(m.start(), m.end(), names[m.group(0)])
                    for m in self._regex.finditer(text, 0, stop) if m.start() < end]
        return [(m.start(), m.end(), self._alias_to_name[m.group(0)])
                for m in self._regex.finditer(text)]


def _aliases_regex(aliases: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for all aliases, as a trie: at each position the engine follows the one branch
    the text allows (instead of trying hundreds of alternatives), longest first. Built once per
    set of aliases: the resolutions that remap an alias (:meth:`Gazetteer.for_resolution`) mostly
    add the same ones, and building the trie costs a fifth of a second (a few sets kept: a
    database's gazetteer changes with its entities)."""
    return _regex_of(frozenset(aliases))


@lru_cache(maxsize=8)
def _regex_of(aliases: frozenset[str]) -> re.Pattern[str] | None:
    pattern = _trie_pattern(aliases)
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])") if pattern else None


def _trie_pattern(words: Iterable[str], not_after: str | None = None) -> str:
    """A regex matching exactly ``words``; where several match at one place, the longest wins
    (the deeper branch is tried first, the end of a shorter word last). ``not_after``: a class of
    the characters no word may follow (``(?<!…)`` before the words), written behind each word's
    first character instead: the regex then opens with its words' first characters, and a search
    skips to the places where one stands instead of trying every position (for words that open
    with a few letters, capitals: at every position the look-behind alone costs as much as the
    trie)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    if not_after is None or "" in trie or not trie:
        return build(trie) if not_after is None else rf"(?<!{not_after})(?:{build(trie)})"
    return "(?:" + "|".join(rf"{re.escape(ch)}(?<!{not_after}{re.escape(ch)}){build(child)}"
                            for ch, child in sorted(trie.items())) + ")"


@cache
def _default() -> Gazetteer:
    text = resources.files("tracker.parsing").joinpath("data/gazetteer.toml").read_text("utf-8")
    return Gazetteer.from_toml(text)
