"""JSON responses (``tracker.web.json``): the same JSON as Flask's own provider writes, written by
orjson; what orjson refuses, and debug mode's indented output, by Flask's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import json
import uuid

from flask.json.provider import DefaultJSONProvider
from markupsafe import Markup


@dataclasses.dataclass
class _Point:
    y: int
    x: str


def _document() -> dict:
    return {
        "zeta": 1, "alpha": [1.5, 2, None, True, False, -3, 0.1], "nested": {"b": {"d": 1, "c": 2}, "a": []},
        "day": dt.date(2026, 12, 4), "moment": dt.datetime(2026, 12, 4, 21, 5, 7, tzinfo=dt.UTC),
        "naive": dt.datetime(2026, 1, 2, 3, 4, 5), "amount": decimal.Decimal("1.10"),
        "id": uuid.UUID(int=5), "point": _Point(1, "x"), "html": Markup("<b>bold</b>"),
        "tuple": (1, "two"), "text": "plain \"quoted\" \\ / \n\t\u0001 text",
    }


def _both(app, obj) -> tuple[bytes, bytes]:
    with app.app_context():
        ours = app.json.response(obj)
        flasks = DefaultJSONProvider(app).response(obj)
    assert ours.mimetype == flasks.mimetype == "application/json"
    return ours.get_data(), flasks.get_data()


def test_a_response_is_the_json_flask_writes(app):
    ours, flasks = _both(app, _document())
    assert ours == flasks  # ASCII: the same bytes (sorted keys, compact, HTTP dates, one newline)


def test_beyond_ascii_the_same_json(app):
    obj = {"symbol": "A/RES/80/1", "title": "Résolution « ONU » — 联合国 😀", "n": 3}
    ours, flasks = _both(app, obj)
    assert json.loads(ours) == json.loads(flasks) == obj
    assert ours.endswith(b"\n")


def test_what_orjson_refuses_is_written_as_flask_writes_it(app):
    obj = {"big": 2**70, "keys": {2: "two", 10: "ten"}}
    ours, flasks = _both(app, obj)
    assert ours == flasks


def test_debug_mode_indents_as_flask_does(app):
    app.debug = True
    ours, flasks = _both(app, _document())
    assert ours == flasks
    assert b'\n  "alpha": [' in ours


def test_with_orjson_text_beyond_ascii_is_utf8(app):
    ours, flasks = _both(app, {"title": "Résolution"})
    assert ours == '{"title":"Résolution"}\n'.encode()
    assert flasks == b'{"title":"R\\u00e9solution"}\n'

