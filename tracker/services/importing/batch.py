"""Importing many files (``tracker import FOLDER``, the demo loader): one transaction per file, a
bad file reported and skipped."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tracker.parsing import ParseError
from tracker.services.actors import Actor

from .plan import AlreadyImported
from .result import Tally
from .service import Lookups, import_file

#: what a folder gives to import
SOURCE_SUFFIXES = (".txt", ".md", ".pdf", ".docx")

log = logging.getLogger(__name__)


def _log(message: str, err: bool = False) -> None:
    log.log(logging.WARNING if err else logging.INFO, message)


def resolution_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders give their resolution files (recursively), sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES
                and not p.name.endswith(".expected.json")
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
    """Import each file in its own transaction (committed here: each file is a unit of work);
    a bad file is reported through ``echo(message, err=True)`` and skipped.

    A symbol already held fails unless ``skip_existing`` (the demo loader's idempotence) or
    ``replace``."""
    report = BatchReport()
    lookups = Lookups()
    session = factory()
    try:
        for path in paths:
            try:
                result = import_file(session, path.read_bytes(), path.name, actor, replace=replace,
                                     publish=publish, today=today, lookups=lookups)
                session.commit()
            except Exception as exc:  # one bad file must not stop the others: report, roll back
                session.rollback()
                lookups.reset()  # a rollback expires what the look-ups hold
                if isinstance(exc, AlreadyImported) and skip_existing:
                    report.skipped += 1
                    echo(f"skipped {path}: {exc.symbol} is already imported")
                else:
                    report.failed += 1
                    echo(f"FAILED {path}: {_failure(exc)}", err=True)
                continue
            report.imported += 1
            report.add(result)
            echo(result.summary())
    finally:
        session.close()
    echo(report.summary())
    return report


def _failure(exc: Exception) -> str:
    if isinstance(exc, AlreadyImported):
        return str(exc)
    if isinstance(exc, ParseError | OSError):
        message = getattr(exc, "strerror", None) or str(exc)
    else:
        message = f"{type(exc).__name__}: {exc}"
    return " ".join(str(message).split())[:500]
