"""The dashboards' row links are built without ``url_for`` per row, and are the same strings."""

from __future__ import annotations

from flask import url_for

from tracker.web.dashboards.links import links


def test_links_are_what_url_for_gives(app):
    symbols = ["A/RES/71/19", "S/RES/2682 (2023)", "A/HRC/RES/56/16", "E/RES/2025/1", "x y#?%é"]
    for script_root in ("", "/tracker"):
        with app.test_request_context("/", base_url=f"http://localhost{script_root}"):
            made = links()
            for symbol in symbols:
                assert made.resolution(symbol) == url_for("dashboards.resolution", symbol=symbol)
            assert made.owner(42) == url_for("dashboards.owner", entity_id=42)
            assert made.session("GA", 81) == url_for("dashboards.session", body="GA", number=81)
            assert made.obligation(7) == url_for("officer.obligation", obligation_id=7)
