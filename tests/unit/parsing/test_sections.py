"""Sections and parts of a resolution that open after operative paragraphs: their own preamble and
their paragraphs printed without a number (real paragraphs of A/RES/78/253, the programme budget's
special subjects, and A/RES/75/245 in ../shared/corpus, abridged)."""

from __future__ import annotations

from tracker.parsing import parse

BUDGET = """A/RES/78/253

78/253. Special subjects relating to the proposed programme budget for 2024

The General Assembly,

I

Revised estimates

Having considered the report of the Secretary-General on the revised estimates and the related
report of the Advisory Committee,

1. Takes note of the report of the Secretary-General;

2. Approves the return of 113,645,900 dollars as a credit against assessments to Member States for
2024, resulting from:

(a) Underexpenditure in the amount of 21,485,800 dollars under the expenditure sections of the
programme budget for 2022;

(b) An amount of 18,651,900 dollars approved as a commitment authority for the United Nations
Support Mission in Libya;

II

Request for a subvention to the Residual Special Court for Sierra Leone

Recalling its resolution 58/284 of 8 April 2004 and section III of its resolution 77/263 A,

Having considered the report of the Secretary-General on the use of the commitment authority and
request for a subvention to the Residual Special Court for Sierra Leone and the related report of
the Advisory Committee,

1. Takes note of the report of the Secretary-General;

III

International Trade Centre

Approves resources in the amount of 21,723,500 dollars proposed for 2024 under section 13,
International Trade Centre, of the proposed programme budget for 2024;

IV

Gross jointly financed budget of the Department of Safety and Security

Approves the gross jointly financed budget of the Department of Safety and Security of the
Secretariat for 2024 in the amount of 165,226,300 dollars, broken down as follows:

(a) Field Security Operations: 149,110,800 dollars;

(b) Security and Safety Services at the United Nations Office at Vienna: 16,115,500 dollars;

V

Contingency fund

Recalls its resolution 77/263 A, in which the level of the contingency fund for the year 2024 was
set at 0.75 per cent of the approved programme budget for 2023, or 25,472,300 dollars,

1. Notes that, after a charge of 24,595,700 dollars, a balance of 876,600 dollars remains in the
contingency fund for 2024;

2. Decides that the contingency fund for the year 2025 shall be set at the level of 0.75 per cent of
the approved programme budget for 2024.

50th (resumed) plenary meeting
22 December 2023
"""


def test_a_section_after_operative_paragraphs_has_its_own_preamble_and_unnumbered_paragraphs():
    r = parse(BUDGET, "A_RES_78_253.txt")
    assert [p.eid for p in r.operative] == [
        "part_I__para_1", "part_I__para_2", "part_II__para_1", "part_III__para_1",
        "part_IV__para_1", "part_V__para_1", "part_V__para_2",
    ]
    assert [p.text.split(" ")[0] for p in r.preambular] == ["Having", "Recalling", "Having", "Recalls"]
    i2 = r.operative[1]
    assert i2.subparagraphs[-1].text.endswith("the United Nations Support Mission in Libya;")
    assert r.operative[3].text.startswith("Approves resources in the amount of 21,723,500 dollars")
    iv = r.operative[4]
    assert [s.label for s in iv.subparagraphs] == ["a", "b"]
    assert iv.subparagraphs[1].text == ("Security and Safety Services at the United Nations Office at "
                                         "Vienna: 16,115,500 dollars;")


def test_a_table_heading_lettered_c_is_no_section():
    # A/RES/79/253 19: "A. Secretariat …", "B. …", "C. Office of Investment Management" are the table's
    text = (
        "A/RES/79/253\n\nThe General Assembly,\n\nRecalling its resolution 78/253,\n\n"
        "18. Takes note of paragraph 33 of the report of the Advisory Committee;\n\n"
        "19. Approves the changes to the staffing table as set out in the table below:\n\n"
        "A. Secretariat of the Pension Board\n\n"
        "Action Title of post Category/level Number Establishment Programme Management Officer P-4 1\n\n"
        "C. Office of Investment Management\n\n"
        "Senior Investment Officer P-5 1, Senior Risk Officer P-5 1;\n\n"
        "20. Also approves the estimates of 156,944,800 United States dollars for the administration "
        "of the Fund;\n\n55th (resumed) plenary meeting\n24 December 2024\n"
    )
    r = parse(text, "A_RES_79_253.txt")
    assert len(r.preambular) == 1 and [p.eid for p in r.operative] == ["para_18", "para_19", "para_20"]
    assert r.operative[1].text.endswith("Senior Risk Officer P-5 1;")


def test_paragraphs_before_the_first_printed_part_are_in_no_part():
    # A/RES/75/245: 1.–10., then "A / Base/floor salary scale / Approves, …;" (unnumbered), "B / 1. …"
    text = (
        "A/RES/75/245\n\n75/245. United Nations common system\n\nThe General Assembly,\n\n"
        "Recalling its resolutions 44/198 of 21 December 1989,\n\n"
        "1. Takes note with appreciation of the work of the International Civil Service Commission;\n\n"
        "2. Takes note of the report of the Commission for 2020;\n\nA\n\nBase/floor salary scale\n\n"
        "Approves, with effect from 1 January 2021, as recommended by the Commission in paragraph 55 of "
        "its report, the revised unified base/floor salary scale;\n\nB\n\n"
        "1. Reaffirms that the range of 110 to 120 for the margin between the net remuneration of "
        "officials shall continue to apply;\n\n"
        "2. Notes that the margin between net remuneration of the United Nations staff is estimated at "
        "113.3;\n\n48th (resumed) plenary meeting\n\n31 December 2020\n"
    )
    r = parse(text, "A_RES_75_245.txt")
    assert [p.eid for p in r.operative] == [
        "para_1", "para_2", "part_A__para_1", "part_B__para_1", "part_B__para_2",
    ]
    assert len(r.preambular) == 1


def test_a_heading_before_the_operative_paragraphs_is_not_a_preambular_paragraph():
    # A/RES/80/11: "Peacebuilding Commission" heads paragraphs 1.–; A/RES/78/8's first preambular
    # paragraph ends without a comma, its footnote marker after the year
    text = (
        "A/RES/80/11\n\nThe General Assembly,\n\n"
        "Having received the report of the International Atomic Energy Agency for 2022\n\n"
        "Recognizing the importance of further enhancing the implementation and impact of "
        "peacebuilding activities at the field level,\n\n"
        "Peacebuilding Commission\n\n"
        "1. Reaffirms all relevant resolutions relating to the mandate of the Peacebuilding "
        "Commission;\n\n"
        "2. Encourages improved cooperation between the Peacebuilding Commission and the Economic "
        "and Social Council;\n\n43rd plenary meeting\n17 November 2025\n"
    )
    r = parse(text, "A_RES_80_11.txt")
    assert [p.text.split(" ")[0] for p in r.preambular] == ["Having", "Recognizing"]


LONG_TITLE = """A/RES/70/248

70/248. Special subjects relating to the proposed programme budget for the biennium 2016–2017

The General Assembly,

VII

Request for a subvention to the Residual Special Court for Sierra Leone

Having considered the report of the Secretary-General and the related report of the Advisory Committee,

1. Takes note of the report of the Secretary-General;

2. Encourages all Member States to provide voluntary support for the Residual Special Court;

VIII Revised estimates resulting from the decisions contained in General Assembly resolution 69/292, entitled
"Development of an international legally binding instrument under the United Nations Convention on the Law of
the Sea on the conservation and sustainable use of marine biological diversity of areas beyond national
jurisdiction"

Having considered the report of the Secretary-General and the related report of the Advisory Committee,

1. Takes note of the report of the Secretary-General;

2. Approves an additional appropriation in the amount of 670,000 dollars under section 2 of the proposed
programme budget for the biennium 2016–2017;

82nd plenary meeting
23 December 2015
"""


def test_a_sections_long_title_after_the_numeral_that_follows_the_last():
    # the title runs past 320 characters: it is still the title of section VIII, not text of
    # section VII's last paragraph, whose paragraphs VIII's were read as (part_VII__para_1 twice)
    parsed = parse(LONG_TITLE, "A_RES_70_248.txt")
    assert [p.eid for p in parsed.operative] == [
        "part_VII__para_1", "part_VII__para_2", "part_VIII__para_1", "part_VIII__para_2"]
    assert parsed.operative[1].text.endswith("voluntary support for the Residual Special Court;")


def test_a_numbered_section_heading_between_paragraphs_numbered_on_is_no_text():
    # the outcome document of A/RES/70/125 numbers its sections 1–5 and its paragraphs on through them
    # (segmented A_RES_70_125): "2. Human rights in the information society" after paragraph 40 is
    # neither a paragraph nor paragraph 40's text; a number that jumps ahead is still read as text
    r = parse("A/RES/70/125\n\nThe General Assembly,\n\nRecalling its resolution 68/302,\n\n"
              "1. We reaffirm our commitment to the World Summit on the Information Society;\n\n"
              "2. We note with concern the challenges in implementing the Digital Solidarity Fund.\n\n"
              "1.\tHuman rights in the information society\n\n"
              "3. We reaffirm the commitment set out in the Geneva Declaration of Principles.\n\n"
              "4. We call for the protection of journalists.\n\n"
              "2.\tInternet governance\n\n"
              "5. We recognize the need to promote greater participation in Internet governance;\n\n"
              "12. Information centres\n\n"
              "80th plenary meeting\n16 December 2015\n", "A_RES_70_125.txt")
    assert [p.number for p in r.operative] == ["1", "2", "3", "4", "5"]
    assert r.operative[3].text == "We call for the protection of journalists."
    assert r.operative[4].text.endswith("Internet governance; 12. Information centres")


def test_a_new_section_ends_the_lettered_part_of_the_section_before():
    # A/RES/56/206 (segmented corpus): sections I–III, section I divided into parts A and B, each
    # numbered from 1; sections II and III were read as part B (part_B__para_1 three times)
    r = parse("A/RES/56/206\n\nThe General Assembly,\n\nRecalling its resolution 32/162,\n\n"
              "I United Nations Human Settlements Programme\n\nA\n\nGoverning body\n\n"
              "1. Decides that the Governing Council shall be composed of fifty-eight members;\n\n"
              "2. Also decides that the Governing Council shall meet biennially;\n\n"
              "B\n\nSecretariat of the Programme\n\n"
              "1. Decides that the resources for managing the Programme shall comprise the posts;\n\n"
              "II Financing human settlements\n\n"
              "1. Encourages the Executive Director to strengthen the Foundation;\n\n"
              "2. Invites all Governments to increase their contributions to the Foundation;\n\n"
              "III Policy coordination\n\n"
              "1. Requests the Secretary-General to submit a report to the General Assembly at its "
              "fifty-seventh session on the implementation of the present resolution.\n\n"
              "90th plenary meeting\n21 December 2001\n", "A_RES_56_206.txt")
    assert [p.eid for p in r.operative] == [
        "part_A__para_1", "part_A__para_2", "part_B__para_1", "part_II__para_1", "part_II__para_2",
        "part_III__para_1"]
    assert not r.warnings


def test_a_lettered_part_keeps_its_sections():
    # parts lettered first, each divided into sections I, II (the order of A/RES/57/283 B's
    # sections inside its part): a new section does not end the part
    r = parse("A/RES/57/283\n\nThe General Assembly,\n\nRecalling its resolution 56/242,\n\n"
              "A\n\nI\n\nCalendar of conferences\n\n"
              "1. Requests the Secretary-General to take the calendar into account;\n\n"
              "II\n\nUtilization of conference-servicing resources\n\n"
              "1. Urges the secretariats of bodies that underutilize resources to plan their meetings;\n\n"
              "B\n\nI\n\nDocumentation\n\n"
              "1. Requests the Secretary-General to issue documents on time;\n\n"
              "80th plenary meeting\n20 December 2002\n", "A_RES_57_283.txt")
    assert [p.part for p in r.operative] == ["A", "A", "B"]


def test_the_first_sections_paragraphs_printed_without_a_number_are_operative():
    # A/RES/56/255 (segmented corpus): sections I–IV each hold one paragraph printed without a
    # number, section V numbers its own; I–IV were read as preambular paragraphs, and III's, whose
    # footnote's number follows its semicolon ("dollars;3"), as a section's title: dropped
    r = parse("A/RES/56/255\n\nThe General Assembly\n\n"
              "I Request for subvention to the United Nations Institute for Disarmament Research\n\n"
              "Approves the recommendation of a subvention of 213,000 United States dollars;\n\n"
              "II Joint Inspection Unit\n\n"
              "Approves a gross budget for the Joint Inspection Unit in the amount of 7,546,100 dollars;\n\n"
              "III International Civil Service Commission\n\n"
              "Approves a gross budget for the International Civil Service Commission for the biennium "
              "2002–2003 in the amount of 12,813,400 dollars;3\n\n"
              "IV Administrative expenses of the United Nations Joint Staff Pension Fund\n\n"
              "Having considered the report of the Standing Committee of the Pension Board,\n\n"
              "1. Concurs with the recommendations contained in the report of the Advisory Committee;\n\n"
              "2. Approves expenses, chargeable directly to the Fund, totalling 74,322,400 dollars;\n\n"
              "V Proposed amendment to staff rule 104.14\n\n"
              "Decides to approve the proposed amendment to staff rule 104.14;\n\n"
              "90th plenary meeting\n24 December 2001\n", "A_RES_56_255.txt")
    assert [p.eid for p in r.operative] == [
        "part_I__para_1", "part_II__para_1", "part_III__para_1", "part_IV__para_1", "part_IV__para_2",
        "part_V__para_1"]
    assert [p.unnumbered for p in r.operative] == [True, True, True, False, False, True]
    assert r.operative[2].text.startswith("Approves a gross budget for the International Civil Service")
    assert [p.text for p in r.preambular] == ["Having considered the report of the Standing Committee of "
                                              "the Pension Board,"]


# A/RES/71/101 A-B (segmented corpus, abridged): one document, two parts, each printed with the
# meeting that adopted it; part A's one paragraph has no number
PARTS_A_B = """A/RES/71/101 A-B

Resolution adopted by the General Assembly on 6 December 2016

71/101. Questions relating to information

A

Information in the service of humanity

The General Assembly,

Taking note of the comprehensive and important report of the Committee on Information,

Urges all countries, organizations of the United Nations system as a whole and all others concerned:

(a) To cooperate and interact with a view to reducing existing disparities in information flows;

(b) To ensure for journalists the free and effective performance of their professional tasks;

53rd plenary meeting

6 December 2016

B

United Nations public information policies and activities

The General Assembly,

Emphasizing that the Committee on Information is its main subsidiary body,

1. Requests the Secretary-General to continue to implement fully the recommendations of its resolutions;

2. Requests the Committee on Information to report to the General Assembly at its seventy-second session;

53rd plenary meeting

6 December 2016
"""


def test_a_document_of_several_parts_reads_each_part_past_its_meeting_line():
    r = parse(PARTS_A_B, "A_RES_71_101_A-B.txt")
    assert r.symbol == "A/RES/71/101 A-B"
    assert [(p.eid, p.unnumbered) for p in r.operative] == [
        ("part_A__para_1", True), ("part_B__para_1", False), ("part_B__para_2", False)]
    assert r.operative[0].text.startswith("Urges all countries")
    assert [s.label for s in r.operative[0].subparagraphs] == ["a", "b"]
    assert r.operative[2].actors == ["Committee on Information"]
    assert [p.text for p in r.preambular] == [
        "Taking note of the comprehensive and important report of the Committee on Information,",
        "Emphasizing that the Committee on Information is its main subsidiary body,"]
    assert not any("plenary" in p.text for p in r.operative)
    assert r.adopted_on.isoformat() == "2016-12-06"


def test_a_part_after_a_meeting_line_is_another_resolution_where_the_symbol_names_one_part():
    # an annual volume's page prints "42/38 B" after "42/38 A": resolutions of their own
    r = parse(PARTS_A_B.replace("A/RES/71/101 A-B", "A/RES/71/101 A"), "A_RES_71_101_A.txt")
    assert r.symbol == "A/RES/71/101 A"
    assert [p.text[:12] for p in r.operative] == ["Urges all co"]
