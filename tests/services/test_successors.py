"""Successor resolutions: linked when one recalls the other on the same subject; compared by paragraph."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.services.seed import TODAY, parse_text, seed, seed_text
from tracker.models import DocumentReference, ResolutionLink
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution
from tracker.services.successors import compare_resolutions, title_similarity

CLI = Actor.system("cli")


def successor_text() -> str:
    """A/RES/73/11 as a renewal of 71/19: recalls it, drops paragraph 4, changes 3, adds one."""
    text = seed_text()
    text = text.replace("A/RES/71/19", "A/RES/73/11").replace("71/19.", "73/11.")
    text = text.replace("**Seventy-first session**", "**Seventy-third session**")
    text = text.replace("on 21 November 2016", "on 26 October 2018")
    text = text.replace("Recalling also the cooperation agreement",
                        "Recalling also its resolution 71/19 of 21 November 2016,\n\n"
                        "Recalling further the cooperation agreement", 1)
    start, end = text.index("- 4. Acknowledges"), text.index("- 5. Requests")
    text = text[:start] + text[end:].replace("- 5. Requests", "- 4. Requests", 1)
    text = text.replace(
        "- 3. Encourages increased cooperation between the United Nations and INTERPOL to assist",
        "- 3. Encourages increased and systematic cooperation between the United Nations, its agencies "
        "and INTERPOL, within existing resources, to assist")
    start, end = text.index("- (c) Publication"), text.index("- 4. Requests")
    text = text[:start] + "- (c) Joint training on countering the financing of terrorism;\n\n" + text[end:]
    text = text.replace("seventy-third session", "seventy-fifth session")
    text = text.replace("- 6. Decides",
                        "- 5. Invites Member States to share best practices in cybercrime prevention with "
                        "each other and with regional organizations;\n\n- 6. Decides")
    return text


def test_titles_of_renewals_are_alike():
    a = "Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)"
    assert title_similarity(a, a) == 1.0
    assert title_similarity(a, "Question of Western Sahara") < 0.5


def test_successor_is_linked_and_compared_either_import_order(db_factory):
    for order in ("predecessor first", "successor first"):
        with db_factory() as db:
            parsed = [seed(), parse_text(successor_text(), "A-RES-73-11.txt")]
            if order == "successor first":
                parsed.reverse()
            results = [import_resolution(db, p, CLI, today=TODAY) for p in parsed]
            link = db.scalars(select(ResolutionLink)).one()
            assert (link.predecessor.symbol, link.successor.symbol) == ("A/RES/71/19", "A/RES/73/11"), order
            assert 0.5 < link.similarity < 1.0
            assert results[1].links == [link]
            ref = db.scalars(select(DocumentReference).where(DocumentReference.symbol == "A/RES/71/19")).one()
            assert ref.target_resolution_id == link.predecessor_id

            comparison = compare_resolutions(db, link.predecessor, link.successor)
            statuses = ("renewed", "changed", "dropped", "added")
            by_status = {s: [c.label for c in comparison.of(s)] for s in statuses}
            assert by_status == {
                "renewed": ["1 -> 1", "2 -> 2", "5 -> 4", "6 -> 6"],
                "changed": ["3 -> 3"],
                "dropped": ["4 -> -"],
                "added": ["- -> 5"],
            }, order
            db.rollback()


def test_an_unrelated_citation_is_no_succession(db):
    other = seed_text().replace("A/RES/71/19", "A/RES/72/5").replace("71/19.", "72/5.")
    other = other.replace("Cooperation between the United Nations and the International Criminal Police "
                          "Organization (INTERPOL)\n", "Question of Western Sahara\n", 1)
    other = other.replace("Recalling its resolution 51/1 of 15 October 1996,",
                          "Recalling its resolution 71/19,")
    import_resolution(db, seed(), CLI, today=TODAY)
    parsed = parse_text(other, "A-RES-72-5.txt")
    assert parsed.title.startswith("Question of Western Sahara")
    assert import_resolution(db, parsed, CLI, today=dt.date(2018, 1, 1)).links == []


def test_a_later_resolution_extending_the_same_mandate_marks_the_earlier_renewed(db):
    """S/RES/2777 (2025) extends UNAMA's mandate that S/RES/2727 (2024) extended (real text):
    the earlier mandate is renewed and linked, with a history entry; another mission's mandate
    in a cited resolution is not; an officer may undo it."""
    from tests.factories import gen_obligation, gen_resolution, gen_user
    from tracker.models import HistoryEntry, Obligation
    from tracker.services.successors import link_mandate_renewals, set_renewal

    def council(symbol, adopted_on):
        return gen_resolution(db, symbol, body="SC", session=None, adopted_on=adopted_on)

    earlier = council("S/RES/2727 (2024)", dt.date(2024, 3, 15))
    unifil = council("S/RES/2749 (2024)", dt.date(2024, 8, 28))
    later = council("S/RES/2777 (2025)", dt.date(2025, 3, 17))
    old = gen_obligation(db, earlier, kind="mandate", action="decides", status="ongoing", number="3",
                         text="Decides to extend until 17 March 2025 the mandate of UNAMA, as defined in "
                              "resolution 2626 (2022);", expires_on=dt.date(2025, 3, 17))
    other = gen_obligation(db, unifil, kind="mandate", action="decides", status="ongoing", number="2",
                           text="Decides to extend the present mandate of UNIFIL until 31 August 2025;",
                           expires_on=dt.date(2025, 8, 31))
    new = gen_obligation(db, later, kind="mandate", action="decides", status="ongoing", number="3",
                         text="Decides to extend until 17 March 2026 the mandate of UNAMA, as defined in "
                              "resolution 2626 (2022);", expires_on=dt.date(2026, 3, 17))
    db.add_all([DocumentReference(resolution_id=later.id, symbol=s.symbol, target_resolution_id=s.id)
                for s in (earlier, unifil)])
    db.flush()
    pairs = link_mandate_renewals(db, later)
    assert [(a.id, b.id) for a, b in pairs] == [(old.id, new.id)]
    assert old.renewed_by_id == new.id and other.renewed_by_id is None
    assert old.mandate_state(dt.date(2025, 6, 1)) == "renewed"
    assert other.mandate_state(dt.date(2025, 9, 1)) == "expired"
    entry = db.scalars(select(HistoryEntry).where(HistoryEntry.obligation_id == old.id)).one()
    assert entry.field == "renewed_by" and "S/RES/2777 (2025)" in entry.comment
    assert link_mandate_renewals(db, later) == []  # once

    admin = Actor.for_user(gen_user(db, role="admin"))
    set_renewal(db, old, None, actor=admin, comment="a different mandate")
    assert db.get(Obligation, old.id).renewed_by_id is None


def _unama_world(db):
    """UNAMA's mandate in S/RES/2727 (2024), renewed by 2777 (2025) and 2800 (2026) (wording of the
    real texts), UNIFIL's in 2749 (2024), and a General Assembly text naming UNAMA."""
    from tests.factories import gen_obligation, gen_resolution

    def council(symbol, adopted_on):
        return gen_resolution(db, symbol, body="SC", session=None, adopted_on=adopted_on)

    def unama(resolution, until, number="3"):
        return gen_obligation(db, resolution, kind="mandate", action="decides", status="ongoing",
                              number=number, expires_on=dt.date.fromisoformat(until[-4:] + "-03-17"),
                              text=f"Decides to extend until {until} the mandate of UNAMA, as defined in "
                                   "resolution 2626 (2022);")

    earlier = unama(council("S/RES/2727 (2024)", dt.date(2024, 3, 15)), "17 March 2025")
    unifil = gen_obligation(db, council("S/RES/2749 (2024)", dt.date(2024, 8, 28)), kind="mandate",
                            action="decides", status="ongoing", number="1",
                            text="Decides to extend the present mandate of UNIFIL until 31 August 2025;",
                            expires_on=dt.date(2025, 8, 31))
    first = unama(council("S/RES/2777 (2025)", dt.date(2025, 3, 17)), "17 March 2026")
    second = unama(council("S/RES/2800 (2026)", dt.date(2026, 3, 16)), "17 March 2027", number="4")
    older = unama(council("S/RES/2678 (2023)", dt.date(2023, 3, 16)), "17 March 2024")
    ga = unama(gen_resolution(db, "A/RES/80/9", body="GA", session=80, adopted_on=dt.date(2025, 12, 1)),
               "17 March 2026")
    db.flush()
    return {"earlier": earlier, "unifil": unifil, "first": first, "second": second, "older": older, "ga": ga}


def test_the_renewal_candidates_are_the_later_mandates_of_the_body_naming_the_same_mission(db):
    """Newest first; not UNIFIL's (another mission), not an earlier one, not another body's; the one
    linked now is offered even when its wording no longer matches."""
    from tracker.services.successors import renewal_candidates

    w = _unama_world(db)
    assert [o.id for o in renewal_candidates(db, w["earlier"])] == [w["second"].id, w["first"].id]
    assert renewal_candidates(db, w["earlier"], limit=1) == [w["second"]]
    assert renewal_candidates(db, w["second"]) == []
    assert renewal_candidates(db, w["unifil"]) == []
    w["unifil"].renewed_by = w["ga"]  # a wrong link, to be corrected: still shown, so it can be
    db.flush()
    assert renewal_candidates(db, w["unifil"]) == [w["ga"]]


def test_a_renewing_mandate_is_found_by_symbol_and_paragraph(db):
    import pytest

    from tracker.services.errors import Invalid
    from tracker.services.successors import find_mandate

    w = _unama_world(db)
    assert find_mandate(db, "S/RES/2800(2026)", "4") == w["second"]
    assert find_mandate(db, "s/res/2800 (2026)", "para_4") == w["second"]
    for symbol, paragraph, code in [("S/RES/9999 (2030)", "1", "renewal_no_resolution"),
                                    ("S/RES/2800 (2026)", "9", "renewal_no_mandate"),
                                    ("", "4", "renewal_symbol_paragraph"),
                                    ("S/RES/2800 (2026)", " ", "renewal_symbol_paragraph")]:
        with pytest.raises(Invalid) as caught:
            find_mandate(db, symbol, paragraph)
        assert caught.value.code == code


def test_an_officers_renewal_is_history_on_both_mandates_and_refused_on_a_stale_version(db):
    """Linking writes one entry on each mandate; moving the link to another writes one on each of
    the three; a form based on an older version writes nothing."""
    import pytest

    from tests.factories import gen_user
    from tracker.models import HistoryEntry
    from tracker.services.errors import Forbidden, Invalid
    from tracker.services.obligations import StaleObligation
    from tracker.services.successors import set_renewal

    w = _unama_world(db)
    earlier, first, second = w["earlier"], w["first"], w["second"]
    officer = Actor.for_user(gen_user(db, role="officer", can_import=True))
    now = dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)

    def entries(ob):
        return [(e.field, e.old_value, e.new_value) for e in db.scalars(
            select(HistoryEntry).where(HistoryEntry.obligation_id == ob.id).order_by(HistoryEntry.id))]

    version = earlier.version
    assert set_renewal(db, earlier, first, actor=officer, now=now, expected_version=version)
    assert earlier.renewed_by_id == first.id and earlier.version == version + 1
    assert entries(earlier) == [("renewed_by", None, first.id)]
    assert entries(first) == [("renews", None, earlier.id)]
    with pytest.raises(StaleObligation):
        set_renewal(db, earlier, second, actor=officer, now=now, expected_version=version)
    assert earlier.renewed_by_id == first.id and entries(second) == []
    assert set_renewal(db, earlier, second, actor=officer, now=now, expected_version=version + 1)
    assert entries(first)[-1] == ("renews", earlier.id, None)
    assert entries(second) == [("renews", None, earlier.id)]
    assert not set_renewal(db, earlier, second, actor=officer, now=now)  # nothing changes, nothing written
    assert len(entries(earlier)) == 2
    for wrong, code in [(earlier, "renewal_not_a_mandate"), (w["older"], "renewal_not_later")]:
        with pytest.raises(Invalid) as caught:
            set_renewal(db, earlier, wrong, actor=officer, now=now)
        assert caught.value.code == code
    assert earlier.renewed_by_id == second.id
    with pytest.raises(Forbidden):
        set_renewal(db, earlier, None, actor=Actor.for_user(gen_user(db, role="officer")), now=now)


def test_an_imported_mandate_extension_marks_the_earlier_one_renewed_in_the_importers_name(db):
    from tests.factories import gen_user
    from tracker.models import HistoryEntry, Obligation
    from tracker.parsing import Deadline, DeadlineKind, ObligationKind, OperativeParagraph, ParsedResolution

    def council(symbol, adopted_on, until, cites=()):
        text = (f"Decides to extend until {until:%d %B %Y} the mandate of UNAMA, as defined in "
                "resolution 2626 (2022);")
        return ParsedResolution(
            symbol=symbol, body="SC", session=None, adopted_on=adopted_on, title="Afghanistan",
            references=list(cites), operative=[OperativeParagraph(
                number="3", text=text, action="decides", kind=ObligationKind.MANDATE, eid="para_3",
                deadlines=[Deadline(DeadlineKind.DATE, f"until {until:%d %B %Y}", date=until)])])

    importer = gen_user(db, role="officer", can_import=True, name="Ada Importer")
    import_resolution(db, council("S/RES/2727 (2024)", dt.date(2024, 3, 15), dt.date(2025, 3, 17)), CLI,
                      today=TODAY)
    import_resolution(db, council("S/RES/2777 (2025)", dt.date(2025, 3, 17), dt.date(2026, 3, 17),
                                  cites=["S/RES/2727 (2024)"]), Actor.for_user(importer), today=TODAY)
    db.flush()
    old, new = db.scalars(select(Obligation).order_by(Obligation.id)).all()
    assert old.renewed_by_id == new.id
    entry = db.scalars(select(HistoryEntry).where(HistoryEntry.obligation_id == old.id,
                                                  HistoryEntry.field == "renewed_by")).one()
    assert (entry.actor, entry.user_id) == ("Ada Importer", importer.id)


def test_a_reimport_that_corrects_the_title_links_the_resolution_that_cites_it(db):
    """Re-imported, a resolution is linked again even when it cites nothing we hold: one we hold
    cites it, and the link its first, mistitled import missed is made now."""
    mistitled = seed()
    mistitled.title = "Question of Western Sahara"
    import_resolution(db, mistitled, CLI, today=TODAY)
    later = import_resolution(db, parse_text(successor_text(), "A-RES-73-11.txt"), CLI, today=TODAY)
    assert later.links == [] and db.scalars(select(ResolutionLink)).all() == []

    again = import_resolution(db, seed(), CLI, replace=True, today=TODAY)

    link = db.scalars(select(ResolutionLink)).one()
    assert (link.predecessor.symbol, link.successor.symbol) == ("A/RES/71/19", "A/RES/73/11")
    assert again.links == [link]
