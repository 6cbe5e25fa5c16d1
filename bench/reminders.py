"""A reminder pass over every obligation, against one plain indexed query over the same table.

A pass writes (ledger rows, outbox messages), so each timed run works on its own copy of the
loaded database. Peak memory is measured in a fresh subprocess:

    python -m bench.reminders memory DATABASE_URL [RUNS]   # prints JSON: rss before, peak, queued

Every pass is timed two ways, interleaved: **warm**, on an engine that has run a pass before (its
statements compiled: what the scheduler of ``tracker serve`` pays, one engine for the process's
life; the target figure), and **cold**, on a new engine (every statement compiled again: what
``tracker remind`` pays, one process for one pass, imports and start-up not counted).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from bench import database, subjects

REPO = Path(__file__).resolve().parents[1]

#: the baseline: every open obligation with a due date, through the (status, due_on) index
INDEXED_QUERY = (
    "SELECT id, due_on FROM obligations "
    "WHERE status IN ('not_started', 'in_progress') AND due_on IS NOT NULL ORDER BY due_on"
)


def settings():
    from tracker.reminders import ReminderSettings

    return ReminderSettings(secret_key="bench-not-a-secret", base_url="http://127.0.0.1:5000")


def one_pass(factory, *, dry_run: bool = False) -> tuple[float, int]:
    """Seconds for one ``run_pass`` at the bench's ``NOW`` on ``factory``'s engine, and how many
    reminders it queued.

    ``dry_run``: the scan over all obligations only (what would be queued; nothing written or sent)."""
    run_pass = subjects.reminder_pass()
    start = time.perf_counter()
    result = run_pass(factory, subjects.NOW, settings(), dry_run=dry_run)
    seconds = time.perf_counter() - start
    queued = getattr(getattr(result, "queue", None), "queued", 0) or 0
    return seconds, queued


def cold_pass(url: str, *, dry_run: bool = False) -> tuple[float, int]:
    """One pass on a new engine: its statements compiled again, as one ``tracker remind`` does."""
    engine, factory = database.session_factory(url)
    try:
        return one_pass(factory, dry_run=dry_run)
    finally:
        engine.dispose()


@dataclass
class Passes:
    warm: list[float] = field(default_factory=list)
    cold: list[float] = field(default_factory=list)
    queued: int = 0


def passes(url: str, runs: int, *, dry_run: bool = False, engine=None) -> Passes:
    """``runs`` warm and ``runs`` cold passes, alternating. Warm: one engine (``engine``, a pair
    ``(engine, factory)``, or a new one) on which an untimed pass has run first; cold: a new engine
    per pass. Without ``dry_run`` every pass after the first finds its stages in the ledger."""
    own = engine is None
    eng, factory = database.session_factory(url) if own else engine
    out = Passes()
    try:
        one_pass(factory, dry_run=dry_run)  # compiles this kind of pass's statements on this engine
        for _ in range(runs):
            seconds, out.queued = one_pass(factory, dry_run=dry_run)
            out.warm.append(seconds)
            out.cold.append(cold_pass(url, dry_run=dry_run)[0])
    finally:
        if own:
            eng.dispose()
    return out


def indexed_query(url: str, runs: int) -> tuple[list[float], int]:
    engine, _ = database.session_factory(url)
    times, rows = [], 0
    try:
        with engine.connect() as conn:
            conn.execute(text(INDEXED_QUERY)).all()  # warm the page cache like the pass finds it
            for _ in range(runs):
                start = time.perf_counter()
                rows = len(conn.execute(text(INDEXED_QUERY)).all())
                times.append(time.perf_counter() - start)
    finally:
        engine.dispose()
    return times, rows


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def memory(url: str, runs: int = 3) -> dict:
    """Peak RSS of a process that runs one pass (and its RSS before the pass, imports done), then
    ``runs`` steady passes warm and cold (:func:`passes`)."""
    cmd = [sys.executable, "-m", "bench.reminders", "memory", url, str(runs)]
    out = subprocess.run(cmd, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)),
                         capture_output=True, text=True, timeout=900, check=False)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the pass process failed: {last}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _memory_main(url: str, runs: int) -> None:
    import logging

    logging.disable(logging.INFO)
    import tracker.models  # noqa: F401
    import tracker.reminders  # noqa: F401

    before = _status_kb("VmRSS") * 1024
    engine = database.session_factory(url)
    seconds, queued = one_pass(engine[1])  # the first pass: a new engine, as a fresh process has
    peak = _status_kb("VmHWM") * 1024
    # the steady state: the same ``now`` finds nothing new, on the same engine and on new ones
    again = passes(url, runs, engine=engine)
    engine[0].dispose()
    print(json.dumps({"rss_before": before, "peak": peak, "seconds": seconds, "queued": queued,
                      "again_warm": again.warm, "again_cold": again.cold, "again_queued": again.queued}))


if __name__ == "__main__":
    if len(sys.argv) in (3, 4) and sys.argv[1] == "memory":
        _memory_main(sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 3)
    else:
        raise SystemExit("usage: python -m bench.reminders memory DATABASE_URL [RUNS]")
