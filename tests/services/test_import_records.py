"""What an import records, field by field: the resolution as parsed and who imported it when; each
obligation's starting row and its "created" entry; eIds unique and as printed; a symbol held
under another spelling is the same resolution."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_user
from tests.services.seed import TODAY, seed
from tracker.models import (
    AuditEntry,
    DocumentReference,
    Footnote,
    HistoryEntry,
    Obligation,
    Paragraph,
    Resolution,
    paragraph_footnotes,
)
from tracker.parsing import Deadline, DeadlineKind, ObligationKind, OperativeParagraph, ParsedResolution
from tracker.parsing.types import Annex, PreambularParagraph, SubParagraph
from tracker.parsing.types import Footnote as ParsedFootnote
from tracker.services.actors import Actor
from tracker.services.importing import AlreadyImported, find_resolution, import_resolution, symbol_variants

CLI = Actor.system("cli")
NOW = dt.datetime(2025, 2, 3, 10, 30, tzinfo=dt.UTC)


def _parsed(**kw) -> ParsedResolution:
    fields = {
        "symbol": "A/RES/79/500", "body": "GA", "session": 79, "adopted_on": dt.date(2024, 12, 1),
        "title": "Records", "operative": [OperativeParagraph(
            number="1", text="Requests the Secretary-General to report by 1 May 2025;", action="requests",
            kind=ObligationKind.REPORT, actors=["Secretary-General"], eid="para_1",
            deadlines=[Deadline(DeadlineKind.DATE, "by 1 May 2025", date=dt.date(2025, 5, 1))])],
    }
    return ParsedResolution(**(fields | kw))


def test_the_resolution_keeps_what_the_parser_read_and_who_imported_it_when(db):
    importer = gen_user(db, role="officer", can_import=True, name="Ada Importer")
    parsed = _parsed(
        distributed_on=dt.date(2024, 12, 5), agenda_items=["Item 12"], meeting="50th plenary meeting",
        draft_symbols=["A/79/L.5"], committee_note="[on the report of the Third Committee (A/79/400)]",
        source_format="pdf", warnings=["paragraph 3 missing"],
        annexes=[Annex(number=1, title="Declaration")],
    )
    result = import_resolution(db, parsed, Actor.for_user(importer), today=TODAY, now=NOW,
                               source_text="the text", filename="a.pdf", publish=False)
    db.commit()
    db.expire_all()
    r = db.get(Resolution, result.resolution.id)
    assert (r.symbol, r.body, r.session, r.title, r.adopted_on, r.distributed_on) == (
        "A/RES/79/500", "GA", 79, "Records", dt.date(2024, 12, 1), dt.date(2024, 12, 5))
    assert (r.agenda_items, r.meeting, r.draft_symbols) == (["Item 12"], "50th plenary meeting", ["A/79/L.5"])
    assert r.committee_note == "[on the report of the Third Committee (A/79/400)]"
    assert (r.source_format, r.source_filename, r.source_text) == ("pdf", "a.pdf", "the text")
    assert r.parse_warnings == ["paragraph 3 missing"]
    assert r.annexes == [{"number": 1, "title": "Declaration"}]
    assert (r.imported_at, r.imported_by_id, r.updated_at, r.published_at) == (NOW, importer.id, NOW, None)
    # the history and the audit name the importer, not "import"
    (created,) = db.scalars(select(HistoryEntry)).all()
    assert (created.actor, created.user_id, created.at) == ("Ada Importer", importer.id, NOW)
    audit = db.scalars(select(AuditEntry).where(AuditEntry.action == "import_resolution")).one()
    assert audit.details["filename"] == "a.pdf" and audit.details["replaced"] is False


def test_a_resolution_without_annexes_records_none_and_the_command_line_is_import(db):
    result = import_resolution(db, _parsed(), CLI, today=TODAY, now=NOW)
    db.commit()
    assert result.resolution.annexes is None and result.resolution.published_at == NOW
    assert result.resolution.imported_by_id is None
    (created,) = db.scalars(select(HistoryEntry)).all()
    assert (created.actor, created.user_id) == ("import", None)
    assert created.comment == "imported from a parsed text"


def test_an_obligation_starts_as_its_row_says_with_a_created_entry(db):
    import_resolution(db, _parsed(), CLI, today=TODAY, now=NOW, filename="a.txt")
    db.commit()
    ob = db.scalars(select(Obligation)).one()
    assert (ob.occurrence, ob.version, ob.reviewed_fields) == (1, 1, [])
    assert (ob.status, ob.status_changed_at, ob.created_at, ob.updated_at) == ("not_started", NOW, NOW, NOW)
    assert (ob.due_on, ob.needs_review, ob.review_note) == (dt.date(2025, 5, 1), False, None)
    assert ob.due_derivation and ob.expires_on is None
    (created,) = ob.history
    assert (created.field, created.old_value, created.comment) == ("created", None, "imported from a.txt")
    assert created.new_value == {"status": "not_started", "due_on": "2025-05-01"}


def test_a_tracked_paragraph_with_no_deadline_and_a_standing_call_with_one_start_ongoing(db):
    parsed = _parsed()
    parsed.operative[0].deadlines = []  # "Requests the Secretary-General to report": no date given
    import_resolution(db, parsed, CLI, today=TODAY)
    ob = db.scalars(select(Obligation)).one()
    assert (ob.kind, ob.status, ob.due_on) == ("report", "ongoing", None)
    assert ob.history[0].new_value == {"status": "ongoing", "due_on": None}
    call = _parsed(symbol="A/RES/79/501")
    call.operative[0].kind = ObligationKind.EXHORTATION  # "Urges States to … by 1 May 2025": still a call
    import_resolution(db, call, CLI, today=TODAY)
    ob = db.scalars(select(Obligation).where(Obligation.kind == "exhortation")).one()
    assert (ob.status, ob.due_on) == ("ongoing", dt.date(2025, 5, 1))


def test_an_undated_deadline_says_why_in_its_derivation_and_its_created_entry_has_no_date(db):
    other = Deadline(DeadlineKind.SESSION, "at its next session", body="C34",
                     body_name="Special Committee on Peacekeeping Operations")
    parsed = _parsed()
    parsed.operative[0].deadlines = [other]
    import_resolution(db, parsed, CLI, today=TODAY)
    ob = db.scalars(select(Obligation)).one()
    assert ob.due_on is None and ob.target_on is None
    assert ob.due_derivation and ob.review_note == f"no due date: {ob.due_derivation}"
    assert ob.history[0].new_value == {"status": "not_started", "due_on": None}


def test_fields_are_cut_to_their_columns_and_a_long_body_name_is_not_a_session_view(db):
    parsed = _parsed()
    op = parsed.operative[0]
    op.action = "a" * 60
    long_body = Deadline(DeadlineKind.SESSION, "at its next session", body="X" * 17, session=5)
    op.deadlines = [long_body]
    # another producer's numbering of a point, and of a point within it
    op.subparagraphs = [SubParagraph("i" * 25, "to act:", subparagraphs=[SubParagraph("j" * 20, "now;")])]
    import_resolution(db, parsed, CLI, today=TODAY)
    ob = db.scalars(select(Obligation)).one()
    assert ob.action == "a" * 40
    # the point's number cut to its column (20), its item keeping the whole label up to its own (40):
    # the inner point's full label, "iii… (jjj…)", has 48 characters
    numbers = db.scalars(select(Paragraph.number).where(Paragraph.kind == "subparagraph")
                         .order_by(Paragraph.position))
    assert list(numbers) == ["i" * 20, "j" * 20]
    assert [i.label for i in ob.items] == ["i" * 25, ("i" * 25 + " (" + "j" * 20 + ")")[:40]]
    assert (ob.deadline_body, ob.deadline_session) == (None, None)
    parsed = _parsed(symbol="A/RES/79/501")
    parsed.operative[0].deadlines = [Deadline(DeadlineKind.SESSION, "at its eightieth session", body="GA",
                                              session=80)]
    import_resolution(db, parsed, CLI, today=TODAY)
    ob = db.scalars(select(Obligation).join(Resolution).where(Resolution.symbol == "A/RES/79/501")).one()
    assert (ob.deadline_body, ob.deadline_session, ob.deadline_text) == ("GA", 80, "at its eightieth session")


def test_a_paragraphs_words_keep_a_backslash_and_a_double_quote_as_written(db):
    """On PostgreSQL the rows go in as array literals (``rows.pg_array``), where both are escaped."""
    parsed = _parsed()
    words = 'Requests the Secretary-General to report on the "\\\\UNHQ\\archive" by 1 May 2025;'
    parsed.operative[0].text = words
    import_resolution(db, parsed, CLI, today=TODAY)
    assert db.scalars(select(Paragraph.text).where(Paragraph.kind == "operative")).one() == words


def test_a_body_code_that_fills_its_column_is_a_session_view_and_no_action_is_none(db):
    parsed = _parsed()
    op = parsed.operative[0]
    op.action = None
    op.deadlines = [Deadline(DeadlineKind.SESSION, "at its fifth session", body="X" * 16, session=5)]
    import_resolution(db, parsed, CLI, today=TODAY)
    ob = db.scalars(select(Obligation)).one()
    assert (ob.deadline_body, ob.deadline_session) == ("X" * 16, 5)
    assert ob.action is None


def test_eids_are_as_printed_and_unique_within_the_resolution(db):
    def op(number, part=None, eid=""):
        return OperativeParagraph(number=number, text=f"Requests the Secretary-General, {number}{part};",
                                  action="requests", kind=ObligationKind.REPORT, part=part, eid=eid,
                                  subparagraphs=[SubParagraph("a", "x;")])

    parsed = _parsed(operative=[op("1", "A"), op("1", "B"), op("1"), op("1"),
                                op("2", eid="para_" + "9" * 100)])
    import_resolution(db, parsed, CLI, today=TODAY)
    eids = db.scalars(select(Paragraph.eid).where(Paragraph.kind == "operative").order_by(Paragraph.position))
    assert list(eids) == ["part_A__para_1", "part_B__para_1", "para_1", "para_1_2", "para_" + "9" * 100]
    subs = list(db.scalars(select(Paragraph.eid).where(Paragraph.kind == "subparagraph")
                           .order_by(Paragraph.position)))
    assert subs[:4] == ["part_A__para_1__point_a", "part_B__para_1__point_a", "para_1__point_a",
                        "para_1_2__point_a"]
    assert subs[4] == ("para_" + "9" * 100 + "__point_a")[:110]


def test_points_without_the_parsers_eids_nest_under_their_own_and_a_label_given_twice_is_made_unique(db):
    parsed = _parsed()
    parsed.operative[0].subparagraphs = [
        SubParagraph("a", "to consult;", subparagraphs=[SubParagraph("i", "the Council;")]),
        SubParagraph("a", "to report;"),  # a misprint: (a) twice
        SubParagraph("b", "to act;", eid="para_1__list_1__point_b"),  # another producer's eId, kept
    ]
    parsed.footnotes = [ParsedFootnote("*" * 12, "A marker longer than its column.", cited_by=["para_1"])]
    import_resolution(db, parsed, CLI, today=TODAY)
    subs = db.scalars(select(Paragraph.eid).where(Paragraph.kind == "subparagraph").order_by(Paragraph.id))
    assert sorted(subs) == ["para_1__list_1__point_b", "para_1__point_a", "para_1__point_a_2",
                            "para_1__point_a__point_i"]
    # each point an item of the obligation, none of them done yet
    ob = db.scalars(select(Obligation)).one()
    assert [(i.label, i.is_done) for i in ob.items] == [("a", False), ("a (i)", False), ("a", False),
                                                         ("b", False)]
    assert db.scalars(select(Footnote.marker)).one() == "*" * 10


def test_a_symbol_held_under_another_spelling_is_the_same_resolution(db):
    assert symbol_variants(" S/RES/2682 (2023) ") == ["S/RES/2682 (2023)", "S/RES/2682(2023)"]
    assert symbol_variants("S/RES/2682(2023)") == ["S/RES/2682(2023)", "S/RES/2682 (2023)"]
    assert symbol_variants("S/RES/2682  (2023)") == ["S/RES/2682  (2023)", "S/RES/2682 (2023)",
                                                     "S/RES/2682(2023)"]
    assert symbol_variants("A/RES/71/19") == ["A/RES/71/19"]
    import_resolution(db, _parsed(symbol="S/RES/2682 (2023)", body="SC", session=None), CLI, today=TODAY)
    held = find_resolution(db, "S/RES/2682(2023)")
    assert held is not None and held.symbol == "S/RES/2682 (2023)"
    assert find_resolution(db, "S/RES/2683 (2023)") is None
    with pytest.raises(AlreadyImported) as refused:
        import_resolution(db, _parsed(symbol="S/RES/2682(2023)", body="SC", session=None), CLI, today=TODAY)
    assert refused.value.symbol == "S/RES/2682 (2023)" and refused.value.code == "already_imported"
    # the symbol held, for the web's sentence in the reader's language (tracker.web.messages)
    assert refused.value.params == {"symbol": "S/RES/2682 (2023)"}
    assert str(refused.value) == ("S/RES/2682 (2023) is already imported; "
                                  "re-import it with --replace (replace=True)")


def test_a_seed_reimport_is_audited_with_what_it_did(db):
    import_resolution(db, seed(), CLI, today=TODAY)
    again = import_resolution(db, seed(), CLI, today=TODAY, replace=True, filename="again.txt")
    audit = db.scalars(select(AuditEntry).where(AuditEntry.action == "import_resolution")
                       .order_by(AuditEntry.id)).all()[-1]
    assert (audit.target_type, audit.target_id) == ("resolutions", str(again.resolution.id))
    details = audit.details
    assert (details["replaced"], details["unchanged"], details["changed"], details["added"],
            details["removed"], details["obligations"], details["with_due"], details["needs_review"]) == \
        (True, 6, 0, 0, 0, 6, 2, again.needs_review)
    assert (details["symbol"], details["filename"]) == ("A/RES/71/19", "again.txt")
    assert details["new_entities"] == []


def test_the_symbol_lookup_sees_what_the_session_holds_not_yet_flushed(db):
    """An import in a transaction that already added, renamed or deleted a resolution (a batch, a
    caller's own changes) finds what the session now holds, as a query would."""
    added = Resolution(symbol="A/RES/79/600", body="GA", title="Added")
    db.add(added)
    assert find_resolution(db, "A/RES/79/600") is added
    renamed = import_resolution(db, _parsed(), CLI, today=TODAY).resolution
    db.flush()
    renamed.symbol = "A/RES/79/700"
    assert find_resolution(db, "A/RES/79/700") is renamed
    assert find_resolution(db, "A/RES/79/500") is None
    db.delete(added)
    assert find_resolution(db, "A/RES/79/600") is None


def test_of_several_deadlines_the_first_gives_the_deadline_words_and_the_session_view(db):
    parsed = _parsed()
    parsed.operative[0].deadlines = [
        Deadline(DeadlineKind.SESSION, "at its eightieth session", body="GA", session=80),
        Deadline(DeadlineKind.DATE, "by 1 May 2025", date=dt.date(2025, 5, 1)),
    ]
    import_resolution(db, parsed, CLI, today=TODAY)
    ob = db.scalars(select(Obligation)).one()
    assert (ob.deadline_text, ob.deadline_body, ob.deadline_session) == ("at its eightieth session", "GA", 80)
    assert [d["text"] for d in ob.deadlines] == ["at its eightieth session", "by 1 May 2025"]


def test_a_session_deadline_naming_no_body_falls_due_at_the_adopting_bodys_session(db):
    named = _parsed()
    named.operative[0].deadlines = [Deadline(DeadlineKind.SESSION, "at its eightieth session", body="GA",
                                             session=80)]
    import_resolution(db, named, CLI, today=TODAY)
    unnamed = _parsed(symbol="A/RES/79/501")  # adopted by the GA, its deadline naming no body
    unnamed.operative[0].deadlines = [Deadline(DeadlineKind.SESSION, "at its eightieth session", session=80)]
    import_resolution(db, unnamed, CLI, today=TODAY)
    first, second = db.scalars(select(Obligation).order_by(Obligation.id)).all()
    assert second.due_on is not None
    assert (second.due_on, second.due_derivation) == (first.due_on, first.due_derivation)


def test_paragraphs_keep_their_words_source_line_and_part_and_a_preamble_eid_given_twice_is_made_unique(db):
    opening = "Recalling its resolution 78/1 of 1 December 2023 on the matter before it,"
    parsed = _parsed(preambular=[PreambularParagraph(1, opening, eid="preamble__para_1"),
                                 PreambularParagraph(2, "Noting the report,", eid="preamble__para_1"),
                                 PreambularParagraph(3, "Welcoming it,")])
    op = parsed.operative[0]
    op.part, op.line, op.subparagraphs = "B", 12, [SubParagraph("a", "to the Council;")]
    import_resolution(db, parsed, CLI, today=TODAY)
    rows = db.scalars(select(Paragraph).order_by(Paragraph.position)).all()
    assert [(p.kind, p.text, p.eid) for p in rows[:3]] == [
        ("preambular", opening, "preamble__para_1"),
        ("preambular", "Noting the report,", "preamble__para_1_2"),
        ("preambular", "Welcoming it,", "preamble__para_3")]
    assert [(p.kind, p.part, p.line) for p in rows[3:]] == [
        ("operative", "B", 12), ("subparagraph", "B", None)]


def test_the_import_counts_what_it_flags_for_review_and_why(db):
    parsed = _parsed(symbol="A/RES/79/502")
    parsed.operative[0].actors = ["Panel of Unheard-of Experts", "Board of Nobody"]
    parsed.operative += [OperativeParagraph(
        number=n, text=f"Requests report {n} by 1 May 2025;", action="requests", kind=ObligationKind.REPORT,
        actors=["Secretary-General"], deadlines=parsed.operative[0].deadlines) for n in ("2", "3")]
    parsed.operative[0].deadlines = []
    result = import_resolution(db, parsed, CLI, today=TODAY)
    assert (result.obligations, result.with_due, result.needs_review) == (3, 2, 1)
    assert result.summary() == ("A/RES/79/502: 3 obligations, 2 with due dates, 1 flagged for review "
                                "(1 with unknown owners); "
                                "new owners to review: Panel of Unheard-of Experts, Board of Nobody")


def test_footnotes_and_references_link_what_cites_them_and_earlier_citations_of_any_spelling(db):
    earlier = import_resolution(db, _parsed(symbol="A/RES/78/1", references=["S/RES/2682(2023)"]), CLI,
                                today=TODAY).resolution
    spaced = import_resolution(db, _parsed(symbol="S/RES/2600 (2021)", body="SC", session=None), CLI,
                               today=TODAY).resolution
    parsed = _parsed(
        symbol="S/RES/2682 (2023)", body="SC", session=None,
        # cited once, whatever the spaces around the symbol or how often; a blank one is none
        preambular=[PreambularParagraph(
            1, "Recalling resolution 78/1,", eid="preamble__para_1", footnotes=["1"],
            references=["A/RES/78/1", " A/RES/78/1 ", "", "A/RES/78/1"])],
        # the same marker twice (a misprint): the first footnote is the one cited
        footnotes=[ParsedFootnote("1", "First."), ParsedFootnote("1", "Second.")],
        # its own symbol, from its heading; a symbol longer than its column
        references=["A/RES/78/1", "S/RES/2682 (2023)", "A/" + "X" * 100, "S/RES/2600(2021)"],
    )
    new = import_resolution(db, parsed, CLI, today=TODAY).resolution
    db.flush()
    preamble = db.scalars(select(Paragraph.id).where(Paragraph.resolution_id == new.id,
                                                     Paragraph.kind == "preambular")).one()
    refs = db.execute(select(DocumentReference.resolution_id, DocumentReference.paragraph_id,
                             DocumentReference.symbol, DocumentReference.target_resolution_id)
                      .order_by(DocumentReference.id)).all()
    assert refs == [(earlier.id, None, "S/RES/2682(2023)", new.id),
                    (new.id, preamble, "A/RES/78/1", earlier.id), (new.id, None, "A/" + "X" * 78, None),
                    (new.id, None, "S/RES/2600(2021)", spaced.id)]
    linked = db.execute(select(paragraph_footnotes.c.paragraph_id, Footnote.text)
                        .join(Footnote, Footnote.id == paragraph_footnotes.c.footnote_id)).all()
    assert linked == [(preamble, "First.")]


def test_a_resolution_cited_in_two_spellings_is_the_target_of_both_references(db):
    """A text citing one resolution we hold in two spellings ("S/RES/2600(2021)" in a paragraph,
    "S/RES/2600 (2021)" in the rest of the text): each reference points at it (each spelling
    looks for all of the symbol's; the second was left pointing at nothing)."""
    held = import_resolution(db, _parsed(symbol="S/RES/2600 (2021)", body="SC", session=None), CLI,
                             today=TODAY).resolution
    parsed = _parsed(symbol="A/RES/79/501", references=["S/RES/2600 (2021)"])
    parsed.operative[0].references = ["S/RES/2600(2021)"]
    new = import_resolution(db, parsed, CLI, today=TODAY).resolution
    db.flush()
    refs = db.execute(select(DocumentReference.symbol, DocumentReference.target_resolution_id)
                      .where(DocumentReference.resolution_id == new.id).order_by(DocumentReference.id)).all()
    assert refs == [("S/RES/2600(2021)", held.id), ("S/RES/2600 (2021)", held.id)]


def test_a_symbol_held_by_two_resolutions_in_two_spellings_points_at_the_first_held(db):
    """A symbol spelt with two spaces is held apart from its usual spelling (whose look-up does not
    try it): a text citing it finds both, and its reference points at the earlier (lowest id), on
    either database."""
    first = import_resolution(db, _parsed(symbol="S/RES/9  (2000)", body="SC", session=None), CLI,
                              today=TODAY).resolution
    second = import_resolution(db, _parsed(symbol="S/RES/9 (2000)", body="SC", session=None), CLI,
                               today=TODAY).resolution
    assert first.id < second.id
    new = import_resolution(db, _parsed(references=["S/RES/9  (2000)"]), CLI, today=TODAY).resolution
    db.flush()
    refs = db.execute(select(DocumentReference.symbol, DocumentReference.target_resolution_id)
                      .where(DocumentReference.resolution_id == new.id)).all()
    assert refs == [("S/RES/9  (2000)", first.id)]
