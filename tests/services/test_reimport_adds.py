"""Guarantee: re-importing a text that *adds* paragraphs (an earlier version first, the final text
second) keeps every obligation it had — ids, status, history — and creates the new ones flagged
for review, with their sub-paragraphs as items, in document order. Only real text: the earlier
version is the seed without its paragraphs 3 and 6."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.services.seed import TODAY, parse_text, seed, seed_text
from tracker.models import HistoryEntry, Obligation, Paragraph, Resolution
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

CLI = Actor.system("cli")


def _earlier_version() -> str:
    """The seed without paragraph 3 (and its five sub-paragraphs) nor paragraph 6; 4 and 5 become 3
    and 4."""
    lines = seed_text().splitlines(keepends=True)
    kept = [line for line in lines
            if not line.startswith(("- 3. Encourages", "- (a) ", "- (b) ", "- (c) ", "- (d) ", "- (e) ",
                                    "- 6. Decides"))]
    text = "".join(kept)
    text = text.replace("- 4. Acknowledges", "- 3. Acknowledges", 1)
    return text.replace("- 5. Requests", "- 4. Requests", 1)


def _by_text_start(db) -> dict[str, Obligation]:
    rows = db.scalars(select(Obligation).join(Paragraph).order_by(Paragraph.position)).all()
    return {o.paragraph.text.split(" ", 1)[0]: o for o in rows}


def test_reimport_that_adds_paragraphs_keeps_the_old_and_creates_the_new(db):
    first = import_resolution(db, parse_text(_earlier_version()), CLI, today=TODAY, filename="draft.txt")
    assert first.obligations == 4
    db.commit()
    before = _by_text_start(db)
    assert list(before) == ["Calls", "Emphasizes", "Acknowledges", "Requests"]
    report = before["Requests"]
    report.status = "in_progress"
    db.add(HistoryEntry(obligation=report, actor="officer", field="status", old_value="not_started",
                        new_value="in_progress", comment="drafting"))
    db.commit()
    ids = {word: o.id for word, o in before.items()}

    result = import_resolution(db, seed(), CLI, replace=True, today=TODAY, filename="final.txt")
    db.commit()
    db.expire_all()

    assert (result.unchanged, result.changed, result.added, result.removed) == (4, 0, 2, 0)
    assert result.obligations == 6
    after = _by_text_start(db)
    assert list(after) == ["Calls", "Emphasizes", "Encourages", "Acknowledges", "Requests", "Decides"]
    assert [o.paragraph.number for o in after.values()] == ["1", "2", "3", "4", "5", "6"]
    assert [o.paragraph.eid for o in after.values()] == [f"para_{n}" for n in range(1, 7)]
    # the kept ones: same rows, status and history, renumbered
    for word, oid in ids.items():
        assert after[word].id == oid
        assert not after[word].needs_review
    assert after["Requests"].status == "in_progress"
    assert [h.field for h in after["Requests"].history] == ["created", "status"]
    assert after["Requests"].due_on == dt.date(2018, 9, 18)
    # the new ones: created by the re-import, flagged, with their items and their deadline
    for word in ("Encourages", "Decides"):
        new = after[word]
        assert new.id not in ids.values()
        assert new.needs_review and "added by re-import" in new.review_note
        assert [(h.field, h.comment) for h in new.history] == [
            ("created", "added by re-import of final.txt")]
    encourages = after["Encourages"]
    assert [i.label for i in encourages.items] == ["a", "b", "c", "d", "e"]
    subs = db.scalars(select(Paragraph).where(Paragraph.parent_id == encourages.paragraph_id)
                      .order_by(Paragraph.position)).all()
    assert [s.number for s in subs] == ["a", "b", "c", "d", "e"]
    assert all(s.eid == f"para_3__point_{s.number}" for s in subs)
    decides = after["Decides"]
    assert (decides.kind, decides.deadline_body, decides.deadline_session) == ("agenda", "GA", 73)
    assert decides.due_on == dt.date(2018, 9, 18)
    resolution = db.scalars(select(Resolution)).one()
    assert resolution.source_filename == "final.txt"
