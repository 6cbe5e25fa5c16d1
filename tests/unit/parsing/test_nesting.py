"""Sub-paragraphs under Roman numerals: a mission's tasks grouped by heading, "(i) Protection of
civilians / (a) … / (b) … / (ii) Political situation / (a) …" (real paragraphs of S/RES/2277 (2016)
35 and S/RES/2717 (2023) 34, abridged), as the Security Council prints its mandates."""

from __future__ import annotations

from tests.unit.parsing.texts import security_council_resolution
from tracker.parsing import parse


def _tree(subs) -> list:
    return [(s.label, _tree(s.subparagraphs)) if s.subparagraphs else s.label for s in subs]


def _eids(subs) -> list[str]:
    return [e for s in subs for e in (s.eid, *_eids(s.subparagraphs))]


def test_letters_under_each_roman_heading_start_again():
    parsed = parse(security_council_resolution(
        "35. Decides that the mandate of MONUSCO shall include the following priority tasks, "
        "bearing in mind that these tasks as well as those in paragraph 36 below are mutually "
        "reinforcing tasks:\n\n"
        "(i)\tProtection of civilians\n\n"
        "(a) Ensure, within its area of operations, effective protection of civilians under threat "
        "of physical violence;\n\n"
        "(b) Work with the Government of the DRC to identify threats to civilians and implement "
        "existing prevention and response plans;\n\n"
        "(ii)\tPolitical situation\n\n"
        "(a) Promote peace consolidation and inclusive and transparent political dialogue among all "
        "Congolese stakeholders;\n\n"
        "(b) Monitor, report to the Security Council, and follow-up on human rights violations and "
        "abuses;\n\n"
        "(iii)\tStabilisation\n\n"
        "Provide good offices, advice and support to the Government of the DRC in the implementation "
        "of the revised ISSSS;\n"
    ), "S_RES_2999_2031.txt")
    (para,) = parsed.operative
    assert _tree(para.subparagraphs) == [("i", ["a", "b"]), ("ii", ["a", "b"]), "iii"]
    assert not [w for w in parsed.warnings if "sub-paragraph" in w]
    eids = _eids(para.subparagraphs)
    assert len(eids) == len(set(eids))
    assert "para_35__point_ii__point_a" in eids
    assert para.subparagraphs[1].subparagraphs[0].text.startswith("Promote peace consolidation")


def test_letters_run_on_across_the_roman_headings():
    parsed = parse(security_council_resolution(
        "34. Decides that the mandate of MONUSCO shall include the following tasks in priority "
        "order in paragraphs 34 through 43:\n\n"
        "(i)\tProtection of civilians under threat of physical violence by taking all necessary "
        "measures to ensure effective, timely, dynamic and integrated protection\n\n"
        "(a) Prevent, deter and stop all armed groups and local militias from inflicting violence on "
        "the populations;\n\n"
        "(b) Carry out targeted offensive operations in the DRC to neutralise armed groups;\n\n"
        "(c) Conduct increased and effective joint operations with the Congolese security forces;\n\n"
        "(d) Maintain a proactive deployment and a mobile, flexible, robust and effective posture;\n\n"
        "(e) Work with the Government of the DRC and humanitarian workers to identify threats to "
        "civilians;\n\n"
        "(f) Enhance its community engagement with civilians;\n\n"
        "(g) Maintain a protective environment for civilians throughout the disengagement phases;\n\n"
        "(ii)\tDisarmament, demobilisation, reintegration (DDR) and stabilisation\n\n"
        "(h) Provide good offices, advice and assistance to the Government of the DRC;\n\n"
        "(i) Provide support to the disarmament, demobilisation, repatriation, resettlement and "
        "reintegration (DDRRR) processes;\n\n"
        "(j) Advise and support the DRC authorities in the disposal of weapons and ammunitions;\n\n"
        "(iii)\tSecurity Sector Reform (SSR)\n\n"
        "(k) Provide good offices and strategic and technical advice, as appropriate, to the "
        "Government of the DRC;\n"
    ), "S_RES_2999_2031.txt")
    (para,) = parsed.operative
    assert [s.label for s in para.subparagraphs] == ["i", "ii", "iii"]
    assert [s.label for s in para.subparagraphs[0].subparagraphs] == list("abcdefg")
    assert [s.label for s in para.subparagraphs[1].subparagraphs] == ["h", "i", "j"]
    assert [s.label for s in para.subparagraphs[2].subparagraphs] == ["k"]
