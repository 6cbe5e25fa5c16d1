"""``tracker import FILE_OR_FOLDER…`` and ``tracker show SYMBOL --json``: thin over the services."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from tracker.cli.common import fail, session_factory, with_schema
from tracker.cli.common import today as clock_today


@click.command("import")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--replace", is_flag=True,
              help="Re-import symbols already held (keeps the history of unchanged paragraphs).")
@click.option("--skip-existing", is_flag=True,
              help="Skip files whose symbol is already held (re-running an interrupted folder import).")
@click.option("--publish", is_flag=True,
              help="Publish at once (otherwise the resolutions wait for an officer's review).")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="The date recurring deadlines count from (default: today).")
@with_schema
def import_command(paths: tuple[Path, ...], replace: bool, skip_existing: bool, publish: bool,
                   today: dt.datetime | None) -> None:
    """Parse and import resolution files or folders; exit 1 when any file failed. Without
    --publish they stay unpublished until an officer reviews and publishes them."""
    from tracker.services.actors import Actor
    from tracker.services.importing import import_batch, resolution_files

    day = today.date() if today else clock_today()
    report = import_batch(session_factory(), resolution_files(paths), Actor.system("cli"),
                          replace=replace, publish=publish, today=day, skip_existing=skip_existing,
                          echo=click.echo)
    if report.failed:
        raise SystemExit(1)


@click.command()
@click.argument("symbol")
@click.option("--json", "as_json", is_flag=True, help="Print the stored resolution as JSON.")
@with_schema
def show(symbol: str, as_json: bool) -> None:
    """Print a stored resolution with its obligations (owners, status, due dates)."""
    from tracker.services.exports import load_resolution, resolution_document
    from tracker.services.words import english_plural

    session = session_factory()()
    try:
        resolution = load_resolution(session, symbol)
        if resolution is None:
            fail(f"{symbol} is not in the register")
        doc = resolution_document(session, resolution, clock_today())
        annexed = [para for annex in doc["annexes"] for para in annex["paragraphs"]]
        for para in [*doc["operative"], *annexed]:
            current = para["obligations"][-1] if para.get("obligations") else None
            para["obligation"] = None if current is None else {
                "id": current["id"],
                "kind": current["kind"],
                "tracked": current["tracked"],
                "status": current["status"],
                "owners": [o["name"] for o in current["owners"]],
                "due_on": current["due_on"],
                "due_derivation": current["due_derivation"],
                "target_on": current["target_on"],
                "expires_on": current["expires_on"],
                "mandate_state": current["mandate_state"],
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
               + english_plural("%(num)d operative paragraph", "%(num)d operative paragraphs",
                                len(doc["operative"])))
    for para in doc["operative"]:
        ob = para["obligation"] or {}
        owners = ", ".join(ob.get("owners") or []) or "-"
        due = ob.get("due_on") or "no due date"
        flag = "  [review]" if ob.get("needs_review") else ""
        click.echo(f"  {para['number']:>4}  {ob.get('status', '?'):<14} {due:<12} {owners}{flag}")
