"""An obligation is filed under the deadline that gives its due date, not under a mandate's end
written before it

"Decides to extend the mandate of the Special Rapporteur … for a period of one year, and requests
the Special Rapporteur to submit a report … at its forty-seventh session": the report is due at
the forty-seventh session, but its deadline as written, body and session (the per-session views,
the sessions' reminders, what a reviewer corrects) were those of the first deadline the paragraph
sets, the mandate's end. They are now those of ``tracker.services.calendar.principal_deadline``.

Upgrade: the stored obligations whose deadlines carry an end before a dated deadline take the
deadline as written, body and session of that dated one (``filed_under``; the kept counts follow
through their triggers). Downgrade: those of their first deadline again.

Revision ID: 0032_filed_under_due_deadline
Revises: 0031_mandates_carried_by_reports
Create Date: 2026-12-05 08:50:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032_filed_under_due_deadline"
down_revision: str | None = "0031_mandates_carried_by_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _refile(first_only: bool) -> None:
    from tracker.services.calendar import filed_under

    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, deadlines, deadline_text, deadline_body, deadline_session FROM obligations"
        " WHERE CAST(deadlines AS TEXT) LIKE '%\"expires\"%'")).all()
    for obligation_id, deadlines, *stored in rows:
        deadlines = json.loads(deadlines) if isinstance(deadlines, str) else deadlines
        filed = list(filed_under(deadlines[:1] if first_only else deadlines))
        if filed != list(stored):
            bind.execute(sa.text("UPDATE obligations SET deadline_text = :text, deadline_body = :body,"
                                 " deadline_session = :session WHERE id = :id"),
                         {"text": filed[0], "body": filed[1], "session": filed[2], "id": obligation_id})


def upgrade() -> None:
    _refile(first_only=False)


def downgrade() -> None:
    _refile(first_only=True)
