"""Deleting a resolution from its page: a confirmation form that says what goes, with its CSRF token;
who may is decided on the server (an importer a draft, an admin any resolution)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_obligation, gen_resolution, gen_user
from tests.web.workspace import PASSWORD, login, token
from tracker.models import AuditEntry, Resolution, User


@pytest.fixture
def register(db):
    draft = gen_resolution(db, "A/RES/71/900", published=False, title="Imported twice")
    gen_obligation(db, draft, due_on=dt.date(2026, 1, 1))
    public = gen_resolution(db, "A/RES/71/901")
    gen_obligation(db, public, due_on=dt.date(2026, 1, 1))
    for email, role, can_import in (("importer@un.org", "officer", True),
                                    ("officer@un.org", "officer", False),
                                    ("delegate@un.org", "delegation", False),
                                    ("admin@un.org", "admin", False)):
        gen_user(db, email, role=role, password=PASSWORD, can_import=can_import)
    db.commit()
    return {"draft": draft.id, "public": public.id}


def _held(db) -> list[str]:
    db.expire_all()
    return sorted(db.scalars(select(Resolution.symbol)))


def test_an_importer_confirms_on_a_page_that_says_what_goes(client, db, register):
    login(client, "importer@un.org")
    review = client.get(f"/resolutions/{register['draft']}/review").get_data(as_text=True)
    assert f"/resolutions/{register['draft']}/delete" in review
    page = client.get(f"/resolutions/{register['draft']}/delete")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Delete A/RES/71/900" in html and "1 obligation (1 tracked)" in html
    assert 'name="csrf_token"' in html

    # no token: refused before anything is written
    assert client.post(f"/resolutions/{register['draft']}/delete", data={"confirm": "y"}).status_code == 400
    # not confirmed: the form again
    unticked = client.post(f"/resolutions/{register['draft']}/delete", data={"csrf_token": token(client)})
    assert unticked.status_code == 400 and "Tick the box to confirm." in unticked.get_data(as_text=True)
    assert _held(db) == ["A/RES/71/900", "A/RES/71/901"]

    done = client.post(f"/resolutions/{register['draft']}/delete",
                       data={"csrf_token": token(client), "confirm": "y", "reason": "imported twice"})
    assert done.status_code == 302
    assert _held(db) == ["A/RES/71/901"]
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "delete_resolution"))
    importer = db.scalar(select(User).where(User.email == "importer@un.org"))
    assert (entry.user_id, entry.details["symbol"], entry.details["reason"]) == (
        importer.id, "A/RES/71/900", "imported twice")
    assert "A/RES/71/900 is deleted from the register." in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize("email", ["delegate@un.org", "officer@un.org"])
def test_who_may_not_import_may_not_delete(client, db, register, email):
    login(client, email)
    assert client.get(f"/resolutions/{register['draft']}/delete").status_code == 403
    posted = client.post(f"/resolutions/{register['draft']}/delete",
                         data={"csrf_token": token(client), "confirm": "y"})
    assert posted.status_code == 403
    assert "/delete" not in client.get("/resolutions/A/RES/71/901").get_data(as_text=True)
    assert _held(db) == ["A/RES/71/900", "A/RES/71/901"]


def test_a_published_resolution_is_for_an_admin_to_delete(client, db, register):
    login(client, "importer@un.org")
    page = client.get("/resolutions/A/RES/71/901").get_data(as_text=True)
    assert f"/resolutions/{register['public']}/delete" not in page
    refused = client.post(f"/resolutions/{register['public']}/delete",
                          data={"csrf_token": token(client), "confirm": "y"})
    assert refused.status_code == 403 and _held(db) == ["A/RES/71/900", "A/RES/71/901"]
    client.post("/logout", data={"csrf_token": token(client)})

    login(client, "admin@un.org")
    page = client.get("/resolutions/A/RES/71/901").get_data(as_text=True)
    assert f"/resolutions/{register['public']}/delete" in page
    done = client.post(f"/resolutions/{register['public']}/delete",
                       data={"csrf_token": token(client), "confirm": "y"})
    assert done.status_code == 302 and _held(db) == ["A/RES/71/900"]
    assert client.get("/resolutions/A/RES/71/901").status_code == 404
