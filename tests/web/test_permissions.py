"""The permission matrix, on the server: every write route of every blueprint (collected from the
app's URL map, so a new route without a row here fails) × every role × owner or not. Allowed
writes leave an audit entry with the user and the address; refused ones leave nothing. No write
route that a browser's cookie can reach takes a request without a valid CSRF token; the API's
write routes, exempt from CSRF, take a token and nothing else (a signed-in cookie is refused)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from tests.factories import gen_candidate, gen_entity, gen_focal_point, gen_obligation, gen_resolution
from tests.web.workspace import PASSWORD, csrf, login, token
from tracker.db import utcnow
from tracker.models import (
    AuditEntry,
    EntityAlias,
    Obligation,
    ObligationItem,
    Paragraph,
    Reminder,
    Subscription,
    User,
)
from tracker.reminders.tokens import make_unsubscribe_token
from tracker.services.actors import Actor
from tracker.services.tokens import create_token

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"
_HASH = PasswordHasher().hash(PASSWORD)

ROLES = ("anonymous", "delegation", "owner", "other_officer", "importer", "admin")
SIGNED_IN = frozenset(ROLES) - {"anonymous"}
ADMIN = frozenset({"admin"})
OWNERS = frozenset({"owner", "admin"})
IMPORTERS = frozenset({"importer", "admin"})
#: officers and admins reach the route; the service then checks each obligation
OFFICERS = frozenset({"owner", "other_officer", "importer", "admin"})


def _user(db, email, role, entities=(), can_import=False) -> User:
    user = User(email=email, name=email.split("@")[0], password_hash=_HASH, role=role, can_import=can_import)
    user.entities = list(entities)
    db.add(user)
    db.flush()
    return user


@pytest.fixture
def world(db):
    sg = gen_entity(db, "Secretary-General")
    interpol = gen_entity(db, "INTERPOL", aliases=("ICPO",))
    users = {
        "delegation": _user(db, "delegation@mission.org", "delegation"),
        "owner": _user(db, "owner@un.org", "officer", [sg]),
        "other_officer": _user(db, "other@un.org", "officer", [interpol]),
        "importer": _user(db, "importer@un.org", "officer", [interpol], can_import=True),
        "admin": _user(db, "admin@un.org", "admin"),
    }
    target = _user(db, "target@un.org", "officer")
    resolution = gen_resolution(db, published=False)
    ob = gen_obligation(db, resolution, owners=[sg])
    sub = Paragraph(resolution=resolution, parent=ob.paragraph, kind="subparagraph", number="a",
                    eid="para_1__point_a", position=9, text="(a) something;")
    item = ObligationItem(obligation=ob, paragraph=sub, label="a", position=1)
    db.add_all([sub, item])
    fp = gen_focal_point(db, interpol, email="focal@interpol.int")
    # an owner candidate named by an obligation nobody owns yet: importers may decide it
    candidate = gen_candidate(db, "Committee of Nobody")
    gen_obligation(db, resolution, text="Requests the Committee of Nobody to report;", candidates=[candidate])
    db.flush()
    alias = db.scalar(select(EntityAlias).where(EntityAlias.alias == "ICPO"))
    failed = Reminder(obligation_id=ob.id, recipient="focal@interpol.int", recipient_role="focal_point",
                      stage="7", due_on=dt.date(2018, 9, 11), status="failed", attempts=5)
    db.add(failed)
    subscription = Subscription(user=users["delegation"], target="entity", entity_id=interpol.id)
    db.add(subscription)
    owner = users["owner"]
    api_token = create_token(db, owner, "script", actor=Actor.for_user(owner), now=utcnow()).token
    db.commit()
    return {"users": users, "sg": sg, "interpol": interpol, "ob": ob, "item": item, "resolution": resolution,
            "target": target, "alias": alias, "fp": fp, "reminder": failed, "token": api_token,
            "subscription": subscription, "candidate": candidate}


def _args(w) -> dict:
    return {"obligation_id": w["ob"].id, "item_id": w["item"].id, "resolution_id": w["resolution"].id,
            "user_id": w["target"].id, "entity_id": w["interpol"].id, "alias_id": w["alias"].id,
            "focal_point_id": w["fp"].id, "reminder_id": w["reminder"].id, "token_id": w["token"].id,
            "candidate_id": w["candidate"].id, "body": "GA", "number": 81}


def _candidate_form(w, **fields) -> dict:
    """The owner candidate's forms carry its id as a prefix (one page holds many of them)."""
    prefix = f"c{w['candidate'].id}-"
    return {prefix + k: v for k, v in {**fields, "version": "1"}.items()}


#: the API's write routes: exempt from CSRF because they take an API token and never a cookie
TOKEN_ONLY = "token only"


#: endpoint -> (who may, form data from the world, does an allowed request write?)
MATRIX = {
    "auth.login": None,  # public: signing in is the way in (its own tests cover throttling)
    "auth.logout": None,  # public: signing out needs no right
    "auth.forgot": None,  # public: asking for a reset link (the same answer for any address)
    "auth.reset": None,  # public: the signed, single-use link is the right (tests/web/test_accounts_ui.py)
    "auth.password": (SIGNED_IN, lambda w: {"current_password": PASSWORD, "new_password": "a new password 1",
                                            "confirm": "a new password 1"}, True),
    "officer.status": (OWNERS, lambda w: {"status": "in_progress", "comment": "go", "version": "1"}, True),
    "officer.tick": (OWNERS, lambda w: {"done": "1", "version": "1"}, True),
    # the obligation is the Secretary-General's; the importer acts for INTERPOL (see below)
    "officer.review": (ADMIN, lambda w: {"kind": "action", "owners": [str(w["sg"].id)],
                                             "deadline_kind": "none", "version": "1"}, True),
    "officer.publish": (IMPORTERS, lambda w: {}, True),
    # the world's resolution is not published: importers may delete it (a published one: admins only)
    "officer.delete_resolution": (IMPORTERS, lambda w: {"confirm": "y", "reason": "imported twice"}, True),
    "officer.import_upload": (IMPORTERS, lambda w: {"file": (io.BytesIO(SEED.read_bytes()), "a.txt")}, False),
    "officer.import_save": (IMPORTERS, lambda w: {"upload": "0" * 32}, False),
    "officer.accept_candidate": (IMPORTERS, lambda w: _candidate_form(w, name="Committee of Nobody",
                                                                      kind="organ"), True),
    "officer.alias_candidate": (IMPORTERS, lambda w: _candidate_form(w, entity="INTERPOL"), True),
    "officer.reject_candidate": (IMPORTERS, lambda w: _candidate_form(w), True),
    "officer.bulk": (OWNERS, lambda w: {"ids": [str(w["ob"].id)], "status": "in_progress"}, True),
    # no agenda item of GA 81 in this world: reached, nothing to confirm
    "officer.confirm_agenda": (OFFICERS, lambda w: {"evidence": "A/81/251"}, False),
    # the obligation is no mandate and was renewed by nothing: reviewed, nothing changes
    "officer.renewal": (IMPORTERS, lambda w: {"renewed_by": "", "version": "1"}, False),
    "admin.users": (ADMIN, lambda w: {"email": "new@un.org", "role": "officer",
                                      "password": "a long password"}, True),
    "admin.user": (ADMIN, lambda w: {"name": "Renamed", "role": "officer", "is_active": "y"}, True),
    "admin.reset_password": (ADMIN, lambda w: {"password": "another long one"}, True),
    "admin.unlock": (ADMIN, lambda w: {}, False),  # writes only when the account is locked
    "admin.entities": (ADMIN, lambda w: {"name": "UNODC", "kind": "un_system"}, True),
    "admin.entity": (ADMIN, lambda w: {"name": "INTERPOL", "kind": "other_organization"}, True),
    "admin.add_alias": (ADMIN, lambda w: {"alias": "International Criminal Police Organization"}, True),
    "admin.delete_alias": (ADMIN, lambda w: {}, True),
    "admin.add_focal_point": (ADMIN, lambda w: {"user": "0", "email": "second@interpol.int"}, True),
    "admin.delete_focal_point": (ADMIN, lambda w: {}, True),
    # merging INTERPOL into the Secretary-General; deleting INTERPOL, which owns no obligation
    "admin.merge_entity": (ADMIN, lambda w: {"survivor": str(w["sg"].id), "version": "1"}, True),
    "admin.delete_entity": (ADMIN, lambda w: {"version": "1"}, True),
    "admin.calendar": (ADMIN, lambda w: {"body": "GA", "number": "73", "opens_on": "2018-09-18"}, True),
    # following writes a subscription, not an audit entry (a delegation's own preference)
    "dashboards.follow": (SIGNED_IN, lambda w: {"target": "entity", "id": str(w["interpol"].id)}, False),
    "dashboards.unfollow": (SIGNED_IN, lambda w: {"target": "entity", "id": str(w["interpol"].id)}, False),
    "feeds.rotate_personal": (SIGNED_IN, lambda w: {}, True),
    "tokens.create": (SIGNED_IN, lambda w: {"name": "a script"}, True),
    # the token belongs to the "owner" user: its owner and admins may revoke it
    "tokens.revoke": (OWNERS, lambda w: {}, True),
    "outbox.retry": (ADMIN, lambda w: {}, False),
    "outbox.unsubscribe_confirm": None,  # public: the signed token in the link is the right
    "api.change_status": TOKEN_ONLY,
    "api.import_resolution": TOKEN_ONLY,
}


def _write_rules():
    from tracker import create_app

    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "collect", "TESTING": True})
    rules = sorted(
        (rule.endpoint, rule.rule) for rule in app.url_map.iter_rules()
        if rule.methods & {"POST", "PUT", "PATCH", "DELETE"}
    )
    app.extensions["tracker"].engine.dispose()
    return rules


WRITE_RULES = _write_rules()


def test_every_write_route_is_in_the_matrix():
    missing = [endpoint for endpoint, _ in WRITE_RULES if endpoint not in MATRIX]
    assert not missing, f"write routes without a row in the permission matrix: {missing}"
    assert {e.split(".")[0] for e, _ in WRITE_RULES} >= {
        "auth", "officer", "admin", "dashboards", "feeds", "tokens", "outbox", "api"}
    assert not set(MATRIX) - {e for e, _ in WRITE_RULES}, "rows for routes that no longer exist"


#: the write routes a signed-in browser can reach (the API's are token-only)
COOKIE_RULES = [(e, r) for e, r in WRITE_RULES if MATRIX.get(e) != TOKEN_ONLY]
TOKEN_RULES = [(e, r) for e, r in WRITE_RULES if MATRIX.get(e) == TOKEN_ONLY]
#: RFC 8058: a mail client's one-click unsubscribe POST carries no CSRF token (the signed token in
#: the URL is the proof); this route and nothing else a cookie reaches is exempt
CSRF_EXEMPT = {"outbox.unsubscribe_confirm"}
CSRF_RULES = [(e, r) for e, r in COOKIE_RULES if e not in CSRF_EXEMPT]


def _audit_count(db, user_id=None):
    query = select(func.count()).select_from(AuditEntry).where(AuditEntry.action != "login")
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    return db.scalar(query)


CASES = [(endpoint, rule, role) for endpoint, rule in COOKIE_RULES if MATRIX.get(endpoint) for role in ROLES]


@pytest.mark.parametrize("endpoint, rule, role", CASES, ids=[f"{e}-{r}" for e, _, r in CASES])
def test_permission_matrix(app, client, db, world, endpoint, rule, role):
    allowed, payload, writes = MATRIX[endpoint]
    url = _url(app, endpoint, rule, world)
    user = world["users"].get(role)
    if user is not None:
        login(client, user.email)
    data = payload(world)
    data["csrf_token"] = token(client) if user is not None else csrf(client, "/login")
    before = _audit_count(db)
    response = client.post(url, data=data, content_type="multipart/form-data")
    db.expire_all()
    if role == "anonymous":
        assert response.status_code in (302, 401), response.status_code
        assert "/login" in response.headers.get("Location", "/login")
        assert _audit_count(db) == before
    elif role in allowed:
        assert response.status_code not in (401, 403), response.get_data(as_text=True)[:1000]
        assert response.status_code < 400, response.get_data(as_text=True)[:3000]
        if writes:
            entry = db.scalar(select(AuditEntry).where(AuditEntry.user_id == user.id,
                                                       AuditEntry.action != "login")
                              .order_by(AuditEntry.id.desc()))
            assert entry is not None, f"{endpoint} wrote nothing to the audit log"
            assert entry.ip == "127.0.0.1" and entry.actor and entry.at is not None
    else:
        assert response.status_code == 403, (response.status_code, response.get_data(as_text=True)[:500])
        assert _audit_count(db) == before, "a refused request left an audit entry"


def test_an_importer_reviews_what_their_own_entities_own(client, db, world):
    """Review needs admin, or an import right scoped to every entity that owns the obligation: the
    INTERPOL importer cannot take the Secretary-General's obligation; scoped to both, they may."""
    importer = world["users"]["importer"]
    login(client, importer.email)
    url = f"/obligations/{world['ob'].id}/review"
    data = {"kind": "action", "owners": [str(world["interpol"].id)], "deadline_kind": "none", "version": "1"}
    assert client.post(url, data={**data, "csrf_token": token(client)}).status_code == 403
    importer.entities = [world["sg"], world["interpol"]]
    db.commit()
    assert client.post(url, data={**data, "csrf_token": token(client)}).status_code == 302
    db.expire_all()
    assert [e.name for e in world["ob"].owners] == ["INTERPOL"]


def test_delegation_gets_403_on_every_workspace_page(client, db, world):
    login(client, "delegation@mission.org")
    for url in ("/my-work", "/import", "/candidates", f"/obligations/{world['ob'].id}/review",
                f"/resolutions/{world['resolution'].id}/review", "/admin/users", "/admin/audit"):
        assert client.get(url).status_code == 403, url


@pytest.fixture
def csrf_app(app):
    app.config["WTF_CSRF_ENABLED"] = True
    app.config["TESTING"] = False  # the CSRF check as in production
    return app


def _url(app, endpoint: str, rule: str, world) -> str:
    from flask import url_for

    args = {k: v for k, v in _args(world).items() if f"<int:{k}>" in rule or f"<{k}>" in rule}
    if "<token>" in rule:
        sub = world["subscription"]
        args["token"] = make_unsubscribe_token(app.config["SECRET_KEY"], sub.id)
    with app.test_request_context():
        return url_for(endpoint, **args)


@pytest.mark.parametrize("endpoint, rule", TOKEN_RULES, ids=[e for e, _ in TOKEN_RULES])
def test_api_writes_refuse_a_signed_in_cookie(app, client, db, world, endpoint, rule):
    """The API is exempt from CSRF: were it to take the browser's session as the user, any site
    could write through it. An admin signed in, no token: 401, nothing written."""
    login(client, "admin@un.org")
    url = _url(app, endpoint, rule, world)
    before = _audit_count(db)
    version = db.get(Obligation, world["ob"].id).version
    json_post = client.post(url, json={"status": "in_progress", "version": version, "comment": "x"})
    form_post = client.post(url, data={"file": (io.BytesIO(SEED.read_bytes()), "a.txt"), "replace": "true",
                                       "csrf_token": token(client)}, content_type="multipart/form-data")
    assert (json_post.status_code, form_post.status_code) == (401, 401)
    db.expire_all()
    assert _audit_count(db) == before
    assert db.get(Obligation, world["ob"].id).status == "not_started"


@pytest.mark.parametrize("endpoint, rule", CSRF_RULES, ids=[e for e, _ in CSRF_RULES])
def test_no_write_without_a_valid_csrf_token(csrf_app, db, world, endpoint, rule):
    client = csrf_app.test_client()
    login(client, "admin@un.org")
    url = _url(csrf_app, endpoint, rule, world)
    entry = MATRIX.get(endpoint)
    data = entry[1](world) if entry else {}
    before = _audit_count(db)
    missing = client.post(url, data=data, content_type="multipart/form-data")
    forged = client.post(url, data={**(entry[1](world) if entry else {}), "csrf_token": "forged"},
                         content_type="multipart/form-data")
    assert missing.status_code == 400 and forged.status_code == 400
    db.expire_all()
    assert _audit_count(db) == before


def test_only_the_one_click_unsubscribe_is_exempt_and_it_needs_its_signed_token(csrf_app, db, world):
    client = csrf_app.test_client()
    (endpoint, rule), = [(e, r) for e, r in COOKIE_RULES if e in CSRF_EXEMPT]
    sub_id = world["subscription"].id
    forged = make_unsubscribe_token("another secret", sub_id)
    assert client.post(f"/unsubscribe/{forged}", data={"List-Unsubscribe": "One-Click"}).status_code == 404
    assert db.get(Subscription, sub_id) is not None
    url = _url(csrf_app, endpoint, rule, world)
    response = client.post(url, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    db.expire_all()
    assert db.get(Subscription, sub_id) is None
