"""The domain model, one module per aggregate. Importing this package registers every table."""

from tracker.models.audit import AuditEntry
from tracker.models.calendar import BodySetting, OfficialSession
from tracker.models.enums import (
    DEFAULT_MANDATE_EXPIRING_DAYS,
    OPEN_STATUSES,
    TRACKED_KINDS,
    Body,
    DeliveryMode,
    EntityKind,
    EvidenceKind,
    MandateState,
    ObligationKind,
    ObligationStatus,
    ParagraphKind,
    ReminderStatus,
    Role,
    SubscriptionTarget,
)
from tracker.models.obligations import (
    Evidence,
    HistoryEntry,
    Obligation,
    ObligationItem,
    obligation_owners,
)
from tracker.models.people import ApiToken, Entity, EntityAlias, FocalPoint, User, user_entities
from tracker.models.reminders import OutboxMessage, Reminder, SchedulerRun, Subscription
from tracker.models.resolutions import (
    DocumentReference,
    Footnote,
    Paragraph,
    Resolution,
    ResolutionLink,
    paragraph_footnotes,
)

__all__ = [
    "DEFAULT_MANDATE_EXPIRING_DAYS",
    "OPEN_STATUSES",
    "TRACKED_KINDS",
    "ApiToken",
    "AuditEntry",
    "Body",
    "BodySetting",
    "DeliveryMode",
    "DocumentReference",
    "Entity",
    "EntityAlias",
    "EntityKind",
    "Evidence",
    "EvidenceKind",
    "FocalPoint",
    "Footnote",
    "HistoryEntry",
    "MandateState",
    "Obligation",
    "ObligationItem",
    "ObligationKind",
    "ObligationStatus",
    "OfficialSession",
    "OutboxMessage",
    "Paragraph",
    "ParagraphKind",
    "Reminder",
    "SchedulerRun",
    "ReminderStatus",
    "Resolution",
    "ResolutionLink",
    "Role",
    "Subscription",
    "SubscriptionTarget",
    "User",
    "obligation_owners",
    "paragraph_footnotes",
    "user_entities",
]
