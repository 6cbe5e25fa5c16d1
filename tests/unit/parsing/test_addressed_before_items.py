"""A sub-paragraph's "its session" is the session of the body its paragraph's words before the colon ask,
where the sub-paragraph names no one (``deadlines._addressed_before_items``)."""

from __future__ import annotations

import datetime as dt

from tests.unit.parsing.texts import deadline_dicts


def test_the_session_of_the_body_asked_before_the_colon():
    # A/RES/319 (IV) 4 (3 December 1949): the Council's eleventh session (1950), not the Assembly's
    text = ("Requests the Economic and Social Council: (a) To prepare, at its eleventh session, a draft "
            "resolution embodying provisions for the functioning of the High Commissioner’s Office for "
            "Refugees and to submit the draft resolution to the General Assembly for consideration at its "
            "fifth regular session; (b) To transmit to the General Assembly at its fifth regular session "
            "such recommendations as the Council may deem appropriate regarding the definitions of the term "
            "“refugee”;")
    got = deadline_dicts(text, body="GA", session=4, adopted_on=dt.date(1949, 12, 3))
    assert [(d["body"], d["session"]) for d in got] == [("ECOSOC", 1950), ("GA", 5)]
