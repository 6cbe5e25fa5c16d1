"""A reminder pass over every obligation, against one plain indexed query over the same table.

A pass writes (ledger rows, outbox messages), so each timed run works on its own copy of the
loaded database. Peak memory is measured in a fresh subprocess:

    python -m bench.reminders memory DATABASE_URL     # prints JSON: rss before, peak, queued
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
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


def one_pass(url: str, *, dry_run: bool = False) -> tuple[float, int]:
    """Seconds for one ``run_pass`` at the bench's ``NOW``, and how many reminders it queued.

    ``dry_run``: the scan over all obligations only (queue, then roll back; nothing is sent)."""
    run_pass = subjects.reminder_pass()
    engine, factory = database.session_factory(url)
    try:
        start = time.perf_counter()
        result = run_pass(factory, subjects.NOW, settings(), dry_run=dry_run)
        seconds = time.perf_counter() - start
    finally:
        engine.dispose()
    queued = getattr(getattr(result, "queue", None), "queued", 0) or 0
    return seconds, queued


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


def memory(url: str) -> dict:
    """Peak RSS of a process that runs one pass (and its RSS before the pass, imports done)."""
    cmd = [sys.executable, "-m", "bench.reminders", "memory", url]
    out = subprocess.run(cmd, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)),
                         capture_output=True, text=True, timeout=900, check=False)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the pass process failed: {last}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _memory_main(url: str) -> None:
    import logging

    logging.disable(logging.INFO)
    import tracker.models  # noqa: F401
    import tracker.reminders  # noqa: F401

    before = _status_kb("VmRSS") * 1024
    seconds, queued = one_pass(url)
    peak = _status_kb("VmHWM") * 1024
    again, queued_again = one_pass(url)  # the steady state: the same ``now`` finds nothing new
    print(json.dumps({"rss_before": before, "peak": peak, "seconds": seconds, "queued": queued,
                      "again_seconds": again, "again_queued": queued_again}))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "memory":
        _memory_main(sys.argv[2])
    else:
        raise SystemExit("usage: python -m bench.reminders memory DATABASE_URL")
