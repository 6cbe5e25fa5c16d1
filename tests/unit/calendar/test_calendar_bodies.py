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
        # another body: its code, and the registry's name in full, numbered as the registry says
        ("ccpcj", 33, "CCPCJ 33", "33rd session of the Commission on Crime Prevention and Criminal Justice"),
        ("CHARTER", 2024, "CHARTER 2024",
         "2024 session of the Special Committee on the Charter of the United Nations and on the "
         "Strengthening of the Role of the Organization"),
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


# --------------------------------------------------------------------------- the registry

from tracker.calendar import bodies  # noqa: E402


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Special Committee on Peacekeeping Operations", "C34"),
        ("Special Committee on the Charter of the United Nations and on the Strengthening of the "
         "Role of the Organization", "CHARTER"),
        ("the Commission on Crime Prevention and Criminal Justice", "CCPCJ"),
        ("Commission on the Status of Women", "CSW"),
        ("UNCITRAL", "UNCITRAL"),
        ("the Advisory Committee on Administrative and Budgetary Questions", "ACABQ"),
        ("Committee for Programme and Coordination", "CPC"),
        ("high-level political forum on sustainable development", "HLPF"),
        ("Executive Board of the United Nations Children's Fund", "UNICEFEB"),  # either apostrophe
        ("General Assembly", "GA"),
        ("ccpcj", "CCPCJ"),  # a code
    ],
)
def test_find_by_name_alias_or_code(name, code):
    assert bodies.find(name).code == code


def test_lookup_and_shape():
    ccpcj = bodies.lookup("CCPCJ")
    assert ccpcj.name == "Commission on Crime Prevention and Criminal Justice"
    assert "Commission" in ccpcj.short and ccpcj.parent == "ECOSOC"
    assert not ccpcj.has_rule and ccpcj.principal is None
    assert bodies.lookup("GA").principal is Body.GA and bodies.lookup("GA").has_rule
    assert bodies.lookup("ECOSOC").numbering == "year"
    assert bodies.lookup("NOPE") is None and bodies.find("the Commission") is None


def test_registry_is_well_formed():
    codes = [b.code for b in tuple(bodies.registry())]
    assert len(codes) == len(set(codes)) and len(codes) > 60
    assert {b.value for b in Body} <= set(codes)
    # only the principal organs the calendar dates by rule have a calendar
    assert {b.code for b in tuple(bodies.registry()) if b.has_rule} == {"GA", "HRC", "ECOSOC"}


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[[body]]\ncode = "bad code"\nname = "X"', "uppercase"),
        ('[[body]]\ncode = "X"\nname = "X"\n[[body]]\ncode = "X"\nname = "Y"', "twice"),
        ('[[body]]\ncode = "X"\nname = "X"\ncalendar = "moon"', "calendar"),
        ('[[body]]\ncode = "X"\nname = "X"\nparent = "Y"', "parent"),
    ],
)
def test_registry_rejects_bad_entries(toml, message):
    with pytest.raises(ValueError, match=message):
        bodies.BodyRegistry.from_toml(toml)
