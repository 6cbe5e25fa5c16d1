"""``tracker users create EMAIL --role ROLE [--entity NAME]… [--name NAME] [--can-import]`` and
``tracker users list``: thin commands over ``tracker.services.accounts``."""

from __future__ import annotations

import os

import click

from tracker.cli.common import fail, session_factory, with_schema
from tracker.db import transaction
from tracker.models import Role
from tracker.services import accounts
from tracker.services.actors import Actor


@click.group()
def users() -> None:
    """Accounts: admins, officers, delegations."""


def _password(prompt: str) -> str:
    """The password from TRACKER_PASSWORD, else typed twice at a prompt (never an argument)."""
    return os.environ.get("TRACKER_PASSWORD") or click.prompt(prompt, hide_input=True,
                                                              confirmation_prompt=True)


@users.command("create")
@click.argument("email")
@click.option("--role", required=True, type=click.Choice([r.value for r in Role]))
@click.option("--entity", "entities", multiple=True, help="An entity the officer acts for (repeatable).")
@click.option("--name", default="", help="The name shown in history.")
@click.option("--can-import", is_flag=True, help="The officer may import and review resolutions.")
@click.option("--member-state", default=None, help="A delegation's Member State.")
@with_schema
def create(email: str, role: str, entities: tuple[str, ...], name: str, can_import: bool,
           member_state: str | None) -> None:
    """Create an account; the password comes from TRACKER_PASSWORD or a prompt (never an argument)."""
    password = _password("Password")
    try:
        with transaction(session_factory()) as session:
            found = accounts.find_entities(session, entities)
            user = accounts.create_user(
                session, email, password, role, actor=Actor.system("cli"), name=name, entities=found,
                can_import=can_import, member_state=member_state,
            )
            summary = f"created {user.email} ({user.role}"
            if user.entities:
                summary += f" for {', '.join(e.name for e in user.entities)}"
            summary += ", may import)" if user.can_import else ")"
    except accounts.AccountError as exc:
        fail(str(exc))
    click.echo(summary)


@users.command("set-password")
@click.argument("email")
@with_schema
def set_password(email: str) -> None:
    """Set an account's password (and lift a lock); from TRACKER_PASSWORD or a prompt."""
    password = _password("New password")
    try:
        with transaction(session_factory()) as session:
            user = accounts.get_user_by_email(session, email)
            if user is None:
                fail(f"no account {email}")
            accounts.set_password(session, user, password, actor=Actor.system("cli"))
            done = f"password set for {user.email}"
    except accounts.AccountError as exc:
        fail(str(exc))
    click.echo(done)


@users.command("list")
@with_schema
def list_() -> None:
    """Every account: email, role, entities, import right, active."""
    with transaction(session_factory()) as session:
        rows = accounts.list_users(session)
        for user in rows:
            flags = []
            if user.can_import:
                flags.append("import")
            if not user.is_active:
                flags.append("inactive")
            entities = ", ".join(e.name for e in user.entities) or "-"
            click.echo(f"{user.email}\t{user.role}\t{entities}\t{' '.join(flags)}".rstrip())
        if not rows:
            click.echo("no users", err=True)
