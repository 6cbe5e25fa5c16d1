"""A tracked obligation that carries a mandate keeps its end: ``expires_on`` filled, and
``session_counts`` counts whether obligations have an end (``expires``)

"Decides to extend the mandate of the Special Rapporteur on the situation of human rights in
Belarus for a period of one year, and requests the Special Rapporteur to submit a report … at its
forty-seventh session" is a report (due at that session) whose deadlines also give the mandate's
end. Such an obligation now keeps that end in ``expires_on`` beside its due date and has a
mandate's state (``tracker.models.obligations.mandate_sql``: kind ``mandate``, or a tracked kind
with an end). The overview counts mandates by state from ``session_counts``, which kept whether an
obligation ends before the horizon but not whether it ends at all: the new ``expires`` says so,
so a tracked obligation's mandate is counted however far its end lies.

Upgrade: the ends of the tracked obligations stored before, whose deadlines carry one, are dated
by the rule of ``tracker.services.calendar.expiry_of`` with the official dates recorded (an end
the calendar cannot date stays empty, as a re-import would leave it, flagged); ``session_counts``
gets ``expires``, its triggers are created again by ``tracker.models.counts.install_session_triggers``
as it is at this revision, and it is recounted at the stored horizon. Downgrade: those ends
cleared, the column and its triggers as at 0030.

Revision ID: 0031_mandates_carried_by_reports
Revises: 0030_deadline_session_counts
Create Date: 2026-12-05 08:20:00
"""

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.models.counts import drop_session_triggers, install_session_triggers, refill_sessions

revision: str = "0031_mandates_carried_by_reports"
down_revision: str | None = "0030_deadline_session_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRACKED = "('report', 'action', 'agenda')"


def _date(value):
    return value if isinstance(value, dt.date) or value is None else dt.date.fromisoformat(str(value)[:10])


def _date_ends() -> None:
    """``expires_on`` of the tracked obligations whose deadlines carry a mandate's end."""
    from tracker.calendar import Calendar
    from tracker.services.calendar import carries_expiry, expiry_of

    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT o.id, o.deadlines, r.adopted_on FROM obligations o JOIN resolutions r ON r.id = o.resolution_id"
        f" WHERE o.kind IN {_TRACKED} AND o.expires_on IS NULL"
        " AND CAST(o.deadlines AS TEXT) LIKE '%\"expires\"%'")).all()
    if not rows:
        return
    official = {(body, number): (_date(opens), _date(closes)) for body, number, opens, closes in bind.execute(
        sa.text("SELECT body, number, opens_on, closes_on FROM official_sessions"))}
    leads = dict(bind.execute(sa.text("SELECT body, documentation_lead_days FROM body_settings")).all())
    calendar = Calendar(official, leads)
    for obligation_id, deadlines, adopted_on in rows:
        deadlines = json.loads(deadlines) if isinstance(deadlines, str) else deadlines
        if not carries_expiry(deadlines):
            continue
        expires_on = expiry_of(deadlines, _date(adopted_on), calendar)[0]
        if expires_on is not None:
            bind.execute(sa.text("UPDATE obligations SET expires_on = :day WHERE id = :id"),
                         {"day": expires_on, "id": obligation_id})


def _relayout(*, expires: bool) -> None:
    """Empty ``session_counts``, add (or drop) ``expires``, recount it with its triggers."""
    bind = op.get_bind()
    drop_session_triggers(bind)
    op.execute("DELETE FROM session_counts")
    with op.batch_alter_table("session_counts", recreate="always") as batch:
        if expires:
            batch.add_column(sa.Column("expires", sa.Boolean(), nullable=False))
        else:
            batch.drop_column("expires")
    install_session_triggers(bind, expires=expires)
    refill_sessions(bind, expires=expires)


def upgrade() -> None:
    _date_ends()
    _relayout(expires=True)


def downgrade() -> None:
    op.execute(f"UPDATE obligations SET expires_on = NULL WHERE kind IN {_TRACKED} AND expires_on IS NOT NULL")
    _relayout(expires=False)
