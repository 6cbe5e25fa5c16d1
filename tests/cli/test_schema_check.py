"""A command run on a database without the code's schema says so in one line, and which command
mends it, before anything reads a table: no "no such table" from deep in a service."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from tests.conftest import create_scratch_database
from tracker import create_app
from tracker.cli import cli
from tracker.migrate import alembic_config

SEED = Path(__file__).parents[1] / "corpus" / "A-RES-71-19.txt"


@pytest.fixture
def scratch(database_url, tmp_path):
    url, drop = create_scratch_database(database_url, tmp_path)
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "k", "TESTING": True})
    try:
        yield app.test_cli_runner()
    finally:
        app.extensions["tracker"].engine.dispose()
        drop()


def test_a_database_without_tables_is_named_with_its_remedy(scratch):
    for command in (["calendar", "GA", "80"], ["import", str(SEED)], ["remind", "--dry-run"]):
        result = scratch.invoke(cli, command)
        assert result.exit_code == 2, result.output
        assert result.output.strip().splitlines() == [
            "Error: the database has no tables yet: run `tracker db upgrade` first (`make migrate` in a "
            "checkout)"], command


def test_a_database_an_upgrade_behind_names_both_revisions_then_works_once_upgraded(scratch):
    (head,) = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert scratch.invoke(cli, ["db", "upgrade", "0033_mandates_by_end"]).exit_code == 0
    behind = scratch.invoke(cli, ["import", str(SEED)])
    assert behind.exit_code == 2
    assert f"the database is at revision 0033_mandates_by_end; this version of the code needs {head}" in (
        behind.output)
    assert scratch.invoke(cli, ["db", "upgrade"]).exit_code == 0
    imported = scratch.invoke(cli, ["import", str(SEED)])
    assert imported.exit_code == 0, imported.output
    assert "1 imported" in imported.output
