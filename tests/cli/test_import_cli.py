"""``tracker import``, ``tracker show --json`` and ``tracker demo load`` through the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tracker.cli import cli
from tracker.models import Entity, FocalPoint, Obligation, Paragraph, Resolution, ResolutionLink, User

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED = CORPUS / "A-RES-71-19.txt"


@pytest.fixture
def run(app):
    runner = app.test_cli_runner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_import_then_show_the_seed(run):
    result = run("import", str(SEED), "--today", "2017-01-15")
    assert result.exit_code == 0, result.output
    assert "A/RES/71/19: 6 obligations, 2 with due dates, 0 flagged for review" in result.output
    assert "1 imported, 0 skipped, 0 failed" in result.output

    shown = run("show", "A/RES/71/19", "--json")
    assert shown.exit_code == 0
    doc = json.loads(shown.output)
    head = (doc["symbol"], doc["body"], doc["session"], doc["adopted_on"])
    assert head == ("A/RES/71/19", "GA", 71, "2016-11-21")
    assert doc["preambular_count"] == 13
    ops = {p["number"]: p for p in doc["operative"]}
    assert list(ops) == ["1", "2", "3", "4", "5", "6"]
    for n in "56":
        ob = ops[n]["obligation"]
        assert ob["due_on"] == "2018-09-18"
        assert "GA session 73 opens 2018-09-18" in ob["due_derivation"]
        assert ob["target_on"] == "2018-08-07" and ob["status"] == "not_started"
        assert isinstance(ob["id"], int) and ob["version"] == 1
    assert ops["5"]["kind"] == "report" and ops["6"]["kind"] == "agenda"
    assert ops["5"]["deadline"]["session"] == 73
    for n in "1234":  # declaratory paragraphs carry no status ("no action required")
        ob = ops[n]["obligation"]
        assert ob["due_on"] is None and not ob["tracked"] and ob["expires_on"] is None
        assert ob["status"] == ("not_applicable" if ob["kind"] == "declaratory" else "ongoing")
    assert ops["5"]["obligation"]["tracked"] and ops["5"]["obligation"]["kind"] == "report"
    assert doc["annexes"] == []
    assert ops["5"]["obligation"]["owners"] == ["Secretary-General"]
    assert set(ops["1"]["obligation"]["owners"]) == {"United Nations", "INTERPOL"}
    assert ops["2"]["obligation"]["owners"] == []  # declaratory: nothing asked of anyone
    assert [s["label"] for s in ops["3"]["subparagraphs"]] == ["a", "b", "c", "d", "e"]
    assert ops["3"]["subparagraphs"][1]["eid"] == "para_3__point_b"

    again = run("import", str(SEED))
    assert again.exit_code == 1 and "already imported" in again.output
    text = run("show", "A/RES/71/19").output
    assert "2018-09-18" in text and "Secretary-General" in text
    assert run("show", "A/RES/99/1").exit_code == 2


def test_a_folder_with_a_bad_file_imports_the_others_and_fails(run, tmp_path, db):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SEED, folder / "A-RES-71-19.txt")
    shutil.copy(CORPUS / "A_RES_80_61.txt", folder / "A_RES_80_61.txt")
    (folder / "broken.txt").write_text("This is not a resolution at all.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    result = run("import", str(folder))
    assert result.exit_code == 1
    assert "2 imported, 0 skipped, 2 failed" in result.output
    failed = [line for line in result.output.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 2 and any("broken.txt" in line for line in failed)
    symbols = set(db.scalars(select(Resolution.symbol)))
    assert symbols == {"A/RES/71/19", "A/RES/80/61"}


def test_an_interrupted_folder_import_is_finished_with_skip_existing(run, tmp_path, db):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SEED, folder / "A-RES-71-19.txt")
    assert run("import", str(folder / "A-RES-71-19.txt")).exit_code == 0  # the part that got done
    shutil.copy(CORPUS / "A_RES_80_61.txt", folder / "A_RES_80_61.txt")
    again = run("import", "--skip-existing", str(folder))
    assert again.exit_code == 0, again.output
    assert "1 imported, 1 skipped, 0 failed" in again.output
    assert set(db.scalars(select(Resolution.symbol))) == {"A/RES/71/19", "A/RES/80/61"}


def test_replace_from_the_command_line_keeps_obligations(run, tmp_path, db):
    assert run("import", str(SEED)).exit_code == 0
    ids = set(db.scalars(select(Obligation.id)))
    changed = tmp_path / "A-RES-71-19.txt"
    text = SEED.read_text("utf-8").replace("optimal coordination", "optimal and timely coordination")
    changed.write_text(text, encoding="utf-8")
    result = run("import", "--replace", str(changed))
    assert result.exit_code == 0, result.output
    assert "replaced: 5 unchanged, 1 changed, 0 added, 0 removed" in result.output
    db.expire_all()
    assert set(db.scalars(select(Obligation.id))) == ids


def test_demo_load_is_idempotent_and_survives_a_bad_file(run, tmp_path, db):
    from tracker.cli.demo import demo_dir

    folder = tmp_path / "demo"
    shutil.copytree(demo_dir(), folder)
    (folder / "zz-broken.txt").write_text("not a resolution", encoding="utf-8")
    first = run("demo", "load", "--folder", str(folder))
    assert first.exit_code == 0, first.output
    assert "FAILED" in first.output and "zz-broken.txt" in first.output
    passwords = [line.rsplit(" ", 1)[1] for line in first.output.splitlines() if "password:" in line]
    assert len(passwords) == 3 and len(set(passwords)) == 3 and all(len(p) >= 12 for p in passwords)
    held = db.scalar(select(func.count()).select_from(Resolution))
    assert held >= 10
    assert {u.role for u in db.scalars(select(User))} == {"admin", "officer", "delegation"}
    sg = db.scalars(select(Entity).where(Entity.name == "Secretary-General")).one()
    assert db.scalar(select(func.count()).select_from(FocalPoint).where(FocalPoint.entity_id == sg.id)) == 2
    statuses = set(db.scalars(select(Obligation.status)))
    assert {"in_progress", "completed", "not_started", "ongoing"} <= statuses
    # the register's cases: a renewed and an expiring Security Council / HRC mandate, a GA
    # resolution with an annexed declaration, another body's session deadline
    symbols = set(db.scalars(select(Resolution.symbol)))
    cases = {"S/RES/2727 (2024)", "S/RES/2777 (2025)", "A/HRC/RES/55/3", "A/RES/80/3", "A/RES/78/111"}
    assert cases <= symbols
    renewal = db.scalars(select(ResolutionLink).join(Resolution, Resolution.id == ResolutionLink.successor_id)
                         .where(Resolution.symbol == "S/RES/2777 (2025)")).all()
    assert renewal, "S/RES/2777 (2025) renews UNAMA's mandate of S/RES/2727 (2024): they must be linked"

    second = run("demo", "load", "--folder", str(folder))
    assert second.exit_code == 0
    assert "password:" not in second.output and "0 imported" in second.output
    assert db.scalar(select(func.count()).select_from(Resolution)) == held


def _disk_full(session):
    raise RuntimeError("the disk is full")


def _refused_by_the_database(session):  # PostgreSQL then refuses every statement until rolled back
    session.execute(text("INSERT INTO no_such_table VALUES ('the disk is full')"))


@pytest.mark.parametrize("fail", [_disk_full, _refused_by_the_database])
def test_a_file_failing_while_its_rows_are_written_leaves_nothing_and_the_others_stay(
        run, tmp_path, db, monkeypatch, fail):
    from tracker.services import counts
    from tracker.services.importing import rows

    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("A-RES-71-19.txt", "A_RES_80_61.txt", "A_RES_78_12.txt"):
        shutil.copy(CORPUS / name, folder / name)
    real_write = rows.Unwritten.write

    def write(self, session):  # the last write of a file's import: with the batch's, or its own
        if any(entry["details"]["symbol"] == "A/RES/80/61" for entry in self.audit):
            fail(session)
        return real_write(self, session)

    monkeypatch.setattr(rows.Unwritten, "write", write)
    result = run("import", str(folder))
    assert result.exit_code == 1
    assert "2 imported, 0 skipped, 1 failed" in result.output
    assert "FAILED" in result.output and "the disk is full" in result.output
    assert set(db.scalars(select(Resolution.symbol))) == {"A/RES/71/19", "A/RES/78/12"}
    held = set(db.scalars(select(Resolution.id)))
    assert set(db.scalars(select(Paragraph.resolution_id).distinct())) == held
    assert counts.check(db).ok  # the kept counts lost the failed file's obligations too


def test_the_files_of_a_folder_are_committed_together(run, tmp_path, db_factory, monkeypatch):
    from tracker.services.importing import batch

    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("A-RES-71-19.txt", "A_RES_80_61.txt", "A_RES_78_12.txt"):
        shutil.copy(CORPUS / name, folder / name)
    monkeypatch.setattr(batch, "FILES_PER_COMMIT", 2)
    seen = []  # resolutions another connection sees as each file's import starts
    real_import = batch.import_file

    def import_file(*args, **kwargs):
        with db_factory() as other:
            seen.append(other.scalar(select(func.count()).select_from(Resolution)))
        return real_import(*args, **kwargs)

    monkeypatch.setattr(batch, "import_file", import_file)
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert seen == [0, 0, 2]
    with db_factory() as other:
        assert other.scalar(select(func.count()).select_from(Resolution)) == 3
