"""A numbered paragraph whose words open with its first sub-paragraph ("14. (a) Underlines …; (b) calls
on …"): its sub-paragraphs are (a), (b) …, each saying its own operative phrase, not a paragraph whose
text is "(a) …" with (b) … under it (S/RES/2592 (2021) in ../shared/corpus, abridged)."""

from __future__ import annotations

from tracker.parsing import parse

SOMALIA = """S/RES/2592 (2021)

Resolution 2592 (2021)

Adopted by the Security Council at its 8716th meeting, on 25 August 2021

The Security Council,

Recalling all its previous resolutions on the situation in Somalia,

1. Decides to renew the authorization of the African Union Mission in Somalia until 31 December 2021;

2. (a) Expresses concern about the high number of instances of the "six grave violations" against
children, demands all parties to the conflict to take appropriate measures

(i) to end and prevent violations and abuses against children;

(ii) to identify those responsible for such violations and abuses; and

(b) calls upon the FGS to implement fully the United Nations Convention on the Rights of the Child;

3. (a) Underlines the need for the FGS to establish and operationalise the National Human Rights
Commission;

(b) calls on the FGS to promote, protect and ensure the rights of persons with disabilities;

(c) urges the FGS, with the support of the United Nations, to accelerate the implementation of the
Joint Communiqué;

(d) commends the FGS for its commitment to fulfilling its reporting obligations; and

4. Decides to remain actively seized of the matter.
"""


def test_a_paragraph_that_opens_with_its_first_sub_paragraph():
    parsed = parse(SOMALIA, "S_RES_2592_2021.txt")
    three = parsed.operative[2]
    assert three.number == "3" and [s.label for s in three.subparagraphs] == ["a", "b", "c", "d"]
    assert three.text.startswith("(a) Underlines the need") and "(b) calls on the FGS" in three.text
    assert three.action == "underlines" and three.kind == "exhortation" and three.actors == ["Somalia"]
    # each says its own phrase: (a) and (d) ask nothing, (b) and (c) call upon the FGS
    assert [s.kind for s in three.subparagraphs] == ["declaratory", None, None, "declaratory"]


def test_its_first_sub_paragraph_keeps_its_own():
    two = parse(SOMALIA, "S_RES_2592_2021.txt").operative[1]
    assert [(s.label, [c.label for c in s.subparagraphs]) for s in two.subparagraphs] == [
        ("a", ["i", "ii"]), ("b", [])]
    assert two.action == "expresses" and two.kind == "exhortation"
    assert two.actors == ["all parties", "Somalia"]  # those its sub-paragraphs ask, in order
    assert [p.eid for p in parse(SOMALIA, "S_RES_2592_2021.txt").operative] == [
        "para_1", "para_2", "para_3", "para_4"]


KASHMIR = """S/RES/47 (1948)

Resolution 47 (1948)

Adopted by the Security Council at its 286th meeting, on 21 April 1948

The Security Council,

Having considered the complaint of the Government of India,

1. The Government of Pakistan should undertake to use its best endeavours to secure the withdrawal of
tribesmen.

2. (a) The Government of India should agree that a nominee of the Secretary-General of the United
Nations will be appointed to be the Plebiscite Administrator.

(b) The Plebiscite Administrator, acting as an officer of the State of Jammu and Kashmir, should have
authority to nominate his assistants.

(c) The Government of India should undertake that the Government of Jammu and Kashmir will appoint
fully qualified persons nominated by the Plebiscite Administrator to act as special magistrates.
"""


def test_a_sub_paragraph_that_says_what_its_subject_should_do_asks_it():
    # S/RES/47 (1948) A 10 (abridged): with no operative phrase, "(a) The Government of India should agree …"
    # asks it as the paragraph "The Government of Pakistan should undertake …" does
    two = parse(KASHMIR, "S_RES_47_1948.txt").operative[1]
    assert [s.label for s in two.subparagraphs] == ["a", "b", "c"]
    assert two.kind == "exhortation" and two.action == "should" and two.actors == ["India"]
    # (b) "should have authority": no one is asked
    assert [s.kind for s in two.subparagraphs] == [None, "declaratory", None]
