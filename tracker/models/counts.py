"""The register's counts, kept by the database: obligations per combination of what the summary
counts by (kind, status, deadline session, due date, a mandate's end and whether it was renewed).

Why a table of counts: the overview's and ``/api/v1/summary``'s numbers are sums over this table,
whose size grows with the number of distinct due dates, not with the number of obligations. The
date-dependent numbers need no maintenance when the day rolls over: "overdue" is the sum of the
rows dated before today, "due within 30 days" of those dated from today to today + 30, a
mandate's state follows from its row's ``expires_on`` (the same rules as on the model,
``tracker.models.obligations.overdue_sql`` and its siblings).

Why triggers: every write that changes an obligation's kind, status, deadline session, due date,
end or renewal goes through ``obligations`` (ORM flushes, the importer's multi-row Core INSERTs,
bulk UPDATEs, cascades from a deleted resolution or paragraph, ``SET NULL`` when a renewing
mandate goes): a trigger on that one table counts them all, in the writer's transaction, whoever
the writer is. On PostgreSQL one statement-level trigger per operation applies each statement's
net change as one ``INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n`` in key order (atomic
under concurrent writers, no read-modify-write); SQLite's row triggers do the same per row (SQLite
has one writer at a time).

Publication is not a dimension: the table counts every obligation, and a reader who may not see
unpublished resolutions has the obligations of unpublished resolutions (imports under review)
subtracted by a direct query over them (``tracker.services.summary``). So publishing or
unpublishing changes no count here, and no trigger has to read another table.

SQLite drops a table's triggers when Alembic's batch mode copies the table: a migration that
alters ``obligations`` must call ``install_triggers`` again (``tracker counts check`` reports
missing triggers, ``--rebuild`` puts them back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, String, text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.db import Base
from tracker.models.enums import OPEN_STATUSES, TRACKED_KINDS, ObligationKind, ObligationStatus

# The SQL below is assembled from this module's constants only (column names, aliases, signs):
# nothing a user typed reaches it (S608 is off for this file in pyproject.toml).


class ObligationCount(Base):
    """How many obligations share these values (``n`` may be 0 after changes; never negative)."""

    __tablename__ = "obligation_counts"

    #: the values below joined by ``|`` (empty for NULL): the key the triggers upsert on (a unique
    #: index over nullable columns would not treat two NULLs as the same key)
    bucket: Mapped[str] = mapped_column(String(160), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    deadline_body: Mapped[str | None] = mapped_column(String(16))
    deadline_session: Mapped[int | None]
    #: indexed, as ``expires_on``: the overview reads the rows dated near today (``session_counts``)
    due_on: Mapped[dt.date | None] = mapped_column(index=True)
    expires_on: Mapped[dt.date | None] = mapped_column(index=True)
    #: a later mandate renewed it (``renewed_by_id IS NOT NULL``)
    renewed: Mapped[bool]
    n: Mapped[int]


#: the obligations' columns a count depends on: an UPDATE of any other column changes no count
COUNTED_COLUMNS = ("kind", "status", "deadline_body", "deadline_session", "due_on", "expires_on",
                   "renewed_by_id")
TRIGGER_NAMES = ("obligation_counts_insert", "obligation_counts_update", "obligation_counts_delete")
_PG_FUNCTIONS = ("obligation_counts_on_insert", "obligation_counts_on_update", "obligation_counts_on_delete")
_DIMENSIONS = "kind, status, deadline_body, deadline_session, due_on, expires_on, renewed"


def bucket_sql(dialect: str, row: str, *, renewed: str | None = None) -> str:
    """The bucket key of the row ``row`` (an alias, ``new``, ``old``) in SQL. ``renewed`` is the
    0/1 expression of a renewal (by default from the obligation's ``renewed_by_id``)."""
    if dialect == "postgresql":
        renewed = renewed or f"({row}.renewed_by_id IS NOT NULL)"
        return (f"concat_ws('|', {row}.kind, {row}.status, coalesce({row}.deadline_body, ''),"
                f" coalesce({row}.deadline_session::text, ''),"
                f" coalesce(to_char({row}.due_on, 'YYYY-MM-DD'), ''),"
                f" coalesce(to_char({row}.expires_on, 'YYYY-MM-DD'), ''), ({renewed})::int::text)")
    renewed = renewed or f"({row}.renewed_by_id IS NOT NULL)"
    return (f"{row}.kind || '|' || {row}.status || '|' || coalesce({row}.deadline_body, '') || '|'"
            f" || coalesce({row}.deadline_session, '') || '|' || coalesce({row}.due_on, '') || '|'"
            f" || coalesce({row}.expires_on, '') || '|' || ({renewed})")


def _values(dialect: str, row: str, sign: int) -> str:
    """The select list of one obligation row's contribution: bucket, dimensions, ``sign``."""
    return (f"{bucket_sql(dialect, row)}, {row}.kind, {row}.status, {row}.deadline_body,"
            f" {row}.deadline_session, {row}.due_on, {row}.expires_on,"
            f" {row}.renewed_by_id IS NOT NULL, {sign}")


def _pg_function(name: str, *, new: bool, old: bool) -> str:
    parts = []
    if new:
        parts.append(f"SELECT {_values('postgresql', 'r', 1)} FROM new_rows r")
    if old:
        parts.append(f"SELECT {_values('postgresql', 'r', -1)} FROM old_rows r")
    delta = " UNION ALL ".join(parts)
    return _pg_trigger_function_ddl(name, _pg_upsert("obligation_counts", _DIMENSIONS, delta))


def _pg_upsert(table: str, dimensions: str, delta: str) -> str:
    """Add the signed rows ``delta`` (``bucket, dimensions…, d``) into the kept count ``table``,
    netted per bucket (a bucket that nets to nothing is not written), buckets in order (so that
    concurrent writers lock them in the same order)."""
    return (f"INSERT INTO {table} AS c (bucket, {dimensions}, n)"
            f" SELECT bucket, {dimensions}, sum(d)::int"
            f" FROM ({delta}) AS delta (bucket, {dimensions}, d)"
            f" GROUP BY bucket, {dimensions} HAVING sum(d) <> 0 ORDER BY bucket"
            f" ON CONFLICT (bucket) DO UPDATE SET n = c.n + excluded.n;")


def _pg_trigger_function_ddl(name: str, body: str, returns: str = "NULL") -> str:
    return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$"
            f" BEGIN {body} RETURN {returns}; END $$")


def _sqlite_upsert(row: str, sign: int) -> str:
    return (f"INSERT INTO obligation_counts (bucket, {_DIMENSIONS}, n)"
            f" VALUES ({_values('sqlite', row, sign)})"
            f" ON CONFLICT (bucket) DO UPDATE SET n = n + ({sign});")


#: the transition tables a statement-level trigger reads for each event (PostgreSQL)
_TRANSITION_TABLES = {
    "INSERT": "NEW TABLE AS new_rows",
    "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
}


def _pg_statement_trigger(name: str, event: str, table: str) -> str:
    """A PostgreSQL trigger run once per statement on ``table``, with the event's transition
    tables (``new_rows``, ``old_rows``), calling the function ``<name's prefix>_on_<suffix>``."""
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table}"
            f" REFERENCING {_TRANSITION_TABLES[event]} FOR EACH STATEMENT"
            f" EXECUTE FUNCTION {_pg_trigger_function(name)}()")


def _pg_trigger_function(trigger: str) -> str:
    """The function a trigger calls: ``obligation_counts_insert`` -> ``obligation_counts_on_insert``."""
    prefix, _, suffix = trigger.partition("_counts_")
    return f"{prefix}_counts_on_{suffix}"


def _sqlite_trigger(name: str, on: str, body: str) -> str:
    """A SQLite trigger: ``on`` says when (``AFTER INSERT ON obligations``), ``body`` its statements."""
    return f"CREATE TRIGGER {name} {on} BEGIN {body} END"


def _sqlite_row_triggers(prefix: str, table: str, count: Callable[[str, int], str], *,
                         update: str | None = None) -> list[str]:
    """The three SQLite triggers ``<prefix>_insert``, ``_update`` and ``_delete`` that keep a count
    of ``table``'s rows: a row inserted is counted (``count("new", 1)``), one updated is taken out
    as it was and counted as it is, one deleted is taken out (``count("old", -1)``). ``update``:
    what follows ``AFTER UPDATE`` when not every update moves a row (``OF columns ON table WHEN``)."""
    return [
        _sqlite_trigger(f"{prefix}_insert", f"AFTER INSERT ON {table}", count("new", 1)),
        _sqlite_trigger(f"{prefix}_update", f"AFTER UPDATE {update or f'ON {table}'}",
                        f"{count('old', -1)} {count('new', 1)}"),
        _sqlite_trigger(f"{prefix}_delete", f"AFTER DELETE ON {table}", count("old", -1)),
    ]


def trigger_ddl(dialect: str) -> list[str]:
    """The statements that create the triggers (and on PostgreSQL their functions)."""
    if dialect == "postgresql":
        return [
            _pg_function("obligation_counts_on_insert", new=True, old=False),
            _pg_function("obligation_counts_on_update", new=True, old=True),
            _pg_function("obligation_counts_on_delete", new=False, old=True),
            _pg_statement_trigger("obligation_counts_insert", "INSERT", "obligations"),
            # a trigger with transition tables may not name columns: every UPDATE statement runs
            # it, and an update that changes no counted column nets to nothing (HAVING sum <> 0)
            _pg_statement_trigger("obligation_counts_update", "UPDATE", "obligations"),
            _pg_statement_trigger("obligation_counts_delete", "DELETE", "obligations"),
        ]
    if dialect == "sqlite":
        return _sqlite_row_triggers(
            "obligation_counts", "obligations", _sqlite_upsert,
            update=f"OF {', '.join(COUNTED_COLUMNS)} ON obligations"
                   f" WHEN {bucket_sql('sqlite', 'old')} IS NOT {bucket_sql('sqlite', 'new')}")
    raise NotImplementedError(f"no counting triggers for {dialect} databases")


def drop_triggers(conn: Connection) -> None:
    _drop(conn, TRIGGER_NAMES, _PG_FUNCTIONS, lambda name: "obligations")


def install_triggers(conn: Connection) -> None:
    """(Re)create the triggers that keep ``obligation_counts``; the counts are not touched."""
    _install(conn, drop_triggers, trigger_ddl)


def installed_triggers(conn: Connection) -> set[str]:
    """The names of this module's triggers present in the database."""
    return _installed(conn, TRIGGER_NAMES)


# ------------------------------------------------------------------ installing a kept count's triggers


def _drop(conn: Connection, triggers: tuple[str, ...], pg_functions: tuple[str, ...],
          table_of: Callable[[str], str]) -> None:
    """Drop the triggers (on PostgreSQL, from ``table_of`` their name's table) and their functions."""
    postgresql = conn.dialect.name == "postgresql"
    for name in triggers:
        on = f" ON {table_of(name)}" if postgresql else ""
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}{on}"))
    if postgresql:
        for name in pg_functions:
            conn.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))


def _install(conn: Connection, drop: Callable[[Connection], None], ddl: Callable[[str], list[str]]) -> None:
    drop(conn)
    for statement in ddl(conn.dialect.name):
        conn.exec_driver_sql(statement)


def _installed(conn: Connection, triggers: tuple[str, ...]) -> set[str]:
    """Which of ``triggers`` are present (on the obligations, their owner rows or the resolutions)."""
    if conn.dialect.name == "postgresql":
        rows = conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid IN ('obligations'::regclass,"
            " 'obligation_owners'::regclass, 'resolutions'::regclass) AND NOT tgisinternal"))
    else:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {r[0] for r in rows} & set(triggers)


def recount_sql(dialect: str) -> str:
    """``SELECT bucket, dimensions…, n`` recounted from the obligations (for a rebuild and a check)."""
    return (f"SELECT {bucket_sql(dialect, 'o')} AS bucket, o.kind, o.status, o.deadline_body,"
            f" o.deadline_session, o.due_on, o.expires_on, o.renewed_by_id IS NOT NULL AS renewed,"
            f" count(*) AS n FROM obligations o"
            f" GROUP BY o.kind, o.status, o.deadline_body, o.deadline_session, o.due_on, o.expires_on,"
            f" o.renewed_by_id IS NOT NULL")


def refill(conn: Connection) -> None:
    """Empty ``obligation_counts`` and fill it with a recount, in the caller's transaction."""
    _refill(conn, "obligation_counts", _bucketed(_DIMENSIONS), recount_sql, "obligations")


def _refill(conn: Connection, table: str, columns: str, recount: Callable[[str], str], counted: str) -> None:
    """Empty ``table`` and fill its ``columns`` with ``recount``'s rows, no concurrent writer
    counting into it between the two (``counted``: the tables its triggers follow)."""
    if conn.dialect.name == "postgresql":
        # no concurrent writer may count into the table between the DELETE and the INSERT
        conn.execute(text(f"LOCK TABLE {counted} IN SHARE MODE"))
    conn.execute(text(f"DELETE FROM {table}"))
    conn.exec_driver_sql(f"INSERT INTO {table} ({columns}) {recount(conn.dialect.name)}")


def _bucketed(dimensions: str) -> str:
    """The columns of a table kept per bucket: its key, its dimensions, its count."""
    return f"bucket, {dimensions}, n"


# ---------------------------------------------------------------------- per owner
# The overview's table of owners (each owner's tracked obligations by status, and its overdue
# ones) is summed from ``owner_counts``: one row per entity, kind, status and side of the stored
# horizon (due before it or not: ``due_early``, as ``session_counts`` below), a few rows per
# entity whatever the number of due dates. What falls due between the horizon and today is read
# from the obligations dated between the two days, through their index on ``due_on``
# (``tracker.services.dashboards.owner_table``): exact whatever the horizon. An obligation counts
# once for each of its owners, so these triggers follow ``obligation_owners`` (an owner added,
# removed, moved by a merge, an entity deleted) as well as the obligation's kind, status and due
# date. When an obligation is deleted, its owners are subtracted *before* the row goes (a
# ``BEFORE DELETE`` row trigger), because the cascade that deletes its owner rows runs when the
# obligation can no longer be read; the owner rows' own trigger then finds no obligation and
# subtracts nothing. On PostgreSQL the owner rows' triggers lock the obligations they read
# (``FOR SHARE``), so a concurrent status change cannot slip between the two.
#
# Revisions 0011-0018 kept a row per due date instead of the side of the horizon (``due_on``):
# ``dated=True`` writes that layout's triggers and recount, for those revisions' migrations.


class OwnerCount(Base):
    """How many obligations of this kind and status one entity owns, due before the horizon or not."""

    __tablename__ = "owner_counts"

    #: entity id, kind, status and due-early (0/1) joined by ``|``
    bucket: Mapped[str] = mapped_column(String(80), primary_key=True)
    entity_id: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    #: due before the horizon (false when there is no due date)
    due_early: Mapped[bool]
    n: Mapped[int]


OWNER_TRIGGER_NAMES = ("owner_counts_owner_insert", "owner_counts_owner_update", "owner_counts_owner_delete",
                       "owner_counts_obligation_update", "owner_counts_obligation_delete")
_OWNER_PG_FUNCTIONS = ("owner_counts_on_owner_insert", "owner_counts_on_owner_update",
                       "owner_counts_on_owner_delete", "owner_counts_on_obligation_update",
                       "owner_counts_on_obligation_delete")
#: an UPDATE of any other obligation column changes no owner's count
OWNER_COUNTED_COLUMNS = ("kind", "status", "due_on")


def _owner_dimensions(dated: bool) -> str:
    return f"entity_id, kind, status, {'due_on' if dated else 'due_early'}"


def owner_bucket_sql(dialect: str, entity: str, row: str, *, early: str | None = None,
                     dated: bool = False) -> str:
    """The bucket key of entity ``entity`` owning the obligation ``row`` (SQL expressions);
    ``early``: the 0/1 expression of its due-early flag (by default from its ``due_on`` and the
    horizon)."""
    if dialect == "postgresql":
        last = (f"coalesce(to_char({row}.due_on, 'YYYY-MM-DD'), '')" if dated
                else f"({early or _early(dialect, row)[0]})::int::text")
        return f"concat_ws('|', ({entity})::text, {row}.kind, {row}.status, {last})"
    last = f"coalesce({row}.due_on, '')" if dated else f"({early or _early(dialect, row)[0]})"
    return f"({entity}) || '|' || {row}.kind || '|' || {row}.status || '|' || {last}"


def _owner_values(dialect: str, entity: str, row: str, sign: int, dated: bool) -> str:
    last = f"{row}.due_on" if dated else _early(dialect, row)[0]
    return (f"{owner_bucket_sql(dialect, entity, row, dated=dated)}, {entity}, {row}.kind, {row}.status,"
            f" {last}, {sign}")


# PostgreSQL: a transition table's rows look the other table's rows up one by one, by its index
# (``LATERAL … OFFSET 0``, a subquery the planner keeps apart): a join would let it hash the whole
# table, which it chose while the table had no statistics (autovacuum off, or a bulk load that
# outruns it), so that every imported file read all of ``obligations`` three times.


def _owner_rows(dialect: str, rows: str, sign: int, dated: bool) -> str:
    """The owner rows ``rows`` (a transition table) joined to the obligations they own."""
    return (f"SELECT {_owner_values(dialect, 'w.entity_id', 'o', sign, dated)} FROM {rows} w"
            f" CROSS JOIN LATERAL (SELECT o.kind, o.status, o.due_on FROM obligations o"
            f" WHERE o.id = w.obligation_id OFFSET 0) o")


def _obligation_owners(dialect: str, rows: str, sign: int, dated: bool) -> str:
    """The obligations ``rows`` (a transition table) joined to their owners."""
    return (f"SELECT {_owner_values(dialect, 'w.entity_id', 'r', sign, dated)} FROM {rows} r"
            f" CROSS JOIN LATERAL (SELECT w.entity_id FROM obligation_owners w"
            f" WHERE w.obligation_id = r.id OFFSET 0) w")


def _sqlite_owner_upsert(select_: str, dated: bool) -> str:
    return (f"INSERT INTO owner_counts (bucket, {_owner_dimensions(dated)}, n) {select_}"
            f" ON CONFLICT (bucket) DO UPDATE SET n = n + excluded.n;")


def owner_trigger_ddl(dialect: str, *, dated: bool = False) -> list[str]:
    """The statements that create the triggers keeping ``owner_counts`` (and on PostgreSQL their
    functions); ``dated``: revisions 0011-0018's layout (a row per due date)."""
    def upsert(delta: str) -> str:
        return _pg_upsert("owner_counts", _owner_dimensions(dated), delta)

    if dialect == "postgresql":
        # each obligation locked by its id, in the order of the ids
        lock = ("PERFORM 1 FROM (SELECT DISTINCT obligation_id FROM {rows} ORDER BY 1) w,"
                " LATERAL (SELECT 1 FROM obligations o WHERE o.id = w.obligation_id FOR SHARE) l;")
        return [
            _pg_trigger_function_ddl("owner_counts_on_owner_insert", lock.format(rows="new_rows")
                                     + upsert(_owner_rows(dialect, "new_rows", 1, dated))),
            _pg_trigger_function_ddl("owner_counts_on_owner_update", lock.format(rows="old_rows")
                                     + lock.format(rows="new_rows") + upsert(
                                         _owner_rows(dialect, "new_rows", 1, dated) + " UNION ALL "
                                         + _owner_rows(dialect, "old_rows", -1, dated))),
            _pg_trigger_function_ddl("owner_counts_on_owner_delete", lock.format(rows="old_rows")
                                     + upsert(_owner_rows(dialect, "old_rows", -1, dated))),
            _pg_trigger_function_ddl("owner_counts_on_obligation_update", upsert(
                _obligation_owners(dialect, "new_rows", 1, dated) + " UNION ALL "
                + _obligation_owners(dialect, "old_rows", -1, dated))),
            _pg_trigger_function_ddl(
                "owner_counts_on_obligation_delete",
                f"INSERT INTO owner_counts AS c (bucket, {_owner_dimensions(dated)}, n)"
                f" SELECT {_owner_values(dialect, 'w.entity_id', 'OLD', -1, dated)} FROM obligation_owners w"
                f" WHERE w.obligation_id = OLD.id ORDER BY 1"
                f" ON CONFLICT (bucket) DO UPDATE SET n = c.n + excluded.n;", returns="OLD"),
            _pg_statement_trigger("owner_counts_owner_insert", "INSERT", "obligation_owners"),
            _pg_statement_trigger("owner_counts_owner_update", "UPDATE", "obligation_owners"),
            _pg_statement_trigger("owner_counts_owner_delete", "DELETE", "obligation_owners"),
            _pg_statement_trigger("owner_counts_obligation_update", "UPDATE", "obligations"),
            "CREATE TRIGGER owner_counts_obligation_delete BEFORE DELETE ON obligations"
            " FOR EACH ROW EXECUTE FUNCTION owner_counts_on_obligation_delete()",
        ]
    if dialect == "sqlite":
        def of_owner(row: str, sign: int) -> str:
            return _sqlite_owner_upsert(
                f"SELECT {_owner_values(dialect, f'{row}.entity_id', 'o', sign, dated)} FROM obligations o"
                f" WHERE o.id = {row}.obligation_id", dated)

        def of_obligation(row: str, sign: int) -> str:
            return _sqlite_owner_upsert(
                f"SELECT {_owner_values(dialect, 'w.entity_id', row, sign, dated)} FROM obligation_owners w"
                f" WHERE w.obligation_id = {row}.id", dated)

        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in OWNER_COUNTED_COLUMNS)
        return [
            *_sqlite_row_triggers("owner_counts_owner", "obligation_owners", of_owner),
            _sqlite_trigger("owner_counts_obligation_update",
                            f"AFTER UPDATE OF {', '.join(OWNER_COUNTED_COLUMNS)} ON obligations"
                            f" WHEN {changed}",
                            f"{of_obligation('old', -1)} {of_obligation('new', 1)}"),
            _sqlite_trigger("owner_counts_obligation_delete", "BEFORE DELETE ON obligations",
                            of_obligation("old", -1)),
        ]
    raise NotImplementedError(f"no counting triggers for {dialect} databases")


def drop_owner_triggers(conn: Connection) -> None:
    _drop(conn, OWNER_TRIGGER_NAMES, _OWNER_PG_FUNCTIONS,
          lambda name: "obligation_owners" if "_owner_" in name else "obligations")


def install_owner_triggers(conn: Connection, *, dated: bool = False) -> None:
    """(Re)create the triggers that keep ``owner_counts``; the counts are not touched."""
    _install(conn, drop_owner_triggers, lambda dialect: owner_trigger_ddl(dialect, dated=dated))


def installed_owner_triggers(conn: Connection) -> set[str]:
    return _installed(conn, OWNER_TRIGGER_NAMES)


def owner_recount_sql(dialect: str, *, dated: bool = False) -> str:
    """``SELECT bucket, entity_id, kind, status, due-early (or due date), n`` recounted from the
    owner rows and their obligations, at the stored horizon."""
    last = "o.due_on" if dated else _early(dialect, "o")[0]
    return (f"SELECT {owner_bucket_sql(dialect, 'w.entity_id', 'o', dated=dated)} AS bucket, w.entity_id,"
            f" o.kind, o.status, {last}, count(*) AS n FROM obligation_owners w"
            f" JOIN obligations o ON o.id = w.obligation_id"
            f" GROUP BY w.entity_id, o.kind, o.status, {last}")


def refill_owners(conn: Connection, *, dated: bool = False) -> None:
    """Empty ``owner_counts`` and fill it with a recount (at the stored horizon), in the caller's
    transaction."""
    _refill(conn, "owner_counts", _bucketed(_owner_dimensions(dated)),
            lambda dialect: owner_recount_sql(dialect, dated=dated), "obligations, obligation_owners")


# ---------------------------------------------------------------------- resolutions
# The overview's "resolutions published" is read from ``resolution_counts``: how many resolutions
# each body has, published (``published_at`` set) or not, kept by triggers on ``resolutions``
# (an import inserts, publishing sets ``published_at``, a deletion removes). Counting the
# published resolutions at every request was a sequential scan of ``resolutions`` on PostgreSQL
# (2 ms at 6,960 resolutions, growing with them). Per body, not one row, so that two imports of
# different bodies do not wait on the same counter row.


class ResolutionCount(Base):
    """How many resolutions of this body are published (or not)."""

    __tablename__ = "resolution_counts"

    #: body and published (0/1) joined by ``|``
    bucket: Mapped[str] = mapped_column(String(20), primary_key=True)
    body: Mapped[str] = mapped_column(String(10))
    published: Mapped[bool]
    n: Mapped[int]


RESOLUTION_TRIGGER_NAMES = ("resolution_counts_insert", "resolution_counts_update",
                            "resolution_counts_delete")
_RESOLUTION_PG_FUNCTIONS = ("resolution_counts_on_insert", "resolution_counts_on_update",
                            "resolution_counts_on_delete")
_RESOLUTION_DIMENSIONS = "body, published"


def resolution_bucket_sql(dialect: str, row: str, *, published: str | None = None) -> str:
    """The bucket key of the resolution ``row``; ``published`` the 0/1 expression of its
    publication (by default from ``published_at``)."""
    published = published or f"({row}.published_at IS NOT NULL)"
    if dialect == "postgresql":
        return f"concat_ws('|', {row}.body, ({published})::int::text)"
    return f"{row}.body || '|' || ({published})"


def _resolution_values(dialect: str, row: str, sign: int) -> str:
    return f"{resolution_bucket_sql(dialect, row)}, {row}.body, {row}.published_at IS NOT NULL, {sign}"


def _one_table_trigger_ddl(dialect: str, kept: str, dimensions: str, counted: str,
                           values: Callable[[str, str, int], str], bucket: Callable[[str, str], str],
                           columns: str) -> list[str]:
    """The triggers (and on PostgreSQL their functions) keeping ``kept`` from the rows of the one
    table ``counted``: ``values(dialect, row, sign)`` is a row's select list (bucket, dimensions,
    sign), ``bucket(dialect, row)`` its bucket; on SQLite an update is counted when one of
    ``columns`` moves the row to another bucket. PostgreSQL's update trigger runs for every UPDATE
    statement; one that moves no row nets to nothing."""
    if dialect == "postgresql":
        def of(rows: str, sign: int) -> str:
            return f"SELECT {values(dialect, 'r', sign)} FROM {rows} r"

        def upsert(delta: str) -> str:
            return _pg_upsert(kept, dimensions, delta)

        return [
            _pg_trigger_function_ddl(f"{kept}_on_insert", upsert(of("new_rows", 1))),
            _pg_trigger_function_ddl(f"{kept}_on_update",
                                     upsert(f"{of('new_rows', 1)} UNION ALL {of('old_rows', -1)}")),
            _pg_trigger_function_ddl(f"{kept}_on_delete", upsert(of("old_rows", -1))),
            *(_pg_statement_trigger(f"{kept}_{event.lower()}", event, counted)
              for event in ("INSERT", "UPDATE", "DELETE")),
        ]
    if dialect == "sqlite":
        def count(row: str, sign: int) -> str:
            return (f"INSERT INTO {kept} (bucket, {dimensions}, n) VALUES ({values(dialect, row, sign)})"
                    f" ON CONFLICT (bucket) DO UPDATE SET n = n + ({sign});")

        moved = f"{bucket(dialect, 'old')} IS NOT {bucket(dialect, 'new')}"
        return _sqlite_row_triggers(kept, counted, count, update=f"OF {columns} ON {counted} WHEN {moved}")
    raise NotImplementedError(f"no counting triggers for {dialect} databases")


def resolution_trigger_ddl(dialect: str) -> list[str]:
    return _one_table_trigger_ddl(dialect, "resolution_counts", _RESOLUTION_DIMENSIONS, "resolutions",
                                  _resolution_values, resolution_bucket_sql, "body, published_at")


def drop_resolution_triggers(conn: Connection) -> None:
    _drop(conn, RESOLUTION_TRIGGER_NAMES, _RESOLUTION_PG_FUNCTIONS, lambda name: "resolutions")


def install_resolution_triggers(conn: Connection) -> None:
    """(Re)create the triggers that keep ``resolution_counts``; the counts are not touched."""
    _install(conn, drop_resolution_triggers, resolution_trigger_ddl)


def installed_resolution_triggers(conn: Connection) -> set[str]:
    return _installed(conn, RESOLUTION_TRIGGER_NAMES)


def resolution_recount_sql(dialect: str) -> str:
    return (f"SELECT {resolution_bucket_sql(dialect, 'r')} AS bucket, r.body,"
            f" r.published_at IS NOT NULL AS published, count(*) AS n FROM resolutions r"
            f" GROUP BY r.body, r.published_at IS NOT NULL")


def refill_resolutions(conn: Connection) -> None:
    """Empty ``resolution_counts`` and fill it with a recount, in the caller's transaction."""
    _refill(conn, "resolution_counts", _bucketed(_RESOLUTION_DIMENSIONS), resolution_recount_sql,
            "resolutions")




# ---------------------------------------------------------------------- per session, day-independent
# The overview's sessions and headline numbers are summed from ``session_counts``: obligations per
# kind, status, deadline session, renewal and whether they have an end (``expires``: with the kind,
# whether they have a mandate, ``tracker.models.obligations.mandate_sql``, whose obligations are
# counted among the mandates however far their end), without their dates, so that the table has a row per
# combination that occurs (a few hundred), not per due date. What depends on the day is counted
# from a *horizon*, a day stored in ``count_horizon``: each row also says whether its obligations
# are due before the horizon (``due_early``) and end before it (``expires_early``). Then, on any
# day T, "due before T" (overdue, expired) is the count due before the horizon plus (or minus) the
# rows of ``obligation_counts`` dated between the horizon and T, read through their date's index;
# the windows after T (due within 30 or 90 days, expiring) are read from ``obligation_counts``
# alone. The numbers are exact whatever the horizon; a horizon near today only makes the rows
# between them few. ``rebase`` moves it (and recounts the table), ``tracker counts rebase``.


class CountHorizon(Base):
    """The day ``session_counts`` splits its rows on (one row)."""

    __tablename__ = "count_horizon"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date]


class SessionCount(Base):
    """How many obligations share these values, and whether their dates fall before the horizon."""

    __tablename__ = "session_counts"

    #: the values below joined by ``|`` (empty for NULL)
    bucket: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    deadline_body: Mapped[str | None] = mapped_column(String(16))
    deadline_session: Mapped[int | None]
    renewed: Mapped[bool]
    #: due before the horizon (false when there is no due date)
    due_early: Mapped[bool]
    #: ending before the horizon (false when there is no end)
    expires_early: Mapped[bool]
    #: it has an end (``expires_on IS NOT NULL``): a tracked obligation that carries a mandate
    #: has one, and is counted among the mandates whenever it ends (migration 0031)
    expires: Mapped[bool]
    n: Mapped[int]


SESSION_TRIGGER_NAMES = ("session_counts_insert", "session_counts_update", "session_counts_delete")
_SESSION_PG_FUNCTIONS = ("session_counts_on_insert", "session_counts_on_update", "session_counts_on_delete")
_SESSION_DIMENSIONS = "kind, status, deadline_body, deadline_session, renewed, due_early, expires_early"
#: ``expires=False``: the layout of revisions 0017-0030, without ``expires`` (their migrations)
_ENDS = ", expires"
_HORIZON = "(SELECT day FROM count_horizon)"


def _early(dialect: str, row: str) -> tuple[str, str]:
    """The due-early and expires-early expressions of the obligation ``row`` (booleans)."""
    false = "false" if dialect == "postgresql" else "0"
    return (f"coalesce({row}.due_on < {_HORIZON}, {false})",
            f"coalesce({row}.expires_on < {_HORIZON}, {false})")


def session_bucket_sql(dialect: str, row: str, *, flags: tuple[str, ...] | None = None,
                       expires: bool = True) -> str:
    """The bucket key of the obligation ``row``; ``flags``: its renewed, due-early, expires-early
    and (``expires``) has-an-end expressions as 0/1 (by default from the obligation's columns)."""
    if flags is None:
        due, early = _early(dialect, row)
        flags = (f"({row}.renewed_by_id IS NOT NULL)", due, early,
                 *((f"{row}.expires_on IS NOT NULL",) if expires else ()))
    if dialect == "postgresql":
        return (f"concat_ws('|', {row}.kind, {row}.status, coalesce({row}.deadline_body, ''),"
                f" coalesce({row}.deadline_session::text, ''),"
                f" {', '.join(f'({f})::int::text' for f in flags)})")
    joined = " || '|' || ".join(f"({f})" for f in flags)
    return (f"{row}.kind || '|' || {row}.status || '|' || coalesce({row}.deadline_body, '') || '|'"
            f" || coalesce({row}.deadline_session, '') || '|' || {joined}")


def _session_values(dialect: str, row: str, sign: int, *, expires: bool = True) -> str:
    due, early = _early(dialect, row)
    ends = f" {row}.expires_on IS NOT NULL," if expires else ""
    return (f"{session_bucket_sql(dialect, row, expires=expires)}, {row}.kind, {row}.status,"
            f" {row}.deadline_body, {row}.deadline_session, {row}.renewed_by_id IS NOT NULL, {due}, {early},"
            f"{ends} {sign}")


def _session_dimensions(expires: bool) -> str:
    return _SESSION_DIMENSIONS + (_ENDS if expires else "")


def session_trigger_ddl(dialect: str, *, expires: bool = True) -> list[str]:
    return _one_table_trigger_ddl(
        dialect, "session_counts", _session_dimensions(expires), "obligations",
        lambda d, row, sign: _session_values(d, row, sign, expires=expires),
        lambda d, row: session_bucket_sql(d, row, expires=expires), ", ".join(COUNTED_COLUMNS))


def drop_session_triggers(conn: Connection) -> None:
    _drop(conn, SESSION_TRIGGER_NAMES, _SESSION_PG_FUNCTIONS, lambda name: "obligations")


def install_session_triggers(conn: Connection, *, expires: bool = True) -> None:
    """(Re)create the triggers that keep ``session_counts``; the counts are not touched."""
    _install(conn, drop_session_triggers, lambda dialect: session_trigger_ddl(dialect, expires=expires))


def installed_session_triggers(conn: Connection) -> set[str]:
    return _installed(conn, SESSION_TRIGGER_NAMES)


def session_recount_sql(dialect: str, *, expires: bool = True) -> str:
    due, early = _early(dialect, "o")
    ends = ("o.expires_on IS NOT NULL",) if expires else ()
    return (f"SELECT {session_bucket_sql(dialect, 'o', expires=expires)} AS bucket, o.kind, o.status,"
            f" o.deadline_body, o.deadline_session, o.renewed_by_id IS NOT NULL AS renewed,"
            f" {due} AS due_early, {early} AS expires_early,{''.join(f' {e} AS expires,' for e in ends)}"
            f" count(*) AS n FROM obligations o"
            f" GROUP BY o.kind, o.status, o.deadline_body, o.deadline_session,"
            f" o.renewed_by_id IS NOT NULL, {due}, {early}{''.join(f', {e}' for e in ends)}")


def refill_sessions(conn: Connection, *, expires: bool = True) -> None:
    """Empty ``session_counts`` and fill it with a recount at the stored horizon."""
    _refill(conn, "session_counts", _bucketed(_session_dimensions(expires)),
            lambda dialect: session_recount_sql(dialect, expires=expires), "obligations")


# ---------------------------------------------------------------------- per deadline session, summed
# The overview's sessions ("By session", "Sessions coming up") show, for each deadline session, its
# tracked obligations by status, those open and due before the horizon, its reports and its reports
# not started: sums of ``session_counts``' rows of that session, which the overview grouped at every
# request (≈ 370 rows into ≈ 100 sessions, eight sums each). They are kept here instead, a row per
# deadline session, by triggers on ``obligations`` in the writer's transaction, as the other kept
# counts are. The overdue column is counted at the horizon (``due_early``, as in ``session_counts``),
# so ``rebase`` recounts the table.


class DeadlineSessionCount(Base):
    """A deadline session's tracked obligations (reports, actions, agenda items): how many in each
    status, how many are open and due before the horizon, how many are reports and reports not
    started (never negative; a session emptied by writes keeps its row, of zeros)."""

    __tablename__ = "deadline_session_counts"

    deadline_body: Mapped[str] = mapped_column(String(16), primary_key=True)
    deadline_session: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    not_started: Mapped[int]
    in_progress: Mapped[int]
    completed: Mapped[int]
    ongoing: Mapped[int]
    not_applicable: Mapped[int]
    #: open and due before the horizon (``overdue_early_sql``)
    overdue: Mapped[int]
    reports: Mapped[int]
    reports_not_started: Mapped[int]


#: the kept sums in the table's order: one per status (``ObligationStatus``'s order), then these
DEADLINE_SESSION_SUMS = (*(s.value for s in ObligationStatus), "overdue", "reports", "reports_not_started")
DEADLINE_SESSION_TRIGGER_NAMES = ("deadline_session_counts_insert", "deadline_session_counts_update",
                                  "deadline_session_counts_delete")
_DEADLINE_SESSION_PG_FUNCTIONS = ("deadline_session_counts_on_insert", "deadline_session_counts_on_update",
                                  "deadline_session_counts_on_delete")
_SUMS = ", ".join(DEADLINE_SESSION_SUMS)


def _codes(codes: Iterable[str]) -> str:
    """Our codes as an SQL list (lower-case words, as ``tracker.models.obligations`` writes them)."""
    return "(" + ", ".join(f"'{code}'" for code in sorted(str(c) for c in codes)) + ")"


def _tracked(row: str) -> str:
    """Whether the obligation ``row`` is of a tracked kind (``tracked_sql``)."""
    return f"{row}.kind IN {_codes(TRACKED_KINDS)}"


def _open_and_due_early(dialect: str, row: str) -> str:
    """Whether the obligation ``row`` is open and due before the horizon (``overdue_early_sql``, but
    for its kind)."""
    return f"{_early(dialect, row)[0]} AND {row}.status IN {_codes(OPEN_STATUSES)}"


def _deadline_session_counted(row: str) -> str:
    """Whether the obligation ``row`` is in a deadline session's sums: a tracked kind
    (``tracked_sql``) with a deadline session."""
    return f"{_tracked(row)} AND {row}.deadline_body IS NOT NULL AND {row}.deadline_session IS NOT NULL"


def _deadline_session_values(dialect: str, row: str, weight: str) -> list[str]:
    """What the obligation ``row`` adds to each of ``DEADLINE_SESSION_SUMS``: ``weight`` or 0."""
    report = f"{row}.kind = '{ObligationKind.REPORT.value}'"
    conditions = [*(f"{row}.status = '{status}'" for status in DEADLINE_SESSION_SUMS[:-3]),
                  _open_and_due_early(dialect, row),
                  report, f"{report} AND {row}.status = '{ObligationStatus.NOT_STARTED.value}'"]
    return [f"CASE WHEN {condition} THEN {weight} ELSE 0 END" for condition in conditions]


def _sums_trigger_ddl(dialect: str, table: str, keys: tuple[str, ...], sums: tuple[str, ...],
                      values: Callable[[str, str], list[str]], counted: Callable[[str], str]) -> list[str]:
    """The triggers (and on PostgreSQL their functions) that keep ``table``, a row per ``keys``
    (the obligation's columns of those names) holding ``sums``: ``values(row, weight)`` is what the
    obligation ``row`` adds to each sum (``weight`` or 0), ``counted(row)`` whether it is in them.
    An obligation inserted adds its values, one deleted takes them out, one updated does both (on
    SQLite only when it moves to another ``session_counts`` bucket, of which these are sums)."""
    key_list, sum_list = ", ".join(keys), ", ".join(sums)
    if dialect == "postgresql":
        def of(rows: str, sign: str) -> str:
            return (f"SELECT {', '.join(f'r.{key}' for key in keys)}, {', '.join(values('r', sign))}"
                    f" FROM {rows} r WHERE {counted('r')}")

        def upsert(delta: str) -> str:
            """The signed rows netted per key (a key that nets to nothing is not written), keys in
            order (concurrent writers lock them in the same order)."""
            summed = ", ".join(f"sum({column})::int" for column in sums)
            moved = " OR ".join(f"sum({column}) <> 0" for column in sums)
            added = ", ".join(f"{name} = c.{name} + excluded.{name}" for name in sums)
            return (f"INSERT INTO {table} AS c ({key_list}, {sum_list})"
                    f" SELECT {key_list}, {summed}"
                    f" FROM ({delta}) AS delta ({key_list}, {sum_list})"
                    f" GROUP BY {key_list} HAVING {moved}"
                    f" ORDER BY {key_list}"
                    f" ON CONFLICT ({key_list}) DO UPDATE SET {added};")

        return [
            _pg_trigger_function_ddl(f"{table}_on_insert", upsert(of("new_rows", "1"))),
            _pg_trigger_function_ddl(f"{table}_on_update",
                                     upsert(f"{of('new_rows', '1')} UNION ALL {of('old_rows', '-1')}")),
            _pg_trigger_function_ddl(f"{table}_on_delete", upsert(of("old_rows", "-1"))),
            *(_pg_statement_trigger(f"{table}_{event.lower()}", event, "obligations")
              for event in ("INSERT", "UPDATE", "DELETE")),
        ]
    if dialect == "sqlite":
        added = ", ".join(f"{column} = {column} + excluded.{column}" for column in sums)

        def count(row: str, sign: int) -> str:
            # an INSERT's SELECT needs its WHERE before an upsert clause (SQLite's parser)
            columns = ", ".join([*(f"{row}.{key}" for key in keys), *values(row, str(sign))])
            return (f"INSERT INTO {table} ({key_list}, {sum_list})"
                    f" SELECT {columns}"
                    f" WHERE {counted(row)}"
                    f" ON CONFLICT ({key_list}) DO UPDATE SET {added};")

        moved = f"{session_bucket_sql(dialect, 'old')} IS NOT {session_bucket_sql(dialect, 'new')}"
        return _sqlite_row_triggers(table, "obligations", count,
                                    update=f"OF {', '.join(COUNTED_COLUMNS)} ON obligations WHEN {moved}")
    raise NotImplementedError(f"no counting triggers for {dialect} databases")


def deadline_session_trigger_ddl(dialect: str) -> list[str]:
    """The triggers (and on PostgreSQL their functions) that keep ``deadline_session_counts``."""
    return _sums_trigger_ddl(dialect, "deadline_session_counts", ("deadline_body", "deadline_session"),
                             DEADLINE_SESSION_SUMS,
                             lambda row, weight: _deadline_session_values(dialect, row, weight),
                             _deadline_session_counted)


def drop_deadline_session_triggers(conn: Connection) -> None:
    _drop(conn, DEADLINE_SESSION_TRIGGER_NAMES, _DEADLINE_SESSION_PG_FUNCTIONS, lambda name: "obligations")


def install_deadline_session_triggers(conn: Connection) -> None:
    """(Re)create the triggers that keep ``deadline_session_counts``; the counts are not touched."""
    _install(conn, drop_deadline_session_triggers, deadline_session_trigger_ddl)


def installed_deadline_session_triggers(conn: Connection) -> set[str]:
    return _installed(conn, DEADLINE_SESSION_TRIGGER_NAMES)


def deadline_session_recount_sql(dialect: str) -> str:
    """``SELECT deadline_body, deadline_session, sums…`` recounted from the obligations at the
    stored horizon (for a refill and a check)."""
    sums = ", ".join(f"sum({value}) AS {column}" for value, column
                     in zip(_deadline_session_values(dialect, "o", "1"), DEADLINE_SESSION_SUMS, strict=True))
    return (f"SELECT o.deadline_body, o.deadline_session, {sums} FROM obligations o"
            f" WHERE {_deadline_session_counted('o')} GROUP BY o.deadline_body, o.deadline_session")


def refill_deadline_sessions(conn: Connection) -> None:
    """Empty ``deadline_session_counts`` and fill it with a recount at the stored horizon."""
    _refill(conn, "deadline_session_counts", f"deadline_body, deadline_session, {_SUMS}",
            deadline_session_recount_sql, "obligations")


# ---------------------------------------------------------------------- per kind and status, summed
# The overview's headline numbers start from every obligation's kind and status: how many, how many
# open and due before the horizon, and of those with a mandate how many, renewed, and standing and
# ending before the horizon. They were summed from ``session_counts`` at every request (≈ 420 rows
# grouped into ≈ 30, five sums each: 1.0 ms of SQLite's 14.5 for the page at 50k); they are kept
# here instead, a row per kind and status, by triggers on ``obligations`` in the writer's
# transaction, as ``deadline_session_counts`` are. The overdue and expired sums are counted at the
# horizon, so ``rebase`` recounts the table.


class KindStatusCount(Base):
    """Obligations of one kind and status: how many (``n``), open and due before the horizon
    (``overdue``, tracked kinds only: ``overdue_early_sql``), with a mandate (``mandates``:
    ``mandate_sql``), those renewed (``renewed``) and those not renewed ending before the horizon
    (``expired``). Never negative; a row emptied by writes stays, of zeros."""

    __tablename__ = "kind_status_counts"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int]
    overdue: Mapped[int]
    renewed: Mapped[int]
    expired: Mapped[int]
    mandates: Mapped[int]


#: the kept sums in the table's order
KIND_STATUS_SUMS = ("n", "overdue", "renewed", "expired", "mandates")
KIND_STATUS_TRIGGER_NAMES = ("kind_status_counts_insert", "kind_status_counts_update",
                             "kind_status_counts_delete")
_KIND_STATUS_PG_FUNCTIONS = ("kind_status_counts_on_insert", "kind_status_counts_on_update",
                             "kind_status_counts_on_delete")


def _kind_status_values(dialect: str, row: str, weight: str) -> list[str]:
    """What the obligation ``row`` adds to each of ``KIND_STATUS_SUMS``: ``weight`` or 0 (the
    conditions ``summary._overview_statement`` summed over ``session_counts``' flags)."""
    expires_early = _early(dialect, row)[1]
    mandate = f"({row}.kind = '{ObligationKind.MANDATE.value}' OR {row}.expires_on IS NOT NULL)"
    renewed = f"{row}.renewed_by_id IS NOT NULL"
    conditions = [f"{_tracked(row)} AND {_open_and_due_early(dialect, row)}",  # overdue_early_sql
                  f"{mandate} AND {renewed}",
                  f"{mandate} AND NOT ({renewed}) AND {expires_early}",
                  mandate]
    return [weight, *(f"CASE WHEN {condition} THEN {weight} ELSE 0 END" for condition in conditions)]


def kind_status_trigger_ddl(dialect: str) -> list[str]:
    """The triggers (and on PostgreSQL their functions) that keep ``kind_status_counts``."""
    return _sums_trigger_ddl(dialect, "kind_status_counts", ("kind", "status"), KIND_STATUS_SUMS,
                             lambda row, weight: _kind_status_values(dialect, row, weight),
                             lambda row: "true")


def drop_kind_status_triggers(conn: Connection) -> None:
    _drop(conn, KIND_STATUS_TRIGGER_NAMES, _KIND_STATUS_PG_FUNCTIONS, lambda name: "obligations")


def install_kind_status_triggers(conn: Connection) -> None:
    """(Re)create the triggers that keep ``kind_status_counts``; the counts are not touched."""
    _install(conn, drop_kind_status_triggers, kind_status_trigger_ddl)


def installed_kind_status_triggers(conn: Connection) -> set[str]:
    return _installed(conn, KIND_STATUS_TRIGGER_NAMES)


def kind_status_recount_sql(dialect: str) -> str:
    """``SELECT kind, status, sums…`` recounted from the obligations at the stored horizon (for a
    refill and a check)."""
    sums = ", ".join(f"sum({value}) AS {column}" for value, column
                     in zip(_kind_status_values(dialect, "o", "1"), KIND_STATUS_SUMS, strict=True))
    return f"SELECT o.kind, o.status, {sums} FROM obligations o GROUP BY o.kind, o.status"


def refill_kind_statuses(conn: Connection) -> None:
    """Empty ``kind_status_counts`` and fill it with a recount at the stored horizon."""
    _refill(conn, "kind_status_counts", f"kind, status, {', '.join(KIND_STATUS_SUMS)}",
            kind_status_recount_sql, "obligations")


def rebase(conn: Connection, day: dt.date, *, owners: bool = True, deadline_sessions: bool = True,
           expires: bool = True, kind_statuses: bool = True) -> None:
    """Move the horizon to ``day`` and recount ``session_counts``, ``deadline_session_counts``,
    ``kind_status_counts`` and ``owner_counts`` by it, in the caller's transaction (on PostgreSQL no
    writer may count by the old horizon meanwhile). ``owners=False``: revisions 0017-0018, whose
    owner counts were kept per due date; ``deadline_sessions=False``: revisions before 0030, which
    had no such table;
    ``expires=False``: revisions 0017-0030, whose session counts had no ``expires``;
    ``kind_statuses=False``: revisions before 0035, which had no ``kind_status_counts``."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE obligations, obligation_owners IN SHARE MODE"))
    conn.execute(text("DELETE FROM count_horizon"))
    conn.execute(text("INSERT INTO count_horizon (id, day) VALUES (1, :day)"), {"day": day})
    refill_sessions(conn, expires=expires)
    if deadline_sessions:
        refill_deadline_sessions(conn)
    if kind_statuses:
        refill_kind_statuses(conn)
    if owners:
        refill_owners(conn)


def refill_all(conn: Connection) -> None:
    """Recount every kept table (after writes made with the triggers off: ``bench/scale.py``)."""
    refill(conn)
    refill_owners(conn)
    refill_resolutions(conn)
    refill_sessions(conn)
    refill_deadline_sessions(conn)
    refill_kind_statuses(conn)
