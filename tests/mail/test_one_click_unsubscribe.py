"""Guarantee (RFC 8058): every message with a subscription behind it — a follower's reminder, a
follower's digest — carries ``List-Unsubscribe`` (a signed link) and ``List-Unsubscribe-Post:
List-Unsubscribe=One-Click``; a POST to that link, as a mail client sends it (no session, no CSRF
token), ends the subscription. Messages to focal points and officers, whom no subscription put
there, carry neither. The messages are read with Python's ``email`` package from the bytes the
SMTP server received."""

from __future__ import annotations

import dataclasses
import datetime as dt
from email import message_from_bytes, policy

import pytest

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tests.reminders.conftest import DUE, at
from tracker.models import Subscription
from tracker.reminders import run_pass


@pytest.fixture
def world(db_factory):
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        gen_focal_point(db, sg, email="sg-focal@example.org")
        reminded = gen_user(db, "reminded@mission.org", role="delegation")
        digested = gen_user(db, "digested@mission.org", role="delegation")
        res = gen_resolution(db, "A/RES/71/19")
        gen_obligation(db, res, number="5", due_on=DUE, owners=[sg], deadline_body="GA", deadline_session=73)
        db.add(Subscription(user=reminded, target="resolution", resolution_id=res.id))
        db.add(Subscription(user=digested, target="entity", entity_id=sg.id, mode="digest"))
        db.commit()


@pytest.fixture
def csrf_client(app):
    app.config["WTF_CSRF_ENABLED"] = True
    app.config["TESTING"] = False  # CSRF as in production
    return app.test_client()


def _received(smtp_server) -> dict[str, object]:
    out = {}
    for (rcpts, _), raw in zip(smtp_server.mailbox.messages, smtp_server.mailbox.raw, strict=True):
        out[rcpts[0]] = message_from_bytes(raw, policy=policy.default)
    return out


def test_follower_messages_unsubscribe_in_one_click(
    app, csrf_client, db_factory, world, smtp_server, settings
):
    settings = dataclasses.replace(settings, secret_key=app.config["SECRET_KEY"], base_url="http://tracker.test")
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    received = _received(smtp_server)
    assert sorted(received) == ["digested@mission.org", "reminded@mission.org", "sg-focal@example.org"]
    assert received["sg-focal@example.org"]["List-Unsubscribe"] is None
    assert received["sg-focal@example.org"]["List-Unsubscribe-Post"] is None
    for address in ("reminded@mission.org", "digested@mission.org"):
        msg = received[address]
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        link = str(msg["List-Unsubscribe"])
        assert link.startswith("<http://tracker.test/unsubscribe/") and link.endswith(">")
        path = link[1:-1].removeprefix("http://tracker.test")
        # what a mail client sends: a POST with that body, no cookie, no CSRF token
        response = csrf_client.post(path, data="List-Unsubscribe=One-Click",
                                    content_type="application/x-www-form-urlencoded")
        assert response.status_code == 200, (address, response.status_code)
    with db_factory() as db:
        assert db.query(Subscription).count() == 0
    # and nothing more for them at the next stage
    run_pass(db_factory, at(DUE - dt.timedelta(days=1)), settings)
    assert {rcpts[0] for rcpts, _ in smtp_server.mailbox.messages[3:]} == {"sg-focal@example.org"}


def test_a_tampered_link_unsubscribes_nobody(app, csrf_client, db_factory, world, smtp_server, settings):
    settings = dataclasses.replace(settings, secret_key=app.config["SECRET_KEY"])
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    link = str(_received(smtp_server)["reminded@mission.org"]["List-Unsubscribe"])[1:-1]
    path = link.removeprefix(settings.base_url)
    assert csrf_client.post(path[:-2] + "xx", data="List-Unsubscribe=One-Click",
                            content_type="application/x-www-form-urlencoded").status_code == 404
    with db_factory() as db:
        assert db.query(Subscription).count() == 2
