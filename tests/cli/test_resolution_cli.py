"""``tracker resolution delete SYMBOL``: says what goes, asks, deletes; the counts still check."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.factories import gen_obligation, gen_resolution
from tracker.cli import cli
from tracker.models import AuditEntry, Resolution


def test_delete_says_what_goes_asks_then_deletes(app, db_factory):
    with db_factory() as db:
        duplicate = gen_resolution(db, "A/RES/71/900", published=False)
        gen_obligation(db, duplicate, due_on=dt.date(2026, 1, 1))
        gen_obligation(db, gen_resolution(db, "A/RES/71/901"), due_on=dt.date(2026, 1, 1))
        db.commit()
    runner = app.test_cli_runner()

    refused = runner.invoke(cli, ["resolution", "delete", "A/RES/71/900"], input="n\n")
    assert refused.exit_code == 1, refused.output
    assert "A/RES/71/900 (not published): 1 obligation (1 tracked) go" in refused.output
    assert "nothing deleted" in refused.output

    result = runner.invoke(cli, ["resolution", "delete", "A/RES/71/900", "--reason", "a duplicate"],
                           input="y\n")
    assert result.exit_code == 0, result.output
    assert "deleted A/RES/71/900" in result.output
    with db_factory() as db:
        assert db.scalars(select(Resolution.symbol)).all() == ["A/RES/71/901"]
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "delete_resolution"))
        assert (entry.actor, entry.details["reason"]) == ("cli", "a duplicate")
    assert runner.invoke(cli, ["counts", "check"]).exit_code == 0

    missing = runner.invoke(cli, ["resolution", "delete", "A/RES/71/900", "--yes"])
    assert missing.exit_code == 2 and "A/RES/71/900 is not in the register" in missing.output
