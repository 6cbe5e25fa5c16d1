"""Guarantee: an officer's digest key names the ids of its member rows, and only such a key is read
as one. Delivery composes a row as an officer's digest when its key reads as one, and lists the
member rows in the range it names: a session digest ("GA-81"), the dates digest or a malformed key
must never be taken for one (nor crash the reading)."""

from __future__ import annotations

import pytest

from tracker.reminders.queue import DATES_DIGEST, officer_digest_key, officer_digest_range


def test_an_officers_digest_key_names_its_member_rows():
    assert officer_digest_key(120, 184) == "officers-120-184"
    assert officer_digest_range(officer_digest_key(120, 184)) == (120, 184)
    assert officer_digest_range(officer_digest_key(7, 7)) == (7, 7)


@pytest.mark.parametrize(
    "key",
    [None, "", DATES_DIGEST, "GA-81", "HRC-55-56", "officers", "officers-12", "officers-12-", "officers--12",
     "officers-12-x", "officers-x-12", "officers-1-2-3", "Officers-1-2"],
)
def test_no_other_key_reads_as_an_officers_digest(key):
    assert officer_digest_range(key) is None
