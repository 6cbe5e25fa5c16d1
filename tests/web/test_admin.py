"""Admin pages: users, entities with aliases, focal points, the audit log, official session dates."""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import re

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tests.web.workspace import PASSWORD, login, token
from tracker.models import AuditEntry, Entity, FocalPoint, Obligation, OfficialSession, User
from tracker.services.accounts import verify_password


def _field_error(response, name: str) -> str | None:
    """The message shown under the form field ``name``, which is marked invalid and points at it."""
    html = response.get_data(as_text=True)
    tag = re.search(rf'<(?:input|select|textarea)\b[^>]*\bname="{name}"[^>]*>', html)
    if tag is None or 'aria-invalid="true"' not in tag.group(0):
        return None
    field_id = re.search(r'\bid="([^"]+)"', tag.group(0)).group(1)  # the name, unless two forms share it
    assert f'aria-describedby="{field_id}-error' in tag.group(0)
    error = re.search(rf'<div class="invalid-feedback d-block" id="{field_id}-error"><div>(.*?)</div>', html)
    return htmlmod.unescape(error.group(1)) if error else None


@pytest.fixture
def admin(client, db):
    user = gen_user(db, "admin@un.org", role="admin", password=PASSWORD)
    db.commit()
    login(client, "admin@un.org")
    return user


def test_admin_creates_an_officer_who_can_sign_in(app, client, db, admin):
    sg = gen_entity(db, "Secretary-General")
    db.commit()
    response = client.post("/admin/users", data={
        "email": "New.Officer@un.org", "name": "New", "role": "officer", "entities": [str(sg.id)],
        "can_import": "y", "password": "a long password", "csrf_token": token(client)})
    assert response.status_code == 302
    user = db.scalar(select(User).where(User.email == "new.officer@un.org"))
    assert user.role == "officer" and user.can_import
    assert [e.name for e in user.entities] == ["Secretary-General"]
    assert "new.officer@un.org" in client.get("/admin/users").get_data(as_text=True)
    other = app.test_client()
    login(other, "new.officer@un.org", "a long password")


def test_duplicate_email_is_refused_plainly(client, db, admin):
    response = client.post("/admin/users", data={"email": "admin@un.org", "role": "officer",
                                                 "password": "a long password", "csrf_token": token(client)})
    assert response.status_code == 422 and "already exists" in response.get_data(as_text=True)


def test_admin_edits_a_user_and_resets_the_password(client, db, admin):
    target = gen_user(db, "o@un.org", role="officer", password=PASSWORD)
    db.commit()
    client.post(f"/admin/users/{target.id}", data={"name": "Renamed", "role": "delegation",
                                                   "csrf_token": token(client)})
    client.post(f"/admin/users/{target.id}/password", data={"password": "reset password 9",
                                                            "csrf_token": token(client)})
    db.expire_all()
    target = db.get(User, target.id)
    assert target.name == "Renamed" and target.role == "delegation" and not target.is_active
    assert verify_password(target.password_hash, "reset password 9")


def test_entities_aliases_and_focal_points(client, db, admin):
    officer = gen_user(db, "fp@un.org", role="officer")
    db.commit()
    response = client.post("/admin/entities", data={"name": "INTERPOL", "kind": "other_organization",
                                                    "csrf_token": token(client)})
    entity = db.scalar(select(Entity).where(Entity.name == "INTERPOL"))
    assert response.headers["Location"] == f"/admin/entities/{entity.id}"
    client.post(f"/admin/entities/{entity.id}/aliases",
                data={"alias": "International Criminal Police Organization", "csrf_token": token(client)})
    dup = client.post(f"/admin/entities/{entity.id}/aliases", data={"alias": "interpol",
                                                                    "csrf_token": token(client)})
    assert dup.status_code == 422  # the page again, the sentence under the alias field
    assert _field_error(dup, "alias") == "interpol already names an entity or is another entity's alias."
    client.post(f"/admin/entities/{entity.id}/focal-points",
                data={"user": str(officer.id), "email": "", "csrf_token": token(client)})
    client.post(f"/admin/entities/{entity.id}/focal-points",
                data={"user": "0", "email": "Focal@Interpol.int", "name": "Desk",
                      "csrf_token": token(client)})
    db.expire_all()
    entity = db.get(Entity, entity.id)
    assert [a.alias for a in entity.aliases] == ["International Criminal Police Organization"]
    assert sorted((fp.user.email if fp.user else fp.email) for fp in entity.focal_points) == [
        "focal@interpol.int", "fp@un.org"]
    html = client.get(f"/admin/entities/{entity.id}").get_data(as_text=True)
    assert "International Criminal Police Organization" in html and "focal@interpol.int" in html
    fp_id = db.scalar(select(FocalPoint.id).where(FocalPoint.email == "focal@interpol.int"))
    client.post(f"/admin/focal-points/{fp_id}/delete", data={"csrf_token": token(client)})
    db.expire_all()
    assert db.get(FocalPoint, fp_id) is None


def test_focal_point_needs_a_user_or_an_address(client, db, admin):
    entity = gen_entity(db, "UNODC")
    db.commit()
    response = client.post(f"/admin/entities/{entity.id}/focal-points",
                           data={"user": "0", "email": "", "csrf_token": token(client)})
    assert response.status_code == 422
    assert _field_error(response, "user") == (
        "Choose a user or write an e-mail address (one of the two, not both).")


def test_audit_log_shows_who_what_when_from_where(client, db, admin):
    client.post("/admin/entities", data={"name": "UNODC", "kind": "un_system", "csrf_token": token(client)})
    html = client.get("/admin/audit").get_data(as_text=True)
    table = html.split('id="audit"')[1]
    assert "Entity created" in table and "127.0.0.1" in table and admin.name in table
    assert "create_entity" not in table and "{&quot;" not in table  # words, not codes or raw JSON
    filtered = client.get("/admin/audit?action=login").get_data(as_text=True)
    assert "create_entity" not in filtered.split('id="audit"')[1]
    assert db.scalar(select(AuditEntry).where(AuditEntry.action == "create_entity")).ip == "127.0.0.1"


def test_recording_official_session_dates_moves_due_dates(client, db, admin):
    resolution = gen_resolution(db)
    ob = gen_obligation(db, resolution, deadlines=[{"kind": "session", "body": "GA", "session": 90,
                                                    "text": "at its ninetieth session"}],
                        deadline_body="GA", deadline_session=90, due_on=dt.date(2035, 9, 11))
    db.commit()
    response = client.post("/admin/calendar", data={"body": "GA", "number": "90", "opens_on": "2035-09-18",
                                                    "csrf_token": token(client)})
    assert response.status_code == 302
    db.expire_all()
    assert db.scalar(select(OfficialSession.opens_on)) == dt.date(2035, 9, 18)
    assert db.get(Obligation, ob.id).due_on == dt.date(2035, 9, 18)
    assert "18 Sep 2035" in client.get("/admin/calendar").get_data(as_text=True)


def test_admin_pages_are_for_admins_only(app, db):
    gen_user(db, "importer@un.org", role="officer", password=PASSWORD, can_import=True)
    db.commit()
    client = app.test_client()
    login(client, "importer@un.org")
    for url in ("/admin/users", "/admin/entities", "/admin/audit", "/admin/calendar"):
        assert client.get(url).status_code == 403


def test_recording_another_bodys_session_dates_its_deadlines(client, db, admin):
    """A commission's session recorded on the admin page: its undated deadline gets its due date."""
    resolution = gen_resolution(db, adopted_on=dt.date(2023, 12, 18))
    ob = gen_obligation(db, resolution, deadlines=[{"kind": "session", "body": "CCPCJ", "session": 33,
                                                    "text": "at its thirty-third session"}],
                        deadline_body="CCPCJ", deadline_session=33,
                        due_derivation="CCPCJ: session 33 not in the calendar")
    db.commit()
    response = client.post("/admin/calendar", data={"body": "ccpcj", "number": "33", "opens_on": "2024-05-13",
                                                    "csrf_token": token(client)})
    assert response.status_code == 302
    db.expire_all()
    assert db.get(Obligation, ob.id).due_on == dt.date(2024, 5, 13)
    bad = client.post("/admin/calendar", data={"body": "not a body", "number": "3", "opens_on": "2024-05-13",
                                               "csrf_token": token(client)})
    assert bad.status_code == 400


FR = {"Accept-Language": "fr"}


def test_admin_refusals_are_french_sentences_next_to_their_field(client, db, admin):
    """Every refusal of the entity, alias, focal point, calendar and password forms, in the French
    UI: a French sentence under the field it concerns (which is marked invalid), nothing flashed."""
    interpol = gen_entity(db, "INTERPOL")
    unodc = gen_entity(db, "UNODC")
    officer = gen_user(db, "fp@un.org", role="officer")
    db.commit()
    interpol_id, unodc_id, officer_id = interpol.id, unodc.id, officer.id
    client.post(f"/admin/entities/{interpol_id}/focal-points",
                data={"user": str(officer_id), "email": "", "csrf_token": token(client)})

    def post(url, data):
        return client.post(url, data={**data, "csrf_token": token(client)}, headers=FR)

    cases = [
        (post("/admin/entities", {"name": "interpol", "kind": "other"}), "name",
         "Une entité ou un alias porte déjà le nom interpol : choisissez un autre nom, ou ajoutez celui-ci "
         "comme alias de cette entité."),
        (post("/admin/entities", {"name": "", "kind": "other"}), "name", "Donnez un nom à l’entité."),
        (post(f"/admin/entities/{unodc_id}", {"name": "UNODC", "kind": "other", "reminder_stages": "soon"}),
         "reminder_stages", "Écrivez les étapes de rappel en nombres entiers de jours séparés par des "
         "virgules, par exemple 120,30,7 (0 est le jour même, -7 une semaine après)."),
        (post(f"/admin/entities/{unodc_id}/aliases", {"alias": "Interpol"}), "alias",
         "Interpol désigne déjà une entité ou est l’alias d’une autre entité."),
        (post(f"/admin/entities/{unodc_id}/aliases", {"alias": ""}), "alias", "Écrivez l’alias à ajouter."),
        (post(f"/admin/entities/{unodc_id}/focal-points", {"user": "0", "email": ""}), "user",
         "Choisissez un utilisateur ou écrivez une adresse électronique (l’un ou l’autre, pas les deux)."),
        (post(f"/admin/entities/{unodc_id}/focal-points", {"user": "0", "email": "not an address"}), "email",
         "Ce n’est pas une adresse électronique valide."),
        (post(f"/admin/entities/{interpol_id}/focal-points", {"user": str(officer_id), "email": ""}), "user",
         "fp@un.org est déjà correspondant de INTERPOL."),
        (post("/admin/calendar", {"body": "SC", "number": "3", "opens_on": "2030-01-01"}), "body",
         "L’organe « Security Council » ne se réunit pas en sessions numérotées : il n’y a pas de dates de "
         "session à enregistrer."),
        (post("/admin/calendar", {"body": "GA", "number": "90", "opens_on": "2035-09-18",
                                  "closes_on": "2035-09-01"}), "closes_on",
         "La session ne peut pas se clore avant de s’ouvrir : vérifiez les deux dates."),
        (post("/admin/calendar", {"body": "not a body", "number": "3", "opens_on": "2024-05-13"}), "body",
         "Écrivez GA, HRC, ECOSOC ou le code d’un autre organe : des lettres et des chiffres, 16 au plus."),
        (post(f"/admin/users/{officer_id}/password", {"password": "short"}), "password",
         "Un mot de passe doit compter au moins 10 caractères."),
    ]
    for response, name, sentence in cases:
        assert response.status_code in (400, 422), (name, response.status_code)
        assert _field_error(response, name) == sentence, (name, response.get_data(as_text=True)[-3000:])
        assert 'class="alert alert-danger' not in response.get_data(as_text=True)
    db.expire_all()
    assert db.scalar(select(OfficialSession)) is None
    assert [a.alias for a in db.get(Entity, unodc_id).aliases] == []
