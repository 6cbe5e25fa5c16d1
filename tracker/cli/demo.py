"""``tracker demo load``: real resolutions, demo accounts and a little progress, for ``make run``.

Idempotent: symbols already held are skipped, existing accounts keep their passwords. Passwords
are random and printed when the account is created; ``tracker demo accounts`` prints the accounts
again with new passwords. None is written in the code.
"""

from __future__ import annotations

import datetime as dt
import secrets
from importlib import resources
from pathlib import Path

import click
from sqlalchemy import select

from tracker.cli.common import now as clock_now
from tracker.cli.common import session_factory, with_schema
from tracker.cli.common import today as clock_today

#: the demo accounts: (email, name, role, entity it acts for, member state)
ACCOUNTS = (
    ("admin@demo.mandate-tracker.org", "Demo Admin", "admin", None, None),
    ("officer@demo.mandate-tracker.org", "Demo Officer (Executive Office of the Secretary-General)",
     "officer", "Secretary-General", None),
    ("delegation@demo.mandate-tracker.org", "Demo Delegation (Norway)", "delegation", None, "Norway"),
)
#: a plain-address focal point, beside the officer, so reminders have two recipients
SG_FOCAL_EMAIL = "sg-focal-point@demo.mandate-tracker.org"


def demo_dir() -> Path:
    return Path(str(resources.files("tracker").joinpath("data/demo")))


@click.group()
def demo() -> None:
    """Demo data for a first look (`make run` loads it)."""


@demo.command("load")
@click.option("--folder", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Import these files instead of the built-in demo resolutions.")
@with_schema
def load(folder: Path | None) -> None:
    """Import the demo resolutions, create demo accounts and focal points, move a few obligations."""
    from tracker.db import transaction
    from tracker.services.actors import Actor
    from tracker.services.entities import load_entity_seed, seed_entities
    from tracker.services.importing import import_batch, resolution_files

    actor = Actor.system("demo")
    today, now = clock_today(), clock_now()
    source = folder or demo_dir()
    factory = session_factory()
    seed = source / "entities.toml"
    if seed.exists():
        with transaction(factory) as session:
            entities, aliases = seed_entities(session, load_entity_seed(seed.read_text("utf-8")), actor=actor)
        click.echo(f"entities: {entities} added, {aliases} aliases added")
    report = import_batch(factory, resolution_files([source]), actor, replace=False, publish=True,
                          today=today, skip_existing=True, echo=click.echo)
    if report.failed:
        click.echo(f"warning: {report.failed} demo file(s) could not be imported (see above); continuing")
    with transaction(factory) as session:
        _accounts(session, actor)
    with transaction(factory) as session:
        moved = _progress(session, actor, now)
    if moved:
        click.echo(f"demo progress: {moved}")


@demo.command("accounts")
@with_schema
def accounts() -> None:
    """Print the demo accounts with new random passwords (creating any that are missing)."""
    from tracker.db import transaction
    from tracker.services.actors import Actor

    with transaction(session_factory()) as session:
        _accounts(session, Actor.system("demo"), reset=True)


def _accounts(session, actor, *, reset: bool = False) -> None:
    from tracker.models import Entity, FocalPoint
    from tracker.services.accounts import create_user, get_user_by_email, set_password

    sg = session.scalars(select(Entity).where(Entity.name == "Secretary-General")).one_or_none()
    for email, name, role, entity_name, member_state in ACCOUNTS:
        user = get_user_by_email(session, email)
        if user is not None and reset:
            password = secrets.token_urlsafe(12)
            set_password(session, user, password, actor=actor)
            click.echo(f"account {email} ({role}) password: {password}")
        elif user is not None:
            click.echo(f"account {email} ({role}) exists; password unchanged "
                       "(`tracker demo accounts` prints new ones)")
        else:
            password = secrets.token_urlsafe(12)
            entities = [sg] if entity_name == "Secretary-General" and sg is not None else []
            user = create_user(session, email, password, role, actor=actor, name=name, entities=entities,
                               can_import=role == "officer", member_state=member_state)
            click.echo(f"account {email} ({role}) password: {password}")
        if sg is not None and entity_name == "Secretary-General":
            exists = session.scalars(select(FocalPoint).where(
                FocalPoint.entity_id == sg.id, FocalPoint.user_id == user.id)).first()
            if exists is None:
                session.add(FocalPoint(entity=sg, user=user, name=user.name))
    if sg is not None and session.scalars(select(FocalPoint).where(
            FocalPoint.entity_id == sg.id, FocalPoint.email == SG_FOCAL_EMAIL)).first() is None:
        session.add(FocalPoint(entity=sg, email=SG_FOCAL_EMAIL, name="Secretary-General focal point"))
    session.flush()


def _progress(session, actor, now: dt.datetime) -> str:
    """Once, on a fresh register: a few obligations in progress, one completed with evidence."""
    from tracker.models import Obligation, ObligationStatus, Paragraph, Resolution
    from tracker.services.obligations import change_status

    started = session.scalars(select(Obligation.id).where(Obligation.status.in_(
        [ObligationStatus.IN_PROGRESS, ObligationStatus.COMPLETED]))).first()
    if started is not None:
        return ""
    done = []
    seed = session.scalars(
        select(Obligation).join(Paragraph, Obligation.paragraph_id == Paragraph.id)
        .join(Resolution, Obligation.resolution_id == Resolution.id)
        .where(Resolution.symbol == "A/RES/71/19", Paragraph.number == "6",
               Obligation.status == ObligationStatus.NOT_STARTED)
    ).first()
    if seed is not None:
        # the GA took the sub-item up at its seventy-third session and adopted resolution 73/11
        change_status(session, seed, ObligationStatus.COMPLETED, actor=actor, now=now,
                      comment="Sub-item considered at the seventy-third session.",
                      evidence="A/RES/73/11")
        done.append("A/RES/71/19 para 6 completed")
    upcoming = session.scalars(
        select(Obligation).where(Obligation.status == ObligationStatus.NOT_STARTED,
                                 Obligation.due_on >= now.date())
        .order_by(Obligation.due_on, Obligation.id).limit(3)
    ).all()
    for obligation in upcoming:
        change_status(session, obligation, ObligationStatus.IN_PROGRESS, actor=actor, now=now,
                      comment="Drafting started (demo).")
        done.append(f"obligation {obligation.id} in progress")
    return "; ".join(done)
