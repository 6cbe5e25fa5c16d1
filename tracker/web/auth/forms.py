"""Forms of the auth blueprint (Flask-WTF: each carries its ``csrf_token``)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length


def _email() -> StringField:
    """The account's email, as signing in and "forgot password" ask for it."""
    return StringField(_l("Email"), validators=[DataRequired(), Length(max=320)],
                       render_kw={"autocomplete": "username"})


def _new_password() -> PasswordField:
    """A new password, as changing and resetting one ask for it (at least ten characters)."""
    return PasswordField(_l("New password"), validators=[DataRequired(), Length(min=10, max=1000)],
                         render_kw={"autocomplete": "new-password"})


def _confirm_new_password() -> PasswordField:
    return PasswordField(_l("Repeat the new password"),
                         validators=[DataRequired(), EqualTo("new_password", _l("The passwords differ."))],
                         render_kw={"autocomplete": "new-password"})


class LoginForm(FlaskForm):
    email = _email()
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=1000)],
                             render_kw={"autocomplete": "current-password"})


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(_l("Current password"), validators=[DataRequired()],
                                     render_kw={"autocomplete": "current-password"})
    new_password = _new_password()
    confirm = _confirm_new_password()


class ForgotPasswordForm(FlaskForm):
    email = _email()


class ResetPasswordForm(FlaskForm):
    new_password = _new_password()
    confirm = _confirm_new_password()


class LogoutForm(FlaskForm):
    """Only the CSRF token: signing out is a POST."""
