"""The stage rule in Python (plain table), in SQL (the pass) and in the calendar feeds agree."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation
from tracker.reminders.queue import DUE, fill_due
from tracker.reminders.stages import (
    due_stage,
    effective_stages,
    latest_due_stage,
    owner_stages,
    parse_stages,
    stages_for,
)
from tracker.services.feeds import build_calendar

DEFAULT = (90, 30, 7, 1, 0, -7)


def due_candidates(session, today: dt.date, default_stages: str) -> list:
    """Step 1 of the pass on its own: the rows of ``reminder_due`` at ``today``."""
    fill_due(session, today, default_stages)
    return session.execute(select(DUE)).all()


@pytest.mark.parametrize(
    ("days_left", "stage"),
    [
        (91, None),
        (90, 90),
        (60, 90),
        (30, 30),
        (8, 30),
        (7, 7),
        (2, 7),
        (1, 1),
        (0, 0),
        (-1, 0),
        (-6, 0),
        (-7, -7),
        (-13, -7),
        (-14, -14),
        (-30, -28),
        (-365, -364),
    ],
)
def test_latest_due_stage(days_left, stage):
    assert latest_due_stage(days_left, DEFAULT) == stage


def test_target_stage_wins_when_it_came_due_more_recently():
    due, target = dt.date(2018, 9, 18), dt.date(2018, 8, 1)
    # 2018-07-02: target 30 days away (t30 came due today), due date's stage 90 came due 2018-06-20
    assert due_stage(dt.date(2018, 7, 2), due, target, DEFAULT).key == "t30"
    assert due_stage(dt.date(2018, 8, 20), due, target, DEFAULT).key == "30"
    assert due_stage(dt.date(2018, 8, 1), due, target, DEFAULT).key == "t0"
    assert due_stage(dt.date(2018, 5, 1), due, target, DEFAULT) is None


def test_a_due_stage_says_the_date_it_counts_towards_and_the_days_left():
    due, target = dt.date(2018, 9, 18), dt.date(2018, 8, 1)
    on_target = due_stage(dt.date(2018, 7, 2), due, target, DEFAULT)
    assert (on_target.due_on, on_target.days_left, on_target.is_target) == (target, 30, True)
    on_due = due_stage(dt.date(2018, 8, 20), due, target, DEFAULT)
    assert (on_due.due_on, on_due.days_left, on_due.is_target) == (due, 29, False)
    overdue = due_stage(dt.date(2018, 10, 3), due, None, DEFAULT)
    assert (overdue.key, overdue.days_left, overdue.fell_due_on) == ("-14", -15, dt.date(2018, 10, 2))


def test_overrides_obligation_then_entity_then_default():
    assert effective_stages("120,30", "60", "90,7") == (120, 30)
    assert effective_stages(None, "60,7", "90,7") == (60, 7)
    assert effective_stages("nonsense", None, "90,7") == (90, 7)


def test_parse_stages_sorts_and_refuses_what_is_not_whole_days():
    assert parse_stages("7, 90,30,7,-7") == (90, 30, 7, -7)
    for bad in ("", " , ", "30,soon"):
        with pytest.raises(ValueError):
            parse_stages(bad)


def test_a_refused_stage_list_says_what_is_wrong():
    """The sentence a bad ``REMINDER_STAGES`` stops the start with; a site default that is no list
    of days is refused too, never taken for "no reminders"."""
    with pytest.raises(ValueError) as bad:
        parse_stages("30,soon")
    assert str(bad.value) == "REMINDER_STAGES must be comma-separated whole days, got '30,soon'"
    for empty in ("", " , "):
        with pytest.raises(ValueError) as bad:
            parse_stages(empty)
        assert str(bad.value) == "REMINDER_STAGES is empty"
    with pytest.raises(ValueError, match="^REMINDER_STAGES must be comma-separated whole days, got 'soon'$"):
        effective_stages(None, "nonsense", "soon")


def test_stages_for_own_then_owners_then_default():
    assert stages_for("100,3", ["120,60"], "90,7") == (100, 3)
    assert stages_for(None, ["120,60", "45,5", None], "90,7") == (45, 5)  # the greatest as text
    assert owner_stages([None, "120,60", "45,5"]) == "45,5"
    assert stages_for("nonsense", ["45,5"], "90,7") == (45, 5)
    assert stages_for(None, [None], "90,7") == stages_for(None, [], "90,7") == (90, 7)


def test_ledger_sql_and_feed_agree_on_every_obligations_stages(db_factory):
    """Owners that set different stages, one that sets nonsense, an obligation's own override (valid
    or not): the reminder pass (SQL, and Python for own overrides) and the feed's alarms go by the
    same ``stages_for``."""
    base = dt.date(2018, 9, 18)
    default = "90,30,7,1,0,-7"
    with db_factory() as db:
        early = gen_entity(db, "Needs notice", reminder_stages="120,60,14")
        late = gen_entity(db, "Short notice", reminder_stages="45,5")
        broken = gen_entity(db, "Broken", reminder_stages="nonsense")
        plain = gen_entity(db, "Plain")
        cases = [
            ([early, late], None), ([late, early], None), ([broken], None), ([early, broken], None),
            ([plain, early], None), ([early], "100,3"), ([late], "nonsense"), ([], None),
        ]
        obligations = []
        for offset in range(-20, 130, 4):
            for owners, own in cases:
                obligations.append(gen_obligation(
                    db, due_on=base + dt.timedelta(days=offset), owners=owners, reminder_stages=own))
        db.flush()
        expected = {
            ob.id: stages_for(ob.reminder_stages, [e.reminder_stages for e in ob.owners], default)
            for ob in obligations
        }
        assert expected[obligations[0].id] == (45, 5)  # both orders of two owners: the same stages
        assert expected[obligations[1].id] == (45, 5)
        got = {row.obligation_id: (row.stage, row.row_due_on) for row in due_candidates(db, base, default)}
        want = {}
        for ob in obligations:
            stage = due_stage(base, ob.due_on, ob.target_on, expected[ob.id])
            if stage is not None:
                want[ob.id] = (stage.key, stage.due_on)
        assert got == want
        now = dt.datetime(2018, 9, 18, tzinfo=dt.UTC)
        feed = Calendar.from_ical(build_calendar(
            obligations, name="all", base_url="http://tracker.test", default_stages=default, now=now))
        alarms = {
            int(str(event["UID"]).split("-")[1].split("@")[0]): sorted(
                -a.decoded("TRIGGER").days for a in event.walk("VALARM"))
            for event in feed.walk("VEVENT")
        }
        assert alarms == {ob.id: sorted(expected[ob.id]) for ob in obligations}
        db.rollback()


def test_sql_and_python_agree(db_factory):
    base = dt.date(2018, 9, 18)
    with db_factory() as db:
        slow = gen_entity(db, "Needs notice", reminder_stages="120,60,14")
        expected_sets = {}
        for offset in range(-40, 140, 3):
            for kind in ("plain", "target", "entity", "own"):
                kw = {}
                stages = DEFAULT
                if kind == "target":
                    kw["target_on"] = base + dt.timedelta(days=offset - 45)
                if kind == "entity":
                    kw["owners"] = [slow]
                    stages = (120, 60, 14)
                if kind == "own":
                    kw["reminder_stages"] = "100,3"
                    stages = (100, 3)
                ob = gen_obligation(db, due_on=base + dt.timedelta(days=offset), **kw)
                expected_sets[ob.id] = (ob.due_on, ob.target_on, stages)
        db.flush()
        today = base
        got = {
            row.obligation_id: (row.stage, row.row_due_on)
            for row in due_candidates(db, today, "90,30,7,1,0,-7")
        }
        want = {}
        for oid, (due, target, stages) in expected_sets.items():
            stage = due_stage(today, due, target, stages)
            if stage is not None:
                want[oid] = (stage.key, stage.due_on)
        assert got == want
        db.rollback()


def test_on_a_tie_the_due_dates_stage_wins_in_python_and_in_sql(db_factory):
    """Both stages came due the same day (the due date's "30" and the target's "7"): one row, the
    due date's — its message names the due date, which is what the obligation answers to."""
    today = dt.date(2018, 8, 19)
    due, target = today + dt.timedelta(days=30), today + dt.timedelta(days=7)
    assert due_stage(today, due, target, DEFAULT).key == "30"
    # the day after, nothing new came due: still the due date's stage
    assert due_stage(today + dt.timedelta(days=1), due, target, DEFAULT).key == "30"
    # one day later target: "t7" came due a day after "30", so it wins
    assert due_stage(today + dt.timedelta(days=1), due, target + dt.timedelta(days=1), DEFAULT).key == "t7"
    with db_factory() as db:
        tie = gen_obligation(db, due_on=due, target_on=target)
        later = gen_obligation(db, due_on=due, target_on=target + dt.timedelta(days=1))
        db.flush()
        got = {r.obligation_id: (r.stage, r.row_due_on) for r in due_candidates(db, today, "90,30,7,1,0,-7")}
        assert got[tie.id] == ("30", due)
        assert later.id not in got or got[later.id] == ("30", due)
        got = {r.obligation_id: (r.stage, r.row_due_on)
               for r in due_candidates(db, today + dt.timedelta(days=1), "90,30,7,1,0,-7")}
        assert got[tie.id] == ("30", due)
        assert got[later.id] == ("t7", target + dt.timedelta(days=1))
        db.rollback()
