"""The stage rule in Python (plain table) and in SQL (the pass) agree."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import gen_entity, gen_obligation
from tracker.reminders.queue import due_candidates
from tracker.reminders.stages import due_stage, effective_stages, latest_due_stage

DEFAULT = (90, 30, 7, 1, 0, -7)


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


def test_overrides_obligation_then_entity_then_default():
    assert effective_stages("120,30", "60", "90,7") == (120, 30)
    assert effective_stages(None, "60,7", "90,7") == (60, 7)
    assert effective_stages("nonsense", None, "90,7") == (90, 7)


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
