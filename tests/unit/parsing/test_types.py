"""The parser's dataclass contract: ``Deadline.from_dict`` reads back what ``to_dict`` wrote."""

import datetime as dt

import pytest

from tracker.parsing.types import Deadline, DeadlineKind

ROUND_TRIPS = [
    Deadline(DeadlineKind.SESSION, "at its seventy-third session", body="GA", session=73),
    Deadline(DeadlineKind.DATE, "no later than January 2026", date=dt.date(2026, 1, 31), precision="month"),
    Deadline(DeadlineKind.RELATIVE, "within 90 days of the adoption", days=90, from_="adoption"),
    Deadline(DeadlineKind.RECURRING, "every four months", every="P4M"),
]


@pytest.mark.parametrize("deadline", ROUND_TRIPS, ids=lambda d: str(d.kind))
def test_from_dict_reads_back_to_dict(deadline):
    assert Deadline.from_dict(deadline.to_dict()) == deadline


def test_from_dict_takes_strings_as_xml_attributes_give_them():
    got = Deadline.from_dict({"kind": "session", "body": "HRC", "session": "55", "text": "x"})
    assert (got.kind, got.body, got.session) == (DeadlineKind.SESSION, "HRC", 55)


def test_from_dict_refuses_an_unknown_kind():
    with pytest.raises(ValueError):
        Deadline.from_dict({"kind": "someday", "text": "one day"})
