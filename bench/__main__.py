"""``python -m bench`` (``make bench``): build the corpus, load it, measure, print one table.

Every figure is a median over several runs next to a baseline measured in the same run, and the
ratio of the two; a figure whose subject is not built yet says so instead of failing. See
``bench/README.md`` for what each ratio means and the targets.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from bench import corpus, database, measure, subjects
from bench.measure import NOT_BUILT, Row, fmt_mb, fmt_rate, fmt_seconds, median, na, ratio_row

RESULTS = corpus.REPO / "bench" / "results"
SEARCH = "/search?q=implementation&body=GA&status=not_started"
API = "/api/v1/obligations?status=not_started&per_page=100"  # the page of 100 items
#: ratio targets (issue 9); goals to beat, never asserted in tests
TARGETS = {"parse": 20, "import": 3, "overview": 5, "resolution page": 3, "search": 5, "API list": 5,
           "reminders": 10}
MEMORY_LIMIT = 200 * 2**20


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def guarded(figure: str, fn: Callable[[], list[Row]]) -> list[Row]:
    """A figure that breaks prints its error in the table; the others still run."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - reported in the table and on stderr
        traceback.print_exc(file=sys.stderr)
        return [na(figure, f"error: {type(exc).__name__}: {' '.join(str(exc).split())[:120]}")]


def sample(files: list[Path], n: int) -> list[Path]:
    """``n`` files spread evenly over the corpus (every body and session)."""
    step = max(1, len(files) // n)
    return files[::step][:n]


# ------------------------------------------------------------------------------------ parse


def parse_rows(files: list[Path], manifest: dict, runs: int) -> list[Row]:
    parse = subjects.parser()
    if parse is None:
        return [na("parse", target="≤ 20×")]
    expected = {e["path"]: e["operative"] for e in manifest["files"]}
    root = Path(manifest["folder"])
    paragraphs, failures, agree = 0, 0, 0
    for f in files:
        try:
            r = parse(f.read_bytes(), f.name)
        except Exception:  # noqa: BLE001 - counted
            failures += 1
            continue
        paragraphs += len(r.operative) + len(r.preambular)
        agree += len(r.operative) == expected.get(f.relative_to(root).as_posix())
    lines = sum(len(f.read_bytes().decode("utf-8").splitlines()) for f in files)

    def split_all() -> None:
        for f in files:
            f.read_bytes().decode("utf-8").splitlines()

    def parse_all() -> None:
        for f in files:
            try:
                parse(f.read_bytes(), f.name)
            except Exception:  # noqa: BLE001, S112 - failures counted above
                continue

    t_split, t_parse = [], []
    for _ in range(runs):
        t_split.append(measure.timed(split_all))
        t_parse.append(measure.timed(parse_all))
    note = (f"{len(files)} files, {paragraphs:,} paragraphs; operative numbering as generated in "
            f"{agree}/{len(files)}" + (f"; {failures} files failed to parse" if failures else ""))
    return [ratio_row(
        f"parse ({len(files)} files)", fmt_rate(paragraphs, median(t_parse), "paragraphs"),
        f"{fmt_rate(lines, median(t_split), 'lines')} read+split", median(t_parse), median(t_split),
        TARGETS["parse"], note,
    )]


def long_text(template: str, size: int) -> str:
    """One resolution of about ``size`` characters: ``template``'s operative paragraphs repeated,
    numbered on (restarting after 900, as the parts of a long resolution do), its footnotes with
    them; what a long legal text looks like to the parser."""
    lines = template.split("\n")
    numbered = re.compile(r"^(\s*)(\d+)\.(\s|$)")
    start = next(i for i, line in enumerate(lines) if numbered.match(line))
    end = next(i for i in range(len(lines) - 1, start, -1) if "plenary meeting" in lines[i])
    head, body, tail = "\n".join(lines[:start]), lines[start:end], "\n".join(lines[end:])
    top = max(int(m.group(2)) for line in body if (m := numbered.match(line)))
    parts, offset, total = [head], 0, len(head)
    while total < size:
        def renumber(m: re.Match[str], o: int = offset) -> str:
            return f"{m.group(1)}{int(m.group(2)) + o}.{m.group(3)}"

        chunk = "\n".join(numbered.sub(renumber, line) for line in body)
        parts.append(chunk)
        total += len(chunk) + 1
        offset = offset + top if offset + 2 * top <= 900 else 0
    parts.append(tail)
    return "\n".join(parts)


def parse_scaling_rows(files: list[Path], runs: int) -> list[Row]:
    """Parse time grows linearly with the input: a 10 MB text against a 1 MB one (≤ 12×)."""
    parse = subjects.parser()
    if parse is None:
        return [na("parse 10 MB vs 1 MB", target="≤ 12×")]
    template = max((f.read_text() for f in files), key=lambda t: t.count("\n"))
    small = long_text(template, 1_000_000)
    large = long_text(template, 9_900_000)  # under the 10 MB limit for one input
    t_small = [measure.timed(lambda: parse(small, "small.txt")) for _ in range(runs)]
    t_large = [measure.timed(lambda: parse(large, "large.txt")) for _ in range(max(1, runs // 2))]
    return [ratio_row("parse 10 MB vs 1 MB", f"{fmt_seconds(median(t_large))} for {len(large) / 1e6:.1f} MB",
                      f"{fmt_seconds(median(t_small))} for {len(small) / 1e6:.1f} MB",
                      median(t_large), median(t_small), 12,
                      "one long resolution; linear growth would be 9.9×")]


# ----------------------------------------------------------------------------------- import


def import_rows(label: str, base_url: str | None, files: list[Path], tmp: Path, runs: int) -> list[Row]:
    figure = f"{label}import ({len(files)} files)"
    if subjects.parser() is None or subjects.importer() is None:
        return [na(figure, target="≤ 3×")]
    t_import, t_parse, failed = [], [], 0
    for run in range(runs):
        db = database.scratch(base_url, tmp, f"import{run}")
        try:
            database.migrate(db.url)
            engine, factory = database.session_factory(db.url)
            imp = subjects.Importer(factory)
            imp.caches()
            t_parse.append(measure.timed(lambda imp=imp: [imp.parse_file(f) for f in files]))
            imp.close()
            start = time.perf_counter()
            failed += subjects.import_folder(factory, files)
            t_import.append(time.perf_counter() - start)
            engine.dispose()
        finally:
            db.drop()
    note = "tracker import of the files (import_batch), into a fresh database, vs parse only"
    if failed:
        note += f"; {failed // runs} files failed"
    return [ratio_row(
        figure, fmt_rate(len(files), median(t_import), "resolutions"),
        f"{fmt_rate(len(files), median(t_parse), 'resolutions')} parse only",
        median(t_import), median(t_parse), TARGETS["import"], note,
    )]


# ------------------------------------------------------------------------------------ pages


def page_paths(url: str) -> dict[str, str]:
    from sqlalchemy import text

    engine, _ = database.session_factory(url)
    with engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM resolutions")).scalar_one()
        symbol = conn.execute(
            text("SELECT symbol FROM resolutions ORDER BY id LIMIT 1 OFFSET :k"), {"k": n // 2}
        ).scalar()
    engine.dispose()
    from urllib.parse import quote

    paths = {"overview": "/", "search": SEARCH, "API list": API}
    if symbol:
        paths["resolution page"] = f"/resolutions/{quote(symbol)}"
    return dict(sorted(paths.items(), key=lambda kv: ["overview", "resolution page", "search", "API list"]
                       .index(kv[0])))


def page_rows(label: str, url: str, runs: int, size: str, clients: int = 8) -> list[Row]:
    """Each page against /healthz with the read cache off (``tracker serve --no-cache``): what the
    first visitor after any write pays; then the overview's throughput, 1 client vs ``clients``."""
    from bench.web import TRIVIAL, Server, time_requests

    rows: list[Row] = []
    paths = page_paths(url)
    with Server(url, threads=clients, cache=False) as server:
        for _ in range(20):
            server.get(TRIVIAL)
        for name, path in paths.items():
            figure = f"{label}page: {name}"
            target = TARGETS.get(name)
            status, body = server.get(path)
            if status == 404:
                rows.append(na(figure, target=f"≤ {target}×" if target else ""))
                continue
            if status != 200:
                rows.append(na(figure, f"error: HTTP {status}"))
                continue
            first = min(time_requests(server, path, 2))
            n = max(3, min(30, int(1.5 / max(first, 1e-4))))
            t_page, t_trivial = [], []
            for _ in range(runs):
                t_page.append(median(time_requests(server, path, n)))
                t_trivial.append(median(time_requests(server, TRIVIAL, 30)))
            rows.append(ratio_row(
                figure, f"{fmt_seconds(median(t_page))} /request",
                f"{fmt_seconds(median(t_trivial))} /healthz",
                median(t_page), median(t_trivial), target,
                f"GET {path} at {size}, {runs}×{n} requests, {len(body):,} bytes; read cache off",
            ))
        peak = server.peak_rss()
    if "overview" in paths:
        rows.append(throughput_row(label, url, paths["overview"], clients))
    if peak:
        rows.append(Row(f"{label}peak memory: web process", fmt_mb(peak),
                        note=f"waitress, {clients} threads, after all pages (read cache off)"))
    return rows


def throughput_row(label: str, url: str, path: str, clients: int) -> Row:
    """The overview's throughput, 1 client vs ``clients``, from ``tracker serve --workers`` with a
    worker per CPU (as a deployment serves), each worker warmed first."""
    from bench.web import Server, throughput

    workers = os.cpu_count() or 1
    with Server(url, threads=clients, cache=False, workers=workers) as server:
        server.warm(path)
        one = throughput(server, path, 1)
        many = throughput(server, path, clients)
    return Row(
        f"{label}overview throughput, {clients} clients", f"{many:,.0f} requests/s",
        f"{one:,.0f} requests/s, 1 client", many / one if one else None, "≥ 3×",
        (many / one >= 3) if one else None,
        f"tracker serve --workers {workers}, {clients} threads each, read cache off, 3 s each; "
        f"{os.cpu_count()} CPUs shared by the clients, the server and the database",
    )


def growth_rows(label: str, before: list[Row], after: list[Row], small: str, big: str) -> list[Row]:
    """How much each page's cost (its ratio to /healthz) grew from the smaller register to the larger."""
    out = []
    ratios = {r.figure.split("page: ", 1)[1]: r.ratio for r in before if r.ratio and "page: " in r.figure}
    for r in after:
        name = r.figure.split("page: ", 1)[-1]
        old = ratios.get(name)
        if old is None or r.ratio is None or "page: " not in r.figure:
            continue
        out.append(Row(f"{label}growth {small} → {big}: {name}", f"{r.ratio:.1f}× /healthz at {big}",
                       f"{old:.1f}× /healthz at {small}", r.ratio / old, "≤ 1.5×", r.ratio / old <= 1.5,
                       "each page's ratio to the trivial route, at both sizes"))
    return out


def query_rows(label: str, big_url: str, small_url: str, big_size: str, small_size: str) -> list[Row]:
    from bench.web import queries_per_page

    paths = page_paths(big_url)
    small_paths = page_paths(small_url)
    big = queries_per_page(big_url, paths)
    small = queries_per_page(small_url, small_paths)
    rows = []
    for name in paths:
        figure = f"{label}SQL queries: {name}"
        b, s = big.get(name), small.get(name)
        if b == "missing" or s == "missing":
            rows.append(na(figure, target="must not grow"))
        elif not isinstance(b, int) or not isinstance(s, int):
            rows.append(na(figure, f"error: {b if not isinstance(b, int) else s}"))
        else:
            rows.append(Row(figure, f"{b} at {big_size}", f"{s} at {small_size}", b / s if s else None,
                            "must not grow", b <= s, "read cache off: the statements rendering the page needs"
                            if name == next(iter(paths)) else ""))
    return rows


# -------------------------------------------------------------------------------- reminders


def reminder_rows(label: str, url: str, tmp: Path, runs: int, size: str) -> list[Row]:
    from bench import reminders

    figure = f"{label}reminder pass: scan"
    if subjects.reminder_pass() is None:
        return [na(figure, target="≤ 10×"), na(f"{label}peak memory: reminder pass", target="< 200 MB")]
    scan = reminders.passes(url, runs, dry_run=True)
    t_query, n_rows = reminders.indexed_query(url, max(5, runs))
    baseline = f"{fmt_seconds(median(t_query))} indexed query ({n_rows:,} rows)"
    what = (f"run_pass(dry_run=True) at {subjects.NOW:%Y-%m-%d} over {size}: every stage due, listed "
            "without writing the ledger; the baseline selects the open obligations with a due date")
    rows = [
        ratio_row(figure, f"{fmt_seconds(median(scan.warm))} ({scan.queued:,} due)", baseline,
                  median(scan.warm), median(t_query), TARGETS["reminders"],
                  f"{what}; warm: an engine that has run a pass (the scheduler's)"),
        ratio_row(f"{figure}, new engine", f"{fmt_seconds(median(scan.cold))} ({scan.queued:,} due)",
                  baseline, median(scan.cold), median(t_query), None,
                  "the same on a new engine, every statement compiled again (what `tracker remind`, "
                  "one process for one pass, pays besides start-up); interleaved with the warm runs"),
    ]
    copy = database.clone(url, tmp, "remind")
    try:
        mem = reminders.memory(copy.url, runs)
    except Exception as exc:  # noqa: BLE001 - the scan above still counts
        return [*rows, na(f"{label}reminder pass: first, with sending", f"error: {exc}")]
    finally:
        copy.drop()
    rows.append(Row(
        f"{label}reminder pass: first, with sending",
        f"{fmt_seconds(mem['seconds'])} ({mem['queued']:,} sent)",
        baseline, mem["seconds"] / median(t_query), note="one run: queue and deliver every message to the "
        "outbox (no SMTP_URL), as the first pass after loading the register",
    ))
    steady = f"{label}reminder pass: next, same now"
    rows.append(ratio_row(
        steady, f"{fmt_seconds(median(mem['again_warm']))} ({mem['again_queued']:,} queued)", baseline,
        median(mem["again_warm"]), median(t_query), TARGETS["reminders"],
        "the steady state: a pass that finds everything already in the ledger, on the engine of the "
        "first pass (the scheduler's)",
    ))
    rows.append(ratio_row(
        f"{steady}, new engine", f"{fmt_seconds(median(mem['again_cold']))} ({mem['again_queued']:,} queued)",
        baseline, median(mem["again_cold"]), median(t_query), None,
        "the same on a new engine per pass (`tracker remind`); interleaved with the warm runs",
    ))
    rows.append(Row(
        f"{label}peak memory: reminder pass", fmt_mb(mem["peak"]),
        f"{fmt_mb(mem['rss_before'])} before the pass",
        target="< 200 MB", met=mem["peak"] < MEMORY_LIMIT,
        note="peak RSS of a fresh process running the first pass (the whole process, imports included)",
    ))
    return rows


# ------------------------------------------------------------------------------------- main


def database_rows(label: str, base_url: str | None, big: Path, small: Path, tmp: Path,
                  args: argparse.Namespace) -> list[Row]:
    rows: list[Row] = []
    big_files = sorted(big.rglob("*.txt"))
    small_files = sorted(small.rglob("*.txt"))
    rows += guarded(f"{label}import", lambda: import_rows(label, base_url, sample(big_files, 300), tmp,
                                                               min(3, args.runs)))
    if subjects.parser() is None or subjects.importer() is None:
        rows += [na(f"{label}{what}") for what in ("pages", "SQL queries per page", "reminder pass")]
        return rows
    dbs = {}
    for name, files in (("small", small_files), ("big", big_files)):
        log(f"{label}loading {len(files)} resolutions ({name})…")
        db = database.scratch(base_url, tmp, name)
        database.migrate(db.url)
        budget = args.load_budget if name == "big" else 120
        stats = database.load(db.url, files, budget_s=budget, progress=log)
        shaped = database.shape(db.url)
        counts = database.counts(db.url)
        dbs[name] = (db, counts)
        rate = stats.imported / stats.seconds if stats.seconds else 0
        note = (f"{counts['resolutions']:,} resolutions, {counts['obligations']:,} obligations, "
                f"{counts['paragraphs']:,} paragraphs, {counts['entities']} entities; "
                f"{shaped['aged']:,} old obligations marked completed, "
                f"{counts['open_with_due']:,} open with a due date")
        if stats.failed:
            note += f"; {stats.failed} files failed ({'; '.join(stats.errors[:2])})"
        if stats.stopped_early:
            note += (f"; STOPPED after {args.load_budget:.0f} s: the figures below are at this size, "
                     "not the full corpus")
        rows.append(Row(f"{label}load corpus ({name})", f"{rate:,.0f} resolutions/s",
                        f"{stats.imported:,}/{len(files):,} in {stats.seconds:.0f} s", note=note))
    big_db, big_counts = dbs["big"]
    small_db, small_counts = dbs["small"]
    big_size = f"{big_counts['obligations']:,} obligations"
    small_size = f"{small_counts['obligations']:,} obligations"
    try:
        copies = 0
        if args.obligations and base_url:
            copies = round(args.obligations / big_counts["obligations"]) - 1
        if copies > 0:  # the pages at this size first, then the register multiplied (PostgreSQL only)
            before = guarded(f"{label}pages", lambda: page_rows(label, big_db.url, args.runs, big_size))
            rows += before
            from bench.scale import multiply

            log(f"{label}multiplying the register ×{copies + 1}…")
            seconds = multiply(big_db.url, copies, progress=log)
            database.move_horizon(big_db.url)  # what the nightly horizon job does, at this size too
            counts = database.counts(big_db.url)
            old_size, big_size = big_size, f"{counts['obligations']:,} obligations"
            rows.append(Row(f"{label}build ×{copies + 1} (bench/scale.py)", f"{seconds:.0f} s",
                            f"{big_counts['obligations']:,} → {counts['obligations']:,} obligations",
                            note=f"{counts['resolutions']:,} resolutions, {counts['paragraphs']:,} "
                                 f"paragraphs, {counts['open_with_due']:,} open with a due date"))
            label = f"[postgresql, {counts['obligations'] // 1000}k] "
            after = guarded(f"{label}pages", lambda: page_rows(label, big_db.url, args.runs, big_size))
            rows += after
            rows += growth_rows(label, before, after, old_size.split()[0], big_size.split()[0])
        else:
            rows += guarded(f"{label}pages", lambda: page_rows(label, big_db.url, args.runs, big_size))
        rows += guarded(f"{label}SQL queries per page",
                        lambda: query_rows(label, big_db.url, small_db.url, big_size, small_size))
        rows += guarded(f"{label}reminder pass",
                        lambda: reminder_rows(label, big_db.url, tmp, min(3, args.runs), big_size))
    finally:
        if not args.keep:
            big_db.drop()
            small_db.drop()
        else:
            log(f"kept: {big_db.url} and {small_db.url}")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="corpus size: 1 ≈ 50,000 obligations")
    ap.add_argument("--obligations", type=int, default=0,
                    help="the register's size; above ~60,000 the loaded corpus is replicated on PostgreSQL "
                         "(BENCH_DATABASE_URL) to that size, and SQLite is skipped (make bench SCALE=500000)")
    ap.add_argument("--small-scale", type=float, default=0.02, help="the small corpus (≈1,000 obligations)")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (medians)")
    ap.add_argument("--load-budget", type=float, default=330, help="seconds allowed to import the corpus")
    ap.add_argument("--parse-files", type=int, default=300)
    ap.add_argument("--keep", action="store_true", help="keep the databases (SQLite files in bench/.cache/)")
    ap.add_argument("--json", type=Path, default=RESULTS / "latest.json", help="where to write the results")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    logging.disable(logging.INFO)  # the app logs every outbox message at INFO

    log("building the corpus (cached in bench/.cache/)…")
    big = corpus.build(args.scale)
    small = corpus.build(args.small_scale)
    manifest = corpus.load_manifest(big) | {"folder": str(big)}
    log(f"  {manifest['resolutions']:,} resolutions, {manifest['operative']:,} operative paragraphs")

    rows: list[Row] = []
    files = sample(sorted(big.rglob("*.txt")), args.parse_files)
    log("parse…")
    rows += guarded("parse", lambda: parse_rows(files, manifest, args.runs))
    rows += guarded("parse 10 MB vs 1 MB", lambda: parse_scaling_rows(files, args.runs))

    targets: list[tuple[str, str | None]] = [] if args.obligations > 60_000 else [("", None)]
    if args.obligations > 60_000 and not os.environ.get("BENCH_DATABASE_URL"):
        ap.error("--obligations above 60,000 needs BENCH_DATABASE_URL (a PostgreSQL server)")
    if os.environ.get("BENCH_DATABASE_URL"):
        targets.append(("[postgresql] ", os.environ["BENCH_DATABASE_URL"]))
    keep_dir = corpus.CACHE / "db"
    for label, base_url in targets:
        if args.keep:
            keep_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="bench-", dir=keep_dir if args.keep else None))
        try:
            rows += guarded(f"{label}database", lambda label=label, base_url=base_url, tmp=tmp:
                            database_rows(label, base_url, big, small, tmp, args))
        finally:
            if not args.keep:
                shutil.rmtree(tmp, ignore_errors=True)

    elapsed = time.perf_counter() - started
    title = (f"Mandate Tracker benchmark: {manifest['resolutions']:,} generated resolutions, "
             f"{manifest['operative']:,} operative paragraphs; {os.cpu_count()} CPUs; "
             f"medians of {args.runs} runs; {elapsed:.0f} s in all")
    print(measure.render(rows, title))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"title": title, "elapsed_s": elapsed,
                                         "rows": [r.as_dict() for r in rows]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

__all__ = ["NOT_BUILT", "main"]
