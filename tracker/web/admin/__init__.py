"""Admin pages: users, entities with aliases, focal points, the audit log, official session dates."""

from tracker.web.admin import curation  # noqa: F401  (adds its routes, merge and delete, to bp)
from tracker.web.admin.views import bp

__all__ = ["bp"]
