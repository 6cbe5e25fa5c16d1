"""``tracker remind`` prints what it queued and sent; ``--dry-run`` changes and sends nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from tracker.cli import cli
from tracker.models import OutboxMessage, Reminder


def _run(app, *args):
    return app.test_cli_runner().invoke(cli, list(args), catch_exceptions=False)


def test_remind_dry_run_then_for_real_into_the_outbox(app, db_factory, seed):
    dry = _run(app, "remind", "--now", "2018-09-11T09:00", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "would queue 1 reminder(s) at 2018-09-11T09:00:00+00:00" in dry.output
    assert "  sg-focal@example.org: obligation " in dry.output and "stage 7, due 2018-09-18" in dry.output
    assert "nothing changed, nothing sent" in dry.output and "#None" not in dry.output
    with db_factory() as db:
        assert db.scalar(select(func.count()).select_from(Reminder)) == 0

    real = _run(app, "remind", "--now", "2018-09-11T09:00")
    assert real.exit_code == 0, real.output
    assert "queued 1 reminder(s)" in real.output and "sent 1, retrying 0, failed 0" in real.output
    assert "A/RES/71/19, paragraph 5: due 18 September 2018 (7 days left)" in real.output
    with db_factory() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage)) == 1  # no SMTP_URL: the outbox

    again = _run(app, "remind", "--now", "2018-09-11T09:00")
    assert "queued 0 reminder(s)" in again.output and "sent 0," in again.output


def test_remind_rejects_a_bad_now(app):
    result = app.test_cli_runner().invoke(cli, ["remind", "--now", "next tuesday"])
    assert result.exit_code == 2 and "ISO" in result.output


def test_serve_and_scheduler_are_registered(app):
    for command in ("serve", "scheduler"):
        result = _run(app, command, "--help")
        assert result.exit_code == 0
    assert "--with-scheduler" in _run(app, "serve", "--help").output


def test_serve_no_cache_turns_the_read_cache_off(app, monkeypatch):
    import waitress

    served = []

    class FakeServer:
        def run(self):
            served.append(app.extensions["dashboards_cache"])

        def close(self):
            pass

    settled = []
    monkeypatch.setattr(waitress, "create_server", lambda *_a, **_k: FakeServer())
    monkeypatch.setattr("tracker.cli.serve.stop_on_sigterm", lambda: None)
    # the server's process settles its heap (gc.freeze): not the tests' process
    monkeypatch.setattr("tracker.web.serving.settle_heap", lambda: settled.append(True))
    assert app.extensions["dashboards_cache"] is not None
    result = _run(app, "serve", "--no-scheduler", "--no-cache")
    assert result.exit_code == 0, result.output
    assert served == [None] and app.config["DASHBOARDS_CACHE_SECONDS"] == 0
    assert settled == [True]


def test_remind_exits_non_zero_when_messages_could_not_be_sent(app, seed, smtp_server):
    app.config["SMTP_URL"] = smtp_server.url
    smtp_server.mailbox.mode = "refuse5"
    result = app.test_cli_runner().invoke(cli, ["remind", "--now", "2018-09-11T09:00"])
    assert result.exit_code == 1, result.output
    assert "sent 0, retrying 0, failed 1" in result.output
