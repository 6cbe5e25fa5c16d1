"""The ledger pass, first half: turn the stages that have come due into ``pending`` rows.

Everything here is set-based SQL (no query per obligation), in three steps:

1. **Once per pass**, the latest stage that has come due for every open tracked obligation (the same rule
   as :func:`tracker.reminders.stages.due_stage`) goes into a temporary table, ``reminder_due``
   (:func:`fill_due`). Only open obligations of published resolutions are read (the
   ``(status, due_on, …)`` index), and of them those whose due or target date is within the
   longest lead of today (an overdue one always has a stage: weekly) or that have stages of their
   own (rare; settled in Python).
2. One ``INSERT … SELECT`` per kind of recipient reads that table, joins the recipients and
   inserts only what the ledger does not already hold (:func:`_ledger_insert`, one shape for
   obligation rows and digest rows). The unique key settles races between processes:
   ``ON CONFLICT DO NOTHING`` on both PostgreSQL and SQLite. Kinds of recipient the register has
   none of (officers, followers) are not looked for. A focal point's session digest comes from the
   same statement as its members; an officer's digest of the pass from the member rows that
   statement gives back (:func:`_officer_digests`).
3. Catch-up: older pending rows a new row supersedes are cancelled.

A dry run (:class:`_DryLedger`) runs the same statements' ``SELECT``s and writes nothing to the
ledger: what a later statement would find written by an earlier one (the keys this pass took) it
keeps in Python, by the ledger's own unique keys; catch-up is counted by the same rule
(:data:`_CATCH_UP`). The focal points' digest members, which it does not list, it reads only for
those: where a later statement runs or rows are pending.

The statements are built once per process (per dialect and set of stage overrides in use) with
``today``, ``now`` and the sizes as bound parameters, so a pass neither rebuilds nor, on an engine
that has run one before, recompiles them. The caller serialises passes (``ledger._lock_queue``).
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    UniqueConstraint,
    and_,
    bindparam,
    case,
    cast,
    collate,
    delete,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    text,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable
from sqlalchemy.sql.elements import ColumnElement

from tracker.models import (
    OPEN_STATUSES,
    Body,
    DeliveryMode,
    Obligation,
    ObligationStatus,
    Reminder,
    ReminderStatus,
    Role,
    SubscriptionTarget,
    obligation_owners,
    user_entities,
)
from tracker.models import tables as t
from tracker.reminders.settings import FOCAL_DIGEST_MIN
from tracker.reminders.stages import (
    OVERDUE_EVERY,
    TARGET_PREFIX,
    due_stage,
    max_lead_days,
    stages_for,
)
from tracker.services.search import published_condition

_OPEN = sorted(str(s) for s in OPEN_STATUSES)
#: statuses a mandate is no longer reminded of in
_SETTLED = sorted(str(s) for s in (ObligationStatus.COMPLETED, ObligationStatus.NOT_APPLICABLE))
PENDING = str(ReminderStatus.PENDING)
CANCELLED = str(ReminderStatus.CANCELLED)

#: the digest key of obligations whose deadline is a date, not a session
DATES_DIGEST = "dates"
#: an officer's digest of one pass: its key's prefix and its stage
OFFICER_DIGEST = "officers"
OFFICER_DIGEST_STAGE = "pass"

#: status of a member row: an obligation covered by a focal point's session digest. Never claimed
#: nor sent itself (delivery takes ``pending`` rows only); it records what the digest covered and
#: holds the obligation's ledger key for that stage.
DIGESTED = str(ReminderStatus.DIGESTED)


#: what kind of table :data:`DUE` is: private to the connection, and on PostgreSQL the transaction's
_DUE_KIND: dict[str, Any] = {"prefixes": ["TEMPORARY"], "postgresql_on_commit": "DROP"}

#: One pass's due obligations (step 1). Private to the connection (TEMPORARY); dropped at commit
#: or rollback on PostgreSQL; on SQLite kept empty between passes. Not part of the schema.
DUE = Table(
    "reminder_due",
    MetaData(),
    Column("obligation_id", Integer, primary_key=True, autoincrement=False),
    Column("resolution_id", Integer),
    Column("deadline_body", String(10)),
    Column("deadline_session", Integer),
    #: the latest stage of the due date or of the target date ("30", "-14", "t7") and its date
    Column("stage", String(10)),
    Column("row_due_on", Date),
    #: the latest stage of the due date alone (followers' digests: no internal targets), or NULL
    Column("due_stage", String(10)),
    Column("due_on", Date),
    Column("target_on", Date),
    #: the obligation's own stages, if any (rare: see ``_apply_own_stages``), and its owners'
    Column("own_stages", String(100)),
    Column("owner_stages", String(100)),
    #: a mandate (the date is its end): its reminders go to the focal points of the body that
    #: must renew it, not to its owners
    Column("is_mandate", Integer),
    **_DUE_KIND,
)

#: parameters of every statement below
_TODAY = bindparam("today", type_=Date)
_HORIZON = bindparam("horizon", type_=Date)
_NOW = bindparam("now", type_=Reminder.next_attempt_at.type)
_MIN_SIZE = bindparam("min_size", type_=Integer)


@dataclass
class QueueResult:
    queued: int = 0
    superseded: int = 0
    cancelled: int = 0
    #: ids of the rows inserted (messages: per-obligation reminders and digests)
    ids: list[int] = field(default_factory=list)
    #: ids of the member rows of focal points' digests inserted (not messages)
    digested_ids: list[int] = field(default_factory=list)
    #: the messages queued, by id: (id, recipient, obligation id or None, digest key or None, stage,
    #: due date, status); a dry run's have no id (and an officer's digest no id range in its key)
    rows: list[tuple] = field(default_factory=list)


# ----------------------------------------------------------------------------- the stage rule

#: owners' stage overrides (a handful of distinct strings; the table is small)
_OWNER_SETS = select(t.entities.c.reminder_stages).where(t.entities.c.reminder_stages.is_not(None)).distinct()

StageSets = tuple[tuple[str | None, tuple[int, ...]], ...]


def _stage_sets(session: Session, default: str) -> StageSets:
    """The default stages (key ``None``) and every owner's override, parsed once per pass.

    An obligation's own override (``Obligation.reminder_stages``, rare) is not in SQL: step 1 keeps
    such rows whatever their dates and :func:`_apply_own_stages` settles them in Python."""
    sets: dict[str | None, tuple[int, ...]] = {None: stages_for(None, (), default)}
    for value in sorted(session.scalars(_OWNER_SETS)):
        sets[value] = stages_for(None, (value,), default)
    return tuple(sets.items())


def _horizon(today: dt.date, sets: StageSets) -> dt.date:
    """Obligations due (or targeted) after this day have no stage due yet."""
    return today + dt.timedelta(days=max(max_lead_days([s for _raw, s in sets]), 0))


def _days_from(col: ColumnElement, dialect: str) -> ColumnElement[int]:
    """Whole days from ``:today`` to the date column (negative when past), in SQL."""
    if dialect == "sqlite":
        return cast(func.julianday(col) - func.julianday(_TODAY), Integer)
    return col.op("-", return_type=Integer)(_TODAY)


def _latest(days: ColumnElement[int], stages: tuple[int, ...]) -> ColumnElement:
    """The smallest configured stage >= days, else NULL."""
    return case(*[(days <= s, literal(s)) for s in sorted(stages)], else_=null())


def _int_div(a: ColumnElement, b: int) -> ColumnElement[int]:
    return a.op("/", return_type=Integer)(literal(b))


#: the collation that compares text byte by byte, as Python compares ``str``
_BYTEWISE = {"postgresql": "C", "sqlite": "BINARY"}


def _due_select(dialect: str, sets: StageSets) -> Select:
    """The rows of :data:`DUE`: every open obligation with a stage due at ``:today`` by the default
    or its owner's stages, and every open obligation with stages of its own. Built once per
    dialect and set of stages: its one caller, :func:`_fill_statement`, is cached.

    Each level is an ``OFFSET 0`` subquery: an optimisation fence on SQLite and PostgreSQL alike,
    so what a level computes (days left, each stage) is computed once per row instead of being
    pasted into every expression that uses it above (the fill took twice as long without)."""
    owner_sets = {raw: stages for raw, stages in sets if raw is not None}
    stage_set: ColumnElement = cast(null(), String)
    if owner_sets:
        # compared byte by byte on every database, as ``owner_stages`` compares in Python
        stage_set = (
            select(func.max(collate(t.entities.c.reminder_stages, _BYTEWISE.get(dialect, "BINARY"))))
            .join(obligation_owners, obligation_owners.c.entity_id == t.entities.c.id)
            .where(obligation_owners.c.obligation_id == t.obligations.c.id)
            .scalar_subquery()
        )
    def columns(when: ColumnElement, target: ColumnElement, is_mandate: int) -> list[ColumnElement]:
        return [
            t.obligations.c.id.label("obligation_id"),
            t.obligations.c.resolution_id,
            t.obligations.c.deadline_body,
            t.obligations.c.deadline_session,
            when.label("due_on"),
            target.label("target_on"),
            t.obligations.c.reminder_stages.label("own_stages"),
            stage_set.label("stage_set"),
            _days_from(when, dialect).label("dd"),
            _days_from(target, dialect).label("dt"),
            literal(is_mandate, Integer).label("is_mandate"),
        ]

    tracked = select(*columns(t.obligations.c.due_on, t.obligations.c.target_on, 0)).where(
        t.obligations.c.status.in_(_OPEN),
        # only what has something to deliver: the model's one rule (standing calls and
        # declaratory paragraphs are never reminded of; mandates come next, by their end)
        Obligation.is_tracked,
        or_(t.obligations.c.due_on <= _HORIZON, t.obligations.c.target_on <= _HORIZON,
            t.obligations.c.reminder_stages.is_not(None)),
        # an unpublished resolution (an import under review) is in nobody's register yet
        published_condition(),
    )
    # mandates not yet renewed, before their end (an ended mandate is not chased weekly)
    mandates = select(*columns(t.obligations.c.expires_on, cast(null(), Date), 1)).where(
        Obligation.is_mandate,
        # not renewed, written so that no index can serve it: nearly every obligation has no
        # renewal, and SQLite (no statistics) would otherwise read them all through the index on
        # renewed_by_id instead of the few mandates ending from today on (index on expires_on)
        func.coalesce(t.obligations.c.renewed_by_id, 0) == 0,
        t.obligations.c.status.not_in(_SETTLED),
        t.obligations.c.expires_on >= _TODAY,
        or_(t.obligations.c.expires_on <= _HORIZON, t.obligations.c.reminder_stages.is_not(None)),
        published_condition(),
    )
    base = select(tracked.union_all(mandates).subquery("due_rows")).offset(0).subquery("base")
    default = dict(sets)[None]

    def per_set(days: ColumnElement[int], *, targets: bool) -> ColumnElement:
        def chosen(stages: tuple[int, ...]) -> tuple[int, ...]:
            return tuple(s for s in stages if s >= 0) if targets else stages

        whens = [
            (
                base.c.stage_set == raw,
                _latest(days, chosen(stages)) if chosen(stages) else cast(null(), Integer),
            )
            for raw, stages in owner_sets.items()
        ]
        fallback = _latest(days, chosen(default))
        return case(*whens, else_=fallback) if whens else fallback

    weekly = case(
        (base.c.dd <= -OVERDUE_EVERY, literal(-OVERDUE_EVERY) * _int_div(-base.c.dd, OVERDUE_EVERY)),
        else_=null(),
    )
    layer = (
        select(
            base,
            per_set(base.c.dd, targets=False).label("conf"),
            weekly.label("weekly"),
            per_set(base.c.dt, targets=True).label("st"),
        )
        .offset(0)
        .subquery("layer")
    )
    sd = case(
        (
            and_(layer.c.weekly.is_not(None), or_(layer.c.conf.is_(None), layer.c.weekly < layer.c.conf)),
            layer.c.weekly,
        ),
        else_=layer.c.conf,
    )
    both = select(layer, sd.label("sd")).offset(0).subquery("both")
    is_target = and_(
        both.c.st.is_not(None),
        or_(both.c.sd.is_(None), (both.c.dt - both.c.st) > (both.c.dd - both.c.sd)),
    )
    stage = case(
        (is_target, literal(TARGET_PREFIX, String) + cast(both.c.st, String)), else_=cast(both.c.sd, String)
    )
    return select(
        both.c.obligation_id,
        both.c.resolution_id,
        both.c.deadline_body,
        both.c.deadline_session,
        stage.label("stage"),
        case((is_target, both.c.target_on), else_=both.c.due_on).label("row_due_on"),
        cast(both.c.sd, String).label("due_stage"),
        both.c.due_on,
        both.c.target_on,
        both.c.own_stages,
        both.c.stage_set.label("owner_stages"),
        both.c.is_mandate,
    ).where(or_(both.c.sd.is_not(None), both.c.st.is_not(None), both.c.own_stages.is_not(None)))


#: the due rows of obligations with stages of their own (built once: each pass built it again)
_OWN_STAGES = select(
    DUE.c.obligation_id, DUE.c.due_on, DUE.c.target_on, DUE.c.own_stages, DUE.c.owner_stages
).where(DUE.c.own_stages.is_not(None))


def _apply_own_stages(session: Session, today: dt.date, default: str) -> None:
    """Rows of obligations with stages of their own: their stage by :func:`due_stage` (the rule in
    Python; such overrides are rare, so this costs one look at the small table per pass)."""
    rows = session.execute(_OWN_STAGES).all()
    if not rows:
        return
    updates, gone = [], []
    for oid, due_on, target_on, own, owners in rows:
        stages = stages_for(own, (owners,), default)
        found = due_stage(today, due_on, target_on, stages)
        if found is None:
            gone.append(oid)
            continue
        on_due = due_stage(today, due_on, None, stages)
        updates.append(
            {
                "oid": oid,
                "stage": found.key,
                "row_due_on": found.due_on,
                "due_stage": on_due.key if on_due else None,
            }
        )
    if gone:
        session.execute(delete(DUE).where(DUE.c.obligation_id.in_(gone)))
    if updates:
        session.execute(
            update(DUE)
            .where(DUE.c.obligation_id == bindparam("oid"))
            .values(
                stage=bindparam("stage"), row_due_on=bindparam("row_due_on"), due_stage=bindparam("due_stage")
            ),
            updates,
        )


def fill_due(session: Session, today: dt.date, default_stages: str) -> _Statements:
    """Step 1: :data:`DUE` holds every open obligation with a stage due at ``today``: its latest
    stage (``stage``, ``row_due_on``) and that of its due date alone (``due_stage``)."""
    dialect = session.get_bind().dialect.name
    sets = _stage_sets(session, default_stages)
    st = _statements(dialect)
    if not session.connection().info.get(_PLANNED):
        # the table made by ``plan_due_table`` is there: a CREATE, DDL, is compiled again each time
        session.execute(st.create)
    session.execute(st.clear)
    session.execute(_fill_statement(dialect, sets), {"today": today, "horizon": _horizon(today, sets)})
    _apply_own_stages(session, today, default_stages)
    if not session.connection().info.get(_PLANNED):
        # this pass's statistics: on SQLite a connection ``plan_due_table`` has not prepared, on
        # PostgreSQL every pass (the table is new in each)
        session.execute(st.analyze)
    return st


#: SQLite: the due table's size as the planner is told it (:func:`plan_due_table`). Only its order
#: matters: small beside the tables it is joined to, which SQLite, without statistics of theirs
#: (nothing analyses a SQLite register), takes for a million rows each
_DUE_ROWS_ESTIMATE = 1000
#: the key, in a connection's ``info``, saying :func:`plan_due_table` prepared it
_PLANNED = "reminder_due_planned"


def plan_due_table(session: Session) -> None:
    """SQLite: create :data:`DUE` on this session's connection with fixed statistics, once per
    connection and outside any transaction (a session that has not written yet), so that no pass
    changes the connection's schema.

    Without statistics SQLite starts the officers' statements from the officers' entities and reads
    every obligation they own. An ``ANALYZE`` in every pass (:func:`fill_due`'s fallback, for a
    connection this has not prepared) gives them, but it changes the schema, and a dry run's
    rollback changes it back: each pass read the schema again and prepared every statement again
    (≈ 15 % of a SQLite dry run's CPU, bench/README.md). PostgreSQL: nothing to do."""
    if session.get_bind().dialect.name != "sqlite":
        return
    conn = session.connection()
    driver = conn.connection.driver_connection
    if conn.info.get(_PLANNED) or driver.in_transaction:
        return
    driver.executescript(_due_table_script())  # its own transaction, committed
    conn.info[_PLANNED] = True


def _build_due_table_script() -> str:
    """The table (if missing) and its row in ``temp.sqlite_stat1`` (made by ``ANALYZE``: the
    table is empty, so it writes no row), then the statistics read again by the planner."""
    table, name = CreateTable(DUE, if_not_exists=True).compile(dialect=sqlite.dialect()), DUE.name
    stat = f"('{name}', NULL, '{_DUE_ROWS_ESTIMATE}')"
    return (f"BEGIN; {str(table).strip()}; ANALYZE temp.{name}; "  # noqa: S608 (constants only)
            f"DELETE FROM temp.sqlite_stat1 WHERE tbl = '{name}'; "
            f"INSERT INTO temp.sqlite_stat1 (tbl, idx, stat) VALUES {stat}; "
            "COMMIT; ANALYZE temp.sqlite_master;")


#: cached by a call, not a decorator, as :data:`_statements`
_due_table_script = lru_cache(maxsize=1)(_build_due_table_script)


# ----------------------------------------------------------------------------- ledger inserts


def _insert(dialect: str):
    if dialect == "postgresql":
        return postgresql.insert(t.reminders)
    if dialect == "sqlite":
        return sqlite.insert(t.reminders)
    raise NotImplementedError(f"reminders need PostgreSQL or SQLite, not {dialect}")


def _known(rows, key: str) -> ColumnElement[bool]:
    """The ledger already holds the row under its unique key (``key``, recipient, stage, due date)."""
    known = t.reminders.alias("known")
    # the id, not ``*``: the unique key's index holds it, so the probe never reads the ledger row
    return (
        select(known.c.id)
        .where(
            known.c[key] == rows.c[key],
            known.c.recipient == rows.c.recipient,
            known.c.stage == rows.c.stage,
            known.c.due_on == rows.c.row_due_on,
        )
        .exists()
    )


def _new_rows(rows, key: str) -> list[ColumnElement[bool]]:
    """A row is owed: it has an address and the ledger does not hold its key yet."""
    return [rows.c.recipient.is_not(None), ~_known(rows, key)]


#: what a ledger statement gives back for each row, written (a pass: its id) or not (a dry run: no id)
_RETURNED = (
    "id", "recipient", "obligation_id", "digest_key", "stage", "due_on", "status", "recipient_user_id"
)


#: a returned row's id and status, read by position: by name, a SQLAlchemy row's attribute costs
#: ≈ 1 µs (2 ms of a SQLite dry run's CPU for its 2,800 rows, loaded)
_ID, _STATUS = itemgetter(_RETURNED.index("id")), itemgetter(_RETURNED.index("status"))


@dataclass(frozen=True)
class _LedgerStatement:
    """One kind of ledger row, two ways to run it: ``insert`` writes the rows (a pass), ``select``
    is the same ``SELECT`` writing nothing (a dry run, :class:`_DryLedger`). Both give
    :data:`_RETURNED`, the dry run with a NULL id. ``messages``: where the rows may be digest
    members (:data:`DIGESTED`) or messages, the ``SELECT`` of the messages alone, for a dry run
    that reads no member (None: all the rows are one or the other)."""

    insert: Any
    select: Any
    messages: Any = None


def _ledger_insert(
    dialect: str,
    rows,
    *,
    key: str | None,
    role: str | ColumnElement,
    status: str | ColumnElement = PENDING,
    skip_known: bool = True,
) -> _LedgerStatement:
    """``INSERT … SELECT`` of ledger rows, for obligation rows and digest rows alike.

    ``rows`` has the columns recipient, user_id, stage, row_due_on and ``obligation_id`` or
    ``digest_key`` or both (``key`` names the one probed); what the ledger already holds under its
    unique key is skipped (unless ``rows`` did that already), and ``ON CONFLICT DO NOTHING`` settles
    a race."""
    where = _new_rows(rows, key) if skip_known else [rows.c.recipient.is_not(None)]
    keys = {
        "obligation_id": rows.c.obligation_id if "obligation_id" in rows.c else cast(null(), Integer),
        "digest_key": rows.c.digest_key if "digest_key" in rows.c else cast(null(), String),
    }
    columns = {
        **keys,
        "recipient": rows.c.recipient,
        "recipient_user_id": rows.c.user_id,
        "recipient_role": literal(role, String) if isinstance(role, str) else role,
        "stage": rows.c.stage,
        "due_on": rows.c.row_due_on,
        "status": literal(status, String) if isinstance(status, str) else status,
        "attempts": literal(0),
        "next_attempt_at": _NOW,
        "created_at": _NOW,
    }
    insert = (
        _insert(dialect)
        .from_select(list(columns), select(*columns.values()).where(*where))
        .on_conflict_do_nothing()
        .returning(*(t.reminders.c[name] for name in _RETURNED))
    )
    columns["id"] = cast(null(), Integer)
    dry = select(*(columns[name].label(name) for name in _RETURNED)).where(*where)
    messages = None if isinstance(status, str) else dry.where(status != literal(DIGESTED, String))
    return _LedgerStatement(insert, dry, messages)


def _session_key(due) -> ColumnElement[str]:
    """ "GA-81": the digest key of an obligation whose deadline is a session."""
    return due.c.deadline_body + literal("-", String) + cast(due.c.deadline_session, String)


def _addressed(due, email: ColumnElement, user_id: ColumnElement, *, key=None, stage=None, row_due_on=None):
    """``SELECT`` of a due row's ledger columns for one address: its key (the obligation, unless a
    digest's ``key``), the address (lower-case), the user, the stage and the date it counts
    towards (the row's own, unless given). Each kind of recipient adds its joins."""
    return select(
        due.c.obligation_id if key is None else key,
        func.lower(email).label("recipient"),
        user_id.label("user_id"),
        (due.c.stage if stage is None else stage).label("stage"),
        (due.c.row_due_on if row_due_on is None else row_due_on).label("row_due_on"),
    ).select_from(due)


def _responsible(due):
    """Whose focal points are reminded of a due row, one way each: its owners; for a mandate, the
    body that must renew it (the entity named as the adopting body: "Security Council", "Human
    Rights Council"). Each way is the due rows joined to the responsible entity, given with its id
    column: :func:`_focal_rows` joins each to the focal points, without a set of (obligation,
    entity) pairs in between (SQLite materialised one and looked every due row up again)."""
    organ_name = case(*[(t.resolutions.c.body == b.value, literal(b.display_name)) for b in Body],
                      else_=null())
    owners = due.join(obligation_owners, and_(due.c.obligation_id == obligation_owners.c.obligation_id,
                                              due.c.is_mandate == 0))
    organs = (
        due.join(t.resolutions, and_(t.resolutions.c.id == due.c.resolution_id, due.c.is_mandate == 1))
        .join(t.entities, t.entities.c.name == organ_name)
    )
    return ((owners, obligation_owners.c.entity_id), (organs, t.entities.c.id))


def _focal_rows(due):
    """Focal points of the entities responsible for each due row (:func:`_responsible`) whose
    ledger key is not held yet, with the row's session digest key (or NULL)."""
    fp_user = t.users.alias("fp_user")
    in_session = and_(due.c.deadline_body.is_not(None), due.c.deadline_session.is_not(None))

    def focal_points(joined, entity_id):
        return (
            _addressed(due, func.coalesce(fp_user.c.email, t.focal_points.c.email), t.focal_points.c.user_id)
            .add_columns(case((in_session, _session_key(due)), else_=null()).label("digest_key"))
            .select_from(joined)
            .join(t.focal_points, t.focal_points.c.entity_id == entity_id)
            .outerjoin(fp_user, fp_user.c.id == t.focal_points.c.user_id)
            .where(or_(fp_user.c.id.is_(None), fp_user.c.is_active.is_(True)))
        )

    focal = union_all(*(focal_points(*way) for way in _responsible(due))).subquery("focal")
    return select(focal).where(*_new_rows(focal, "obligation_id")).subquery("fresh")


def _focal_statement(dialect: str) -> _LedgerStatement:
    """Focal points' rows, all three kinds in one statement: a **session digest member** (status
    :data:`DIGESTED`) for an obligation whose session group is big enough, else a ``pending``
    message of its own; and the session digests themselves, one per such group.

    A group is (session, focal point address, stage, date): ``:min_size`` obligations or more
    (0 turns digests off) get one digest instead of one message each. A member row takes the
    obligation's own ledger key (obligation, recipient, stage, due date), so an officer row for
    the same address or a concurrent pass cannot queue that stage of that obligation a second time:
    the unique key, not the order of statements, rules out the double notification. The digest
    rows come from the groups their members are made from, in the same statement, so that a dry
    run (which writes no member) lists them from the same ``SELECT``.

    Only obligations with no row yet at their stage count ("fresh"). An obligation that turns up
    after its group's digest was queued (imported late, reopened, moved to the session) is not
    slipped into a digest that may already be out: its group already has a digest row, so it gets
    a message of its own; at the next stage it joins the digest.
    """
    fresh = _focal_rows(DUE)
    # one row per obligation and address (an obligation two of their entities own counts once);
    # a CTE, read twice below (both databases compute it once)
    group = (fresh.c.digest_key, fresh.c.recipient, fresh.c.stage, fresh.c.row_due_on)
    single = (
        select(fresh.c.obligation_id, *group, func.max(fresh.c.user_id).label("user_id"))
        .group_by(fresh.c.obligation_id, *group)
        .cte("single")
    )
    # the session digests to make: each group big enough, grouped once (a window count beside
    # every row cost a second sort of all of them). A group whose digest is already queued may be
    # out already: latecomers go on their own; looked up once per group, in the digest's unique key.
    # A CTE: its groups decide the members below and are the digest rows
    queued = t.reminders.alias("queued")
    grouped = single.alias("grouped")
    columns = ("digest_key", "recipient", "stage", "row_due_on")
    digests = (
        select(*(grouped.c[c] for c in columns), func.max(grouped.c.user_id).label("user_id"))
        .where(grouped.c.digest_key.is_not(None), _MIN_SIZE > 0)
        .group_by(*(grouped.c[c] for c in columns))
        .having(
            and_(
                func.count() >= _MIN_SIZE,
                ~select(queued.c.id)
                .where(
                    queued.c.digest_key == grouped.c.digest_key,
                    queued.c.recipient == grouped.c.recipient,
                    queued.c.stage == grouped.c.stage,
                    queued.c.due_on == grouped.c.row_due_on,
                )
                .exists(),
            )
        )
        .cte("digests")
    )
    # a set the databases build once (SQLite an ephemeral index, PostgreSQL a hashed sub-plan),
    # not a join: PostgreSQL estimates the fresh temporary table at a row or two and would run a
    # join's grouped side once per row
    in_digest = tuple_(*(single.c[c] for c in columns)).in_(select(*(digests.c[c] for c in columns)))
    pending = literal(PENDING, String)
    members = select(
        single.c.obligation_id,
        cast(null(), String).label("digest_key"),
        *(single.c[c] for c in ("recipient", "user_id", "stage", "row_due_on")),
        # a row without a session (no digest key) is in no digest: said first, since PostgreSQL's
        # hashed set, asked about a row with a NULL, compares it with every digest to tell "unknown"
        # from "no" (the focal statement's dry run 25 -> 15 ms of server CPU, bench/README.md)
        case((single.c.digest_key.is_(None), pending), (in_digest, literal(DIGESTED, String)),
             else_=pending).label("status"),
    )
    sessions = select(
        cast(null(), Integer).label("obligation_id"),
        *(digests.c[c] for c in ("digest_key", "recipient", "user_id", "stage", "row_due_on")),
        literal(PENDING, String).label("status"),
    )
    rows = members.union_all(sessions).subquery("focal_rows")
    return _ledger_insert(dialect, rows, key=None, role="focal_point", status=rows.c.status, skip_known=False)


def _follows(due) -> ColumnElement[bool]:
    """A subscription matches an obligation through its resolution, an owner or a session."""
    return or_(
        and_(
            t.subscriptions.c.target == str(SubscriptionTarget.RESOLUTION),
            t.subscriptions.c.resolution_id == due.c.resolution_id,
        ),
        and_(
            t.subscriptions.c.target == str(SubscriptionTarget.ENTITY),
            exists().where(
                obligation_owners.c.obligation_id == due.c.obligation_id,
                obligation_owners.c.entity_id == t.subscriptions.c.entity_id,
            ),
        ),
        and_(
            t.subscriptions.c.target == str(SubscriptionTarget.SESSION),
            or_(
                and_(
                    t.subscriptions.c.session_body == due.c.deadline_body,
                    t.subscriptions.c.session_number == due.c.deadline_session,
                ),
                and_(
                    t.subscriptions.c.session_body == t.resolutions.c.body,
                    t.subscriptions.c.session_number == t.resolutions.c.session,
                ),
            ),
        ),
    )


def _officer_rows(due) -> Select:
    """Officers of the owning entities, one row per obligation and officer."""
    return (
        _addressed(due, t.users.c.email, t.users.c.id)
        .join(obligation_owners, obligation_owners.c.obligation_id == due.c.obligation_id)
        .join(user_entities, user_entities.c.entity_id == obligation_owners.c.entity_id)
        .join(t.users, t.users.c.id == user_entities.c.user_id)
        .where(t.users.c.is_active.is_(True), t.users.c.role != str(Role.DELEGATION), due.c.is_mandate == 0)
    )


def _officer_statement(dialect: str, *, digest: bool):
    """Officers of the owning entities: one message per obligation (officer digests turned off),
    or, ``digest``, a **member row** (:data:`DIGESTED`) per obligation for the officer's digest of
    the pass. Either way the row takes the obligation's ledger key, so an address that is also a
    focal point, or a concurrent pass, cannot queue that stage of that obligation twice."""
    return _ledger_insert(dialect, _officer_rows(DUE).subquery("officer_rows"), key="obligation_id",
                          role="officer", status=DIGESTED if digest else PENDING)


def officer_digest_key(first_id: int, last_id: int) -> str:
    """ "officers-120-184": an officer's digest of one pass, naming the ids of its member rows."""
    return f"{OFFICER_DIGEST}-{first_id}-{last_id}"


def officer_digest_range(key: str | None) -> tuple[int, int] | None:
    """The member rows' ids an officer's digest key names (None: not such a key)."""
    prefix, _, ids = (key or "").partition("-")
    first, _, last = ids.partition("-")
    if prefix != OFFICER_DIGEST or not first.isdigit() or not last.isdigit():
        return None
    return int(first), int(last)


def _officer_digests(members, now: dt.datetime, key: str) -> list[dict[str, Any]]:
    """One digest row per officer for the member rows this pass queued (``members``, as a ledger
    statement gives them back): **one message per officer per pass** with everything that came due
    for them, whatever its session, date or stage. Its key names the members' id range
    (:func:`officer_digest_key`), its stage is ``pass`` and its date the pass's day: unique by
    construction. Rows to write (a pass) or to list (a dry run): the same rows either way."""
    users: dict[str, int | None] = {}
    for row in members:  # the user, if any (the largest id, as SQL's max() would pick)
        known = (u for u in (users.get(row.recipient), row.recipient_user_id) if u is not None)
        users[row.recipient] = max(known, default=None)
    return [
        {"obligation_id": None, "digest_key": key, "recipient": recipient, "recipient_user_id": user_id,
         "recipient_role": "officer", "stage": OFFICER_DIGEST_STAGE, "due_on": now.date(), "status": PENDING,
         "attempts": 0, "next_attempt_at": now, "created_at": now}
        for recipient, user_id in sorted(users.items())
    ]


def _follower_rows(due, *, digest: bool):
    """Delegations following the resolution, an owner or the session of a due obligation.

    A digest is one message per follower, session (or dated deadlines) and date, whatever the
    stages of the obligations it lists: their owners' stages may differ ("60,14" beside the
    default), and the digest then counts down at the latest stage any of them has reached, so
    that each stage of any of them is one digest, never one per stage on the same day."""
    if digest:
        key = case(
            (due.c.deadline_session.is_not(None), _session_key(due)), else_=literal(DATES_DIGEST, String)
        )
        columns = {"key": key.label("digest_key"), "stage": due.c.due_stage, "row_due_on": due.c.due_on}
    else:
        columns = {}
    stage = columns.get("stage", due.c.stage)
    mode = DeliveryMode.DIGEST if digest else DeliveryMode.REMINDERS
    rows = (
        _addressed(due, t.users.c.email, t.users.c.id, **columns)
        .join(t.resolutions, t.resolutions.c.id == due.c.resolution_id)
        .join(t.subscriptions, _follows(due))
        .join(t.users, t.users.c.id == t.subscriptions.c.user_id)
        .where(t.users.c.is_active.is_(True), t.subscriptions.c.mode == str(mode), stage.is_not(None))
        .distinct()
        .subquery("follower_rows")
    )
    if not digest:
        return rows
    # a due date's stages are whole days before it (negative after): the latest is the smallest
    latest = cast(func.min(cast(rows.c.stage, Integer)), String)
    return (
        select(rows.c.digest_key, rows.c.recipient, rows.c.user_id, latest.label("stage"), rows.c.row_due_on)
        .group_by(rows.c.digest_key, rows.c.recipient, rows.c.user_id, rows.c.row_due_on)
        .subquery("follower_digest_rows")
    )


#: who besides focal points may be owed a message: officers, followers (messages), followers
#: (digests). Many registers have none of one kind: their statements are then not run at all
_AUDIENCE = select(
    exists().where(user_entities.c.user_id.is_not(None)).label("officers"),
    exists().where(t.subscriptions.c.mode == str(DeliveryMode.REMINDERS)).label("followers"),
    exists().where(t.subscriptions.c.mode == str(DeliveryMode.DIGEST)).label("digests"),
)


@dataclass(frozen=True)
class _Statements:
    create: Any
    clear: Any
    analyze: Any
    #: a pass's last statement, emptying the table where it outlives the transaction (SQLite's);
    #: None where the transaction's end drops it (PostgreSQL's)
    clear_at_end: Any | None
    #: focal points' messages, digest members and session digests
    focal: _LedgerStatement
    officers: _LedgerStatement
    #: officers' member rows (their digests of the pass: :func:`_officer_digests`)
    officer_members: _LedgerStatement
    #: a digest row given as values (the officers' digests)
    digest_values: Any
    followers: _LedgerStatement
    follower_digests: _LedgerStatement


_DIALECTS = {"postgresql": postgresql.dialect, "sqlite": sqlite.dialect}


def _due_unkeyed() -> Table:
    """:data:`DUE` without its primary key, as PostgreSQL's pass makes it: there the key is an index
    entry per due row (≈ 2.3 ms of the fill's ≈ 6 ms of server CPU at 50k) that no statement reads
    by but the rare own stages' (:func:`_apply_own_stages`); SQLite's is the table's rowid, free."""
    return Table(DUE.name, MetaData(), *(Column(c.name, c.type) for c in DUE.c), **_DUE_KIND)


def _build_statements(dialect: str) -> _Statements:
    """The statements of a pass but the fill, built once per process for this dialect
    (:func:`_statements`)."""
    return _Statements(
        # DDL is compiled again on every execution: written once here
        create=text(str(CreateTable(DUE if dialect == "sqlite" else _due_unkeyed(), if_not_exists=True)
                        .compile(dialect=_DIALECTS[dialect]()))),
        clear=delete(DUE),
        # a fresh temporary table has no statistics: without them SQLite starts the joins from the
        # big side (every owner of every obligation) instead of the few due obligations; given once
        # per connection by ``plan_due_table``, else by this, in the pass. PostgreSQL estimates its
        # size from its pages, but a column's share from defaults: it took "is_mandate = 0", the
        # focal points' join, for one due row in 200 and joined every row to the focal points and
        # their users by nested loops. Analysing that column in each pass (its table is new each
        # pass) costs ≈ 0.25 ms and spares the focal statement ≈ 4-7 ms at 50k; the whole table's
        # ANALYZE cost 3.6 ms and gave no better plan (bench/README.md)
        analyze=text("ANALYZE temp.reminder_due" if dialect == "sqlite"
                     else "ANALYZE reminder_due (is_mandate)"),
        clear_at_end=delete(DUE) if dialect == "sqlite" else None,
        focal=_focal_statement(dialect),
        officers=_officer_statement(dialect, digest=False),
        officer_members=_officer_statement(dialect, digest=True),
        digest_values=_insert(dialect).on_conflict_do_nothing().returning(
            *(t.reminders.c[name] for name in _RETURNED)
        ),
        followers=_ledger_insert(
            dialect, _follower_rows(DUE, digest=False), key="obligation_id", role="follower"
        ),
        follower_digests=_ledger_insert(
            dialect, _follower_rows(DUE, digest=True), key="digest_key", role="follower"
        ),
    )


#: cached by a call, not a decorator: mutmut mutates only undecorated functions (tests/README.md)
_statements = lru_cache(maxsize=4)(_build_statements)


@dataclass(frozen=True)
class _Audience:
    """Which kinds of recipient besides focal points a pass looks for (a register with no
    officers or no followers has none of their statements run; the focal points' runs whenever
    ``obligations`` is asked for)."""

    officers: bool
    followers: bool
    follower_digests: bool


@lru_cache(maxsize=16)
def _fill_statement(dialect: str, sets: StageSets):
    due = _due_select(dialect, sets).subquery("due")
    return DUE.insert().from_select([c.name for c in DUE.c], select(due))


#: the ledger's unique keys (column names), as :class:`_DryLedger` keeps them for a dry run
_UNIQUE_KEYS = tuple(
    tuple(c.name for c in constraint.columns)
    for constraint in sorted(t.reminders.constraints, key=lambda c: c.name or "")
    if isinstance(constraint, UniqueConstraint)
)

#: each unique key of a row as a ledger statement gives it back (:data:`_RETURNED`)
_KEY_OF = tuple(itemgetter(*(_RETURNED.index(c) for c in columns)) for columns in _UNIQUE_KEYS)

#: catch-up (:func:`supersede_older`): a pending row is superseded by a later row of the same key
#: and address: an obligation's, or a digest's of the same date (digests of one session with
#: different due dates are different messages)
_CATCH_UP = (("obligation_id", ()), ("digest_key", ("due_on",)))


class _Ledger:
    """A pass's ledger: each statement inserts its rows and gives them back (:data:`_RETURNED`)."""

    def __init__(self, session: Session, params: dict[str, Any]) -> None:
        self.session, self.params = session, params

    def run(self, statement: _LedgerStatement) -> list:
        return self.session.execute(statement.insert, self.params).all()

    def add(self, statement, rows: list[dict[str, Any]]) -> list:
        return self.session.execute(statement, rows).all() if rows else []


class _DryLedger(_Ledger):
    """A dry run's ledger: each statement's ``SELECT`` only, nothing written. What the ledger's
    unique keys would refuse (``ON CONFLICT DO NOTHING``: a key an earlier statement of this pass,
    or an earlier row of the same statement, took) is dropped here instead; what the ledger held
    before the pass, the ``SELECT``s skip themselves, as in a pass.

    ``members``: whether anything reads the digest members (:data:`DIGESTED`) of a statement that
    gives them beside messages (the focal points'): the keys they take, where a later statement
    runs, or catch-up, where rows are pending. Without, that statement gives its messages only
    (:attr:`_LedgerStatement.messages`): a dry run lists no member, and returning them (938 of
    the bench's 2,265 rows) was ≈ 15 % of its scan's CPU on SQLite, a third of the client's on
    PostgreSQL (bench/README.md)."""

    def __init__(self, session: Session, params: dict[str, Any], *, members: bool = True) -> None:
        super().__init__(session, params)
        self.members = members
        #: per unique key of the ledger, the keys this pass took
        self.taken: list[set[tuple]] = [set() for _ in _KEY_OF]

    def run(self, statement: _LedgerStatement) -> list:
        select_ = statement.select if self.members or statement.messages is None else statement.messages
        return self._take(self.session.execute(select_, self.params).all())

    def add(self, statement, rows: list[dict[str, Any]]) -> list:
        return self._take([_Queued(**{name: row.get(name) for name in _RETURNED}) for row in rows])

    def _take(self, rows: list) -> list:
        """The rows ``ON CONFLICT DO NOTHING`` would insert, in order, their keys taken: a row is kept
        if none of its keys is taken, by an earlier statement or an earlier row. NULLs are distinct in
        a unique key: a key with one takes nothing. One rule, checked in bulk: rows whose keys are all
        free and distinct are kept whole (the usual case); else each half in turn, down to one row
        (its keys distinct by themselves: kept if they are free)."""
        keys = [[key for key in map(get, rows) if None not in key] for get in _KEY_OF]
        fresh = [set(k) for k in keys]
        if all(len(f) == len(k) and f.isdisjoint(t) for f, k, t in zip(fresh, keys, self.taken, strict=True)):
            for f, t in zip(fresh, self.taken, strict=True):
                t |= f
            return rows
        if len(rows) == 1:
            return []
        half = len(rows) // 2
        return self._take(rows[:half]) + self._take(rows[half:])


_Queued = namedtuple("_Queued", _RETURNED)


def queue_reminders(
    session: Session,
    now: dt.datetime,
    default_stages: str,
    *,
    obligations: bool = True,
    digests: bool = True,
    focal_digest_min: int = FOCAL_DIGEST_MIN,
    officer_digests: bool = True,
    dry_run: bool = False,
) -> QueueResult:
    """Insert the ledger rows that have come due at ``now``; retire what no longer applies.

    With ``obligations``: focal points' session digests (``focal_digest_min`` obligations or more of
    one session at one stage; 0 turns them off) and one row per obligation and focal point for what
    no digest covers; for each officer of the owning entities one digest of the pass with all that
    came due for them (``officer_digests``; off: one row per obligation and officer). With
    ``digests``: the digests of followers who asked for them.

    ``dry_run``: the same statements' ``SELECT``s, nothing written to the ledger (the caller rolls
    back the temporary table's rows): ``rows`` lists what a pass would queue, without ids."""
    result = QueueResult()
    if not (obligations or digests):
        return result
    today = now.date()
    officers, followers, follower_digests = session.execute(_AUDIENCE).one()
    audience = _Audience(
        officers=bool(obligations and officers),
        followers=bool(obligations and followers),
        follower_digests=bool(digests and follower_digests),
    )
    # rows of obligations closed or rescheduled since they were queued are not cancelled here (a
    # scan of every pending row per pass): delivery re-checks each row and cancels it instead
    st = fill_due(session, today, default_stages)
    # the ledger statements read the due table, filled for ``today`` above: none binds :today
    params = {"now": now, "min_size": focal_digest_min}
    if dry_run:
        # what catch-up could cancel, and whether a later statement gives rows under an obligation's
        # key, which the focal points' members may hold (followers' digests are under a digest's)
        pending = session.execute(_PENDING_ROWS).all()
        later = audience.officers or audience.followers
        ledger: _Ledger = _DryLedger(session, params, members=bool(pending) or later)
    else:
        ledger = _Ledger(session, params)
    written: list = []
    if obligations:
        written += ledger.run(st.focal)
        if audience.officers and officer_digests:
            members = ledger.run(st.officer_members)
            ids = [row.id for row in members]
            key = officer_digest_key(min(ids), max(ids)) if members and not dry_run else OFFICER_DIGEST
            written += members + ledger.add(st.digest_values, _officer_digests(members, now, key))
        for statement, anyone in ((st.officers, audience.officers and not officer_digests),
                                  (st.followers, audience.followers)):
            if anyone:
                written += ledger.run(statement)
    if audience.follower_digests:
        written += ledger.run(st.follower_digests)
    if dry_run:
        result.superseded = _superseded(pending, written)
    if not dry_run and st.clear_at_end is not None:  # a dry run's rows go with its caller's rollback
        session.execute(st.clear_at_end)  # SQLite keeps the table for the connection's next pass: empty
    messages = [row for row in written if _STATUS(row) != DIGESTED]
    # in the order a pass writes them (a dry run: its statements' order)
    result.rows = [tuple(row[:7]) for row in (messages if dry_run else sorted(messages, key=_ID))]
    result.queued = len(messages)
    if not dry_run:
        result.ids = list(map(_ID, messages))
        result.digested_ids = [_ID(row) for row in written if _STATUS(row) == DIGESTED]
        if written:
            result.superseded = supersede_older(session, since_id=min(map(_ID, written)))
    return result


def _supersede_statements():
    """Catch-up's two statements (obligation rows, then digests), built once per process
    (:func:`_supersede`)."""
    newer = t.reminders.alias("newer")
    fresh = t.reminders.alias("fresh")
    since = bindparam("since_id", type_=Integer)
    r = t.reminders
    out = []
    for key, same in _CATCH_UP:
        out.append(
            update(r)
            .where(
                r.c.status == PENDING,
                r.c.id < since,
                r.c[key].in_(select(fresh.c[key]).where(fresh.c.id >= since, fresh.c[key].is_not(None))),
                exists().where(
                    newer.c[key] == r.c[key],
                    newer.c.recipient == r.c.recipient,
                    newer.c.id > r.c.id,
                    newer.c.status != CANCELLED,
                    *(newer.c[c] == r.c[c] for c in same),
                ),
            )
            .values(status=CANCELLED, last_error="superseded by a later stage")
        )
    return tuple(out)


#: cached by a call, not a decorator, as :data:`_statements`
_supersede = lru_cache(maxsize=1)(_supersede_statements)


def supersede_older(session: Session, since_id: int = 0) -> int:
    """Catch-up: a pending row with a later row for the same recipient and obligation is not sent.

    Only rows from ``since_id`` on can be the later row (what this pass queued, or a concurrent one),
    so only the obligations and digests those rows name are looked at.
    """
    params = {"since_id": since_id}
    return sum(session.execute(stmt, params).rowcount or 0 for stmt in _supersede())


#: the rows a pass could supersede: pending ones (few: delivery sends them at once)
_PENDING_ROWS = select(
    t.reminders.c.obligation_id, t.reminders.c.digest_key, t.reminders.c.recipient, t.reminders.c.due_on
).where(t.reminders.c.status == PENDING)


def _superseded(pending: list, rows: list) -> int:
    """Catch-up counted for a dry run: how many of the ``pending`` rows (:data:`_PENDING_ROWS`)
    :func:`supersede_older` would cancel, were ``rows`` (every row of the pass, members included)
    written."""
    if not pending or not rows:
        return 0

    def keys(row):
        return {(key, getattr(row, key), row.recipient, *(getattr(row, c) for c in same))
                for key, same in _CATCH_UP if getattr(row, key) is not None}

    later = set().union(*map(keys, rows))
    return sum(not later.isdisjoint(keys(row)) for row in pending)
