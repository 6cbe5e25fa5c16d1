"""What an operative paragraph does: operative phrase, kind, actors, deliverable."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.calendar.bodies import COUNCILS

from .deadlines import _MONTH, _PERIOD_RE
from .gazetteer import BODY_NAMES, Gazetteer
from .kinds import (
    AFTER_NOUN,
    CALLING,
    CLAUSE_ADVERB,
    COMMITTING,
    CREATING,
    DIRECTIVE,
    EXTENDING,
    MANDATES_SOMEONE,
    NOUNS_TOO,
    READS_KEPT,
    REISSUING,
    REPORT,
    REQUEST_AGAIN,
    SENTENCE_END,
    SPELLINGS,
    TAKEN_UP_AT_A_SESSION,
    calls_for_a_report,
    classify_asking,
    clause_kind,
    clauses,
    duty_stressed,
    provider_named,
    reissued,
)
from .nouns import AGENT_NOUNS, NP_STOP, agent_noun, head_noun, is_agent_noun, names_someone
from .ordinals import EN_ORDINAL
from .regexes import after_boundary
from .types import ObligationKind

_ADVERB = (
    r"(?:Also|also|Further|further|Furthermore|Strongly|strongly|Again|again|Once again|once again|"
    r"Hereby|hereby|Urgently|urgently|Firmly|firmly|Warmly|warmly|Deeply|deeply|Solemnly|solemnly|Unanimously|"
    r"Likewise|Similarly|Moreover|Additionally|Finally|Emphatically|Resolutely|Most|Earnestly|"
    r"earnestly|Reiterates and|Respectfully|Duly|Formally|Cordially|Sincerely|Fully|Equally|"
    r"Particularly|Specifically|Explicitly|Expressly|Accordingly|Therefore|Thus|In this regard,|"
    r"In this context,|To this end,|Meanwhile,|Consequently,|Greatly|greatly|Gratefully|"
    r"in this regard,?|in this context,?|"
    r"Categorically|categorically|Unreservedly|Vigorously|Especially|Highly|highly|Sincerely|"
    r"Wholeheartedly|Unequivocally|unequivocally|Resolutely|resolutely|Repeatedly|Once more)"
)
#: verbs that open operative paragraphs (third person singular), beyond the regular "-s" rule
KNOWN_VERBS = {
    "accepts", "acknowledges", "adopts", "affirms", "agrees", "appeals", "applauds",
    "appoints", "appreciates", "approves", "asks", "assures", "authorizes", "believes",
    "calls", "cautions", "commends", "concludes", "concurs", "condemns", "confirms",
    "congratulates", "considers", "continues", "declares", "decides", "demands", "denounces",
    "deplores", "designates", "directs", "draws", "elects", "emphasizes", "emphasises",
    "encourages", "endorses", "entrusts", "establishes", "exhorts", "expects", "expresses",
    "extends", "highlights", "hopes", "importunes", "insists", "instructs", "invites",
    "invokes", "looks", "mandates", "notes", "observes", "pays", "praises", "proclaims",
    "reaffirms", "recalls", "recognizes", "recognises", "recommends", "regrets", "reiterates",
    "rejects", "remains", "reminds", "renews", "requests", "requires", "resolves", "salutes",
    "seeks", "solicits", "stresses", "strongly", "suggests", "supports", "takes", "thanks",
    "transmits", "trusts", "underlines", "underscores", "urges", "welcomes", "wishes",
    "determines", "is", "refers", "reconfirms",
    "undertakes", "states", "acts", "permits", "allows",
    "restates", "anticipates", "shares", "reviews", "recognized",
    "warns", "decries", "abhors", "laments", "affirm",
}

#: verbs whose object is the addressee: "Requests <the Secretary-General> to ..."
_ADDRESSEE_VERBS = {
    "requests", "urges", "calls_upon", "encourages", "invites", "authorizes", "appeals",
    "exhorts", "directs", "instructs", "entrusts", "mandates", "asks", "recommends", "demands",
    "reminds", "solicits", "commends", "thanks", "congratulates", "supports",
}
_OPENING = re.compile(rf"^(?:{_ADVERB}\s+)*([A-Za-z][a-z]+(?:-[a-z]+)?)\b\s*(?:{_ADVERB}\s+)*(\w+)?\s*(\w+)?")
#: the verb after an introductory clause: "Acting under Chapter VII of the Charter, decides …",
#: "Stressing the importance of accountability … and calls on all States …", "…, and in this
#: respect; requests …", "Acting under Chapter VII of the Charter: (a) Decides …", "Recognizing the
#: role of the good offices …, we support …" (a declaration's voice), "… . We also call upon …"
_INTRO_VERB = re.compile(
    rf"(?:[,;:]\s+(?:(\([a-z]{{1,4}}\)\s+)|(?:and\s+)?)|(\s+and\s+)|\.\s+(?=We\s))(?:{_ADVERB}\s+)*"
    rf"(?:([Ww]e)\s+)?([A-Za-z][a-z]+)\b\s*(?:{_ADVERB}\s+)*(\w+)?\s*(\w+)?")
#: a participle that opens an introductory clause ("Stressing …", "Having noted …"): only then is
#: a verb after a bare "and" the paragraph's ("… and calls on all States"), not in "The Standing
#: Working Group cooperates and determines its activities …"
_PARTICIPLE_FIRST = re.compile(r"[A-Z][a-z]+ing\b")


#: what is asked for, its noun
_ASKED_NOUN = (r"(?:reports?|updates?|briefings?|study|analysis|overview|assessment|summary|compilation|"
               r"note|recommendations|proposals?|information(?!\s+and\s+communications?\s+technolog)|review)\b")
_ASKED_NOUN_RE = re.compile(_ASKED_NOUN)
#: … and the noun of a document that may follow it, the two one name: "a summary report on the panel
#: discussion" (A/HRC/RES/53/6 16), "an assessment report", "a briefing note"
_SECOND_NOUN = r"(?:\s+(?:reports?|notes?|papers?)\b)?"
_SECOND_NOUN_RE = re.compile(_SECOND_NOUN)
#: the agenda item a report is made under, which names what it is on: "a report under the item entitled
#: “Interaction between the United Nations, national parliaments and the Inter-Parliamentary Union” …"
#: (A/RES/79/319 31)
_UNDER_THE_ITEM = r"under\s+(?:the|that|this|an?)\s+(?:agenda\s+)?(?:sub-?)?item"
#: the words of what is asked for, a title in quotation marks whole (a colon inside: "his report entitled
#: "Renewing the United Nations: a programme for reform"", A/RES/52/12 6)
_ITS_WORDS = r'(?:“[^”;]*”|"[^";]*"|[^;:“"]|[“"])*'
#: the words after what is asked for that say which it is, or what it is on: a preposition ("a report on
#: …", "a summary of …"), what it contains, or where it is defined — "the information referred to in paragraph
#: 15 of his report on …" (A/RES/78/111 5), "the report requested in paragraph 245 …" (A/RES/80/109 246),
#: "a report outlining such options" (A/RES/80/243 14), "a report identifying ways …" (A/RES/62/70 2)
_DEFINED_IN = (r"(?:referred\s+to|contained|requested|called\s+for|mentioned|set\s+out|outlined|described|"
               r"provided\s+for|envisaged|specified)")
_WHAT_IT_DOES = (r"(?:outlining|identifying|examining|assessing|analy[sz]ing|describing|setting\s+out|"
                 r"based\s+on)")
_WHICH_IT_IS = (r"on|of|containing|regarding|about|concerning|that|with|including|in\s+which|"
                rf"{_DEFINED_IN}\s+(?:in|by|therein|above|below)|{_WHAT_IT_DOES}|{_UNDER_THE_ITEM}")
#: those words left at the end, what they say cut off ("a cost-benefit analysis outlining, inter alia, …",
#: A/RES/70/286 40; "a report containing, inter alia, information on …", A/RES/51/58 5; "the report requested
#: by 15 February 2023", S/RES/2670 (2022) 1), and where an event was held ("a summary report on the panel
#: discussion held at the fifty-sixth session", A/HRC/RES/53/6 16), and a relative pronoun whose clause was
#: cut ("the measures they take pursuant to the authorization conferred by this paragraph which [shall be
#: immediately reported]", S/RES/1973 (2011) 4)
_WHICH_LEFT = re.compile(
    rf"\s+(?:{_DEFINED_IN}(?:\s+(?:in|by))?|{_WHAT_IT_DOES}|containing|including|held|convened|"
    r"organi[sz]ed|which|who|whose|that)$")
#: what is asked for, after its article or its qualifier ("detailed information on …", "updated
#: comprehensive information on the four viable options", "concrete proposals"); not "information
#: and communication(s) technology", a thing; not who is to give it ("requests that the
#: Secretary-General report to the Council")
_DELIVERABLE_RE = re.compile(
    r"\b(?:(?:an?|the|its|their|his|her|any)\s+(?!(?<=\bthat the )[A-Z])"
    r"|(?=(?:detailed|comprehensive|consolidated|updated|complete|concrete|specific|regular|additional)\s))"
    # (not the words of one who is to report, "the Preparatory Committee shall report", nor those it
    # goes to, "to provide to the Committee any updates", "the Security Council with information", nor
    # how often, "on a quarterly basis oral briefings"); first, adjectives in a list, "a comprehensive,
    # evidence-based and analytical report", "a comprehensive and analytical report", each ending as an
    # adjective does (not "a gender perspective and information", "its establishment and report")
    r"(?:[a-z][\w-]*(?<=al|ve|ed|ic|ul|us|nt|le|ry|se|te)(?<!ment)(?:,|\s+and)\s+){0,3}"
    r"(?:(?!(?:at|to|its|the|a|an|of|on|in|by|session|and|shall|should|will|must|may|any|all|with|basis)\b)"
    r"[\w-]+\s+){0,4}?"
    rf"{_ASKED_NOUN}{_SECOND_NOUN}"
    rf"(?:\s+(?:{_WHICH_IT_IS})\b"
    rf"{_ITS_WORDS}"
    # (what updates are to, not whom they go to: "any updates to this programme of work", S/RES/2627
    # (2022) 3; not "updates to the Committee")
    r"|(?<=updates)\s+to\s+(?:this|these|that|those|its|their|such|the)\s+(?=[a-z])[^;:]*)?"
)
#: a comma within a list of short words that "and" or "or" closes, which goes on what is asked for: "on the
#: question of the realization in all countries of economic, social and cultural rights" (A/HRC/RES/52/11
#: 28), "on steps taken to implement paragraphs 20, 21 and 22 above" (A/RES/61/263 23), "instruments, other
#: documents and recommendations" (A/RES/77/244 3); each member up to three words, none opening words set off
#: ("including", "in particular", "as appropriate", "inter alia", a participle, an adverb), nor a further verb
#: after its "and" ("…, and to submit", "… and shall")
_LIST_WORD = (r"(?!(?:including|in|at|by|to|as|with|within|without|through|during|for|from|on|of|under|"
              r"which|that|who|whose|where|when|while|if|inter|particularly|notably|especially|not|no|every|"
              r"and|or|but|also|further|then|thereafter|thereon|therein|thereto|[a-z]+ly|[a-z]+ing)\b)"
              r"[\w’'()/-]+(?![\w’'()/-])")
_LIST_MEMBER = rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,2}}"
_A_LIST_GOES_ON = (rf"{_LIST_MEMBER}(?:,\s+{_LIST_MEMBER})*\s+(?:and|or)\s+"
                   r"(?!(?:to|also|further|then|shall|should|will|must|may|is|are|be|submit|present|report|"
                   r"provide|transmit|make|decides|requests|invites|encourages|urges|calls)\b)")
_DELIVERABLE_STOP = re.compile(
    rf",?\s+(?:at its|at the|(?:by )?no later than|(?:by )?not later than|by \d|by {_MONTH}\b|by the end|"
    r"within|before the|"
    r"on an? [\w-]+ basis\b|"
    r"during its|during\s+the\s+(?:[\w-]+\s+){0,3}?(?:briefing|dialogue|debate|session|meeting)s?\b|"
    r"in time for|and\s+(?:(?:also|further|then)\s+)?to\b|and\s+(?:shall|should|will|must|may)\b|"
    # (not the body that considers it, before what it is on: "to assess and report on executable options for
    # consideration by the General Assembly on making available to all Member States …", A/RES/77/335 53)
    r"for (?:its )?(?:consideration|submission)(?!\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)+on\s)|"
    r"(?:shall|should|will) be\b|"
    # a further infinitive after "as well as" ("to submit personnel data on all appointments, promotions and
    # mobility as well as to collect and submit data …", A/RES/58/144 12; not "as well as to persons with …")
    r"as\s+well\s+as\s+(?:\w+ly\s+)?to\s+(?!(?:the|a|an|all|its|their|his|her|this|these|those)\b)[a-z]+\s+"
    r"(?:and\s+[a-z]+\s+)?(?:the|a|an|its|their|his|her|all|any|such|this|these|data|information|further|"
    r"additional|appropriate|necessary)\b|"
    # (how often, and the body it goes to: "to report on these assessments regularly to the Council",
    # S/RES/1925 (2010) 7; not "in regularly assessing civic space trends")
    r"(?:regularly|annually|biennially|periodically)(?=\s+to\s+the\s|\s*[,;.]|$)|"
    r"to the (?:General|Human|Economic|Security|Council\b|Assembly\b)|, and\b|, as well as\b|"
    # the paragraph's next clause, coordinated without a comma ("… resolution 2216 (2015) and recalls in
    # this regard that …", S/RES/2342 (2017) 10): verbs that are no noun ("requests", "notes" can be)
    r"and\s+(?:also\s+|further\s+)?(?:decides|recalls|encourages|invites|urges|calls\s+upon|reaffirms|"
    r"stresses|emphasizes|underlines|welcomes)\b)|;\s|"
    rf",\s(?!{_A_LIST_GOES_ON})|"
    r"\.\s+(?=[A-Z])"
)
#: the body a deliverable goes to, named before it: "to submit to the Secretary-General annual reports
#: on …", "to transmit to the Secretary-General such information on …" (not a possessive: "to the
#: Secretary-General’s report")
_RECIPIENT_FIRST = re.compile(
    r"the\s+(?:[A-Z][\w-]*\s+(?:(?:of|on|for|and)\s+(?=[A-Z]))?)+(?=[a-z])(?!(?:provides?|submits?|report|includes?|"
    r"contains?|presents?|transmits?|makes?)\b)")
_SELF_REF = re.compile(r"\b(?:its|the Council|the Assembly|General Assembly)\b")


@dataclass
class PhraseAnalysis:
    action: str | None
    kind: ObligationKind
    actors: list[str]
    deliverable: str | None
    confidence: dict[str, float]
    #: where the words after the operative phrase start
    offset: int = 0
    #: the actors a further clause asks ("…, and invites the Bretton Woods institutions to …",
    #: "…; we request the Secretary-General to …")
    asked: list[str] = field(default_factory=list)
    #: where the first clause of its kind is said, when not at its start ("Notes …, and requests the
    #: Secretary-General to report …": at "requests"), else 0 (:func:`kinds.classify_asking`)
    asks_at: int = 0


#: what "Takes …" may take, as its operative phrase: "takes_action"
_TAKES_OBJECTS = frozenset({"action", "steps", "measures", "account"})


def _normalise_verb(first: str, second: str | None, third: str | None) -> str:
    first = first.lower()
    first = SPELLINGS.get(first, first)
    second = (second or "").lower()
    third = (third or "").lower()
    # "Draws attention to …", "Calls the attention of Governments to …", "Directs attention to …":
    # something pointed out, nothing asked
    attention = second == "attention" or (second == "the" and third == "attention")
    if first in ("draws", "calls", "directs") and attention:
        return f"{first}_attention"
    if first == "calls":
        if second in ("for",) or (second in ("again", "also", "further") and third == "for"):
            return "calls_for"
        return "calls_upon"
    if first == "takes":
        if second == "note" or third == "note":
            return "takes_note"
        if (second == "into" and third == "account") or third == "account":
            return "takes_into_account"  # "Takes into account", "Takes full account of"
        if second in _TAKES_OBJECTS:
            return "takes_" + second  # "Takes action", "Takes steps"
        return "takes"
    if first == "looks" and second == "forward":
        return "looks_forward"
    if first == "pays" and second == "tribute":
        return "pays_tribute"
    if first == "bears" and second == "in":
        return "bears_in_mind"
    if first == "is":
        # "Is deeply convinced", "We are also determined": what it is, after its adverbs
        if second.endswith("ly") or second in _DEGREE_WORDS:
            second = third
        return "is_" + second if second else "is"
    return first


#: adverbs after "is" that are not what it is: "Are also determined", "Is therefore convinced"
_DEGREE_WORDS = frozenset({"also", "further", "thus", "still", "therefore", "very", "all", "most", "again"})


_WE = re.compile(
    rf"^We\s+(?:(?:{_ADVERB}|all|therefore|jointly|collectively|"
    rf"(?!(?:apply|supply|rely|reply|comply|multiply)\b)[a-z]+ly),?\s+(?:and\s+)?)*([a-z]+)\b\s*(\w+)?\s*(\w+)?"
)


#: the modals a clause's verb may follow ("We will …", "that the Committee should consider …")
_MODALS = frozenset({"shall", "should", "must", "will", "would", "may", "can"})
#: what a declaration's voice may do without its "we": "Commit to mobilize …" (not "Should the
#: credits …", "Appropriate procedures should …")
_BARE_VOICE = KNOWN_VERBS | CALLING
#: what a declaration's voice may do further on: "…, we support …", "… . We will …"
_OWN_VOICE = KNOWN_VERBS | CALLING | DIRECTIVE | CREATING | EXTENDING | REISSUING | _MODALS
#: base forms that open sentences as other words ("Is", "Acts", nouns)
_NOT_BARE_VERBS = {"is", "act", "state", "review", "share", "continue", "remain", "permit",
                   "thank", "trust", "hope", "note"}


#: third persons not made by adding "-s" or "-es": "We have" -> "has"; a modal stays as it is
_IRREGULAR_THIRD_PERSON = {"are": "is", "have": "has", "do": "does", "go": "goes",
                           **{modal: modal for modal in (*_MODALS, "cannot", "might", "could")}}


def _third_person(verb: str) -> str:
    if verb in _IRREGULAR_THIRD_PERSON:
        return _IRREGULAR_THIRD_PERSON[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


#: "Calls upon", "Calls once again upon", "Calls, in this context, for": which of the two
_CALLS = re.compile(r"calls?(?:,[^,;]{1,60},)?\s+(?:\w+\s+){0,2}?(upon|on|for)\s", re.I)


@lru_cache(maxsize=READS_KEPT)
def operative_phrase(text: str) -> tuple[str | None, int, float]:
    """``(action, offset where the rest of the paragraph starts, confidence)``. Kept for the
    paragraph's next read (:data:`kinds.READS_KEPT`): ``read_paragraph`` asks whether its words open
    with one, then ``analyse`` reads the same words again."""
    action, offset, conf = _operative_phrase(text)
    if action in ("calls_upon", "calls_for"):
        start = text.lower().find("call")
        m = _CALLS.match(text, start) if start >= 0 else None
        if m:
            action = "calls_for" if m.group(1).lower() == "for" else "calls_upon"
            offset = _after_phrase(text, start, action)
    return action, offset, conf


def _operative_phrase(text: str) -> tuple[str | None, int, float]:
    we = _WE.match(text)
    if we and we.group(1) in _MODALS:
        if not we.group(2):
            # "To strengthen …, we will: (a) …": the commitments are the sub-paragraphs
            return we.group(1), we.end(1), 0.6
        # "We will spare no effort", "We shall ensure": the commitment is the verb after it
        action = f"{we.group(1)}_{we.group(2).lower()}"
        return action, _after_phrase(text, we.start(2), action), 0.7
    if we:
        # declarations adopted by the Assembly: "We recognize", "We call upon", "We are concerned"
        action = _normalise_verb(_third_person(we.group(1)), we.group(2), we.group(3))
        return action, _after_phrase(text, we.start(1), action), 0.8
    m = _OPENING.match(text)
    if m:
        word = m.group(1).lower()
        continued = _continued_call(text, m) if word == "continues" else None
        if continued is not None:
            return continued
        if word in KNOWN_VERBS or (word.endswith("s") and not word.endswith("ss") and len(word) > 3
                                   and not _a_subject(word, (m.group(2) or "").lower())
                                   and not _A_STATEMENT.match(text)):
            action = _normalise_verb(m.group(1), m.group(2), m.group(3))
            conf = 0.95 if word in KNOWN_VERBS else 0.6
            return action, _after_phrase(text, m.start(1), action), conf
        if text[:1].isupper() and _third_person(word) in _BARE_VOICE and word not in _NOT_BARE_VERBS:
            # a declaration in the first person without "We": "Stress the need ...",
            # "Express grave concern ...", "Strongly reaffirm our political commitment …", "Also
            # call upon the World Health Organization …", "Commit to mobilize …"
            action = _normalise_verb(_third_person(word), m.group(2), m.group(3))
            return action, _after_phrase(text, m.start(1), action), 0.7
    # an introductory clause: "Acting under Chapter VII of the Charter, decides ..."
    # an introductory clause is within the first sentence ("… . We …" aside)
    first_sentence = SENTENCE_END.search(text, 0, 700)
    for im in _INTRO_VERB.finditer(text, 0, 700):
        label, bare_and, we, word = im.group(1, 2, 3, 4)
        if first_sentence and im.start() > first_sentence.start() and not we:
            continue  # "…. Effectively counteracting …, which may differ …, requires a control system"
        if we:
            action, start, _conf = _operative_phrase("We" + text[im.end(3) :])
            if action is not None and action.partition("_")[0] in _OWN_VOICE:
                return action, im.start(3) + start, 0.75
            continue
        if word[0].isupper() and not label:
            continue  # "…: Pays-Bas", "…, Member States"
        word = word.lower()
        if word not in KNOWN_VERBS or word in ("is", "remains", "continues", "states"):
            continue
        if bare_and and (not _PARTICIPLE_FIRST.match(text) or text[im.end(4) : im.end(4) + 1] in ",;.)"):
            continue  # "… within their respective areas of expertise and mandates, should …"
        if word in NOUNS_TOO and word != "calls" and im.group(5) and AFTER_NOUN.match(text, im.start(5)):
            continue  # "… the reports and notes of the Secretary-General, welcomes …": a noun
        action = _normalise_verb(word, im.group(5), im.group(6))
        return action, _after_phrase(text, im.start(4), action), 0.75
    return None, 0, 0.2


#: the calls a body goes on making: "Continues to encourage the United Nations system to take an active role
#: in forging a closer link with national science advisory bodies …" (A/RES/76/213 33), "Continues to urge
#: the leaders of both communities to agree and continue a plan of work to achieve a mine-free Cyprus …"
#: (S/RES/2646 (2022) 16), "Continues to invite national human rights institutions to consider addressing …"
#: (A/HRC/RES/42/6 5): the call, read as the verb after "Continues to" (not what it goes on welcoming or
#: condemning, which asks nothing either way)
_CONTINUED_CALLS = frozenset({"encourages", "urges", "invites", "calls", "appeals", "exhorts"})
_CONTINUED_VERB = re.compile(r"([a-z]+)\b\s*(\w+)?\s*(\w+)?")


def _continued_call(text: str, opening: re.Match[str]) -> tuple[str, int, float] | None:
    """The operative phrase of a paragraph that opens "Continues to <call>" (``opening``: ``_OPENING``'s
    match, "continues" its first word): the call (``_CONTINUED_CALLS``), its words after it; None
    otherwise."""
    if (opening.group(2) or "").lower() != "to" or opening.group(3) is None:
        return None
    verb = _CONTINUED_VERB.match(text, opening.start(3))
    if verb is None or _third_person(verb.group(1)) not in _CONTINUED_CALLS:
        return None
    action = _normalise_verb(_third_person(verb.group(1)), verb.group(2), verb.group(3))
    return action, _after_phrase(text, verb.start(1), action), 0.9


#: a paragraph's first word ending in "s" that is no verb, or the word after it that makes it the subject of a
#: statement (``_AFTER_A_SUBJECT``, a second subject, a verb in the plural): "Stakeholders have developed
#: guidance …", "Migrants continue to struggle to access …" (A/RES/76/266 annex 30, 33), "Refugees and
#: migrants are entitled …", "This Global Compact rests on …" (A/RES/73/195 annex 4, 1), "Governments should
#: adopt …" (A/RES/S-24/2 annex 1: asked as a call upon them would, ``parser._as_asked``)
_NOT_A_VERB_IN_S = frozenset({"this", "thus", "whereas", "perhaps", "towards", "nevertheless", "nonetheless",
                              "besides"})
_AFTER_A_PLURAL_SUBJECT = frozenset({"and", "continue", "remain", "persist", "face", "need", "do", "cannot",
                                     "might"})


#: … or the head of a statement's subject, its complement after it and its own verb further on, before any
#: "that" or a relative pronoun: "Efforts to provide equal and safe access to affordable basic services …,
#: have been essential" (A/RES/76/266 annex 38), "Gaps in data collection and analysis persist …" (annex 48),
#: "Discussions about international migration at the global level are not new" (A/RES/73/195 annex 3); not
#: "Brings to the attention of the Board the importance of …, which is …"
_A_STATEMENT = re.compile(
    r"[A-Z][a-z-]+s\s+(?:of|in|for|about|from|on|to|between|among)\s(?:(?!\b(?:that|which|who)\b)[^;:])*?\s"
    r"(?:have|has|are|is|were|was|persist|remain|depend)\b")


def _a_subject(word: str, after: str) -> bool:
    """``word``, a paragraph's first and not a known verb, is no operative phrase but a statement's subject
    (``after``: the word after it, adverbs skipped)."""
    return word in _NOT_A_VERB_IN_S or after in _AFTER_A_SUBJECT or after in _AFTER_A_PLURAL_SUBJECT


def _after_phrase(text: str, start: int, action: str) -> int:
    """Offset just after the operative phrase ("Calls upon", "Takes note of", "Requests also")."""
    m = _PHRASE_END.get(action, _WORD).match(text, start)
    end = m.end() if m else start
    adv = _ADVERBS.match(text, end)
    return adv.end() if adv else end


_PHRASE_END = {
    # (a phrase set off after it, read by ``_ADVERBS``: "Calls upon, in this regard, States, …", A/RES/78/68
    # 221)
    "calls_upon": re.compile(r"calls?(?:,[^,;]{1,60},)?\s+(?:\w+\s+){0,2}?(?:upon|on)(?:,\s*|\s+)", re.I),
    "calls_for": re.compile(r"calls?(?:,[^,;]{1,60},)?\s+(?:\w+\s+){0,2}?for\s+", re.I),
    "takes_note": re.compile(
        r"takes?\s+(?:\w+\s+)?note\s+(?:\w+\s+)?(?:with\s+\w+\s+)?(?:of\s+)?", re.I
    ),
    "appeals": re.compile(r"appeals?\s+(?:\w+\s+)?(?:to\s+)?", re.I),
}
_WORD = re.compile(r"[\w-]+,?\s+", re.I)
_ADVERBS = re.compile(rf"(?:{_ADVERB}\s+)+")


#: whom a mandate's report goes to, written out: the principal organs, "the Council", the High
#: Commissioner
_REPORT_ADDRESSEES = [*(r"\s+".join(name.split()) for name in BODY_NAMES.values()), "Council",
                      r"United\s+Nations\s+High\s+Commissioner"]
#: where the addressee ends: "the two leaders urgently to:", "the relevant organs regularly and
#: systematically to" (not a preposition's "to": "entities referred to in the Convention",
#: "referred to above", "paragraphs 7 to 11") …
_TO_AFTER_ADVERBS = (
    r"(?:(?!family\s)[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?"
    r"to(?::|\s+(?!the\s|all\s|its\s|their\s|that\s|this\s|those\s|these\s|a\s|in\s|above\b|below\b|\d))"
)
#: … set off by commas, whom the addressee works with and when, not who is asked: "the
#: Secretary-General, in consultation with Member States, to", "the Secretary-General, during
#: the seventy-eighth session of the General Assembly, to" ("the Secretary-General, within existing
#: resources and in consultation with …, to")
_WORKS_WITH = (
    r"(?:(?:within\s+(?:existing|available)\s+(?:resources|means)\s+and\s+)?"
    r"(?:in\s+(?:close\s+|full\s+)?(?:consultation|cooperation|collaboration|coordination|"
    r"partnership|conjunction|liaison)|jointly|together)\s+with\s"
    # (and in what: "the Government of the DRC and the United Nations, within the framework of the Joint
    # Working Group consisting of the Government of the DRC, MONUSCO and the UN Country team to provide …",
    # S/RES/2717 (2023) 24; not a manner, which a list goes on after: "States Members of the United Nations,
    # within the framework of international cooperation, the relevant United Nations bodies, …",
    # A/HRC/RES/45/35 40)
    r"|(?:with)?in\s+the\s+framework\s+of\s+(?:the|his|her|its|their)\s)"
)
_AT_A_SESSION = (
    r"(?:(?:starting|beginning)\s+(?:at|with|from)|during|at|before|by|until|prior\s+to|from)\s+(?:the|its)\s+"
    r"(?:[\w-]+\s+){0,3}session\b"
)
#: … not at the acronym a name is followed by where the list goes on: "the United Nations Office for
#: Counter Terrorism (UNOCT) and UNODC" (S/RES/2482 (2019) 22), "UN-Women (UN-Women) and other relevant
#: bodies of the United Nations system" (A/RES/79/319 15); not before a phrase set off: "the Counter-Terrorism
#: Committee Executive Directorate (CTED), within its existing mandate, under the policy guidance of …"
#: (S/RES/2331 (2016) 16)
_NO_ACRONYM = r"(?![A-Z][A-Za-z-]*\)(?:,?\s+and\s|,\s+(?:the\s+)?[A-Z]))"
_ACRONYM_AFTER = re.compile(r"\s\([A-Z][A-Za-z-]*\)")
#: … whom a report goes to: "that the Secretary-General report thereon … to the Assembly at …" (not
#: a further addressee, after "and", "or" or a comma: "to the Secretary-General and to the United
#: Nations High Commissioner")
_REPORT_GOES_TO = rf"to\s+the\s+(?:{'|'.join(_REPORT_ADDRESSEES)}|Assembly)\b"
_ADDRESSEE_END = re.compile(
    rf"\s+{_TO_AFTER_ADVERBS}|\s+(?:so\s+)?that\s|\s+(?:for|with)\s+(?:its|their|the)\s|[;:]|\s\({_NO_ACRONYM}|$"
    rf"|,\s+{_WORKS_WITH}|,\s+{_AT_A_SESSION}|(?<!\band)(?<!\bor)(?<!,)\s+{_REPORT_GOES_TO}"
)
#: ``_ADDRESSEE_END`` but its ``$``, led by a class of its first characters (which the engine skips
#: to, instead of trying every form at every place), each form after it behind a look-behind of
#: its own first character (its look-behinds moved past it): the same first match
_ADDRESSEE_END_LED = re.compile(
    rf"[\s,;:](?:(?<=\s)(?:\s*{_TO_AFTER_ADVERBS}|\s*(?:so\s+)?that\s|\s*(?:for|with)\s+(?:its|their|the)\s|\({_NO_ACRONYM}"
    rf"|(?<!\band\s)(?<!\bor\s)(?<!,\s)\s*{_REPORT_GOES_TO})|(?<=[;:])|(?<=,)\s+(?:{_WORKS_WITH}|{_AT_A_SESSION}))"
)


#: what the addressee goes by, set off by commas, names no addressee: "the United Nations Office on
#: Drugs and Crime, …, in line with Economic and Social Council resolution 2013/40 …, to", "Member
#: States, taking into account their specific circumstances, and the United Nations system to",
#: "the Council, giving due consideration to the recommendations of the Commission on Narcotic
#: Drugs, to"; what it is, in apposition: "the Commission on Narcotic Drugs, as the principal
#: policymaking organ of the United Nations on matters of international drug control …, and the
#: International Narcotics Control Board to" (blanked, so that the list goes on after it); at whose request
#: it acts: "the United Nations funds and programmes and the specialized agencies, at the request of Member
#: States, to support …" (A/RES/74/229 32)
_GOES_BY = re.compile(
    r",\s+((?:(?:where\s+appropriate\s+|as\s+appropriate\s+)?(?:at|upon|on)\s+(?:the\s+)?(?:their\s+)?request"
    r"\s+(?:of|by|from)|in\s+(?:line|accordance|keeping|conformity|pursuance)\s+(?:with|of)|pursuant\s+to|taking\s+into"
    r"|giving\s+due|bearing\s+in\s+mind|building\s+on|drawing\s+on|as\s+(?:the|its|their)"
    r"|in\s+(?:its|their|his|her)\s+(?:capacity|role)\s+as)\s[^,;]*)"
)


def _without_what_it_goes_by(span: str) -> str:
    return _GOES_BY.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1)), span)


def _window(text: str, start: int, size: int) -> str:
    """``text[start:start + size]``, and the rest of a name that end cuts ("the United Nations
    Sustainable Development Coopera|tion Framework" is read whole, not as "… Coopera")."""
    end = start + size
    if end < len(text):
        end = _REST_OF_NAME.match(text, end).end()
    return text[start:end]


def _addressee_end(rest: str) -> int:
    """Where ``_ADDRESSEE_END`` first matches in ``rest``'s first 300 characters, outside a
    committee's name."""
    end = _addressee_end_from(rest, 0)
    while end is not None and "Committee" in rest:
        # not in a committee's name: "the Committee established pursuant to resolution 1267 (1999)
        # and the Monitoring Team to"
        named = next((c for c in _COMMITTEE_BY_RESOLUTION.finditer(rest, 0, 300)
                      if c.start() < end < c.end()), None)
        if named is None:
            break
        end = _addressee_end_from(rest, named.end())
    if end is not None and _COMPOSING.match(rest, end) and _KIND_ONLY.fullmatch(rest[:end].strip()):
        # "encourages the entities that compose United Nations Action against Sexual Violence in
        # Conflict, as well as other relevant parts of the United Nations system, to …": a kind alone is
        # the members of what its relative clause names, which is the addressee
        end = _addressee_end_from(rest, _COMPOSING.match(rest, end).end())
    return end if end is not None else min(len(rest), 300)


#: a relative clause that says what a kind of institution makes up: "(entities) that compose …", "that
#: are members of …"
_COMPOSING = re.compile(
    r"\s+(?:that|which)\s+(?:compose|comprise|make\s+up|form|constitute|are\s+(?:members|part)\s+of|"
    r"belong\s+to)\s")


def _addressee_end_from(rest: str, pos: int) -> int | None:
    """Where ``_ADDRESSEE_END.search(rest, pos, 300)`` matches (None: nowhere)."""
    m = _ADDRESSEE_END_LED.search(rest, pos, 300)
    if m:
        return m.start()
    # its "$": the end, or before a last newline (nowhere when the search starts past the end)
    end, pos = min(len(rest), 300), min(pos, len(rest))
    if pos > end:
        return None
    return end - 1 if end - 1 >= pos and rest[end - 1] == "\n" else end


#: a demand with no "that" before whom it asks ("…, and demands all parties to the conflict and other armed
#: actors to immediately end the fighting", "further demands South Sudan’s leaders to implement …"), not
#: before what is demanded ("and demands the cessation of such support", "needs and demands of the countries")
_DEMANDS_SOMEONE = (r"(?=\s+(?:(?:all|both|the)\s+)?"
                    r"(?:(?!(?:of|for|on|in|by|to|from|and|or|with)\b)[a-z-]+\s+){0,2}?"
                    r"(?:[A-Z]|(?:" + "|".join(sorted(AGENT_NOUNS)) + r")\b))")
#: ``(?:,|;|\band)\s+…``, the last branch led by its first letter; in a declaration's voice a new
#: sentence too: "We commit to …. We invite the Basel Committee … to …"
_SECONDARY = re.compile(
    r"(?:,|;|a(?<!\wa)nd|\.(?=\s+(?:In\s+this\s+(?:regard|context),?\s+)?We\s)"
    # (a paragraph printed within the one before it, its request capitalised: "…; Requests the
    # Secretary-General to submit …", A/RES/55/258 2; "… * * * Requests …", A/RES/57/283 B 1; as kinds
    # reads its clause)
    r"|\*\s+\*\s+\*|\.(?=\s+Requests\s))\s+"
    rf"(?i:{CLAUSE_ADVERB})*"
    r"(?:(requests|Requests|urges|calls\s+upon|calls\s+on|encourages|invites|asks|authorizes|directs|"
    r"instructs|demands(?:\s+that|" + _DEMANDS_SOMEONE + r")|mandates(?=\s+" + MANDATES_SOMEONE + r")|"
    r"[Ww]e\s+(?:also\s+|further\s+|strongly\s+|therefore\s+)?(?:request|urge|call\s+upon|"
    r"call\s+on|encourage|invite|ask))\s+|(?i:" + REQUEST_AGAIN + r"))(?:also\s+|further\s+)?"
)


_SECONDARY_VERBS = ("request", "Request", "urge", "call", "encourage", "invite", "ask", "authorizes",
                    "directs", "instructs", "demands", "mandates", *REISSUING)

# --- names: what a gazetteer match really names ---------------------------------------------
#: canonical names that head the name of one mandate or office: "the Special Rapporteur on the
#: right to food", "the Special Envoy of the Secretary-General for Syria"; the full name is the
#: addressee, the gazetteer's generic entity only when nothing follows
_MANDATE_HEADS = frozenset({
    "Special Rapporteurs", "Independent Expert", "Working Group",
    "Special Representative of the Secretary-General", "Special Envoy of the Secretary-General",
    "Special Adviser of the Secretary-General", "Personal Envoy of the Secretary-General",
    "Commission of Inquiry", "Special Coordinator",
})
#: (its "of" before a name, "the Special Rapporteur of the Human Rights Council on …", not what it is told
#: of: "to inform the Special Rapporteur of the actions taken")
_MANDATE_TAIL_START = re.compile(
    r"\s+(?:on|for|of(?=\s+(?:the\s+)?[A-Z])|in\s+the\s+field\s+of)\s+(?!its\b)(?=\S)")
#: the Council a mandate holder serves, in its name: "the Special Rapporteur of the Human Rights Council
#: on …", "the Working Group on the Right to Development of the Human Rights Council"
_OF_THE_COUNCIL = re.compile(r" of the Human Rights Council(?![\w-])")
#: a mandate's name speaks of no one's own: "the Special Rapporteur for the effective fulfilment of
#: his or her mandate" is what the Special Rapporteur needs, not a name
_OWN_IN_NAME = re.compile(r"\b(?:his|her|its|their)\b")
#: where a mandate's name ends: punctuation, a clause ("who", "was created", "would make"), what
#: was done with its report ("submitted to the Council", "to the General Assembly"), a meeting ("on
#: its nineteenth session"), a condition
_MANDATE_TAIL_END = re.compile(
    r"\s*[,;:(]|\.\s|\s+(?:and|or)\s+(?:the|other|all|relevant|his|her|its|their|to)\b"
    # … "and ensure that": a verb with its clause after the name
    r"|\s+and\s+(?!(?:a|an|the)\b)[a-z]+\s+that\b"
    r"|\s+(?:that|who|whose|which|within|as|when|in\s+accordance|in\s+cooperation"
    r"|in\s+consultation|in\s+close|in\s+order|at\s+(?:its|the)|on\s+its|during"
    r"|with\s+(?:a|an|the|its|his|her|their)|for\s+(?:a|an|its|his|her|their)|until"
    r"|for\s+[\w-]+\s+(?:days?|weeks?|months?|years?)"
    r"|is|are|was|were|has|have|had|been|would|will|shall|should|may|can|must"
    r"|submitted|presented|transmitted|contained|prepared|issued|established|created|appointed"
    r"|Mr|Ms|Mrs|Dr)\b"
    rf"|\s+to\s+the\s+(?:{'|'.join(_REPORT_ADDRESSEES)})\b|\s+to\s+(?=\w)|$"
)
#: "right to food", "access to justice": a "to" inside a mandate's name
_TO_IN_NAME = re.compile(
    r"\b(?:right|rights|access|related|relating|respect|improvements|everyone|response)$", re.I
)
#: "… Right to Development", "… Improvements to the Internet Governance Forum"
_NAME_AFTER_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
#: … not an infinitive with its object after the name: "… on the enjoyment of human rights to
#: continue her work", "… rights to submit a report" (a name goes on "to food", "to a clean …")
_VERB_AFTER_TO = re.compile(r"\s+to\s+(?!(?:a|an|the)\b)[a-z]+\s+(?:her|his|its|their|the|a|an)\b")
#: capitalised words that continue a name: "United Nations University", "African Union
#: Commission"; ``of``/``for``/``on``/``and`` join further capitalised words
_CAPITALISED = r"(?: [A-Z][\w’'-]*)+"
#: (and the particles of a name in French: "the International Organization of la Francophonie",
#: "the Mouvement du 23 mars")
_JOINING = r" (?:of|for|on|and(?! the)|in|against|de|du|des)(?: the| la| le| les| l[’'])?"
_NAME_CONTINUES = re.compile(rf"{_CAPITALISED}(?:{_JOINING}{_CAPITALISED})*")
#: … and after a body's short name, its complement of "of": "the International Organization of la
#: Francophonie", "the Parliamentary Assembly of the Council of Europe" (not "on …", "for …": "the
#: Standing Advisory Committee on Security Questions …" is the resolution's short name for it)
_NAME_OF = re.compile(
    rf"(?: (?:of|de|du|des)(?: the| la| le| les| l[’'])?)?{_CAPITALISED}(?:{_JOINING}{_CAPITALISED})*")
#: a name joined to the next by "and" that ends with a thing's word is one thing's name: "the
#: Peaceful Assembly and Peaceful Procession Law"
_AND_NAME = re.compile(rf" and{_CAPITALISED}")
#: an ordinal in a name makes it one of a series of meetings, not a body: "the Second World
#: Assembly on Ageing"
_ORDINAL_IN_NAME = re.compile(rf"\b{EN_ORDINAL}\b", re.I)
#: the rest of a word and of the name it may be in, after a window of a paragraph cuts them
_REST_OF_NAME = re.compile(rf"[\w’'-]*(?:(?:{_JOINING})?{_CAPITALISED})*")
#: a name whose words include one of these names a thing (a decade, a charter, an agenda),
#: not an addressee: "the United Nations Decade of Ocean Science", "the United Nations Charter"
_THING_WORDS = frozenset({
    "Decade", "Charter", "Agenda", "Declaration", "Convention", "Conventions", "Treaty",
    "Protocol", "Year", "Day", "Week", "Summit", "Framework", "Strategy", "Plan", "Compact",
    "Agreement", "Initiative", "Goals", "Goal", "Principles", "Guidelines", "Rules", "Standards",
    "Report", "Regulations", "Resolution", "Act", "Law", "Code", "Statute", "Award", "Prize",
    "Dialogue", "Meeting", "Session", "Budget", "Account", "Decision", "Review", "Conference",
    "Action", "Programme", "Roadmap", "Pact", "Resolutions", "Register", "Trust", "Headquarters",
    "Hall", "Building", "Staff", "Regulation", "Volunteers", "Observer", "Observers", "Scheme",
    "Congress", "Congresses", "Fellowship", "Portal", "Database", "Index", "Atlas", "Map",
    "Frameworks", "Response", "Recommendation", "Recommendations", "Policy", "Policies", "Terms",
    "Criteria",
})


# --- States: an actor where addressed, never as a place ----------------------------------------
#: words before a State that make it a place or a complement, not the addressee: "in Myanmar",
#: "the situation in the Syrian Arab Republic", "the people of Myanmar", "cooperation with Israel"
_STATE_AS_PLACE = re.compile(
    r"(?:^|[^\w-])(?:in|on|of|to|from|against|across|throughout|within|into|onto|over|between|near|"
    r"inside|outside|for|at|by|with|toward|towards|regarding|concerning|about|among|via|upon|"
    r"under|around|beyond|than|like|visit|visits|visited|neighbouring|neighboring|bordering|surrounding|"
    r"assist|assisting|support|supporting|help|helping)\s+(?:the\s+)?"
    r"(?:(?!(?:and|or|the)\b)[a-z][\w-]*\s+(?:and\s+(?!the\b))?){0,3}$"  # "of the sovereign and competent"
    r"|[“\"]\s*(?:the\s+)?$"
    r"|\b(?:in|at|from)\s+[A-Z][^,;()]{0,40},\s*$",  # "held in Sharm el-Sheikh, Egypt"
    re.I,
)
#: ... and the next name of a list after such words: "by China and the Russian Federation", "from
#: MONUSCO, the Government of the DRC, the UNCT", "between the African Union and the FGS"
_NAME = r"[A-Z][\w’'()-]*(?:\s+(?:(?:of|for|on|the|and|in)\s+)*[A-Z(][\w’'()-]*)*"
_STATE_IN_PLACE_LIST = re.compile(
    rf"(?:^|[^\w-])(?:in|on|of|to|from|against|between|for|at|by|with|among|including\s+by)\s+(?:the\s+)?"
    rf"{_NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_NAME})*\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$"
)
#: ... unless a call is addressed to it: "calls upon the Syrian Arab Republic"
_STATE_CALLED = re.compile(r"\bcall(?:s|ing)?\s+(?:up)?on\s+(?:the\s+)?$", re.I)
#: outside the addressee's place (the first clause of "Welcomes …", "Reiterates …") a State is an
#: actor only where a call, demand or request is addressed to it: "Reiterates its call upon
#: Israel", "Reiterates its demand that the Syrian Arab Republic …" (not a past one: "in which the
#: Council called upon Israel")
_STATE_ADDRESSED = re.compile(
    r"(?:\bcall(?:s|ing)?\s+(?:up)?on|\bdemand(?:s|ing)?\s+that|\burg(?:es?|ing)|"
    r"\brequest(?:s|ing)?|\binvit(?:es?|ing)|\bencourag(?:es?|ing)|\bappeal(?:s|ing)?\s+to)"
    r"\s+(?:the\s+)?$",
    re.I,
)
#: … nor after the States members of an organization, whose list a State goes on (a State has no member
#: States): "the Member States of the Lake Chad Basin Commission (LCBC) and Benin" (S/RES/2349 (2017) 2)
_AFTER_MEMBERS_OF = re.compile(
    rf"\b(?:[Mm]ember\s+States|States\s+members)\s+of\s+(?:the\s+)?{_NAME}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: "…, the Syrian Arab Republic", "… and Lebanon": the next name of a list of addressees
_STATE_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
#: a lower-case word after a State that leaves it the addressee ("Israel to", "Myanmar, in",
#: "Israel not to"); any other ("Myanmar armed forces", "Palestine refugees") makes it an adjective
_STATE_FOLLOWERS = frozenset(str.split("""
    to and or not that which who whose shall should must will would may can is are has have was
    were in on at for with as from by of also further once again"""))
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _state_addressed(span: str, s: int, e: int, addressed: bool, prev: tuple[int, bool]) -> bool:
    """Whether the State named at ``span[s:e]`` is addressed there (``addressed``: ``span`` is an
    addressee's place, "Urges <…> to"), not a place, a possessive or an adjective. ``prev``: where
    the State named before it ends, and whether that one was addressed: the next of a list ("by
    China and the Russian Federation", "urges India, Israel and Pakistan") is read as the first."""
    if span.startswith(("’s", "'s"), e):
        return False  # "Israel’s obligations"
    nxt = _NEXT_WORD.match(span, e, e + 40)
    if nxt and nxt.group(1) not in _STATE_FOLLOWERS and not nxt.group(1).endswith("ly"):
        return False  # "Myanmar armed forces", "Syria five-year plan"
    before = span[max(0, s - 60) : s]
    if prev[0] >= 0 and _STATE_LIST.fullmatch(span, prev[0], s):
        return prev[1]
    if addressed:
        if _STATE_CALLED.search(before) or _AFTER_MEMBERS_OF.search(span, max(0, s - 160), s):
            return True
        return not (_STATE_AS_PLACE.search(before) or _STATE_IN_PLACE_LIST.search(span[max(0, s - 160) : s]))
    return bool(_STATE_ADDRESSED.search(before))


#: a name after "within", named in passing, is where something is or is done: "Establishes, within the United
#: Nations, the … Independent International Scientific Panel on Artificial Intelligence", "the progress made …
#: within the United Nations system"
_WITHIN = re.compile(r"\bwithin\s+(?:the\s+)?$")
#: a name's possessive: the author or owner of what follows, no addressee ("the Secretary-General’s annual
#: report (S/2021/437)", "the Secretary-General’s Early Warnings for All initiative", "to respect UNFICYP’s
#: mandated authority"); not a mandate's holder, who carries it out ("the implementation of UNAMID’s mandate")
_OWNER_OF = re.compile(r"[’']s\s+(?!mandate\b)")
#: a body's resolution or decision cited, which names no addressee: "in line with Economic and Social Council
#: resolution 2013/40", "consistent with … subsequent Security Council resolutions on women and peace and
#: security" (its own name: the deliverables' :data:`_CITED` is another rule)
_RESOLUTION_CITED = re.compile(r"\s+(?:resolutions?|decisions?)\b")
#: a name written as an adjective, before a participle: "the United Nations led political dialogue"
#: (S/RES/2214 (2015) 12), "African Union-led peace support operations"; not the verb it is the subject of,
#: "the United Nations led the negotiations"
_LED_BY_IT = re.compile(r"(?:-|\s+)(?:led|based|sponsored|backed|owned)\s+(?!(?:by|the|a|an|to|in)\b)[a-z]")
#: a statement's author, before the name: "Statement by the President of the Security Council"
_STATEMENT_BY = re.compile(r"[Ss](?<!\w[Ss])tatements?\s+by\s+(?:the\s+)?$")  # (\b after its first letter)

_RESOLUTION_NUMBER = r"\d{3,4}(?:\s*\(\d{4}\))?"
#: a Security Council committee named after the resolution that established it, and known by its
#: number ("the 1267 Committee"): "the Security Council Committee established pursuant to
#: resolutions 1267 (1999), 1989 (2011) and 2253 (2015)", "the Committee established in paragraph
#: 35 of resolution 1988 (2011)", "the Committee pursuant to resolution 751 (1992) concerning
#: Somalia", "the 1540 Committee", "the 1267/1989 Al-Qaida Sanctions Committee"; "the Committee
#: established pursuant to paragraph 16 of this resolution" is the resolution's own
_COMMITTEE_BY_RESOLUTION = re.compile(
    r"(?:Security\s+Council\s+|Sanctions\s+)?Committee\s+(?:established\s+(?:pursuant\s+to|by|under|in)|pursuant\s+to)"
    r"\s+(?:paragraph\s+\d+\s+of\s+)?(?:(?:its\s+)?resolutions?\s+(?P<number>\d{3,4})(?:\s*\(\d{4}\))?"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_RESOLUTION_NUMBER})*|(?P<own>(?:this|the\s+present)\s+resolution))"
    r"(?:,?\s+concerning(?:\s+(?:(?:the|and|of|in)\s+)*(?:[A-Z][\w’'-]*|\([\w’'-]+\)))+)?"
    r"|(?<=\bthe\s)(?P<known_as>\d{3,4})(?:/\d{3,4})*\s+(?:[A-Z][\w’'-]*\s+(?:\(Da[’']esh\)\s+)?(?:and\s+)?){0,4}"
    r"Committee\b"
)


def committees_by_resolution(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each committee named after its resolution in ``text``: "<number>
    Committee", as the register knows it where it does (the 1373 Committee is the
    Counter-Terrorism Committee); the resolution's own is "Committee", which
    :func:`resolve_short_names` names."""
    if "Committee" not in text:
        return []
    out = []
    for m in _COMMITTEE_BY_RESOLUTION.finditer(text):
        if m.group("own"):
            out.append((m.start(), m.end(), "Committee"))
            continue
        name = f"{m.group('number') or m.group('known_as')} Committee"
        out.append((m.start(), m.end(), gazetteer.canonical(name) or name))
    return out


#: the entities of the United Nations system, written as kinds of them after "United Nations" and the
#: adjectives that say which: "the United Nations humanitarian and development organizations", "relevant
#: United Nations institutions and agencies", "United Nations counter-terrorism bodies", "the United Nations
#: humanitarian system" (not its
#: programmes or funds with adjectives, which are things: "United Nations public information
#: programmes", "United Nations trust funds"; not "the United Nations and humanitarian organizations")
_UN_ENTITY_KINDS = (r"(?:organi[sz]ations|agencies|institutions|entities|bodies|organs|offices|departments|"
                    r"system)")
#: (each a word that says which, not a kind: not "the United Nations offices and interested institutions")
_NOT_AN_ADJECTIVE = (rf"(?!(?:{_UN_ENTITY_KINDS}|funds|programmes|and|or|of|to|in|on|for|with|by|at|as|"
                     r"from|that|which|who|is|are|was|were|has|have|had|shall|should|will|may|can|must|not)\b)"
                     r"[a-z][\w-]*")
_UN_ENTITIES = re.compile(
    rf"United\s+Nations(?:\s+{_NOT_AN_ADJECTIVE}(?:(?:\s+and)?\s+{_NOT_AN_ADJECTIVE}){{0,2}}?)?"
    rf"\s+{_UN_ENTITY_KINDS}(?:(?:,\s+|\s+and\s+){_UN_ENTITY_KINDS})*(?![\w-])")
_UN_SYSTEM = "United Nations system"
#: a body of a treaty's parties, not the parties: "the Conference of the States Parties to the United Nations
#: Convention against Corruption", "the Meeting of States Parties", "the Assembly of States Parties"
_PARTIES_BODY = re.compile(r"(?:Conferences?|Meetings?|Assembly)\s+of\s+(?:the\s+)?$")
#: … and the treaty it is of, after its name: "to the Convention", "to the Arms Trade Treaty"
#: (or its complement, after a name that holds "to the Convention": "… on Biological Diversity")
_PARTIES_TO = re.compile(
    r"(?:\s+to(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?(?:(?:\s+(?:of|on|for|against|in|to|with)(?:\s+the)?|\s+and)"
    r"(?:\s+[A-Z][\w’'-]*)+)*")
_STATES_PARTIES = "States parties"


#: the lower-case words after "United Nations" that say which of its own are named (up to three, the last
#: a noun that names who can act): "United Nations human rights mechanisms", "United Nations humanitarian
#: coordinators", "the United Nations regional commissions"
_ITS_OWN = re.compile(rf"(?:\s+{_NOT_AN_ADJECTIVE}){{1,3}}")


def _of_the_organization(span: str, e: int) -> bool:
    """The United Nations named at ``span[:e]`` is the adjective of a group of its own named after it ("the
    United Nations regional commissions", "United Nations human rights mechanisms"), who are asked, not the
    Organization (A/RES/80/204 14, A/HRC/RES/32/11 23)."""
    own = _ITS_OWN.match(span, e)
    return own is not None and any(is_agent_noun(w) and w.endswith("s") for w in own.group(0).split())


#: what goes on the name of the Organization's own that is addressed: "on science, technology and
#: innovation for the Sustainable Development Goals", "for West Africa"
_ITS_OWN_ON = re.compile(r"\s+(?:on|for)\s+[^;:()]+")
#: … a name it goes on with, where the addressee's words were cut: "for the Sustainable Development Goals"
_ITS_OWN_NAMED = re.compile(rf"\s+(?:for|of)\s+the{_CAPITALISED}")
#: what comes after an addressee: its infinitive ("to continue"), or a subject's modal ("shall be deployed")
_ADDRESSEE_GOES_ON = re.compile(
    r"\s*,?\s+(?:[a-z]+ly\s+)?(?:to\s+(?!the\b)[a-z]|(?:shall|should|will|must|may)\b)|\s*$")
#: the words before a name that make it a complement or a new one ("of the subsequent United Nations
#: climate change conferences", "through the United Nations focal point", "designate a United Nations
#: entity"), not an addressee
_A_COMPLEMENT_BEFORE = re.compile(
    r"(?:\b(?:of|to|by|through|for|in|on|with|from|at|among|against|within|under|into|during)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}|\ban?\s+(?:[a-z][\w-]*\s+)?)$")
#: words that show the lower-case words after the Organization's name are no name of its own ("the United
#: Nations continue its efforts", "the United Nations upon request")
_NOT_ITS_OWN = frozenset({"its", "their", "his", "her", "the", "a", "an", "this", "these", "those", "such",
                          "further", "upon", "through", "within", "under", "during", "into", "among"})


def _held_by_the_organization(span: str, s: int, e: int, limit: int) -> int | None:
    """Where the addressee ends that the United Nations named at ``span[s:e]`` qualifies, the addressee all
    its words from there to the addressee's end (``limit``): "Encourages the United Nations libraries to
    continue …" (A/RES/73/346 34), "the United Nations inter-agency task team on science, technology and
    innovation for the Sustainable Development Goals to …" (A/RES/80/147 42), "the United Nations
    peacebuilding architecture to …" (A/RES/79/321 11) ask the libraries, the team, the architecture, not
    the Organization; None where the words go on to another (a list: "the United Nations regional
    commissions and agencies"), where it is a complement or one named anew ("of the United Nations
    operational activities", "a United Nations entity"), or where it is the Organization itself that is
    addressed."""
    own = _ITS_OWN.match(span, e)
    if (own is None or own.group(0).split()[-1].endswith(("ly", "ing", "ed"))
            or any(w in _NOT_ITS_OWN for w in own.group(0).split())
            or _A_COMPLEMENT_BEFORE.search(span, max(0, s - 40), s)):
        return None
    end = own.end()
    on = _ITS_OWN_ON.match(span, end, limit)
    if on and any(is_agent_noun(w) for w in on.group(0).split()[1:]):
        return None  # (a list goes on after it: "… on racial discrimination …, civil society organizations")
    end = on.end() if on else end
    if span[end:limit].strip(" ,"):
        return None
    named = _ITS_OWN_NAMED.match(span, end) if on else None
    end = named.end() if named else end
    return end if _ADDRESSEE_GOES_ON.match(span, end) else None


def _a_whole_of_its_own(span: str, s: int, e: int, name: str, gazetteer: Gazetteer,
                        addressed: bool | None, limit: int) -> tuple[int, int, str] | None:
    """A name the gazetteer found (``span[s:e]``, ``name``) as the first or last words of another addressee:
    "the United Nations humanitarian and development organizations" are the United Nations system's
    entities (:data:`_UN_ENTITIES`), "the Conference of the States Parties to the Convention" is the
    Conference, not the States parties (:data:`_PARTIES_BODY`); None for any other. Read where actors are
    (``addressed`` not None, :func:`_names_with_spans`): not among the names a short name may stand for
    ("the Conference" of a resolution on a conference it convenes, which names a Conference of the Parties
    once)."""
    if addressed is None:
        return None
    if name == "United Nations" and span.startswith("United Nations", s):
        kinds = _UN_ENTITIES.match(span, s)
        if kinds:
            return s, kinds.end(), gazetteer.canonical(_UN_SYSTEM) or _UN_SYSTEM
        held = _held_by_the_organization(span, s, e, limit) if addressed else None
        words = span[s:held].rstrip(" ,") if held is not None else ""
        return (s, s + len(words), gazetteer.canonical(words) or words) if words else None
    if (name == _STATES_PARTIES or (name == _MEMBER_STATES and span[s:e] == "States")) and (
            body := _PARTIES_BODY.search(span, max(0, s - 30), s)):
        treaty = _PARTIES_TO.match(span, e)
        stop = max(e, treaty.end()) if treaty else e
        start = body.start()
        if name == _MEMBER_STATES:
            # (the meeting of a year, "the 2027 Meeting of States": the Meeting is asked, not the States)
            year = _YEAR_BEFORE.search(span, max(0, start - 6), start)
            start = year.start() if year else start
        return start, stop, span[start:stop]
    if name == _STATES_PARTIES and span[e : e + 1] != "," and (
            which := _WHICH_PARTIES.search(span, max(0, s - 40), s)):
        # the parties of a group, that group, as written: "developed country Parties" (A/RES/80/138 29),
        # "the African States Parties to the Treaty …" (A/RES/80/14 6), not all States parties
        return which.start(), e, span[which.start() : e]
    return None


#: the words before "Parties" that name a group of them: "developed country", "developing country", "African"
#: (States Parties); not a determiner ("all", "other", "those") nor "High Contracting"
_WHICH_PARTIES = re.compile(r"\b(?:(?:least\s+)?develop(?:ed|ing)\s+country|[A-Z][a-z]+(?:an|ese|ic))\s+$")


_YEAR_BEFORE = re.compile(r"\b\d{4}\s+$")


#: a group of countries ("developing countries", "small island developing States")
_COUNTRIES = ("countries", "States", "operations", "missions")
#: words that end with where something is done: "… advisers in peacekeeping operations"
_IN_PLACE_LAST = re.compile(
    r"\s(?:in|within|across)\s+(?!particular\b)(?:[a-z-]+\s+){0,2}(?:operations|missions|countries)$")
#: "in" and up to two words before a name: the place where something is or is done ("in landlocked
#: developing countries"; not "in particular", "in consultation with", "in cooperation with")
_IN_PLACE = re.compile(r"\bin\s+(?!particular\b)(?:(?!with\b|by\b)[a-z-]+\s+){0,2}$")


def _names_with_spans(
    span: str, limit: int, gazetteer: Gazetteer, addressed: bool | None = None
) -> list[tuple[int, int, str]]:
    """Entities named in ``span`` (a match must start before ``limit``), each as written at its
    most precise: a gazetteer name followed by more capitalised words is a longer name the
    gazetteer does not know ("United Nations Institute for Training and Research"); a mandate
    head followed by "on …"/"for …" is that mandate ("Special Rapporteur on the right to food").

    ``addressed``: ``True`` when ``span`` is an addressee's place ("Urges <span> to …"), ``False``
    for other text (the first clause of "Welcomes …"); either way a State counts only where it is
    addressed (:func:`_state_addressed`). ``None``: every name (no actors are read from it)."""
    out: list[tuple[int, int, str]] = []
    skip_to = -1
    prev_state: tuple[int, bool] = (-1, False)
    committees = [c for c in committees_by_resolution(span, gazetteer) if c[0] < limit]
    for s, e, name in gazetteer.find(span, limit if limit < len(span) else None):
        while committees and committees[0][0] <= s:
            out.append(committees.pop(0))  # (its words hold other names: "Security Council")
            skip_to = out[-1][1]
        if (s < skip_to or _RESOLUTION_CITED.match(span, e) or _STATEMENT_BY.search(span, max(0, s - 30), s)
                or _LED_BY_IT.match(span, e) or (name == "United Nations" and _of_the_organization(span, e))):
            continue  # (a body whose resolution is cited: "in line with Economic and Social Council
            # resolution 2013/40"; who made a statement: "the 2 October 2013 Statement by the President
            # of the Security Council")
        whole = _a_whole_of_its_own(span, s, e, name, gazetteer, addressed, limit)
        if whole is not None:
            out = [n for n in out if n[1] <= whole[0]]  # (not "Assembly" of "the Assembly of States Parties")
            out.append(whole)
            skip_to = whole[1]
            continue
        if name[:1].islower() and name.endswith(_COUNTRIES) and _IN_PLACE.search(span, max(0, s - 30), s):
            continue  # where those named work, not who is asked: "United Nations country teams in
            # landlocked developing countries" (not "States, in particular developing countries")
        if span[s - 1 : s] == " " and name not in _MANDATE_HEADS and _SHORT_ALIAS.fullmatch(span, s, e):
            before = _WORDS_BEFORE_NAME.search(span, max(0, s - 80), s)
            if before is not None:
                # a longer name the gazetteer does not know, as written: "the Standing Advisory
                # Committee" is not the Advisory Committee on Administrative and Budgetary Questions
                more = _NAME_OF.match(span, e)
                stop = more.end() if more else e
                words = span[before.start() : stop]
                joined = _AND_NAME.match(span, stop)
                if not (any(w in _THING_WORDS for w in words.split()) or _ORDINAL_IN_NAME.search(words)
                        or (joined and joined.group(0).split()[-1] in _THING_WORDS)):
                    out.append((before.start(), stop, words))
                skip_to = stop
                continue
            if name.startswith(f"{span[s:e]} ") and _INDEFINITE.search(span, max(0, s - 4), s):
                # a body the paragraph names anew, not the one the register knows by the first words
                # of its name: "to establish an Advisory Committee on Technical Assistance to Promote
                # the Teaching, …" (not the Advisory Committee on Administrative and Budgetary Questions)
                after = _NEW_NAME_AFTER.match(span, e)
                stop = after.end() if after else e
                out.append((s, stop, span[s:stop]))
                skip_to = stop
                continue
        if _OBSERVERS_OF.search(span, max(0, s - 40), s) or (
                name in _PRINCIPAL_ORGANS and (_PARTS_OF.search(span, max(0, s - 40), s)
                                               or _BODY_OF.search(span, max(0, s - 40), s))) or (
                addressed is False and _WITHIN.search(span, max(0, s - 12), s)):
            # the body where they observe: "observers of the General Assembly" are asked; its parts: "the
            # special procedures and other mechanisms of the Human Rights Council"; where something is, named
            # in passing: "Establishes, within the United Nations, the …"
            continue
        if name in _MANDATE_HEADS:
            tail = _MANDATE_TAIL_START.match(span, e)
            if tail and not _PERIOD_RE.match(span, tail.start() + 1):
                # (not "the Special Rapporteur for a period of three years": how long, not who)
                stop = _mandate_end(span, tail.end())
                body = _OF_A_BODY.match(span, e)
                stop = min(stop, body.end()) if body else stop
                if stop - s < 200 and stop > tail.end() and not _OWN_IN_NAME.search(span, tail.end(), stop):
                    # one name for one mandate: "Special Rapporteur of the Human Rights Council on
                    # the right to food" is the "Special Rapporteur on the right to food", under the
                    # name the register knows it by where it does ("the Special Rapporteur of the Human
                    # Rights Council on torture": the one on torture and other cruel, … treatment)
                    written = _OF_THE_COUNCIL.sub("", span[s:stop])
                    out.append((s, stop, gazetteer.canonical(written) or written))
                    skip_to = stop
                    continue
        elif span[e : e + 1] == " " and span[e + 1 : e + 2].isupper():
            more = _NAME_CONTINUES.match(span, e)
            longer = [(s + 1 + a, s + 1 + b, n) for a, b, n in gazetteer.find(span[s + 1 : more.end()])
                      if s + 1 + a < e < s + 1 + b] if more else []
            if longer:
                # "all States Parties": "States Parties" reaches further than "all States"
                out.append(longer[0])
                skip_to = longer[0][1]
                continue
            if more:
                words = span[s : more.end()].split()
                if addressed is not None and gazetteer.is_state(name) and (
                        not is_agent_noun(words[-1])
                        or _STATE_AS_PLACE.search(span[max(0, s - 60) : s])):
                    # "the Samoa Pathway", "Panama City", "the Gulf of Guinea Commission" (but "the
                    # United States Mission", "Israel Defense Forces": an organ of the State); the
                    # names in a thing's name are not actors either ("the Antigua and Barbuda Agenda
                    # for Small Island Developing States")
                    if any(w in _THING_WORDS for w in words):
                        skip_to = more.end()
                    continue
                if any(w in _THING_WORDS for w in words):
                    skip_to = more.end()
                    continue  # a thing named after the entity, not the entity
                if not span[e + 1 :].startswith(("The ", "In ", "At ")):
                    out.append((s, more.end(), span[s : more.end()]))
                    skip_to = more.end()
                    continue
        if _THING_AFTER.match(span, e):
            continue  # "the United Nations website", "the General Assembly plenary": a thing of theirs
        if addressed is not None and gazetteer.is_state(name):
            prev_state = (e, _state_addressed(span, s, e, addressed, prev_state))
            if not prev_state[1]:
                continue
        skip_to = _past_the_council(span, e, skip_to)
        out.append((s, e, name))
    out.extend(c for c in committees if c[0] >= skip_to)
    out = _holders_named(span, out, gazetteer)
    if _HOLDERS_TITLE.search(span):
        out = _each_holder(span, out, gazetteer)
    return _states_members_of(span, out) if "of" in span and _MEMBER_STATES in {n for *_, n in out} else out


def _past_the_council(span: str, e: int, skip_to: int) -> int:
    """Where the next name may start after a name that ends at ``e``: past the Council whose own it
    is ("the Working Group on the Right to Development of the Human Rights Council": not the Council)."""
    council = _OF_THE_COUNCIL.match(span, e)
    return council.end() if council is not None else skip_to


#: the holders of an office in several bodies, in the plural: "the Secretaries-General of the United
#: Nations and the Council of Europe" are two Secretaries-General, "the Presidents of the General
#: Assembly and the Security Council" two Presidents (not the Council), "the Chairs of the Fifth
#: Committee and the Advisory Committee …" two Chairs
_PLURAL_TITLES = {
    "Secretaries-General": "Secretary-General", "Presidents": "President", "Chairs": "Chair",
    "Chairpersons": "Chairperson", "Chairmen": "Chairman", "Heads": "Head",
    "Executive Heads": "Executive Head",
    "Directors-General": "Director-General", "Executive Directors": "Executive Director",
    "Executive Secretaries": "Executive Secretary", "Prosecutors": "Prosecutor", "Registrars": "Registrar",
}
#: (not after a word or a hyphen, ``\b(?<!-)``, written so that the engine can jump to a title's first letter)
_HOLDERS_TITLE = re.compile(
    "(" + after_boundary(sorted(_PLURAL_TITLES, key=len, reverse=True), not_after=r"[\w-]") + r")\s+of\s+")
#: … before the first name of the list, or as the first words of a name the register knows
#: ("Presidents of the General Assembly")
_HOLDERS_OF = re.compile(rf"{_HOLDERS_TITLE.pattern}(?:the\s+)?$")
#: … and the names of the list (not after ", and", which ends the list: "dialogues with former Presidents
#: of the General Assembly, and the United Nations Institute for Training and Research")
_HOLDERS_JOIN = re.compile(r"(?:,\s+(?!and\b|or\b)|\s+and\s+)(?:the\s+)?")


def _each_holder(span: str, names: list[tuple[int, int, str]],
                 gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """A plural title before a list of bodies names the holder of that office in each: "the
    Secretaries-General of the United Nations and the Council of Europe" -> the Secretary-General,
    the Secretary-General of the Council of Europe (as the register knows the holder where it does:
    "President of the General Assembly"); one body ("the Chairs of the Main Committees") is left
    as read."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(names):
        s, e, name = names[k]
        title = _HOLDERS_OF.search(span, max(0, s - 60), s) or _HOLDERS_TITLE.match(span, s)
        run = [names[k]]
        while (title is not None and k + len(run) < len(names)
               and _HOLDERS_JOIN.fullmatch(span, run[-1][1], names[k + len(run)][0])):
            run.append(names[k + len(run)])
        if len(run) < 2:
            out.append(names[k])
            k += 1
            continue
        holder = _PLURAL_TITLES[title.group(1)]
        for rs, re_, rname in run:
            if _HOLDERS_TITLE.match(span, rs):
                out.append((rs, re_, rname))  # the title in the name: "Presidents of the General Assembly"
                continue
            the = "the " if span[max(0, rs - 4) : rs] == "the " else ""
            written = span[rs:re_] if _ACRONYM.fullmatch(rname) else rname
            office = f"{holder} of {the}{written}"
            out.append((rs, re_, gazetteer.canonical(office) or office))
        k += len(run)
    return out


#: the title of an office an entity's holder or organ has, written before its name: "the Chairperson of the
#: African Union Commission", "the Director General of the World Health Organization", "the President and
#: the Bureau of the Economic and Social Council"
OFFICE_TITLE = re.compile(
    r"(?:President|Vice-Presidents?|Chair-Rapporteur|Chairperson-Rapporteur|Chairs?|Chairpersons?|Chairman|Co-Chairs|Vice-Chairs?|Bureau|"
    r"Director-General|Director\s+General|Executive\s+Director|Executive\s+Secretary|Executive\s+Head|"
    r"Administrator|Prosecutor|Registrar|Secretary-General|Secretary\s+General|High\s+Representative|"
    r"Commissioner-General|Commissioner|Head|Chief)(?:-designate|-elect)?(?![\w-])")
#: … in the plural, before one name
_PLURAL_OFFICES = frozenset({"Chairs", "Chairpersons"})
_OFFICES_OF = re.compile(
    rf"(?<![\w-])(?:the\s+)?({OFFICE_TITLE.pattern}(?:(?:,\s+|\s+and\s+)(?:the\s+)?{OFFICE_TITLE.pattern})*)\s+of\s+(?:the\s+)?$")


def _holders_named(span: str, names: list[tuple[int, int, str]],
                   gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """An office written before an entity's name is its holder or organ, the one asked, not the entity:
    "Requests the Secretary-General and the Chairperson of the African Union Commission to …" asks the
    Chairperson of the African Union Commission, "Invites the President and the Bureau of the Economic
    and Social Council to …" the President of the Council and its Bureau (as the register knows the
    holder where it does); not an office the register read as a name of its own ("the Secretary-General
    and the Chair of …")."""
    if " of " not in span:
        return names
    out: list[tuple[int, int, str]] = []
    for s, e, name in names:
        listed = _OFFICES_OF.search(span, max(0, s - 120), s) if not gazetteer.is_state(name) else None
        before = max((pe for _ps, pe, _n in out), default=0)
        # (the Chairs of bodies by a plural name, "Chairs of treaty bodies"; a list of bodies gets each one's
        # Chair, _each_holder)
        titles = [t for t in OFFICE_TITLE.finditer(span, listed.start(1), listed.end(1))
                  if t.start() >= before and (t.group(0) not in _PLURAL_OFFICES or name.endswith("s"))
                  ] if listed is not None else []
        if not titles:
            out.append((s, e, name))
            continue
        the = "the " if span[max(0, s - 4) : s] == "the " else ""
        written = span[s:e] if _ACRONYM.fullmatch(name) else name
        for title in titles:
            office = f"{' '.join(title.group(0).split())} of {the}{written}"
            out.append((title.start(), e, gazetteer.canonical(office) or office))
    return out


_MEMBER_STATES = "Member States"
#: what joins States to the organization they are members of: "States members of the African Union",
#: "the member States of the Central American Integration System", "member countries of INTERPOL"
_MEMBERS_OF = re.compile(r"\s+members\s+of\s+(?:the\s+)?")
_MEMBER_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: the organizations whose member States are the Member States
_OF_ALL_STATES = frozenset({"United Nations", "General Assembly", "United Nations system", _MEMBER_STATES})


_STATES_MEMBERS = "States members of the "
_MEMBERS_OF_THE = "members of the "


def _members_of(name: str) -> str:
    """The addressee that the States members of the organization ``name`` are."""
    return f"States members of {name}" if _ACRONYM.fullmatch(name) else f"{_STATES_MEMBERS}{name}"


def _states_members_of(span: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The States members of an organization are one addressee, those States, not the organization:
    "States members of the African Union" -> "States members of the African Union" (the Member States
    where the organization is the United Nations)."""
    out: list[tuple[int, int, str]] = []
    for s, e, name in sorted(names):
        if out and out[-1][2] == _members_of(name) and span[out[-1][1] : s].strip() == "(":
            # … with the organization's acronym after it: "the Member States of the Lake Chad Basin
            # Commission (LCBC)" (S/RES/2349 (2017) 2)
            out[-1] = (out[-1][0], e, out[-1][2])
            continue
        if out and out[-1][2] == _MEMBER_STATES:
            ps, pe, _ = out[-1]
            written = span[ps:pe].lower().split()
            join = None
            if written[-1] in ("states", "countries"):
                # "States members of", "member States of"
                join = (_MEMBER_OF if "member" in written else _MEMBERS_OF).fullmatch(span, pe, s)
            if join is not None:
                if name in _OF_ALL_STATES:
                    out[-1] = (ps, e, _MEMBER_STATES)
                else:
                    out[-1] = (ps, e, _members_of(name))
                continue
        out.append((s, e, name))
    return out


#: a thing named in lower case after an entity's name, which is then its adjective
_THING_AFTER = re.compile(
    r" (?:website|websites|web\s+(?:site|page)s?|premises|logo|flag|emblem|budget|database|portal|"
    r"plenary|calendar|archives|compound|radio|publications?|mailing\s+list)\b")


#: a mandate named by the body it belongs to, "of" and its name, before a verb: "that the Ad Hoc Working
#: Group of the Whole establish …", "… of the Whole further consider …" (not before what goes on the name:
#: "the Special Rapporteur of the Commission on Human Rights on contemporary forms of racism")
_OF_A_BODY = re.compile(
    rf"\s+of(?:\s+the)?{_CAPITALISED}(?:{_JOINING}{_CAPITALISED})*"
    r"(?=\s+(?!(?:on|for|of|in|to|and|or|against|with|the|at|by|from)\b)[a-z])")


#: a list that goes on a mandate's name after a comma: "on extrajudicial, summary or arbitrary
#: executions", "on the human right to a clean, healthy and sustainable environment", "on the
#: promotion of truth, justice, reparation and guarantees of non-recurrence"
_LISTED_IN_NAME = re.compile(
    r",\s+(?!(?:the|a|an|his|her|its|their|in|at|as|within|with|to|for|and|or|including|inter|through|"
    r"which|who|whose|while|subject|taking|bearing|consistent|pursuant)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?:,\s+(?!the\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)*,?\s+(?:and|or)\s+"
    r"(?!(?:the|to|other|all|relevant|his|her|its|their)\b)[a-z][\w-]*"
    r"(?:\s+(?:of\s+)?(?!(?:for|in|at|to|of|with|within|until|as|on|by|from|during|and|or|the|a|an|its|their|his|her)\b)[a-z][\w-]*){0,2}"
)

#: … not after the name of a country or body, where the words after it are the paragraph's own
#: ("the Commission of Inquiry on the Syrian Arab Republic immediate, full and unfettered access")
_AFTER_A_PROPER_NAME = re.compile(r"[A-Z][\w’'-]*\s+[a-z][\w-]*$")


def _mandate_end(text: str, pos: int) -> int:
    asked = _SECONDARY.search(text, pos) if "and" in text else None
    end = _mandate_tail_end(text, pos)
    # "the team of international experts on the situation in Kasai and requests the team to …"
    return min(end, asked.start()) if asked else end


def _mandate_tail_end(text: str, pos: int) -> int:
    for m in _MANDATE_TAIL_END.finditer(text, pos):
        if m.group(0).strip() == "to" and not _VERB_AFTER_TO.match(text, m.start()) and (
            _TO_IN_NAME.search(text, 0, m.start()) or _NAME_AFTER_TO.match(text, m.start())
        ):
            continue
        if m.group(0).strip() == "," and not _AFTER_A_PROPER_NAME.search(text, pos, m.start()):
            listed = _LISTED_IN_NAME.match(text, m.start())
            if listed:
                return listed.end()  # the list is the name's last words
        return m.start()
    return len(text)


# --- unknown addressees: the words as written, when they name someone --------------------------
#: nouns whose "of X" names the actor: "the efforts of the Government of Burundi"
_OF_AGENT = frozenset(str.split("""
    efforts effort work role initiatives initiative activities commitment commitments contribution
    contributions engagement leadership cooperation support action actions endeavours determination
    readiness willingness decision intention progress achievements"""))
#: … and whose deployment, by name: "Authorizes the deployment of MISCA …" (not "of the necessary police
#: force", the mission's)
_DEPLOYED = frozenset({"deployment"})
_CLAUSE_CUT = re.compile(
    r",\s(?!\d)|\s+(?:when|where|who|which|whose|while|during|that|since|if|whether|once|as\s+appropriate"
    r"|in\s+accordance|in\s+line|in\s+cooperation|in\s+consultation|in\s+close|in\s+order)\b"
    # when, not who: "the Presidency Council of the Government of National Accord on 19 April 2018"
    rf"|\s+(?:on|in|of)\s+(?:\d{{1,2}}\s+)?{_MONTH}\s+\d{{4}}\b"
)
#: "while" and a gerund: within what a body is on ("… human rights while countering terrorism")
_WHILE_IN_ITS_SUBJECT = re.compile(r"\s+while\s+[a-z]+ing\b")
#: what goes before an addressee's words: a phrase set off by a comma ("that, in the context of paragraphs
#: 10 (a) (ii) and (iii) and 11 above, the Scientific and Technical Subcommittee, … should"), "each of", an
#: article
_LEADING = re.compile(
    r"^[\s,]*(?:(?:in|at|for|with|as|to|by)\b[^,;]{0,120},\s*)?"
    # (the adverb that singles out those of a list it names: "all States, especially spacefaring nations,")
    r"(?:(?:especially|particularly|in\s+particular|notably|predominantly|above\s+all)\s+)?"
    r"(?:(?:each|all|both|any|either)\s+of\s+)?"
    r"(?:(?:the|all|all\s+the|any|each|every|both|their|its)\s+)?"
)
#: lower-case adjectives listed before the noun they share: "regional, subregional and " (interregional
#: organizations), "multilateral, regional and " (national programmes and bodies); not nouns in the plural
#: ("cooperatives, moneylenders and microfinance banks")
_ADJECTIVES_LISTED = re.compile(
    r"(?:[a-z][\w-]*\s+)?(?:[a-z][\w-]*(?<!s),\s+)+[a-z][\w-]*,?\s+(?:and|or)\s+(?=[a-z][\w-]*\s+[a-z])")
#: those who take part in something, before the infinitive they are asked to do: "those engaged in
#: mediation activities", "those involved in the planning for disarmament, demobilization and reintegration";
#: or those a relative clause names by what they do or did: "those who participated" (in the conferences the
#: paragraph notes, A/RES/80/187 16), "those who deal with trade in cultural property and their associations"
#: (A/RES/79/133 37)
_THOSE_INVOLVED = re.compile(r"(those\s+(?:(?:involved|engaged|participating|working)\s+in\s+"
                             r"|who\s+(?!are\b|is\b|have\s+been\b|were\b)[a-z]+\b)[^;:()]*?),?"
                             r"(?:\s+to\s+(?!the\b|a\b|an\b|their\b|its\b)[a-z]+\b|\s*$)")
#: the verb of a second call on the same infinitive, which names no one: "Calls upon the United
#: Nations, and invites the Bretton Woods institutions, to …", "Calls upon States and encourages
#: non-State actors to …", "encourages strengthened cooperation … and further encourages the Panel, …,
#: to engage regularly with the GFRS" (S/RES/2776 (2025) 29 (d))
_ASKING_VERB = re.compile(
    r"^[\s,]*(?:and\s+)?(?:also\s+|further\s+)?(?:invites|encourages|urges|requests|calls\s+(?:upon|on)|appeals\s+to)\s+")
_LOWER_START = re.compile(r"^[a-z]")
#: words that open with a preposition name no one: "(reiterates the call) of the United Nations Conference
#: on …", "(Recommends) to the Council", "(, requests) for consultants …" (a noun)
_PREPOSITION_OPENS = re.compile(r"(?:of|for|to|in|on|at|by|with|from|about|regarding)\s")
#: an adverb or phrase after a further call's verb: "encourages in this regard other partners to …"
_ADVERB_AFTER = re.compile(rf"(?i:{CLAUSE_ADVERB})+")
#: a lower-case part of an entity before its name: "the working group of the Sixth Committee"
_PART_OF = re.compile(r"^(?:the\s+|all\s+)?([a-z][a-z -]{0,40}?)\s+of\s+(?:the\s+)?[A-Z]")


#: things by name that meet and can be asked to act: "the Eighth United Nations Congress on the
#: Prevention of Crime …", "the Conference of the Parties"
_BODY_THINGS = frozenset({"Congress", "Conference"})


def _agent_words(words: str, depth: int = 0) -> str | None:
    """``words`` (the object of "Urges", "Invites" ...) when they name an addressee; ``None`` for
    a thing ("full implementation of resolution 1701", "intensified efforts", "support for …").
    A clause ("Strongly urges that all relevant actors implement …", "Demands that Israel
    accept …") names its subject, unless it is passive (no one is asked to act)."""
    clause, subject = _clause_asks(words)
    if clause:
        if subject is None:
            return None
        words = subject
    words = _LEADING.sub("", _ASKING_VERB.sub("", words, count=1), count=1)
    if not words or words[:1] in ",;:(“\"" or words.startswith("these ") or _PREPOSITION_OPENS.match(words):
        # "these": those named before ("We request relevant entities of the United Nations system
        # …. We also call upon these entities to …"); a title in quotation marks names a thing ("Commends the
        # “Cadres for the future” programme")
        return None
    those = _THOSE_INVOLVED.match(words)
    if those:
        # a group by what it takes part in, to the infinitive it is asked to do: "all those involved in the
        # planning for disarmament, demobilization and reintegration [to take into account …]"
        return those.group(1) if len(those.group(1)) <= 150 else None
    # (not at the commas of adjectives listed before their noun: "regional, subregional and interregional
    # organizations", "local, national and international organizations involved in sport")
    adjectives = _ADJECTIVES_LISTED.match(words)
    cut = _CLAUSE_CUT.search(words, adjectives.end() if adjectives else 0)
    while (cut and _WHILE_IN_ITS_SUBJECT.match(words, cut.start())
           and _A_BODY_ON.search(words, 0, cut.start())):
        # what a body is on goes on past "while": "the … Compact working group on promoting and protecting
        # human rights and the rule of law while countering terrorism and supporting victims of terrorism"
        # (A/RES/73/305 10)
        cut = _CLAUSE_CUT.search(words, cut.end())
    if cut:
        words = words[: cut.start()]
    words = words.strip(" ,")
    if words.endswith(" not"):
        words = words[:-4]  # "Urges Israel not to …"
    # (a body's name says what it is on, at length: the … working group on promoting and protecting human
    # rights and the rule of law while countering terrorism and supporting victims of terrorism)
    if not words or len(words) > (200 if _A_BODY_ON.search(words) else 150):
        return None
    stop = NP_STOP.search(words)
    head = words[: stop.start()] if stop else words
    head_words = head.split()
    if not head_words:
        return None
    if depth and not _LOWER_START.match(words):
        # whose the work or deployment is, by name, without what the words say of it: "the deployment of
        # MISCA for a period of twelve months", "the efforts of Central Asian countries on promoting …"
        # (not its complement "of": "the efforts of the Government of Burundi")
        cut = next((m for m in NP_STOP.finditer(words) if m.group(0).strip() != "of"), None)
        words = words[: cut.start()] if cut else words
    if _A_PLAN.search(head):
        return None  # "that the work programmes of the Commission include …": a plan, not a body
    if not _LOWER_START.match(words):
        # a proper name ("Government of Burundi", "Conference on Disarmament", "MONUSCO") or a
        # capitalised adjective before a noun ("Belarusian authorities")
        # (a thing's name before an agent noun is whose they are: "Global Counter-Terrorism Coordination
        # Compact entities")
        # (nor where the name ends with an institution's noun: "the Trust Fund", "the Joint Programme", "the
        # Programme" by itself, not "the Programme of Action"; a programme on a subject is the office that
        # runs it, "the United Nations Programme on Youth", A/RES/70/127 23)
        last = head_words[-1]
        if ((any(w in _THING_WORDS and w not in _BODY_THINGS for w in head_words)
             and not (agent_noun(last) in AGENT_NOUNS
                      and (last[:1].islower() or last not in _THING_WORDS or stop is None
                           or (last == "Programme" and stop.group(0).strip() == "on"))))
                or words.split()[0] in ("In", "At", "On")):
            return None
        lower_tail = [w for w in head_words[1:] if w[:1].islower() and w not in ("and", "or")]
        if lower_tail and not any(agent_noun(w) in AGENT_NOUNS for w in lower_tail):
            return None
        return _DANGLING.sub("", words)
    # (each member's noun before a participle that says which: "all actors engaging in documentation")
    lasts = [next((w for w, after in zip(ws, ws[1:], strict=False) if after.endswith("ing")), ws[-1])
             for member in _MEMBERS.split(head) if (ws := member.split())]
    if any(agent_noun(w) in AGENT_NOUNS for w in head_words) and not all(
            _WHAT_IS_DONE.search(last) and agent_noun(last) not in AGENT_NOUNS for last in lasts):
        # (not where each is what is done, an agent its subject: "closer public-private sector collaboration",
        # "enhancing Member State cooperation", "promoting community engagement")
        return _DANGLING.sub("", words)
    if (depth == 0 and stop is not None and stop.group(0).strip() == "of"
            and (head_words[-1].lower() in _OF_AGENT
                 or (head_words[-1].lower() in _DEPLOYED and words[stop.end():].lstrip()[:1].isupper()))):
        return _agent_words(words[stop.end() :], depth + 1)
    return None


#: the members of a list of addressees: "donors and international financial institutions", "States or others"
_MEMBERS = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: a noun that names what is done, not who does it: "collaboration", "engagement", "partnership", "funding"
_WHAT_IS_DONE = re.compile(r"(?:tion|ment|ship|ance|ence)s?$")


#: words a name does not end with, left where the words read stop before the rest of it
#: ("… Nuclear Power Sources in Outer Space and", "the secretariat of the … Development and"), and an
#: adjective after its noun whose complement was cut ("the Government of Libya’s focal point responsible
#: [for communication with the Committee]")
_DANGLING = re.compile(r"(?:\s+(?:of|and|or|the|for|on|in|to|with|under|responsible))+$")
#: programmes that are plans, not those who run them: "the work programmes of the Commission"
_A_PLAN = re.compile(r"\bwork\s+programmes?\b", re.I)


#: the nouns that make a lower-case subject a body that can be asked to act ("the preparatory
#: committee", "the expert mechanism", "the open-ended intergovernmental working group")
_BODY_NOUNS = frozenset(str.split("""
    committee commission conference council board forum group mechanism panel mission secretariat
    office centre center"""))


#: agents in the plural only, or by name: "funds and programmes" act, "the United Nations Development
#: Programme" acts, "the work programme" is a plan
_THINGS_IN_THE_SINGULAR = frozenset({"programme"})


_THAT_CLAUSE = re.compile(r"\s*that,?\s+")
#: words that join the parts of a subject's name: "the Government of Haiti", "States parties to
#: the Convention"
_SUBJECT_JOINS = frozenset({"of", "for", "on", "to", "and", "the", "their", "its", "all", "other"})
#: words a clause's subject cannot come after: a preposition ("that, after a Committee
#: discussion, …"), a passive's "be" ("that efforts be made"), a pronoun, which names no one new
_NO_SUBJECT_BEFORE = frozenset(str.split("""
    of to in for on at by with from after before upon following during within under through
    when where if once while whether be they it he she we"""))


#: the nouns that make a clause's subject someone who can act: not a force, also a thing ("that this report
#: includes an updated force generation plan")
_SUBJECT_NOUNS = AGENT_NOUNS - {"force"}


def _passive(after_subject: list[str]) -> bool:
    """The words after a clause's subject (:func:`_clause_subject`) are passive: "[that staff] rule
    4.4 be temporarily waived", "[that the Committee] be informed": no one is asked to act."""
    return "be" in after_subject[:3]


def _clause_asks(words: str) -> tuple[bool, str | None]:
    """Whether ``words`` open a that-clause ("Strongly urges that all relevant actors implement …",
    "requests that such review assess …"), and whom it asks: the clause's subject; None where it
    is passive ("requests that staff rule 4.4 be temporarily waived") or names no one. Where the
    subject runs to the end of the words read, the first member of it, the verb after the last:
    "that the Syrian regime [and all other parties to the conflict not hinder …]". No clause where
    "that" is a demonstrative ("Calls upon that State to accede …")."""
    that = _THAT_CLAUSE.match(words)
    if not that:
        return False, None
    words = words[that.end():]
    subject, after = _clause_subject(words)
    if after and (after[0] != "to" or after[1:2] in (["the"], ["a"], ["an"])):
        return True, None if subject is None or _passive(after) else subject
    # ("that" before a noun in the singular is a demonstrative: "that State", not "that countries")
    if not after and words and not (is_agent_noun(first := words.split()[0]) and not first.endswith("s")):
        return True, words
    return False, None


def _clause_subject(words: str) -> tuple[str | None, list[str]]:
    """The subject of a clause and the words after it, the first of them its verb. Before a
    modal it is all the words before it ("that the Legal Sub-Committee should consider");
    otherwise a noun that can act or a name (a capitalised word) within the first eight words,
    with the names, nouns that can act and joining words right after it: "all relevant actors
    implement …" -> "all relevant actors", "the Government of Haiti take steps" -> "the
    Government of Haiti", "the parties to the conflict immediately cease" -> "the parties".
    None when there is none ("efforts be made")."""
    tokens = words.split()
    clause = next((k for k, token in enumerate(tokens) if token.endswith((",", ";", ":"))), len(tokens))
    modal = next((k for k in range(1, clause) if tokens[k] in _MODALS), None)
    if modal is not None:
        return " ".join(tokens[:modal]), tokens[modal:]

    def named(token: str) -> bool:
        bare = token.strip(",;:")
        return bare[:1].isupper() or bare.lower() in _SUBJECT_NOUNS

    head = None
    for k, token in enumerate(tokens[:8]):
        if token.lower() in _NO_SUBJECT_BEFORE:
            break
        if named(token):
            head = k
            break
    if head is None:
        return None, tokens
    end = head + 1
    while end < len(tokens):
        joined = tokens[end] in _SUBJECT_JOINS and any(named(t) for t in tokens[end + 1:end + 4]) or (
            # an adjective after a joining word: "all armed groups and their support networks cease"
            tokens[end - 1] in _SUBJECT_JOINS and end + 1 < len(tokens) and named(tokens[end + 1])
            and tokens[end][:1].islower())
        if not joined and (not named(tokens[end]) or tokens[end - 1].endswith((",", ";", ":"))):
            break
        end += 1
    while tokens[end - 1] in _SUBJECT_JOINS:
        end -= 1
    return " ".join(tokens[:end]).rstrip(",;:"), tokens[end:]


#: the title of a section of the programme budget, before a name in it: "under section 2, General Assembly and
#: Economic and Social Council affairs and conference management" (A/RES/78/273 5): named in passing
_IN_A_BUDGET_SECTION = re.compile(r"\bsections?\s+\d+[A-Z]?,\s+(?:[A-Z][\w-]*\s+(?:and\s+|of\s+)?){0,8}$")


def _named_in_passing_at(span: str, s: int, e: int, owners: bool) -> bool:
    """The name at ``span[s:e]`` is named in passing: whose a document is, where ``owners`` is false ("the
    Secretary-General’s annual report": who wrote it, not who is asked), or in a budget section's title."""
    return ((not owners and _OWNER_OF.match(span, e) is not None)
            or _IN_A_BUDGET_SECTION.search(span, max(0, s - 80), s) is not None)


def _the_body_s_own(kind: ObligationKind | None, asked: str | None, rest: str, body_name: str | None,
                    extra: list[str]) -> float:
    """How sure the paragraph is the adopting body's own (0 where it is not): "Recalls paragraph 238 of the
    report of the Advisory Committee …, and in this regard decides not to approve the redeployment of the
    post" (its own decision, done on adoption, not the document it recalls); "… and the topic for its
    eleventh meeting will be decided at the sixty-fourth session of the General Assembly" (A/RES/63/111
    165: its own item, ``TAKEN_UP_AT_A_SESSION`` with no one else to take it up, not the report its words
    name)."""
    if not body_name:
        return 0
    if (kind == ObligationKind.DECLARATORY and not extra and ("decides" in rest or "resolves" in rest)
            and any(verb in _DECIDING for verb, _words in clauses(asked, rest)[1:])):
        return 0.8
    agenda = kind == ObligationKind.AGENDA and asked in _DECIDING
    taken_up = TAKEN_UP_AT_A_SESSION.search(rest) if agenda else None
    return 0.85 if taken_up is not None and taken_up.group("by") is None else 0


def find_actors(
    action: str | None,
    text: str,
    rest: str,
    *,
    body: str | None,
    gazetteer: Gazetteer,
    kind: ObligationKind | None = None,
) -> tuple[list[str], float, list[str]]:
    """Who the paragraph addresses (``kind``: what it asks, :func:`classify`), the confidence, and
    those of them its further clauses ask ("…, and invites the Bretton Woods institutions to …")."""
    body_name = BODY_NAMES.get(body or "", None)
    council = body in COUNCILS and body_name

    def names_in(span: str, limit: int | None = None, addressed: bool = True,
                 groups: bool = False, owners: bool = True) -> list[str]:
        out: list[str] = []
        end = len(span) if limit is None else limit
        span = _without_what_it_goes_by(span) if ", " in span else span
        spans = _names_with_spans(span, end, gazetteer, addressed)
        if addressed:
            spans = [(s, e, n) for s, e, n in spans if not _appointed_by(span, s)]
        if groups:
            # "Member States, international organizations and the regional commissions",
            # "bilateral, regional and multilateral development and trading partners"
            between = _groups_between(span[:end], spans, gazetteer, not _CUT_IN_NAME.match(span, end))
            # (a name the adjectives of a list go on from is part of it: "United Nations peacekeeping,
            # peacebuilding and political missions", _adjectives_after)
            spans = sorted([*(x for x in spans if not any(s <= x[0] and x[1] <= e for s, e, _n in between)),
                            *between])
        for s, e, name in spans:
            if _named_in_passing_at(span, s, e, owners):
                continue
            if name not in out:
                out.append(name)
        if (council and body_name not in out and "the Council" in span
                and _THE_COUNCIL.search(span, 0, len(span) if limit is None else limit)):
            out.append(body_name)
        return out

    extra: list[str] = []
    refers_back = False  # "Takes note of the report of the Secretary-General and urges him to …"
    asks_back = None  # … where the pronoun is the addressee itself ("him", not "its organs")
    for sm in (_SECONDARY.finditer(rest) if any(v in rest for v in _SECONDARY_VERBS) else ()):
        after = _window(rest, sm.end(), 400)
        # (whom a pronoun in a later sentence stands for: then neither referred back nor asked back, below)
        extra[:] = dict.fromkeys([*extra, *_named_in_an_earlier_sentence(action, rest, sm, after, names_in,
                                                                         gazetteer)])
        # (a pronoun after a call that named someone stands for whom or what that call named, not for the
        # first clause's names: "… and requests the Secretary-General to … appoint gender advisors … and asks
        # them, …", S/RES/1889 (2009) 7)
        refers_back = refers_back or (_PRONOUN.match(after) is not None and not extra)
        if _DISTRIBUTIVE.match(after):
            # "Calls upon United Nations funds, programmes and specialized agencies to …, and in this
            # regard requests each individual entity to elaborate …": those already named, each
            refers_back = True
            continue
        asks_back = asks_back or (_ADDRESSED_BACK.match(after) if not extra else None)
        if _PRONOUN_ALONE.match(after):
            # "… and asks them, in cooperation with United Nations Country Teams, to render technical
            # assistance" (S/RES/1889 (2009) 7): those the pronoun stands for, not whom its call names
            # after it
            continue
        # "…, requests that such review assess UNISFA reconfiguration, military and police posture":
        # the clause's subject is asked, not what it names after its verb ("calls upon that …" is
        # a demonstrative: "calls upon that Organization, States bordering straits and user States")
        clause, subject = ((False, None) if sm.group(0).rstrip().endswith(("upon", "on", "that"))
                           else _clause_asks(after))
        if clause:
            after, end = subject or "", None
        else:
            after, end = _called_in(after, sm.group(0).rstrip().endswith("that"))
        named = (_called_by(after[:end], names_in, gazetteer) if not clause and _given(after)
                 else names_in(after, end, groups=True))
        if not named and not clause:
            # an addressee the register does not know, as written: "…, and strongly urges the SSPDF, the
            # SPLA-IO, and the National Salvation Front (NAS) to …" (as a first call's, _primary_actors)
            words = _agent_words(_ADVERB_AFTER.sub("", after[:end], 1))
            named = [gazetteer.canonical(words) or words] if words else []
        for name in named:
            if name not in extra:
                extra.append(name)
    asked, rest = reissued(action, rest)  # "Reiterates its request to the Government of Israel"
    asks = asked is not None and kind not in (None, ObligationKind.DECLARATORY)
    own = _the_body_s_own(kind, asked, rest, body_name, extra)
    if own:
        return [body_name], own, extra
    parts = clauses(asked, rest) if asks else []
    if parts and clause_kind(*parts[0], gazetteer) == ObligationKind.DECLARATORY:
        # "Welcomes the efforts made by the Department … and requests the Secretary-General to …":
        # what the paragraph asks is asked of those its further verbs address, not of the body
        # or of what it welcomes or notes first
        if extra and not refers_back:
            return extra, 0.8, extra
        if asks_back and asked not in _ADDRESSEE_VERBS:
            # "Takes note of the report of the Secretary-General and requests him to …", "Expresses
            # its appreciation to the Advisory Commission of the Agency, and requests it to …": whom
            # the first clause names, not all the paragraph names (to whom a report goes), with those
            # further calls name ("…, and calls on him to apply this framework to MINURSO …, requests the
            # Secretary-General to seek to increase …": not "all United Nations civilian and uniformed
            # personnel" a clause between names in passing)
            named = _named_in_clause(parts[0][1], names_in, gazetteer, asks_back.group(0))
            if named:
                return [*named, *(n for n in extra if n not in named)], 0.7, extra
        # "Recalls paragraph 54 of the report of the Advisory Committee, and decides not to abolish
        # one post …": of whom its decision asks it; not where the decision refers back ("Expresses
        # its full support for UNFICYP and decides to extend its mandate") or the first clause
        # restates what someone shall do ("Confirms that the Secretariat shall …, and decides …")
        decision = next(((verb, words) for verb, words in parts[1:] if verb in _EXTENDING
                         and clause_kind(verb, words, gazetteer) != ObligationKind.DECLARATORY), None)
        if (not extra and body_name and decision is not None
                and clause_kind(*decision, gazetteer) == ObligationKind.AGENDA):
            # "Takes note of resolution 2/22 adopted by the … Environment Assembly …, and decides to
            # include in the provisional agenda of its seventy-third session …": its own agenda
            return [body_name], 0.85, extra
        if (not extra and decision is not None and not _REFERS_BACK.search(decision[1], 0, 120)
                and not _bound(parts[0][1], names_in)):
            return (*_primary_actors(*decision, body_name, names_in, gazetteer), extra)
    established = (_established(rest, names_in, gazetteer)
                   if kind in _ESTABLISHED_DOES and asked in _DECIDING else [])
    names, conf = _first_asked(asked, rest, body_name, names_in, gazetteer, established)
    calls = [(verb, words) for verb, words in parts
             if clause_kind(verb, words, gazetteer) != ObligationKind.DECLARATORY]
    # (a body named in passing in a first clause that asks nothing: "Reaffirms the importance of …
    # interaction between the General Assembly and … forums …, and encourages the exploration of …")
    # (not where the call refers back to them: "Expresses its full support … for the work of the Special
    # Rapporteur …, and encourages its continuation")
    in_passing = (conf == _NAMED_IN_PASSING and bool(parts)
                  and clause_kind(*parts[0], gazetteer) == ObligationKind.DECLARATORY
                  and not any(_REFERS_TO_THEM.search(words, 0, 80) or _THOSE_ASKED.match(words)
                              for _verb, words in calls))
    back = next((k for k, (_verb, words) in enumerate(parts) if k and _THOSE_ASKED.match(words)), None)
    if conf == _NAMED_IN_PASSING and back is not None:
        # "… children by parties in other situations of armed conflict …, calls on these parties to halt
        # … and expresses, on the basis of … information received from relevant stakeholders, …": those
        # the clauses before the call name, not what the call's own words name
        before = [n for _verb, words in parts[:back] for n in names_in(words, addressed=False, owners=False)]
        names = list(dict.fromkeys(before)) or names
    if (((names == [body_name] and conf == _NO_ONE_NAMED) or in_passing) and not extra and calls
            and all(verb in CALLING and not _LISTED_AFTER.match(words) for verb, words in calls)):
        # "Expresses concern at the continued erosion of … media freedom, and urges the reform of the
        # Media Law …": a call that names no one asks no one, as "Calls for …" does, not the body;
        # one that names someone asks them ("Emphasizes that economic growth continues to leave rural
        # dwellers behind, …, and recommends that countries promote …")
        called = [n for verb, words in calls if verb in _ADDRESSEE_VERBS for n in _primary_actors(
            verb, _APPEALS_TO.sub("", words, 1) if verb == "appeals" else words, None, names_in, gazetteer,
            addressee_only=True)[0]]  # (not a participle's: "(b) Encouraging regional commissions to …")
        # … and whom a call for action names as those who take it: "Calls for urgent action and
        # partnership by Member States, the United Nations system, civil society … to scale up …"
        called += [n for verb, words in calls if verb == "calls_for"
                   for n in _called_by(words, names_in, gazetteer)]
        if called or kind == ObligationKind.EXHORTATION:
            return list(dict.fromkeys(called)), 0.6, extra
    return _without_short_forms([*names, *[n for n in extra if n not in names]], rest, gazetteer), conf, extra


def _called_in(after: str, that: bool) -> tuple[str, int | None]:
    """The words a further call's addressees are read in (``after``, the words after its verb, to an end;
    ``that``: the verb's "that" opens a clause)."""
    # to the next call at most: "We call upon relevant organizations and bodies of the United
    # Nations system and we invite international organizations … to integrate …"
    further = _SECONDARY.search(after)
    end = _addressee_end(after)
    if further:
        end = min(end, further.start())
    if that:
        # "…, and further demands that its members refrain from …": the subject of the clause its "that"
        # opens, read as the clause's subject is, alone
        cut = _subject_end_in(f"that {after}") - len("that ")
        if cut < end:
            return after[:cut], None
    return after, end


#: who chose or set up the addressee, named after it: "(Requests) the international human rights expert
#: designated by the High Commissioner (to submit a report)", "the sanctions committees established by
#: the Security Council"
_APPOINTED_BY = re.compile(
    r"\b([a-z][\w-]*)\s+(?:[a-z]+ly\s+)?(?:designated|appointed|nominated|established|selected|chosen|"
    r"convened|created|set\s+up|mandated)\s+by\s+(?:the\s+)?$")


def _appointed_by(span: str, start: int) -> bool:
    """The name at ``span[start:]`` is who designated, appointed or set up those named just before it
    (who are asked, not it)."""
    m = _APPOINTED_BY.search(span, max(0, start - 80), start)
    return m is not None and is_agent_noun(m.group(1))


#: a call whose addressees its sub-paragraphs list: "calls upon: (a) The respective bureaux …"
_LISTED_AFTER = re.compile(r"\s*[:(]")
#: those named before, by a noun: "those stakeholders to", "these institutions to", "both organizations to"
_THOSE_NAMED = r"(?:those|these|both)\s+[a-z][\w-]*\s+to\b"
#: … as a call's addressee: "requests those stakeholders to" (not what the call asks for, "invites a
#: multilateral response that supports these countries to achieve …")
_THOSE_ASKED = re.compile(rf"\s*{_THOSE_NAMED}")
#: a call's words that refer back to those named before: "encourages its continuation", "urges them"
_REFERS_TO_THEM = re.compile(r"\b(?:its|their|his|her|them|him|it)\b")
#: "action … by <those who take it>", "support … from …", "cooperation between/among …", within the
#: call's first words (not "by 2030")
_BY_WHOM = re.compile(r"^[^;:,]{0,80}?\b(?:by|from|between|among)\s+(?!\d)")


def _called_by(words: str, names_in, gazetteer: Gazetteer) -> list[str]:
    """Those a call for something names as the ones to do it: "urgent action and partnership by Member
    States, the United Nations system, civil society … to scale up" (the list up to its verb), "support
    and engagement from Member States …", "the strengthening of cooperation between the United Nations
    and the International Criminal Police Organization"; else the subject of its infinitive ("for all relevant
    stakeholders … to take …")."""
    by = _BY_WHOM.match(words)
    if by is not None:
        after = _window(words, by.end(), 400)
        end = _addressee_end(after)
        inside = [e for _s, e, _n in _names_with_spans(after, end, gazetteer, True) if e > end]
        if inside:
            # the list goes on after a name that holds the words it stops at ("the Office of the High
            # Representative for the Least Developed Countries … and United Nations country teams")
            end = _addressee_end_from(after, max(inside)) or min(len(after), 300)
        named = names_in(after, end, groups=True)
        if named:
            return named
    # "We call for all relevant stakeholders, including governments, …, to take appropriate … measures",
    # "Calls for the Myanmar armed forces to refrain from …": those the infinitive's subject names (not
    # "for greater coordination … to ensure")
    window = words[:400]
    end = _addressee_end(window)
    subject = _agent_words(window[:end]) if _INFINITIVE_AFTER.match(window, end) else None
    return (names_in(window, end, groups=True) or [subject]) if subject else []


#: an infinitive that asks its subject to act ("… to take"), not to undergo ("… to be granted access")
_INFINITIVE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?to\s+(?!be\b)[a-z]")


def _without_short_forms(names: list[str], text: str, gazetteer: Gazetteer) -> list[str]:
    """"Requests the President of the General Assembly … to organize …, and also requests the
    President to prepare a summary": the President named again, by the first words of a name the
    paragraph has written in full, is no second actor (not an entity the gazetteer knows by those
    words, nor a name the gazetteer gave for other words: "the Office of the High Commissioner" of a
    resolution on refugees is not the Office of the High Commissioner for Human Rights)."""
    if len(names) < 2:
        return names
    return [n for n in names if not _named_again(n, names, text) and (
        gazetteer.canonical(n) is not None or not any(
            other.startswith(n) and _NAME_GOES_ON.match(other, len(n)) and other in text for other in names))]


def _named_again(name: str, names: list[str], text: str) -> bool:
    """``name`` is a body's noun alone, "the working group", that stands for a longer name of the paragraph
    that ends with it: "Encourages the United Nations Global Counter-Terrorism Coordination Compact working
    group on promoting and protecting human rights … to continue …, and urges the working group to increase
    …" (A/RES/73/305 10) asks the one working group (not "developed countries" beside "least developed
    countries", a group of its own)."""
    if not name[:1].islower() or head_noun(name).removesuffix("s") not in _BODY_NOUNS | {"team", "force"}:
        return False
    again = re.compile(rf"\s{re.escape(name)}(?:$|{_NAME_GOES_ON.pattern})")
    return f"the {name}" in text and any(other != name and again.search(other) for other in names)


def _titles_in_full(names: list[str], text: str, gazetteer: Gazetteer) -> list[str]:
    """A title alone, where the paragraph writes its holder's name in full: "Welcomes the steps
    taken by the President of the Human Rights Council, and encourages the President to continue …"
    asks the President of the Human Rights Council (not where the gazetteer read other words as
    that name: "the Office of the High Commissioner" of a resolution on refugees, see
    :func:`_without_short_forms`)."""
    out: list[str] = []
    for name in names:
        if " " not in name and name[:1].isupper() and gazetteer.canonical(name) is None:
            name = next((full for s, e, full in gazetteer.find(text) if text[s:e] == full
                         and full.startswith(name) and _NAME_GOES_ON.match(full, len(name))), name)
        if name not in out:
            out.append(name)
    return out


#: the chair of a body below the principal organs ("the Committee", "the 1267 Committee", "the Working Group")
_CHAIR = re.compile(r"Chair|Chairman|Chairperson|Chairs|Co-Chairs")
_CHAIRED = re.compile(r"Committee|Commission|Board|Group|Forum|Panel|Mechanism|Team")


def _chair_of_the_body(names: list[str], gazetteer: Gazetteer) -> list[str]:
    """A chair alone beside the one body a paragraph asks is that body's: "Requests the Committee to report
    orally, through its Chair, …, and further requests the Chair to hold regular briefings" (S/RES/2253 (2015)
    87) asks the Chair of the Committee; not where it asks someone else too."""
    if len(names) != 2:
        return names
    office = next((n for n in names if _CHAIR.fullmatch(n)), None)
    bodies = [n for n in names if n != office and _CHAIRED.fullmatch(n.split()[-1])]
    if office is None or len(bodies) != 1:
        return names
    held = f"{office} of the {bodies[0]}"
    return [gazetteer.canonical(held) or held if n == office else n for n in names]


#: a name that goes on after the first words ("President" → "President of the General Assembly";
#: not "Committee" → "Committee members")
_NAME_GOES_ON = re.compile(r" (?:of|for|on|to|in) ")


#: the kinds of a paragraph whose decision establishes someone who then holds it: its mandate, or
#: the tasks and reports it gives them ("Decides to establish … a Committee of the Security Council
#: …, to undertake the following tasks: … (d) To report …", S/RES/2048 (2012) 9)
_ESTABLISHED_DOES = frozenset({ObligationKind.MANDATE, ObligationKind.REPORT})
#: a Security Council committee a resolution establishes, named by it "the Committee"
_COUNCILS_COMMITTEE = re.compile(r"(?:an?\s+|the\s+)?Committee\s+of\s+the\s+Security\s+Council\b")


def _established(rest: str, names_in, gazetteer: Gazetteer) -> list[str]:
    """The holder of a mandate a decision establishes ("to establish the United Nations
    Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) …"),
    not the body that establishes it; none where the decision establishes nothing."""
    m = _ESTABLISHED.match(rest)
    if m is None:
        return []
    after = _window(rest, m.end(), 300)
    holder = after[: _mandate_end(after, 0)]
    if _COUNCILS_COMMITTEE.match(holder):
        return ["Committee"]  # the resolution's own (:func:`resolve_short_names` names it)
    names = names_in(after, len(holder))
    if names:
        return names
    words = _agent_words(_ARTICLE.sub("", holder, 1))
    return [gazetteer.canonical(words) or words] if words else []


#: "to establish, for a period of one year, renewable as necessary, an international commission"
_ARTICLE = re.compile(r"^(?:an?|the)\s+")
_ESTABLISHED = re.compile(
    r"(?:also\s+|further\s+)?to\s+(?:establish|create|set\s+up)"
    r"(?:\s*,\s*(?:for|until|with|as|within|renewable|in|on)\b[^,;]{0,80})*\s*,?\s*"
)


#: a further verb's addressee named in an earlier clause: "… and urges him to", "invites them to",
#: "… throughout the United Nations system, and calls upon all its relevant organs …"
_PRONOUN = re.compile(r"(?:him|her|it|them|the\s+latter)\b|(?:all\s+)?(?:its|his|her|their)\s")
#: … each of those named before, one by one: "each individual entity", "each of them", "each such
#: organization" (not a group named anew: "each Member State", "each State party", capitalised)
_DISTRIBUTIVE = re.compile(
    r"(?:each|every)\s+(?:of\s+(?:them|these|those)\b|(?:(?:individual|single|such|one|respective)\s+)?"
    r"[a-z][\w-]*(?<!s)\s+to\b)"
    # … or all of them, by a noun: "… support of the United Nations development system, the international
    # financial institutions, regional organizations and other stakeholders, and therefore requests those
    # stakeholders to …" (not "those States that have not yet done so")
    rf"|{_THOSE_NAMED}")
#: … the addressee itself
_ADDRESSED_BACK = re.compile(r"(?:him|her|it|them|the\s+latter)\b")
#: … alone, its infinitive or a phrase set off after it: "requests him to", "asks them, in cooperation with
#: United Nations Country Teams, to" (not "her Office", "them, the Commission on Science and Technology for
#: Development and action line facilitators", "them through ECCAS")
_PRONOUN_ALONE = re.compile(
    r"(?:him|her|it|them|the\s+latter)(?:\s+(?:[a-z]+ly\s+|also\s+|further\s+)?to\s|,\s+(?:in|with|within|through|"
    r"as|where|when|if|after|before|upon|under|inter\s+alia|including|taking|bearing|while|on|at|by|for)\b)")


#: the words a name's head ends with that make it a person's title ("the Secretary-General", "the United
#: Nations High Commissioner for Human Rights", "the Special Rapporteur on …"; not "the Office of the …")
_PERSON_TITLES = frozenset(str.split("""
    Secretary-General Commissioner Rapporteur Representative Envoy Expert President Chair Chairperson
    Chairman Director Director-General Administrator Secretary Coordinator Adviser Prosecutor Registrar
    Ombudsperson Ombudsman Mediator Facilitator"""))
#: where a name's head ends: "Special Rapporteur| on torture", "President| of the General Assembly"
_HEAD_ENDS = re.compile(r"\s+(?:of|for|on|in|to|against|at)\s")


def _a_person(name: str) -> bool:
    """``name`` is a person's, who "him" or "her" may stand for."""
    head = _HEAD_ENDS.split(name, 1)[0].split()
    return bool(head) and head[-1].removesuffix("s") in _PERSON_TITLES


def _named_in_clause(clause: str, names_in, gazetteer: Gazetteer, pronoun: str) -> list[str]:
    """Who a clause names, for a pronoun after it: the register's names (for "him" or "her", the first
    person it names: "Recalls its request to the Secretary-General to reduce … the number of unrepresented
    and underrepresented Member States in the Secretariat …, and requests him to report …", A/RES/63/250
    15), else (for "it") the last body it names in words the register does not know ("the Advisory
    Commission of the Agency")."""
    names = names_in(clause, addressed=False)
    if pronoun in ("him", "her"):
        return next(([n] for n in names if _a_person(n)), names)
    if names or pronoun != "it":
        return names
    bodies = [m.group(1) for m in _BODY_NAMED.finditer(clause)]
    return [gazetteer.canonical(bodies[-1]) or bodies[-1]] if bodies else []


#: verbs whose object is who is praised, who a pronoun after may stand for ("We commend developed
#: countries for their support …, and encourage them to …")
_PRAISING = frozenset({"commends", "thanks", "congratulates", "supports"})
def _named_in_an_earlier_sentence(action: str | None, rest: str, sm: re.Match[str], after: str, names_in,
                                  gazetteer: Gazetteer) -> list[str]:
    """Whom a pronoun after a further call (``sm``, ``after`` the words after it) in a later sentence than
    the paragraph's first stands for: whom that sentence names before it, not the first clause's: "… We note
    that international financial institutions such as the International Monetary Fund and the World Bank
    provide capacity development … and we invite them to further strengthen such support" (A/RES/70/294
    annex 44); or the sentence before, where it opens with the call ("We emphasize the … role played by ….
    We call upon them to …"), unless that sentence is a call, whose addressees they are ("We invite
    Governments, … to …. We also invite them to …", A/RES/S-24/2 annex 6). None where they name no one."""
    sentence = rest.rfind(". ", 0, sm.start() + 2)  # (the call's match may open with its sentence's stop)
    if sentence < 0 or not _PRONOUN_ALONE.match(after):
        return []
    pronoun = _ADDRESSED_BACK.match(after).group(0)
    opening = max(sm.start(), sentence + 2)
    named = _antecedents(rest[sentence + 2 : opening], names_in, gazetteer, pronoun)
    if named or not _OPENS_WITH_THE_CALL.fullmatch(rest, sentence + 2, opening):
        return named
    earlier = rest.rfind(". ", 0, sentence) + 2
    # (the first sentence's call is its operative phrase's)
    called = (action in _ADDRESSEE_VERBS and action not in _PRAISING) if earlier == 1 else any(
        v in rest[earlier:sentence] for v in _SECONDARY_VERBS)
    return [] if called else _antecedents(rest[earlier:sentence], names_in, gazetteer, pronoun)


#: a sentence's words before its call where it opens with it: "We ", "We also ", "In this regard, we "
_OPENS_WITH_THE_CALL = re.compile(
    r"(?:[A-Z][a-z][^.;:A-Z]{0,40}(?:,\s+|$))?(?:(?:We|we)\s+(?:[a-z]+ly\s+|also\s+|further\s+)*)?")
#: "that" and the clause whose subject a pronoun after it stands for ("We note that international financial
#: institutions … provide …")
_THAT_SUBJECT = re.compile(r"\bthat\s+(?=\S)")


def _antecedents(clause: str, names_in, gazetteer: Gazetteer, pronoun: str) -> list[str]:
    """Whom a pronoun after ``clause`` (a sentence's words before the call it is the object of) stands for:
    the subject of the clause its "that" opens, where it names someone, else whom it names
    (:func:`_named_in_clause`)."""
    that = _THAT_SUBJECT.search(clause)
    if that:
        subject, _after = _clause_subject(clause[that.end() :])
        named = names_in(subject, addressed=False) if subject else []
        if named:
            return named
    return _named_in_clause(clause, names_in, gazetteer, pronoun)


#: a decision's words that name again what an earlier clause named: "its mandate", "the next
#: session of the Commission" (after "the report of the International Law Commission")
_REFERS_BACK = re.compile(rf"\b(?:{_PRONOUN.pattern})|\bthe\s+(?:Commission|Committee|Council|Conference|"
                          r"Board|Forum|Panel|Mission|Office|Court|Working\s+Group)\b(?!\s+(?:of|on|for)\s)")


def _bound(clause: str, names_in) -> bool:
    """Whether ``clause`` says what someone named shall do or is ("that the Secretariat shall
    notify …", "that, prior to the unfreezing of any assets …, Member States shall submit")."""
    m = _DECIDES_THAT.match(clause.lstrip())
    return m is not None and bool(names_in(m.group(1)))


#: those with observer status in a body, not the body: "all Member States and observers of the
#: General Assembly", "observer States in the Human Rights Council"
_OBSERVERS_OF = re.compile(r"\bobservers?(?:\s+States)?\s+(?:of|in|to)\s+(?:the\s+)?$")
#: the parts of a principal organ asked, not the organ ("other human rights mechanisms of the
#: Human Rights Council", "subsidiary bodies of the General Assembly")
_PARTS_OF = re.compile(
    r"\b(?!(?:and|or|the|its)\b)[a-z][\w-]*\s+(?:mechanisms|bodies|organs)\s+of\s+(?:the\s+)?$")
_PRINCIPAL_ORGANS = frozenset(BODY_NAMES.values())
#: … the organ a body's own name ends with: "the Chairs of the Main Committees of the General Assembly"
#: (A/RES/80/234 60), "the Sixth Committee of the General Assembly" (the Committee, not the Assembly)
_BODY_OF = re.compile(r"\b[A-Z][\w-]*\s+(?:Committees?|Subcommittees?|Commissions?|Working\s+Groups?|Boards?|"
                      r"Panels?)\s+of\s+(?:the\s+)?$")
#: a name of letters only, as a mission's: "UNIOGBIS", "UNSOM"
_ACRONYM = re.compile(r"[A-Z][A-Z-]{2,}")
_THE_COUNCIL = re.compile(r"\bthe Council\b")
_EXTENDING = frozenset({"decides", "extends", "renews", "resolves"})
#: the verbs of the adopting body's own decision
_DECIDING = frozenset({"decides", "resolves"})
#: what the body settles for itself or for those its "that" clause names: "Decides that the Special
#: Committee shall …", "Agrees that the regional centres should continue to report …"
_RULING = _DECIDING | {"agrees"}
#: "to extend the mandate of", "to renew until 15 November 2025 the mandate of the Panel of Experts"
#: "to extend, for a period of three years, the mandate of", "extend until 31 March 2020 UNSOM’s
#: mandate" (the holder in group 1)
_MANDATE_OF = re.compile(
    r"\b(?:extend|renew|prolong)\w*(?:\s+|\s*,\s*(?:[^,;]{1,60}?,\s*)?)(?:(?:until|for|to)\s[^,;]{0,60}?\s+)?"
    r"(?:the\s+)?(?:present\s+|current\s+)?(?:mandates?\s+of\s+|([A-Z][\w-]*)[’']s\s+mandate\b)"
)


def _groups_between(span: str, names: list[tuple[int, int, str]], gazetteer: Gazetteer,
                    closed: bool = True) -> list[tuple[int, int, str]]:
    """The addressees of ``span`` that the gazetteer does not know, as written: each stretch of
    a list ("…, international organizations and humanitarian organizations") outside the names
    it found, a stretch of adjectives joined to the next ("bilateral, regional and multilateral
    development and trading partners"); a proper name the register does not know, listed with names it
    knows, as written ("the Mouvement du 23 mars and the Rwanda Defence Force"; ``closed``: ``span``
    ends where the list does, not inside a name a window of the text cuts)."""
    out: list[tuple[int, int, str]] = []
    edges = [0, *(x for s, e, _n in sorted(names) for x in (s, e)), len(span)]
    ends = {s: e for s, e, _n in names} | {len(span): len(span)}
    if all(e - s < 4 for s, e in zip(edges[0::2], edges[1::2], strict=False)):
        return out  # the names fill the span: "the Secretary-General"
    for a, b in zip(edges[0::2], edges[1::2], strict=False):
        start = a
        pieces: list[tuple[int, int]] = []
        whole = False  # the rest of the stretch is one addressee, to the name after it
        for m in _LIST_SEPARATOR.finditer(span, a, b):
            if _inside_name(span, max(a, m.start() - 30), m) and not (
                    _BEFORE_A_KNOWN_NAME.fullmatch(span, m.end(), b)
                    and _A_NAME_ENDS.search(span, b, ends[b])):
                continue  # (not right before a name it knows: "Morocco, the Frente POLISARIO, Algeria")
            if _OF_COMPLEMENT.search(span, start, m.start()) or _A_BODY_ON.search(span, start, m.start()):
                # "partners of graduating and recently graduated countries": one addressee (and "the task
                # force on secretariat services and accessibility for persons with disabilities"), to the name
                # after it ("Member States, the annual forum on youth and peace and the Secretary-General")
                whole = _A_BODY_ON.search(span, start, m.start()) is not None
                break
            pieces.append((start, m.start()))
            start = m.end()
        if b == len(span) or whole:
            pieces.append((start, b))  # words just before a name qualify it: "the Chair of the …"
        pending = None
        governed = False  # the last piece was a preposition's object
        # "United Nations entities, funds and programmes": the name before the list qualifies all, where the
        # list's first piece is a kind, right after the name or after its comma where the name ends with a
        # kind too ("United Nations agencies, programmes and institutions"; not "Governments, organizations
        # and individuals", "the United Nations system, organizations …"); the list's last kind ends at its
        # comma ("the relevant United Nations agencies and funds, to give priority …", A/RES/80/210 32)
        first = pieces[1] if len(pieces) > 1 and pieces[0] == (a, a) else pieces[0] if pieces else None
        before = next((span[ns:ne].split()[-1] for ns, ne, _n in names if ne == a), "")
        named_list = first is not None and a > 0 and (
            _KIND_ONLY.fullmatch(span[first[0] : first[1]].strip(" ,;")) is not None
            and (first == pieces[0] or _KIND_ONLY.fullmatch(before) is not None))
        listed_to = 0  # the pieces a list of adjectives after a name took
        adjectives = False  # a preposition's object is a list of adjectives before their noun, not yet ended
        for k, (s, e) in enumerate(pieces):
            if k < listed_to:
                continue
            if k == 0 and a > 0 and s == a:
                # words right after a name belong to it: "United Nations entities" (and where they end with a
                # place, the list goes on with places: "… child protection advisers in peacekeeping operations
                # and political and peacebuilding missions")
                governed = _IN_PLACE_LAST.search(span, s, e) is not None
                start = next((ns for ns, ne, _n in names if ne == a), None)
                listed_to = _adjectives_after(span, pieces, start) if start is not None else 0
                if listed_to:
                    found = _ARTICLE.sub("", span[start : pieces[listed_to - 1][1]])
                    out.append((start, pieces[listed_to - 1][1], gazetteer.canonical(found) or found))
                continue
            if governed and adjectives:
                # "in particular the tourism, travel and telecommunications industries": the adjectives of the
                # noun the preposition's object ends with, to the list's last member
                alone = _ADJECTIVE_ALONE.fullmatch(span, s, e) is not None
                adjectives = alone and k + 1 < len(pieces)
                if alone or span[pieces[k - 1][1] : s].strip(", ") in ("and", "or"):
                    pending = None
                    continue
            s = pending if pending is not None else s
            words = span[s:e]
            if _CONDITION_FIRST.match(words) or _done_to(span, a, s):
                break
            if _QUANTITY_FIRST.match(words):
                pending = None
                continue  # "the deployment of the necessary police force, not exceeding 2,500 personnel"
            if not words.strip(" ,;"):
                pending = None
                continue
            if _PREPOSITION_FIRST.match(words) or (governed and (
                    "," not in span[pieces[k - 1][1] : s] or (
                        _ADJECTIVE_LAST.search(span, pieces[k - 1][0], pieces[k - 1][1])
                        and not any(w.lower().strip(",;") in _GROUP_NOUNS for w in words.split())))):
                # "States individually and, as appropriate, through regional and subregional
                # fisheries management organizations": the objects of a preposition, joined by
                # "and", are the means, not addressees; and by commas, adjectives with no noun of their
                # own, where one ends the one before ("including through bilateral, regional and global
                # cooperation programmes"; not "the Chair and, as necessary, other members of …")
                pending, governed = None, True
                # (and where its last word is an adjective of a noun further on, those the list goes on with:
                # "the business sector, in particular the tourism, travel and telecommunications industries")
                adjectives = (_SINGLED_OUT_ADJECTIVE.fullmatch(words) is not None
                              and not is_agent_noun(words.split()[-1]) and k + 1 < len(pieces)
                              and span[e : pieces[k + 1][0]].strip() == ",")
                continue
            governed = False
            proper = _PROPER_NAME.fullmatch(words) if (pending is None and names
                                                       and (closed or e < len(span))) else None
            if proper and (any(w in _THING_WORDS for w in proper.group(1).split()) or (
                    _ADJECTIVE_OF_NEXT.match(span, e) and not _ACRONYM.fullmatch(proper.group(1)))):
                # "the Guidelines to Prevent …", "the Western European and other States" (an acronym is a
                # name, not an adjective: "the GFRS, AUSSOM and partners")
                proper = None
            if proper is None and not any(w.lower().strip(",;") in _GROUP_NOUNS for w in words.split()):
                pending = s  # an adjective of the next piece
                continue
            pending = None
            # a proper name the register does not know, listed with the names it knows: "Calls upon
            # the Mouvement du 23 mars and the Rwanda Defence Force to …" (A/HRC/RES/S-37/1 4)
            found = proper.group(1) if proper else _agent_words(words)
            if (found and k == 1 and pieces[0] == (a, a) and _KIND_ONLY.fullmatch(found)
                    and any(ne == a and _OF_THE_UNITED_NATIONS.search(span, 0, ns) for ns, ne, _n in names)):
                # a kind alone after a name of the United Nations' is the United Nations' too: "the relevant
                # United Nations regional commissions and agencies" (E/RES/2022/19 5)
                found = f"United Nations {found}"
            # "the Committee in continuing to …", "the Chair and, as necessary, …"
            # (not "those involved in …", named by what follows)
            if found and not _THOSE_INVOLVED.match(found) and not _A_BODY_ON.search(found):
                found = _DANGLING.sub("", _LOWER_TAIL.sub("", found))
            name = (gazetteer.canonical(found) or found) if found else None
            if name and found not in ("States", "all States") and not gazetteer.is_state(name) \
                    and not _shares_words(span, found, pieces, k, named_list):
                out.append((s, e, name))  # a State is the State rules' call (as a place, …)
        shared = _shares_the_noun_after(span, pieces, pending, b, ends[b])
        if shared:
            out.append((pending, pieces[-1][1], gazetteer.canonical(shared) or shared))
    return out


def _shares_the_noun_after(span: str, pieces: list[tuple[int, int]], pending: int | None, b: int,
                           end: int) -> str | None:
    """The addressee an adjective left at a list's end (``pending``, the last of ``pieces``) names with the
    noun of the known name after it (``span[b:end]``), whose own first word is an adjective too:
    "international and regional organizations" (S/RES/2686 (2023) 2) are international organizations and
    regional organizations, "subregional and regional fisheries management organizations" (A/RES/77/118 202);
    None for any other."""
    if pending is None or not pieces or pieces[-1][0] != pending or b == len(span):
        return None
    written = span[b:end].split(maxsplit=1)
    if (len(written) < 2 or not written[0][:1].islower() or is_agent_noun(written[0])
            or not _ADJECTIVE_ALONE.fullmatch(span, *pieces[-1])
            or not _ADJECTIVE_LAST.search(span, *pieces[-1])
            or not _LIST_SEPARATOR.fullmatch(span, pieces[-1][1], b)):
        return None  # (not a noun: "regional intergovernmental organizations and forums, civil society …")
    # (the name's own second adjective is not this one's: "regional and subregional organizations")
    return f"{span[pieces[-1][0] : pieces[-1][1]].strip()} {_ITS_SECOND_ADJECTIVE.sub('', written[1], 1)}"


#: the second adjective a known name opens with, after its first: "regional [and subregional] organizations"
_ITS_SECOND_ADJECTIVE = re.compile(r"^(?:and|or)\s+[a-z][\w-]*\s+(?=[a-z])")


#: the first of the adjectives a list singles out, before the noun they share further on: "in particular the
#: tourism, travel and telecommunications industries" (A/RES/73/146 45; not "as appropriate, …", an adverb's
#: phrase)
_SINGLED_OUT_ADJECTIVE = re.compile(
    r"\s*(?:in\s+particular|including|especially|notably|particularly|such\s+as)\s+(?:the\s+)?[a-z][\w-]*\s*")
#: a body in lower case and what it is on, its name: "the task force on secretariat services and accessibility
#: for persons with disabilities" (A/HRC/RES/49/12 19), "a working group on promoting and protecting human
#: rights …"
_A_BODY_ON = re.compile(
    r"\b(?:group|force|team|committee|commission|panel|mechanism|board|forum)\s+on\s+[a-z]")
#: one lower-case word, no agent's noun: an adjective (or a noun used as one: "tourism", "peacekeeping") of a
#: noun further on, in a list of them
_ADJECTIVE_ALONE = re.compile(r"\s*[a-z][\w-]*\s*")
#: … after a name, which they qualify with the list ("Governments of origin, transit and destination
#: countries"); not a participle that says which ("Member States concerned, regional …") nor an adverb
_AFTER_A_NAME = re.compile(r"\s+(?:of\s+)?(?!concerned\b|[a-z]+ed\b|[a-z]+ly\b)[a-z][\w-]*\s*")


def _adjectives_after(span: str, pieces: list[tuple[int, int]], start: int) -> int:
    """How many of ``pieces`` (the first right after a name at ``span[start:]``) are adjectives listed with
    their noun, which the name qualifies with them: "United Nations peacekeeping, peacebuilding and political
    missions" (S/RES/2427 (2018) 10), "Governments of origin, transit and destination countries" (A/RES/80/185
    39); 0 where they are not ("the United Nations system, organizations …", "Member States concerned, …")."""
    first = pieces[0]
    if not _AFTER_A_NAME.fullmatch(span, *first) or is_agent_noun(span[first[0] : first[1]].split()[-1]):
        return 0
    for k in range(1, len(pieces)):
        s, e = pieces[k]
        sep = span[pieces[k - 1][1] : s]
        if k == 1 and not (sep.startswith(",") and sep.strip(", ") == ""):
            return 0
        words = span[s:e].split()
        if sep.strip(", ") in ("and", "or"):
            # the last: its noun an agent's, the rest adjectives ("political missions", "destination
            # countries")
            ok = 2 <= len(words) <= 3 and all(w[:1].islower() for w in words) and is_agent_noun(words[-1])
            return k + 1 if ok else 0
        if sep.strip() != "," or not _ADJECTIVE_ALONE.fullmatch(span, s, e) or is_agent_noun(words[0]):
            return 0
    return 0


#: an adjective that ends a list's member, which the next member's noun completes: "bilateral", "regional",
#: "technical", "economic", "innovative", "voluntary", "various"
_ADJECTIVE_LAST = re.compile(r"[a-z](?:al|ic|ive|ary|ous)\s*$")


#: a noun and its "of" before lower-case words: "the immediate and unconditional release of journalists"
_NOUN_OF = re.compile(r"\b([a-z][\w-]*)\s+of\s+(?=[a-z])(?!the\s+[A-Z])")


def _done_to(span: str, a: int, s: int) -> bool:
    """The list's member at ``span[s:]`` is what is done to whom an earlier one names, an object of its
    "of": "(Urges) the immediate and unconditional release of journalists, media professionals and
    associated personnel who have been kidnapped …", "(Encourages) the inclusion of refugees …, as well as
    persons residing in …" (those released or included are not asked); not whose work or efforts
    ("the efforts of Governments, …") nor the part of a group ("members of parliaments, …")."""
    return any(not is_agent_noun(m.group(1)) and m.group(1) not in _OF_AGENT and m.group(1) not in _DEPLOYED
               for m in _NOUN_OF.finditer(span, a, s))


#: what stands between a list's separator and the name the register knows after it, a name of its own
#: (not one whose common noun the words before it share: "the Sudanese and South Sudanese authorities")
_BEFORE_A_KNOWN_NAME = re.compile(r"(?:the\s+)?")
_A_NAME_ENDS = re.compile(r"\b[A-Z][\w’'()-]*\s*$")


def _inside_name(span: str, lo: int, sep: re.Match) -> bool:
    """A list's separator inside one name: "… Prevention of Crime and the Treatment of
    Offenders", "representatives listed in paragraphs 6, 7 and 8"."""
    if span[sep.start() - 1 : sep.start()].isdigit() and span[sep.end() : sep.end() + 1].isdigit():
        return True
    return bool(_IN_NAME_BEFORE.search(span, lo, sep.start()) and _IN_NAME_AFTER.match(span, sep.end()))


#: the words before a name that make it the United Nations' own ("the relevant United Nations [regional
#: commissions]")
_OF_THE_UNITED_NATIONS = re.compile(r"\bUnited\s+Nations\s+$")
#: a kind of institution alone in a list …
_KIND_ONLY = re.compile(
    r"(?:(?:the|all|other|its|their)\s+)?(?:funds|programmes|programs|agencies|organizations|organisations|"
    r"bodies|organs|entities|offices|mechanisms|institutions|departments|units)"
)
#: … a member's own parts ("the United Nations and its agencies, programmes and funds", "… throughout the
#: United Nations system, and calls upon all its relevant organs, organizations and bodies") or those a
#: member includes ("the United Nations system, including funds, programmes, …")
_PART_OF_BEFORE = re.compile(r"\s*(?:all\s+)?(?:its|their|including)\s", re.I)
#: … a kind of the United Nations' own, which the kinds after it go on with
_UN_KIND = re.compile(r"(?:(?:the|all)\s+)?(?:relevant\s+)?United\s+Nations\s+(?:[a-z]+\s+){0,2}"
                      r"(?:funds|programmes|agencies|organizations|bodies|organs|entities|mechanisms|institutions)")
#: … before the complement the list's members share ("of the United Nations system", "within the United
#: Nations system") …
_SHARED_COMPLEMENT = re.compile(r"\b(?:of|within)\s+(?:the\s+)?[A-Z]")
#: (which holds the list's first kind too, with the adjective that says which of them: "all relevant
#: organizations, funds, programmes and bodies within the United Nations system")
_RELEVANT_KIND = re.compile(rf"(?:(?:the|all)\s+)?relevant\s+{_KIND_ONLY.pattern}")
#: … or after a member whose adjectives it shares ("competent international organizations and
#: bodies"): determiners are not such adjectives ("those States and organizations that …")
_DETERMINERS = frozenset({"the", "all", "those", "these", "other", "its", "their", "any", "each"})


def _shares_words(span: str, found: str, pieces: list[tuple[int, int]], k: int, named_list: bool) -> bool:
    """``found``, the ``k``-th member of a list of addressees, is a kind of institution alone that
    is part of another member rather than an addressee of its own: "the funds, programmes and
    specialized agencies of the United Nations system" (the United Nations system's),
    "competent international organizations and bodies" (competent international ones), "United
    Nations entities, funds and programmes" (``named_list``: a name before the list qualifies
    all); not "Governments, …, organizations, institutions and individuals" (any that give)."""
    if not _KIND_ONLY.fullmatch(found):
        return bool(k == 0 and _RELEVANT_KIND.fullmatch(found) and len(pieces) > 1
                    and _KIND_ONLY.fullmatch(span[pieces[1][0] : pieces[1][1]].strip())
                    and _SHARED_COMPLEMENT.search(span, pieces[-1][1]))
    if named_list or _SHARED_COMPLEMENT.search(span, pieces[k][1]):
        return True
    for s, e in reversed(pieces[: k + 1]):  # back over the kinds alone this one continues
        if _PART_OF_BEFORE.match(span, s):
            return True
        if s < pieces[k][0] and not _KIND_ONLY.fullmatch(span[s:e].strip()):
            # (the United Nations' kinds go on with its own: "United Nations mechanisms, bodies, specialized
            # agencies, funds and programmes", A/HRC/RES/19/23 7)
            if _UN_KIND.fullmatch(span[s:e].strip()) and span.startswith(",", e):
                return True
            break
    if k == 0 or span[pieces[k - 1][1] : pieces[k][0]].strip() != "and":
        return False
    before = [w for w in span[pieces[k - 1][0] : pieces[k - 1][1]].split() if w.lower() not in _DETERMINERS]
    return len(before) >= 2 and before[-1].lower() in _GROUP_NOUNS


#: nouns that make a stretch of a list an addressee ("concerned" qualifies one: "… organizations
#: concerned")
_GROUP_NOUNS = AGENT_NOUNS - {"concerned"}
#: (not a participle's complement, which names the addressee: "entities referred to in the
#: Convention"; a participle left without one goes: "entities referred")
_PARTICIPLES = ("referred", "mentioned", "listed", "identified", "designated", "specified", "described",
                "enumerated", "named")
_LOWER_TAIL = re.compile(
    "".join(rf"(?<!\b{w})(?<!\b{w}\sto)" for w in _PARTICIPLES)
    # (after an adverb too: "the Government of the DRC especially regarding evolving approaches"; and the
    # participle whose complement it is: "all actors engaging in documentation", "research institutions
    # dealing with science …", "all institutions involved in measuring …", "groups based on religion or
    # belief", not a preposition's object: "providers of training in …", nor a participle that says which:
    # "the entities referred to in the Convention")
    + r"(?:(?<!\bof)(?<!\bfor)(?<!\bon)(?<!\bin)\s+(?:[a-z]{2,}ing|(?!(?:"
    + "|".join(_PARTICIPLES) + r")\b)[a-z]{2,}ed))?"
    # (and the means after it: "the relevant regional and global organizations through workshops")
    + r"\s+(?:[a-z]+ly\s+)?(?:in|to|for|with|on|at|by|from|as|regarding|concerning|through|via)\s+"
    + r"(?!the\s+[A-Z])[a-z].*$"
    + rf"|\s+(?:{'|'.join(_PARTICIPLES)})$",
    re.S,
)
_IN_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*$")
#: … the capitalised words after it, not an adjective of the common nouns that end the list's
#: member ("the Government and the Myanmar armed forces to take …": two addressees)
_IN_NAME_AFTER = re.compile(
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?![\w’'-])"
    r"(?!\s+(?!(?:of|on|for|and|in|to|against|the|or|at|from|with|as|through)\b)[a-z][\w’'-]*"
    r"(?:\s+[a-z][\w’'-]*)?(?:\s*[,;]|\s+(?:to|and|or)\b|\s*$))")
#: an addressee's complement in lower case: "partners of graduating …"
_OF_COMPLEMENT = re.compile(r"[a-z]s\s+of\s+(?!the\s+[A-Z])[a-z]")
_PREPOSITION_FIRST = re.compile(
    r"\s*(?:through|in|at|for|with|by|from|to|on|under|within|among|including|via|of|as|after|before|during|"
    r"upon|without"
    # … or a participle's ("structured around the … Cooperation Framework", "linked to …")
    r"|[a-z]+ed\s+(?:around|to|on|by|in|with|for|under|through|at|from))\b", re.I
)
#: a condition, a time or what a named thing does, which ends the list of addressees: "…, and
#: relevant coastal States, where a subregional or regional fisheries management organization …",
#: "… when designing and …", "the Paris Forum initiative, which gathers together sovereign creditors"
_CONDITION_FIRST = re.compile(r"\s*(?:where|when|if|unless|once|whether|while|which|who|whose)\b", re.I)
#: a number of people, not who they are: "not exceeding 2,500 personnel", "up to 17,626 troops"
_QUANTITY_FIRST = re.compile(
    r"\s*(?:(?:not\s+(?:exceeding|more\s+than)|up\s+to|at\s+least|some)\s+)?\d[\d,.]*\s")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and|or|as\s+well\s+as)\s+")
#: a name of capitalised words, numbers and the particles between them, and a date written in it in
#: lower case: "the Mouvement du 23 mars", "the Houthis"
_PROPER_NAME = re.compile(
    r"\s*(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:(?:of|du|de|des|la|le|al|el)\s+)?(?:[A-Z][\w’'-]*|\d{1,2}\s+[a-z]+))*)"
    r"[\s,]*")
#: where the words read end inside a name (a window of the text, not the list's end): "the SIDS
#: Accelerated Moda|lities of Action (SAMOA) Pathway"
_CUT_IN_NAME = re.compile(r"[\w’'-]|\s*[A-Z(]")
#: … which words in lower case after it make an adjective of theirs: "the Western European and other
#: States"
_ADJECTIVE_OF_NEXT = re.compile(rf"(?:{_LIST_SEPARATOR.pattern})(?!the\b)[a-z]")
_REQUESTS_THAT = re.compile(r"(?:that|the\s+\w+\s+that)\b")
#: names joined into one subject: "the Secretary-General and the Government of Sudan"
_JOINED = re.compile(rf"(?:{_LIST_SEPARATOR.pattern})(?:the\s+)?")
_THAT_CLAUSE_FIRST = re.compile(r"\s*(?:\w+\s+)?that\s*,")


def _subject_end(window: str, gazetteer: Gazetteer) -> int:
    """Where the names that open ``window`` end ("that the Secretary-General continue to submit
    annual reports to the Council": the Council receives them, it is asked nothing); the whole
    window after a clause set off first ("that, after the Security Council has approved …, the
    Secretary-General undertake")."""
    if _THAT_CLAUSE_FIRST.match(window):
        return len(window)
    spans = _names_with_spans(window, len(window), gazetteer, True)
    if not spans:
        return len(window)
    end = spans[0][1]
    for start, stop, _name in spans[1:]:
        if start < end:
            continue
        if not _JOINED.fullmatch(window, end, start):
            break
        end = stop
    return end


_DECIDES_THAT = re.compile(
    r"(?:further\s+|also\s+)?that,?\s+(.{0,200}?)\s+(?:shall|should|will|must|may|is|are)\b"
)
_DECIDES_TO_ASK = re.compile(
    r"(?:also\s+|further\s+)?to\s+(?:authori[sz]e|request|call\s+upon|urge|"
    r"encourage|invite|direct|mandate|require)\s+"
)
#: the verb "report" asked: "to report", "… shall report", "and to report", "requests that the
#: Secretary-General report(s) to the Council"
_REPORT_VERB = re.compile(
    r"(?:(?i:to|shall|should|will|and)\s+(?:(?:\w+ly|also|further|then|continue\s+to|thereafter)\s+){0,2}(?:to\s+)?"
    r"report|that\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:of|on|for|and)\s+)?){1,8}(?:continue\s+to\s+)?reports?)\b")
#: a document asked for as it is named: "a report on accountability", "his note on the state of the
#: world economy", "a comprehensive study" (not recommendations, information or a review, which may be
#: what a report is on)
_A_DOCUMENT = re.compile(
    rf"(?:(?!(?:{_DEFINED_IN}|{_WHAT_IT_DOES})\b)[\w-]+\s+){{0,5}}?"
    r"(?:reports?|updates?|briefings?|study|analysis|overview|assessment|summary|compilation|note)\b")


#: a document cited for what it sets out, right before its words: "as outlined in", "as set out in", "as
#: referred to in", "as indicated by" (not "as necessary in", "as a sub-item in" the report asked for); or
#: what the deliverable draws on or comes beside: "to inform the General Assembly about …, on the basis of the
#: triennial reports to be compiled by the World Health Organization" (A/RES/75/131 7), "to submit …, in
#: addition to the reports and assessments requested in its resolutions …, a report" (A/RES/60/260 2)
_CITED = re.compile(
    r"\b(?:as\s+(?:[a-z]+ed|set\s+out|laid\s+down)(?:\s+to)?\s+(?:in|by|under)|on\s+the\s+basis\s+of|"
    r"in\s+addition\s+to|building\s+(?:up)?on|drawing\s+(?:up)?on|based\s+(?:up)?on|in\s+(?:the\s+)?light\s+of|"
    r"taking\s+into\s+(?:account|consideration)(?:,?\s+in\s+particular,?)?)\s+$")
#: a noun governed by a preposition, not what a verb asks for: "for the report of", "in his next report"
_GOVERNED = re.compile(
    r"\b(?:in|for|of|to|on|into|with|from|by|under|through|within)\s+(?:the\s+context\s+of\s+)?$")


def _asked_bare_before(rest: str, m: re.Match[str]) -> re.Match[str] | None:
    """What a bare noun asked before the document ``m`` (a :data:`_DELIVERABLE_RE` match in ``rest``) names,
    where that, not the document, is what is asked (None where it is not): the document is named within its
    words, which say what it is on ("to submit his comments on the recommendations contained in the panel’s
    report", A/RES/59/283 52); or it is the report what is asked goes in, named after it (the bare noun's
    words up to the document's end): "to provide information to the General Assembly at its seventy-seventh
    session on the implementation of the present resolution, as part of his report to be submitted under the
    sub-item …" (A/RES/75/271 12), "to include information on racism and cases involving racial discrimination
    in the context of his next report on the activities of the Office …" (A/RES/76/242 14; the form of REPORT
    that asks it runs to the report); or it is one of the reports asked, named again: "to continue to provide
    strategic-level reports that demonstrate and reflect the gravity of the aforementioned threat, …, the next
    report to be provided by 31 January 2018 and then every six months thereafter" (S/RES/2368 (2017) 101).
    The bare noun is the one the first form of REPORT before the document asks, and the report it goes in is
    read so only where no other form stands between them ("We request the Secretary-General to report annually
    on progress … and to make recommendations in his annual reports", A/RES/65/1 81: the report; "Expresses
    appreciation to Member States … that have submitted information …, and urges Member States … to submit
    information for inclusion in the report of the Secretary-General …", A/RES/73/142 2: not what was
    submitted)."""
    asked = [found for found in REPORT.finditer(rest, 0, m.end()) if found.start() < m.start()]
    bare = _ASKED_BARE.match(rest, asked[0].start()) if asked else None
    if bare is None or bare.start(1) >= m.start() or ";" in rest[bare.start(1) : m.start()]:
        return None
    if m.start() < bare.start(1) + (_deliverable_stop(bare.group(1), 8) or len(bare.group(1))) or (
            _THE_NEXT_OF_THEM.match(m.group(0)) and _BARE_REPORTS.search(bare.group(1))):
        return bare
    if len(asked) == 1 and _REPORTED_IN.search(rest, max(0, m.start() - 30), m.start()):
        return _WORDS_TO.match(rest, bare.start(1), m.end())
    return None


def _cited(rest: str, at: int) -> bool:
    """Whether the document named at ``at`` is cited (``_CITED``), one already written: not one still to be,
    named with "a" ("to review the newly approved posts … in the light of a comprehensive report to be
    submitted by the Secretary-General to the General Assembly at its sixtieth session", A/RES/59/276 27)."""
    return _CITED.search(rest, max(0, at - 40), at) is not None and not rest.startswith(("a ", "an "), at)


def _asked_for(rest: str, m: re.Match[str]) -> bool:
    """``m`` (what :data:`_DELIVERABLE_RE` found) is what a form of ``REPORT`` asks for: a form that
    reaches it ("to provide detailed information on …"), not what other words name ("to intensify
    efforts … to the full implementation of the seven recommendations")."""
    start = max(0, m.start() - 200)
    return any(f.end() > m.start() - start for f in REPORT.finditer(rest[start : m.end()]))


#: what a report is on, named right after the verb ("to report on any updates to those policies"): a
#: report on it
_REPORTED_ON = re.compile(r"\s+(?:\w+ly\s+)?on\s+$")
#: the report a report is made in: "to report thereon in the context of his next overview report",
#: "through his annual report", "as part of their regular reporting", "within the context of his report"
_REPORTED_IN = re.compile(r"\b(?:(?:with)?in(?:\s+the\s+context\s+of)?|through|as\s+part\s+of)\s+$")
#: what is asked for without an article, its noun
_BARE_NOUN = (r"(?:information|views|comments|observations|data|inputs|proposals|recommendations|updates|"
              r"reports)\b")
_BARE_NOUN_RE = re.compile(rf"\b{_BARE_NOUN}")
#: words up to where a match ends
_WORDS_TO = re.compile(r".*", re.S)
#: reports asked for without an article ("to continue to provide strategic-level reports …")
_BARE_REPORTS = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:reports|updates)\b")
#: … and one of them named again, after them: "the next report to be provided by 31 January 2018"
_THE_NEXT_OF_THEM = re.compile(r"the\s+(?:next|first|following|subsequent)\s+(?:report|update)\b")
#: what is asked for without an article, right after the verb that asks for it: "to provide information
#: on the waiver process …", "to submit proposals on …", "to provide the Security Council with
#: information on threats posed by landmines", "to provide to the Committee any updates", "to provide more
#: information on the use of conference space …" (A/RES/79/297 22), "to provide this information", "to
#: provide all information to the Committee relevant to …" (S/RES/2083 (2012) 34), "to submit to the Committee
#: additional identifying and other information, …" (S/RES/2255 (2015) 45)
_ASKED_BARE = re.compile(
    r"[a-z]+(?:\s+available)?\s+(?:[^;,]{0,80}?\bwith\s+(?:(?:relevant|further|additional|regular|all)\s+)?"
    r"|[^;,]{0,80}?\b(?=any\s)|to\s+the\s+(?:[A-Z][\w-]*\s+)+(?=(?:additional|further|relevant)\s))?"
    r"((?:any\s+(?:[a-z]+\s+){0,2}|(?:(?:their|its|his|her|further|written|annual|national|progress|periodic|"
    r"voluntary|additional|substantive|initial|future|consistent|more|such|this|relevant|all|identifying|"
    r"other|and|"
    r"[a-z]+-(?:level|based|specific))\s+)+)?"
    rf"{_BARE_NOUN}"
    rf"(?:\s+(?:{_WHICH_IT_IS})\b{_ITS_WORDS})?)")
#: what a report named first is to include, after it: "…, in his next annual report to the Council on …, to
#: include a gap assessment and recommendations" (the report's own words up to the infinitive's comma), or to
#: provide: "Requests the Ethics Office, in the context of its next report, to provide further information on
#: its activities related to procurement" (A/RES/79/251 3)
_TO_INCLUDE = re.compile(r"[^;]{0,300}?,\s*to\s+(?:\w+ly\s+)?(include|provide)\s+(?:in\s+(?:it|them)\s+)?")
#: the reports a report is made in, after the verb: "thereon in future progress reports on accountability"
_IN_REPORTS = re.compile(
    r"\s+(?:thereon\s+)?(?:in|through)\s+(?:the\s+context\s+of\s+)?((?:[\w’'-]+\s+){0,4}?(?:reports?|updates?|"
    r"briefings?|overview)\b[^;:,]*)")
#: the body a report goes to, after the verb: "thereon to the General Assembly", "directly to the
#: Conference", "to the Human Rights Council at its …", "through the Committee to the General Assembly"
_REPORTED_TO = re.compile(
    r"\s+(?:thereon\s+|\w+ly\s+|back\s+|through\s+the\s+[A-Z][\w\s-]{0,60}?\s+(?=to\s))*"
    r"to\s+(the\s+[A-Z][\w-]*(?:\s+(?:of\s+the\s+|on\s+|and\s+)?[A-Z][\w-]*)*)")
#: an infinitive whose object is what a call asked before it: "to submit it", "to present them"
_WHAT_CAME_BEFORE = re.compile(r"to\s+\w+\s+(?:it|them|this|these|those|the\s+same)\b")
#: a clause's first infinitive, where :data:`_WHAT_CAME_BEFORE` may stand
_INFINITIVE_OF = re.compile(r"\bto\s+[a-z]+\b")
_ON = re.compile(r"\son\s")
#: how often or on what a report is made, after its "on": "on a biennial basis", "on an annual basis",
#: "on the basis of information received from Governments"
_HOW_OFTEN = re.compile(
    r"(?:an?\s+[\w-]+(?:\s+and\s+[\w-]+)?|the)\s+basis\b|(?:that|the\s+same|this)\s+day\b")
#: a name's words after its "on": "Conferences", "the Status of Women"
_A_NAME_GOES_ON = re.compile(r"(?:the\s+)?[A-Z]")


def _reported_on(rest: str, at: int = 0) -> str | None:
    """What "to report" is on: its first "on" within the clause that is not within a name ("to report
    to the Commission on Crime Prevention and Criminal Justice at its twenty-third session on the
    implementation …", "to report thereon to the Committee on Conferences"; not "to report on
    Sustainable Development Goal indicator 16.4.1")."""
    m = _REPORT_VERB.search(rest, at)
    if m is None:
        return None
    end = min((k for k in (rest.find(";", m.end()), rest.find(":", m.end())) if k >= 0), default=len(rest))
    for on in _ON.finditer(rest, m.end(), end):
        before = rest[: on.start()].rsplit(None, 1)[-1]
        if before[:1].isupper() and _A_NAME_GOES_ON.match(rest, on.end()):
            continue  # "the Committee on Conferences", "the Commission on the Status of Women"
        if _HOW_OFTEN.match(rest, on.end()):
            continue  # "to report to the General Assembly on a biennial basis on the implementation …"
        if rest.startswith(("and ", "or "), on.end()) or rest[on.end() : on.end() + 1].isdigit():
            continue  # "to report on and assess the implementation …", "to report on 1 August 2014 …"
        return rest[on.start() + 1 : end]
    return None


#: the body kept informed, told or briefed: "to keep the General Assembly informed of developments regarding
#: …" (A/RES/78/103 4), "to inform the General Assembly at its eighty-second session about the implementation
#: of the present resolution" (A/RES/78/127 5), "to inform the Committee, as appropriate, of efforts to
#: address such difficulties" (A/RES/78/116 10)
_INFORMS = re.compile(r"\b(?:(?:keep|kept)\s+[^;:]{1,160}?\s(?:\w+ly\s+)?informed|inform|apprise)\b")
#: … and what of, soon after (:func:`_tells_what`): "about", "regarding", "concerning", "on" (not in a name,
#: nor "on a regular basis"); "of" right after "informed", after words set off, an adverb or when it is told
#: ("…, as appropriate, of efforts", "… immediately of measures taken", "… at its sixty-fifth session of the
#: implementation", "… by 25 June 2008 of areas"), or after a name, before what it is told ("to inform the
#: Secretary-General of the efforts …"; not "members of specialized agencies", "paragraph 24 of resolution
#: 1970 (2011)", "the Governments of programme countries")
_OF_WHAT = re.compile(r"\s(about|regarding|concerning|of|on)\s")


_A_YEAR = re.compile(r"\d{4}")
_A_DETERMINER = re.compile(r"(?:the|any|all|its|their|his|her|such|this|these|those|an?)\s+[a-z]")
#: a body whose name is written in lower case, its subject after "on" with no determiner: "to inform the
#: high-level political forum on sustainable development" (A/RES/73/241 8) is told nothing "on sustainable
#: development"
_BODY_ON = frozenset({"forum", "committee", "commission", "council", "conference", "group", "panel",
                      "mechanism", "platform", "partnership"})


def _tells_what(rest: str, of: re.Match[str]) -> bool:
    """Whether ``of`` (an ``_OF_WHAT`` match) says what the body is told, not a word of its name."""
    before = rest[: of.start()].rsplit(None, 1)[-1]
    if of.group(1) == "on":
        return not (_HOW_OFTEN.match(rest, of.end()) or before[:1].isupper() and _A_NAME_GOES_ON.match(
            rest, of.end()) or before in _BODY_ON and not _A_DETERMINER.match(rest, of.end()))
    return (of.group(1) != "of" or before in ("informed", "session", "meeting")
            or before.endswith((",", "ly"))
            or _A_YEAR.fullmatch(before) is not None or before[:1].isupper() and len(before) > 2
            and _A_DETERMINER.match(rest, of.end()) is not None)


def _informed_of(rest: str) -> str | None:
    """What a body is to be kept informed of, told or apprised of (``_INFORMS``, ``_OF_WHAT``), as
    information on it; None where the clause says not."""
    told = _INFORMS.search(rest)
    if told is None:
        return None
    end = min((k for k in (rest.find(";", told.end()), rest.find(":", told.end())) if k >= 0),
              default=len(rest))
    of = next((o for o in _OF_WHAT.finditer(rest, told.end(), min(end, told.end() + 160))
               if _tells_what(rest, o)), None)
    if of is None:
        return None
    phrase = "information on " + rest[of.end() : end]
    stop = _deliverable_stop(phrase, 15)
    return _DANGLING.sub("", _WHICH_LEFT.sub("", (phrase[:stop] if stop is not None else phrase).strip(
        " ,.;:"))) or None


def _holders(said: str, mandate: re.Match[str], names_in) -> list[str]:
    """Who holds the mandate ``mandate`` (a :data:`_MANDATE_OF` match in ``said``) extends: "the mandate
    of MINURSO until …", "UNAMID’s mandate"."""
    after = mandate.group(1) or _window(said, mandate.end(), 300)
    holder = after[: _mandate_end(after, 0)]
    names = names_in(after, len(holder))
    if not names:
        words = _agent_words(holder) or (holder if _ACRONYM.fullmatch(holder) else None)
        names = [words] if words else []
    return names


def _subject_end_in(window: str) -> int:
    """Where the subject of the that-clause ``window`` opens ends, before its verb ("Demands that all
    parties to the conflict in Yemen abide by the truce, cease all military operations, …": its
    subject, not what its verbs name); the end of ``window`` where it opens none, no one acts in it or
    the subject goes on past a comma ("that States, the United Nations and other actors, including …,
    ensure": a list :func:`_clause_subject` reads the first member of)."""
    clause, subject = _clause_asks(window)
    at = window.find(subject) if clause and subject else -1
    if at < 0 or window.startswith(",", at + len(subject)):
        return len(window)
    singled_out = _SINGLED_OUT.match(window, at + len(subject))
    return singled_out.end() if singled_out else at + len(subject)


#: those of a clause's subject it singles out, set off by commas after its complement: "that all parties to
#: the conflict, but particularly the Syrian authorities, cease …" (the subject goes on to the second comma,
#: as it does where the comma follows it: "that all Yemeni parties, in particular the Houthis, …")
_SINGLED_OUT = re.compile(
    r"(?:\s+(?:to|of|in|on|for)\s+[^,;:]{1,40}?)?,\s+(?:but\s+)?(?:in\s+particular|particularly|especially|"
    r"notably|above\s+all|including)\s+[^,;:]{1,120},")


def _recommended(action: str | None, rest: str, names_in, gazetteer: Gazetteer) -> list[str]:
    """Whom "Recommends that …" recommends act: its clause's subject ("Recommends that the Training
    Unit, as the focal point for peace-keeping training in the Department of Peace-keeping Operations,
    act as a coordinating centre …" asks the Training Unit, not the Department nor the United Nations
    its verb's words name); none where it recommends no one ("that efforts be made")."""
    if action != "recommends" or not _THAT_CLAUSE.match(rest):
        return []
    window = rest[:300]
    clause, subject = _clause_asks(window)
    if not clause or subject is None:
        return []
    if names_in(subject):
        return []  # a name the register knows: the addressee's place reads it (and whom it appoints)
    at = window.find(subject)
    if at >= 0 and window.startswith(" of ", at + len(subject)):
        # "that the executive heads of the specialized agencies and other organizations of the United
        # Nations system formulate …": whose they are
        return names_in(window, _subject_end(window, gazetteer))
    words = _agent_words(subject)
    return [gazetteer.canonical(words) or words] if words else []


#: a list's separator right before a name: "members of the Committee[ and the ]Monitoring Team"
_LISTED_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


def _to_the_end_of(name: tuple[int, int, str], words: str | None, window: str) -> str | None:
    """``words`` (read from ``window``) to the end of the ``name`` they end inside, cut at a comma of its own:
    "the executive boards of the United Nations funds, programmes and specialized agencies" (A/RES/62/208
    116), not "… of the United Nations funds"."""
    at = window.find(words) if words else -1
    if at >= 0 and name[0] < at + len(words) < name[1]:
        return window[at : name[1]]
    return words


def _first_asked(asked, rest, body_name, names_in, gazetteer, established) -> tuple[list[str], float]:
    """Whom the paragraph's operative phrase asks (:func:`_primary_actors`): those a decision establishes,
    or the body itself where it commits itself ("Recommits to supporting the implementation of national
    trade strategies … in the landlocked developing countries", A/RES/80/151 19: not those it supports)."""
    if established:
        return established, 0.75
    if asked in COMMITTING and body_name:
        return [body_name], 0.7
    return _primary_actors(asked, rest, body_name, names_in, gazetteer)


def _primary_actors(action, rest, body_name, names_in, gazetteer,
                    addressee_only: bool = False) -> tuple[list[str], float]:
    """Whom the paragraph's operative phrase asks; ``addressee_only``: only an addressee its verb
    names ("Urges <…> to"), none where it names none (not the names in what it asks for)."""
    if action in _ADDRESSEE_VERBS and _given(rest):
        # "Encourages support for developing countries, …, to increase their capacity …", "Urges enhanced
        # support to developing countries …": what is asked for, as "Calls for" does; those it goes to
        # are not asked
        return ([] if addressee_only else _called_by(_window(rest.split(";", 1)[0], 0, 600), names_in,
                                                     gazetteer)), 0.6
    if action in _ADDRESSEE_VERBS:
        # (a request too: "Requests that the above-mentioned expert seminar be organized in coordination with
        # relevant United Nations agencies …" asks the passive's agent, not those named in passing)
        passive = _asked_in_a_passive(rest, names_in) if action in CALLING or action == "requests" else None
        if passive is not None:
            return passive, 0.6
        if action == "requests" and _REQUESTS_THAT.match(rest):
            window = rest[:300]
            names = names_in(window, _subject_end(window, gazetteer))
            if names:
                return names, 0.9
        else:
            subject = _recommended(action, rest, names_in, gazetteer)
            if subject:
                return subject, 0.8
            window = rest[:400]
            subject_end = _subject_end_in(window)
            limit = min(_addressee_end(window), subject_end)
            names = names_in(window, limit, groups=True)
            # (and the holder of a mandate the clause's verb extends: "Recommends that the Secretary-General
            # extend the mandate of the Special Representative …")
            mandate = _MANDATE_OF.match(window, subject_end + 1) if subject_end < len(window) else None
            names += [n for n in (_holders(window, mandate, names_in) if mandate else []) if n not in names]
            part = _PART_OF.match(window) if names else None
            known = _names_with_spans(window, limit, gazetteer, True) if part else []
            if (part and known and any(w in AGENT_NOUNS for w in part.group(1).split())
                    and known[0][0] >= part.end(1)):
                # "the working group of the Sixth Committee", "members of the Committee": the
                # addressee is the part, not the whole
                # (to a list's separator before a name the register knows, which is asked too: "all members of
                # the Committee and the Monitoring Team", S/RES/1904 (2009) 16)
                listed = _LISTED_BEFORE.search(window, part.end(1), known[0][0])
                words = _to_the_end_of(known[0], _agent_words(window[: listed.start() if listed else limit]),
                                       window)
                if words:
                    others = [n for s, _e, n in known if listed and s >= listed.end() and n != words]
                    return [gazetteer.canonical(words) or words, *dict.fromkeys(others)], 0.6
            if names:
                return names, 0.9
            words = _agent_words(window[:limit])
            if words:
                # "the efforts of the Government of Burundi" -> "Burundi"
                return [gazetteer.canonical(words) or words], 0.5
    if addressee_only:
        return [], 0.6
    # (the pattern, led by ``\b``, is tried at every position: only where "mandate" is written)
    # "Renews the mandate of …": the verb is the action itself
    said = f"{action} {rest}" if action in EXTENDING else rest
    mandate = _MANDATE_OF.search(said, 0, 300) if action in _EXTENDING and said.find(
        "mandate", 0, 300) >= 0 else None
    if mandate:
        # "Decides to extend the mandate of MINURSO until …": the mandate holder
        names = _holders(said, mandate, names_in)
        if names:
            return names, 0.75
    if action in _RULING:
        m = _DECIDES_THAT.match(rest)
        if m:
            names = names_in(m.group(1))
            if names:
                return names, 0.8
            after = rest[m.end():].lstrip()
            # (a passive asks no one, "that the contingency fund … shall be set"; what someone shall be
            # responsible for, they are to do: "that the Office of the High Representative shall be the focal
            # point for …")
            words = None if after.startswith("be ") and not _WHAT_IT_SHALL_BE.match(after) else _agent_words(
                m.group(1))
            head = head_noun(words).removesuffix("s") if words else ""
            if words and (not _LOWER_START.match(words) or head in _BODY_NOUNS):
                # "Decides that the Special Committee shall hold its next session …", "that the
                # working group shall meet …": a body the register does not know by name (a short
                # name is resolved for the whole resolution); not "that the contingency fund …
                # shall be set" (no one is asked), nor "that staff members … shall" (rules for them)
                return [gazetteer.canonical(words) or words], 0.6
        auth = _DECIDES_TO_ASK.match(rest)
        if auth:
            after = _window(rest, auth.end(), 400)
            names = names_in(after, _addressee_end(after), groups=True)
            if names:
                return names, 0.75
        if body_name:
            return [body_name], 0.85
    clause = _window(rest.split(";", 1)[0], 0, 600)
    if action == "calls_for":
        # "Calls for enhanced support to developing countries": those it is for are not asked; those
        # it names to act are ("Calls for urgent action by Member States … to …"), in its own clause ("Calls
        # for calm and increased dialogue between DRC and Rwanda …, underscores the importance of …
        # support from the Secretary-General …")
        own = clauses(action, rest)[0][1]
        return _called_by(clause[: len(own)] if clause.startswith(own) else clause, names_in, gazetteer), 0.6
    names, conf = _stressed_subject(action, rest, names_in) or (
        names_in(clause, addressed=False, owners=False), _NAMED_IN_PASSING)
    if names:
        return names, conf
    if action in CALLING:
        return [], 0.6  # "Calls for full implementation of …", "Encourages the efforts to …"
    if body_name and (action is not None):
        return [body_name], _NO_ONE_NAMED
    return [], 0.2


def _stressed_subject(action: str | None, rest: str, names_in) -> tuple[list[str], float] | None:
    """Those whose standing duty the paragraph's verb stresses or reaffirms (:func:`.kinds.duty_stressed`):
    "Stresses that the Territory should continue to participate …" asks the Territory (resolved to the one
    the resolution is on by :func:`resolve_short_names`), "Reaffirms that all States shall prevent …" the
    States, not the names their duty mentions in passing ("… for the benefit of developing countries"); None
    where it stresses no duty or names no one."""
    stressed = duty_stressed(action, rest)
    names = (["Territory"] if stressed.endswith("Territory") else names_in(stressed)) if stressed else []
    return (names, 0.8) if names else None


#: the verb of a that-clause in the passive: "that due consideration continue to be given", "that
#: immediate steps be taken", "that the issue … should be included" (not what its subject is, "that
#: Governments be inclusive", nor what is to be done to a noun: "that the report of the Secretary-General
#: …, to be submitted to the Council")
_PASSIVE_VERB = re.compile(
    r"\b(?:(?:shall|should|must|will|would|may|can)\s+(?:[a-z]+ly\s+|also\s+|further\s+)?"
    r"|continue\s+to\s+|(?<!to\s))"
    r"be\s+(?:[a-z]+ly\s+|also\s+|further\s+)?[a-z]+(?:ed|en|wn|ne|id|ht|de|ft|un)\b")
#: … and its agent: "that appropriate measures be taken by Member States and United Nations agencies" (not
#: how: "by means of", "by consensus", "by 2030")
_BY_THE_AGENT = re.compile(r"[^,;:]{0,40}?\s+by\s+(?!\d|means\b|way\b|virtue\b|consensus\b)")
#: a verb before the passive's: a modal or "be" of the clause's own verb ("that the stationing of the Force
#: shall be for a period of three months, … in a manner to be agreed upon by them")
_A_VERB_BEFORE = re.compile(r"\b(?:shall|should|must|will|would|may|can|be|is|are)\b")


#: a noun in lower case and the passive's "be" after it, which a clause's subject read to an agent noun
#: leaves out: "[that the above-mentioned expert] seminar be organized" (not an adverb: "also be invited")
_A_NOUN_AFTER = re.compile(
    r"(?!(?:also|further|again|not|all|both|each|then|thus|hereby)\b)[a-z][\w-]*(?<!ly) be")


def _asked_in_a_passive(rest: str, names_in) -> list[str] | None:
    """Whom a call asks with a that-clause in the passive whose subject names no one: the agent of its
    passive alone ("Requests that appropriate measures be taken by Member States …"), no one where it names
    none ("Urges that due consideration continue to be given to the review …, aligned with the Economic and
    Social Council, the high-level political forum …"; "Demands that immediate and unimpeded access be
    given to the Office of the High Commissioner …": those it goes to). None for any other words."""
    that = _THAT_CLAUSE.match(rest)
    if not that:
        return None
    clause = rest[that.end() :].split(";", 1)[0].split(":", 1)[0]
    verb = _PASSIVE_VERB.search(clause, 0, 300)
    if verb is None or _A_VERB_BEFORE.search(clause, 0, verb.start()):
        return None  # (not a passive after the clause's own verb: "that all parties … comply …, and notes
        # that humanitarian aid must be delivered …")
    named, after = _clause_subject(clause)
    if named is not None and names_someone(named) and not _A_NOUN_AFTER.fullmatch(" ".join(after[:2])):
        return None  # "that all parties to the conflict comply", "that Israel, the occupying Power, end …"
        # (not an agent noun before the noun it qualifies: "that the above-mentioned expert seminar be
        # organized")
    # (its subject after a phrase set off before it: "that, in order to deepen cooperation …, the issue …")
    # (not the names that qualify a thing, its subject: "that the appropriation within the regular budget of
    # the United Nations … be reallocated", A/RES/45/179 12)
    subject = clause[: verb.start()].strip(" ,").rsplit(", ", 1)[-1]
    if not subject or names_someone(subject):
        return None
    by = _BY_THE_AGENT.match(clause, verb.end()) or _ON_ITS_WEBSITE.search(clause, verb.start())
    agents = []
    if by is not None:
        after = _window(clause, by.end(), 400)
        agents = names_in(after, _addressee_end(after), groups=True)
    # … and the subject of a further that-clause: "…, and that the Office of the High Commissioner liaise with
    # …" (A/HRC/RES/53/17 14)
    # (not one in the passive too: "and that the various alternative approaches, including … those considered
    # in the Conference on Disarmament, be further explored")
    further = _AND_THAT.search(clause, verb.end())
    asks, subject = _clause_asks(clause[further.end() - len("that ") :][:300]) if further else (False, None)
    if asks and subject is not None and names_someone(subject):
        agents += [n for n in names_in(subject) if n not in agents]
    return agents


#: a further that-clause of the same verb
_AND_THAT = re.compile(r",?\s+and\s+that\s")
#: … a passive that puts something on someone's website, who does it: "that such stakeholder contributions …
#: be made available on the website of the Office of the High Commissioner" (A/HRC/RES/57/6 9)
_ON_ITS_WEBSITE = re.compile(
    r"be\s+(?:\w+ly\s+)?(?:made\s+(?:\w+ly\s+)?available|posted|published|placed|uploaded)\s+"
    r"(?:on|through|via)\s+(?:the\s+)?(?:websites?|web\s+sites?|portal|web\s+pages?)\s+of\s+(?:the\s+)?")


#: what is given to someone, as an addressee verb's object: "(Encourages) support for developing
#: countries", "(Urges) enhanced support to …", "contributions to the Trust Fund" (not an addressee
#: before it: "all donors to increase support for …")
_GIVEN = re.compile(r"\s*(?:(?!(?:to|and|or|that)\b)[a-z][\w-]*\s+){0,3}?"
                    r"(?:support|assistance|aid|contributions|funding|financing)\s+(?:to|for)\s")


def _given(words: str) -> bool:
    """``words`` open with something given to someone, which those it goes to do not do."""
    m = _GIVEN.match(words)
    return m is not None and not any(is_agent_noun(w) for w in m.group(0).split()[:-2])


_APPEALS_TO = re.compile(r"^\s*to\s+")
#: "be" before what its subject is to do, not a passive: "be responsible for", "be the focal point for" (not
#: what it is: "shall be the intergovernmental decision-making body", "will be a family duty station")
_WHAT_IT_SHALL_BE = re.compile(
    r"be\s+(?:(?:jointly\s+|primarily\s+)?responsible|in\s+charge|the\s+(?:\w+\s+)?focal\s+point)\b")
#: the confidence of the adopting body as the actor of a paragraph that names no one
_NO_ONE_NAMED = 0.5
#: … of those a paragraph's first clause names, none of them addressed ("Welcomes the work of …")
_NAMED_IN_PASSING = 0.7


#: generic names a resolution uses for one mandate it names in full elsewhere, and the words
#: that full name contains ("the Special Rapporteur" -> "the Special Rapporteur on …")
_GENERIC_WORDS = {
    "Special Rapporteurs": "Special Rapporteur", "Independent Expert": "Independent Expert",
    "Working Group": "Working Group", "Commission of Inquiry": "Commission of Inquiry",
    "Special Representative of the Secretary-General": "Special Representative",
    "Special Envoy of the Secretary-General": "Special Envoy",
    "Special Adviser of the Secretary-General": "Special Adviser",
    "Personal Envoy of the Secretary-General": "Personal Envoy",
}
#: a short name: one to three capitalised words ("the Committee", "the Special Committee",
#: "the Agency", "the University")
_NAME_HEAD = (
    r"(?:Committee|Commission|Council|Agency|Office|University|Tribunal|Court|Authority|"
    r"Centre|Center|Division|Unit|Forum|Panel|Team|Board|Fund|Programme|Institute|Mission|Force|"
    r"Group|Secretariat|Conference|Mechanism|Bureau|Network|Platform|Facility|Organization|Service|"
    r"Department|Coordinator|Rapporteur|Expert|Envoy|Adviser|Representative|Entity|Alliance)"
)
_SHORT_NAME = re.compile(rf"^(?:[A-Z][a-z]+ ){{0,2}}{_NAME_HEAD}$")
#: an alias that is a body's short name ("Advisory Committee", "Working Group", "the Organization",
#: "the Assembly", "Group of Experts"), which capitalised words before it make another body's
#: (:data:`_WORDS_BEFORE_NAME`)
_SHORT_ALIAS = re.compile(rf"(?:[A-Z][\w-]*\s+){{0,2}}(?:{_NAME_HEAD}|Assembly)(?:\s+of\s+[A-Z][\w-]*)?")
#: capitalised words before such an alias, in the middle of a sentence, that begin the name it ends:
#: "the Standing Advisory Committee", "the Economic Cooperation Organization", "the World Health
#: Assembly", "the Ad Hoc Working Group"; not the United Nations' own ("the UN Secretariat", "the
#: United Nations Special Coordinator", a name the gazetteer reads on from) nor a possessive ("the
#: Secretary-General’s Personal Envoy"); a mandate's generic name is its tail's (:data:`_MANDATE_HEADS`)
#: the indefinite article before a short name: "an Advisory Committee", "a Council"
_INDEFINITE = re.compile(r"(?:^|[^\w-])an?\s$", re.I)
#: the rest of the name of a body named anew: "… on Technical Assistance to Promote the Teaching, Study,
#: Dissemination and Wider Appreciation of International Law"
_NEW_NAME_AFTER = re.compile(
    r"\s+(?:of|on|for|against|in)(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+"
    r"(?:(?:(?:\s+(?:of|on|for|in|to)|\s+and|(?:,(?:\s+[A-Z][\w’'-]*)+)+,?\s+and)(?:\s+the)?|\s+the)"
    r"(?:\s+[A-Z][\w’'-]*)+)*")
_WORDS_BEFORE_NAME = re.compile(
    r"(?<=[a-z,]\s)(?!(?:UN|United|Nations)\s)[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*(?<![’'])(?<![’']s)\s$")


#: capitalised words before a short name ("United Nations Scientific Committee") and its
#: complement after it ("… Committee on the Peaceful Uses of Outer Space")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+)+$")
_NAME_AFTER = re.compile(
    # (or the number a group is named by: "the Group of 20", "the Group of 77 and China")
    r"(?:(?:\s+(?:of|on|for|against|in)(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+|\s+of\s+\d{1,3}(?![\w-]))"
    r"(?:(?:\s+(?:of|on|for|in|to)(?:\s+the)?|\s+and)(?:\s+[A-Z][\w’'-]*)+)*)"
)
#: a body named in words the register may not know: "the Advisory Commission of the Agency"
_BODY_NAMED = re.compile(rf"\bthe\s+((?:[A-Z][\w’'-]*\s+){{0,3}}{_NAME_HEAD}\b{_NAME_AFTER.pattern}?)")


def _written_names(words: str, texts: list[str], gazetteer: Gazetteer) -> Counter:
    """How often each full name around ``words`` is written in ``texts`` (as the register knows
    it where it does)."""
    counts: Counter = Counter()
    for text in texts:
        at = text.find(words)
        committees = (committees_by_resolution(text, gazetteer)
                      if at >= 0 and words.endswith("Committee") else [])
        while at >= 0:
            end = at + len(words)
            named = next((name for s, e, name in committees if s <= at < e), None)
            if named is not None:
                counts[named] += 1
            elif not text[end : end + 1].isalnum() and (at == 0 or not text[at - 1].isalnum()):
                before = _NAME_BEFORE.search(text, max(0, at - 80), at)
                after = _NAME_AFTER.match(text, end)
                written = (f"{before.group(0) if before else ''}{words}"
                           f"{after.group(0) if after else ''}").strip()
                if written != words and not written.startswith(("The ", "A ", "An ")):
                    counts[gazetteer.canonical(written) or written] += 1
            at = text.find(words, end)
    return counts


#: an office of an entity, before its name: "Chair of the " (:func:`_holders_named`)
_OFFICE_OF = re.compile(rf"{OFFICE_TITLE.pattern}\s+of\s+(?:the\s+)?")


def _of_whom(actor: str) -> tuple[str, str]:
    """``actor`` as the words before the organization it is part of and that organization: "States
    members of the Standing Advisory Committee", "Chair of the Working Group"; ``("", actor)`` for
    any other."""
    for members in (_STATES_MEMBERS, _MEMBERS_OF_THE):
        if actor.startswith(members):
            return members, actor.removeprefix(members)
    office = _OFFICE_OF.match(actor)
    if office is None or actor.endswith(" Council"):
        # (not "the President of the Council": the adopting Council's, or the one named, not a Council the
        # resolution names most)
        return "", actor
    return actor[: office.end()], actor[office.end() :]


def _resolved_actor(actor: str, resolved: dict[str, str]) -> str:
    """``actor`` with its short name resolved, also where it names an organization's States members or
    an office of it: "States members of the Standing Advisory Committee", "Chair of the Working Group"
    as the committee or group is named."""
    part, organization = _of_whom(actor)
    if part and organization in resolved:
        if part == _STATES_MEMBERS:
            return _members_of(resolved[organization])
        if part == _MEMBERS_OF_THE and _ACRONYM.fullmatch(resolved[organization]):
            return f"members of {resolved[organization]}"
        return f"{part}{resolved[organization]}"
    return resolved.get(actor, actor)


#: a full name whose head is a short name, as written before it: "the Financing for Development Office",
#: "the Ad Hoc Open-ended Informal Working Group", "the United Nations Office on Drugs and Crime"
#: (capitalised words right before the head, joined by "for", "on", "of", "in", "and" but not "and the")
_FULL_NAME_BEFORE = (r"((?:[A-Z][\w’'-]*\s+(?:(?:for|on|of|in)\s+(?:the\s+)?|and\s+(?!the\b))?)*"
                     r"[A-Z][\w’'-]*\s+)")


#: a name that goes on in lower case, not by a preposition or a clause: "the United Nations [system]"
_LOWER_NEXT = re.compile(r" (?!(?:of|on|for|in|to|and|or|at|by|with|from|the|as|which|who|that|is|are|has|"
                         r"have)\b)[a-z]")
_LAST_COMPLEMENT = re.compile(r"\s+(?:of|on|for|against|in|to|and)(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+$")


def resolve_named_in_paragraph(actors: list[str], text: str, gazetteer: Gazetteer) -> None:
    """Replace, in place, a short name ("the Office", "the Working Group", "the Chair") by the one full name
    the same paragraph gives a body of that head: "Recognizes the work of the Financing for Development
    Office, and encourages the Office … to continue its work" (A/RES/68/204 47). Read after
    :func:`resolve_short_names`, for the short names the whole resolution left open; one the paragraph gives
    several full names for, or none, stays as it is."""
    for k, actor in enumerate(actors):
        if not (actor in _GENERIC_WORDS or (not gazetteer.knows(actor) and _SHORT_NAME.match(actor))):
            continue
        # (given before the short name is written by itself: not "Requests the Committee … to take into
        # account any special observations which the Administrative Committee on Co-ordination may …")
        alone = re.search(rf"\bthe\s+{re.escape(actor)}(?![\w-])", text)
        fits = set()
        full_name = re.compile(rf"{_FULL_NAME_BEFORE}{re.escape(actor)}(?![\w-])")
        for m in full_name.finditer(text, 0, alone.start() if alone else len(text)):
            written = m.group(0)
            office = _OFFICE_OF.match(written)  # "the Co-Chairs of the Ad Hoc … Working Group": the group
            written = written[office.end():] if office else written
            if written.startswith(("The ", "A ", "An ")) or written == actor:
                continue
            after = _NAME_AFTER.match(text, m.end())
            tail = after.group(0) if after else ""
            if after and _LOWER_NEXT.match(text, after.end()):
                # (a name its complement ends in that goes on in lower case is another's: "… against
                # Trafficking in Persons [in the United Nations system]")
                tail = _LAST_COMPLEMENT.sub("", tail)
            written = " ".join(f"{written}{tail}".split())
            # (as the register knows it where it does: a known name read from the first word)
            known = next((name for s, _, name in gazetteer.find(written) if s == 0), None)
            fits.add(known or written)
        if len(fits) == 1:
            actors[k] = fits.pop()
    actors[:] = list(dict.fromkeys(actors))


#: lower-case words a name ends with, after its short name a noun, not a preposition: "Committee members"
#: (not "Special Rapporteur on the right to education")
_LOWER_END = re.compile(r"(?:\s+[a-z][\w-]*)+$")


def _holds_name(written: str, pattern: re.Pattern[str]) -> bool:
    """``written`` is a name holding the short name ``pattern`` finds, not that name followed by lower-case
    words that end it: "the Committee established pursuant to resolution 1267 (1999)", not "Committee members"
    (an addressee as written, S/RES/1904 (2009) 25), who are the Committee's members."""
    lower = _LOWER_END.search(written)
    return any(lower is None or m.end() != lower.start() or not _LOWER_NEXT.match(written, m.end())
               for m in pattern.finditer(written))


def resolve_short_names(actor_lists: list[list[str]], texts: list[str], gazetteer: Gazetteer,
                        symbol: str | None = None, *, most_written: bool = True) -> None:
    """``texts``: the title first, then every paragraph. Replace, in place, a short name
    ("the Committee", "the Agency", "the Special Rapporteur") by the one full name the same
    resolution gives it ("the Committee on the Exercise of …", "the United Nations Relief and
    Works Agency …", "the Special Rapporteur on …"); where several fit, the one the title names
    (``most_written``: else the one written most often). A short name that fits no name, or several,
    is left as it is."""
    wanted: dict[str, str] = {}
    for actors in actor_lists:
        for actor in (_of_whom(a)[1] for a in actors):
            if actor in _GENERIC_WORDS:
                wanted[actor] = _GENERIC_WORDS[actor]
            elif not gazetteer.knows(actor) and _SHORT_NAME.match(actor):
                wanted[actor] = actor
    if any(_a_government(a) or a in _THE_TERRITORY for actors in actor_lists for a in actors):
        state = _the_state_of(texts, gazetteer)
        if state is not None:
            territory = gazetteer.kind(state) == "territory"
            for actors in actor_lists:
                actors[:] = list(dict.fromkeys(
                    state if _a_government(a) or (territory and a in _THE_TERRITORY) else a for a in actors))
    if not wanted:
        return
    # every name the resolution uses, as written -> as the register knows it
    full: dict[str, str] = {}
    title_names = {texts[0][s:e]: name for s, e, name in _names_with_spans(texts[0], len(texts[0]), gazetteer)
                   } if texts else {}
    needles = set(wanted.values())
    for text in texts:
        if not any(w in text for w in needles):
            continue
        for s, e, name in _names_with_spans(text, len(text), gazetteer):
            full.setdefault(text[s:e], name)
    for actors in actor_lists:
        for actor in actors:
            if not gazetteer.knows(actor) and actor not in full and not _SHORT_NAME.match(actor):
                full.setdefault(actor, actor)
    resolved: dict[str, str] = {}
    defined = _defined_names(texts, gazetteer, symbol)
    for short, words in wanted.items():
        if words in defined:
            resolved[short] = defined[words]
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")
        fits = {name for written, name in full.items()
                if name != short and written != words and _holds_name(written, pattern)
                and f"of the {words}" not in written  # not "the Chair of the Special Committee"
                and not _OFFICE_OF.match(name)}  # nor "the President of the Economic and Social Council"
        beside = _listed_beside(words, texts, gazetteer) if len(fits) > 1 else set()
        fits -= beside
        if len(fits) > 1:
            # the one the title names: "Report of the Committee on Relations with the Host Country"
            in_title = {name for written, name in title_names.items() if name in fits}
            fits = in_title or fits
        if len(fits) != 1 and most_written:
            # the name the resolution gives most often, as written where the register does not
            # know it ("the United Nations Scientific Committee on the Effects of Atomic
            # Radiation" for "the Scientific Committee")
            counts = Counter({name: n for name, n in _written_names(words, texts, gazetteer).items()
                              if name != short and name not in beside and (not fits or name in fits)})
            most = _most_often(counts)
            fits = {most} if most is not None else set()
        if not fits and short in _COUNTRY_MANDATES and texts:
            # a resolution on the "Situation of human rights in Burundi" whose names leave it open (it
            # names no mandate in full, or several as often): "the Special Rapporteur" is the one on
            # that situation, in its title's words
            titled = _SITUATION_TITLE.match(texts[0])
            if titled:
                named = f"{words} on the {titled.group(1)[0].lower()}{titled.group(1)[1:]}"
                fits = {gazetteer.canonical(named) or named}
        if len(fits) == 1:
            resolved[short] = fits.pop()
    if not resolved:
        return
    for actors in actor_lists:
        actors[:] = list(dict.fromkeys(_resolved_actor(a, resolved) for a in actors))


#: a State's Government or authorities, by the words alone, in a resolution on that State: "Urges the
#: Government to …", "Urges the Transitional Authorities to …" (S/RES/2127 (2013) on the Central African
#: Republic), "encourages the transitional authorities to …" (A/HRC/RES/52/42 on Mali)
_THE_GOVERNMENT = frozenset({"Government", "Transitional Authorities", "Transitional authorities",
                             "transitional authorities", "Transitional Government", "transitional Government",
                             "Transitional Federal Government", "Federal Government"})
#: … or by the name of a Government its parties formed together: "Calls upon the Government of National Accord
#: to promote and protect human rights …" (S/RES/2259 (2015) 13, on Libya), "Calls upon the Government of
#: National Unity to …" (A/HRC/RES/48/25 9, on Libya), "Urges the Revitalized Transitional Government of
#: National Unity to …" (A/HRC/RES/43/27 4, on South Sudan), "Calls on the interim Government of National
#: Unity to …" (S/RES/2570 (2021) 2, on Libya): the same words name the Governments of several States
#: (the Sudan's of 2005, Libya's of 2021, South Sudan's): the State is the resolution's, not the gazetteer's
_GOVERNMENT_OF_NATIONAL = re.compile(
    r"(?:(?:[Ii]nterim|Revitalized|[Tt]ransitional)\s+)*Government\s+of\s+National\s+(?:Accord|Unity|Consensus)"
    r"(?:\s+and\s+Reconciliation)?")


def _a_government(actor: str) -> bool:
    """``actor`` names a State's Government by words that do not name the State (:data:`_THE_GOVERNMENT`,
    :data:`_GOVERNMENT_OF_NATIONAL`)."""
    return actor in _THE_GOVERNMENT or _GOVERNMENT_OF_NATIONAL.fullmatch(actor) is not None


#: a Non-Self-Governing Territory, by the words alone, in a resolution on that Territory: "Requests the
#: Territory and the administering Power to take all measures necessary …", "Requests the administering
#: Power to work with the territorial Government …" (A/RES/80/97 on Montserrat, A/RES/80/96 on Guam)
_THE_TERRITORY = frozenset({"Territory", "territorial Government", "Territorial Government"})


#: the generic names of the mandates the Human Rights Council gives on a country's situation …
_COUNTRY_MANDATES = frozenset({"Special Rapporteurs", "Independent Expert"})
#: … named as the title of the resolutions on it: "Situation of human rights in Burundi"
_SITUATION_TITLE = re.compile(
    r"^(?:[\w-]+/\d+\.\s*)?(Situation\s+of\s+human\s+rights\s+in\s+[^.;:]{3,80}?)\.?$")


def _the_state_of(texts: list[str], gazetteer: Gazetteer) -> str | None:
    """The State whose Government "the Government" of a resolution is: the one State its title
    names ("Situation of human rights in Myanmar"), else the one it most often names as "the
    Government of …"; None where nothing tells."""
    if texts:
        states = {name for _s, _e, name in gazetteer.find(texts[0]) if gazetteer.is_state(name)}
        if len(states) == 1:
            return states.pop()
    counts: Counter[str] = Counter()
    for text in texts[1:]:
        for m in _GOVERNMENT_OF.finditer(text):
            found = gazetteer.find(text[m.end() : m.end() + 80])
            if found and found[0][0] == 0 and gazetteer.is_state(found[0][2]):
                counts[found[0][2]] += 1
    most = _most_often(counts)
    if most is not None:
        return most
    # … else the State it is about, which it names far more often than any other: "Urges the Transitional
    # Authorities to …" of a Security Council resolution titled by its number alone on "the CAR" (S/RES/2127
    # (2013) 4; S/RES/2149 (2014), whose "Government of" names Chad, France and the CAR once each)
    named = Counter(name for text in texts[1:] for _s, _e, name in gazetteer.find(text)
                    if gazetteer.is_state(name))
    ranked = named.most_common(2)
    if ranked and ranked[0][1] >= _ABOUT_A_STATE and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]):
        return ranked[0][0]
    return None


#: how often a resolution names the State it is about, at least
_ABOUT_A_STATE = 5


#: a short name a resolution gives the name before it: "… (“the Committee”)", "(hereinafter referred
#: to as “the Special Committee”)"
_DEFINED_AS = re.compile(
    r"\((?:(?:herein|hereinafter|hereafter)\s+)?(?:(?:referred\s+to\s+as|called|known\s+as)\s+)?"
    r"(?:[“\"‘']the\s+([A-Z][^”\"’'()]{0,60})[”\"’']"
    # … or without quotes, a short name only: "(the Committee)" (S/RES/1533 (2004) 8)
    rf"|the\s+((?:[A-Z][a-z]+\s+){{0,2}}{_NAME_HEAD}))\)"
)


#: a Security Council resolution establishing its own committee: "Decides to establish, in
#: accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council
#: consisting of all the members of the Council (herein “the Committee”)"
_ESTABLISHES_COMMITTEE = re.compile(
    r"\bestablish(?:es)?,?\s[^.;]{0,120}\ba\s+Committee\s+of\s+the\s+Security\s+Council\b")
_SC_NUMBER = re.compile(r"S/RES/(\d+)")


def _defined_names(texts: list[str], gazetteer: Gazetteer, symbol: str | None) -> dict[str, str]:
    """short name -> the name the resolution says it stands for, where it says so: "the Committee
    established pursuant to resolution 1267 (1999) (“the Committee”)"; a Security Council
    resolution's own committee is "<its number> Committee"."""
    out: dict[str, str] = {}
    own = _SC_NUMBER.match(symbol or "")
    for text in texts:
        for m in _DEFINED_AS.finditer(text) if "(" in text else ():
            before = text[max(0, m.start() - 300) : m.start()].rstrip()
            short = m.group(1) or m.group(2)
            if own and short == "Committee" and _ESTABLISHES_COMMITTEE.search(before):
                name = f"{own.group(1)} Committee"
                out.setdefault(short, gazetteer.canonical(name) or name)
                continue
            # the last name before it that holds its words, with nothing between but the name's
            # complement ("the Division for Ocean Affairs and the Law of the Sea of the Office of
            # Legal Affairs (“the Division”)")
            for s, e, name in reversed(_names_with_spans(before, len(before), gazetteer)):
                if short in before[s:e]:
                    if _NAME_AFTER.fullmatch(before, e) or e == len(before):
                        # (the body, not an office of it read with its name: "the visit of the Chair of
                        # the Committee established pursuant to resolution 2653 (2022) (the Committee)")
                        part, body = _of_whom(name)
                        out.setdefault(short, body if part and short not in part else name)
                    break
    return out


#: what joins the names of a list: ", the", " and the", after an abbreviation: "the Counter-Terrorism
#: Committee (CTC) and the …"
_LIST_JOIN = re.compile(r"(?:\s*\([A-Z][\w-]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _listed_beside(words: str, texts: list[str], gazetteer: Gazetteer) -> set[str]:
    """The names listed after the short name, which it therefore is not: "cooperation among the
    Committee, the Counter-Terrorism Committee (CTC) and the Committee established pursuant to
    resolution 1540 (2004)"."""
    out: set[str] = set()
    bare = re.compile(rf"\bthe {re.escape(words)}(?=,|\s+and\b)")
    for text in texts:
        for m in bare.finditer(text) if f"the {words}" in text else ():
            window = text[m.end() : m.end() + 400]
            at = 0
            for s, e, name in _names_with_spans(window, len(window), gazetteer):
                join = _LIST_JOIN.match(window, at)
                if join is not None and s < join.end():
                    continue  # the abbreviation of the name before: "(CTC)"
                if join is None or join.end() != s:
                    break
                out.add(name)
                at = e
    return out


def _most_often(counts: Counter[str]) -> str | None:
    """The name counted most, where no other is counted as often; None where none or a tie."""
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


_GOVERNMENT_OF = re.compile(r"\bGovernment\s+of\s+(?:the\s+)?")


#: what the States adopting a declaration say of themselves: "We commit to", "We will", "We pledge"
_COMMITMENTS = frozenset({"commits", "pledges", "undertakes", "recommits", "resolves", "vows",
                          "strives", "endeavours", "endeavors", "dedicates"})
_MODAL_PREFIXES = ("will_", "shall_", "must_", "can_", "should_")
#: what the speakers will ask of others, the verb after their modal: "We will encourage Governments
#: to …"
_WILL_ASK = frozenset({"request", "urge", "call", "encourage", "invite", "appeal", "exhort", "ask", "demand"})


#: "To strengthen …, we will:", "In this regard, we commit to": where the declaration speaks
_WE_INSIDE = re.compile(r"(?:[,;:]\s*|\s)(?:and\s+)?we\s+(?=[a-z])")


#: verbs that open a declaration's paragraphs in its speakers' voice ("Commit to …", "Ensure that …",
#: "Strengthen …"), besides the verbs that open resolutions' paragraphs (KNOWN_VERBS, _COMMITMENTS)
_DECLARED_VERBS = frozenset({
    "accelerate", "accord", "achieve", "address", "advance", "allocate", "apply", "assist", "build",
    "collect", "combat", "conduct", "contribute", "create", "deliver", "design", "develop", "devise",
    "devote", "drive", "eliminate", "empower", "enact", "engage", "enhance", "ensure", "eradicate",
    "evaluate", "examine", "exchange", "expand", "explore", "facilitate", "finalize", "finalise", "foster",
    "give", "harness", "identify", "implement", "improve", "include", "increase", "institute",
    "integrate", "intensify", "invest", "investigate", "launch", "leverage", "mainstream", "make",
    "mobilize", "mobilise", "monitor", "prevent", "prioritize", "prioritise", "promote", "protect",
    "provide", "pursue", "raise", "reassess", "redouble", "reduce", "reinforce", "respect",
    "strengthen", "tackle", "uphold",
    "abolish", "adopt", "align", "attain", "avail", "boost", "bridge", "collaborate", "cooperate",
    "coordinate", "criminalize", "criminalise", "disseminate", "embed", "enable", "endeavour",
    "enforce", "establish", "halt", "halve", "incorporate", "maintain", "maximize", "maximise",
    "minimize", "minimise", "modernize", "modernise", "optimize", "optimise", "prosecute", "ratify",
    "refrain", "remove", "restore", "reverse", "revise", "safeguard", "scale", "secure", "seek", "set",
    "step", "streamline", "strive", "sustain", "tailor", "undertake", "update", "upgrade", "utilize",
    "utilise",
})
#: the word after a verb of _NOT_BARE_VERBS that makes it one ("Note with concern", "Remain deeply
#: concerned", "Continue to"), where other words make it a noun ("Note by", "State parties")
_AFTER_A_VERB = frozenset({"that", "with", "to", "the", "our", "all", "deeply", "firmly", "fully",
                           "committed", "concerned", "convinced"})
#: the word after an opening one that makes it the subject of a sentence: "Review of …", "Progress
#: has been made"
_AFTER_A_SUBJECT = frozenset({"of", "for", "by", "is", "are", "was", "were", "has", "have", "had", "will",
                              "would", "shall", "should", "must", "can", "could", "may", "remains"})
#: a declaration's paragraph opening with its verb, after adverbs or a date it is to act by: "Commit
#: to …", "Also resolve …", "By 2003, ensure …"
_DECLARED_OPENING = re.compile(
    rf"^(?:By\s+[^,;]{{0,30}}?\b\d{{4}},\s+)?((?:{_ADVERB},?\s+)*([A-Za-z][a-z]+(?:-[a-z]+)?)\b,?\s*(\w+)?)"
)


def _declared_opening(intro: str) -> re.Match[str] | None:
    """``_DECLARED_OPENING``'s match where ``intro`` opens with a verb the speakers say ("Commit to
    …"), its group 1 the words from the verb's adverbs on."""
    m = _DECLARED_OPENING.match(intro)
    if m is None:
        return None
    word, after = m.group(2).lower(), (m.group(3) or "").lower()
    if after in _AFTER_A_SUBJECT:
        return None
    if word in _NOT_BARE_VERBS:
        verb = after in _AFTER_A_VERB and word not in ("is", "state", "act", "permit")
    else:
        third = _third_person(word)
        verb = word in _DECLARED_VERBS or third in KNOWN_VERBS or third in _COMMITMENTS
    return m if verb else None


#: a call in the speakers' own voice after a comma or "and", its "we" left out: "We note the work
#: of the International Law Commission … and encourage States to share their views", "We recognize
#: …, and urge both bilateral and multilateral donors to …"; what they call for, recommend, commit or
#: pledge themselves to ("We welcome the outcome document of the Fourth International Conference …, and
#: call for its timely and effective implementation", A/RES/80/3 annex 8; "We note that lack of capacity is a
#: major barrier …, and recommend that capacity development … be leveraged …", A/RES/80/173 59; "…, and
#: commit to implement measures to prevent the introduction …", A/RES/66/288 annex 164)
_WE_LEFT_OUT = re.compile(
    r"((?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:also|further|strongly)\s+)*)"
    r"(?=(?:call\s+upon|call\s+on|urge|encourage|invite|request|ask)\s+(?!to\b|that\b|for\b)"
    r"|(?:call\s+for|recommend|commit|pledge)\s+(?:that\b|to\b|ourselves\b|our\b|the\b|its\b|their\b|[a-z]+\s))"
)


def measures_listed(intros: list[str]) -> list[bool]:
    """Which of a declaration's paragraphs are its measures written as infinitives of its lead-in's
    commitment ("We resolve to undertake the following measures: … 1. To refrain from … 2. To
    cooperate fully …"): two or more in a row open so, none of them leading sub-paragraphs ("To
    overcome …: (a) We commit to …" states a purpose)."""
    opens = [_INFINITIVE_OPENING.match(intro) is not None and not intro.endswith(":") for intro in intros]
    last = len(opens) - 1
    return [o and ((k > 0 and opens[k - 1]) or (k < last and opens[k + 1])) for k, o in enumerate(opens)]


def in_first_person(intro: str, after_we: bool, listed: bool = False) -> str:
    """The words of an annexed declaration's paragraph from where its speakers speak: "We
    strengthen …" for "Strengthen …" after a lead-in "… in this regard we:", "We commit to …" for
    "Commit to …", "We will …" for "To strengthen …, we will: …", "We refrain from …" for a measure
    ``listed`` as "To refrain from …" (``measures_listed``); the paragraph itself when it opens
    with "We". A call made further on in the same voice is written with its "we" ("…, and we urge
    donors to …"), so that it is read as one."""
    said = _from_the_speakers(intro, after_we, listed)
    return _WE_LEFT_OUT.sub(r"\1we ", said) if said.startswith("We") else said


#: a request or call in the passive voice, as programmes of action annexed to a resolution write
#: them: "The Secretary-General is requested to ensure …", "The General Assembly is invited to
#: consider …", "States that have not yet established resettlement programmes are encouraged to do so"
#: (its subject one phrase, no comma: not "In this regard, …")
_ASKED_IN_THE_PASSIVE = re.compile(
    r"([A-Z][^,;:.()]{0,160}?)\s+(?:is|are)\s+(?:(?:also|further|strongly|therefore|again|hereby)\s+)*"
    r"(requested|invited|encouraged|urged|called\s+upon|called\s+on|asked)\s+to\s+(?=[a-z])"
)
_ASKING_IN_THE_ACTIVE = {"requested": "Requests", "invited": "Invites", "encouraged": "Encourages",
                         "urged": "Urges", "called upon": "Calls upon", "called on": "Calls upon",
                         "asked": "Asks"}


def asked_in_the_active(intro: str) -> tuple[str, str] | None:
    """A paragraph that asks in the passive voice, as the operative phrase and the words it
    governs: "The Secretary-General is requested to ensure …" -> ("Requests", "The
    Secretary-General to ensure …"); None for any other paragraph."""
    m = _ASKED_IN_THE_PASSIVE.match(intro)
    if m is None:
        return None
    return _ASKING_IN_THE_ACTIVE[" ".join(m.group(2).split())], f"{m.group(1)} to {intro[m.end():]}"


#: a paragraph whose main clause is what its subject should do, with no operative phrase: "The
#: Government of Pakistan should undertake to use its best endeavours: …" (the measures a resolution
#: recommends), "Member States should empower the relevant authorities …" (guidelines annexed to a
#: resolution); its subject one phrase, no comma; not "should be" (passive: no one is asked), "should
#: not", "should have"
_ASKED_OF_ITS_SUBJECT = re.compile(
    # after an introductory phrase: "In the selection of staff, the Secretary-General should follow …",
    # "To encourage study and research on disarmament, the United Nations Centre for Disarmament should …"
    r"(?:(?:In|At|For|Within|Under|During|With|To)\b[^,;:]{0,100},\s+(?:the\s+(?=[A-Z]))?)?"
    r"([A-Z][^,;:.()]{0,160}?)\s+should\s+"
    r"(?!(?:(?:also|further|therefore|\w+ly)\s+)?(?:be|been|not|have|has|themselves|itself)\b)"
    r"(?:(?:also|further|therefore|\w+ly)\s+)?(?=[a-z])"
)


#: a part of the Secretariat or of a Government by its name: "the Department of Public Information should also
#: promote …" (A/RES/13 (I) III 11); not "departments" in general, which are no one's in particular
_NAMED_ORGAN = re.compile(r"(?:Department|Division|Ministry)\s+(?:of|for|on)\s+[A-Z]")


def asked_of_its_subject(intro: str) -> tuple[str, str] | None:
    """A paragraph whose main clause says what its subject should do, as the call it makes and the
    words it governs: "The Government of Pakistan should undertake to …" -> ("Calls upon", "The
    Government of Pakistan to undertake to …"); None for any other paragraph, or where the subject
    names no one who can act ("Instruments laying down mandatory product safety requirements
    should …", "The terms of service of the Administrator should form …")."""
    m = _ASKED_OF_ITS_SUBJECT.match(intro)
    head = head_noun(m.group(1)) if m is not None else ""
    if m is None or not (is_agent_noun(head) or _NAMED_ORGAN.match(m.group(1))) or (
            head in _THINGS_IN_THE_SINGULAR and re.search(rf"\b{head}\b", m.group(1))):
        return None
    return "Calls upon", f"{m.group(1)} to {intro[m.end():]}"


#: a declaration's measure written as the infinitive of its lead-in's commitment ("We resolve to
#: undertake the following measures: … 1. To refrain from organizing …"), not a purpose ("To that
#: end", "To date", "To achieve these goals, we will …")
_INFINITIVE_OPENING = re.compile(
    r"To\s+(?!(?:that|this|these|those|the|a|an|all|each|such|our|its|their|date|end|what|which|whom)\b)"
    r"(?=[a-z])"
)
#: "To achieve these goals, we will …": the purpose's main clause, where the speakers speak; "To
#: maintain the momentum …, which …, requires a long-term political commitment": the infinitive is
#: the subject, its verb in the singular (not "…, while recognizing that States may require
#: assistance")
_PURPOSE_OR_SUBJECT = re.compile(
    r"[,;:]\s*(?:and\s+)?we\s+[a-z]|\b(?:requires|will\s+require|(?:is|remains)\s+"
    r"(?:essential|important|critical|necessary|crucial|vital|key|needed|required|fundamental))\b"
)


def _from_the_speakers(intro: str, after_we: bool, listed: bool) -> str:
    if intro.startswith(("We ", "We,")):
        return intro
    at = speakers_from(intro, after_we, listed)
    return intro if at is None else "We " + intro[at].lower() + intro[at + 1 :]


def speakers_from(intro: str, after_we: bool = False, listed: bool = False) -> int | None:
    """Where an annexed declaration's paragraph that does not open with "We" speaks in its speakers'
    voice, their "we" left out: at its verb ("Strongly reaffirm …", "Commit to …", "By 2003, ensure
    …"; any capitalised opening ``after_we``), after the "To" of a measure ``listed``
    (``measures_listed``), after the "we" of a purpose's main clause ("To achieve these goals, we will
    …"); None where it does not (an opening the resolutions' own voice has: "Requests …"). The one
    reading of that voice: ``in_first_person`` writes the words from there with their "we", and the
    deadlines read the clauses from there as said by them."""
    m = _INFINITIVE_OPENING.match(intro) if listed else None
    if m is not None:
        sentence = SENTENCE_END.search(intro, 0, 800)
        if _PURPOSE_OR_SUBJECT.search(intro, 0, sentence.start() if sentence else 800) is None:
            return m.end()
    m = _declared_opening(intro)
    if m is not None:
        return m.start(1)
    if after_we and intro[:1].isupper():
        return 0
    if operative_phrase(intro)[0] is not None:
        return None
    m = _WE_INSIDE.search(intro, 0, 800)
    return m.end() if m else None


#: what speakers say of the world, not of what they will do: "We gather at a critical juncture"
_FIRST_PERSON_STATEMENTS = frozenset({"gathers", "meets", "has", "cannot", "stands",
                                      "lives", "faces", "acts", "knows", "understands", "sees", "envisages",
                                      "envisions"})


#: what the speakers do or undertake themselves, though the Assembly's "Supports the efforts …",
#: "Takes …" or "Is determined …" state a position: "Support African Governments in expanding
#: programmes …", "Assist Governments in Africa … in enhancing the productive capacity …" (A/RES/S-24/2
#: annex 108), "Take measures to reduce maternal mortality", "We take urgent action to prevent …", "We are
#: committed to halting and reversing the decline …"
_DONE_IN_FIRST_PERSON = frozenset({"continues", "supports", "assists", "helps", "takes", "takes_action",
                                   "takes_steps", "takes_measures", "is_committed", "is_determined",
                                   "is_resolved", "is_dedicated"})


#: in the speakers' own voice, what a verb that states a position in the Assembly's ("Adopts the present
#: resolution", "Considers that …", "Concludes its consideration …") commits them to do: measures, policies or
#: laws adopted ("Adopt and implement comprehensive policies and programmes at the national level …", "Adopt
#: labour laws in countries of origin, transit and destination …", A/RES/64/293 annex 15 and 35; "Adopt
#: evidence- and/or science-based good practices …", A/RES/76/294 annex 5; not "We adopt this New Urban
#: Agenda …", A/RES/71/256 annex 22, nor "the ten-year framework of programmes …"), something to do considered
#: ("Consider introducing or increasing taxes on tobacco and alcohol …", A/RES/80/117 annex 43; "To consider
#: becoming parties without delay to …", A/RES/60/288 annex; "Consider the establishment, as appropriate, of
#: national mechanisms …", A/RES/S-24/2 annex 153; not "We consider that …", "We consider certain fundamental
#: values to be …"), or what is concluded implemented too ("Conclude and implement mutual legal assistance and
#: extradition agreements …", A/RES/64/293 annex 52): a standing commitment, as "Strengthen …" is
_UNDERTAKEN = {
    "adopts": re.compile(
        r"\s*(?:and\s+(?:\w+ly\s+)?[a-z]+\s+)?(?:(?!of\b|this\b|these\b)[\w/-]+,?\s+(?:and\s+)?){0,5}?"
        r"(?:measures|policies|programmes|laws|legislation|practices|approaches|strategies|regulations)\b"),
    "considers": re.compile(
        r"\s*(?:[a-z]+ing\b|the\s+(?:possibility|[a-z]+(?:ment|tion|sion))\b)"),
    "concludes": re.compile(r"\s*and\s+(?:\w+ly\s+)?implement\b"),
}


def _undertaken(action: str | None, words: str) -> bool:
    """Whether a verb that states a position in the Assembly's voice commits the speakers to something to do
    (``_UNDERTAKEN``; ``words``: what the verb governs)."""
    return action in _UNDERTAKEN and _UNDERTAKEN[action].match(words) is not None


def first_person_kind(action: str | None, kind: ObligationKind, words: str = "") -> ObligationKind:
    """In a declaration's own voice, a verb that states nothing ("Strengthen national health
    plans", "We scale up …", "Continue to explore ways …") is a commitment: a standing one, as is
    something to do undertaken with a verb that states a position in the Assembly's voice
    (``_UNDERTAKEN``: ``words``, what the verb governs)."""
    if kind == ObligationKind.DECLARATORY and action is not None and (
            action in _DONE_IN_FIRST_PERSON
            or (action not in KNOWN_VERBS and action not in _FIRST_PERSON_STATEMENTS
                and not action.startswith(("is_", "are_")) and "_" not in action)
            or _undertaken(action, words)):
        return ObligationKind.EXHORTATION
    if action in _COMMITMENTS and kind == ObligationKind.ACTION:
        # "We resolve to create a more peaceful, prosperous and democratic world", "We undertake to
        # …": what the speakers commit themselves to, a standing commitment as "We commit to …" is
        return ObligationKind.EXHORTATION
    return kind


def first_person_actors(action: str | None, actors: list[str], body: str | None,
                        asked: list[str] | tuple[str, ...] = (), words: str = "") -> list[str]:
    """Actors of a paragraph in the first person plural of an annexed declaration: an addressee
    where one is asked ("We request the Secretary-General" -> Secretary-General), the adopting
    body where it decides ("We decide to convene"), else the Member States speaking ("We commit
    to", "We will", "We recognize"). What the speakers commit to is theirs to do: those it is for or
    names are no owners of it ("Support African Governments in …", "We commit to providing financial
    and technical support … to least developed countries"), those a further clause asks are ("We
    commit to …; we invite the Basel Committee …"), as are those the speakers will ask ("We will
    encourage Governments to …")."""
    member_states = "Member States"
    if (action in _COMMITMENTS or action in _DONE_IN_FIRST_PERSON or action in _MODALS
            or (action or "").startswith(_MODAL_PREFIXES) or _undertaken(action, words)):
        will_ask = (action or "").startswith(_MODAL_PREFIXES) and action.split("_")[1] in _WILL_ASK
        named = actors if will_ask else asked
        return [member_states, *(a for a in named if a not in (member_states, BODY_NAMES.get(body or "")))]
    if action in _ADDRESSEE_VERBS or action == "decides":
        return actors
    if not actors or actors == [BODY_NAMES.get(body or "")]:
        return [member_states]
    return actors


#: what stands between a document asked for and what it is on: to whom, when, through whom ("a report to
#: the General Assembly at its eighty-second session, through the Commission for Social Development and
#: the Economic and Social Council, on …", "a report to the Committee by 30 July 2010 on the outcome of the
#: review", S/RES/1904 (2009) 30), or what it contains ("an annual report to the Human Rights Council
#: containing information on …", A/HRC/RES/55/15 14): no clause of its own ("and" only within a name)
_BETWEEN_IT_AND_ON = re.compile(
    r",?\s+(?:to|at|by|before|through|no\s+later\s+than|not\s+later\s+than|within|during|in|every|"
    r"on\s+an?\s+[\w-]+\s+basis)\b"
    r"(?:(?!\band\s+(?!the\s+[A-Z])[a-z]|\b(?:which|that|who|whose|on|about|regarding|concerning|with)\b"
    r"|\b(?!during\b)[a-z]+ing\b)[^;:()])*?,?(?<![a-z]ed)\s(?=(?:on|containing)\s)")


#: a further verb without its "to", before what it governs ("to continue to report annually on progress in
#: implementing the financing for development outcomes … and advise the intergovernmental follow-up thereto",
#: A/RES/79/323 annex 65): not a preposition, a plural, a participle or an adverb …
_AND_A_VERB = re.compile(
    r"\sand\s+(?!(?:within|for|in|on|to|by|at|from|with|under|across|beyond|among|throughout|into|after|before|"
    r"during|between|including|about|through|towards|against|over|all|both|of|the|its|their|his|her|also|"
    r"further)\b)[a-z]+(?<!ed)(?<!ing)(?<!ly)(?<![^s]s)\s+(?:the|its|their|his|her)\s")
#: … nor the second of two infinitives within what is asked for ("information on the initiatives taken to
#: promote and protect the human rights of persons with albinism", "measures taken to broaden the donor base
#: and increase the number of countries")
_AN_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|their|his|her|all|this|these|those|any|each|[A-Z]\w*)\b)[a-z]+\b")


#: … nor a second verb of a relative clause within it: "strategic-level reports that demonstrate and reflect
#: the gravity of the aforementioned threat" (S/RES/2368 (2017) 101)
_RELATIVE = re.compile(r"\s(?:that|which|who)\s+(?:\w+ly\s+)?[a-z]+\s*$")


def _in_a_title(text: str, at: int) -> bool:
    """Whether ``at`` is within a title in quotation marks in ``text`` ("the item entitled “Strengthening of
    the coordination of humanitarian and disaster relief assistance of the United Nations, including special
    economic assistance”", A/RES/60/13 10)."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _deliverable_stop(phrase: str, at: int) -> int | None:
    """Where what is asked for ends in ``phrase``, from ``at``: ``_DELIVERABLE_STOP`` (not within a title
    in quotation marks), or a further verb of the asking clause (``_AND_A_VERB``); None where it runs to
    the end."""
    stop = next((s for s in _DELIVERABLE_STOP.finditer(phrase, at) if not _in_a_title(phrase, s.start())),
                None)
    end = stop.start() if stop else len(phrase)
    verb = _AND_A_VERB.search(phrase, at, end + 1)
    if verb is not None and _AN_INFINITIVE.search(phrase, 0, verb.start()) is None and (
            _RELATIVE.search(phrase, at, verb.start()) is None):
        return verb.start()
    return stop.start() if stop else None


#: the report something is to be included in, named before what is included: "to include consistently as a
#: sub-item in his reports on the protection of civilians …" (S/RES/2222 (2015) 19), "to provide in his
#: reports on the implementation of the recommendations of the Board of Auditors a full explanation for …"
#: (A/RES/78/242 9)
_INCLUDED_IN = re.compile(
    r"\b(?:include\s+(?:[\w-]+\s+){0,5}?|(?:provide|present|address|reflect)\s+(?:\w+ly\s+)?)in\s+$")
#: what is included, right after the report's words: a noun phrase that opens where a word that ends a noun
#: is followed by an article or a possessive (not before a name: "towards the Sustainable Development Goals")
#: or a noun of what is asked, past its qualifiers ("… in armed conflict the issue of …", "… on peacebuilding
#: and sustaining peace an update on …", "… on country-specific situations more comprehensive and detailed
#: information …", "… and the internal control framework proposals to …")
_ASKED_WORDS = (r"(?:information|proposals|recommendations|updates?|data|details|analysis|assessment|options|"
                r"considerations|observations|views|findings|conclusions|statistics)")
_INCLUDED_OBJECT = re.compile(
    r"(?:(?<=[\w)”])|(?<=[\w)”],))\s+(?=(?:the|an?|his|her|its|their)\s+(?![A-Z])"
    r"|(?:(?:more|detailed|comprehensive|updated|relevant|specific|further|additional|concrete|and)\s+){0,4}"
    rf"{_ASKED_WORDS}\b)")
#: words after which an article or such a word goes on the phrase they are in
_GOES_ON_TO_A_NOUN = frozenset(str.split("""
    of on in for to and or with by at from under as that which into about regarding concerning including
    within through between among against upon than towards toward during before after since until over
    throughout across beyond without via per is are be been made taken submitted prepared his her its
    their it them the a an more detailed comprehensive updated relevant specific further additional
    concrete"""))


#: the report's words that only point to where it is asked for: "his report referred to in paragraph 33 below"
#: (A/RES/64/259 28, 29), "the report requested in paragraph 11 of this resolution"
_ONLY_POINTS = re.compile(
    rf"^(?:\S+\s+){{1,5}}?{_DEFINED_IN}\s+in\s+(?:operative\s+)?paragraphs?\s+\d+(?:\s*\([a-z]\))?"
    r"(?:\s+(?:above|below|of\s+(?:this|the\s+present)\s+resolution))?(?![\w-])")


def _what_is_included(phrase: str) -> int:
    """Where the report a thing is to be included in ends in ``phrase`` (the report's words, then what it is
    to include, run together: "his reports on the protection of civilians in armed conflict the issue of
    the safety and security of journalists"): before the noun phrase of what is included, else its end;
    after the paragraph its words point to ("his report referred to in paragraph 33 below concrete measures
    taken to …", A/RES/64/259 29)."""
    points = _ONLY_POINTS.match(phrase)
    if points is not None:
        return points.end()
    for m in _INCLUDED_OBJECT.finditer(phrase):
        before = phrase[: m.start()].rsplit(None, 1)
        if before and before[-1].lower() not in _GOES_ON_TO_A_NOUN and _ASKED_NOUN_RE.search(
                phrase, 0, m.start()):
            return m.start()
    return len(phrase)


def _clause_end(rest: str, at: int) -> int:
    """Where the clause going on at ``at`` in ``rest`` ends: its semicolon, else the end."""
    end = rest.find(";", at)
    return end if end >= 0 else len(rest)


def _included_after(words: str) -> str | None:
    """What is to be included in the report whose words open ``words`` ("to include in <report> <what>"), to
    where what is asked ends: that, not the report that carries it, is asked, as where the report is named
    first ("in the context of his next progress report, to include detailed information on …", A/RES/70/248
    22): "… in his reports on the protection of civilians in armed conflict the issue of the safety and
    security of journalists …" (S/RES/2222 (2015) 19), "to include in the report relevant information on
    the impact of the COVID-19 pandemic on persons with disabilities, …" (A/RES/77/189 36), "to include in
    his report to the General Assembly, under the item entitled “Globalization and interdependence”, an
    updated overview of …" (A/RES/73/240 14), "… in his report referred to in paragraph 33 below the
    results of his consultations" (A/RES/64/259 28); None where nothing follows the report's words ("to
    include his findings and recommendations in his report referred to in paragraph 5 above")."""
    cut = _what_is_included(words)
    included = words[cut:].lstrip(" ,")
    if not included.strip(" ,.;:") or _DELIVERABLE_STOP.match(words, cut):
        return None  # (nor a further clause: "to provide in his second 90 day report requested in paragraph
        # 53, and the Secretary-General … to provide through a strategic review …", S/RES/2429 (2018) 7)
    # (its noun among its first words: "more comprehensive and detailed information relating to …")
    noun = _ASKED_NOUN_RE.search(included, 0, 60) or _BARE_NOUN_RE.search(included, 0, 60)
    stop = _deliverable_stop(included, max(8, noun.start() if noun else 0))
    if stop is not None:
        included = included[:stop]
    return _DANGLING.sub("", _WHICH_LEFT.sub("", included.strip(" ,.;:"))) or None


#: words set off by commas after a document asked for, whatever they say, before what it is on: "a
#: comprehensive report, in its current extensive format and in accordance with established practice, for
#: consideration by the General Assembly at its sixty-sixth session, on developments and issues relating to
#: ocean affairs …" (A/RES/65/37 240), "a comprehensive study, with practical recommendations, on human rights
#: and the social reintegration …" (A/HRC/RES/57/9 8), "a report, taking into account the information provided
#: by Member States …, on the implementation of the present resolution" (A/RES/72/142 16); not a further
#: clause ("…, and to …", "…, which …") nor what the document includes ("…, including on …")
_SET_OFF_BEFORE_ON = re.compile(
    r",\s+(?!(?:and|or|but|which|that|who|whose|where|including|in\s+particular|inter\s+alia|on|as\s+well)\b)"
    r"(?:(?!\band\s+(?:to|also|further|then)\b|\b(?:which|that|who|whose)\b|,\s+(?:and|or)\b)[^;:()])"
    r"{1,200}?,\s(?=on\s)")
#: … and before what it is to do, in a clause of its own: "a report, including in an accessible and
#: easy-to-read format, in which it compiles and analyses the best practices of States …" (A/HRC/RES/57/12 11)
_SET_OFF_BEFORE_WHICH = re.compile(
    r",\s+(?:(?!\band\s+(?:to|also|further|then)\b|\b(?:which|that|who|whose)\b|,)[^;:()]){1,120}?,\s"
    r"(?=in\s+which\s)")
#: a further document asked for by a second infinitive, before what both are on: "to conduct a study and to
#: prepare a report, in close cooperation with the Special Rapporteur, on the impact of new technologies …"
#: (A/HRC/RES/48/14 6)
_AND_ANOTHER = re.compile(
    rf"\s+and\s+to\s+(?:prepare|submit|present|conduct|undertake|produce)\s+((?:an?|the)\s+{_ASKED_NOUN}"
    rf"{_SECOND_NOUN})")


#: a further document named between (:func:`_on_after`)
_ANOTHER_DOCUMENT = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,3}?(?:reports?|study)\b")


def _on_after(rest: str, at: int) -> str | None:
    """What a document asked for (its noun ending at ``at``) is on, after words that say to whom or when
    it goes (``_BETWEEN_IT_AND_ON``), up to the end of the phrase (``_DELIVERABLE_STOP``); None where
    nothing stands so."""
    between = (_BETWEEN_IT_AND_ON.match(rest, at, at + 250) or _SET_OFF_BEFORE_ON.match(rest, at, at + 250)
               or _SET_OFF_BEFORE_WHICH.match(rest, at, at + 250))
    if between is None or _HOW_OFTEN.match(rest, between.end() + 3) or _ANOTHER_DOCUMENT.search(
            rest, at, between.end()):
        return None  # (nor past another document: "an initial written report to the States to submit to the
        # Committee within 30 days a subsequent written report containing …", S/RES/2577 (2021) 10)
    named = rest[: between.end()].rsplit(None, 1)[-1].lstrip("“\"")[:1].isupper() and rest.startswith(
        "on ", between.end())
    if named and _A_NAME_GOES_ON.match(rest, between.end() + 3) or _in_a_title(rest, between.end()):
        return None  # (not "on" in a name: "… the sub-item entitled “Convention on Biological Diversity”")
    on = rest[between.end() : rest.find(";", between.end()) if ";" in rest[between.end() :] else len(rest)]
    stop = _deliverable_stop(on, 3)
    return (on[:stop] if stop is not None else on).strip(" ,.;:")


#: a document named where what is reported is given, not what is asked: "to report … on available victim
#: assistance and support during the briefing at its eighty-first session" (A/RES/80/160 26)
_WHEN_GIVEN = re.compile(r"\b(?:during|at)\s+$")
#: a further infinitive of the clause, coordinated: "…, and to provide the Council with a one-time oral
#: update"
_A_FURTHER_INFINITIVE = re.compile(r",\s+and\s+(?:also\s+|further\s+)?to\s+[a-z]+\b")


def _made_apart(rest: str, verb: re.Match[str], m: re.Match[str]) -> bool:
    """Whether the report ``verb`` asks, on what its own "on" names, comes before the document ``m`` named in
    words of their own: a further infinitive ("to report on the implementation of his mandate to the Human
    Rights Council at its fifty-first and fifty-fourth sessions, …, and to provide the Council with a one-time
    oral update at its forty-ninth session", A/HRC/RES/48/23 32: the report) or where it is given
    (A/RES/80/160 26); the report asked first is the deliverable (not in another of the paragraph's items:
    "(g) To report on alleged violations …; (h) To submit an annual report …", A/HRC/RES/28/16 4)."""
    if verb.end() > m.start():
        return False
    on = _reported_on(rest, verb.start())
    if on is None:
        return False
    at = rest.find(on, verb.end())
    return 0 <= at < m.start() and ";" not in rest[at : m.start()] and (
        _WHEN_GIVEN.search(rest, max(0, m.start() - 10), m.start()) is not None
        or _A_FURTHER_INFINITIVE.search(rest, at, m.start()) is not None)


def find_deliverable(kind: ObligationKind, rest: str, action: str | None = None,
                     gazetteer: Gazetteer | None = None) -> tuple[str | None, float]:
    """What a report paragraph asks for ("a report on the implementation of the present
    resolution"), read in the clause that asks for it: not the report a first clause recalls or
    takes note of ("Recalls paragraph 26 of the report of the Advisory Committee, …, and requests
    the Secretary-General … to provide further information in the context of his next report");
    its clauses read with the parse's gazetteer, as :func:`classify` read them."""
    if kind != ObligationKind.REPORT:
        return None, 0.0
    asking = next(((verb, words) for verb, words in clauses(action, rest)
                   if clause_kind(verb, words, gazetteer) == ObligationKind.REPORT), None) if action else None
    if asking is not None:
        verb, asking = asking
        further = calls_for_a_report(asking) if verb in CALLING else None
        if further is not None and not _WHAT_CAME_BEFORE.match(further):
            # in the infinitive that asks for it ("Urges the Committee … to continue its monitoring
            # … as a complement to its triennial review …, and to report thereon to the Economic and
            # Social Council"), unless it presents what the call asked before ("… to undertake … a
            # comprehensive study … and to submit it to the General Assembly")
            asking = further
        # in its words, else in what follows them ("to brief the Council …, and to include in his
        # briefings …")
        at = rest.find(asking)
        if _DELIVERABLE_RE.search(asking) or at < 0:
            rest = asking
        # (from the paragraph's start where its infinitive presents what came before, named in a clause that
        # asks no report: "Requests the Special Adviser to complete the first report of the Team’s activities,
        # within 90 days …, and requests the Special Adviser to present these reports to the Security
        # Council", S/RES/2379 (2017) 15)
        elif not (at and (infinitive := _INFINITIVE_OF.search(asking)) and _WHAT_CAME_BEFORE.match(
                asking, infinitive.start())):
            rest = rest[at:]
    # a document the words name that no reporting verb asks for is not the report asked ("to intensify
    # efforts … to the full implementation of the seven recommendations identified in the report …,
    # and to report thereon", A/RES/78/44 5), unless it is the one reported in ("… and to report
    # thereon in the context of his next overview report")
    m = _DELIVERABLE_RE.search(rest)
    if m is not None and m.group(0).startswith("the ") and not (
            _A_DOCUMENT.match(m.group(0)) or _asked_for(rest, m)):
        # (not what the words name before what a form of REPORT asks for, the first that no preposition
        # governs (_GOVERNED): "to undertake thematic research with a view to monitoring the implementation of
        # the recommendations made by the independent international fact-finding mission …, and to provide
        # detailed updates on the issues covered by the mission", A/HRC/RES/46/21 50: the updates; "to take
        # action on the relevant recommendations, as appropriate, and to provide an update thereon",
        # A/RES/74/271 2)
        m = next((later for later in _DELIVERABLE_RE.finditer(rest, m.end()) if _asked_for(rest, later)
                  and not _GOVERNED.search(rest, max(0, later.start() - 40), later.start())), m)
    if m is not None and (bare := _asked_bare_before(rest, m)) is not None:
        m = bare
    if m is not None and _cited(rest, m.start()):
        # a document cited for what it sets out is not asked for: "asks the Secretary-General to continue to
        # make available his Good Offices for Cyprus as outlined in his report" (S/RES/1475 (2003) 5)
        m = next((later for later in _DELIVERABLE_RE.finditer(rest, m.end())
                  if not _cited(rest, later.start())), None)
    if m is None:
        asked = REPORT.search(rest)
        m = _ASKED_BARE.match(rest, asked.start()) if asked is not None else None
    elif _REPORTED_IN.search(rest, max(0, m.start() - 30), m.start()) and (
            included := _TO_INCLUDE.match(rest, m.start() + _ASKED_NOUN_RE.search(m.group(0)).end())):
        # the report named first, what is asked after it: "Requests the Secretary-General, in the context of
        # the next progress report, to include detailed information on possible measures …" (A/RES/70/248 22)
        # asks for the information, which the report carries
        m = _DELIVERABLE_RE.match(rest, included.end()) or _ASKED_BARE.match(rest, included.start(1)) or m
    verb = _REPORT_VERB.search(rest)
    if verb is not None and m is not None and verb.end() < m.start():
        # the verb nearest the document named: "to report to the Chief Information Technology Officer on all
        # issues …, and to report on progress achieved thereon in his next progress report" (A/RES/71/272 11)
        verb = list(_REPORT_VERB.finditer(rest, verb.start(), m.start()))[-1]
    # (the reports named before "to report on …" are where it is made, not what it is on: "Directs the
    # Monitoring Team, in its comprehensive, independent reports to the Committee …, to report on relevant
    # thematic and regional topics", S/RES/2253 (2015) 91; nor, named after what it is on: "to report on a
    # biennial basis to the General Assembly on the implementation of the Framework within the context of
    # his report on cooperation between the United Nations and the African Union", A/RES/71/254 10)
    if verb is not None and (m is None or _REPORTED_ON.match(rest, verb.end(), m.start()) or (
            _REPORTED_IN.search(rest, max(0, m.start() - 30), m.start())
            and (on := _reported_on(rest, verb.start())) is not None
            and (m.start() < verb.start() or rest.find(on, verb.end()) < m.start()))
            or _made_apart(rest, verb, m) or not (
            _A_DOCUMENT.match(m.group(0)) or _asked_for(rest, m)
            or _REPORTED_IN.search(rest, max(0, m.start() - 30), m.start()))):
        within = _IN_REPORTS.match(rest, verb.end())
        if within:
            return within.group(1).strip(" ,.;"), 0.6  # "to report thereon in future progress reports on …"
        on = _reported_on(rest, verb.start())
        if on:
            phrase = "a report " + on
            stop = _deliverable_stop(phrase, 10)
            return (phrase[:stop] if stop is not None else phrase).strip(" ,.;"), 0.6
        # "to report thereon to the General Assembly at its seventy-ninth session", "the Preparatory
        # Committee shall report directly to the Conference": a report to the body named
        to = _REPORTED_TO.match(rest, verb.end())
        return ("a report to " + to.group(1) if to else "a report"), 0.5
    if m:
        phrase = m.group(m.lastindex or 0)
        start = m.start(m.lastindex or 0)
        if _INCLUDED_IN.search(rest, max(0, m.start() - 80), m.start()) and (
                included := _included_after(rest[start : _clause_end(rest, m.end())])) is not None:
            return included, 0.75
        if rest[: m.start()].endswith("to ") and (recipient := _RECIPIENT_FIRST.match(phrase)):
            phrase, start = phrase[recipient.end():], start + recipient.end()
        # (not within the adjectives before the noun: "a comprehensive, evidence-based and analytical report")
        # (its first noun, a bare one too: "its views on the implementation of …, including …, and to report
        # thereon" ends before "including", not after the "report" of a further infinitive, A/RES/74/258 29)
        noun = min(filter(None, (_ASKED_NOUN_RE.search(phrase), _BARE_NOUN_RE.search(phrase))),
                   key=lambda n: n.start(), default=None)
        stop = _deliverable_stop(phrase, max(8, noun.start() if noun else 0))
        if stop is not None:
            phrase = phrase[:stop]
        noun_end = _SECOND_NOUN_RE.match(phrase, noun.end()).end() if noun is not None else 0
        if noun is not None and noun_end == len(phrase.rstrip(" ,.;")):
            on = _on_after(rest, start + noun_end)
            if on is not None:
                phrase = f"{phrase.rstrip(' ,.;')} {on}"  # "a report to the Council by 30 July 2010 on …"
            elif (another := _AND_ANOTHER.match(rest, start + noun_end)) is not None and (
                    on := _on_after(rest, another.end())) is not None:
                phrase = f"{phrase.rstrip(' ,.;')} and {another.group(1)} {on}"  # "a study and a report on …"
        if _INCLUDED_IN.search(rest, max(0, m.start() - 80), m.start()):
            phrase = phrase[: _what_is_included(phrase)]
        # (not "information on" before its list: "to provide information on: (a) Environmental problems")
        return _DANGLING.sub("", _WHICH_LEFT.sub("", phrase.strip(" ,.;:"))), 0.75
    told = _informed_of(rest)
    return (told, 0.5) if told else (None, 0.3)


def _as_known(names: list[str], gazetteer: Gazetteer) -> list[str]:
    """A group read as written in lower case that the gazetteer knows capitalised is that entity:
    "governments" are the Governments, "member states" the Member States (not "local governments",
    other words; not a body in the singular: "the secretariat" of a convention is not the
    Secretariat, "the organization" not the United Nations)."""
    out = [gazetteer.canonical(n[0].upper() + n[1:]) or n
           if n[:1].islower() and n.endswith("s") and not gazetteer.knows(n) else n for n in names]
    return list(dict.fromkeys(out)) if out != names else names


#: the words before a group that say which of it, not who: "relevant humanitarian organizations"
#: are the humanitarian organizations the paragraph asks
_WHICH_OF_THEM = re.compile(
    r"^(?:(?:relevant|other|those|these|all|especially|particularly|in\s+particular|including)\s+(?:the\s+)?)+")


def _without_qualified_repeats(names: list[str]) -> list[str]:
    """A group named twice, once with a word that says which of it ("humanitarian organizations …
    and relevant humanitarian organizations", "all parties, especially the Syrian regime, … the
    Syrian regime"), is one addressee, where it is first named, by the name without that word; so is a
    name written twice in different case, by its capitalised form ("Calls upon the MSS mission to … and
    further calls upon the MSS Mission to report …", S/RES/2700 (2023) 14)."""
    if len(names) < 2:
        return names
    out: list[str] = []
    at: dict[str, int] = {}
    for name in names:
        group = _unqualified(name)
        key = group.casefold()
        if key not in at:
            at[key] = len(out)
            out.append(name)
        elif name == group and (_unqualified(out[at[key]]) != out[at[key]]
                                or _capitals(name) > _capitals(out[at[key]])):
            out[at[key]] = name
    return out


def _unqualified(name: str) -> str:
    return _WHICH_OF_THEM.sub("", name) if name[:1].islower() else name


def _capitals(name: str) -> int:
    return sum(c.isupper() for c in name)


#: "members", where the paragraph says whose: "members of the World Trade Organization", "World Trade
#: Organization members", "its members", "their members" (not "members States", "member States")
_MEMBERS_WORD = re.compile(r"\bmembers\b(?!\s+States\b)")
_MEMBERS_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_ITS_MEMBERS = re.compile(r"\b(?:its|their)\s+$")
#: an organization named by its acronym only, which the register may not know ("the said CNRDRE")
_ACRONYM_WORD = re.compile(r"\b[A-Z][A-Z-]{2,}\b")
#: a name written as part of another's ("the Ministerial Conference of the World Trade Organization")
_PART_OF_ANOTHER = re.compile(r"\b(?:of|by)\s+(?:the\s+)?$")


def _whose_members(actors: list[str], text: str, gazetteer: Gazetteer) -> list[str]:
    """``actors`` with "members", which names no one by itself, as the members of the organization the
    paragraph says they are members of: "Calls upon the Task Force and its members to strengthen …"
    (E/RES/2021/27 8: the Task Force and "members of the Task Force"), "… urges the members of the World
    Trade Organization to promptly ratify …, and encourages members to continue negotiations …" (A/RES/77/151
    22), "We encourage World Trade Organization members to deposit …" (A/RES/79/314 annex 24); else of the
    one organization named nearest before them ("… the Marrakesh Agreement Establishing the World Trade
    Organization, and in this regard urges members and relevant international and regional organizations
    to …", A/RES/74/233 10). The organization is asked itself only where the paragraph asks it beside its
    members ("the Task Force and its members") or names it otherwise than as theirs or as part of another's
    name."""
    if "members" not in actors:
        return actors
    found = [(s, e, n) for s, e, n in gazetteer.find(text) if not gazetteer.is_state(n)]
    whose, own = None, False
    for m in _MEMBERS_WORD.finditer(text):
        of = _MEMBERS_OF_A_NAME.match(text, m.end())
        whose = next((n for s, _e, n in found if of and s == of.end()), None)
        whose = whose or next((n for _s, e, n in found if e + 1 == m.start() and text[e] == " "), None)
        if whose is None and _ITS_MEMBERS.search(text, max(0, m.start() - 8), m.start()):
            # "its members", "their members": of the nearest named before, as the register knows it, by
            # its acronym ("the said CNRDRE shall be dissolved and further demands that its members …") or
            # a name the paragraph asks ("all armed groups …, and further demands that their members …",
            # "the Task Force and its members": a short name, resolved later)
            before = [(e, n) for _s, e, n in found if e <= m.start()]
            before += [(a.end(), a.group(0)) for a in _ACRONYM_WORD.finditer(text, 0, m.start())]
            before += [(text.rfind(n, 0, m.start()) + len(n), n) for n in actors
                       if n != "members" and n in text[: m.start()]]
            whose = max(before)[1] if before else None
            own = whose is not None
        if whose is not None:
            break
    if whose is None:
        first = _MEMBERS_WORD.search(text)
        whose = max(((e, n) for _s, e, n in found if first and e <= first.start() and n[:1].isupper()),
                    default=(0, None))[1]
    if whose is None:
        return actors
    members = (f"members of {whose}" if whose[:1].islower() or _ACRONYM.fullmatch(whose)
               else f"members of the {whose}")
    if not own and whose in actors and all(
            _MEMBERS_WORD.match(text, e + 1) or _PART_OF_ANOTHER.search(text, max(0, s - 8), s)
            for s, e, n in found if n == whose):
        actors = [n for n in actors if n != whose]
    return list(dict.fromkeys(members if n == "members" else n for n in actors))


#: a footnote's marker glued to the word it annotates, as a text copied without its footnotes prints it
#: (the shared corpus's segmented resolutions): "an annual analytical assessment of the state of
#: implementation of the Monterrey Consensus6 and …" (A/RES/64/193 21), "the report of the High
#: Commissioner1" (A/HRC/RES/39/3 6), "the report of the Secretary-General,10 comments on …" (A/RES/2205
#: (XXI) 1): up to three digits right after a lower-case letter, or after the comma, semicolon or closing
#: quotation mark that follows one, ending the word (no number is written so: "1,000", "G20", "CO2",
#: "H1N1", "“Space2030”" are not); a text read with its footnotes has its markers out already
#: (layout._place_fused_markers)
_GLUED_MARKER = re.compile(r"(?<=[a-z])\d{1,3}\b|(?<=[a-z][,;”’])\d{1,3}(?=\s|$)")


#: those named before, by a demonstrative and their noun alone: "those countries", "such organizations"
_DEMONSTRATIVE = re.compile(r"(?:those|these|such)\s+(?:[a-z][\w-]*(?<!ing)\s+)?([a-z][\w-]*s)")
#: … not where the words after it say which: "those countries that have met the criteria for graduation",
#: "those intergovernmental bodies whose average interpretation utilization factor …", "those countries in a
#: position to do so"
_SAYS_WHICH = re.compile(r"\s+(?:that|which|who|whose|with|having|in\s+a\s+position)\b")


def _named_before(actors: list[str], text: str, gazetteer: Gazetteer) -> list[str]:
    """``actors`` with those named by a demonstrative ("call upon those countries and their development
    partners", A/RES/70/294 annex 44) as the paragraph named them before: the name it named last with the
    same noun ("the least developed countries"), once; none where it named none (no actor rather than a
    wrong one)."""
    out: list[str] = []
    for actor in actors:
        m = _DEMONSTRATIVE.fullmatch(actor)
        if m is None:
            out.append(actor)
            continue
        at = text.find(actor)
        if at >= 0 and _SAYS_WHICH.match(text, at + len(actor)):
            out.append(actor)
            continue
        before = _names_with_spans(text, at, gazetteer, None) if at > 0 else []
        noun = m.group(1)
        named = [n for s, _e, n in before if s < at and n.split()[-1] == noun]
        if named and named[-1] not in actors:
            out.append(named[-1])
    return out


#: a kind of institution alone, with no name, adjective or complement that says whose or which ("relevant
#: entities", "other bodies"); or the entities a treaty lets become parties besides States, by the article
#: that says which ("Calls upon all States and other entities referred to in article X, paragraph 1, of the
#: Compliance Agreement …", A/RES/78/68 83; "… entities referred to in the Convention …"): not who the
#: register can hold to what is asked
_A_KIND_ALONE = re.compile(
    r"(?:other\s+)?(?:relevant\s+)?(?:funds|programmes|programs|agencies|bodies|organs|entities|offices|"
    r"mechanisms|departments|units)|(?:other\s+)?entities\s+referred\s+to\s+in\b.*")


def analyse(text: str, *, body: str | None, gazetteer: Gazetteer) -> PhraseAnalysis:
    action, offset, action_conf = operative_phrase(text)
    rest = text[offset:]
    kind, kind_conf, asked_at = classify_asking(action, rest, gazetteer)
    actors, actors_conf, asked = find_actors(action, text, rest, body=body, gazetteer=gazetteer, kind=kind)
    # (a name as written without the acronym it is followed by: "the Revitalised Joint Monitoring and
    # Evaluation Commission (RJMEC)", S/RES/2577 (2021) 22)
    # (a kind of institution alone names no one a register can hold to it: "Also encourages programmes that
    # facilitate social benefits …", A/RES/80/148 19)
    named = [a for a in actors if not _A_KIND_ALONE.fullmatch(a)]
    if actors and not named:
        actors_conf = min(actors_conf, _NO_ONE_NAMED)
    actors = list(dict.fromkeys(_ACRONYM_AFTER.sub("", a) for a in _named_before(named, text, gazetteer)))
    actors = _without_qualified_repeats(_as_known(_titles_in_full(actors, text, gazetteer), gazetteer))
    actors = _whose_members(_chair_of_the_body(actors, gazetteer), text, gazetteer)
    if action is None and (provider := provider_named(rest)) is not None:
        # a body's provision: who it says shall act, not whom it names after ("The Commission shall invite
        # any Member of the United Nations …", E/RES/36 (IV) 11)
        actors = [a for a in actors if a in provider]
    asked = _titles_in_full(asked, text, gazetteer) if asked else asked
    deliverable, deliv_conf = find_deliverable(kind, rest, action, gazetteer)
    if deliverable is not None:
        deliverable = _GLUED_MARKER.sub("", deliverable).rstrip(" ,;")
    confidence = {"action": action_conf, "kind": round(min(kind_conf, action_conf + 0.1), 2),
                  "actors": actors_conf}
    if deliverable is not None:
        confidence["deliverable"] = deliv_conf
    return PhraseAnalysis(action, kind, actors, deliverable, confidence, offset, asked,
                          offset + asked_at if asked_at else 0)
