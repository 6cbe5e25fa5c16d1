"""``tracker import FILE_OR_FOLDER…`` and ``tracker show SYMBOL --json``: thin over the services."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import click
from flask.cli import with_appcontext

from tracker.cli.common import fail, session_factory

#: what ``tracker import`` reads from a folder
SOURCE_SUFFIXES = (".txt", ".md", ".pdf", ".docx")


def iter_sources(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders give their resolution files (recursively), sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES
                and not p.name.endswith(".expected.json")
            )
        else:
            yield path


def import_files(factory, paths: Iterable[Path], *, replace: bool, today: dt.date,
                 actor, skip_existing: bool = False, echo=click.echo) -> tuple[int, int, int]:
    """Parse and import each file in its own transaction; a bad file is reported and skipped.

    Returns (imported, skipped, failed). A symbol already held fails unless ``skip_existing``
    (the demo loader's idempotence) or ``replace``. Used by ``tracker import`` and ``tracker demo
    load``."""
    from tracker.parsing import ParseError, parse
    from tracker.services.calendar import load_calendar
    from tracker.services.entities import EntityResolver, load_gazetteer
    from tracker.services.importing import AlreadyImported, import_resolution

    imported = skipped = failed = 0
    obligations = with_due = review = 0
    session = factory()
    try:
        calendar, resolver, gazetteer = None, None, None
        for path in paths:
            if calendar is None:
                calendar = load_calendar(session)
                resolver = EntityResolver.load(session)
                gazetteer = load_gazetteer(session)
            try:
                data = path.read_bytes()
                parsed = parse(data, path.name, gazetteer=gazetteer)
                text = data.decode("utf-8", errors="replace") if path.suffix.lower() in (".txt", ".md") \
                    else None
                result = import_resolution(
                    session, parsed, actor, replace=replace, today=today, source_text=text,
                    filename=path.name, calendar=calendar, resolver=resolver,
                )
                session.commit()
            except AlreadyImported as exc:
                session.rollback()
                calendar = None  # a rollback expires what the caches hold
                if skip_existing:
                    skipped += 1
                    echo(f"skipped {path}: {exc.symbol} is already imported")
                    continue
                failed += 1
                echo(f"FAILED {path}: {exc}", err=True)
                continue
            except Exception as exc:  # one bad file must not stop the others: report, roll back
                session.rollback()
                calendar = None
                failed += 1
                if isinstance(exc, ParseError | OSError):
                    message = getattr(exc, "strerror", None) or str(exc)
                else:
                    message = f"{type(exc).__name__}: {exc}"
                echo(f"FAILED {path}: {' '.join(str(message).split())[:500]}", err=True)
                continue
            imported += 1
            obligations += result.obligations
            with_due += result.with_due
            review += result.needs_review
            echo(result.summary())
    finally:
        session.close()
    echo(
        f"{imported} imported, {skipped} skipped, {failed} failed; "
        f"{obligations} obligations, {with_due} with due dates, {review} flagged for review"
    )
    return imported, skipped, failed


@click.command("import")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--replace", is_flag=True,
              help="Re-import symbols already held (keeps the history of unchanged paragraphs).")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="The date recurring deadlines count from (default: today).")
@with_appcontext
def import_command(paths: tuple[Path, ...], replace: bool, today: dt.datetime | None) -> None:
    """Parse and import resolution files or folders; exit 1 when any file failed."""
    from tracker.services.actors import Actor

    day = today.date() if today else dt.date.today()
    _imported, _skipped, failed = import_files(
        session_factory(), iter_sources(paths), replace=replace, today=day, actor=Actor.system("cli"),
    )
    if failed:
        raise SystemExit(1)


@click.command()
@click.argument("symbol")
@click.option("--json", "as_json", is_flag=True, help="Print the stored resolution as JSON.")
@with_appcontext
def show(symbol: str, as_json: bool) -> None:
    """Print a stored resolution with its obligations (owners, status, due dates)."""
    from tracker.services.exports import load_resolution, resolution_document

    session = session_factory()()
    try:
        resolution = load_resolution(session, symbol)
        if resolution is None:
            fail(f"{symbol} is not in the register")
        doc = resolution_document(session, resolution, dt.date.today())
        for para in doc["operative"]:
            current = para["obligations"][-1] if para.get("obligations") else None
            para["obligation"] = None if current is None else {
                "id": current["id"],
                "status": current["status"],
                "owners": [o["name"] for o in current["owners"]],
                "due_on": current["due_on"],
                "due_derivation": current["due_derivation"],
                "target_on": current["target_on"],
                "version": current["version"],
                "needs_review": current["needs_review"],
            }
    finally:
        session.close()
    if as_json:
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    click.echo(f"{doc['symbol']}  {doc['title']}")
    click.echo(f"adopted {doc['adopted_on'] or '?'}; {doc['preambular_count']} preambular, "
               f"{len(doc['operative'])} operative paragraphs")
    for para in doc["operative"]:
        ob = para["obligation"] or {}
        owners = ", ".join(ob.get("owners") or []) or "-"
        due = ob.get("due_on") or "no due date"
        flag = "  [review]" if ob.get("needs_review") else ""
        click.echo(f"  {para['number']:>4}  {ob.get('status', '?'):<14} {due:<12} {owners}{flag}")
