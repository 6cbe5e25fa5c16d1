"""A call on a State is a standing call whatever it asks (``kinds._names_states``): the States are read
with the parse's own gazetteer (``parse(..., gazetteer=...)``: the register's, which may name a State by
an alias the built-in list does not know), not the built-in one."""

from __future__ import annotations

from tracker.parsing import parse
from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.kinds import classify
from tracker.parsing.types import ObligationKind

#: the register's gazetteer: Myanmar by its former name too
REGISTER = Gazetteer.default().extended([("Myanmar", ["Burma"])])

TEXT = """A/RES/80/999

The General Assembly,

Recalling its earlier resolutions on the question,

1. Invites Burma to convene a meeting of experts on the question;

2. Requests the Secretary-General to report to the General Assembly at its eighty-first session.
"""


def test_a_call_on_a_state_the_register_names_is_a_standing_call():
    call = "Burma to convene a meeting of experts"
    assert classify("invites", call, REGISTER)[0] == ObligationKind.EXHORTATION
    # (the built-in gazetteer does not know the name: someone asked for a meeting)
    assert classify("invites", call)[0] == ObligationKind.ACTION


def test_the_parse_reads_the_states_with_its_own_gazetteer():
    assert parse(TEXT, "A_RES_80_999.txt", gazetteer=REGISTER).operative[0].kind == ObligationKind.EXHORTATION
