"""What changed between a resolution and its successor: the comparison page, its route (symbols
hold slashes), its word-level diff built from escaped text, and the link from the resolution page."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import gen_obligation, gen_resolution
from tracker.models import ResolutionLink
from tracker.services.successors import word_diff

OLD = [
    "Requests the Secretary-General to submit a report at its seventy-third session;",
    "Encourages Member States to cooperate with INTERPOL <in good faith> & promptly;",
    "Decides to include in the provisional agenda of its seventy-third session the item;",
]
NEW = [
    "Also requests the Secretary-General to submit a report at its seventy-fifth session;",
    "Urges Member States and regional bodies to cooperate closely with INTERPOL <in good faith> & promptly;",
    "Invites the regional organizations to share information on transnational crime with the Organization;",
]


@pytest.fixture
def pair(db):
    old = gen_resolution(db, "A/RES/71/19", session=71, adopted_on=dt.date(2016, 11, 21),
                         title="Cooperation between the United Nations and INTERPOL")
    new = gen_resolution(db, "A/RES/73/11", session=73, adopted_on=dt.date(2018, 10, 26),
                         title="Cooperation between the United Nations and INTERPOL")
    for text in OLD:
        gen_obligation(db, old, text=text)
    for text in NEW:
        gen_obligation(db, new, text=text)
    db.add(ResolutionLink(predecessor=old, successor=new, similarity=0.6))
    db.commit()
    return old.symbol, new.symbol


def test_word_diff_marks_words_struck_out_and_put_in():
    old = "Requests the SG at its seventy-third session;"
    assert word_diff(old, "Also requests the SG at its seventy-fifth session;") == [
        ("removed", "Requests "), ("added", "Also requests "), ("same", "the SG at its "),
        ("removed", "seventy-third "), ("added", "seventy-fifth "), ("same", "session;"),
    ]
    assert word_diff("same words", "same  words") == [("same", "same  words")]
    assert word_diff("", "new") == [("added", "new")]


def test_comparison_page_shows_each_kind_of_change(client, pair):
    old, new = pair
    response = client.get(f"/resolutions/{old}/compare/{new}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "What changed from A/RES/71/19 to A/RES/73/11" in html
    # renewed: the session number struck out and put in, word by word
    assert "seventy-third " in html and "<del>" in html and "<ins>" in html
    assert "seventy-fifth " in html
    # changed paragraph: the inserted word, and the paragraph's text escaped, never raw
    assert "closely " in html
    assert "&lt;in good faith&gt; &amp; promptly;" in html
    assert "<in good faith>" not in html
    # added and dropped paragraphs, whole
    assert "<ins>Invites the regional organizations" in html
    assert "<del>Decides to include in the provisional agenda" in html
    # paragraph numbers link to the paragraphs on each resolution's page
    assert 'href="/resolutions/A/RES/71/19#para_3"' in html
    assert 'href="/resolutions/A/RES/73/11#para_3"' in html
    assert "not recorded as predecessor and successor" not in html


def test_comparison_counts(client, pair):
    old, new = pair
    html = client.get(f"/resolutions/{old}/compare/{new}").get_data(as_text=True)
    assert "Operative paragraphs: 1 renewed, 1 changed, 1 new, 1 dropped." in html


def test_comparison_reads_from_earlier_to_later_at_one_url(client, pair):
    old, new = pair
    response = client.get(f"/resolutions/{new}/compare/{old}")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(f"/resolutions/{old}/compare/{new}")
    lower = client.get(f"/resolutions/{old.lower()}/compare/{new}")
    assert lower.status_code == 301


def test_comparison_of_unknown_unpublished_or_same_resolution_is_404(client, db, pair):
    old, new = pair
    draft = gen_resolution(db, "A/RES/75/1", session=75, published=False)
    db.commit()
    assert client.get(f"/resolutions/{old}/compare/A/RES/99/1").status_code == 404
    assert client.get(f"/resolutions/{old}/compare/{draft.symbol}").status_code == 404
    assert client.get(f"/resolutions/{old}/compare/{old}").status_code == 404


def test_unlinked_resolutions_can_be_compared_with_a_warning(client, db, pair):
    old, _ = pair
    other = gen_resolution(db, "A/RES/74/5", session=74, adopted_on=dt.date(2019, 12, 1))
    gen_obligation(db, other, text=OLD[0])
    db.commit()
    html = client.get(f"/resolutions/{old}/compare/{other.symbol}").get_data(as_text=True)
    assert "not recorded as predecessor and successor" in html
    assert "1 renewed, 0 changed, 0 new, 2 dropped" in html


def test_resolution_page_links_to_the_comparison(client, pair):
    old, new = pair
    for symbol in (old, new):
        html = client.get(f"/resolutions/{symbol}").get_data(as_text=True)
        assert f'href="/resolutions/{old}/compare/{new}"' in html, symbol
    # the resolution page itself still answers at its own URL
    assert client.get(f"/resolutions/{old}").status_code == 200
