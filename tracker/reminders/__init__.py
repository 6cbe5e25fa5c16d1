"""Reminders: stages, the ledger pass (queue, claim, send, stamp), digests, jobs, the scheduler.

No Flask here: the CLI and the web layer hand in a session factory, ``now`` and the settings.
"""

from tracker.reminders.ledger import PassResult, run_pass
from tracker.reminders.queue import cancel_pending_reminders, queue_reminders
from tracker.reminders.settings import ReminderSettings
from tracker.reminders.stages import DueStage, due_stage

__all__ = [
    "DueStage",
    "PassResult",
    "ReminderSettings",
    "cancel_pending_reminders",
    "due_stage",
    "queue_reminders",
    "run_pass",
]
