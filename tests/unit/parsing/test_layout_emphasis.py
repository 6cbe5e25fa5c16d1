"""Emphasis written with underscores in text converted to markdown ("_Requests_ the
Secretary-General …"): real paragraphs of E/RES/1992/29 and A/RES/34/180 as the shared corpus's
segmented.jsonl.gz holds them (rendered by tests/corpus/render_segmented.py, abridged)."""

from __future__ import annotations

from tracker.parsing import parse

SOCIAL_DEVELOPMENT = """E/RES/1992/29

1992/27. Social development

The Economic and Social Council,

_Bearing in mind_ General Assembly resolution 46/139 of 17 December 1991 and Economic and Social \
Council decision 1991/230 of 30 May 1991,

_Welcoming_ the appointment by the Secretary-General of a Special Representative to assist him in \
the consultations requested by the Council in decision 1991/230,

1. _Takes note_ of the report of the Special Representative of the Secretary-General and the \
positive results of the consultations on the possibility of convening a world summit for social \
development;

2. _Recommends_ that the General Assembly convene a world summit for social development, at the \
level of heads of State or Government, to be held in early 1995;

3. _Requests_ the Secretary-General to carry out consultations on the present resolution and \
present an oral report to the General Assembly at its forty-seventh session.

41st plenary meeting

30 July 1992
"""


def test_underscore_emphasis_is_markup_not_text():
    parsed = parse(SOCIAL_DEVELOPMENT, "E_RES_1992_29.txt")
    assert [p.text.split(" ")[0] for p in parsed.preambular] == ["Bearing", "Welcoming"]
    assert [p.action for p in parsed.operative] == ["takes_note", "recommends", "requests"]
    assert parsed.operative[2].text.startswith("Requests the Secretary-General to carry out")
    assert parsed.operative[2].kind == "report"


def test_an_emphasised_meeting_line_ends_the_resolution():
    # "_106th plenary meeting_" closes A/RES/34/180; what follows on the page is another
    # resolution's text, not more of this one's paragraphs
    text = """A/RES/34/180

The General Assembly,

_Considering_ that one of the purposes of the United Nations is to promote universal respect for \
human rights,

1. _Adopts and opens_ for signature, ratification and accession the Convention on the Elimination \
of All Forms of Discrimination against Women;

2. _Requests_ the Secretary-General to present the text of the Convention to the World Conference \
of the United Nations Decade for Women;

_107th plenary meeting_

_18 December 1979_

Article 1

States Parties shall take all appropriate measures to eliminate discrimination against women.
"""
    parsed = parse(text, "A_RES_34_180.txt")
    assert [p.number for p in parsed.operative] == ["1", "2"]
    assert parsed.operative[1].text.endswith("Decade for Women;")
    assert parsed.meeting is None or "107th" in parsed.meeting
