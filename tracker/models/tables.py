"""The register's tables as SQLAlchemy Core ``Table`` objects, one name each, for statements that
read or write rows without loading objects (the reminder queue, the rows of pages): Core
statements compile without the ORM's machinery."""

from __future__ import annotations

from tracker.models.obligations import Evidence, Obligation, ObligationItem
from tracker.models.people import Entity, FocalPoint, User
from tracker.models.reminders import Reminder, Subscription
from tracker.models.resolutions import DocumentReference, Footnote, Paragraph, Resolution, ResolutionLink

obligations = Obligation.__table__
obligation_items = ObligationItem.__table__
evidence = Evidence.__table__
entities = Entity.__table__
focal_points = FocalPoint.__table__
users = User.__table__
subscriptions = Subscription.__table__
reminders = Reminder.__table__
resolutions = Resolution.__table__
paragraphs = Paragraph.__table__
footnotes = Footnote.__table__
document_references = DocumentReference.__table__
resolution_links = ResolutionLink.__table__
