"""The domain stays free of Flask: only ``tracker.web`` and ``tracker.cli`` may import it (the
services included: they raise ``ServiceError``s, the web maps them). The parser and the calendar
stay free of the database too: no SQLAlchemy, no models, nothing of the services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tracker"
WEB_ONLY = ("flask", "flask_login", "flask_wtf", "flask_babel", "flask_bootstrap", "werkzeug")
ALLOWED = ("web", "cli")
#: the pure core: text in, structures out, no database
PURE = ("parsing", "calendar")
DATABASE = ("sqlalchemy", "alembic", "psycopg", "tracker.db", "tracker.models", "tracker.services",
            "tracker.reminders", "tracker.backup", "tracker.migrate")


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


def _pure_modules() -> list[Path]:
    return [p for p in _domain_modules() if p.relative_to(PACKAGE).parts[0] in PURE]


@pytest.mark.parametrize("path", _pure_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_parser_and_calendar_know_no_database(path: Path) -> None:
    database = {n for n in _imports(path) if n.startswith(DATABASE)}
    assert not database, f"{path.relative_to(PACKAGE)} imports {sorted(database)}"


def test_the_scan_sees_the_domain() -> None:
    parts = {p.relative_to(PACKAGE).parts[0] for p in _domain_modules()}
    assert {"models", "parsing", "calendar", "services"} <= parts
    assert {p.relative_to(PACKAGE).parts[0] for p in _pure_modules()} == set(PURE)


def test_the_scan_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from sqlalchemy.orm import Session\n    import flask\n")
    assert {"sqlalchemy", "flask"} <= _imports(module)
