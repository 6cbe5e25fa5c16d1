"""The mutation groups name files that exist and cover the modules issue 15 names; the report's
arithmetic, from a fabricated mutmut record (no mutmut run here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


# --- equivalent.txt's fingerprints -----------------------------------------------------------------

#: a diff as `mutmut show` prints it (mutmut.mutation.diff_apply.get_diff_for_mutant)
DIFF = """--- tracker/m.py
+++ tracker/m.py
@@ -1,4 +1,4 @@
 def f(rows):
     total = 0
-    for row in rows[1:]:
+    for row in rows[2:]:
         total += row"""


def test_the_fingerprint_is_of_the_changed_lines_alone():
    moved = (DIFF.replace("tracker/m.py", "tracker/n.py").replace("-1,4 +1,4", "-30,5 +30,5")
             .replace("total = 0", "total = 1").replace("    for", "        for"))
    assert run.fingerprint(moved) == run.fingerprint(DIFF)
    assert len(run.fingerprint(DIFF)) == 12 and int(run.fingerprint(DIFF), 16) >= 0
    assert run.fingerprint(DIFF.replace("rows[2:]", "rows[:1]")) != run.fingerprint(DIFF)  # another mutant
    assert run.fingerprint(DIFF.replace("rows[1:]", "items[1:]")) != run.fingerprint(DIFF)  # other code
    swapped = DIFF.replace("-    for row in rows[1:]:\n+    for row in rows[2:]:",
                           "-    for row in rows[2:]:\n+    for row in rows[1:]:")
    assert run.fingerprint(swapped) != run.fingerprint(DIFF)


def test_an_entry_keeps_its_name_and_reason_with_or_without_a_fingerprint(tmp_path):
    path = tmp_path / "equivalent.txt"
    path.write_text("# header\ntracker.m.x_f__mutmut_7  # both falsy\n"
                    "tracker.m.x_f__mutmut_8  # diff:0123456789ab both # falsy\n"
                    "tracker.m.x_f__mutmut_9  # diff:0123456789abc not a fingerprint\n")
    entries = run.load_entries(path)
    assert entries == {
        "tracker.m.x_f__mutmut_7": run.Entry("tracker.m.x_f__mutmut_7", "both falsy"),
        "tracker.m.x_f__mutmut_8": run.Entry("tracker.m.x_f__mutmut_8", "both # falsy", "0123456789ab"),
        "tracker.m.x_f__mutmut_9": run.Entry("tracker.m.x_f__mutmut_9",
                                             "diff:0123456789abc not a fingerprint"),
    }
    assert run.load_equivalent(path) == set(entries)
    assert all(name == entry.name for name, entry in run.load_entries().items())  # the committed file


def test_mutmut_s_name_of_a_module():
    assert run.dotted("tracker/reminders/queue.py") == "tracker.reminders.queue"
    assert run.dotted("tracker/reminders/__init__.py") == "tracker.reminders"


def _fabricated(tmp_path, codes):
    meta = tmp_path / "g" / "mutants" / "tracker" / "m.py.meta"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({"exit_code_by_key": codes}))
    return run.Group("g", ("tracker/m.py",), ("tests",))


def test_an_entry_whose_mutant_s_diff_changed_is_stale_and_not_counted_equivalent(tmp_path):
    codes = {f"tracker.m.x_f__mutmut_{i}": code for i, code in enumerate([0, 0, 0, 1, 0], start=1)}
    group = _fabricated(tmp_path, codes)
    diffs = {name: DIFF.replace("rows[2:]", f"rows[{i}:]") for i, name in enumerate(codes)}
    diffs["tracker.m.x_f__mutmut_5"] = None  # no diff to read
    calls = []

    def diff_of(copy, module, name):
        calls.append((copy, module, name))
        if diffs[name] is None:
            raise FileNotFoundError(name)
        return diffs[name]

    entry = run.Entry
    entries = {e.name: e for e in [
        entry("tracker.m.x_f__mutmut_1", "same", run.fingerprint(diffs["tracker.m.x_f__mutmut_1"])),
        entry("tracker.m.x_f__mutmut_2", "renumbered", run.fingerprint(diffs["tracker.m.x_f__mutmut_1"])),
        entry("tracker.m.x_f__mutmut_3", "never fingerprinted"),
        entry("tracker.m.x_f__mutmut_5", "its mutant unreadable", "0123456789ab"),
        entry("tracker.m.x_f__mutmut_99", "gone", "0123456789ab"),
        entry("tracker.other.x_g__mutmut_1", "not here"),
        entry("tracker.other.x_g__mutmut_2", "not here, fingerprinted", "0123456789ab"),
    ]}
    records = run.load_records([group], work=tmp_path)
    assert list(records) == ["tracker.m"]

    checked = run.triage(entries, records, work=tmp_path, diff_of=diff_of)

    assert checked.equivalent == {"tracker.m.x_f__mutmut_1", "tracker.m.x_f__mutmut_3",
                                  "tracker.other.x_g__mutmut_1", "tracker.other.x_g__mutmut_2"}
    two = "tracker.m.x_f__mutmut_2"
    assert checked.stale == [f"{two}: triaged on diff:{entries[two].fingerprint},"
                             f" its mutant is now diff:{run.fingerprint(diffs[two])}"]
    assert checked.unchecked == ["tracker.m.x_f__mutmut_3"]
    assert checked.unknown == ["tracker.m.x_f__mutmut_99"]
    assert checked.unreadable == ["tracker.m.x_f__mutmut_5: tracker.m.x_f__mutmut_5"]
    assert checked.elsewhere == {"tracker.other": 1}
    assert {c[:2] for c in calls} == {(tmp_path / "g", "tracker/m.py")}

    lines = []
    total = run.report([group], STATUS, checked.equivalent, work=tmp_path, out=lines.append)
    # 1 matches, 3 is not checked yet; the stale 2 and the unreadable 5 count as survivors
    assert total.equivalent == 2
    assert total.untriaged == ["tracker.m.x_f__mutmut_2: survived", "tracker.m.x_f__mutmut_5: survived"]
    run.report_triage(checked, out=lines.append)
    assert "  tracker.m.x_f__mutmut_2: triaged on" in "\n".join(lines)
    assert "  tracker.other: 1" in lines


def test_fingerprints_are_written_for_the_entries_named_and_not_for_a_killed_mutant(tmp_path):
    codes = {"tracker.m.x_f__mutmut_1": 0, "tracker.m.x_f__mutmut_2": 1, "tracker.m.x_f__mutmut_3": 0,
             "tracker.m.x_g__mutmut_1": 0}
    group = _fabricated(tmp_path, codes)
    path = tmp_path / "equivalent.txt"
    text = ("# a comment naming tracker.m.x_f__mutmut_1\n"
            "tracker.m.x_f__mutmut_1  # diff:0123456789ab renumbered since\n\n"
            "tracker.m.x_f__mutmut_2  # killed: wrongly listed\n"
            "tracker.m.x_f__mutmut_3   #  spaced\n"
            "tracker.m.x_g__mutmut_1  # not named\n"
            "tracker.m.x_f__mutmut_9  # no such mutant\n")
    path.write_text(text)
    diffs = {name: DIFF.replace("rows[2:]", f"rows[{name[-1]}:]") for name in codes}
    shown = []

    written = run.write_fingerprints(["tracker.m.x_f__*"], run.load_entries(path),
                                     run.load_records([group], work=tmp_path), STATUS, work=tmp_path,
                                     path=path, diff_of=lambda copy, module, name: diffs[name],
                                     out=shown.append)

    one, three = (run.fingerprint(diffs[f"tracker.m.x_f__mutmut_{i}"]) for i in (1, 3))
    assert written == {"tracker.m.x_f__mutmut_1": one, "tracker.m.x_f__mutmut_3": three}
    assert path.read_text() == (text.replace("diff:0123456789ab renumbered", f"diff:{one} renumbered")
                                .replace("_3   #  spaced", f"_3  # diff:{three} spaced"))
    assert shown[0] == (f"tracker.m.x_f__mutmut_1  # renumbered since  (was diff:0123456789ab: another diff)"
                        f"\n{diffs['tracker.m.x_f__mutmut_1']}\n")
    assert shown[1].startswith("tracker.m.x_f__mutmut_2: killed")
    assert shown[2].startswith("tracker.m.x_f__mutmut_3  # spaced\n")
    assert "tracker.m.x_f__mutmut_2: killed, so not equivalent: left as it is" in shown
    assert "tracker.m.x_f__mutmut_9: no such mutant on this machine, left as it is" in shown
    checked = run.triage(run.load_entries(path), run.load_records([group], work=tmp_path), work=tmp_path,
                         diff_of=lambda copy, module, name: diffs[name])
    assert not checked.stale and "tracker.m.x_f__mutmut_1" in checked.equivalent


def test_the_diff_is_mutmut_s(tmp_path):
    pytest.importorskip("mutmut")
    mutated = tmp_path / "mutants" / "tracker" / "m.py"
    mutated.parent.mkdir(parents=True)
    mutated.write_text("def x_f__mutmut_orig(rows):\n    total = 0\n    for row in rows[1:]:\n"
                       "        total += row\n\n\n"
                       "def x_f__mutmut_1(rows):\n    total = 0\n    for row in rows[2:]:\n"
                       "        total += row\n")
    diff = run.mutant_diff(tmp_path, "tracker/m.py", "tracker.m.x_f__mutmut_1")
    assert run.fingerprint(diff) == run.fingerprint(DIFF)


# --- --in-process: mutmut's own mutants without its stats run ----------------------------------------


def test_in_process_selects_the_named_mutants_or_those_never_run_in_mutmut_s_order(tmp_path):
    codes = {f"tracker.m.x_f__mutmut_{i}": code for i, code in enumerate([1, None, 0, None], start=1)}
    codes |= {"tracker.m.x_f__mutmut_10": None, "tracker.m.xǁCǁg__mutmut_1": 1}
    group = _fabricated(tmp_path, codes)

    assert list(run.select_mutants(group, [], work=tmp_path)) == [
        "tracker.m.x_f__mutmut_2", "tracker.m.x_f__mutmut_4", "tracker.m.x_f__mutmut_10"]
    assert run.select_mutants(group, ["tracker.m.x_f__mutmut_1", "*ǁg__*"], work=tmp_path) == {
        "tracker.m.xǁCǁg__mutmut_1": "tracker/m.py", "tracker.m.x_f__mutmut_1": "tracker/m.py"}
    assert run.select_mutants(group, ["tracker.m.x_f__mutmut_1?"], work=tmp_path) == {
        "tracker.m.x_f__mutmut_10": "tracker/m.py"}


def test_an_in_process_result_is_written_to_mutmut_s_record_and_the_report_counts_it(tmp_path):
    group = _fabricated(tmp_path, {"tracker.m.x_f__mutmut_1": None, "tracker.m.x_f__mutmut_2": None})
    meta = tmp_path / "g" / "mutants" / "tracker" / "m.py.meta"
    meta.write_text(json.dumps(json.loads(meta.read_text()) | {
        "hash_by_function_name": {"x_f": "abc"}, "durations_by_key": {}, "estimated_durations_by_key": {}}))

    run.record_result(meta, "tracker.m.x_f__mutmut_2", 36, 41.5)
    run.record_result(meta, "tracker.m.x_f__mutmut_1", 1, 3.0)

    data = json.loads(meta.read_text())
    assert data["exit_code_by_key"] == {"tracker.m.x_f__mutmut_1": 1, "tracker.m.x_f__mutmut_2": 36}
    assert data["durations_by_key"] == {"tracker.m.x_f__mutmut_1": 3.0, "tracker.m.x_f__mutmut_2": 41.5}
    assert data["hash_by_function_name"] == {"x_f": "abc"}  # mutmut's own keys kept
    total = run.report([group], STATUS, set(), work=tmp_path, out=lambda line: None)
    assert (total.tried, total.killed, total.timeout) == (2, 1, 1)
    with pytest.raises(KeyError):
        run.record_result(meta, "tracker.m.x_f__mutmut_3", 1, 1.0)


#: a module switched by mutmut's active-mutant variable as its trampolines are, and its one test
MODULE = """import os, signal, time

def f():
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if mutant == "m.x_f__mutmut_1":
        return 2
    if mutant == "m.x_f__mutmut_3":
        time.sleep(60)
    if mutant == "m.x_f__mutmut_4":
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        time.sleep(60)
    return 1
"""


def _worker(tmp_path, names, limit, expected=1):
    mutants = tmp_path / "mutants"
    mutants.mkdir(exist_ok=True)
    (mutants / "m.py").write_text(MODULE)
    (mutants / "test_m.py").write_text(f"from m import f\n\n\ndef test_f():\n    assert f() == {expected}\n")
    (mutants / "m.py.meta").write_text(json.dumps({"exit_code_by_key": dict.fromkeys(names),
                                                   "durations_by_key": {}}))
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"mutants": dict.fromkeys(names, "m.py"), "tests": ["test_m.py"],
                                "pytest_args": ["-p", "no:cacheprovider"], "alarm": 2, "limit": limit}))
    env = os.environ | {"PYTHONPATH": str(ROOT), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}  # no plugins: 5 s
    done = subprocess.run([sys.executable, "-m", "tests.mutation.run", "--worker", str(spec)], cwd=mutants,
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == (0 if expected == 1 else 1), done.stderr
    return json.loads((mutants / "m.py.meta").read_text())["exit_code_by_key"], done.stdout


def test_the_worker_runs_each_mutant_in_a_pytest_session_of_its_own_and_records_mutmut_s_status(tmp_path):
    pytest.importorskip("mutmut")
    names = ["m.x_f__mutmut_1", "m.x_f__mutmut_2", "m.x_f__mutmut_3"]

    codes, stdout = _worker(tmp_path, names, limit=300)

    # killed; survived; a test that waits for ever failed by the alarm, a timeout
    assert codes == {"m.x_f__mutmut_1": 1, "m.x_f__mutmut_2": 0, "m.x_f__mutmut_3": 36}
    assert [line.split(" (")[0] for line in stdout.splitlines()] == [
        "m.x_f__mutmut_1: killed", "m.x_f__mutmut_2: survived", "m.x_f__mutmut_3: timeout"]


def test_a_mutant_the_alarm_cannot_stop_is_killed_at_the_limit_and_counts_as_a_timeout(tmp_path):
    pytest.importorskip("mutmut")
    codes, _ = _worker(tmp_path, ["m.x_f__mutmut_4"], limit=3)
    assert codes == {"m.x_f__mutmut_4": 36}


def test_nothing_is_run_or_recorded_when_the_tests_fail_with_no_mutant(tmp_path):
    pytest.importorskip("mutmut")
    codes, stdout = _worker(tmp_path, ["m.x_f__mutmut_1", "m.x_f__mutmut_2"], limit=300, expected=2)
    assert codes == {"m.x_f__mutmut_1": None, "m.x_f__mutmut_2": None}  # not "killed", nor "survived"
    assert stdout == "the tests fail with no mutant (exit code 1): nothing run, nothing recorded\n"
