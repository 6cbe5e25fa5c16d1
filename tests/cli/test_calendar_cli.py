"""``tracker calendar``: real General Assembly openings through the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tracker.cli import cli
from tracker.models import OfficialSession

#: opening dates of GA regular sessions 58-80 (UN press releases / Journal of the United Nations)
GA_OPENINGS = {
    58: "2003-09-16", 59: "2004-09-14", 60: "2005-09-13", 61: "2006-09-12", 62: "2007-09-18",
    63: "2008-09-16", 64: "2009-09-15", 65: "2010-09-14", 66: "2011-09-13", 67: "2012-09-18",
    68: "2013-09-17", 69: "2014-09-16", 70: "2015-09-15", 71: "2016-09-13", 72: "2017-09-12",
    73: "2018-09-18", 74: "2019-09-17", 75: "2020-09-15", 76: "2021-09-14", 77: "2022-09-13",
    78: "2023-09-05", 79: "2024-09-10", 80: "2025-09-09",
}


@pytest.fixture
def run(app):
    runner = app.test_cli_runner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_ga_openings_58_to_80(run):
    for session, opening in GA_OPENINGS.items():
        result = run("calendar", "GA", str(session))
        assert result.exit_code == 0, result.output
        assert result.output.splitlines()[0] == opening, (session, result.output)


def test_closing_and_derivation_are_printed(run):
    lines = run("calendar", "GA", "73").output.splitlines()
    assert lines[1] == "closes 2019-09-16"
    assert "rule 1 as amended by resolution 57/301" in lines[2]
    assert "75/325" in run("calendar", "GA", "79").output


def test_set_records_an_official_date_that_wins(run, db):
    result = run("calendar", "set", "GA", "84", "--opens", "2029-09-11", "--closes", "2030-09-09")
    assert result.exit_code == 0 and "GA 84 opens 2029-09-11" in result.output
    row = db.scalars(select(OfficialSession)).one()
    assert (row.body, row.number, row.opens_on) == ("GA", 84, dt.date(2029, 9, 11))
    lines = run("calendar", "GA", "84").output.splitlines()
    assert lines[:2] == ["2029-09-11", "closes 2030-09-09"]
    assert "official" in lines[2]


def test_bodies_without_sessions_and_bad_input_fail_cleanly(run):
    result = run("calendar", "SC", "3")
    assert result.exit_code == 2 and "no sessions" in result.output
    result = run("calendar", "Not a body!", "3")
    assert result.exit_code == 2 and "unknown body" in result.output
    result = run("calendar", "XYZ", "3")  # another body's code: dated only from its own records
    assert result.exit_code == 2 and "XYZ: session 3 not in the calendar" in result.output


def test_other_bodies_sessions_are_recorded_and_their_deadlines_follow(run, db_factory):
    """A commission's deadline has no due date until its session is recorded; then it follows."""
    from tests.factories import gen_obligation, gen_resolution
    from tracker.models import Obligation

    with db_factory() as db:
        res = gen_resolution(db, "A/RES/78/999", session=78, adopted_on=dt.date(2023, 12, 18))
        ob = gen_obligation(db, res, deadline_body="CCPCJ", deadline_session=33, deadlines=[
            {"kind": "session", "body": "CCPCJ", "session": 33, "text": "at its thirty-third session",
             "body_name": "Commission on Crime Prevention and Criminal Justice"}])
        ob_id = ob.id
        db.commit()
    result = run("calendar", "set", "CCPCJ", "33", "--opens", "2024-05-13", "--closes", "2024-05-17")
    assert result.exit_code == 0, result.output
    assert "CCPCJ 33 opens 2024-05-13" in result.output and "1 due date(s) recomputed" in result.output
    assert run("calendar", "CCPCJ", "33").output.splitlines()[:2] == ["2024-05-13", "closes 2024-05-17"]
    with db_factory() as db:
        assert db.get(Obligation, ob_id).due_on == dt.date(2024, 5, 13)


def test_json_output(run):
    import json

    data = json.loads(run("calendar", "GA", "78", "--json").output)
    assert data["opens_on"] == "2023-09-05" and data["source"] == "rule"
