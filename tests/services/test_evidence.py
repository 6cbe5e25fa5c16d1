"""Evidence as officers type it: document symbols and http(s) links, anything else refused by name."""

from __future__ import annotations

import pytest

from tracker.services import obligations as svc


def test_plain_http_links_are_evidence_too():
    assert svc.parse_evidence("http://undocs.org/A/73/123") == [("link", "http://undocs.org/A/73/123")]


def test_a_link_may_be_500_characters_long_not_more():
    base = "https://example.org/"
    longest = base + "x" * (500 - len(base))
    assert svc.is_evidence_link(longest)
    assert not svc.is_evidence_link(longest + "x")
    assert svc.parse_evidence(longest) == [("link", longest)]
    with pytest.raises(svc.ObligationError):
        svc.parse_evidence(longest + "x")


@pytest.mark.parametrize("value", ["https://example.org/a\tb", "https://example.org/\u00a0x"])
def test_a_link_with_white_space_inside_is_refused(value):
    assert not svc.is_evidence_link(value)
    with pytest.raises(svc.ObligationError):
        svc.parse_evidence(value)


def test_several_symbols_on_one_line_are_several_items_and_repeats_count_once():
    assert svc.parse_evidence("A/73/123 A/73/124\n\n, A/73/123;") == [
        ("symbol", "A/73/123"), ("symbol", "A/73/124")]


def test_evidence_may_be_given_as_a_list_and_none_is_no_evidence():
    assert svc.parse_evidence(["A/73/123", "", " https://undocs.org/x ", "A/73/123"]) == [
        ("symbol", "A/73/123"), ("link", "https://undocs.org/x")]
    assert svc.parse_evidence("A/73/1, ,A/73/2") == [("symbol", "A/73/1"), ("symbol", "A/73/2")]
    assert svc.parse_evidence(None) == []
    assert svc.parse_evidence(" ,; \n") == []


def test_the_refusal_names_every_bad_item_as_typed_for_the_evidence_field():
    with pytest.raises(svc.ObligationError) as info:
        svc.parse_evidence("A/73/123\nsee the report, A/73/124, hello")
    error = info.value
    assert str(error) == ("Not a document symbol (such as A/73/123) or an http(s) link: "
                          "see the report; hello.")
    assert (error.code, error.field, error.params) == (
        "evidence_not_recognised", "evidence", {"items": "see the report; hello"})


@pytest.mark.parametrize("value", ["S/RES/2682 (2023)", "A/C.3/78/L.5/Rev.1", "A/HRC/55/3", "A/RES/1514 (XV)",
                                   "A/RES/1474 (ES-IV)"])
def test_a_symbol_with_a_space_is_one_item_not_split(value):
    assert svc.is_document_symbol(value)
    assert svc.parse_evidence(value) == [("symbol", value)]


@pytest.mark.parametrize("value", ["A/AC.109/L.1794", "E/CN.6/L.1"])
def test_a_draft_or_committee_number_is_the_number_a_symbol_needs(value):
    assert svc.is_document_symbol(value)


@pytest.mark.parametrize("value", ["A/C.3/L.5", "A/AC.109/PV.1234", "A/C.5/SR.12", "E/CN.4/CRP.1"])
def test_an_organ_s_numbered_document_is_a_symbol(value):
    assert svc.is_document_symbol(value)


@pytest.mark.parametrize("value", ["A/RES", "A/HRC/RES", "A/RES (2023)", "A/C.3", "A/AC.109", "E/CN.6/Sub.2",
                                   "A/CONF.157"])
def test_a_symbol_names_a_number(value):
    assert not svc.is_document_symbol(value)
