"""Four ``tracker remind`` processes at the same instant over 1,000 due obligations: every message
is sent exactly once. The SMTP server counts what it received."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from tests.factories import gen_entity, gen_focal_point, gen_resolution
from tracker.models import Obligation, Paragraph, Reminder, obligation_owners

TRACKER = str(Path(sys.executable).with_name("tracker"))
DUE = dt.date(2018, 9, 18)


def _seed_many(db_factory, n: int, **deadline) -> None:
    with db_factory() as db:
        owners = []
        for i in range(10):
            entity = gen_entity(db, f"Owner {i}")
            gen_focal_point(db, entity, email=f"focal{i}@example.org")
            owners.append(entity.id)
        res = gen_resolution(db, "A/RES/71/999", session=71)
        paragraphs = db.scalars(
            insert(Paragraph).returning(Paragraph.id),
            [
                {
                    "resolution_id": res.id,
                    "kind": "operative",
                    "number": str(i),
                    "eid": f"para_{i}",
                    "position": i,
                    "text": f"Requests report number {i};",
                }
                for i in range(1, n + 1)
            ],
        ).all()
        obligations = db.scalars(
            insert(Obligation).returning(Obligation.id),
            [
                {
                    "resolution_id": res.id,
                    "paragraph_id": pid,
                    "kind": "report",
                    "status": "not_started",
                    "due_on": DUE,
                    "deadlines": [],
                    "confidence": {},
                    "reviewed_fields": [],
                    **deadline,
                }
                for pid in paragraphs
            ],
        ).all()
        db.execute(
            insert(obligation_owners),
            [{"obligation_id": oid, "entity_id": owners[i % 10]} for i, oid in enumerate(obligations)],
        )
        db.commit()


def _race_four_remind_processes(database_url: str, smtp_server) -> list[tuple[str, str]]:
    """Start four `tracker remind` processes at once on the same database; their (stdout, stderr)."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SMTP_URL": smtp_server.url,
        "SECRET_KEY": "concurrency-test",
        "MAIL_FROM": "Tracker <tracker@example.org>",
        "BASE_URL": "http://tracker.test",
    }
    cmd = [TRACKER, "remind", "--now", "2018-09-11T09:00:00+00:00"]
    procs = [
        subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err[-2000:]
    return outputs


@pytest.mark.slow
@pytest.mark.postgres
def test_four_processes_send_each_message_exactly_once(database_url, db_factory, smtp_server):
    if not database_url.startswith("postgresql"):
        pytest.skip("needs PostgreSQL (TEST_DATABASE_URL): row locks with SKIP LOCKED")
    n = 1000
    _seed_many(db_factory, n)
    outputs = _race_four_remind_processes(database_url, smtp_server)

    received = smtp_server.mailbox.messages
    ids = Counter(str(msg["Message-ID"]) for _, msg in received)
    assert len(received) == n, f"received {len(received)} messages for {n} obligations"
    assert all(count == 1 for count in ids.values())
    per_recipient = Counter(rcpt for rcpts, _ in received for rcpt in rcpts)
    assert per_recipient == {f"focal{i}@example.org": n // 10 for i in range(10)}
    # the work was shared, and what each process says it sent adds up
    sent_lines = [
        sum(1 for line in out.splitlines() if line.startswith("  #") and ": A/RES" in line)
        for out, _ in outputs
    ]
    assert sum(sent_lines) == n
    with db_factory() as db:
        assert db.execute(select(Reminder.status, func.count()).group_by(Reminder.status)).all() == [
            ("sent", n)
        ]
        claimers = db.scalars(select(func.count(func.distinct(Reminder.claimed_by)))).one()
        assert claimers >= 1


@pytest.mark.slow
@pytest.mark.postgres
def test_four_processes_send_each_focal_point_one_session_digest(database_url, db_factory, smtp_server):
    """The same race over 1,000 obligations due at GA 73: ten focal points, ten digests, once each;
    every obligation covered by exactly one digest, none reminded on its own."""
    if not database_url.startswith("postgresql"):
        pytest.skip("needs PostgreSQL (TEST_DATABASE_URL): row locks with SKIP LOCKED")
    n = 1000
    _seed_many(db_factory, n, deadline_body="GA", deadline_session=73)
    _race_four_remind_processes(database_url, smtp_server)

    received = smtp_server.mailbox.messages
    assert Counter(rcpt for rcpts, _ in received for rcpt in rcpts) == {
        f"focal{i}@example.org": 1 for i in range(10)
    }
    assert {str(msg["Subject"]) for _, msg in received} == {
        "GA 73 opens in 7 days: your 100 reports due 18 September 2018"
    }
    for _, msg in received:
        assert msg.get_body(("plain",)).get_content().count("/obligations/") == 100
    with db_factory() as db:
        assert sorted(db.execute(select(Reminder.status, func.count()).group_by(Reminder.status)).all()) == [
            ("digested", n),
            ("sent", 10),
        ]
        covered = db.scalars(
            select(func.count(func.distinct(Reminder.obligation_id))).where(Reminder.status == "digested")
        ).one()
        assert covered == n
