"""The per-request time budget for parsing: the parser runs in a child process that is stopped
when the budget is spent, and the request ends with a one-line error."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tracker.parsing import parse_source
from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.types import ParseError
from tracker.services.importing.budget import parse_within

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"


def test_within_the_budget_the_result_is_the_parsers():
    data = SEED.read_bytes()
    parsed, text = parse_within(60, data, SEED.name, Gazetteer.default())
    expected, expected_text = parse_source(data, SEED.name, gazetteer=Gazetteer.default())
    assert parsed.to_dict() == expected.to_dict() and text == expected_text


def test_a_parse_that_outlasts_the_budget_ends_with_a_clear_error():
    # the seed's operative part 300 times over: seconds of parsing, against a budget of 1 ms
    text = SEED.read_text()
    start = text.index("1.")
    data = (text + text[start:] * 300).encode()
    with pytest.raises(ParseError) as stopped:
        parse_within(0.001, data, "long.txt", Gazetteer.default())
    assert "longer than the 0.001 s allowed" in str(stopped.value) and "\n" not in str(stopped.value)


def test_a_parse_error_in_the_child_comes_back_as_is():
    with pytest.raises(ParseError, match="empty input"):
        parse_within(60, b"   ", "empty.txt", Gazetteer.default())


@pytest.mark.parametrize("seconds", [None, 0])
def test_without_a_budget_the_parser_runs_here_with_the_same_result(seconds):
    data = SEED.read_bytes()
    parsed, text = parse_within(seconds, data, SEED.name, Gazetteer.default())
    expected, expected_text = parse_source(data, SEED.name, gazetteer=Gazetteer.default())
    assert parsed.to_dict() == expected.to_dict() and text == expected_text


def test_the_budget_error_says_what_to_do_instead():
    text = SEED.read_text()
    data = (text + text[text.index("1."):] * 300).encode()
    why = ("parsing took longer than the 0.001 s allowed for one upload: import a file this large "
           "with `tracker import`")
    with pytest.raises(ParseError, match=f"^{re.escape(why)}$"):
        parse_within(0.001, data, "long.txt", Gazetteer.default())


def test_the_child_reads_with_the_gazetteer_and_the_file_name_it_is_given():
    """The register's gazetteer (an alias it knows names its entity) and the upload's file name (a
    text named .pdf is refused as no PDF) reach the parser in the child."""
    data = SEED.read_bytes()
    gazetteer = Gazetteer.default().extended((("International Criminal Police Organization", ("INTERPOL",)),))
    parsed, _text = parse_within(60, data, SEED.name, gazetteer)
    assert parsed.to_dict() == parse_source(data, SEED.name, gazetteer=gazetteer)[0].to_dict()
    assert "International Criminal Police Organization" in parsed.operative[2].actors
    for seconds in (60, None):  # in the child, and here without a budget
        with pytest.raises(ParseError, match="named .pdf but does not start with %PDF-"):
            parse_within(seconds, data, "A-RES-71-19.pdf", Gazetteer.default())


def test_a_parser_failing_otherwise_in_the_child_is_a_parse_error_naming_what_failed(monkeypatch):
    """Not a ``ParseError`` (a bug, a file the parser chokes on): the upload ends with a one-line
    parse error naming the exception, not with the child's traceback or a server error."""
    def choke(*_args, **_kwargs):
        raise RecursionError("too deep")

    monkeypatch.setattr("tracker.services.importing.budget.parse_source", choke)
    with pytest.raises(ParseError) as failed:
        parse_within(60, SEED.read_bytes(), SEED.name, Gazetteer.default())
    assert str(failed.value) == "cannot parse this file (RecursionError)"


def test_a_child_that_dies_before_answering_ends_the_upload_with_a_parse_error(monkeypatch):
    """The child killed (out of memory, a signal) before it sends anything: a one-line error."""
    monkeypatch.setattr("tracker.services.importing.budget.parse_source", lambda *_a, **_k: os._exit(1))
    with pytest.raises(ParseError) as stopped:
        parse_within(60, SEED.read_bytes(), SEED.name, Gazetteer.default())
    assert str(stopped.value) == "the parser stopped before reading this file to the end"
