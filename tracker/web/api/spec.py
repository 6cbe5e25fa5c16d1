"""The OpenAPI 3 document, generated from the routes themselves.

Each API view carries its documentation in an ``@operation(...)`` decorator next to its code (the
marshmallow schemas it uses, the status codes it answers with); ``build_spec`` walks the app's URL
map, so a route cannot exist without appearing in the document, with its path parameters taken
from the rule's converters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Flask

from tracker.db import MAX_ID
from tracker.web.api.problems import MEDIA_TYPE
from tracker.web.api.schemas import ProblemSchema

API_VERSION = "1.0.0"
_RULE_ARG = re.compile(r"<(?:(?P<conv>\w+)(?:\([^)]*\))?:)?(?P<name>\w+)>")

#: What every status code means when an operation does not say more.
_DEFAULT_ERRORS = {
    400: "The request is malformed or a parameter is invalid.",
    401: "No valid API token (missing, unknown or revoked).",
    403: "The token's user may not do this.",
    404: "Not found.",
    409: "Conflict with the current state.",
    413: "The upload is too large.",
    415: "Unsupported media type.",
    422: "Understood but cannot be processed.",
}


def operation(
    *,
    summary: str,
    tags: list[str],
    query: type | None = None,
    body: type | None = None,
    form: type | None = None,
    response: type | None = None,
    status: int = 200,
    errors: tuple[int, ...] = (),
    auth: bool = False,
    description: str | None = None,
    params: dict[str, dict[str, Any]] | None = None,
) -> Callable:
    """Document an API view (nothing changes in how it runs)."""

    def decorate(view: Callable) -> Callable:
        view._openapi = {  # type: ignore[attr-defined]
            "summary": summary, "tags": tags, "query": query, "body": body, "form": form,
            "response": response, "status": status, "errors": errors, "auth": auth,
            "description": description or (view.__doc__ or "").strip() or None,
            "params": params or {},
        }
        return view

    return decorate


def _openapi_path(rule: str, prefix: str) -> tuple[str, list[tuple[str, str]]]:
    args: list[tuple[str, str]] = []

    def sub(match: re.Match) -> str:
        args.append((match["name"], match["conv"] or "string"))
        return "{" + match["name"] + "}"

    return _RULE_ARG.sub(sub, rule).removeprefix(prefix) or "/", args


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {MEDIA_TYPE: {"schema": "Problem"}}}


def build_spec(app: Flask, *, server_url: str = "/api/v1") -> dict[str, Any]:
    spec = APISpec(
        title="Mandate Tracker API",
        version=API_VERSION,
        openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        info={
            "description": (
                "United Nations resolutions as a register of obligations. Reads are open like the "
                "dashboards (unless the site requires a login); writes need an API token of an officer "
                "or admin, sent as `Authorization: Bearer <token>` (create one under *API tokens*). "
                "Errors are RFC 9457 problem details (`application/problem+json`)."
            ),
        },
        servers=[{"url": server_url}],
    )
    spec.components.schema("Problem", schema=ProblemSchema)
    spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    rules = sorted(app.url_map.iter_rules(), key=lambda r: r.rule)
    for rule in rules:
        view = app.view_functions.get(rule.endpoint)
        doc = getattr(view, "_openapi", None)
        if doc is None or not rule.rule.startswith(server_url):
            continue
        path, args = _openapi_path(rule.rule, server_url)
        operations: dict[str, Any] = {}
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            operations[method.lower()] = _operation(doc, args, rule.endpoint, method)
        spec.path(path=path, operations=operations)
    return spec.to_dict()


def _operation(
    doc: dict[str, Any], args: list[tuple[str, str]], endpoint: str, method: str
) -> dict[str, Any]:
    parameters: list[dict[str, Any]] = []
    for name, conv in args:
        schema: dict[str, Any] = {"type": "string", "minLength": 1}
        if conv == "int":
            schema = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
        extra = doc["params"].get(name, {})
        parameters.append({"in": "path", "name": name, "required": True, "schema": schema, **extra})
    if doc["query"] is not None:
        parameters.append({"in": "query", "schema": doc["query"]})
    op: dict[str, Any] = {
        "operationId": endpoint.split(".", 1)[-1] if method == "GET" or "." not in endpoint
        else f"{endpoint.split('.', 1)[-1]}_{method.lower()}",
        "summary": doc["summary"],
        "tags": doc["tags"],
        "parameters": parameters,
    }
    if doc["description"]:
        op["description"] = doc["description"]
    if doc["body"] is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": doc["body"]}}}
    if doc["form"] is not None:
        op["requestBody"] = {"required": True, "content": {"multipart/form-data": {"schema": doc["form"]}}}
    responses: dict[str, Any] = {}
    ok: dict[str, Any] = {"description": "OK" if doc["status"] == 200 else "Created"}
    if doc["response"] is not None:
        ok["content"] = {"application/json": {"schema": doc["response"]}}
    responses[str(doc["status"])] = ok
    codes = set(doc["errors"]) | {400}
    if doc["auth"]:
        codes |= {401, 403}
        op["security"] = [{"bearerAuth": []}]
    else:
        # reads take an optional token: a bad one is refused, and the site may require one
        op["security"] = [{}, {"bearerAuth": []}]
        codes |= {401}
    for code in sorted(codes):
        responses[str(code)] = _problem(_DEFAULT_ERRORS.get(code, "Error"))
    op["responses"] = responses
    return op
