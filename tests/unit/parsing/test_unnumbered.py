"""Paragraphs printed without a number (a part's one paragraph, a decision none of whose paragraphs
is numbered) keep their place as their number, for their eId, and say they are unnumbered, so that
no page shows a number the resolution does not print (A/RES/76/240 and A/RES/168 (II) in
../shared/corpus, abridged)."""

from __future__ import annotations

from tracker.parsing import parse

COMMON_SYSTEM = """A/RES/76/240

Resolution adopted by the General Assembly on 24 December 2021

76/240. United Nations common system

The General Assembly,

Having considered the report of the International Civil Service Commission for the year 2021,

1. Takes note with appreciation of the work of the International Civil Service Commission;

2. Requests the Commission to report thereon to the General Assembly at its seventy-seventh session;

Conditions of service of staff in the Professional and higher categories

A

Base/floor salary scale

Recalling its resolution 44/198, by which it established a floor net salary level for staff in the
Professional and higher categories,

1. Approves, with effect from 1 January 2022, the revised unified base/floor salary scale;

2. Requests the Commission to report to the General Assembly at its seventy-seventh session on the
impact of such revision;

C

Education grant: review of scale and level of the boarding lump sum

Decides, for implementation as from the academic year in progress on 1 January 2022, to maintain the
reimbursement rates of the seven brackets;

D

Payment of amount in lieu of settling-in grant at category E duty stations

Recalls section III of its resolution 73/273, and decides to continue the pilot project until
31 December 2022;

54th (resumed) plenary meeting
24 December 2021
"""

FLAG = """A/RES/168 (II)

168 (II). United Nations flag

The General Assembly,

Recalling its resolution 92 (I) of 7 December 1946,

Recommends that the flag of the United Nations be the official emblem adopted by the Assembly;

Resolves that the flag of the United Nations shall be the official emblem adopted by the General
Assembly;

Authorizes the Secretary-General to adopt a flag code.

Hundred and eighth plenary meeting
20 October 1947
"""


def test_a_parts_one_paragraph_printed_without_a_number_is_unnumbered():
    parsed = parse(COMMON_SYSTEM, "A_RES_76_240.txt")
    got = [(p.part, p.number, p.eid, p.unnumbered) for p in parsed.operative]
    assert got == [
        (None, "1", "para_1", False), (None, "2", "para_2", False),
        ("A", "1", "part_A__para_1", False), ("A", "2", "part_A__para_2", False),
        ("C", "1", "part_C__para_1", True), ("D", "1", "part_D__para_1", True),
    ]
    education = parsed.operative[4]
    assert education.text.startswith("Decides, for implementation")
    assert education.to_dict()["unnumbered"] is True
    assert "unnumbered" not in parsed.operative[0].to_dict()  # as "part": said only where it is so


def test_a_resolution_that_numbers_none_of_its_paragraphs():
    parsed = parse(FLAG, "A_RES_168_II.txt")
    assert [(p.number, p.eid, p.unnumbered, p.action) for p in parsed.operative] == [
        ("1", "para_1", True, "recommends"), ("2", "para_2", True, "resolves"),
        ("3", "para_3", True, "authorizes"),
    ]
    assert [p.text[:12] for p in parsed.preambular] == ["Recalling it"]


def test_paragraphs_whose_numbers_the_text_lost_before_the_first_number_printed():
    # A/HRC/RES/S-35/1 in the segmented corpus prints paragraphs 1–7 without their numbers, then "8.":
    # each block that opens with an operative verb and ends as no preambular paragraph does (no comma)
    # is a paragraph, the mandate of paragraph 7 among them; they were read as the preamble
    r = parse("A/HRC/RES/S-35/1\n\nThe Human Rights Council,\n\n"
              "Stressing the need to ensure accountability for human rights violations,\n\n"
              "Strongly deplores the violent crackdown on peaceful protests;\n\n"
              "Also calls upon the Government to cease the targeted intimidation of victims;\n\n"
              "Decides to establish an independent international fact-finding mission, until the end of the "
              "fifty-fifth session of the Human Rights Council, with the following mandate:\n\n"
              "(a) Thoroughly and independently investigate alleged human rights violations;\n\n"
              "(b) Establish the facts and circumstances surrounding the alleged violations;\n\n"
              "4. Requests the fact-finding mission to present an oral update to the Human Rights Council "
              "during an interactive dialogue at its fifty-third session;\n\n"
              "2nd meeting\n24 November 2022\n", "A_HRC_RES_S-35_1.txt")
    assert [p.number for p in r.operative] == ["1", "2", "3", "4"]
    assert [p.text for p in r.preambular] == ["Stressing the need to ensure accountability for human "
                                              "rights violations,"]
    assert [s.label for s in r.operative[2].subparagraphs] == ["a", "b"]
    assert not r.operative[2].unnumbered
    assert r.warnings == [f"operative paragraph {n} printed without its number (line {line})"
                          for n, line in ((1, 7), (2, 9), (3, 11))]


def test_a_first_paragraph_printed_without_its_period():
    # A/HRC/RES/32/8 in the segmented corpus: "1 Decides to extend the mandate …" (no period), then
    # "2. Requests …": the mandate was read as a preambular paragraph
    r = parse("A/HRC/RES/32/8\n\nThe Human Rights Council,\n\n"
              "Recalling all previous resolutions on the right to food,\n\n"
              "1 Decides to extend the mandate of the Special Rapporteur on the right to food for a "
              "period of three years;\n\n"
              "2. Requests the Secretary-General to continue to provide all the resources necessary;\n\n"
              "40th meeting\n30 June 2016\n", "A_HRC_RES_32_8.txt")
    assert [p.number for p in r.operative] == ["1", "2"]
    assert r.operative[0].kind == "mandate"
    assert len(r.preambular) == 1


def test_a_paragraph_whose_number_the_text_lost_between_two_numbers():
    # A/HRC/RES/57/4 in the segmented corpus: "2. Invites …" / "Requests the High Commissioner …;" /
    # "4. Also requests …": the request was read as text of paragraph 2; a block that opens with an
    # operative verb is only a paragraph where the numbers printed leave room for it
    r = parse("A/HRC/RES/57/4\n\nThe Human Rights Council,\n\n"
              "Recalling the Beijing Declaration and Platform for Action,\n\n"
              "1. Decides to convene a high-level panel discussion at its fifty-eighth session;\n\n"
              "2. Invites the President of the Human Rights Council to consider the theme of the panel;\n\n"
              "Requests the United Nations High Commissioner for Human Rights to liaise with States with a "
              "view to ensuring the participation of stakeholders in the panel discussion;\n\n"
              "4. Also requests the High Commissioner to prepare a summary report on the panel;\n\n"
              "Decides to remain seized of the matter.\n\n"
              "44th meeting\n9 October 2024\n", "A_HRC_RES_57_4.txt")
    assert [p.number for p in r.operative] == ["1", "2", "3", "4"]
    assert r.operative[2].text.startswith("Requests the United Nations High Commissioner")
    assert r.operative[3].text.endswith("summary report on the panel; Decides to remain seized of "
                                        "the matter.")
    assert r.warnings == ["operative paragraph 3 printed without its number (line 11)"]
