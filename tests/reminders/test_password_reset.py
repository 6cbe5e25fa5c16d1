"""What a password-reset request queues in the reminder ledger (``reminders/password_reset.py``):
one pending row for the account, at the address it has now, in the language asked for, its key
unique to the request; and nothing more for ten minutes (the web side: web/test_password_reset_mail.py)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.factories import gen_user
from tracker.models import Reminder
from tracker.reminders.compose import NothingToSend
from tracker.reminders.password_reset import compose_password_reset, is_password_reset, queue_password_reset
from tracker.services.accounts import user_for_reset_token

NOW = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC)


def _queued(db, row_id: int) -> Reminder:
    db.expire_all()
    return db.get(Reminder, row_id)


def test_a_request_queues_one_pending_row_for_the_account_at_its_address(db):
    user = gen_user(db)
    user.email = "Officer.Name@UN.org"  # an address kept as it was typed
    db.flush()
    row = _queued(db, queue_password_reset(db, user, now=NOW, locale="fr"))
    assert (row.recipient, row.recipient_user_id, row.recipient_role, row.obligation_id, row.stage,
            row.due_on, row.status, row.attempts) == (
        "officer.name@un.org", user.id, "account", None, "reset", NOW.date(), "pending", 0)
    assert row.next_attempt_at == NOW and row.created_at == NOW
    # one message per request: a random part makes each request's key its own
    assert re.fullmatch(r"password-reset\.fr\.[0-9a-f]{12}", row.digest_key)
    assert is_password_reset(row)


@pytest.mark.parametrize(("asked", "kept"), [
    (None, "en"), ("", "en"), ("pt-BR", "pt_BR"), ("zh_Hant_TW", "zh_Hant_TW"),
    ("x-private-locale", "x_private_"),  # cut to 10 characters, so that the key fits its column
])
def test_the_key_names_the_locale_as_babel_spells_it(db, asked, kept):
    user = gen_user(db)
    row = _queued(db, queue_password_reset(db, user, now=NOW, locale=asked))
    assert row.digest_key.split(".")[1] == kept and len(row.digest_key) <= 40


def test_asking_again_queues_nothing_until_ten_minutes_have_passed(db):
    user, other = gen_user(db), gen_user(db)
    first = queue_password_reset(db, user, now=NOW)
    almost = NOW + dt.timedelta(minutes=10) - dt.timedelta(seconds=1)
    assert queue_password_reset(db, user, now=almost) is None
    assert queue_password_reset(db, other, now=almost) is not None  # another account's is its own
    again = queue_password_reset(db, user, now=NOW + dt.timedelta(minutes=10))
    assert again is not None and again != first
    assert _queued(db, again).digest_key != _queued(db, first).digest_key


@pytest.mark.parametrize(("role", "key", "is_reset"), [
    ("account", "password-reset.en.0123456789ab", True),
    ("account", "welcome.en.0123456789ab", False),  # another account message
    ("account", "password-resetting.en.0123456789ab", False),
    ("account", None, False),
    ("follower", "password-reset.en.0123456789ab", False),  # only the account's own row
    ("owner", None, False),
])
def test_a_reset_message_is_an_account_row_with_the_reset_key(role, key, is_reset):
    assert is_password_reset(Reminder(recipient_role=role, digest_key=key)) is is_reset


def test_the_link_goes_to_an_address_kept_with_capitals_in_the_language_asked(db, settings):
    user = gen_user(db)
    user.email = "Officer.Name@UN.org"
    db.flush()
    row = _queued(db, queue_password_reset(db, user, now=NOW, locale="fr"))
    subject, text, html, locale = compose_password_reset(row, settings, db)
    assert (subject, locale) == ("Définir un nouveau mot de passe", "fr")
    token = re.search(r"http://tracker\.test/account/reset/([A-Za-z0-9_.\-]+)", text).group(1)
    assert user_for_reset_token(db, token, settings.secret_key) == user
    assert f"/account/reset/{token}" in html


def test_an_account_removed_before_its_message_is_composed_gets_nothing(db, settings):
    """The ledger keeps the row when the account goes (``recipient_user_id`` set to NULL by its
    foreign key); composing it then finds no account to send a link for, and looks up none."""
    user = gen_user(db)
    row_id = queue_password_reset(db, user, now=NOW)
    db.delete(user)
    db.flush()
    row = _queued(db, row_id)
    assert row.recipient_user_id is None and is_password_reset(row)
    with pytest.raises(NothingToSend):
        compose_password_reset(row, settings, db)
