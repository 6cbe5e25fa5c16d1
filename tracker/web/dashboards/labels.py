"""Translated names of the stored vocabularies, for templates and charts."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

STATUS_LABELS = {
    "not_started": _l("Not started"),
    "in_progress": _l("In progress"),
    "completed": _l("Completed"),
    "ongoing": _l("Ongoing"),
    "not_applicable": _l("Not applicable"),
    "overdue": _l("Overdue"),
}

KIND_LABELS = {
    "report": _l("Report"),
    "agenda": _l("Agenda item"),
    "action": _l("Action"),
    "mandate": _l("Mandate"),
    "exhortation": _l("Exhortation"),
    "declaratory": _l("Declaratory"),
}

#: where a mandate stands (``Obligation.mandate_state``)
MANDATE_LABELS = {
    "active": _l("Active"),
    "expiring": _l("Expiring"),
    "expired": _l("Expired"),
    "renewed": _l("Renewed"),
}

#: shown instead of a status on a declaratory paragraph, which asks nothing of anyone
NO_ACTION_REQUIRED = _l("No action required")

BODY_LABELS = {
    "GA": _l("General Assembly"),
    "SC": _l("Security Council"),
    "HRC": _l("Human Rights Council"),
    "ECOSOC": _l("Economic and Social Council"),
}

#: series of the deadline charts (MonthBucket fields)
BUCKET_LABELS = {
    "overdue": _l("Overdue"),
    "open": _l("Open"),
    "done": _l("Done"),
    "ongoing": _l("Ongoing"),
}
