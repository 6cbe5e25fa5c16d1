"""Mutants planted by hand, one at a time, each run against the tests named for its function.

mutmut tries one or two mutants a minute on this shared two-core machine; planting the usual
operator changes by hand (a comparison flipped, a constant off by one, a call or a condition
removed, ``and``/``or`` swapped, ``None`` returned, ...) and running only the fastest tests of
the function with ``-x`` is several times faster, and reproducible from the mutants' file:

    python -m tests.mutation.plant tests/mutation/planted/importing.toml
    python -m tests.mutation.plant FILE --only rows.insert_rows       # ids starting so
    python -m tests.mutation.plant FILE --tests tests/x.py --phase new  # other tests, own log

The file lists functions, each with its module, the tests to run and its mutants, ``[old, new]``
(or ``[old, new, n]``: the n-th occurrence, from 0) replaced inside the function's source alone
(``name = "<module>"``: anywhere in the module); ``env`` sets variables for its tests (e.g.
``TEST_DATABASE_URL`` for code that runs on PostgreSQL only)::

    [[function]]
    file = "tracker/services/importing/rows.py"
    name = "insert_rows"            # or "Class.method"
    tests = ["tests/services/test_rows.py"]
    mutants = [["if not rows:", "if rows:"], ...]

``tests`` may also name a list of the file's ``[tests]`` table (``tests = "import"``).

A mutant's id is ``<module stem>.<function>#<k>`` (k from 1, in the file's order). Each is planted
in a copy of the tree (``mutants-work/plant/``, or ``--copy``'s, refreshed from the working tree at
the start; the working tree is never written), pytest runs there with ``-x`` (the copy's
``tracker`` is the one imported: the current directory comes first on ``sys.path``), and the
copy's file is restored.
Fates: ``killed`` (a test failed), ``survived``, ``timeout``, ``error`` (pytest could not run:
counted as killed only if it is the mutant's doing, e.g. a syntax error). One line per mutant is
appended to the log (``<file>.<phase>.log`` beside the mutants' file); ids already in the log are
skipped, so a stopped run resumes.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tests.mutation.run import ROOT, WORK, copy_tree


@dataclass(frozen=True)
class Mutant:
    id: str
    file: str
    function: str
    old: str
    new: str
    nth: int
    tests: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()


def function_span(source: str, name: str) -> tuple[int, int]:
    """Character offsets of the function (``Class.method`` for a method) in ``source``; the whole
    of it for ``<module>`` (a module-level statement's text)."""
    if name == "<module>":
        return 0, len(source)
    tree = ast.parse(source)
    *owners, last = name.split(".")
    body = tree.body
    for owner in owners:
        body = next(n.body for n in body if isinstance(n, ast.ClassDef) and n.name == owner)
    node = next(n for n in body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == last)
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    lines = source.splitlines(keepends=True)
    start = sum(len(line) for line in lines[:first - 1])
    end = sum(len(line) for line in lines[:node.end_lineno])
    return start, end


def mutate(source: str, mutant: Mutant) -> str:
    """``source`` with the mutant planted; ValueError when its text is not in the function."""
    start, end = function_span(source, mutant.function)
    body = source[start:end]
    at = -1
    for _ in range(mutant.nth + 1):
        at = body.find(mutant.old, at + 1)
        if at < 0:
            raise ValueError(f"{mutant.id}: {mutant.old!r} (#{mutant.nth}) not in {mutant.function}")
    mutated = body[:at] + mutant.new + body[at + len(mutant.old):]
    return source[:start] + mutated + source[end:]


def load(path: Path) -> list[Mutant]:
    data = tomllib.loads(path.read_text("utf-8"))
    mutants, seen = [], {}
    for fn in data["function"]:
        tests = fn["tests"]
        if isinstance(tests, str):  # the name of a list in the file's [tests] table
            tests = data["tests"][tests]
        stem = Path(fn["file"]).stem
        first = seen.get((stem, fn["name"]), 0)  # a function listed twice numbers on
        seen[(stem, fn["name"])] = first + len(fn["mutants"])
        for k, spec in enumerate(fn["mutants"], start=first + 1):
            old, new, *nth = spec
            mutants.append(Mutant(f"{stem}.{fn['name']}#{k}", fn["file"], fn["name"], old, new,
                                  nth[0] if nth else 0, tuple(tests),
                                  tuple(fn.get("env", {}).items())))
    return mutants


def refresh_copy(copy: Path) -> None:
    copy_tree(copy)
    for name in ("pyproject.toml", "conftest.py", "pytest.ini", "setup.cfg"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, copy / name)


def run_tests(copy: Path, tests: tuple[str, ...], timeout: float, env: dict[str, str]) -> tuple[str, float]:
    started = time.monotonic()
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
               "-p", "no:randomly", *tests]
    try:
        done = subprocess.run(command, cwd=copy, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **env})
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - started
    fate = {0: "survived", 1: "killed"}.get(done.returncode, f"error({done.returncode})")
    return fate, time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mutants", type=Path)
    parser.add_argument("--only", nargs="*", default=(), help="ids starting with any of these")
    parser.add_argument("--tests", nargs="*", help="run these tests instead of the function's")
    parser.add_argument("--phase", default="before", help="the log's name: <mutants>.<phase>.log")
    parser.add_argument("--survivors-of", help="only the mutants that survived in this phase's log")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--copy", default="plant", help="the copy of the tree: mutants-work/<copy>/ "
                        "(one per run going on at the same time)")
    parser.add_argument("--in-process", action="store_true",
                        help="one pytest session, each mutant's function code swapped in memory")
    parser.add_argument("--env", action="store_true",
                        help="--in-process: the mutants with an env (PostgreSQL's), not the others")
    parser.add_argument("--check", action="store_true", help="only check that every mutant applies")
    args = parser.parse_args(argv)

    mutants = load(args.mutants)
    if args.only:
        mutants = [m for m in mutants if m.id.startswith(tuple(args.only))]
    if args.in_process:  # one environment per process: with --env those with one, else the others
        mutants = [m for m in mutants if bool(m.env) == args.env]
    sources = {m.file: (ROOT / m.file).read_text("utf-8") for m in mutants}
    for m in mutants:  # every mutant must apply and change something before anything runs
        mutated = mutate(sources[m.file], m)
        if mutated == sources[m.file]:
            raise SystemExit(f"{m.id}: changes nothing")
        try:
            compile(mutated, m.file, "exec")
        except SyntaxError as e:
            raise SystemExit(f"{m.id}: {e}") from e
    if args.check:
        print(f"{len(mutants)} mutants apply")
        return 0

    log = args.mutants.with_name(f"{args.mutants.stem}.{args.phase}.log")
    done = {line.split()[0] for line in log.read_text("utf-8").splitlines() if line.strip()} \
        if log.exists() else set()
    if args.survivors_of:
        other = args.mutants.with_name(f"{args.mutants.stem}.{args.survivors_of}.log")
        alive = {line.split()[0] for line in other.read_text("utf-8").splitlines()
                 if line.split()[1:2] != ["killed"]}
        mutants = [m for m in mutants if m.id in alive]
    mutants = [m for m in mutants if m.id not in done]
    if args.in_process:
        return run_in_process(mutants, sources, args, log)
    copy = WORK / args.copy
    refresh_copy(copy)
    check = subprocess.run([sys.executable, "-c", "import tracker; print(tracker.__file__)"],
                           cwd=copy, capture_output=True, text=True, check=True).stdout.strip()
    if not check.startswith(str(copy)):
        raise SystemExit(f"the copy's tracker is not the one imported: {check}")
    for m in mutants:
        target = copy / m.file
        target.write_text(mutate(sources[m.file], m), "utf-8")
        try:
            fate, seconds = run_tests(copy, tuple(args.tests) if args.tests else m.tests, args.timeout,
                                      dict(m.env))
        finally:
            target.write_text(sources[m.file], "utf-8")
        record(log, m, fate, seconds)
    return 0


def record(log: Path, m: Mutant, fate: str, seconds: float) -> None:
    line = f"{m.id}  {fate}  {seconds:.0f}s  {m.old!r} -> {m.new!r}"
    print(line, flush=True)
    with log.open("a", encoding="utf-8") as f:
        f.write(line + "\n")


# --- in one process ----------------------------------------------------------------------------
# One pytest session collects every test once; each mutant swaps the code of its function in the
# live module (every importer holds the same function object), runs the mutant's tests in order
# until one fails, and swaps the code back. No interpreter start, import, collection or migration
# per mutant. A ``<module>`` mutant re-runs, in the module's namespace, only the top-level
# statements it changes (constants: the prepared statements), then the original ones. The
# modules' own caches (module-level dicts: statements built once per process) are emptied after
# each mutant, so nothing a mutant built outlives it.


class _Timeout(Exception):
    pass


def _function(module, name: str):
    """The function object ``name`` (``Class.method``; a property's getter, a static or class
    method's function) of ``module``."""
    *owners, last = name.split(".")
    holder = module
    for owner in owners:
        holder = getattr(holder, owner)
    value = holder.__dict__[last] if owners else getattr(holder, last)
    if isinstance(value, property):
        return value.fget
    if isinstance(value, staticmethod | classmethod):
        return value.__func__
    return value


def _module_name(file: str) -> str:
    return file.removesuffix(".py").replace("/", ".")


def _changed_statements(source: str, mutated: str) -> tuple[str, str]:
    """The top-level statements of ``mutated`` that differ from ``source``'s, as code, and the
    originals (both modules have the same statements, but one changed)."""
    old_body, new_body = ast.parse(source).body, ast.parse(mutated).body
    pairs = [(o, n) for o, n in zip(old_body, new_body, strict=True) if ast.dump(o) != ast.dump(n)]
    return (ast.unparse(ast.Module([n for _, n in pairs], [])),
            ast.unparse(ast.Module([o for o, _ in pairs], [])))


class _Planter:
    """The pytest plugin that runs the mutants in ``pytest_runtestloop``."""

    def __init__(self, mutants, sources, args, log):
        self.mutants, self.sources, self.args, self.log = mutants, sources, args, log
        self.failed = False

    def pytest_runtest_logreport(self, report):
        if report.failed:
            self.failed = True

    def pytest_runtestloop(self, session):
        import importlib
        import signal

        def alarm(_signum, _frame):
            raise _Timeout

        signal.signal(signal.SIGALRM, alarm)
        for m in self.mutants:
            tests = tuple(self.args.tests) if self.args.tests else m.tests
            # a file, a class or a function: its tests, a parametrized function's every case
            items = [i for t in tests for i in session.items
                     if i.nodeid == t or i.nodeid.startswith((t + "::", t + "["))]
            module = importlib.import_module(_module_name(m.file))
            caches = {k: dict(v) for k, v in vars(module).items()
                      if isinstance(v, dict) and k.lstrip("_").isupper()}
            mutated = mutate(self.sources[m.file], m)
            if m.function == "<module>":
                new, old = _changed_statements(self.sources[m.file], mutated)
                exec(compile(new, m.file, "exec"), vars(module))  # noqa: S102
                undo = lambda old=old, module=module, file=m.file: exec(  # noqa: E731, S102
                    compile(old, file, "exec"), vars(module))
            else:
                scratch = dict(vars(module))
                exec(compile(mutated, m.file, "exec"), scratch)  # noqa: S102
                target = _function(module, m.function)
                original = target.__code__
                holder = type(module)("scratch")
                holder.__dict__.update(scratch)
                target.__code__ = _function(holder, m.function).__code__
                undo = lambda target=target, original=original: setattr(target, "__code__", original)  # noqa: E731
            started, fate = time.monotonic(), "survived"
            self.failed = False
            try:
                signal.alarm(int(self.args.timeout))
                for k, item in enumerate(items):
                    # the next item keeps the session's fixtures (the migrated database) set up
                    following = items[k + 1] if k + 1 < len(items) else items[0]
                    try:
                        item.ihook.pytest_runtest_protocol(item=item, nextitem=following)
                    except _Timeout:
                        fate = "timeout"
                        break
                    if self.failed:
                        fate = "killed"
                        break
            except _Timeout:
                fate = "timeout"
            finally:
                signal.alarm(0)
                # down to the session (its fixtures, the migrated database, stay): the next
                # mutant's first test may be in another module than the one this run stopped in
                session._setupstate.teardown_exact(session)
                undo()
                for k, v in caches.items():
                    getattr(module, k).clear()
                    getattr(module, k).update(v)
                session.shouldfail = session.shouldstop = False
                session.testsfailed = 0
            if fate == "survived" and self.failed:
                fate = "killed"
            record(self.log, m, fate, time.monotonic() - started)
        return True


def run_in_process(mutants, sources, args, log) -> int:
    import contextlib

    import pytest

    envs = {m.env for m in mutants}
    if len(envs) > 1:
        raise SystemExit("--in-process: the mutants run need the same env (run each env apart)")
    os.environ.update(dict(next(iter(envs), ())))
    tests = list(dict.fromkeys(t for m in mutants for t in (args.tests or m.tests)))
    planter = _Planter(mutants, sources, args, log)
    with open(log.with_suffix(".pytest"), "w") as out, contextlib.redirect_stdout(out):
        pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly", *tests], plugins=[planter])
    return 0


if __name__ == "__main__":
    sys.exit(main())
