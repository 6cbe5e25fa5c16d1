"""A short name a resolution's paragraphs leave open is the one body of that name its annexes name in full:
S/RES/1904 (2009) asks "the Committee" throughout and names it in full only in annex I, the Monitoring
Team's terms of reference ("… under the direction of the Committee established pursuant to resolution 1267
(1999)")."""

from __future__ import annotations

from tracker.parsing import parse

_S_RES_1904 = (
    "S/RES/1904 (2009)\n\nResolution 1904 (2009)\n\nAdopted by the Security Council at its 6247th meeting, "
    "on 17 December 2009\n\nThe Security Council,\n\n"
    "Recalling its resolutions 1267 (1999), 1333 (2000), 1390 (2002) and 1822 (2008),\n\n"
    "1. Directs the Committee to complete this review by 30 June 2010;\n\n"
    "2. Encourages the Committee to give due consideration to the opinions of designating State(s), and "
    "State(s) of residence, nationality or incorporation when considering delisting requests, and calls on "
    "Committee members to make every effort to provide their reasons for objecting to such delisting "
    "requests;\n\n"
    "3. Reiterates the need to enhance ongoing cooperation among the Committee, the Counter Terrorism "
    "Committee (CTC) and the Committee established pursuant to resolution 1540 (2004), and requests the "
    "Secretary-General to make the necessary arrangements for the groups to be co-located as soon as "
    "possible;\n\n"
    "4. Decides to remain actively seized of the matter.\n\n"
    "Annex I\n\n"
    "In accordance with paragraph 47 of this resolution, the Monitoring Team shall operate under the "
    "direction of the Committee established pursuant to resolution 1267 (1999) and shall have the following "
    "responsibilities:\n\n"
    "(a) To assist the Committee in regularly reviewing names on the Consolidated List;\n\n"
    "(b) To report to the Committee on the 1540 Committee's work where it bears on the measures;\n"
)


def test_a_short_name_is_the_one_body_of_that_name_an_annex_names():
    actors = [op.actors for op in parse(_S_RES_1904.encode(), "S_RES_1904.txt").operative]
    assert actors[0] == ["1267 Committee"]
    # (not "Committee members": the Committee's own members are no other committee of that name)
    assert actors[1][0] == "1267 Committee"


def test_what_follows_a_resolution_is_read_for_one_body_not_the_one_named_most():
    # E/RES/920 (XXXIV): the Council's resolutions printed one after another, with an extract of another
    # committee's report annexed; "the Committee" of its paragraph 3 is the special committee it establishes
    text = (
        "E/RES/920(XXXIV)\n\n920 (XXXIV). Special Committee on co-ordination\n\nThe Economic and Social "
        "Council,\n\nRecalling General Assembly resolution 1710 (XVI) of 19 December 1961,\n\n"
        "1. Decides to establish a special committee consisting of representatives of eleven States members "
        "of the Council or the Technical Assistance Committee;\n\n"
        "2. Requests the Committee, in fulfilling its task, to take into account any special observations "
        "which the Administrative Committee on Co-ordination may deem it appropriate to submit;\n\n"
        "1236th plenary meeting,\n\n3 August 1962.\n\nAnnex\n\n"
        "The Council decided to annex to the above resolutions the following extract from the report of the "
        "Administrative Committee on Co-ordination, which the Administrative Committee on Co-ordination "
        "adopted.\n"
    )
    actors = [op.actors for op in parse(text.encode(), "E_RES_920(XXXIV).txt").operative]
    assert actors[1] == ["Committee"]
