"""Direction marks and word joiners are no text: "3.\u200e Reaffirms …" is paragraph 6 (real
paragraphs of A/RES/73/276 as the shared corpus's segmented.jsonl.gz holds them, abridged; its
resolutions on the administration of justice 74/258, 75/248, 76/242 and 77/260 print the same;
renumbered from 1)."""

from __future__ import annotations

from tracker.parsing import parse

JUSTICE = """A/RES/73/276

73/276. Administration of justice at the United Nations

The General Assembly,

Having considered the reports of the Secretary-General on administration of justice at the \
United Nations,

1. Stresses the importance of ensuring access for all staff members to the system of \
administration of justice, regardless of their duty station;

2. Acknowledges the evolving nature of the system of administration of justice and the need to \
carefully monitor its implementation to ensure that it remains within the parameters set out by \
the General Assembly;

3.\u200e Reaffirms its decision, contained in paragraph \u200e4 of its resolution 61/261, to \
establish a new, independent, transparent, professionalized, adequately resourced and \
decentralized system of administration of justice;

4. Notes that staff still appear to have limited awareness of the system of administration of \
justice, and urges the Secretary-General to further strengthen and increase his outreach \
activities;
"""


def test_a_direction_mark_after_a_paragraphs_number_is_no_text():
    parsed = parse(JUSTICE, "A_RES_73_276.txt")
    assert [p.number for p in parsed.operative] == ["1", "2", "3", "4"]
    assert parsed.operative[1].text.endswith("set out by the General Assembly;")
    assert parsed.operative[2].text.startswith("Reaffirms its decision, contained in paragraph 4 of")
    assert not any("\u200e" in p.text for p in parsed.operative)
    assert not parsed.warnings


def test_a_word_joiner_is_no_text():
    # A/RES/80/151 54 (ga-pdf-text): "… Sendai Framework for Disaster Risk Reduction 2015\u2060–2030;"
    parsed = parse(JUSTICE.replace("duty station;", "duty station, as in 2015\u2060–2030;"),
                   "A_RES_73_276.txt")
    assert "2015–2030" in parsed.operative[0].text
