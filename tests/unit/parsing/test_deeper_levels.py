"""A third level of sub-paragraphs printed in another form: "(a) … / (iv) Matters relating to: /
a. … / b. … / (b) …" (A/RES/61/111 4, real text). Each level nests under the item before it and
every eId is unique, as Akoma Ntoso wants within a document."""

from __future__ import annotations

from tracker.parsing import parse

GA_HEADING = (
    "United Nations A/RES/61/111\nGeneral Assembly\nDistr.: General\n14 December 2006\n\n"
    "Resolution adopted by the General Assembly on 14 December 2006\n\n"
    "61/111. International cooperation in the peaceful uses of outer space\n\n"
    "The General Assembly,\n\n"
    "Having considered the report of the Committee on the Peaceful Uses of Outer Space on the work "
    "of its forty-ninth session,\n\n"
)

#: paragraphs 4 and 5 of A/RES/61/111 (numbered 1 and 2 here), one block each as printed
PARAGRAPHS = [
    "1. Endorses the recommendation of the Committee that the Legal Subcommittee, at its forty-sixth "
    "session, taking into account the concerns of all countries, in particular those of developing "
    "countries:",
    "(a) Consider the following as regular agenda items:",
    "(i) General exchange of views;",
    "(ii) Status and application of the five United Nations treaties on outer space;",
    "(iii) Information on the activities of international intergovernmental and non-governmental "
    "organizations relating to space law;",
    "(iv) Matters relating to:",
    "a. The definition and delimitation of outer space;",
    "b. The character and utilization of the geostationary orbit, including consideration of ways "
    "and means to ensure the rational and equitable use of the geostationary orbit without "
    "prejudice to the role of the International Telecommunication Union;",
    "(b) Consider the following single issues/items for discussion:",
    "(i) Review and possible revision of the Principles Relevant to the Use of Nuclear Power Sources "
    "in Outer Space;",
    "(ii) Examination and review of the developments concerning the draft protocol on matters "
    "specific to space assets to the Convention on International Interests in Mobile Equipment;",
    "(c) Consider the practice of States and international organizations in registering space "
    "objects in accordance with the workplan adopted by the Committee;",
    "2. Notes that the Legal Subcommittee, at its forty-sixth session, will submit its proposals to "
    "the Committee for new items to be considered by the Subcommittee at its forty-seventh session, "
    "in 2008;",
    "79th plenary meeting\n14 December 2006",
]

TEXT = GA_HEADING + "\n\n".join(PARAGRAPHS) + "\n"


def _tree(subs) -> list:
    return [(s.label, _tree(s.subparagraphs)) if s.subparagraphs else s.label for s in subs]


def _eids(subs) -> list[str]:
    return [e for s in subs for e in (s.eid, *_eids(s.subparagraphs))]


def test_a_third_level_nests_under_the_item_that_leads_into_it():
    parsed = parse(TEXT, "A_RES_61_111.txt")
    one, two = parsed.operative
    assert _tree(one.subparagraphs) == [
        ("a", ["i", "ii", "iii", ("iv", ["a", "b"])]), ("b", ["i", "ii"]), "c"]
    iv = one.subparagraphs[0].subparagraphs[3]
    assert iv.text == "Matters relating to:"
    assert iv.eid == "para_1__point_a__point_iv"
    assert [s.eid for s in iv.subparagraphs] == ["para_1__point_a__point_iv__point_a",
                                                 "para_1__point_a__point_iv__point_b"]
    assert iv.subparagraphs[1].text.startswith("The character and utilization of the geostationary orbit")
    assert one.subparagraphs[1].text == "Consider the following single issues/items for discussion:"
    eids = _eids(one.subparagraphs)
    assert len(eids) == len(set(eids))
    assert not [w for w in parsed.warnings if "sub-paragraph" in w]
    assert two.text.startswith("Notes that the Legal Subcommittee") and not two.subparagraphs


def test_a_label_in_another_form_that_opens_no_level_stays_in_its_list():
    """"c)" among "(b)" and "(d)" is the list's third item, not a level of its own."""
    parsed = parse(GA_HEADING + "1. Requests the Secretary-General to report on:\n\n(a) Transit;\n\n"
                   "(b) Trade;\n\nc) Finance;\n\n(d) Debt;\n\n79th plenary meeting\n", "A_RES_61_111.txt")
    (one,) = parsed.operative
    assert _tree(one.subparagraphs) == ["a", "b", "c", "d"]
