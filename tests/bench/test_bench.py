"""The bench at a tiny scale: the corpus is deterministic and looks like the real texts, and
``python -m bench`` prints its table. Never an assertion on wall-clock time."""

from __future__ import annotations

import json

import pytest

from bench import corpus, database, subjects
from bench.__main__ import main


def test_ordinals_and_transposition():
    assert corpus.ordinal_words(73) == "seventy-third"
    assert corpus.ordinal_words(120) == "one hundred and twentieth"
    text = "to the General Assembly at its seventy-third session, no later than 31 March 2025"
    moved = corpus.transpose(text, -5, -5)
    assert moved == "to the General Assembly at its sixty-eighth session, no later than 31 March 2020"
    assert corpus.transpose("the 2030 Agenda for Sustainable Development", 0, 3).startswith("the 2030 Agenda")


def test_real_texts_split_into_pieces():
    sources = corpus.read_sources()
    assert len(sources) >= 15
    seed = next(s for s in sources if s.name == "A-RES-71-19.txt")
    assert (len(seed.preamble), len(seed.operative)) == (13, 6)
    assert [label for label, _ in seed.operative[2].subs] == ["a", "b", "c", "d", "e"]


def test_corpus_is_deterministic_and_marked_generated(tmp_path):
    one = corpus.build(0.003, cache=tmp_path / "a")
    two = corpus.build(0.003, cache=tmp_path / "b")
    m1, m2 = corpus.load_manifest(one), corpus.load_manifest(two)
    assert m1["files"] == m2["files"] and m1["generated"] is True
    assert "NOT UNITED NATIONS DOCUMENTS" in (one / "README").read_text()
    first = m1["files"][0]["path"]
    assert (one / first).read_text() == (two / first).read_text()
    # every symbol is outside the ranges real resolutions use
    for entry in m1["files"]:
        number = int(entry["symbol"].split("/")[-1]) if "(" not in entry["symbol"] else 9001
        assert number >= 101


def test_generated_texts_parse_as_generated(tmp_path):
    parsing = pytest.importorskip("tracker.parsing")
    folder = corpus.build(0.003, cache=tmp_path)
    manifest = corpus.load_manifest(folder)
    for entry in manifest["files"][::7]:
        parsed = parsing.parse((folder / entry["path"]).read_bytes(), entry["path"])
        assert parsed.symbol == entry["symbol"]
        assert len(parsed.operative) == entry["operative"]


def test_bench_prints_the_table(tmp_path, capsys):
    out = tmp_path / "results.json"
    assert main(["--scale", "0.003", "--small-scale", "0.003", "--runs", "1", "--parse-files", "10",
                 "--load-budget", "120", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert "figure" in table and "ratio" in table
    for figure in ("parse", "import", "page: overview", "overview throughput", "SQL queries: overview",
                   "reminder pass"):
        assert figure in table
    rows = json.loads(out.read_text())["rows"]
    assert all(not (r["na"] or "").startswith("error") for r in rows), [r for r in rows if r["na"]]


def test_shaping_moves_the_count_horizon_to_the_bench_day(tmp_path):
    """In production the nightly horizon job keeps the kept counts' horizon at most a day off; the
    bench's register is shaped the same way, not left at the day it was migrated."""
    from sqlalchemy import text

    from tracker.services.counts import check

    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    database.migrate(url)
    files = sorted(corpus.build(0.003, cache=tmp_path / "corpus").rglob("*.txt"))[:6]
    assert database.load(url, files, budget_s=300).imported == len(files)
    database.shape(url)
    engine, factory = database.session_factory(url)
    try:
        with factory() as session:
            day = session.execute(text("SELECT day FROM count_horizon")).scalar_one()
            assert str(day) == subjects.TODAY.isoformat()
            assert check(session).ok  # recounted by the horizon, after the aged obligations
    finally:
        engine.dispose()
