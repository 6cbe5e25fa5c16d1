"""The rules' SQL (``tracked_sql``, ``overdue_sql``, ``due_within_sql``, ``overdue_early_sql``,
``open_sql``) writes its kinds and statuses into the statement: a bound list is an "expanding"
parameter that SQLAlchemy rewrites at every execution (the overview's statements held 42)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql

from tracker.models import OPEN_STATUSES, TRACKED_KINDS, Obligation
from tracker.models.counts import OwnerCount
from tracker.models.obligations import (
    _written,
    due_within_sql,
    mandate_state_conditions,
    open_sql,
    overdue_early_sql,
    overdue_sql,
    renewed_sql,
    tracked_sql,
)

DAY = dt.date(2026, 8, 1)


def test_the_rules_bind_no_list():
    statement = select(Obligation.id).where(
        tracked_sql(Obligation), overdue_sql(Obligation, DAY), due_within_sql(Obligation, DAY, 30),
        open_sql(Obligation), Obligation.is_overdue(DAY))
    compiled = statement.compile()
    assert not [bind for bind in compiled.binds.values() if bind.expanding or bind.literal_execute]
    sql = str(compiled)
    for code in (*TRACKED_KINDS, *OPEN_STATUSES):
        assert f"'{code}'" in sql
    kept = select(OwnerCount.entity_id).where(overdue_early_sql(OwnerCount.__table__.c)).compile()
    assert not [bind for bind in kept.binds.values() if bind.expanding]


@pytest.mark.parametrize("code", ["it's", "Report", "a b", ""])
def test_only_codes_are_written(code):
    with pytest.raises(ValueError, match="not a code"):
        _written([code])


def test_the_renewal_rule_is_written_as_postgresql_keeps_its_statistics():
    """``renewed_sql`` and the mandates' states write their zeros and kind into the statement: the
    statistics of migration 0023 are on ``coalesce(renewed_by_id, 0)`` and a prepared statement's
    plan matches them only on the same expression (a bound zero is another expression)."""
    statement = select(Obligation.id).where(
        *mandate_state_conditions(Obligation, renewed_sql(Obligation), DAY).values())
    compiled = statement.compile(dialect=postgresql.dialect())
    assert "coalesce(obligations.renewed_by_id, 0) != 0" in str(compiled)
    assert "obligations.kind = 'mandate'" in str(compiled)
    assert {bind.value for bind in compiled.binds.values()} <= {DAY, DAY + dt.timedelta(days=90)}
