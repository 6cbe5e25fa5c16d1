"""The mutation groups name files that exist and cover the modules issue 15 names; the report's
arithmetic, from a fabricated mutmut record (no mutmut run here)."""

from __future__ import annotations

import json
import tomllib

import pytest

from tests.mutation import run

ROOT = run.ROOT
#: issue 15: the modules that carry guarantees (the CSRF setup: tracker/web/security.py)
ISSUE_15 = [
    "tracker/reminders/queue.py", "tracker/reminders/delivery.py", "tracker/reminders/ledger.py",
    "tracker/reminders/stages.py", "tracker/reminders/compose.py", "tracker/reminders/jobs.py",
    "tracker/reminders/scheduler.py", "tracker/reminders/settings.py", "tracker/reminders/tokens.py",
    "tracker/reminders/turns.py", "tracker/reminders/admin.py", "tracker/reminders/password_reset.py",
    "tracker/services/obligations.py", "tracker/services/actors.py",
    "tracker/services/importing/service.py", "tracker/calendar/due.py", "tracker/web/api/auth.py",
    "tracker/web/security.py", "tracker/web/outbox.py",
]
#: what mutmut 3 calls its exit codes (a subset of mutmut.stats.status_by_exit_code)
STATUS = {1: "killed", 0: "survived", 33: "no tests", 36: "timeout", None: "not checked",
          35: "suspicious"}


def _covering(groups, module):
    return [g.name for g in groups.values() if g.covers(module)]


def test_every_source_path_and_test_file_exists():
    for group in run.load_groups().values():
        assert group.source_paths and group.tests, group.name
        for path in group.source_paths:
            assert (ROOT / path).exists(), f"{group.name}: {path}"
        for test in group.tests:
            assert (ROOT / test.split("::")[0]).exists(), f"{group.name}: {test}"


def test_the_groups_cover_each_module_of_issue_15_once():
    groups = run.load_groups()
    for module in ISSUE_15:
        assert len(_covering(groups, module)) == 1, (module, _covering(groups, module))
    for module in sorted((ROOT / "tracker/reminders").glob("*.py")):
        assert _covering(groups, module.relative_to(ROOT).as_posix()), module


def test_the_narrowed_configuration_keeps_the_shared_settings_and_the_rest_of_pyproject():
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    group = run.Group("g", ("tracker/web/outbox.py",), ("tests/a.py", "tests/b.py::test_x"),
                      {"timeout_constant": 10})
    narrowed = tomllib.loads(run.narrowed_pyproject(text, group))
    original = tomllib.loads(text)
    assert narrowed["tool"]["mutmut"] == original["tool"]["mutmut"] | {
        "source_paths": ["tracker/web/outbox.py"],
        "pytest_add_cli_args_test_selection": ["tests/a.py", "tests/b.py::test_x"],
        "timeout_constant": 10,
    }
    assert {k: v for k, v in narrowed["tool"].items() if k != "mutmut"} == {
        k: v for k, v in original["tool"].items() if k != "mutmut"}
    assert narrowed["project"] == original["project"]


def test_the_rate_is_killed_over_tried_less_equivalent(tmp_path):
    meta = tmp_path / "g" / "mutants" / "tracker" / "m.py.meta"
    meta.parent.mkdir(parents=True)
    codes = {f"tracker.m.x_f__mutmut_{i}": code
             for i, code in enumerate([1, 1, 1, 1, 1, 1, 0, 0, 33, 36, None, 35], start=1)}
    meta.write_text(json.dumps({"exit_code_by_key": codes}))
    (tmp_path / "g" / "mutants" / "tracker" / "elsewhere.py.meta").write_text(
        json.dumps({"exit_code_by_key": {"tracker.elsewhere.x_g__mutmut_1": 1}}))
    group = run.Group("g", ("tracker/m.py",), ("tests",))
    equivalent = {"tracker.m.x_f__mutmut_7", "tracker.m.x_f__mutmut_1"}  # a survivor; a killed one
    lines = []

    total = run.report([group], STATUS, equivalent, work=tmp_path, out=lines.append)

    assert (total.mutants, total.tried, total.killed, total.timeout, total.survived, total.no_tests,
            total.other, total.equivalent) == (12, 11, 6, 1, 2, 1, 1, 1)
    assert total.rate == pytest.approx(6 / 10)
    assert total.untriaged == ["tracker.m.x_f__mutmut_10: timeout", "tracker.m.x_f__mutmut_12: suspicious",
                               "tracker.m.x_f__mutmut_8: survived", "tracker.m.x_f__mutmut_9: no tests"]
    assert lines[1].startswith("tracker/m.py (g)") and lines[1].endswith("60.0 %")
    assert total.killed_equivalent == ["tracker.m.x_f__mutmut_1"]
    assert lines[2].startswith("total") and len(lines) == 3 + 1 + 4 + 1 + 1  # elsewhere.py is not in g
    assert lines[-1] == "  tracker.m.x_f__mutmut_1"


def test_nothing_tried_has_no_rate(tmp_path):
    assert run.module_row("m", {"a": None}, STATUS, set()).rate is None


def test_equivalent_file_is_names_with_reasons(tmp_path):
    path = tmp_path / "equivalent.txt"
    path.write_text("# header\n\ntracker.m.x_f__mutmut_7  # both falsy\n")
    assert run.load_equivalent(path) == {"tracker.m.x_f__mutmut_7"}
    assert isinstance(run.load_equivalent(), set)  # the committed file parses


def test_the_statuses_named_here_are_mutmut_s():
    stats = pytest.importorskip("mutmut.stats")
    for code, status in STATUS.items():
        assert stats.status_by_exit_code[code] == status
