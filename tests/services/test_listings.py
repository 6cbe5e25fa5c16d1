"""The register's lists (resolutions, paragraphs, owners, sessions) as the services answer them,
and the one LIKE escaping they share with the obligation filter."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import gen_entity, gen_obligation, gen_resolution
from tracker.models import Paragraph
from tracker.services import listings
from tracker.services.errors import NotFound
from tracker.services.search import ObligationFilter, like_literal, search_obligations

TODAY = dt.date(2026, 11, 27)


def test_like_literal_leaves_no_wildcard():
    assert like_literal("50%_a\\b") == "50\\%\\_a\\\\b"


def test_owners_match_percent_and_underscore_as_themselves(db):
    gen_entity(db, "Fund 100% for_all")
    gen_entity(db, "Fund 1000 forXall")
    found = listings.list_owners(db, q="100% FOR_")
    assert [row.entity.name for row in found.items] == ["Fund 100% for_all"] and found.total == 1
    assert listings.list_owners(db, q="%").total == 1


def test_owners_page_with_published_obligation_counts(db):
    unep = gen_entity(db, "UNEP")
    gen_entity(db, "UNDP")
    gen_obligation(db, owners=[unep])
    gen_obligation(db, gen_resolution(db, published=False), owners=[unep])
    first = listings.list_owners(db, page=1, per_page=1)
    assert (first.total, [r.entity.name for r in first.items]) == (2, ["UNDP"])
    second = listings.list_owners(db, page=2, per_page=1)
    assert [(r.entity.name, r.obligations) for r in second.items] == [("UNEP", 1)]


def test_resolutions_by_symbol_prefix_exact_symbol_and_visibility(db):
    a = gen_resolution(db, "A/RES/71/19", adopted_on=dt.date(2016, 10, 1))
    b = gen_resolution(db, "A/RES/71/1_", adopted_on=dt.date(2016, 12, 1))
    gen_resolution(db, "A/RES/72/5", session=72)
    hidden = gen_resolution(db, "A/RES/71/40", published=False)
    gen_obligation(db, a)
    gen_obligation(db, a)

    prefix = listings.list_resolutions(db, symbol="A/RES/71/")
    assert [r.resolution.symbol for r in prefix.items] == ["A/RES/71/1_", "A/RES/71/19"]  # newest first
    assert [r.obligations for r in prefix.items] == [0, 2]
    # "_" is no wildcard: the exact symbol, in any case
    assert [r.resolution.id for r in listings.list_resolutions(db, symbol="a/res/71/1_").items] == [b.id]
    everything = listings.list_resolutions(db, symbol="A/RES/71/", include_unpublished=True)
    assert hidden.id in {r.resolution.id for r in everything.items} and everything.total == 3
    assert listings.list_resolutions(db, session_number=72).total == 1


def test_the_obligation_filter_and_the_resolution_list_read_a_symbol_alike(db):
    for symbol in ("A/RES/71/19", "A/RES/71/1_", "A/RES/72/5"):
        gen_obligation(db, gen_resolution(db, symbol))
    for asked in ("A/RES/71/", "A/RES/71/*", "a/res/71/19", "A/RES/7"):
        listed = {r.resolution.symbol for r in listings.list_resolutions(db, symbol=asked).items}
        found = search_obligations(db, ObligationFilter(symbol=asked), TODAY, 1, 50)
        assert {o.symbol for o in found.items} == listed, asked


def test_paragraphs_with_parent_eids_and_obligation_ids(db):
    r = gen_resolution(db, "A/RES/71/19")
    o = gen_obligation(db, r)
    parent = o.paragraph
    child = Paragraph(resolution=r, kind="subparagraph", number="(a)", eid="para_1__subpara_a",
                      position=2, text="(a) a part;", parent=parent)
    db.add(child)
    db.flush()
    found = listings.list_paragraphs(db, symbol="A/RES/71/19")
    assert [(row.paragraph.eid, row.parent_eid, row.obligation_ids) for row in found.items] == [
        ("para_1", None, [o.id]), ("para_1__subpara_a", "para_1", [])]
    assert listings.list_paragraphs(db, symbol="A/RES/71/19", kind="subparagraph").total == 1


def test_session_counts_by_status_only_where_visible(db):
    gen_obligation(db, deadline_body="GA", deadline_session=81)
    gen_obligation(db, deadline_body="GA", deadline_session=81, status="completed")
    gen_obligation(db, gen_resolution(db, published=False), deadline_body="GA", deadline_session=81)
    gen_obligation(db, deadline_body="HRC", deadline_session=60)
    assert listings.session_status_counts(db) == {
        ("GA", 81): {"not_started": 1, "completed": 1}, ("HRC", 60): {"not_started": 1}}
    assert listings.session_status_counts(db, include_unpublished=True, body="GA", number=81) == {
        ("GA", 81): {"not_started": 2, "completed": 1}}


def test_a_filter_from_values_the_api_validated_already():
    flt = ObligationFilter.from_values({"status": ["in_progress", "not_started"], "tracked": True,
                                        "due_from": dt.date(2026, 1, 1), "symbol": "", "page": 3})
    assert flt == ObligationFilter(status=("not_started", "in_progress"), tracked=True,
                                   due_from=dt.date(2026, 1, 1))


def test_one_item_is_not_found_when_absent_or_not_visible(db):
    hidden = gen_obligation(db, gen_resolution(db, published=False))
    shown = gen_obligation(db)
    assert listings.find_obligation(db, shown.id).id == shown.id
    assert listings.find_obligation(db, hidden.id, include_unpublished=True).id == hidden.id
    assert listings.find_paragraph(db, shown.paragraph_id).obligation_ids == [shown.id]
    with pytest.raises(NotFound, match=f"no obligation {hidden.id}"):
        listings.find_obligation(db, hidden.id)
    with pytest.raises(NotFound, match=f"no paragraph {hidden.paragraph_id}"):
        listings.find_paragraph(db, hidden.paragraph_id)
    with pytest.raises(NotFound, match="no entity 999999"):
        listings.find_owner(db, 999999)
