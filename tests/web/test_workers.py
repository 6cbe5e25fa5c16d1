"""``tracker serve --workers 2 --with-scheduler``, a real process tree on a free port: both workers
answer on the one port, the scheduler runs once (in the supervisor, never in a worker), a killed
worker is replaced, and SIGTERM stops every process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.conftest import create_migrated_database
from tests.reminders.conftest import free_port
from tests.serving import until

TRACKER = str(Path(sys.executable).with_name("tracker"))


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
def test_two_workers_share_the_port_one_scheduler_and_stop_together(database_url, tmp_path):
    url, drop = create_migrated_database(database_url, tmp_path)
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "workers-test",
           "REMINDER_INTERVAL_MINUTES": "0.05"}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [TRACKER, "serve", "--port", str(port), "--workers", "2", "--with-scheduler",
             "--served-by-header"],
            env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    answered: set[int] = set()

    def answered_by(pids: set[int]) -> bool:
        try:  # a new connection each time: the kernel hands it to either worker
            response = requests.get(base + "/healthz", timeout=60)  # a loaded machine
        except requests.ConnectionError:
            return False
        assert response.status_code == 200
        answered.add(int(response.headers["X-Served-By"]))
        return pids <= answered

    try:
        until(lambda: len(_children(server.pid)) == 2, "two workers", server, log)
        workers = _children(server.pid)
        until(lambda: answered_by(workers), "an answer from each worker", server, log)
        assert answered == workers  # never the supervisor
        until(lambda: log.read_text().count("reminder pass turn taken") >= 2, "two passes", server, log)
        # the scheduler runs once, in the supervisor: no worker was told to run it
        assert log.read_text().count("Scheduler started") == 1
        for pid in workers:
            assert b"--with-scheduler" not in Path(f"/proc/{pid}/cmdline").read_bytes()

        killed = min(workers)
        os.kill(killed, signal.SIGKILL)
        until(lambda: len(_children(server.pid) - workers) == 1, "a worker in place of the killed",
               server, log)
        replacement = _children(server.pid) - workers
        until(lambda: answered_by(replacement), "an answer from the new worker", server, log)
        assert "killed by signal 9; starting another" in log.read_text()
        workers = _children(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=60)
        finally:
            server.kill()
            drop()
    assert code == 0, log.read_text()[-3000:]
    assert not any(_running(pid) for pid in workers)
    assert log.read_text().count("Scheduler has been shut down") == 1


def test_a_worker_that_fails_by_itself_stops_the_server():
    """A worker exiting with an error (here: an option ``tracker serve`` does not know) is not
    started again, the next would fail the same way: supervising ends with the worker's status."""
    from tracker.web.workers import WorkerFailed, Workers, shared_memory

    shared = shared_memory(2)
    workers = Workers(1, shared, ["--no-such-option"])
    try:
        workers.start()
        with pytest.raises(WorkerFailed, match=r"worker 1 \(pid \d+\) exited with status 2"):
            workers.supervise(interval=0.1)
    finally:
        workers.stop()
        os.close(shared)
