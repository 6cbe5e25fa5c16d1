"""A session's agenda items, confirmed together by an officer once its agenda is out."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.factories import gen_obligation, gen_resolution, gen_user
from tests.web.workspace import PASSWORD, csrf, login
from tracker.models import HistoryEntry, Obligation


def test_officer_confirms_a_sessions_agenda_items_with_one_history_entry_each(client, db_factory):
    with db_factory() as db:
        res = gen_resolution(db, "A/RES/80/5", session=80, adopted_on=dt.date(2025, 11, 1))
        at_81 = {"kind": "agenda", "deadline_body": "GA", "deadline_session": 81,
                 "due_on": dt.date(2026, 9, 8)}
        ids = [gen_obligation(db, res, text=f"Decides to include in the provisional agenda of its "
                                            f"eighty-first session the item entitled “Item {n}”;", **at_81).id
               for n in (1, 2)]
        report = gen_obligation(db, res, deadline_body="GA", deadline_session=81).id
        gen_user(db, "admin@un.test", role="admin", password=PASSWORD)
        db.commit()
    login(client, "admin@un.test")
    page = client.get("/sessions/GA/81").get_data(as_text=True)
    assert "Agenda items to confirm" in page and page.count('name="ids"') == 2
    response = client.post("/sessions/GA/81/agenda", data={
        "evidence": "A/81/251", "ids": ids, "csrf_token": csrf(client, "/sessions/GA/81")})
    assert response.status_code == 302
    with db_factory() as db:
        for oid in ids:
            ob = db.get(Obligation, oid)
            assert ob.status == "completed" and [e.value for e in ob.evidence] == ["A/81/251"]
            entries = db.scalars(select(HistoryEntry).where(HistoryEntry.obligation_id == oid)).all()
            assert [e.field for e in entries] == ["status"]
        assert db.get(Obligation, report).status == "not_started"  # not an agenda item
    assert "Agenda items to confirm" not in client.get("/sessions/GA/81").get_data(as_text=True)


def test_an_agenda_item_to_confirm_is_named_by_its_text_where_its_deliverable_is_bare(client, db_factory):
    """What the parser or an officer gave as the deliverable ("the item") says nothing of which item:
    the paragraph's text names it."""
    with db_factory() as db:
        res = gen_resolution(db, "A/RES/80/5", session=80, adopted_on=dt.date(2025, 11, 1))
        gen_obligation(db, res, kind="agenda", deadline_body="GA", deadline_session=81,
                       deliverable="the item", due_on=dt.date(2026, 9, 8),
                       text="Decides to include in the provisional agenda of its eighty-first session "
                       "the item entitled “Question of Tokelau”;")
        gen_user(db, "admin@un.test", role="admin", password=PASSWORD)
        db.commit()
    login(client, "admin@un.test")
    page = client.get("/sessions/GA/81").get_data(as_text=True)
    assert "Decides to include in the provisional agenda" in page and ": the item<" not in page
