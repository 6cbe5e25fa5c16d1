"""Waiting on a ``tracker serve`` the test started: by a deadline, not a number of tries (on a loaded
machine start-up alone outlasted 200 tries of 0.1 s, and the first request was refused), failing at once
with the server's log if it exits."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path


def answers(base: str) -> bool:
    """Whether the server at ``base`` answers ``/healthz``."""
    try:
        urllib.request.urlopen(base + "/healthz", timeout=2).close()  # noqa: S310 (loopback)
    except OSError:
        return False
    return True


def until(condition: Callable[[], bool], what: str, server: subprocess.Popen, log: Path | None = None,
          seconds: float = 180.0) -> None:
    """Wait until ``condition()``; fail if ``server`` exits or ``seconds`` pass first."""
    deadline = time.monotonic() + seconds
    while not condition():
        tail = log.read_text()[-3000:] if log is not None else ""
        assert server.poll() is None, f"tracker serve exited with {server.returncode}:\n{tail}"
        assert time.monotonic() < deadline, f"{what}: not in {seconds:.0f} s\n{tail}"
        time.sleep(0.1)
