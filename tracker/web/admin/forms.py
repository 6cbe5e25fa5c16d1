"""Admin forms (each with its ``csrf_token``)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, InputRequired, Length, NumberRange, Optional

from tracker.models import EntityKind, Role
from tracker.services.accounts import MIN_PASSWORD_LENGTH
from tracker.web.dashboards.labels import ROLE_LABELS
from tracker.web.officer.forms import BODY_CODE, BODY_HELP, choices

ROLE_CHOICES = choices((str(r), ROLE_LABELS[str(r)]) for r in Role)
#: a new account's role is chosen, never defaulted (an admin by accident is the costly mistake)
NEW_ROLE_CHOICES = choices([("", _l("Choose a role…")), *((str(r), ROLE_LABELS[str(r)]) for r in Role)])
KIND_CHOICES = choices((str(k), str(k).replace("_", " ")) for k in EntityKind)
#: the form's own refusals, as sentences (the services' are in ``tracker.web.messages``)
VALID_EMAIL = Email(_l("This is not a valid e-mail address."))
PASSWORD_LENGTH = Length(min=MIN_PASSWORD_LENGTH, max=1000,
                         message=_l("A password needs at least %(min)d characters."))


class UserCreateForm(FlaskForm):
    email = StringField(_l("Email"), validators=[DataRequired(_l("Write the account's e-mail address.")),
                                                 VALID_EMAIL, Length(max=320)])
    name = StringField(_l("Name"), validators=[Optional(), Length(max=200)])
    role = SelectField(_l("Role"), choices=NEW_ROLE_CHOICES, default="",
                       validators=[DataRequired(_l("Choose the account's role."))])
    entities = SelectMultipleField(_l("Acts for"), coerce=int, validators=[Optional()])
    can_import = BooleanField(_l("May import and review resolutions"))
    member_state = StringField(_l("Member State (delegations)"), validators=[Optional(), Length(max=200)])
    password = PasswordField(_l("Initial password"),
                             validators=[DataRequired(_l("Choose an initial password.")), PASSWORD_LENGTH])


class UserEditForm(FlaskForm):
    name = StringField(_l("Name"), validators=[Optional(), Length(max=200)])
    role = SelectField(_l("Role"), choices=ROLE_CHOICES)
    entities = SelectMultipleField(_l("Acts for"), coerce=int, validators=[Optional()])
    can_import = BooleanField(_l("May import and review resolutions"))
    member_state = StringField(_l("Member State (delegations)"), validators=[Optional(), Length(max=200)])
    is_active = BooleanField(_l("Active"))


class UnlockForm(FlaskForm):
    """Only the CSRF token."""


class PasswordResetForm(FlaskForm):
    password = PasswordField(_l("New password"),
                             validators=[DataRequired(_l("Write the new password.")), PASSWORD_LENGTH])


class EntityForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(_l("Give the entity a name.")), Length(max=300)])
    kind = SelectField(_l("Kind"), choices=KIND_CHOICES)
    reminder_stages = StringField(_l("Reminder stages (days, e.g. 120,30,7)"),
                                  validators=[Optional(), Length(max=100)])
    #: the version the admin saw (editing only): a rename based on a stale one is refused
    version = IntegerField(validators=[Optional()], widget=HiddenField.widget)


class MergeForm(FlaskForm):
    survivor = SelectField(_l("Merge into"), coerce=int,
                           validators=[DataRequired(_l("Choose the entity to keep."))],
                           description=_l("The entity that stays. This one's name becomes its alias; its "
                                          "aliases, obligations, focal points, officers and followers move "
                                          "to it, and its history is listed there."))
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget)


class EntityDeleteForm(FlaskForm):
    version = IntegerField(validators=[InputRequired()], widget=HiddenField.widget)


class AliasForm(FlaskForm):
    alias = StringField(_l("Alias"),
                        validators=[DataRequired(_l("Write the alias to add.")), Length(max=300)])


class FocalPointForm(FlaskForm):
    """Shown on the entity's page beside the entity's own form: its ids are its own, so that each
    label points at one field (the posted names stay ``user``, ``email``, ``name``)."""

    user = SelectField(_l("User"), coerce=int, validators=[Optional()], id="focal_point_user")
    email = StringField(_l("or an email address"), validators=[Optional(), VALID_EMAIL, Length(max=320)],
                        id="focal_point_email")
    name = StringField(_l("Name"), validators=[Optional(), Length(max=200)], id="focal_point_name")


class DeleteForm(FlaskForm):
    """Only the CSRF token."""


class OfficialSessionForm(FlaskForm):
    #: a principal organ or any other body by its registry code: its deadlines follow its own sessions
    body = StringField(_l("Body"), default="GA",
                       validators=[DataRequired(_l("Write the body's code.")), BODY_CODE],
                       description=BODY_HELP)
    number = IntegerField(_l("Session (ECOSOC: year)"),
                          validators=[DataRequired(_l("Write the session's number.")),
                                      NumberRange(min=1, max=3000)])
    opens_on = DateField(_l("Opens on"), validators=[DataRequired(_l("Give the date the session opens."))])
    closes_on = DateField(_l("Closes on"), validators=[Optional()])
    note = TextAreaField(_l("Source (e.g. the journal)"), validators=[Optional(), Length(max=2000)])
