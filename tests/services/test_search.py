"""Filters from URLs and back, full text on both databases, stable ordering and pagination."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, text
from werkzeug.datastructures import MultiDict

from tests.factories import gen_entity, gen_obligation, gen_resolution
from tests.statements import sent_statements
from tracker.models import Paragraph, Resolution
from tracker.services.search import ObligationFilter, fts5_query, is_fulltext_object, search_obligations

TODAY = dt.date(2026, 11, 27)


def _ids(page):
    return [o.id for o in page.items]


def _keyset(db, flt, per_page):
    """Every obligation ``search_obligations`` lists for ``flt``, page after page by keyset."""
    keyset, after = [], None
    while True:
        page = search_obligations(db, flt, TODAY, per_page=per_page, after=after)
        keyset += _ids(page)
        if (after := page.next_after) is None:
            return keyset


def test_filter_round_trips_through_url_args():
    args = MultiDict(
        [("body", "ga"), ("session", "71"), ("status", "in_progress"), ("status", "not_started"),
         ("kind", "report"), ("owner", "3"), ("overdue", "1"), ("due_within", "30"),
         ("due_from", "2026-01-01"), ("due_to", "2026-12-31"), ("symbol", "A/RES/71/"), ("q", "INTERPOL"),
         ("due", "GA-81")]
    )
    flt = ObligationFilter.from_args(args)
    assert flt.errors == ()
    assert flt.body == "GA" and flt.session == 71 and flt.owner == 3 and flt.overdue
    assert flt.status == ("not_started", "in_progress")  # canonical order, whatever the URL said
    assert (flt.due_body, flt.due_session) == ("GA", 81)
    again = ObligationFilter.from_args(MultiDict([(k, v) for k, vs in flt.to_args().items()
                                                  for v in (vs if isinstance(vs, list) else [vs])]))
    assert again == flt


def test_bad_values_are_dropped_and_reported():
    flt = ObligationFilter.from_args(
        {"session": "abc", "status": "done", "body": "XX", "due_from": "2026-13-01", "owner": "-1"}
    )
    assert flt.is_empty
    assert set(flt.errors) == {"session", "status", "body", "due_from", "owner"}


@pytest.mark.parametrize(("args", "due"), [
    ({"due": "GA-81"}, ("GA", 81)),
    ({"due": "ccpcj 33"}, ("CCPCJ", 33)),  # another body's session, as session pages link it
    ({"due": "C34-2024"}, ("C34", 2024)),  # a code with digits
    ({"due_body": "csw", "due_session": "68"}, ("CSW", 68)),
])
def test_a_session_filter_names_any_body_that_meets_in_sessions(args, due):
    flt = ObligationFilter.from_args(args)
    assert flt.errors == () and (flt.due_body, flt.due_session) == due


@pytest.mark.parametrize("args", [{"due": "SC-1"}, {"due": "GA"}, {"due_body": "SC"}, {"due_body": "a b"}])
def test_a_session_filter_refuses_the_security_council_and_what_is_no_session(args):
    flt = ObligationFilter.from_args(args)
    assert flt.due_body is None and flt.errors == tuple(args)


def test_fts5_query_neutralises_operators():
    assert fts5_query('report AND "x" NEAR(y) -z*') == '"report" "AND" "x" "NEAR" "y" "z"'
    assert fts5_query("  ;; ") is None


def test_fulltext_objects_are_recognised():
    assert is_fulltext_object("paragraphs_fts") and is_fulltext_object("paragraphs_fts_data")
    assert is_fulltext_object("ix_resolutions_title_fts")
    assert not is_fulltext_object("paragraphs") and not is_fulltext_object(None)


def test_filters_select_what_they_say(db):
    sg, interpol = gen_entity(db, "Secretary-General"), gen_entity(db, "INTERPOL")
    ga71 = gen_resolution(db, "A/RES/71/19", session=71, title="Cooperation with INTERPOL")
    hrc = gen_resolution(db, "A/HRC/RES/56/16", body="HRC", session=56, title="Human rights defenders")
    draft = gen_resolution(db, "A/RES/80/999", session=80, published=False)
    late = gen_obligation(db, ga71, due_on=dt.date(2026, 9, 8), owners=[sg], deadline_body="GA",
                          deadline_session=81)
    soon = gen_obligation(db, ga71, due_on=dt.date(2026, 12, 15), owners=[interpol], status="in_progress")
    done = gen_obligation(db, ga71, due_on=dt.date(2025, 1, 1), status="completed", owners=[sg])
    ongoing = gen_obligation(db, hrc, kind="exhortation", status="ongoing",
                             text="Calls upon all States to protect defenders")
    gen_obligation(db, draft, due_on=dt.date(2026, 1, 1))  # unpublished: never shown

    def find(**args):
        return _ids(search_obligations(db, ObligationFilter.from_args(args), TODAY))

    assert find() == [done.id, late.id, soon.id, ongoing.id]  # by due date, undated last
    assert find(overdue="1") == [late.id]
    assert find(due_within="30") == [soon.id]
    assert find(owner=str(sg.id)) == [done.id, late.id]
    assert find(body="HRC") == [ongoing.id]
    assert find(session="71", status="in_progress") == [soon.id]
    assert find(kind="exhortation") == [ongoing.id]
    assert find(due="GA 81") == [late.id]
    assert find(symbol="a/res/71/19") == [done.id, late.id, soon.id]
    assert find(symbol="A/HRC/") == [ongoing.id]
    assert find(due_from="2026-01-01", due_to="2026-10-01") == [late.id]


def test_a_page_statement_is_built_once_per_shape_and_binds_each_filters_values(db, monkeypatch):
    """A page's statements are built once per shape of filter, the values bound by name at
    execution: every filter lists what its conditions written out select, in the same order, and
    a second filter of the same shape reuses the first's statements with its own values."""
    import tracker.services.search as search
    from tracker.models import Obligation

    sg, unep = gen_entity(db, "Secretary-General"), gen_entity(db, "UNEP")
    ga71 = gen_resolution(db, "A/RES/71/19", session=71, title="Cooperation with INTERPOL")
    ga72 = gen_resolution(db, "A/RES/72/5", session=72, title="Oceans and the law of the sea")
    hrc = gen_resolution(db, "A/HRC/RES/56/16", body="HRC", session=56)
    made = [
        gen_obligation(db, ga71, text="Requests a study on drones;", due_on=dt.date(2026, 12, 1),
                       owners=[sg], deadline_body="GA", deadline_session=81),
        gen_obligation(db, ga72, text="Requests a report on satellites;", due_on=dt.date(2026, 1, 5),
                       status="in_progress", owners=[unep]),
        gen_obligation(db, ga72, text="Decides to extend the mandate;", kind="mandate",
                       expires_on=dt.date(2026, 12, 20)),
        gen_obligation(db, hrc, text="Requests a report on drones and satellites;", owners=[sg, unep],
                       due_on=dt.date(2027, 6, 1), status="completed"),
        gen_obligation(db, ga71, text="Calls upon States to cooperate;", kind="exhortation"),
    ]
    assert len(made) == 5
    filters = [
        {}, {"body": "GA"}, {"body": "HRC"}, {"session": "72"}, {"session": "71"},
        {"status": "in_progress"}, {"status": ["not_started", "completed"]}, {"kind": "mandate"},
        {"owner": str(sg.id)}, {"owner": str(unep.id)}, {"overdue": "1"}, {"tracked": "1"},
        {"mandate": "expiring"}, {"due_within": "10"}, {"due_within": "400"},
        {"due_from": "2026-06-01"}, {"due_to": "2026-06-01"}, {"due": "GA-81"}, {"due": "GA-80"},
        {"symbol": "A/RES/"}, {"symbol": "a/res/72/5"}, {"q": "72/5"}, {"q": "A/RES/71/19 drones"},
        {"q": "drones"}, {"q": "satellites"}, {"q": "drones satellites"}, {"q": "INTERPOL study"},
        {"q": "drones", "status": "completed", "body": "HRC"}, {"resolution": str(ga72.id)},
    ]
    search._STATEMENTS.clear()
    for args in filters:
        flt = ObligationFilter.from_args(args)
        assert flt.errors == ()
        written = db.scalars(search.filtered_select(db, flt, TODAY).with_only_columns(Obligation.id)
                             .order_by(*search.ordering())).all()
        assert _ids(search_obligations(db, flt, TODAY)) == written, args
        assert _keyset(db, flt, 2) == written, args
        monkeypatch.setattr(search, "COUNT_LIMIT", 1)  # page 2 of 1 row: past the bound, counted
        deep = search_obligations(db, flt, TODAY, page=2, per_page=1, exact_count=True)
        assert (_ids(deep), deep.total) == (written[1:2] or written[-1:], len(written)), args
        monkeypatch.setattr(search, "COUNT_LIMIT", 1000)
    built = set(search._STATEMENTS)
    assert len(built) < 4 * len(filters)  # shared by filters of one shape ("status", "due", "q")
    for q, session, found in (("satellites", 72, [made[1].id]), ("drones", 71, [made[0].id]),
                              ("drones", 72, [])):
        assert _ids(search_obligations(db, ObligationFilter(q=q, session=session), TODAY)) == found
    assert len(set(search._STATEMENTS) - built) == 1  # one statement, three filters' values


def test_a_wide_body_is_walked_and_lists_the_same_rows(db, monkeypatch):
    """A page filtered by a body that has most published resolutions is read in the page's
    order, testing the body on each row against the other bodies' resolutions, instead of
    through each resolution's obligations (``wide_body``): the same rows and counts either way."""
    import tracker.services.search as search

    ga = [gen_resolution(db, session=70 + i) for i in range(3)]
    sc = gen_resolution(db, "S/RES/9001 (2026)", body="SC", session=None)
    for i, res in enumerate([*ga, sc, *ga, sc]):
        gen_obligation(db, res, text="Calls for the implementation of the plan;",
                       due_on=dt.date(2027, 1, 1 + i % 5) if i % 3 else None,
                       status="in_progress" if i % 2 else "not_started")
    search._SHARES.clear()
    assert (search.wide_body(db, "GA"), search.wide_body(db, "SC")) == (True, False)
    real = search.wide_body
    for args, listed in (({"body": "GA"}, 6), ({"body": "SC"}, 2), ({"body": "GA", "q": "implementation"}, 6),
                         ({"body": "GA", "status": "not_started"}, 4)):
        flt = ObligationFilter.from_args(args)
        found = []
        for wide in (False, True):
            monkeypatch.setattr(search, "wide_body", lambda _session, _body, wide=wide: wide)
            first = search_obligations(db, flt, TODAY, per_page=3)
            found.append((_ids(first), first.total, _keyset(db, flt, 2)))
        assert found[0] == found[1], args
        assert len(found[0][2]) == found[0][1] == listed, args
    monkeypatch.setattr(search, "wide_body", real)


def test_full_text_over_paragraphs_subparagraphs_and_titles(db):
    res = gen_resolution(db, title="Cooperation between the United Nations and INTERPOL")
    other = gen_resolution(db, title="Oceans and the law of the sea")
    reports = gen_obligation(db, res, text="Requests the Secretary-General to submit reports annually;")
    fisheries = gen_obligation(db, other, text="Encourages States to combat illegal fishing;")
    parent = gen_obligation(db, other, text="Decides the following:")
    db.add(Paragraph(resolution=other, parent=parent.paragraph, kind="subparagraph", number="a",
                     eid="para_x__point_a", position=99, text="to convene a workshop on coral reefs"))
    db.flush()

    def q(words):
        return _ids(search_obligations(db, ObligationFilter(q=words), TODAY))

    assert q("INTERPOL") == [reports.id]  # through the title
    assert q("report") == [reports.id]  # stemmed: "reports"
    assert q("illegal fishing") == [fisheries.id]
    assert q("coral") == [parent.id]  # through a sub-paragraph
    assert sorted(q("law sea")) == sorted([fisheries.id, parent.id])
    assert q("nonexistentword") == []
    # each word in the paragraph or its resolution's title: a report asked for about INTERPOL
    assert q("report INTERPOL") == [reports.id]
    assert q("report oceans") == []
    # a symbol typed into the words box finds its resolution, whole or by its end
    assert sorted(q(res.symbol)) == [reports.id]
    assert sorted(q(res.symbol.split("/", 2)[-1].lower())) == [reports.id]
    assert sorted(q(f"{other.symbol} coral")) == [parent.id]
    assert q('"') == _ids(search_obligations(db, ObligationFilter(), TODAY))  # no words: no filter


def test_full_text_follows_edits_and_deletes(db):
    ob = gen_obligation(db, text="Requests a study on drones;")
    assert _ids(search_obligations(db, ObligationFilter(q="drones"), TODAY)) == [ob.id]
    ob.paragraph.text = "Requests a study on satellites;"
    db.flush()
    assert _ids(search_obligations(db, ObligationFilter(q="drones"), TODAY)) == []
    assert _ids(search_obligations(db, ObligationFilter(q="satellites"), TODAY)) == [ob.id]


def test_a_page_holds_plain_rows_with_what_a_list_shows(db):
    """A page's rows are read as plain rows (``rows.list_rows``), not mapped obligations: each
    with its resolution's symbol, its paragraph's number, eId and text and its owners by name,
    in the page's order; the items and evidence of the API's rows are not read."""
    from tracker.services.rows import ObligationRow

    unep, undp = gen_entity(db, "UNEP"), gen_entity(db, "UNDP")
    res = gen_resolution(db, "A/RES/71/19")
    later = gen_obligation(db, res, text="Requests a report on drones;", due_on=dt.date(2027, 2, 1),
                           owners=[unep, undp])
    sooner = gen_obligation(db, res, number="7", text="Requests a study of drones;",
                            due_on=dt.date(2027, 1, 1))
    db.flush()
    found = search_obligations(db, ObligationFilter(q="drones"), TODAY)
    assert all(isinstance(row, ObligationRow) for row in found.items)
    shown = [(r.id, r.symbol, r.paragraph_number, r.eid, r.text, [o.name for o in r.owners])
             for r in found.items]
    assert shown == [
        (sooner.id, "A/RES/71/19", "7", "para_7", "Requests a study of drones;", []),
        (later.id, "A/RES/71/19", "1", "para_1", "Requests a report on drones;", ["UNDP", "UNEP"]),
    ]
    assert found.items[1].items == [] and found.items[1].evidence == []


def test_pagination_is_stable_and_complete(db):
    res = gen_resolution(db)
    same_day = dt.date(2027, 1, 1)
    made = [gen_obligation(db, res, due_on=same_day if i % 2 else None).id for i in range(23)]
    seen = []
    for page in (1, 2, 3):
        result = search_obligations(db, ObligationFilter(), TODAY, page=page, per_page=10)
        assert result.total == 23 and result.pages == 3
        seen += _ids(result)
    assert sorted(seen) == sorted(made) and len(set(seen)) == 23
    dated = [i for i in made if made.index(i) % 2]
    assert seen[: len(dated)] == sorted(dated)  # dated first, by id within the date
    past_end = search_obligations(db, ObligationFilter(), TODAY, page=99, per_page=10)
    assert past_end.page == 3 and len(past_end.items) == 3


def test_count_is_bounded_and_deep_pages_and_keyset_agree(db, monkeypatch):
    import tracker.services.search as search

    monkeypatch.setattr(search, "COUNT_LIMIT", 12)  # the same code paths as 1,000, with 30 rows
    res = gen_resolution(db)
    days = [dt.date(2027, 1, 1 + i % 4) if i % 5 else None for i in range(30)]
    made = [gen_obligation(db, res, due_on=day).id for day in days]
    everything = search_obligations(db, ObligationFilter(), TODAY, per_page=200, exact_count=True)
    order = _ids(everything)
    assert everything.total == 30 and everything.total_is_exact and sorted(order) == sorted(made)

    first = search_obligations(db, ObligationFilter(), TODAY, page=1, per_page=5)
    assert not first.total_is_exact and first.total == 13 and _ids(first) == order[:5]
    deep = search_obligations(db, ObligationFilter(), TODAY, page=4, per_page=5)  # past the bound
    assert _ids(deep) == order[15:20] and not deep.total_is_exact and deep.total == 21
    last = search_obligations(db, ObligationFilter(), TODAY, page=6, per_page=5)
    assert _ids(last) == order[25:] and last.total_is_exact and last.total == 30 and not last.has_next
    past_end = search_obligations(db, ObligationFilter(), TODAY, page=50, per_page=5)
    assert past_end.page == 6 and _ids(past_end) == order[25:]

    keyset, after = [], None
    while True:  # undated rows last, across the dated/undated boundary too
        page = search_obligations(db, ObligationFilter(), TODAY, per_page=7, after=after)
        keyset += _ids(page)
        after = page.next_after
        if after is None:
            break
    assert keyset == order


def test_common_and_rare_words_find_the_same_pages(db, monkeypatch):
    """A common word is checked on each obligation the page walks, a rare one matched first: both
    give the same rows in the same order and the same (bounded) counts, through the paragraph,
    a sub-paragraph, an item's paragraph and the resolution's title."""
    import tracker.services.search as search
    from tracker.models import ObligationItem

    monkeypatch.setattr(search, "COUNT_LIMIT", 6)  # the bound's code paths with a few rows
    titled = gen_resolution(db, title="Implementation of the Programme of Action")
    other = gen_resolution(db, title="Oceans and the law of the sea")
    for i in range(24):
        res = titled if i % 5 == 0 else other
        said = ("Calls for the implementation of the plan;" if i % 2 else "Requests a report on coral reefs;"
                if i % 7 == 0 else "Decides to remain seized of the matter;")
        gen_obligation(db, res, text=said, due_on=dt.date(2027, 1, 1 + i % 3) if i % 4 else None,
                       status="in_progress" if i % 3 else "not_started")
    parent = gen_obligation(db, other, text="Decides the following:", due_on=dt.date(2027, 1, 2))
    sub = Paragraph(resolution=other, parent=parent.paragraph, kind="subparagraph", number="a",
                    eid="para_x__point_a", position=99, text="(a) to protect coral reefs")
    db.add(sub)
    listed = gen_obligation(db, other, text="Requests the following:", due_on=dt.date(2027, 1, 1))
    item = Paragraph(resolution=other, parent=listed.paragraph, kind="subparagraph", number="b",
                     eid="para_y__point_b", position=100, text="(b) a study of implementation")
    db.add(item)
    listed.items.append(ObligationItem(paragraph=item, label="b", position=0))
    db.flush()

    monkeypatch.setattr(search, "COMMON_SHARE", 0.2)  # "implementation": 13 in 28 paragraphs; "coral": 3
    words = ["implementation", "coral", "nonexistentword"]
    if db.get_bind().dialect.name == "postgresql":
        assert search.common_words(db, words) == set()  # no statistics yet: every word matched first
        db.execute(text("ANALYZE paragraphs"))  # the shares PostgreSQL's estimate reads
        search._SHARES.clear()  # the estimate before it, kept
    assert search.common_words(db, words) == {"implementation"}
    # the statement built for three words, again with other values in other places
    assert search.common_words(db, ["nonexistentword", "coral", "implementation"]) == {"implementation"}
    assert search.common_words(db, ["implementation", "oceans", "coral"]) == {"implementation"}

    def pages(flt):
        first = search_obligations(db, flt, TODAY, per_page=4)
        deep = search_obligations(db, flt, TODAY, page=3, per_page=4)
        keyset = _keyset(db, flt, 5)
        exact = search_obligations(db, flt, TODAY, per_page=4, exact_count=True)
        past_end = search_obligations(db, flt, TODAY, page=50, per_page=4)  # counts to find the last
        return (_ids(first), first.total, first.total_is_exact, _ids(deep), deep.total, keyset,
                exact.total, _ids(past_end), past_end.page)

    for q in ("implementation", "coral", "implementation coral", "programme implementation", "oceans",
              "nonexistentword"):
        for flt in (ObligationFilter(q=q), ObligationFilter(q=q, status=("not_started",))):
            monkeypatch.setattr(search, "common_words", lambda _session, words: set(words))
            walked = pages(flt)
            monkeypatch.setattr(search, "common_words", lambda _session, _words: set())
            matched = pages(flt)
            assert walked == matched, (q, flt.status)
    walked_coral = pages(ObligationFilter(q="coral"))[5]  # the keyset run: every row
    assert parent.id in walked_coral and listed.id not in walked_coral  # through the sub-paragraph
    assert listed.id in pages(ObligationFilter(q="implementation"))[5]  # through the item


def test_a_search_with_words_turns_postgresqls_jit_off_for_its_transaction(db):
    """PostgreSQL costs a walked statement high (a subplan per obligation), past ``jit_above_cost``:
    compiling it took longer than running it. The statement that estimates the words' shares
    turns JIT off until the transaction ends (SQLite has none)."""
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's JIT compiler")
    gen_obligation(db, gen_resolution(db), text="Calls for the implementation of the plan;")
    db.flush()
    default = db.scalar(text("SHOW jit"))
    db.execute(text("SET LOCAL jit = on"))
    search_obligations(db, ObligationFilter(status=("not_started",)), TODAY)  # no words: untouched
    assert db.scalar(text("SHOW jit")) == "on"
    found = search_obligations(db, ObligationFilter(q="implementation"), TODAY)
    assert len(found.items) == 1
    assert db.scalar(text("SHOW jit")) == "off"
    db.rollback()
    assert db.scalar(text("SHOW jit")) == default  # a SET LOCAL: the next transaction has its own


def _register_of_two_bodies(db, *, ga_obligations: int, hrc_obligations: int):
    """Dated GA obligations (100 resolutions) and undated HRC ones (a resolution each: the HRC's
    rows come last in the page's order), written in bulk; the HRC's obligation ids."""
    from tracker.models import tables as t

    def add(resolution, n, due):
        paragraph_ids = db.execute(t.paragraphs.insert().returning(t.paragraphs.c.id), [
            {"resolution_id": resolution.id, "kind": "operative", "number": str(i), "eid": f"para_{i}",
             "position": i, "text": "Requests the Secretary-General to submit a report;"}
            for i in range(1, n + 1)]).scalars().all()
        rows = [{"resolution_id": resolution.id, "paragraph_id": pid, "kind": "report", "action": "requests",
                 "status": "not_started", "due_on": due(i)} for i, pid in enumerate(paragraph_ids)]
        return db.execute(t.obligations.insert().returning(t.obligations.c.id), rows).scalars().all()

    for number in range(100):
        add(gen_resolution(db, f"A/RES/71/{number + 1}", session=71), ga_obligations // 100,
            lambda i, number=number: dt.date(2027, 1, 1) + dt.timedelta(days=(i + number) % 300))
    return [obligation for number in range(hrc_obligations)  # one each, undated
            for obligation in add(gen_resolution(db, f"A/HRC/RES/56/{number + 1}", body="HRC", session=56),
                                  1, lambda i: None)]


def test_a_narrow_body_is_read_from_its_resolutions_on_postgresql(db, monkeypatch):
    """A page filtered by a body with few resolutions reads that body's obligations through the
    resolution index, not every obligation: PostgreSQL walked the page's order (the due dates'
    index) over the whole register, testing each row's resolution, and a body whose rows are
    undated came last (108-133 ms at 50k, growing with the register). Rows the statements read
    from ``obligations`` (``pg_stat_xact_user_tables``, statistics analysed as in a register in
    use): the body's, and the page's again, not the GA's."""
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's planner (SQLite's plan: the test below)")
    import tracker.services.search as search

    hrc = _register_of_two_bodies(db, ga_obligations=4000, hrc_obligations=40)
    db.execute(text("ANALYZE obligations"))
    db.execute(text("ANALYZE resolutions"))
    search._SHARES.clear()
    assert not search.wide_body(db, "HRC")
    # a bound below the body's rows, as at 50k (COUNT_LIMIT + 1 of the HRC's 3,675): the walk then
    # looks cheaper to the planner than reading the body's rows and sorting them
    monkeypatch.setattr(search, "COUNT_LIMIT", 10)

    def rows_read():
        return db.execute(text("SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) "
                               "FROM pg_stat_xact_user_tables WHERE relname = 'obligations'")).scalar_one()

    before = rows_read()
    page = search_obligations(db, ObligationFilter(body="HRC"), TODAY, per_page=5)
    read = rows_read() - before
    assert _ids(page) == hrc[:5] and page.total == 11 and not page.total_is_exact
    assert read <= 2 * len(hrc), read


def test_a_page_of_an_owner_of_few_obligations_is_read_from_its_links_on_postgresql(db, monkeypatch):
    """A page filtered by an owner reads that owner's obligations first (by their key, then sorted)
    unless the owner has so many that a walk of the page's order finds its page's bound sooner
    (``owner_walked``): PostgreSQL walked the due dates' index over the whole register testing each
    row's owners, and an owner whose obligations are undated came last (the first pages of the 82
    owners at 50k, 2.9 s in all, 0.74 s read first). The same pages either way; rows read from
    ``obligations`` (``pg_stat_xact_user_tables``): the owner's, and the page's again."""
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's planner")
    import tracker.services.search as search
    from tracker.models import obligation_owners

    hrc = _register_of_two_bodies(db, ga_obligations=4000, hrc_obligations=40)
    few, many = gen_entity(db, "Few"), gen_entity(db, "Many")
    ga = db.scalars(text("SELECT id FROM obligations WHERE due_on IS NOT NULL ORDER BY due_on, id")).all()
    db.execute(insert(obligation_owners), [{"obligation_id": i, "entity_id": few.id} for i in hrc]
               + [{"obligation_id": i, "entity_id": many.id} for i in [*ga, *hrc[:5]]])
    db.execute(text("ANALYZE obligations"))
    db.execute(text("ANALYZE obligation_owners"))
    search._SHARES.clear()
    assert not search.owner_walked(db, few.id) and search.owner_walked(db, many.id)
    monkeypatch.setattr(search, "COUNT_LIMIT", 10)  # a bound below the owner's rows, as at 50k

    def rows_read():
        return db.execute(text("SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) "
                               "FROM pg_stat_xact_user_tables WHERE relname = 'obligations'")).scalar_one()

    before = rows_read()
    page = search_obligations(db, ObligationFilter(owner=few.id), TODAY, per_page=5)
    read = rows_read() - before
    assert _ids(page) == hrc[:5] and page.total == 11 and not page.total_is_exact
    assert read <= 2 * len(hrc), read
    for owner, page, expected in ((few, 3, hrc[10:15]), (many, 1, ga[:5])):
        assert _ids(search_obligations(db, ObligationFilter(owner=owner.id), TODAY, page=page, per_page=5)) \
            == expected
    assert _keyset(db, ObligationFilter(owner=few.id, status=("not_started",)), 7) == hrc


@pytest.mark.parametrize("common", [False, True], ids=["rare-words", "common-words-few-matches"])
def test_a_page_the_documents_answer_is_read_from_them_alone_on_postgresql(db, monkeypatch, common):
    """When the words' documents are read first (rare words, or common ones that at most
    ``COUNT_LIMIT`` documents hold with the filters' terms) and every filter is one of those terms
    (status, kind, body), PostgreSQL reads the page's ids from the matching documents alone, their
    status and due date in their columns (migration 0028): no obligation is read to find them (the
    bench's search at 50k joined its 940 matches to the 3,173 not-started obligations, see
    bench/README). Rows the search reads from ``obligations``: the page's 3 and the planner's look
    at the ends of their key's index (8), not the matches' (4,051 when they were joined)."""
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's documents hold their obligation's status and due date (0028)")
    import tracker.services.search as search

    hrc = _register_of_two_bodies(db, ga_obligations=4000, hrc_obligations=40)
    db.execute(text("ANALYZE obligations"))
    db.execute(text("ANALYZE resolutions"))
    db.execute(text("ANALYZE obligations_fts"))
    search._SHARES.clear()
    monkeypatch.setattr(search, "common_words", (lambda _s, words: set(words)) if common else
                        (lambda _s, _words: set()))

    def rows_read():
        return db.execute(text("SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) "
                               "FROM pg_stat_xact_user_tables WHERE relname = 'obligations'")).scalar_one()

    flt = ObligationFilter(q="report", body="HRC", status=("not_started",))
    before = rows_read()
    page = search_obligations(db, flt, TODAY, per_page=3)
    read = rows_read() - before
    assert _ids(page) == hrc[:3] and (page.total, page.total_is_exact) == (40, True)
    assert read <= 3 + 10, read
    assert _ids(search_obligations(db, flt.with_(kind=("report",)), TODAY, per_page=3, page=14)) == hrc[39:]
    assert search_obligations(db, flt.with_(kind=("action",)), TODAY, per_page=3).total == 0


@pytest.mark.parametrize("body", [None, "GA"], ids=["words-alone", "wide-body"])
def test_a_common_word_alone_walks_the_documents_by_due_date_on_postgresql(db, monkeypatch, body):
    """A common word with no filter (``q=report``), or none but a wide body (its term in the
    document), is walked in the page's order on the documents' own index by due date (migration
    0029), each document tested where it lies: no obligation is read to find the page. PostgreSQL
    walked the obligations' due dates and looked each one's document up by its id (at 50k: 2,194
    obligations read, 4.5-9.1 ms, see bench/README). Rows the search reads from ``obligations``:
    the page's 3 and the planner's look at the ends of their key's index, not the 1,001 walked to
    count (1,032 on main, for either)."""
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's documents hold their obligation's due date (0028, 0029)")
    import tracker.services.search as search

    _register_of_two_bodies(db, ga_obligations=4000, hrc_obligations=40)
    for name in ("obligations", "resolutions", "obligations_fts"):
        db.execute(text(f"ANALYZE {name}"))
    search._SHARES.clear()
    monkeypatch.setattr(search, "common_words", lambda _s, words: set(words))

    def rows_read():
        return db.execute(text("SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) "
                               "FROM pg_stat_xact_user_tables WHERE relname = 'obligations'")).scalar_one()

    expected = db.execute(text("SELECT id FROM obligations ORDER BY due_on NULLS LAST, id")).scalars().all()
    flt = ObligationFilter(q="report", body=body)  # the GA's rows are dated: the first 4,000
    assert body is None or search.wide_body(db, body)
    before = rows_read()
    page = search_obligations(db, flt, TODAY, per_page=3)
    read = rows_read() - before
    assert _ids(page) == expected[:3] and (page.total, page.total_is_exact) == (1001, False)
    assert read <= 3 + 10, read
    assert _ids(search_obligations(db, flt, TODAY, per_page=3, page=2)) == expected[3:6]
    last = search_obligations(db, flt, TODAY, per_page=40, page=25)
    assert _ids(last) == expected[960:1000]


def _most_resolutions_ga(db) -> tuple[Resolution, Resolution]:
    """1,500 published resolutions, four in five of the GA (a wide body), then a GA and an SC
    resolution to hang obligations on."""
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    db.execute(insert(Resolution), [
        {"symbol": f"A/RES/70/{n}" if n % 5 else f"S/RES/{n} (2016)", "body": "GA" if n % 5 else "SC",
         "session": 70 if n % 5 else None, "title": f"Resolution {n}", "published_at": now}
        for n in range(1, 1501)])
    return gen_resolution(db, session=71), gen_resolution(db, "S/RES/9001 (2026)", body="SC", session=None)


def test_a_wide_body_is_tested_on_the_rows_walked_on_postgresql(db):
    """PostgreSQL tests a wide body on each row its page walks, looking the row's resolution up,
    not against a list of the other bodies' resolutions: that list was built by reading every
    resolution once per statement (no index finds ``body <> :body``), which grows with the
    register (the bench's search 1.9× from 50k to 501k obligations). Rows the search reads from
    ``resolutions`` (``pg_stat_xact_user_tables``, statistics analysed): one per obligation walked
    and one per row of the page at most, not one per resolution of the register (1,502 here)."""
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's statement (SQLite builds the list, one SELECT a statement)")
    import tracker.services.search as search

    ga, sc = _most_resolutions_ga(db)
    made = [gen_obligation(db, res, due_on=dt.date(2027, 1, 1 + i), status=status) for i, (res, status)
            in enumerate([(ga, "not_started"), (sc, "not_started"), (ga, "in_progress")] * 4)]
    db.execute(text("ANALYZE resolutions"))
    db.execute(text("ANALYZE obligations"))
    search._SHARES.clear()
    assert search.wide_body(db, "GA")

    def rows_read():
        return db.execute(text("SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) "
                               "FROM pg_stat_xact_user_tables WHERE relname = 'resolutions'")).scalar_one()

    before = rows_read()
    page = search_obligations(db, ObligationFilter(body="GA", status=("not_started",)), TODAY, per_page=3)
    read = rows_read() - before
    assert _ids(page) == [o.id for o in made if o.resolution is ga and o.status == "not_started"][:3]
    assert page.total == 4
    assert read <= 2 * len(made), read


def test_a_wide_body_walked_for_common_words_is_tested_by_its_documents_term_on_postgresql(db, monkeypatch):
    """When a page with common words is walked (more than ``COUNT_LIMIT`` documents hold them and
    the filters' terms, ``few_matches``), PostgreSQL tests a wide body by its term in each walked
    row's document (migration 0025), not by looking the row's resolution up: at 501k obligations
    the bench's search looked up 1,021 resolutions for 1,001 rows found (see bench/README). Rows
    the search reads from ``resolutions``: at most two for each row of the page (its symbol) and,
    since such a walk reads the documents' index by due date (0029), two for the statement (6 with
    12 obligations as with 30), none per row walked (18 here when each walked row's resolution was
    looked up)."""
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's statement (SQLite matches the terms first)")
    import tracker.services.search as search

    ga, sc = _most_resolutions_ga(db)
    made = [gen_obligation(db, res, text="Calls for the implementation of the plan;",
                           due_on=dt.date(2027, 1, 1 + i)) for i, res in enumerate([ga, sc, ga] * 4)]
    db.execute(text("ANALYZE resolutions"))
    db.execute(text("ANALYZE obligations"))
    search._SHARES.clear()
    assert search.wide_body(db, "GA")
    monkeypatch.setattr(search, "COUNT_LIMIT", 4)  # 8 of the GA's obligations hold the word: a walk
    monkeypatch.setattr(search, "common_words", lambda _session, words: set(words))

    def rows_read():
        return db.execute(text("SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) "
                               "FROM pg_stat_xact_user_tables WHERE relname = 'resolutions'")).scalar_one()

    before = rows_read()
    page = search_obligations(db, ObligationFilter(body="GA", q="implementation"), TODAY, per_page=2)
    read = rows_read() - before
    assert _ids(page) == [o.id for o in made if o.resolution is ga][:2]
    assert (page.total, page.total_is_exact) == (5, False)
    assert read <= 2 * 2 + 2, read


def test_a_narrow_body_is_read_from_its_resolutions_on_sqlite(db):
    """SQLite reads a narrow body's page through the obligations' resolution index (its plan):
    the way in that PostgreSQL is now told to take (see the test above)."""
    if db.get_bind().dialect.name != "sqlite":
        pytest.skip("SQLite's plan")
    from tests.statements import sent_statements

    _register_of_two_bodies(db, ga_obligations=400, hrc_obligations=4)
    with sent_statements(db.get_bind()) as statements:
        search_obligations(db, ObligationFilter(body="HRC"), TODAY)
    conn = db.connection()
    steps = [row[-1] for statement, params in statements if "ORDER BY" in statement
             for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
    assert any(step.startswith("SEARCH obligations USING INDEX ix_obligations_resolution_id")
               for step in steps), steps
    assert not [step for step in steps if step.startswith("SCAN obligations")], steps


def test_a_mandate_states_page_is_read_through_the_mandates_ends_on_sqlite(db):
    """SQLite reads a page of mandates in a state through the indexes of their end (``expires_on``'s,
    and the mandates' of migration 0033 for those without an end) and sorts it, instead of walking
    the page's order over every obligation testing each row (``/search?mandate=active`` at 50k:
    80 -> 1 ms, loaded); the same pages as the rule of ``Obligation.mandate_state`` gives, in the
    page's order."""
    if db.get_bind().dialect.name != "sqlite":
        pytest.skip("SQLite's plan")
    from tracker.models import Obligation

    res = gen_resolution(db)
    for i in range(40):  # undated reports and actions, which the ``expires_on`` index's NULLs hold
        gen_obligation(db, res, kind=("report", "action")[i % 2])
    made = []
    for i, (kind, due, ends) in enumerate([
            ("mandate", None, None), ("mandate", None, TODAY + dt.timedelta(days=400)),
            ("mandate", None, TODAY + dt.timedelta(days=30)), ("mandate", None, TODAY - dt.timedelta(days=3)),
            ("report", TODAY + dt.timedelta(days=60), TODAY + dt.timedelta(days=700)),
            ("report", TODAY - dt.timedelta(days=60), TODAY - dt.timedelta(days=1)),
            ("action", TODAY + dt.timedelta(days=5), TODAY + dt.timedelta(days=20)),
            ("mandate", None, None), ("mandate", None, TODAY - dt.timedelta(days=300))]):
        made.append(gen_obligation(db, res, kind=kind, due_on=due, expires_on=ends,
                                   deadline_session=70 + i))
    made[-1].renewed_by_id = made[0].id
    made[-2].renewed_by_id = made[1].id
    db.flush()
    conn = db.connection()
    states = ("active", "expiring", "expired", "renewed")
    in_order = sorted(db.query(Obligation), key=lambda o: (o.due_on is None, o.due_on, o.id))
    for mandate in [(state,) for state in states] + [("active", "expired"), states]:
        expected = [o.id for o in in_order if o.mandate_state(TODAY) in mandate]
        with sent_statements(db.get_bind()) as statements:
            page = search_obligations(db, ObligationFilter(mandate=mandate), TODAY)
        assert expected and (_ids(page), page.total) == (expected, len(expected)), mandate
        steps = [row[-1] for statement, params in statements if "ORDER BY" in statement
                 for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
        if mandate in (("active",), ("expiring",), ("expired",)):
            assert not [step for step in steps if step.startswith("SCAN obligations")], (mandate, steps)
        if mandate == ("active",):
            assert any("ix_obligations_mandates_expires_on" in step for step in steps), steps


def test_a_walked_page_reads_no_obligations_row_on_sqlite(db, monkeypatch):
    """SQLite tests that an obligation's resolution is published on the obligation's id (not
    among the unpublished resolutions' obligations), which every index a page is walked by holds:
    a common word walked over the obligations walks ``ix_obligations_due_on`` as a covering index
    (the resolution's test read each walked row's table row; the word's test is the row's document
    key, 0037), a common word alone reads the documents in their order and no obligation, and an
    obligation of an unpublished resolution is still never listed, walked, matched first or read
    from the documents."""
    if db.get_bind().dialect.name != "sqlite":
        pytest.skip("SQLite's plan")
    import tracker.services.search as search

    published, draft = gen_resolution(db), gen_resolution(db, published=False)
    shown = [gen_obligation(db, published, text="Requests a report on the matter;",
                            due_on=dt.date(2027, 1, 1 + i) if i % 3 else None) for i in range(6)]
    gen_obligation(db, draft, text="Requests a report on the matter;", due_on=dt.date(2026, 12, 1))
    seized = gen_obligation(db, published, text="Decides to remain seized of the matter;",
                            due_on=dt.date(2026, 12, 2))
    order = [o.id for o in sorted(shown, key=lambda o: (o.due_on is None, o.due_on, o.id))]
    conn = db.connection()
    for common, documents in ((True, False), (False, False), (True, True)):
        monkeypatch.undo()
        monkeypatch.setattr(search, "common_words", lambda _s, words, c=common: set(words) if c else set())
        if not documents:  # the statement over the obligations (a filter the documents do not answer)
            monkeypatch.setattr(search.ObligationFilter, "ordered_facets", lambda _self: None)
        with sent_statements(db.get_bind()) as statements:
            page = search_obligations(db, ObligationFilter(q="report"), TODAY)
        assert (_ids(page), page.total) == (order, 6), common
        steps = [row[-1] for statement, params in statements if "ORDER BY" in statement
                 for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
        if documents:  # 0037: the documents in rowid order, no obligation walked
            assert any(step.startswith("SCAN obligations_fts VIRTUAL TABLE") for step in steps), steps
            assert not any(step.startswith("SCAN obligations ") for step in steps), steps
        elif common:  # the walked row's document key (its due date and id) read from the index
            assert "SCAN obligations USING COVERING INDEX ix_obligations_due_on" in steps, steps
    assert _ids(search_obligations(db, ObligationFilter(), TODAY)) == [seized.id, *order]


def test_a_searchs_word_shares_are_kept_for_a_while(db, monkeypatch):
    """Whether the words are common (``common_words``) is estimated once per ``SHARE_SECONDS`` per
    process and database, as a body's share is: a second search with the same words sends no
    estimate (on PostgreSQL it still turns JIT off for its transaction), the same rows; once the
    time is past, the estimate is read again."""
    from tracker.services import search

    for i in range(3):
        gen_obligation(db, gen_resolution(db, f"A/RES/80/{70 + i}"),
                       text="Calls for the implementation of the plan;")
    db.flush()
    postgresql = db.get_bind().dialect.name == "postgresql"
    flt = ObligationFilter(q="implementation")
    clock = [1000.0]
    monkeypatch.setattr(search.time, "monotonic", lambda: clock[0])

    def estimates() -> tuple[int, list[int]]:
        with sent_statements(db.get_bind()) as sent:
            found = search_obligations(db, flt, TODAY)
        shares = "pg_stats" if postgresql else "paragraphs_fts"
        return sum(shares in s and "obligations_fts" not in s for s, _ in sent), [o.id for o in found.items]

    first, ids = estimates()
    assert first == 1 and len(ids) == 3
    clock[0] += search.SHARE_SECONDS - 1
    if postgresql:
        db.execute(text("SET LOCAL jit = on"))
    assert estimates() == (0, ids)
    if postgresql:
        assert db.scalar(text("SHOW jit")) == "off"
    clock[0] += 2
    assert estimates() == (1, ids)
