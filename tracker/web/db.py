"""One SQLAlchemy session per request, rolled back and closed at the end of it (on PostgreSQL, a
transaction that wrote nothing is committed instead, the same for it, so that the connection keeps
the statements psycopg prepared: ``tracker.db.end_if_nothing_written``).

Views never commit by hand: they call the services inside ``with writing(form) as outcome:``,
the web's one commit. A ``ServiceError`` rolls the request's work back, there or in the
boundary's handler (``tracker.web.errors``).

A request whose transaction PostgreSQL aborted in favour of a concurrent one (a deadlock broken,
a serialization failure) wrote nothing, and runs again (``TrackerFlask``), up to ``ATTEMPTS``
times in all: two officers saving at the same moment both see their change saved. So does a
request whose pooled connection the server had dropped (a restart, an idle connection closed),
when it meets that before asking for a commit: a request's connection is therefore not checked
before use (a round trip a request saved); outside a request (the scheduler's jobs, the CLI, a
delivery thread), where nothing runs again, it is. After a commit was asked for, a lost
connection leaves the outcome unknown (the COMMIT may have been applied): 503, never run again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from flask import Flask, abort, current_app, g, render_template, request
from flask_login import AnonymousUserMixin
from sqlalchemy import Engine, event
from sqlalchemy.exc import InvalidatePoolError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from tracker.db import end_if_nothing_written, note_reads, plan_every_execution
from tracker.services.errors import Forbidden, NotFound, ServiceError
from tracker.web.templating import TemplatesPerLanguage

log = logging.getLogger(__name__)
#: what a client is told to wait before trying again while the database is unreachable
RETRY_AFTER_SECONDS = 30
#: PostgreSQL's SQLSTATEs for a transaction aborted in favour of a concurrent one:
#: serialization_failure and deadlock_detected. Nothing it wrote stays; running it again is safe.
LOST_TO_A_CONCURRENT_TRANSACTION = frozenset({"40001", "40P01"})
#: how many times a request runs in all when its transaction keeps losing to concurrent ones (or
#: its connection keeps turning out dropped)
ATTEMPTS = 3
#: True while ``TrackerFlask`` dispatches a request (which runs again on a dropped connection)
_DISPATCHING: ContextVar[bool] = ContextVar("tracker_dispatching", default=False)
#: the ``Session.info`` key set once a request's session was asked to commit
_COMMIT_ASKED = "commit_asked"
#: the ``Session.info`` key of the connection the request's session last began a transaction on
_CONNECTION = "connection"

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


def _close_db(exc: BaseException | None) -> None:
    session: Session | None = g.pop("db", None)
    if session is not None:
        if exc is None:
            _end_if_nothing_written(session)
        session.rollback()
        session.close()


def _end_if_nothing_written(session: Session) -> None:
    """On PostgreSQL, end a request's transaction that wrote nothing with COMMIT, not ROLLBACK
    (``tracker.db.end_if_nothing_written``: psycopg deallocates every prepared statement at a
    ROLLBACK, so each request's statements were planned again). Only the connection the session
    last began a transaction on, while that transaction is active: no connection is opened here,
    and a session whose transaction failed or ended is left to the rollback that follows."""
    connection = session.info.pop(_CONNECTION, None)
    transaction = session.get_transaction()
    if connection is not None and transaction is not None and transaction.is_active:
        end_if_nothing_written(connection)


def _note_connection(session: Session, _transaction: Any, connection: Any) -> None:
    session.info[_CONNECTION] = connection


class RunAgain(Exception):
    """The request wrote nothing (its transaction lost to a concurrent one, or its connection was
    dropped before it asked for a commit) and has attempts left; the message says which."""


def run_again_if_nothing_written(exc: SQLAlchemyError) -> None:
    """Raise ``RunAgain`` when the database error ``exc`` left nothing of the request written and
    the request has attempts left: its transaction lost to a concurrent one, or its connection
    turned out dropped (SQLAlchemy invalidated it) before the request's session was asked to
    commit. Otherwise return (the caller answers the error)."""
    if not g.get("attempts_left"):
        return
    orig = getattr(exc, "orig", None)  # the driver's error (a DBAPIError's)
    reason = str(orig if orig is not None else exc).splitlines()[0]
    if getattr(orig, "sqlstate", None) in LOST_TO_A_CONCURRENT_TRANSACTION:
        raise RunAgain(f"lost to a concurrent transaction ({reason})") from exc
    session: Session | None = g.get("db")
    if (getattr(exc, "connection_invalidated", False)
            and not (session is not None and session.info.get(_COMMIT_ASKED))):
        raise RunAgain(f"met a dropped database connection ({reason})") from exc


class TrackerFlask(Flask):
    """Flask that runs a request again, from its start, when it wrote nothing and can succeed on a
    second try (``run_again_if_nothing_written`` raises ``RunAgain``): the request's session
    rolled back, its uploads rewound, every ``before_request`` check (sign-in, CSRF) made again.
    Its templates are compiled once per language (``TemplatesPerLanguage``)."""

    jinja_environment = TemplatesPerLanguage

    def full_dispatch_request(self):
        g.attempts_left = ATTEMPTS - 1
        dispatching = _DISPATCHING.set(True)
        try:
            while True:
                try:
                    return super().full_dispatch_request()
                except RunAgain as exc:
                    rollback()
                    g.attempts_left -= 1
                    log.warning("%s %s %s; running it again", request.method, request.path, exc)
                    for upload in request.files.values():
                        upload.stream.seek(0)
        finally:
            _DISPATCHING.reset(dispatching)


def _unavailable(exc: OperationalError):
    """The database cannot be reached (or cannot be written): 503 with Retry-After, the site's own
    page (or problem details under /api/), the reason in the log only. A request that wrote
    nothing runs again while it has attempts left (``run_again_if_nothing_written``)."""
    run_again_if_nothing_written(exc)
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


def _ping_outside_requests(engine: Engine) -> Callable[..., None]:
    """The pool's checkout check for the app's engine (created without ``pool_pre_ping``): outside
    a request a pooled connection is pinged before use, as SQLAlchemy's pre-ping does (a dropped
    one replaced, the pool's older connections with it); in a request it is not."""

    def checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if _DISPATCHING.get():
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            if engine.dialect.is_disconnect(exc, dbapi_connection, None):
                raise InvalidatePoolError("a pooled connection was dropped by the server") from exc
            raise

    return checkout


def _commit_asked(session: Session) -> None:
    session.info[_COMMIT_ASKED] = True


def init_db(app: Flask) -> None:
    state = app.extensions["tracker"]
    event.listen(state.engine, "checkout", _ping_outside_requests(state.engine))
    event.listen(state.sessionmaker, "before_commit", _commit_asked)
    event.listen(state.sessionmaker, "after_begin", _note_connection)
    plan_every_execution(state.engine)
    if state.engine.dialect.name == "postgresql":  # what ``end_if_nothing_written`` reads
        note_reads(state.engine)
    app.teardown_appcontext(_close_db)
    app.register_error_handler(OperationalError, _unavailable)
