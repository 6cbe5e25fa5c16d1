"""The calendar as the database knows it: official dates win, due dates follow them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_user
from tests.services.seed import TODAY, seed
from tracker.models import AuditEntry, Obligation
from tracker.services.actors import Actor, PermissionDenied
from tracker.services.calendar import (
    load_calendar,
    recompute_due_dates,
    session_dates,
    set_documentation_lead,
    set_official_session,
)
from tracker.services.errors import Invalid
from tracker.services.importing import import_resolution

CLI = Actor.system("cli")


def seeded(db) -> dict[str, Obligation]:
    import_resolution(db, seed(), CLI, today=TODAY)
    return {o.paragraph.number: o for o in db.scalars(select(Obligation))}


def test_rule_dates_without_records(db):
    assert session_dates(db, "GA", 73).opens_on == dt.date(2018, 9, 18)
    assert session_dates(db, "ga", 79).opens_on == dt.date(2024, 9, 10)


def test_an_official_date_wins_and_moves_the_due_dates_that_depend_on_it(db):
    obs = seeded(db)
    row, moved = set_official_session(db, "GA", 73, opens_on=dt.date(2018, 9, 20), actor=CLI, today=TODAY)
    assert moved == 2 and row.opens_on == dt.date(2018, 9, 20)
    assert load_calendar(db).opening("GA", 73) == dt.date(2018, 9, 20)
    for n in "56":
        assert obs[n].due_on == dt.date(2018, 9, 20)
        assert "official date recorded by an admin" in obs[n].due_derivation
        assert obs[n].history[-1].field == "due_on"
        assert (obs[n].history[-1].old_value, obs[n].history[-1].new_value) == ("2018-09-18", "2018-09-20")
    for n in "1234":
        assert obs[n].due_on is None
    # recording it again with the same date moves nothing; another session moves nothing either
    assert set_official_session(db, "GA", 73, opens_on=dt.date(2018, 9, 20), actor=CLI, today=TODAY)[1] == 0
    assert set_official_session(db, "GA", 74, opens_on=dt.date(2019, 9, 17), actor=CLI, today=TODAY)[1] == 0
    assert db.scalars(select(AuditEntry).where(AuditEntry.action == "set_official_session")).all()


def test_completed_obligations_keep_their_due_date(db):
    obs = seeded(db)
    obs["5"].status = "completed"
    set_official_session(db, "GA", 73, opens_on=dt.date(2018, 9, 25), actor=CLI, today=TODAY)
    assert obs["5"].due_on == dt.date(2018, 9, 18)
    assert obs["6"].due_on == dt.date(2018, 9, 25)


def test_only_admins_record_official_dates(db):
    officer = Actor.for_user(gen_user(db, role="officer", can_import=True))
    with pytest.raises(PermissionDenied):
        set_official_session(db, "GA", 84, opens_on=dt.date(2029, 9, 11), actor=officer, today=TODAY)


def test_bad_official_dates_are_refused(db):
    with pytest.raises(Invalid):
        set_official_session(db, "SC", 1, opens_on=dt.date(2029, 9, 11), actor=CLI, today=TODAY)
    with pytest.raises(Invalid):
        set_official_session(db, "GA", 84, opens_on=dt.date(2029, 9, 11), closes_on=dt.date(2029, 9, 1),
                             actor=CLI, today=TODAY)


def test_documentation_lead_moves_target_dates(db):
    obs = seeded(db)
    _row, moved = set_documentation_lead(db, "GA", 70, actor=CLI, today=TODAY)
    assert moved == 2
    assert obs["5"].target_on == dt.date(2018, 9, 18) - dt.timedelta(days=70)
    assert obs["5"].due_on == dt.date(2018, 9, 18)


def test_override_wins_on_recompute(db):
    obs = seeded(db)
    obs["5"].due_on_override = dt.date(2018, 6, 30)
    assert recompute_due_dates(db, TODAY) == 1
    assert obs["5"].due_on == dt.date(2018, 6, 30) and "set by an admin" in obs["5"].due_derivation


def test_a_mandate_from_a_sessions_end_expires_from_its_close_and_follows_the_calendar(db):
    # A/HRC/RES/52/20 op 1: three years from the end of the fifty-third session
    from tracker.parsing.types import Deadline, DeadlineKind, ObligationKind, OperativeParagraph

    parsed = seed()
    parsed.symbol, parsed.body, parsed.session = "A/HRC/RES/52/20", "HRC", 52
    parsed.adopted_on = dt.date(2023, 4, 3)
    text = ("Decides to extend, for a period of three years, effective from the end of its "
            "fifty-third session, the mandate of Special Rapporteur on the human rights of migrants, "
            "with the following functions:")
    after = Deadline(DeadlineKind.RELATIVE, "for a period of three years, effective from the end of its "
                     "fifty-third session", from_="session_end", body="HRC",
                     session=53, period="P3Y", expires=True)
    # not a resolution's words: the same period after another body's session
    other = Deadline(DeadlineKind.RELATIVE, "for two years, effective from the end of its "
                     "thirty-third session", from_="session_end", body="CCPCJ", session=33,
                     period="P2Y", expires=True)
    parsed.operative = [
        OperativeParagraph(number="1", text=text, action="decides", kind=ObligationKind.MANDATE,
                           deadlines=[after]),
        OperativeParagraph(number="2", text=text, action="decides", kind=ObligationKind.MANDATE,
                           deadlines=[other]),
    ]
    import_resolution(db, parsed, CLI, today=TODAY)
    obs = {o.paragraph.number: o for o in db.scalars(select(Obligation))}
    assert obs["1"].expires_on == dt.date(2026, 7, 14) and obs["1"].due_on is None
    assert not obs["1"].needs_review
    # another body's session nobody recorded: no date, and why, for review
    assert obs["2"].expires_on is None and obs["2"].needs_review
    assert "Commission on Crime Prevention and Criminal Justice: session 33 is not in the calendar" \
        in obs["2"].due_derivation
    # another session of the Council moves nothing; then an admin records the sessions' closing
    # dates: the expiries follow
    assert set_official_session(db, "HRC", 54, opens_on=dt.date(2023, 9, 11), closes_on=dt.date(2023, 10, 13),
                                actor=CLI, today=TODAY)[1] == 0
    assert obs["1"].expires_on == dt.date(2026, 7, 14)
    set_official_session(db, "HRC", 53, opens_on=dt.date(2023, 6, 19), closes_on=dt.date(2023, 7, 13),
                         actor=CLI, today=TODAY)
    set_official_session(db, "CCPCJ", 33, opens_on=dt.date(2024, 5, 13), closes_on=dt.date(2024, 5, 17),
                         actor=CLI, today=TODAY)
    assert obs["1"].expires_on == dt.date(2026, 7, 13)
    assert obs["1"].due_derivation.startswith("expires 2026-07-13, 3 years after the end of the session")
    assert "official date recorded by an admin" in obs["1"].due_derivation
    assert obs["2"].expires_on == dt.date(2026, 5, 17)


def test_a_mandate_until_a_sessions_end_expires_at_its_close_and_follows_the_calendar(db):
    # A/HRC/RES/S-35/1 op 1: a fact-finding mission "until the end of the fifty-fifth session of
    # the Human Rights Council"
    from tracker.parsing.types import Deadline, DeadlineKind, ObligationKind, OperativeParagraph

    parsed = seed()
    parsed.symbol, parsed.body, parsed.session = "A/HRC/RES/S-35/1", "HRC", None
    parsed.adopted_on = dt.date(2022, 11, 24)
    words = "until the end of the fifty-fifth session of the Human Rights Council"
    until_end = Deadline(DeadlineKind.SESSION, words, body="HRC", session=55, end=True, expires=True)
    # not a resolution's words: the same until another body's session nobody recorded
    other = Deadline(DeadlineKind.SESSION, "until the end of its thirty-third session", body="CCPCJ",
                     session=33, end=True, expires=True)
    parsed.operative = [
        OperativeParagraph(number=str(n), text=f"Decides to establish a fact-finding mission, {d.text}",
                           action="decides", kind=ObligationKind.MANDATE, deadlines=[d])
        for n, d in ((1, until_end), (2, other))
    ]
    import_resolution(db, parsed, CLI, today=TODAY)
    obs = {o.paragraph.number: o for o in db.scalars(select(Obligation))}
    assert obs["1"].expires_on == dt.date(2024, 4, 5) and obs["1"].due_on is None
    assert not obs["1"].needs_review
    assert obs["2"].expires_on is None and obs["2"].needs_review
    assert "Commission on Crime Prevention and Criminal Justice: session 33 is not in the calendar" \
        in obs["2"].due_derivation
    # an admin records the sessions' official dates: the expiries follow
    set_official_session(db, "HRC", 55, opens_on=dt.date(2024, 2, 26), closes_on=dt.date(2024, 4, 4),
                         actor=CLI, today=TODAY)
    set_official_session(db, "CCPCJ", 33, opens_on=dt.date(2024, 5, 13), closes_on=dt.date(2024, 5, 17),
                         actor=CLI, today=TODAY)
    assert obs["1"].expires_on == dt.date(2024, 4, 4)
    assert obs["1"].due_derivation.startswith("expires at the end of the session: HRC session 55")
    assert obs["2"].expires_on == dt.date(2024, 5, 17)


def test_the_calendar_loads_official_dates_and_leads_in_one_statement_flushed_first(db):
    """Both what an admin recorded, unflushed changes included, in one round trip (a page that
    shows session dates loads the calendar on every request)."""
    from tests.statements import sent_statements
    from tracker.models import BodySetting, OfficialSession

    db.add(OfficialSession(body="GA", number=90, opens_on=dt.date(2035, 9, 11),
                           closes_on=dt.date(2036, 9, 3)))
    db.add(BodySetting(body="HRC", documentation_lead_days=30))
    with sent_statements(db.connection()) as sent:
        calendar = load_calendar(db)
    assert len([s for s, _ in sent if s.lstrip().upper().startswith("SELECT")]) == 1
    assert calendar.session_dates("GA", 90).opens_on == dt.date(2035, 9, 11)
    assert calendar.session_dates("GA", 90).closes_on == dt.date(2036, 9, 3)
    assert calendar.documentation_lead("HRC") == dt.timedelta(days=30)


def test_the_same_dates_and_leads_load_the_same_calendar_a_change_a_new_one(db):
    """A calendar does not change once built: the same recorded dates and leads give the same
    one, with the sessions it has computed (a request starts where the previous stopped); a date
    recorded or a lead changed gives a new one with it."""
    first = load_calendar(db)
    assert first.session_dates("GA", 73).opens_on == dt.date(2018, 9, 18)
    assert load_calendar(db) is first
    set_official_session(db, "GA", 73, opens_on=dt.date(2018, 9, 20), actor=CLI, today=TODAY)
    recorded = load_calendar(db)
    assert recorded is not first and recorded.session_dates("GA", 73).opens_on == dt.date(2018, 9, 20)
    assert first.session_dates("GA", 73).opens_on == dt.date(2018, 9, 18)  # the old one as it was
    set_documentation_lead(db, "GA", 30, actor=CLI, today=TODAY)
    led = load_calendar(db)
    assert led is not recorded and led.documentation_lead("GA") == dt.timedelta(days=30)
    assert load_calendar(db) is led


def test_an_obligation_is_dated_and_filed_by_the_deadline_it_falls_due_by(db):
    """A/RES/78/111 3 (tests/corpus): the Special Committee's session in 2024, written first, is that of its
    standing work; the Secretary-General's report asked in (b) is due at the Assembly's eightieth session,
    which the parser marks ``due`` while the deadlines stay in the order written."""
    from pathlib import Path

    from tracker.models import Paragraph
    from tracker.parsing import parse

    text = (Path(__file__).parents[1] / "corpus" / "A_RES_78_111.txt").read_bytes()
    import_resolution(db, parse(text, "A_RES_78_111.txt"), CLI, today=TODAY)
    ob = db.scalar(select(Obligation).join(Paragraph, Obligation.paragraph_id == Paragraph.id)
                   .where(Paragraph.kind == "operative", Paragraph.number == "3"))
    assert [d["body"] for d in ob.deadlines] == ["CHARTER", "GA"]
    assert (ob.deadline_body, ob.deadline_session) == ("GA", 80)
    assert ob.due_on == session_dates(db, "GA", 80).opens_on
