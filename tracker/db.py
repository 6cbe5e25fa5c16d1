"""One engine, one metadata, plain SQLAlchemy 2 sessions shared by the web, the CLI and the scheduler."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    CompoundSelect,
    Connection,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    bindparam,
    create_engine,
    event,
    func,
    literal_column,
    null,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator

from tracker.clock import utcnow  # noqa: F401 (the clock's real time, long imported from here)

#: Constraint names are stable across databases, so migrations can drop and alter them.
#: the largest row id: ids are INTEGER columns (4 bytes on PostgreSQL). Ids in URLs and filters are
#: validated against it (and the OpenAPI document says so), so a larger one, up to 2^63-1 and beyond,
#: is "not found", never an overflow in the driver or the database (500)
MAX_ID = 2**31 - 1

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on every database (SQLite hands back naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


def link_table(name: str, left: tuple[str, str], right: tuple[str, str], *extra: Any,
               index_right: bool = False) -> Table:
    """A table of links between the rows of two tables: ``left`` and ``right`` are (column, the
    ``table.id`` it refers to); the two together are the primary key, and a link is deleted with
    either row it links. ``index_right`` indexes the right column alone (to find the links of one
    of its rows); ``extra`` holds further indexes."""
    return Table(
        name,
        Base.metadata,
        Column(left[0], ForeignKey(left[1], ondelete="CASCADE"), primary_key=True),
        Column(right[0], ForeignKey(right[1], ondelete="CASCADE"), primary_key=True,
               index=True if index_right else None),
        *extra,
    )


def hybrid(in_sql: Callable[..., Any], *, method: bool = False) -> Callable[[Callable[..., Any]], Any]:
    """A rule of a model written once, as its two halves side by side: the decorated function is
    the Python predicate (on a loaded row), ``in_sql(cls, *args)`` the SQL expression (in counts
    and filters). A hybrid property; with ``method``, a hybrid method (a rule that takes
    arguments, such as today's date)."""

    def build(on_row: Callable[..., Any]) -> Any:
        return (hybrid_method if method else hybrid_property)(on_row, expr=in_sql)

    return build


class _Ids(TypeDecorator):
    """Row ids bound as one parameter (``among``): an ``INTEGER[]`` on PostgreSQL, a JSON array's
    text on SQLite."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        return dialect.type_descriptor(ARRAY(Integer) if dialect.name == "postgresql" else String())

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return list(value) if dialect.name == "postgresql" else json.dumps(list(value))


class among(ColumnElement[bool]):  # noqa: N801 (an SQL expression, named as the others are)
    """``column`` is one of the ids bound as ``name`` (any sequence of ints): one parameter
    whatever their number, where ``in_(bindparam(name, expanding=True))`` writes one per id into
    the statement at every execution (a page of 100 ids: SQLAlchemy rewrites the statement and
    psycopg, past 50 parameters or 4,096 characters, parses it again, uncached, each time). Both
    databases look each id up through the column's index, as for an IN list: PostgreSQL's
    ``= ANY (array)`` is what it makes of an IN list; SQLite reads ``json_each`` of the array."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a condition as it is (else SQLite's WHERE gets "= 1": no index)
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement),
                           ("ids", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any, name: str) -> None:
        self.column = column
        self.ids = bindparam(name, type_=_Ids())


@compiles(among, "postgresql")
def _among_on_postgresql(element: among, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} = ANY ({compiler.process(element.ids, **kw)})"


@compiles(among)
def _among_elsewhere(element: among, compiler: Any, **kw: Any) -> str:
    # compiled SQL of a column and a bound parameter, no value written in
    return (f"{compiler.process(element.column, **kw)} IN "  # noqa: S608
            f"(SELECT value FROM json_each({compiler.process(element.ids, **kw)}))")


def decode_json(text: str | bytes) -> Any:
    """JSON read from the database (the JSON columns, the rows' JSON arrays: ``rows``, the
    resolution page's head) decoded by orjson: the same values as ``json.loads`` gives for what
    either database writes, ≈ 5× faster; the API list's page decodes 400 small arrays
    (bench/README.md, 5 December 2026). What is not text raises ``TypeError``, as ``json.loads``
    does: SQLite hands a JSON column's number over as a number, and SQLAlchemy's SQLite JSON type
    keeps it on that ``TypeError`` (orjson's own error is a ``ValueError``)."""
    if not isinstance(text, str | bytes | bytearray | memoryview):
        raise TypeError(f"the JSON object must be str or bytes, not {type(text).__name__}")
    return orjson.loads(text)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine (connections checked before use, unless ``pool_pre_ping=False``: the
    web's, whose requests run again instead, ``tracker.web.db``; JSON decoded by ``decode_json``,
    by psycopg on PostgreSQL); on SQLite, enforce foreign keys and wait for locks instead of
    failing."""
    kwargs.setdefault("json_deserializer", decode_json)
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
    # a pooled connection the server dropped (a restart) is replaced before use, not failed on
    kwargs.setdefault("pool_pre_ping", True)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            if engine.url.database not in (None, "", ":memory:"):
                # WAL lets readers run beside the writer; NORMAL is durable with WAL except for the
                # last commits before a power cut, and spares an fsync per commit
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    return engine


class KeptCompiled:
    """The compiled forms of statements built once and kept, found by the identity of their cache
    key: a ``compiled_cache`` for their executions (``kept_compiled``). SQLAlchemy finds a
    statement's compiled form in the engine's cache by the value of its cache key, a tuple of the
    whole expression tree, which it hashes at every execution (a tuple keeps no hash): 5-50 µs for
    each of the overview's five statements at every request, ≈ 0.15 ms (bench/README.md, 6
    December 2026). A kept statement makes its cache key once and keeps it (SQLAlchemy memoises
    ``_generate_cache_key`` on the statement), so that key's identity names the statement for as
    long as an entry holds the key; the dialect and the rest of the engine's key (the parameters'
    names, the schema map, ``executemany``) are compared by value. A statement made anew (another
    key) gets an entry of its own; past ``limit`` entries the cache is emptied."""

    __slots__ = ("_entries", "limit")

    def __init__(self, limit: int = 16) -> None:
        self._entries: dict[tuple[Any, ...], tuple[Any, Any]] = {}
        self.limit = limit

    def get(self, key: tuple[Any, ...], default: Any = None) -> Any:
        dialect, cache_key, *rest = key
        found = self._entries.get((dialect, id(cache_key), *rest))
        return found[1] if found is not None and found[0] is cache_key else default

    def __setitem__(self, key: tuple[Any, ...], compiled: Any) -> None:
        dialect, cache_key, *rest = key
        if len(self._entries) >= self.limit:
            self._entries.clear()
        self._entries[(dialect, id(cache_key), *rest)] = (cache_key, compiled)

    def __len__(self) -> int:
        return len(self._entries)


def kept_compiled(limit: int = 16) -> dict[str, Any]:
    """Execution options for statements built once and kept (a module's constant, a
    ``DayStatement``): their compiled forms kept apart, found by the statement (``KeptCompiled``).
    ``connection.execute(statement, params, execution_options=KEPT)``; never for a statement built
    per call, whose every call would add an entry."""
    return {"compiled_cache": KeptCompiled(limit)}


#: ``kept_compiled`` for a module's statements built once (a few dozen in all)
KEPT = kept_compiled(64)


def end_if_nothing_written(connection: Connection) -> None:
    """On PostgreSQL, end the connection's transaction with COMMIT when it wrote nothing, which is
    the same as a ROLLBACK for it (nothing to keep, nothing to undo) but keeps the statements
    psycopg prepared on the connection: psycopg forgets, and deallocates, every one of them at a
    ROLLBACK, so a connection whose transactions always end with one parses and plans every
    statement again (the web's read requests did; bench/README.md, 4 December 10:40-12:00). It
    wrote nothing when every statement it ran only read (``note_reads``: the web's engine notes
    it as they run, so a read request's transaction ends without asking the server: one round
    trip fewer), else when PostgreSQL assigned it no transaction id (it assigns one at the first
    write, row lock or temporary table). The driver commits, not a session, which would flush
    what it holds and never wrote; a transaction with a write or an error, an idle connection and
    other databases are left as they are, for the caller's rollback."""
    if connection.dialect.name != "postgresql":
        return
    from psycopg.pq import TransactionStatus

    driver = connection.connection.driver_connection
    if driver.info.transaction_status != TransactionStatus.INTRANS:  # idle, or an error to undo
        return
    if connection.info.get(_MAY_HAVE_WRITTEN) is False:  # noted: every statement only read
        driver.commit()
        return
    try:
        wrote_nothing = connection.exec_driver_sql("SELECT pg_current_xact_id_if_assigned() IS NULL").scalar()
    except SQLAlchemyError:  # a connection lost: the caller's rollback deals with it
        return
    if wrote_nothing:
        driver.commit()


#: ``Connection.info``: False while the connection's transaction has run only statements that read
#: (``note_reads``), True once it ran one that may write; absent when the engine does not note it
_MAY_HAVE_WRITTEN = "tracker_may_have_written"


def note_reads(engine: Engine) -> None:
    """Have the engine's connections note, as a transaction runs, whether it ran anything but
    statements that only read, for ``end_if_nothing_written``: a statement only reads when
    SQLAlchemy compiled it as a ``SELECT`` (or a union of them) without a data-modifying CTE. A
    text statement, one run as the driver's SQL, and any INSERT, UPDATE or DELETE may write, and
    then the server is asked. (A ``SELECT … FOR UPDATE`` takes row locks and writes nothing: a
    COMMIT releases them as a ROLLBACK does.)"""

    @event.listens_for(engine, "begin")
    def _began(connection: Connection) -> None:
        connection.info[_MAY_HAVE_WRITTEN] = False

    @event.listens_for(engine, "before_cursor_execute")
    def _ran(connection: Connection, _cursor: Any, _statement: str, _parameters: Any, context: Any,
             _executemany: bool) -> None:
        if connection.info.get(_MAY_HAVE_WRITTEN) is False and not _reads_only(context):
            connection.info[_MAY_HAVE_WRITTEN] = True


def _reads_only(context: Any) -> bool:
    """The statement of the execution ``context`` only reads: a compiled ``SELECT`` or union of
    them, none of whose CTEs is an INSERT, UPDATE or DELETE."""
    compiled = getattr(context, "compiled", None)
    if compiled is None or not isinstance(compiled.statement, Select | CompoundSelect):
        return False
    return not any(isinstance(cte.element, UpdateBase) for cte in compiled.ctes or ())


def plan_every_execution(engine: Engine) -> None:
    """On PostgreSQL, have the engine's connections plan a statement they keep prepared with each
    execution's values, as PostgreSQL plans one not prepared, never by a generic plan
    (``plan_cache_mode``; ``plan_once_for_any_values`` lifts it for a transaction). For the web,
    whose requests now keep their statements prepared (``end_if_nothing_written``): among them
    the search's, whose best plan depends on its words and filters (with generic plans allowed,
    12 searches cost the server 1.45× the CPU; bench/README.md, 4 December 10:40-12:00). What
    stays saved is each statement's parsing and analysis."""
    if engine.dialect.name != "postgresql":
        return

    @event.listens_for(engine, "connect")
    def _custom_plans(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET plan_cache_mode = force_custom_plan")
        dbapi_connection.commit()


def plan_once_for_any_values(session: Session) -> None:
    """On PostgreSQL, let the statements that follow in the session's transaction be planned once
    for any values (PostgreSQL's generic plan, which it may choose after five executions of a
    statement the connection keeps prepared) rather than with each execution's (the web's
    connections plan every execution: ``tracker.web.db``). For a read whose statements' best plans
    do not depend on their values, only on the day: the overview's 8 plans were ≈ 2.4 ms of the
    server's CPU a request at 50k (5.0 -> 2.6 ms with this, bench/README.md, 4 December
    10:40-12:00). For the rest of the transaction only (``SET LOCAL``)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().execute(_GENERIC_PLANS, execution_options=KEPT)


#: PostgreSQL's plan mode for the rest of the transaction (``SET LOCAL``): its own choice; written,
#: not bound, so that a statement that asks for it has no parameter of its own
_AUTO_PLANS = func.set_config(literal_column("'plan_cache_mode'"), literal_column("'auto'"), true())
_GENERIC_PLANS = select(_AUTO_PLANS)


def then_planned_once_for_any_values(statement: CompoundSelect) -> CompoundSelect:
    """``statement`` (a union of selects), which also does, on PostgreSQL, what
    ``plan_once_for_any_values`` does, as it runs: one more part, which returns no row and sets
    the plan mode for the statements that follow in the transaction (a condition on no column,
    evaluated once). For a transaction's first statement, whose plan does not depend on the mode
    (one without parameters): the statement and the mode in one round trip instead of two. For
    PostgreSQL only: ``set_config`` is its own."""
    return union_all(*statement.selects, select(*(null() for _ in statement.selected_columns))
                     .where(_AUTO_PLANS.is_(None)))


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """The boundary of a unit of work (a CLI command, a scheduler job): commit or roll back."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
