"""STARTTLS when the server offers it (a self-signed certificate from trustme), and AUTH over it."""

from __future__ import annotations

import ssl
from email.message import EmailMessage

import pytest
import trustme
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.reminders.conftest import SmtpServer
from tracker.mail import SmtpTransport, TransientMailError


class TlsMailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            {
                "tls": session.ssl is not None,
                "auth": session.authenticated,
                "rcpt": list(envelope.rcpt_tos),
                "data": envelope.content,
            }
        )
        return "250 OK"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"tracker",
        b"s3cret",
    )
    return AuthResult(success=ok)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def tls_server(ca):
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    server = SmtpServer(
        tls_context=server_ctx, require_starttls=True, authenticator=_authenticator, auth_require_tls=True
    )
    server.mailbox = TlsMailbox()
    server.start()
    yield server
    server.stop()


def _message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "t@example.org"
    msg["To"] = "fp@example.org"
    msg["Subject"] = "hello"
    msg.set_content("body")
    return msg


def test_starttls_with_a_trusted_self_signed_certificate_and_auth(ca, tls_server):
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    url = f"smtp://tracker:s3cret@127.0.0.1:{tls_server.port}"
    with SmtpTransport(url, timeout=5, ssl_context=client_ctx) as transport:
        transport.send(_message())
        transport.send(_message())  # the connection is reused
    assert [(m["tls"], m["auth"], m["rcpt"]) for m in tls_server.mailbox.messages] == [
        (True, True, ["fp@example.org"])
    ] * 2


def test_an_untrusted_certificate_is_refused(tls_server):
    url = f"smtp://tracker:s3cret@127.0.0.1:{tls_server.port}"
    with SmtpTransport(url, timeout=5) as transport, pytest.raises(TransientMailError) as info:
        transport.send(_message())
    assert info.value.connection_lost
    assert tls_server.mailbox.messages == []


def test_wrong_password_is_a_retryable_failure(ca, tls_server):
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    url = f"smtp://tracker:wrong@127.0.0.1:{tls_server.port}"
    with (
        SmtpTransport(url, timeout=5, ssl_context=client_ctx) as transport,
        pytest.raises(TransientMailError),
    ):
        transport.send(_message())
    assert tls_server.mailbox.messages == []


def test_a_reminder_pass_over_starttls(ca, tls_server, db_factory, seed):
    import dataclasses
    import datetime as dt

    from tests.reminders.conftest import DUE, at
    from tracker.reminders import ReminderSettings, run_pass

    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    settings = ReminderSettings(
        base_url="http://tracker.test",
        mail_from="Tracker <tracker@example.org>",
        smtp_url=f"smtp://tracker:s3cret@127.0.0.1:{tls_server.port}",
        smtp_timeout=5,
        secret_key="k",
    )
    settings = dataclasses.replace(settings, ssl_context=client_ctx)
    result = run_pass(db_factory, at(DUE - dt.timedelta(days=30)), settings)
    assert len(result.delivery.sent) == 1
    assert tls_server.mailbox.messages[0]["tls"] and tls_server.mailbox.messages[0]["auth"]
