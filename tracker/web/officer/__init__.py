"""The officer workspace: import with preview, review, obligation pages, status updates, my work."""

from tracker.web.officer import candidates  # noqa: F401  (adds the owner candidates' routes to bp)
from tracker.web.officer.views import bp

__all__ = ["bp"]
