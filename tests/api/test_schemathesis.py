"""schemathesis against the OpenAPI document, with the app served on loopback: for every
operation, generated requests find no server error and no response the document does not allow.

Writes are exercised with an admin's token, so generated status updates and imports reach the
services (and mostly get 404/409/422, each of which must be documented and well-formed)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.conftest import bearer

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
#: per operation; 15 operations x 25 examples runs in well under a minute
EXAMPLES = 25


def _exercise(operation, base_url: str, headers: dict[str, str]) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(base_url=base_url, headers=headers, checks=CHECKS, timeout=30)

    run()


def test_api_conforms_to_its_openapi_document(live_server, seeded):
    schema = schemathesis.openapi.from_url(f"{live_server}/api/v1/openapi.json")
    base_url = f"{live_server}/api/v1"
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    failures = []
    for operation in operations:
        headers = bearer(seeded.admin) if operation.method.upper() == "POST" else {}
        try:
            _exercise(operation, base_url, headers)
        except Exception as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    if failures:
        pytest.fail("\n\n".join(failures))
