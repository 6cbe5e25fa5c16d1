"""Bodies, their names, and the package's purity."""

import ast
import pathlib

import pytest

import tracker.calendar
from tracker.calendar import Body, format_session


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (Body.GA, "General Assembly"),
        (Body.SC, "Security Council"),
        (Body.HRC, "Human Rights Council"),
        (Body.ECOSOC, "Economic and Social Council"),
    ],
)
def test_display_names(body, name):
    assert body.display_name == name
    assert Body.parse(name) is body
    assert Body.parse(body.value.lower()) is body
    assert body == body.value  # a StrEnum: compares equal to the stored string


def test_parse_rejects_unknown_bodies():
    with pytest.raises(ValueError, match="unknown body"):
        Body.parse("UNESCO")


@pytest.mark.parametrize(
    ("body", "n", "short", "long"),
    [
        ("GA", 73, "GA 73", "73rd session of the General Assembly"),
        ("GA", 71, "GA 71", "71st session of the General Assembly"),
        ("GA", 112, "GA 112", "112th session of the General Assembly"),
        ("HRC", 52, "HRC 52", "52nd session of the Human Rights Council"),
        ("ECOSOC", 2025, "ECOSOC 2025", "2025 session of the Economic and Social Council"),
    ],
)
def test_format_session(body, n, short, long):
    assert format_session(body, n) == short
    assert format_session(body, n, long=True) == long


PACKAGE = pathlib.Path(tracker.calendar.__file__).parent
FORBIDDEN_IMPORTS = {"flask", "sqlalchemy", "alembic", "apscheduler"}
CLOCK_CALLS = {"today", "now", "utcnow", "time"}


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_calendar_is_pure_and_reads_no_clock(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots = {(node.module or "").split(".")[0]}
        else:
            roots = set()
        assert not roots & FORBIDDEN_IMPORTS, f"{path.name} imports {roots & FORBIDDEN_IMPORTS}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in CLOCK_CALLS, f"{path.name}:{node.lineno} reads the clock"
