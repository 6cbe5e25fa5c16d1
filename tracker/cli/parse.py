"""``tracker parse FILE --json``: parse only, touch no database."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tracker.cli.common import fail


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the parsed resolution as JSON.")
def parse(file: Path, as_json: bool) -> None:
    """Parse FILE (.txt, .pdf, .docx) and print what was found; exit 2 on bad input."""
    from tracker.models.resolutions import shown_number
    from tracker.parsing import ParseError
    from tracker.parsing import parse as parse_resolution

    try:
        data = file.read_bytes()
    except OSError as exc:
        fail(f"{file}: cannot read: {exc.strerror or exc}")
    try:
        parsed = parse_resolution(data, file.name)
    except ParseError as exc:
        fail(f"{file}: {exc}")
    if as_json:
        click.echo(json.dumps(parsed.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{parsed.symbol}  {parsed.title}")
    click.echo(f"{parsed.preambular_count} preambular, {len(parsed.operative)} operative paragraphs")
    for para in parsed.operative:
        deadline = para.deadline.text if para.deadline else "no deadline"
        actors = ", ".join(para.actors) or "-"
        number = shown_number(para.number, para.unnumbered)
        click.echo(f"  {number:>4}  {para.action or '?':<14} {para.kind:<12} {actors}  [{deadline}]")
    for warning in parsed.warnings:
        click.echo(f"warning: {warning}", err=True)
