"""Owners (entities with aliases), focal points, users with roles, API tokens, failed sign-ins."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db import Base, link_table, utcnow

#: Which entities an officer acts for: they may update the obligations those entities own.
user_entities = link_table("user_entities", ("user_id", "users.id"), ("entity_id", "entities.id"),
                           index_right=True)


class Entity(Base):
    """An owner of obligations: the Secretary-General, a department, an organisation, a Member State.

    Every entity is public: an actor the parser does not know is an ``OwnerCandidate`` until a
    reviewer accepts it."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="other")
    #: reminder stages for this entity's obligations ("120,30,7"); None uses the default
    reminder_stages: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: optimistic locking: a rename or merge based on a stale version is refused
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}

    aliases: Mapped[list[EntityAlias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="EntityAlias.alias"
    )
    focal_points: Mapped[list[FocalPoint]] = relationship(
        back_populates="entity", cascade="all, delete-orphan"
    )


class EntityAlias(Base):
    """A name the parser matches to an entity ("International Criminal Police Organization")."""

    __tablename__ = "entity_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    #: as written; matching is case-insensitive
    alias: Mapped[str] = mapped_column(String(300), unique=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class OwnerCandidate(Base):
    """An actor the parser found that matches no entity ("the Committee of Nobody", or a fragment of
    a sentence the parser took for one). A reviewer accepts it (as a new entity, or as an alias of
    one, which then owns its obligations) or rejects it.

    It is linked to the obligations that name it apart from their owners
    (``obligation_candidates``), so no page, feed, export, search or e-mail that shows owners can
    show a candidate: only the reviewers' pages read these rows."""

    __tablename__ = "owner_candidates"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the words the parser gave (matched as entity names are: case and a leading "the" ignored)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    #: pending or rejected
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[dt.datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    #: optimistic locking: two reviewers deciding the same candidate cannot both win
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}

    decided_by: Mapped[User | None] = relationship()


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: stored lower-case
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    #: argon2 hash
    password_hash: Mapped[str] = mapped_column(String(200))
    #: admin, officer or delegation
    role: Mapped[str] = mapped_column(String(20))
    #: an officer who may import resolutions and review what the parser inferred
    can_import: Mapped[bool] = mapped_column(default=False)
    #: a delegation's Member State
    member_state: Mapped[str | None] = mapped_column(String(200))
    locale: Mapped[str | None] = mapped_column(String(10))
    is_active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    #: part of every session cookie's identity: raised at sign-out and deactivation, so cookies
    #: issued before no longer sign anyone in (a copied cookie dies with the session it came from)
    session_version: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None]
    last_login_at: Mapped[dt.datetime | None]
    #: secret in the personal calendar feed URL; rotating it revokes the old URL
    feed_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    entities: Mapped[list[Entity]] = relationship(secondary=user_entities, order_by=Entity.name)


class FocalPoint(Base):
    """Who receives reminders for an entity: a user of the tracker or a plain email address."""

    __tablename__ = "focal_points"
    __table_args__ = (
        CheckConstraint("user_id IS NOT NULL OR email IS NOT NULL", name="user_or_email"),
        UniqueConstraint("entity_id", "user_id"),
        UniqueConstraint("entity_id", "email"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    email: Mapped[str | None] = mapped_column(String(320))
    name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    entity: Mapped[Entity] = relationship(back_populates="focal_points")
    user: Mapped[User | None] = relationship()


class ApiToken(Base):
    """A bearer token for the JSON API, scoped to its user's role; only its hash is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    #: SHA-256 of the token
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: the first characters, shown so the user can tell tokens apart
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]
    note: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship()


class LoginFailure(Base):
    """Failed sign-ins from one remote address for one account name, counted for the per-address
    throttle (``accounts.AddressThrottle``). In the database so that every web process counts
    against the same limit; one row per (address, account), incremented in one statement."""

    __tablename__ = "login_failures"

    #: the client address (IPv4 or IPv6, as the proxy settings decide it)
    ip: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: the account name tried, lower-case (a success forgives only this account's failures there)
    email: Mapped[str] = mapped_column(String(320), primary_key=True)
    failures: Mapped[int] = mapped_column(default=1)
    #: the first failure of the current window: the row counts until ``first_at + window``
    first_at: Mapped[dt.datetime] = mapped_column(index=True)
