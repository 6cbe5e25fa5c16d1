"""One visibility rule everywhere: an unpublished resolution (an import under review) is for admins
and officers with import rights only. A delegation cannot follow it (404, as for an id that does
not exist), is not mailed about it, and neither it nor an officer without import rights finds it
in an export or an API count."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tests.web.workspace import PASSWORD, login, token
from tracker.db import utcnow
from tracker.models import Obligation, Reminder, Resolution, Subscription
from tracker.reminders.queue import queue_reminders
from tracker.services.actors import Actor
from tracker.services.subscriptions import Target, follow
from tracker.services.tokens import create_token


@pytest.fixture
def draft(db):
    """One published and one unpublished resolution, each with an obligation of the same owner."""
    owner = gen_entity(db, "Secretary-General")
    public = gen_resolution(db, "A/RES/71/1", session=71)
    hidden = gen_resolution(db, "A/RES/71/2", session=71, published=False)
    due = dt.date(2018, 9, 18)
    gen_obligation(db, public, owners=[owner], due_on=due, text="Requests a public report;")
    gen_obligation(db, hidden, owners=[owner], due_on=due, text="Requests a draft report;")
    users = {
        "delegation": gen_user(db, "delegation@mission.org", role="delegation", password=PASSWORD),
        "officer": gen_user(db, "officer@un.org", role="officer", password=PASSWORD, entities=[owner]),
        "importer": gen_user(db, "importer@un.org", role="officer", password=PASSWORD, can_import=True),
    }
    db.commit()
    return {"owner": owner, "public": public, "hidden": hidden, **users}


def _follow(client, resolution_id: int):
    return client.post("/following/follow", data={"target": "resolution", "id": str(resolution_id),
                                                  "csrf_token": token(client)})


def test_a_delegation_cannot_follow_an_unpublished_resolution(client, db, draft):
    login(client, "delegation@mission.org")
    assert _follow(client, draft["hidden"].id).status_code == 404
    assert _follow(client, draft["hidden"].id + 1000).status_code == 404  # the same as no such id
    assert _follow(client, draft["public"].id).status_code == 302
    db.expire_all()
    assert db.scalars(select(Subscription.resolution_id)).all() == [draft["public"].id]


def test_an_importer_may_follow_an_unpublished_resolution(db, draft):
    assert follow(db, draft["importer"], Target.resolution(draft["hidden"].id)).id


def test_nobody_is_mailed_about_an_unpublished_resolution(db, draft):
    # followed before the rule existed: the subscription row is there, no reminder follows from it
    for resolution in (draft["public"], draft["hidden"]):
        db.add(Subscription(user_id=draft["delegation"].id, target="resolution", resolution_id=resolution.id))
    db.add(Subscription(user_id=draft["delegation"].id, target="entity", entity_id=draft["owner"].id))
    db.commit()
    queue_reminders(db, dt.datetime(2018, 9, 11, 9, tzinfo=dt.UTC), "90,30,7,1,0,-7")
    db.commit()
    reminded = set(db.execute(select(Reminder.recipient, Resolution.symbol)
                              .join(Obligation, Obligation.id == Reminder.obligation_id)
                              .join(Resolution, Resolution.id == Obligation.resolution_id)))
    assert reminded == {("delegation@mission.org", "A/RES/71/1"), ("officer@un.org", "A/RES/71/1")}


def _csv_symbols(response) -> set[str]:
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    column = rows[0].index("symbol")
    return {row[column] for row in rows[1:]}


@pytest.mark.parametrize(("email", "sees"), [
    ("delegation@mission.org", False), ("officer@un.org", False), ("importer@un.org", True),
])
def test_exports_and_api_counts_follow_the_rule(client, db, draft, email, sees):
    login(client, email)
    expected = {"A/RES/71/1", "A/RES/71/2"} if sees else {"A/RES/71/1"}
    assert _csv_symbols(client.get("/exports/obligations.csv")) == expected

    user = next(u for u in draft.values() if getattr(u, "email", None) == email)
    secret = create_token(db, user, "script", actor=Actor.for_user(user), now=utcnow()).secret
    db.commit()
    api = client.get("/api/v1/obligations", headers={"Authorization": f"Bearer {secret}"}).get_json()
    assert api["total"] == len(expected)
