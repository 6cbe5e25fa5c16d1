"""HTML comments are markup, never text: "<!-- Page 2 -->" where a conversion of a PDF marks a page
(E/RES/1991/48, real text, its page's number "40" before the mark), "<!-- image -->"."""

from __future__ import annotations

from tracker.parsing import parse
from tracker.parsing.layout import without_comments

ECOSOC_1991_48 = "\n\n".join([
    "E/RES/1991/48",
    "<!-- Page 1 -->",
    "1991/48. Administrative arrangements to ensure the full technical independence of the "
    "International Narcotics Control Board",
    "The Economic and Social Council,",
    "Considering the importance of such independence in view of the functions of the International "
    "Narcotics Control Board,",
    "1. Recognizes its obligations to ensure the full technical independence of the International "
    "Narcotics Control Board;",
    "2. Approves the administrative arrangements prepared on behalf of the Secretary-General by the "
    "Executive Director of the United Nations International Drug Control Programme in agreement "
    "with the International Narcotics Control Board and contained in the annex to the present "
    "resolution;",
    "3. Requests the Executive Director to implement those arrangements, taking into account the "
    "character, powers and functions of the International Narcotics Control Board and the "
    "importance of its full technical independence in the performance of its tasks;",
    "---",
    "102 United Nations, Treaty Series, vol. 520, No. 7515.",
    "40",
    "<!-- Page 2 -->",
    "4. Also requests the Executive Director to report to the Council through the Commission on "
    "Narcotic Drugs at its thirty-sixth session, in 1993, on the implementation of the present "
    "resolution.",
    "15th plenary meeting",
    "21 June 1991",
]) + "\n"


def test_a_page_mark_is_no_text_and_the_page_number_before_it_takes_no_paragraph():
    parsed = parse(ECOSOC_1991_48, "E_RES_1991_48.txt")
    assert [p.number for p in parsed.operative] == ["1", "2", "3", "4"]
    assert not [p.eid for p in [*parsed.preambular, *parsed.operative] if "<!--" in p.text]
    four = parsed.operative[3]
    assert four.text.startswith("Also requests the Executive Director to report to the Council")
    assert four.kind == "report"
    assert not [w for w in parsed.warnings if "read as text" in w]


def test_comments_anywhere_go_and_an_unclosed_one_stays():
    assert without_comments("Requests <!-- image --> the Secretary-General") == \
        "Requests  the Secretary-General"
    assert without_comments("a\n<!-- Page\n3 -->\nb") == "a\n\nb"
    assert without_comments("x <!-- no end") == "x <!-- no end"
