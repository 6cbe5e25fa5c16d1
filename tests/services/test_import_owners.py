"""Owners the import knows without asking a reviewer: the office of a known entity, and a generic
group of addressees (the paragraphs are real; their symbols are quoted)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from tests.factories import gen_candidate
from tests.services.seed import TODAY
from tracker.models import CandidateStatus, Entity, Obligation
from tracker.parsing import ObligationKind, OperativeParagraph, ParsedResolution, PreambularParagraph
from tracker.services.actors import Actor
from tracker.services.entities import (
    EntityResolver,
    ShortNames,
    group_of,
    load_gazetteer,
    members_of,
    office_of,
    system_of,
)
from tracker.services.importing import import_resolution, preview

CLI = Actor.system("cli")


def _parsed(*paragraphs: tuple[str, list[str]], symbol: str = "A/RES/80/998", title: str = "Test",
            preamble: tuple[str, ...] = (), body: str = "GA") -> ParsedResolution:
    return ParsedResolution(
        symbol=symbol, body=body, session=80, adopted_on=dt.date(2025, 12, 1), title=title,
        preambular=[PreambularParagraph(number=n, text=text) for n, text in enumerate(preamble, 1)],
        operative=[OperativeParagraph(number=str(n), text=text, action="requests", kind=ObligationKind.ACTION,
                                      actors=actors, eid=f"para_{n}")
                   for n, (text, actors) in enumerate(paragraphs, 1)],
    )


def _import(db, *paragraphs: tuple[str, list[str]], **resolution: Any) -> list[Obligation]:
    import_resolution(db, _parsed(*paragraphs, **resolution), CLI, today=TODAY)
    return list(db.scalars(select(Obligation).order_by(Obligation.id)))


def test_the_office_of_a_known_entity_is_an_owner_of_its_own_whatever_its_title_is_written():
    assert office_of("Chairperson of the African Union Commission") == ("Chair", "African Union Commission")
    assert office_of("Director General of the IAEA") == ("Director-General", "IAEA")
    assert office_of("Committee on Crime Prevention and Control") is None


def test_an_office_of_a_known_entity_is_owned_not_reviewed(db):
    # A/RES/78/119 12; A/RES/67/221 12 ("Requests the Administrator of the United Nations Development
    # Programme, as Chair of the United Nations Development Group, to provide …"), shortened, with the
    # Chair of the Counter-Terrorism Committee written two ways (constructed)
    first, second, third = _import(
        db,
        ("Calls upon the Chair of the United Nations Sustainable Development Group and the Emergency Relief "
         "Coordinator to continue to enhance their consultations",
         ["Chair of the United Nations Sustainable Development Group",
          "Office for the Coordination of Humanitarian Affairs"]),
        ("Requests the Chairman of the Counter-Terrorism Committee to brief the Council",
         ["Chairman of the Counter-Terrorism Committee"]),
        ("Requests the Chair of the CTC and the Administrator of the United Nations Development Programme to "
         "provide support",
         ["Chair of the CTC", "Administrator of the United Nations Development Programme"]),
    )
    assert {e.name for e in first.owners} == {"Chair of the United Nations Sustainable Development Group",
                                              "Office for the Coordination of Humanitarian Affairs"}
    assert [e.name for e in second.owners] == ["Chair of the Counter-Terrorism Committee"]
    # the Administrator is known by name (the Development Group's Chair before 2018): an entity of its own
    assert set(third.owners) == {second.owners[0], db.scalars(select(Entity).where(
        Entity.name == "Administrator of the United Nations Development Programme")).one()}
    assert not any(o.needs_review or o.candidates for o in (first, second, third))


def test_the_chair_of_the_chief_executives_board_is_the_secretary_general_and_the_bodies_are_known(db):
    # A/RES/59/276 43 ("Requests the Secretary-General, as Chairman of the United Nations System Chief
    # Executives Board for Coordination, to address this matter …"), as a parser gazetteer without the alias
    # read it; A/RES/45/118 5; A/RES/80/76 5 and 10
    first, second, third = _import(
        db,
        ("Requests the Secretary-General, as Chairman of the United Nations System Chief Executives Board "
         "for Coordination, to address this matter",
         ["Secretary-General",
          "Chairman of the United Nations System Chief Executives Board for Coordination"]),
        ("Requests the Committee on Crime Prevention and Control to conduct periodic reviews",
         ["Committee on Crime Prevention and Control"]),
        ("Agrees that the Legal Sub-Committee and the Scientific and Technical Subcommittee should consider "
         "the substantive items", ["Legal Sub-Committee", "Scientific and Technical Subcommittee"]),
    )
    assert [e.name for e in first.owners] == ["Secretary-General"]
    assert [e.name for e in second.owners] == ["Committee on Crime Prevention and Control"]
    assert {e.name for e in third.owners} == {"Legal Subcommittee", "Scientific and Technical Subcommittee"}
    assert not any(o.needs_review or o.candidates for o in (first, second, third))


def test_an_office_of_an_unknown_entity_or_of_a_state_is_reviewed(db):
    (ob,) = _import(db, ("Requests the Chair of the Committee of Nobody and the President of Myanmar to act",
                         ["Chair of the Committee of Nobody", "President of Myanmar"]))
    assert ob.owners == [] and {c.name for c in ob.candidates} == {"Chair of the Committee of Nobody",
                                                                  "President of Myanmar"}


def test_a_group_of_addressees_is_named_without_the_words_that_do_not_change_who_it_is():
    assert group_of("other relevant international organizations") == "international organizations"
    assert group_of("all stakeholders") == "stakeholders"
    assert group_of("more African countries") == "African countries"
    assert group_of("armed groups") == "armed groups"
    assert group_of("donor community") == "donor community"
    # a name, a group named before, a complement, a noun that needs one
    for name in ("Main Committees", "those countries", "such organizations", "countries of the region",
                 "entities referred to in the Convention", "relevant bodies", "members",
                 "authorities concerned", "concerned", "Group of 20", "above-mentioned bodies"):
        assert group_of(name) is None, name


def test_groups_of_addressees_are_owners_and_the_known_ones_are_the_known_entities(db):
    # A/RES/69/266 2; A/RES/48/112 6 ("Encourages all countries to take action to prevent the illicit arms
    # trade …"); A/RES/71/229 4 ("… and invites other countries in a position to do so, multilateral financial
    # institutions, the private sector, …"), with two names of known groups written otherwise (constructed)
    first, second, third = _import(
        db,
        ("Encourages Member States and relevant international organizations to enhance global cooperation",
         ["Member States", "relevant international organizations"]),
        ("Encourages all countries and international organizations to take action",
         ["countries", "international organizations"]),
        ("Invites other countries in a position to do so, small island developing countries and other "
         "regional organizations to contribute", ["other countries", "small island developing countries",
                                         "other regional organizations"]),
    )
    assert {e.name for e in first.owners} == {"Member States", "international organizations"}
    assert set(second.owners) == set(first.owners)
    assert {e.name for e in third.owners} == {"Member States", "small island developing States",
                                              "regional organizations"}
    assert not any(o.needs_review or o.candidates for o in (first, second, third))
    kind = db.scalars(select(Entity.kind).where(Entity.name == "international organizations")).one()
    assert kind == "other"


def test_indigenous_peoples_are_one_group_however_capitalised(db):
    # A/RES/79/283 6 ("Invites Governments and other relevant stakeholders, including …, civil society,
    # Indigenous Peoples, local communities, …"); A/RES/74/135 25 ("… and invites indigenous peoples, as
    # custodians of their languages, …"), shortened
    assert group_of("Indigenous Peoples") == group_of("all indigenous peoples") == "Indigenous Peoples"
    first, second = _import(
        db,
        ("Invites Governments and other relevant stakeholders, including Indigenous Peoples, to support",
         ["Governments", "relevant stakeholders", "Indigenous Peoples"]),
        ("Invites Member States to act in partnership with indigenous peoples, and invites indigenous "
         "peoples to take measures", ["Member States", "indigenous peoples"]),
    )
    assert {e.name for e in first.owners} == {"Governments", "relevant stakeholders", "Indigenous Peoples"}
    assert {e.name for e in second.owners} == {"Member States", "Indigenous Peoples"}
    assert not any(o.needs_review or o.candidates for o in (first, second))
    # read as written by the parser (a known name would be found in "the rights of Indigenous Peoples")
    assert not load_gazetteer(db).knows("Indigenous Peoples")


def test_a_group_named_before_or_needing_a_complement_is_reviewed(db):
    # constructed: "those countries" are the ones named before it, "relevant bodies" of whom?
    (ob,) = _import(db, ("Encourages those countries and relevant bodies to act", ["those countries",
                                                                                   "relevant bodies"]))
    assert ob.owners == [] and {c.name for c in ob.candidates} == {"those countries", "relevant bodies"}


def test_a_rejected_name_stays_rejected_though_a_rule_reads_it(db):
    gen_candidate(db, "international organizations", status=CandidateStatus.REJECTED)
    gen_candidate(db, "Chair of the Fifth Committee", status=CandidateStatus.REJECTED)
    (ob,) = _import(db, ("Requests the Chair of the Fifth Committee and international organizations to act",
                         ["Chair of the Fifth Committee", "international organizations"]))
    assert ob.owners == [] and ob.candidates == [] and not db.scalars(select(Entity)).all()


def test_the_preview_and_the_parser_read_the_rules_as_the_import_does(db):
    resolver = EntityResolver.load(db)
    assert not resolver.is_unknown("other relevant actors") and not resolver.is_unknown("Chair of the CTC")
    assert resolver.is_unknown("relevant bodies")
    _import(db, ("Requests international organizations and the Chair of the Fifth Committee to act",
                 ["international organizations", "Chair of the Fifth Committee"]))
    gazetteer = load_gazetteer(db)
    # a group is read as written: "organizations" known would be found in "humanitarian organizations"
    assert not gazetteer.knows("international organizations")
    assert gazetteer.knows("Chair of the Fifth Committee")


def test_a_group_concerned_is_the_group_as_a_relevant_one_is(db):
    # A/RES/60/142 7 ("Urges all Governments and indigenous organizations concerned to take every action
    # necessary …"); A/RES/59/174 9 ("… and invites indigenous organizations and private institutions and
    # individuals to do likewise"); A/RES/73/246 45 ("Invites all States, organizations of the United Nations
    # system, intergovernmental organizations concerned and interested national organizations …"), shortened
    assert group_of("intergovernmental organizations concerned") == "intergovernmental organizations"
    assert group_of("authorities concerned") is None  # whose authorities?
    first, second, third = _import(
        db,
        ("Urges all Governments and indigenous organizations concerned to take every action necessary",
         ["Governments", "indigenous organizations concerned"]),
        ("Invites indigenous organizations and private institutions and individuals to do likewise",
         ["indigenous organizations", "private institutions", "individuals"]),
        ("Invites all States and intergovernmental organizations concerned and relevant intergovernmental "
         "organizations to act", ["Member States", "intergovernmental organizations concerned",
                                  "relevant intergovernmental organizations"]),
    )
    assert set(first.owners) & set(second.owners) == {db.scalars(select(Entity).where(
        Entity.name == "indigenous organizations")).one()}
    assert {e.name for e in third.owners} == {"Member States", "intergovernmental organizations"}
    assert not any(o.needs_review or o.candidates for o in (first, second, third))


def test_the_members_of_a_known_organization_are_an_owner_of_their_own(db):
    # A/RES/78/59 9 ("Encourages States members of the Standing Advisory Committee and other interested States
    # to provide financial support …", as the parser names them); A/RES/70/217 15 ("Calls upon members of the
    # World Trade Organization to fully and expeditiously implement …"); A/RES/78/56 11, shortened; the
    # members of a body the register does not know stay reviewed
    assert members_of("States members of the African Union") == ("States members", "African Union")
    assert members_of("Chair of the African Union") is None
    unsac = "United Nations Standing Advisory Committee on Security Questions in Central Africa"
    first, second = _import(
        db,
        ("Encourages States members of the Standing Advisory Committee and calls upon members of the World "
         "Trade Organization to act",
         [f"States members of the {unsac}", "members of the World Trade Organization"]),
        ("Urges, in particular, States members of the African Union and the members of the Committee to make "
         "voluntary contributions", ["States members of the African Union", "members of the Committee"]),
    )
    assert {e.name for e in first.owners} == {f"States members of the {unsac}",
                                              "members of the World Trade Organization"}
    assert [e.name for e in second.owners] == ["States members of the African Union"]
    assert [c.name for c in second.candidates] == ["members of the Committee"]
    assert not first.needs_review and {e.kind for e in first.owners} == {"other"}


def test_the_bodies_or_members_of_a_system_are_the_system(db):
    # A/RES/67/226 174 ("Calls upon members of the United Nations development system to further increase
    # institutional and organizational capacity for the evaluation …"), 103 ("Requests the members of the
    # United Nations development system, upon the request of affected countries, to further delegate
    # authority …"), shortened: its organizations, as "entities of the United Nations development system" are;
    # "relevant bodies of the United Nations system" likewise; not its staff, nor another system's members
    system = "United Nations system"
    assert system_of("relevant organizations and bodies of the United Nations system") == system
    assert system_of("staff members of the United Nations system") is None
    first, second, third = _import(
        db,
        ("Calls upon members of the United Nations development system to further increase institutional "
         "capacity", ["members of the United Nations development system"]),
        ("Requests all members of the United Nations development system and the organizations of the United "
         "Nations system to further delegate authority",
         ["all members of the United Nations development system",
          "organizations of the United Nations system"]),
        ("Invites relevant bodies of the United Nations system and organizations members of the United "
         "Nations common system to act", ["relevant bodies of the United Nations system",
                                  "organizations members of the United Nations common system"]),
    )
    assert [e.name for e in first.owners] == [e.name for e in second.owners] == ["United Nations system"]
    assert not first.needs_review and not second.needs_review
    assert [e.name for e in third.owners] == ["United Nations system"]
    assert [c.name for c in third.candidates] == ["organizations members of the United Nations common system"]


def test_a_body_known_at_import_is_an_owner_the_parser_does_not_look_for(db):
    # A/RES/75/316 14 ("Requests the Technology Facilitation Mechanism and the Commission on Science and
    # Technology for Development, through the Economic and Social Council, to continue to consider …"),
    # shortened: the parser names the Mechanism as written; the import knows it, and the parser's gazetteer
    # does not take it up (it would find it in "… and welcomes the launch of the Technology Facilitation
    # Mechanism", A/RES/72/235 20)
    tfm, cstd = "Technology Facilitation Mechanism", "Commission on Science and Technology for Development"
    (ob,) = _import(db, (f"Requests the {tfm} and the {cstd} to continue to consider", [tfm, cstd]))
    assert {e.name for e in ob.owners} == {tfm, cstd} and not ob.needs_review and not ob.candidates
    assert not load_gazetteer(db).knows(tfm) and load_gazetteer(db).knows(cstd)


def test_the_group_of_20_and_the_information_centres_are_owners_known_at_import(db):
    # "Encourages the Group of 20 to further strengthen the common framework for debt treatments …"
    # (A/RES/80/151 63); "Requests the Department of Global Communications and its network of United
    # Nations information centres to pay particular attention to the outcomes …" (A/RES/76/84 A-B 12),
    # shortened; "We acknowledge the G20 summit held in London …" (A/RES/63/303 annex 16) writes "G20".
    # Known at import only: the parser would find them in passing ("the Organisation for Economic
    # Co-operation and Development/Group of 20 two-pillar solution", A/RES/77/154 28; "the languages in use
    # by the United Nations information centres", A/RES/76/84 A-B 46)
    g20, dgc = "Group of 20", "Department of Global Communications"
    unic = "United Nations information centres"
    first, second, third = _import(
        db,
        (f"Encourages the {g20} to further strengthen the common framework for debt treatments", [g20]),
        (f"Requests the {dgc} and its network of {unic} to pay particular attention to the outcomes",
         [dgc, f"network of {unic}"]),
        ("Invites the G20 to act", ["G20"]))
    assert [e.name for e in first.owners] == [e.name for e in third.owners] == [g20]
    assert [e.name for e in second.owners] == [dgc, unic]
    assert not any(ob.needs_review or ob.candidates for ob in (first, second, third))
    assert not load_gazetteer(db).knows(g20) and not load_gazetteer(db).knows(unic)


def test_the_sides_are_the_parties_and_the_g20_countries_the_group_of_20(db):
    # "… and urges all sides to work immediately and cooperatively to defuse tensions …" (A/RES/72/15 4),
    # "Calls on both sides to engage, as a matter of urgency …" (S/RES/1758 (2007) 6): the parser reads
    # "sides"; "We also call upon all G20 countries to follow through with their commitments …" (A/RES/63/303
    # annex 16). (And "all parties", whom "sides" come to, are not the States parties, whose "all Parties"
    # compares the same.)
    first, second = _import(
        db,
        ("Calls for respect for the historic status quo, and urges all sides to work immediately", ["sides"]),
        ("We also call upon all G20 countries to follow through with their commitments", ["G20 countries"]))
    assert [e.name for e in first.owners] == ["all parties"]
    assert [e.name for e in second.owners] == ["Group of 20"]
    assert not any(ob.needs_review or ob.candidates for ob in (first, second))


def test_the_convention_is_the_one_the_resolution_names():
    # A/RES/64/71, first preambular paragraph: the Convention defined
    defined = _parsed(title="Oceans and the law of the sea", preamble=(
        "Recalling its annual resolutions on the law of the sea, …, and other relevant resolutions "
        "concerning the United Nations Convention on the Law of the Sea (“the Convention”),",
        "Noting the work under the Convention on Biological Diversity,"))
    bodies = "bodies established by the Convention"
    assert ShortNames.of(defined).in_full([bodies], f"Encourages {bodies} to strengthen coordination") == [
        "bodies established by the United Nations Convention on the Law of the Sea"]
    # A/RES/71/230: the title's
    titled = ShortNames.of(_parsed(title="Implementation of the Convention on Biological Diversity and its "
                                         "contribution to sustainable development"))
    executive, gef = "Executive Secretary of the Convention", "Global Environment Facility"
    assert titled.in_full([executive, gef], f"… and invites the {executive} and the {gef} …") == [
        "Executive Secretary of the Convention on Biological Diversity", gef]
    # A/RES/80/150 20 (shortened): the one the paragraph names before it, whatever the resolution's
    paragraph = ("Stresses the urgency of enhancing ambition for climate action in the implementation of "
                 "the United Nations Framework Convention on Climate Change and the Paris Agreement …; "
                 "urges the implementation of the decisions adopted at the twenty-seventh session of the "
                 "Conference of the Parties to the Convention")
    assert titled.in_full(["Conference of the Parties to the Convention"], paragraph) == [
        "Conference of the Parties to the United Nations Framework Convention on Climate Change"]
    # where nothing says which, as written
    secretariat = "secretariat of the Convention"
    assert ShortNames.of(_parsed()).in_full([secretariat], f"Invites the {secretariat} to report") == [
        secretariat]


def test_the_convention_of_an_owners_name_is_named_in_full_on_import_and_in_the_preview(db):
    # A/RES/66/200 7, its second and fourth preambular paragraphs (shortened): "the Convention" is the
    # one named in full last before the resolution first writes it by itself; the UNFCCC secretariat is
    # known
    parsed = _parsed(
        ("Invites the secretariat of the Convention to report, through the Secretary-General, to the "
         "General Assembly at its sixty-seventh session on the work of the Conference of the Parties",
         ["secretariat of the Convention"]),
        ("Invites the Conference of the Parties to the Convention to consider",
         ["Conference of the Parties to the Convention"]),
        title="Protection of global climate for present and future generations of humankind",
        preamble=("Recalling also the principles and provisions of the United Nations Framework "
                  "Convention on Climate Change,",
                  "Reaffirming its commitment to the ultimate objective of the Convention, namely, to "
                  "stabilize greenhouse gas concentrations in the atmosphere …,"))
    cop = "Conference of the Parties to the United Nations Framework Convention on Climate Change"
    assert [r.unknown for r in preview(db, parsed, TODAY).paragraphs] == [[], [cop]]
    import_resolution(db, parsed, CLI, today=TODAY)
    secretariat, conference = db.scalars(select(Obligation).order_by(Obligation.id))
    assert [e.name for e in secretariat.owners] == [
        "secretariat of the United Nations Framework Convention on Climate Change"]
    assert [c.name for c in conference.candidates] == [cop]


def test_a_conventions_bodies_asked_are_known_at_import(db):
    # A/RES/64/203 27 and A/RES/71/230 14 (shortened), of resolutions on the Convention on Biological
    # Diversity; A/RES/80/126 24 (shortened)
    cbd = ("Implementation of the Convention on Biological Diversity and its contribution to sustainable "
           "development")
    secretariat, executive = _import(
        db, ("Invites the secretariat of the Convention to report", ["secretariat of the Convention"]),
        ("… and invites the Executive Secretary of the Convention and the Global Environment Facility …",
         ["Executive Secretary of the Convention", "Global Environment Facility"]), title=cbd)
    cosp = "Conference of the States Parties to the United Nations Convention against Corruption"
    *_, conference = _import(db, (f"Reiterates its invitation to the {cosp} to …", [cosp]),
                             symbol="A/RES/80/126")
    assert [e.name for e in secretariat.owners] == ["secretariat of the Convention on Biological Diversity"]
    assert [e.name for e in executive.owners] == [
        "Executive Secretary of the Convention on Biological Diversity", "Global Environment Facility"]
    assert [e.name for e in conference.owners] == [cosp] and not conference.candidates
    assert not load_gazetteer(db).knows(cosp)


def test_the_members_of_a_body_named_by_its_short_name_are_the_members_of_the_body_the_resolution_names(db):
    # E/RES/2024/15 7 (shortened), the outcome of the United Nations Forum on Forests' session; E/RES/2020/10
    # 7 (shortened), on the Committee for Development Policy's report; S/RES/2734 (2024) 63 and preamble 24
    # (shortened), whose "Committee" is the 1267 Committee (a name that begins with a number)
    forum, committee = "United Nations Forum on Forests", "Committee for Development Policy"
    (invited, *_) = _import(db, ("Invites members of the Forum: (a) To strive to strengthen …",
                                 ["members of the Forum"]),
                            title=f"Outcome of the nineteenth session of the {forum}")
    *_, cdp = _import(db, ("… reiterates its invitation for increased interactions between the Council and "
                           "the Committee, in particular between the Bureau of the Council and the Chair and "
                           "other members of the Committee", ["other members of the Committee"]),
                      symbol="E/RES/2020/10", title=f"Report of the {committee} on its twenty-second session")
    shared_with = "Calls upon all members of the Committee and the Monitoring Team to share with the"
    *_, shared = _import(db, (f"{shared_with} Committee any information", ["members of the Committee"]),
                         symbol="S/RES/2734 (2024)", title="Resolution 2734 (2024)", body="SC",
                         preamble=("Reminding the ISIL (Da’esh) and Al-Qaida Sanctions Committee to remove "
                                   "expeditiously … individuals, groups, undertakings, and entities …, "
                                   "welcoming improvements to the Committee’s procedures …,",))
    assert [e.name for e in invited.owners] == [f"members of the {forum}"] and not invited.candidates
    assert [e.name for e in cdp.owners] == [f"members of the {committee}"]
    assert [e.name for e in shared.owners] == ["members of the 1267 Committee"] and not shared.candidates
