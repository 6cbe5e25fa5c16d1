"""Text and HTML bodies from ``templates/mail/<name>.txt`` and ``.html`` (Jinja2, no Flask)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tracker.paths import TEMPLATES


@lru_cache(maxsize=1)
def mail_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES / "mail")),
        # HTML bodies escape everything that comes from a resolution or a user; text bodies do not
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["longdate"] = lambda d: f"{d.day} {d:%B %Y}"
    return env


def render_mail(name: str, **context: Any) -> tuple[str, str]:
    """``(text, html)`` for the template pair ``name``."""
    env = mail_environment()
    return env.get_template(f"{name}.txt").render(**context), env.get_template(f"{name}.html").render(
        **context
    )
