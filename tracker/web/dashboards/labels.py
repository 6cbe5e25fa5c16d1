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
    "exhortation": _l("Standing call"),  # DESIGN §1: "a *standing* call", counted as "Standing calls"
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

ROLE_LABELS = {
    "admin": _l("Administrator"),
    "officer": _l("Officer"),
    "delegation": _l("Delegation"),
}

ENTITY_KIND_LABELS = {
    "secretariat": _l("Secretariat"),
    "un_system": _l("UN system organization"),
    "organ": _l("United Nations organ"),
    "member_state": _l("Member State"),
    "observer_state": _l("Observer State"),
    "other_organization": _l("Other organization"),
    "other": _l("Other"),
}

#: audit log actions as the admin reads them
AUDIT_ACTION_LABELS = {
    "accept_candidate": _l("Owner candidate accepted"),
    "add_alias": _l("Alias added"),
    "add_focal_point": _l("Focal point added"),
    "assign_owner": _l("Owner assigned"),
    "bulk_change_status": _l("Status changed (several)"),
    "change_password": _l("Password changed"),
    "change_status": _l("Status changed"),
    "create_entity": _l("Entity created"),
    "create_token": _l("API token created"),
    "create_user": _l("Account created"),
    "delete_entity": _l("Entity deleted"),
    "import_resolution": _l("Resolution imported"),
    "login": _l("Signed in"),
    "login_failed": _l("Sign-in refused"),
    "merge_entity": _l("Entity merged into this one"),
    "next_occurrence": _l("Next occurrence created"),
    "publish_resolution": _l("Resolution published"),
    "reject_candidate": _l("Owner candidate rejected"),
    "remove_alias": _l("Alias removed"),
    "remove_focal_point": _l("Focal point removed"),
    "rename_entity": _l("Entity renamed"),
    "review_obligation": _l("Obligation reviewed"),
    "revoke_token": _l("API token revoked"),
    "rotate_feed_token": _l("Calendar feed address renewed"),
    "seed_entities": _l("Entities loaded"),
    "set_documentation_lead": _l("Documentation lead set"),
    "set_password": _l("Password set by an administrator"),
    "set_session_dates": _l("Session dates recorded"),
    "tick_item": _l("Sub-item ticked"),
    "unlock_user": _l("Account unlocked"),
    "update_entity": _l("Entity changed"),
    "update_user": _l("Account changed"),
    "request_password_reset": _l("Password reset requested"),
    "reset_password": _l("Password reset"),
}

#: fields of an obligation's history and of audit details, as words
FIELD_LABELS = {
    "status": _l("Status"),
    "comment": _l("Comment"),
    "kind": _l("Kind"),
    "owners": _l("Owners"),
    "owner": _l("Owner"),
    "deliverable": _l("Deliverable"),
    "deadline": _l("Deadline"),
    "deadlines": _l("Deadlines"),
    "due_on": _l("Due date"),
    "due_on_override": _l("Due date set by hand"),
    "renewed_by": _l("Renewed by"),
    "renews": _l("Renews"),
    "evidence": _l("Evidence"),
    "item": _l("Sub-item"),
    "created": _l("Created"),
    "reviewed": _l("Reviewed"),
    "reimport": _l("Re-imported"),
    "after": _l("After"),
    "days": _l("Days"),
    "body": _l("Body"),
    "session": _l("Session"),
    "date": _l("Date"),
    "text": _l("As written"),
    "every": _l("Every"),
    "ip": _l("Address"),
    "old": _l("From"),
    "new": _l("To"),
    "version": _l("Version"),
    "symbol": _l("Symbol"),
    "name": _l("Name"),
    "email": _l("Email"),
    "role": _l("Role"),
    "reason": _l("Reason"),
    "alias": _l("Alias"),
    "entity": _l("Entity"),
    "done": _l("Done"),
    "changed": _l("Changed"),
    "obligations": _l("Obligations"),
    "prefix": _l("Starts with"),
    "candidate": _l("Owner candidate"),
    "merged": _l("Merged"),
    "merged_id": _l("Merged entity's number"),
    "entity_id": _l("Entity's number"),
    "aliases": _l("Aliases"),
    "focal_points": _l("Focal points"),
    "officers": _l("Officers acting for it"),
    "followers": _l("Delegations following it"),
}

#: what an audit entry is about
TARGET_LABELS = {
    "obligations": _l("Obligation"),
    "resolutions": _l("Resolution"),
    "users": _l("Account"),
    "entities": _l("Entity"),
    "api_tokens": _l("API token"),
    "official_sessions": _l("Session"),
    "body_settings": _l("Body"),
    "focal_points": _l("Focal point"),
    "entity_aliases": _l("Alias"),
    "owner_candidates": _l("Owner candidate"),
}

#: the search filters as the form names them (for "not understood" warnings)
FILTER_LABELS = {
    "q": _l("Words"),
    "symbol": _l("Symbol"),
    "body": _l("Body"),
    "session": _l("Adopted at session"),
    "status": _l("Status"),
    "kind": _l("Kind"),
    "owner": _l("Owner"),
    "due": _l("Due at"),
    "due_within": _l("Due within (days)"),
    "due_from": _l("Due from"),
    "due_to": _l("Due until"),
    "overdue": _l("Overdue only"),
    "resolution": _l("Resolution"),
    "page": _l("Page"),
}
