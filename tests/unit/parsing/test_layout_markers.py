"""Footnote markers fused to the text of a PDF: a number's decimal point is no place for one
(real lines of A/RES/80/136, A/RES/80/149 and A/RES/80/226 in ../shared/corpus/ga-pdf-text)."""

from __future__ import annotations

from tracker.parsing.layout import MARK_CLOSE, MARK_OPEN, lay_out


def _page(body: str, footnotes: str) -> str:
    """One page of a PDF text: job number and page furniture, the body, the footnote block."""
    return f"A/RES/80/136\n \n25-20752\n2/7\n \n \n{body}\n_______________\n \n{footnotes}\n"


def _marked(text: str) -> str:
    return text.replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]")


def test_a_decimal_is_not_a_marker_and_the_markers_after_it_are_found():
    layout = lay_out(_page(
        "Recognizing that the Antigua and Barbuda Agenda for Small Island Developing \n"
        "States is consistent with the 2030 Agenda for Sustainable Development, 5 the Addis \n"
        "Ababa Action Agenda of the Third International Conference on Financing for \n"
        "Development,6 the Sevilla Commitment of the Fourth International Conference on \n"
        "Financing For Development,7 the United Nations Framework Convention on Climate \n"
        "Change8 and the Paris Agreement,9 \n"
        " \n"
        "Noting with concern that small island developing States have not \n"
        "achieved sustained high levels of economic growth, which has fallen from 4.5 per \n"
        "cent in 2022 to approximately 3.8 per cent in 2024, to 19.6 per cent and a 2.7 per \n"
        "cent increase, with the median debt-to-gross domestic product ratio reaching 54.8 \n"
        "per cent, \n",
        "5 Resolution 70/1. \n \n6 Resolution 69/313, annex. \n \n7 Resolution 79/323, annex. \n \n"
        "8 United Nations, Treaty Series, vol. 1771, No. 30822. \n \n"
        "9 Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21. ",
    ))
    first, second = (_marked(b.text) for b in layout.blocks)
    assert "Development,[5] the Addis" in first and "Development,[6] the Sevilla" in first
    assert "Development,[7] the United" in first and "Climate Change[8] and the Paris Agreement,[9]" in first
    assert "4.5 per cent" in second and "19.6 per cent" in second and "2.7 per cent" in second
    assert "54.8 per cent" in second and "[" not in second


def test_a_marker_after_a_sentence_that_ends_with_a_number_is_still_found():
    layout = lay_out(_page(
        "Access should be provided to the rehabilitation programmes referred to under model \n"
        "strategy 10.24 Furthermore, access to accredited education should be ensured. \n",
        "24 See para. 48. ",
    ))
    assert "model strategy 10.[24] Furthermore" in _marked(layout.blocks[0].text)


def test_a_number_after_a_space_is_not_a_marker_and_a_marker_after_a_semicolon_is():
    # A/RES/79/302 2 and 12; A/RES/80/39 29 ("decisions; 16": the word before the semicolon does
    # not make the number a decision's)
    layout = lay_out(_page(
        "2. Takes note of the status of contributions, including the contributions outstanding \n"
        "in the amount of 411.5 million United States dollars, representing some 3.7 per cent of \n"
        "the total assessed contributions; \n"
        " \n"
        "12. Takes note of the report of the Secretary-General on the budget \n"
        "performance of the Mission for the period from 1 July 2023 to 30 June 2024; 3  \n"
        " \n"
        "13. Welcomes the outcomes of the Meetings of States Parties to the Treaty, including \n"
        "the action plan of 2022, its political declaration and decisions; 4 \n",
        "3 A/79/670. \n \n4 See TPNW/MSP/2022/6 and TPNW/MSP/2023/14. ",
    ))
    texts = [_marked(b.text) for b in layout.blocks]
    assert "representing some 3.7 per cent" in texts[0]
    assert texts[1].endswith("30 June 2024;[3]") and texts[2].endswith("decisions;[4]")


def test_a_document_number_before_a_closing_bracket_is_not_a_marker():
    # A/RES/79/284 28 and 29: "(CM/Rec(2022)13)" is a recommendation's number; footnote 13 is "Rights,13"
    layout = lay_out(_page(
        "28. Welcomes the recommendations on the impacts of digital technologies on freedom of \n"
        "expression (CM/Rec(2022)13), on electoral campaigns (CM/Rec(2022)12); \n"
        " \n"
        "29. Reaffirms that the rights set out in articles 17 and 19 of the International Covenant on \n"
        "Civil and Political Rights,13 must be protected and respected; \n",
        "13 See resolution 2200 A (XXI), annex. ",
    ))
    first, second = (_marked(b.text) for b in layout.blocks)
    assert "(CM/Rec(2022)13)" in first and "Rights,[13] must" in second
