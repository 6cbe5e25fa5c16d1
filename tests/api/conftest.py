"""The seed resolution imported, and users with API tokens of each role."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.conftest import live_server  # noqa: F401  (the app on loopback, for schemathesis)
from tests.factories import gen_entity, gen_user
from tracker.db import utcnow
from tracker.models import Entity, Obligation, Paragraph
from tracker.services.actors import Actor
from tracker.services.tokens import create_token, revoke_token

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"
TODAY = dt.date(2017, 1, 15)


def import_seed(session, text: bytes | None = None) -> None:
    from tracker.parsing import parse
    from tracker.services.importing import import_resolution

    parsed = parse(text or SEED.read_bytes(), SEED.name)
    import_resolution(session, parsed, Actor.system("test"), today=TODAY, filename=SEED.name)


@dataclass
class Tokens:
    officer: str
    other_officer: str
    importer: str
    admin: str
    delegation: str
    revoked: str
    sg_id: int
    para5_id: int


def obligation_for(db, number: str) -> Obligation:
    return db.query(Obligation).join(Paragraph).filter(Paragraph.number == number,
                                                       Paragraph.kind == "operative").one()


@pytest.fixture
def seeded(db_factory) -> Tokens:
    """The seed imported (committed), and one token per kind of user."""
    now = utcnow()
    with db_factory() as db:
        import_seed(db)
        sg = db.query(Entity).filter(Entity.name == "Secretary-General").one()
        elsewhere = gen_entity(db, "Department of Elsewhere")
        users = {
            "officer": gen_user(db, "officer@un.test", role="officer", entities=[sg]),
            "other_officer": gen_user(db, "other@un.test", role="officer", entities=[elsewhere]),
            "importer": gen_user(db, "importer@un.test", role="officer", can_import=True, entities=[sg]),
            "admin": gen_user(db, "admin@un.test", role="admin"),
            "delegation": gen_user(db, "delegation@mission.test", role="delegation"),
        }
        secrets = {}
        for key, user in users.items():
            secrets[key] = create_token(db, user, f"{key} script", actor=Actor.for_user(user), now=now).secret
        revoked = create_token(db, users["officer"], "old", actor=Actor.for_user(users["officer"]), now=now)
        revoke_token(db, revoked.token.id, actor=Actor.for_user(users["officer"]), now=now)
        para5 = obligation_for(db, "5")
        tokens = Tokens(revoked=revoked.secret, sg_id=sg.id, para5_id=para5.id, **secrets)
        db.commit()
    return tokens


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}
