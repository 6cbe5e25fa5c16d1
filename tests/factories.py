"""Tiny factories (CTFd's gen_*): rows straight into the database, for tests that need data
but not the parser. Each returns the flushed instance."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy.orm import Session

from tracker.models import (
    Entity,
    EntityAlias,
    FocalPoint,
    Obligation,
    ObligationStatus,
    OwnerCandidate,
    Paragraph,
    Resolution,
    User,
)

_seq = itertools.count(1)


def restart_numbering() -> None:
    """Number generated names and symbols from 1 again. ``conftest.py`` calls it before every test,
    so a test gets the same rows whichever tests ran before it in the process (a count carried over
    once named a fixture's resolution A/RES/71/19, the symbol of the corpus file the test imported)."""
    global _seq
    _seq = itertools.count(1)


def gen_entity(db: Session, name: str | None = None, *, aliases: tuple[str, ...] = (), **kw) -> Entity:
    entity = Entity(name=name or f"Entity {next(_seq)}", **kw)
    entity.aliases = [EntityAlias(alias=a) for a in aliases]
    db.add(entity)
    db.flush()
    return entity


def gen_candidate(db: Session, name: str | None = None, **kw) -> OwnerCandidate:
    candidate = OwnerCandidate(name=name or f"Candidate {next(_seq)}", **kw)
    db.add(candidate)
    db.flush()
    return candidate


def gen_user(db: Session, email: str | None = None, *, role: str = "officer", password: str = "pw",
             entities: list[Entity] | None = None, **kw) -> User:
    from argon2 import PasswordHasher

    user = User(
        email=(email or f"user{next(_seq)}@example.org").lower(),
        name=kw.pop("name", "Test User"),
        password_hash=PasswordHasher().hash(password),
        role=role,
        **kw,
    )
    user.entities = list(entities or [])
    db.add(user)
    db.flush()
    return user


def gen_focal_point(db: Session, entity: Entity, *, user: User | None = None, email: str | None = None):
    fp = FocalPoint(entity=entity, user=user, email=email if user is None else None)
    db.add(fp)
    db.flush()
    return fp


def gen_resolution(db: Session, symbol: str | None = None, *, body: str = "GA", session: int | None = 71,
                   adopted_on: dt.date = dt.date(2016, 11, 21), title: str | None = None,
                   published: bool = True, **kw) -> Resolution:
    n = next(_seq)
    resolution = Resolution(
        symbol=symbol or f"A/RES/{session}/{n}",
        body=body,
        session=session,
        title=title or f"Test resolution {n}",
        adopted_on=adopted_on,
        published_at=dt.datetime.now(dt.UTC) if published else None,
        **kw,
    )
    db.add(resolution)
    db.flush()
    return resolution


def gen_obligation(db: Session, resolution: Resolution | None = None, *, number: str | None = None,
                   text: str = "Requests the Secretary-General to submit a report;",
                   kind: str = "report", action: str = "requests",
                   status: str = ObligationStatus.NOT_STARTED, due_on: dt.date | None = None,
                   owners: list[Entity] | None = None, **kw) -> Obligation:
    resolution = resolution or gen_resolution(db)
    position = len(resolution.paragraphs) + 1
    number = number or str(position)
    paragraph = Paragraph(resolution=resolution, kind="operative", number=number, eid=f"para_{number}",
                          position=position, text=text)
    db.add(paragraph)
    obligation = Obligation(resolution=resolution, paragraph=paragraph, kind=kind, action=action,
                            status=status, due_on=due_on, **kw)
    obligation.owners = list(owners or [])
    db.add(obligation)
    db.flush()
    return obligation
