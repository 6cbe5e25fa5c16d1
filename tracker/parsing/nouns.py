"""Nouns that name who can be asked to act, and the head noun of a noun phrase: read by the
actors (``phrases``) and by the kinds (``kinds``: whether a decision's "that" clause names someone)."""

from __future__ import annotations

import re

#: nouns that name who can be asked to act ("relevant stakeholders", "the Syrian authorities")
AGENT_NOUNS = frozenset(str.split("""
    countries country states governments government authorities authority stakeholders actors
    actor institutions institution organizations organisations organization organisation bodies
    body entities entity agencies agency banks bank partners partner members member donors donor
    parties party sides side groups group mechanisms mechanism missions mission operations forces
    communities community leaders leader officials official experts expert representatives
    representative holders personnel staff committees committee commissions commission funds fund
    programmes programme offices office secretariats secretariat networks network associations
    association unions union producers companies company enterprises businesses corporations
    providers media parliaments parliament parliamentarians legislators peoples individuals persons
    employers workers academia universities university centres centre centers center teams team
    coalitions alliances platforms institutes institute operators owners manufacturers creditors
    debtors investors contributors nations administrations administration municipalities cities
    powers concerned coordinators coordinator envoys envoy rapporteurs rapporteur bureau bureaux
    presidency president chair chairs chairpersons chairperson chairman chairmen heads head managers
    management
    sector industry industries councils council courts court tribunals tribunal judiciary police
    militaries military force groupings signatories depositaries depositary forum fora panel panels sponsors
    presences presence facilitators facilitator boards board directorate executive executives
    militias factions movements movement regimes regime prosecutors prosecutor ombudsperson
    secretary-general registrar directors director commissioner commissioners designees
    negotiators delegations delegation participants participant judges judge organizers organisers
    requesters regulators regulator supervisors supervisor branch branches"""))
#: the words that end a noun phrase's head: a preposition, a relative, a verb
NP_STOP = re.compile(
    r"\s+(?:of|for|on|in|at|from|with|by|through|within|under|including|as|when|where|who|"
    r"which|whose|since|that|against|to|into|upon|over|among|between|regarding|concerning|"
    r"after|before|during|while|if|whether|once|so|such|not|are|is|have|has|must|should|"
    r"shall|will|may|can)\b"
)


def is_agent_noun(word: str) -> bool:
    """``word``, singular or plural, names who can be asked to act ("State", "parties")."""
    word = agent_noun(word)
    return word in AGENT_NOUNS or f"{word}s" in AGENT_NOUNS


def agent_noun(word: str) -> str:
    """``word`` in lower case, as :data:`AGENT_NOUNS` has it: "co-chairs", "Vice-President" are
    chairs and a president."""
    word = word.lower()
    return word.partition("-")[2] if word.startswith(("co-", "vice-")) else word


#: a participle that describes the noun before it: "the centres referred to in …", "the
#: mechanisms as described in article 33"
DESCRIBED = re.compile(r"\s+(?:as\s+)?(?:referred|mentioned|described|listed)\b")


def head_noun(words: str) -> str:
    """The last word before a noun phrase's complement: "members of the Committee" -> "members",
    "the regional centres referred to in paragraph 18 above" -> "centres"."""
    return _head_word(words).lower()


def _head_word(words: str) -> str:
    """:func:`head_noun` as written."""
    stop = NP_STOP.search(words)
    described = DESCRIBED.search(words)
    if described and (stop is None or described.start() < stop.start()):
        stop = described
    return (words[: stop.start()] if stop else words).split()[-1]


def names_someone(words: str) -> bool:
    """A noun phrase (a clause's subject) names who can act: a name ("the Syrian Arab Republic",
    "UNMIS") or an agent noun ("all States", "the Committee"), not a thing ("the use of chemical
    weapons", "the measures imposed by paragraph 15")."""
    head = _head_word(words).strip(",;:’'")
    return head[:1].isupper() or is_agent_noun(head)
