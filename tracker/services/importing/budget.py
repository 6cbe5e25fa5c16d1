"""A time budget for parsing one upload: the parser runs in a forked child process that is
stopped when the budget is spent, so a pathological file cannot hold a server thread (and its
memory) for minutes; the request ends with a clear one-line error instead."""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection

from tracker.parsing import parse_source
from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.types import ParsedResolution, ParseError


def _parse_in_child(conn: Connection, data: bytes, filename: str, gazetteer: Gazetteer) -> None:
    try:
        conn.send((True, parse_source(data, filename, gazetteer=gazetteer)))
    except ParseError as exc:
        conn.send((False, str(exc)))
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a parse failure
        conn.send((False, f"cannot parse this file ({type(exc).__name__})"))
    finally:
        conn.close()


def parse_within(
    seconds: float | None, data: bytes, filename: str, gazetteer: Gazetteer
) -> tuple[ParsedResolution, str]:
    """``parse_source`` within ``seconds`` (None or 0: no budget, in this process)."""
    if not seconds:
        return parse_source(data, filename, gazetteer=gazetteer)
    ctx = multiprocessing.get_context("fork")  # the child has the parser and gazetteer already
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_parse_in_child, args=(send, data, filename, gazetteer), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise ParseError(
                f"parsing took longer than the {seconds:g} s allowed for one upload: "
                "import a file this large with `tracker import`"
            )
        try:
            ok, payload = receive.recv()
        except EOFError:  # the child died (out of memory, killed)
            raise ParseError("the parser stopped before reading this file to the end") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()
    if not ok:
        raise ParseError(payload)
    return payload
