"""What an import makes of kinds: annexed instruments' paragraphs stored and their deliverables
tracked; mandates expire; declaratory paragraphs carry no status; recurrence from any deadline.
Paragraph texts are copied from A/RES/80/3 (the Awaza Political Declaration, annexed) and
S/RES/2727 (2024)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.services.seed import TODAY, seed
from tracker.models import Obligation, Paragraph
from tracker.parsing.types import Annex, Deadline, DeadlineKind, ObligationKind, OperativeParagraph
from tracker.services.actors import Actor
from tracker.services.calendar import apply_dates, load_calendar
from tracker.services.exports import resolution_document
from tracker.services.importing import import_resolution

CLI = Actor.system("cli")
REQUEST = ("We request the Secretary-General to ensure the full mobilization and coordination of all "
           "relevant parts of the United Nations system to facilitate coordinated implementation and "
           "coherence in the follow-up to and monitoring of the Awaza Programme of Action at the national, "
           "subregional, regional and global levels.")
APPRECIATION = ("We express our deepest appreciation to the Government and people of Turkmenistan for "
                "their generous hospitality and for hosting the Conference in an excellent manner in the "
                "spirit of global cooperation and solidarity.")


def _annexed():
    parsed = seed()
    parsed.annexes = [Annex(number=1, title="Awaza Political Declaration", paragraphs=[
        OperativeParagraph(number="24", text=REQUEST, action="requests", kind=ObligationKind.ACTION,
                           actors=["Secretary-General"], eid="annex_1__para_24"),
        OperativeParagraph(number="25", text=APPRECIATION, action="expresses_appreciation",
                           kind=ObligationKind.DECLARATORY, actors=[], eid="annex_1__para_25"),
    ])]
    return parsed


def test_an_annexed_paragraph_keeps_the_eid_its_producer_gave_and_one_without_gets_ours(db):
    parsed = _annexed()
    parsed.annexes[0].paragraphs[0].eid = "annex_1__list_2__para_24"  # another producer's numbering
    parsed.annexes[0].paragraphs[1].eid = ""
    import_resolution(db, parsed, CLI, today=TODAY)
    eids = db.scalars(select(Paragraph.eid).where(Paragraph.kind == "annex").order_by(Paragraph.position))
    assert list(eids) == ["annex_1__list_2__para_24", "annex_1__para_25"]


def test_annex_paragraphs_are_stored_and_their_deliverables_tracked(db):
    import_resolution(db, _annexed(), CLI, today=TODAY)
    rows = {p.eid: p for p in db.scalars(select(Paragraph).where(Paragraph.kind == "annex"))}
    assert set(rows) == {"annex_1__para_24", "annex_1__para_25"}
    obs = {o.paragraph.eid: o for o in db.scalars(select(Obligation).where(
        Obligation.paragraph_id.in_([p.id for p in rows.values()])))}
    assert obs["annex_1__para_24"].is_tracked and obs["annex_1__para_24"].kind == "action"
    assert [e.name for e in obs["annex_1__para_24"].owners] == ["Secretary-General"]
    assert obs["annex_1__para_25"].status == "not_applicable" and not obs["annex_1__para_25"].is_tracked
    (resolution,) = {o.resolution for o in obs.values()}
    doc = resolution_document(db, resolution, TODAY)
    (annex,) = doc["annexes"]
    assert annex["title"] == "Awaza Political Declaration" and annex["number"] == 1
    assert [p["eid"] for p in annex["paragraphs"]] == ["annex_1__para_24", "annex_1__para_25"]
    assert annex["paragraphs"][0]["obligations"][0]["tracked"] is True
    assert [p["number"] for p in doc["operative"]] == ["1", "2", "3", "4", "5", "6"]  # not mixed in
    # a re-import keeps them (matched by text), nothing added or removed
    again = import_resolution(db, _annexed(), CLI, today=TODAY, replace=True)
    assert (again.added, again.removed) == (0, 0)


def test_a_mandate_expires_and_a_declaratory_paragraph_carries_no_status(db):
    parsed = seed()
    parsed.symbol, parsed.body, parsed.session = "S/RES/2727 (2024)", "SC", None
    parsed.adopted_on = dt.date(2024, 3, 15)
    until = Deadline(DeadlineKind.DATE, "until 17 March 2025", date=dt.date(2025, 3, 17), expires=True)
    extend = ("Decides to extend until 17 March 2025 the mandate of UNAMA, as defined in resolution "
              "2626 (2022);")
    report = ("Requests that the Secretary-General reports to the Council every three months on the "
              "situation in Afghanistan and the implementation of UNAMA’s mandate, including at the "
              "subnational level;")
    parsed.operative = [
        OperativeParagraph(number="3", text=extend, action="decides", kind=ObligationKind.MANDATE,
                           deadlines=[until]),
        OperativeParagraph(number="5", text=report, action="requests", kind=ObligationKind.REPORT,
                           actors=["Secretary-General"],
                           deadlines=[Deadline(DeadlineKind.RECURRING, "every three months", every="P3M")]),
    ]
    import_resolution(db, parsed, CLI, today=dt.date(2024, 4, 1))
    obs = {o.paragraph.number: o for o in db.scalars(select(Obligation))}
    mandate = obs["3"]
    assert mandate.kind == "mandate" and mandate.expires_on == dt.date(2025, 3, 17) and mandate.due_on is None
    assert mandate.status == "ongoing" and not mandate.is_overdue(dt.date(2026, 1, 1))
    assert mandate.mandate_state(dt.date(2025, 1, 1)) == "expiring"
    assert mandate.mandate_state(dt.date(2025, 4, 1)) == "expired"
    assert obs["5"].recurrence == "P3M" and obs["5"].due_on == dt.date(2024, 6, 15)
    # how its end was found, said on import as every recomputation says it (apply_dates)
    assert mandate.due_derivation == "expires 2025-03-17 (until 17 March 2025)"
    apply_dates(mandate, load_calendar(db), adopted_on=parsed.adopted_on, body="SC",
                today=dt.date(2024, 4, 1))
    assert mandate.due_derivation == "expires 2025-03-17 (until 17 March 2025)"
