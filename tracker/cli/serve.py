"""``tracker serve``: the web app (waitress) and the scheduler in one process, for ``make run``."""

from __future__ import annotations

import os

import click
from flask import current_app
from flask.cli import with_appcontext

from tracker.cli.reminders import stop_on_sigterm


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port", type=int, default=lambda: int(os.environ.get("PORT", "5000")), show_default="$PORT or 5000"
)
@click.option("--threads", type=int, default=8, show_default=True)
@click.option("--no-scheduler", is_flag=True, help="Serve only; run `tracker scheduler` elsewhere.")
@click.option(
    "--no-cache", is_flag=True,
    help="Turn the dashboards' read cache off: every request computes what it shows (for measuring).",
)
@with_appcontext
def serve(host: str, port: int, threads: int, no_scheduler: bool, no_cache: bool) -> None:
    """Serve the app with waitress and run the reminder scheduler beside it until Ctrl-C or SIGTERM."""
    from waitress import create_server

    from tracker.reminders.scheduler import build_scheduler

    app = current_app._get_current_object()
    if no_cache:
        from tracker.web.dashboards.views import set_cache_seconds

        set_cache_seconds(app, 0)
    server = create_server(app, host=host, port=port, threads=threads)
    sched = None if no_scheduler else build_scheduler(app)
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
