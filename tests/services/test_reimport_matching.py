"""Re-import: which row each paragraph of the new text continues (``_Reimport._match``): by its
text whatever its wrapping, each row once, in order, then by its eId; a row no paragraph continues
is removed, its obligation not applicable from the re-import on (tests/README.md, mutation testing
of ``services/importing/reimport.py``)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from tests.services.seed import TODAY, seed
from tracker.models import Obligation, ParagraphKind, Resolution
from tracker.parsing.types import Annex
from tracker.services.actors import Actor
from tracker.services.importing import import_resolution

CLI = Actor.system("cli")


def _obligations(db) -> dict[str, int]:
    db.expire_all()
    rows = db.scalars(select(Obligation).join(Resolution).where(Resolution.symbol == "A/RES/71/19")).all()
    return {o.paragraph.number: o.id for o in rows if o.paragraph.removed_at is None}


def _by_number(db) -> dict[str, Obligation]:
    db.expire_all()
    return {o.paragraph.number: o for o in db.scalars(select(Obligation)) if o.paragraph.removed_at is None}


def _with_texts(texts: dict[int, str]):
    parsed = seed()
    parsed.operative = [dataclasses.replace(op, text=texts.get(i, op.text))
                        for i, op in enumerate(parsed.operative)]
    return parsed


def _counts(result) -> tuple[int, int, int, int]:
    return result.unchanged, result.changed, result.added, result.removed


def test_a_paragraph_wrapped_otherwise_is_unchanged(db):
    """Another producer's line breaks and spaces, before and after: the same words, no change."""
    first = seed()
    wrapped = {i: op.text.replace(" ", "\n   ", 3) for i, op in enumerate(first.operative)}
    import_resolution(db, _with_texts(wrapped), CLI, today=TODAY)
    db.commit()
    ids = _obligations(db)
    rewrapped = {i: "  " + op.text.replace(" ", "  ") + "\n" for i, op in enumerate(first.operative)}
    result = import_resolution(db, _with_texts(rewrapped), CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (6, 0, 0, 0)
    assert _obligations(db) == ids


def test_words_joined_or_split_by_the_new_text_are_a_change_and_the_new_words_are_kept(db):
    """Only the spacing between words is the same text: "in to" becoming "into" is a change."""
    first = seed()
    import_resolution(db, first, CLI, today=TODAY)
    db.commit()
    words = first.operative[0].text.split()
    joined = " ".join([words[0] + words[1], *words[2:]])
    result = import_resolution(db, _with_texts({0: joined}), CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (5, 1, 0, 0)
    assert _by_number(db)["1"].paragraph.text == joined


def test_paragraphs_of_the_same_words_each_keep_their_own_row_in_order(db):
    first = seed()
    same = {1: first.operative[0].text}  # paragraph 2 says what paragraph 1 says
    import_resolution(db, _with_texts(same), CLI, today=TODAY)
    db.commit()
    ids = _obligations(db)
    assert ids["1"] != ids["2"]
    result = import_resolution(db, _with_texts(same), CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (6, 0, 0, 0)
    assert _obligations(db) == ids


def test_two_paragraphs_numbered_alike_do_not_both_continue_one_row(db):
    """A text numbering two paragraphs 5 (both changed): the first continues paragraph 5, the
    second is new, and paragraph 6, in neither, is removed."""
    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    ids = _obligations(db)
    parsed = seed()
    five, six = parsed.operative[4], parsed.operative[5]
    parsed.operative[4] = dataclasses.replace(five, text=five.text.replace("a report", "a short report"))
    parsed.operative[5] = dataclasses.replace(six, number="5", eid=None, text=six.text + " Amended.")
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (4, 1, 1, 1)
    db.expire_all()
    current = [(o.paragraph.number, o.id) for o in db.scalars(select(Obligation).order_by(Obligation.id))
               if o.paragraph.removed_at is None]
    assert current == [*((n, ids[n]) for n in "12345"), ("5", max(ids.values()) + 1)]
    six = db.get(Obligation, ids["6"])
    assert six.status == "not_applicable" and six.status_changed_at == six.resolution.updated_at


def test_a_footnote_on_a_point_of_an_unchanged_paragraph_stays_on_it(db):
    """The points of a paragraph that did not change keep their rows; a footnote they cite is
    linked to them again when the re-import rebuilds the footnotes."""
    from tracker.models import Footnote as FootnoteRow
    from tracker.parsing.types import Footnote

    def with_note():
        parsed = seed()
        parsed.footnotes = [Footnote(marker="9", text="See the I-24/7 system.", cited_by=["para_3__point_b"])]
        return parsed

    import_resolution(db, with_note(), CLI, today=TODAY)
    db.commit()
    result = import_resolution(db, with_note(), CLI, replace=True, today=TODAY)
    db.commit()
    db.expire_all()
    assert _counts(result) == (6, 0, 0, 0)
    note = db.scalars(select(FootnoteRow)).one()
    assert [(p.eid, p.number, p.kind) for p in note.paragraphs] == [("para_3__point_b", "b", "subparagraph")]


def test_each_paragraph_dropped_counts_as_removed(db):
    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    parsed = seed()
    parsed.operative = parsed.operative[:4]
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (4, 0, 0, 2)
    assert set(_obligations(db)) == set("1234")


def test_an_unchanged_text_reimported_keeps_every_paragraph_where_it_was(db):
    """The preamble first from 1, the paragraphs and the points in the order the import gave them,
    each position once. (An import places the points after the last paragraph, a re-import right
    after their own: either reads in order, parent by parent.)"""
    from tracker.models import Paragraph

    def placed():
        db.expire_all()
        rows = [p for p in db.scalars(select(Paragraph).order_by(Paragraph.position)) if p.removed_at is None]
        assert len({p.position for p in rows}) == len(rows)
        return ([p.position for p in rows if p.kind == "preambular"],
                [p.eid for p in rows if p.kind != "subparagraph"],
                [p.eid for p in rows if p.kind == "subparagraph"])

    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    before = placed()
    assert before[0] == list(range(1, 14)) and len(before[1]) == 19
    import_resolution(db, seed(), CLI, replace=True, today=TODAY)
    db.commit()
    assert placed() == before


def test_a_paragraph_renumbered_past_its_column_is_cut_as_an_import_cuts_it(db):
    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    ids = _obligations(db)
    parsed = seed()
    number = "6" + "bis" * 10  # 31 characters, the column holds 20
    parsed.operative[5] = dataclasses.replace(parsed.operative[5], number=number, eid="para_6bis")
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (6, 0, 0, 0)
    assert _obligations(db)[number[:20]] == ids["6"]


def test_footnotes_stay_on_what_cites_them_and_an_added_paragraph_gets_its_own(db):
    """Recitals, paragraphs and points kept, changed or added: each footnote linked to what cites
    it after the re-import, as after the import; the added paragraph's points are its items."""
    from tracker.models import Footnote as FootnoteRow
    from tracker.parsing.types import Footnote

    def links():
        db.expire_all()
        return {(n.marker, p.eid) for n in db.scalars(select(FootnoteRow)) for p in n.paragraphs}

    first = seed()
    first.footnotes = [*first.footnotes, Footnote(marker="9", text="I-24/7.", cited_by=["para_3__point_b"])]
    import_resolution(db, first, CLI, today=TODAY)
    db.commit()
    before = links()
    assert ("9", "para_3__point_b") in before and any(eid.startswith("recital_") for _m, eid in before)
    parsed = seed()
    three, four = parsed.operative[2], parsed.operative[3]
    parsed.operative[3] = dataclasses.replace(four, text=four.text.replace("the importance", "the urgency"))
    points = [dataclasses.replace(sub, eid=None) for sub in three.subparagraphs]
    parsed.operative.append(dataclasses.replace(three, number="7", eid=None, text=three.text + " Again.",
                                                subparagraphs=points, footnotes=["8"]))
    parsed.footnotes = [*first.footnotes,
                        Footnote(marker="8", text="New.", cited_by=["para_7", "para_7__point_c"])]
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (5, 1, 1, 0)
    assert links() == before | {("8", "para_7"), ("8", "para_7__point_c")}
    added = db.scalars(select(Obligation).where(Obligation.id > max(_obligations(db).values()) - 1)).one()
    assert added.paragraph.number == "7" and [i.label for i in added.items] == list("abcde")


def test_an_added_paragraph_is_recorded_and_summed_as_an_import_would(db):
    """Its unknown actor among the re-import's review points; a point label past its column cut
    as an import cuts it, in the added paragraph and in a changed one."""
    from tracker.parsing.types import SubParagraph

    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    parsed = seed()
    five = parsed.operative[4]
    label = "x" * 45
    parsed.operative.append(dataclasses.replace(
        five, number="7", eid=None, text=five.text.replace("Secretary-General", "Zebra Crossing Board"),
        actors=["Zebra Crossing Board"], subparagraphs=[SubParagraph(label=label, text="zebras;")]))
    three = parsed.operative[2]
    points = [dataclasses.replace(three.subparagraphs[0], label=label, eid=None), *three.subparagraphs[1:]]
    parsed.operative[2] = dataclasses.replace(three, text=three.text + " Again.", subparagraphs=points)
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (5, 1, 1, 0)
    assert result.review and "Zebra Crossing Board" in result.new_entities
    db.expire_all()
    added = db.scalars(select(Obligation).order_by(Obligation.id.desc())).first()
    assert [i.label for i in added.items] == [label[:40]]
    assert [i.label for i in _by_number(db)["3"].items] == [label[:40], *"bcde"]


def test_a_paragraph_moved_into_an_annex_with_its_words_is_an_annex_paragraph(db):
    """The last operative paragraph, word for word, now a paragraph of an annexed declaration:
    its row (and obligation) continues, and becomes an annex paragraph, numbered as the annex
    numbers it."""
    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    ids = _obligations(db)
    parsed = seed()
    last = parsed.operative.pop()
    parsed.annexes = [Annex(number=1, title="Declaration",
                            paragraphs=[dataclasses.replace(last, number="1", eid=None)])]
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (6, 0, 0, 0)
    db.expire_all()
    moved = db.get(Obligation, ids[last.number]).paragraph
    assert (moved.kind, moved.number, moved.eid) == (ParagraphKind.ANNEX, "1", "annex_1__para_1")
    assert moved.removed_at is None


def test_an_annexed_paragraphs_footnote_is_linked_to_it_added_kept_and_reworded(db):
    """A footnote that a paragraph of an annexed instrument cites (its own marker, and its eId in
    the footnote's cited_by, as both readers give them) is linked to its row when a re-import adds
    the paragraph, when it comes again unchanged, and when it comes reworded."""
    from tracker.models import Footnote as FootnoteRow
    from tracker.parsing.types import Footnote

    def parsed(*texts: str):
        p = seed()
        p.annexes = [Annex(number=1, title="Declaration", paragraphs=[
            dataclasses.replace(p.operative[4], number=str(n), eid=f"annex_1__para_{n}", text=text,
                                footnotes=[str(6 + n)])
            for n, text in enumerate(texts, start=1)])]
        p.footnotes = [*p.footnotes, *(Footnote(marker=str(6 + n), text=f"Note {n}.",
                                                cited_by=[f"annex_1__para_{n}"])
                                       for n in range(1, len(texts) + 1))]
        return p

    def annexed():
        db.expire_all()
        return {(n.marker, p.eid) for n in db.scalars(select(FootnoteRow)) for p in n.paragraphs
                if p.kind == ParagraphKind.ANNEX}

    one = "We request the Secretary-General to report on the Declaration by 2027;"
    two = "We invite the Secretary-General to convene a review conference;"
    import_resolution(db, parsed(one), CLI, today=TODAY)
    db.commit()
    assert annexed() == {("7", "annex_1__para_1")}
    for texts, counts in (((one, two), (7, 0, 1, 0)),   # the second added
                          ((one, two), (8, 0, 0, 0)),   # both unchanged
                          ((one, two.replace("convene", "hold")), (7, 1, 0, 0))):  # the second reworded
        result = import_resolution(db, parsed(*texts), CLI, replace=True, today=TODAY)
        db.commit()
        assert _counts(result) == counts
        assert annexed() == {("7", "annex_1__para_1"), ("8", "annex_1__para_2")}


def test_a_paragraph_added_by_a_re_import_keeps_its_part_and_line(db):
    """Its part (a resolution in parts A, B) and the line it starts on in the text, as an import
    stores them."""
    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    parsed = seed()
    five = parsed.operative[4]
    parsed.operative.append(dataclasses.replace(five, number="7", eid=None, part="B", line=71,
                                                text=five.text.replace("seventy-third", "seventy-fourth")))
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (6, 0, 1, 0)
    added = _by_number(db)["7"].paragraph
    assert (added.part, added.line, added.eid) == ("B", 71, "part_B__para_7")


def test_an_unchanged_re_import_counts_the_obligations_still_to_review(db):
    """The re-import's tally counts an unchanged paragraph's obligation as needing review as it
    stands (one an officer reviewed since does not, one still flagged does)."""
    first = import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    by_number = _by_number(db)
    by_number["1"].needs_review, by_number["5"].needs_review = False, True
    db.commit()
    flagged = sum(o.needs_review for o in _by_number(db).values())
    assert 0 < flagged < first.obligations
    result = import_resolution(db, seed(), CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (6, 0, 0, 0)
    assert result.needs_review == flagged


def test_two_annexed_paragraphs_numbered_alike_keep_each_its_own_footnote(db):
    """An annexed instrument that numbers two paragraphs alike (both read as ``annex_1__para_1``,
    each footnote cited by that eId): each paragraph's footnote is linked to it, on the import and
    the re-import, not both to the second."""
    from tracker.models import Footnote as FootnoteRow
    from tracker.parsing.types import Footnote

    texts = ["We request the Secretary-General to report on the Declaration by 2027;",
             "We invite the Secretary-General to convene a review conference;"]

    def parsed():
        p = seed()
        p.annexes = [Annex(number=1, title="Declaration", paragraphs=[
            dataclasses.replace(p.operative[4], number="1", eid="annex_1__para_1", text=text,
                                footnotes=[str(7 + k)])
            for k, text in enumerate(texts)])]
        p.footnotes = [*p.footnotes, *(Footnote(marker=str(7 + k), text=f"Note {k}.",
                                                cited_by=["annex_1__para_1"]) for k in range(2))]
        return p

    for replace in (False, True):
        import_resolution(db, parsed(), CLI, replace=replace, today=TODAY)
        db.commit()
        db.expire_all()
        assert sorted((n.marker, p.text) for n in db.scalars(select(FootnoteRow)) for p in n.paragraphs
                      if p.kind == ParagraphKind.ANNEX) == [("7", texts[0]), ("8", texts[1])]


def test_paragraphs_added_after_a_changed_one_get_each_their_own_points_as_items(db):
    """A re-import that changes a paragraph with points and adds two, the second with points of
    its own: each added obligation's items are its own paragraph's points, not the changed one's."""
    from tracker.parsing.types import SubParagraph

    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    parsed = seed()
    three, five = parsed.operative[2], parsed.operative[4]
    parsed.operative[2] = dataclasses.replace(three, text=three.text.replace("cooperation",
                                                                             "close cooperation"))
    parsed.operative.append(dataclasses.replace(five, number="7", eid=None, subparagraphs=[],
                                                text=five.text.replace("seventy-third", "seventy-fourth")))
    parsed.operative.append(dataclasses.replace(
        five, number="8", eid=None, text=five.text.replace("seventy-third", "seventy-fifth"),
        subparagraphs=[SubParagraph("x", "x on transit;"), SubParagraph("y", "y on trade;")]))
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (5, 1, 2, 0)
    by_number = _by_number(db)
    assert [i.label for i in by_number["3"].items] == list("abcde")
    assert [i.label for i in by_number["7"].items] == []
    assert [i.label for i in by_number["8"].items] == ["x", "y"]


def test_a_re_imports_tally_counts_the_added_obligations_dates_and_reviews(db):
    """The tally after a re-import is of the resolution as it now stands: an added paragraph's
    obligation, dated and to review, counts among those with a date and those to review."""
    import_resolution(db, seed(), CLI, today=TODAY)
    db.commit()
    parsed = seed()
    five = parsed.operative[4]
    parsed.operative.append(dataclasses.replace(five, number="7", eid=None,
                                                text=five.text.replace("seventy-third", "seventy-fourth")))
    result = import_resolution(db, parsed, CLI, replace=True, today=TODAY)
    db.commit()
    assert _counts(result) == (6, 0, 1, 0)
    stands = _by_number(db)
    added = stands["7"]
    assert added.due_on is not None and added.needs_review
    assert (result.obligations, result.with_due, result.needs_review) == \
        (7, sum(o.due_on is not None for o in stands.values()), sum(o.needs_review for o in stands.values()))
