"""Guarantee: a subject is written on one line right after ``Subject:`` — never folded (a parser
that reads a fold as part of the value would see a leading space, or a space inside a symbol),
non-ASCII as encoded words — and reads back unchanged with Python's ``email`` package, under
both its modern and its compat32 policy."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy

import pytest

from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution
from tests.reminders.conftest import DUE, at
from tracker.mail import build_message
from tracker.reminders import run_pass

SUBJECTS = [
    "A/RES/71/19, paragraph 5: due 18 September 2018 (7 days left)",
    "A/HRC/RES/56/16, paragraph 12: due 18 September 2018 (overdue by 1036 days); internal target "
    "7 August 2018 (overdue by 1078 days)",
    "S/RES/2749(2024)/a/symbol/long/enough/to/fill/a/whole/line/by/itself/without/a/space, paragraph 3",
    "Résolution A/RES/80/8 — « paragraphe 4 » : échéance le 1er décembre 2025 (7 jours) et une suite "
    "assez longue pour dépasser soixante-dix-huit caractères",
]


def _subject_lines(raw: bytes) -> list[bytes]:
    head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n")
    start = next(i for i, line in enumerate(head) if line.lower().startswith(b"subject:"))
    lines = [head[start]]
    for line in head[start + 1:]:
        if not line[:1].isspace():
            break
        lines.append(line)
    return lines


@pytest.mark.parametrize("subject", SUBJECTS)
def test_a_subject_is_one_line_and_reads_back(subject):
    msg = build_message(sender="Tracker <t@example.org>", to="fp@example.org", subject=subject, text="x",
                        html=None, message_id="<1@example.org>")
    raw = msg.as_bytes()
    (line,) = _subject_lines(raw)
    assert line.startswith(b"Subject: ") and not line[9:10].isspace()
    assert message_from_bytes(raw, policy=policy.default)["Subject"] == subject
    legacy = message_from_bytes(raw, policy=policy.compat32)["Subject"]
    assert not legacy.startswith((" ", "\t")) and "\n" not in legacy


def test_every_reminder_subject_on_the_wire_is_one_line(db_factory, smtp_server, settings):
    with db_factory() as db:
        sg = gen_entity(db, "Secretary-General")
        gen_focal_point(db, sg, email="sg-focal@example.org")
        res = gen_resolution(db, "A/HRC/RES/56/16", body="HRC", session=56)
        gen_obligation(db, res, number="12", due_on=DUE, target_on=DUE - dt.timedelta(days=42), owners=[sg])
        db.commit()
    for day in (DUE - dt.timedelta(days=72), DUE - dt.timedelta(days=49), DUE + dt.timedelta(days=400)):
        run_pass(db_factory, at(day), settings)
    assert len(smtp_server.mailbox.raw) == 3
    for raw, (_, parsed) in zip(smtp_server.mailbox.raw, smtp_server.mailbox.messages, strict=True):
        (line,) = _subject_lines(raw)
        assert line.startswith(b"Subject: A/HRC/RES/56/16, paragraph 12: due "), line
        assert parsed["Subject"] == line[9:].decode()
    assert any(len(_subject_lines(raw)[0]) > 78 for raw in smtp_server.mailbox.raw)
