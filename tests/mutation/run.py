"""`make mutation`: mutmut over the groups of tests/mutation/groups.toml, then one table of results.

Each group runs in its own copy of the tree, ``mutants-work/<group>/`` (git-ignored): the copy is
refreshed from the working tree on every run, its ``pyproject.toml`` gets a ``[tool.mutmut]``
narrowed to the group's modules and tests, and mutmut's ``mutants/`` folder is kept, so a later run
resumes (mutmut re-tries only the mutants of functions that changed). One mutmut run over every
module at once never got past its first, instrumented run of every test on this machine.

    python -m tests.mutation.run                     # every group, then the table
    python -m tests.mutation.run perimeter calendar  # the groups named
    python -m tests.mutation.run --report            # the table of what has been run, nothing run
    python -m tests.mutation.run --fingerprint 'tracker.reminders.queue.x__known__*' reminders-queue
                                                     # write the diff fingerprints of those entries
    python -m tests.mutation.run --in-process --mutants 'tracker.web.outbox.*' \
        --tests 'tests/reminders/test_outbox_web.py' perimeter
                                                     # mutmut's own mutants without its stats run

``--in-process`` is for where mutmut's own run is too slow (its instrumented stats run over the
group's tests and its clean run took 11-22 minutes here, then a forked session per mutant
with every test that reached the function): mutmut generates the group's mutants in its copy as
``mutmut run`` does, without the stats run; a worker in ``mutants-work/<group>/mutants/`` imports
the tests once, then forks one pytest session per mutant (the ``--mutants`` named, or every one
mutmut's record has no result for), chosen with mutmut's ``set_mutant_under_test``, with mutmut's
pytest arguments (``-x``, ``-m "not browser and not slow"``) against ``--tests`` (the group's by
default). A test that runs longer than ``--alarm`` seconds (40) fails, and the mutant counts as a
timeout, as does one whose session outlives ``--limit`` (900 s: killed). Each result is written
where mutmut writes its own (``mutants/<module>.meta``), so the report counts it; a later
``mutmut run`` keeps it until the function changes or the mutant is named again. With
``TEST_DATABASE_URL`` set it runs on PostgreSQL; the last run of a mutant is its record.

The table reads mutmut's own record (``mutants/<module>.meta``, its exit code per mutant, named by
mutmut's ``status_by_exit_code``). The rate is killed / (tried - equivalent): a timeout counts as
not killed until someone confirms it, and ``equivalent.txt`` lists the mutants triaged as
equivalent or harmless. mutmut numbers a function's mutants in order, so a change to the function
renumbers them and an entry may come to name another mutant: an entry carries a fingerprint of the
diff it was triaged on (``name  # diff:0123456789ab reason``), and an entry whose mutant's diff no
longer has that fingerprint is stale and counts as not equivalent. ``--fingerprint`` writes the
fingerprint of the entries named, once someone has read each diff against its reason.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GROUPS = HERE / "groups.toml"
EQUIVALENT = HERE / "equivalent.txt"
WORK = ROOT / "mutants-work"
#: what a group's copy of the tree needs to run the tests
#: (README.md: tests/unit/test_config.py, of the reminders-rest group, reads its configuration table)
COPIED = ("tracker", "templates", "migrations", "tests", "alembic.ini", "app.py", "babel.cfg", "README.md")

KILLED = frozenset({"killed", "caught by type check"})
#: statuses of a mutant mutmut has not (yet) run
UNTRIED = frozenset({"not checked", "skipped", "check was interrupted by user"})


@dataclass(frozen=True)
class Group:
    name: str
    source_paths: tuple[str, ...]
    tests: tuple[str, ...]
    #: the group's own [tool.mutmut] settings, over the shared ones of pyproject.toml
    mutmut: Mapping[str, object] = field(default_factory=dict)

    def covers(self, module: str) -> bool:
        """Whether the module (a path from the root) is one this group mutates."""
        return any(module == p or module.startswith(p.rstrip("/") + "/") for p in self.source_paths)


def load_groups(path: Path = GROUPS) -> dict[str, Group]:
    data = tomllib.loads(path.read_text("utf-8"))
    return {
        name: Group(name, tuple(table["source_paths"]), tuple(table["tests"]), table.get("mutmut", {}))
        for name, table in data.items()
    }


#: the fingerprint at the head of an entry's comment (``name  # diff:0123456789ab reason``)
FINGERPRINT = re.compile(r"diff:([0-9a-f]{12})(?![0-9a-z])\s*")


@dataclass(frozen=True)
class Entry:
    """A line of ``equivalent.txt``: a mutant's name, the fingerprint of its diff if written, why."""

    name: str
    reason: str
    fingerprint: str | None = None


def load_entries(path: Path = EQUIVALENT) -> dict[str, Entry]:
    """The entries of ``equivalent.txt`` by name (``name  # reason`` or ``name  # diff:… reason``;
    ``#`` lines are comments)."""
    entries = {}
    for line in path.read_text("utf-8").splitlines():
        name, _, comment = line.partition("#")
        name, comment = name.strip(), comment.strip()
        if not name:
            continue
        found = FINGERPRINT.match(comment)
        entries[name] = Entry(name, comment[found.end():] if found else comment,
                              found.group(1) if found else None)
    return entries


def load_equivalent(path: Path = EQUIVALENT) -> set[str]:
    """The mutant names of ``equivalent.txt``."""
    return set(load_entries(path))


def fingerprint(diff: str) -> str:
    """The first 12 hex digits of the SHA-256 of a mutant's diff (as ``mutmut show`` prints it):
    its removed and added lines only, each stripped of its indentation, so that neither the
    file's name, the hunk's line numbers, the lines around it nor a change of indentation count;
    another mutation, or the same one of other code, has another fingerprint."""
    lines, in_hunk = [], False
    for line in diff.splitlines():
        if line.startswith("@@"):
            in_hunk = True
        elif in_hunk and line.startswith(("-", "+")):
            lines.append(line[0] + line[1:].strip())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:12]


def mutant_diff(copy: Path, module: str, name: str) -> str:
    """mutmut's diff of a mutant (``mutmut show``), read from the group's copy of the tree."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    with contextlib.chdir(copy):
        return get_diff_for_mutant(name, path=module)


def mutmut_statuses() -> Mapping[int | None, str]:
    """mutmut's own names for its exit codes (``killed``, ``survived``, ``no tests``, …)."""
    try:
        from mutmut.stats import status_by_exit_code
    except ImportError:
        sys.exit("mutmut is not installed: .venv/bin/pip install -c constraints.txt -e '.[mutation]'")
    return status_by_exit_code


# --- the table -------------------------------------------------------------------------------


@dataclass
class Row:
    module: str
    mutants: int = 0
    tried: int = 0
    killed: int = 0
    timeout: int = 0
    survived: int = 0
    no_tests: int = 0
    other: int = 0  # suspicious, segfault
    equivalent: int = 0
    untriaged: list[str] = field(default_factory=list)
    #: in equivalent.txt, yet killed: the triage is wrong (or the code changed since)
    killed_equivalent: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        """killed / (tried - equivalent), None while nothing counts."""
        counted = self.tried - self.equivalent
        return self.killed / counted if counted else None

    def add(self, other: Row) -> None:
        for name in ("mutants", "tried", "killed", "timeout", "survived", "no_tests", "other",
                     "equivalent"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.untriaged += other.untriaged
        self.killed_equivalent += other.killed_equivalent


def module_row(module: str, exit_codes: Mapping[str, int | None], status_of: Mapping[int | None, str],
               equivalent: set[str]) -> Row:
    """Count one module's mutants from mutmut's exit code per mutant name."""
    row = Row(module, mutants=len(exit_codes))
    for name, code in sorted(exit_codes.items()):
        status = status_of[code]
        if status in UNTRIED:
            continue
        row.tried += 1
        if status in KILLED:
            row.killed += 1
            if name in equivalent:
                row.killed_equivalent.append(name)
            continue
        if status == "timeout":
            row.timeout += 1
        elif status == "survived":
            row.survived += 1
        elif status == "no tests":
            row.no_tests += 1
        else:
            row.other += 1
        if name in equivalent:
            row.equivalent += 1
        else:
            row.untriaged.append(f"{name}: {status}")
    return row


def group_records(group: Group, work: Path = WORK) -> Iterable[tuple[str, dict[str, int | None]]]:
    """(module, mutmut's exit code per mutant name) for each module of the group mutmut has a record
    of in the group's copy."""
    mutants = work / group.name / "mutants"
    for meta in sorted(mutants.rglob("*.py.meta")) if mutants.is_dir() else ():
        module = meta.relative_to(mutants).as_posix().removesuffix(".meta")
        if group.covers(module):  # else a module since moved to another group
            yield module, json.loads(meta.read_text("utf-8"))["exit_code_by_key"]


def group_rows(group: Group, status_of: Mapping[int | None, str], equivalent: set[str],
               work: Path = WORK) -> list[Row]:
    """A row per module of the group that mutmut has a record of in the group's copy."""
    return [module_row(module, exit_codes, status_of, equivalent)
            for module, exit_codes in group_records(group, work)]


# --- equivalent.txt against the mutants on this machine ------------------------------------------

#: a mutant's name: its module's dotted name, then x_function or xǁClassǁmethod, then __mutmut_N
MUTANT_NAME = re.compile(r"(?P<module>.+?)\.x[_ǁ]")


def dotted(module: str) -> str:
    """mutmut's name of a module (``tracker/reminders/__init__.py`` is ``tracker.reminders``)."""
    return module.removesuffix(".py").replace("/", ".").removesuffix(".__init__")


@dataclass(frozen=True)
class Record:
    group: Group
    module: str
    exit_codes: Mapping[str, int | None]


def load_records(groups: Iterable[Group], work: Path = WORK) -> dict[str, Record]:
    """mutmut's record of each module it has mutated on this machine, by the module's dotted name."""
    return {dotted(module): Record(group, module, exit_codes)
            for group in groups for module, exit_codes in group_records(group, work)}


def _record_of(name: str, records: Mapping[str, Record]) -> Record | None:
    found = MUTANT_NAME.match(name)
    return records.get(found.group("module")) if found else None


@dataclass
class Triage:
    """``equivalent.txt`` checked against mutmut's mutants on this machine."""

    #: the names counted as equivalent: the fingerprint matches, or none is written, or the mutant
    #: is not on this machine to check (then it is in no table either)
    equivalent: set[str] = field(default_factory=set)
    #: the fingerprint no longer matches the named mutant's diff: counted as not equivalent
    stale: list[str] = field(default_factory=list)
    #: no fingerprint, the mutant on this machine: to read against its reason, then --fingerprint
    unchecked: list[str] = field(default_factory=list)
    #: no fingerprint and mutmut's record of the module not on this machine: how many per module
    elsewhere: dict[str, int] = field(default_factory=dict)
    #: a module mutmut has a record of here, and no mutant of that name in it (a function removed
    #: or shortened)
    unknown: list[str] = field(default_factory=list)
    #: a fingerprint to check and no diff to check it against (counted as not equivalent)
    unreadable: list[str] = field(default_factory=list)


def triage(entries: Mapping[str, Entry], records: Mapping[str, Record], work: Path = WORK,
           diff_of: Callable[[Path, str, str], str] = mutant_diff) -> Triage:
    """Which entries of ``equivalent.txt`` still name the mutant they were triaged on."""
    result = Triage()
    for name, entry in sorted(entries.items()):
        record = _record_of(name, records)
        if record is None:
            result.equivalent.add(name)
            if entry.fingerprint is None:
                found = MUTANT_NAME.match(name)
                module = found.group("module") if found else name
                result.elsewhere[module] = result.elsewhere.get(module, 0) + 1
        elif name not in record.exit_codes:
            result.unknown.append(name)
        elif entry.fingerprint is None:
            result.equivalent.add(name)
            result.unchecked.append(name)
        else:
            try:
                current = fingerprint(diff_of(work / record.group.name, record.module, name))
            except (OSError, KeyError, ValueError) as error:
                result.unreadable.append(f"{name}: {error}")
                continue
            if current == entry.fingerprint:
                result.equivalent.add(name)
            else:
                result.stale.append(f"{name}: triaged on diff:{entry.fingerprint}, its mutant is now "
                                    f"diff:{current}")
    return result


def report_triage(result: Triage, out: Callable[[str], None] = print) -> None:
    """Print the entries of ``equivalent.txt`` that are stale, unchecked or name no mutant."""
    sections = [
        ("Stale: listed in tests/mutation/equivalent.txt for another diff than its mutant's now "
         "(counted as not equivalent; triage the mutant again)", result.stale),
        ("Listed in tests/mutation/equivalent.txt with a fingerprint and no diff to check it "
         "against (counted as not equivalent)", result.unreadable),
        ("Listed in tests/mutation/equivalent.txt, and mutmut made no mutant of that name", result.unknown),
        ("Listed in tests/mutation/equivalent.txt without a fingerprint (read each diff against its "
         "reason, then `python -m tests.mutation.run --fingerprint NAMES GROUP`)", result.unchecked),
    ]
    for title, names in sections:
        if names:
            out(f"\n{title} ({len(names)}):")
            for name in names:
                out(f"  {name}")
    if result.elsewhere:
        out(f"\nWithout a fingerprint, mutmut's record of their module not on this machine "
            f"({sum(result.elsewhere.values())}):")
        for module, count in sorted(result.elsewhere.items()):
            out(f"  {module}: {count}")


def write_fingerprints(patterns: Iterable[str], entries: Mapping[str, Entry],
                       records: Mapping[str, Record], status_of: Mapping[int | None, str],
                       work: Path = WORK, path: Path = EQUIVALENT,
                       diff_of: Callable[[Path, str, str], str] = mutant_diff,
                       out: Callable[[str], None] = print) -> dict[str, str]:
    """Write into ``equivalent.txt`` the fingerprint of the diff of each entry the patterns name
    (fnmatch, as mutmut's) whose mutant is on this machine and not killed, printing each diff
    beside its reason; the fingerprints written, by name. Whoever runs it has read them."""
    patterns = list(patterns)
    written = {}
    for name, entry in sorted(entries.items()):
        if not any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns):
            continue
        record = _record_of(name, records)
        if record is None or name not in record.exit_codes:
            out(f"{name}: no such mutant on this machine, left as it is")
            continue
        if status_of[record.exit_codes[name]] in KILLED:
            out(f"{name}: killed, so not equivalent: left as it is")
            continue
        diff = diff_of(work / record.group.name, record.module, name)
        written[name] = fingerprint(diff)
        was = (f"  (was diff:{entry.fingerprint}: another diff)"
               if entry.fingerprint not in (None, written[name]) else "")
        out(f"{name}  # {entry.reason}{was}\n{diff}\n")
    lines = path.read_text("utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        name = line.partition("#")[0].strip()
        if name in written:
            lines[i] = f"{name}  # diff:{written[name]} {entries[name].reason}\n"
    path.write_text("".join(lines), "utf-8")
    out(f"{len(written)} fingerprints written to {path}")
    return written


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{100 * rate:.1f} %"


def report(groups: Iterable[Group], status_of: Mapping[int | None, str], equivalent: set[str],
           work: Path = WORK, out: Callable[[str], None] = print) -> Row:
    """Print the table over every group with results and the untriaged survivors; the total."""
    header = ("module", "mutants", "tried", "killed", "timeout", "survived", "no tests", "other",
              "equivalent", "killed / (tried - equivalent)")
    lines = [header]
    total = Row("total")
    for group in groups:
        for row in group_rows(group, status_of, equivalent, work):
            total.add(row)
            lines.append((f"{row.module} ({group.name})", row.mutants, row.tried, row.killed,
                          row.timeout, row.survived, row.no_tests, row.other, row.equivalent,
                          _percent(row.rate)))
    lines.append((total.module, total.mutants, total.tried, total.killed, total.timeout,
                  total.survived, total.no_tests, total.other, total.equivalent, _percent(total.rate)))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    for line in lines:
        out("  ".join(str(cell).ljust(w) if i == 0 else str(cell).rjust(w)
                      for i, (cell, w) in enumerate(zip(line, widths, strict=True))))
    if total.untriaged:
        out(f"\nNot killed and not in tests/mutation/equivalent.txt ({len(total.untriaged)}; "
            "`mutmut show NAME` in mutants-work/<group>/ shows one):")
        for name in total.untriaged:
            out(f"  {name}")
    if total.killed_equivalent:
        out(f"\nKilled, yet listed in tests/mutation/equivalent.txt ({len(total.killed_equivalent)}):")
        for name in total.killed_equivalent:
            out(f"  {name}")
    return total


# --- running a group -----------------------------------------------------------------------------


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {value!r}")


def narrowed_pyproject(text: str, group: Group) -> str:
    """``pyproject.toml`` with its ``[tool.mutmut]`` narrowed to the group (the rest kept)."""
    settings = dict(tomllib.loads(text)["tool"]["mutmut"]) | dict(group.mutmut)
    settings["source_paths"] = list(group.source_paths)
    settings["pytest_add_cli_args_test_selection"] = list(group.tests)
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == "[tool.mutmut]")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[")), len(lines))
    table = [f"[tool.mutmut]\n# group {group.name} of tests/mutation/groups.toml\n"]
    table += [f"{key} = {toml_value(value)}\n" for key, value in settings.items()]
    return "".join(lines[:start] + table + ["\n"] + lines[end:])


def copy_tree(copy: Path) -> None:
    """``COPIED`` of the working tree into ``copy``, anew."""
    copy.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in COPIED:
        source, target = ROOT / name, copy / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        if source.is_dir():
            shutil.copytree(source, target, ignore=ignore)  # copy2: mtimes kept, mutmut compares them
        elif source.exists():
            shutil.copy2(source, target)


def prepare(group: Group, work: Path = WORK) -> Path:
    """Refresh the group's copy of the tree from the working tree, keeping mutmut's results."""
    copy = work / group.name
    copy_tree(copy)
    # mutmut copies tests/ over its own copy but never deletes: drop tests removed since
    shutil.rmtree(copy / "mutants" / "tests", ignore_errors=True)
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    (copy / "pyproject.toml").write_text(narrowed_pyproject(pyproject, group), "utf-8")
    return copy


def run_group(group: Group, *, children: int, nice: int, mutants: list[str]) -> int:
    mutmut = Path(sys.executable).with_name("mutmut")
    copy = prepare(group)
    log = copy / "run.log"
    print(f"mutation: group {group.name} ({', '.join(group.source_paths)}); log in {log}", flush=True)
    with log.open("w") as out:
        done = subprocess.run(
            ["nice", "-n", str(nice), str(mutmut), "run", "--max-children", str(children), *mutants],
            cwd=copy, stdout=out, stderr=subprocess.STDOUT, check=False,
        )
    if done.returncode:
        print(f"mutation: group {group.name}: mutmut exited {done.returncode}, see {log}", flush=True)
    return done.returncode


# --- in-process: mutmut's own mutants, one forked pytest session each, without mutmut's stats run -----

#: the pytest arguments of mutmut's own run of a mutant (mutmut.runners.harness.PytestRunner)
MUTMUT_PYTEST_ARGS = ("--rootdir=.", "--tb=native", "-x", "-q", "-p", "no:randomly", "-p", "no:random-order")
#: mutmut's exit code of a timeout (``status_by_exit_code[36]``), and the file the worker reads
TIMEOUT = 36
SPEC = "in-process.json"


def generate(copy: Path) -> None:
    """mutmut's generation of the mutants in a group's copy (``mutmut run`` up to its stats run: the
    copy under ``mutants/``, every function of the group's modules mutated, its ``.meta`` record
    kept for the functions that did not change)."""
    code = ("import os\n"
            "from mutmut.__main__ import copy_src_dir, copy_also_copy_files, setup_source_paths,"
            " store_lines_covered_by_tests, create_mutants\n"
            "from mutmut.mutation.trampoline import set_mutant_under_test\n"
            "set_mutant_under_test('mutant_generation')\n"
            "os.makedirs('mutants', exist_ok=True)\n"
            "copy_src_dir(); copy_also_copy_files(); setup_source_paths(); store_lines_covered_by_tests()\n"
            "print(create_mutants(1))\n")
    subprocess.run([sys.executable, "-c", code], cwd=copy, check=True, stdout=subprocess.DEVNULL)


def _numbered(name: str) -> tuple[str, int]:
    head, _, number = name.rpartition("__mutmut_")
    return head, int(number) if number.isdigit() else -1


def select_mutants(group: Group, patterns: Iterable[str], work: Path = WORK) -> dict[str, str]:
    """The group's mutants the patterns name (fnmatch, as mutmut's), or with no pattern those
    mutmut's record has no result for: each with its module, in mutmut's numbering order."""
    patterns = list(patterns)
    chosen = {}
    for module, exit_codes in group_records(group, work):
        for name, code in exit_codes.items():
            if (any(fnmatch.fnmatchcase(name, p) for p in patterns) if patterns else code is None):
                chosen[name] = module
    return dict(sorted(chosen.items(), key=lambda item: _numbered(item[0])))


def record_result(meta: Path, name: str, exit_code: int, duration: float) -> None:
    """Write a mutant's result where mutmut writes its own (``mutants/<module>.meta``), under a lock:
    the report, and a later ``mutmut run``, read it as mutmut's (mutmut re-tries it only if its
    function changes or it is named)."""
    import fcntl

    with meta.with_name(meta.name + ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = json.loads(meta.read_text("utf-8"))
        if name not in data["exit_code_by_key"]:
            raise KeyError(f"{name} is not a mutant of {meta}")
        data["exit_code_by_key"][name] = exit_code
        data.setdefault("durations_by_key", {})[name] = duration
        meta.write_text(json.dumps(data, indent=4), "utf-8")


class _Alarm:
    """A pytest plugin: each test fails if it runs longer than ``seconds`` (a mutant that loops or
    waits for ever), and the run then counts as mutmut's timeout."""

    def __init__(self, seconds: int) -> None:
        self.seconds, self.fired = seconds, False

    def _ring(self, signum, frame):
        self.fired = True
        raise TimeoutError(f"test still running after {self.seconds} s (tests/mutation/run.py --alarm)")

    def pytest_runtest_protocol(self, item, nextitem):
        import signal

        signal.signal(signal.SIGALRM, self._ring)
        signal.alarm(self.seconds)

    def pytest_runtest_logfinish(self, nodeid, location):
        import signal

        signal.alarm(0)


def _run_one(name: str, tests: list[str], pytest_args: list[str], alarm: int, limit: float) -> int:
    """Run the tests against one mutant in a forked child; mutmut's exit code of the run."""
    import os
    import signal
    import time

    pid = os.fork()
    if pid == 0:  # the child: the mutant switched on, pytest, its exit code
        code = 3
        try:
            import pytest
            from mutmut.mutation.trampoline import set_mutant_under_test

            os.dup2(2, 1)  # pytest's report to the log, the worker's lines alone on stdout
            set_mutant_under_test(name)
            plugin = _Alarm(alarm)
            code = int(pytest.main([*MUTMUT_PYTEST_ARGS, *tests, *pytest_args], plugins=[plugin]))
            code = TIMEOUT if plugin.fired and code else code
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    deadline = time.monotonic() + limit
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:  # stuck where the alarm cannot reach it
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return TIMEOUT
        time.sleep(0.2)


def worker(spec_path: Path, out: Callable[[str], None] = print) -> dict[str, int]:
    """Run in a group's ``mutants/`` (the mutated tree first on ``sys.path``): each mutant of the
    spec against its tests, recorded in mutmut's ``.meta`` as it finishes. Its exit code by name."""
    import time

    import pytest

    spec = json.loads(spec_path.read_text("utf-8"))
    status_of = mutmut_statuses()
    with contextlib.redirect_stdout(sys.stderr):  # import the tests once; each child inherits them
        pytest.main(["--collect-only", "-qqq", *MUTMUT_PYTEST_ARGS[:2], *spec["tests"], *spec["pytest_args"]])
    # the tests must pass without a mutant, or every mutant would count as killed (mutmut's clean run)
    clean = _run_one("", spec["tests"], spec["pytest_args"], spec["alarm"], spec["limit"])
    if clean:
        out(f"the tests fail with no mutant (exit code {clean}): nothing run, nothing recorded")
        return {}
    results = {}
    for name, module in spec["mutants"].items():
        start = time.monotonic()
        code = _run_one(name, spec["tests"], spec["pytest_args"], spec["alarm"], spec["limit"])
        duration = time.monotonic() - start
        record_result(Path(module + ".meta"), name, code, duration)
        results[name] = code
        out(f"{name}: {status_of[code]} ({duration:.0f} s)")
    return results


def run_in_process(group: Group, *, nice: int, mutants: list[str], tests: list[str], alarm: int,
                   limit: float) -> int:
    """mutmut's own mutants of the group run in-process (no stats run), results in its record."""
    import fcntl

    (work := WORK / group.name).mkdir(parents=True, exist_ok=True)
    with (work / "in-process.lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"mutation: group {group.name}: another --in-process run holds {work}", flush=True)
            return 1
        return _in_process(group, nice=nice, mutants=mutants, tests=tests, alarm=alarm, limit=limit)


def _in_process(group: Group, *, nice: int, mutants: list[str], tests: list[str], alarm: int,
                limit: float) -> int:
    copy = prepare(group)
    print(f"mutation: group {group.name}: generating mutmut's mutants in {copy / 'mutants'}", flush=True)
    generate(copy)
    chosen = select_mutants(group, mutants)
    if not chosen:
        print(f"mutation: group {group.name}: no mutant named {' '.join(mutants) or '(none untried)'}")
        return 1
    settings = tomllib.loads((copy / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]
    spec = {"mutants": chosen, "tests": tests or list(group.tests), "alarm": alarm, "limit": limit,
            "pytest_args": list(settings.get("pytest_add_cli_args", []))}
    (copy / SPEC).write_text(json.dumps(spec, indent=1), "utf-8")
    log = copy / "in-process.log"
    print(f"mutation: group {group.name}: {len(chosen)} mutants against {' '.join(spec['tests'])}; "
          f"pytest's output in {log}", flush=True)
    with log.open("w") as err:
        done = subprocess.run(["nice", "-n", str(nice), sys.executable, "-m", "tests.mutation.run",
                               "--worker", str(copy / SPEC)],
                              cwd=copy / "mutants", stderr=err, check=False)
    if done.returncode:
        print(f"mutation: group {group.name}: the worker exited {done.returncode}, see {log}", flush=True)
    return done.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutation.run", description=__doc__.split("\n")[0])
    parser.add_argument("groups", nargs="*", help="groups of groups.toml (all by default)")
    parser.add_argument("--report", action="store_true", help="print the table only, run nothing")
    parser.add_argument("--children", type=int, default=1, help="mutmut --max-children (default 1)")
    parser.add_argument("--nice", type=int, default=10, help="nice level of mutmut (default 10)")
    parser.add_argument("--mutants", default="", help="mutmut's name patterns, space-separated")
    parser.add_argument("--fingerprint", metavar="PATTERNS",
                        help="write into equivalent.txt the fingerprint of the current diff of the "
                             "entries these name patterns (space-separated) match, after reading "
                             "each diff against its reason; runs nothing")
    parser.add_argument("--in-process", action="store_true",
                        help="run mutmut's own mutants without its stats run: generate them in the "
                             "group's copy, then one forked pytest session per mutant (the --mutants "
                             "named, or those never run) with mutmut's arguments, each result written "
                             "to mutmut's record")
    parser.add_argument("--tests", default="",
                        help="with --in-process: the tests to run (space-separated; the group's by default)")
    parser.add_argument("--alarm", type=int, default=40,
                        help="with --in-process: seconds a test may take before it fails and the "
                             "mutant counts as a timeout (default 40)")
    parser.add_argument("--limit", type=float, default=900,
                        help="with --in-process: seconds a mutant's run may take before it is killed "
                             "and counts as a timeout (default 900)")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return 0 if worker(args.worker) else 1

    groups = load_groups()
    unknown = [name for name in args.groups if name not in groups]
    if unknown:
        parser.error(f"no group {', '.join(unknown)} in {GROUPS.relative_to(ROOT)}: {', '.join(groups)}")
    chosen = [groups[name] for name in args.groups] or list(groups.values())
    status_of = mutmut_statuses()

    if args.fingerprint is not None:
        if not args.fingerprint.split():
            parser.error("--fingerprint needs the entries' names or name patterns")
        write_fingerprints(args.fingerprint.split(), load_entries(), load_records(chosen), status_of)
        return 0
    failed = 0
    if args.in_process:
        for group in chosen:
            failed += run_in_process(group, nice=args.nice, mutants=args.mutants.split(),
                                     tests=args.tests.split(), alarm=args.alarm, limit=args.limit) != 0
    elif not args.report:
        for group in chosen:
            failed += run_group(group, children=args.children, nice=args.nice,
                                mutants=args.mutants.split()) != 0
    print()
    # after a run, every group that has results; the report alone, the groups named
    shown = chosen if args.report else list(groups.values())
    checked = triage(load_entries(), load_records(shown))
    report(shown, status_of, checked.equivalent)
    report_triage(checked)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
