"""Statements built once and kept find their compiled form by the statement (``tracker.db.KeptCompiled``),
not by hashing their cache key's value in the engine's cache at every execution."""

from __future__ import annotations

from sqlalchemy import Integer, bindparam, literal_column, select, union_all
from sqlalchemy.util import LRUCache

from tracker.db import KeptCompiled, kept_compiled
from tracker.services.counts import DayStatement


def _numbers(first: int, second: int):
    return union_all(select(literal_column(str(first)).label("n")).where(bindparam("on", type_=Integer) > 0),
                     select(literal_column(str(second)).label("n")))


def test_a_kept_statement_is_compiled_once_and_not_looked_up_in_the_engines_cache(engine, monkeypatch):
    kept = DayStatement.of(_numbers(1, 2))
    asked = []
    looked_up = LRUCache.get

    def counted(self, key, default=None):
        asked.append(key)
        return looked_up(self, key, default)

    monkeypatch.setattr(LRUCache, "get", counted)
    with engine.connect() as conn:
        assert sorted(r.n for r in kept.run(conn, {"on": 1})) == [1, 2]
        assert sorted(r.n for r in kept.run(conn, {"on": 0})) == [2]  # its parameters bound each time
        assert sorted(r.n for r in kept.run(conn, {"on": 5})) == [1, 2]
    assert asked == []
    assert len(kept.compiled["compiled_cache"]) == 1


def test_a_statement_with_an_equal_key_or_made_from_a_kept_one_is_compiled_for_itself(engine):
    """The identity of the cache key, not its value, finds an entry: a statement built again with
    the same shape (an equal key) and one derived from a kept statement (which carries nothing of
    its entry) each get their own compiled form and their own answers."""
    options = kept_compiled()
    first, again = _numbers(1, 2), _numbers(1, 2)
    derived = first.selects[0].where(bindparam("on", type_=Integer) > 10)
    with engine.connect() as conn:
        for statement, params, expected in ((first, {"on": 1}, [1, 2]), (again, {"on": 1}, [1, 2]),
                                            (derived, {"on": 3}, []), (first, {"on": 3}, [1, 2]),
                                            (derived, {"on": 11}, [1])):
            found = conn.execute(statement, params, execution_options=options)
            assert sorted(r.n for r in found) == expected, (statement, params)
    assert len(options["compiled_cache"]) == 3


def test_kept_compiled_is_emptied_past_its_limit_and_checks_the_keys_identity():
    cache = KeptCompiled(limit=2)
    dialect = object()
    key, equal_key = ("select", 1), ("select", int("1"))  # equal, two objects
    cache[(dialect, key, (), False, False)] = "compiled"
    assert cache.get((dialect, key, (), False, False)) == "compiled"
    assert cache.get((dialect, equal_key, (), False, False)) is None  # equal, not the same
    assert cache.get((dialect, key, ("x",), False, False)) is None  # other parameters' names
    assert cache.get((object(), key, (), False, False)) is None  # another dialect
    cache[(dialect, ("a",), (), False, False)] = "a"
    cache[(dialect, ("b",), (), False, False)] = "b"  # the third entry: emptied first
    assert len(cache) == 1
    assert cache.get((dialect, key, (), False, False)) is None
