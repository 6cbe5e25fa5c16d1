"""A module binds each of its names once. The parser's modules hold hundreds of module-level rules
(patterns, word lists); a second rule written under a name already taken replaces the first for
every function that reads it after the module has loaded, silently: f0a119f's deliverables'
``_CITED`` replaced the actors' ``_CITED`` of cb1c83e, and bodies whose resolutions were cited were
asked again until 14c6676 found it; ``phrases._REPORTED_TO`` was a list of names read while the module
loaded and a compiled pattern read after. Rebinding a name on purpose (``x = x | y``) reads it on
the right-hand side, which this allows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tracker"


def _bound(node: ast.stmt) -> list[str]:
    """The module-level names a statement binds (not attributes or items: ``manager.view = …``)."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    targets = (node.targets if isinstance(node, ast.Assign)
               else [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else [])
    names = []
    for target in targets:
        elements = target.elts if isinstance(target, ast.Tuple | ast.List) else [target]
        names += [t.id for t in elements if isinstance(t, ast.Name)]
    return names


def _rebound(source: str) -> list[tuple[str, int, int]]:
    first: dict[str, int] = {}
    found = []
    for node in ast.parse(source).body:
        value = getattr(node, "value", None)
        reads = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        for name in _bound(node):
            if name in first and name not in reads:
                found.append((name, first[name], node.lineno))
            first.setdefault(name, node.lineno)
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_name_twice(path):
    rebound = _rebound(path.read_text(encoding="utf-8"))
    assert not rebound, "; ".join(f"{name} bound at line {a} and again at line {b}" for name, a, b in rebound)


def test_the_check_finds_a_rule_written_twice():
    source = ('import re\n_CITED = re.compile("a")\n\ndef f():\n    return _CITED\n\n'
              '_CITED = re.compile("b")\n_WORDS = ("a",)\n_WORDS = _WORDS + ("b",)\n'
              'manager = object()\nmanager.view = "x"\n')
    assert _rebound(source) == [("_CITED", 2, 7)]
