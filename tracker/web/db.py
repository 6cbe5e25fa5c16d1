"""One SQLAlchemy session per request, rolled back and closed at the end of it.

Views never commit by hand: they call the services inside ``with writing(form) as outcome:``,
the web's one commit. A ``ServiceError`` rolls the request's work back, there or in the
boundary's handler (``tracker.web.errors``).

A request whose transaction PostgreSQL aborted in favour of a concurrent one (a deadlock broken,
a serialization failure) wrote nothing, and runs again (``TrackerFlask``), up to ``ATTEMPTS``
times in all: two officers saving at the same moment both see their change saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from flask import Flask, abort, current_app, g, render_template, request
from flask_login import AnonymousUserMixin
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tracker.services.errors import Forbidden, NotFound, ServiceError

log = logging.getLogger(__name__)
#: what a client is told to wait before trying again while the database is unreachable
RETRY_AFTER_SECONDS = 30
#: PostgreSQL's SQLSTATEs for a transaction aborted in favour of a concurrent one:
#: serialization_failure and deadlock_detected. Nothing it wrote stays; running it again is safe.
LOST_TO_A_CONCURRENT_TRANSACTION = frozenset({"40001", "40P01"})
#: how many times a request runs in all when its transaction keeps losing to concurrent ones
ATTEMPTS = 3

T = TypeVar("T")


def get_db() -> Session:
    if "db" not in g:
        g.db = current_app.extensions["tracker"].sessionmaker()
    return g.db


def get_or_404(model: type[T], ident: int) -> T:
    """The row of ``model`` with this primary key, or a 404."""
    row = get_db().get(model, ident)
    if row is None:
        abort(404)
    return row


def rollback() -> None:
    """Drop what the request's services wrote (nothing to do if it opened no session)."""
    session: Session | None = g.get("db")
    if session is not None:
        session.rollback()


@dataclass
class Outcome:
    """What a ``writing`` block came to: nothing (committed), or the refusal (rolled back)."""

    error: ServiceError | None = None
    #: the form was posted (``submit``); a page that shows it (GET) writes nothing and is not ok
    submitted: bool = True
    #: the form did not validate, so nothing was written (``submit``)
    invalid: bool = False
    #: what the write returned (``submit``)
    value: Any = None

    @property
    def ok(self) -> bool:
        return self.submitted and self.error is None and not self.invalid

    @property
    def status(self) -> int:
        """The status to render the form (again) with: 400 for an invalid form, the refusal's
        status, 200 when there is neither (a form not posted yet)."""
        from tracker.web.errors import status_for

        if self.invalid:
            return 400
        return 200 if self.error is None else status_for(self.error)


@contextmanager
def writing(form: Any = None, *, handle: bool = True, show: bool = True,
            fields: Mapping[str, str] | None = None) -> Iterator[Outcome]:
    """Run a view's service calls, then commit: the one commit of the web layer.

    A refusal (``ServiceError``) rolls back. With ``handle``, the view answers it: ``outcome``
    holds it and, with ``show``, it is put on the field of ``form`` it concerns (``fields``
    renames a service's field to the form's) or flashed, in the reader's language. A
    ``NotFound`` or ``Forbidden`` is not the form's business, and without ``handle`` (the API;
    writes with no form) no refusal is: those go on to the boundary, which maps them."""
    from tracker.web.messages import show_error

    outcome = Outcome()
    try:
        yield outcome
    except ServiceError as exc:
        rollback()
        if not handle or isinstance(exc, (NotFound, Forbidden)):
            raise
        outcome.error = exc
        if show:
            show_error(exc, form, fields)
    else:
        get_db().commit()


def submit(form: Any, write: Callable[[], Any], **options: Any) -> Outcome:
    """A posted form: validated, then ``write()`` inside ``writing(form, **options)``. The outcome
    is ``ok`` with the write's ``value``, or says the status to render the form (again) with: a
    form not posted (the page that shows it) writes nothing, 200."""
    if not form.is_submitted():
        return Outcome(submitted=False)
    if not form.validate():
        return Outcome(invalid=True)
    with writing(form, **options) as outcome:
        outcome.value = write()
    return outcome


def _close_db(_exc: BaseException | None) -> None:
    session: Session | None = g.pop("db", None)
    if session is not None:
        session.rollback()
        session.close()


class RunAgain(Exception):
    """The request's transaction lost to a concurrent one and has attempts left."""


class TrackerFlask(Flask):
    """Flask that runs a request again, from its start, when its transaction lost to a concurrent
    one (``_unavailable`` raises ``RunAgain``): the request's session rolled back, its uploads
    rewound, every ``before_request`` check (sign-in, CSRF) made again."""

    def full_dispatch_request(self):
        g.attempts_left = ATTEMPTS - 1
        while True:
            try:
                return super().full_dispatch_request()
            except RunAgain as exc:
                rollback()
                g.attempts_left -= 1
                log.warning("%s %s lost to a concurrent transaction (%s); running it again",
                            request.method, request.path, exc.__cause__)
                for upload in request.files.values():
                    upload.stream.seek(0)


def _unavailable(exc: OperationalError):
    """The database cannot be reached (or cannot be written): 503 with Retry-After, the site's own
    page (or problem details under /api/), the reason in the log only. A transaction that lost to
    a concurrent one runs again while it has attempts left."""
    if getattr(exc.orig, "sqlstate", None) in LOST_TO_A_CONCURRENT_TRANSACTION and g.get("attempts_left"):
        raise RunAgain(str(exc.orig).splitlines()[0]) from exc
    log.error("database unavailable: %s", str(exc.orig if exc.orig is not None else exc).splitlines()[0])
    g._login_user = AnonymousUserMixin()  # rendering must not ask the database who is signed in
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    if request.path.startswith("/api/"):
        from tracker.web.api.problems import problem_response

        return problem_response(503, "the database cannot be reached; try again later", headers=headers)
    try:
        return render_template("errors/unavailable.html"), 503, headers
    except Exception:  # noqa: BLE001 - the page itself needed the database: plain text then
        return "Temporarily unavailable: please try again in a minute.", 503, headers


def init_db(app: Flask) -> None:
    app.teardown_appcontext(_close_db)
    app.register_error_handler(OperationalError, _unavailable)
