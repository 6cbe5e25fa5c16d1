"""Importing many files (``tracker import FOLDER``, the demo loader): each file all or nothing, a
bad file reported and skipped, committed every ``FILES_PER_COMMIT`` files.

A file is written without a savepoint of its own: a file that fails before writing anything
(``NOTHING_WRITTEN``: it does not parse, or its symbol is held) leaves the transaction as it was,
and one that fails later rolls the batch's transaction back, and the files imported since the last
commit are imported again, each in a savepoint (what every file had before; a savepoint and its
release cost each file two statements, on PostgreSQL two round trips).

The files' obligations (with their owners, items, history) and audit entries are written together
before each commit (``rows.Unwritten``): one statement per table for the batch, not per file. A
failure there is a failure after writing: the files since the last commit are imported again,
each in its savepoint with its own rows, and the one that fails is reported.

The files of a commit are read and parsed before any is imported, and their symbols looked up in
one statement (``Lookups.look_up_symbols``): a file whose symbol is not held needs no look-up of
its own. On PostgreSQL the ids of the new ones' resolutions and paragraphs are reserved in one
statement (``rows.Reserved``), and what decides whether each is linked looked up in another
(``citations.Citations``): the commit's new resolutions and paragraphs then go in by a ``COPY``
each, and their footnotes and references as one statement, before its obligations."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tracker.parsing import ParseError
from tracker.parsing.types import ParsedResolution
from tracker.services.actors import Actor

from . import rows
from .plan import AlreadyImported
from .result import ImportResult, Tally
from .service import Lookups, import_file, read_resolution

#: what a folder gives to import
SOURCE_SUFFIXES = (".txt", ".md", ".pdf", ".docx")

#: what ``import_file`` raises before it has written anything: the file cannot be read, it does
#: not parse (parsing comes first), or its symbol is held (the first look-up, before any write)
NOTHING_WRITTEN = (OSError, ParseError, AlreadyImported)

log = logging.getLogger(__name__)

#: a file read ahead: its name, its bytes (or what reading raised) and what ``read_resolution``
#: gave (or raised)
Read = tuple[str, "bytes | OSError", "tuple[ParsedResolution, str] | Exception | None"]

#: files imported per transaction, each in its own savepoint. A commit per file cost more than
#: the file's rows (on PostgreSQL a commit waits for its WAL to reach the disk; on SQLite it
#: writes the changed pages to the WAL); a commit every so many files keeps the locks a batch
#: holds short (a fraction of a second on the bench's corpus) and bounds what an interrupted
#: import has to redo (``--skip-existing``).
FILES_PER_COMMIT = 50


def _log(message: str, err: bool = False) -> None:
    log.log(logging.WARNING if err else logging.INFO, message)


def resolution_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders give their resolution files (recursively), sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES
            )
        else:
            yield path


@dataclass
class BatchReport(Tally):
    imported: int = 0
    skipped: int = 0
    failed: int = 0

    def summary(self) -> str:
        return f"{self.imported} imported, {self.skipped} skipped, {self.failed} failed; {self.tally_words()}"


def import_batch(
    factory: sessionmaker[Session],
    paths: Iterable[Path],
    actor: Actor,
    *,
    replace: bool,
    publish: bool,
    today: dt.date,
    skip_existing: bool = False,
    echo: Callable[..., None] = _log,
) -> BatchReport:
    """Import each file all or nothing (committed here every ``FILES_PER_COMMIT`` files and at
    the end; a file that fails after writing rolls back the files since the last commit, which
    are imported again in a savepoint each); a bad file is reported through
    ``echo(message, err=True)`` and skipped. A file is reported imported once committed.

    A symbol already held fails unless ``skip_existing`` (the demo loader's idempotence) or
    ``replace``."""
    report = BatchReport()
    lookups = Lookups()
    session = factory()
    #: the rows of the files since the last commit left to write before it
    later = rows.Unwritten()
    #: since the last commit, in order: (path, result) of a file imported, (message, err) of one not
    pending: list[tuple[Path, ImportResult] | tuple[str, bool]] = []

    def one(path: Path, savepoint: bool,
            ahead: Read | None = None) -> tuple[Path, ImportResult] | tuple[str, bool]:
        """The file imported (``ahead``: as read beforehand), or what to say of it. Without a
        savepoint, what may have written something (an exception not in ``NOTHING_WRITTEN``) is
        raised."""
        try:
            _begin(session)
            if ahead is None:
                ahead = read(path)
            if not savepoint:
                return path, file(ahead)
            with session.begin_nested():  # all or nothing: a failure rolls back to here
                result = file(ahead)
                later.write(session)  # its own rows, in its savepoint
                return path, result
        except Exception as exc:  # one bad file must not stop the others: report it
            if savepoint:
                later.clear()  # what it left to write was rolled back with it
                lookups.reset()  # a rollback expires what the look-ups hold
            elif not isinstance(exc, NOTHING_WRITTEN):
                raise
            if isinstance(exc, AlreadyImported) and skip_existing:
                report.skipped += 1
                return f"skipped {path}: {exc.symbol} is already imported", False
            report.failed += 1
            return f"FAILED {path}: {_failure(exc)}", True

    def read(path: Path) -> Read:
        """The file's bytes (or the ``OSError`` reading them raised) and what ``read_resolution``
        made of them (or raised)."""
        gazetteer = lookups.load(session).gazetteer
        try:
            data = path.read_bytes()
        except OSError as exc:
            return path.name, exc, None
        try:
            return path.name, data, read_resolution(session, data, path.name, gazetteer=gazetteer)
        except Exception as exc:  # noqa: BLE001 - raised by import_file, in its place
            return path.name, data, exc

    def file(ahead: Read) -> ImportResult:
        name, data, parsed = ahead
        if isinstance(data, OSError):
            raise data
        return import_file(session, data, name, actor, replace=replace, publish=publish, today=today,
                           lookups=lookups, later=later, read=parsed)

    def read_ahead(chunk: list[Path]) -> list[Read]:
        """The files of a commit read and parsed, and their symbols looked up at once."""
        _begin(session)
        done = [read(path) for path in chunk]
        parsed = [ahead[0] for _name, _data, ahead in done if isinstance(ahead, tuple)]
        lookups.look_up_symbols(session, (p.symbol for p in parsed))
        # the ids of the new ones and what decides whether each is linked (on PostgreSQL), at once
        later.prepare(session, (p for p in parsed if lookups.held_not(p.symbol)))
        return done

    def again() -> None:
        """Roll back what may be half written and import the files since the last commit again,
        each in its savepoint."""
        session.rollback()
        # the rows' objects attached by id (``rows.add_row``) stay in the session after a
        # rollback: the ids they hold may be given again
        session.expunge_all()
        later.clear()
        lookups.reset()
        for k, (what, detail) in enumerate(pending):
            if isinstance(detail, ImportResult):
                pending[k] = one(what, savepoint=True)

    def commit() -> None:
        try:
            later.write(session)
        except Exception:  # noqa: BLE001 - a file's rows failed: each file again on its own
            again()
        if not _commit(session, pending, report, echo):
            lookups.reset()

    try:
        for chunk in _chunks(paths, FILES_PER_COMMIT):
            try:
                aheads: list[Read | None] = list(read_ahead(chunk))
            except Exception:  # noqa: BLE001 - the database failed: each file reads on its own
                session.rollback()  # nothing since the last commit
                lookups.reset()
                aheads = [None] * len(chunk)
            for path, ahead in zip(chunk, aheads, strict=True):
                try:
                    pending.append(one(path, savepoint=False, ahead=ahead))
                except Exception as exc:  # it may have written: roll back, import the others again
                    again()
                    report.failed += 1
                    pending.append((f"FAILED {path}: {_failure(exc)}", True))
            commit()
    finally:
        session.close()
    echo(report.summary())
    return report


def _chunks(paths: Iterable[Path], size: int) -> Iterator[list[Path]]:
    """The paths ``size`` at a time (the last chunk may be shorter)."""
    it = iter(paths)
    while chunk := list(islice(it, size)):
        yield chunk


def _begin(session: Session) -> None:
    """Open the transaction the files' savepoints nest in. SQLite's driver opens one only before
    a write (a SAVEPOINT outside a transaction would be the transaction, and its RELEASE a
    commit): there, ``BEGIN IMMEDIATE`` (the write lock at once, since the batch will write)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _commit(session: Session, pending: list[tuple[Path, ImportResult] | tuple[str, bool]],
            report: BatchReport, echo: Callable[..., None]) -> bool:
    """Commit the files imported since the last commit and report them (a commit that fails
    imports none of them: each is reported failed); whether it committed."""
    try:
        session.commit()
        committed = True
    except Exception as exc:  # noqa: BLE001 - reported for each file it held
        session.rollback()
        committed, failure = False, _failure(exc)
    for what, detail in pending:
        if not isinstance(detail, ImportResult):
            echo(what, err=detail)
        elif committed:
            report.imported += 1
            report.add(detail)
            echo(detail.summary())
        else:
            report.failed += 1
            echo(f"FAILED {what}: {failure}", err=True)
    pending.clear()
    return committed


def _failure(exc: Exception) -> str:
    if isinstance(exc, AlreadyImported):
        return str(exc)
    if isinstance(exc, ParseError | OSError):
        message = getattr(exc, "strerror", None) or str(exc)
    else:
        message = f"{type(exc).__name__}: {exc}"
    return " ".join(str(message).split())[:500]
