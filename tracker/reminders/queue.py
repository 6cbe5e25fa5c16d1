"""The ledger pass, first half: turn the stages that have come due into ``pending`` rows.

Everything here is set-based SQL (no query per obligation): one ``INSERT … SELECT`` per kind of
recipient computes, for every open obligation whose due or target date is near enough, the latest
stage that has come due (the same rule as :func:`tracker.reminders.stages.due_stage`), joins the
recipients, and inserts only what the ledger does not already hold. The unique key settles races
between processes: ``ON CONFLICT DO NOTHING`` on both PostgreSQL and SQLite.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from tracker.models import (
    OPEN_STATUSES,
    DeliveryMode,
    Entity,
    FocalPoint,
    Obligation,
    Reminder,
    ReminderStatus,
    Resolution,
    Role,
    Subscription,
    SubscriptionTarget,
    User,
    obligation_owners,
    user_entities,
)
from tracker.reminders.settings import FOCAL_DIGEST_MIN
from tracker.reminders.stages import OVERDUE_EVERY, TARGET_PREFIX, effective_stages, max_lead_days

_OPEN = sorted(str(s) for s in OPEN_STATUSES)

#: the digest key of obligations whose deadline is a date, not a session
DATES_DIGEST = "dates"

#: status of a member row: an obligation covered by a focal point's session digest. Never claimed
#: nor sent itself (delivery takes ``pending`` rows only); it records what the digest covered and
#: holds the obligation's ledger key for that stage.
DIGESTED = str(ReminderStatus.DIGESTED)


@dataclass
class QueueResult:
    queued: int = 0
    superseded: int = 0
    cancelled: int = 0
    #: ids of the rows inserted (messages: per-obligation reminders and digests)
    ids: list[int] = field(default_factory=list)
    #: ids of the member rows of focal points' digests inserted (not messages)
    digested_ids: list[int] = field(default_factory=list)


def _days_from(col: ColumnElement, today: dt.date, dialect: str) -> ColumnElement[int]:
    """Whole days from ``today`` to the date column (negative when past), in SQL."""
    if dialect == "sqlite":
        return cast(func.julianday(col) - func.julianday(literal(today.isoformat())), Integer)
    return col.op("-", return_type=Integer)(literal(today, Date))


def _latest(days: ColumnElement[int], stages: tuple[int, ...]) -> ColumnElement:
    """The smallest configured stage >= days (stages sorted descending), else NULL."""
    return case(*[(days <= s, literal(s)) for s in sorted(stages)], else_=null())


def _int_div(a: ColumnElement, b: int) -> ColumnElement[int]:
    return a.op("/", return_type=Integer)(literal(b))


def _stage_sets(session: Session, default: str) -> dict[str | None, tuple[int, ...]]:
    """Every stage override in use (a handful of distinct strings), parsed once per pass."""
    raw = session.scalars(
        union(
            select(Obligation.reminder_stages).where(Obligation.reminder_stages.is_not(None)).distinct(),
            select(Entity.reminder_stages).where(Entity.reminder_stages.is_not(None)).distinct(),
        )
    ).all()
    sets: dict[str | None, tuple[int, ...]] = {None: effective_stages(None, None, default)}
    for value in raw:
        sets[value] = effective_stages(value, None, default)
    return sets


def due_candidates(
    session: Session,
    today: dt.date,
    default_stages: str,
    *,
    target: bool = True,
    sets: dict[str | None, tuple[int, ...]] | None = None,
):
    """A subquery: one row per open obligation with a stage due at ``today`` (id, stage, due_on, …)."""
    dialect = session.get_bind().dialect.name
    sets = sets if sets is not None else _stage_sets(session, default_stages)
    lead = dt.timedelta(days=max(max_lead_days(list(sets.values())), 0))
    horizon = today + lead

    owner_stages = (
        select(func.max(Entity.reminder_stages))
        .join(obligation_owners, obligation_owners.c.entity_id == Entity.id)
        .where(obligation_owners.c.obligation_id == Obligation.id)
        .scalar_subquery()
    )
    base = (
        select(
            Obligation.id.label("obligation_id"),
            Obligation.resolution_id,
            Obligation.deadline_body,
            Obligation.deadline_session,
            Obligation.due_on,
            Obligation.target_on,
            func.coalesce(Obligation.reminder_stages, owner_stages).label("stage_set"),
            _days_from(Obligation.due_on, today, dialect).label("dd"),
            _days_from(Obligation.target_on, today, dialect).label("dt"),
        )
        .where(
            Obligation.status.in_(_OPEN),
            or_(Obligation.due_on <= horizon, Obligation.target_on <= horizon)
            if target
            else Obligation.due_on <= horizon,
        )
        .subquery("base")
    )

    def per_set(days: ColumnElement[int], *, targets: bool) -> ColumnElement:
        whens = []
        for raw, stages in sets.items():
            if raw is None:
                continue
            chosen = tuple(s for s in stages if s >= 0) if targets else stages
            whens.append(
                (base.c.stage_set == raw, _latest(days, chosen) if chosen else cast(null(), Integer))
            )
        default = sets[None]
        fallback = _latest(days, tuple(s for s in default if s >= 0) if targets else default)
        return case(*whens, else_=fallback) if whens else fallback

    weekly = case(
        (base.c.dd <= -OVERDUE_EVERY, literal(-OVERDUE_EVERY) * _int_div(-base.c.dd, OVERDUE_EVERY)),
        else_=null(),
    )
    layer = select(
        base,
        per_set(base.c.dd, targets=False).label("conf"),
        weekly.label("weekly"),
        (per_set(base.c.dt, targets=True) if target else cast(null(), Integer)).label("st"),
    ).subquery("layer")
    sd = case(
        (
            and_(layer.c.weekly.is_not(None), or_(layer.c.conf.is_(None), layer.c.weekly < layer.c.conf)),
            layer.c.weekly,
        ),
        else_=layer.c.conf,
    )
    both = select(layer, sd.label("sd")).subquery("both")
    is_target = and_(
        both.c.st.is_not(None),
        or_(both.c.sd.is_(None), (both.c.dt - both.c.st) > (both.c.dd - both.c.sd)),
    )
    stage = case(
        (is_target, literal(TARGET_PREFIX, String) + cast(both.c.st, String)), else_=cast(both.c.sd, String)
    )
    row_due_on = case((is_target, both.c.target_on), else_=both.c.due_on)
    return (
        select(
            both.c.obligation_id,
            both.c.resolution_id,
            both.c.deadline_body,
            both.c.deadline_session,
            stage.label("stage"),
            row_due_on.label("row_due_on"),
        )
        .where(or_(both.c.sd.is_not(None), both.c.st.is_not(None)))
        .subquery("due")
    )


def _focal_select(due, *extra: ColumnElement):
    """The focal points of each due obligation's owners (active users or plain addresses)."""
    fp_user = aliased(User)
    return (
        select(
            due.c.obligation_id,
            func.lower(func.coalesce(fp_user.email, FocalPoint.email)).label("recipient"),
            FocalPoint.user_id.label("user_id"),
            due.c.stage,
            due.c.row_due_on,
            *extra,
        )
        .select_from(due)
        .join(obligation_owners, obligation_owners.c.obligation_id == due.c.obligation_id)
        .join(FocalPoint, FocalPoint.entity_id == obligation_owners.c.entity_id)
        .outerjoin(fp_user, fp_user.id == FocalPoint.user_id)
        .where(or_(fp_user.id.is_(None), fp_user.is_active.is_(True)))
    )


def _recipient_selects(due):
    """(role, select of obligation_id, recipient, user_id, stage, due_on), in order of priority."""
    focal = _focal_select(due)
    officers = (
        select(
            due.c.obligation_id,
            func.lower(User.email).label("recipient"),
            User.id.label("user_id"),
            due.c.stage,
            due.c.row_due_on,
        )
        .join(obligation_owners, obligation_owners.c.obligation_id == due.c.obligation_id)
        .join(user_entities, user_entities.c.entity_id == obligation_owners.c.entity_id)
        .join(User, User.id == user_entities.c.user_id)
        .where(User.is_active.is_(True), User.role != str(Role.DELEGATION))
    )
    followers = (
        select(
            due.c.obligation_id,
            func.lower(User.email).label("recipient"),
            User.id.label("user_id"),
            due.c.stage,
            due.c.row_due_on,
        )
        .select_from(due)
        .join(Resolution, Resolution.id == due.c.resolution_id)
        .join(Subscription, _follows(due))
        .join(User, User.id == Subscription.user_id)
        .where(User.is_active.is_(True), Subscription.mode == str(DeliveryMode.REMINDERS))
    )
    return [("focal_point", focal), ("officer", officers), ("follower", followers.distinct())]


def _follows(due) -> ColumnElement[bool]:
    """A subscription matches an obligation through its resolution, an owner or a session."""
    return or_(
        and_(
            Subscription.target == str(SubscriptionTarget.RESOLUTION),
            Subscription.resolution_id == due.c.resolution_id,
        ),
        and_(
            Subscription.target == str(SubscriptionTarget.ENTITY),
            exists().where(
                obligation_owners.c.obligation_id == due.c.obligation_id,
                obligation_owners.c.entity_id == Subscription.entity_id,
            ),
        ),
        and_(
            Subscription.target == str(SubscriptionTarget.SESSION),
            or_(
                and_(
                    Subscription.session_body == due.c.deadline_body,
                    Subscription.session_number == due.c.deadline_session,
                ),
                and_(
                    Subscription.session_body == Resolution.body,
                    Subscription.session_number == Resolution.session,
                ),
            ),
        ),
    )


def _insert(session: Session):
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(Reminder)
    if dialect == "sqlite":
        return sqlite.insert(Reminder)
    raise NotImplementedError(f"reminders need PostgreSQL or SQLite, not {dialect}")


def queue_reminders(
    session: Session,
    now: dt.datetime,
    default_stages: str,
    *,
    obligations: bool = True,
    digests: bool = True,
    focal_digest_min: int = FOCAL_DIGEST_MIN,
) -> QueueResult:
    """Insert the ledger rows that have come due at ``now``; retire what no longer applies.

    With ``obligations``: focal points' session digests first (``focal_digest_min`` obligations or
    more of one session at one stage; 0 turns them off), then one row per obligation and recipient
    for what no digest covers. With ``digests``: the digests of followers who asked for them."""
    result = QueueResult()
    today = now.date()
    # rows of obligations closed or rescheduled since they were queued are not cancelled here (a
    # scan of every pending row per pass): delivery re-checks each row and cancels it instead
    sets = _stage_sets(session, default_stages)
    due = due_candidates(session, today, default_stages, sets=sets)
    if obligations and focal_digest_min:
        digest_ids, result.digested_ids = queue_focal_digests(session, now, due, focal_digest_min)
        result.ids.extend(digest_ids)
    for role, recipients in _recipient_selects(due) if obligations else []:
        rows = recipients.subquery("rows")
        known = aliased(Reminder)
        source = select(
            rows.c.obligation_id,
            rows.c.recipient,
            rows.c.user_id,
            literal(role, String),
            rows.c.stage,
            rows.c.row_due_on,
            literal(str(ReminderStatus.PENDING), String),
            literal(0),
            literal(now, Reminder.next_attempt_at.type),
            literal(now, Reminder.created_at.type),
        ).where(
            rows.c.recipient.is_not(None),
            ~exists().where(
                known.obligation_id == rows.c.obligation_id,
                known.recipient == rows.c.recipient,
                known.stage == rows.c.stage,
                known.due_on == rows.c.row_due_on,
            ),
        )
        stmt = (
            _insert(session)
            .from_select(
                [
                    "obligation_id",
                    "recipient",
                    "recipient_user_id",
                    "recipient_role",
                    "stage",
                    "due_on",
                    "status",
                    "attempts",
                    "next_attempt_at",
                    "created_at",
                ],
                source,
            )
            .on_conflict_do_nothing()
            .returning(Reminder.id)
        )
        result.ids.extend(session.scalars(stmt))
    if digests:
        result.ids.extend(queue_digests(session, now, default_stages, sets=sets))
    result.queued = len(result.ids)
    new_rows = result.ids + result.digested_ids
    if new_rows:
        result.superseded = supersede_older(session, since_id=min(new_rows))
    return result


def _session_key(due) -> ColumnElement[str]:
    """ "GA-81": the digest key of an obligation whose deadline is a session."""
    return due.c.deadline_body + literal("-", String) + cast(due.c.deadline_session, String)


_LEDGER_COLUMNS = [
    "recipient",
    "recipient_user_id",
    "recipient_role",
    "stage",
    "due_on",
    "status",
    "attempts",
    "next_attempt_at",
    "created_at",
]


def queue_focal_digests(
    session: Session, now: dt.datetime, due, min_size: int
) -> tuple[list[int], list[int]]:
    """Focal points' session digests: one row per (session, focal point, stage, date) instead of one
    per obligation, when ``min_size`` or more of their obligations at that stage await one session.

    Returns the ids of the digest rows and of their member rows. A member row (status
    :data:`DIGESTED`) takes the obligation's own ledger key (obligation, recipient, stage, due date),
    so the per-obligation insert that follows, an officer row for the same address or a concurrent
    pass cannot queue that stage of that obligation a second time: the unique key, not the order of
    statements, rules out the double notification.

    Only obligations with no row yet at their stage count ("fresh"). An obligation that turns up after
    its group's digest was queued (imported late, reopened, moved to the session) is not slipped into
    a digest that may already be out: its group already has a digest row, so it gets a message of its
    own; at the next stage it joins the digest.
    """
    known = aliased(Reminder)
    focal = _focal_select(due, _session_key(due).label("digest_key")).where(
        due.c.deadline_body.is_not(None), due.c.deadline_session.is_not(None)
    )
    rows = focal.subquery("focal_rows")
    fresh = (
        select(rows)
        .where(
            rows.c.recipient.is_not(None),
            ~exists().where(
                known.obligation_id == rows.c.obligation_id,
                known.recipient == rows.c.recipient,
                known.stage == rows.c.stage,
                known.due_on == rows.c.row_due_on,
            ),
        )
        .subquery("fresh")
    )
    # one row per obligation and address (an obligation two of their entities own counts once),
    # with the size of its group beside it: one scan, no self-join
    group_cols = (fresh.c.digest_key, fresh.c.recipient, fresh.c.stage, fresh.c.row_due_on)
    single = (
        select(fresh.c.obligation_id, *group_cols, func.max(fresh.c.user_id).label("user_id"))
        .group_by(fresh.c.obligation_id, *group_cols)
        .subquery("single")
    )
    sized = select(
        single,
        func.count()
        .over(partition_by=[single.c.digest_key, single.c.recipient, single.c.stage, single.c.row_due_on])
        .label("size"),
    ).subquery("sized")
    queued = aliased(Reminder)
    member_source = select(
        sized.c.obligation_id,
        sized.c.recipient,
        sized.c.user_id,
        literal("focal_point", String),
        sized.c.stage,
        sized.c.row_due_on,
        literal(DIGESTED, String),
        literal(0),
        literal(now, Reminder.next_attempt_at.type),
        literal(now, Reminder.created_at.type),
    ).where(
        sized.c.size >= min_size,
        # a group whose digest is already queued may be out already: latecomers go on their own
        ~exists().where(
            queued.digest_key == sized.c.digest_key,
            queued.recipient == sized.c.recipient,
            queued.stage == sized.c.stage,
            queued.due_on == sized.c.row_due_on,
        ),
    )
    member_ids = list(
        session.scalars(
            _insert(session)
            .from_select(["obligation_id", *_LEDGER_COLUMNS], member_source)
            .on_conflict_do_nothing()
            .returning(Reminder.id)
        )
    )
    if not member_ids:
        return [], []
    # then the digests, from the member rows just inserted (their ids are this pass's own: queueing is
    # serialised by the advisory lock on PostgreSQL and the write lock on SQLite); no digest row for
    # these groups existed a statement ago, and none can have appeared since
    member = aliased(Reminder)
    key = Obligation.deadline_body + literal("-", String) + cast(Obligation.deadline_session, String)
    digest_source = (
        select(
            key,
            member.recipient,
            func.max(member.recipient_user_id),
            literal("focal_point", String),
            member.stage,
            member.due_on,
            literal(str(ReminderStatus.PENDING), String),
            literal(0),
            literal(now, Reminder.next_attempt_at.type),
            literal(now, Reminder.created_at.type),
        )
        .join(Obligation, Obligation.id == member.obligation_id)
        .where(member.id.between(min(member_ids), max(member_ids)), member.status == DIGESTED)
        .group_by(key, member.recipient, member.stage, member.due_on)
    )
    digest_ids = list(
        session.scalars(
            _insert(session)
            .from_select(["digest_key", *_LEDGER_COLUMNS], digest_source)
            .on_conflict_do_nothing()
            .returning(Reminder.id)
        )
    )
    return digest_ids, member_ids


def queue_digests(
    session: Session, now: dt.datetime, default_stages: str, *, sets: dict | None = None
) -> list[int]:
    """One row per digest subscriber, session (or "dates") and stage, instead of one per obligation."""
    due = due_candidates(session, now.date(), default_stages, target=False, sets=sets)
    key = case(
        (
            due.c.deadline_session.is_not(None),
            due.c.deadline_body + literal("-", String) + cast(due.c.deadline_session, String),
        ),
        else_=literal(DATES_DIGEST, String),
    )
    rows = (
        select(
            key.label("digest_key"),
            func.lower(User.email).label("recipient"),
            User.id.label("user_id"),
            due.c.stage,
            due.c.row_due_on,
        )
        .select_from(due)
        .join(Resolution, Resolution.id == due.c.resolution_id)
        .join(Subscription, _follows(due))
        .join(User, User.id == Subscription.user_id)
        .where(User.is_active.is_(True), Subscription.mode == str(DeliveryMode.DIGEST))
        .distinct()
        .subquery("digest_rows")
    )
    known = aliased(Reminder)
    source = select(
        rows.c.digest_key,
        rows.c.recipient,
        rows.c.user_id,
        literal("follower", String),
        rows.c.stage,
        rows.c.row_due_on,
        literal(str(ReminderStatus.PENDING), String),
        literal(0),
        literal(now, Reminder.next_attempt_at.type),
        literal(now, Reminder.created_at.type),
    ).where(
        ~exists().where(
            known.digest_key == rows.c.digest_key,
            known.recipient == rows.c.recipient,
            known.stage == rows.c.stage,
            known.due_on == rows.c.row_due_on,
        )
    )
    stmt = (
        _insert(session)
        .from_select(
            [
                "digest_key",
                "recipient",
                "recipient_user_id",
                "recipient_role",
                "stage",
                "due_on",
                "status",
                "attempts",
                "next_attempt_at",
                "created_at",
            ],
            source,
        )
        .on_conflict_do_nothing()
        .returning(Reminder.id)
    )
    return list(session.scalars(stmt))


def supersede_older(session: Session, since_id: int = 0) -> int:
    """Catch-up: a pending row with a later row for the same recipient and obligation is not sent.

    Only rows from ``since_id`` on can be the later row (what this pass queued, or a concurrent one),
    so only the obligations and digests those rows name are looked at.
    """
    newer = aliased(Reminder)
    fresh = aliased(Reminder)
    total = 0
    for key, extra in (
        (Reminder.obligation_id, ()),
        # digests of one session with different due dates are different messages
        (Reminder.digest_key, (newer.due_on == Reminder.due_on,)),
    ):
        newer_key = getattr(newer, key.key)
        stmt = (
            update(Reminder)
            .where(
                Reminder.status == str(ReminderStatus.PENDING),
                Reminder.id < since_id,
                key.in_(
                    select(getattr(fresh, key.key)).where(
                        fresh.id >= since_id, getattr(fresh, key.key).is_not(None)
                    )
                ),
                exists().where(
                    newer_key == key,
                    newer.recipient == Reminder.recipient,
                    newer.id > Reminder.id,
                    newer.status != str(ReminderStatus.CANCELLED),
                    *extra,
                ),
            )
            .values(status=str(ReminderStatus.CANCELLED), last_error="superseded by a later stage")
            .execution_options(synchronize_session=False)
        )
        total += session.execute(stmt).rowcount or 0
    return total


def _still_applies() -> ColumnElement[bool]:
    """The row's obligation is open and still has the date the row counted towards."""
    return exists().where(
        Obligation.id == Reminder.obligation_id,
        Obligation.status.in_(_OPEN),
        case(
            (Reminder.stage.startswith(TARGET_PREFIX), Obligation.target_on),
            else_=Obligation.due_on,
        )
        == Reminder.due_on,
    )


def cancel_stale(session: Session) -> int:
    """Pending rows of obligations completed, closed or rescheduled since they were queued."""
    stmt = (
        update(Reminder)
        .where(
            Reminder.status == str(ReminderStatus.PENDING),
            Reminder.obligation_id.is_not(None),
            ~_still_applies(),
        )
        .values(status=str(ReminderStatus.CANCELLED), last_error="obligation closed or rescheduled")
        .execution_options(synchronize_session=False)
    )
    return session.execute(stmt).rowcount or 0


def cancel_pending_reminders(session: Session, obligation: Obligation | int) -> int:
    """Stop the reminders still owed for an obligation (completed, closed or rescheduled).

    For ``change_status`` and due-date edits: call it in the same transaction; it flushes nothing
    else and commits nothing. Rows already being sent finish; later passes queue fresh rows if the
    obligation is open again with a new date.
    """
    obligation_id = obligation if isinstance(obligation, int) else obligation.id
    stmt = (
        update(Reminder)
        .where(Reminder.obligation_id == obligation_id, Reminder.status == str(ReminderStatus.PENDING))
        .values(status=str(ReminderStatus.CANCELLED), last_error="obligation closed or rescheduled")
        .execution_options(synchronize_session=False)
    )
    return session.execute(stmt).rowcount or 0
