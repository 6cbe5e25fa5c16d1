"""What an import puts up for review: the same points in the preview (nothing written), in the
obligations' review notes and in the import's summary."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from tracker.models import Entity, Obligation
from tracker.parsing import Deadline, DeadlineKind, ObligationKind, OperativeParagraph, ParsedResolution
from tracker.services.actors import Actor
from tracker.services.importing import Review, import_resolution, preview

CLI = Actor.system("cli")
TODAY = dt.date(2017, 1, 15)


def _parsed() -> ParsedResolution:
    special = Deadline(DeadlineKind.SESSION, "at its next session", body="C34",
                       body_name="Special Committee on Peacekeeping Operations")
    current = Deadline(DeadlineKind.SESSION, "at its seventy-first session", body="GA", session=71,
                       current=True)
    later = Deadline(DeadlineKind.SESSION, "at its seventy-third session", body="GA", session=73)

    def op(number, text, actors, deadlines, confidence=None):
        return OperativeParagraph(number=number, text=text, action="requests", kind=ObligationKind.REPORT,
                                  eid=f"para_{number}", actors=actors, deadlines=deadlines,
                                  confidence=confidence or {"action": 0.9})

    return ParsedResolution(
        symbol="A/RES/71/999", body="GA", session=71, adopted_on=dt.date(2016, 11, 21), title="Test",
        operative=[
            op("1", "Requests the Secretary-General to brief the Special Committee at its next session;",
               ["Secretary-General"], [special]),
            op("2", "Requests the Panel of Eminent Navigators to report at its seventy-first session;",
               ["Panel of Eminent Navigators"], [current]),
            op("3", "Requests the Secretary-General to report at its seventy-third session;",
               ["Secretary-General"], [later], {"action": 0.9, "kind": 0.3}),
            op("4", "Requests the Secretary-General to report at its seventy-third session, again;",
               ["Secretary-General"], [later]),
        ],
    )


def test_the_preview_lists_each_point_in_words_and_writes_nothing(db):
    before = db.scalar(select(func.count()).select_from(Entity))
    review = preview(db, _parsed(), TODAY)
    assert db.scalar(select(func.count()).select_from(Entity)) == before
    points = {p.paragraph.number: {pt.kind for pt in p.points} for p in review.paragraphs}
    assert points == {"1": {Review.UNDATED_DEADLINE}, "2": {Review.UNKNOWN_OWNERS, Review.CURRENT_SESSION},
                      "3": {Review.LOW_CONFIDENCE}, "4": set()}
    assert [p.paragraph.number for p in review.to_review] == ["1", "2", "3"]
    special = review.paragraphs[0].deadlines[0]
    assert special.undated and special.due_on is None
    assert special.body_name == "Special Committee on Peacekeeping Operations"
    assert review.paragraphs[1].unknown == ["Panel of Eminent Navigators"]
    assert review.paragraphs[3].deadlines[0].due_on == dt.date(2018, 9, 18)


def test_the_import_flags_the_same_points_and_its_summary_counts_them(db):
    result = import_resolution(db, _parsed(), CLI, today=TODAY, publish=False)
    assert result.needs_review == 3 and not result.published
    assert result.review == {Review.UNDATED_DEADLINE: 1, Review.UNKNOWN_OWNERS: 1,
                             Review.CURRENT_SESSION: 1, Review.LOW_CONFIDENCE: 1}
    summary = result.summary()
    assert "3 flagged for review (1 with unknown owners, 1 of low confidence, 1 with an undated deadline, " \
           "1 due in the session current at adoption)" in summary
    assert summary.endswith("not published: publish it once reviewed")
    notes = dict(db.execute(select(Obligation.deadline_text, Obligation.review_note)
                            .where(Obligation.deadline_text == "at its seventy-first session")).all())
    assert "deadline in the session current at adoption: at its seventy-first session" in notes[
        "at its seventy-first session"]


def test_the_preview_says_each_deadline_in_words_and_flags_what_it_is(db):
    until = Deadline(DeadlineKind.DATE, "until 31 May 2017", date=dt.date(2017, 5, 31), expires=True)
    every = Deadline(DeadlineKind.RECURRING, "every six months", every="P6M")
    current = Deadline(DeadlineKind.SESSION, "at its seventy-first session", body="GA", session=71,
                       current=True)
    parsed = _parsed()
    parsed.operative = [OperativeParagraph(
        number="1", text="Decides to extend the mandate until 31 May 2017 and requests reports;",
        action="decides", kind=ObligationKind.MANDATE, eid="para_1", actors=["Secretary-General"],
        deadlines=[until, every, current], confidence={"action": 0.9})]

    (paragraph,) = preview(db, parsed, TODAY).paragraphs

    assert [(d.text, d.expires, d.recurring, d.current) for d in paragraph.deadlines] == [
        ("until 31 May 2017", True, False, False), ("every six months", False, True, False),
        ("at its seventy-first session", False, False, True)]
    assert paragraph.deadlines[0].due_on == dt.date(2017, 5, 31) and paragraph.deadlines[0].undated is None
    assert paragraph.deadlines[1].body_name is None
    # every six months from adoption (21 November 2016): the first on or after today
    assert paragraph.deadlines[1].due_on == dt.date(2017, 5, 21)


def test_the_preview_dates_from_the_adoption_and_the_resolutions_own_body(db):
    within = Deadline(DeadlineKind.RELATIVE, "within 90 days", days=90, from_="adoption")
    its_next = Deadline(DeadlineKind.SESSION, "at its next session")
    parsed = _parsed()
    parsed.operative = [OperativeParagraph(
        number="1", text="Requests the Secretary-General to report within 90 days and at its next session;",
        action="requests", kind=ObligationKind.REPORT, eid="para_1", actors=["Secretary-General"],
        deadlines=[within, its_next], confidence={"action": 0.9})]
    # the paragraph's due date (its first deadline) as the preview checks it: the resolution's own
    # body's next session, and a recurring deadline's next occurrence after today, both datable
    parsed.operative += [OperativeParagraph(
        number=n, text=f"Requests the Secretary-General to report {d.text};", action="requests",
        kind=ObligationKind.REPORT, eid=f"para_{n}", actors=["Secretary-General"], deadlines=[d],
        confidence={"action": 0.9})
        for n, d in (("2", its_next), ("3", Deadline(DeadlineKind.RECURRING, "every six months",
                                                     every="P6M")))]

    paragraph, *others = preview(db, parsed, TODAY).paragraphs

    assert paragraph.deadlines[0].due_on == dt.date(2016, 11, 21) + dt.timedelta(days=90)
    assert paragraph.deadlines[1].due_on == dt.date(2017, 9, 12)  # the GA's 72nd session opens
    assert paragraph.points == []
    assert [p.points for p in others] == [[], []]


def test_review_points_name_every_unknown_actor_and_low_field_once_and_in_order(db):
    parsed = _parsed()
    parsed.operative = [OperativeParagraph(
        number="1", text="Requests the Panel and the Board to report;", action="requests",
        kind=ObligationKind.REPORT, eid="para_1", deadlines=[],
        actors=["Panel of  Eminent Navigators", "Board of Nobody", "Panel of Eminent Navigators", " "],
        # at the threshold is not low; only numbers are confidences
        confidence={"kind": 0.2, "action": 0.1, "deadline": 0.5, "actors": "n/a"})]

    (paragraph,) = preview(db, parsed, TODAY).paragraphs

    assert paragraph.unknown == ["Panel of Eminent Navigators", "Board of Nobody"]
    assert [p.note for p in paragraph.points] == [
        "unknown actor(s): Panel of Eminent Navigators, Board of Nobody",
        "low parse confidence: action, kind"]
    result = import_resolution(db, parsed, CLI, today=TODAY)
    note = db.scalars(select(Obligation.review_note)).one()
    assert note == ("unknown actor(s): Panel of Eminent Navigators, Board of Nobody; "
                    "low parse confidence: action, kind")
    assert result.summary() == ("A/RES/71/999: 1 obligation, 0 with due dates, 1 flagged for review "
                                "(1 with unknown owners, 1 of low confidence); new owners to review: "
                                "Panel of Eminent Navigators, Board of Nobody")


def test_deadlines_in_the_current_session_are_named_together(db):
    first = Deadline(DeadlineKind.SESSION, "at its seventy-first session", body="GA", session=71,
                     current=True)
    second = Deadline(DeadlineKind.SESSION, "before the end of its current session", body="GA", session=71,
                      current=True)
    parsed = _parsed()
    parsed.operative = [OperativeParagraph(
        number="1", text="Requests the Secretary-General to report;", action="requests",
        kind=ObligationKind.REPORT, eid="para_1", actors=["Secretary-General"], deadlines=[first, second],
        confidence={"action": 0.9})]

    (paragraph,) = preview(db, parsed, TODAY).paragraphs

    assert [p.note for p in paragraph.points] == [
        "deadline in the session current at adoption: "
        "at its seventy-first session; before the end of its current session"]
