"""Sub-paragraphs printed run in, not on lines of their own (real paragraphs of the annex of
A/RES/80/117 and of A/RES/80/127 in ../shared/corpus/ga-pdf-text, their line wraps kept)."""

from __future__ import annotations

from tracker.parsing import parse


def _resolution(*paragraphs: str) -> str:
    return ("A/RES/80/999\n\nThe General Assembly,\n\nRecalling its resolution 78/4,\n\n"
            + "\n\n".join(paragraphs) + "\n\n64th plenary meeting\n15 December 2025\n")


def _labels(subs) -> list:
    return [(s.label, _labels(s.subparagraphs)) if s.subparagraphs else s.label for s in subs]


def test_a_run_in_list_is_read_as_sub_paragraphs_also_where_a_line_starts_with_a_label():
    r = parse(_resolution(
        "1. Emphasizes with concern that, globally, there are: (a) 1.3 billion tobacco \n"
        "users and more than 7 million tobacco-related deaths each year; \n"
        "(b) 2.6 million deaths each year attributable to alcohol consumption; (c) 35 million \n"
        "children under 5 years of age currently overweight; (d) 390 million children 5 to \n"
        "19 years old who are overweight or obese, while adult obesity has more than doubled \n"
        "since 1990; and (e) nearly 7 million deaths each year caused by air pollution;"
    ), "A_RES_80_999.txt")
    para = r.operative[0]
    assert _labels(para.subparagraphs) == ["a", "b", "c", "d", "e"]
    assert para.subparagraphs[0].text == ("1.3 billion tobacco users and more than 7 million "
                                          "tobacco-related deaths each year;")
    assert para.subparagraphs[2].text == "35 million children under 5 years of age currently overweight;"
    assert para.subparagraphs[3].text.endswith("has more than doubled since 1990; and")
    assert not r.warnings


def test_run_in_items_nest_under_their_letter():
    r = parse(_resolution(
        "1. Encourages legislation and regulation, policies and actions to: \n\n"
        "(a) Significantly reduce tobacco and nicotine use by: (i) implementing health \n"
        "warnings on all tobacco and nicotine packages; (ii) restricting tobacco and nicotine \n"
        "advertising, promotion and sponsorship, including cross-border, as appropriate; \n"
        "(iii) comprehensively reducing exposure to second-hand tobacco smoke in public places; \n"
        "and (iv) promoting safe and evidence-based quitting programmes; \n\n"
        "(b) Regulate, as appropriate, electronic nicotine delivery systems;"
    ), "A_RES_80_999.txt")
    para = r.operative[0]
    assert _labels(para.subparagraphs) == [("a", ["i", "ii", "iii", "iv"]), "b"]
    assert para.subparagraphs[0].text == "Significantly reduce tobacco and nicotine use by:"
    assert not r.warnings


def test_a_lone_run_in_label_and_a_reference_stay_in_the_text():
    text = ("Decides that the following shall apply: (a) of its rules of procedure, as set out in "
            "paragraph 12 (b) of the report of the Committee;")
    r = parse(_resolution(f"1. {text}"), "A_RES_80_999.txt")
    assert r.operative[0].subparagraphs == [] and r.operative[0].text == text


def _council(*paragraphs: str) -> str:
    return ("S/RES/2705 (2023)\n\nThe Security Council,\n\nRecalling its previous resolutions on Somalia,\n\n"
            + "\n\n".join(paragraphs) + "\n\n9460th meeting\n31 October 2023\n")


def test_a_run_in_list_labelled_a_b_c_is_read_as_sub_paragraphs():
    # the Council's resolutions on Somalia since 2023 print a run-in list's labels "a.", "b." (segmented
    # S/RES/2705 (2023) 7, S/RES/2713 (2023) 29): a call in the list is a call, not the concern before it
    r = parse(_council(
        "1. Expresses its concern about all violations of international humanitarian law, and: a. calls "
        "upon all parties to comply with their obligations under applicable international law; b. "
        "emphasises that those responsible for such violations must be held accountable;",
        "2. Requests the Panel to provide: a. regular updates to the Committee; b. a comprehensive "
        "mid-term update; and c. a final report by 15 October 2024;",
    ), "S_RES_2705_2023.txt")
    concern, panel = r.operative
    assert _labels(concern.subparagraphs) == ["a", "b"]
    assert concern.text.startswith("Expresses its concern") and concern.actors == ["all parties"]
    assert concern.subparagraphs[0].text.startswith("calls upon all parties to comply")
    assert _labels(panel.subparagraphs) == ["a", "b", "c"]
    assert panel.subparagraphs[2].text == "a final report by 15 October 2024;"
    # not a label: an abbreviation or an initial after a semicolon that goes on no sequence
    r = parse(_council("1. Takes note of the report; i. e. the Secretary-General's report of 2 May;"),
              "S_RES_2705_2023.txt")
    assert r.operative[0].subparagraphs == []
