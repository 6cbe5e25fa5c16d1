"""``tracker serve``: the web app under waitress; with ``--with-scheduler`` (``make run``) the
reminder scheduler runs in the same process. Deployments run ``tracker scheduler`` instead."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

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
    "--with-scheduler", is_flag=True,
    help="Also run the reminder scheduler in this process (one process for everything, as `make run`).",
)
@click.option("--no-scheduler", is_flag=True, hidden=True, help="The default; kept for old scripts.")
@click.option(
    "--no-cache", is_flag=True,
    help="Turn the dashboards' read cache off: every request computes what it shows (for measuring).",
)
@with_appcontext
def serve(
    host: str, port: int, threads: int | None, with_scheduler: bool, no_scheduler: bool, no_cache: bool
) -> None:
    """Serve the app with waitress until Ctrl-C or SIGTERM (reminders: `tracker scheduler`)."""
    from waitress import create_server

    from tracker.reminders.scheduler import build_scheduler
    from tracker.web.serving import quiet_queue_warnings, waitress_options

    app = current_app._get_current_object()
    if no_cache:
        from tracker.web.dashboards.views import set_cache_seconds

        set_cache_seconds(app, 0)
    if not app.config.get("BASE_URL_IS_SET"):  # links point where this server answers
        app.config["BASE_URL"] = served_url(host, port)
    options = waitress_options(app.config)
    if threads:
        options["threads"] = threads
    quiet_queue_warnings()
    server = create_server(app, host=host, port=port, **options)
    sched = build_scheduler(app) if with_scheduler and not no_scheduler else None
    stop_on_sigterm()
    try:
        if sched is not None:
            sched.start()
        click.echo(
            f"serving on http://{host}:{port}"
            + ("" if sched is None else " with the reminder scheduler")
            + "; Ctrl-C stops"
        )
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()
        if sched is not None and sched.running:
            sched.shutdown()
        app.extensions["tracker"].engine.dispose()
        click.echo("stopped")
