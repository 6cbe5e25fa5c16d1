"""The vocabularies stored as strings. ``StrEnum`` members compare equal to what the database returns."""

from enum import StrEnum

# The vocabularies the domain packages define, re-exported so models and services share them:
# the bodies (with their names and sessions) from the calendar, the kinds from the parser.
from tracker.calendar.bodies import Body  # noqa: F401

#: days before its end that a mandate counts as *expiring* unless configured otherwise
from tracker.config import DEFAULT_MANDATE_EXPIRING_DAYS  # noqa: F401
from tracker.parsing.types import TRACKED_KINDS, ObligationKind  # noqa: F401


class ParagraphKind(StrEnum):
    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    SUBPARAGRAPH = "subparagraph"
    #: a numbered paragraph of an annexed instrument (eId ``annex_1__para_77``)
    ANNEX = "annex"


class ObligationStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ONGOING = "ongoing"
    NOT_APPLICABLE = "not_applicable"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


#: Statuses that still call for work: reminders go out and *overdue* can apply.
OPEN_STATUSES = frozenset({ObligationStatus.NOT_STARTED, ObligationStatus.IN_PROGRESS})


class MandateState(StrEnum):
    """Where a mandate stands: it expires, it does not fall due (``Obligation.mandate_state``)."""

    ACTIVE = "active"
    #: expires within the configured window (``MANDATE_EXPIRING_DAYS``, 90 by default)
    EXPIRING = "expiring"
    #: past its end and no later resolution renewed it
    EXPIRED = "expired"
    #: a later resolution extended or renewed it (``Obligation.renewed_by_id``)
    RENEWED = "renewed"


class EntityKind(StrEnum):
    SECRETARIAT = "secretariat"
    UN_SYSTEM = "un_system"
    ORGAN = "organ"
    MEMBER_STATE = "member_state"
    #: the Holy See and the State of Palestine
    OBSERVER_STATE = "observer_state"
    OTHER_ORGANIZATION = "other_organization"
    OTHER = "other"


class CandidateStatus(StrEnum):
    """An owner candidate waits for a reviewer, or was rejected (accepted ones become entities or
    aliases and are no candidates any more)."""

    PENDING = "pending"
    #: not an owner: a re-import of the same words does not bring it back
    REJECTED = "rejected"


class Role(StrEnum):
    ADMIN = "admin"
    OFFICER = "officer"
    DELEGATION = "delegation"


class SubscriptionTarget(StrEnum):
    RESOLUTION = "resolution"
    ENTITY = "entity"
    SESSION = "session"


class DeliveryMode(StrEnum):
    REMINDERS = "reminders"
    DIGEST = "digest"


class ReminderStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    #: covered by a focal point's session digest: holds the obligation's key, never sent itself
    DIGESTED = "digested"


class EvidenceKind(StrEnum):
    SYMBOL = "symbol"
    LINK = "link"
