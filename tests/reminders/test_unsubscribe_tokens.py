"""An unsubscribe link names one subscription, signed with ``SECRET_KEY`` for that purpose only:
a token signed with another key, for another purpose or naming anything but a subscription id
unsubscribes nobody, and no link is made without a key."""

from __future__ import annotations

import pytest
from itsdangerous import URLSafeSerializer

from tracker.reminders.tokens import make_unsubscribe_token, read_unsubscribe_token


def test_a_token_names_its_subscription_under_its_key_only():
    token = make_unsubscribe_token("key", 42)
    assert read_unsubscribe_token("key", token) == 42
    assert read_unsubscribe_token("another key", token) is None
    assert make_unsubscribe_token("key", 43) != token


def test_a_token_signed_with_the_key_for_another_purpose_is_refused():
    for salt in (None, "itsdangerous", "tracker.password-reset"):
        other = URLSafeSerializer("key", salt=salt).dumps({"s": 42})
        assert read_unsubscribe_token("key", other) is None, salt


@pytest.mark.parametrize("payload", [[42], 42, "42", {"s": "42"}, {"S": 42}, {}])
def test_a_signed_token_that_names_no_subscription_id_is_refused(payload):
    forged = URLSafeSerializer("key", salt="tracker.unsubscribe").dumps(payload)
    assert read_unsubscribe_token("key", forged) is None


def test_no_unsubscribe_link_without_a_secret_key():
    with pytest.raises(ValueError, match="^SECRET_KEY is needed to sign unsubscribe links$"):
        make_unsubscribe_token("", 42)
