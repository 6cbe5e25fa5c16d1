"""Who is acting: the name history records, and who may import, review and update. (Written for
the survivors of the mutation run of 2 December 2026, tests/README.md.)"""

from __future__ import annotations

import pytest

from tracker.models import Role, User
from tracker.services.actors import Actor, PermissionDenied


def user(role, *, name="", can_import=False):
    return User(email="ann@un.example", name=name, role=role, can_import=can_import)


def test_history_names_a_user_by_name_else_by_email():
    assert Actor.for_user(user(Role.OFFICER, name="Ann Lee")).name == "Ann Lee"
    assert Actor.for_user(user(Role.OFFICER)).name == "ann@un.example"


def test_only_admins_and_officers_given_the_right_may_import():
    assert Actor.for_user(user(Role.ADMIN)).may_import()
    assert Actor.for_user(user(Role.OFFICER, can_import=True)).may_import()
    assert not Actor.for_user(user(Role.OFFICER)).may_import()
    assert not Actor.for_user(user(Role.DELEGATION, can_import=True)).may_import()
    system = Actor.system("cli")
    assert system.name == "cli" and system.may_import()
    assert system.may_review({1, 2}) and system.may_update({3})


def test_a_refusal_names_who_and_what():
    actor = Actor.for_user(user(Role.OFFICER, name="Ann Lee"))
    actor.require(True, "update this obligation")
    with pytest.raises(PermissionDenied, match="^Ann Lee may not update this obligation$"):
        actor.require(False, "update this obligation")
