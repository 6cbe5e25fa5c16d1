"""Plain rows say what the mapped obligations say: the API and the resolution page read rows
(``tracker.services.rows``), the exports and the officer pages mapped objects."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import undefer

from tests.api.conftest import import_seed
from tests.factories import gen_entity, gen_obligation, gen_resolution
from tests.statements import sent_statements, subqueries
from tracker.models import CandidateStatus, Evidence, Obligation, ObligationItem, OwnerCandidate, Paragraph
from tracker.parsing import ObligationKind, OperativeParagraph, ParsedResolution
from tracker.services import curation, rows
from tracker.services.actors import Actor
from tracker.services.exports import OBLIGATION_DICT_LOADS, obligation_dict
from tracker.services.importing import import_resolution
from tracker.services.search import ObligationFilter, search_obligations

TODAY = dt.date(2026, 11, 27)


def _register(db) -> list[int]:
    """The seed (owners, sub-paragraph items) and obligations of every kind and state beside it."""
    import_seed(db)
    r = gen_resolution(db)
    b, a = gen_entity(db, "Bravo office"), gen_entity(db, "Alpha office")
    report = gen_obligation(db, r, owners=[b, a], due_on=TODAY - dt.timedelta(days=3),
                            deadline_body="GA", deadline_session=81,
                            deadline_text="at its eighty-first session",
                            deadlines=[{"kind": "session", "session": 81}])
    sub = Paragraph(resolution=r, parent=report.paragraph, kind="subparagraph", number="a", eid="para_1__a",
                    position=50, text="(a) a part")
    db.add(sub)
    report.items = [ObligationItem(paragraph=sub, label="(a)", position=0, is_done=True)]
    report.evidence = [Evidence(kind="symbol", value="A/81/1"), Evidence(kind="link", value="https://un.org/x")]
    old = gen_obligation(db, r, kind="mandate", expires_on=TODAY + dt.timedelta(days=30))
    gen_obligation(db, r, kind="mandate", expires_on=TODAY - dt.timedelta(days=1), renewed_by=old)
    gen_obligation(db, r, kind="declaratory", status="not_applicable")
    gen_obligation(db, r, kind="exhortation", status="ongoing", owners=[a])
    db.flush()
    return sorted(db.scalars(select(Obligation.id)))


def test_a_row_gives_the_json_of_the_mapped_obligation(db):
    ids = _register(db)
    db.expire_all()
    mapped = {o.id: o for o in db.scalars(select(Obligation).options(*OBLIGATION_DICT_LOADS))}
    found = rows.obligations_by_id(db, [*reversed(ids), 10**9])  # the order asked for; none missing
    assert [row.id for row in found] == list(reversed(ids))
    assert any(row.items for row in found) and any(row.evidence for row in found)
    assert any(len(row.owners) > 1 for row in found)
    for row in found:
        o = mapped[row.id]
        assert obligation_dict(row, TODAY, "https://x.example") == obligation_dict(o, TODAY, "https://x.example")
        assert (row.symbol, row.paragraph_number, row.part, row.eid, row.text) == (
            o.resolution.symbol, o.paragraph.number, o.paragraph.part, o.paragraph.eid, o.paragraph.text)


def test_a_resolutions_rows_are_its_obligations_in_paragraph_order(db):
    _register(db)
    resolution_id = db.scalars(select(Obligation.resolution_id).where(Obligation.kind == "mandate")).first()
    db.expire_all()
    mapped = list(db.scalars(select(Obligation).where(Obligation.resolution_id == resolution_id)
                             .order_by(Obligation.paragraph_id, Obligation.occurrence)))
    found = rows.resolution_obligations(db, resolution_id)
    assert [row.id for row in found] == [o.id for o in mapped]
    for row, o in zip(found, mapped, strict=True):
        assert [(e.id, e.name) for e in row.owners] == [(e.id, e.name) for e in o.owners]
        assert [i.is_done for i in row.items] == [i.is_done for i in o.items]
        assert (row.is_tracked, row.is_mandate, row.is_declaratory, row.is_standing) == (
            o.is_tracked, o.is_mandate, o.is_declaratory, o.is_standing)
        assert row.is_overdue(TODAY) == o.is_overdue(TODAY)
        assert row.mandate_state(TODAY) == o.mandate_state(TODAY)
    assert {row.mandate_state(TODAY) for row in found} >= {"expiring", "renewed"}
    assert any(row.is_overdue(TODAY) for row in found)


def test_rows_by_id_bind_the_ids_as_one_parameter_and_read_no_table_whole(db):
    """A page's ids are one parameter (``tracker.db.among``): the statements are the same text for
    2 ids or all of them (an expanding IN wrote one parameter per id into each, at every
    execution), one statement with the owners, items and evidence, and it finds its rows through
    an index (SQLite's plan: no ``SCAN`` of a table; the ids' own ``json_each`` is read whole, as
    an IN list would be, and so is each obligation's ordered owners, items and evidence)."""
    ids = _register(db)
    sent = {}
    for some in (ids[:2], ids):
        with sent_statements(db.get_bind()) as statements:
            assert [row.id for row in rows.obligations_by_id(db, some)] == some
        sent[len(some)] = statements
    assert [s for s, _ in sent[2]] == [s for s, _ in sent[len(ids)]] and len(sent[2]) == 1
    if db.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's planner scans tables this small whatever the indexes
    conn = db.connection()
    steps = [row[-1] for statement, params in sent[len(ids)]
             for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
    assert any("json_each" in step for step in steps)
    # each obligation's owners, items and evidence are ordered in a subquery of its own, read whole
    # as the ids are
    assert not [step for step in steps if step.startswith("SCAN") and "json_each" not in step
                and step.split()[1] not in subqueries(steps)], steps


def test_postgresql_looks_each_owner_up_by_its_key(db):
    """On PostgreSQL an obligation's owners read their entities through a fenced ``LATERAL`` look-up
    by key, not a join the planner may make by hashing the whole entities table again for every
    row of a page; the fence is ``LIMIT 1``, so that a scan of a small entities table stops at the
    owner's entity (``OFFSET 0`` read every entity for every owner); the same owners, in name
    order."""
    ids = _register(db)
    with sent_statements(db.get_bind()) as statements:
        found = rows.obligations_by_id(db, ids)
    assert ["Alpha office", "Bravo office"] in [[e.name for e in row.owners] for row in found]
    if db.get_bind().dialect.name != "postgresql":
        return
    (statement, _params), = statements
    assert "JOIN LATERAL (SELECT entities.id AS id, entities.name AS name" in statement
    assert "LIMIT 1) AS owner_entity" in statement and "OFFSET" not in statement


def test_a_row_knows_an_owner_it_names_is_not_yet_confirmed(db):
    """A/RES/80/43 6 "Encourages the Chair-designate of the 2027 Meeting of States to conduct
    discussions …": the register knows no "Chair-designate", so the name is an owner candidate
    waiting for a reviewer, owning nothing. Every statement of rows (by id, a resolution's, a
    search page's) says so of the row (``owner_unconfirmed``) without the name, and so does the
    mapped obligation; a rejected candidate no longer counts, and a paragraph naming nobody never
    did."""
    chair = "Chair-designate of the 2027 Meeting of States"
    parsed = ParsedResolution(
        symbol="A/RES/80/43", body="GA", session=80, adopted_on=dt.date(2025, 12, 1), title="Small arms",
        operative=[
            OperativeParagraph(number="6", text=f"Encourages the {chair} to conduct discussions;",
                               action="encourages", kind=ObligationKind.ACTION, actors=[chair], eid="para_6"),
            OperativeParagraph(number="7", text="Requests the Secretary-General to report;",
                               action="requests", kind=ObligationKind.REPORT, actors=["Secretary-General"],
                               eid="para_7"),
            OperativeParagraph(number="8", text="Decides to remain seized of the matter;",
                               action="decides", kind=ObligationKind.ACTION, actors=[], eid="para_8"),
        ])
    import_resolution(db, parsed, Actor.system("cli"), today=TODAY, publish=True)
    db.flush()

    def flags() -> dict[str, list[tuple[list[str], bool]]]:
        db.expire_all()
        loaded = select(Obligation).options(undefer(Obligation.owner_unconfirmed))
        mapped = {o.id: o for o in db.scalars(loaded)}
        numbers = {o.id: o.paragraph.number for o in mapped.values()}
        ids = sorted(mapped)
        found = {
            "by_id": rows.obligations_by_id(db, ids),
            "list": rows.list_rows(db, ids),
            "resolution": rows.resolution_obligations(db, mapped[ids[0]].resolution_id),
            "search": search_obligations(db, ObligationFilter(), TODAY, details=True).items,
            "mapped": list(mapped.values()),
        }
        return {how: sorted((numbers[r.id], [e.name for e in r.owners], r.owner_unconfirmed) for r in some)
                for how, some in found.items()}

    expected = [("6", [], True), ("7", ["Secretary-General"], False), ("8", [], False)]
    assert flags() == dict.fromkeys(("by_id", "list", "resolution", "search", "mapped"), expected)
    candidate = db.scalars(select(OwnerCandidate)).one()
    assert candidate.status == CandidateStatus.PENDING
    curation.reject_candidate(db, candidate, actor=Actor.system("cli"),
                              now=dt.datetime(2026, 11, 27, tzinfo=dt.UTC))
    expected[0] = ("6", [], False)
    assert flags() == dict.fromkeys(("by_id", "list", "resolution", "search", "mapped"), expected)
