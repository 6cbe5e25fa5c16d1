"""A report asked with no deadline of its own, in words that point back to a report an earlier (or a named)
paragraph asks for, is due when that report is: "to include, in the aforementioned report, …" (real
paragraphs of A/RES/80/120, A/RES/51/58, A/RES/64/259, A/RES/77/169, A/RES/51/191; numbered afresh here)."""

from __future__ import annotations

import pytest

from tracker.parsing import parse

HEADING = (
    "United Nations A/RES/80/120\nGeneral Assembly\nDistr.: General\n15 December 2025\n\n"
    "Resolution adopted by the General Assembly on 12 December 2025\n\n"
    "80/120. Unilateral economic measures as a means of political and economic coercion against "
    "developing countries\n\n"
    "The General Assembly,\n\n"
    "Recalling its relevant resolutions,\n\n"
)
ASKED = ("Also requests the Secretary-General to submit to the General Assembly at its eighty-second session "
         "a report on the implementation of the present resolution;")
NOTED = "Takes note of the report of the Secretary-General;"
ADDED = ("Further requests the Secretary-General to include, in the aforementioned report, complementary "
         "findings and relevant evidence provided by United Nations country teams;")


def _deadlines(paragraphs: list[str]) -> dict[str, list[tuple]]:
    numbered = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1))
    text = f"{HEADING}{numbered}\n\n60th plenary meeting\n"
    return {op.number: [(d.kind.value, d.body, d.session, d.every) for d in op.deadlines]
            for op in parse(text.encode(), "A_RES_80_120.txt").operative}


GA_82 = [("session", "GA", 82, None)]


@pytest.mark.parametrize(("paragraphs", "number", "expected"), [
    # A/RES/80/120 8–9: the report just asked for
    ([ASKED, ADDED], "2", GA_82),
    # A/RES/51/58 6: the paragraph the words name, above …
    ([ASKED, NOTED, "Also requests the Secretary-General to include his findings and recommendations in his "
      "report referred to in paragraph 1 above."], "3", GA_82),
    # … or below (A/RES/64/259 28, "his report referred to in paragraph 33 below")
    (["Requests the Secretary-General to include in his report referred to in paragraph 2 below the results "
      "of his consultations;", ASKED], "1", GA_82),
    # the report the words name, asked in a later paragraph (A/RES/77/169 12, 17)
    (["Recognizes that protecting and conserving ecosystems contributes to the coexistence of humankind in "
      "harmony with nature, and invites the Secretary-General to address these issues in his report on the "
      "implementation of the present resolution;", NOTED, ASKED], "1", GA_82),
    # a series: each report of it (A/RES/59/272 9–10)
    (["Requests the Secretary-General to submit annually to the General Assembly a report on the measures "
      "implemented;", "Also requests the Secretary-General to report on the results achieved in the context "
      "of the report referred to in paragraph 1 above;"], "2", [("recurring", None, None, "P1Y")]),
])
def test_a_report_pointed_back_to_dates_the_paragraph_that_adds_to_it(paragraphs, number, expected):
    assert _deadlines(paragraphs)[number] == expected


@pytest.mark.parametrize(("paragraphs", "number"), [
    # the nearest report spoken of is one noted, not asked: the words point to it
    ([ASKED, NOTED, ADDED], "3"),
    # those asked to help prepare the report are not given its deadline (A/RES/51/191 9)
    ([ASKED, "Invites Member States and competent international organizations to provide relevant "
      "information to assist the Secretary-General in preparing the above-mentioned report;"], "2"),
    # a paragraph of another text ("paragraph 10 of his report") names none of the resolution's own
    ([ASKED, "Requests the Secretary-General to include in the report requested in paragraph 1 of resolution "
      "79/300 information on the regional commissions;"], "2"),
])
def test_nothing_is_dated_where_the_words_point_to_another_report(paragraphs, number):
    assert _deadlines(paragraphs)[number] == []
