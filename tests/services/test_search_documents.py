"""The obligations' full-text documents (migration 0015) find exactly what matching each paragraph,
sub-paragraph, item's paragraph and title on its own finds, in the same order, and follow every
write that changes those texts (import, re-import, a paragraph corrected, deletions)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, event, select, text, update

import tracker.services.search as search
from tests.factories import gen_obligation, gen_resolution
from tests.services.seed import TODAY as SEED_TODAY
from tests.services.seed import parse_text, seed, seed_text
from tracker.models import Obligation, ObligationItem, Paragraph, Resolution
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution
from tracker.services.search import ObligationFilter, fts5_query, search_obligations, split_symbols

TODAY = dt.date(2026, 11, 27)
CLI = Actor.system("cli")


def _matching_paragraphs(db, word: str) -> tuple[set[int], set[int]]:
    """The paragraphs and the resolution titles that hold ``word``, each matched on its own
    (the per-paragraph index of migration 0002/0013, not the documents)."""
    if db.get_bind().dialect.name == "sqlite":
        query = fts5_query(word)
        paragraphs = db.scalars(text("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH :q"),
                                {"q": query})
        titles = db.scalars(text("SELECT rowid FROM resolutions_fts WHERE resolutions_fts MATCH :q"),
                            {"q": query})
    else:
        paragraphs = db.scalars(text("SELECT id FROM paragraphs WHERE to_tsvector('english', text) "
                                     "@@ websearch_to_tsquery('english', :q)"), {"q": word})
        titles = db.scalars(text("SELECT id FROM resolutions WHERE to_tsvector('english', title) "
                                 "@@ websearch_to_tsquery('english', :q)"), {"q": word})
    return set(paragraphs), set(titles)


def recount(db, flt: ObligationFilter) -> list[int]:
    """The obligations ``flt`` finds, computed the plain way: every obligation read, each word
    looked for in each of its texts separately, the filters applied in Python, then sorted."""
    words = split_symbols(flt.q or "")[1][: search.MAX_WORDS]
    found = {word: _matching_paragraphs(db, word) for word in words}
    children: dict[int, set[int]] = {}
    for pid, parent in db.execute(select(Paragraph.id, Paragraph.parent_id)):
        if parent is not None:
            children.setdefault(parent, set()).add(pid)
    items: dict[int, set[int]] = {}
    for oid, pid in db.execute(select(ObligationItem.obligation_id, ObligationItem.paragraph_id)):
        items.setdefault(oid, set()).add(pid)
    rows = db.execute(select(Obligation.id, Obligation.paragraph_id, Obligation.resolution_id,
                             Obligation.status, Obligation.kind, Obligation.due_on, Resolution.body,
                             Resolution.session,
                             Resolution.published_at).join(Resolution))
    out = []
    for ob in rows:
        speaking = {ob.paragraph_id} | children.get(ob.paragraph_id, set()) | items.get(ob.id, set())
        if ob.published_at is None:
            continue
        if flt.body and ob.body != flt.body or flt.session is not None and ob.session != flt.session:
            continue
        if flt.status and ob.status not in flt.status or flt.kind and ob.kind not in flt.kind:
            continue
        if all(speaking & found[w][0] or ob.resolution_id in found[w][1] for w in words):
            out.append((ob.due_on is None, ob.due_on or dt.date.min, ob.id))
    return [ident for *_key, ident in sorted(out)]


def searched(db, flt: ObligationFilter, per_page: int = 4) -> list[int]:
    """Every obligation ``search_obligations`` lists for ``flt``, page after page by keyset."""
    ids, after = [], None
    while True:
        page = search_obligations(db, flt, TODAY, per_page=per_page, after=after)
        ids += [o.id for o in page.items]
        if (after := page.next_after) is None:
            return ids


def _register(db):
    """Resolutions of two bodies and sessions, obligations speaking through their paragraph, a
    sub-paragraph, an item's paragraph (of another paragraph) and their resolution's title."""
    ga = gen_resolution(db, body="GA", session=71, title="Implementation of the Programme of Action")
    ga2 = gen_resolution(db, body="GA", session=72, title="Oceans and the law of the sea")
    hrc = gen_resolution(db, body="HRC", session=44, title="Human rights and coral reefs")
    texts = ["Calls for the implementation of the plan;", "Requests a report on coral reefs;",
             "Decides to remain seized of the matter;", "Urges States to protect marine biodiversity;",
             "Requests the Secretary-General to report on implementation;"]
    made = []
    for i in range(30):
        res = (ga, ga2, hrc)[i % 3]
        made.append(gen_obligation(db, res, text=texts[i % 5],
                                   due_on=dt.date(2027, 1, 1 + i % 4) if i % 6 else None,
                                   status=("not_started", "in_progress", "completed")[i % 4 % 3]))
    parent = gen_obligation(db, ga2, text="Decides the following:", due_on=dt.date(2027, 1, 2))
    db.add(Paragraph(resolution=ga2, parent=parent.paragraph, kind="subparagraph", number="a",
                     eid="para_x__point_a", position=99, text="(a) to protect coral reefs; Lorem_ipsum"))
    listed = gen_obligation(db, hrc, text="Requests the following:", due_on=dt.date(2027, 1, 1))
    elsewhere = gen_obligation(db, hrc, text="Takes note of the following:", status="completed")
    item = Paragraph(resolution=hrc, parent=elsewhere.paragraph, kind="subparagraph", number="b",
                     eid="para_y__point_b", position=100, text="(b) a study of zooxanthellae")
    db.add(item)
    listed.items.append(ObligationItem(paragraph=item, label="b", position=0))
    db.add(gen_obligation(db, gen_resolution(db, body="GA", published=False),
                          text="Calls for the implementation of an unpublished plan;"))
    db.flush()
    return parent, listed


QUERIES = ["implementation", "zooxanthellae", "coral reefs", "programme protect", "oceans",
           "implementation oceans", "report Secretary-General", "Lorem_ipsum", "ipsum lorem", "seized",
           "nonexistentword", "the"]
FILTERS = [{}, {"body": "GA"}, {"status": ("not_started",)}, {"body": "HRC", "status": ("completed",)},
           {"session": 71}, {"body": "GA", "session": 72, "status": ("not_started", "in_progress")},
           {"kind": ("report", "action"), "status": ("not_started", "not_applicable")}]


@pytest.mark.parametrize("walk", [False, True], ids=["matched-first", "walked"])
def test_documents_find_what_each_text_matched_on_its_own_finds(db, monkeypatch, walk):
    parent, listed = _register(db)
    monkeypatch.setattr(search, "COUNT_LIMIT", 5)  # the bounded count's paths with a few rows
    monkeypatch.setattr(search, "common_words", (lambda _s, words: set(words)) if walk else
                        (lambda _s, _words: set()))
    for q in QUERIES:
        for filters in FILTERS:
            flt = ObligationFilter(q=q, **filters)
            expected = recount(db, flt)
            assert searched(db, flt) == expected, (q, filters)
            first = search_obligations(db, flt, TODAY, per_page=3)
            assert [o.id for o in first.items] == expected[:3], (q, filters)
            assert first.total == (len(expected) if len(expected) <= 5 else 6)
            assert first.total_is_exact == (len(expected) <= 5)
            exact = search_obligations(db, flt, TODAY, per_page=3, exact_count=True)
            assert exact.total == len(expected) and exact.total_is_exact
    assert parent.id in recount(db, ObligationFilter(q="coral"))  # through its sub-paragraph
    assert listed.id in recount(db, ObligationFilter(q="zooxanthellae"))  # through an item
    assert recount(db, ObligationFilter(q="Lorem_ipsum")) == [parent.id]


def _holding(db, name: str, value: str) -> set[int]:
    """The obligations whose documents hold the term of ``value`` of the filter ``name``."""
    dialect = db.get_bind().dialect.name
    (term,) = search.facet_terms(dialect, name, [value])
    query = ("SELECT rowid & 4294967295 FROM obligations_fts WHERE obligations_fts MATCH :q"
             if dialect == "sqlite" else
             "SELECT obligation_id FROM obligations_fts WHERE document @@ CAST(:q AS tsquery)")
    return set(db.scalars(text(query), {"q": term}))


def test_documents_hold_their_obligations_status_kind_and_body_and_follow_them(db):
    """Each document holds a term for its obligation's status, its kind and its resolution's body
    (migration 0025: a search's words are matched with the terms of the filters asked for); a
    status or a kind changed, or a body corrected, changes them, in the same transaction. No
    words typed find a term."""
    ga, sc = gen_resolution(db, body="GA"), gen_resolution(db, body="SC")
    said = "Calls for the implementation of the plan;"
    first = gen_obligation(db, ga, text=said, status="not_started", kind="report")
    second = gen_obligation(db, sc, text=said, status="not_applicable", kind="declaratory")
    db.flush()

    def check(expected: dict[tuple[str, str], set[int]]) -> None:
        assert {key: _holding(db, *key) for key in expected} == expected

    check({("status", "not_started"): {first.id}, ("status", "not_applicable"): {second.id},
           ("kind", "report"): {first.id}, ("kind", "declaratory"): {second.id},
           ("body", "GA"): {first.id}, ("body", "SC"): {second.id}, ("status", "completed"): set()})
    db.execute(update(Obligation).where(Obligation.id == first.id).values(status="completed"))
    db.execute(update(Obligation).where(Obligation.id == second.id).values(kind="action"))
    check({("status", "not_started"): set(), ("status", "completed"): {first.id},
           ("kind", "declaratory"): set(), ("kind", "action"): {second.id}, ("body", "GA"): {first.id}})
    db.execute(update(Resolution).where(Resolution.id == ga.id).values(body="HRC"))
    check({("body", "GA"): set(), ("body", "HRC"): {first.id}, ("status", "completed"): {first.id}})
    db.expire_all()
    for words in ("status completed", "completed", "body HRC", "HRC", "kind action", "not_started"):
        assert searched(db, ObligationFilter(q=words)) == [], words
    assert searched(db, ObligationFilter(q="implementation", status=("completed",), body="HRC")) == [first.id]


def _page_order(db) -> list[tuple[int, dt.date | None]]:
    return db.execute(select(Obligation.id, Obligation.due_on).order_by(*search.ordering())).all()


def test_sqlite_documents_are_stored_in_the_page_order_and_follow_due_dates(db):
    """0037: on SQLite a document's rowid is its obligation's due date, then its id
    (``search.document_key``), so the documents in rowid order are the page's order (soonest due
    first, undated last, then by id) and a rowid's low bits its obligation's id. A due date changed
    (alone, with the status in one update, or taken away) moves the document, in the same
    transaction; a deletion takes it away; one document per obligation."""
    if db.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL's documents hold the due date in a column (0028)")
    res = gen_resolution(db, body="GA")
    said = "Calls for the implementation of the plan;"
    made = [gen_obligation(db, res, text=said, due_on=due) for due in
            (dt.date(2027, 3, 1), None, dt.date(2026, 1, 5), dt.date(2027, 3, 1), None)]

    def check() -> None:
        documents = db.execute(text("SELECT rowid, rowid & 4294967295 FROM obligations_fts "
                                    "ORDER BY rowid")).all()
        order = _page_order(db)
        assert [ident for _key, ident in documents] == [ident for ident, _due in order]
        assert [key for key, _ident in documents] == [search.document_key(due, ident) for ident, due in order]

    check()
    assert [ident for ident, _due in _page_order(db)] == [made[i].id for i in (2, 0, 3, 1, 4)]
    db.execute(update(Obligation).where(Obligation.id == made[0].id).values(due_on=dt.date(2025, 12, 31)))
    check()
    db.execute(update(Obligation).where(Obligation.id == made[1].id)
               .values(due_on=dt.date(2027, 3, 1), status="completed"))
    check()
    db.execute(update(Obligation).where(Obligation.id == made[2].id).values(due_on=None))
    check()
    db.execute(delete(Obligation).where(Obligation.id == made[3].id))
    check()
    assert db.scalar(text("SELECT count(*) FROM obligations_fts")) == 4
    db.expire_all()
    assert searched(db, ObligationFilter(q="implementation")) == [ident for ident, _due in _page_order(db)]
    assert searched(db, ObligationFilter(q="implementation", status=("completed",))) == [made[1].id]


#: filters a SQLite page reads from the documents alone besides status, kind and body (0037): the
#: tracked kinds and the open statuses as their terms, the due dates as a range of rowids
DATED_FILTERS = [{"tracked": True}, {"overdue": True}, {"due_within": 40}, {"due_within": 0},
                 {"due_from": dt.date(2027, 1, 2)}, {"due_to": dt.date(2027, 1, 2)},
                 {"due_from": dt.date(2026, 6, 1), "due_to": dt.date(2027, 1, 3), "status": ("not_started",)},
                 {"due_from": dt.date(2027, 1, 3), "due_to": dt.date(2027, 1, 2)},
                 {"overdue": True, "status": ("completed",)}, {"tracked": True, "kind": ("declaratory",)},
                 {"tracked": True, "kind": ("report", "mandate"), "due_within": 400, "body": "GA"},
                 {"overdue": True, "due_from": dt.date(2026, 7, 1), "kind": ("action",)}]


def test_a_sqlite_page_of_words_and_dated_filters_is_read_from_the_documents_in_order(db, monkeypatch):
    """0037: a search's words with no filter but the status, kind, body, ``tracked``, ``overdue``
    and the due dates is read on SQLite from the matching documents in rowid order, for any page
    and after any keyset position: the same obligations, in the same order, with the same counts,
    as the statement over the obligations (the reference: the same search with that path off)."""
    if db.get_bind().dialect.name != "sqlite":
        pytest.skip("SQLite's documents only")
    _register(db)
    res = gen_resolution(db, body="GA", session=73, title="Implementation of the plan of 2026")
    for i, due in enumerate((dt.date(2026, 6, 1), dt.date(2026, 11, 26), dt.date(2026, 11, 27),
                             dt.date(2026, 12, 20), dt.date(2026, 7, 2))):
        gen_obligation(db, res, text="Requests a report on the implementation;", due_on=due,
                       kind=("report", "action", "declaratory")[i % 3],
                       status=("not_started", "in_progress", "completed")[i % 3])
    monkeypatch.setattr(search, "COUNT_LIMIT", 5)
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.get_bind(), "before_cursor_execute", seen)
    try:
        for q in ("implementation", "report", "coral reefs", "the", "nonexistentword"):
            for filters in [*DATED_FILTERS, *FILTERS[:4]]:
                flt = ObligationFilter(q=q, **filters)
                statements.clear()
                found = [searched(db, flt, per_page) for per_page in (2, 4)]
                pages = [search_obligations(db, flt, TODAY, page, 2) for page in (1, 2, 4)]
                exact = search_obligations(db, flt, TODAY, per_page=2, exact_count=True)
                # every filter but those that leave no kind or status (the other statement finds none)
                emptied = filters in ({"overdue": True, "status": ("completed",)},
                                      {"tracked": True, "kind": ("declaratory",)})
                assert any("ORDER BY obligations_fts.rowid" in sql for sql in statements) == (not emptied)
                with monkeypatch.context() as off:
                    off.setattr(ObligationFilter, "ordered_facets", lambda _self: None)
                    expected = searched(db, flt, 3)
                    assert found == [expected, expected], (q, filters)
                    for page, got in zip((1, 2, 4), pages, strict=True):
                        plain = search_obligations(db, flt, TODAY, page, 2)
                        assert ([o.id for o in got.items], got.total, got.total_is_exact, got.page,
                                got.next_after) == ([o.id for o in plain.items], plain.total,
                                                    plain.total_is_exact, plain.page, plain.next_after)
                    assert exact.total == len(expected) and exact.total_is_exact
    finally:
        event.remove(db.get_bind(), "before_cursor_execute", seen)


def test_documents_hold_their_obligations_status_and_due_date_and_follow_them_on_postgresql(db):
    """0028: on PostgreSQL each document holds its obligation's status and due date (a page of one
    status walks the documents' index in the page's order); they are written with the document
    and follow a status or a due date changed and a document rebuilt, in the same transaction."""
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("SQLite's documents are an FTS5 table; its walk reads the obligations")
    res = gen_resolution(db, body="GA")
    said = "Calls for the implementation of the plan;"
    first = gen_obligation(db, res, text=said, status="not_started", due_on=dt.date(2027, 1, 5))
    second = gen_obligation(db, res, text=said, status="in_progress")
    db.flush()

    def held() -> set[tuple]:
        return set(db.execute(text("SELECT obligation_id, status, due_on FROM obligations_fts")).all())

    def stored() -> set[tuple]:
        return set(db.execute(select(Obligation.id, Obligation.status, Obligation.due_on)).all())

    assert held() == stored() == {(first.id, "not_started", dt.date(2027, 1, 5)),
                                  (second.id, "in_progress", None)}
    db.execute(update(Obligation).where(Obligation.id == first.id).values(status="completed"))
    db.execute(update(Obligation).where(Obligation.id == second.id).values(due_on=dt.date(2028, 2, 1)))
    assert held() == stored()
    db.execute(update(Obligation).where(Obligation.id == first.id).values(due_on=None, kind="action"))
    db.execute(update(Paragraph).where(Paragraph.id == second.paragraph_id).values(text="Requests a study;"))
    assert held() == stored() == {(first.id, "completed", None),
                                  (second.id, "in_progress", dt.date(2028, 2, 1))}
    db.expire_all()
    assert searched(db, ObligationFilter(q="study", status=("in_progress",))) == [second.id]


def test_a_phrase_does_not_run_from_one_text_into_the_next(db):
    """A word typed as ``a_b`` is a phrase; its two halves at the end of one of an obligation's
    texts and the start of the next are not that phrase (nor is the title's last word)."""
    res = gen_resolution(db, title="Cooperation on fisheries")
    ob = gen_obligation(db, res, text="Requests assistance", due_on=dt.date(2027, 1, 1))
    db.add(Paragraph(resolution=res, parent=ob.paragraph, kind="subparagraph", number="a",
                     eid="para_z__point_a", position=99, text="fisheries management"))
    db.flush()
    for q in ("assistance_fisheries", "fisheries_requests", "fisheries_management"):
        assert searched(db, ObligationFilter(q=q)) == recount(db, ObligationFilter(q=q)), q
    assert recount(db, ObligationFilter(q="fisheries_management")) == [ob.id]


def _check(db, *queries: str) -> None:
    for q in queries:
        flt = ObligationFilter(q=q)
        assert searched(db, flt) == recount(db, flt), q


def test_documents_follow_import_reimport_correction_and_deletion(db):
    import_resolution(db, seed(), CLI, today=SEED_TODAY, source_text=seed_text())
    db.flush()
    _check(db, "importance", "INTERPOL", "access", "critical", "cybercrime")
    assert searched(db, ObligationFilter(q="importance"))

    # re-import: a paragraph's words changed
    said = "Acknowledges the importance of extending real-time access"
    changed = seed_text().replace(said, said.replace("the importance", "the critical xylophonic importance"))
    assert changed != seed_text()
    import_resolution(db, parse_text(changed), CLI, replace=True, today=SEED_TODAY, source_text=changed)
    db.flush()
    _check(db, "importance", "xylophonic", "critical")
    assert searched(db, ObligationFilter(q="xylophonic"))

    # an officer corrects a sub-paragraph's text (and a title), by hand
    sub = db.scalars(select(Paragraph).where(Paragraph.parent_id.is_not(None)).order_by(Paragraph.id)).first()
    assert sub is not None
    db.execute(update(Paragraph).where(Paragraph.id == sub.id).values(text="(a) quixotic wording"))
    db.execute(update(Resolution).values(title="Marimba cooperation"))
    _check(db, "quixotic", "marimba", "INTERPOL")
    assert searched(db, ObligationFilter(q="quixotic")) and searched(db, ObligationFilter(q="marimba"))

    # an item taken away, a sub-paragraph deleted, an obligation deleted, then the resolution
    item = db.scalars(select(ObligationItem).order_by(ObligationItem.id)).first()
    db.execute(delete(ObligationItem).where(ObligationItem.id == item.id))
    _check(db, "quixotic", "importance")
    db.execute(delete(Paragraph).where(Paragraph.id == sub.id))
    _check(db, "quixotic", "importance")
    assert not searched(db, ObligationFilter(q="quixotic"))
    first = db.scalars(select(Obligation.id).order_by(Obligation.id)).first()
    db.execute(delete(Obligation).where(Obligation.id == first))
    _check(db, "marimba", "importance")
    db.execute(delete(Resolution))
    db.expire_all()
    assert not searched(db, ObligationFilter(q="marimba"))
    documents = "SELECT count(*) FROM obligations_fts"
    assert db.scalar(text(documents)) == 0


def test_an_imported_item_deeper_than_a_sub_paragraph_is_in_its_obligations_document(db):
    """An obligation's items that are its own sub-paragraphs add nothing to its document (their
    words are there already), the triggers skip them; a deeper point ("b (i)") is not a
    sub-paragraph of the obligation's paragraph, and its words come in with its item."""
    from tracker.parsing import ObligationKind, OperativeParagraph, ParsedResolution
    from tracker.parsing.types import SubParagraph

    parsed = ParsedResolution(
        symbol="A/RES/79/950", body="GA", session=79, adopted_on=dt.date(2024, 12, 1), title="Points",
        operative=[OperativeParagraph(
            number="1", text="Requests the Secretary-General to report on the following:", action="requests",
            kind=ObligationKind.REPORT, eid="para_1", actors=["Secretary-General"],
            subparagraphs=[
                SubParagraph("a", "(a) marimbas;", eid="para_1__point_a"),
                SubParagraph("b", "(b) other instruments:", eid="para_1__point_b", subparagraphs=[
                    SubParagraph("i", "(i) xylophones", eid="para_1__point_b__point_i"),
                ]),
            ],
        )],
    )
    result = import_resolution(db, parsed, CLI, today=SEED_TODAY)
    db.flush()
    ob = db.scalars(select(Obligation).where(Obligation.resolution_id == result.resolution.id)).one()
    assert [i.label for i in ob.items] == ["a", "b", "b (i)"]
    _check(db, "xylophones", "marimbas", "instruments")
    assert searched(db, ObligationFilter(q="xylophones")) == [ob.id]
    assert searched(db, ObligationFilter(q="marimbas")) == [ob.id]


def test_a_document_refreshed_while_its_obligation_is_deleted_goes_with_it_on_postgresql(db_factory):
    """0024: no foreign key ties a document to its obligation (its check locked each obligation an
    import had just inserted). A refresh locks the obligations whose documents it writes, as the
    key's check did: a deletion running meanwhile waits for it, then deletes the new document too,
    where it would otherwise delete the old one only and leave the new one without an obligation."""
    import threading

    first, second, watch = db_factory(), db_factory(), db_factory()
    if first.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL's row locks")
    try:
        import_resolution(first, seed(), CLI, today=SEED_TODAY)
        first.commit()
        ob = first.scalars(select(Obligation).order_by(Obligation.id)).first()
        paragraph_id, ob_id = ob.paragraph_id, ob.id
        # the obligation's paragraph corrected: its document refreshed, not yet committed
        first.execute(update(Paragraph).where(Paragraph.id == paragraph_id).values(text="Quixotic wording"))
        pid = second.scalar(text("SELECT pg_backend_pid()"))
        deleting = threading.Thread(target=lambda: (
            second.execute(delete(Obligation).where(Obligation.id == ob_id)), second.commit()))
        deleting.start()
        waiting = "SELECT count(*) FROM pg_stat_activity WHERE pid = :pid AND wait_event_type = 'Lock'"
        for _ in range(200):
            if watch.scalar(text(waiting), {"pid": pid}):
                break
            watch.rollback()
            deleting.join(0.05)
        first.commit()
        deleting.join(10)
        assert not deleting.is_alive()
        left = watch.scalar(text("SELECT count(*) FROM obligations_fts AS f WHERE NOT EXISTS"
                                 " (SELECT 1 FROM obligations AS o WHERE o.id = f.obligation_id)"))
        assert left == 0
    finally:
        for session in (first, second, watch):
            session.rollback()
            session.close()
