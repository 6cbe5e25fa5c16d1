"""A small in-process cache for the dashboards' aggregate read models.

The overview and a search's result ids are the same for every visitor until something is written,
and at 50,000 obligations computing them costs tens of milliseconds. A ``ReadCache`` keeps them
for at most ``ttl`` seconds and is emptied whenever a session of this process commits a write
(ORM flush with changes, or an INSERT/UPDATE/DELETE executed through a session). The processes of
one ``tracker serve --workers N`` share their commits' counts (``share_generations``), so a write
committed in one empties every one's caches before its next read. Writes from another process (a
CLI import, a separate ``tracker scheduler`` or server) show up after ``ttl`` at the latest.

Values must be plain data (dataclasses, ids), never ORM instances tied to a session.
"""

from __future__ import annotations

import mmap
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

T = TypeVar("T")

_CACHES: weakref.WeakSet[ReadCache] = weakref.WeakSet()
_DIRTY = "readcache_dirty"


class ReadCache:
    def __init__(
        self, ttl: float = 30.0, max_entries: int = 512, clock: Callable[[], float] = time.monotonic
    ):
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._data: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0
        _CACHES.add(self)

    def get_or_compute(self, key: Hashable, compute: Callable[[], T]) -> T:
        if _shared is not None:
            _shared.catch_up()
        now = self._clock()
        with self._lock:
            entry = self._data.get(key)
            if entry is not None and entry[0] > now:
                self._data.move_to_end(key)
                self.hits += 1
                return entry[1]
        self.misses += 1
        generation = _generation()
        value = compute()
        with self._lock:
            if generation == _generation():  # nothing was committed meanwhile: safe to keep
                self._data[key] = (now + self.ttl, value)
                self._data.move_to_end(key)
                while len(self._data) > self.max_entries:
                    self._data.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


_generation_counter = 0


def _generation() -> Hashable:
    if _shared is None:
        return _generation_counter
    return _generation_counter, _shared.read()


def _clear_all() -> None:
    global _generation_counter
    _generation_counter += 1
    for cache in list(_CACHES):
        cache.clear()


def invalidate_all() -> None:
    """Empty every cache of this process, and tell the processes it shares commits' counts with
    (called after a commit that wrote something)."""
    _clear_all()
    if _shared is not None:
        _shared.count_a_commit()


class _SharedGenerations:
    """One counter per process of a ``tracker serve --workers N`` in memory they all map (a file's
    descriptor they inherit): each process counts its own commits that wrote in its slot, the only
    one it writes (so no count is lost between processes), and empties its caches when it finds
    any slot changed since it last looked."""

    def __init__(self, fd: int, slot: int):
        self._map = mmap.mmap(fd, 0)
        self._offset = 8 * slot
        self._lock = threading.Lock()  # one process's threads count in turn
        self._seen = self.read()

    def read(self) -> bytes:
        return self._map[:]

    def count_a_commit(self) -> None:
        with self._lock:
            count = int.from_bytes(self._map[self._offset:self._offset + 8], "little")
            self._map[self._offset:self._offset + 8] = (count + 1).to_bytes(8, "little")

    def catch_up(self) -> None:
        seen = self.read()
        if seen != self._seen:
            _clear_all()
            self._seen = seen


_shared: _SharedGenerations | None = None


def share_generations(fd: int, slot: int) -> None:
    """Share this process's commits' counts with the other processes that map the file ``fd``
    (``tracker.web.workers``), in slot ``slot`` of it."""
    global _shared
    _shared = _SharedGenerations(fd, slot)


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _context: Any) -> None:
    if session.new or session.dirty or session.deleted:
        session.info[_DIRTY] = True


@event.listens_for(Session, "do_orm_execute")
def _note_dml(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_DIRTY] = True


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if session.info.pop(_DIRTY, False):
        invalidate_all()


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, _previous: Any) -> None:
    if not session.in_transaction():
        session.info.pop(_DIRTY, None)
