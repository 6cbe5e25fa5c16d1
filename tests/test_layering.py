"""The domain stays free of Flask: only ``tracker.web`` and ``tracker.cli`` may import it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tracker"
WEB_ONLY = ("flask", "flask_login", "flask_wtf", "flask_babel", "flask_bootstrap", "werkzeug")
ALLOWED = ("web", "cli")


def _domain_modules() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] not in ALLOWED
        and p.relative_to(PACKAGE).parts != ("__init__.py",)
    )


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
            if node.module.startswith("tracker."):
                names.add(node.module)
    return names


@pytest.mark.parametrize("path", _domain_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_domain_module_does_not_import_the_web_layer(path: Path) -> None:
    imported = _imports(path)
    assert not imported & set(WEB_ONLY), f"{path.name} imports {imported & set(WEB_ONLY)}"
    assert not any(n.startswith(("tracker.web", "tracker.cli")) for n in imported)


def test_the_scan_sees_the_domain() -> None:
    parts = {p.relative_to(PACKAGE).parts[0] for p in _domain_modules()}
    assert {"models", "parsing"} <= parts
