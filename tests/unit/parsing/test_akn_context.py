"""An Akoma Ntoso file from another producer (no analysis of ours) is read with the resolution's
context, as the text parser reads the same words: the adoption date a period counts from, the
expiry a request counts back from, the full name the resolution gives a short name, the voice of a
declaration — through the same functions (``parser.context_of``, ``Context.read``,
``parser.read_together``), not paragraph by paragraph without them."""

from __future__ import annotations

import datetime as dt

from tracker.parsing import parse
from tracker.parsing.akn import AKN_NS, parse_akn

RECITALS = [
    "Recalling the Security Council Committee established pursuant to resolution 2140 (2014) "
    "(“the Committee”),",
]
PARAGRAPHS = [
    "Decides to extend until 14 July 2026 the mandate of the United Nations Mission to support the "
    "Hodeidah Agreement;",
    "Requests the Secretary-General to report to the Council on the implementation of this resolution "
    "one month before the mandate expires;",
    "Requests the Committee to report to the Council within 90 days of the adoption of this resolution;",
]


def _akn(recitals: list[str], paragraphs: list[str], *, symbol: str = "S/RES/2999 (2025)",
         date: str = "2025-07-10", preface: bool = False) -> bytes:
    """A file as another producer writes one: FRBR identification only (no preface unless asked),
    plain ``content`` paragraphs, no proprietary analysis."""
    return (f'<akomaNtoso xmlns="{AKN_NS}"><statement name="deliberation"><meta><identification '
            'source="#x"><FRBRWork>'
            f'<FRBRthis value="/akn/un/statement/deliberation/unsc/{date}/x/!main"/>'
            f'<FRBRuri value="/akn/un/statement/deliberation/unsc/{date}/x"/><FRBRdate '
            f'date="{date}" name="adoption"/><FRBRauthor href="#x"/><FRBRcountry value="un"/>'
            f'<FRBRnumber value="{symbol}"/></FRBRWork></identification></meta>'
            + (f'<preface><p><docNumber>{symbol}</docNumber></p></preface>' if preface else "")
            + '<preamble>'
            + "".join(f'<recital eId="rec_{n}"><p>{text}</p></recital>' for n, text in enumerate(recitals, 1))
            + '</preamble><mainBody>'
            + "".join(f'<paragraph eId="para_{n}"><num>{n}.</num><content><p>{text}</p></content></paragraph>'
                      for n, text in enumerate(paragraphs, start=1))
            + '</mainBody></statement></akomaNtoso>').encode()


def _text(recitals: list[str], paragraphs: list[str], *, symbol: str = "S/RES/2999 (2025)",
          body: str = "The Security Council,", date: str = "10 July 2025") -> str:
    return (f"{symbol}\n\nResolution 2999 (2025)\n\nAdopted by the Security Council at its 9999th meeting, "
            f"on {date}\n\n{body}\n\n" + "".join(f"{r}\n\n" for r in recitals)
            + "".join(f"{n}. {p}\n\n" for n, p in enumerate(paragraphs, start=1)))


def _reading(resolution) -> list[tuple]:
    return [(o.action, o.kind, o.actors, o.deliverable,
             [(d.kind, d.date, d.session, d.body) for d in o.deadlines]) for o in resolution.operative]


def test_an_outside_file_reads_as_the_text_with_the_resolutions_context():
    theirs = parse_akn(_akn(RECITALS, PARAGRAPHS))
    ours = parse(_text(RECITALS, PARAGRAPHS), "S_RES_2999.txt")
    assert theirs.adopted_on == ours.adopted_on == dt.date(2025, 7, 10)
    assert _reading(theirs) == _reading(ours)
    extend, report, committee = theirs.operative
    # the expiry the first paragraph sets dates the report counted back from it
    assert [d.date for d in report.deadlines] == [dt.date(2026, 6, 14)]
    # "the Committee" is the one the preamble names in full, and its 90 days count from the adoption
    assert committee.actors == ["2140 Committee"]
    assert [d.date for d in committee.deadlines] == [dt.date(2025, 10, 8)]


def test_an_outside_declaration_is_read_in_its_speakers_voice():
    """The preamble's last recital names the speakers ("We, the Heads of State …,"): every
    paragraph is theirs, as the text parser reads a declaration adopted as the resolution's text."""
    recitals = ["We, the Heads of State and Government, gathered at United Nations Headquarters,"]
    paragraphs = ["Reaffirm our commitment to the Programme of Action;",
                  "Commit to strengthen our cooperation in its implementation;",
                  "Request the Secretary-General to submit a report on its implementation;"]
    theirs = parse_akn(_akn(recitals, paragraphs, symbol="A/RES/80/9", date="2025-09-01", preface=True))
    ours = parse(_text(recitals, paragraphs, symbol="A/RES/80/9", body="The General Assembly",
                       date="1 September 2025"), "A_RES_80_9.txt")
    assert _reading(theirs) == _reading(ours)
    # the States that adopt it commit themselves
    assert theirs.operative[1].actors == ["Member States"]
    assert theirs.operative[2].actors == ["Secretary-General"]


def test_an_outside_files_paragraphs_cite_their_documents_as_the_texts_do():
    # the documents a paragraph cites, found in its words as the text parser finds them; a paragraph
    # printed without a number is marked so where it is built
    paragraphs = ["Takes note of the report of the Secretary-General (S/2025/123) and of resolution 2719 "
                  "(2023);", *PARAGRAPHS[1:]]
    theirs = parse_akn(_akn(RECITALS, paragraphs))
    ours = parse(_text(RECITALS, paragraphs), "S_RES_2999.txt")
    assert [o.references for o in theirs.operative] == [o.references for o in ours.operative]
    assert "S/2025/123" in theirs.operative[0].references
    unnumbered = _akn(RECITALS, paragraphs).replace(b"<num>1.</num>", b"")
    assert [o.unnumbered for o in parse_akn(unnumbered).operative] == [True, False, False]
