"""Calendar feeds: the seed's deadlines as iCalendar events, read back with icalendar."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from tests.api.conftest import import_seed, obligation_for
from tests.factories import gen_user
from tracker.db import utcnow
from tracker.models import Subscription
from tracker.services import feeds
from tracker.services.actors import Actor
from tracker.services.obligations import change_status

NOW = dt.datetime(2017, 1, 15, 12, tzinfo=dt.UTC)


def _events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def _seed(db):
    import_seed(db)
    db.flush()
    return obligation_for(db, "5").resolution


def test_seed_feed_holds_paragraphs_5_and_6_on_2018_09_18(db):
    resolution = _seed(db)
    data = feeds.build_calendar(feeds.resolution_obligations(db, resolution.id), name="A/RES/71/19",
                                base_url="http://tracker.test", default_stages="90,30,7,1,0,-7", now=NOW)
    events = _events(data)
    by_paragraph = {str(e["X-MANDATE-PARAGRAPH"]): e for e in events}
    assert set(by_paragraph) == {"5", "6"}
    for number in ("5", "6"):
        event = by_paragraph[number]
        assert event.decoded("DTSTART") == dt.date(2018, 9, 18)
        assert str(event["X-MANDATE-SYMBOL"]) == "A/RES/71/19"
        assert str(event["X-MANDATE-STATUS"]) == "not_started"
        assert str(event["URL"]).startswith("http://tracker.test/obligations/")
        assert "A/RES/71/19" in str(event["SUMMARY"]) and f"¶{number}" in str(event["SUMMARY"])
    five = by_paragraph["5"]
    assert "Secretary-General" in str(five["SUMMARY"])
    assert "Owner: Secretary-General" in str(five["DESCRIPTION"])
    triggers = sorted(a.decoded("TRIGGER") for a in five.walk("VALARM"))
    assert triggers == sorted(dt.timedelta(days=-d) for d in (90, 30, 7, 1, 0, -7))


def test_uids_are_stable_and_sequence_follows_the_version(db):
    resolution = _seed(db)
    args = {"name": "x", "base_url": "http://tracker.test", "default_stages": "30", "now": NOW}
    first = {str(e["UID"]): e for e in _events(feeds.build_calendar(
        feeds.resolution_obligations(db, resolution.id), **args))}
    five = obligation_for(db, "5")
    change_status(db, five, "completed", actor=Actor.system("test"), now=utcnow(), evidence="A/73/123")
    second = {str(e["UID"]): e for e in _events(feeds.build_calendar(
        feeds.resolution_obligations(db, resolution.id), **args))}
    assert set(first) == set(second) == {f"obligation-{o.id}@tracker.test"
                                         for o in feeds.resolution_obligations(db, resolution.id)}
    uid = f"obligation-{five.id}@tracker.test"
    assert second[uid]["SEQUENCE"] > first[uid]["SEQUENCE"]
    assert not list(second[uid].walk("VALARM"))  # completed: no more alarms


def test_routes_owner_resolution_session_and_personal(client, db_factory):
    with db_factory() as db:
        _seed(db)
        five = obligation_for(db, "5")
        sg_id = five.owners[0].id
        user = gen_user(db, "delegate@mission.test", role="delegation")
        db.add(Subscription(user_id=user.id, target="resolution", resolution_id=five.resolution_id))
        token = feeds.rotate_feed_token(db, user, actor=Actor.for_user(user))
        db.commit()
    for url in ("/feeds/resolutions/A/RES/71/19.ics", "/feeds/sessions/GA/73.ics",
                f"/feeds/owners/{sg_id}.ics", f"/feeds/personal/{token}.ics"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.mimetype == "text/calendar"
        dates = {e.decoded("DTSTART") for e in _events(response.data)}
        assert dates == {dt.date(2018, 9, 18)}, url
    assert client.get("/feeds/personal/not-the-token.ics").status_code == 404
    assert client.get("/feeds/resolutions/A/RES/1/1.ics").status_code == 404
    assert client.get("/feeds/sessions/SC/1.ics").status_code == 404


def test_feeds_hold_tracked_obligations_only(db):
    """A standing call with a date and a mandate's end are not due dates: no event for them."""
    from tests.factories import gen_obligation

    resolution = _seed(db)
    gen_obligation(db, resolution, kind="exhortation", status="ongoing", due_on=dt.date(2018, 1, 1))
    gen_obligation(db, resolution, kind="mandate", status="ongoing", expires_on=dt.date(2018, 6, 1))
    events = _events(feeds.build_calendar(feeds.resolution_obligations(db, resolution.id), name="x",
                                          base_url="http://tracker.test", default_stages="7", now=NOW))
    assert sorted(str(e["X-MANDATE-PARAGRAPH"]) for e in events) == ["5", "6"]
