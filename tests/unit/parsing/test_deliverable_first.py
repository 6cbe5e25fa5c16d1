"""The deadline a paragraph falls due by, where it is not the first written, is marked ``due`` (the register
dates and files the obligation by it; the deadlines stay in the order written, DESIGN §5): a paragraph whose
sub-paragraphs ask standing work beside one report falls due with that report, not at the session its opening
words name for the standing work (real paragraphs of A/RES/78/111 and A/HRC/RES/52/23, the latter's sessions
the Assembly's here); a date set right after a session, which limits when within it something falls due,
before it (A/RES/64/297, A/RES/68/304, A/RES/63/250, their sessions and dates moved on here); of several
dates, by the earliest (A/RES/34/114, A/RES/80/110)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.parsing import parse

GA_HEADING = (
    "United Nations A/RES/78/111\nGeneral Assembly\nDistr.: General\n18 December 2023\n\n"
    "Resolution adopted by the General Assembly on 7 December 2023\n\n"
    "78/111. Report of the Special Committee on the Charter of the United Nations and on the Strengthening "
    "of the Role of the Organization\n\n"
    "The General Assembly,\n\n"
    "Recalling its relevant resolutions,\n\n"
)


def _read(paragraph: str) -> list:
    result = parse(f"{GA_HEADING}1. {paragraph}\n\n45th plenary meeting\n".encode(), "A_RES_78_111.txt")
    return result.operative[0].deadlines


def _deadlines(paragraph: str) -> list[tuple]:
    return [(d.kind.value, d.body, d.session) for d in _read(paragraph)]


def _due_at(deadlines: list) -> int | None:
    """Where the deadline marked ``due`` stands (None: the first written is the one)."""
    marked = [i for i, d in enumerate(deadlines) if d.due]
    assert len(marked) <= 1
    return marked[0] if marked else None


def test_the_report_a_sub_paragraph_asks_beside_standing_work_is_due_first():
    # A/RES/78/111 3: the Committee's session is that of its standing work; the report is due at GA 80
    paragraph = (
        "Requests the Special Committee, at its session in 2024, in accordance with paragraph 5 of General "
        "Assembly resolution 50/52 of 11 December 1995:\n"
        "(a) To continue its consideration of all proposals concerning the question of the maintenance of "
        "international peace and security in all its aspects in order to strengthen the role of the United "
        "Nations;\n"
        "(b) To consider, in an appropriate, substantive manner and framework, the question of the "
        "implementation of the provisions of the Charter of the United Nations relating to assistance to "
        "third States affected by the application of sanctions (Article 50 of the Charter), and requests the "
        "Secretary-General to submit his next report on this issue to the General Assembly at its eightieth "
        "session;\n"
        "(c) To keep on its agenda the question of the peaceful settlement of disputes between States;")
    assert _deadlines(paragraph) == [("session", "CHARTER", 2024), ("session", "GA", 80)]  # as written
    assert _due_at(_read(paragraph)) == 1


def test_a_deliverable_asked_before_the_report_stays_first():
    # A/HRC/RES/52/23 9: the seminar, due before the end of 2023, comes before its report
    paragraph = (
        "Requests the Special Rapporteur, in collaboration with the Office of the High Commissioner, at its "
        "seventy-ninth session:\n"
        "(a) To convene, before the end of 2023, a one-day expert seminar on the responsibility of business "
        "enterprises to respect the human rights of older persons;\n"
        "(b) To liaise with States, relevant United Nations agencies, funds and programmes, with a view to "
        "ensuring their contribution to the above-mentioned seminar;\n"
        "(c) To prepare a report on the seminar and to present it to the General Assembly at its "
        "eightieth session;")
    expected = [("session", 79), ("date", None), ("session", 80)]
    assert [(k, s) for k, _b, s in _deadlines(paragraph)] == expected
    assert _due_at(_read(paragraph)) is None


@pytest.mark.parametrize(("paragraph", "expected"), [
    # A/RES/64/297 16: due by the end of April, within the session
    ("Requests the Secretary-General to submit to the General Assembly at its eightieth session, no later "
     "than April 2026, a report on progress made in the implementation of the Strategy;",
     ([("session", 80, None), ("date", None, dt.date(2026, 4, 30))], 1)),
    # A/RES/68/304 6: "before the end of" a year, the session's main part
    ("Also decides to define the modalities for the intergovernmental negotiations and the adoption of the "
     "text of the multilateral legal framework at the main part of its seventy-ninth session, before the end "
     "of 2024.", ([("session", 79, None), ("date", None, dt.date(2024, 12, 31))], 1)),
    # … not a date a purpose names further on (A/RES/63/250 4)
    ("Also requests the Secretary-General to report to the General Assembly at its seventy-ninth session on "
     "the following issues with a view to the implementation of a system for the continuing appointment "
     "regime by 1 January 2025;", ([("session", 79, None), ("date", None, dt.date(2025, 1, 1))], None)),
])
def test_a_date_that_limits_the_session_before_it_is_the_one_due(paragraph, expected):
    written, due_at = expected
    deadlines = _read(paragraph)
    assert [(d.kind.value, d.session, d.date) for d in deadlines] == written
    assert _due_at(deadlines) == due_at


@pytest.mark.parametrize(("paragraph", "expected"), [
    # A/RES/34/114 2 (its years moved on here): the interim report is due first
    ("Requests the Executive Director to undertake the preparation of a biennial report in 2026, beginning "
     "with an interim report in 2025, on the following subjects;",
     ([dt.date(2026, 12, 31), dt.date(2025, 12, 31)], 1)),
    # A/RES/80/110 325 (its year moved on here): the meeting in the first half, then the second
    ("Requests the Secretary-General to convene, in 2024, up to two meetings of the Ad Hoc Working Group of "
     "the Whole of no more than two days’ total duration for each meeting, one in the first half of 2024 and "
     "another in the second half of 2024;",
     ([dt.date(2024, 12, 31), dt.date(2024, 6, 30), dt.date(2024, 12, 31)], 1)),
])
def test_the_earliest_date_is_the_one_due(paragraph, expected):
    written, due_at = expected
    deadlines = _read(paragraph)
    assert [d.date for d in deadlines] == written
    assert _due_at(deadlines) == due_at


@pytest.mark.parametrize(("paragraph", "expected"), [
    # A/RES/77/298 123 (and A/RES/64/297 17, each review of the Strategy since): the item is taken up by June
    ("Decides to include in the provisional agenda of its eightieth session the item entitled “The United "
     "Nations Global Counter-Terrorism Strategy” in order to undertake, by June 2026, an examination of the "
     "report of the Secretary-General requested in paragraph 122 above, as well as of the implementation of "
     "the Strategy by Member States, and to consider updating the Strategy to respond to changes.",
     ([("session", 80, None), ("date", None, dt.date(2026, 6, 30))], 1)),
    # A/RES/66/256 4 (its sessions and dates moved on here): the report asked for the item, by February
    ("Decides to include in the provisional agenda of its seventy-ninth session, under the item entitled "
     "“Strengthening of the United Nations system”, the sub-item entitled “Central role of the United "
     "Nations system in global governance”, and in this regard requests the Secretary-General to submit to "
     "the General Assembly, by the end of February 2025, an analytical report focusing on global economic "
     "governance and development;",
     ([("session", 79, None), ("date", None, dt.date(2025, 2, 28))], 1)),
    # … not a date after the session: what the agenda takes up is due when it opens
    ("Decides to include in the provisional agenda of its seventy-ninth session the item entitled “Global "
     "health”, and requests the Secretary-General to convene a high-level meeting by December 2025;",
     ([("session", 79, None), ("date", None, dt.date(2025, 12, 31))], None)),
])
def test_a_date_within_the_session_whose_agenda_takes_up_the_item_is_the_one_due(paragraph, expected):
    written, due_at = expected
    deadlines = _read(paragraph)
    assert [(d.kind.value, d.session, d.date) for d in deadlines] == written
    assert _due_at(deadlines) == due_at


@pytest.mark.parametrize(("paragraph", "expected"), [
    # A/HRC/RES/26/9 4 (its sessions moved on here, the Assembly's): before the session, not the year's end
    ("Decides that the open-ended intergovernmental working group shall hold its first session for five "
     "working days in 2024, before the seventy-ninth session of the General Assembly;",
     ([("date", None, dt.date(2024, 12, 31)), ("session", 79, None)], 1)),
    # A/RES/77/245 29 (its sessions and years moved on here)
    ("Decides to convene a one-day high-level meeting in 2025, prior to the commencement of the eightieth "
     "session;", ([("date", None, dt.date(2025, 12, 31)), ("session", 80, None)], 1)),
    # … not a session that runs after the year: the year's end comes first
    ("Decides to convene a one-day high-level meeting in 2024, and to review its outcome at its "
     "eighty-first session;", ([("date", None, dt.date(2024, 12, 31)), ("session", 81, None)], None)),
])
def test_a_session_that_narrows_the_year_before_it_is_the_one_due(paragraph, expected):
    written, due_at = expected
    deadlines = _read(paragraph)
    assert [(d.kind.value, d.session, d.date) for d in deadlines] == written
    assert _due_at(deadlines) == due_at
