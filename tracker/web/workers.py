"""Several web processes on one port (``tracker serve --workers N``).

One Python process holds one GIL, so a single waitress process keeps one core busy however many
clients it has. With ``--workers N`` the command's process takes the port, then starts N
*workers*: fresh interpreters running ``tracker serve --worker …``, each building its own app,
engine and connections from the same environment and listening on its own socket of the port
(``SO_REUSEPORT``: Linux hands each new connection to one listening socket by a hash of its
addresses). One socket shared by all (tried first) let whichever worker woke first take a burst
of new connections: 8 keep-alive clients connecting at once all landed on one worker in 2 trials
of 5. A worker is started, not forked: nothing of this process (the scheduler's threads, its
engine's pool, a lock some thread held) reaches a worker.

This process serves nothing. It supervises: a worker killed by a signal (the OOM killer, a crash, a
``kill``) or stopped cleanly by one is started again (at most ``RESTARTS`` times a minute); a
worker that exits with an error by itself (it could not start: a bad setting, an unreachable
database) stops the server with that error, since the next one would fail the same way. SIGTERM or
Ctrl-C stops every worker, then this process. A worker whose supervisor is gone (killed outright)
stops too: it reads its standard input, a pipe only the supervisor writes to, until end of file.

The dashboards' read caches of all the processes share a few bytes of memory
(``tracker.services.readcache.share_generations``): a write committed in one worker, or by the
scheduler in this process, empties every worker's cache before its next read, as one process's
own writes do.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass

log = logging.getLogger(__name__)

#: restarts of killed workers allowed within a minute before the server gives up (a crash loop)
RESTARTS = 5
#: seconds a worker has to finish its requests after SIGTERM before it is killed
STOP_SECONDS = 30.0
#: ``python -c`` for the command line ``tracker …``, whichever script or interpreter this one is
_TRACKER = ("-c", "from tracker.cli import main; main()")


@dataclass(frozen=True)
class Place:
    """What a worker inherits: the read caches' shared memory's descriptor, and its slot in that
    memory (0 is the supervisor's). Passed as ``--worker SHARED:SLOT``."""

    shared_fd: int
    slot: int

    def __str__(self) -> str:
        return f"{self.shared_fd}:{self.slot}"

    @classmethod
    def parse(cls, text: str) -> Place:
        shared_fd, slot = (int(part) for part in text.split(":"))
        return cls(shared_fd, slot)


class WorkerFailed(Exception):
    """A worker exited with an error by itself, or killed workers were restarted too often."""


def port_socket(host: str, port: int, *, listen: bool) -> socket.socket:
    """A socket bound to ``host:port`` beside the others of its server (``SO_REUSEPORT``, which
    only sockets of the same user can join). The supervisor's only holds the port (bound before
    any worker starts, never listening, so it is handed no connection); each worker listens on
    its own."""
    info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(info[0], socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind(info[4])
        if listen:
            sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return sock


def shared_memory(slots: int) -> int:
    """A file of ``slots`` counters, unlinked, for the read caches (``share_generations``)."""
    with tempfile.TemporaryFile(prefix="tracker-read-cache-") as file:
        file.truncate(8 * slots)
        return os.dup(file.fileno())


class Workers:
    """``count`` workers of ``tracker serve <args> --worker …``, kept running."""

    def __init__(self, count: int, shared_fd: int, args: list[str]):
        self.count, self.shared_fd, self.args = count, shared_fd, args
        self.procs: dict[int, subprocess.Popen] = {}  # slot -> worker
        self._restarts: deque[float] = deque()

    def _start(self, slot: int) -> None:
        place = Place(self.shared_fd, slot)
        self.procs[slot] = subprocess.Popen(
            [sys.executable, *_TRACKER, "serve", *self.args, "--worker", str(place)],
            stdin=subprocess.PIPE, pass_fds=(place.shared_fd,),
        )

    def start(self) -> None:
        for slot in range(1, self.count + 1):
            self._start(slot)

    def supervise(self, interval: float = 0.5) -> None:
        """Restart killed workers until interrupted (SIGTERM, Ctrl-C); raise ``WorkerFailed``."""
        while True:
            time.sleep(interval)
            for slot, proc in list(self.procs.items()):
                code = proc.poll()
                if code is None:
                    continue
                if code > 0:
                    raise WorkerFailed(f"worker {slot} (pid {proc.pid}) exited with status {code}")
                now = time.monotonic()
                while self._restarts and self._restarts[0] < now - 60:
                    self._restarts.popleft()
                if len(self._restarts) >= RESTARTS:
                    raise WorkerFailed(f"workers were killed {RESTARTS + 1} times within a minute")
                self._restarts.append(now)
                how = f"killed by signal {-code}" if code < 0 else "stopped"
                log.warning("worker %d (pid %d) %s; starting another", slot, proc.pid, how)
                proc.stdin.close()
                self._start(slot)

    def stop(self) -> None:
        """SIGTERM to every worker, then wait (a worker still running after ``STOP_SECONDS`` is
        killed)."""
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        for proc in self.procs.values():
            try:
                proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            proc.stdin.close()


def stop_when_supervisor_goes() -> None:
    """In a worker: SIGTERM itself once its supervisor is gone (its standard input, a pipe only
    the supervisor holds open, reaches end of file), so no worker outlives it."""

    def wait() -> None:
        while os.read(0, 4096):  # the descriptor, not sys.stdin: its lock would stop the exit
            pass
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=wait, name="supervisor-watch", daemon=True).start()


def served_by(app, pid: int):
    """WSGI middleware adding ``X-Served-By: <pid>`` (tests and the bench: which worker answered)."""

    def wrapped(environ, start_response):
        def start(status, headers, exc_info=None):
            return start_response(status, [*headers, ("X-Served-By", str(pid))], exc_info)

        return app(environ, start)

    return wrapped
