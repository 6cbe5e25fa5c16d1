"""The rows an import adds, as a few multi-row INSERTs: for a new resolution and a re-import alike
(on PostgreSQL, several tables' rows in one statement where no id is needed back).

Rows go in through Core statements, not the ORM's unit of work: importing thousands of
resolutions stays close to the cost of parsing them.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Executable,
    String,
    Table,
    bindparam,
    event,
    insert,
    inspect,
    select,
)
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.engine import Dialect, Result
from sqlalchemy.orm import Session, make_transient_to_detached

from tracker.db import UTCDateTime
from tracker.models import (
    AuditEntry,
    DocumentReference,
    Footnote,
    HistoryEntry,
    Obligation,
    ObligationItem,
    Paragraph,
    ParagraphKind,
    Resolution,
    obligation_candidates,
    obligation_owners,
    paragraph_footnotes,
)
from tracker.parsing.types import OperativeParagraph, ParsedResolution

from .plan import ImportPlan, NewObligation, cited_symbol, paragraph_count, sub_eid, symbol_variants, walk

if TYPE_CHECKING:
    from .citations import Citations


def flush_pending(session: Session) -> None:
    """Flush the objects added to, changed in or deleted from the session, if any, as
    ``session.execute`` would before a statement: what each statement here run on the session's
    connection does first (a flush with nothing to write still costs its bookkeeping)."""
    if session.new or session.dirty or session.deleted:
        session.flush()


def execute(session: Session, statement: Executable, params: Any = None) -> Result[Any]:
    """A Core statement on the session's connection, in its transaction: what ``session.execute``
    does for one, without the ORM's per-statement work (which costs more than an INSERT). Objects
    added to the session are flushed first (``flush_pending``), as ``session.execute`` would."""
    flush_pending(session)
    return session.connection().execute(statement, params)


#: statements built once per process: building, and computing the cache key of, a statement
#: costs more than running a small one
_INSERTS: dict[tuple[Table, str | None], Executable] = {}


def _insert(table: Table, key: str | None) -> Executable:
    """INSERT into ``table``; with ``key``, returning the new id and that column ("id": the id)."""
    statement = _INSERTS.get((table, key))
    if statement is None:
        statement = insert(table)
        if key == "id":
            statement = statement.returning(table.c.id)
        elif key is not None:
            statement = statement.returning(table.c.id, table.c[key])
        _INSERTS[(table, key)] = statement
    return statement


def insert_rows(session: Session, model: type | Table, rows: list[dict[str, Any]], *,
                key: str | None = None) -> dict[Any, int]:
    """One multi-row INSERT of rows with the same keys (Core, not the ORM's bulk path; on
    PostgreSQL ``_pg_insert``); with ``key``, the new ids by the value of that column, which
    must be unique among ``rows``.

    The ids come back by value, not by position: asking for them in the order of ``rows``
    (``sort_by_parameter_order``) makes SQLite fall back to one INSERT per row."""
    if not rows:
        return {}
    table = model if isinstance(model, Table) else model.__table__
    dialect = session.connection().dialect.name
    if dialect == "postgresql":
        result = _pg_insert(session, [(table, rows)], key)
    elif dialect == "sqlite":
        result = _sqlite_insert(session, table, rows, key)
    else:
        result = execute(session, _insert(table, key), rows)
    if key is None:
        return {}
    return {value: row_id for row_id, value in result}


def insert_together(session: Session, inserts: list[tuple[type | Table, list[dict[str, Any]]]]) -> None:
    """Several tables' rows whose ids nobody needs (each table's rows with the same keys), in
    this order: on PostgreSQL one statement whatever the number of tables (an INSERT each in a
    ``WITH``), elsewhere a multi-row INSERT per table."""
    inserts = [(model if isinstance(model, Table) else model.__table__, rows)
               for model, rows in inserts if rows]
    if not inserts:
        return
    dialect = session.connection().dialect.name
    if dialect == "postgresql":
        _pg_insert(session, inserts, None)
    else:
        for table, rows in inserts:
            if dialect == "sqlite":
                _sqlite_insert(session, table, rows, None)
            else:
                execute(session, _insert(table, None), rows)


def _pg_insert(session: Session, inserts: list[tuple[Table, list[dict[str, Any]]]],
               key: str | None) -> Result[Any]:
    """PostgreSQL: each table's rows as ``INSERT … SELECT FROM unnest()`` of one array per
    column, in one statement (all but the last in a ``WITH``); with ``key``, the last returns
    (id, ``key``). Each value is what its column's type binds (the same bind processor).

    The statement's text does not depend on the number of rows: the driver converts it once and
    the server prepares it once, where a multi-row VALUES is a new statement for every number of
    rows; and it is one statement, where an executemany is one per row, each running the
    statement-level triggers that keep the counts."""
    flush_pending(session)
    connection = session.connection()
    shape = _shape(inserts)
    cached = _PG_STATEMENTS.get((shape, key))
    if cached is None:
        cached = _PG_STATEMENTS[(shape, key)] = _pg_statement(connection.dialect, shape, key)
    statement, processors = cached
    return connection.exec_driver_sql(statement, _pg_params(inserts, processors))


def _shape(inserts: list[tuple[Table, list[dict[str, Any]]]]) -> tuple[tuple[Table, tuple[str, ...]], ...]:
    """The tables and their columns (those of each table's first row)."""
    return tuple((table, tuple(rows[0])) for table, rows in inserts)


def _pg_params(inserts: list[tuple[Table, list[dict[str, Any]]]],
               processors: list[list[tuple[str, Any, bool]]]) -> dict[str, str]:
    """The parameters of ``_pg_parts``' INSERTs: each column's values as an array literal."""
    return {f"{table.name}__{name}": pg_array(_column(rows, name, process, by_value))
            for (table, rows), columns in zip(inserts, processors, strict=True)
            for name, process, by_value in columns}


def _column(rows: list[dict[str, Any]], name: str, process: Any, by_value: bool) -> list[Any]:
    """The values of column ``name`` in ``rows``, each through its bind processor ``process``
    (None: as they are); with ``by_value``, the processor runs once per distinct value (an
    import's timestamps are all the same ``now``, its dates and flags few)."""
    values = list(map(itemgetter(name), rows))
    if process is None:
        return values
    if by_value:
        done = {value: process(value) for value in set(values)}
        return list(map(done.__getitem__, values))
    return list(map(process, values))


#: the types whose bind processor gives equal values the same result, for values that are equal
#: only when they bind the same (dates, timestamps, flags; not JSON, where 1 and True are equal
#: in Python and written differently)
_BY_VALUE_TYPES = (Date, DateTime, UTCDateTime, Boolean)


def _processor(column_type: Any, dialect: Dialect) -> tuple[Any, bool]:
    """``column_type``'s bind processor for ``dialect`` (None when values go as they are) and
    whether it may run once per distinct value."""
    return column_type._cached_bind_processor(dialect), isinstance(column_type, _BY_VALUE_TYPES)


def pg_array(values: Iterable[Any]) -> str:
    """A PostgreSQL array literal of ``values`` (each one's text quoted, ``NULL`` for None), for a
    parameter the statement casts to the column's array type (``%(p)s::INTEGER[]``): the driver
    sends one string, where it would dump a list element by element in Python (most of the
    client's time in an import's statements). Each value's text is what its type's input reads
    back to the same value (a ``str`` as it is, numbers, dates and times by ``str()``)."""
    return "{" + ",".join(
        "NULL" if v is None
        else '"' + (v if isinstance(v, str) else str(v)).replace("\\", "\\\\").replace('"', '\\"') + '"'
        for v in values) + "}"


#: the statements of ``_pg_insert`` by tables, columns and key
_PG_STATEMENTS: dict[Any, tuple[str, list[list[tuple[str, Any, bool]]]]] = {}


def _pg_statement(dialect: Dialect, shape: tuple[tuple[Table, tuple[str, ...]], ...],
                  key: str | None) -> tuple[str, list[list[tuple[str, Any, bool]]]]:
    """``_pg_insert``'s SQL and, per table, its columns with their bind processors (and whether
    each runs once per distinct value)."""
    parts, processors = _pg_parts(dialect, shape)
    *first, last = parts
    statement = f"WITH {', '.join(_named(first))} {last}" if first else last
    if key is not None:
        statement += " RETURNING id" + ("" if key == "id" else f", {key}")
    return statement, processors


def _named(parts: list[str]) -> list[str]:
    """``_pg_parts``' INSERTs as the named parts of a ``WITH`` (``i0 AS (…)``, …)."""
    return [f"i{k} AS ({part})" for k, part in enumerate(parts)]


def _pg_parts(dialect: Dialect, shape: tuple[tuple[Table, tuple[str, ...]], ...],
              ) -> tuple[list[str], list[list[tuple[str, Any, bool]]]]:
    """An ``INSERT … SELECT FROM unnest()`` per table of ``shape`` (its parameters named
    ``table__column``) and, per table, its columns with their bind processors."""
    parts, processors = [], []
    for table, names in shape:
        arrays, selected = [], []
        for name in names:
            column_type = table.c[name].type  # a column of the table, or KeyError
            if isinstance(column_type, JSON):  # as text: the JSON the type writes
                arrays.append(f"%({table.name}__{name})s::TEXT[]")
                selected.append(f"{name}::JSON")
            else:
                # strings as TEXT: a cast to VARCHAR(n) would cut a longer value, where the
                # column refuses it (as it did a longer value in a VALUES list)
                is_text = isinstance(column_type, String) and not isinstance(column_type, Enum)
                array_type = "TEXT" if is_text else column_type.compile(dialect=dialect)
                arrays.append(f"%({table.name}__{name})s::{array_type}[]")
                selected.append(name)
        # the model's own table and column names; every value is a parameter
        parts.append(f"INSERT INTO {table.name} ({', '.join(names)})"  # noqa: S608
                     f" SELECT {', '.join(selected)}"
                     f" FROM unnest({', '.join(arrays)}) AS rows ({', '.join(names)})")
        processors.append(_pg_processors(dialect, table, names))
    return parts, processors


def _pg_processors(dialect: Dialect, table: Table, names: tuple[str, ...]) -> list[tuple[str, Any, bool]]:
    """PostgreSQL: each of these columns of ``table`` with its bind processor (a JSON column's
    writes the JSON as text) and whether it may run once per distinct value (``_column``)."""
    columns = []
    for name in names:
        column_type = table.c[name].type  # a column of the table, or KeyError
        if isinstance(column_type, JSON):
            process = column_type._make_bind_processor(None, dialect._json_serializer or json.dumps)
            columns.append((name, process, False))
        else:
            columns.append((name, *_processor(column_type, dialect)))
    return columns


def pg_copy(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL: rows with the same keys into ``table`` by ``COPY … FROM STDIN``, each value
    through its column's bind processor, as ``_pg_insert``'s. Cheaper than ``INSERT … SELECT FROM
    unnest()`` for many rows on both sides: psycopg writes the rows in C where ``pg_array``
    quotes each value in Python, and the server reads them without parsing an array per column
    first. The table's statement triggers run once, as for one INSERT; no id comes back."""
    if not rows:
        return
    connection = session.connection()
    names = tuple(rows[0])
    processors = _PG_COPY_PROCESSORS.get((table, names))
    if processors is None:
        processors = _PG_COPY_PROCESSORS[(table, names)] = _pg_processors(connection.dialect, table, names)
    columns = [_column(rows, name, process, by_value) for name, process, by_value in processors]
    # run as any statement is (its failure the ``DBAPIError`` naming it that callers catch: an
    # import's failure, a request run again; a dropped connection invalidated), the rows written
    # by ``_copy_rows`` where the driver would execute it
    connection.exec_driver_sql(f"COPY {table.name} ({', '.join(names)}) FROM STDIN",  # the model's names
                               execution_options={_COPY_ROWS: zip(*columns, strict=True)})


#: the execution option carrying ``pg_copy``'s rows to ``_copy_rows``
_COPY_ROWS = "tracker_copy_rows"


def _copy_rows(cursor: Any, statement: str, _parameters: Any, context: Any) -> bool:
    """psycopg's dialect executing a statement (SQLAlchemy's ``do_execute`` event): ``pg_copy``'s
    ``COPY … FROM STDIN`` with its rows through the cursor's ``copy()`` (True: done here); any
    other statement is left to the driver."""
    rows = context.execution_options.get(_COPY_ROWS)
    if rows is None:
        return False
    with cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
    return True


event.listen(PGDialect_psycopg, "do_execute", _copy_rows)


#: ``pg_copy``'s bind processors by table and columns
_PG_COPY_PROCESSORS: dict[tuple[Table, tuple[str, ...]], list[tuple[str, Any, bool]]] = {}


#: SQLite's limit of parameters in one statement (SQLITE_MAX_VARIABLE_NUMBER, 32766 since 3.32)
_SQLITE_MAX_PARAMETERS = 32766


def _sqlite_insert(session: Session, table: Table, rows: list[dict[str, Any]],
                   key: str | None) -> list[Any]:
    """SQLite: the rows straight to the driver, each value through its column's bind processor
    (what SQLAlchemy would bind): without ``key`` one single-row INSERT run for every row
    (``executemany``, prepared once); with ``key`` multi-row INSERTs ``RETURNING`` (id, ``key``)
    (the id alone when ``key`` is "id"), as many rows in each as the parameters allow.

    SQLAlchemy's own multi-row INSERT does per-row work in Python (parameters built, processed
    and flattened row by row, the statement's batches assembled) that cost more than SQLite's
    inserting the rows."""
    flush_pending(session)
    connection = session.connection()
    names = tuple(rows[0])
    processors = _SQLITE_PROCESSORS.get((table, names))
    if processors is None:
        processors = _SQLITE_PROCESSORS[(table, names)] = [
            _processor(table.c[name].type, connection.dialect) for name in names]
    # column by column, then zipped into rows: Python per column, not per value
    columns = [_column(rows, name, *processor) for name, processor in zip(names, processors, strict=True)]
    values = list(zip(*columns, strict=True))
    # the model's own table and column names; every value is a parameter
    head = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES "  # noqa: S608
    one = f"({', '.join('?' * len(names))})"
    if key is None:
        connection.exec_driver_sql(head + one, values)
        return []
    returning = " RETURNING id" + ("" if key == "id" else f", {key}")
    per = max(1, _SQLITE_MAX_PARAMETERS // len(names))
    returned: list[Any] = []
    for start in range(0, len(values), per):
        chunk = values[start:start + per]
        returned += connection.exec_driver_sql(
            head + ", ".join([one] * len(chunk)) + returning,
            tuple(chain.from_iterable(chunk))).all()
    return returned


#: ``_sqlite_insert``'s bind processors by table and columns
_SQLITE_PROCESSORS: dict[tuple[Table, tuple[str, ...]], list[tuple[Any, bool]]] = {}


def add_row(session: Session, obj: Any) -> int:
    """INSERT a new object's row with one Core statement and attach the object as persistent,
    with its id: what a flush would do for it, without the unit of work's bookkeeping (which
    costs more than the statement). Columns it leaves to their defaults load on first use."""
    obj.id = execute(session, _insert(inspect(obj).mapper.local_table, "id"), _values(obj)).scalar_one()
    _attach(session, obj)
    return obj.id


def _values(obj: Any) -> dict[str, Any]:
    """A new object's row: the columns it has values for."""
    state = inspect(obj)
    return {prop.columns[0].key: state.dict[prop.key]
            for prop in state.mapper.column_attrs if prop.key in state.dict}


def _attach(session: Session, obj: Any) -> None:
    """Attach an object whose row was inserted (its id set) as persistent."""
    make_transient_to_detached(obj)
    session.add(obj)


def insert_paragraphs(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Paragraph rows (eIds unique among them), their ids in the order of ``rows``."""
    by_eid = insert_rows(session, Paragraph, rows, key="eid")
    return [by_eid[row["eid"]] for row in rows]


class GivenIds:
    """PostgreSQL: paragraph rows given ids reserved for them (``Reserved.take``), in order, and
    kept to go in with their resolution's row (``add_footnotes_and_references``): what
    ``insert_paragraphs`` returns, without a statement."""

    def __init__(self, ids: list[int]):
        self.ids = ids
        self.rows: list[dict[str, Any]] = []

    def __call__(self, _session: Session, rows: list[dict[str, Any]]) -> list[int]:
        given = self.ids[len(self.rows):len(self.rows) + len(rows)]
        if len(given) < len(rows):
            raise ValueError(f"{len(self.ids)} paragraph ids reserved, more paragraphs written")
        for row, paragraph_id in zip(rows, given, strict=True):
            row["id"] = paragraph_id
        self.rows.extend(rows)
        return given


@dataclass
class Reserved:
    """PostgreSQL: ids taken ahead from the resolutions' and paragraphs' sequences, handed out in
    order (a batch reserves those of a commit's new resolutions in one statement), so that a new
    resolution's row, paragraphs, footnotes and references go in together, written with no id
    coming back (``_pg_footnotes_and_references``). A rollback
    leaves them reserved: a sequence gives an id once, whatever becomes of the transaction."""

    resolutions: deque[int] = field(default_factory=deque)
    paragraphs: deque[int] = field(default_factory=deque)

    @staticmethod
    def used(session: Session) -> bool:
        """Whether the database's new resolutions are written with reserved ids."""
        return session.connection().dialect.name == "postgresql"

    def reserve(self, session: Session, resolutions: Iterable[ParsedResolution]) -> None:
        """Reserve the ids of these new resolutions and of their paragraphs (one statement)."""
        resolutions = list(resolutions)
        if resolutions and self.used(session):
            self._reserve(session, len(resolutions), sum(map(paragraph_count, resolutions)))

    def _reserve(self, session: Session, resolutions: int, paragraphs: int) -> None:
        reserved = session.connection().exec_driver_sql(
            _RESERVE, {"resolutions": resolutions, "paragraphs": paragraphs}).one()
        self.resolutions.extend(sorted(reserved[0]))
        self.paragraphs.extend(sorted(reserved[1]))

    def take(self, session: Session, paragraphs: int) -> tuple[int, GivenIds]:
        """A resolution's id and its ``paragraphs`` paragraphs' ids, reserved now if they were not."""
        missing = max(0, paragraphs - len(self.paragraphs))
        if missing or not self.resolutions:
            self._reserve(session, 0 if self.resolutions else 1, missing)
        return self.resolutions.popleft(), GivenIds([self.paragraphs.popleft() for _ in range(paragraphs)])


#: ``Reserved``: the next ids of the resolutions' and the paragraphs' sequences
_RESERVE = (
    "SELECT ARRAY(SELECT nextval(pg_get_serial_sequence('resolutions', 'id'))"
    " FROM generate_series(1, %(resolutions)s)),"
    " ARRAY(SELECT nextval(pg_get_serial_sequence('paragraphs', 'id'))"
    " FROM generate_series(1, %(paragraphs)s))"
)


def insert_subparagraphs(
    session: Session, plan: ImportPlan, rid: int,
    parents: list[tuple[int, str, OperativeParagraph]], position: int,
    insert: Callable[[Session, list[dict[str, Any]]], list[int]] = insert_paragraphs,
) -> tuple[list[list[tuple[str, int]]], dict[str, int], int]:
    """The sub-paragraph rows of these operative paragraphs ((id, eId, parsed paragraph) each),
    one ``insert`` per level of nesting (an INSERT, or ``GivenIds``), numbered on from ``position``.

    Returns, per parent, its items ((full label, id) in document order); the ids by the parser's
    eId (or ours); and the last position used."""
    # each point's place in its paragraph, depth first: the items follow it, not the levels
    place = {id(sub): n for _pid, _peid, op in parents
             for n, (_label, sub, _depth) in enumerate(walk(op.subparagraphs))}
    placed: list[tuple[int, int, str, int]] = []
    ids: dict[str, int] = {}
    level = [(parent_id, parent_eid, sub, sub.label, k)
             for k, (parent_id, parent_eid, op) in enumerate(parents)
             for sub in op.subparagraphs]
    while level:
        rows = []
        for parent_id, parent_eid, sub, _label, k in level:
            position += 1
            rows.append(plan.paragraph_row(
                rid, ParagraphKind.SUBPARAGRAPH, sub.label, plan.unique_eid(sub_eid(sub, parent_eid)),
                position, sub.text, part=parents[k][2].part, parent_id=parent_id,
            ))
        sub_ids = insert(session, rows)
        following = []
        for (_pid, _peid, sub, label, k), sub_id, row in zip(level, sub_ids, rows, strict=True):
            placed.append((k, place[id(sub)], label, sub_id))
            ids.setdefault(sub.eid or row["eid"], sub_id)
            following.extend((sub_id, row["eid"], child, f"{label} ({child.label})", k)
                             for child in sub.subparagraphs)
        level = following
    items_of: list[list[tuple[str, int]]] = [[] for _ in parents]
    for k, _place, label, sub_id in sorted(placed):
        items_of[k].append((label, sub_id))
    return items_of, ids, position


def insert_obligations(session: Session, plan: ImportPlan, rid: int, new: list[NewObligation],
                       comment: str, later: Unwritten | None = None) -> list[dict[str, Any]]:
    """The obligations, their owners, owner candidates, items and a "created" history entry each:
    written now, or with ``later``'s other rows when it is written. Their rows, in the order of
    ``new``."""
    rows = [plan.obligation_row(rid, ob) for ob in new]
    unwritten = later if later is not None else Unwritten()
    unwritten.obligations.extend((plan, ob, row, comment) for ob, row in zip(new, rows, strict=True))
    if later is None:
        unwritten.write(session)
    return rows


@dataclass
class Unwritten:
    """Obligations (with what hangs on them) and audit entries imported but not written yet: a
    batch's files write theirs together, one statement per table (on PostgreSQL the kept counts'
    and search documents' statement triggers then run once for the batch, not once per file).

    On PostgreSQL, once a commit's citations are looked up (``prepare``), its new resolutions'
    rows (row, paragraphs, footnotes, references) wait here too, ``created``: one statement for
    them all, before the obligations. Nothing else an import reads is among them (the entities
    are written at once, a held symbol is looked up after a ``write``); what reads them is
    preceded by ``write``: a commit, a re-import, the links of a linked resolution. A rollback
    drops them (``clear``), not the ids ``reserved`` for the resolutions and paragraphs to come."""

    #: (plan, obligation, its row, its history comment) in import order
    obligations: list[tuple[ImportPlan, NewObligation, dict[str, Any], str]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    reserved: Reserved = field(default_factory=Reserved)
    #: PostgreSQL: the new resolutions' rows left to write, and what decides whether each is
    #: linked (``citations.Citations``; None: each new resolution is written at once)
    created: list[NewResolution] = field(default_factory=list)
    citations: Citations | None = None
    #: what reads the rows once written, run after them: the calendar's sessions a file's text dates
    #: (``record_printed_sessions``, whose recomputation reads the obligations: those of a commit's
    #: files written together, then moved, not written early and apart)
    then: list[Callable[[Session], None]] = field(default_factory=list)
    #: one of ``then`` changed the calendar: the files imported after it load it again
    calendar_changed: bool = False

    def prepare(self, session: Session, resolutions: Iterable[ParsedResolution]) -> None:
        """Before a commit's files (these, the new ones, in order): on PostgreSQL reserve their
        ids and look up what decides whether each is linked (a statement each)."""
        from .citations import Citations

        resolutions = list(resolutions)
        self.citations = None
        self.reserved.reserve(session, resolutions)
        if resolutions and Reserved.used(session):
            self.citations = Citations.look_up(session, resolutions)

    def write(self, session: Session) -> None:
        """Write them all, in import order, and forget them."""
        if self.created:
            _pg_footnotes_and_references(session, self.created)
            for new in self.created:
                _attach(session, new.resolution)
            self.created.clear()
        if self.obligations:
            by_paragraph = insert_rows(session, Obligation, [row for _p, _ob, row, _c in self.obligations],
                                       key="paragraph_id")
        owner_rows, candidate_rows, item_rows, history_rows = [], [], [], []
        for plan, ob, row, comment in self.obligations:
            oid = by_paragraph[row["paragraph_id"]]
            owner_rows.extend({"obligation_id": oid, "entity_id": e.id} for e in ob.owners)
            candidate_rows.extend({"obligation_id": oid, "candidate_id": c.id} for c in ob.candidates)
            item_rows.extend(
                {"obligation_id": oid, "paragraph_id": sub_id, "label": label[:40], "position": i,
                 "is_done": False}
                for i, (label, sub_id) in enumerate(ob.items, start=1)
            )
            history_rows.append(plan.created_entry(oid, row, comment))
        insert_together(session, [(obligation_owners, owner_rows), (obligation_candidates, candidate_rows),
                                   (ObligationItem, item_rows), (HistoryEntry, history_rows),
                                   (AuditEntry, self.audit)])
        self.obligations.clear()
        self.audit.clear()
        then, self.then = self.then, []
        for step in then:
            step(session)

    def clear(self) -> None:
        """Forget them (rolled back), and the commit's citations."""
        self.obligations.clear()
        self.audit.clear()
        self.created.clear()
        self.then.clear()
        self.citations = None
        self.calendar_changed = False


def add_footnotes_and_references(session: Session, plan: ImportPlan, resolution: Resolution,
                                 paragraph_ids: dict[str, int], own_ids: list[int],
                                 given: GivenIds | None = None, later: Unwritten | None = None) -> None:
    """Footnotes with the paragraphs citing them, and the documents the text cites (linked to
    the resolutions we hold); earlier imports citing this resolution are linked to it too (on
    PostgreSQL all in one statement). ``own_ids``: the row of each preambular, then numbered
    (``plan.numbered``), paragraph of the text, in order, which cites what its own words cite
    (two paragraphs may carry one eId: a producer's file, a number printed twice);
    ``paragraph_ids``: the points' eIds (the parser's or ours) -> row, for the footnotes a
    footnote's ``cited_by`` names a point for. ``given`` (PostgreSQL): the new resolution's row
    (its id reserved) and its paragraphs go in first, in the same statement, and it is attached
    to the session; with ``later``'s citations (a batch's commit) they wait there, with the
    commit's other new resolutions'."""
    notes = [{"resolution_id": resolution.id, "marker": note.marker[:10], "text": note.text, "position": i}
             for i, note in enumerate(plan.parsed.footnotes, start=1)]
    links = _footnote_links(plan, paragraph_ids, own_ids)
    cited = _cited(plan, own_ids)
    if session.connection().dialect.name == "postgresql":
        new = NewResolution(resolution, notes, links, cited, given)
        if given is not None and later is not None and later.citations is not None:
            plan.linked = later.citations.add(resolution.symbol, (s for s, _ in cited))
            later.created.append(new)
            return
        plan.linked = _pg_footnotes_and_references(session, [new])
        if given is not None:
            _attach(session, resolution)
        return
    note_ids = insert_rows(session, Footnote, notes, key="position")
    held = _held(session, (s for s, _ in cited))
    references = [
        {"resolution_id": resolution.id, "paragraph_id": paragraph_id, "symbol": symbol,
         "target_resolution_id": held.get(symbol)}
        for symbol, paragraph_id in cited
        # a resolution citing its own symbol (its heading) is no reference
        if held.get(symbol) != resolution.id
    ]
    insert_together(session, [
        (paragraph_footnotes, [{"paragraph_id": a, "footnote_id": note_ids[b]} for a, b in links]),
        (DocumentReference, references)])
    citing = execute(session, _LINK_CITING, {"symbols": symbol_variants(resolution.symbol),
                                             "rid": resolution.id}).rowcount
    plan.linked = bool(citing) or any(rid not in (None, resolution.id) for rid in held.values())


def _footnote_links(plan: ImportPlan, paragraph_ids: dict[str, int],
                    own_ids: list[int]) -> list[tuple[int, int]]:
    """(paragraph id, position of the footnote) of each paragraph citing a footnote: a marker
    used twice is the first footnote with it. A paragraph cites by its own markers, not by its
    eId in the footnote's ``cited_by``, which two paragraphs may share; a point by its eId."""
    p = plan.parsed
    notes: dict[str, int] = {}
    for i, note in enumerate(p.footnotes, start=1):
        notes.setdefault(note.marker, i)
    links: set[tuple[int, int]] = set()
    for note in p.footnotes:
        links.update((paragraph_ids[eid], notes[note.marker]) for eid in note.cited_by
                     if eid in paragraph_ids)
    paragraphs = [*p.preambular, *(op for op, _kind in plan.numbered)]
    for para, paragraph_id in zip(paragraphs, own_ids, strict=True):
        links.update((paragraph_id, notes[marker]) for marker in para.footnotes if marker in notes)
    return sorted(links)


def _cited(plan: ImportPlan, own_ids: list[int]) -> list[tuple[str, int | None]]:
    """The documents cited: (symbol, paragraph id) where the parser says which paragraph cites
    it, (symbol, None) for the rest of the text's."""
    p = plan.parsed
    cited: list[tuple[str, int | None]] = []
    # own_ids go on with the annexed paragraphs', whose citations are the text's
    for para, paragraph_id in zip([*p.preambular, *p.operative], own_ids, strict=False):
        cited.extend((symbol, paragraph_id) for symbol in para.references)
    placed = {symbol for symbol, _ in cited}
    cited.extend((symbol, None) for symbol in p.references if symbol not in placed)
    return list(dict.fromkeys((cited_symbol(s), pid) for s, pid in cited if cited_symbol(s)))


def _wanted(symbols: Iterable[str]) -> list[tuple[str, str]]:
    """(spelling to look for, the cited symbol it stands for) of each cited symbol: two
    spellings of one symbol, both cited, each look for all of them."""
    return [(variant, symbol) for symbol in dict.fromkeys(symbols) for variant in symbol_variants(symbol)]


def _held(session: Session, symbols: Iterable[str]) -> dict[str, int]:
    """Cited symbol -> id of the resolution we hold under it (one query; spelt several ways,
    the lowest)."""
    wanted = _wanted(symbols)
    if not wanted:
        return {}
    found = execute(session, _HELD, {"symbols": [v for v, _ in wanted]})
    by_spelling = {symbol: rid for rid, symbol in found}
    held: dict[str, int] = {}
    for variant, symbol in wanted:
        if variant in by_spelling:
            held[symbol] = min(held.get(symbol, by_spelling[variant]), by_spelling[variant])
    return held


@dataclass
class NewResolution:
    """PostgreSQL: what ``add_footnotes_and_references`` writes of a resolution (with ``given``,
    its row and paragraphs too), for ``_pg_footnotes_and_references``."""

    resolution: Resolution
    notes: list[dict[str, Any]]
    links: list[tuple[int, int]]
    cited: list[tuple[str, int | None]]
    given: GivenIds | None


def _pg_footnotes_and_references(session: Session, news: list[NewResolution]) -> bool:
    """PostgreSQL: ``add_footnotes_and_references`` of these resolutions as one statement (the
    footnotes, the resolutions held under the cited symbols, the footnote links, the references
    and the earlier references now pointing at them), one round trip where there were four a
    resolution; with ``given`` (all of them or none), the resolutions' rows and their
    paragraphs first, a ``COPY`` each (``pg_copy``), where they were a statement each and one
    per level of sub-paragraphs. For one resolution: whether it is linked to another (it cites
    one we hold, or one we hold cites it)."""
    flush_pending(session)
    connection = session.connection()
    notes = [n for new in news for n in new.notes]
    links = [(new.resolution.id, a, b) for new in news for a, b in new.links]
    cited = [(new.resolution.id, pid, s) for new in news for s, pid in new.cited]
    wanted = [(new.resolution.id, v, s) for new in news for v, s in _wanted(s for s, _ in new.cited)]
    own = [(v, new.resolution.id) for new in news for v in symbol_variants(new.resolution.symbol)]

    def column(values: list[tuple[Any, ...]], k: int) -> str:
        return pg_array(value[k] for value in values)

    params = {
        "note_resolutions": pg_array(n["resolution_id"] for n in notes),
        "markers": pg_array(n["marker"] for n in notes), "texts": pg_array(n["text"] for n in notes),
        "positions": pg_array(n["position"] for n in notes),
        "link_resolutions": column(links, 0), "link_paragraphs": column(links, 1),
        "link_positions": column(links, 2),
        "wanted_resolutions": column(wanted, 0), "variants": column(wanted, 1),
        "variant_symbols": column(wanted, 2),
        "cited_resolutions": column(cited, 0), "cited_paragraphs": column(cited, 1),
        "cited_symbols": column(cited, 2),
        "own_variants": column(own, 0), "own_variant_ids": column(own, 1),
    }
    if news[0].given is not None:
        pg_copy(session, _resolutions, [_values(new.resolution) for new in news])
        pg_copy(session, Paragraph.__table__, [row for new in news for row in new.given.rows])
    return bool(connection.exec_driver_sql(f"WITH {_PG_NOTES_AND_REFERENCES}", params).scalar_one())


_refs = DocumentReference.__table__
_resolutions = Resolution.__table__
#: earlier imports citing a resolution (any spelling of its symbol) now point at it
_LINK_CITING = (
    _refs.update()
    .where(_refs.c.symbol.in_(bindparam("symbols", expanding=True)),
           _refs.c.target_resolution_id.is_(None),
           _refs.c.resolution_id != bindparam("rid"))
    .values(target_resolution_id=bindparam("rid"))
)
_HELD = select(_resolutions.c.id, _resolutions.c.symbol).where(
    _resolutions.c.symbol.in_(bindparam("symbols", expanding=True)))
#: ``_pg_footnotes_and_references``: what the four statements of the other databases do for each
#: resolution, in their order (a held symbol spelt several ways: the lowest id, where the others
#: took any), after its ``WITH``. Each CTE sees the tables as they were before the statement: the
#: UPDATE cannot reach the references inserted beside it; the resolutions are written before it
#: (a commit's new ones by ``pg_copy``), so a resolution citing another of the same commit points
#: at it, as a citation written before it would have been updated to, and one citing its own
#: symbol (a heading) is no reference. Each spelling looks its resolution up by the symbol's
#: index (``LATERAL … OFFSET 0``): as a join, the planner read all of ``resolutions`` for every
#: file while the table had no statistics.
_PG_NOTES_AND_REFERENCES = """notes AS (
  INSERT INTO footnotes (resolution_id, marker, text, position)
  SELECT n.resolution_id, n.marker, n.text, n.position
  FROM unnest(CAST(%(note_resolutions)s AS INTEGER[]), CAST(%(markers)s AS TEXT[]), CAST(%(texts)s AS TEXT[]),
              CAST(%(positions)s AS INTEGER[]))
    WITH ORDINALITY AS n (resolution_id, marker, text, position, k)
  ORDER BY n.k
  RETURNING id, resolution_id, position
), held AS (
  SELECT DISTINCT ON (w.resolution_id, w.symbol) w.resolution_id, w.symbol, r.id
  FROM unnest(CAST(%(wanted_resolutions)s AS INTEGER[]), CAST(%(variants)s AS TEXT[]),
              CAST(%(variant_symbols)s AS TEXT[])) AS w (resolution_id, variant, symbol)
  CROSS JOIN LATERAL (SELECT r.id FROM resolutions r WHERE r.symbol = w.variant OFFSET 0) AS r
  ORDER BY w.resolution_id, w.symbol, r.id
), links AS (
  INSERT INTO paragraph_footnotes (paragraph_id, footnote_id)
  SELECT l.paragraph_id, notes.id
  FROM unnest(CAST(%(link_resolutions)s AS INTEGER[]), CAST(%(link_paragraphs)s AS INTEGER[]),
              CAST(%(link_positions)s AS INTEGER[])) AS l (resolution_id, paragraph_id, position)
  JOIN notes ON notes.resolution_id = l.resolution_id AND notes.position = l.position
), refs AS (
  INSERT INTO document_references (resolution_id, paragraph_id, symbol, target_resolution_id)
  SELECT c.resolution_id, c.paragraph_id, c.symbol, held.id
  FROM unnest(CAST(%(cited_resolutions)s AS INTEGER[]), CAST(%(cited_paragraphs)s AS INTEGER[]),
              CAST(%(cited_symbols)s AS TEXT[])) WITH ORDINALITY AS c (resolution_id, paragraph_id, symbol, k)
  LEFT JOIN held ON held.resolution_id = c.resolution_id AND held.symbol = c.symbol
  WHERE held.id IS DISTINCT FROM c.resolution_id
  ORDER BY c.k
), citing AS (
  UPDATE document_references d SET target_resolution_id = o.id
  FROM unnest(CAST(%(own_variants)s AS TEXT[]), CAST(%(own_variant_ids)s AS INTEGER[])) AS o (variant, id)
  WHERE d.symbol = ANY(CAST(%(own_variants)s AS TEXT[])) AND d.symbol = o.variant
    AND d.target_resolution_id IS NULL AND d.resolution_id <> o.id
  RETURNING 1
)
SELECT EXISTS (SELECT FROM citing) OR EXISTS (SELECT FROM held WHERE held.id <> held.resolution_id)
"""
