"""Mandate Tracker: United Nations resolutions as a live register of obligations.

The package root stays free of Flask so that ``tracker.parsing``, ``tracker.calendar`` and the
services can be imported by the CLI, the scheduler and the benchmarks without the web layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    from tracker.web.app import create_app as _create_app

    return _create_app(config)
