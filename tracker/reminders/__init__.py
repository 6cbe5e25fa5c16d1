"""Reminders: stages, the ledger pass (queue, claim, send, stamp), digests, jobs, the scheduler.

Who gets what at a stage: a focal point with two or more obligations awaiting the same session
gets one session digest ("GA 81 opens in 30 days: your 4 reports due"), its obligations recorded as
``digested`` member rows; an officer of the owning entities one digest per pass with all that
came due for them, whatever its session, date or stage ("Reminders for 12 obligations: 3
overdue, …"), also over ``digested`` member rows; everything else (a focal point's date,
relative and recurring deadlines, an obligation alone at its session, followers in ``reminders``
mode) one message per obligation; followers in ``digest`` mode the followers' digest; the
password-reset e-mail (``password_reset.py``). Every message is a ledger row, exactly once.

No Flask here: the CLI and the web layer hand in a session factory, ``now`` and the settings.
"""

from tracker.reminders.ledger import PassResult, run_pass
from tracker.reminders.queue import queue_reminders
from tracker.reminders.settings import ReminderSettings
from tracker.reminders.stages import DueStage, due_stage

__all__ = [
    "DueStage",
    "PassResult",
    "ReminderSettings",
    "due_stage",
    "queue_reminders",
    "run_pass",
]
