"""Three web processes and two schedulers started at once on a fresh database all run; the web
processes run no reminder pass; the schedulers take turns, so one pass runs per interval."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.conftest import create_migrated_database
from tests.reminders.conftest import free_port

TRACKER = str(Path(sys.executable).with_name("tracker"))
#: 3 seconds: a ten-minute run at one minute, compressed
INTERVAL_MINUTES = 0.05
#: the time each pass claimed its turn with: the time ``turns`` compares, not when the pass got
#: round to logging its work, which a loaded machine delays by any amount
PASS_RE = re.compile(r"reminder pass turn taken at (\S+)")


@pytest.mark.slow
def test_three_web_processes_and_two_schedulers_share_one_pass_per_interval(database_url, tmp_path):
    url, drop = create_migrated_database(database_url, tmp_path)
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "processes-test",
           "REMINDER_INTERVAL_MINUTES": str(INTERVAL_MINUTES)}
    ports = [free_port() for _ in range(3)]
    commands = [[TRACKER, "serve", "--port", str(p)] for p in ports] + [[TRACKER, "scheduler"]] * 2
    logs = [tmp_path / f"p{i}.log" for i in range(len(commands))]
    files = [log.open("w") for log in logs]
    procs = [subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
             for cmd, out in zip(commands, files, strict=True)]
    try:
        healthy: set[int] = set()
        passes: list[str] = []
        for _ in range(240):  # bounded: at most about two minutes on a busy machine
            for port in set(ports) - healthy:
                try:
                    if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                        healthy.add(port)
                except requests.ConnectionError:
                    pass
            passes = [m for log in logs[3:] for m in PASS_RE.findall(log.read_text())]
            if len(healthy) == 3 and len(passes) >= 4:
                break
            assert all(p.poll() is None for p in procs), [log.read_text()[-1500:] for log in logs]
            time.sleep(0.5)
        assert all(p.poll() is None for p in procs), [log.read_text()[-1500:] for log in logs]
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=30)
        for out in files:
            out.close()
        drop()
    outputs = [log.read_text() for log in logs]
    assert healthy == set(ports)
    assert len(passes) >= 4, outputs[3:]
    # the web processes ran none; the schedulers never two in one interval
    assert not any(PASS_RE.search(out) for out in outputs[:3])
    started = sorted(dt.datetime.fromisoformat(p) for p in passes)
    gaps = [b - a for a, b in zip(started, started[1:], strict=False)]
    assert min(gaps) >= dt.timedelta(minutes=INTERVAL_MINUTES) * 0.9, gaps
    assert "deferred: another scheduler ran it" in outputs[3] + outputs[4]
