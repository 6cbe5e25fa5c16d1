"""The gazetteer's trie of aliases is built once per set of aliases, not once per resolution."""

from __future__ import annotations

from tracker.parsing import gazetteer
from tracker.parsing.gazetteer import Gazetteer


def test_resolutions_that_remap_the_same_alias_share_one_trie(monkeypatch):
    # "the Joint Programme" is UNAIDS in a resolution that names the Joint United Nations Programme on
    # HIV/AIDS in full ("Calls upon the Joint Programme to further support …", E/RES/2023/30 3): each such
    # resolution's gazetteer adds that alias, and the whole-corpus parse built the trie of ≈ 3,000 aliases
    # again (≈ 0.2 s) for each of them
    base = Gazetteer.default()
    built = []
    trie = gazetteer._trie_pattern
    monkeypatch.setattr(gazetteer, "_trie_pattern", lambda words, *a: built.append(1) or trie(words, *a))
    texts = ["Recalling the work of the Joint United Nations Programme on HIV/AIDS,",
             "Calls upon the Joint Programme to further support Member States,"]
    first = base.for_resolution(texts)
    second = base.for_resolution([*texts, "Requests the Secretary-General to report on the implementation,"])
    assert first is not base and second is not base
    assert first.canonical("Joint Programme") == second.canonical("Joint Programme") == "UNAIDS"
    assert len(built) <= 1
    assert first.find(texts[1]) == second.find(texts[1]) == [(15, 30, "UNAIDS"), (50, 63, "Member States")]
