"""Early resolutions: a number with its session in roman numerals ("1514 (XV)"), a page of the
annual volume that prints several resolutions, each under its title and opening, and a part's own
lead-in ("The General Assembly resolves that:").

``data/A_RES_1514_XV.txt`` is the shared corpus's rendering of the segmented entry
``A_RES_1514(XV)`` (``tests/corpus/render_segmented.py``), unedited: page 66–67 of the
Assembly's fifteenth-session volume, from the end of 1492 (XV) to 1592 (XV); ``data/S_RES_54_1948.txt``
that of ``S_RES_54(1948)``, a page of the Council's 1948 volume printed in English and French;
``data/E_RES_476_XV.txt`` that of ``E_RES_476_(XV)``, two pages of the Economic and Social Council's
fifteenth-session volume (1953), in English and French, from the end of 475 (XV) to 478 (XV)."""

import datetime as dt
from pathlib import Path

import pytest

from tracker.parsing import parse
from tracker.parsing.layout import SYMBOL_RE
from tracker.parsing.metadata import session_of_symbol, symbol_from_filename
from tracker.parsing.parser import chapeau_of
from tracker.parsing.references import find_references
from tracker.parsing.structure import in_english
from tracker.parsing.types import ObligationKind

PAGE = (Path(__file__).parent / "data" / "A_RES_1514_XV.txt").read_text(encoding="utf-8")


def test_the_resolution_its_symbol_names_is_read_not_the_first_on_the_page():
    r = parse(PAGE, "A_RES_1514_XV.txt")
    assert (r.symbol, r.body, r.session) == ("A/RES/1514 (XV)", "GA", 15)
    assert r.title == "Declaration on the granting of independence to colonial countries and peoples"
    assert r.adopted_on == dt.date(1960, 12, 14)
    assert [p.number for p in r.operative] == [str(n) for n in range(1, 8)]
    assert r.operative[0].text.startswith("The subjection of peoples to alien subjugation")
    assert r.operative[-1].text.startswith("All States shall observe faithfully")
    assert r.preambular[0].text.startswith("Mindful of the determination proclaimed")


def test_another_resolution_of_the_same_page():
    page = PAGE.replace("A/RES/1514(XV)", "A/RES/1592(XV)", 1)
    r = parse(page, "A_RES_1592_XV.txt")
    assert (r.symbol, r.session) == ("A/RES/1592 (XV)", 15)
    assert r.title == "The situation in the Republic of the Congo"
    assert r.adopted_on == dt.date(1960, 12, 20)
    assert [p.text[:40] for p in r.operative] == ["Decides to keep this item on the agenda "]


def test_a_title_over_its_date_line_and_part_letter_opens_a_resolution():
    """The Council's early volumes print "Resolutions of 6 April 1953" and the part's letter between
    a title and "The Economic and Social Council": 476 (XV) ends where 477 (XV)'s title begins."""
    page = (Path(__file__).parent / "data" / "E_RES_476_XV.txt").read_text(encoding="utf-8")
    r = parse(page, "E_RES_476_(XV).txt")
    assert r.title == "International co-operation on cartography"
    assert [(p.part, p.number) for p in r.operative] == [("A", "1"), ("A", "2"), ("B", "1"), ("B", "2")]
    assert r.operative[2].text.startswith("Takes note with satisfaction of the report")
    assert r.operative[3].text.startswith("Requests the Secretary-General, upon the completion of")
    assert not any("narcotics" in p.text for p in r.operative)  # 477 (XV)'s


def test_a_page_that_does_not_print_the_named_resolution_is_read_whole():
    page = PAGE.replace("A/RES/1514(XV)", "A/RES/1600(XV)", 1)
    r = parse(page, "A_RES_1600_XV.txt")
    assert r.symbol == "A/RES/1600 (XV)"
    assert r.title == ""  # the page's titles are other resolutions'
    assert r.operative[0].text.startswith("Decides to admit the Federation of Nigeria")


@pytest.mark.parametrize(("name", "symbol", "session"), [
    ("A_RES_1514_XV.txt", "A/RES/1514 (XV)", 15),
    ("A_RES_118_(II).txt", "A/RES/118 (II)", 2),
    ("A_RES_13(I).txt", "A/RES/13 (I)", 1),
    ("A_RES_186_(S-2).txt", "A/RES/186 (S-2)", None),  # a special session's own numbering
    ("E_RES_1818(LV).txt", "E/RES/1818 (LV)", None),  # the Council's sessions are its years
    ("S_RES_2231_(2015).txt", "S/RES/2231 (2015)", None),
    ("A_RES_71_19.txt", "A/RES/71/19", 71),
    # a resolution's part, a resolution of its own ("A/RES/66/253 A" and "B" were adopted months apart)
    ("A_RES_66_253_B.txt", "A/RES/66/253 B", 66),
    ("A_RES_71_101_A-B.txt", "A/RES/71/101 A-B", 71),
])
def test_a_number_with_its_session_in_a_file_name(name, symbol, session):
    assert symbol_from_filename(name) == symbol
    assert session_of_symbol(symbol) == session


@pytest.mark.parametrize("printed", ["A/RES/1514(XV)", "A/RES/1514 (XV)", "A/RES/1474(ES-IV)",
                                     "A/RES/2248 (S-V)", "A/RES/66/253 B", "A/RES/71/101 A-B"])
def test_a_heading_prints_the_session_with_the_number(printed):
    assert SYMBOL_RE.search(f"United Nations {printed}\n").group(0) == printed


def test_a_citation_names_the_resolution_as_its_own_symbol_does():
    r = parse(PAGE, "A_RES_1514_XV.txt")
    assert find_references("Recalling its resolution 1514 (XV) of 14 December 1960,", body="GA") == [r.symbol]


def test_a_note_number_run_into_a_title_is_not_part_of_it():
    page = PAGE.replace("to colonial countries and peoples\n", "to colonial countries and peoples86\n", 1)
    assert parse(page, "A_RES_1514_XV.txt").title.endswith("colonial countries and peoples")


def test_a_part_letter_is_not_the_section_number_of_the_line_after():
    assert SYMBOL_RE.search("A/RES/35/63 V. Resolutions adopted on the reports").group(0) == "A/RES/35/63"
    assert SYMBOL_RE.search("A/RES/57/270 B Follow-up").group(0) == "A/RES/57/270 B"


def test_a_part_s_own_lead_in_is_the_operative_phrase_of_its_paragraphs():
    """A/RES/13 (I) (``data/A_RES_13_I.txt``, the shared corpus's rendering, unedited): each part of
    the Secretariat's organization opens "The General Assembly resolves that:" and its paragraphs say
    what the Secretary-General shall do."""
    text = (Path(__file__).parent / "data" / "A_RES_13_I.txt").read_text(encoding="utf-8")
    r = parse(text, "A_RES_13_I.txt")
    by_eid = {p.eid: p for p in r.operative}
    fund, report = by_eid["part_VIII__para_28"], by_eid["part_VIII__para_29"]
    assert (fund.kind, fund.actors) == (ObligationKind.ACTION, ["Secretary-General"])
    assert (report.kind, report.actors) == (ObligationKind.REPORT, ["Secretary-General"])
    assert report.deliverable == "a report on the operation of the provident fund"
    assert [(d.body, d.session, d.current) for d in report.deadlines] == [("GA", 1, True)]


@pytest.mark.parametrize(("words", "phrase"), [
    ("Resolves that:", "Resolves that"),
    ("Therefore, the General Assembly resolves that:", "Resolves that"),
    ("The Economic and Social Council decides further that:", "Decides further that"),
    ("The General Assembly resolves that, in view of the heavy responsibilities:", ""),
    ("We resolve to undertake the following measures:", ""),
])
def test_the_operative_phrase_a_lead_in_writes_once(words, phrase):
    assert chapeau_of(words) == phrase


def test_a_page_printed_in_english_and_french_is_read_in_english():
    # the PDF's text gives each page's English column, then its French one: paragraphs 5–11 were the
    # French ("Ordonne, comme présentant un intérêt particulier …", "Prescrit au Médiateur …")
    page = (Path(__file__).parent / "data" / "S_RES_54_1948.txt").read_text(encoding="utf-8")
    r = parse(page, "S_RES_54_1948.txt")
    assert [p.number for p in r.operative] == [str(n) for n in range(1, 12)]
    assert r.operative[4].text.startswith("Orders as a matter of special and urgent necessity")
    assert r.operative[5].text.startswith("Instructs the Mediator to continue his efforts")
    assert r.operative[10].text.startswith("Requests that the Secretary-General make appropriate")
    assert not any("Conseil" in p.text or "Médiateur" in p.text for p in r.preambular + r.operative)
    # (10: "Requests the Secretary-General to provide the Mediator with the necessary staff and facilities …",
    # a standing duty, read in English: its addressee named)
    assert r.operative[9].kind == ObligationKind.EXHORTATION
    assert r.operative[9].actors == ["Secretary-General"]


def test_french_is_left_out_only_where_both_languages_are_printed():
    from tracker.parsing.layout import Block

    english = [Block("Requests the Secretary-General to submit a report to the Council on the matter;", 1),
               Block("Calls upon all States to cooperate with the Mediator in the discharge of his task;", 2),
               Block("Decides to remain seized of the question and to consider it at its next meeting.", 3)]
    french = [Block("Prie le Secrétaire général de présenter au Conseil un rapport sur la question;", 4),
              Block("Invite tous les Etats à coopérer avec le Médiateur dans l’exercice de sa tâche;", 5),
              Block("le 11 décembre 1946.", 6),
              Block("Décide de rester saisi de la question et de l’examiner à sa prochaine séance.", 7)]
    def read(blocks):
        return in_english(blocks, "\n\n".join(b.text for b in blocks) * 10)

    assert read(english + french) == english
    # a French title quoted in an English text, or two French paragraphs, are left as they are
    assert read(english + french[:2]) == english + french[:2]
    assert read(english[:2] + french) == english[:2] + french
    # nor are a few French words in an English text read (they are not counted)
    assert in_english(english + french, "Les ateliers du Nord et des Etats généraux") == english + french
