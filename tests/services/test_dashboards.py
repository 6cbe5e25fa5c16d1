"""Dashboard read models: numbers that agree with direct counts, derived overdue, bounded queries."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tests.statements import sent_statements, subqueries
from tracker.models import (
    DEFAULT_MANDATE_EXPIRING_DAYS,
    DocumentReference,
    Entity,
    Footnote,
    Obligation,
    Paragraph,
    Resolution,
    ResolutionLink,
    Subscription,
    SubscriptionTarget,
)
from tracker.services import dashboards, search, subscriptions
from tracker.services.search import ObligationFilter
from tracker.services.subscriptions import Target
from tracker.services.summary import SessionSums, overview_by_session

TODAY = dt.date(2026, 8, 1)
TRACKED = ("report", "action", "agenda")
STATUSES = ("not_started", "in_progress", "completed", "ongoing", "not_applicable")


def _seed(db):
    sg, unodc = gen_entity(db, "Secretary-General"), gen_entity(db, "UNODC")
    r1 = gen_resolution(db, "A/RES/79/10", session=79, adopted_on=dt.date(2024, 12, 1))
    r2 = gen_resolution(db, "A/RES/80/5", session=80, adopted_on=dt.date(2025, 11, 1))
    hidden = gen_resolution(db, "A/RES/80/6", session=80, published=False)
    ga81 = {"deadline_body": "GA", "deadline_session": 81, "due_on": dt.date(2026, 9, 8)}
    gen_obligation(db, r1, owners=[sg], **ga81)  # report, not started
    gen_obligation(db, r1, owners=[sg], status="in_progress", **ga81)
    gen_obligation(db, r1, owners=[sg, unodc], kind="action", **ga81)
    gen_obligation(db, r2, owners=[unodc], due_on=dt.date(2026, 7, 1))  # overdue
    gen_obligation(db, r2, owners=[unodc], due_on=dt.date(2026, 6, 1), status="completed")  # late but done
    gen_obligation(db, r2, kind="exhortation", status="ongoing")
    gen_obligation(db, r2, due_on=dt.date(2026, 8, 20), status="in_progress")  # due in 30
    gen_obligation(db, hidden, due_on=dt.date(2026, 7, 1))  # unpublished: not counted
    return sg, unodc, r1, r2


def test_overview_numbers_match_direct_counts(db):
    _seed(db)
    ov = dashboards.overview(db, TODAY)
    published = (select(Obligation).join(Resolution)
                 .where(Resolution.published_at.is_not(None), Obligation.kind.in_(TRACKED)).subquery())
    # the exhortation is a standing call: not among the tracked obligations
    assert ov.totals.total == db.scalar(select(func.count()).select_from(published)) == 6
    assert ov.summary.standing == 1
    for status, n in ov.totals.by_status.items():
        assert n == db.scalar(select(func.count()).select_from(published).where(published.c.status == status))
    assert ov.totals.overdue == 1  # derived: the completed late one is not overdue
    assert ov.due_30 == 1 and ov.due_90 == 4
    assert ov.resolutions == 2

    (ga81,) = [s for s in ov.upcoming if s.body == "GA"]
    assert ga81.session == 81 and ga81.dates.opens_on == dt.date(2026, 9, 8)
    assert (ga81.reports, ga81.reports_not_started) == (2, 1)

    owners = {p.label: p for p in ov.owners}
    assert owners["Secretary-General"].total == 3 and owners["UNODC"].total == 3
    assert owners["UNODC"].overdue == 1 and owners["UNODC"].completed == 1
    assert [p.label for p in ov.recent_resolutions] == ["A/RES/80/5", "A/RES/79/10"]

    months = {(m.year, m.month): m for m in ov.months}
    assert months[(2026, 7)].overdue == 1 and months[(2026, 6)].done == 1
    assert months[(2026, 9)].open == 3
    assert sum(m.total for m in ov.months) == 6  # the ongoing one has no due date


def test_resolution_page_nests_subparagraphs_and_compares_with_predecessor(db):
    sg, _unodc, r1, r2 = _seed(db)
    # the first paragraph's obligation: rows come in no order of their own on PostgreSQL
    parent = db.scalars(select(Obligation).where(Obligation.resolution_id == r1.id)
                        .order_by(Obligation.id)).first()
    db.add_all([
        Paragraph(resolution=r1, kind="preambular", number="1", eid="pmbl_1", position=0, text="Recalling"),
        Paragraph(resolution=r1, parent=parent.paragraph, kind="subparagraph", number="a", eid="p1a",
                  position=50, text="(a) something"),
        ResolutionLink(predecessor_id=r1.id, successor_id=r2.id, similarity=0.5),
    ])
    db.flush()
    page = dashboards.resolution_page(db, "a/res/79/10", TODAY)
    assert page is not None and [p.text for p in page.preamble] == ["Recalling"]
    assert len(page.operative) == 3 and page.operative[0].children[0].paragraph.number == "a"
    assert [ob.id for ob in page.operative[0].obligations] == [parent.id]
    (link,) = page.links
    assert link.direction == "successor" and link.resolution.symbol == "A/RES/80/5"
    assert link.renewed == 3  # the factories' paragraphs share their text
    assert dashboards.resolution_page(db, "A/RES/80/6", TODAY) is None  # unpublished


def test_resolution_page_gives_each_paragraph_its_footnotes_and_hides_removed_ones(db):
    _sg, _unodc, r1, _r2 = _seed(db)
    first, second, third = db.scalars(
        select(Paragraph).where(Paragraph.resolution_id == r1.id).order_by(Paragraph.position)).all()
    notes = [Footnote(resolution=r1, marker=m, text=f"Note {m}.", position=i) for i, m in enumerate("12")]
    db.add_all(notes)
    first.footnotes = [notes[1], notes[0]]
    third.footnotes = [notes[1]]
    third.removed_at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # dropped by a re-import
    db.add(Paragraph(resolution=r1, parent=third, kind="subparagraph", number="a", eid="para_3__a",
                     position=90, text="(a) under a removed paragraph"))
    db.flush()
    db.expire_all()
    page = dashboards.resolution_page(db, "A/RES/79/10", TODAY)
    assert [n.paragraph.id for n in page.operative] == [first.id, second.id]
    assert [fn.marker for fn in page.operative[0].footnotes] == ["1", "2"]  # in their order
    assert page.operative[1].footnotes == [] and page.operative[0].children == []


def test_resolution_page_lists_each_document_cited_once(db):
    """A document cited in several paragraphs (A/RES/80/43 recalls resolution 79/54 in three) is one
    entry of "Documents cited", linked when the register holds it; the references stay per paragraph."""
    _sg, _unodc, r1, r2 = _seed(db)
    first, second, third = db.scalars(
        select(Paragraph).where(Paragraph.resolution_id == r1.id).order_by(Paragraph.position)).all()
    db.add_all([DocumentReference(resolution=r1, paragraph_id=p.id, symbol="A/RES/80/5",
                                  target_resolution_id=r2.id) for p in (first, second, third)]
               + [DocumentReference(resolution=r1, paragraph_id=p.id, symbol="A/78/111")
                  for p in (first, third)])
    db.flush()
    page = dashboards.resolution_page(db, "A/RES/79/10", TODAY)
    assert [(ref.symbol, ref.resolution_symbol) for ref in page.references] == [
        ("A/78/111", None), ("A/RES/80/5", "A/RES/80/5")]


def test_resolution_page_without_links_does_not_ask_for_them(db):
    """Whether a resolution has a predecessor or a successor comes with its row: without any, the
    links' statements are not sent (most resolutions have none)."""
    _sg, _unodc, r1, r2 = _seed(db)
    with sent_statements(db.get_bind()) as statements:
        alone = dashboards.resolution_page(db, "A/RES/79/10", TODAY)
        asked_alone = len(statements)
        db.add(ResolutionLink(predecessor_id=r1.id, successor_id=r2.id, similarity=0.5))
        db.flush()
        statements.clear()
        linked = dashboards.resolution_page(db, "A/RES/79/10", TODAY)
    assert alone.links == [] and [link.direction for link in linked.links] == ["successor"]
    assert len(statements) == asked_alone + 2  # the links, and the linked resolution's texts


def test_resolution_page_reads_no_table_whole(db):
    """Each of the page's statements finds its rows through an index (SQLite's plan: no ``SCAN``
    of a table), so the page costs the same in a register ten times larger. The footnotes'
    citing paragraphs were read by scanning ``paragraph_footnotes`` (no index on footnote_id)."""
    if db.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL's planner scans tables this small whatever the indexes")
    _sg, _unodc, r1, r2 = _seed(db)
    first = db.scalars(select(Paragraph).where(Paragraph.resolution_id == r1.id)).first()
    note = Footnote(resolution=r1, marker="1", text="Note.", position=0)
    db.add(note)
    first.footnotes = [note]
    db.add(ResolutionLink(predecessor_id=r1.id, successor_id=r2.id, similarity=0.5))
    db.flush()
    with sent_statements(db.get_bind()) as statements:
        page = dashboards.resolution_page(db, "A/RES/79/10", TODAY)
    assert page.footnotes and page.links  # every statement of the page ran
    conn = db.connection()
    plans = {statement: [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
             for statement, params in statements if statement.lstrip().upper().startswith("SELECT")}
    # the resolution with its paragraphs and notes; the obligations with their owners and items
    # (one statement: two round trips on PostgreSQL before); links, texts
    assert len(plans) == 4
    # subqueries are read into a co-routine or a view (SCAN of the subquery "head" or "document",
    # or of an obligation's owners and items, each found through its index), never a table
    tables = [step for plan in plans.values() for step in plan
              if step.startswith("SCAN") and step.split()[1] not in subqueries(plan)]
    assert not tables, plans


def test_owner_session_timeline_and_following(db):
    sg, unodc, r1, _r2 = _seed(db)
    owner = dashboards.owner_page(db, unodc.id, TODAY)
    assert owner.progress.total == 3 and owner.results.total == 3
    sess = dashboards.session_page(db, "GA", 81, TODAY)
    assert sess.results.total == 3 and sess.reports == 2 and sess.dates.opens_on == dt.date(2026, 9, 8)

    tl = dashboards.timeline(db, TODAY, group="owner", start=dt.date(2026, 6, 1), months=6)
    assert {r.label: r.total for r in tl.rows} == {"Secretary-General": 3, "UNODC": 3}
    tl = dashboards.timeline(db, TODAY, group="session", start=dt.date(2026, 6, 1), months=6)
    assert [(r.label, r.total) for r in tl.rows] == [("GA 81", 3)]

    user = gen_user(db, role="delegation")
    subscriptions.follow(db, user, Target.resolution(r1.id))
    subscriptions.follow(db, user, Target.resolution(r1.id))  # idempotent
    subscriptions.follow(db, user, Target.entity(unodc.id))
    subscriptions.follow(db, user, Target.session("ga", 81))
    board = dashboards.following_dashboard(db, user.id, TODAY)
    assert len(board.subscriptions) == 3
    assert board.resolutions[0].total == 3 and board.owners[0].total == 3
    assert board.sessions[0].progress.total == 3
    assert [o.due_on for o in board.upcoming.items] == [dt.date(2026, 7, 1)] + [dt.date(2026, 9, 8)] * 3
    assert subscriptions.unfollow(db, user, Target.session("GA", 81))
    assert not subscriptions.unfollow(db, user, Target.session("GA", 81))
    mine = select(func.count()).select_from(Subscription).where(Subscription.user_id == user.id)
    assert db.scalar(mine) == 2


def test_a_subscription_holds_its_own_targets_column_and_no_other(db):
    """The reminders match a subscription through the column of its target (``reminders.queue.
    _follows``): a target given with another target's columns is stored without them."""
    _sg, unodc, r1, _r2 = _seed(db)
    user = gen_user(db, role="delegation")
    given = {"resolution_id": r1.id, "entity_id": unodc.id, "session_body": "GA", "session_number": 81}
    held = {}
    for kind in (SubscriptionTarget.RESOLUTION, SubscriptionTarget.ENTITY, SubscriptionTarget.SESSION):
        subscription = subscriptions.follow(db, user, Target(kind, **given))
        held[kind] = {name for name in given if getattr(subscription, name) is not None}
    assert held == {
        SubscriptionTarget.RESOLUTION: {"resolution_id"},
        SubscriptionTarget.ENTITY: {"entity_id"},
        SubscriptionTarget.SESSION: {"session_body", "session_number"},
    }


def _bulk(db, n_resolutions, per_resolution=10):
    owners = [gen_entity(db) for _ in range(5)]
    for i in range(n_resolutions):
        res = gen_resolution(db, session=79 + i % 3)
        for j in range(per_resolution):
            gen_obligation(db, res, owners=[owners[(i + j) % 5]],
                           due_on=TODAY + dt.timedelta(days=j * 20 - 60),
                           status=("not_started", "in_progress", "completed")[j % 3],
                           deadline_body="GA", deadline_session=80 + j % 3)
    db.flush()


def _count_queries(db, fn):
    """The statements ``fn`` sends with no share kept from a run before (``search._SHARES``: what
    one statement looked up is kept per process for minutes, e.g. on PostgreSQL whether an owner's
    page walks, ``search.owner_walked``), so that two runs compare the same work."""
    search._SHARES.clear()
    with sent_statements(db.get_bind()) as statements:
        fn()
    return len(statements)


def test_read_models_run_a_fixed_number_of_queries(db):
    def run_all():
        dashboards.overview(db, TODAY)
        dashboards.timeline(db, TODAY)
        dashboards.timeline(db, TODAY, group="owner")
        dashboards.session_page(db, "GA", 80, TODAY)
        dashboards.owner_page(db, first_owner, TODAY)

    _bulk(db, 5)
    first_owner = db.scalar(select(func.min(Entity.id)))
    db.expunge_all()
    small = _count_queries(db, run_all)
    _bulk(db, 50)
    db.expunge_all()
    large = _count_queries(db, run_all)
    assert small == large


def test_owner_table_from_kept_counts_matches_the_join(db):
    """The overview's owners, summed over the kept counts per owner (unpublished subtracted): the
    same numbers as the join of every owned obligation."""
    _bulk(db, 12)
    hidden = gen_resolution(db, published=False)
    gen_obligation(db, hidden, owners=[db.get(Entity, db.scalar(select(func.min(Entity.id))))],
                   due_on=TODAY - dt.timedelta(days=5))
    db.flush()

    def shown(progress):
        return [(p.key, p.label, p.by_status, p.overdue) for p in progress]

    for limit in (3, None):
        joined = shown(dashboards.owner_progress(db, TODAY, limit=limit))
        assert joined and sum(sum(row[2].values()) for row in joined) > 0
        assert shown(dashboards.owner_table(db, TODAY, limit=limit)) == joined


def test_recent_resolutions_latest_adopted_first_then_undated(db):
    """The overview's recent resolutions: the latest adopted first, those without an adoption date
    after every dated one (latest id first), unpublished ones never; the same as sorting every
    published resolution, whether the dated ones fill the list or not."""
    adopted = [dt.date(2025, 3, 1), None, dt.date(2024, 1, 5), dt.date(2025, 3, 1), None,
               dt.date(2026, 2, 2), None, dt.date(2023, 7, 7)]
    made = [gen_resolution(db, adopted_on=day) for day in adopted]
    for res in made[:3]:
        gen_obligation(db, res, due_on=TODAY - dt.timedelta(days=3))
    gen_resolution(db, adopted_on=dt.date(2026, 6, 1), published=False)
    db.flush()
    published = select(Resolution.id, Resolution.adopted_on).where(Resolution.published_at.is_not(None))
    expected = [rid for rid, day in sorted(db.execute(published), key=lambda r: (
        r[1] is None, -(r[1] or dt.date.min).toordinal(), -r[0]))]
    assert sum(1 for day in adopted if day) == 5
    for limit in (3, 5, 7, 20, None):
        shown = dashboards.resolution_progress(db, TODAY, limit=limit)
        assert [p.key for p in shown] == expected[:limit], limit
    assert [p.overdue for p in dashboards.resolution_progress(db, TODAY, limit=None)
            if p.key in {r.id for r in made[:3]}] == [1, 1, 1]


def _every_number_differs(db, n_resolutions=10):
    """Resolutions (adopted after ``_seed``'s) whose obligations are in every status, a different
    number in each (twice a rotation of 1 to 5), one of each resolution's not-started ones overdue
    on ``TODAY``; each resolution's obligations owned by one of five owners (so each owner's
    numbers differ too), due in months before and after ``TODAY`` (the open ones after it but that
    one), at three deadline sessions."""
    owners = [gen_entity(db) for _ in range(5)]
    for i in range(n_resolutions):
        res = gen_resolution(db, session=79 + i % 3, adopted_on=dt.date(2026, 1, 1 + i))
        for s, status in enumerate(STATUSES):
            for j in range(2 * (1 + (s + i) % 5)):
                if status in ("not_started", "in_progress"):  # the first not started overdue
                    days = -30 if j == 0 and s == 0 else 1 + 20 * j + 7 * s
                else:  # before and after today
                    days = (20 * j + 7 * s) * (-1 if j % 2 else 1)
                due = TODAY + dt.timedelta(days=days)
                gen_obligation(db, res, owners=[owners[i % 5]], due_on=due, status=status,
                               deadline_body="GA", deadline_session=80 + (i + j) % 3)
    db.flush()


def _numbers(progress):
    """A row's numbers of the overview: how many in each status, and overdue."""
    return [*progress.by_status.values(), progress.overdue]


def test_the_overview_reads_its_numbers_owners_resolutions_and_months_in_one_statement(db):
    """On PostgreSQL the overview's headline numbers and sessions, owners' table, recent
    resolutions and months come from one statement (three in all, with the calendar's and the
    mandate panels'; on SQLite each its own, six), and are what ``overview_by_session``,
    ``owner_table``, ``resolution_progress`` and ``deadline_months`` give read alone: on days
    before, among and after the obligations' dates, with fewer owners and resolutions shown than
    there are, an unpublished resolution's obligations left out. Every number of an owner's and a
    resolution's row differs from the others (``_every_number_differs``), so that two of them read
    back from each other's column (the ongoing and not-applicable counts, both 0 in ``_bulk``'s
    rows) fail."""
    _seed(db)
    _every_number_differs(db)
    flt = ObligationFilter(expiring_days=DEFAULT_MANDATE_EXPIRING_DAYS)
    ov = dashboards.overview(db, TODAY, owners_limit=3, resolutions_limit=4)
    for row in (*ov.owners, *ov.recent_resolutions):
        assert len(set(_numbers(row))) == len(STATUSES) + 1, row
    for day in (TODAY - dt.timedelta(days=400), TODAY, TODAY + dt.timedelta(days=45),
                TODAY + dt.timedelta(days=400)):
        with sent_statements(db.get_bind()) as statements:
            ov = dashboards.overview(db, day, owners_limit=3, resolutions_limit=4)
        assert len(statements) == (3 if db.get_bind().dialect.name == "postgresql" else 6)
        counts = overview_by_session(db, flt, day)
        assert (ov.summary, ov.resolutions) == (counts.summary, counts.resolutions)
        assert ov.owners == dashboards.owner_table(db, day, limit=3)
        assert len(dashboards.owner_table(db, day, limit=None)) > 3
        assert ov.recent_resolutions == dashboards.resolution_progress(db, day, limit=4)
        assert ov.months == dashboards.deadline_months(db, day)
        assert sum(m.total for m in ov.months) > 0 or day > TODAY + dt.timedelta(days=200)


def test_recent_resolutions_statement_has_its_limits_written(db):
    """Written, not bound: PostgreSQL's plan for any day (the overview's) knows how few rows it
    reads; with bound LIMITs it planned the statement again at every execution."""
    with sent_statements(db.get_bind()) as statements:
        dashboards.resolution_progress(db, TODAY, limit=7)
    ((sql, _params),) = statements
    assert sql.count("LIMIT 7") == 3, sql


def test_mandate_panels_statement_reads_each_panel_s_mandates_once_with_its_limit_written(db):
    """Each panel chooses its mandates with what it shows of them (not their ids, read again from
    the obligations by id), its limit written: PostgreSQL plans this statement with each request's
    values, and the second read of the obligations was half of that planning."""
    with sent_statements(db.get_bind()) as statements:
        dashboards.mandate_panels(db, TODAY, limit=7)
    ((sql, _params),) = statements
    assert sql.count("LIMIT 7") == 2, sql
    assert len(re.findall(r"\b(?:FROM|JOIN) obligations\b", sql)) == 2, sql


def test_the_overview_makes_the_sums_of_the_sessions_it_shows_only(db, monkeypatch):
    """Thirty GA sessions with work, the page lists twelve: a ``SessionSums`` is made for each
    session the page shows (``SessionSumsRead``: a 50k register reads ≈ 117 sessions' sums for ≈ 20
    shown), and the sessions with work are read from the sums as they came (``with_work``), the same
    as from the sums made (``has_work``)."""
    res = gen_resolution(db, "A/RES/79/10", session=79, adopted_on=dt.date(2024, 12, 1))
    for number in range(40, 70):  # no due date: only in the kept counts, not in the rows dated near today
        gen_obligation(db, res, deadline_body="GA", deadline_session=number, deadline_text="at a session")
    gen_obligation(db, res, deadline_body="GA", deadline_session=30, status="completed")  # no work left
    db.flush()
    made = []
    made_by_dataclass = SessionSums.__init__

    def counted(self, *args, **kwargs):
        made.append(self)
        made_by_dataclass(self, *args, **kwargs)

    monkeypatch.setattr(SessionSums, "__init__", counted)
    ov = dashboards.overview(db, TODAY)
    assert [s.session for s in ov.sessions] == list(range(69, 57, -1))
    assert all(s.progress.by_status["not_started"] == 1 for s in ov.sessions)
    assert len(made) <= len(ov.sessions) + len(ov.upcoming) < 30

    sums = overview_by_session(db, ObligationFilter(), TODAY).sessions
    with_work = sums.with_work()
    assert sorted(with_work) == [("GA", n) for n in range(40, 70)]
    assert with_work == [key for key, found in sums.items() if found.has_work]
    assert sums[("GA", 30)].by_status["completed"] == 1 and not sums[("GA", 30)].has_work
