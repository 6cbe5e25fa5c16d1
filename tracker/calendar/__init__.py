"""Bodies, sessions, rules and due dates: the United Nations calendar as plain Python.

Pure: standard library only, no Flask, no SQLAlchemy, no clock (``today`` is always an argument).

    >>> from tracker.calendar import Calendar
    >>> cal = Calendar()
    >>> cal.session_dates("GA", 73).opens_on.isoformat()
    '2018-09-18'
"""

from tracker.calendar.bodies import Body, format_session
from tracker.calendar.core import DEFAULT_DOCUMENTATION_LEAD, Calendar, SessionDates, session_body
from tracker.calendar.due import DeadlineLike, DueDate
from tracker.calendar.durations import Duration, add_duration, add_months
from tracker.calendar.errors import (
    CalendarError,
    DeadlineError,
    NoSessionsError,
    UnknownSessionError,
)
from tracker.calendar.rules import GA_OPENING_RULES, Source, ga_year

__all__ = [
    "DEFAULT_DOCUMENTATION_LEAD",
    "GA_OPENING_RULES",
    "Body",
    "Calendar",
    "CalendarError",
    "DeadlineError",
    "DeadlineLike",
    "DueDate",
    "Duration",
    "NoSessionsError",
    "SessionDates",
    "Source",
    "UnknownSessionError",
    "add_duration",
    "add_months",
    "format_session",
    "ga_year",
    "session_body",
]
