"""Resolutions written for the parser's tests around real operative paragraphs, and what the
deadline tests compare."""

from __future__ import annotations

from tracker.parsing.deadlines import find_deadlines

#: the heading and preamble of a Security Council resolution, as the Council's documents print them
SC_HEADING = """United Nations S/RES/2999 (2031)
Security Council
Distr.: General
2 March 2031

Resolution 2999 (2031)

Adopted by the Security Council at its 9999th meeting, on 1 March 2031

The Security Council,

Recalling its resolution 2231 (2015),

"""


def security_council_resolution(operative: str) -> str:
    """A resolution of the Council whose operative part is ``operative`` ("1. Decides …")."""
    return SC_HEADING + operative


def deadline_dicts(text: str, body: str = "GA", session: int | None = 71, adopted_on=None,
                   named=()) -> list[dict]:
    """The deadlines ``find_deadlines`` reads in ``text``, as dicts without their words."""
    out = []
    for d in find_deadlines(text, body=body, session=session, adopted_on=adopted_on, named=named):
        d = d.to_dict()
        d.pop("text")
        out.append(d)
    return out
