"""Owners are curated: actors the parser does not know are candidates (never owners) until a reviewer
accepts or rejects them; admins rename, merge and delete entities, with the version they saw."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.factories import gen_candidate, gen_entity, gen_focal_point, gen_obligation, gen_user
from tracker.models import (
    AuditEntry,
    CandidateStatus,
    Entity,
    EntityAlias,
    FocalPoint,
    HistoryEntry,
    Obligation,
    OwnerCandidate,
    Resolution,
    Subscription,
    obligation_owners,
)
from tracker.parsing import ObligationKind, OperativeParagraph, ParsedResolution
from tracker.services import counts, curation
from tracker.services.actors import Actor, PermissionDenied
from tracker.services.importing import import_resolution

CLI = Actor.system("cli")
NOW = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
FRAGMENT = "all relevant actors implement immediate measures towards de-escalation"


def _parsed(symbol: str = "A/RES/80/901",
            actors=("Secretary-General", "Committee of Nobody")) -> ParsedResolution:
    return ParsedResolution(
        symbol=symbol, body="GA", session=80, adopted_on=dt.date(2025, 12, 1), title="Test",
        operative=[
            OperativeParagraph(number="1", text="Requests the Secretary-General and the Committee of Nobody "
                               "to report;", action="requests", kind=ObligationKind.ACTION,
                               actors=list(actors), eid="para_1"),
            OperativeParagraph(number="2", text=f"Calls upon {FRAGMENT};", action="calls_upon",
                               kind=ObligationKind.EXHORTATION, actors=[FRAGMENT], eid="para_2"),
        ],
    )


def _obligations(db, symbol: str = "A/RES/80/901") -> dict[str, Obligation]:
    db.expire_all()
    rows = db.scalars(select(Obligation).join(Resolution).where(Resolution.symbol == symbol))
    return {o.paragraph.number: o for o in rows}


def _candidate(db, name: str) -> OwnerCandidate:
    return db.scalars(select(OwnerCandidate).where(OwnerCandidate.name == name)).one()


def _reviewer(db, **kw) -> Actor:
    return Actor.for_user(gen_user(db, role="officer", can_import=True, **kw))


# --------------------------------------------------------------------------- candidates


def test_an_unknown_actor_is_a_candidate_and_owns_nothing(db):
    result = import_resolution(db, _parsed(), CLI, today=TODAY)
    obs = _obligations(db)
    assert [e.name for e in obs["1"].owners] == ["Secretary-General"]
    assert [c.name for c in obs["1"].candidates] == ["Committee of Nobody"]
    assert obs["2"].owners == [] and [c.name for c in obs["2"].candidates] == [FRAGMENT]
    assert result.new_entities == ["Committee of Nobody", FRAGMENT]
    assert set(db.scalars(select(Entity.name))) == {"Secretary-General"}
    rows = curation.list_candidates(db, actor=CLI)
    assert [(r.candidate.name, [o.paragraph.number for o in r.obligations]) for r in rows] == [
        (FRAGMENT, ["2"]), ("Committee of Nobody", ["1"])]


def test_accepting_a_candidate_makes_an_entity_that_owns_its_obligations(db):
    import_resolution(db, _parsed(), CLI, today=TODAY)
    # an importer acting for the Secretary-General may give its obligation another owner
    reviewer = _reviewer(db, entities=list(db.scalars(select(Entity))))
    version_before = _obligations(db)["1"].version
    candidate = _candidate(db, "Committee of Nobody")
    entity = curation.accept_candidate(db, candidate, actor=reviewer, now=NOW,
                                       name="Committee of Nobody (CoN)", kind="organ",
                                       expected_version=candidate.version)
    db.commit()
    ob = _obligations(db)["1"]
    assert [e.name for e in ob.owners] == ["Committee of Nobody (CoN)", "Secretary-General"]
    assert ob.candidates == [] and ob.version == version_before + 1
    entry = ob.history[-1]
    assert (entry.field, entry.old_value, entry.new_value) == (
        "owners", ["Secretary-General"], ["Committee of Nobody (CoN)", "Secretary-General"])
    assert entity.kind == "organ" and [a.alias for a in entity.aliases] == ["Committee of Nobody"]
    assert db.scalar(select(func.count()).select_from(OwnerCandidate).where(
        OwnerCandidate.name == "Committee of Nobody")) == 0
    assert counts.check(db).ok, counts.check(db)
    audit = db.scalars(select(AuditEntry).where(AuditEntry.action == "accept_candidate")).one()
    assert audit.target_id == str(entity.id) and audit.details["obligations"] == 1

    # a re-import of the same words finds the entity: an owner, nothing to ask
    result = import_resolution(db, _parsed(), CLI, today=TODAY, replace=True)
    assert "Committee of Nobody" not in result.new_entities
    second = import_resolution(db, _parsed("A/RES/80/902"), CLI, today=TODAY)
    assert second.new_entities == [FRAGMENT]
    assert "Committee of Nobody (CoN)" in [e.name for e in _obligations(db, "A/RES/80/902")["1"].owners]


def test_accepting_a_candidate_as_an_alias_of_an_entity(db):
    import_resolution(db, _parsed(), CLI, today=TODAY)
    sg = db.scalars(select(Entity).where(Entity.name == "Secretary-General")).one()
    unodc = gen_entity(db, "United Nations Office on Drugs and Crime")
    curation.accept_candidate_as_alias(db, _candidate(db, "Committee of Nobody"), unodc, actor=CLI, now=NOW)
    db.commit()
    assert [e.name for e in _obligations(db)["1"].owners] == ["Secretary-General",
                                                             "United Nations Office on Drugs and Crime"]
    assert [a.alias for a in unodc.aliases] == ["Committee of Nobody"]
    import_resolution(db, _parsed("A/RES/80/903"), CLI, today=TODAY)
    assert {e.id for e in _obligations(db, "A/RES/80/903")["1"].owners} == {sg.id, unodc.id}


def test_a_rejected_candidate_does_not_come_back_on_reimport(db):
    import_resolution(db, _parsed(), CLI, today=TODAY)
    candidate = _candidate(db, FRAGMENT)
    curation.reject_candidate(db, candidate, actor=_reviewer(db), now=NOW, expected_version=candidate.version)
    db.commit()
    assert _obligations(db)["2"].candidates == []
    assert candidate.status == CandidateStatus.REJECTED and candidate.decided_at == NOW

    changed = _parsed()
    changed.operative[1].text = f"Strongly calls upon {FRAGMENT};"  # a changed paragraph is re-resolved
    result = import_resolution(db, changed, CLI, today=TODAY, replace=True)
    other = import_resolution(db, _parsed("A/RES/80/904"), CLI, today=TODAY)
    for symbol, res in (("A/RES/80/901", result), ("A/RES/80/904", other)):
        ob = _obligations(db, symbol)["2"]
        assert ob.owners == [] and ob.candidates == []
        assert FRAGMENT not in res.new_entities and FRAGMENT not in (ob.review_note or "")
    assert [c.status for c in db.scalars(select(OwnerCandidate).where(OwnerCandidate.name == FRAGMENT))] == [
        "rejected"]
    assert [r.candidate.name for r in curation.list_candidates(db, actor=CLI)] == ["Committee of Nobody"]


def test_only_reviewers_decide_candidates(db):
    candidate = gen_candidate(db, "Committee of Nobody")
    sg = gen_entity(db, "Secretary-General")
    for actor in (Actor.for_user(gen_user(db, role="officer", entities=[sg])),
                  Actor.for_user(gen_user(db, role="delegation"))):
        for call in (lambda a: curation.reject_candidate(db, candidate, actor=a, now=NOW),
                     lambda a: curation.accept_candidate(db, candidate, actor=a, now=NOW),
                     lambda a: curation.accept_candidate_as_alias(db, candidate, sg, actor=a, now=NOW),
                     lambda a: curation.list_candidates(db, actor=a)):
            with pytest.raises(PermissionDenied):
                call(actor)
    assert candidate.status == CandidateStatus.PENDING


def test_an_officer_accepts_only_where_the_review_form_would_let_them(db):
    """Accepting a candidate as an alias of one's own entity must not hand over another entity's
    obligation: an importer acting for INTERPOL may not accept a candidate the Secretary-General's
    obligation names; an admin may."""
    sg, interpol = gen_entity(db, "Secretary-General"), gen_entity(db, "INTERPOL")
    candidate = gen_candidate(db, "the Organization")
    gen_obligation(db, owners=[sg], candidates=[candidate])
    importer = Actor.for_user(gen_user(db, role="officer", can_import=True, entities=[interpol]))
    db.commit()
    for call in (lambda: curation.accept_candidate_as_alias(db, candidate, interpol, actor=importer, now=NOW),
                 lambda: curation.accept_candidate(db, candidate, actor=importer, now=NOW)):
        with pytest.raises(PermissionDenied):
            call()
    db.rollback()
    unowned = gen_candidate(db, "the Committee")
    gen_obligation(db, candidates=[unowned])
    curation.accept_candidate_as_alias(db, unowned, interpol, actor=importer, now=NOW)
    assert [a.alias for a in interpol.aliases] == ["the Committee"]


def test_a_decision_on_a_stale_candidate_is_refused(db):
    candidate = gen_candidate(db, "Committee of Nobody")
    curation.reject_candidate(db, candidate, actor=CLI, now=NOW)
    with pytest.raises(curation.StaleEntity):
        curation.accept_candidate(db, candidate, actor=CLI, now=NOW, expected_version=1)
    with pytest.raises(curation.CurationError) as refused:
        curation.accept_candidate(db, candidate, actor=CLI, now=NOW)
    assert refused.value.code == "candidate_decided"


def test_a_new_entity_cannot_take_a_name_that_is_taken(db):
    gen_entity(db, "Committee of Nobody", aliases=("CoN",))
    candidate = gen_candidate(db, "the Committee of Nothing")
    with pytest.raises(curation.CurationError) as refused:
        curation.accept_candidate(db, candidate, actor=CLI, now=NOW, name="The CoN")
    assert (refused.value.code, refused.value.field) == ("entity_name_taken", "name")


# --------------------------------------------------------------------------- rename, merge, delete


def test_rename_keeps_the_old_name_as_an_alias_and_checks_the_version(db):
    entity = gen_entity(db, "Office of Drugs", aliases=("UNODC",))
    version = entity.version
    assert curation.rename_entity(db, entity, "UNODC", actor=CLI, expected_version=version)
    db.commit()
    assert entity.name == "UNODC" and [a.alias for a in entity.aliases] == ["Office of Drugs"]
    assert entity.version == version + 1
    with pytest.raises(curation.StaleEntity):
        curation.rename_entity(db, entity, "Something else", actor=CLI, expected_version=version)
    gen_entity(db, "INTERPOL")
    with pytest.raises(curation.CurationError):
        curation.rename_entity(db, entity, "the interpol", actor=CLI)
    with pytest.raises(PermissionDenied):
        curation.rename_entity(db, entity, "X", actor=_reviewer(db))


def test_merge_moves_everything_to_the_survivor(db):
    survivor = gen_entity(db, "United Nations Office on Drugs and Crime", aliases=("UNODC",))
    merged = gen_entity(db, "Office of Drugs", aliases=("ODC", "unodc"), reminder_stages="60,7")
    other = gen_entity(db, "INTERPOL")
    both = gen_obligation(db, owners=[survivor, merged])
    only = gen_obligation(db, owners=[merged, other])
    untouched = gen_obligation(db, owners=[other])
    shared_user = gen_user(db, entities=[survivor, merged])
    officer = gen_user(db, entities=[merged])
    gen_focal_point(db, survivor, email="focal@unodc.org")
    gen_focal_point(db, merged, email="focal@unodc.org")
    gen_focal_point(db, merged, user=officer)
    delegation = gen_user(db, role="delegation")
    db.add_all([Subscription(user=delegation, target="entity", entity_id=merged.id),
                Subscription(user=shared_user, target="entity", entity_id=merged.id),
                Subscription(user=shared_user, target="entity", entity_id=survivor.id)])
    db.flush()
    assert not curation.rename_entity(db, survivor, survivor.name, actor=CLI)  # the same name: nothing
    curation.rename_entity(db, merged, "Office on Drugs", actor=CLI)
    db.commit()
    versions = {o.id: o.version for o in (both, only, untouched)}
    survivor_version, merged_id = survivor.version, merged.id

    result = curation.merge_entities(db, merged, survivor, actor=CLI, now=NOW,
                                     expected_version=merged.version, survivor_version=survivor_version)
    db.commit()
    db.expire_all()
    assert db.get(Entity, merged_id) is None
    assert sorted(a.alias for a in survivor.aliases) == ["ODC", "Office of Drugs", "Office on Drugs", "UNODC"]
    assert (result.obligations, result.focal_points, result.officers, result.followers) == (2, 1, 1, 1)
    assert [e.name for e in db.get(Obligation, both.id).owners] == [survivor.name]
    assert [e.name for e in db.get(Obligation, only.id).owners] == ["INTERPOL", survivor.name]
    assert db.get(Obligation, untouched.id).version == versions[untouched.id]
    for ob_id in (both.id, only.id):
        ob = db.get(Obligation, ob_id)
        assert ob.version == versions[ob_id] + 1
        assert ob.history[-1].comment == f"Office on Drugs merged into {survivor.name}"
    assert sorted((fp.email or "", fp.user_id or 0) for fp in survivor.focal_points) == [
        ("", officer.id), ("focal@unodc.org", 0)]
    assert db.scalar(select(func.count()).select_from(FocalPoint)) == 2
    assert [e.name for e in db.get(type(officer), officer.id).entities] == [survivor.name]
    assert [e.name for e in db.get(type(officer), shared_user.id).entities] == [survivor.name]
    followers = sorted(s.user_id for s in db.scalars(select(Subscription)))
    assert followers == sorted([delegation.id, shared_user.id])
    assert all(s.entity_id == survivor.id for s in db.scalars(select(Subscription)))
    assert survivor.reminder_stages == "60,7" and survivor.version == survivor_version + 1
    assert counts.check(db).ok, counts.check(db)  # the owners' kept counts followed the merge
    # the merged entity's history is the survivor's now
    history = curation.entity_history(db, survivor)
    assert [e.action for e in history][:2] == ["merge_entity", "rename_entity"]
    assert {e.target_id for e in history} >= {str(merged_id), str(survivor.id)}


def test_merge_refuses_a_stale_version_and_itself(db):
    a, b = gen_entity(db, "A"), gen_entity(db, "B")
    stale = a.version
    curation.rename_entity(db, a, "A2", actor=CLI)
    with pytest.raises(curation.StaleEntity):
        curation.merge_entities(db, a, b, actor=CLI, now=NOW, expected_version=stale)
    with pytest.raises(curation.CurationError):
        curation.merge_entities(db, a, a, actor=CLI, now=NOW)
    with pytest.raises(PermissionDenied):
        curation.merge_entities(db, a, b, actor=_reviewer(db), now=NOW)
    assert db.get(Entity, a.id) is not None


def test_delete_is_refused_while_the_entity_owns_obligations(db):
    owner, spare = gen_entity(db, "Owner"), gen_entity(db, "Spare", aliases=("S",))
    gen_obligation(db, owners=[owner])
    gen_focal_point(db, spare, email="x@un.org")
    with pytest.raises(curation.CurationError) as refused:
        curation.delete_entity(db, owner, actor=CLI)
    assert (refused.value.code, refused.value.params["n"]) == ("entity_owns_obligations", 1)
    spare_id = spare.id
    curation.delete_entity(db, spare, actor=CLI, expected_version=spare.version)
    db.commit()
    assert db.get(Entity, spare_id) is None
    assert db.scalar(select(func.count()).select_from(EntityAlias)) == 0
    entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "delete_entity")).one()
    assert entry.details["name"] == "Spare" and entry.details["aliases"] == ["S"]


def test_concurrent_renames_never_overwrite(db_factory):
    """Two admins load the same entity; the second to save, based on the version both saw, is refused
    by the database (UPDATE ... WHERE version = seen), not by luck."""
    with db_factory() as setup:
        entity_id = gen_entity(setup, "Office").id
        setup.commit()
    first, second = db_factory(), db_factory()
    try:
        mine, theirs = first.get(Entity, entity_id), second.get(Entity, entity_id)
        seen = theirs.version
        curation.rename_entity(first, mine, "Office A", actor=CLI, expected_version=seen)
        first.commit()
        with pytest.raises(curation.StaleEntity):
            curation.rename_entity(second, theirs, "Office B", actor=CLI, expected_version=seen)
        second.rollback()
        assert second.get(Entity, entity_id).name == "Office A"
    finally:
        first.close()
        second.close()


def test_the_history_of_a_merge_entry(db):
    """HistoryEntry rows keep the names of their time: a merge does not rewrite the past."""
    old = gen_entity(db, "Old office")
    new = gen_entity(db, "New office")
    ob = gen_obligation(db, owners=[old])
    db.add(HistoryEntry(obligation=ob, at=NOW, actor="cli", field="owners", old_value=[],
                        new_value=["Old office"]))
    db.flush()
    curation.merge_entities(db, old, new, actor=CLI, now=NOW)
    assert [h.new_value for h in ob.history] == [["Old office"], ["New office"]]


def test_a_deletion_waits_for_an_import_linking_the_entity_and_then_refuses(db_factory, engine):
    """PostgreSQL: an import links an obligation to the entity and has not committed yet. Deleting
    the entity must not count zero obligations (the link is not visible yet), then cascade the
    committed link away: the deletion waits on the row, reads the link, and refuses."""
    import threading

    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: the two transactions cannot overlap")
    with db_factory() as setup:
        entity_id = gen_entity(setup, "Office").id
        ob_id = gen_obligation(setup).id
        setup.commit()
    importer = db_factory()
    importer.execute(obligation_owners.insert().values(obligation_id=ob_id, entity_id=entity_id))
    outcome: list[object] = []

    def delete() -> None:
        with db_factory() as admin:
            try:
                curation.delete_entity(admin, admin.get(Entity, entity_id), actor=CLI)
                admin.commit()
                outcome.append("deleted")
            except curation.CurationError as exc:
                outcome.append(exc.code)

    worker = threading.Thread(target=delete)
    worker.start()
    worker.join(timeout=1.0)
    assert worker.is_alive(), "the deletion should wait for the import's transaction"
    importer.commit()
    importer.close()
    worker.join(timeout=10)
    assert outcome == ["entity_owns_obligations"]
    with db_factory() as check:
        assert [e.id for e in check.get(Obligation, ob_id).owners] == [entity_id]


@pytest.mark.parametrize("names", [
    ["Special Rapporteur on the right to food",
     "Independent Expert on the enjoyment of all human rights by older persons"],
    ["Special Representative of the Secretary-General for Children and Armed Conflict",
     "Special Representative of the Secretary-General on Violence against Children"],
    ["Chair of the Special Committee on Decolonization", "Bretton Woods institutions"],
])
def test_mandate_holders_the_gazetteer_names_are_owners_with_nothing_to_review(db, names):
    result = import_resolution(db, _parsed(actors=names), CLI, today=TODAY)
    assert result.new_entities == [FRAGMENT]
    action = _obligations(db)["1"]
    assert sorted(e.name for e in action.owners) == sorted(names)
    assert action.candidates == []
    assert db.scalars(select(OwnerCandidate).where(OwnerCandidate.name.in_(names))).all() == []
