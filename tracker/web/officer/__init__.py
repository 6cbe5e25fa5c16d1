"""The officer workspace: import with preview, review, obligation pages, status updates, my work."""

from tracker.web.officer.views import bp

__all__ = ["bp"]
