"""One error page for every status (400 … 500), in the site's layout and the reader's language.

Requests under ``/api/v1/`` get problem details instead (:mod:`tracker.web.api.problems`).
A service's refusal (:class:`tracker.services.errors.ServiceError`) that a view leaves to the
boundary is mapped here, once: its kind says the status, its code the translated sentence.
"""

from __future__ import annotations

import logging

from babel.units import format_unit
from flask import Flask, current_app, flash, render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException, InternalServerError

from tracker.services.errors import Conflict, Forbidden, Invalid, NotFound, ServiceError

log = logging.getLogger(__name__)

#: status -> (title, explanation); statuses not listed get the generic pair
MESSAGES = {
    400: (_l("Bad request"),
          _l("The request could not be understood. Go back, check the form and try again.")),
    401: (_l("Sign in first"), _l("You need to sign in to see this page.")),
    403: (_l("Not allowed"), _l("Your account may not do this.")),
    404: (_l("Page not found"),
          _l("There is no page at this address: the link may be mistyped, or its page was removed.")),
    405: (_l("Not possible here"), _l("This address does not accept that kind of request.")),
    409: (_l("Changed meanwhile"),
          _l("Someone else changed this at the same time. Reload the page and try again.")),
    413: (_l("File too large"), _l("The file is larger than the %(limit)s limit for one upload.")),
    422: (_l("Cannot be processed"), _l("The request was understood but could not be processed.")),
    429: (_l("Too many requests"), _l("Too many requests in a short time. Wait a minute and try again.")),
    500: (_l("Something went wrong"),
          _l("An error occurred on our side and was logged. Please try again in a moment.")),
}
GENERIC = (_l("Something went wrong"), _l("The request could not be completed."))

#: the status of each kind of service refusal, for pages and problem details alike
SERVICE_STATUS: dict[type[ServiceError], int] = {NotFound: 404, Forbidden: 403, Conflict: 409, Invalid: 422}


def status_for(exc: ServiceError) -> int:
    """The HTTP status of a service's refusal (422 for a kind not listed: the request was understood)."""
    for kind in type(exc).__mro__:
        if kind in SERVICE_STATUS:
            return SERVICE_STATUS[kind]
    return 422


def human_size(size: int) -> str:
    """``10485760`` -> "10 MB" in the reader's language (binary megabytes, as the limit is set)."""
    locale = str(get_locale() or "en")
    return format_unit(round(size / (1024 * 1024), 1), "digital-megabyte", length="short", locale=locale,
                       format="#,##0.#")


def upload_limit() -> int:
    """The one size limit of an uploaded resolution (the parser's), stated on the form."""
    from tracker.parsing import MAX_INPUT_BYTES

    return MAX_INPUT_BYTES


def render_error(code: int, detail: str | None = None):
    title, text = MESSAGES.get(code, GENERIC)
    return render_template(
        "errors/error.html", code=code, title=title,
        text=str(text) % {"limit": human_size(upload_limit())} if code == 413 else text,
        detail=detail,
    ), code


def _http_error(exc: HTTPException):
    from tracker.web.api.problems import from_http_exception, is_api_request

    if is_api_request():
        return from_http_exception(exc)
    code = exc.code or 500
    if code == 401 and "auth.login" in current_app.view_functions:
        return current_app.login_manager.unauthorized()
    response = render_error(code)
    if code == 405 and getattr(exc, "valid_methods", None):
        return response[0], code, {"Allow": ", ".join(sorted(exc.valid_methods))}
    if code == 429 and exc.response is not None and exc.response.headers.get("Retry-After"):
        return response[0], code, {"Retry-After": exc.response.headers["Retry-After"]}
    return response


def _service_error(exc: ServiceError):
    """A refusal no view handled itself: nothing it did is kept; the API answers problem details,
    a page the error page of its status, with the translated sentence flashed when there is one."""
    from tracker.web.api.problems import from_service_error, is_api_request
    from tracker.web.db import rollback
    from tracker.web.messages import translated_message

    rollback()
    if is_api_request():
        return from_service_error(exc)
    message = translated_message(exc)
    if message is not None:
        flash(message, "error")
    return render_error(status_for(exc))


def _server_error(exc: InternalServerError):
    original = getattr(exc, "original_exception", None)
    if original is not None:
        log.error("unhandled error on %s %s", request.method, request.path, exc_info=original)
    return _http_error(exc)


def init_errors(app: Flask) -> None:
    app.jinja_env.globals["upload_limit_text"] = lambda: human_size(upload_limit())
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(InternalServerError, _server_error)
    app.register_error_handler(ServiceError, _service_error)
