"""``per_request``: a value a request computes once (its translations, its locale, its links)."""

from __future__ import annotations

from flask import Flask

from tracker.web.per_request import per_request


def test_a_value_is_computed_once_a_request_and_each_time_outside_one():
    computed = []

    def compute() -> int:
        computed.append(len(computed) + 1)
        return computed[-1]

    # outside an application context: nothing to keep it on
    assert [per_request("_counted", compute), per_request("_counted", compute)] == [1, 2]
    app = Flask(__name__)
    with app.test_request_context():
        assert [per_request("_counted", compute), per_request("_counted", compute)] == [3, 3]
        assert per_request("_other", compute) == 4  # kept under its own name
    with app.test_request_context():  # the next request computes it again
        assert per_request("_counted", compute) == 5
    with app.app_context():  # an application context without a request (a CLI command) keeps it too
        assert [per_request("_counted", compute), per_request("_counted", compute)] == [6, 6]
