"""The register's numbers (overview and /api/v1/summary): each equals a direct count in the
database, per kind, and the length of the list it links to."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.factories import gen_entity, gen_obligation, gen_resolution
from tests.statements import sent_statements
from tracker.models import Entity, Obligation, Resolution
from tracker.services import counts, dashboards
from tracker.services.search import ObligationFilter, search_obligations
from tracker.services.summary import (
    counted_summary,
    overview_by_session,
    register_summary,
    summary_by_session,
    summary_links,
)

TODAY = dt.date(2026, 8, 1)
OPEN = ("not_started", "in_progress")


def _register(db):
    sg = gen_entity(db, "Secretary-General")
    ga = gen_resolution(db, "A/RES/80/5", session=80, adopted_on=dt.date(2025, 11, 1))
    sc = gen_resolution(db, "S/RES/2749 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 8, 28))
    renewal = gen_resolution(db, "S/RES/2790 (2025)", body="SC", session=None,
                             adopted_on=dt.date(2025, 8, 28))
    hidden = gen_resolution(db, "A/RES/80/6", session=80, published=False)
    gen_obligation(db, ga, owners=[sg], due_on=dt.date(2026, 7, 1))  # report, overdue
    gen_obligation(db, ga, owners=[sg], kind="action", due_on=dt.date(2026, 8, 20))  # due in 30
    gen_obligation(db, ga, kind="agenda", due_on=dt.date(2026, 9, 8), status="in_progress")  # due in 90
    gen_obligation(db, ga, kind="report", due_on=dt.date(2026, 6, 1), status="completed")  # late, done
    gen_obligation(db, ga, kind="exhortation", status="ongoing", due_on=dt.date(2026, 1, 1))  # never overdue
    gen_obligation(db, ga, kind="exhortation", status="ongoing")
    gen_obligation(db, ga, kind="declaratory", status="not_applicable")  # in no count
    # mandates: expired without renewal, expiring, active, renewed (past its end: still not "expired")
    gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=dt.date(2026, 5, 31))
    gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=dt.date(2026, 10, 15))
    later = gen_obligation(db, renewal, kind="mandate", status="ongoing", expires_on=dt.date(2027, 8, 31))
    gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=dt.date(2026, 7, 31),
                   renewed_by_id=later.id)
    gen_obligation(db, hidden, due_on=dt.date(2026, 7, 1))  # unpublished: nowhere
    db.flush()


def _direct(db, *where):
    return db.scalar(
        select(func.count()).select_from(Obligation).join(Resolution)
        .where(Resolution.published_at.is_not(None), *where)
    )


def test_every_overview_number_is_a_direct_count_per_kind(db):
    _register(db)
    ov = dashboards.overview(db, TODAY)
    data = ov.summary.to_dict()
    assert data == register_summary(db, None, TODAY).to_dict()  # one read model for both
    tracked = Obligation.kind.in_(("report", "action", "agenda"))
    assert data["obligations"]["tracked"] == _direct(db, tracked) == 4
    for kind, n in data["obligations"]["by_kind"].items():
        assert n == _direct(db, Obligation.kind == kind), kind
    assert data["obligations"]["by_kind"] == {"report": 2, "action": 1, "agenda": 1}
    for status, n in data["obligations"]["by_status"].items():
        assert n == _direct(db, tracked, Obligation.status == status), status
    assert data["standing"] == _direct(db, Obligation.kind == "exhortation") == 2
    past_due = (Obligation.due_on < TODAY, Obligation.status.in_(OPEN))
    assert data["overdue"] == _direct(db, tracked, *past_due) == 1
    for days in (30, 90):
        window = Obligation.due_on.between(TODAY, TODAY + dt.timedelta(days=days))
        assert data[f"due_within_{days}"] == _direct(db, tracked, window, Obligation.status.in_(OPEN))
    assert (data["due_within_30"], data["due_within_90"]) == (1, 2)
    mandate = Obligation.kind == "mandate"
    assert data["mandates"] == {"active": 1, "expiring_within_90": 1, "expired": 1, "renewed": 1}
    assert data["mandates"]["renewed"] == _direct(db, mandate, Obligation.renewed_by_id.is_not(None))
    assert data["mandates"]["expired"] == _direct(
        db, mandate, Obligation.renewed_by_id.is_(None), Obligation.expires_on < TODAY)
    assert [o.expires_on for o in ov.mandates.expiring] == [dt.date(2026, 10, 15)]
    assert [o.expires_on for o in ov.mandates.expired] == [dt.date(2026, 5, 31)]
    # the overview's own totals are the tracked ones too
    assert ov.totals.total == 4 and ov.totals.overdue == 1 and (ov.due_30, ov.due_90) == (1, 2)


def test_each_number_links_to_the_list_it_counts(db):
    _register(db)
    data = register_summary(db, None, TODAY)
    links = summary_links()
    expected = {
        "tracked": data.tracked, "standing": data.standing, "overdue": data.overdue,
        "due_within_30": data.due_within_30, "due_within_90": data.due_within_90,
        **{f"kind:{k}": n for k, n in data.by_kind.items()},
        **{f"status:{s}": n for s, n in data.by_status.items()},
        **{f"mandate:{m}": n for m, n in data.mandates.items()},
    }
    for key, n in expected.items():
        listed = search_obligations(db, ObligationFilter.from_args(links[key]), TODAY)
        assert listed.total == n, key


def test_the_summary_takes_the_list_filters_and_the_expiring_window(db):
    _register(db)
    only_sc = ObligationFilter.from_args({"body": "SC"})
    assert register_summary(db, only_sc, TODAY).to_dict()["obligations"]["tracked"] == 0
    wide = register_summary(db, ObligationFilter(expiring_days=400), TODAY).to_dict()["mandates"]
    assert wide == {"active": 0, "expiring_within_90": 2, "expired": 1, "renewed": 1}
    overdue = search_obligations(db, ObligationFilter(overdue=True), TODAY)
    assert [o.kind for o in overdue.items] == ["report"]  # no mandate, standing or declaratory


def test_statements_built_once_read_each_day_as_that_day(db):
    """The overview's and the summary's statements are built once per process with the day bound
    (``counts.TODAY``): read on one day after another (and back), every number is that day's,
    recounted here from the loaded obligations."""
    _register(db)
    sg = db.scalar(select(Entity).where(Entity.name == "Secretary-General"))
    published = list(db.scalars(
        select(Obligation).join(Resolution).where(Resolution.published_at.is_not(None))))
    tracked = [o for o in published if o.is_tracked]
    seen = set()
    for day in (TODAY, dt.date(2026, 7, 15), dt.date(2026, 10, 1), dt.date(2025, 1, 1), TODAY):
        ov = dashboards.overview(db, day)
        assert ov.summary == counted_summary(db, None, day) == register_summary(db, None, day)
        assert ov.totals.overdue == sum(o.is_overdue(day) for o in tracked)
        assert ov.due_30 == sum(o.is_due_within(day, 30) for o in tracked)
        assert ov.due_90 == sum(o.is_due_within(day, 90) for o in tracked)
        months = {(b.year, b.month): (b.overdue, b.open + b.overdue) for b in ov.months}
        expected = dict.fromkeys(months, (0, 0))
        for o in tracked:
            key = (o.due_on.year, o.due_on.month) if o.due_on else None
            if key in expected and o.status in OPEN:
                overdue, still_open = expected[key]
                expected[key] = (overdue + o.is_overdue(day), still_open + 1)
        assert months == expected
        assert [(p.label, p.overdue) for p in ov.owners] == [
            ("Secretary-General", sum(o.is_overdue(day) for o in tracked if sg in o.owners))]
        of_sg = dashboards.owner_table(db, day, limit=None, entity_ids=[sg.id])
        assert [(p.label, p.overdue) for p in of_sg] == [(p.label, p.overdue) for p in ov.owners]
        recent = {p.label: p.overdue for p in ov.recent_resolutions}
        assert recent["A/RES/80/5"] == sum(o.is_overdue(day) for o in tracked
                                           if o.resolution.symbol == "A/RES/80/5")
        assert [o.expires_on for o in ov.mandates.expiring] == sorted(
            o.expires_on for o in published if o.mandate_state(day) == "expiring")
        seen.add((ov.summary.overdue, ov.due_90, ov.summary.mandates["expired"]))
    assert len(seen) >= 3  # the days chosen do give different numbers


def test_a_bound_day_is_a_parameter_of_its_own_per_offset():
    statement = counts.DayStatement.of(
        select(Obligation.id).where(
            Obligation.due_on.between(counts.TODAY, counts.TODAY + dt.timedelta(days=30)),
            Obligation.expires_on > counts.TODAY - dt.timedelta(days=2)))
    assert statement.offsets == (-2, 0, 30)
    assert statement.params(TODAY, limit=3) == {
        "today_m2": dt.date(2026, 7, 30), "today_p0": TODAY, "today_p30": dt.date(2026, 8, 31), "limit": 3}


def test_mandate_panels_order_limit_and_filter(db):
    """Each panel keeps its own order (expiring: soonest end first; expired: latest end first;
    ties by id) and its own limit, though both come from one statement; a filter narrows both."""
    sc = gen_resolution(db, "S/RES/2749 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 8, 28))
    ga = gen_resolution(db, "A/RES/80/5", session=80, adopted_on=dt.date(2025, 11, 1))
    ends = [dt.date(2026, 9, 1), dt.date(2026, 8, 15), dt.date(2026, 9, 1), dt.date(2026, 10, 1),  # expiring
            dt.date(2026, 3, 1), dt.date(2026, 6, 1), dt.date(2026, 3, 1), dt.date(2025, 1, 1)]  # expired
    made = [gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=end, text=f"Mandate {i}.")
            for i, end in enumerate(ends)]
    of_ga = gen_obligation(db, ga, kind="mandate", status="ongoing", expires_on=dt.date(2026, 8, 20),
                           deliverable="a panel of experts")
    db.flush()
    panels = dashboards.mandate_panels(db, TODAY, limit=3)
    assert [(m.expires_on, m.id) for m in panels.expiring] == [
        (dt.date(2026, 8, 15), made[1].id), (dt.date(2026, 8, 20), of_ga.id),
        (dt.date(2026, 9, 1), made[0].id)]
    assert [(m.expires_on, m.id) for m in panels.expired] == [
        (dt.date(2026, 6, 1), made[5].id), (dt.date(2026, 3, 1), made[4].id),
        (dt.date(2026, 3, 1), made[6].id)]
    first = panels.expired[0]
    assert (first.symbol, first.eid, first.paragraph_number, first.text) == (
        "S/RES/2749 (2024)", "para_6", "6", "Mandate 5.")
    assert panels.expiring[1].deliverable == "a panel of experts"
    only_ga = dashboards.mandate_panels(db, TODAY, ObligationFilter(body="GA"))
    assert [m.id for m in only_ga.expiring] == [of_ga.id] and only_ga.expired == []


def test_statements_kept_per_filter_tell_apart_what_the_filter_does_not_compare(db):
    """A filter that may see unpublished resolutions, or calls mandates expiring over another
    window, compares equal to the plain filter; the statements kept per filter
    (``counts.filter_statement``) must still count each by its own rules, whichever was read first."""
    _register(db)
    plain = ObligationFilter()
    officer = plain.with_(include_unpublished=True)
    short = plain.with_(expiring_days=30)
    assert plain == officer == short
    for flt in (plain, officer, short, plain, short, officer):
        assert register_summary(db, flt, TODAY).to_dict() == counted_summary(db, flt, TODAY).to_dict()
        assert summary_by_session(db, flt, TODAY)[0].to_dict() == counted_summary(db, flt, TODAY).to_dict()
    assert register_summary(db, officer, TODAY).overdue == register_summary(db, plain, TODAY).overdue + 1 == 2
    assert register_summary(db, short, TODAY).mandates["expiring"] == 0  # 75 days before its end
    assert register_summary(db, plain, TODAY).mandates["expiring"] == 1

    def july(flt):
        months = dashboards.deadline_months(db, TODAY, flt=flt)
        return next(b for b in months if (b.year, b.month) == (2026, 7))

    assert (july(plain).overdue, july(officer).overdue, july(plain).overdue) == (1, 2, 1)
    expiring = [len(dashboards.mandate_panels(db, TODAY, flt).expiring) for flt in (plain, short, plain)]
    assert expiring == [1, 0, 1]


def test_overview_reads_the_dated_counts_by_their_dates_only(db):
    """The overview's sessions read the counts kept without dates whole (a row per session, kind
    and status) and, of the dated counts, only the rows near today, through the indexes on their
    dates: no statement reads ``obligation_counts`` or the obligations whole (SQLite's plans)."""
    if db.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL's planner scans tables this small whatever the indexes")
    _register(db)
    with sent_statements(db.get_bind()) as statements:
        overview_by_session(db, ObligationFilter(), TODAY)
    conn = db.connection()
    steps = [row[-1] for statement, params in statements
             for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
    assert any("ix_obligation_counts_due_on" in step for step in steps), steps
    whole = ("SCAN obligation_counts", "SCAN obligations")
    assert not [step for step in steps if step.startswith(whole)], steps
