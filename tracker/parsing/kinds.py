"""What a paragraph asks, read as a delegate would (DESIGN §1): its :class:`ObligationKind`.

A paragraph is read clause by clause: its operative phrase and every further operative verb it
coordinates ("Welcomes … and requests the Secretary-General to …", "…; decides …", "… while
requesting the Government to …"). Each clause gets a kind from its verb *and* what it asks:

- a declaratory verb (notes, welcomes, recalls, reaffirms, condemns, expresses …) asks nothing,
  even when it cites a past request or decision ("Recalls its decision … to include …");
  reiterating or renewing a request or call ("Reiterates its request to the Secretary-General
  to …") asks again, and is read as that request or call;
- any verb that asks for a report, a note, information, views or a briefing gives ``report``;
- "Decides to include in the provisional agenda …" (or to consider the question, continue its
  consideration at a session) gives ``agenda``;
- a mandate, mission, panel, measure or authorization established, extended or renewed for a
  period or until a date gives ``mandate``;
- a request, decision or authorization for anything else gives ``action``, unless it is a
  standing call: "requests … to continue to …", "to strengthen / to promote …", or addressed to
  States, parties or groups with no product ("Decides that all States shall …");
- urges, calls upon, encourages, invites … give ``exhortation``, unless they ask an institution
  for something identifiable ("Invites the President of the General Assembly to convene …").

The paragraph takes the most demanding of its clauses' kinds (:meth:`ObligationKind.most_demanding`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .gazetteer import Gazetteer
from .nouns import head_noun, is_agent_noun, names_someone
from .ordinals import EN_ORDINAL, EN_ORDINAL_WORD
from .regexes import after_boundary, lower_case_form, reads_as_lower
from .types import Deadline, ObligationKind

K = ObligationKind

#: verbs that ask: a request, decision, authorization or direction
DIRECTIVE = frozenset({
    "requests", "asks", "directs", "instructs", "entrusts", "mandates", "authorizes",
    "authorises", "requires", "decides", "resolves", "undertakes", "determines", "agrees",
    "requesting", "deciding", "appropriates", "apportions",
    # (the Security Council's order under Article 40: "Orders the Governments and authorities concerned … to
    # desist from further military action …", S/RES/54 (1948) 2)
    "orders",
})
#: verbs that call: a standing call with no product of its own
CALLING = frozenset({
    "urges", "calls_upon", "calls_for", "encourages", "invites", "appeals", "exhorts", "demands",
    "reminds", "recommends", "suggests", "insists", "solicits", "seeks", "importunes",
    "challenges", "urging", "calling_upon", "encouraging", "inviting", "commits", "pledges",
    # (a commitment made again, or striven for: "Recommits to supporting the implementation of national trade
    # strategies …", A/RES/80/151 19; "Strives to help landlocked developing countries …", A/RES/80/151 37)
    "recommits", "strives",
})
#: … of them, those in which the body commits itself, asking no one
COMMITTING = ("commits", "pledges", "recommits", "strives")
#: verbs that create something there and then
CREATING = frozenset({
    "proclaims", "designates", "establishes", "appoints", "elects", "convenes", "launches",
    "transmits", "refers", "nominates", "creates",
})
#: verbs that extend or renew: a mandate when a mandate and a period follow ("Extends the
#: mandate … until"), declaratory otherwise ("Extends its appreciation", "Renews its support")
EXTENDING = frozenset({"extends", "renews", "prolongs"})
#: what is extended as a sentiment, not a mandate: "Extends its appreciation", "Extends condolences
#: to the Agency", "Extends its deepest sympathy"
_EXTENDED_SENTIMENT = re.compile(
    r"\s*(?:(?:its|their|his|her)\s|(?:[a-z]+\s+){0,2}(?:condolences|sympathy|sympathies|gratitude|thanks|"
    r"appreciation|congratulations|greetings|felicitations|welcome|wishes)\b)"
)
#: a request for reports extended or renewed ("Extends the reporting request in paragraph 10 of
#: resolution 2722 (2024) until January 15, 2025", "to renew the reporting requirements of …"): the
#: reports asked again, until its end (not "the reporting period", nor "the mandate … and reporting
#: requirements": a mandate, read first)
_REPORTING_REQUEST = re.compile(
    r"\s*,?\s*(?:(?:until|to|for)\s[^,;]{1,40},\s*)?(?:the|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:reporting\s+(?:requests?|requirements?|obligations?)|requests?\s+(?:for\s+(?:\w+\s+){0,2}?reports?|to\s+report))\b",
    re.I)
#: "to extend", "to renew" where a decision's words begin: what it extends follows (not a renewal
#: word anywhere in a clause: ``deadlines._RENEWAL_WORD``)
_TO_RENEW = re.compile(r"(?:also\s+|further\s+)?to\s+(?:extend|renew|prolong)\b", re.I)
#: a verb that re-issues an earlier request or call: "Reiterates its request", "Renews its call"
REISSUING = frozenset({"reiterates", "reaffirms", "renews", "repeats", "restates", "reconfirms"})
#: the verbs in which the adopting body speaks, as a paragraph opens with them ("Decides", "Takes note") and
#: as it speaks again inside one ("…, and requests", "; calls upon"): one list, for a paragraph printed
#: without its number (``structure``, less :data:`SPOKEN_WITHIN_ONLY`) and for the body's own voice inside
#: a paragraph (``deadlines``, less :data:`OPENING_ONLY`)
OPERATIVE_VERBS = (
    "decides", "requests", "invites", *sorted(EXTENDING), "encourages", "calls upon", "urges", "recommends",
    "reaffirms", "welcomes", "notes", "takes note", "stresses", "emphasizes", "underlines", "expresses",
    "recognizes", "acknowledges", "resolves", "agrees", "reiterates", "authorizes", "endorses", "approves",
    "affirms", "confirms", "recalls", "commends", "appreciates", "looks forward", "regrets", "deplores",
    "condemns", "considers", "highlights",
    # (asking too: "Welcomes the significant progress …, directs the Committee to complete this review by 30
    # June 2010", S/RES/1904 (2009) 29; "…, calls on the CENI to ensure …", S/RES/2409 (2018) 7)
    "underscores", "directs", "calls on", "demands", "instructs",
    "adopts", "elects", "appoints", "proclaims", "declares", "designates", "accepts", "establishes",
    "transmits", "appeals", "calls for",
)
#: verbs ``deadlines`` reads as the body speaking again inside a paragraph, ``structure`` not yet as the
#: opening of one printed without its number
SPOKEN_WITHIN_ONLY = frozenset({"prolongs", "renews", "appreciates", "looks forward", "regrets", "considers",
                                "highlights", "underscores", "directs", "instructs"})
#: verbs ``structure`` reads as opening a paragraph printed without its number, ``deadlines`` not yet as
#: the body speaking again inside one (where a deadline's event name or clause ends)
OPENING_ONLY = frozenset({"adopts", "elects", "appoints", "proclaims", "declares", "designates", "accepts",
                          "establishes", "transmits", "appeals", "calls for"})

# --- clauses ----------------------------------------------------------------------------------
#: the adverbs and phrases between a clause's separator and its verb: ", and in that regard calls upon …",
#: "…, and thus urges States …", "…, and in this respect requests …" (read by the actors' further calls,
#: ``phrases._SECONDARY``, and by the deadlines' clauses in the resolution's own voice)
CLAUSE_ADVERB = (
    r"(?:(?:also|further|moreover|strongly|once\s+again|again|therefore|thus|hence|accordingly|consequently|"
    r"as\s+a\s+result|in\s+th(?:is|at)\s+(?:regard|context|connection|respect)|to\s+(?:that|this)\s+end|"
    r"for\s+(?:that|this)\s+purpose|in\s+particular),?\s+)"
)
#: a phrase that says what a further clause concerns, between its separator and its verb: "…, and with
#: regard to the Repertoire calls upon the Secretary-General to continue to follow the modalities …"
#: (A/RES/78/111 18)
_CONCERNING = r"(?:(?:with|in)\s+(?:regard|respect|relation)\s+to\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?,?\s+)"
#: "calls" with an adverb or phrase before its "for" or "upon": "…, and calls in this regard for full
#: compliance with …" (A/RES/80/158 4), "calls, in this regard, for the full and effective implementation …"
#: (A/RES/60/184 15), "calls, therefore, upon Member States, and encourages relevant international bodies,
#: to support …" (A/RES/80/133 21)
_CALLS = rf"calls(?:,?\s+{CLAUSE_ADVERB}+|\s+)(?:(?:up)?on|for)"


def _by_first_letter(words: str) -> str:
    """``a|b|…`` grouped by first letter (``r(?:equests|ecalls)|d(?:ecides)…``): the engine
    tries two or three branches at a position instead of sixty."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_VERBS = _by_first_letter(
    r"requests|decides|urges|encourages|"
    r"invites|asks|authori[sz]es|"
    r"directs|instructs|demands|appeals|recommends|welcomes|notes|takes\s+(?:\w+\s+)?note|"
    r"expresses|stresses|emphasizes|emphasises|recognizes|recognises|underlines|"
    r"underscores|condemns|recalls|commends|acknowledges|affirms|supports|"
    r"deplores|regrets|extends|looks\s+forward|proclaims|endorses|approves|adopts|"
    r"designates|establishes|exhorts|reminds|agrees|resolves|entrusts|mandates|" + "|".join(sorted(REISSUING))
) + f"|{_CALLS}"
_WE_VERBS = (
    r"invite|request|urge|encourage|call\s+upon|call\s+on|call\s+for|decide|commit|pledge|"
    r"recommend|appeal|direct|ask|will\s+\w+|shall\s+\w+"
)
_PARTICIPLES = r"requesting|calling\s+upon|calling\s+on|urging|encouraging|inviting|deciding"
_AFTER_SEPARATOR = (rf"(?:{CLAUSE_ADVERB}|{_CONCERNING})*(?:({_VERBS})\b\s*{CLAUSE_ADVERB}*"
                    rf"|(?:while\s+|thereby\s+)?({_PARTICIPLES})\s+)")
#: a further operative verb after a comma or semicolon ("…, and requests", "; decides", "…,
#: while requesting the Government to …"), after "and" ("… and urges") or "while": three
#: patterns, each led by a literal, so that the engine jumps to the places where one can start
_CLAUSE_SPLITS = (
    re.compile(rf"[,;]\s*(?:and\s+)?{_AFTER_SEPARATOR}"),
    re.compile(rf"and\s+{_AFTER_SEPARATOR}"),
    re.compile(rf"while\s+({_PARTICIPLES})\s+()"),
    # an annexed declaration's own voice: "…, and in this regard we invite …", "… . We commit to"
    re.compile(rf"we\s+{CLAUSE_ADVERB}*({_WE_VERBS})\b\s*{CLAUSE_ADVERB}*()"),
    re.compile(rf"\.\s+We\s+{CLAUSE_ADVERB}*({_WE_VERBS})\b\s*{CLAUSE_ADVERB}*()"),
    # a paragraph printed within the one before it, its number lost: "…; Requests the Secretary-General to
    # submit to the General Assembly for consideration at its fifty-seventh session a detailed report …"
    # (A/RES/55/258 2), "… * * * Requests the Secretary-General to report …" (A/RES/57/283 B 1), "… . Requests
    # the Economic Commission for Europe to convene …" (E/RES/36 (IV) 19): its operative phrase, capitalised
    re.compile(rf"(?:[;.]|\*\s+\*\s+\*)\s+(?=[A-Z])(?i:({_VERBS}))\b\s*{CLAUSE_ADVERB}*()"),
)
#: verbs after a bare " and " that are a new clause only when an addressee follows ("and
#: requests the Secretary-General"), not in a list of gerunds or nouns
_BARE_AND = frozenset({"notes", "expresses", "extends", "supports", "affirms",
                        "agrees", "adopts", "approves", "endorses", "welcomes", "recalls",
                        "recognizes", "recognises", "stresses", "emphasizes", "emphasises",
                        "underlines", "underscores", "acknowledges", "commends", "regrets",
                        "deplores", "condemns", "designates", "establishes", "proclaims", *REISSUING})


#: operative verbs spelt "-ise", read as the Organization spells them ("Authorises" -> authorizes)
SPELLINGS = {"authorises": "authorizes", "emphasises": "emphasizes", "recognises": "recognizes",
             "criticises": "criticizes", "organises": "organizes", "apologises": "apologizes"}


_WE_BASE = {"invite": "invites", "request": "requests", "urge": "urges", "encourage": "encourages",
            "decide": "decides", "commit": "commits", "pledge": "pledges", "recommend": "recommends",
            "appeal": "appeals", "direct": "directs", "ask": "asks", "call for": "calls_for"}
#: operative verbs that are also plural nouns, and what follows them as nouns
NOUNS_TOO = frozenset({"requests", "demands", "appeals", "notes", "supports", "calls", "mandates"})
#: "mandates" as a verb: someone named, then what they are to do ("…, and mandates the Co-Chairs of the
#: Conference, in consultation with the Co-Chairs of the working groups, to follow up on the objectives of the
#: Conference", A/RES/80/72 2); not the noun ("the legislative decisions and mandates approved by …")
MANDATES_SOMEONE = r"(?:the|its)\s[^;]{0,200}?\bto\s"
_MANDATES_SOMEONE = re.compile(MANDATES_SOMEONE)
AFTER_NOUN = re.compile(
    r"(?:for|of|from|made|by|received|submitted|which|that\s+(?:have|has|are|were)|in|on|"
    r"may|must|shall|should|will|would|can|could|are|were)\b"  # "…, requests may be made: (a) …"
)


#: a word each pattern of ``_CLAUSE_SPLITS`` needs, to skip it cheaply
_NEEDS = ("", "and", "while", "we ", "We ", "")


def _after_separators(rest: str) -> list[re.Match[str]]:
    """``list(_CLAUSE_SPLITS[0].finditer(rest))``, tried only where a match can start, at each
    comma and semicolon (found by ``str.find``): a pattern led by a class (``[,;]``) gives the
    engine no literal to jump to, so ``finditer`` tries it at every position of the text."""
    match = _CLAUSE_SPLITS[0].match
    out: list[re.Match[str]] = []
    find = rest.find
    comma, semicolon = find(","), find(";")
    while comma >= 0 or semicolon >= 0:
        at = semicolon if comma < 0 or 0 <= semicolon < comma else comma
        m = match(rest, at)
        pos = m.end() if m else at + 1
        if m:
            out.append(m)
        if comma >= 0 and comma < pos:
            comma = find(",", pos)
        if semicolon >= 0 and semicolon < pos:
            semicolon = find(";", pos)
    return out
_WE_LEAD = re.compile(rf"(?:[,;:]\s*(?:and\s+)?|(?:^|\s+)and\s+){CLAUSE_ADVERB}*$")


def _clause_verb(words: str) -> str:
    words = " ".join(words.lower().split())
    if words.startswith(("will ", "shall ")):
        return words.replace(" ", "_", 1)  # "we will convene" -> will_convene
    if words in _WE_BASE:
        return _WE_BASE[words]
    if words.startswith(("calls", "calling", "call ")):
        return "calls_for" if words.endswith("for") else "calls_upon"
    if words.startswith("takes"):
        return "takes_note"
    if words.startswith("looks"):
        return "looks_forward"
    return {**SPELLINGS, "requesting": "requests", "urging": "urges", "encouraging": "encourages",
            "inviting": "invites", "deciding": "decides"}.get(words, words)


#: how many of the last reads :func:`clauses`, :func:`clause_kind` and the operative phrase
#: (``phrases.operative_phrase``) keep: one paragraph's stages read its clauses again with the same
#: words (its kind, its addressees, whether it only goes on, the clause that introduces its
#: sub-paragraphs); a few, so that a read is kept within its paragraph, not for a text that comes
#: back in another paragraph or resolution
READS_KEPT = 4


@lru_cache(maxsize=READS_KEPT)
def clauses(action: str | None, rest: str) -> tuple[tuple[str | None, str], ...]:
    """``((verb, the words it governs), …)``: the operative phrase first, then each further one."""
    return tuple((verb, rest[start:end]) for verb, _said, start, end in clause_spans(action, rest))


#: what leads a further clause before its own words: its separator and "and" (", and also requests …")
_CLAUSE_LEAD = re.compile(r"[\s,;.]*(?:and\s+)?")


@lru_cache(maxsize=READS_KEPT)
def clause_spans(action: str | None, rest: str) -> tuple[tuple[str | None, int, int, int], ...]:
    """Each clause of ``rest`` (:func:`clauses`) as ``(verb, where it is said, where the words its verb
    governs start, where they end)``: a further clause is said from its adverb or verb, after its
    separator and "and" ("…, and also requests the Secretary-General to …": from "also"); the
    operative phrase's, before ``rest``, from 0."""
    found: list[tuple[int, int, str, bool]] = []
    for k, pattern in enumerate(_CLAUSE_SPLITS):
        if _NEEDS[k] and _NEEDS[k] not in rest:
            continue  # no "while", no "we": most paragraphs
        for m in (_after_separators(rest) if k == 0 else pattern.finditer(rest)):
            if k not in (0, 4, 5) and m.start() and not rest[m.start() - 1].isspace():
                continue  # "demands", "thousand"
            if k == 4:
                pass  # a sentence of its own
            elif k == 3 and not _WE_LEAD.search(rest, max(0, m.start() - 40), m.start()):
                continue  # "… that we will …" is no clause of its own
            word = m.group(1) or m.group(2)
            low = word.lower()
            if k == 1 and m.start() and m.group(1) and low in _BARE_AND and not (
                    low in REISSUING and (ASKED_AGAIN.match(rest, m.start(1)) or DECIDED_AGAIN.match(
                        rest, m.start(1))) is not None):
                # "… the work undertaken and welcomes …" is too rare to outweigh "notes and"; not a
                # request made again ("… the integrity of the mechanism and reiterates its request to
                # the Secretary-General to …")
                continue
            if low in NOUNS_TOO and AFTER_NOUN.match(rest, m.end()) or (
                    low == "mandates" and not _MANDATES_SOMEONE.match(rest, m.end())):
                continue  # "offers and requests for assistance", "the demands of", "decisions and mandates"
            # (a participle led by no "while": "…, calling upon …", "…, and encouraging …")
            found.append((m.start(), m.end(), word, k in (0, 1) and m.group(2) is not None
                          and "while" not in m.group(0)))
    out: list[tuple[str | None, int, int, int]] = []
    verb, said, start = action, 0, 0
    for s, e, word, participle in sorted(found):
        if s < start:
            continue  # ", and requests" found after the comma and again at "and"
        if participle and _not_its_own(rest, start, s, e, verb):
            continue
        out.append((verb, said, start, s))
        verb, said, start = _clause_verb(word), _CLAUSE_LEAD.match(rest, s).end(), e
    out.append((verb, said, start, len(rest)))
    return tuple(out)


#: words in "-ing" that are prepositions, not gerunds: "…, including …", "…, following …"
_ING_PREPOSITIONS = frozenset({"including", "regarding", "concerning", "during", "according", "following",
                               "pending", "notwithstanding", "excluding", "considering", "bearing", "taking"})
#: a gerund that opens a segment of a list ("building human capacity", "and promoting technologies …")
_GERUND = re.compile(r"\s*(?:and\s+)?([a-z]+ing)\b")
#: an act of another body, named: "the decisions of the Peace and Security Council of the African Union",
#: "the proposals made by the Secretary-General", "the communiqué issued by …"
_ANOTHERS_ACT = re.compile(
    r"\b(?:decisions?|communiqu[eé]s?|statements?|declarations?|conclusions|proposals|recommendations|"
    r"resolutions?)\s+(?:(?:made|adopted|issued|taken)\s+)?(?:of|by|from)\s+(?:the\s+)?[A-Z]")


def _segment_before(rest: str, at: int) -> tuple[int, str]:
    """The segment of a list before the separator at ``at`` (", ", ", and "): where it starts and its
    words."""
    end = at
    while True:
        cut = max(rest.rfind(",", 0, end), rest.rfind(";", 0, end))
        words = rest[cut + 1 : end]
        if cut < 0 or words.strip() not in ("", "and"):
            return cut, words
        end = cut


def _a_gerund(words: str) -> bool:
    m = _GERUND.match(words)
    return m is not None and m.group(1) not in _ING_PREPOSITIONS


def _not_its_own(rest: str, start: int, at: int, end: int, verb: str | None) -> bool:
    """Whether a participle (at ``at``, its words from ``end``; its clause from ``start``) is no call of
    the paragraph's own: a gerund in a list of them ("Acknowledges the importance of adopting innovative
    and sustainable food systems by …, building human capacity, encouraging entrepreneurship, creating an
    enabling economic and institutional environment …", A/RES/74/215 7: no one is asked), or what another
    body's act does, reported in a clause that asks nothing ("Welcomes further the decisions of the Peace
    and Security Council of the African Union (AU), declaring the inviolable nature of the outcome of the
    presidential elections …, calling upon former President Yahya Jammeh to keep to the letter …",
    S/RES/2337 (2017) 5: the AU calls, not the Council)."""
    cut, before = _segment_before(rest, at)
    if cut >= start and _a_gerund(before):
        stop = min((i for i in (rest.find(",", end), rest.find(";", end)) if i >= 0), default=len(rest))
        if _infinitive(rest[end:stop]) is None:
            return True  # "…, building human capacity, encouraging entrepreneurship, …"
    if verb is None or verb in DIRECTIVE or verb in CALLING:
        return False
    while cut > start and _a_gerund(before):
        cut, before = _segment_before(rest, cut)  # "…, declaring the inviolable nature …, calling upon"
    return _ANOTHERS_ACT.search(rest, max(cut + 1, start), at) is not None


# --- what a clause asks -----------------------------------------------------------------------
#: the principal organs a report goes to, and the bodies ("to the Human Rights Council", "to the
#: Commission")
_PRINCIPAL = (r"(?:General\s+Assembly|Assembly|"
              r"(?:Security\s+|Human\s+Rights\s+|Economic\s+and\s+Social\s+)?Council)")
_A_BODY = rf"(?:{_PRINCIPAL}|Commission|Committee|Conference)"

#: the forms of ``REPORT``, each ``(what stands before its lead word, its lead words, the rest)``,
#: each lead word the start of a word: the start of the words (``^``), a lead word that is not a
#: gerund or a participle ("submitting", "presented": ``_NOT_ING_OR_ED``) or nothing
_NOT_ING_OR_ED = r"(?!\w*(?:ing|ed)\b)"
#: a lead word not in a relative clause ("awareness-raising programmes that provide accurate
#: information about the practice", "witnesses and others who provide information"): what the clause
#: asks is elsewhere
_SUBORDINATING = (r"that\s", r"which\s", r"who\s")
#: … nor a noun or an adjective after its article ("decides to revert to the issue of the Dag Hammarskjöld
#: Library Building … in the context of the report", A/RES/67/246 36: "issue" is no verb there; "the present
#: report"); not a verb after a noun ("the Committee shall submit": no article right before the verb)
_DETERMINING = (r"the\s", r"a\s", r"an\s", r"this\s", r"its\s", r"their\s", r"any\s", r"each\s", r"such\s")
_NOT_A_VERB = (*_SUBORDINATING, *_DETERMINING)
_NOT_SUBORDINATE = "".join(rf"(?<!\b{words})" for words in _NOT_A_VERB) + _NOT_ING_OR_ED
#: the words before what is asked for: "their views", "any further information"
_DETERMINERS = (r"(?:their|its|his|her|the|any|all|relevant|further|written|updated|additional|such|"
                r"a|an)")
#: how the information or views asked for are qualified: "to provide to the General Assembly, at its
#: resumed sixty-first session, detailed information on …", "to submit concrete proposals to …"
_QUALIFIED = (r"(?:detailed|comprehensive|consolidated|aggregated|comparative|supplementary|standardized|"
              r"complete|full|accurate|timely|concrete|specific|more|regular|periodic|"
              r"available|revised|preliminary|disaggregated)")
#: not what is fed to a database, a website or a portal ("strongly encourages all States to regularly
#: provide updated information for the Database", A/RES/77/193 13; "to submit information to any such
#: database"; "provide information for inclusion in the database"): it goes to no body, it is no report
#: (not "information on the functioning of the portal in his next report": what it is about)
_NOT_INTO_A_TOOL = (
    r"(?!\s+(?:for|to|in|into)\s+(?:inclusion\s+in\s+)?(?:(?:the|its|their|an?|any|such|this)\s+)*"
    r"(?:[\w’'-]+\s+){0,4}?(?:databases?|data\s+bases?|websites?|web\s+portals?|portals?|repositor(?:y|ies)|"
    r"dashboards?|clearing-?houses?)\b)")
#: what a body's or a person's work came to, presented to others: "to provide the General Assembly with the
#: outcome of its work for consideration by the Assembly at its seventy-fifth session" (A/RES/73/6 2), "to
#: present his findings to the General Assembly at the main part of the sixty-eighth session" (A/RES/67/246
#: 20), "to transmit that information along with the outcome of its consideration to the high-level political
#: forum" (A/RES/78/225 15), "to submit its conclusions and recommendations thereon to the General Assembly"
#: (A/RES/52/220 40): a report by another name (not "the results" alone, "to provide tangible results")
_OUTCOME_OF_WORK = (
    r"(?:findings|conclusions|(?:outcomes?|results)\s+of\s+(?:its|their|his|her|the|this|that|these|such)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:work|deliberations|discussions|consideration|reviews?|study|studies|surveys?|"
    r"assessments?|evaluations?|consultations|examination|analysis))")
#: a body kept informed, after "keep": "the Security Council regularly informed", "Member States updated"
#: (a form of ``REPORT``, and what a request that only keeps a body informed asks: ``_KEPT_INFORMED``)
_INFORMED = (r"\s+(?:the\s+\w+(?:\s+\w+)?|it|them|Member\s+States|the\s+Council|the\s+Assembly)\s+"
             r"(?:\w+\s+)?(?:informed|updated|apprised)\b")
#: up to three words before a noun, none a preposition or a conjunction: "the concerned", "the next"
_MODIFIERS = r"(?:(?!(?:of|on|about|in|at|to|that|and|or|as|by|through|within|no)\b)[\w-]+\s+){0,3}?"
#: "in the context of his next report": in it
_IN_THE_CONTEXT_OF = r"(?:the\s+context\s+of\s+)?"
#: not a line of authority: "… who shall report to the Secretary-General", "that the Under-Secretary-
#: General/head of the Entity shall report to the Secretary-General" (A/RES/64/289 69), "the Director …
#: shall report to the Executive Director": to whom an office answers, not a report asked, on something or
#: to a body
_NOT_ANSWERING = (
    r"(?!\s+(?:directly\s+)?to\s+(?:the|his|her)\s+(?:Secretary-General|Under-Secretary-General|Executive\s+"
    r"Director|Director-General|High\s+Commissioner|Administrator|Executive\s+Secretary)\b(?!\s+(?:on|annually|"
    r"regularly|periodically|every|at)\b)(?![^;]{0,80}?\b(?:reports?\s+on|on\s+(?:the|its|their)\s)))")
_REPORT_FORMS = [
    # not reporting wrongdoing or what occurs ("encouraging staff to report such abuses", "to report any
    # incidents", "calls upon Member States to report any such departure from their territories …", S/RES/2396
    # (2017) 11; "to report any violations of this paragraph to the Security Council immediately", S/RES/2118
    # (2013) 18; "to report suspected or confirmed illegal practices", health-care professionals "to report
    # cases in which they believe that women or girls are at risk …", journalists "to report independently")
    ("", ["to"], r"\s+(?:(?:\w+ly|also|further|then|continue\s+to|regularly)\s+){0,2}(?:report|brief)\b"
     r"(?!\s+(?:description\b|independently\b|any\b|such\b|(?:all\s+)?(?:cases|incidents|abuses|allegations|"
     r"misconduct|wrongdoing|suspicious|suspected|crimes?)\b))"),
    ("", ["shall", "should", "will"], rf"\s+(?:\w+\s+)?(?:report|brief)\b{_NOT_ANSWERING}"),
    ("^", ["that"], r"\s+[^;]{0,100}?\b(?:reports?|briefs?)"
     rf"(?:\s+(?:on|every|regularly|annually)\b|{_NOT_ANSWERING}\s+to\b)"),
    # (not kept informed of what occurs, if it does: "to keep the Council informed if cases of such conduct
    # occur", S/RES/2149 (2014) 38, as "to report any violations" is none above; not "if necessary")
    ("", ["keep"], _INFORMED + r"(?!,?\s+(?:if|whenever|should|in\s+the\s+event)\s+"
                               r"(?!(?:necessary|needed|appropriate|required|possible)\b))"),
    # an update to those who asked for it: "to regularly update Member States on progress", "to
    # update the General Assembly in his next report" (not "to update the guidelines")
    ("", ["to"], r"\s+(?:(?:\w+ly|continue\s+to)\s+){0,2}update\s+(?:it|them|Member\s+States|the\s+"
     rf"(?:{_PRINCIPAL}|Committee|Commission))\b(?![’'])"),
    # (what is asked may be listed after a colon: "to provide: (a) regular updates to the Committee; …",
    # S/RES/2713 (2023) 29)
    (_NOT_SUBORDINATE, ["submit", "present", "transmit", "provide", "prepare", "issue", r"make\s+available"],
     r"\w*[\s,:]+"
     r"(?:(?!\b(?:and|to)\s+(?:to\s+)?(?:ensure|continue|take|organize|support)\b)[^;]){0,200}?"
     r"\b(?:(?:written|oral|comprehensive|annual|final|interim|progress|special|further|"
     r"analytical|detailed|first|second|next|thematic|midterm|mid-term|consolidated|short|"
     # (a noun: not "… and to report suspected or confirmed illegal practices", the verb, read by its form)
     r"concise|substantive|updated|regular|periodic|national|voluntary)\s+)*"
     r"(?<!\bto )(?:reports?|updates?|briefings?)\b"),
    (_NOT_SUBORDINATE, ["submit", "present", "transmit", "provide", "send", "communicate",
                        r"make\s+available", r"make(?=\s+proposals)"],
     r"\w*\b\s*"
     r"(?:(?:as|where|when)\s+appropriate\s+|if\s+necessary\s+|in\s+writing\s+)?"
     r"(?:to\s+the\s+[\w -]+?(?:\s+|(?=,)))?"
     r"(?:,\s*through\s+the\s+[\w -]+?,\s*)?"
     r"(?:(?:at\s+its|by|before|no\s+later\s+than|not\s+later\s+than)\s+[\w -]+?\s+)?(?:,\s*[^,;]{0,80},\s*)?"
     rf"(?:{_DETERMINERS}\s+)*(?:(?:\w+\s+){{0,3}}?(?:study|analysis|assessment|overview|note|summary|compilation)\b"
     # (not money: "contributions to the waqf fund established by …", "to the trust fund")
     r"|contributions(?!\s+to\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:fund|funds|budget)\b)|data"
     rf"|(?:{_QUALIFIED}\s+){{0,2}}(?:views|comments|observations|information|inputs?|proposals|replies|"
     rf"responses)|{_OUTCOME_OF_WORK})\b{_NOT_INTO_A_TOOL}"),
    # those it goes to named first: "to provide the Security Council with information on threats
    # posed by landmines", "to furnish the Committee … with progress reports on their work", "to
    # provide the Security Council, no later than 15 August 2025, with a strategic review of UNISFA"
    # (not "to provide the Committee with all the necessary facilities", nor "to provide the Special
    # Rapporteur with all the information and resources necessary to fulfil the mandate": support)
    (_NOT_SUBORDINATE, ["provide", "furnish", "supply"],
     r"\w*\s+(?:to\s+)?(?:[\w-]+\s+){1,12}?(?:[^;,]{0,80},\s*)?with\s+"
     rf"(?:(?:{_DETERMINERS}|{_QUALIFIED}|as\s+much|up-to-date|written|oral|progress|periodic|annual|strategic)\s+)*"
     r"(?:reports?|updates?|briefings?|information|views|recommendations|reviews?|study|analysis|assessments?|"
     rf"overview|summary|proposals|inputs?|data|{_OUTCOME_OF_WORK})\b"
     r"(?!\s+and\s+(?:resources|assistance|support|facilities))"),
    # a document prepared: "to prepare a study on …", "to prepare, in collaboration with Member
    # States, an analytical study", "prepare a summary of the discussion" (not "to better prepare
    # their contributions to those discussions")
    ("", ["prepare"], r"\b[\s,]+(?:[^,;]{0,120},\s*)?(?:(?:its|their|his|her|the|a|an)\s+)?"
     r"(?:[\w-]+\s+){0,3}?(?:study|analysis|assessment|overview|note|summary|compilation)\b"),
    # "to make a weekly report to the Security Council", "to make a report on its work available to
    # the General Assembly" (not "to make the comprehensive report available in an accessible format":
    # one asked for already)
    ("", ["make"], r"\s+an?\s+(?:[\w-]+\s+){0,2}?reports?\b"),
    # a report produced: "Requests the Secretary-General, to produce a detailed report and accompanying matrix
    # …" (S/RES/2098 (2013) 17), "to produce a progress report by the sixty-fourth session" (A/RES/63/239
    # annex 51) — not one asked for already ("so that the Division has sufficient time to produce the report
    # referred to in paragraph 324 above", A/RES/70/235 327)
    ("", ["produce"], r"\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?reports?\b"),
    # what it has prepared, presented to a body: "to elaborate … a list of concrete measures … and to
    # present it in an appropriate manner to the General Assembly at its sixty-ninth session"
    ("", ["submit", "present", "transmit"], rf"\s+(?:it|them)\b[^;]{{0,60}}?\bto\s+the\s+{_A_BODY}\b"),
    # a body informed, not what a finding informs ("so that this information may help inform the
    # Committee’s decision on designation", S/RES/1904 (2009) 16; "in order to inform the deliberations
    # of the Working Group"; "to inform the yearly progress report") nor a person notified ("to inform
    # the concerned individual or entity of the delisting", "to inform the requesters … about the
    # availability of conference services")
    ("", ["inform"], r"\s+(?:(?:it|them)\b|the\b"
     rf"(?!\s+{_MODIFIERS}[\w-]+[’']s\b)"
     rf"(?!\s+{_MODIFIERS}(?:deliberations|discussions|decisions?|work|preparations?|development|formulation|"
     r"design|cycle|review|process|reports?|requirements|meetings?|follow-up|outcomes?|polic(?:y|ies)|"
     r"debates?|negotiations|public|individuals?|persons?|requesters)\b))"),
    ("", ["and"], r"\s+(?:(?:also|further|then|\w+ly)\s+)?(?:to\s+)?report\s+(?:on|thereon|to|back)\b"),
    # a briefing in person: "to address and engage in an interactive dialogue with the General
    # Assembly at its eighty-first session", "to address the Security Council within two months"
    ("", ["to"], r"\s+(?:\w+ly\s+)?address\s+"
     rf"(?:and\s+(?:to\s+)?engage\s+in\s+an?\s+interactive\s+dialogue\s+with\s+)?the\s+{_PRINCIPAL}\b"),
    # … the report named first: "Requests the Secretary-General, in his next annual report to the
    # Council on …, to include a gap assessment and recommendations"
    # (or the next: "Requests the Secretary-General, in the context of the next progress report, to include
    # information on …", A/RES/70/248 8)
    ("", ["in"], rf"\s+{_IN_THE_CONTEXT_OF}(?:his|her|its|their|the(?=\s+(?:next|forthcoming|upcoming)\s))\s+"
     r"(?:[\w-]+\s+){0,3}?reports?\b"
     r"[^;]{0,250}?\bto\s+(?:include|provide|reflect)\b"),
    # "to include information on racism … in the context of his next report on the activities of the
    # Office of the United Nations Ombudsman" (A/RES/75/248 22)
    # "to give priority to the present resolution in her annual report" (A/HRC/RES/40/3 28), "to include
    # the issues of concern to the least developed countries in all relevant reports" (A/RES/68/224 21),
    # "… in his existing and already mandated periodic reports" (A/RES/68/3 8), "to inform Member States about
    # the implementation of the present resolution, through the report to be submitted to the General
    # Assembly" (A/RES/77/161 12)
    ("", ["include", "reflect", r"take\s+into\s+account", r"give\s+(?:\w+\s+)?(?:priority|attention)\s+to",
          r"make\s+(?:\w+\s+)?(?:recommendations|proposals|suggestions)", "inform"],
     rf",?\s+(?:[^;]{{0,120}}?)\b(?:in|through)\s+{_IN_THE_CONTEXT_OF}(?:his|her|its|their|the|all)\s+(?:\w+\s+){{0,5}}?"
     r"reports?\b"),
]
#: a report, note, information, views or a briefing asked for
REPORT = re.compile(
    r"\b(?:" + "|".join(f"{before}(?:{'|'.join(leads)}){rest}" for before, leads, rest in _REPORT_FORMS)
    + ")", re.I)

_REPORT_WORDS = ("report", "brief", "inform", "update", "apprise", "study", "analysis", "address",
                 "assessment", "overview", "views", "comments", "observations", "input",
                 "contributions", "data", "proposals", "note", "summary", "compilation", "replies",
                 "responses", "review", "recommendations", "findings", "conclusions", "outcome", "results",
                 " it ", " them ")  # "to present it … to the General Assembly"

#: an item put on a future session's agenda, or the question taken up at one: the words after
#: the operative phrase open so ("to include …", "that the item shall be considered …") …
_AGENDA_OPENING = re.compile(
    # "to include in the provisional agenda … the item", not "to include in the United Nations
    # calendar of conferences … the sessions of the Conference of the Parties"
    r"^(?:(?:also|further|therefore)\s+)?(?:to\s+|that\s+)?(?:(?:include|inscribe)(?=[^;]{0,300}?\b(?:agenda|item|sub-item|topic|theme|question))|"
    r"continue\s+(?:its\s+|the\s+)?consideration|continue\s+to\s+consider|"
    r"consider\s+(?:the|this|that|these)\s+(?:question|item|matter|issue|topic|subject|"
    r"questions|items|matters|issues)|keep\s+(?:the|this)\s+(?:question|item|matter)"
    # "to retain the item on its agenda", not "to retain two General Service positions"
    r"|retain\s+(?:(?:the|this|these)\s+(?:question|item|matter|sub-item)s?|(?:in|on)\s+(?:its|the)\s+"
    r"(?:provisional\s+)?agenda)"
    r"|take\s+up\s+(?:the|this)\s+(?:question|item|matter)"
    r"|keep\s+under\s+review\b[^;]{0,120}?\b(?:item|sub-item|question))\b"
    # a body placing an item on its own agenda, in the decision's "that" clause: "Decides also that the
    # Commission shall include in its agenda, beginning with its second session, a standing item on …"
    # (E/RES/1992/22 2-3), as "to include in the provisional agenda of its … session" is
    r"|^(?:(?:also|further)\s+)?that\s+[^;]{0,120}?\s(?:shall|should|will)\s+(?:also\s+)?(?:include|inscribe)\s+"
    r"in\s+(?:its|the)\s+(?:provisional\s+)?agenda\b"
    r"|^[^;]{0,80}?\b(?:the\s+item|this\s+item|the\s+question|this\s+question|sub-item)[^;]{0,80}?"
    r"\b(?:shall|should|will)\s+(?:be\s+)?(?:included|retained|kept|considered)\b",
    re.I,
)
#: … or ask for it further on ("… and to that end to include in the provisional agenda …"; only
#: where "provisional" is written: a substring check spares most paragraphs the regex's scan)
_AGENDA_FURTHER_ON = re.compile(
    r"\b(?:to|also|further)\s+(?:(?:that\s+)?end\s+to\s+)?include\s+in\s+the\s+provisional\s+agenda\b",
    re.I,
)
#: "Decides to remain (actively) seized of the matter / of this important issue, inter alia, on the
#: basis of the reports …": nothing new asked …
_SEIZED = re.compile(r"^(?:to\s+)?remain\s+(?:\w+\s+)?seized\s+of\b", re.I)
#: … unless it goes on to ask something: "… of the matter and review this resolution no later
#: than …", "… of this issue and to consider taking further action"
_SEIZED_AND = re.compile(r",?\s+and\s+(?:to\s+)?([a-z]+)\b")
#: … or names the session or item that takes the matter up (``_AT_SESSION_OR_ITEM``): "to remain
#: seized of this priority matter at its eighty-first session under the item entitled …" is an item.
#: Likewise a question taken up at a session or under an item named after it: "Also decides to
#: consider at its seventy-ninth session the question of the financing of …", "Decides to consider,
#: at its seventy-third session, under the item entitled …, the …", "to consider further the report
#: of the Board of Auditors … under the agenda item relating to …", "to give its full consideration to
#: the subject matter at its eighty-third session"; without them, considering is a standing
#: commitment: "Decides to give due consideration to the issue … in its tasks concerning …", "to
#: give consideration, as appropriate, to … in the follow-up and review framework of the 2030 Agenda";
#: reverting to a question is considering it again ("Decides to revert to this issue at its fifty-seventh
#: session", A/RES/55/258 1), and so is following it up ("Decides to follow up on the implementation of the
#: present resolution under the item entitled “Global health and foreign policy” of the agenda of the
#: seventy-fifth session of the General Assembly", A/RES/74/306 58)
_TO_CONSIDER = re.compile(
    r"(?:also\s+|further\s+)?to\s+(?:consider|examine|take\s+up|revert\s+to|follow\s+up|"
    r"give\s+(?:its\s+)?(?:full\s+|due\s+|further\s+)?consideration)\b", re.I)
#: a session named: "its seventy-ninth session", "the second part of its resumed sixty-first session"
_A_SESSION = r"(?:its|the)\s+[^;]{0,80}?\bsessions?\b"
_AT_SESSION_OR_ITEM = re.compile(
    rf"\b(?:at|during)\s+{_A_SESSION}"
    r"|\bunder\s+(?:the|an|its)\s+(?:\w+\s+)?(?:agenda\s+)?(?:item|sub-item)s?\b")
#: a phrase set off by commas between "Decides" and what it decides: "Decides, taking into account
#: …, to consider …", "Decides, in order to assist the Committee …, as well as to support …, to
#: extend …", "Decides, following the invitation by the Conference …, to declare …"
_INTERPOSED = re.compile(
    r"^(?!(?:also|further)?\s*(?:to|that)\s)[^;:]{1,300}?,\s*(?=(?:also\s+|further\s+)?to\s)")
#: a question's consideration put off to a named session is an item for it ("Decides to defer
#: consideration of the issue until its seventieth session", "… to the seventy-sixth session");
#: put off with nothing named ("to defer any changes to regulation 3"), it is done on adoption; the
#: session may come first ("to defer until its forty-seventh session consideration of …", A/RES/46/185)
_DEFERRED = re.compile(
    r"^(?:also\s+|further\s+)?to\s+defer\s+(?:until\s+[^;,]{1,120}?\s+)?(?:the\s+|its\s+|further\s+)*"
    r"(?:consideration|examination)\b",
    re.I)
_TO_A_SESSION = re.compile(rf"\b(?:to|until|at|during)\s+{_A_SESSION}")
#: "Decides to invite / to urge / to request …": the call or request it decides to make
_DECIDES_TO_CALL = re.compile(
    r"^(?:also\s+|further\s+)?to\s+(invite|urge|encourage|call\s+upon|call\s+on|appeal\s+to|"
    r"request|ask|authori[sz]e|direct|instruct)\s+",
    re.I,
)
_CALL_VERB = {"invite": "invites", "urge": "urges", "encourage": "encourages",
              "call upon": "calls_upon", "call on": "calls_upon", "appeal to": "appeals",
              "request": "requests", "ask": "asks", "authorize": "authorizes",
              "authorise": "authorizes", "direct": "directs", "instruct": "instructs"}
#: "Decides that the guidelines can be amended by the Committee": a permission, not an ask; not
#: what a relative clause says ("that the Secretary-General is authorized to advance … such sums as
#: may be necessary …")
_PERMISSION = re.compile(r"^that\b[^;]{0,200}?(?<!\bas)(?<!\bwhich)(?<!\bthat)\s(?:can|may)\s+be\b", re.I)
#: "Decides to adopt the attached declaration", "to endorse …", "to proclaim 2026 the International
#: Year of …", a name changed ("to change the designation of the Governing Council of the United Nations
#: Environment Programme to the United Nations Environment Assembly …", A/RES/67/251 2; "to change the name
#: of the Economic Commission for Western Asia to …", E/RES/1985/69 1; "to rename …"): done on adoption;
#: "not to abolish one Economic Affairs Officer (P-5)", "against the abolishment of one D-1 post in
#: subprogramme 4, Statistics" (A/RES/80/242 64): nothing to do (not "not to abolish one post … and to
#: abolish one post …")
_DONE_ON_ADOPTION = re.compile(
    r"^(?:also\s+|further\s+)?(?:to\s+(?:adopt|endorse|approve|take\s+note|welcome|note|defer|rename"
    r"|proclaim|change\s+the\s+(?:name|designation|title)\s+of)\b"
    r"|(?:not\s+to|against)\s(?![^;]*?\band\s+to\s+[a-z]))",
    re.I,
)
#: "to designate 30 May as the International Day of …", "to declare 2011–2020 the United Nations
#: Decade on Biodiversity", "to observe on 30 June of each year the International Day of
#: Parliamentarism", "to celebrate World Statistics Day every five years": an observance, done on
#: adoption too (not "to designate the Economic and Social Council to receive reports from … the
#: 10-Year Framework")
_OBSERVANCE_VERB = re.compile(
    r"^(?:also\s+|further\s+)?to\s+(?:continue\s+to\s+)?(?:designate|declare|observe|celebrate|commemorate)\b",
    re.I)
_OBSERVANCE = re.compile(r"(?<![-\w])(?:Day|Week|Year|Decade)\b")


def _observance(text: str) -> bool:
    """``text`` (what "designate"/"declare" governs) names a day, week, year or decade observed."""
    return _OBSERVANCE.search(text, 0, 250) is not None

#: what a mandate is of
_MANDATE_NOUN = re.compile(
    r"\b(?:mandates?|tasks|missions?|panel|group\s+of\s+experts|expert\s+group|measures?|authori[sz]ations?|"
    r"team|monitoring\s+team|presence|operation|force|office|special\s+rapporteur|"
    r"independent\s+expert|working\s+group|commission\s+of\s+inquiry|fact-finding|"
    r"exemptions?|provisions|(?<=extend\s)resolution\s+\d+|(?<=renew\s)resolution\s+\d+)\b",
    re.I,
)
#: ... its creation, extension or renewal; made or made again, not only continued: "to continue to
#: present orally … the findings of each of the reports of the Office … until the fifty-third session"
#: goes on reporting, no mandate is extended (A/HRC/RES/47/22 2)
_MAKING_WORDS = r"extend|renew|prolong|establish|create|appoint|authori[sz]e|re-establish"
_MAKING_MANDATE = re.compile(rf"\b(?:{_MAKING_WORDS})", re.I)
#: a mandate given with its length: "shall have a three-year mandate" (A/HRC/RES/47/21 11; ``deadlines``
#: dates its end from the adoption): a mandate made, and for a period
_A_MANDATE_OF_LENGTH = r"have\s+an?\s+[\w-]+[- ](?:year|month)\s+mandate\b"
#: ... or continued
_MANDATE_VERB = re.compile(
    rf"\b(?:{_MAKING_WORDS}|continue)\w*\b"
    r"|\b(?:remain|continue)\s+in\s+(?:force|effect|place)\b|\bshall\s+(?:terminate|expire|apply)\b"
    rf"|\b(?:shall|will)\s+{_A_MANDATE_OF_LENGTH}",
    re.I,
)
#: ... for a period or until a date (the forms, each led by its word)
_MANDATE_PERIOD_FORMS = (
    # "until 31 May 2025", "until the end of", "until one year from the date of adoption", "until the
    # sixty-sixth session of the Human Rights Council" (A/HRC/RES/56/13 1), "until its fifty-ninth session"
    r"until\s+(?:\d|the\s+end|[A-Z][a-z]+\s+\d|\w+\s+(?:years?|months?)\s+(?:from|after)\s|"
    rf"(?:the|its)\s+{EN_ORDINAL}\s+session\b)",
    r"for\s+(?:a|an|another|one)\s+(?:(?:further|additional|initial|new|final|period\s+of)\s+)*"
    r"(?:period|\w+[- ](?:year|month|week|day)s?|year|month)\b",
    r"for\s+(?:a\s+(?:further\s+)?period\s+of\s+)?(?:\w+|\d+)\s+(?:\(\d+\)\s+)?"
    r"(?:more\s+|further\s+|additional\s+)?(?:years?|months?)\b",
    r"expir(?:ing|es)\s+on\b",
    # "Decides to extend, to 15 July 2025 the mandate of BINUH" (not "for the period from 1 July
    # 2023 to 30 June 2024": what an amount is for)
    r"extend\w*,?\s+to\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b",
    _A_MANDATE_OF_LENGTH,
)
_MANDATE_PERIOD = re.compile("|".join(rf"\b{form}" for form in _MANDATE_PERIOD_FORMS))
#: ``_MANDATE_PERIOD`` as one pattern per form, each led by its first letter (the engine jumps
#: to it, where the one pattern, led by ``\b``, is tried at every position) and searched only
#: where its word is written: a text holds a match of ``_MANDATE_PERIOD`` exactly where one of
#: these finds one
_MANDATE_PERIOD_PARTS = tuple((re.match(r"[a-z]+", form).group(0), re.compile(after_boundary([form])))
                              for form in _MANDATE_PERIOD_FORMS)


def _has_mandate_period(text: str) -> bool:
    """``_MANDATE_PERIOD.search(text) is not None``."""
    return any(word in text and part.search(text) is not None for word, part in _MANDATE_PERIOD_PARTS)


#: someone authorized, in the passive: "MINUSMA is authorized to respond to imminent threats …"
_IS_AUTHORIZED = re.compile(rf"{after_boundary(['is', 'are'])}\s+(?:hereby\s+)?(?:\w+ly\s+)?authori[sz]ed\b")
#: how long an authorization lasts: until a date or a session, or for months or years ("for a period of
#: twelve months", "for up to six months", S/RES/1863 (2009) 2; not "for a period of four weeks for each
#: course", what it authorizes lasting so long, nor "for that year")
_AUTHORIZED_FOR = re.compile(
    rf"\b(?:{_MANDATE_PERIOD_FORMS[0]}|{_MANDATE_PERIOD_FORMS[3]}"
    r"|for\s+(?:a\s+(?:further\s+|additional\s+)?period\s+of\s+|a\s+further\s+|an\s+additional\s+)?"
    rf"(?:up\s+to\s+)?(?:an?|\d+|{EN_ORDINAL_WORD}(?:-{EN_ORDINAL_WORD})?)\s+(?:\(\d+\)\s+)?"
    r"(?:more\s+|further\s+|additional\s+)?(?:years?|months?)\b)")


def _authorized_until(verb: str, text: str) -> bool:
    """What a clause authorizes (its verb "authorizes", or someone "is authorized" in it) lasts until a date
    or for a period: an authorization, which expires then ("Decides further that, until 30 September 2023,
    …, MINUSMA is authorized to respond to imminent threats of violence to civilians", S/RES/2690 (2023) 5;
    "Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel … to
    ATMIS until 31 December 2023", S/RES/2710 (2023) 2; "Decides to authorize the Committee to meet for an
    additional week per session as a temporary measure, with effect from May 2011 until the end of November
    2012"), though no mandate is named."""
    return (verb == "authorizes" or "authori" in text and _IS_AUTHORIZED.search(text) is not None) and (
        _AUTHORIZED_FOR.search(text) is not None)


#: the first infinitive a clause asks for: "… the Secretary-General *to convene* …", past an adverb or two
#: joined ("to systematically and strategically incorporate the outcomes of the Commission on the Status of
#: Women into their work", A/RES/80/186 23)
#: (``(?<!order )(?<!so as )(?<!view )\bto\s+…`` led by its "t", the look-behinds moved after
#: it, so that the engine jumps from "t" to "t" instead of trying every position)
_INFINITIVE = re.compile(
    r"t(?<!order t)(?<!so as t)(?<!view t)(?<!\wt)o\s+"
    r"(?!(?:the|all|its|their|his|her|a|an|this|that|these|those|any|each|be|date)\b)"
    r"(?:(?:\w+ly|now)(?:,?\s+(?:and|or)\s+\w+ly)?\s+)?([a-z]+(?:\s+[a-z]+)?)"
)
#: infinitives that ask for something that can be seen done
_DELIVERABLE = frozenset(str.split("""
    convene hold organize organise establish create set appoint designate nominate submit transmit
    brief prepare publish conduct draw bring disseminate circulate compile finalize finalise launch
    elect draft commission allocate appropriate issue translate update review evaluate undertake
    carry present communicate report inform conclude adopt negotiate assess identify dispatch
    deploy send"""))
#: infinitives that open a request for a report, a note, information or views
_REPORTING = frozenset(str.split("""
    report submit provide inform transmit present brief keep include make send communicate
    prepare update address None"""))
#: infinitives that hold a meeting: "to convene a panel discussion", "to organize … a hearing"
_MEETING = frozenset({"convene", "hold", "organize", "organise", "host"})
#: what the speakers of a declaration will do that is a deliverable of its own: a meeting held ("We will
#: convene a high-level meeting"), something launched or reviewed; not a standing commitment ("We will
#: adopt a holistic approach")
_CONVENING = _MEETING | {"launch", "review"}
#: infinitives of a standing call: "to continue to …", "to strengthen", "to promote" …; a way of working
#: improved, coordinated or sped up ("Requests the United Nations humanitarian and development organizations
#: to improve their coordination of disaster recovery efforts …", A/RES/80/113 79; "to accelerate work to
#: develop and sustain a results culture …", A/RES/67/226 166; "to closely coordinate with the institutes …"),
#: forums taken part in ("Requests the Special Rapporteur to participate in relevant international dialogues
#: and policy forums …", A/HRC/RES/40/7 26), partners worked with ("to liaise with States, relevant United
#: Nations bodies and agencies …", A/HRC/RES/42/14 2; "to engage with Member States …"), a perspective
#: mainstreamed, awareness raised, support mobilized: no product of their own, unless a further infinitive
#: asks for one (``_asked_to``)
#: (engaged with someone or in something, not experts hired: "to engage with Member States", "to engage the
#: host country on an urgent and continuous basis", not "to engage legal experts, representing the five
#: regions …", A/HRC/RES/51/32 10)
_HIRED = re.compile(
    r"engage\s+(?:the\s+services\s+of\s+|(?:[\w-]+\s+){0,2}?(?:experts?|consultants?|specialists?)\b)")
_WAYS_OF_WORKING = frozenset(str.split("""
    improve accelerate coordinate participate liaise engage mainstream raise mobilize publicize publicise"""))
#: … and partners worked with as "to cooperate" is ("Requests UNISFA to collaborate with the United Nations
#: Country Teams in Sudan and South Sudan, …, to engage with the local communities on peacebuilding
#: initiatives …", S/RES/2760 (2024) 20), what is striven for ("to strive to increasingly leverage, as
#: appropriate, South-South cooperation …", A/RES/70/222 17), a situation followed or followed up ("decides to
#: follow the situation in the Non-Self-Governing Territories so as to ensure …", A/RES/80/86 15; "to follow
#: up on the outcomes of the fourth review and appraisal of the Madrid Plan of Action", E/RES/2023/15 31), as
#: "to monitor" is (``_ENSURES``), decisions or procedures observed as they are respected ("Requests all
#: intergovernmental bodies to observe those decisions when planning their meetings", A/RES/78/245 5), efforts
#: or work focused ("to focus his efforts towards a peaceful mechanism …", A/RES/66/253 B 20)
_KEPT_TO = frozenset(str.split("""
    collaborate strive endeavour endeavor follow observe focus"""))
_STANDING = frozenset(str.split("""
    continue strengthen enhance intensify broaden redouble step pay take bear remain maintain
    promote cooperate keep refrain avoid respect comply abide exercise work
    further give consider support assist facilitate encourage foster consult pursue seek
    play contribute redress address protect share""")) | _WAYS_OF_WORKING | _KEPT_TO
#: a request to refrain, "not" before its first infinitive: "Requests the Secretary-General not to proceed
#: with a pilot project on sustainable procurement at this time" (A/RES/69/273 20), "not to appoint any staff
#: to continuing contracts before 1 January 2010 …" (A/RES/63/250 3): nothing made, kept to as "to refrain
#: from …" and "to avoid …" are (not with something to do after it: "decides not to abolish one post of
#: Special Assistant, Political Affairs (P-4) and to abolish one post of Mission Planning Officer (P-3)",
#: A/RES/80/243 10)
_REFRAINING = re.compile(r"\bnot\s+$")
_AND_TO = re.compile(r"\band\s+to\s+[a-z]")
#: efforts made or means used, after "to make": "to make every effort to facilitate Member States’ payments of
#: their contributions" (A/RES/80/242 31), "to make all efforts to improve communication with Member States"
#: (E/RES/2016/25 11), "to make full use of the Regional Procurement Office in Entebbe" (A/RES/69/307 35): a
#: standing call, as "to enhance its efforts" is, unless the efforts are to a deliverable (group 1: "to make
#: every effort to convene …"); so are one's own efforts, support or cooperation increased: "to increase
#: their intensive efforts to assist States in becoming Parties to the Convention" (A/RES/80/201 4), "to
#: increase its support, technical assistance and capacity-building for States" (A/HRC/RES/57/28 1), "to
#: increase its cooperation with other relevant United Nations entities" (A/RES/65/229 12; not "to increase
#: the membership of the Committee", "the Panel to five members", "the support provided to the Economic
#: Commission for Africa")
_EFFORTS_MADE = re.compile(
    r"(?:increase\s+(?:further\s+)?(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:efforts|support|cooperation|"
    r"engagement|assistance)"
    r"|make\s+(?:(?:every|all|additional|further|specific|special|renewed|continued|concerted|sustained|its|his|"
    r"her|their|best|utmost|possible|necessary)\s+)*efforts?)\b(?:\s+(?:to|in\s+order\s+to)\s+(?:\w+ly\s+)?([a-z]+))?"
    r"|make\s+(?:the\s+)?(?:full|fullest|better|best|careful|optimal|maximum|effective|efficient|"
    r"(?:the\s+)?fullest\s+possible|full\s+and\s+effective)\s+use\s+of\b")


#: one's own efforts, whatever is done to them: "Requests the Secretary-General to review and redouble his
#: efforts to make progress towards achieving the goal of 50/50 gender balance …" (A/RES/70/133 27), "to
#: expedite his efforts to enhance the safety and security of personnel …" (A/RES/78/119 77): a standing call,
#: as "to redouble its efforts" is, unless the efforts are to a deliverable (group 1; not "to report on his
#: efforts", nor the efforts of others: "to assess the efforts made by Member States")
_OWN_EFFORTS = re.compile(
    r"[a-z]+(?:\s+and\s+(?:\w+ly\s+)?[a-z]+)?\s+(?:up\s+)?(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}?efforts\b"
    r"(?:\s+(?:to|in\s+order\s+to|towards)\s+(?:\w+ly\s+)?([a-z]+))?")


#: a perspective, an issue or outcomes integrated into one's own work, mandate or activities, mainstreamed:
#: "to integrate the right to development perspective into the implementation of their mandate"
#: (A/HRC/RES/42/23 28), "to incorporate the outcomes of the Commission on the Status of Women into their
#: work" (A/RES/67/148 16), "to integrate gender as a cross-cutting issue throughout its activities"
#: (S/RES/2617 (2021) 36); not into a report, a budget or a programme of work ("to incorporate into its annual
#: programme of work, beginning in 2023, … a panel discussion", A/HRC/RES/47/24 11)
_MAINSTREAMING = frozenset({"integrate", "incorporate", "include"})
_MAINSTREAMED = re.compile(
    r"(?:integrate|incorporate)\s+(?:,?\s*when\s+relevant,\s*)?[^;]{0,120}?\b(?:(?:into|throughout|in)\s+"
    r"(?:all\s+)?(?:the\s+)?(?:implementation\s+of\s+)?(?:all\s+)?(?:(?:their|its|his|her)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:work|mandates?|activities|operations)\b"
    # … throughout one's work, however written: "to integrate a gender perspective throughout the work of the
    # mandate" (A/HRC/RES/37/5 4), "to incorporate a strong child rights perspective throughout all activities
    # in the fulfilment of their mandates" (A/RES/62/141 7)
    r"|throughout\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:work|activities|operations)\b)"
    # … or as a cross-cutting issue, and expertise kept in a team or a panel: "… further requests the Panel to
    # include gender as a cross-cutting issue in its investigations and reporting", "requests the
    # Secretary-General to include dedicated gender expertise" (S/RES/2662 (2022) 44), "to include the
    # necessary gender expertise on the Panel of Experts" (S/RES/2577 (2021) 18): what the panel has while its
    # mandate lasts, no product of its own
    r"|(?:integrate|incorporate|include)\s+[^;]{0,80}?\bas\s+a\s+cross-cutting\s+(?:issue|theme|element|"
    r"perspective|dimension|priority)\b"
    r"|include\s+(?:(?:the|necessary|dedicated|relevant|appropriate|adequate|sufficient)\s+)*(?:[\w-]+\s+(?:and\s+)?)"
    r"{0,3}?expertise\b")


#: the steps taken for a deliverable: "to take the necessary steps to prepare a commentary …", "to
#: take all measures needed to convene …"
_STEPS_TO = re.compile(
    r"\btake\s+(?:(?:all|the|necessary|appropriate|further|concrete|practical|urgent|immediate|"
    r"effective|such|required|needed)\s+)*(?:steps|measures|action)\s+(?:(?:necessary|needed|"
    r"required)\s+)?to\s+(?:\w+ly\s+)?([a-z]+)"
)
#: measures or a way of working adopted, as measures are taken ("to take", ``_STANDING``): "Requests States to
#: adopt concrete measures to prevent the violation of the human rights of migrants while in transit …"
#: (A/RES/71/177 71), "Calls upon United Nations organizations to adopt measures that ensure sustainability in
#: capacity-building activities" (A/RES/62/208 39), "to adopt a joint and uniform approach regarding HRDDP
#: implementation" (S/RES/2147 (2014) 33), "to adopt, in consultation with Member States, simplified and
#: harmonized methods" (A/RES/57/270 B 35), "to adopt as a practice the use of common budgetary frameworks"
#: (E/RES/2015/15 18): no product of their own, unless the measures are for a deliverable ("to adopt the
#: necessary measures to convene …": ``_STEPS_TO``); not a text or a programme adopted ("to adopt the protocol
#: on pastoralism", "a multi-year programme of work", "cost recovery frameworks by 2013")
#: … and actions or measures undertaken, as they are taken: "urges the Secretary-General and Member States to
#: undertake all relevant actions within their respective areas of competence" (A/RES/69/307 50)
_WAY_ADOPTED = re.compile(
    r"(?:adopt\s+(?:,[^,;]{1,80},\s*)?(?:as\s+a\s+practice\b|(?:(?:the|a|an|all|such|its|their)\s+)?"
    r"(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:measures|approach(?:es)?|methods|models|principles?|practices?)\b)"
    r"|undertake\s+(?:(?:all|the|such|any|further|necessary|relevant|appropriate|concrete|effective|urgent|"
    r"practical|required|needed)\s+)*(?:actions?|measures|steps)\b)")
_MEASURES_TO = re.compile(r"\s+(?:(?:necessary|needed|required)\s+)?to\s+(?:\w+ly\s+)?([a-z]+)")


def _adopts_a_way(text: str, start: int) -> bool:
    """Whether the infinitive "adopt" at ``start`` adopts measures or a way of working (``_WAY_ADOPTED``) that
    are for no deliverable (the verb after "measures to", ``_MEASURES_TO``): read as "to take measures"."""
    way = _WAY_ADOPTED.match(text, start)
    if way is None:
        return False
    to = _MEASURES_TO.match(text, way.end())
    return to is None or to.group(1) not in _DELIVERABLE


#: infinitives of a body's own consideration of a question
_CONSIDERING = frozenset({"consider", "examine", "review", "evaluate", "assess", "continue"})


def _infinitive(text: str) -> re.Match[str] | None:
    """The clause's first infinitive, in its first 500 characters."""
    return _INFINITIVE.search(text, 0, 500)


def _first_infinitive(text: str) -> str:
    m = _infinitive(text)
    return m.group(1).split()[0] if m else "None"


def _continued_infinitive(text: str) -> str:
    """The clause's first infinitive, or what it goes on doing: "present" for "to continue to
    present orally … the findings of each of the reports"."""
    m = _infinitive(text)
    if m is None:
        return "None"
    if m.group(1).startswith("continue to"):
        after = _INFINITIVE.search(text, m.start(1) + len("continue"), 500)
        if after is not None:
            return after.group(1).split()[0]
    return m.group(1).split()[0]


#: an addressee that is States, parties or a group: "all States", "the parties", "donors",
#: "Member States and relevant organizations", "the Government of …", "landlocked developing
#: countries", "all developed countries", "eligible States"; named by a people's or a region's adjective
#: ("Encourages the Central Asian countries: (a) To unite their efforts …", A/RES/74/214 5; "calls upon all
#: relevant Afghan political actors and stakeholders to create favourable conditions for economic activity",
#: A/RES/79/317 34) or by what they do ("requests distant-water fishing nations, when negotiating access
#: agreements …, to do so on an equitable and sustainable basis", A/RES/78/68 262): a kind of actor, up to
#: two words in lower case before the noun (not "the United Nations", whose "Nations" is no group's); not the
#: regional groups, which act as one in the Organization's elections ("Urges the African States, the
#: Asia-Pacific States, the Eastern European States, the Latin American and Caribbean States and the Western
#: European and other States to nominate their candidates for the offices of Chair of the Committee …",
#: A/RES/77/121 42: a nomination asked of each group)
_GROUP_ADDRESSEE = re.compile(
    r"^(?:that\s+)?(?!(?:the\s+)?(?:African|Asia-Pacific|Asian|Eastern\s+European|Latin\s+American\s+and\s+Caribbean|"
    r"Western\s+European\s+and\s+other)\s+States\b(?!\s+(?:[Pp]art(?:y|ies)|Members)\b))(?:(?:all|the|other|relevant|concerned|interested|those|such|both|each|every|"
    r"its|their|Member|member|international|regional|national|bilateral|multilateral|development|"
    r"developing|developed|least|landlocked|small|island|eligible|\w+-\w+"
    # two compounds sharing their second word: "troop- and police-contributing countries" (S/RES/2646 19)
    r"|\w+-\s+(?:and|or)(?=\s+\w+-\w+))\s+)*"
    r"(?:(?:flag|port|coastal|transit|host|donor|creditor|neighbouring|neighboring|affected|producer|consumer|destination|origin|contributing)\s+)?"
    # a State's own by its adjective: "the Belarusian authorities", "the Afghan Government"; a people's or a
    # region's before any group: "the Central Asian countries", "all Libyan parties"
    r"(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)\s+(?!Government)|[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)\s+(?=Government))?"
    r"(?:(?!(?:and|or|of|in|on|for|with|by|to|at|as|from|that|which|who)\b)[a-z][\w’'-]*\s+){0,2}"
    r"(?:States|States?\s+Members|Governments?|[Pp]arties|party|countries|nations|"
    r"donors?|partners|stakeholders|community|authorities|sides|actors|groups|"
    r"Member\s+States|States\s+parties)\b",
)
#: an addressee written in common nouns only, a kind of actor rather than one ("humanitarian
#: assistance agencies and non-governmental organizations", "civil society and other relevant
#: stakeholders"; not "the co-chairs", "the transitional authorities": definite, someone): a call on
#: them is a standing call whatever it asks
_NAMES_NO_ONE = re.compile(
    r"[\s,]*(?!(?:the|its|their|his|her)\b)(?:[a-z][\w’'-]*[\s,]+)*[a-z][\w’'-]*[\s,]*"
)
#: a decision's "that" clause, up to its subject: "Decides that all States shall …", "Decides, …, that
#: …", and past a phrase set off by commas right after "that" ("Decides that, for a period of one year,
#: all Member States shall …": the subject after it)
_THAT_SHALL = re.compile(
    r"^\s*(?:,\s*)?(?:(?!to\s)[^;,]{0,200}?(?:,[^;,]{0,200}?)?,\s*(?:also\s+|further\s+)?)?that(?:\s*,(?:[^;,]|,(?=\s*\d{4}\b)){1,200}?,(?!\s*\d{4}\b)(?:\s*that(?=\s))?)?(?:\s|(?=:))")
#: words set off by commas right after a decision's modal, read past where the modal's verb is read ("that …
#: MONUC, shall, as from 1 July 2010, bear the title of the United Nations Organization Stabilization Mission
#: …", S/RES/1925 (2010) 1)
_SET_OFF_AT_MODAL = r"(?:\s*,[^,;]{1,80},)?"
#: "… shall be apportioned", "shall be transferred to the development account": what the decision has done,
#: not what it asks of an addressee (an action of whoever does it)
_PASSIVE = re.compile(
    r"\b(?:shall|should|will|is\s+to|are\s+to)\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|set|paid)\b"
)
#: a sum set off or credited, at the modal: "that, in accordance with the provisions of its resolution 973
#: (X) …, there shall be set off against the apportionment among Member States … their respective share in
#: the Tax Equalization Fund of …" (A/RES/79/309 15), "that Member States that have fulfilled their financial
#: obligations to the Mission shall be credited with their respective share of the net cash available …"
#: (A/RES/78/303 4), "the excess shall be set off against the amount of the contributions payable by the
#: Member State in respect of 2024" (A/RES/78/256 4), "that there shall be a credit to Member States for
#: their respective share of the credit of 8,898,000 dollars" (A/RES/80/239 7): the assessment's arithmetic,
#: done on adoption as the apportionment beside it is made, nothing left to deliver (not money "returned to
#: the Government of Cyprus" or "transferred to the development account": paid out by someone)
_SUM_SET_OFF = re.compile(
    r"(?:shall|will|should)\s+(?:\w+ly\s+|also\s+)?be\s+(?:(?:set\s+off|offset)\s+against|credited\s+(?:with|to)|"
    r"an?\s+credits?\s+to)\b")
#: a condition that opens a decision's words: "that should the credits … exceed …, ", "that if …, "
_A_CONDITION = re.compile(r"(?:that\s+)?(?:[Ss]hould|[Ii]f)\s[^;,]{1,300},\s*")
#: a name given, the decision's verb: "shall henceforth be known as", "shall be designated as"
_NAMED_AS = re.compile(
    rf"(?:shall|will){_SET_OFF_AT_MODAL}\s+(?:henceforth\s+|hereafter\s+)?be\s+(?:known|designated|referred\s+to|renamed)\s+as\b")
_MODAL = re.compile(r"\b(?:shall|should|will|must|may)\b")
#: "would", a decision's modal where it has no other ("that any transfer … would require the prior approval
#: of the General Assembly"; not "that when access to a report would be inappropriate …, the report may be
#: modified": the clause's own is "may")
_WOULD = re.compile(r"\bwould\b")


def _modal_of(after: str) -> re.Match[str] | None:
    """The modal of a decision's "that" clause (``after``: its words), in its first 300 characters."""
    return _MODAL.search(after, 0, 300) or _WOULD.search(after, 0, 300)


#: a decision's "that" clause that only announces its list: "that the organizational arrangements for the
#: interactive dialogues will be as follows: (a) …" (A/RES/73/292 13), "Further decides that: (a) The opening
#: segment … will feature …" (A/RES/78/269 3): what the list says is read from each item
_LIST_LEAD = re.compile(r"[^;:]{0,200}?\b(?:shall|will|should)\s+be\s+as\s+follows\s*[:;]\s*|\s*:\s*")


def _past_list_lead(after: str) -> str:
    """A decision's "that" clause (``after``: its words) past the words that announce its list
    (``_LIST_LEAD``; a sub-paragraph is read after them): "" where the clause is only the announcement."""
    lead = _LIST_LEAD.match(after)
    return after[lead.end() :] if lead else after
#: what takes effect, in any form ("take effect", "enters into force", "coming into operation", "become
#: operational"): read at a decision's modal here (``_TAKES_EFFECT``: a rule laid down, nothing asked) and
#: as the verb that governs a time in ``deadlines`` (when something takes effect is no due date)
TAKING_EFFECT = (r"(?:take|takes|taking)\s+effect"
                 r"|(?:enter|enters|entering|come|comes|coming)\s+into\s+(?:force|effect|operation)"
                 r"|(?:become|becomes|becoming)\s+(?:effective|operational)")
#: a rule that takes effect, at the modal: "shall take effect", "shall enter into force", "shall (continue
#: to) apply", "shall not apply", "shall remain in force", an exemption ("shall not prevent a designated
#: person from making payment due under a contract")
_TAKES_EFFECT = re.compile(
    rf"(?:shall|will){_SET_OFF_AT_MODAL}\s+(?:not\s+)?(?:\w+ly\s+|also\s+)?(?:continue\s+to\s+)?"
    rf"(?:{TAKING_EFFECT}|apply|"
    r"remain\s+in\s+(?:force|effect|place)"
    # what ends by the text's own terms ("… shall terminate on 1 December 2011", S/RES/2009 (2011) 21)
    r"|terminate|expire|cease\s+to\s+(?:have\s+effect|apply)|be\s+terminated"
    # what stays as another text has it ("that the Panel’s mandated tasks shall remain as defined in
    # resolution 2213 (2015)", S/RES/2644 (2022) 12)
    r"|remain\s+(?:unchanged|as\s+(?:defined|set\s+out|specified|described|contained|established)))\b"
    r"|(?:shall|will)\s+not\s+prevent\b"
    # what something shall be: "that this shall be the final such extension" (not "shall be a forum to
    # share best practices", nor "shall be an open-ended …" working group that meets: what it is)
    r"|(?:shall|will)\s+be\s+the\s+(?:final|last|only|sole|first)\b")
#: a rule that holds of its subject, at the modal: what governs it or what it counts as ("that the proceedings
#: of the special session shall be governed by the rules of procedure", "that … the Committee shall be deemed
#: to have refused the request", "that any attempt to delay … shall be considered as an impediment to the
#: peace process"), what it is subject, eligible or entitled to ("that staff members who have reached the
#: maximum occupancy limit … will not be subject to reassignment", A/RES/68/265 6; "that staff on temporary
#: contracts would be eligible to receive only the following benefits"), or what a thing requires ("that any
#: transfer of resources between post and non-post objects of expenditure would require the prior approval of
#: the General Assembly", A/RES/55/231 17; not "that all States shall require their nationals to …", a
#: standing obligation on them: group 1, read only where the subject names no one)
_A_RULE = re.compile(
    r"(?:shall|will|would|should)\s+(?:not\s+)?(?:(?:\w+ly\s+|also\s+)?be\s+(?:\w+ly\s+)?(?:subject\s+to|governed\s+by|"
    r"deemed|considered\s+(?:as|to\s+be)|eligible|entitled|conditional\s+(?:up)?on|contingent\s+(?:up)?on|"
    r"composed\s+of)\b"
    r"|(?:\w+ly\s+)?(?:comprise|consist\s+of)\b"
    r"|(require)\b)")
#: how something is to be done, at the modal: a rule of financing or of procedure, no one asked and nothing
#: delivered — what it is paid from ("that all costs relating to the Conference and its preparation shall be
#: financed through extrabudgetary resources", A/RES/80/108 2; "should be met from voluntary contributions",
#: "shall be conducted within existing resources", "will be funded under the regular budget") or the procedure
#: it follows ("that the heads … of the international financial institutions … should be appointed through
#: open, transparent and merit-based selection processes", A/RES/63/303 annex 49; "shall be administered in
#: accordance with the Financial Regulations", "shall be granted solely on the basis of the calendar of
#: conferences", "shall be used as a basis for the calculation of the budget for 2026", A/RES/80/242 44);
#: not a report's ("shall be submitted in accordance with the guidelines": a report asked of someone), nor
#: with words between ("shall be convened in 2027 within existing resources": the meeting asked;
#: "will be reviewed biennially on the basis of …": a review that recurs)
_BY_A_RULE = re.compile(
    r"(?:shall|will|would|should)\s+(?:not\s+)?(?:\w+ly\s+|also\s+)?be\s+(?:\w+ly\s+)?"
    r"(?!(?:submitted|presented|transmitted|reported|prepared|issued|published|circulated|made\s+available)\b)"
    r"[a-z]+,?\s+(?:(?:as|where|when)\s+appropriate,?\s+)?"
    r"(?:(?:solely|only|fully|entirely|exclusively|strictly|primarily|mainly)\s+)?"
    r"(?:(?:through|from|within|out\s+of|under|by)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:resources|contributions|budgets?|budgetary\s+funding|funding|appropriations?|[Ff]unds?|account)\b"
    r"|in\s+accordance\s+with|on\s+the\s+basis\s+of|as\s+(?:a|the)\s+basis\s+for|by\s+means\s+of"
    r"|through\s+(?:[\w,-]+\s+){0,6}?(?:process(?:es)?|procedures?)\b)")
#: a standing obligation, at the modal: a prohibition ("shall not use"), or what is kept to ("shall comply
#: with", "shall refrain", "shall cooperate fully")
_STANDING_OBLIGATION = re.compile(
    r"(?:shall|must)\s+(?:not\s+(?!be\b)|(?:\w+ly\s+|also\s+)?(?:comply|refrain|respect|abide|cooperate|adhere|"
    r"observe)\b)")


#: a "that" clause of a decision, at the words' start or after a comma: "Decides that the Conference … shall
#: be open to all States …, that the rules of procedure … shall apply …, and that the preparatory committee
#: shall consider and adopt …" (A/RES/77/245 37) decides three (not a relative: "…, that has engaged in")
_A_THAT_CLAUSE = re.compile(
    r"(?:^|[,;]|(?<=\s)(?=and\s+that\s))\s*(?:and\s+)?(?:also\s+|further\s+)?that(?:\s|(?=[,:]))(?!\s*(?:is|are|was|were|has|have|had)\b)")


def _settled(verb: str, text: str, after: str, modal: re.Match[str] | None) -> ObligationKind | None:
    """What a decision's "that" clause (``after``, its first ``modal``; ``text`` the clause's words)
    settles rather than asks: what something is ("decides that actions as described in paragraph 15 of
    resolution 2653 (2022) include engaging in activities that destabilize Haiti …", "Determines that
    the situation in Palestine constitutes a threat to the peace": :func:`_describes`) or a rule
    (:func:`_ruled_all`); None where it asks."""
    if modal is None:
        return K.DECLARATORY if verb in _DECIDING and (_describes(after) or _exempts(after, None)) else None
    return _ruled_all(text)


def _ruled_all(text: str) -> ObligationKind | None:
    """What a decision's "that" clauses ask where each lays down a rule (:func:`_ruled`), the most
    demanding; None where one of them does not (it is read as before)."""
    starts = [m.end() for m in _A_THAT_CLAUSE.finditer(text)]
    found = []
    for k, start in enumerate(starts):
        after = _past_list_lead(text[start : starts[k + 1] if k + 1 < len(starts) else len(text)])
        if not after.strip(" ,;.:"):
            found.append(K.DECLARATORY)  # "Decides that: (a) …": its sub-paragraphs say what is asked
            continue
        modal = _modal_of(after)
        if _exempts(after, modal):
            found.append(K.DECLARATORY)  # an exemption, whatever the modals of what it describes
            continue
        called = modal is None and _CALLED_IN_THE_PASSIVE.match(after) is not None
        ruled = _ruled(after, modal) if modal else (K.EXHORTATION if called else None)
        if ruled is None:
            return None
        found.append(ruled)
    return ObligationKind.most_demanding(found) if found else None


#: an exemption in the indicative, before any modal: "that the measures imposed by paragraph 17 above do not
#: apply to funds, other financial assets or economic resources that have been determined by relevant Member
#: States: … (c) To be the subject of a judicial, administrative or arbitral lien or judgment, in which case
#: the funds … may be used to satisfy that lien or judgment …" (S/RES/1970 (2011) 19): a rule that holds on
#: adoption, as "shall not apply" is (``_TAKES_EFFECT``); the modals after it are the exempted case's
_NOT_APPLIED = re.compile(r"\s(?:do|does)\s+not\s+apply\b")


def _exempts(after: str, modal: re.Match[str] | None) -> bool:
    """A decision's "that" clause (``after``: its words; ``modal``: its first) exempts something from a rule
    (``_NOT_APPLIED``) before any modal, its subject no one who can act."""
    exempted = _NOT_APPLIED.search(after, 0, modal.start() if modal else len(after))
    return (exempted is not None and not names_someone(after[: exempted.start()])
            and not _IN_A_RELATIVE.search(after, 0, exempted.start()))  # not "… that do not apply …"


#: a call in the passive, with no modal: "… and that such organizations are invited to support the United
#: Nations environmental programmes by complementary initiatives and contributions" (A/RES/2997 (XXVII) 6): a
#: standing call, as "Invites such organizations to …" is (not "is requested to": a request); after what it is
#: for: "(f) In order to ensure compliance with the requirements of this paragraph, and thereby preventing
#: illicit trafficking in nuclear, chemical or biological weapons, their means of delivery and related
#: materials, all Member States are called upon to take, …, cooperative action …" (S/RES/1718 (2006) 8)
_CALLED_IN_THE_PASSIVE = re.compile(
    r"[^;:]{0,300}?\s(?:is|are)\s+(?:also\s+|further\s+)?(?:invited|encouraged|urged|called\s+upon)\s+to\s")


def _ruled(after: str, modal: re.Match[str]) -> ObligationKind | None:
    """What a decision's "that … shall" clause (``after``, its ``modal``) asks where it lays down a rule
    (read before a passive that does something, ``_PASSIVE``): nothing where the rule takes effect ("that
    the enlargement shall take effect progressively, in three steps, …", E/RES/2024/2 9; "that the
    provisions of paragraph 9 shall apply to individuals …", "that the measures imposed by paragraph 15
    above shall not apply: (a) …", S/RES/2140 (2014) 16: done on adoption) or holds of its subject
    (``_A_RULE``: "that the proceedings of the special session shall be governed by the rules of
    procedure", "that any transfer of resources … would require the prior approval of the General
    Assembly") or says how something is paid for or done (``_BY_A_RULE``: "that all costs relating to the
    Conference … shall be financed through extrabudgetary resources") or sets off or credits a sum
    (``_SUM_SET_OFF``: "there shall be set off against the apportionment among Member States … their
    respective share in the Tax Equalization Fund", A/RES/79/309 15), a standing obligation where it binds
    someone to keep to it ("that the Syrian Arab Republic shall not use, develop, produce … chemical
    weapons", "shall comply with all aspects of the decision of the OPCW Executive Council", S/RES/2118
    (2013) 4, 6: as on all States, no product); None otherwise."""
    if _IN_A_RELATIVE.search(after, 0, modal.start()):
        return None
    if _TAKES_EFFECT.match(after, modal.start()):
        return K.DECLARATORY
    subject = after[: modal.start()].strip(" ,")
    rule = _A_RULE.match(after, modal.start())
    if rule and (rule.group(1) is None or not names_someone(subject)):
        return K.DECLARATORY
    if _BY_A_RULE.match(after, modal.start()) or _SUM_SET_OFF.match(after, modal.start()):
        return K.DECLARATORY  # how it is paid for or done; a sum set off or credited
    if subject and _STANDING_OBLIGATION.match(after, modal.start()) and names_someone(subject):
        return K.EXHORTATION
    if _REGARD_GIVEN.match(after, modal.start()) or (
            subject and _REGARD.fullmatch(head_noun(subject)) and _GIVEN.match(after, modal.start())):
        return K.EXHORTATION  # "… should be given appropriate consideration in the processes …"
    return _what_it_is_or_does(after, modal, subject)


#: regard given to something, at the modal, in the passive or as its subject receives it: "that the special
#: needs and development priorities of the least developed countries … should be given appropriate
#: consideration in the processes devoted to the elaboration of the post-2015 development agenda"
#: (A/RES/68/224 24), "that those representatives from developing countries who are invited by the co-chairs
#: … shall receive priority consideration in the disbursement of funds from the voluntary trust fund
#: established by resolution 55/7" (A/RES/64/71 192), "that further consideration should be given to cases
#: before the United Nations Dispute Tribunal being decided by a panel of judges" (A/RES/62/228 43, its
#: subject the regard): a standing call on whoever does that work, as "to give consideration to" is
#: (``_STANDING``), no product of its own
_REGARD = re.compile(r"consideration|attention|priority|regard|account|weight|preference")
_REGARD_GIVEN = re.compile(
    r"(?:shall|should|must|will|would)\s+(?:also\s+|\w+ly\s+)?(?:be\s+given|receive)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_REGARD.pattern})\b")
_GIVEN = re.compile(r"(?:shall|should|must|will|would)\s+(?:also\s+|\w+ly\s+)?be\s+given\s+to\b")


#: a continuing duty given, at the modal: "that the regional committees shall be responsible for the
#: formulation of regional and subregional policies and programmes and for their implementation" (A/RES/32/162
#: 5), "that the Centre … shall be entrusted, inter alia, with the following responsibilities" (A/RES/32/162
#: 5), "that the Office of the High Representative shall be the focal point for the substantive and
#: organizational preparations for the Conference" (A/RES/74/232 54): a standing duty of someone, no product
#: of its own
_A_DUTY_GIVEN = re.compile(
    r"(?:shall|will|would|should|must)\s+(?:\w+ly\s+|also\s+|continue\s+to\s+)?(?:be\s+(?:\w+ly\s+)?"
    r"(?:responsible|accountable)\s+for|be\s+entrusted\b|be\s+in\s+charge\s+of"
    r"|be\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?focal\s+point|have\s+(?:the\s+)?(?:\w+\s+)?responsibilit(?:y|ies)\s+for)")
#: what its subject is, or how it is made up, at the modal: "that the Governing Council shall be the
#: intergovernmental decision-making body for the Programme" (A/RES/56/206 6), "that the programme narratives
#: of the programme budget fascicles shall be identical to the biennial programme plan" (A/RES/58/269 9),
#: "that the working group shall be open to all Member States" (A/RES/78/113 5), "that Azerbaijan shall become
#: a member of the Committee" (A/RES/66/71 27), "should become the “Global report on human settlements”",
#: "shall constitute", "shall serve as the Secretary-General of the midterm review" (A/RES/80/150 67): settled
#: on adoption, nothing asked (not "shall be a forum to share best practices": what it is to do)
_WHAT_IT_IS = re.compile(
    rf"(?:shall|will|would|should|must){_SET_OFF_AT_MODAL}\s+(?:\w+ly\s+|also\s+|henceforth\s+|hereafter\s+|continue\s+to\s+)?"
    r"(?:be\s+(?:(?:the|an?|one)\s+(?!forum\b)|identical\s+to\b|in\s+place\b)|(?:be|remain)\s+open\s+(?:to|for)\b"
    r"|become\s+(?:the|an?|one|part)\b|constitute\b|serve\s+as\b|act\s+as\b|function\s+as\b"
    r"|bear\s+the\s+(?:name|title)\b"
    # a theme, by its words ("that the overall theme of the high-level meeting will be “Investing in the
    # present and securing our future together …”", A/RES/78/269 2), what a meeting is about ("that the
    # high-level meeting will focus on building common understanding …", A/RES/78/319 2; "that …, the
    # Consultative Process will focus its discussions at its twelfth meeting on contributing to the assessment
    # …", A/RES/65/37 231)
    r"|be\s*:?\s*[“\"]|focus\s+(?:(?:its|their)\s+(?:discussions?|deliberations|work)\b[^;]{0,60}?\s)?on\b)")
#: … and what a decision says a body, a meeting or a decade is for: "that the purpose of the Decade shall be
#: to accelerate collective action …" (A/RES/80/132 3), "that the role of professional legal staff in the
#: Office of Staff Legal Assistance shall be to assist staff members …" (A/RES/63/253 12), "that the objective
#: of the Conference will be to consider ways and means …" (A/RES/73/71 5), the subject before the modal
_WHAT_IT_IS_FOR = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:role|purposes?|objectives?|goals?|aims?|themes?|focus)\b[^;]*$")
_TO_BE_TO = re.compile(r"(?:shall|will|would|should)\s+be\s+to\s")
#: what a mandate covers, at the modal, its tasks named elsewhere: "that their mandate shall include the
#: tasks referred to in paragraph 11 of resolution 2444 (2018), paragraphs 32 and 35 of this resolution"
#: (S/RES/2662 (2022) 44, after the Panel renewed): settled with the mandate, nothing of its own asked (not
#: a list of tasks it announces: "that the mandate of UNMIS in Darfur shall also include the following:
#: (a) To facilitate …", read with its sub-paragraphs)
_MANDATE_COVERS = re.compile(
    r"(?:shall|will|should)\s+(?:also\s+)?(?:include|cover|encompass)\b(?![^;]*?(?:\bthe\s+following\b|\bas\s+follows\b|:))")
_A_MANDATE = frozenset({"mandate", "mandates", "tasks"})
#: a standing call at the modal, in the passive ("that relevant observers to the General Assembly will be
#: invited to participate in the work of the working group", A/RES/78/113 5) or by its verb, as a request's
#: infinitive is read (``_STANDING``: "that the Programme should strengthen its collaboration with the
#: Commission on Sustainable Development", A/RES/56/206 4; "that the Trust Fund will support activities
#: designed to enhance …"), or a review kept up with no date ("that the Economic and Social Council should
#: undertake a regular and periodic review and assessment of international economic and development
#: policies", A/RES/61/16 6; "shall regularly review"): no product of its own
_CALLED_AT_THE_MODAL = re.compile(
    r"(?:shall|will|would|should|must)\s+(?:also\s+)?be\s+(?:invited|encouraged|urged|called\s+upon)\s+to\s")
_DONE_AT_THE_MODAL = re.compile(
    r"(?:shall|will|would|should|must)\s+(?:also\s+|further\s+)?"
    r"(?:(?:regularly|periodically|continuously|constantly|systematically)\s+[a-z]+\b"
    r"|(?:\w+ly\s+)?(?:undertake|conduct|carry\s+out|keep\s+up)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:regular|periodic|continuous|continuing|ongoing|systematic)\b"
    r"|(?:\w+ly\s+)?([a-z]+)\b(?!\s+place\b))")
#: standing infinitives that, at a decision's modal, ask more than a way of working: a question taken up, what
#: is given or addressed (an item, a session's theme), where something stays ("that the introduction of the
#: report … will remain during the second part of the resumed session", A/RES/76/274 87), a name borne; going
#: on is read as "to continue" is (``_GOES_ON``: not "shall continue its consideration of the scope and
#: application of universal jurisdiction", A/RES/78/113 2, the item's next reading)
_NOT_STANDING_AT_THE_MODAL = frozenset({"consider", "take", "give", "address", "further", "keep", "remain",
                                        "bear"})


#: a meeting, or a part of one, that a decision's "that" clause describes at its modal (``_ITS_MAKE_UP``):
#: "(a) The opening segment, to be held from 10 to 10.45 a.m., will feature statements by the President of
#: the General Assembly …" (A/RES/78/269 3), "(b) The plenary meetings will hear statements by Member States
#: …" (A/RES/79/286 2), "(c) Each interactive dialogue will be presided over by two co-chairs …"
#: (A/RES/75/212 9), "and that this meeting will highlight achievements, best practices, gaps and
#: challenges" (A/RES/79/288 2): what the meeting will look like, decided on adoption (the meeting held
#: stays an action: "shall be held"; someone named who is to do something too: "(d) The Secretary-General
#: of the Conference will … prepare concept papers …")
_AN_EVENT = re.compile(
    r"[:\s]*(?:\([a-z]+\)\s*)?(?:(?:the|this|that|these|each|all|both|two|three|four)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:segments?|meetings?|sessions?|panels?|panel\s+discussions?|dialogues?|debates?|round\s*tables?|"
    r"discussions?|summit|conference|event)\b(?:\s+(?:of|on)\s[^,;:]{0,120}?)?(?:\s*,\s*(?:to\s+be\s+|[a-z]+ed\s)[^;:]{1,120})?\s*$",
    re.I)
_ITS_MAKE_UP = re.compile(
    r"(?:shall|will|would|should)\s+(?:also\s+)?(?:feature|comprise|consist\s+of|include|hear|highlight|"
    r"be\s+(?:composed|comprised|made\s+up)\s+of|be\s+(?:co-)?chaired\b|be\s+presided\s+over)\b")


def _what_it_is_or_does(after: str, modal: re.Match[str], subject: str) -> ObligationKind | None:
    """What a decision's "that … shall" clause settles about its subject where no rule of :func:`_ruled`
    reads it: a continuing duty given to someone (``_A_DUTY_GIVEN``) or a standing call
    (``_CALLED_AT_THE_MODAL``, ``_DONE_AT_THE_MODAL``, no further deliverable in its sentence) gives
    ``exhortation``; what the subject is (``_WHAT_IT_IS``) nothing; None otherwise."""
    at = modal.start()
    if subject and _A_DUTY_GIVEN.match(after, at) and names_someone(subject):
        return K.EXHORTATION
    if _AN_EVENT.match(subject) and _ITS_MAKE_UP.match(after, at):
        return K.DECLARATORY
    if subject.lower() != "there" and (_WHAT_IT_IS.match(after, at) or (
            _TO_BE_TO.match(after, at) and _WHAT_IT_IS_FOR.match(subject))):
        return K.DECLARATORY
    if subject and head_noun(subject) in _A_MANDATE and _MANDATE_COVERS.match(after, at):
        return K.DECLARATORY
    if _CALLED_AT_THE_MODAL.match(after, at):
        return K.EXHORTATION
    done = _DONE_AT_THE_MODAL.match(after, at)
    if done is None or (done.group(1) and (done.group(1) not in _STANDING
                                            or done.group(1) in _NOT_STANDING_AT_THE_MODAL)):
        return None
    if done.group(1) == "continue" and not _GOES_ON.match(after, done.start(1)):
        return None
    sentence = _SENTENCE.match(after, done.end()).group(0)
    if any(f.group(1) in _DELIVERABLE for f in (*_AND_THEN.finditer(sentence),
                                                 *_MODAL_DELIVERABLE.finditer(sentence))):
        return None  # "… shall support … and shall convene …"
    return K.EXHORTATION


#: a further deliverable at a modal of the same sentence: "… and shall submit its findings …"
_MODAL_DELIVERABLE = re.compile(r"\b(?:shall|will|should|must)\s+(?:\w+ly\s+|also\s+)?([a-z]+)\b")
#: verbs that decide what is: a "that" clause after them may only say so (not "requests that …")
_DECIDING = frozenset({"decides", "resolves", "determines", "agrees"})
#: what makes a decision's "that" clause ask, other than a modal: a modal in capitals after a colon
#: ("that the forums: (a) Shall be convened …"), "would", "is to"/"are not to", a subjunctive "be"
#: ("that the session be held in Doha"), someone asked in the passive ("that UNMIS is authorized to
#: use all necessary means", "that deliveries … are subject to notification to the Committee")
_ASKS_WITHOUT_MODAL = re.compile(
    r"\b(?:[Ss]hall|[Ss]hould|[Ww]ill|[Ww]ould|[Mm]ust|[Mm]ay|can|be|(?:is|are)\s+(?:not\s+)?to|"
    r"(?:is|are)\s+subject\s+to|(?:is|are)\s+(?:hereby\s+)?(?:authori[sz]ed|requested|required|mandated|invited|encouraged|"
    r"called\s+upon|entitled|permitted))\b")


def _describes(after: str) -> bool:
    """A decision's "that" clause (``after``: its words after "that") says what something is, not
    what someone is to do: its verb in the indicative ("is", "constitutes", "do not apply"; "include"
    after a plural: "that the Committee include …" is a subjunctive, which asks), no modal,
    subjunctive or passive ask in its sentence (``_ASKS_WITHOUT_MODAL``), and its subject no one who
    can act ("actions as described in paragraph 15 …", "the use of chemical weapons anywhere", "the
    strategic priorities of MONUSCO"; not "UNMIS", "the Council")."""
    words = after.lstrip(" ,")
    sentence = _SENTENCE.match(words).group(0)
    verb = _INDICATIVE.search(sentence, 0, 300)
    if verb is None or not verb.start() or _ASKS_WITHOUT_MODAL.search(sentence):
        return False
    head = head_noun(words[: verb.start()]).strip(",;:’'")
    if verb.group(2) and not head.endswith("s"):
        return False  # "that the Committee include": a subjunctive
    return not is_agent_noun(head)  # (a name said to be something: "that the Summit of the Future has …")


#: the verb of a clause that says what something is: in the singular (only indicative), or in the
#: plural (a subjunctive after a singular subject)
_INDICATIVE = re.compile(
    r"\s(?:(is|has|constitutes|includes|comprises|applies|does\s+not\s+apply|remains|means|represents|covers)"
    r"|(are|have|constitute|include|comprise|apply|do\s+not\s+apply|remain|represent|cover))\b")
_ASKED = re.compile(r"\b(?:shall|should|must)\b")
#: the end of a sentence (a full stop before a capital)
SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")
#: the rest of a sentence: up to its end or its clause's semicolon
_SENTENCE = re.compile(rf"[^;]*?(?=;|{SENTENCE_END.pattern}|$)")
#: a modal that allows, not one that asks or forbids ("may request", "may, at the request of Member States,
#: further review", not "may not") … and a permission written with another modal: "that the Comoros, Sao Tome
#: and Principe and Somalia shall be permitted to vote in the General Assembly until the end of its
#: seventy-eighth session" (A/RES/78/2 6), "that … the representatives of the major groups … shall be allowed:
#: (a) To attend all official meetings of the forum" (A/RES/67/290 15), "that the representatives of the State
#: of Palestine should be able to participate in person" (A/RES/80/1 1): leave given, nothing asked of them
_ALLOWED = re.compile(r"may(?:,[^,;]{0,80},)?\s+(?!not\b)(?:\w+ly\s+|also\s+|further\s+)?[a-z]+\b"
                      r"|(?:shall|should|will|would)\s+(?:also\s+)?be\s+(?:able|allowed|permitted)\s*(?:to\b|:)")
#: … of the decision's own subject, not of a clause about it ("that any State that may wish to …")
_IN_A_RELATIVE = re.compile(r"\b(?:that|which|who|whom|as|where|when|if)\s+(?:\w+\s+)?$")
#: "continue to", "continue his efforts to", "continue its current practice of", "continue the practice of
#: regularly updating these online platforms" (A/RES/79/327 45; not "continue with the opening of the
#: Conference", nor "continue its consideration of …", the item's next reading)
_GOES_ON = re.compile(
    r"continue\s+(?:to\s|(?:its|his|her|their)\s+(?:efforts|work|(?:current\s+|usual\s+)?practice)\b"
    r"|the\s+(?:current\s+|usual\s+|established\s+)?practice\b)")
#: reports asked in general, none named: "to submit their reports for consideration by the General Assembly
#: in a timely manner" (A/RES/79/192 9), "to submit their reports in a timely manner" (A/RES/65/259 4), "to
#: submit its reports in accordance with paragraph 12 of resolution 53/208 B" (A/RES/57/283 B 8): how those
#: who report do it, a standing call with no report of its own (not "their reports on the implementation of
#: …", "their national evaluation reports", "its reports to the General Assembly at …": reports named)
_THEIR_REPORTS = re.compile(
    r"(?:submit|present|issue|introduce)\s+(?:all\s+)?(?:their|its|his|her)\s+(?:respective\s+)?reports\b"
    r"(?!\s+(?:on|of|to|in\s+time\s+for|at|by|before|no\s+later)\b)")
#: a request "to ensure" something: a standing duty, as going on is ("Requests the Secretary-General to
#: ensure the full implementation of the relevant provisions of its resolutions …", A/RES/79/303 9; "Requests
#: all entities of the United Nations development system to ensure consistency and alignment with the
#: post-2015 development agenda", E/RES/2015/15 73), unless a date makes a product of it
#: (:func:`continuing`); so is helping to ensure ("to help to ensure the success of the observance … of the
#: International Day", A/HRC/RES/49/9 37) and monitoring ("to monitor international trade so that diversion
#: attempts can be identified", A/RES/59/162 10; "to continuously monitor cases via the case disposal plan",
#: A/RES/80/238 21): a watch kept, no product (not "to monitor, report immediately to the Security Council …",
#: S/RES/2717 (2023) 35: what it watches is reported)
_ENSURES = re.compile(r"(?:help\s+(?:to\s+)?)?ensure\b|monitor\b(?!\s*,?\s*(?:and\s+)?(?:to\s+)?report\b)")
#: … unless what it is to ensure is a deliverable done, in the passive or by another: "to ensure that an
#: update on the advances in the establishment of that mechanism is presented at the substantive session of
#: the Economic and Social Council in 2011" (A/RES/64/289 8), "that Strategies for Confronting Domestic
#: Violence: A Resource Manual is published in all official languages" (A/RES/52/86 6), "that the Commission
#: on Sustainable Development holds an organizational meeting" (A/RES/57/253 7)
_ENSURED_DONE = re.compile(r"\b(?:(?:is|are|be)\s+(?:\w+ly\s+)?([a-z]+(?:ed|held|drawn|sent|brought))"
                           r"|(holds|convenes|submits|publishes|presents|transmits|issues|organizes))\b")
_IRREGULAR = {"held": "hold", "drawn": "draw", "sent": "send", "brought": "bring"}
#: … or put in one document to come, which carries it: "that all the activities outlined in the ten
#: subprogrammes … are included in section 7A of the final version of the programme budget for the biennium
#: 1998-1999" (A/RES/52/220 43), "is reflected in his next report" (not "in all relevant reports", "in
#: national policies": what goes on)
_IN_ONE_DOCUMENT = re.compile(
    r"\s+in\s+(?:section\s+\w+\s+of\s+)?(?:the|his|her|its)\s+"
    r"(?:(?!all\b|relevant\b)[\w-]+\s+){0,5}?(?:report|budget|agenda|document|version|proposal)\b(?!s)")


def _ensures_a_deliverable(words: str, at: int) -> bool:
    """Whether what "to ensure" (at ``at`` in ``words``) is to ensure is a deliverable done
    (``_ENSURED_DONE``): its verb one of ``_DELIVERABLE``, or it is put in one document to come
    (``_IN_ONE_DOCUMENT``)."""
    done = _ENSURED_DONE.search(words, at, at + 250)
    if done is None:
        return False
    if done.group(1) in ("included", "reflected", "incorporated") and _IN_ONE_DOCUMENT.match(
            words, done.end()):
        return True
    if done.group(2):
        return True
    word = done.group(1)
    stems = (_IRREGULAR.get(word, ""), word[:-1], word[:-2], word[:-3])
    return any(stem in _DELIVERABLE for stem in stems)
#: "… shall continue to meet annually", "… will continue its efforts to reduce …": what goes on
_CONTINUES = re.compile(rf"\b(?:shall|should|will|must)\s+{_GOES_ON.pattern}")
#: "continue" with no object, what its subject is goes on: "… and requests that such assistance continue on a
#: case-by-case basis in accordance with the evolving needs and legislation of requesting countries …"
#: (A/RES/72/164 2, 74/158 2), "that the practice continue", "that the dialogue continue unabated"
_CONTINUE_ON = (r"continue(?=\s*(?:[,;.]|$)|\s+(?:on|in|as|under|through|throughout|unabated|uninterrupted|"
                r"without|beyond|apace)\b)")
#: … or in the subjunctive of a request's or recommendation's "that" clause, with no modal: "Also recommends
#: that the specialized agencies and other organizations of the United Nations system continue to review, at
#: the regular meetings of their governing bodies, the implementation of …" (E/RES/2024/21 12)
_CONTINUE_SUBJUNCTIVE = re.compile(rf"[^;:]*?(?<![,;])\s(?:{_GOES_ON.pattern}|{_CONTINUE_ON})")
#: … and "ensure" in that subjunctive, as "to ensure" is (``_ENSURES``): "Reiterates its request that the
#: Secretary-General ensure strict respect for the rules concerning the simultaneous issuance of documents …"
#: (A/RES/78/245 67), "… and in this regard reaffirms its request that the Secretary-General ensure that the
#: Department has the necessary staffing capacity in all the official languages …" (A/RES/76/268 29): the
#: subject (group 1), a phrase set off by commas in it, then the verb (not "in order to ensure", nor "that
#: the Secretary-General submit a report … and ensure": what the subject is to do first;
#: :func:`_ensured_as_subject`); so are efforts enhanced in it, as "to enhance its efforts" is
#: (``_STANDING``): "… reiterates its request that the Secretary-General enhance efforts to engage key
#: stakeholders …, to raise global awareness … and to cultivate partnerships …" (A/RES/78/253 6)
_ENSURE_SUBJUNCTIVE = re.compile(
    r"((?:[^;:,]|,[^;:,]{1,100},){1,150}?)\s(?:\w+ly\s+|also\s+|further\s+)?(?:ensure\b|"
    r"(?:enhance|strengthen|intensify|redouble|step\s+up|increase|pursue)\s+(?:(?:its|his|her|their|all)\s+)?"
    r"(?:\w+\s+)?efforts\b)")
#: a further verb of the same subjunctive: "… ensure … and submit …"
_AND_THEN = re.compile(r"\band\s+(?:\w+ly\s+|also\s+|further\s+)?([a-z]+)\b")


def _ensured_as_subject(words: str, at: int) -> bool:
    """Whether a request's or recommendation's "that" clause (its words from ``at``, after "that", no modal)
    asks its subject to ensure something (``_ENSURE_SUBJUNCTIVE``) and nothing to deliver: no deliverable
    verb, "to" or "be" before "ensure", nothing to ensure that is a deliverable done
    (:func:`_ensures_a_deliverable`), no deliverable verb after "and" in its sentence."""
    m = _ENSURE_SUBJUNCTIVE.match(words, at)
    if m is None or any(w in ("to", "be", "is", "are") or w in _DELIVERABLE for w in m.group(1).split()):
        return False
    sentence = _SENTENCE.match(words, m.end()).group(0)
    return not _ensures_a_deliverable(words, m.end()) and not any(
        f.group(1) in _DELIVERABLE for f in _AND_THEN.finditer(sentence))


_TO = re.compile(r"\s(?:to|that|shall|should|not\s+to)\s")
#: a call whose object is an activity, not someone asked: "Encourages efforts to establish guidance
#: …", "Encourages the use of international human rights standards … to identify", "Calls for
#: appropriate action to eliminate …": a standing call, whoever the infinitive's deliverable; so are measures
#: listed after a colon, none addressed to anyone ("… and we recommend the following measures: (a) Consider
#: reviewing …; (b) Strengthen …, to identify, analyse and remove impediments …", A/RES/S-30/1 annex 2)
_ACTIVITY_CALLED = re.compile(
    r"^(?:(?:the|all|further|continued|increased|renewed|sustained|appropriate|its|these|such|"
    r"international|national|regional|global|collective|concerted|ongoing|following)\s+)*"
    r"(?:efforts?|use|collection|actions?|work|initiatives?|steps|measures|cooperation|engagement)\b"
)


def _led(before: str, lead: str) -> str:
    """``\\b`` + ``before`` + ``lead`` written with the lead's first letter first (what stands
    before it moved behind it), so that the engine can jump to the letters that begin a form: the
    same matches (:func:`.regexes.after_boundary`)."""
    first, rest = lead[0], lead[1:]
    if before in (_NOT_ING_OR_ED, _NOT_SUBORDINATE):
        if lead.startswith(("ing", "ed")):
            raise ValueError(f"a lead word that begins as the ending it must not have: {lead!r}")
        # the look-ahead read one letter later (past a letter that begins no "ing" or "ed" of its
        # own), and only where the lead word is: it reads the rest of a word at every "p" and "s";
        # the look-behinds read the first letter too
        behind = ("".join(f"(?<!\\b{words}{first})" for words in _NOT_A_VERB)
                  if before == _NOT_SUBORDINATE else "")
        return f"{first}(?<!\\w{first}){behind}(?={rest}){_NOT_ING_OR_ED}{rest}"
    return f"{first}(?<!\\w{first}){before}{rest}"


def _forms_by_lead_word() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``REPORT``'s forms for text in lower case (:func:`lower_case_form`, :func:`reads_as_lower`),
    each led by its first letter (:func:`_led`), one pattern for the forms of each lead word's first
    word, with that word: a text is searched only for the forms whose word it holds, each search
    skipping to the places where that word's first letter is (one pattern of every form tried all
    of them wherever a lead word's first letter stands: almost every letter)."""
    forms: dict[str, list[str]] = {}
    for before, leads, rest in _REPORT_FORMS:
        if before != "^":
            for lead in leads:
                forms.setdefault(re.match(r"[a-z]+", lead).group(0), []).append(_led(before, lead) + rest)
    return tuple((word, lower_case_form(re.compile("|".join(alike), re.I))) for word, alike in forms.items())


#: ``REPORT`` for text in lower case, by lead word (:func:`_forms_by_lead_word`); the form that opens
#: the words, matched at their start
_REPORT_LOWER = _forms_by_lead_word()
_REPORT_OPENING_LOWER = lower_case_form(re.compile(
    "|".join(f"(?:{'|'.join(leads)}){rest}" for before, leads, rest in _REPORT_FORMS if before == "^"), re.I))


def _is_report(text: str) -> bool:
    """``REPORT.search(text) is not None``."""
    low = text.lower()
    if not any(w in low for w in _REPORT_WORDS):
        return False
    if reads_as_lower(text):
        return any(word in low and form.search(low) is not None for word, form in _REPORT_LOWER) or (
            _REPORT_OPENING_LOWER.match(low) is not None)
    return REPORT.search(text) is not None


_MANDATE_NOUN_LOWER = lower_case_form(_MANDATE_NOUN)
_MANDATE_VERB_LOWER = lower_case_form(_MANDATE_VERB)
_AGENDA_OPENING_LOWER = lower_case_form(_AGENDA_OPENING)
_AGENDA_FURTHER_ON_LOWER = lower_case_form(_AGENDA_FURTHER_ON)


def _is_mandate(text: str) -> bool:
    if not _has_mandate_period(text):
        return False
    if reads_as_lower(text):
        low = text.lower()
        return _MANDATE_NOUN_LOWER.search(low) is not None and _MANDATE_VERB_LOWER.search(low) is not None
    return _MANDATE_NOUN.search(text) is not None and _MANDATE_VERB.search(text) is not None


def _is_agenda(text: str) -> bool:
    if reads_as_lower(text):
        low = text.lower()
        return _AGENDA_OPENING_LOWER.match(low) is not None or (
            "provisional" in low and _AGENDA_FURTHER_ON_LOWER.search(low) is not None)
    return _AGENDA_OPENING.match(text) is not None or _AGENDA_FURTHER_ON.search(text) is not None


#: what a verb of REISSUING re-issues: "its request to", "the call upon", "with concern its
#: request that", ", in this regard, its call"
_REISSUED_WORDS = (
    r"(?:with\s+(?:\w+\s+){1,2}?(?=its\s|the\s)|(?:once\s+)?again\s+|,[^,;]{1,60},\s*)?"
    r"(?:its\s+|the\s+)(?:\w+\s+){0,2}?(request|call|demand|appeal|invitation|encouragement|"
    r"urging|exhortation)s?\b\s*(?:in\s+th(?:is|at)\s+(?:regard|connection|context),?\s+)?"
    r"(?:to|upon|on|for|addressed\s+to)?\s*"
)
_REISSUE = re.compile("^" + _REISSUED_WORDS, re.I)
#: a request made again, verb and all: "Reaffirms its request to the Secretary-General to …",
#: "…, and reiterates its call upon …" (not a recollection: what it asks is asked now)
REQUEST_AGAIN = rf"(?:{'|'.join(sorted(REISSUING))})\s+{_REISSUED_WORDS}"
ASKED_AGAIN = re.compile(rf"\b{REQUEST_AGAIN}", re.I)
_REISSUED = {"request": "requests", "call": "calls_upon", "demand": "demands",
             "appeal": "appeals", "invitation": "invites", "encouragement": "encourages",
             "urging": "urges", "exhortation": "exhorts"}
#: a decision to hold an event, made again: "Reaffirms its decision to hold a midterm review of the
#: implementation of the Sendai Framework in 2023" (A/RES/77/29 83), "Reaffirms its decision to convene a
#: one-day high-level review … in September 2019" (A/RES/73/228 29), "Reiterates its decision to convene a
#: one-day high-level segment of the General Assembly … at its eighty-first session" (A/RES/80/207 49): the
#: meeting is still to be held, by the body convening it, decided again as a request reiterated is asked again
#: (read as "Decides to hold …", and due when it is held, ``deadlines``); not a standing task reaffirmed
#: ("Reaffirms its decision to undertake an annual review and evaluation of the implementation of the
#: Convention", A/RES/52/26 17), nor a decision recalled ("Recalls its decision to hold a midterm review …",
#: A/RES/80/113 86: history)
_DECISION_REISSUED = (r"(?:(?:also|once\s+again|again)\s+)?(?:its|the)\s+decision\s+"
                      r"(?=to\s+(?:convene|hold|organi[sz]e)\b)")
_DECISION_AGAIN = re.compile("^" + _DECISION_REISSUED, re.I)
#: … verb and all: "…, and reaffirms its decision to hold …"
DECIDED_AGAIN = re.compile(rf"\b(?:{'|'.join(sorted(REISSUING))})\s+{_DECISION_REISSUED}", re.I)


_MODALS = frozenset({"will", "shall", "must", "can", "should"})
#: verbs that stress or restate what is so, or what someone is to do
_STRESSING = frozenset({"stresses", "emphasizes", "emphasises", "underlines", "underscores", "reaffirms",
                        "reiterates"})
#: … what an addressee is to do, read as a delegate reads it, a standing call on them: "Stresses that all
#: States should make all efforts to ensure …" (A/RES/75/179 30), "Reaffirms that States should realize their
#: rights and fulfil their duties …" (A/HRC/RES/56/2 5): States, Member States, the international community,
#: States parties or Governments, or the Territory of a resolution on a Non-Self-Governing Territory
#: ("Stresses that the Territory should continue to participate in the activities of the Special Committee …",
#: A/RES/78/87 10), then a modal and an active verb (not a norm about a thing, "that the same rights … must
#: also be protected online", nor "should be …", "should have …"), or a call made on them restated
#: ("Reiterates that States are strongly urged to refrain from promulgating and applying any unilateral
#: economic, financial or trade measures …", A/RES/80/122 69); the subject is group 1
_A_DUTY_STRESSED = re.compile(
    r"\s*(?:,\s*)?(?:also\s+|further\s+|again\s+|once\s+again\s+)?that(?:\s*,[^,;]{1,200},)?\s+"
    r"((?:all\s+|the\s+)?(?:(?:Member\s+)?States(?:\s+parties|\s+Members)?|(?:the\s+)?international\s+community|"
    r"Governments|Territory))\s+"
    r"(?:(?:should|must|shall)\s+(?!(?:[a-z]+\s+){0,2}?(?:be|have)\b)[a-z]+\b"
    r"|(?:is|are)\s+(?:\w+ly\s+|also\s+)?(?:urged|called\s+upon|encouraged|invited)\s+to\s)")


def duty_stressed(verb: str | None, text: str) -> str | None:
    """The subject of a standing duty the paragraph's verb stresses or reaffirms (``_A_DUTY_STRESSED``:
    "Stresses that the Territory should continue to participate …" -> "the Territory"), the addressee of that
    call; None where the verb stresses no one's duty."""
    m = _A_DUTY_STRESSED.match(text) if verb in _STRESSING else None
    return m.group(1) if m else None


def reissued(verb: str | None, text: str) -> tuple[str | None, str]:
    """"Reiterates its request to the Government of Israel to …" -> ("requests", "the
    Government of Israel to …"), "Reaffirms its decision to hold a midterm review …" -> ("decides", "to hold
    a midterm review …"); anything else as it is."""
    if verb in REISSUING:
        m = _REISSUE.match(text)
        if m:
            return _REISSUED[m.group(1).lower()], text[m.end() :]
        m = _DECISION_AGAIN.match(text)
        if m:
            return "decides", text[m.end() :]
        if _ASKED_IN_THE_SUBJUNCTIVE.match(text):
            return "requests", text
    return verb, text


#: a request made again in the subjunctive: "… and reiterates that the comprehensive review be submitted to it
#: at its fifty-seventh session" (A/RES/56/253 62): what "requests that the review be submitted" asks; not
#: what is ("reiterates that the review is …", "that it should be …": a statement)
_ASKED_IN_THE_SUBJUNCTIVE = re.compile(
    r"that\s+(?:the|its|a|an|all)\s+(?:(?!\b(?:should|shall|must|will|would|may|might|can|cannot|could|is|are|"
    r"was|were|to)\b)[^;,]){1,150}?\s+be\s+(?:\w+ly\s+)?[a-z]+ed\b")


def clause_kind(verb: str | None, text: str, gazetteer: Gazetteer | None = None) -> ObligationKind:
    """The kind of one clause: ``verb`` (normalised, "requests") and the words it governs, read with
    the parse's gazetteer (the States a call addresses: ``_names_states``; the built-in one by default)."""
    return _clause_kind(verb, text, gazetteer if gazetteer is not None else Gazetteer.default())


@lru_cache(maxsize=READS_KEPT)
def _clause_kind(verb: str | None, text: str, gazetteer: Gazetteer) -> ObligationKind:
    """:func:`clause_kind` (kept for the paragraph's next read: :data:`READS_KEPT`)."""
    if verb is None:
        return K.DECLARATORY
    if verb in EXTENDING and not _is_mandate(text) and _REPORTING_REQUEST.match(text):
        # "Extends the reporting request in paragraph 10 of resolution 2722 …", "Renews the reporting
        # requests set out in paragraph 17 of its resolution 2240 (2015)" (not a request renewed:
        # "Renews its request to the Secretary-General to …")
        return K.REPORT
    if duty_stressed(verb, text) is not None:
        return K.EXHORTATION
    if verb in REISSUING:
        verb, text = reissued(verb, text)
        if verb in REISSUING:
            return K.DECLARATORY
    if verb in EXTENDING:
        if _is_mandate(text):
            return K.MANDATE
        return K.DECLARATORY if _EXTENDED_SENTIMENT.match(text) else K.ACTION
    if verb == "proclaims" or (verb == "designates" and _observance(text)):
        return K.DECLARATORY  # "Proclaims 2025 the International Year of Cooperatives"
    if verb in CREATING:
        return K.MANDATE if _is_mandate(text) else K.ACTION
    if verb in DIRECTIVE:
        return _directive_kind(verb, text, gazetteer)
    if verb in CALLING:
        infinitive = _first_infinitive(text)
        if infinitive in ("adopt", "undertake") and _adopts_a_way(text, _infinitive(text).start(1)):
            infinitive = "take"  # "Calls upon United Nations organizations to adopt measures that ensure …"
        if calls_for_a_report(text) is not None:
            # the call is for the report: "Invites Member States to submit their views …", "Invites
            # the Secretary-General to consider the possibility of translating …, and to submit a
            # report to the General Assembly at its fifty-second session", "Invites the High
            # Commissioner to continue to present orally … the findings of each of the reports";
            # not "Urges all Governments to cooperate …, to respond … and to provide all information"
            return K.REPORT
        addressee = _addressee(text)
        if (infinitive in _DELIVERABLE and verb not in ("calls_for", "demands", *COMMITTING)
                and not _GROUP_ADDRESSEE.match(addressee) and not _ACTIVITY_CALLED.match(addressee.lstrip())
                and not _NAMES_NO_ONE.fullmatch(addressee) and not _names_states(addressee, gazetteer)):
            return K.ACTION
        return K.EXHORTATION
    modal, _, infinitive = verb.partition("_")
    if modal in _MODALS and infinitive:
        # "We will convene …" (a deliverable), "We will strengthen …" (a standing commitment);
        # what it introduces with a colon is read item by item ("we will draw from the following
        # actions: (a) Launch … a … website to make information available …")
        if _is_report(f"to {infinitive} {text.partition(':')[0]}"):
            return K.REPORT
        return K.ACTION if infinitive in _CONVENING else K.EXHORTATION
    return K.DECLARATORY


def presented_further(text: str) -> str | None:
    """A further infinitive of the clause that presents a report or what was prepared to a body of
    the Organization ("… and to present it to the General Assembly at its sixty-ninth session", "…
    and to report to the General Assembly at its seventy-first session on the results", "… and to
    include in his report to the General Assembly … the results of related actions"): its own words
    (up to the next infinitive), or None — not "… to transmit such information to that party"."""
    further = list(_FURTHER_INFINITIVE.finditer(text))
    for k, m in enumerate(further):
        presenting = ("present", "submit", "transmit", "report", "include", "provide")
        if m.group(1)[3:].split()[0] not in presenting or (
                _IF_NEED_BE.search(text, max(0, m.start(1) - 30), m.start(1))
                or _IF_IT_OCCURS.search(text, max(0, m.start(1) - 220), m.start(1))):
            continue  # "…, and, if necessary, to report to the Council" (S/RES/1533 (2004) 7): a call
        own = text[m.start(1) : further[k + 1].start() if k + 1 < len(further) else len(text)]
        if _TO_A_BODY.search(own) and _is_report(own):
            return own
    return None


def calls_for_a_report(text: str) -> str | None:
    """What a call (``CALLING``) asks to be reported, where it asks for a report: the words of the
    infinitive that asks for it — the call's first ("Invites Member States to submit their views …")
    or a further one where the first asks for something else ("Calls upon the Secretary-General to
    promote renewable energy … and to include in his report … the results"); None otherwise."""
    if not _is_report(text):
        return None
    if _continued_infinitive(text) in _REPORTING and not _asks_first_beyond(text):
        return text
    return presented_further(text)


def _asks_first_beyond(text: str) -> bool:
    """Whether, with no infinitive in the words :func:`_infinitive` reads, the first one further on stands
    before the report's words and asks for something else: "Urges all countries, …, reaffirming their
    commitment …, deeply concerned by the disparities … that affect the capability of … individuals in
    developing countries to disseminate information and communicate their views …" (A/RES/71/101 A-B 1): the
    views are what those individuals communicate, not what the call asks (its list after a colon)."""
    if _infinitive(text) is not None:
        return False
    first = _INFINITIVE.search(text)
    report = REPORT.search(text)
    # (not in a list after a colon, whose items' infinitives are capitalised: "Invites Member States: (a) To
    # consider the creation … and to report on their activities", A/RES/77/224 2)
    return (first is not None and report is not None and first.start() < report.start()
            and first.group(1).split()[0] not in _REPORTING and ":" not in text[: first.start()])


#: a further infinitive asked only where it is needed: "…, and, if necessary, to report to the Council"
_IF_NEED_BE = re.compile(r"\b(?:if|where|when|as)\s+(?:necessary|needed|appropriate|required)\s*,?\s*$")
#: … or only if something occurs: "… and, if a listed party is found to be using a false identity including to
#: secure credit or fraudulent travel documents, to provide the Committee with information in this regard"
#: (S/RES/1904 (2009) 40), as a body kept informed "if cases of misconduct occur" is no report asked
_IF_IT_OCCURS = re.compile(r",\s*(?:and\s*,?\s*)?(?:if|whenever|in\s+the\s+event\s+that)\s[^;,]{1,200},\s*$")
#: a body of the Organization a report goes to
_TO_A_BODY = re.compile(rf"\b(?:to|provide)\s+the\s+{_A_BODY}\b")


#: where the addressees of a call end and what goes with them begins: "Myanmar, with the support of the United
#: Nations system", "the Russian Federation: (a) To uphold …", "the Federal Government of Somalia, …, in
#: cooperation with …"
_ADDRESSEES_END = re.compile(r":|,?\s+(?:with|in\s+(?:cooperation|consultation|coordination|collaboration)|"
                             r"through|within|including|as\s+well\s+as)\b")


def _names_states(addressee: str, gazetteer: Gazetteer) -> bool:
    """Whether a call's addressee names States, by name, Government or authorities, and no one else (what
    goes with them apart: ``_ADDRESSEES_END``): "Myanmar", "Israel, the occupying Power", "the Federal
    Government of Somalia, federal member states and key political stakeholders", "the Malian transitional
    authorities", "Bangladesh, the Lao People’s Democratic Republic and Nepal". A call on a State, as on
    "States" or "the Government of …" (``_GROUP_ADDRESSEE``), is a standing call whatever it asks: what a
    sovereign State does is no product the Organization tracks (DESIGN §1: a call asks an institution for
    something identifiable)."""
    end = _ADDRESSEES_END.search(addressee)
    words = addressee[: end.start()] if end else addressee
    names = gazetteer.find(words)
    return bool(names) and words[: names[0][0]].strip(" ,").lower() in ("", "the", "that") and all(
        gazetteer.is_state(name) for _s, _e, name in names)


#: a phrase set off by commas before the addressee: "Calls upon, in this regard, States, regional fisheries
#: management organizations and arrangements … to …" (A/RES/78/68 221), "Invites, as appropriate, Governments,
#: the relevant agencies … to …" (A/RES/54/134 2): the addressee after it
_SET_OFF = re.compile(
    r"\s*(?:,\s*)?(?:in\s+th(?:is|at)\s+(?:regard|context|connection|respect)|(?:as|where|when)\s+appropriate|"
    r"inter\s+alia|in\s+particular|(?:once\s+)?again|also|further|therefore|accordingly|moreover|"
    r"to\s+(?:that|this)\s+end|for\s+(?:that|this)\s+purpose|as\s+a\s+matter\s+of\s+(?:priority|urgency)),\s*")


def _addressee(text: str) -> str:
    lead = _SET_OFF.match(text)
    start = lead.end() if lead else 0
    m = _TO.search(text, start, start + 300)
    return text[start : m.start()] if m else text[start : start + 300]


def _directive_kind(verb: str, text: str, gazetteer: Gazetteer) -> ObligationKind:
    stripped = text.lstrip(" ,")
    if verb in ("decides", "resolves", "agrees", "determines"):
        interposed = _INTERPOSED.match(stripped)
        if interposed:
            stripped = stripped[interposed.end() :]
        seized = _SEIZED.match(stripped)
        if seized:
            more = next((m for m in _SEIZED_AND.finditer(stripped, seized.end())
                         if m.group(1) in _DELIVERABLE or m.group(1) in _STANDING), None)
            if more:
                return _directive_kind(verb, "to " + stripped[more.start(1) :], gazetteer)
            return K.AGENDA if _AT_SESSION_OR_ITEM.search(stripped, seized.end()) else K.DECLARATORY
        if _DEFERRED.match(stripped) and (_TO_A_SESSION.search(stripped, 0, 700)
                                          or _AGENDA_FURTHER_ON.search(stripped, 0, 700)):
            return K.AGENDA
        if _DONE_ON_ADOPTION.match(stripped) or _PERMISSION.match(stripped) or (
                _OBSERVANCE_VERB.match(stripped) and _observance(stripped)):
            return K.DECLARATORY
        call = _DECIDES_TO_CALL.match(stripped)
        if call:
            return _clause_kind(_CALL_VERB[" ".join(call.group(1).lower().split())], stripped[call.end() :],
                                gazetteer)
        if _is_agenda(stripped[:400]) or (
                _TO_CONSIDER.match(stripped) and _AT_SESSION_OR_ITEM.search(stripped, 0, 400)):
            later = _AGENDA_FURTHER_ON.search(stripped, 0, 400)
            if (later is not None and later.start() > 0 and not _AGENDA_OPENING.match(stripped)
                    and _first_infinitive(stripped) not in _CONSIDERING):
                # "Decides to convene a joint half-day panel discussion …, and to include in the
                # provisional agenda of its seventy-ninth session …": the panel asks more (not
                # "to evaluate and review at its eighty-fourth session …, and to that end to
                # include …": the Assembly's own consideration, the item)
                before = _directive_kind(verb, stripped[: later.start()], gazetteer)
                return ObligationKind.most_demanding([before, K.AGENDA])
            return K.AGENDA
    if _is_report(text):
        return K.REPORT
    if _is_mandate(text[:600]) or _authorized_until(verb, text[:600]):
        return K.MANDATE
    renewed = _TO_RENEW.match(stripped)
    if renewed and _REPORTING_REQUEST.match(stripped, renewed.end()):
        return K.REPORT  # "Decides to extend the reporting requirements … until …": the reports asked again
    that = _THAT_SHALL.match(text) if "that" in text else None  # the match ends with "that"
    if verb == "agrees" and not stripped.startswith("to ") and not (
            that and _ASKED.search(_SENTENCE.match(text, that.end()).group(0), 0, 300)):
        # "Agrees that human security is an approach …", "Agrees with the Secretary-General that …",
        # "agrees that resolution 73/341 as a whole will form the basis …"; not "Agrees that the
        # Legal Subcommittee … should consider …": what it settles is asked of someone
        return K.DECLARATORY
    if verb == "authorizes":
        # what it permits, read as a request is: "Authorizes Member States to take all necessary measures,
        # at the request of either EUFOR ALTHEA or the NATO Headquarters, in defence of the EUFOR ALTHEA or
        # NATO presence …" (S/RES/2658 (2022) 4) permits conduct while it lasts, nothing falls due;
        # "Authorizes the Secretary-General to establish a multi-year special account …" (A/RES/67/244 B 6)
        # is an action, as is money authorized, a financing decision as an apportionment is ("Decides to
        # authorize a commitment authority without assessment on Member States in an amount not exceeding
        # 52,611,600 dollars …, to support one-time costs in 2026", A/RES/80/242 93)
        return K.ACTION if _AN_AMOUNT.search(_addressee(stripped)) else _asked_to(stripped)
    if verb in _DECIDING and ("set off" in text or "credit" in text):
        # a sum set off where no "that" clause reads it (``_ruled``): "There shall be set off against this
        # allocation of advances: (a) Credits to Member States …" (A/RES/78/256 3), or after a condition:
        # "Should the credits and advances paid by any Member State … exceed the amount of that Member
        # State’s advance …, the excess shall be set off against the amount of the contributions payable …"
        # (A/RES/78/256 4), each under "Resolves that:"
        condition = _A_CONDITION.match(stripped)
        words = stripped[condition.end() :] if condition else stripped
        modal = _modal_of(words) if that is None or condition else None
        if modal and _SUM_SET_OFF.match(words, modal.start()):
            return K.DECLARATORY
    if that:
        kind = _decided_that(verb, text, that)
        # (a question the decision leaves to a session: "… and the topic for its eleventh meeting will be
        # decided at the sixty-fourth session of the General Assembly", A/RES/63/111 165)
        taken_up = TAKEN_UP_AT_A_SESSION.search(text, that.end())
        return ObligationKind.most_demanding([kind, K.AGENDA]) if taken_up else kind
    return _asked_to(stripped)


#: a question a decision leaves to a named session, in the passive: "… and the topic for its eleventh meeting
#: will be decided at the sixty-fourth session of the General Assembly" (A/RES/63/111 165), "that the
#: arrangements shall be reviewed at its seventieth session": taken up at that session, an item for it, as
#: "Decides to consider at its … session" is (not "may be considered": a permission, ``_PERMISSION``); who
#: takes it up, where written, in group "by"
TAKEN_UP_AT_A_SESSION = re.compile(
    r"\b(?:shall|will|should)\s+(?:also\s+|further\s+)?be\s+(?:further\s+)?"
    r"(?:decided|considered|taken\s+up|determined|reviewed|examined|revisited)(?:\s+(?:up)?on)?"
    r"(?:\s+and\s+(?:decided|considered|determined|reviewed)(?:\s+(?:up)?on)?)?"
    r"(?:\s+by\s+(?P<by>(?:the|its)\s+[^;,]{1,60}?))?\s+(?:at|during)\s+(?:its|the)\s+[^;]{0,80}?\bsessions?\b")


def _decided_that(verb: str, text: str, that: re.Match[str]) -> ObligationKind:
    """What a decision's "that" clause asks (``that``: its match of ``_THAT_SHALL`` in ``text``)."""
    # "Decides that all States shall …" (a standing obligation), "Decides, …, that the
    # Mission shall …", "further decides that UNSOM should continue to implement …"
    after = _past_list_lead(text[that.end() :])
    if not after.strip(" ,;.:"):
        return K.DECLARATORY  # the list's announcement: its sub-paragraphs say what is asked
    modal = _modal_of(after)
    if modal and _NAMED_AS.match(after, modal.start()):
        return K.DECLARATORY  # "that the … Committee shall henceforth be known as …": done on adoption
    if (modal and _ALLOWED.match(after, modal.start())
            and not _IN_A_RELATIVE.search(after, 0, modal.start())):
        # "that the Chair of the Working Group may request that …", "that Member States may permit
        # the addition to accounts frozen …": a permission, given on adoption; nothing asked
        return K.DECLARATORY
    settled = _settled(verb, text, after, modal)
    if settled is not None:
        return settled
    if modal is None and _CALLED_IN_THE_PASSIVE.match(after):
        return K.EXHORTATION  # "Decides that: … (f) …, all Member States are called upon to take …"
    if _PASSIVE.search(after, 0, 300):
        return K.ACTION  # "that the amount … shall be transferred to the development account"
    if _GROUP_ADDRESSEE.match(_addressee(after)) or _CONTINUES.search(after, 0, 300):
        return K.EXHORTATION
    return K.ACTION


#: an amount of money, authorized: "a commitment authority … in an amount not exceeding 52,611,600 dollars"
_AN_AMOUNT = re.compile(r"\b(?:amounts?|dollars|sums?|commitment\s+authority)\b")


#: what goes on asked for as a noun, "requests the continued …", "requests the continuation of …", as
#: "requests … to continue to …" asks it: "and requests its continued updating and wide dissemination"
#: (A/RES/66/84 15), "and requests the continued participation of the Special Rapporteur in the work of the
#: Inter-Agency Standing Committee" (A/RES/80/211 20), "and requests the continuation of this practice"
#: (A/RES/79/327 11), "Requests the continued use of reporting under the United Nations System-wide Action
#: Plan to inform the report of the Secretary-General …" (E/RES/2016/2 11)
_CONTINUATION_ASKED = re.compile(r"(?:the|its|their)\s+continu(?:ed|ation|ing)\b")


def _asked_to(stripped: str) -> ObligationKind:
    """What a request, decision or authorization asks by its first infinitive (``stripped``: its words): a
    standing call where that infinitive is one (``_STANDING``), asks States, parties or groups for no
    deliverable or asks for something to go on (``_CONTINUATION_ASKED``), an action otherwise."""
    if _CONTINUATION_ASKED.match(stripped):
        return K.EXHORTATION
    first = _infinitive(stripped)
    infinitive = first.group(1).split()[0] if first else "None"
    if first and _REFRAINING.search(stripped, 0, first.start()) and not _AND_TO.search(stripped, first.end()):
        infinitive = "refrain"  # "Requests the Secretary-General not to proceed with a pilot project …"
    efforts = _EFFORTS_MADE.match(stripped, first.start(1)) if infinitive in ("make", "increase") else None
    if efforts is None and first is not None and infinitive not in _STANDING:
        efforts = _OWN_EFFORTS.match(stripped, first.start(1))  # "to review and redouble his efforts to …"
    if infinitive == "take":
        steps = _STEPS_TO.search(stripped, 0, 300)
        if steps and steps.group(1) in _DELIVERABLE:
            infinitive = steps.group(1)  # "to take the necessary steps to prepare a commentary …"
    elif efforts is not None:
        infinitive = efforts.group(1) if efforts.group(1) in _DELIVERABLE else "continue"
    elif infinitive in _MAINSTREAMING and _MAINSTREAMED.match(stripped, first.start(1)):
        infinitive = "mainstream"
    elif infinitive in ("adopt", "undertake") and _adopts_a_way(stripped, first.start(1)):
        infinitive = "take"  # "Requests States to adopt concrete measures to prevent …"
    # (not experts engaged: "to engage experts and to facilitate their participation …", A/HRC/RES/42/23 16)
    hired = infinitive == "engage" and _HIRED.match(stripped, first.start(1)) is not None
    if infinitive in _STANDING and not hired:
        further = _FURTHER_INFINITIVE.finditer(stripped, first.end()) if first else ()
        if (infinitive in _WAYS_OF_WORKING or efforts is not None) and any(
                f.group(1)[3:].split()[0] in _DELIVERABLE for f in further):
            return K.ACTION  # "to make full use of the grade structure and to submit a concrete proposal …"
        if not _GROUP_ADDRESSEE.match(_addressee(stripped)) and _a_product_further(stripped, first.end()):
            return K.ACTION
        return K.EXHORTATION
    if infinitive not in _DELIVERABLE and _GROUP_ADDRESSEE.match(_addressee(stripped)):
        return K.EXHORTATION  # "Requests all States to …", "Decides that all States shall …"
    return K.ACTION


def _a_product_further(stripped: str, start: int) -> bool:
    """Whether a further infinitive after a standing call (from ``start``) makes a product of its own
    (``_A_PRODUCT_MADE``): "to continue engagement with the Member States … and to present the plans for a
    potential global stock-taking … before the end of the seventy-sixth session" (A/RES/76/210 32), "to
    continue to provide services to the thirtieth Meeting of States Parties …, and to convene the thirty-first
    Meeting of States Parties … from 21 to 25 June 2021" (A/RES/75/239 56); not what goes on after "continue,"
    ("to continue, through all means at his disposal, to inform world public opinion …", A/RES/73/104 13:
    ``_CONTINUED_AS``), nor awareness or activities (``_NO_PRODUCT``)."""
    for further in _FURTHER_INFINITIVE.finditer(stripped, start):
        verb = further.group(1)[3:].split()[0]
        if (verb in _A_PRODUCT_MADE and not _CONTINUED_AS.search(stripped, 0, further.start())
                and not _NO_PRODUCT.match(stripped, further.end(1))):
            return True
    return False


#: infinitives that make a product of their own, beside a standing call (:func:`_asked_to`): a meeting held, a
#: body set up, a document drawn up and presented (not information spread, "to disseminate", "to inform", "to
#: publish", which goes on as the call does)
_A_PRODUCT_MADE = _MEETING | frozenset(str.split("""
    establish create appoint designate nominate elect submit present prepare draft finalize
    finalise conclude launch negotiate"""))
#: "continue" with what goes on set off after it: "to continue, through all means at his disposal, to inform
#: …"
_CONTINUED_AS = re.compile(r"\bcontinue\s*,[^;]*$")
#: … nor awareness created or activities organized, which go on too ("to promote the Women’s Empowerment
#: Principles and to create awareness of the many ways …", A/RES/66/223 11; "to organize activities in this
#: regard", A/RES/77/22 11)
_NO_PRODUCT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:awareness|activities|conditions|environment|synergies|opportunities)\b")


#: the words :func:`continuing` looks for before it reads a paragraph's clauses: of going on, of reports
#: and efforts, of what is needed and of a service given (``_SERVICE_GIVEN``); each found by ``in``, which
#: reads a paragraph many times faster than a pattern of them all (whose first letters are everywhere)
_CONTINUING_WORDS = ("continue", "ensure", "monitor", "request", "reports", "efforts",
                     "necessary", "needed", "required", "requisite", "adequate", "sufficient",
                     "assistance", "advic", "advis", "capacity", "support", "expertise", "training",
                     "cooperation")
#: support given to another's work, the necessary resources or assistance: "to provide the Independent
#: Expert with all the human, technical and financial resources necessary for the effective fulfilment of the
#: mandate" (A/HRC/RES/42/12 8), "to provide the Special Rapporteur with all the information and resources
#: necessary to fulfil the mandate", "to provide the necessary support to the Working Group" (not "to provide
#: a full estimate of … the financial resources required": a document)
_SUPPORT_GIVEN = re.compile(
    r"(?:provide|give|extend|make\s+available)\s+"
    r"(?!(?:(?:an?|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:estimates?|reports?|breakdown|overview|"
    r"analysis|justification|rationale|details|proposals?)\b)[^;]{0,160}?\b(?:"
    r"(?:assistance|resources|support|facilities|services|cooperation|expertise)\b(?:\s+and\s+[\w-]+)?\s+"
    r"(?:(?:that\s+)?(?:are|is|may\s+be)\s+)?(?:necessary|needed|required)\b"
    r"|(?:necessary|required|requisite|adequate|sufficient)\s+(?:[\w,-]+\s+(?:and\s+)?){0,4}?"
    r"(?:assistance|resources|support|facilities|services|expertise)\b)")
#: a service given, with no product of its own: "to provide technical assistance and capacity-building to
#: Member States, upon request, …" (A/RES/80/229 60), "to provide, upon request, technical assistance and
#: advice to States" (A/HRC/RES/54/10 10), "to provide support at the request of Member States" (A/RES/77/283
#: 4), "to provide economic, social and other assistance to the Non-Self-Governing Territories" (A/RES/80/105
#: 16): assistance, advice, support, training or expertise given …
_SERVICE_GIVEN = re.compile(
    r"(?:provide|render|offer|extend|give|deliver|make\s+available)[\s,]+"
    r"(?![^;]{0,60}?\b(?:estimates?|reports?|breakdown|overview|analysis|justification|rationale|details|"
    r"proposals?|information|updates?)\b)[^;]{0,80}?\b(?:(?:technical\s+)?assistance|advice|advisory\s+services|"
    r"capacity[- ]building|support|expertise|training|technical\s+cooperation)\b")
#: … not for an event or a thing to be made, a product of its own: "to provide the support necessary to
#: convene the Meeting of States", "all necessary support to the Open-ended Working Group on Ageing for the
#: organization of its twelfth session", "the … support required for the creation of a country office in
#: Haiti", "to provide the above-mentioned panel discussion with all the resources necessary", "to provide the
#: conference with the necessary assistance" (an event, in lower case: not "the Conference of States Parties")
_FOR_A_PRODUCT = re.compile(
    r"\b(?:convene|convening|hold|holding|organi[sz]e|organi[sz]ation|establish|establishment|"
    r"creat(?:e|ion)|preparations?|launch|launching|panel|meetings?|special\s+session|conferences?|summit|"
    r"congress|hearings?|ceremony|events?)\b")


#: support given with no one named to receive it: "to provide the necessary services and facilities in
#: accordance with the Relationship Agreement", "to provide the necessary assistance." (not "to provide the
#: Mediator with …", "the necessary support to the Working Group", "… for the dissemination of information")
_NO_ONE_SUPPORTED = re.compile(r"(?:\s+and\s+[\w-]+)?(?!\s+(?:to|for|with)\b)")
#: an event held on a date, named before it in the paragraph: "looks forward to the twenty-third session,
#: scheduled to be held from 2 to 7 December 2024" (A/RES/78/6 29), "at a signing ceremony to be held in 2009"
_HELD_ON_A_DATE = re.compile(r"\bto\s+be\s+held\b[^;]{0,60}?\b(?:1[89]|2[01])\d\d\b")


def support_for_no_one(text: str, start: int) -> re.Match[str] | None:
    """The support an infinitive whose verb is at ``start`` asks (``_SUPPORT_GIVEN``) where it names no one to
    receive it (``_NO_ONE_SUPPORTED``, no "… with"): "to provide the necessary services and facilities in
    accordance with the Relationship Agreement" serves what the paragraph names, an event held on a date
    (:func:`_gives_support`; in ``deadlines``, due when the event opens)."""
    support = _SUPPORT_GIVEN.match(text, start)
    if support is None or " with " in text[start : support.end()] or not _NO_ONE_SUPPORTED.match(
            text, support.end()):
        return None
    return support


def _gives_support(text: str, before: str = "") -> bool:
    """Whether a request's first infinitive asks its addressee to support another's work with what it
    needs (``_SUPPORT_GIVEN``), not for an event or a thing to be made (``_FOR_A_PRODUCT``), and no further
    infinitive asks a deliverable: a standing duty while that work lasts, as "to continue to provide … with
    all the support necessary" is, with no product of its own (not "… and to convene a meeting"); so is a
    service given (``_SERVICE_GIVEN``: "to provide technical assistance to Member States, upon request",
    A/RES/80/229 60; "to provide assistance to graduating countries in the formulation and implementation of
    their national transition strategies", E/RES/2021/11 12; "to provide support to ongoing mediation
    efforts", S/RES/2056 (2012) 12), which goes on as long as those served need it, as "to support" and "to
    assist" do (``_STANDING``). Support
    that names no one to receive it (``_NO_ONE_SUPPORTED``) where the paragraph's words ``before`` name an
    event held on a date (``_HELD_ON_A_DATE``) serves that event, a product of its own: "… looks forward
    to the twenty-third session, scheduled to be held from 2 to 7 December 2024, and requests the
    Secretary-General to provide the necessary services and facilities …" (A/RES/78/6 29)."""
    m = _infinitive(text)
    support = _SUPPORT_GIVEN.match(text, m.start(1)) if m is not None else None
    if support is None and m is not None:
        support = _SERVICE_GIVEN.match(text, m.start(1))
    if support is None or _FOR_A_PRODUCT.search(text[m.start(1) : support.end() + 120].split(";")[0]):
        return False
    if _HELD_ON_A_DATE.search(before) and support_for_no_one(text, m.start(1)):
        return False
    further = _FURTHER_INFINITIVE.finditer(text, m.end())
    return not any(f.group(1)[3:].split()[0] in _DELIVERABLE for f in further)


#: a request for what carries out the paragraph's other clauses ("and requests the Secretary-General
#: to make the necessary arrangements to this effect" after a mandate extended, whatever follows
#: it): it asks no more than they do
_TO_THIS_EFFECT = re.compile(
    r"[^;]{0,80}?\bto\s+(?:make|take)\s+(?:all\s+)?(?:the\s+)?necessary\s+(?:administrative\s+|practical\s+)?"
    r"(?:arrangements|measures|steps)\s+(?:to\s+(?:this|that)\s+effect|for\s+(?:this|that)\s+purpose|"
    r"in\s+this\s+regard|accordingly)\b(?=\s*(?:[,;.]|$))"
)


#: verbs that ask their addressees to do what an infinitive says
_ASKING = frozenset({"requests", "invites", "encourages", "urges", "calls_upon", "appeals", "authorizes",
                     "asks", "directs", "instructs", "exhorts"})


def _sharing_infinitives(parts: tuple[tuple[str | None, str], ...]) -> tuple[tuple[str | None, str], ...]:
    """Clauses that ask, each of its addressee, what one infinitive after the last says: "Requests
    the United Nations funds and programmes, and encourages the specialized agencies, to report to
    their governing bodies …" asks both to report; the first clause, with no infinitive of its own,
    takes the next one's."""
    if len(parts) < 2:
        return parts
    out = list(parts)
    for k in range(len(out) - 2, -1, -1):
        (verb, words), (further, after) = out[k], out[k + 1]
        addressee = words.strip(" ,")
        # (an addressee of its own, not "that …" nor "encourages and urges all businesses to …")
        if (verb in _ASKING and further in _ASKING and addressee and not addressee.startswith("that")
                and _infinitive(words) is None):
            shared = _infinitive(after)
            if shared is not None:
                out[k] = (verb, f"{words.rstrip(' ,')} {after[shared.start():]}")
    return tuple(out)


def classify(action: str | None, rest: str, gazetteer: Gazetteer | None = None
             ) -> tuple[ObligationKind, float]:
    """The paragraph's kind (the most demanding of its clauses') and a confidence (``gazetteer``: the
    parse's, :func:`clause_kind`)."""
    return classify_asking(action, rest, gazetteer)[:2]


def classify_asking(action: str | None, rest: str, gazetteer: Gazetteer | None = None
                    ) -> tuple[ObligationKind, float, int]:
    """:func:`classify`, and where in ``rest`` the first clause of the paragraph's kind is said when
    the clauses before it ask nothing (else 0, the operative phrase's own): "Recalls its decision to
    establish a … fellowship training programme …, and reiterates its request to the Secretary-General
    to operationalize this decision and to report thereon to the General Assembly at its eighty-first
    session" (A/RES/80/43 9) asks for a report from "reiterates"."""
    if action is None:
        if provision(rest) is None:
            return K.DECLARATORY, 0.3, 0
        return _provided_kind(rest, gazetteer), 0.6, 0
    spans = clause_spans(action, rest)
    parts = list(_sharing_infinitives(clauses(action, rest)))
    kinds = [clause_kind(verb, words, gazetteer) for verb, words in parts]
    said = [at for _verb, at, _start, _end in spans]
    if len(kinds) > 1:
        own = [k for k, part in enumerate(parts) if not _TO_THIS_EFFECT.match(part[1])]
        if any(kinds[k] != K.DECLARATORY for k in own):
            kinds, parts, said = [kinds[k] for k in own], [parts[k] for k in own], [said[k] for k in own]
    kind = kinds[0] if len(kinds) == 1 else _most_demanding(parts, kinds)
    first = kinds.index(kind)
    # (not after a verb that shares the clause's words: "Recalls and reiterates the requests made in …")
    own_words = all(words.strip(" ,;") for _verb, words in parts[:first])
    asks_before = any(k != K.DECLARATORY for k in kinds[:first])
    return kind, (0.85 if kinds[0] == kind else 0.75), said[first] if own_words and not asks_before else 0


def _most_demanding(parts: list[tuple[str | None, str]], kinds: list[ObligationKind]) -> ObligationKind:
    """The most demanding of the clauses' kinds; of two deliverables, the report, which is what
    falls due ("Requests the Secretary-General to transmit the present resolution to the governing
    bodies …, and also requests the Secretary-General to report to the General Assembly at its
    seventy-ninth session", A/RES/78/83 23), unless the other convenes the meeting the report is a
    record of ("… to organize and preside over an interactive multi-stakeholder hearing …, and also
    requests the President … to prepare a summary of the interactive multi-stakeholder hearing",
    A/RES/79/288 4) or the report only keeps a body informed of it ("Requests MINUSMA to … start …
    the cessation of its operations …, with the objective of completing this process by 31 December
    2023, …, and requests the Secretary-General to keep the Security Council regularly informed",
    S/RES/2690 (2023) 2)."""
    kind = ObligationKind.most_demanding(kinds)
    if kind is not K.ACTION or K.REPORT not in kinds:
        return kind
    clauses_of = list(zip(kinds, parts, strict=True))
    convenes = any(k is K.ACTION and _first_infinitive(words) in _MEETING for k, (_verb, words) in clauses_of)
    informs = all((m := _infinitive(words)) is not None and _KEPT_INFORMED.match(words, m.start())
                  for k, (_verb, words) in clauses_of if k is K.REPORT)
    return K.ACTION if convenes or informs else K.REPORT


#: a request that only keeps a body informed: "to keep the Security Council regularly informed" (the
#: body as ``REPORT``'s form reads it), with no report named after it
_KEPT_INFORMED = re.compile(rf"to\s+(?:\w+ly\s+)?keep{_INFORMED}(?![^;]*\breports?\b)", re.I)


def continuing(action: str | None, rest: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether every deliverable the paragraph asks for only asks its addressee to go on with
    what it does ("Requests the secretariat of the Third Committee … to continue to provide Member
    States with regular updates …", "to continue to inform the General Assembly periodically"):
    a standing call (DESIGN §1, "requests … to continue to"; likewise "to ensure …": ``_ENSURES``, and support
    given to another's work: :func:`_gives_support`),
    unless a date or a recurrence makes a product of it, which the caller knows (not "to continue to
    track the data …, and to report thereon": the report is asked anew)."""
    if action is None or not any(word in rest for word in _CONTINUING_WORDS):
        return False
    found = False
    for verb, words in clauses(action, rest):
        if verb in REISSUING:
            verb, words = reissued(verb, words)  # "Reiterates its request to … to continue …"
        kind = clause_kind(verb, words, gazetteer)
        if kind not in (K.REPORT, K.ACTION):
            continue
        that = _THAT_SHALL.match(words) if kind is K.ACTION and "that" in words else None
        if that is not None and _modal_of(words[that.end() :]) is None and (_CONTINUE_SUBJUNCTIVE.match(
                words, that.end(), that.end() + 300) or _ensured_as_subject(words, that.end())):
            found = True  # "Requests that UNAMID continue to align all its activity …" (S/RES/2429 (2018) 12)
            continue
        goes_on = _infinitive(words)
        # (what is to be ensured, not a report asked beside it: "to ensure the expeditious completion of the
        # remaining initiative, update Member States regularly on its progress and provide information thereon
        # in his next progress report", A/RES/71/272 19)
        if goes_on is None or not (_GOES_ON.match(words, goes_on.start(1)) or (
                kind is K.ACTION and _ENSURES.match(words, goes_on.start(1))
                and not _ensures_a_deliverable(words, goes_on.end())) or (
                kind is K.ACTION and _gives_support(words, rest)) or (
                kind is K.REPORT and _THEIR_REPORTS.match(words, goes_on.start(1)))):
            return False
        for further in _FURTHER_INFINITIVE.finditer(words, goes_on.end()):
            if further.group(1) == "to be":
                continue  # what a thing is to be, not asked: "… including at Expo 2020, to be held in 2021 …"
            kind = clause_kind(verb, words[further.start(1) :], gazetteer)
            if kind is K.REPORT or (kind is K.ACTION and not _standing_duty(words, further, rest)):
                return False  # "to monitor … and to report", "to provide assistance … and to convene …"
        found = True
    return found


def _standing_duty(words: str, further: re.Match[str], rest: str) -> bool:
    """Whether a further infinitive of ``words`` ("… and to …": ``_FURTHER_INFINITIVE``) is itself a
    standing duty, as the clause's first is (:func:`continuing`): going on, ensuring, monitoring
    (``_GOES_ON``, ``_ENSURES``), support given (:func:`_gives_support`) or a service given to someone
    (``_SERVICE_GIVEN``, not for a product: ``_FOR_A_PRODUCT``) — "… requests the specialized agencies
    concerned to monitor environmental conditions in the Territory and to provide assistance to the Territory,
    consistent with their prevailing rules of procedure" (A/RES/78/87 15): no product of its own."""
    at, verb = further.start(1), further.start(1) + 3
    if _GOES_ON.match(words, verb) or (_ENSURES.match(words, verb) and not _ensures_a_deliverable(
            words, further.end(1))):
        return True
    if _gives_support(words[at:], rest):
        return True
    service = _SERVICE_GIVEN.match(words, verb)
    return service is not None and not _FOR_A_PRODUCT.search(words[verb : service.end() + 120].split(";")[0])


#: a further infinitive of the same clause: "…, and to report thereon", ", to ensure" (not a preposition
#: before a participle: "to provide targeted assistance, including capacity-building, to graduating
#: countries, if requested, …", A/RES/67/221 13; "to developing countries", "to requesting States")
_FURTHER_INFINITIVE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:also\s+|further\s+)?(to\s+(?!(?:the|a|an|all|its|their|his|her|"
    r"this|these|those|that|each|any|such|continue)\b)(?![a-z]{3,}ing\b)[a-z]+)\b"
)


def sub_kind(action: str | None, rest: str, text: str) -> ObligationKind:
    """A sub-paragraph's kind, read under the clause that introduces it (``rest``: the
    paragraph's words after its operative phrase, up to its first sub-paragraph): "Decides to
    establish a Committee … to undertake the following tasks: (c) To present regular reports …"
    is a report, "Calls upon States: (a) To establish …" a call."""
    return kind_under(introducing_clause(action, rest), text)


def introducing_clause(action: str | None, rest: str) -> tuple[str | None, str] | None:
    """The clause that introduces a paragraph's sub-paragraphs (see :func:`sub_kind`), the same
    for each of them: read once per paragraph; the last that announces them ("Decides that UNMISS
    shall have the following mandate, authorizes …, and stresses that …: (a) …"), else the last.
    None without an operative phrase."""
    if action is None:
        return provision(rest)
    parts = clauses(action, rest)
    return next((part for part in reversed(parts) if _ANNOUNCES.search(part[1])), parts[-1])


#: words that announce a list: "the following tasks", "as follows"
_ANNOUNCES = re.compile(r"\bthe\s+following\b|\bas\s+follows\b")


def kind_under(clause: tuple[str | None, str] | None, text: str, gazetteer: Gazetteer | None = None
               ) -> ObligationKind:
    """A sub-paragraph's kind under ``clause`` (:func:`introducing_clause`): :func:`sub_kind`; one of a
    standing body's functions (:func:`_functions_listed`) is its mandate."""
    if clause is None:
        return K.DECLARATORY
    kind = clause_kind(clause[0], _read_under(clause, text), gazetteer)
    if kind in (K.ACTION, K.EXHORTATION) and not _DATED.search(text) and (
            functions_listed(clause) or _standing_provision(clause)):
        return K.MANDATE
    return kind


#: a decision that lists what a standing body shall do, the list completing its modal: "Also decides that the
#: commission of inquiry shall: (a) Establish the facts and circumstances …; (b) Collect, consolidate and
#: analyse evidence …; … (h) Provide an oral update to the Human Rights Council at its fiftieth session …"
#: (A/HRC/RES/S-30/1 2), "Also decides that the mechanism shall: … (b) Have the capacity to document and
#: verify relevant information and evidence …" (A/HRC/RES/39/2 23), "Decides that the United Nations Youth
#: Office will: (a) Lead engagement and advocacy for the advancement of youth issues …" (A/RES/76/306 3),
#: "Decides that the High Commissioner shall: (a) Function within the framework of the Charter …"
#: (A/RES/48/141 2): the body's functions, what it is there to do as long as it is — its mandate, as "shall
#: have a three-year mandate" is — not one-off deliverables; an item dated by a session or a year keeps its
#: own kind (the update at the fiftieth session), and so does a report. Not a meeting's programme ("that the
#: Conference shall: (a) Identify ways and means …", A/RES/73/292 5: what one event does), nor what States
#: shall do (a standing obligation on them)
_FUNCTIONS_LISTED = re.compile(
    r"that\s+(?:the|its)\s+([^;:,]{1,120}?)\s+(?:shall|will)(?:\s+also)?\s*:\s*$")
_STANDING_BODY = frozenset(str.split("""
    commission committee mechanism office board council forum panel group mission platform rapporteur expert
    experts team envoy entity centre center unit ombudsperson representative coordinator secretariat
    commissioner network facility"""))
#: a session, a year: what dates an item
_DATED = re.compile(r"\bsessions?\b|\b(?:19|20)\d\d\b")


def functions_listed(clause: tuple[str | None, str]) -> bool:
    """``clause`` decides what a standing body shall do, in the list that follows it
    (``_FUNCTIONS_LISTED``)."""
    listed = _FUNCTIONS_LISTED.search(clause[1]) if clause[0] in _DECIDING else None
    return listed is not None and head_noun(listed.group(1)) in _STANDING_BODY


#: a provision that says what a body or an official shall do, with no operative phrase — the articles of a
#: statute a resolution writes out: "The Board shall invite any member of the Conference to participate …"
#: (A/RES/1995 (XIX) 10), "The Commission shall submit to the Council a full report on its activities …
#: once a year" (E/RES/36 (IV) 6), "The Executive Director shall submit to the Board at its first session a
#: report on the activities …" (A/RES/2152 (XXI) 42), "The Secretary-General shall report to the General
#: Assembly the results of these negotiations" (A/RES/22 (I) 3), "The Economic Commission for Europe, acting
#: within the framework of the policies of the United Nations …, shall …" (E/RES/36 (IV) 1): the body's
#: decision as "Decides that the Board shall …" writes it; not what its members, a text or an amount shall be
#: ("The members of the Board shall be elected …", "The expenses of the Conference … shall be borne by …")
_PROVISION = re.compile(
    r"(?:The|An?)\s+([^.;:,()]{1,150}?)(?:\s+\([^()]{1,120}\))?(?:\s*,[^;]{1,300}?,)?\s+shall\b")
#: … whose subject is a standing body or one that a statute sets up (``_STANDING_BODY``), or an official
_PROVIDING = frozenset({"organization", "director", "secretary-general"})
#: … that it does itself: not what is done to it or what it has ("An International Civil Service Commission
#: shall be established by the Secretary-General …", A/RES/13 (I) 6; "The secretariat shall be headed by …",
#: A/RES/1995 (XIX) 27; "The Organization shall have an adequate permanent and full-time secretariat …",
#: A/RES/2152 (XXI) 17; "An Assistant Secretary-General shall receive a net salary …", A/RES/13 (I) 15);
#: being responsible for something is a function ("shall … be responsible for reviewing …")
_NOT_ITS_DOING = re.compile(
    rf"{_SET_OFF_AT_MODAL}\s+(?:\w+ly\s+|also\s+)?(?:be\b(?!\s+responsible\b)|have\b|receive\b|enjoy\b|hold\s+office\b)")
#: what dates a provision: a session named by its number, a year not that of a resolution cited ("in line with
#: General Assembly resolution 67/290 of 9 July 2013", A/RES/70/1 84) — not a session a year ("It shall
#: normally hold one regular session a year", A/RES/2205 (XXI) 6)
_PROVISION_DATED = re.compile(
    rf"\b(?:{EN_ORDINAL}|next)\s+(?:regular\s+|special\s+|substantive\s+)?sessions?\b|\b(?:19|20)\d\d\b")
#: a resolution's date, as it is cited
_CITED_DATE = re.compile(r"\bof\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b")


def provision(rest: str) -> tuple[str, str] | None:
    """A paragraph with no operative phrase that is a body's provision (``_PROVISION``), as the decision
    that makes it: ``("decides", "that the Board shall …")``."""
    if _provider(rest) is None:
        return None
    return "decides", f"that {rest[0].lower()}{rest[1:]}"


def _provider(rest: str) -> str | None:
    """The head noun of who a provision (``_PROVISION``) says shall do something ("board")."""
    said = _PROVISION.match(rest)
    if said is None or _NOT_ITS_DOING.match(rest, said.end()):
        return None
    head = head_noun(said.group(1))
    return head if head in _STANDING_BODY | _PROVIDING else None


def provider_named(rest: str) -> str | None:
    """The words that name who a provision (:func:`provision`) says shall act ("The Secretary-General of the
    United Nations"), None for another paragraph."""
    return _PROVISION.match(rest).group(1) if _provider(rest) is not None else None


def _standing_provision(clause: tuple[str | None, str]) -> bool:
    """``clause`` is a standing body's provision (:func:`provision`), whose list says its functions: "The
    Commission shall further the progressive harmonization and unification of the law of international trade
    by: (a) Co-ordinating the work of organizations active in this field …" (A/RES/2205 (XXI) 8)."""
    said = clause[1][len("that "):]
    return (clause[0] == "decides" and clause[1].startswith("that ")
            and _provider(said[:1].upper() + said[1:]) not in (None, "secretary-general"))


def _provided_kind(rest: str, gazetteer: Gazetteer | None) -> ObligationKind:
    """What a provision (:func:`provision`) asks: what the decision that makes it asks; what a standing body
    (not the Secretary-General) shall do with no date is its function, its mandate, as in a list
    (:func:`kind_under`): "The Board shall establish close and continuous links with the regional economic
    commissions …" (A/RES/1995 (XIX) 19); a report and what falls due at a session or in a year keep their
    kind."""
    provided = provision(rest)
    assert provided is not None
    kind = clause_kind(*provided, gazetteer)
    if (kind in (K.ACTION, K.EXHORTATION) and not _PROVISION_DATED.search(_CITED_DATE.sub("", rest))
            and _provider(rest) != "secretary-general"):
        return K.MANDATE
    return kind


def goes_on_under(clause: tuple[str | None, str] | None, text: str, gazetteer: Gazetteer | None = None
                  ) -> bool:
    """Whether a sub-paragraph read under ``clause`` (:func:`introducing_clause`) only asks its addressee
    to go on with what it does (:func:`continuing`): "Requests that, …, UNIOGBIS and the Special
    Representative continue to assist, coordinate and lead international efforts in the following areas …:
    (a) Providing support to the Government of Guinea-Bissau in strengthening democratic institutions …"
    (S/RES/2512 (2020) 5)."""
    return clause is not None and continuing(clause[0], _read_under(clause, text), gazetteer)


#: a clause whose list completes its modal: "Decides that the United Nations Youth Office will: (a) Lead
#: engagement and advocacy for the advancement of youth issues …" (A/RES/76/306 3)
_MODAL_BEFORE_LIST = re.compile(r"\b(?:shall|will|should|must)(?:\s+\w+ly|\s+also)?\s*:\s*$")


def _read_under(clause: tuple[str | None, str], text: str) -> str:
    """A sub-paragraph's words after those of the clause that introduces it, read as one clause (after a
    modal that the list completes, the item's verb is the modal's: "that the Office will lead …")."""
    words = clause[1]
    if text and _MODAL_BEFORE_LIST.search(words) and text[:3] != "To ":
        words = words.rstrip(" :")
        text = text[0].lower() + text[1:]
    elif text[:3] in ("To ", "Th"):
        text = text[0].lower() + text[1:]
    return f"{words} {text}"


def with_expiry(
    kind: ObligationKind, deadlines: Sequence[Deadline], has_subparagraphs: bool, text: str | None = None
) -> ObligationKind:
    """A paragraph whose deadline ends a mandate is at least a ``mandate``; a report whose only
    deadlines end it is the mandate's own reporting ("Decides to renew, for one year, the mandate of
    the Independent Expert …, which is to assess, monitor and report on the situation": no report
    asked with a date of its own), so the paragraph is that mandate, which ends — where ``text`` (the
    paragraph's words) extends or establishes a mandate: reports asked again until a date ("Extends
    the reporting request … until January 15, 2025") or continued until a session ("to continue to
    present orally … until the fifty-third session") stay reports, which end."""
    ends = [d.expires for d in deadlines]
    if not any(ends):
        return kind
    if kind == K.REPORT and all(ends) and not has_subparagraphs and (
            text is None or (_is_mandate(text) and _MAKING_MANDATE.search(text) is not None)):
        return K.MANDATE
    return K.MANDATE if kind.rank < K.MANDATE.rank else kind
