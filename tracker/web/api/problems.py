"""Errors as RFC 9457 problem details: ``application/problem+json`` with type, title, status, detail."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from typing import Any

from flask import Response, json, request
from werkzeug.exceptions import HTTPException

from tracker.services.errors import ServiceError

PROBLEM_TYPE_BASE = "https://mandate-tracker.invalid/problems/"
MEDIA_TYPE = "application/problem+json"


class Problem(Exception):
    """Raise from a view to answer with a problem document."""

    def __init__(self, status: int, detail: str | None = None, *, type_: str | None = None,
                 title: str | None = None, headers: dict[str, str] | None = None, **extensions: Any):
        super().__init__(detail or "")
        self.status = int(status)
        self.detail = detail
        self.type_ = type_
        self.title = title
        self.headers = headers or {}
        self.extensions = extensions


def problem_response(status: int, detail: str | None = None, *, type_: str | None = None,
                     title: str | None = None, headers: dict[str, str] | None = None,
                     **extensions: Any) -> Response:
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    body: dict[str, Any] = {
        # "about:blank" means: the status code says it all (RFC 9457 §4.2.1)
        "type": PROBLEM_TYPE_BASE + type_ if type_ else "about:blank",
        "title": title or phrase,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    body["instance"] = request.path
    body.update(extensions)
    response = Response(json.dumps(body), status=status, mimetype=MEDIA_TYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def from_problem(exc: Problem) -> Response:
    return problem_response(exc.status, exc.detail, type_=exc.type_, title=exc.title,
                            headers=exc.headers, **exc.extensions)


def from_http_exception(exc: HTTPException) -> Response:
    code = exc.code or 500
    headers = {}
    detail = exc.description if code != 500 else None
    if code == 405 and getattr(exc, "valid_methods", None):
        headers["Allow"] = ", ".join(sorted(exc.valid_methods))
        detail = f"use {headers['Allow']}"
    if code == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="api"'
    return problem_response(code, detail, headers=headers)


#: a refusal's problem type and title, where the status alone does not say it (by ``code``)
SERVICE_PROBLEMS = {
    "stale_obligation": ("stale-version", "Changed since you read it"),
    "already_imported": ("already-imported", None),
}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def from_service_error(exc: ServiceError) -> Response:
    """A service's refusal as problem details: its status by kind, its English sentence as the
    detail, its ``field`` as the one invalid member of ``errors``, and its details."""
    from tracker.web.errors import status_for

    type_, title = SERVICE_PROBLEMS.get(exc.code or "", (None, None))
    extensions = _jsonable(exc.details())
    if exc.field:
        extensions.setdefault("errors", {exc.field: [str(exc)]})
    return problem_response(status_for(exc), str(exc) or None, type_=type_, title=title, **extensions)


def is_api_request() -> bool:
    return request.path == "/api/v1" or request.path.startswith("/api/v1/")
