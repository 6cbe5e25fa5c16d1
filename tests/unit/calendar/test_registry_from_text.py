"""A registry read from text (the built-in one is read once, at import): what an entry may leave
out, how names are found, what is refused; and ordinal session names. (Written for the survivors
of the mutation run of 2 December 2026, tests/README.md.)"""

from __future__ import annotations

import pytest

from tracker.calendar.bodies import BodyInfo, BodyRegistry, format_session

TEXT = """
[[body]]
code = "ECOSOC"
name = "Economic and Social Council"
calendar = "ecosoc"
numbering = "year"
kind = "principal"

[[body]]
code = "CND"
name = "Commission on Narcotic Drugs"
aliases = ["The  Commission on  Narcotic Drugs’ own name", "CND"]
short = ["Commission"]
parent = "ECOSOC"

[[body]]
code = "X1"
name = "Commission on Narcotic Drugs"
"""


def test_an_entry_may_leave_out_everything_but_its_code_and_name():
    registry = BodyRegistry.from_toml(TEXT)
    assert registry.lookup("X1") == BodyInfo(code="X1", name="Commission on Narcotic Drugs", aliases=(),
                                             short=(), calendar=None, numbering="ordinal", parent=None,
                                             kind="subsidiary")
    cnd = registry.lookup("cnd")
    assert cnd.aliases == ("The  Commission on  Narcotic Drugs’ own name", "CND")
    assert (cnd.short, cnd.parent, cnd.kind, cnd.numbering) == (
        ("Commission",), "ECOSOC", "subsidiary", "ordinal")
    ecosoc = registry.lookup("ECOSOC")
    assert (ecosoc.calendar, ecosoc.numbering, ecosoc.kind) == ("ecosoc", "year", "principal")
    assert [b.code for b in registry] == ["ECOSOC", "CND", "X1"] and len(registry) == 3


def test_a_registry_finds_a_body_by_its_name_or_alias_the_first_entry_keeping_a_shared_name():
    registry = BodyRegistry.from_toml(TEXT)
    assert registry.find("the commission on narcotic drugs").code == "CND"
    assert registry.find("Commission on Narcotic Drugs' own name").code == "CND"
    assert registry.find("Economic and  Social Council").code == "ECOSOC"
    assert registry.find("Commission") is None  # a short form is not a name


def test_an_empty_text_is_an_empty_registry():
    assert len(BodyRegistry.from_toml("")) == 0


def test_a_registry_refuses_an_unknown_numbering_and_names_the_entry():
    with pytest.raises(ValueError, match="^bodies: X: unknown numbering 'cardinal'$"):
        BodyRegistry.from_toml('[[body]]\ncode = "X"\nname = "X"\nnumbering = "cardinal"')


@pytest.mark.parametrize(
    ("session", "long"),
    [(4, "4th"), (21, "21st"), (22, "22nd"), (23, "23rd"), (79, "79th"), (101, "101st"),
     (111, "111th"), (112, "112th"), (113, "113th"), (120, "120th"), (121, "121st")],
)
def test_ordinal_session_names(session, long):
    assert format_session("GA", session, long=True) == f"{long} session of the General Assembly"
