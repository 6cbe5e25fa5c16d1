"""Owners are curated, on the web: candidates are shown to reviewers only, decided on their page;
admins rename, merge and delete entities with the version the page showed."""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import re

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_user
from tests.web.workspace import PASSWORD, login, token
from tracker.models import AuditEntry, Entity, Obligation, OwnerCandidate, Resolution
from tracker.parsing import ObligationKind, OperativeParagraph, ParsedResolution
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

NOBODY = "Committee of Nobody"


@pytest.fixture
def imported(db):
    """A published resolution whose paragraph 1 names the Secretary-General and an unknown body."""
    parsed = ParsedResolution(
        symbol="A/RES/80/901", body="GA", session=80, adopted_on=dt.date(2025, 12, 1), title="Test",
        operative=[OperativeParagraph(
            number="1", text=f"Requests the Secretary-General and the {NOBODY} to report;",
            action="requests", kind=ObligationKind.ACTION, actors=["Secretary-General", NOBODY],
            eid="para_1")],
    )
    import_resolution(db, parsed, Actor.system("cli"), today=dt.date(2026, 1, 5), publish=True)
    sg = db.scalars(select(Entity).where(Entity.name == "Secretary-General")).one()
    gen_user(db, "importer@un.org", role="officer", can_import=True, entities=[sg], password=PASSWORD)
    gen_user(db, "officer@un.org", role="officer", entities=[sg], password=PASSWORD)
    gen_user(db, "delegation@mission.org", role="delegation", password=PASSWORD)
    gen_user(db, "admin@un.org", role="admin", password=PASSWORD)
    db.commit()
    ob = db.scalars(select(Obligation).join(Resolution).where(Resolution.symbol == "A/RES/80/901")).one()
    return {"ob": ob, "sg": sg, "candidate": db.scalars(select(OwnerCandidate)).one()}


def _text(response) -> str:
    return htmlmod.unescape(response.get_data(as_text=True))


def test_public_pages_and_the_api_never_show_a_candidate_as_an_owner(app, client, db, imported):
    ob = imported["ob"]
    api = client.get(f"/api/v1/obligations/{ob.id}").get_json()
    assert [o["name"] for o in api["owners"]] == ["Secretary-General"]
    entities = client.get("/api/v1/entities?per_page=100").get_json()
    assert NOBODY not in [e["name"] for e in entities["items"]]
    page = _text(client.get(f"/obligations/{ob.id}"))
    assert 'id="owner-candidates"' not in page
    for email in ("delegation@mission.org", "officer@un.org"):
        other = app.test_client()
        login(other, email)
        assert 'id="owner-candidates"' not in _text(other.get(f"/obligations/{ob.id}"))
        assert other.get("/candidates").status_code == 403
    login(client, "importer@un.org")
    page = _text(client.get(f"/obligations/{ob.id}"))
    assert 'id="owner-candidates"' in page and NOBODY in page.split('id="owner-candidates"')[1][:200]


def test_a_reviewer_accepts_a_candidate_as_a_new_entity(client, db, imported):
    login(client, "importer@un.org")
    candidate = imported["candidate"]
    page = _text(client.get("/candidates"))
    assert f"“{NOBODY}”" in page and "A/RES/80/901 ¶1" in page
    prefix = f"c{candidate.id}-"
    response = client.post(f"/candidates/{candidate.id}/accept", data={
        prefix + "name": NOBODY, prefix + "kind": "organ", prefix + "version": str(candidate.version),
        "csrf_token": token(client)})
    assert response.status_code == 302
    assert f"{NOBODY} is now an entity" in _text(client.get("/candidates"))
    db.expire_all()
    assert [e.name for e in db.get(Obligation, imported["ob"].id).owners] == [NOBODY, "Secretary-General"]
    api = client.get(f"/api/v1/obligations/{imported['ob'].id}").get_json()
    assert NOBODY in [o["name"] for o in api["owners"]]


def test_accepting_as_an_alias_of_an_unknown_name_says_so_next_to_the_field(client, db, imported):
    login(client, "importer@un.org")
    candidate = imported["candidate"]
    prefix = f"c{candidate.id}-"
    response = client.post(f"/candidates/{candidate.id}/alias", data={
        prefix + "entity": "Nobody at all", prefix + "version": str(candidate.version),
        "csrf_token": token(client)})
    assert response.status_code == 422
    page = _text(response)
    assert f'id="{prefix}entity-error"' in page and "No entity is called “Nobody at all”" in page
    response = client.post(f"/candidates/{candidate.id}/alias", data={
        prefix + "entity": "secretary-general", prefix + "version": str(candidate.version),
        "csrf_token": token(client)})
    assert response.status_code == 302
    db.expire_all()
    assert NOBODY in [a.alias for a in db.get(Entity, imported["sg"].id).aliases]


def test_a_rejected_candidate_is_listed_apart_and_a_stale_decision_is_a_conflict(client, db, imported):
    login(client, "importer@un.org")
    candidate = imported["candidate"]
    prefix = f"c{candidate.id}-"
    stale = {prefix + "version": str(candidate.version + 1), "csrf_token": token(client)}
    response = client.post(f"/candidates/{candidate.id}/reject", data=stale)
    assert response.status_code == 409 and "Someone else changed this meanwhile" in _text(response)
    response = client.post(f"/candidates/{candidate.id}/reject", data={
        prefix + "version": str(candidate.version), "csrf_token": token(client)})
    assert response.status_code == 302
    page = _text(client.get("/candidates"))
    assert 'id="rejected"' in page and NOBODY in page.split('id="rejected"')[1]
    assert f'id="candidate-{candidate.id}"' not in page


def test_the_french_candidates_page(client, db, imported):
    login(client, "importer@un.org")
    page = _text(client.get("/candidates", headers={"Accept-Language": "fr"}))
    assert "Accepter comme nouvelle entité" in page


# --------------------------------------------------------------------------- admin


@pytest.fixture
def admin_client(client, db):
    gen_user(db, "root@un.org", role="admin", password=PASSWORD)
    db.commit()
    login(client, "root@un.org")
    return client


def test_admin_merges_an_entity_into_another(admin_client, db):
    client = admin_client
    survivor, merged = gen_entity(db, "UNODC"), gen_entity(db, "Office on Drugs", aliases=("ODC",))
    ob = gen_obligation(db, owners=[merged])
    db.commit()
    merged_id = merged.id
    page = _text(client.get(f"/admin/entities/{merged.id}"))
    assert "1 obligation moves with it." in page and "cannot be deleted" in page
    response = client.post(f"/admin/entities/{merged.id}/merge", data={
        "survivor": str(survivor.id), "version": str(merged.version), "csrf_token": token(client)})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/admin/entities/{survivor.id}")
    page = _text(client.get(f"/admin/entities/{survivor.id}"))
    assert "Office on Drugs merged into UNODC: 1 obligation, 0 focal points and 2 aliases moved." in page
    assert "Entity merged into this one" in page
    db.expire_all()
    assert [e.name for e in db.get(Obligation, ob.id).owners] == ["UNODC"]
    assert db.get(Entity, merged_id) is None


def test_a_stale_rename_or_merge_is_refused_and_the_page_shows_the_entity_as_it_is(admin_client, db):
    client = admin_client
    entity, other = gen_entity(db, "Office"), gen_entity(db, "Other")
    db.commit()
    seen = entity.version
    renamed = client.post(f"/admin/entities/{entity.id}", data={
        "name": "Office A", "kind": "other", "version": str(seen), "csrf_token": token(client)})
    assert renamed.status_code == 302
    response = client.post(f"/admin/entities/{entity.id}", data={
        "name": "Office B", "kind": "other", "version": str(seen), "csrf_token": token(client)})
    assert response.status_code == 409 and "Someone else changed this meanwhile" in _text(response)
    response = client.post(f"/admin/entities/{entity.id}/merge", data={
        "survivor": str(other.id), "version": str(seen), "csrf_token": token(client)})
    assert response.status_code == 409
    db.expire_all()
    assert db.get(Entity, entity.id).name == "Office A"
    assert [a.alias for a in db.get(Entity, entity.id).aliases] == ["Office"]


def test_delete_is_refused_while_the_entity_owns_obligations(admin_client, db):
    client = admin_client
    owner, spare = gen_entity(db, "Owner"), gen_entity(db, "Spare")
    gen_obligation(db, owners=[owner])
    db.commit()
    spare_id = spare.id
    response = client.post(f"/admin/entities/{owner.id}/delete", data={
        "version": str(owner.version), "csrf_token": token(client)})
    assert response.status_code == 422 and "Owner owns 1 obligation(s)" in _text(response)
    page = _text(client.get(f"/admin/entities/{spare.id}"))
    assert "It owns no obligation." in page
    response = client.post(f"/admin/entities/{spare.id}/delete", data={
        "version": str(spare.version), "csrf_token": token(client)})
    assert response.status_code == 302
    db.expire_all()
    assert db.get(Entity, spare_id) is None and db.get(Entity, owner.id) is not None
    assert db.scalars(select(AuditEntry.action).where(AuditEntry.action == "delete_entity")).one()


def test_the_resolution_review_page_names_candidates_beside_the_owners(client, db, imported):
    login(client, "importer@un.org")
    page = _text(client.get(f"/resolutions/{imported['ob'].resolution_id}/review"))
    row = page.split(f'/obligations/{imported["ob"].id}"')[1].split("</tr>")[0]
    assert "Secretary-General" in row and NOBODY in row and "candidate" in row


CHAIR = "Chair-designate of the 2027 Meeting of States"


def _owners_cells(page: str) -> list[str]:
    """The words of each owners cell of a page's table of obligations, and of each obligation of a
    resolution page's paragraphs."""
    cells = re.findall(r'(?:<td data-label="[^"]*">|<span class="d-block small">)'
                       r'(<span class="text-body-secondary">[^<]*</span>|<a href="/owners/.*?)'
                       r'(?:</td>|</span>\n)', page)
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in cells]


def _chair_designate(db) -> tuple[Obligation, OwnerCandidate]:
    """A/RES/80/43 6 imported and published, its owner a candidate: the obligation and the candidate."""
    parsed = ParsedResolution(
        symbol="A/RES/80/43", body="GA", session=80, adopted_on=dt.date(2025, 12, 1), title="Small arms",
        operative=[
            OperativeParagraph(number="6", text=f"Encourages the {CHAIR} to conduct discussions;",
                               action="encourages", kind=ObligationKind.ACTION, actors=[CHAIR], eid="para_6"),
            OperativeParagraph(number="8", text="Decides to remain seized of the matter;",
                               action="decides", kind=ObligationKind.ACTION, actors=[], eid="para_8"),
        ])
    import_resolution(db, parsed, Actor.system("cli"), today=dt.date(2026, 1, 5), publish=True)
    ob = db.scalars(select(Obligation).join(Resolution).where(Resolution.symbol == "A/RES/80/43")
                    .order_by(Obligation.paragraph_id)).first()
    ob.due_on = dt.date(2026, 9, 1)
    db.commit()
    return ob, db.scalars(select(OwnerCandidate).where(OwnerCandidate.name == CHAIR)).one()


def test_a_public_row_says_an_owner_named_is_not_yet_confirmed_until_a_reviewer_decides(
        client, db, imported):
    """A/RES/80/43 6 "Encourages the Chair-designate of the 2027 Meeting of States to conduct
    discussions …": the register knows no such owner, so the name waits for a reviewer as an owner
    candidate. A public row does not say "no owner" (the register's word that it names nobody),
    nor the unreviewed name, but that its owner is not yet confirmed, in English and French, on a
    resolution's page, a search's, the obligation's own and in its feed; once the candidate is
    rejected it has no owner."""
    ob, candidate = _chair_designate(db)

    def shown(lang: str = "en") -> dict[str, list[str]]:
        headers = {"Accept-Language": lang}
        pages = {"resolution": client.get("/resolutions/A/RES/80/43", headers=headers),
                 "search": client.get("/search?symbol=A/RES/80/43", headers=headers)}
        out = {how: _owners_cells(page.get_data(as_text=True)) for how, page in pages.items()}
        obligation = _text(client.get(f"/obligations/{ob.id}", headers=headers))
        out["obligation"] = re.findall(r'<span class="text-muted">([^<]*)</span></dd>', obligation)[:1]
        feed = client.get("/feeds/resolutions/A/RES/80/43.ics").get_data(as_text=True).replace("\r\n ", "")
        feed = feed.replace("\r", "")
        out["feed"] = re.findall(r"^SUMMARY:.*— (.*)$", feed, flags=re.M)
        for page in (feed, *(p.get_data(as_text=True) for p in pages.values())):
            assert CHAIR not in page.split("<main")[-1].replace(f"Encourages the {CHAIR}", "")
        return out

    assert shown() == {"resolution": ["owner not yet confirmed", "no owner"],
                       "search": ["owner not yet confirmed", "no owner"],
                       "obligation": ["owner not yet confirmed"], "feed": ["owner not yet confirmed"]}
    unconfirmed = "responsable non encore confirmé"
    assert shown("fr") == {"resolution": [unconfirmed, "sans responsable"],
                           "search": [unconfirmed, "sans responsable"],
                           "obligation": [unconfirmed], "feed": ["owner not yet confirmed"]}
    login(client, "importer@un.org")
    prefix = f"c{candidate.id}-"
    response = client.post(f"/candidates/{candidate.id}/reject", data={
        prefix + "version": str(candidate.version), "csrf_token": token(client)})
    assert response.status_code == 302
    client.post("/logout", data={"csrf_token": token(client)})
    assert shown() == {"resolution": ["no owner", "no owner"], "search": ["no owner", "no owner"],
                       "obligation": ["none"], "feed": ["no owner"]}
    assert shown("fr")["resolution"] == ["sans responsable", "sans responsable"]


def test_the_review_note_naming_an_unconfirmed_owner_is_for_those_who_review(client, db, imported):
    """The obligation's page says to everyone that it needs review, but its note ("unknown actor(s): Chair-
    designate of the 2027 Meeting of States") names an owner candidate, which is not public until accepted:
    those who review it read the note."""
    ob, _candidate = _chair_designate(db)
    public = client.get(f"/obligations/{ob.id}").get_data(as_text=True).split("<main")[-1]
    assert "needs review" in public and "unknown actor(s)" not in public
    assert CHAIR not in public.replace(f"Encourages the {CHAIR}", "")
    login(client, "importer@un.org")
    assert f"unknown actor(s): {CHAIR}" in client.get(f"/obligations/{ob.id}").get_data(as_text=True)


def test_the_api_says_an_owner_named_is_not_yet_confirmed(client, db, imported):
    """The JSON API gives what the public rows say: A/RES/80/43 6 has no owner yet, but its paragraph names
    one a reviewer has still to decide on (``owner_unconfirmed``), in the list, the obligation and the
    resolution's document; paragraph 8 names nobody. Once the candidate is rejected, neither has one."""
    ob, candidate = _chair_designate(db)

    def said() -> dict[str, list[tuple[list, bool]]]:
        listed = client.get("/api/v1/obligations?symbol=A/RES/80/43").get_json()["items"]
        one = client.get(f"/api/v1/obligations/{ob.id}").get_json()
        document = client.get("/api/v1/resolutions/A/RES/80/43").get_json()
        in_document = [o for p in document["operative"] for o in p["obligations"]]
        return {how: [(o["owners"], o["owner_unconfirmed"]) for o in obs]
                for how, obs in (("list", listed), ("one", [one]), ("document", in_document))}

    assert said() == {"list": [([], True), ([], False)], "one": [([], True)],
                      "document": [([], True), ([], False)]}
    login(client, "importer@un.org")
    prefix = f"c{candidate.id}-"
    assert client.post(f"/candidates/{candidate.id}/reject", data={
        prefix + "version": str(candidate.version), "csrf_token": token(client)}).status_code == 302
    client.post("/logout", data={"csrf_token": token(client)})
    assert said() == {"list": [([], False), ([], False)], "one": [([], False)],
                      "document": [([], False), ([], False)]}
