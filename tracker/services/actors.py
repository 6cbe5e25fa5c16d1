"""Who is acting: a user with a role, or the system (the CLI, the importer, the scheduler)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.models import Role, User
from tracker.services.errors import Forbidden


class PermissionDenied(Forbidden):
    """The actor may not do this."""


@dataclass(frozen=True)
class Actor:
    #: the display name recorded in history: the user's name or email, "cli", "scheduler"
    name: str
    user_id: int | None = None
    role: str | None = None
    #: entities an officer acts for
    entity_ids: frozenset[int] = field(default_factory=frozenset)
    can_import: bool = False
    #: remote address of a web request
    ip: str | None = None

    @classmethod
    def system(cls, name: str) -> Actor:
        """The command line or the scheduler: trusted, acting with an admin's rights."""
        return cls(name=name, role=Role.ADMIN, can_import=True)

    @classmethod
    def for_user(cls, user: User, ip: str | None = None) -> Actor:
        return cls(
            name=user.name or user.email,
            user_id=user.id,
            role=user.role,
            entity_ids=frozenset(e.id for e in user.entities),
            can_import=user.can_import or user.role == Role.ADMIN,
            ip=ip,
        )

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    def may_import(self) -> bool:
        """Import, review, and see resolutions that are not published yet."""
        return self.is_admin or (self.role == Role.OFFICER and self.can_import)

    def may_review(self, owner_ids: set[int] | frozenset[int]) -> bool:
        """Correct what the parser inferred: admins anything; an importer an obligation no other
        entity owns (unowned, or owned only by entities they act for), so nobody can take another
        entity's obligation into their own hands through the review form."""
        return self.is_admin or (self.may_import() and set(owner_ids) <= self.entity_ids)

    def may_update(self, owner_ids: set[int] | frozenset[int]) -> bool:
        """Admins update anything; officers update what one of their entities owns."""
        return self.is_admin or (self.role == Role.OFFICER and bool(self.entity_ids & set(owner_ids)))

    def require(self, allowed: bool, what: str) -> None:
        if not allowed:
            raise PermissionDenied(f"{self.name} may not {what}")


def sees_unpublished(user: User | None) -> bool:
    """The one visibility rule for pages, the API, exports, following and reminders: unpublished
    resolutions (imports under review) are for admins and officers with import rights only."""
    return user is not None and Actor.for_user(user).may_import()
