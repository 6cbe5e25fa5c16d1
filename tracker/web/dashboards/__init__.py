"""Delegation dashboards: overview, resolution, owner, session, timeline, search, following."""

from tracker.web.dashboards.views import bp

__all__ = ["bp"]
