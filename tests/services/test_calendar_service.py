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
