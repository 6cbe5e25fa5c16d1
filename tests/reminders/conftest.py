"""A real SMTP server on loopback (aiosmtpd) whose behaviour a test can change, and the seed's
obligation: A/RES/71/19, paragraph 5, due 18 September 2018, owned by the Secretary-General."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import threading
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution
from tracker.reminders import ReminderSettings

DUE = dt.date(2018, 9, 18)


def free_port() -> int:
    """aiosmtpd's Controller needs an explicit port (0 fails): ask the kernel for a free one."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mailbox:
    """aiosmtpd handler: keeps what it accepted; ``mode`` makes it refuse or hang up."""

    def __init__(self) -> None:
        self.messages = []
        #: the bytes as they came over the wire, in the same order
        self.raw: list[bytes] = []
        #: accept, refuse4, refuse5, disconnect, hold (accept once ``release`` is set)
        self.mode = "accept"
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "hold":
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 30)
        if self.mode == "refuse4":
            return "451 4.3.0 Try again later"
        if self.mode == "refuse5":
            return "554 5.3.0 Not now"
        if self.mode == "disconnect":
            server.transport.close()
            return "421 4.4.2 Closing"
        msg = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))
        self.raw.append(envelope.original_content or envelope.content)
        return "250 OK"

    def to(self, address: str) -> list:
        return [m for rcpts, m in self.messages if address in rcpts]


class SmtpServer:
    def __init__(self, **kwargs) -> None:
        self.mailbox = Mailbox()
        self.port = free_port()
        self.kwargs = kwargs
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port, **self.kwargs)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server():
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def settings(smtp_server) -> ReminderSettings:
    return ReminderSettings(
        base_url="http://tracker.test",
        mail_from="Mandate Tracker <tracker@example.org>",
        smtp_url=smtp_server.url,
        smtp_timeout=5,
        secret_key="test-secret",
    )


@pytest.fixture
def seed(db_factory):
    """The seed's paragraph 5 and the Secretary-General's focal point; committed."""
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        gen_focal_point(db, sg, email="sg-focal@example.org")
        res = gen_resolution(
            db,
            "A/RES/71/19",
            session=71,
            title="Cooperation between the United Nations and the International Criminal Police "
            "Organization (INTERPOL)",
        )
        ob = gen_obligation(
            db,
            res,
            number="5",
            text="Requests the Secretary-General to submit to the General Assembly at its seventy-third "
            "session a report on the implementation of the present resolution.",
            due_on=DUE,
            owners=[sg],
            deliverable="a report on the implementation of the present resolution",
            deadline_text="at its seventy-third session",
            deadline_body="GA",
            deadline_session=73,
        )
        db.commit()
        return {"obligation_id": ob.id, "entity_id": sg.id, "resolution_id": res.id}


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)
