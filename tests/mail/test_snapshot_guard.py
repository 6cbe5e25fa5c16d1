"""Guarantee: the snapshot asserts compare rendered mail with the committed files, whatever the
developer's shell holds. ``UPDATE_SNAPSHOTS`` (the old switch) is cleared by the autouse
clean-environment fixture; only ``--update-snapshots`` rewrites them."""

from __future__ import annotations

import os

import pytest

from tests.mail.test_snapshots import SNAPSHOTS, assert_snapshot


@pytest.fixture(scope="module", autouse=True)
def _a_shell_with_update_snapshots_set():
    """Module scope: set before the function-scoped clean-environment fixture runs, as a variable
    exported in the developer's shell would be."""
    old = os.environ.get("UPDATE_SNAPSHOTS")
    os.environ["UPDATE_SNAPSHOTS"] = "1"
    yield
    if old is None:
        os.environ.pop("UPDATE_SNAPSHOTS", None)
    else:
        os.environ["UPDATE_SNAPSHOTS"] = old


def test_update_snapshots_from_the_shell_is_cleared():
    assert "UPDATE_SNAPSHOTS" not in os.environ


def test_a_changed_body_fails_and_leaves_the_snapshot_as_it_was():
    path = SNAPSHOTS / "reminder_focal_point_7_days.txt"
    committed = path.read_text()
    with pytest.raises(AssertionError, match="differs"):
        assert_snapshot(path, committed + "a change\n", update=False)
    assert path.read_text() == committed


def test_every_snapshot_file_has_a_case():
    from tests.mail.test_snapshots import CASES

    stems = {p.name.rsplit(".", 1)[0] for p in SNAPSHOTS.iterdir()}
    assert stems == set(CASES)
