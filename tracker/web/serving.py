"""The one place that decides how requests reach the app: the client's address and scheme behind
reverse proxies, and the production server's (waitress's) connection limit and threads.

Behind ``TRUSTED_PROXIES`` proxies the app itself reads ``X-Forwarded-For/Proto/Host/Port``
(werkzeug's ProxyFix, taking the last *n* hops), so every WSGI server gets the same answer. Waitress
strips those headers before the app sees them unless told otherwise, so :func:`waitress_options`
turns that clearing off exactly when the app trusts proxies; with no trusted proxy it stays on.
"""

from __future__ import annotations

import gc
import logging
import time
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix


def trust_proxies(app: Flask) -> None:
    """Wrap the app so ``request.remote_addr`` and ``request.scheme`` are the client's."""
    n = int(app.config.get("TRUSTED_PROXIES") or 0)
    if n:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n)


def waitress_options(config: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for ``waitress.create_server`` from the app's configuration."""
    return {
        "threads": config["WEB_THREADS"],
        "connection_limit": config["WEB_CONNECTION_LIMIT"],
        # the app (ProxyFix above) decides what a forwarded header means; waitress must pass them on
        "clear_untrusted_proxy_headers": not config.get("TRUSTED_PROXIES"),
        "ident": "mandate-tracker",
    }


#: a collection of the youngest generation once this many more objects were made than freed
#: (CPython's default: 700)
YOUNG_COLLECTION_THRESHOLD = 10_000


def settle_heap() -> None:
    """What the garbage collector of a server's process walks, set once its app is made: the
    objects made at start-up (the modules, the app, its routes, templates and statements: ≈ 139,000
    on the bench's app) frozen out of its passes (``gc.freeze``), so that a full collection walks
    only what requests made since (≈ 70 ms each, once every ≈ 150 overviews, on 5 December 2026's
    machine: ≈ 0.45 ms an overview on average); and the youngest generation collected after
    10,000 more objects rather than 700: a page of the API list holds a few thousand containers
    alive while it is made (its 100 rows), and every 700 of them a collection walked them all, at
    almost every request (≈ 2 % of its CPU). A page leaves no cycle of its own to collect sooner
    (``tracker.web.templating``). For the processes that serve (``tracker serve``, the bench's
    server), not for every process that makes an app (tests, the CLI)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])


class _OncePerInterval(logging.Filter):
    """Let one record through per ``interval`` seconds (waitress warns on every queued request)."""

    def __init__(self, interval: float = 60.0):
        super().__init__()
        self.interval = interval
        self._last = 0.0
        self._suppressed = 0

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now - self._last < self.interval:
            self._suppressed += 1
            return False
        if self._suppressed:
            record.msg = f"{record.msg} (and {self._suppressed} such warnings in the last minute)"
            self._suppressed = 0
        self._last = now
        return True


def quiet_queue_warnings() -> None:
    """Under load waitress logs 'Task queue depth is N' per request: keep one a minute."""
    logger = logging.getLogger("waitress.queue")
    if not any(isinstance(f, _OncePerInterval) for f in logger.filters):
        logger.addFilter(_OncePerInterval())
