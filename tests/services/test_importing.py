"""The import service: one transaction from a parsed resolution to obligations with owners and dates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.factories import gen_entity, gen_user
from tests.services.seed import TODAY, parse_text, seed, seed_text
from tests.statements import sent_statements
from tracker.db import Base, transaction
from tracker.models import (
    AuditEntry,
    DocumentReference,
    Entity,
    Footnote,
    HistoryEntry,
    Obligation,
    ObligationItem,
    Paragraph,
    Resolution,
)
from tracker.parsing import Deadline, DeadlineKind, ObligationKind, OperativeParagraph, ParsedResolution
from tracker.parsing.types import SubParagraph
from tracker.services import importing
from tracker.services.actors import Actor, PermissionDenied
from tracker.services.calendar import next_occurrence
from tracker.services.importing import AlreadyImported, import_resolution

CLI = Actor.system("cli")


def paragraph_uri(resolution, paragraph) -> str:
    """A paragraph's stable identifier, Akoma Ntoso style: ``A/RES/71/19#para_3__point_b``."""
    return f"{resolution.symbol}#{paragraph.eid}"


def obligations_by_number(db, symbol: str = "A/RES/71/19") -> dict[str, Obligation]:
    rows = db.scalars(
        select(Obligation).join(Resolution).where(Resolution.symbol == symbol)
        .order_by(Obligation.id)
    ).all()
    return {o.paragraph.number: o for o in rows}


def counts(db) -> dict[str, int]:
    return {t.name: db.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_seed_import_gives_obligations_with_owners_dates_and_status(db):
    result = import_resolution(db, seed(), CLI, today=TODAY, source_text=seed_text(), filename="seed.txt")
    db.commit()
    assert (result.symbol, result.obligations, result.with_due) == ("A/RES/71/19", 6, 2)
    obs = obligations_by_number(db)
    assert sorted(obs) == ["1", "2", "3", "4", "5", "6"]
    for n in "1234":  # standing calls are ongoing; declaratory paragraphs ask nothing of anyone
        expected = "not_applicable" if obs[n].kind == "declaratory" else "ongoing"
        assert obs[n].status == expected and obs[n].due_on is None
    for n in "56":
        assert obs[n].status == "not_started"
        assert obs[n].due_on == dt.date(2018, 9, 18)
        assert "GA session 73 opens 2018-09-18" in obs[n].due_derivation
        assert "57/301" in obs[n].due_derivation
        assert obs[n].target_on == dt.date(2018, 9, 18) - dt.timedelta(days=42)
        assert (obs[n].deadline_body, obs[n].deadline_session) == ("GA", 73)
    assert [e.name for e in obs["5"].owners] == ["Secretary-General"]
    assert {e.name for e in obs["1"].owners} == {"United Nations", "INTERPOL"}
    assert [i.label for i in obs["3"].items] == ["a", "b", "c", "d", "e"]
    assert obs["3"].items[1].paragraph.eid == "para_3__point_b"
    assert obs["5"].deadlines[0]["session"] == 73 and obs["5"].deadline_text
    assert obs["5"].kind == "report" and obs["6"].kind == "agenda"
    # a history entry per obligation, an audit entry for the import
    created = select(func.count()).select_from(HistoryEntry).where(HistoryEntry.field == "created")
    assert db.scalar(created) == 6
    audit = db.scalars(select(AuditEntry).where(AuditEntry.action == "import_resolution")).one()
    assert audit.details["obligations"] == 6
    resolution = result.resolution
    kinds = db.execute(select(Paragraph.kind, func.count()).where(Paragraph.resolution_id == resolution.id)
                       .group_by(Paragraph.kind)).all()
    assert dict(kinds) == {"preambular": 13, "operative": 6, "subparagraph": 5}
    notes = db.scalars(select(Footnote).where(Footnote.resolution_id == resolution.id)).all()
    assert [n.marker for n in notes] == ["1", "2", "3"]
    assert "Treaty Series" in notes[0].text
    refs = set(db.scalars(
        select(DocumentReference.symbol).where(DocumentReference.resolution_id == resolution.id)))
    assert "A/RES/51/1" in refs
    assert resolution.source_text.startswith("United Nations") and resolution.published_at is not None


def test_known_actors_are_not_flagged_and_unknown_ones_become_candidates_for_review(db):
    parsed = ParsedResolution(
        symbol="A/RES/80/999", body="GA", session=80, adopted_on=dt.date(2025, 12, 1), title="Test",
        operative=[OperativeParagraph(
            number="1", text="Requests the Secretary-General and the Committee of Nobody to act;",
            action="requests", kind=ObligationKind.ACTION,
            actors=["Secretary-General", "Committee of Nobody"], eid="para_1",
        )],
    )
    result = import_resolution(db, parsed, CLI, today=TODAY)
    obligation = obligations_by_number(db, "A/RES/80/999")["1"]
    assert [e.name for e in obligation.owners] == ["Secretary-General"]
    assert [c.name for c in obligation.candidates] == ["Committee of Nobody"]
    assert obligation.needs_review and "Committee of Nobody" in obligation.review_note
    assert result.new_entities == ["Committee of Nobody"]
    assert list(db.scalars(select(Entity.name))) == ["Secretary-General"]


def test_actors_match_existing_entities_by_alias_case_insensitively(db):
    custom = gen_entity(db, "Executive Office of the Secretary-General", aliases=("secretary-general",))
    import_resolution(db, seed(), CLI, today=TODAY)
    assert obligations_by_number(db)["5"].owners == [custom]


def test_reimport_is_refused_unless_replacing(db):
    import_resolution(db, seed(), CLI, today=TODAY)
    with pytest.raises(AlreadyImported, match="already imported"):
        import_resolution(db, seed(), CLI, today=TODAY)


def test_only_those_who_may_import_can(db):
    delegation = Actor.for_user(gen_user(db, role="delegation"))
    officer = Actor.for_user(gen_user(db, role="officer"))
    for actor in (delegation, officer):
        with pytest.raises(PermissionDenied) as refused:
            import_resolution(db, seed(), actor, today=TODAY)
        assert str(refused.value) == f"{actor.name} may not import resolutions"
    importer = Actor.for_user(gen_user(db, role="officer", can_import=True))
    assert import_resolution(db, seed(), importer, today=TODAY).obligations == 6


def test_failure_in_the_middle_leaves_the_database_as_it_was(db_factory, monkeypatch):
    other = parse_text(seed_text().replace("A/RES/71/19", "A/RES/71/99").replace("71/19.", "71/99."))
    with transaction(db_factory) as session:
        import_resolution(session, other, CLI, today=TODAY)
    with db_factory() as session:
        before = counts(session)
    assert before["obligations"] == 6

    def boom(self, *args, **kwargs):
        raise RuntimeError("disk full")

    # after paragraphs, obligations, owners, items and history went in, before the footnotes
    monkeypatch.setattr(importing.rows, "add_footnotes_and_references", boom)
    with pytest.raises(RuntimeError, match="disk full"), transaction(db_factory) as session:
        import_resolution(session, seed(), CLI, today=TODAY)
        pytest.fail("not reached")
    with db_factory() as session:
        assert counts(session) == before


def _history_fields(obligation: Obligation) -> list[str]:
    return [h.field for h in obligation.history]


def test_replace_keeps_unchanged_obligations_and_flags_the_changed_one(db):
    import_resolution(db, seed(), CLI, today=TODAY)
    obs = obligations_by_number(db)
    ids = {n: o.id for n, o in obs.items()}
    five = obs["5"]
    five.status = "in_progress"
    db.add(HistoryEntry(obligation=five, actor="officer", field="status", old_value="not_started",
                        new_value="in_progress", comment="drafting"))
    db.commit()

    changed = seed_text().replace(
        "Acknowledges the importance of extending real-time access",
        "Acknowledges the critical importance of extending real-time access",
    )
    assert changed != seed_text()
    result = import_resolution(db, parse_text(changed), CLI, replace=True, today=TODAY)
    db.commit()
    db.expire_all()
    assert (result.unchanged, result.changed, result.added, result.removed) == (5, 1, 0, 0)
    obs = obligations_by_number(db)
    assert {n: o.id for n, o in obs.items()} == ids
    assert obs["5"].status == "in_progress"
    assert _history_fields(obs["5"]) == ["created", "status"]
    assert not obs["5"].needs_review
    assert _history_fields(obs["4"]) == ["created", "reimport"]
    entry = obs["4"].history[-1]
    assert "critical" not in entry.old_value["text"] and "critical" in entry.new_value["text"]
    assert obs["4"].needs_review and "changed" in obs["4"].review_note
    assert "critical" in obs["4"].paragraph.text
    for n in "1236":
        assert _history_fields(obs[n]) == ["created"] and not obs[n].needs_review
    assert [i.label for i in obs["3"].items] == ["a", "b", "c", "d", "e"]


def test_replace_never_overwrites_reviewed_fields(db):
    import_resolution(db, seed(), CLI, today=TODAY)
    officer = gen_entity(db, "Office of Legal Affairs (demo)")
    five = obligations_by_number(db)["5"]
    five.owners = [officer]
    five.kind = "action"
    five.reviewed_fields = ["owners", "kind"]
    db.commit()
    changed = seed_text().replace("a report on the implementation",
                                  "a comprehensive report on the implementation")
    import_resolution(db, parse_text(changed), CLI, replace=True, today=TODAY)
    db.commit()
    db.expire_all()
    five = obligations_by_number(db)["5"]
    assert [e.name for e in five.owners] == ["Office of Legal Affairs (demo)"]
    assert five.kind == "action"
    assert "comprehensive" in five.paragraph.text
    assert five.history[-1].field == "reimport"


def test_replace_marks_removed_paragraphs_not_applicable_and_keeps_added_ones(db):
    import_resolution(db, seed(), CLI, today=TODAY)
    text = seed_text()
    start = text.index("- 4. Acknowledges")
    end = text.index("- 5. Requests")
    # paragraph 4 goes; 5 and 6 move up a number; a new 6 (was 6) stays the same text
    shortened = text[:start] + text[end:].replace("- 5. Requests", "- 4. Requests", 1).replace(
        "- 6. Decides", "- 5. Decides", 1)
    result = import_resolution(db, parse_text(shortened), CLI, replace=True, today=TODAY)
    db.commit()
    db.expire_all()
    assert (result.unchanged, result.changed, result.removed) == (5, 0, 1)
    rows = db.scalars(select(Obligation).order_by(Obligation.id)).all()
    assert len(rows) == 6
    removed = rows[3]
    assert removed.status == "not_applicable" and removed.needs_review
    assert removed.paragraph.removed_at is not None and not removed.paragraph.current
    assert removed.paragraph.eid == "para_4"  # its eId as printed; the current para_4 is the report
    # a declaratory paragraph was not applicable from the start: no status change to record
    assert [h.field for h in removed.history] == ["created", "reimport"] + (
        [] if removed.kind == "declaratory" else ["status"])
    # the report (was 5, now 4) kept its obligation and due date under its new number
    report = rows[4]
    assert report.paragraph.number == "4" and report.paragraph.eid == "para_4"
    assert report.due_on == dt.date(2018, 9, 18) and [h.field for h in report.history] == ["created"]


def test_nested_subparagraphs_become_items_with_nested_labels(db):
    parsed = ParsedResolution(
        symbol="S/RES/9999 (2025)", body="SC", session=None, adopted_on=dt.date(2025, 3, 1), title="Test",
        operative=[OperativeParagraph(
            number="2", text="Decides that the mandate shall be: (a) one; (b) two: (i) x; (ii) y",
            action="decides", kind=ObligationKind.ACTION, eid="para_2",
            deadlines=[Deadline(DeadlineKind.DATE, "until 31 May 2025", date=dt.date(2025, 5, 31))],
            subparagraphs=[
                SubParagraph("a", "one;", eid="para_2__point_a"),
                SubParagraph("b", "two:", eid="para_2__point_b", subparagraphs=[
                    SubParagraph("i", "x;", eid="para_2__point_b__point_i"),
                    SubParagraph("ii", "y", eid="para_2__point_b__point_ii"),
                ]),
            ],
        )],
    )
    result = import_resolution(db, parsed, CLI, today=dt.date(2025, 3, 2))
    obligation = obligations_by_number(db, "S/RES/9999 (2025)")["2"]
    assert [i.label for i in obligation.items] == ["a", "b", "b (i)", "b (ii)"]
    sub = obligation.items[3].paragraph
    assert sub.parent.eid == "para_2__point_b" and sub.parent.parent.eid == "para_2"
    assert paragraph_uri(result.resolution, sub) == "S/RES/9999 (2025)#para_2__point_b__point_ii"
    assert obligation.due_on == dt.date(2025, 5, 31) and obligation.status == "not_started"
    assert db.scalar(select(func.count()).select_from(ObligationItem)) == 4


def test_a_points_own_points_come_right_after_it_among_the_items_on_import_and_reimport(db):
    """The checklist reads as the paragraph does: (a), (a) (i), (a) (ii), (b), not level by level."""
    def parsed(last: str) -> ParsedResolution:
        return ParsedResolution(
            symbol="S/RES/9998 (2025)", body="SC", session=None, adopted_on=dt.date(2025, 3, 1), title="Test",
            operative=[OperativeParagraph(
                number="1", text=f"Requests the Secretary-General: (a) to consult: (i) x; (ii) y; (b) {last}",
                action="requests", kind=ObligationKind.ACTION, actors=["Secretary-General"],
                subparagraphs=[
                    SubParagraph("a", "to consult:",
                                 subparagraphs=[SubParagraph("i", "x;"), SubParagraph("ii", "y;")]),
                    SubParagraph("b", last),
                ],
            )],
        )

    import_resolution(db, parsed("to report."), CLI, today=dt.date(2025, 3, 2))
    obligation = obligations_by_number(db, "S/RES/9998 (2025)")["1"]
    assert [i.label for i in obligation.items] == ["a", "a (i)", "a (ii)", "b"]
    import_resolution(db, parsed("to report twice."), CLI, replace=True, today=dt.date(2025, 3, 2))
    db.expire_all()
    obligation = obligations_by_number(db, "S/RES/9998 (2025)")["1"]
    assert [(i.label, i.paragraph.text) for i in obligation.items] == [
        ("a", "to consult:"), ("a (i)", "x;"), ("a (ii)", "y;"), ("b", "to report twice.")]


def test_recurring_deadline_due_next_and_next_occurrence_follows(db):
    parsed = ParsedResolution(
        symbol="S/RES/9998 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 8, 30), title="Test",
        operative=[OperativeParagraph(
            number="5", text="Requests the Secretary-General to report every four months;",
            action="requests", kind=ObligationKind.REPORT, actors=["Secretary-General"], eid="para_5",
            deadlines=[Deadline(DeadlineKind.RECURRING, "every four months", every="P4M")],
        )],
    )
    import_resolution(db, parsed, CLI, today=dt.date(2025, 1, 10))
    first = obligations_by_number(db, "S/RES/9998 (2024)")["5"]
    assert first.recurrence == "P4M"
    assert first.due_on == dt.date(2025, 4, 30)  # 30 Dec 2024 passed; the next is 30 April
    first.status = "completed"
    following = next_occurrence(db, first, dt.date(2025, 4, 28), actor=CLI)
    assert following.occurrence == 2 and following.due_on == dt.date(2025, 8, 30)
    assert following.status == "not_started" and following.owners == first.owners
    assert next_occurrence(db, first, dt.date(2025, 4, 28)) is following


def test_a_delay_from_the_adoption_is_due_on_the_day_the_parser_dates(db):
    # "within six months of the adoption of the present resolution", adopted 21 November 2016: due on 21
    # May 2017, six calendar months on (the parser's date, whose days the register counts), not 180 days on
    text = seed_text().replace("at its seventy-third session a report",
                               "within six months of the adoption of the present resolution a report")
    parsed = parse_text(text)
    (deadline,) = parsed.operative[4].deadlines
    assert (deadline.date, deadline.days) == (dt.date(2017, 5, 21), 181)
    import_resolution(db, parsed, CLI, today=TODAY)
    report = obligations_by_number(db)["5"]
    # … and explained in the resolution's unit
    assert report.due_on == dt.date(2017, 5, 21) and report.due_derivation == (
        "due 2017-05-21, six months after adoption on 2016-11-21")


def test_paragraph_uri_of_the_seed(db):
    result = import_resolution(db, seed(), CLI, today=TODAY)
    point = db.scalars(select(Paragraph).where(Paragraph.resolution_id == result.resolution.id,
                                               Paragraph.eid == "para_3__point_b")).one()
    assert paragraph_uri(result.resolution, point) == "A/RES/71/19#para_3__point_b"


def _many(symbol: str, n: int) -> ParsedResolution:
    """A resolution of ``n`` operative paragraphs, each with a deadline, an owner, two
    sub-paragraphs (one nested) and a footnote."""
    from tracker.parsing.types import Footnote as ParsedFootnote

    return ParsedResolution(
        symbol=symbol, body="GA", session=79, adopted_on=dt.date(2024, 12, 1), title="Many",
        footnotes=[ParsedFootnote(str(i), f"Resolution 70/{i}.") for i in range(1, n + 1)],
        operative=[
            OperativeParagraph(
                number=str(i), text=f"Requests the Secretary-General to report on item {i};",
                action="requests", kind=ObligationKind.REPORT, eid=f"para_{i}", actors=["Secretary-General"],
                deadlines=[Deadline(DeadlineKind.DATE, "by 1 May 2025", date=dt.date(2025, 5, 1))],
                footnotes=[str(i)], references=[f"A/RES/70/{i}"],
                subparagraphs=[
                    SubParagraph("a", "one;", eid=f"para_{i}__point_a"),
                    SubParagraph("b", "two:", eid=f"para_{i}__point_b", subparagraphs=[
                        SubParagraph("i", "x", eid=f"para_{i}__point_b__point_i"),
                    ]),
                ],
            )
            for i in range(1, n + 1)
        ],
    )


def _import_statements(db, engine, n: int) -> list[str]:
    """The statements importing ``_many`` of ``n`` paragraphs sends, the import committed."""
    with sent_statements(engine) as sent:
        result = import_resolution(db, _many(f"A/RES/79/{900 + n}", n), CLI, today=TODAY)
        db.commit()
    assert result.obligations == n
    return [statement for statement, _parameters in sent]


def test_an_import_takes_the_same_statements_for_3_paragraphs_as_for_30(db, engine):
    """Rows go in as one multi-row INSERT per table (and per level of sub-paragraphs), never one
    per row: on SQLite, ids asked for in the order of the rows used to cost an INSERT per row."""
    gen_entity(db, "Secretary-General")
    db.commit()
    assert len(_import_statements(db, engine, 3)) == len(_import_statements(db, engine, 30))
    obligation = obligations_by_number(db, "A/RES/79/930")["30"]
    assert [i.label for i in obligation.items] == ["a", "b", "b (i)"]
    assert [e.name for e in obligation.owners] == ["Secretary-General"]
    assert obligation.paragraph.footnotes[0].text == "Resolution 70/30."
    assert db.scalar(select(func.count()).select_from(Paragraph)) == 4 * 33


def test_on_postgresql_an_import_sends_the_same_statement_texts_for_3_paragraphs_as_for_30(db, engine):
    """On PostgreSQL each table's rows go as one array per column (``rows._pg_insert``), so no
    statement's text depends on the number of rows: the driver converts it once and the server
    prepares it once. A multi-row VALUES (SQLAlchemy's own INSERT of many rows, which the other
    databases take) is a new text for every number of rows."""
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's array INSERTs")
    gen_entity(db, "Secretary-General")
    db.commit()
    assert _import_statements(db, engine, 3) == _import_statements(db, engine, 30)


def test_the_import_never_stores_a_value_cut_to_its_column(db):
    """A string longer than its column is refused (PostgreSQL) or kept whole (SQLite, which has no
    lengths), never silently cut, as with the INSERTs the ORM writes."""
    from sqlalchemy.exc import DBAPIError

    from tracker.models import Footnote
    from tracker.services.importing import rows

    resolution = import_resolution(db, parse_text(seed_text()), Actor.system("cli"), today=TODAY).resolution
    marker = "x" * (Footnote.__table__.c.marker.type.length + 1)
    try:
        rows.insert_rows(db, Footnote, [{"resolution_id": resolution.id, "marker": marker, "text": "a note",
                                         "position": 99}], key="position")
    except DBAPIError:
        return
    assert db.scalar(select(Footnote.marker).where(Footnote.position == 99)) == marker


def test_a_reimport_leaves_every_other_resolution_as_it_was(db):
    """Another resolution with the same words (a text adopted again under a new symbol): none of its
    paragraphs, footnotes or obligations is touched by re-importing the first."""
    import dataclasses

    import_resolution(db, seed(), CLI, today=TODAY)
    import_resolution(db, dataclasses.replace(seed(), symbol="A/RES/71/20"), CLI, today=TODAY)
    db.commit()

    def state(symbol):
        db.expire_all()
        r = db.scalars(select(Resolution).where(Resolution.symbol == symbol)).one()
        return ([(p.id, p.kind, p.eid, p.text, p.removed_at) for p in r.paragraphs],
                [(f.id, f.text) for f in r.footnotes], [(x.id, x.symbol) for x in r.references],
                sorted(db.execute(select(Obligation.id, Obligation.paragraph_id, Obligation.status,
                                         Obligation.due_on).where(Obligation.resolution_id == r.id)).all()))

    other = state("A/RES/71/20")
    changed = seed()
    changed.operative = changed.operative[1:]  # paragraph 1 dropped
    result = import_resolution(db, changed, CLI, replace=True, today=TODAY)
    db.commit()
    assert result.removed == 1
    assert state("A/RES/71/20") == other
