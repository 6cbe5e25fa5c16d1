"""Where the time goes: cProfile of a page, a parse or a reminder pass, on a database ``--keep`` left.

    python -m bench --keep                                  # prints the kept database URLs
    python -m bench.profile URL / "/search?q=implementation&body=GA&status=not_started"
    python -m bench.profile URL --reminders                 # a dry-run pass
    python -m bench.profile URL --import FILE...            # parse + import (rolled back)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import logging
import pstats
from pathlib import Path


def _report(prof: cProfile.Profile, title: str, top: int) -> None:
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(top)
    print(f"== {title}")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--reminders", action="store_true")
    ap.add_argument("--import", dest="import_files", nargs="*", type=Path, default=[])
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    logging.disable(logging.INFO)

    if args.paths:
        from bench.web import app_config
        from tracker.web.app import create_app

        app = create_app(app_config(args.url, cache=False))  # what a cache miss costs
        client = app.test_client()
        for path in args.paths:
            client.get(path)  # warm
            prof = cProfile.Profile()
            prof.enable()
            resp = client.get(path)
            prof.disable()
            _report(prof, f"GET {path} -> {resp.status_code}", args.top)
        app.extensions["tracker"].engine.dispose()
    if args.reminders:
        from bench import database, reminders

        engine, factory = database.session_factory(args.url)
        reminders.one_pass(factory, dry_run=True)  # compiles the statements, as the scheduler has
        prof = cProfile.Profile()
        prof.enable()
        reminders.one_pass(factory, dry_run=True)
        prof.disable()
        engine.dispose()
        _report(prof, "reminder pass (dry run, warm engine)", args.top)
    if args.import_files:
        from bench import database, subjects

        engine, factory = database.session_factory(args.url)
        imp = subjects.Importer(factory)
        imp.caches()
        prof = cProfile.Profile()
        prof.enable()
        for f in args.import_files:
            parsed = imp.parse_file(f)
            imp.import_resolution(imp.session, parsed, imp.actor, today=subjects.TODAY, filename=f.name,
                                  now=subjects.NOW, **{k: v for k, v in imp.caches().items()
                                                       if k in ("calendar", "resolver")})
        prof.disable()
        imp.session.rollback()
        imp.close()
        engine.dispose()
        _report(prof, f"parse + import of {len(args.import_files)} files (rolled back)", args.top)


if __name__ == "__main__":
    main()
