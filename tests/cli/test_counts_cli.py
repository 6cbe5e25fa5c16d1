"""``tracker counts check``: exit 0 when the kept counts equal a recount, 1 on drift; ``--rebuild``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from tests.factories import gen_obligation
from tracker.cli import cli


def test_check_reports_drift_and_rebuild_repairs_it(app, db_factory):
    with db_factory() as db:
        gen_obligation(db, due_on=dt.date(2026, 1, 1))
        gen_obligation(db, kind="action", due_on=dt.date(2026, 3, 1), status="in_progress")
        db.commit()
    runner = app.test_cli_runner()

    result = runner.invoke(cli, ["counts", "check"])
    assert result.exit_code == 0, result.output
    assert "counts ok: 2 obligations in 2 buckets" in result.output

    with db_factory() as db:
        db.execute(text("UPDATE obligation_counts SET n = n + 5 WHERE kind = 'action'"))
        db.commit()
    result = runner.invoke(cli, ["counts", "check"])
    assert result.exit_code == 1
    assert "drift: obligation_counts action|in_progress|" in result.output
    assert "kept 6, recounted 1" in result.output

    result = runner.invoke(cli, ["counts", "check", "--rebuild"])
    assert result.exit_code == 0 and "rebuilt: 2 obligations in 2 buckets" in result.output
    assert runner.invoke(cli, ["counts", "check"]).exit_code == 0
