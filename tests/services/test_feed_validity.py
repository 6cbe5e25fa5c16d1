"""Guarantee: every calendar feed is a valid RFC 5545 object, the empty one too (a VCALENDAR must
hold at least one component: a feed with nothing due yet carries the UTC time zone, no event)."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from tests.factories import gen_entity, gen_obligation, gen_user
from tracker.services import feeds
from tracker.services.actors import Actor

NOW = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def _check_rfc5545(data: bytes) -> Calendar:
    """What RFC 5545 §3.4–3.6 require of a calendar object, and CRLF line endings (§3.1)."""
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n")), "lines are folded at 75 octets"
    cal = Calendar.from_ical(data)
    assert cal.name == "VCALENDAR"
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    assert len(cal.subcomponents) >= 1, "a VCALENDAR holds at least one component"
    for component in cal.subcomponents:
        if component.name == "VTIMEZONE":
            assert component["TZID"]
            parts = [c for c in component.subcomponents if c.name in ("STANDARD", "DAYLIGHT")]
            assert parts and all({"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"} <= set(p) for p in parts)
        elif component.name == "VEVENT":
            assert {"UID", "DTSTAMP", "DTSTART"} <= set(component)
    return cal


def test_an_empty_feed_is_a_valid_calendar_with_no_event():
    data = feeds.build_calendar([], name="Nothing due", base_url="http://tracker.test",
                                default_stages="90,30,7", now=NOW)
    cal = _check_rfc5545(data)
    assert [c.name for c in cal.subcomponents] == ["VTIMEZONE"]
    assert not list(cal.walk("VEVENT"))


def test_a_feed_with_events_has_no_extra_component(db):
    o = gen_obligation(db, due_on=dt.date(2018, 9, 18))
    cal = _check_rfc5545(feeds.build_calendar([o], name="One", base_url="http://tracker.test",
                                              default_stages="90,30,7", now=NOW))
    assert [c.name for c in cal.subcomponents] == ["VEVENT"]


def test_every_feed_route_serves_a_valid_calendar_when_nothing_is_due(client, db_factory):
    with db_factory() as db:
        entity = gen_entity(db, "Nobody's owner")
        user = gen_user(db, "delegate@mission.test", role="delegation")
        token = feeds.rotate_feed_token(db, user, actor=Actor.for_user(user))
        db.commit()
        entity_id = entity.id
    for url in (f"/feeds/owners/{entity_id}.ics", f"/feeds/personal/{token}.ics"):
        response = client.get(url)
        assert response.status_code == 200 and response.mimetype == "text/calendar", url
        _check_rfc5545(response.data)
