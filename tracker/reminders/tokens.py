"""Signed unsubscribe tokens: a follower can stop a subscription from the link in a message,
without logging in. The token names the subscription and is signed with ``SECRET_KEY``."""

from __future__ import annotations

from itsdangerous import BadSignature, URLSafeSerializer

_SALT = "tracker.unsubscribe"


def make_unsubscribe_token(secret_key: str, subscription_id: int) -> str:
    if not secret_key:
        raise ValueError("SECRET_KEY is needed to sign unsubscribe links")
    return URLSafeSerializer(secret_key, salt=_SALT).dumps({"s": subscription_id})


def read_unsubscribe_token(secret_key: str, token: str) -> int | None:
    """The subscription id, or None for a token that was not signed by us."""
    try:
        data = URLSafeSerializer(secret_key, salt=_SALT).loads(token)
    except BadSignature:
        return None
    value = data.get("s") if isinstance(data, dict) else None
    return value if isinstance(value, int) else None
