"""The password-reset e-mail goes through the reminder ledger (issue 14): the request queues it and
returns without waiting on the mail server; a background attempt sends it; what that attempt
cannot send the reminder passes retry, with the same Message-ID, and nothing is sent twice. Against
a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select, update

from tests.factories import gen_user
from tests.reminders.conftest import smtp_server  # noqa: F401 (fixture)
from tests.web.workspace import PASSWORD, csrf
from tracker.db import utcnow
from tracker.models import Reminder
from tracker.reminders import ReminderSettings, run_pass
from tracker.reminders.compose import message_id_for
from tracker.reminders.password_reset import RESEND_AFTER

#: why a reset message is cancelled at delivery, kept on its row
GONE = "account gone, deactivated or its address changed"


@pytest.fixture
def attempts(monkeypatch):
    """The background attempts the requests start, to wait for them."""
    from tracker.web.auth import views

    threads = []
    real = views.deliver_soon

    def recording(*args, **kwargs):
        thread = real(*args, **kwargs)
        threads.append(thread)
        return thread

    monkeypatch.setattr(views, "deliver_soon", recording)
    return threads


@pytest.fixture
def officer(app, db, smtp_server):  # noqa: F811
    app.config["SMTP_URL"] = smtp_server.url
    user = gen_user(db, "officer@un.org", password=PASSWORD)
    db.commit()
    return user


def _ask(client, headers=None):
    response = client.post("/account/forgot", data={"email": "officer@un.org", "csrf_token": csrf(client)},
                           headers=headers or {})
    assert response.status_code == 302
    return response


def _wait(attempts):
    for thread in attempts:
        thread.join(30)
        assert not thread.is_alive()


def _row(db_factory) -> Reminder:
    with db_factory() as db:
        (row,) = db.scalars(select(Reminder)).all()
        db.expunge(row)
        return row


def _pass(app, db_factory, now):
    return run_pass(db_factory, now, ReminderSettings.from_config(app.config))


def test_the_request_does_not_wait_on_the_mail_server(app, client, db_factory, officer, smtp_server,  # noqa: F811
                                                      attempts):
    smtp_server.mailbox.mode = "hold"  # the server takes the message only when released
    _ask(client)
    # the request has answered; the server has not accepted anything yet
    assert smtp_server.mailbox.messages == [] and _row(db_factory).status in ("pending", "sending")
    smtp_server.mailbox.release.set()
    _wait(attempts)
    row = _row(db_factory)
    assert row.status == "sent" and row.recipient_role == "account"
    assert len(smtp_server.mailbox.messages) == 1
    _pass(app, db_factory, utcnow() + dt.timedelta(hours=1))
    assert len(smtp_server.mailbox.messages) == 1  # the pass found nothing left to send


def test_a_refused_send_is_retried_by_the_pass_with_the_same_message_id(app, client, db_factory, officer,
                                                                         smtp_server, attempts):  # noqa: F811
    smtp_server.mailbox.mode = "refuse4"  # 451: try again later
    _ask(client)
    _wait(attempts)
    row = _row(db_factory)
    assert row.status == "pending" and row.attempts == 1 and "451" in row.last_error
    assert smtp_server.mailbox.messages == []
    smtp_server.mailbox.mode = "accept"
    _pass(app, db_factory, row.next_attempt_at)
    _pass(app, db_factory, row.next_attempt_at + dt.timedelta(hours=1))
    (rcpts, msg), = smtp_server.mailbox.messages  # once, not lost and not twice
    assert rcpts == ["officer@un.org"]
    sent = _row(db_factory)
    assert sent.status == "sent" and msg["Message-ID"] == sent.message_id
    assert sent.message_id == message_id_for(sent, app.config["MAIL_FROM"])
    assert msg["Subject"] == "Set a new password"
    link = re.search(r"http://tracker\.test(/account/reset/[A-Za-z0-9_.\-]+)", msg.get_body(("plain",))
                     .get_content()).group(1)
    assert client.get(link).status_code == 200  # the link made when it was sent works


def test_with_the_server_down_the_message_waits_in_the_ledger(app, client, db_factory, officer, smtp_server,  # noqa: F811
                                                             attempts):
    smtp_server.stop()
    _ask(client)
    _wait(attempts)
    row = _row(db_factory)
    assert row.status == "pending" and row.attempts == 1
    smtp_server.start()
    _pass(app, db_factory, row.next_attempt_at)
    assert len(smtp_server.mailbox.messages) == 1 and _row(db_factory).status == "sent"


def test_the_message_speaks_the_language_of_the_request(client, db_factory, officer, smtp_server,  # noqa: F811
                                                        attempts):
    _ask(client, headers={"Accept-Language": "fr"})
    _wait(attempts)
    (_rcpts, msg), = smtp_server.mailbox.messages
    assert msg["Subject"] == "Définir un nouveau mot de passe"
    assert "Quelqu’un, probablement vous, a demandé un nouveau mot de passe pour officer@un.org" in (
        msg.get_body(("plain",)).get_content())
    assert '<html lang="fr">' in msg.get_body(("html",)).get_content()


def test_a_deactivated_account_gets_no_link(app, client, db, db_factory, officer, smtp_server,  # noqa: F811
                                            attempts):
    smtp_server.mailbox.mode = "refuse4"
    _ask(client)
    _wait(attempts)
    officer.is_active = False
    db.commit()
    smtp_server.mailbox.mode = "accept"
    _pass(app, db_factory, _row(db_factory).next_attempt_at)
    assert smtp_server.mailbox.messages == []
    row = _row(db_factory)  # and the row says why, as any message cancelled at delivery
    assert (row.status, row.last_error) == ("cancelled", GONE)


def test_on_a_pinned_day_the_reminder_pass_takes_it_over(app, client, db_factory, officer, smtp_server,  # noqa: F811
                                                         attempts):
    """``TODAY`` pins the passes' clock (demos): the row is queued on that clock too, so the pass
    that runs on the pinned day retries it, rather than waiting for a real date it never reaches."""
    app.config["TODAY"] = "2018-09-10"
    smtp_server.mailbox.mode = "refuse4"
    _ask(client)
    _wait(attempts)
    row = _row(db_factory)
    # on the pinned clock, not the real one: due that day, retried moments later (on the next day
    # when the time of day is a minute before midnight: the check must not depend on the hour it runs)
    pinned = dt.datetime(2018, 9, 10, tzinfo=dt.UTC)
    assert row.due_on == pinned.date()
    assert dt.timedelta(0) <= row.next_attempt_at - pinned <= dt.timedelta(days=1, hours=1)
    smtp_server.mailbox.mode = "accept"
    _pass(app, db_factory, row.next_attempt_at + dt.timedelta(hours=1))
    assert len(smtp_server.mailbox.messages) == 1 and _row(db_factory).status == "sent"


def test_asking_again_within_minutes_sends_nothing_more(app, client, db_factory, officer, smtp_server,  # noqa: F811
                                                        attempts):
    for _ in range(5):
        _ask(client)
    _wait(attempts)
    assert len(smtp_server.mailbox.messages) == 1 and _row(db_factory).status == "sent"
    # later, a new request is a new message
    with db_factory() as db:
        db.execute(update(Reminder).values(created_at=utcnow() - RESEND_AFTER - dt.timedelta(seconds=1)))
        db.commit()
    _ask(client)
    _wait(attempts)
    assert len(smtp_server.mailbox.messages) == 2


def test_one_accounts_request_does_not_hold_back_anothers(app, client, db, db_factory, officer, smtp_server,  # noqa: F811
                                                         attempts):
    gen_user(db, "colleague@un.org", password=PASSWORD)
    db.commit()
    _ask(client)
    client.post("/account/forgot", data={"email": "colleague@un.org", "csrf_token": csrf(client)})
    _wait(attempts)
    sent_to = sorted(rcpts[0] for rcpts, _ in smtp_server.mailbox.messages)
    assert sent_to == ["colleague@un.org", "officer@un.org"]


def test_a_link_is_never_sent_to_an_address_the_account_no_longer_has(app, client, db, db_factory, officer,
                                                                      smtp_server, attempts):  # noqa: F811
    smtp_server.mailbox.mode = "refuse4"
    _ask(client)
    _wait(attempts)
    officer.email = "officer.new@un.org"
    db.commit()
    smtp_server.mailbox.mode = "accept"
    _pass(app, db_factory, _row(db_factory).next_attempt_at)
    assert smtp_server.mailbox.messages == []
    row = _row(db_factory)  # and the row says why, as any message cancelled at delivery
    assert (row.status, row.last_error) == ("cancelled", GONE)
