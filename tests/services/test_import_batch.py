"""``import_batch`` and ``resolution_files`` at the service level: which files a folder gives, what is
reported for each file (message and whether it is an error), the batch's tally, and what a failed
commit or a rollback leaves (the guarantee "imports are transactional, nothing lost, a bad file is
reported and skipped"; tests/README.md, mutation testing of ``services/importing/batch.py``)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, update

from tests.statements import LOOKUP_READS, lookups_read, sent_statements
from tracker.models import (
    AuditEntry,
    DocumentReference,
    Entity,
    Footnote,
    HistoryEntry,
    Obligation,
    Paragraph,
    Resolution,
    ResolutionLink,
    paragraph_footnotes,
)
from tracker.parsing import ParseError, parse
from tracker.services import counts
from tracker.services.actors import Actor
from tracker.services.importing import batch, import_batch, resolution_files, service
from tracker.services.importing.result import Tally

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = {"A-RES-71-19.txt": "A/RES/71/19", "A_RES_80_61.txt": "A/RES/80/61", "A_RES_78_12.txt": "A/RES/78/12"}


def _folder(tmp_path: Path, names=FILES) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def _run(factory, paths, **kwargs):
    said: list[tuple[str, bool]] = []
    kwargs.setdefault("replace", False)
    kwargs.setdefault("publish", False)
    report = import_batch(factory, paths, Actor.system("test"), today=dt.date(2026, 12, 3),
                          echo=lambda message, err=False: said.append((message, err)), **kwargs)
    return report, said


def _held(factory) -> set[str]:
    with factory() as session:
        return set(session.scalars(select(Resolution.symbol)))


def _statements_of_a_batch(factory, tmp_path, names=FILES) -> list[str]:
    """The statements of a batch importing ``names`` (all imported), their whitespace collapsed."""
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(" ".join(statement.split()))

    engine = factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", seen)
    try:
        report, said = _run(factory, resolution_files([_folder(tmp_path, names)]))
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert report.imported == len(names), said
    return statements


def _failing_after_writing(monkeypatch, symbol: str) -> None:
    """The import of ``symbol`` fails at its last step (its audit entry), its resolution's rows
    written."""
    from tracker.services.importing import service

    real_audit = service.audit_row

    def audit(actor, action, target, **details):
        if details["symbol"] == symbol:
            raise RuntimeError("the disk is full")
        return real_audit(actor, action, target, **details)

    monkeypatch.setattr(service, "audit_row", audit)


def test_a_folder_gives_its_resolution_files_of_any_case_sorted_and_nothing_else(tmp_path):
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    wanted = ["a.txt", "b.MD", "c.docx", "d.PDF", "e.md", "f.pdf", "g.TXT", "sub/h.txt"]
    for name in [*reversed(wanted), "notes.csv", "a.expected.json", "README"]:
        (folder / name).write_bytes(b"x")
    (folder / "dir.txt").mkdir()  # a folder named like a file is no file
    single = tmp_path / "single.csv"  # a file named is taken as given
    single.write_bytes(b"x")
    assert list(resolution_files([folder, single])) == [*(folder / n for n in wanted), single]


def test_each_file_is_reported_once_with_what_failed_and_only_failures_are_errors(
        db_factory, tmp_path, monkeypatch):
    folder = _folder(tmp_path, ["A-RES-71-19.txt"])
    assert _run(db_factory, [folder / "A-RES-71-19.txt"])[0].imported == 1
    broken = folder / "broken.txt"
    broken.write_text("This is not a resolution at all.\n", encoding="utf-8")
    boom = folder / "boom.txt"
    boom.write_text("anything", encoding="utf-8")
    missing = folder / "missing.txt"
    real_import = batch.import_file

    def import_file(session, data, filename, *args, **kwargs):
        if filename == "boom.txt":
            raise RuntimeError("the disk\n   is   full " + "x" * 600)
        return real_import(session, data, filename, *args, **kwargs)

    monkeypatch.setattr(batch, "import_file", import_file)
    shutil.copy(CORPUS / "A_RES_80_61.txt", folder / "A_RES_80_61.txt")
    paths = [folder / "A-RES-71-19.txt", missing, broken, boom, folder / "A_RES_80_61.txt"]
    report, said = _run(db_factory, paths)

    assert (report.imported, report.skipped, report.failed) == (1, 0, 4)
    again, no_file, bad_text, disk, imported, summary = said
    assert again == (f"FAILED {folder / 'A-RES-71-19.txt'}: A/RES/71/19 is already imported; "
                     "re-import it with --replace (replace=True)", True)
    assert no_file == (f"FAILED {missing}: No such file or directory", True)
    with pytest.raises(ParseError) as unreadable:
        parse(broken.read_bytes(), broken.name)
    assert bad_text == (f"FAILED {broken}: {unreadable.value}", True)
    assert "Error" not in bad_text[0]  # the parser's own words, not an exception's name
    assert disk[1] is True
    assert disk[0] == f"FAILED {boom}: " + ("RuntimeError: the disk is full " + "x" * 600)[:500]
    assert imported[1] is False and imported[0].startswith("A/RES/80/61: ")
    assert summary == (f"1 imported, 0 skipped, 4 failed; {report.tally_words()}", False)
    assert _held(db_factory) == {"A/RES/71/19", "A/RES/80/61"}


def test_a_files_name_reaches_the_reader_when_a_batch_reads_it_ahead(db_factory, tmp_path):
    """As an upload's (``test_import_file.py``): a text file named .pdf is refused as no PDF, not
    imported as the text it is, though the batch reads its files ahead of importing them."""
    folder = tmp_path / "batch"
    folder.mkdir()
    misnamed = folder / "A-RES-71-19.pdf"
    shutil.copy(CORPUS / "A-RES-71-19.txt", misnamed)
    report, said = _run(db_factory, [misnamed])

    assert (report.imported, report.failed) == (0, 1)
    message, err = said[0]
    assert err is True and message.startswith(f"FAILED {misnamed}: ")
    assert "named .pdf but does not start with %PDF-" in message
    assert _held(db_factory) == set()


def test_without_an_echo_a_failure_is_logged_as_a_warning_and_the_rest_as_information(
        db_factory, tmp_path, caplog):
    folder = _folder(tmp_path, ["A-RES-71-19.txt"])
    missing = folder / "missing.txt"
    caplog.set_level(logging.INFO, logger=batch.log.name)
    report = import_batch(db_factory, [missing, folder / "A-RES-71-19.txt"], Actor.system("test"),
                          replace=False, publish=False, today=dt.date(2026, 12, 3))
    said = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == batch.log.name]
    assert said[0] == (logging.WARNING, f"FAILED {missing}: No such file or directory")
    assert [level for level, _message in said[1:]] == [logging.INFO, logging.INFO]
    assert said[1][1].startswith("A/RES/71/19: ")
    assert said[2][1] == f"1 imported, 0 skipped, 1 failed; {report.tally_words()}"


def test_a_batch_told_to_publish_publishes_each_file_and_one_not_told_leaves_them_for_review(
        db_factory, tmp_path):
    folder = _folder(tmp_path, ["A-RES-71-19.txt", "A_RES_80_61.txt"])
    _run(db_factory, [folder / "A-RES-71-19.txt"], publish=True)
    _run(db_factory, [folder / "A_RES_80_61.txt"])
    with db_factory() as session:
        rows = session.execute(select(Resolution.symbol, Resolution.published_at.is_not(None))).all()
    assert dict(rows) == {"A/RES/71/19": True, "A/RES/80/61": False}


def test_files_held_are_skipped_each_counted_and_not_an_error(db_factory, tmp_path):
    folder = _folder(tmp_path)
    first = [folder / "A-RES-71-19.txt", folder / "A_RES_80_61.txt"]
    _run(db_factory, first)
    report, said = _run(db_factory, resolution_files([folder]), skip_existing=True)
    assert (report.imported, report.skipped, report.failed) == (1, 2, 0)
    skipped = [s for s in said if s[0].startswith("skipped ")]
    assert skipped == [(f"skipped {folder / 'A-RES-71-19.txt'}: A/RES/71/19 is already imported", False),
                       (f"skipped {folder / 'A_RES_80_61.txt'}: A/RES/80/61 is already imported", False)]
    assert _held(db_factory) == set(FILES.values())


def test_a_batch_reports_each_file_once_and_tallies_them_all(db_factory, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "FILES_PER_COMMIT", 2)  # a commit after the second file, then the third
    report, said = _run(db_factory, resolution_files([_folder(tmp_path)]))
    assert (report.imported, report.skipped, report.failed) == (3, 0, 0)
    results = [message for message, err in said[:-1]]
    assert [m.split(":")[0] for m in results] == [FILES[name] for name in sorted(FILES)]
    words = r": (\d+) obligations?, (\d+) with (?:a due date|due dates), (\d+) flagged"
    tallies = [re.search(words, m).groups() for m in results]
    assert (report.obligations, report.with_due, report.needs_review) == tuple(
        sum(int(t[i]) for t in tallies) for i in range(3))
    assert report.obligations > report.with_due > 0
    assert said[-1] == (f"3 imported, 0 skipped, 0 failed; {report.tally_words()}", False)
    with db_factory() as session:  # each resolution says the file it came from
        assert set(session.execute(select(Resolution.symbol, Resolution.source_filename))) == {
            (symbol, name) for name, symbol in FILES.items()}


def test_a_batch_tally_adds_each_count_to_its_own():
    tally = Tally(obligations=3, with_due=2, needs_review=1)
    tally.add(Tally(obligations=4, with_due=1, needs_review=2))
    assert (tally.obligations, tally.with_due, tally.needs_review) == (7, 3, 3)
    assert tally.tally_words() == "7 obligations, 3 with due dates, 3 flagged for review"


def test_a_commit_that_fails_reports_its_files_failed_and_the_next_ones_still_import(
        db_factory, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "FILES_PER_COMMIT", 2)
    failures = ["the disk is full"]

    def refuse_once(session):  # the batch's commit, not a file's savepoint (before_commit sees both)
        if failures and not session.in_nested_transaction():
            raise RuntimeError(failures.pop())

    event.listen(db_factory, "before_commit", refuse_once)
    try:
        folder = _folder(tmp_path)
        report, said = _run(db_factory, resolution_files([folder]))
    finally:
        event.remove(db_factory, "before_commit", refuse_once)
    assert (report.imported, report.skipped, report.failed) == (1, 0, 2), said
    first_two = sorted(FILES)[:2]
    assert said[:2] == [(f"FAILED {folder / n}: RuntimeError: the disk is full", True) for n in first_two]
    assert said[2][0].startswith(FILES[sorted(FILES)[2]] + ": ") and said[2][1] is False
    assert _held(db_factory) == {FILES[sorted(FILES)[2]]}
    with db_factory() as session:
        assert counts.check(session).ok


def test_on_sqlite_a_batch_takes_the_write_lock_before_its_first_file_reads(
        db_factory, tmp_path, monkeypatch):
    """BEGIN IMMEDIATE: a batch that began deferred would read, then find another writer holding the
    lock when it first writes (SQLITE_BUSY at once, which no busy timeout waits out)."""
    url = db_factory.kw["bind"].url
    if url.get_backend_name() != "sqlite":
        pytest.skip("SQLite's transactions only")
    locked = []
    real_import = batch.import_file

    def import_file(*args, **kwargs):
        other = sqlite3.connect(url.database, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            locked.append(False)
        except sqlite3.OperationalError as exc:
            locked.append("locked" in str(exc))
        finally:
            other.close()
        return real_import(*args, **kwargs)

    monkeypatch.setattr(batch, "import_file", import_file)
    report, _ = _run(db_factory, [_folder(tmp_path, ["A-RES-71-19.txt"]) / "A-RES-71-19.txt"])
    assert report.imported == 1 and locked == [True]


def test_after_a_file_rolled_back_the_next_ones_do_not_use_what_it_created(db_factory, tmp_path, monkeypatch):
    """The first file creates the entities its actors name (the Secretary-General…) and then fails:
    they go with it, and the next files naming the same actors must create them again, not reuse the
    batch's look-ups of before the rollback."""
    from tracker.models import Entity, Obligation

    _failing_after_writing(monkeypatch, "A/RES/71/19")
    report, said = _run(db_factory, resolution_files([_folder(tmp_path)]))
    assert (report.imported, report.failed) == (2, 1), said
    assert _held(db_factory) == {"A/RES/78/12", "A/RES/80/61"}  # nothing of the failed file
    with db_factory() as session:
        owned = session.scalars(select(Obligation).where(Obligation.owners.any())).all()
        assert owned and all(e.id is not None for ob in owned for e in ob.owners)
        names = [e.name for e in session.scalars(select(Entity))]
        assert "Secretary-General" in names and len(names) == len(set(names))
        assert counts.check(session).ok


def test_an_interrupted_batch_gives_back_its_connection_and_keeps_nothing_of_the_file(
        db_factory, tmp_path, monkeypatch):
    """Ctrl-C in the middle of a file: the batch's transaction is rolled back and its connection
    returned (on SQLite it held the write lock), whoever still holds the traceback."""
    real_import = batch.import_file

    def import_file(session, data, filename, *args, **kwargs):
        result = real_import(session, data, filename, *args, **kwargs)
        if filename == "A_RES_78_12.txt":
            raise KeyboardInterrupt
        return result

    monkeypatch.setattr(batch, "import_file", import_file)
    with pytest.raises(KeyboardInterrupt) as interrupted:
        _run(db_factory, resolution_files([_folder(tmp_path)]))
    assert interrupted.traceback  # the frames, and the batch's session in them, are still held
    assert db_factory.kw["bind"].pool.checkedout() == 0
    assert _held(db_factory) == set()


def test_files_are_written_without_a_savepoint_each_when_none_fails_after_writing(db_factory, tmp_path):
    """A file that does not parse or whose symbol is held fails before writing anything: the batch
    needs no savepoint for it, nor for the files that import (two statements a file, on
    PostgreSQL two round trips); it still reports each of them."""
    folder = _folder(tmp_path)
    _run(db_factory, [folder / "A_RES_78_12.txt"])
    (folder / "broken.txt").write_text("This is not a resolution at all.\n", encoding="utf-8")
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    engine = db_factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", seen)
    try:
        report, said = _run(db_factory, resolution_files([folder]), skip_existing=True)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert (report.imported, report.skipped, report.failed) == (2, 1, 1), said
    assert [s for s in statements if "SAVEPOINT" in s.upper()] == []
    assert _held(db_factory) == set(FILES.values())


def test_a_file_failing_after_writing_costs_the_batch_nothing_but_itself(db_factory, tmp_path, monkeypatch):
    """The batch's files before it are rolled back with it and imported again (in a savepoint
    each), the ones after it import as usual; each is reported once, in the folder's order."""
    folder = _folder(tmp_path)
    (folder / "A_RES_79_1.txt").write_text("This is not a resolution at all.\n", encoding="utf-8")
    _failing_after_writing(monkeypatch, "A/RES/78/12")
    report, said = _run(db_factory, resolution_files([folder]))
    assert (report.imported, report.skipped, report.failed) == (2, 0, 2), said
    first, failed, broken, last, _summary = said
    assert first[0].startswith("A/RES/71/19: ") and first[1] is False
    assert failed == (f"FAILED {folder / 'A_RES_78_12.txt'}: RuntimeError: the disk is full", True)
    assert broken[0].startswith(f"FAILED {folder / 'A_RES_79_1.txt'}: ") and broken[1] is True
    assert last[0].startswith("A/RES/80/61: ") and last[1] is False
    assert _held(db_factory) == {"A/RES/71/19", "A/RES/80/61"}
    with db_factory() as session:
        assert counts.check(session).ok
        # the file imported again in its savepoint says the file it came from, as the last one
        assert set(session.execute(select(Resolution.symbol, Resolution.source_filename))) == {
            ("A/RES/71/19", "A-RES-71-19.txt"), ("A/RES/80/61", "A_RES_80_61.txt")}


def test_a_file_failing_when_imported_again_after_a_rollback_is_reported_failed_and_the_rest_go_on(
        db_factory, tmp_path, monkeypatch):
    """The files imported again after a rollback each go in a savepoint of their own: one that
    fails then is reported failed, not raised, and the batch goes on."""
    from tracker.services.importing import service

    real_audit = service.audit_row
    audited: list[str] = []

    def audit(actor, action, target, **details):
        audited.append(details["symbol"])
        again = details["symbol"] == "A/RES/71/19" and audited.count("A/RES/71/19") == 2
        if details["symbol"] == "A/RES/78/12" or again:  # 78/12 always, 71/19 when imported again
            raise RuntimeError("the disk is full")
        return real_audit(actor, action, target, **details)

    monkeypatch.setattr(service, "audit_row", audit)
    report, said = _run(db_factory, resolution_files([_folder(tmp_path)]))
    assert (report.imported, report.skipped, report.failed) == (1, 0, 2), said
    assert [err for _message, err in said] == [True, True, False, False]
    assert _held(db_factory) == {"A/RES/80/61"}


def test_a_batch_writes_its_files_obligations_and_audit_entries_one_statement_a_table(db_factory, tmp_path):
    """The files since the last commit write their obligations, what hangs on them and their audit
    entries together before it (``rows.Unwritten``): one INSERT a table for the batch, not one a
    file (on PostgreSQL the kept counts' and search documents' statement triggers then run once)."""
    statements = _statements_of_a_batch(db_factory, tmp_path)

    def writing(table: str) -> int:
        return sum(f"INSERT INTO {table} (" in statement for statement in statements)

    with db_factory() as session:
        postgresql = session.connection().dialect.name == "postgresql"
    # written at once, as the next file may read them; on PostgreSQL with the commit's obligations
    # (their links known in Python: ``citations.Citations``), by a COPY
    # (``test_on_postgresql_a_commits_new_resolutions_go_in_together_their_ids_reserved_once``)
    assert writing("resolutions") == (0 if postgresql else 3)
    assert writing("obligations") == writing("obligation_history") == writing("audit_log") == 1
    with db_factory() as session:
        assert counts.check(session).ok
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 3
        assert set(session.scalars(select(Resolution.symbol).join(Obligation))) == set(FILES.values())
        # each obligation's owners, items and "created" entry went with it
        assert session.scalar(select(func.count()).select_from(HistoryEntry)) == \
            session.scalar(select(func.count()).select_from(Obligation))


def test_a_batch_looks_its_files_symbols_up_in_one_statement(db_factory, tmp_path):
    """The files of a commit are read and parsed first and their symbols looked up together
    (``Lookups.look_up_symbols``): one look-up for the batch, not one a file."""
    statements = _statements_of_a_batch(db_factory, tmp_path)
    # the held symbol's look-up (its id, or the symbols held), not the cited ones' (id, symbol)
    looked_up = [s for s in statements
                 if re.match(r"SELECT resolutions\.\w+ FROM resolutions WHERE resolutions\.symbol IN", s)]
    assert len(looked_up) == 1, looked_up
    assert _held(db_factory) == set(FILES.values())


def test_a_file_re_imported_in_the_batch_that_imported_it_finds_its_obligations(db_factory, tmp_path):
    """With ``replace``, a file whose resolution an earlier file of the same commit imported is a
    re-import of it: the earlier file's obligations, not written yet (``rows.Unwritten``), are
    written first and matched, not imported twice; a new file after it is written as usual (the
    re-import ends the commit's citations: on PostgreSQL its rows go in at once)."""
    folder = _folder(tmp_path, ["S_RES_1533_2004.txt", "A_RES_80_61.txt"])
    shutil.copy(folder / "S_RES_1533_2004.txt", folder / "again.txt")
    names = ("S_RES_1533_2004.txt", "again.txt", "A_RES_80_61.txt")
    report, said = _run(db_factory, [folder / name for name in names], replace=True)
    assert (report.imported, report.failed) == (3, 0), said
    with db_factory() as session:
        obligations = session.scalar(select(func.count()).select_from(Obligation).join(Resolution)
                                     .where(Resolution.symbol == "S/RES/1533 (2004)"))
        assert f"(replaced: {obligations} unchanged, 0 changed, 0 added, 0 removed)" in said[1][0], said
        assert _held(db_factory) == {"S/RES/1533 (2004)", "A/RES/80/61"} and counts.check(session).ok


def test_a_batch_parses_each_file_once(db_factory, tmp_path, monkeypatch):
    """The files a batch reads ahead are imported as read then, not parsed again (parsing is most
    of an import's cost), a file the parser refuses included."""
    parsed: list[str] = []
    real_parse = service.parse_within

    def parse_within(seconds, data, filename, gazetteer):
        parsed.append(filename)
        return real_parse(seconds, data, filename, gazetteer)

    monkeypatch.setattr(service, "parse_within", parse_within)
    folder = _folder(tmp_path)
    (folder / "broken.txt").write_text("This is not a resolution at all.\n", encoding="utf-8")
    report, said = _run(db_factory, resolution_files([folder]))

    assert (report.imported, report.failed) == (3, 1), said
    assert sorted(parsed) == sorted([*FILES, "broken.txt"])


def test_a_batch_reads_the_calendar_the_entities_and_the_aliases_once_not_once_a_file(db_factory, tmp_path):
    """What every import reads before writing (``Lookups``: the calendar for the due dates, the
    entities and owner candidates for the owners, the entities' names and aliases for the
    parser's gazetteer) is read once for the batch's files."""
    assert lookups_read(_statements_of_a_batch(db_factory, tmp_path)) == dict.fromkeys(LOOKUP_READS, 1)


def test_a_batch_committed_in_parts_reads_the_look_ups_once_not_once_a_commit(
        db_factory, tmp_path, monkeypatch):
    """A commit that succeeds leaves the look-ups as they are (``Lookups.reset`` is for a commit
    that fails): the files of the next commit import with them."""
    monkeypatch.setattr(batch, "FILES_PER_COMMIT", 2)  # a commit after the second file, then the third
    assert lookups_read(_statements_of_a_batch(db_factory, tmp_path)) == dict.fromkeys(LOOKUP_READS, 1)


def test_after_a_rollback_a_batch_reads_the_look_ups_again_once_not_once_a_file(
        db_factory, tmp_path, monkeypatch):
    """A file failing after writing rolls the batch's files back (``Lookups.reset``: what the
    look-ups hold expired): they are read again once for the files imported after it."""
    _failing_after_writing(monkeypatch, "A/RES/78/12")
    with sent_statements(db_factory.kw["bind"]) as sent:
        report, said = _run(db_factory, resolution_files([_folder(tmp_path)]))
    assert (report.imported, report.failed) == (2, 1), said
    assert lookups_read(statement for statement, _ in sent) == dict.fromkeys(LOOKUP_READS, 2)


def test_a_symbol_written_or_held_under_another_spelling_is_looked_up_again_in_the_batch(
        db_factory, tmp_path):
    """A file whose symbol an earlier file of the same batch wrote is held (its look-up is not
    skipped), and so is one held under another spelling before the batch."""
    folder = _folder(tmp_path, ["S_RES_1533_2004.txt"])
    shutil.copy(folder / "S_RES_1533_2004.txt", folder / "again.txt")
    report, said = _run(db_factory, [folder / "S_RES_1533_2004.txt", folder / "again.txt"])
    assert (report.imported, report.failed) == (1, 1), said
    assert said[1] == (f"FAILED {folder / 'again.txt'}: S/RES/1533 (2004) is already imported; "
                       "re-import it with --replace (replace=True)", True)
    with db_factory() as session, session.begin():
        session.execute(update(Resolution).values(symbol="S/RES/1533(2004)"))
    report, said = _run(db_factory, [folder / "again.txt"], skip_existing=True)
    assert (report.imported, report.skipped, report.failed) == (0, 1, 0), said
    assert _held(db_factory) == {"S/RES/1533(2004)"}


def test_a_failure_while_the_batchs_rows_are_written_costs_it_only_the_file_whose_rows_failed(
        db_factory, tmp_path, monkeypatch):
    """Writing the batch's rows together fails: the files since the last commit are imported again
    in a savepoint each, with their own rows; the one whose rows fail is reported, with what failed,
    and nothing of it is left."""
    from tracker.services.importing import rows

    real_write = rows.Unwritten.write
    tried: list[set[str]] = []

    def write(self, session):
        symbols = {entry["details"]["symbol"] for entry in self.audit}
        tried.append(symbols)
        if "A/RES/78/12" in symbols:
            raise RuntimeError("the disk is full")
        return real_write(self, session)

    monkeypatch.setattr(rows.Unwritten, "write", write)
    folder = _folder(tmp_path)
    report, said = _run(db_factory, resolution_files([folder]))
    assert (report.imported, report.skipped, report.failed) == (2, 0, 1), said
    assert tried[0] == set(FILES.values())  # all three at once, then each on its own
    assert said[:3] == [
        (next(m for m, _ in said if m.startswith("A/RES/71/19: ")), False),
        (f"FAILED {folder / 'A_RES_78_12.txt'}: RuntimeError: the disk is full", True),
        (next(m for m, _ in said if m.startswith("A/RES/80/61: ")), False)]
    assert _held(db_factory) == {"A/RES/71/19", "A/RES/80/61"}
    with db_factory() as session:
        assert counts.check(session).ok
        imported = {"A/RES/71/19", "A/RES/80/61"}
        assert set(session.scalars(select(Resolution.symbol).join(Obligation))) == imported
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2


def test_a_renewal_imported_in_the_same_batch_finds_the_mandate_it_renews(db_factory, tmp_path):
    """The links of a linked resolution read the obligations, its own and those of the files
    before it in the batch: they are written first."""
    from tracker.cli.demo import demo_dir

    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("A_RES_78_12.txt", "S_RES_2727_2024.txt", "S_RES_2777_2025.txt"):
        shutil.copy((CORPUS if name.startswith("A_") else demo_dir()) / name, folder / name)
    report, said = _run(db_factory, resolution_files([folder]))
    assert report.imported == 3, said
    with db_factory() as session:
        renewed = session.execute(
            select(Resolution.symbol, Obligation.renewed_by_id).join(Obligation)
            .where(Obligation.renewed_by_id.is_not(None))).all()
        assert {symbol for symbol, _ in renewed} == {"S/RES/2727 (2024)"}, renewed
        assert counts.check(session).ok


@pytest.mark.parametrize(("first", "batches"), [("S_RES_2777_2025.txt", 1), ("S_RES_2777_2025.txt", 2),
                                               ("S_RES_2727_2024.txt", 2)],
                         ids=["renewal first, one commit", "renewal first, two batches",
                              "mandate first, two batches"])
def test_a_renewal_and_the_mandate_it_renews_are_linked_in_either_order(db_factory, first, batches):
    """S/RES/2777 (2025) renews the mandate of S/RES/2727 (2024): imported before it (in the same
    commit or a batch before), or after it in a later batch, the two are linked (cited by a
    reference written before it, or citing one held; on PostgreSQL decided before their rows are
    written, ``citations.Citations``) and the mandate marked renewed."""
    from tracker.cli.demo import demo_dir

    files = sorted((demo_dir() / name for name in ("S_RES_2777_2025.txt", "S_RES_2727_2024.txt")),
                   key=lambda path: path.name != first)
    for chunk in ([files] if batches == 1 else [files[:1], files[1:]]):
        report, said = _run(db_factory, chunk)
        assert report.imported == len(chunk), said
    with db_factory() as session:
        renewed = session.scalars(select(Resolution.symbol).join(Obligation)
                                  .where(Obligation.renewed_by_id.is_not(None))).all()
        assert set(renewed) == {"S/RES/2727 (2024)"}
        assert session.scalar(select(func.count()).select_from(ResolutionLink)) == 1
        assert session.scalar(select(func.count()).select_from(DocumentReference)
                              .where(DocumentReference.target_resolution_id.is_not(None)))
        assert counts.check(session).ok


def test_a_look_up_failing_before_a_commits_files_leaves_each_file_to_read_on_its_own(
        db_factory, tmp_path, monkeypatch):
    """The symbols of a commit's files looked up at once fail (the database refused): the files
    are still imported, each read and looked up on its own."""
    from tracker.services.importing.service import Lookups

    def refused(self, session, symbols):
        raise RuntimeError("the server went away")

    monkeypatch.setattr(Lookups, "look_up_symbols", refused)
    report, said = _run(db_factory, resolution_files([_folder(tmp_path)]))
    assert (report.imported, report.failed) == (3, 0), said
    assert _held(db_factory) == set(FILES.values())


def test_on_postgresql_a_commits_new_resolutions_go_in_together_their_ids_reserved_once(
        db_factory, tmp_path, monkeypatch):
    """On PostgreSQL the ids of a commit's new resolutions and of their paragraphs are reserved in
    one statement (``rows.Reserved``), what decides whether each is linked is looked up in one
    (``citations.Citations``), and the files' resolutions and paragraphs (every level of
    sub-paragraphs) then go in by one ``COPY`` each for the commit, their footnotes and
    references as one statement; elsewhere each resolution is a statement of its own, and its
    paragraphs one a level of nesting."""
    from tracker.services.importing import rows

    copied: list[tuple[str, int]] = []
    real_copy = rows.pg_copy

    def pg_copy(session, table, written):
        copied.append((table.name, len(written)))
        real_copy(session, table, written)

    monkeypatch.setattr(rows, "pg_copy", pg_copy)
    # sub-paragraphs of sub-paragraphs, footnotes, its own symbol cited in its heading
    statements = _statements_of_a_batch(db_factory, tmp_path,
                                        ["A_RES_80_245.txt", "A_RES_78_111.txt", "A_RES_79_282.txt"])

    def writing(table: str) -> list[str]:
        return [statement for statement in statements if f"INSERT INTO {table} (" in statement]

    reserved = [statement for statement in statements if "nextval(" in statement]
    citations = [statement for statement in statements if "FROM document_references WHERE" in statement]
    with db_factory() as session:
        nested = session.scalar(select(func.count()).select_from(Paragraph).where(
            Paragraph.parent_id.in_(select(Paragraph.id).where(Paragraph.parent_id.is_not(None)))))
        paragraphs = session.scalar(select(func.count()).select_from(Paragraph))
        postgresql = session.connection().dialect.name == "postgresql"
    assert nested  # the files have sub-paragraphs of sub-paragraphs: two levels, one COPY
    if postgresql:
        assert len(reserved) == len(citations) == 1
        assert writing("resolutions") == writing("paragraphs") == []
        assert copied == [("resolutions", 3), ("paragraphs", paragraphs)]
        assert writing("footnotes") == writing("document_references")
        assert len(writing("footnotes")) == 1
    else:
        assert reserved == citations == copied == []
        assert len(writing("resolutions")) == 3
        # each file's paragraphs, then one a level of sub-paragraphs (A/RES/80/245 two, A/RES/78/111 one)
        assert len(writing("paragraphs")) == 3 + 3
        assert not set(writing("resolutions")) & set(writing("paragraphs"))


def test_on_postgresql_the_owners_new_to_the_register_go_in_once_a_commit(db_factory, tmp_path):
    """Five of these six files name an owner new to the register (an entity of the curated
    gazetteer, with its aliases): on PostgreSQL, where the commit's new resolutions go in together,
    the new owners go in with them, one INSERT a table for the commit; elsewhere a file's before
    its rows (SQLite: one statement a row)."""
    statements = _statements_of_a_batch(db_factory, tmp_path, [
        "A_RES_80_245.txt", "A_RES_78_111.txt", "A_RES_79_282.txt", *FILES])

    def writing(table: str) -> int:
        return sum(statement.startswith(f"INSERT INTO {table} (") for statement in statements)

    with db_factory() as session:
        postgresql = session.connection().dialect.name == "postgresql"
        assert session.scalar(select(func.count()).select_from(Entity)) >= 5
    if postgresql:
        assert writing("entities") == writing("entity_aliases") == 1
    else:
        assert writing("entities") >= 5


def _rows_by_offset(factory) -> dict[str, list[tuple]]:
    """The rows a new resolution's import writes, each id as its offset from its table's lowest
    (the register emptied before each import: the sequences go on)."""
    with factory() as session:
        def first(model) -> int:
            return session.scalar(select(func.min(model.id))) or 0

        r, p, f, d, o = (first(m) for m in (Resolution, Paragraph, Footnote, DocumentReference, Obligation))

        def off(value, base):
            return None if value is None else value - base

        return {
            "resolutions": sorted((row.id - r, row.symbol, row.title, row.source_text)
                                  for row in session.scalars(select(Resolution))),
            "paragraphs": sorted((row.id - p, row.resolution_id - r, off(row.parent_id, p), row.kind,
                                  row.part, row.number, row.eid, row.position, row.text, row.line)
                                 for row in session.scalars(select(Paragraph))),
            "footnotes": sorted((row.id - f, row.resolution_id - r, row.marker, row.text, row.position)
                                for row in session.scalars(select(Footnote))),
            "paragraph_footnotes": sorted((a - p, b - f) for a, b in session.execute(select(
                paragraph_footnotes.c.paragraph_id, paragraph_footnotes.c.footnote_id))),
            "references": sorted((row.id - d, row.resolution_id - r, off(row.paragraph_id, p), row.symbol,
                                  off(row.target_resolution_id, r))
                                 for row in session.scalars(select(DocumentReference))),
            "obligations": sorted((row.resolution_id - r, row.paragraph_id - p, row.kind, row.status,
                                   row.due_on, off(row.renewed_by_id, o))
                                  for row in session.scalars(select(Obligation))),
            "links": sorted((row.predecessor_id - r, row.successor_id - r, row.similarity)
                            for row in session.scalars(select(ResolutionLink))),
        }


def test_on_postgresql_a_batchs_rows_in_one_statement_a_commit_are_those_of_a_statement_a_table(
        db_factory, engine, tmp_path, monkeypatch):
    """The tests' corpus imported as a batch, its new resolutions' rows in one statement a commit
    with their ids reserved and their links decided in Python, gives the rows (ids included, as
    offsets: the sequences go on) of the same batch written as before, each resolution, its
    paragraphs by level and its footnotes and references in a statement of its own and written
    at once: the same ids in the same order, the same references (a file citing one before it in
    its commit or an earlier one, or cited by one after it, or citing itself in its heading), the
    same successor links and renewals (``plan.linked`` the same for each file)."""
    from tests.conftest import _empty_all_tables
    from tracker.services.importing import rows

    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's reserved ids")
    from tracker.cli.demo import demo_dir

    # S/RES/2777 (2025) first: it cites S/RES/2727 (2024), written after it
    files = sorted(CORPUS.glob("*.txt")) + sorted(demo_dir().glob("*.txt"), reverse=True)
    report, said = _run(db_factory, files)
    assert report.imported > 50, said
    together = _rows_by_offset(db_factory)
    _empty_all_tables(engine)
    monkeypatch.setattr(rows.Reserved, "used", staticmethod(lambda _session: False))
    report_before, said_before = _run(db_factory, files)
    assert said_before == said
    before = _rows_by_offset(db_factory)
    assert before["references"] and before["paragraph_footnotes"]
    assert any(target is not None for *_, target in before["references"])
    assert before["links"] and any(renewed is not None for *_, renewed in before["obligations"])
    assert together == before
