"""Service refusals as full sentences in the reader's language, shown next to the field concerned.

The services raise with a ``code``, a ``field`` and parameters (they know no Flask); this module
holds the one translation of each code, and ``show_error`` puts it where the reader looks: on the
form field (``aria-invalid``, focus moved there by ``tracker.js``), or flashed when the form has
no such field.
"""

from __future__ import annotations

from collections.abc import Mapping

from flask import flash
from flask_babel import lazy_gettext as _l

SERVICE_MESSAGES = {
    "evidence_not_recognised": _l("These are neither document symbols (such as A/73/123) nor http(s) "
                                  "links: %(items)s. Write one symbol or link per line."),
    "evidence_required": _l("To mark this obligation completed, give the evidence: a document symbol "
                            "(such as A/73/123) or a link."),
    "nothing_selected": _l("Select at least one obligation in the list, then choose the new status."),
    "missing_obligations": _l("Some of the selected obligations no longer exist. Reload the page and "
                              "select again."),
    "unknown_status": _l("Choose one of the statuses in the list."),
    "unknown_kind": _l("Choose one of the kinds in the list."),
    "unknown_deadline_kind": _l("Choose one of the kinds of deadline in the list."),
    "unknown_body": _l("Choose one of the bodies in the list."),
    "body_without_sessions": _l("This body has no sessions: choose a date deadline instead."),
    "session_required": _l("A session deadline needs the session number."),
    "date_required": _l("A date deadline needs the date."),
    "days_required": _l("A deadline counted from adoption needs the number of days."),
    "bad_email": _l("This is not a valid e-mail address."),
    "short_password": _l("A password needs at least %(n)d characters."),
    "user_exists": _l("An account with the address %(email)s already exists."),
    "own_role": _l("You cannot take away your own administrator role."),
    "own_account": _l("You cannot deactivate your own account."),
    "wrong_password": _l("The current password is wrong."),
    "same_password": _l("The new password is the same as the old one."),
    # admin: entities, aliases, focal points, official session dates
    "unknown_entity_kind": _l("Choose one of the kinds of entity in the list."),
    "entity_name_required": _l("Give the entity a name."),
    "entity_name_taken": _l("An entity or an alias is already named %(name)s: choose another name, or "
                            "add this one as an alias of that entity."),
    "bad_reminder_stages": _l("Write the reminder stages as whole numbers of days separated by commas, "
                              "such as 120,30,7 (0 is the day itself, -7 a week after)."),
    "alias_required": _l("Write the alias to add."),
    "alias_taken": _l("%(alias)s already names an entity or is another entity's alias."),
    # curating owners: candidates, renames, merges, deletions
    "candidate_decided": _l("%(name)s has already been decided on: reload the list of owner candidates."),
    "no_such_entity": _l("No entity is called “%(name)s”. Pick a name from the suggestions."),
    "merge_into_itself": _l("Choose another entity: an entity cannot be merged into itself."),
    "entity_owns_obligations": _l("%(name)s owns %(n)d obligation(s): merge it into the entity that should "
                                  "own them, or remove it from them on their review pages."),
    "stale_entity": _l("Someone else changed this meanwhile: the page now shows it as it is. Check it and "
                       "try again."),
    "alias_exists": _l("%(alias)s is already an alias of %(entity)s."),
    "focal_point_one_of": _l("Choose a user or write an e-mail address (one of the two, not both)."),
    "focal_point_exists": _l("%(who)s is already a focal point of %(entity)s."),
    "unknown_body_code": _l("Write GA, HRC, ECOSOC, or another body's code: letters and digits, up to "
                            "16."),
    "body_has_no_sessions": _l("The %(body)s does not meet in numbered sessions: there are no session "
                               "dates to record."),
    "closes_before_opens": _l("The session cannot close before it opens: check both dates."),
    "password_too_short": _l("A password needs at least %(n)d characters."),
    # API tokens
    "token_name_required": _l("Give the token a name, such as the system that will use it."),
    "token_name_too_long": _l("A token's name can be at most %(n)d characters long."),
    "too_many_tokens": _l("You already hold %(n)d active tokens: revoke one before creating another."),
    "already_imported": _l("%(symbol)s is already in the register: tick “Replace” to import it again."),
    # mandates renewed
    "renewal_not_a_mandate": _l("Choose another mandate: a mandate is renewed by the mandate of another "
                                "paragraph."),
    "renewal_not_later": _l("Choose a mandate of a later resolution: %(symbol)s is not later than this "
                            "one."),
    "renewal_symbol_paragraph": _l("To find the renewing mandate, give the resolution's symbol (such as "
                                   "S/RES/2777 (2025)) and the paragraph's number."),
    "renewal_no_resolution": _l("No resolution %(symbol)s is in the register."),
    "renewal_no_mandate": _l("Paragraph %(n)s of %(symbol)s holds no mandate."),
    "every_required": _l("A recurring deadline needs how often, as an ISO 8601 duration such as P1Y "
                         "(yearly) or P4M (every four months)."),
    "period_required": _l("A period after a session's end is an ISO 8601 duration such as P3Y (three "
                          "years) or P18M (eighteen months)."),
}


def translated_message(exc: Exception) -> str | None:
    """The reader's sentence for a service refusal, None when its code has no translation."""
    code = getattr(exc, "code", None)
    template = SERVICE_MESSAGES.get(code) if isinstance(code, str) else None
    if template is None:
        return None
    return str(template) % dict(getattr(exc, "params", {}) or {})


def error_message(exc: Exception) -> str:
    """The reader's sentence for a service refusal (its English text when the code is unknown)."""
    message = translated_message(exc)
    return str(exc) if message is None else message


def show_error(exc: Exception, form=None, fields: Mapping[str, str] | None = None) -> None:
    """Attach the refusal to the form field it concerns (``fields`` renames the service's field to
    the form's, where they differ), or flash it."""
    message = error_message(exc)
    name = getattr(exc, "field", None)
    name = (fields or {}).get(name, name) if name else name
    field = getattr(form, name, None) if form is not None and name else None
    if field is not None and hasattr(field, "errors"):
        field.errors = [*field.errors, message] if isinstance(field.errors, list) else [message]
        return
    flash(message, "error")
