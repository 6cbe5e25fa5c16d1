"""Session dates a resolution prints enter the calendar on its import: "Decides that the Special Committee
shall hold its next session from 20 to 28 February 2024" (A/RES/78/111 2, tests/corpus) dates CHARTER 2024,
so that another resolution's "at its session in 2024" is dated too; an admin's record wins, and of two
resolutions that print different dates the first imported is kept (the other flagged)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.calendar import Source
from tracker.models import AuditEntry, Obligation, OfficialSession, Paragraph, Resolution
from tracker.services import counts
from tracker.services.actors import Actor
from tracker.services.calendar import session_dates, set_official_session
from tracker.services.importing import import_file

CLI = Actor.system("cli")
TODAY = dt.date(2023, 12, 15)
TEXT = (Path(__file__).parents[1] / "corpus" / "A_RES_78_111.txt").read_text(encoding="utf-8")
PRINTED = "from 20 to \n28 February 2024"  # A/RES/78/111 2, as the text file breaks it


def charter(symbol: str = "78/111", dates: str | None = PRINTED) -> bytes:
    """A/RES/78/111, or the same text under another symbol, printing other dates for the Special
    Committee's next session or none ("shall hold its next session;"): its paragraph 3 still asks for
    work "at its session in 2024", CHARTER 2024."""
    text = TEXT.replace("78/111", symbol)
    if dates != PRINTED:
        text = text.replace(f" {PRINTED}", f" {dates}" if dates else "")
    return text.encode()


def load(db, text: bytes, *, replace: bool = False, today: dt.date = TODAY):
    return import_file(db, text, "A_RES_78_111.txt", CLI, replace=replace, publish=True, today=today)


def obligation(db, symbol: str, number: str = "8") -> Obligation:
    """Paragraph 8, "Invites the Special Committee, at its session in 2024, to continue to identify new
    subjects …" (CHARTER 2024), or 4, "Requests the Secretary-General … to brief the Special Committee at
    its next session …" (a report, CHARTER's next session)."""
    return db.scalar(select(Obligation).join(Paragraph, Obligation.paragraph_id == Paragraph.id)
                     .join(Resolution, Obligation.resolution_id == Resolution.id)
                     .where(Resolution.symbol == f"A/RES/{symbol}", Paragraph.kind == "operative",
                            Paragraph.number == number))


def charter_2024(db) -> OfficialSession | None:
    return db.scalar(select(OfficialSession).where(OfficialSession.body == "CHARTER",
                                                   OfficialSession.number == 2024))


def test_the_dates_a_resolution_prints_enter_the_calendar_and_date_another_resolution(db):
    # a resolution that names the session without its dates: "Invites the Special Committee, at its session
    # in 2024, to continue to identify new subjects …" (8) is undated, for review
    load(db, charter("78/901", dates=None))
    other, report = obligation(db, "78/901"), obligation(db, "78/901", "4")
    assert (other.deadline_body, other.deadline_session, other.due_on) == ("CHARTER", 2024, None)
    assert "not in the calendar" in other.due_derivation
    assert (report.kind, report.deadline_body, report.deadline_session, report.due_on) == \
        ("report", "CHARTER", None, None)

    result = load(db, charter())
    row = charter_2024(db)
    resolution = db.scalar(select(Resolution).where(Resolution.symbol == "A/RES/78/111"))
    assert (row.opens_on, row.closes_on) == (dt.date(2024, 2, 20), dt.date(2024, 2, 28))
    assert row.note == "as printed in A/RES/78/111, paragraph 2"  # not 3, 4 or 5, which name it
    assert row.printed_in_id == resolution.id
    assert list(map(str, result.sessions.recorded)) == [
        "CHARTER 2024: 2024-02-20 to 2024-02-28, as printed in A/RES/78/111, paragraph 2"]
    assert result.sessions.moved >= 1 and "session dates recorded: CHARTER 2024" in result.summary()

    dates = session_dates(db, "CHARTER", 2024)
    assert dates.source is Source.PRINTED and dates.printed_in == "as printed in A/RES/78/111, paragraph 2"
    # the other resolution's obligation moved as when an admin records the dates, with its history
    assert other.due_on == dt.date(2024, 2, 20)
    assert "as printed in A/RES/78/111, paragraph 2" in other.due_derivation
    assert (other.history[-1].field, other.history[-1].new_value) == ("due_on", "2024-02-20")
    assert report.due_on == dt.date(2024, 2, 20)  # its next session after the adoption
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "record_printed_session"))
    assert entry.details["printed_in_symbol"] == "A/RES/78/111" and entry.details["recomputed"] >= 1
    assert counts.check(db).ok
    # a third that names it is dated on its import
    load(db, charter("78/902", dates=None))
    assert obligation(db, "78/902").due_on == dt.date(2024, 2, 20)


def test_an_admins_dates_win_and_replace_printed_ones(db):
    set_official_session(db, "CHARTER", 2024, opens_on=dt.date(2024, 2, 19), note="UN Journal", actor=CLI,
                         today=TODAY)
    result = load(db, charter())
    row = charter_2024(db)
    assert (row.opens_on, row.note, row.printed_in_id) == (dt.date(2024, 2, 19), "UN Journal", None)
    assert list(map(str, result.sessions.recorded)) == []
    assert list(map(str, result.sessions.conflicts)) == [
        "CHARTER 2024: paragraph 2 prints 2024-02-20 to 2024-02-28; the calendar keeps opening 2024-02-19, "
        "recorded by an admin"]
    resolution = db.scalar(select(Resolution).where(Resolution.symbol == "A/RES/78/111"))
    assert any("Session dates not recorded: CHARTER 2024" in w for w in resolution.parse_warnings)
    # the admin's dates win over the text's own too: a session moved
    assert obligation(db, "78/111").due_on == dt.date(2024, 2, 19)

    # and an admin who records dates the text printed replaces them: the row is the admin's
    db.delete(row)
    db.flush()
    load(db, charter(), replace=True)
    assert charter_2024(db).printed_in_id is not None
    _row, moved = set_official_session(db, "CHARTER", 2024, opens_on=dt.date(2024, 2, 21), actor=CLI,
                                       today=TODAY)
    assert moved >= 1 and charter_2024(db).printed_in_id is None
    assert obligation(db, "78/111").due_on == dt.date(2024, 2, 21)
    assert counts.check(db).ok


def test_of_two_resolutions_that_print_different_dates_the_first_is_kept_the_other_flagged(db):
    load(db, charter())
    result = load(db, charter("78/903", dates="from 19 to 27 February 2024"))
    row = charter_2024(db)
    assert (row.opens_on, row.note) == (dt.date(2024, 2, 20), "as printed in A/RES/78/111, paragraph 2")
    assert list(map(str, result.sessions.conflicts)) == [
        "CHARTER 2024: paragraph 2 prints 2024-02-19 to 2024-02-27; the calendar keeps 2024-02-20 to "
        "2024-02-28, as printed in A/RES/78/111, paragraph 2"]
    assert "session dates not recorded: CHARTER 2024" in result.summary()
    flagged = db.scalar(select(Resolution).where(Resolution.symbol == "A/RES/78/903"))
    assert any("the calendar keeps 2024-02-20" in w for w in flagged.parse_warnings)
    # each text's own obligations keep its own dates; the same dates printed again are no conflict
    assert obligation(db, "78/903").due_on == dt.date(2024, 2, 19)
    assert obligation(db, "78/111").due_on == dt.date(2024, 2, 20)
    assert load(db, charter("78/904")).sessions.conflicts == []


def test_a_reimport_moves_the_dates_it_prints_or_takes_them_out_of_the_calendar(db):
    load(db, charter())
    other = load(db, charter("78/901", dates=None)).resolution
    audited = len(db.scalars(select(AuditEntry).where(AuditEntry.action == "record_printed_session")).all())
    # the same text again: nothing recorded anew
    assert load(db, charter(), replace=True).sessions.recorded == []
    assert len(db.scalars(select(AuditEntry).where(AuditEntry.action == "record_printed_session")).all()) \
        == audited
    # other dates: the record moves, and the due dates with it
    result = load(db, charter(dates="from 26 February to 1 March 2024"), replace=True)
    assert result.sessions.recorded and charter_2024(db).opens_on == dt.date(2024, 2, 26)
    assert obligation(db, other.symbol.removeprefix("A/RES/")).due_on == dt.date(2024, 2, 26)
    assert counts.check(db).ok
    # no dates any more: out of the calendar, and what it dated is undated again
    result = load(db, charter(dates=None), replace=True)
    assert result.sessions.removed == ["CHARTER 2024"] and charter_2024(db) is None
    assert obligation(db, "78/901").due_on is None
    assert db.scalar(select(AuditEntry).where(AuditEntry.action == "remove_printed_session")) is not None
    assert counts.check(db).ok


def test_when_the_text_kept_prints_them_no_longer_the_other_texts_dates_take_their_place(db):
    """Two texts print the Special Committee's dates (the first imported kept, the other flagged); the first,
    re-imported without them, leaves the other's dates in the calendar, not a session without dates."""
    load(db, charter())
    load(db, charter("78/901", dates=None))
    load(db, charter("78/903", dates="from 19 to 27 February 2024"))
    assert charter_2024(db).opens_on == dt.date(2024, 2, 20)

    result = load(db, charter(dates=None), replace=True)
    row = charter_2024(db)
    assert row is not None and (row.opens_on, row.closes_on) == (dt.date(2024, 2, 19), dt.date(2024, 2, 27))
    second = db.scalar(select(Resolution).where(Resolution.symbol == "A/RES/78/903"))
    assert (row.note, row.printed_in_id) == ("as printed in A/RES/78/903, paragraph 2", second.id)
    assert result.sessions.removed == ["CHARTER 2024"]
    assert list(map(str, result.sessions.recorded)) == [
        "CHARTER 2024: 2024-02-19 to 2024-02-27, as printed in A/RES/78/903, paragraph 2"]
    # what the calendar dates moved to the dates now held, and the second text is no longer flagged
    assert obligation(db, "78/901").due_on == dt.date(2024, 2, 19)
    # and the first text's own paragraphs that named the session by the dates it printed ("to brief the
    # Special Committee at its next session", 4: unchanged) follow them out of its text
    brief = obligation(db, "78/111", "4")
    assert brief.due_on == dt.date(2024, 2, 19) and "opens" not in brief.deadlines[0]
    assert any(h.field == "reimport" and "session dates" in h.comment for h in brief.history)
    assert not any("Session dates not recorded" in w for w in second.parse_warnings)
    entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "record_printed_session")
                       .order_by(AuditEntry.id.desc())).first()
    assert (entry.details["printed_in_symbol"], entry.details["replacing"]) == (
        "A/RES/78/903", "A/RES/78/111")
    assert counts.check(db).ok
    # the second re-imported without them too: none left, the session undated again
    result = load(db, charter("78/903", dates=None), replace=True)
    assert charter_2024(db) is None and result.sessions.recorded == []
    assert obligation(db, "78/901").due_on is None
    assert counts.check(db).ok


@pytest.mark.parametrize("per_commit", [1, 50])
def test_in_a_batch_the_files_before_and_after_the_printing_one_are_dated(db_factory, tmp_path, monkeypatch,
                                                                          per_commit):
    """A batch writes its files' obligations at its commit and dates them with the calendar it loaded
    once: the dates A/RES/78/111 prints are recorded once the commit's rows are written, and date the file
    read before it and, in the same commit, the one after (moved), or in the next commit (the batch's
    calendar loaded again)."""
    from tracker.services.importing import batch, import_batch

    monkeypatch.setattr(batch, "FILES_PER_COMMIT", per_commit)

    for name, text in (("a_before.txt", charter("78/901", dates=None)), ("b_printing.txt", charter()),
                       ("c_after.txt", charter("78/902", dates=None))):
        (tmp_path / name).write_bytes(text)
    report = import_batch(db_factory, sorted(tmp_path.iterdir()), CLI, replace=False, publish=True,
                          today=TODAY)
    assert not report.failed
    with db_factory() as db:
        due = [obligation(db, symbol).due_on for symbol in ("78/901", "78/111", "78/902")]
        assert due == [dt.date(2024, 2, 20)] * 3
        assert counts.check(db).ok


def test_an_obligation_its_own_text_dates_has_the_same_target_as_one_the_calendar_dates(db):
    """A/RES/78/111 4, "to brief the Special Committee at its next session", is dated by its own text's
    "from 20 to 28 February 2024" (2); the same paragraph of a resolution that prints no dates is dated
    through the calendar row: the same due date, and the same documents' target six weeks ahead."""
    load(db, charter())
    load(db, charter("78/901", dates=None))
    own, other = obligation(db, "78/111", "4"), obligation(db, "78/901", "4")
    assert (own.due_on, own.target_on) == (other.due_on, other.target_on) == \
        (dt.date(2024, 2, 20), dt.date(2024, 1, 9))
