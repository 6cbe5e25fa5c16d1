"""Uploaded files kept between the preview and the save, under ``instance/uploads/``.

A random token names each upload; only the user who uploaded it may save it, and leftovers older
than a day are removed at the next upload.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from pathlib import Path

from flask import current_app

MAX_AGE_SECONDS = 24 * 3600
_TOKEN = re.compile(r"^[0-9a-f]{32}$")


def _dir() -> Path:
    path = Path(current_app.instance_path) / "uploads"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _prune(directory: Path) -> None:
    cutoff = time.time() - MAX_AGE_SECONDS
    for path in directory.iterdir():
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
        except OSError:
            continue


def keep(data: bytes, filename: str, user_id: int) -> str:
    directory = _dir()
    _prune(directory)
    token = secrets.token_hex(16)
    (directory / f"{token}.bin").write_bytes(data)
    (directory / f"{token}.json").write_text(json.dumps({"filename": filename, "user_id": user_id}))
    return token


def load(token: str, user_id: int) -> tuple[bytes, str] | None:
    """The upload's bytes and file name, or None (unknown, expired, or someone else's)."""
    if not _TOKEN.match(token or ""):
        return None
    directory = _dir()
    try:
        meta = json.loads((directory / f"{token}.json").read_text())
        data = (directory / f"{token}.bin").read_bytes()
    except (OSError, ValueError):
        return None
    if meta.get("user_id") != user_id:
        return None
    return data, str(meta.get("filename") or "upload.txt")


def discard(token: str) -> None:
    if _TOKEN.match(token or ""):
        directory = _dir()
        for suffix in (".bin", ".json"):
            (directory / f"{token}{suffix}").unlink(missing_ok=True)
