"""What a service refuses, in four kinds: the one family of errors the web layer maps.

A service raises one of these and knows nothing of HTTP; ``tracker.web.errors`` turns each kind
into a page (a translated message and a status) and ``tracker.web.api.problems`` into problem
details, once for every view:

- :class:`NotFound`   - the thing asked for does not exist (or is not visible to this actor);
- :class:`Forbidden`  - the actor may not do this;
- :class:`Conflict`   - the state changed meanwhile (a stale version, a second import of a symbol);
- :class:`Invalid`    - the input cannot be taken; ``field`` names the form field it concerns.

``str()`` is a plain English sentence (CLI, API, logs); ``code`` and ``params`` let the web say it
in the reader's language (``tracker.web.messages``), next to ``field`` when the form has one.
"""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """A service's refusal; nothing it did should be kept (callers roll back)."""

    def __init__(self, message: str = "", *, code: str | None = None, field: str | None = None,
                 **params: Any):
        super().__init__(message)
        self.code = code
        self.field = field
        self.params = params

    def details(self) -> dict[str, Any]:
        """What a client may need besides the sentence (the API adds it to the problem document)."""
        return {}


class NotFound(ServiceError, LookupError):
    """The thing asked for does not exist, or this actor may not know that it does."""


class Forbidden(ServiceError):
    """The actor may not do this."""


class Conflict(ServiceError):
    """The state changed meanwhile, or already holds what was to be created."""


class Invalid(ServiceError, ValueError):
    """Input the service cannot take. Still a ``ValueError``, as the older classes it replaces
    were, so that callers outside the web (the CLI) catching those keep working."""
