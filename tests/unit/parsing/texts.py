"""Resolutions written for the parser's tests around real operative paragraphs."""

from __future__ import annotations

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
