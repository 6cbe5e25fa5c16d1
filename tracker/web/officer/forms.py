"""Forms of the officer workspace. Field names of ``StatusForm`` are an interface: scripts post
``status``, ``comment``, ``evidence``, ``version`` and ``csrf_token``."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    HiddenField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, Regexp

from tracker.calendar import core as calendar_core
from tracker.models import ObligationKind, ObligationStatus
from tracker.web.dashboards import labels

try:  # WTForms 3.3 deprecates (value, label) tuples in favour of SelectChoice
    from wtforms.fields import SelectChoice
except ImportError:  # pragma: no cover - older WTForms
    SelectChoice = None


def choices(pairs) -> list:
    """``[(value, label)]`` in the form this WTForms wants."""
    pairs = list(pairs)
    if SelectChoice is None:
        return pairs
    return [SelectChoice(value, label) for value, label in pairs]

#: the statuses an officer may set, in their order, named as everywhere else (``labels``)
STATUS_LABELS = {status: labels.STATUS_LABELS[status.value] for status in ObligationStatus}
_STATUS_PAIRS = [(str(s), label) for s, label in STATUS_LABELS.items()]
STATUS_CHOICES = choices(_STATUS_PAIRS)
#: a status select that starts on no status
NO_STATUS_YET = choices([("", _l("Choose a status…")), *_STATUS_PAIRS])
#: a principal organ or another body's registry code (CHARTER, CCPCJ, C34), as typed in a form
BODY_CODE = Regexp(f"^{calendar_core.BODY_CODE}$",
                   message=_l("Write GA, HRC, ECOSOC, or another body's code: letters and digits, up to 16."))
BODY_HELP = _l("GA, HRC, ECOSOC, or another body's code (such as CCPCJ or C34).")
KIND_CHOICES = choices((str(k), str(k).capitalize()) for k in ObligationKind)
EVIDENCE_HELP = _l("Document symbols (such as A/73/123) or http(s) links, one per line.")


class StatusForm(FlaskForm):
    status = SelectField(_l("Status"), choices=STATUS_CHOICES, validators=[DataRequired()])
    comment = TextAreaField(_l("Comment"), validators=[Optional(), Length(max=5000)])
    evidence = TextAreaField(_l("Evidence"), validators=[Optional(), Length(max=5000)],
                             description=EVIDENCE_HELP)
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget)


class RenewalForm(FlaskForm):
    """Which later mandate renewed this one: a candidate's id, "" (not renewed) or "other" (found by
    ``symbol`` and ``paragraph``). The choices are the page's candidates, checked by the service."""
    renewed_by = StringField(_l("Renewed by"), validators=[Optional(), Regexp(r"^(\d{1,12}|other)$")])
    symbol = StringField(_l("Resolution symbol"), validators=[Optional(), Length(max=80)],
                         id="renewal-symbol")
    paragraph = StringField(_l("Paragraph"), validators=[Optional(), Length(max=120)], id="renewal-paragraph")
    #: the earlier mandate's version shown on the page (the status form beside it has its own)
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget, id="renewal-version")


class ItemForm(FlaskForm):
    done = HiddenField(validators=[DataRequired(), Regexp(r"^[01]$")])
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget)


class BulkStatusForm(FlaskForm):
    """The selected obligations come as repeated ``ids`` fields (checkboxes in the list)."""

    #: no default: an officer chooses, nothing is set to "Not started" by accident
    status = SelectField(_l("New status"), choices=NO_STATUS_YET, default="",
                         validators=[DataRequired(_l("Choose the new status."))])
    comment = TextAreaField(_l("Comment"), validators=[Optional(), Length(max=5000)])
    evidence = TextAreaField(_l("Evidence"), validators=[Optional(), Length(max=5000)],
                             description=EVIDENCE_HELP)


class ConfirmAgendaForm(FlaskForm):
    """Confirm a session's agenda items together, with the agenda's symbol as evidence."""

    evidence = StringField(_l("Agenda (document symbol)"), validators=[DataRequired(), Length(max=200)],
                           description=_l("The session's agenda, such as A/81/251."))


DEADLINE_CHOICES = choices([
    ("none", _l("No deadline (ongoing)")),
    ("session", _l("A session")),
    ("date", _l("A date")),
    ("relative", _l("After adoption, or after a session's end")),
    ("recurring", _l("Recurring")),
])


class ReviewForm(FlaskForm):
    kind = SelectField(_l("Kind"), choices=KIND_CHOICES, validators=[DataRequired()])
    #: the current owners as checkboxes (untick one to remove it) ...
    owners = SelectMultipleField(_l("Owners"), coerce=int, validators=[Optional()])
    #: ... and one more by name: the browser suggests entity names as you type (a <datalist>)
    add_owner = StringField(_l("Add an owner"), validators=[Optional(), Length(max=300)],
                            description=_l("Type a few letters and pick a name from the suggestions."))
    deliverable = TextAreaField(_l("Deliverable"), validators=[Optional(), Length(max=5000)])
    deadline_kind = SelectField(_l("Deadline"), choices=DEADLINE_CHOICES)
    deadline_text = StringField(_l("Deadline as written"), validators=[Optional(), Length(max=500)])
    deadline_body = StringField(_l("Body"), default="GA", validators=[Optional(), BODY_CODE],
                                description=BODY_HELP)
    deadline_session = IntegerField(_l("Session (ECOSOC: year)"),
                                    validators=[Optional(), NumberRange(min=1, max=3000)])
    deadline_end = BooleanField(_l("By the end of the session, not its opening"))
    deadline_date = DateField(_l("Date"), validators=[Optional()])
    deadline_days = IntegerField(_l("Days after adoption"),
                                 validators=[Optional(), NumberRange(min=0, max=3650)])
    deadline_period = StringField(_l("Or a period after the session's end (ISO 8601: P3Y)"),
                                  validators=[Optional(), Length(max=20)])
    deadline_every = StringField(_l("Every (ISO 8601: P1Y, P4M, P120D)"),
                                 validators=[Optional(), Length(max=20)])
    due_on_override = DateField(_l("Due date set by hand (wins over the calendar)"), validators=[Optional()])
    comment = TextAreaField(_l("Comment"), validators=[Optional(), Length(max=5000)])
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget)


#: what the file input offers to pick (extensions and media types)
UPLOAD_ACCEPT = (".txt,.pdf,.docx,text/plain,application/pdf,"
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _within_upload_limit(form, field) -> None:
    """The parser's one size limit, checked before parsing and named in the sentence."""
    from wtforms.validators import ValidationError

    from tracker.web.errors import human_size, upload_limit

    data = field.data
    if data is None or not hasattr(data, "stream"):
        return
    size = data.stream.seek(0, 2)
    data.stream.seek(0)
    if size > upload_limit():
        raise ValidationError(_l("The file is larger than the %(limit)s limit for one upload.",
                                 limit=human_size(upload_limit())))


class UploadForm(FlaskForm):
    file = FileField(_l("Resolution file (.txt, .pdf, .docx)"),
                     validators=[FileRequired(_l("Choose a file to upload.")),
                                 FileAllowed(["txt", "pdf", "docx"],
                                             _l("Choose a .txt, .pdf or .docx file.")),
                                 _within_upload_limit],
                     render_kw={"accept": UPLOAD_ACCEPT})


class SaveImportForm(FlaskForm):
    upload = HiddenField(validators=[DataRequired(), Regexp(r"^[0-9a-f]{32}$")])
    replace = BooleanField(_l("Replace the resolution already in the register"))
    publish = BooleanField(_l("Publish now (otherwise after review)"), default=False)


class DeleteResolutionForm(FlaskForm):
    """Deleting a resolution: why (kept in the audit log), and a tick that says it cannot be undone."""

    reason = TextAreaField(_l("Why (kept in the audit log)"), validators=[Optional(), Length(max=500)],
                           description=_l("For example: imported twice, the wrong file, a draft."))
    confirm = BooleanField(_l("I understand that this cannot be undone."),
                           validators=[DataRequired(_l("Tick the box to confirm."))])


class PublishForm(FlaskForm):
    """Only the CSRF token."""
