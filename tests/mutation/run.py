"""`make mutation`: mutmut over the groups of tests/mutation/groups.toml, then one table of results.

Each group runs in its own copy of the tree, ``mutants-work/<group>/`` (git-ignored): the copy is
refreshed from the working tree on every run, its ``pyproject.toml`` gets a ``[tool.mutmut]``
narrowed to the group's modules and tests, and mutmut's ``mutants/`` folder is kept, so a later run
resumes (mutmut re-tries only the mutants of functions that changed). One mutmut run over every
module at once never got past its first, instrumented run of every test on this machine.

    python -m tests.mutation.run                     # every group, then the table
    python -m tests.mutation.run perimeter calendar  # the groups named
    python -m tests.mutation.run --report            # the table of what has been run, nothing run

The table reads mutmut's own record (``mutants/<module>.meta``, its exit code per mutant, named by
mutmut's ``status_by_exit_code``). The rate is killed / (tried - equivalent): a timeout counts as
not killed until someone confirms it, and ``equivalent.txt`` lists the mutants triaged as
equivalent or harmless.
"""

from __future__ import annotations

import argparse
import json
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


def load_equivalent(path: Path = EQUIVALENT) -> set[str]:
    """The mutant names of ``equivalent.txt`` (``name  # reason``; ``#`` lines are comments)."""
    names = set()
    for line in path.read_text("utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.add(name)
    return names


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


def group_rows(group: Group, status_of: Mapping[int | None, str], equivalent: set[str],
               work: Path = WORK) -> list[Row]:
    """A row per module of the group that mutmut has a record of in the group's copy."""
    mutants = work / group.name / "mutants"
    rows = []
    for meta in sorted(mutants.rglob("*.py.meta")) if mutants.is_dir() else ():
        module = meta.relative_to(mutants).as_posix().removesuffix(".meta")
        if not group.covers(module):
            continue  # a module since moved to another group
        exit_codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        rows.append(module_row(module, exit_codes, status_of, equivalent))
    return rows


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutation.run", description=__doc__.split("\n")[0])
    parser.add_argument("groups", nargs="*", help="groups of groups.toml (all by default)")
    parser.add_argument("--report", action="store_true", help="print the table only, run nothing")
    parser.add_argument("--children", type=int, default=1, help="mutmut --max-children (default 1)")
    parser.add_argument("--nice", type=int, default=10, help="nice level of mutmut (default 10)")
    parser.add_argument("--mutants", default="", help="mutmut's name patterns, space-separated")
    args = parser.parse_args(argv)

    groups = load_groups()
    unknown = [name for name in args.groups if name not in groups]
    if unknown:
        parser.error(f"no group {', '.join(unknown)} in {GROUPS.relative_to(ROOT)}: {', '.join(groups)}")
    chosen = [groups[name] for name in args.groups] or list(groups.values())
    status_of = mutmut_statuses()

    failed = 0
    if not args.report:
        for group in chosen:
            failed += run_group(group, children=args.children, nice=args.nice,
                                mutants=args.mutants.split()) != 0
    print()
    # after a run, every group that has results; the report alone, the groups named
    report(chosen if args.report else groups.values(), status_of, load_equivalent())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
