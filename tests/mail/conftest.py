"""The mail tests share the SMTP server fixture of the reminder tests."""

from tests.reminders.conftest import seed, settings, smtp_server  # noqa: F401
