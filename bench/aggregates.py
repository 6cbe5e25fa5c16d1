"""The overview's and the summary's cost at two sizes of one PostgreSQL register (issue 16 item 1).

``BENCH_DATABASE_URL=postgresql+psycopg://… python -m bench.aggregates [--scale 0.1] [--copies 9]``
loads the corpus at ``--scale``, measures, replicates the register ``copies`` times with
``bench/scale.py`` (the same due dates: the kept tables keep their size), measures again and prints
the figures as JSON: in process, ``register_summary`` from the kept counts and the same numbers
counted over the obligations (the read model before), and ``overview()``; over HTTP with the read
cache off, ``/`` and ``/api/v1/summary`` with ``/healthz`` beside each. A small run of the figures
the kept counts concern, for a shared machine; ``make bench`` is the full table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from bench import corpus, database, subjects
from bench.scale import multiply
from bench.web import TRIVIAL, Server, time_requests


def in_process(url: str) -> dict[str, float]:
    from tracker.services import dashboards
    from tracker.services.search import ObligationFilter
    from tracker.services.summary import counted_summary, register_summary

    engine, factory = database.session_factory(url)
    out: dict[str, float] = {}
    flt = ObligationFilter()
    with factory() as s:
        assert register_summary(s, flt, subjects.TODAY) == counted_summary(s, flt, subjects.TODAY)
        for name, fn in (("summary, kept counts", lambda: register_summary(s, flt, subjects.TODAY)),
                         ("summary, counted over the obligations",
                          lambda: counted_summary(s, flt, subjects.TODAY)),
                         ("overview()", lambda: dashboards.overview(s, subjects.TODAY))):
            times = []
            for _ in range(7):
                start = time.perf_counter()
                fn()
                times.append(time.perf_counter() - start)
            out[name] = statistics.median(times)
        out["buckets"] = s.execute(text("SELECT count(*) FROM obligation_counts WHERE n <> 0")).scalar()
    engine.dispose()
    return out


def over_http(url: str) -> dict[str, tuple[float, float]]:
    out = {}
    with Server(url, threads=4, cache=False) as server:
        for _ in range(20):
            server.get(TRIVIAL)
        for path in ("/", "/api/v1/summary"):
            status, _ = server.get(path)
            assert status == 200, (path, status)
            page, trivial = [], []
            for _ in range(5):
                page.append(statistics.median(time_requests(server, path, 5)))
                trivial.append(statistics.median(time_requests(server, TRIVIAL, 20)))
            out[path] = (statistics.median(page), statistics.median(trivial))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=0.1)
    ap.add_argument("--copies", type=int, default=9)
    args = ap.parse_args()
    base = os.environ.get("BENCH_DATABASE_URL")
    if not base:
        raise SystemExit("BENCH_DATABASE_URL is needed (the replication runs on PostgreSQL)")
    files = sorted(corpus.build(args.scale).rglob("*.txt"))
    db = database.scratch(base, Path(tempfile.gettempdir()), "aggregates")
    try:
        database.migrate(db.url)
        database.load(db.url, files, budget_s=900)
        database.shape(db.url)
        results = []
        for round_ in range(2):
            n = database.counts(db.url)["obligations"]
            results.append({"obligations": n, "in process": in_process(db.url), "http": over_http(db.url)})
            print(json.dumps(results[-1], indent=1), flush=True)
            if round_ == 0:
                multiply(db.url, args.copies)
    finally:
        db.drop()


if __name__ == "__main__":
    main()
