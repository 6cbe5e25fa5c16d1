"""The register at the scale of the whole UN record (``make bench SCALE=500000``), in minutes.

Importing 70,000 generated resolutions one transaction at a time would take most of an hour, so
the loaded 50,000-obligation register is *replicated* on the PostgreSQL server instead: every
resolution and everything that hangs off it (paragraphs, footnotes, obligations, owners, items,
history, references, links) is copied ``copies`` times by one ``INSERT … SELECT`` per table, ids
shifted by the table's largest id times the copy's number, foreign keys into copied tables shifted
the same way, foreign keys to shared rows (entities, users) kept. Copy ``k`` of a resolution gets
the number ``n + 1000·k`` (``A/RES/75/1001`` → ``A/RES/75/3001``; ``S/RES/9001 (2007)`` →
``S/RES/11001 (2007)``): the same sessions and deadlines with ten times the resolutions, so the
register has ten times the work and the reminder pass ten times the due obligations.

The obligations' full-text documents (``obligations_fts``, migration 0015) are copied with them.

Bulk-load habits: the full-text GIN indexes are dropped and rebuilt after the copy, triggers
(foreign-key checks, and the triggers that keep ``obligation_counts``) are off for the copying
session (``session_replication_role = replica``: the copied keys are consistent by construction;
the counts are recounted once at the end), sequences are moved past the new ids, and the whole
database is analysed at the end, as auto-analyze would after a bulk load.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import create_engine, text

#: tables that are not part of a resolution's record (rows made by ``shape`` or by passes)
NOT_COPIED = {"reminders", "outbox_messages", "subscriptions", "audit_log"}
#: a copy's resolution numbers are shifted by this much per copy (the generator stays below it)
NUMBER_STEP = 1000


def copied_tables(metadata) -> list:
    """``resolutions`` and every table that refers to a copied table, in dependency order."""
    names = {"resolutions"}
    changed = True
    while changed:
        changed = False
        for table in metadata.sorted_tables:
            if table.name in names or table.name in NOT_COPIED:
                continue
            if any(fk.column.table.name in names for fk in table.foreign_keys):
                names.add(table.name)
                changed = True
    return [t for t in metadata.sorted_tables if t.name in names]


def _symbol(k: str) -> str:
    """SQL for copy ``k``'s symbol: the resolution's own number shifted by ``NUMBER_STEP·k``."""
    rest = r"substring(t.symbol from '[^/]*$')"
    return (
        r"substring(t.symbol from '^(.*/)') || "
        rf"(substring({rest} from '^\d+')::int + {NUMBER_STEP} * {k})::text || "
        rf"coalesce(substring({rest} from '^\d+(.*)$'), '')"
    )


def multiply(url: str, copies: int, progress: Callable[[str], None] = lambda _m: None) -> float:
    """Add ``copies`` copies of every resolution's record to the PostgreSQL database at ``url``;
    returns the seconds it took."""
    from tracker.db import Base
    from tracker.models import Resolution  # noqa: F401 - registers every model's table
    from tracker.models.counts import refill_all

    start = time.perf_counter()
    engine = create_engine(url)
    tables = copied_tables(Base.metadata)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
            conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")
            fts = conn.execute(text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%\\_fts' "
                "OR indexname = 'ix_obligations_fts_document'"
            )).all()
            for name, _ in fts:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
            largest = {}
            for table in tables:
                if "id" in table.c:
                    largest[table.name] = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table.name}")
                                                       ).scalar_one()
            for table in tables:
                columns, values = [], []
                for column in table.c:
                    columns.append(f'"{column.name}"')
                    targets = {fk.column.table.name for fk in column.foreign_keys}
                    shift = next((largest[t] for t in targets if t in largest), None)
                    if column.primary_key and column.name == "id":
                        values.append(f"t.id + {largest[table.name]} * k")
                    elif shift is not None:
                        values.append(f't."{column.name}" + {shift} * k')
                    elif table.name == "resolutions" and column.name == "symbol":
                        values.append(_symbol("k"))
                    else:
                        values.append(f't."{column.name}"')
                conn.exec_driver_sql(
                    f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT {', '.join(values)} "
                    f"FROM {table.name} t CROSS JOIN generate_series(1, {int(copies)}) AS k"
                )
                progress(f"  copied {table.name} ×{copies} ({time.perf_counter() - start:.0f} s)")
            # the obligations' documents (migration 0015; not in the models, their triggers off
            # here): a copy's document is its original's, the title and texts being the same, and
            # so are its obligation's status and due date (0028)
            conn.exec_driver_sql(
                f"INSERT INTO obligations_fts (obligation_id, document, status, due_on) "
                f"SELECT t.obligation_id + {largest['obligations']} * k, t.document, t.status, t.due_on "
                f"FROM obligations_fts t CROSS JOIN generate_series(1, {int(copies)}) AS k"
            )
            progress(f"  copied obligations_fts ×{copies} ({time.perf_counter() - start:.0f} s)")
            for table in tables:
                if "id" in table.c:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT max(id) FROM {table.name}))"
                    ))
            for name, definition in fts:
                conn.exec_driver_sql(definition)
                progress(f"  rebuilt {name} ({time.perf_counter() - start:.0f} s)")
            # the counting triggers were off with the others: the kept counts are recounted once
            refill_all(conn)
            progress(f"  recounted the kept counts ({time.perf_counter() - start:.0f} s)")
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()
    return time.perf_counter() - start
