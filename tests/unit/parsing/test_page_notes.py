"""The notes under a page's rule and the page's own number are no text of a paragraph, in text with
no page furniture (the shared corpus's segmented renderings of older resolutions: "---" where the
PDF draws the footnote rule, "<!-- Page 2 -->" where a page ends; real paragraphs)."""

from __future__ import annotations

from tracker.parsing import parse
from tracker.parsing.layout import lay_out, without_comments

#: A/RES/2601 (XXIV), paragraphs 6 to 8: paragraph 7 goes on after its page's notes ("bearing /
#: … / in mind the need …")
OUTER_SPACE = "\n\n".join([
    "A/RES/2601 (XXIV)",
    "2601 (XXIV). International co-operation in the peaceful uses of outer space",
    "The General Assembly,",
    "Having considered the report of the Committee on the Peaceful Uses of Outer Space,10",
    "1. Endorses the recommendations and decisions11 contained in the report of the Committee on the "
    "Peaceful Uses of Outer Space;",
    "2. Welcomes the decision of the Committee on the Peaceful Uses of Outer Space to promote more "
    "energetically the applications of space technology as set out in paragraph 15 of its report, "
    "and in paragraphs 22 to 31 of the report of the Scientific and Technical Sub-Committee;14",
    "3. Welcomes the decision of the Secretary-General15 to provide the Committee on the Peaceful "
    "Uses of Outer Space at an early date with a report on the Secretariat arrangements in the field "
    "of outer space, bearing",
    "---",
    "10 Ibid., Supplement No. 21 (A/7621) and Supplement No. 21A (A/7621/Add.1).",
    "11 Ibid., Supplement No. 21 (A/7621), chapter II.",
    "14 Ibid., Supplement No. 21 (A/7621), annex II.",
    "15 Ibid., Supplement No. 21A (A/7621/Add.1), annex II.",
    "<!-- Page 2 -->",
    "in mind the need to achieve optimum co-ordination in the work of the Secretariat to promote "
    "co-operation in the peaceful uses of outer space;",
    "4. Endorses the recommendation of the Committee on the Peaceful Uses of Outer Space for the "
    "appointment by the Secretary-General of a qualified individual with the full-time task of "
    "promoting the practical applications of space technology;16",
    "1838th plenary meeting,",
    "16 December 1969.",
]) + "\n"


def test_the_notes_under_a_rule_are_footnotes_and_the_paragraph_goes_on_after_them():
    parsed = parse(OUTER_SPACE, "A_RES_2601_XXIV.txt")
    assert [p.number for p in parsed.operative] == ["1", "2", "3", "4"]
    three = parsed.operative[2]
    assert "Ibid." not in three.text and "---" not in three.text
    assert three.text.endswith("in the field of outer space, bearing in mind the need to achieve "
                               "optimum co-ordination in the work of the Secretariat to promote "
                               "co-operation in the peaceful uses of outer space;")
    assert [(f.marker, f.text) for f in parsed.footnotes] == [
        ("10", "Ibid., Supplement No. 21 (A/7621) and Supplement No. 21A (A/7621/Add.1)."),
        ("11", "Ibid., Supplement No. 21 (A/7621), chapter II."),
        ("14", "Ibid., Supplement No. 21 (A/7621), annex II."),
        ("15", "Ibid., Supplement No. 21A (A/7621/Add.1), annex II."),
    ]


def test_notes_printed_with_superscript_or_slashed_markers_and_a_page_number_after_them():
    # A/RES/302 (IV) 8 (b)-(c): "³¹ See …" under the rule, the page's number "23" before its mark
    text = "\n\n".join([
        "(b) The Director shall select and appoint his staff in accordance with general "
        "arrangements made in agreement with the Secretary-General;",
        "---",
        "³¹ See Official Records of the third session of the General Assembly, Part II, "
        "Resolutions, page 19.",
        "³² Ibid., Part I, Resolutions, page 66.",
        "23",
        "<!-- Page 2 -->",
        "(c) The Director shall, in consultation with the Secretary-General …;",
        "---",
        "1/\tResolution 217 A (III).",
    ])
    layout = lay_out(text)
    assert [b.text for b in layout.blocks] == [
        "(b) The Director shall select and appoint his staff in accordance with general "
        "arrangements made in agreement with the Secretary-General;",
        "(c) The Director shall, in consultation with the Secretary-General …;",
    ]
    assert [(f.marker, f.text) for f in layout.footnotes] == [
        ("31", "See Official Records of the third session of the General Assembly, Part II, "
               "Resolutions, page 19."),
        ("32", "Ibid., Part I, Resolutions, page 66."),
        ("1", "Resolution 217 A (III)."),
    ]


def test_a_rule_before_text_is_no_text_and_takes_nothing_with_it():
    # A/RES/2997 (XXVII): the rule stands before the first section, whose heading is no note
    layout = lay_out("Taking note of the report,\n\n---\n\nI\n\nGoverning Council\n\n1. Decides to "
                     "establish a Governing Council;\n")
    assert [b.text for b in layout.blocks] == [
        "Taking note of the report,", "I", "Governing Council",
        "1. Decides to establish a Governing Council;"]
    assert layout.footnotes == []


def test_the_page_number_before_a_page_mark_joins_no_heading():
    # A/RES/13 (I), the Staff Regulations: "18 / <!-- Page 6 --> / Regulation 15" read
    # "18 Regulation 15"; A/RES/97 (I): "192 / <!-- Page 5 --> / Part Three"
    assert without_comments("in preference to appointments from outside.\n\n18\n\n<!-- Page 6 -->\n\n"
                            "Regulation 15\n") == (
        "in preference to appointments from outside.\n\n\n\nRegulation 15\n")
    blocks = lay_out("mutatis mutandis, à tous les traités.\n\n192\n\n<!-- Page 5 -->\n\nPart Three\n\n"
                     "PUBLICATION\n").blocks
    assert [b.text for b in blocks] == ["mutatis mutandis, à tous les traités.", "Part Three", "PUBLICATION"]
    # a number that ends a page's text is kept where no page mark follows it
    assert without_comments("Recalling resolution\n\n18\n\n<!-- image -->") == (
        "Recalling resolution\n\n18\n\n")
