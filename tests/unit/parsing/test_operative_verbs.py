"""The operative verbs stand in one list (``kinds.OPERATIVE_VERBS``): a paragraph printed without its
number opens with one (``structure``), the body speaks again inside a paragraph with one (``deadlines``:
where a deadline's event name or clause ends); each derives its own from the list, the difference named."""

from __future__ import annotations

from tracker.parsing import deadlines, structure
from tracker.parsing.kinds import OPENING_ONLY, OPERATIVE_VERBS, SPOKEN_WITHIN_ONLY


def _opening(verb: str) -> str:
    return "Calls" if verb.startswith("calls ") else verb.capitalize()


def test_the_opening_verbs_are_the_operative_verbs_but_those_spoken_within_only():
    assert set(structure._OPERATIVE_VERBS.split("|")) == {
        _opening(v) for v in OPERATIVE_VERBS if v not in SPOKEN_WITHIN_ONLY}
    assert structure._looks_operative("Takes note of the report of the Secretary-General")
    assert structure._looks_operative("Calls upon all States to cooperate")
    assert not structure._looks_operative("Regrets that the report was not submitted")


def test_the_body_speaks_again_with_the_operative_verbs_but_those_opening_only():
    assert tuple(v for v in OPERATIVE_VERBS if v not in OPENING_ONLY) == deadlines._OWN_VERBS
    assert not (OPENING_ONLY & SPOKEN_WITHIN_ONLY)
