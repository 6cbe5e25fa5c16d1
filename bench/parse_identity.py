"""Has the parser's output changed? Digests of every parse result, recorded on one commit, checked on another.

A speed-up of ``tracker.parsing`` must not change what it returns. This parses a fixed set of
inputs, serialises each result *fully* (every field of every dataclass, recursively: heading,
preambular and operative paragraphs, sub-paragraphs, kinds, actors, deadlines with all their
fields, references, footnotes, annexes, warnings, source lines; or the ``ParseError``'s message
and line) and keeps one SHA-256 per input::

    .venv/bin/python -m bench.parse_identity record /tmp/parse-main.json   # on the old code
    .venv/bin/python -m bench.parse_identity check /tmp/parse-main.json    # on the new code

``check`` exits 1 and prints the first differences (a unified diff of the serialisations, which
``record`` keeps beside the digests in ``<file>.jsonl.gz``) when any input differs.

The inputs: ``tests/corpus/*.txt``; the bench's generated corpus (``bench/.cache/``, every file,
or every ``--bench-step``-th); and, when the shared corpus is given (``--shared DIR``, default
``../shared/corpus`` if it exists), its texts, the first third and two thirds of each GA PDF text
(inputs that end mid-paragraph: the error paths) and every resolution of ``segmented.jsonl.gz``
rendered as ``tests/corpus/render_segmented.py`` renders it. Nothing here is used by the app.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import difflib
import enum
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def serialise(value):
    """Every field, recursively, with each dataclass's and enum's type named."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"@": type(value).__name__,
                **{f.name: serialise(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, list | tuple):
        return [serialise(v) for v in value]
    if isinstance(value, dict):
        return {str(k): serialise(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return f"{type(value).__name__}({value.isoformat()})"
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return repr(value)


def result_of(data: bytes, name: str) -> str:
    from tracker.parsing import ParseError, parse

    try:
        out = {"result": serialise(parse(data, name))}
    except ParseError as exc:
        out = {"error": str(exc), "line": exc.line}
    return json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True)


def inputs(shared: Path | None, bench_step: int, cache: Path) -> Iterator[tuple[str, str, bytes]]:
    """(key, file name the parser sees, data)."""
    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt")):
        yield f"tests/{path.name}", path.name, path.read_bytes()
    folders = sorted(p for p in cache.glob("corpus-s1-*") if p.is_dir()) if cache.is_dir() else []
    if not folders:
        print("no bench corpus in bench/.cache (python -m bench.corpus builds it): skipped", file=sys.stderr)
    for folder in folders[-1:]:
        for path in sorted(folder.rglob("*.txt"))[::bench_step]:
            yield f"bench/{path.relative_to(folder)}", path.name, path.read_bytes()
    if shared is None:
        return
    seed = shared / "A-RES-71-19.txt"
    if seed.exists():
        yield "shared/A-RES-71-19.txt", seed.name, seed.read_bytes()
    for path in sorted((shared / "ga-pdf-text").glob("*.txt")):
        data = path.read_bytes()
        yield f"shared/ga/{path.name}", path.name, data
        text = data.decode("utf-8", errors="replace")
        for k in (1, 2):
            yield f"shared/ga/{path.name}@{k}/3", path.name, text[: len(text) * k // 3].encode()
    segmented = shared / "segmented.jsonl.gz"
    if segmented.exists():
        sys.path.insert(0, str(ROOT / "tests" / "corpus"))
        from render_segmented import output_name, render

        with gzip.open(segmented, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                entry = json.loads(line)
                yield f"segmented/{n}/{entry['file']}", output_name(entry["file"]), render(entry).encode()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.parse_identity", description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["record", "check"])
    ap.add_argument("digests", type=Path, help="the digests' JSON file (written by record, read by check)")
    default_shared = ROOT.parent / "shared" / "corpus"
    ap.add_argument("--shared", type=Path, default=default_shared if default_shared.is_dir() else None)
    ap.add_argument("--bench-step", type=int, default=1, help="every n-th file of the bench corpus")
    ap.add_argument("--bench-cache", type=Path, default=ROOT / "bench" / ".cache",
                    help="where the bench corpus is (another checkout's, to record an older commit)")
    ap.add_argument("--show", type=int, default=3, help="differences to print")
    args = ap.parse_args(argv)

    full_path = args.digests.with_suffix(".jsonl.gz")
    digests: dict[str, str] = {}
    if args.mode == "record":
        with gzip.open(full_path, "wt", encoding="utf-8") as full:
            for key, name, data in inputs(args.shared, args.bench_step, args.bench_cache):
                text = result_of(data, name)
                digests[key] = hashlib.sha256(text.encode()).hexdigest()
                full.write(json.dumps([key, text], ensure_ascii=False) + "\n")
        args.digests.write_text(json.dumps(digests, indent=0, sort_keys=True))
        print(f"recorded {len(digests)} inputs in {args.digests}")
        return 0

    expected: dict[str, str] = json.loads(args.digests.read_text())
    differ: dict[str, str] = {}
    for key, name, data in inputs(args.shared, args.bench_step, args.bench_cache):
        text = result_of(data, name)
        digests[key] = hashlib.sha256(text.encode()).hexdigest()
        if expected.get(key) != digests[key]:
            differ[key] = text
    # with --bench-step > 1 (a quicker check), the bench files left out are not missing
    missing = sorted(k for k in set(expected) - set(digests)
                     if args.bench_step == 1 or not k.startswith("bench/"))
    shown = 0
    if differ and full_path.exists():
        with gzip.open(full_path, "rt", encoding="utf-8") as full:
            for line in full:
                key, old = json.loads(line)
                if key in differ and shown < args.show:
                    shown += 1
                    sys.stdout.writelines(difflib.unified_diff(
                        old.splitlines(keepends=True), differ[key].splitlines(keepends=True),
                        f"{key} (recorded)", f"{key} (now)", n=2))
    print(f"{len(digests)} inputs: {len(digests) - len(differ)} identical, {len(differ)} different"
          + (f", {len(missing)} recorded but not found" if missing else ""))
    for key in sorted(differ)[:20]:
        print(f"  differs: {key}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
