"""The pass's stage selection (``reminder_due``, step 1) row by row against the rule in Python: the
stage, the date it counts towards, the due date's own stage (what a follower's digest counts
down by) and whether the row is a mandate, for due dates, internal targets, owners' and
obligations' own stages, and mandates by their end; on the horizon, on the day and after."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_resolution
from tracker.reminders.queue import DUE, fill_due
from tracker.reminders.stages import due_stage, stages_for

TODAY = dt.date(2025, 2, 15)
DEFAULT = "90,30,7,1,0,-7"


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _selected(db) -> dict[int, tuple]:
    fill_due(db, TODAY, DEFAULT)
    return {
        row.obligation_id: (row.stage, row.row_due_on, row.due_stage, row.is_mandate)
        for row in db.execute(select(DUE)).all()
    }


def _expected(obligations) -> dict[int, tuple]:
    want = {}
    for ob in obligations:
        stages = stages_for(ob.reminder_stages, [e.reminder_stages for e in ob.owners], DEFAULT)
        if ob.is_mandate:
            if ob.expires_on < TODAY:
                continue  # an ended mandate is not chased
            due, target = ob.expires_on, None
        else:
            due, target = ob.due_on, ob.target_on
        found = due_stage(TODAY, due, target, stages)
        if found is not None:
            on_due = due_stage(TODAY, due, None, stages)
            want[ob.id] = (found.key, found.due_on, on_due.key if on_due else None, int(ob.is_mandate))
    return want


def test_every_row_has_the_stage_date_and_due_stage_the_rule_gives(db):
    slow = gen_entity(db, "Needs notice", reminder_stages="120,60,14")
    short = gen_entity(db, "Short notice", reminder_stages="45,5")
    # chased only once overdue: weekly from the first week, and never by an internal target
    late = gen_entity(db, "Overdue only", reminder_stages="-30")
    res = gen_resolution(db, "A/RES/79/1", session=79, adopted_on=dt.date(2024, 12, 1))
    obligations = []
    # from three weeks overdue to beyond the longest lead (120 days): each stage, the horizons (90
    # and 120 days) and the weekly stages on the day, the day before and the day after
    for offset in (-22, -21, -15, -14, -8, -7, -6, -1, 0, 1, 2, 3, 4, 6, 7, 8, 10, 13, 20, 29, 30, 31,
                   40, 44, 45, 46, 50, 53, 59, 60, 61, 70, 89, 90, 91, 99, 100, 101, 110, 119, 120, 121):
        for kw in (
            {},
            {"target_on": _day(offset - 40)},  # an internal target 40 days before
            {"target_on": _day(offset - 3)},
            {"owners": [slow]},
            {"owners": [short], "target_on": _day(offset - 20)},
            {"reminder_stages": "100,3"},  # its own stages (settled in Python)
            {"reminder_stages": "100,3", "target_on": _day(offset - 50)},
            {"reminder_stages": "nonsense", "owners": [short], "target_on": _day(offset - 10)},
            {"reminder_stages": "nonsense"},  # the default's
            {"owners": [late], "target_on": _day(offset - 5)},
        ):
            obligations.append(gen_obligation(db, res, due_on=_day(offset), **kw))
    # a target on the horizon (the longest lead, 120 days), due beyond it: "t120"
    on_horizon = gen_obligation(db, res, due_on=_day(150), target_on=_day(120), owners=[slow])
    # its own stages reach further than anyone's: beyond the horizon, "150"
    far = gen_obligation(db, res, due_on=_day(140), reminder_stages="150")
    obligations += [on_horizon, far]
    # an owner's own negative stage beyond the first weeks: "-30" on the day and after, not the
    # weekly "-28" (a due date's stages, unlike a target's, keep their negative ones)
    late_ones = {offset: gen_obligation(db, res, due_on=_day(offset), owners=[late]) for offset in (-30, -31)}
    obligations += late_ones.values()
    # closed ones are not selected, whatever their dates
    closed = [gen_obligation(db, res, due_on=_day(offset), status=status)
              for offset in (-7, 0, 7, 30) for status in ("completed", "not_applicable")]
    db.flush()
    got = _selected(db)
    want = _expected(obligations)
    assert got == want
    assert not {ob.id for ob in closed} & set(got)
    assert got[on_horizon.id] == ("t120", _day(120), None, 0)
    assert got[far.id] == ("150", _day(140), "150", 0)
    assert [got[ob.id][0] for ob in late_ones.values()] == ["-30", "-30"]
    # what the grid must hold for the comparison to mean something
    stages = {key for key, *_ in want.values()}
    assert {"120", "100", "90", "45", "t90", "t100", "t45", "t0", "0", "-7", "-14", "-21"} <= stages
    assert any(due_stage_ is None for _, _, due_stage_, _ in want.values())  # a target stage alone
    db.rollback()


def test_a_mandate_is_selected_by_its_end_from_the_horizon_to_the_day_it_ends(db):
    council = gen_entity(db, "Security Council")
    sc = gen_resolution(db, "S/RES/2727 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 3, 15))
    renewal = gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=_day(400))
    mandates = [
        gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=_day(offset), owners=owners,
                       target_on=_day(offset - 10) if offset % 2 else None)
        for offset in (-1, 0, 1, 6, 7, 30, 89, 90, 91, 100)
        for owners in ([], [council])
    ]
    own = gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=_day(100),
                         reminder_stages="100")
    renewed = gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=_day(7),
                             renewed_by_id=renewal.id)
    settled = [gen_obligation(db, sc, kind="mandate", status=status, expires_on=_day(7))
               for status in ("completed", "not_applicable")]
    # a resolution under review (an import not yet published) is in nobody's register
    draft = gen_resolution(db, "S/RES/2800 (2025)", body="SC", session=None, adopted_on=dt.date(2025, 1, 15),
                           published=False)
    unpublished = gen_obligation(db, draft, kind="mandate", status="ongoing", expires_on=_day(30))
    # a tracked obligation with an end date is reminded by its due date, not its end
    report = gen_obligation(db, sc, due_on=_day(60), expires_on=_day(7))
    db.flush()
    got = _selected(db)
    want = _expected([*mandates, own, report])
    assert got == want
    ends = {_day(offset) for offset in (0, 1, 6, 7, 30, 60, 89, 90, 100)}
    assert {due_on for _, due_on, _, _ in want.values()} == ends
    assert want[report.id] == ("90", _day(60), "90", 0)
    assert renewed.id not in got and unpublished.id not in got and not {s.id for s in settled} & set(got)
    db.rollback()
