"""``tracker serve``: the web app under waitress; with ``--with-scheduler`` (``make run``) the
reminder scheduler runs in the same process. Deployments run ``tracker scheduler`` instead.
``--workers N`` serves from N processes on one port (``tracker.web.workers``); the scheduler then
runs once, in the process that supervises them."""

from __future__ import annotations

import os
import sys

import click
from flask import current_app

from tracker.cli.common import fail, with_schema
from tracker.cli.reminders import stop_on_sigterm
from tracker.config import Settings


def served_url(host: str, port: int) -> str:
    """The base of absolute links when ``BASE_URL`` is unset: this server's own address."""
    if host in ("0.0.0.0", "::", ""):  # noqa: S104 (a wildcard bind is reached on loopback here)
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port", type=int, default=lambda: Settings.from_env().port, show_default="$PORT or 5000"
)
@click.option("--threads", type=int, default=None, help="Worker threads (default: $WEB_THREADS or 8).")
@click.option(
    "--workers", type=click.IntRange(min=1), default=None,
    help="Web processes on one port, each with its threads (default: $WEB_WORKERS or 1; Linux).",
)
@click.option(
    "--with-scheduler", is_flag=True,
    help="Also run the reminder scheduler in this process (one process for everything, as `make run`).",
)
@click.option("--no-scheduler", is_flag=True, hidden=True, help="The default; kept for old scripts.")
@click.option(
    "--no-cache", is_flag=True,
    help="Turn the dashboards' read cache off: every request computes what it shows (for measuring).",
)
@click.option("--worker", hidden=True, default=None, help="Serve as a worker of --workers (internal).")
@click.option("--served-by-header", is_flag=True, hidden=True,
              help="Answer with X-Served-By: <pid> (tests and the bench).")
@with_schema
def serve(
    host: str, port: int, threads: int | None, workers: int | None, with_scheduler: bool,
    no_scheduler: bool, no_cache: bool, worker: str | None, served_by_header: bool,
) -> None:
    """Serve the app with waitress until Ctrl-C or SIGTERM (reminders: `tracker scheduler`)."""
    from tracker.reminders.scheduler import build_scheduler
    from tracker.web.serving import quiet_queue_warnings, settle_heap, waitress_options

    app = current_app._get_current_object()
    if no_cache:
        from tracker.web.dashboards.views import set_cache_seconds

        set_cache_seconds(app, 0)
    if not app.config.get("BASE_URL_IS_SET"):  # links point where this server answers
        app.config["BASE_URL"] = served_url(host, port)
    options = waitress_options(app.config)
    if threads:
        options["threads"] = threads
    workers = workers or Settings.from_config(app.config).web_workers
    with_scheduler = with_scheduler and not no_scheduler and worker is None
    sched = build_scheduler(app) if with_scheduler else None
    quiet_queue_warnings()
    stop_on_sigterm()
    settle_heap()
    try:
        if worker is not None:
            _serve_as_worker(app, host, port, worker, options, served_by_header)
        elif workers > 1:
            args = ["--host", host, "--port", str(port), "--threads", str(options["threads"])]
            args += ["--no-cache"] * no_cache + ["--served-by-header"] * served_by_header
            _supervise(workers, host, port, args, sched)
        else:
            _serve_here(app, host, port, options, sched, served_by_header)
    finally:
        if sched is not None and sched.running:
            sched.shutdown()
        app.extensions["tracker"].engine.dispose()
        if worker is None:
            click.echo("stopped")


def _serve_here(app, host: str, port: int, options: dict, sched, served_by_header: bool) -> None:
    """One process: waitress and, with ``--with-scheduler``, the scheduler."""
    from waitress import create_server

    if served_by_header:
        _add_served_by(app)
    server = create_server(app, host=host, port=port, **options)
    try:
        if sched is not None:
            sched.start()
        click.echo(f"serving on http://{host}:{port}" + _scheduler_note(sched) + "; Ctrl-C stops")
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()


def _serve_as_worker(app, host: str, port: int, place_text: str, options: dict,
                     served_by_header: bool) -> None:
    """A worker of ``--workers``: waitress on its own socket of the port, the read cache sharing
    its commits' counts with the other processes."""
    from waitress import create_server

    from tracker.services.readcache import share_generations
    from tracker.web.workers import Place, port_socket, stop_when_supervisor_goes

    place = Place.parse(place_text)
    share_generations(place.shared_fd, place.slot)
    if served_by_header:
        _add_served_by(app)
    server = create_server(app, sockets=[port_socket(host, port, listen=True)], **options)
    stop_when_supervisor_goes()
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()


def _supervise(count: int, host: str, port: int, args: list[str], sched) -> None:
    """``--workers``: bind, start the workers, run the scheduler here, keep the workers running."""
    from tracker.services.readcache import share_generations
    from tracker.web.workers import WorkerFailed, Workers, port_socket, shared_memory

    if sys.platform != "linux":  # elsewhere SO_REUSEPORT does not spread connections over sockets
        fail("--workers needs Linux")
    try:
        sock = port_socket(host, port, listen=False)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", 1)
    shared = shared_memory(count + 1)
    share_generations(shared, 0)  # the scheduler's commits empty the workers' caches too
    workers = Workers(count, shared, args)
    failure = None
    try:
        workers.start()
        if sched is not None:
            sched.start()
        pids = ", ".join(str(proc.pid) for proc in workers.procs.values())
        click.echo(f"serving on http://{host}:{port} from {count} worker processes ({pids})"
                   + _scheduler_note(sched) + "; Ctrl-C stops")
        workers.supervise()
    except (KeyboardInterrupt, SystemExit):
        pass
    except WorkerFailed as exc:
        failure = exc
    finally:
        workers.stop()
        sock.close()
        os.close(shared)
    if failure is not None:
        fail(f"{failure}; stopped every worker", 1)


def _scheduler_note(sched) -> str:
    return "" if sched is None else " with the reminder scheduler"


def _add_served_by(app) -> None:
    from tracker.web.workers import served_by

    app.wsgi_app = served_by(app.wsgi_app, os.getpid())
