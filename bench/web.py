"""Pages over HTTP: the app under waitress in a subprocess on 127.0.0.1, driven over loopback.

Every page is timed against ``/healthz`` of the same app and server (a trivial route that does
``SELECT 1``), interleaved run by run, so the ratio says what the page itself costs. SQL queries
per page are counted in-process (Flask test client, an engine event listener).

    python -m bench.web serve DATABASE_URL PORT [THREADS] [cache|nocache]   # what the subprocess runs
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from bench import subjects

REPO = Path(__file__).resolve().parents[1]
TRIVIAL = "/healthz"


def app_config(url: str, *, cache: bool = True) -> dict:
    """The app as deployed; ``cache=False`` turns the dashboards' read cache off, so every request
    pays for what a cache miss costs (after every commit, and once per cache period)."""
    config = {
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-not-a-secret",
        "TODAY": subjects.TODAY,
        "WTF_CSRF_ENABLED": False,
        "TESTING": False,
    }
    if not cache:
        config["DASHBOARDS_CACHE_SECONDS"] = 0
    return config


def free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``waitress`` serving ``create_app`` in a subprocess; its peak RSS is read from /proc. With
    ``workers``, ``tracker serve --workers N`` instead (N processes on one socket, the app's
    settings from the environment): ``pids`` are then the workers that answered so far."""

    def __init__(self, url: str, threads: int = 4, *, cache: bool = True, workers: int | None = None):
        self.url, self.threads, self.cache, self.workers = url, threads, cache, workers
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.pids: set[str] = set()

    def _command(self) -> tuple[list[str], dict[str, str]]:
        env = dict(os.environ, PYTHONPATH=str(REPO))
        if self.workers is None:
            return [sys.executable, "-m", "bench.web", "serve", self.url, str(self.port), str(self.threads),
                    "cache" if self.cache else "nocache"], env
        config = app_config(self.url, cache=self.cache)
        env |= {"DATABASE_URL": self.url, "SECRET_KEY": config["SECRET_KEY"],
                "TODAY": config["TODAY"].isoformat()}
        return [sys.executable, "-c", "from tracker.cli import main; main()", "serve",
                "--port", str(self.port), "--workers", str(self.workers), "--threads", str(self.threads),
                "--served-by-header",
                *(["--no-cache"] if not self.cache else [])], env

    def __enter__(self) -> Server:
        command, env = self._command()
        self.log = tempfile.TemporaryFile()  # not a pipe: a full one would stop a server that logs
        self.proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"server exited: {self.log.read().decode()[-2000:]}")
            try:
                status, _ = self.get(TRIVIAL)
                if status == 200:
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not answer /healthz within 60 s")

    def __exit__(self, *_exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(40)  # with workers, they stop first
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)

    def get(self, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, bytes]:
        own = conn is None
        conn = conn or self.connection()
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            self.pids.add(resp.getheader("X-Served-By", ""))
            return resp.status, resp.read()
        finally:
            if own:
                conn.close()

    def warm(self, path: str, tries: int = 400) -> None:
        """GET ``path`` on new connections until every worker has answered it (each process
        compiles its templates and builds its statements on its first requests)."""
        for _ in range(tries if self.workers else 0):
            if len(self.pids - {""}) >= self.workers:
                break
            self.get(path)

    def peak_rss(self) -> int | None:
        """VmHWM of the server process, bytes (Linux)."""
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            return None
        return None


def time_requests(server: Server, path: str, n: int) -> list[float]:
    """``n`` sequential GETs on one keep-alive connection; raises on a non-200 answer."""
    out = []
    conn = server.connection()
    try:
        for _ in range(n):
            start = time.perf_counter()
            status, body = server.get(path, conn)
            out.append(time.perf_counter() - start)
            if status != 200:
                raise RuntimeError(f"GET {path} answered {status}: {body[:200]!r}")
    finally:
        conn.close()
    return out


def throughput(server: Server, path: str, clients: int, seconds: float = 3.0) -> float:
    """Requests per second that ``clients`` concurrent keep-alive clients get from ``path``
    (each sends its next request as soon as the previous answer arrived)."""
    import threading

    done = [0] * clients
    errors: list[str] = []
    stop = time.perf_counter() + seconds

    def client(i: int) -> None:
        conn = server.connection()
        try:
            while time.perf_counter() < stop:
                status, _ = server.get(path, conn)
                if status != 200:
                    errors.append(f"HTTP {status}")
                    return
                done[i] += 1
        finally:
            conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise RuntimeError(f"GET {path}: {errors[0]}")
    return sum(done) / elapsed


# -------------------------------------------------------------------------- queries per page


class QueryCounter:
    """Counts the statements an engine executes (``before_cursor_execute``)."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.engine, self.count = engine, 0
        self._event = event

    def _on(self, *_args, **_kwargs) -> None:
        self.count += 1

    def __enter__(self) -> QueryCounter:
        self.count = 0
        self._event.listen(self.engine, "before_cursor_execute", self._on)
        return self

    def __exit__(self, *_exc) -> None:
        self._event.remove(self.engine, "before_cursor_execute", self._on)


def queries_per_page(url: str, paths: dict[str, str]) -> dict[str, int | str]:
    """SQL statements per page with the read cache off (what rendering the page needs; the second
    request, so one-time start-up queries are not counted), or why there is no count."""
    from tracker.web.app import create_app

    app = create_app(app_config(url, cache=False))
    engine = app.extensions["tracker"].engine
    client = app.test_client()
    out: dict[str, int | str] = {}
    try:
        for name, path in paths.items():
            resp = client.get(path)
            if resp.status_code == 404:
                out[name] = "missing"
                continue
            with QueryCounter(engine) as counter:
                resp = client.get(path)
            out[name] = counter.count if resp.status_code == 200 else f"HTTP {resp.status_code}"
    finally:
        engine.dispose()
    return out


def serve(url: str, port: int, threads: int, cache: bool = True) -> None:
    import logging

    import waitress

    from tracker.web.app import create_app
    from tracker.web.serving import settle_heap

    app = create_app(app_config(url, cache=cache))
    logging.getLogger("waitress").setLevel(logging.ERROR)
    settle_heap()  # as ``tracker serve`` does
    waitress.serve(app, host="127.0.0.1", port=port, threads=threads, _quiet=True)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 4,
              cache=sys.argv[5:6] != ["nocache"])
    else:
        raise SystemExit("usage: python -m bench.web serve DATABASE_URL PORT [THREADS]")
