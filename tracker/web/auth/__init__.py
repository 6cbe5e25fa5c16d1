"""Signing in and out, and changing one's password."""

from tracker.web.auth.views import bp

__all__ = ["bp"]
