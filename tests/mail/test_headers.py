"""Header injection is impossible: addresses are validated, header values are one line."""

from __future__ import annotations

import pytest

from tracker.mail import InvalidAddress, build_message, validate_recipient
from tracker.mail.message import parse_sender

BAD = [
    "someone@example.org\r\nBcc: victim@example.org",
    "someone@example.org\nBcc: victim@example.org",
    "someone@example.org\rX-Injected: 1",
    "someone@example.org, other@example.org",
    "Someone <someone@example.org>",
    "not an address",
    "",
]


@pytest.mark.parametrize("address", BAD)
def test_bad_recipients_are_rejected(address):
    with pytest.raises(InvalidAddress):
        validate_recipient(address)
    with pytest.raises(InvalidAddress):
        build_message(
            sender="t@example.org", to=address, subject="s", text="t", html=None, message_id="<1@x>"
        )


def test_a_good_address_is_normalised():
    assert validate_recipient(" Focal.Point@Example.ORG ") == "Focal.Point@example.org"


@pytest.mark.parametrize(
    "sender", ["Tracker <t@example.org>\r\nBcc: v@example.org", "t@example.org\nX: 1", "nobody"]
)
def test_bad_senders_are_rejected(sender):
    with pytest.raises(InvalidAddress):
        parse_sender(sender)


def test_the_default_sender_on_localhost_is_accepted():
    assert (
        parse_sender("Mandate Tracker <mandate-tracker@localhost>").addr_spec == "mandate-tracker@localhost"
    )


def test_line_breaks_in_subject_and_headers_cannot_add_headers():
    msg = build_message(
        sender="Tracker <t@example.org>",
        to="fp@example.org",
        subject="A/RES/71/19\r\nBcc: victim@example.org",
        text="body",
        html="<p>body</p>",
        message_id="<1@example.org>\r\nX-Evil: 1",
        headers={"List-Unsubscribe": "<https://x/unsubscribe/t>\nBcc: v@example.org"},
    )
    raw = msg.as_string()
    headers = raw.split("\n\n", 1)[0]
    assert "\nBcc:" not in headers and "\nX-Evil:" not in headers
    assert msg["Subject"] == "A/RES/71/19 Bcc: victim@example.org"
    assert msg.get_all("Bcc") is None


def test_a_focal_point_with_a_crlf_address_gets_nothing_and_the_row_fails(db_factory, smtp_server, settings):
    import datetime as dt

    from sqlalchemy import select

    from tests.factories import gen_entity, gen_focal_point, gen_obligation
    from tracker.models import Reminder
    from tracker.reminders import run_pass

    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        gen_focal_point(db, sg, email="fp@example.org\r\nBcc: victim@example.org")
        gen_obligation(db, due_on=dt.date(2018, 9, 18), owners=[sg])
        db.commit()
    result = run_pass(db_factory, dt.datetime(2018, 9, 11, 9, tzinfo=dt.UTC), settings)
    assert result.delivery.sent == [] and result.delivery.failed == 1
    assert smtp_server.mailbox.messages == []
    with db_factory() as db:
        row = db.scalars(select(Reminder)).one()
        assert row.status == "failed" and "line break" in row.last_error


def test_every_reminder_is_marked_auto_generated_and_dated(db_factory, smtp_server, settings):
    """RFC 3834: auto-responders (out of office) do not answer a message marked so — a focal
    point's, an officer's digest, a follower's and a follower's digest alike."""
    import datetime as dt

    from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
    from tests.reminders.conftest import DUE, at
    from tracker.models import Subscription
    from tracker.reminders import run_pass

    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        gen_focal_point(db, sg, email="sg-focal@example.org")
        gen_user(db, "officer@example.org", entities=[sg])
        follower = gen_user(db, "follower@mission.org", role="delegation")
        digested = gen_user(db, "digested@mission.org", role="delegation")
        res = gen_resolution(db, "A/RES/71/19")
        gen_obligation(db, res, due_on=DUE, owners=[sg])
        db.add(Subscription(user=follower, target="resolution", resolution_id=res.id))
        db.add(Subscription(user=digested, target="entity", entity_id=sg.id, mode="digest"))
        db.commit()
    run_pass(db_factory, at(DUE - dt.timedelta(days=7)), settings)
    got = {rcpts[0]: msg for rcpts, msg in smtp_server.mailbox.messages}
    assert sorted(got) == ["digested@mission.org", "follower@mission.org", "officer@example.org",
                           "sg-focal@example.org"]
    assert {a: m["Auto-Submitted"] for a, m in got.items()} == dict.fromkeys(got, "auto-generated")
    # and dated when the pass made them (RFC 5322 requires the Date)
    assert {m["Date"].datetime for m in got.values()} == {at(DUE - dt.timedelta(days=7))}
