"""The admin Outbox page (kept messages, failed reminders) and the signed unsubscribe link."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.factories import gen_resolution, gen_user
from tests.web.workspace import PASSWORD, csrf, login
from tracker.models import OutboxMessage, Reminder, Subscription
from tracker.reminders.tokens import make_unsubscribe_token


def _failed_and_kept(db_factory, seed):
    with db_factory() as db:
        db.add(
            Reminder(
                obligation_id=seed["obligation_id"],
                recipient="sg-focal@example.org",
                recipient_role="focal_point",
                stage="7",
                due_on=dt.date(2018, 9, 18),
                status="failed",
                attempts=6,
                last_error="554 5.3.0 Not now",
            )
        )
        db.add(
            OutboxMessage(
                to_addr="sg-focal@example.org",
                subject="A/RES/71/19, paragraph 5: due …",
                body_text="kept body",
                message_id="<1@example.org>",
            )
        )
        db.commit()


def test_only_admins_see_the_outbox(app, client, db_factory, seed):
    _failed_and_kept(db_factory, seed)
    with db_factory() as db:
        gen_user(db, "officer@example.org", password=PASSWORD)
        gen_user(db, "admin@example.org", role="admin", password=PASSWORD)
        db.commit()
    assert client.get("/admin/outbox").status_code in (302, 401, 403)
    login(client, "officer@example.org")
    assert client.get("/admin/outbox").status_code == 403
    client.get("/logout")
    other = app.test_client()
    login(other, "admin@example.org")
    page = other.get("/admin/outbox")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "554 5.3.0 Not now" in html and "kept body" in html and "failed-reminder" in html

    with db_factory() as db:
        rid = db.scalars(select(Reminder.id)).one()
    token = csrf(other, "/admin/outbox")
    assert other.post(f"/admin/outbox/reminders/{rid}/retry", data={"csrf_token": token}).status_code == 302
    with db_factory() as db:
        row = db.get(Reminder, rid)
        assert (row.status, row.attempts) == ("pending", 0)


def test_unsubscribe_without_logging_in(app, client, db_factory):
    with db_factory() as db:
        user = gen_user(db, "delegation@example.org", role="delegation")
        res = gen_resolution(db, "A/RES/71/19")
        sub = Subscription(user=user, target="resolution", resolution_id=res.id)
        db.add(sub)
        db.commit()
        sub_id = sub.id
    token = make_unsubscribe_token(app.config["SECRET_KEY"], sub_id)
    page = client.get(f"/unsubscribe/{token}")
    assert page.status_code == 200 and "A/RES/71/19" in page.get_data(as_text=True)
    with db_factory() as db:
        assert db.get(Subscription, sub_id) is not None  # GET alone changes nothing
    form_token = csrf(client, f"/unsubscribe/{token}")
    done = client.post(f"/unsubscribe/{token}", data={"csrf_token": form_token})
    assert done.status_code == 200 and "not receive these messages" in done.get_data(as_text=True)
    with db_factory() as db:
        assert db.get(Subscription, sub_id) is None


def test_a_forged_unsubscribe_token_is_refused(client):
    forged = make_unsubscribe_token("another-secret", 1)
    assert client.get(f"/unsubscribe/{forged}").status_code == 404
    assert client.get("/unsubscribe/not-a-token").status_code == 404
