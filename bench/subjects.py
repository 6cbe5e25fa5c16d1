"""What the bench measures, found at run time: a subject that does not exist yet is ``None``.

The product grows while the bench runs against it, so every subject is looked up here, once, and
each figure says "n/a (not built yet)" instead of failing when its subject is missing.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: the bench's clock: the register is read and reminded as on this day (a fixed day keeps runs
#: comparable; the corpus's deadlines run from 2007 to 2028 around it)
NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


def _attr(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def parser() -> Callable[..., Any] | None:
    """``parse(data, filename, gazetteer=...)``, or None."""
    return _attr("tracker.parsing", "parse")


def gazetteer_loader() -> Callable[[Any], Any] | None:
    return _attr("tracker.services.entities", "load_gazetteer")


def importer() -> Callable[..., Any] | None:
    return _attr("tracker.services.importing", "import_resolution")


def reminder_pass() -> Callable[..., Any] | None:
    return _attr("tracker.reminders", "run_pass")


def import_folder(factory, files: list[Path]) -> int:
    """``tracker import`` of these files (its ``import_batch``: a savepoint per file, a commit every
    so many files); how many failed."""
    from tracker.services.actors import Actor
    from tracker.services.importing import import_batch

    report = import_batch(factory, files, Actor.system("bench"), replace=False, publish=True, today=TODAY,
                          echo=lambda *_args, **_kw: None)
    return report.failed


class Importer:
    """Parse-and-import of one file in a transaction of its own (the corpus loader's unit)."""

    def __init__(self, factory):
        from tracker.services.actors import Actor

        self.factory = factory
        self.parse = parser()
        self.import_resolution = importer()
        self.actor = Actor.system("bench")
        self.session = factory()
        self._caches: dict[str, Any] | None = None

    def caches(self) -> dict[str, Any]:
        if self._caches is None:
            caches: dict[str, Any] = {}
            load_calendar = _attr("tracker.services.calendar", "load_calendar")
            resolver = _attr("tracker.services.entities", "EntityResolver")
            gaz = gazetteer_loader()
            if load_calendar:
                caches["calendar"] = load_calendar(self.session)
            if resolver:
                caches["resolver"] = resolver.load(self.session)
            if gaz:
                caches["gazetteer"] = gaz(self.session)
            self._caches = caches
        return self._caches

    def parse_file(self, path: Path) -> Any:
        gaz = self.caches().get("gazetteer")
        data = path.read_bytes()
        return self.parse(data, path.name, gazetteer=gaz) if gaz else self.parse(data, path.name)

    def store(self, parsed: Any, path: Path, text: str | None) -> Any:
        caches = self.caches()
        try:
            result = self.import_resolution(
                self.session, parsed, self.actor, today=TODAY, source_text=text, filename=path.name,
                now=NOW, calendar=caches.get("calendar"), resolver=caches.get("resolver"),
            )
            self.session.commit()
        except BaseException:
            self.session.rollback()
            self._caches = None  # a rollback expires what the caches hold
            raise
        return result

    def import_file(self, path: Path) -> Any:
        parsed = self.parse_file(path)
        return self.store(parsed, path, path.read_text(encoding="utf-8", errors="replace"))

    def close(self) -> None:
        self.session.close()
