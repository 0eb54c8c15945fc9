"""Standard Webhooks signing, checked against the reference standardwebhooks library."""

from __future__ import annotations

import base64
import time

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from earlywarn.alert.sign import headers, secret_key, sign

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
OLD_SECRET = "whsec_" + base64.b64encode(b"an older key that is rotating out").decode()
BODY = '{"type":"earlywarn.alert","region":"La Libertad – Pataz"}'.encode()


def test_reference_library_accepts_our_signature() -> None:
    """Webhook(secret).verify accepts the headers and body we produce."""
    now = int(time.time())
    hdrs = headers([SECRET], "msg_1", now, BODY)
    assert Webhook(SECRET).verify(BODY, hdrs) == {
        "type": "earlywarn.alert",
        "region": "La Libertad – Pataz",
    }
    assert hdrs["content-type"] == "application/json"
    assert hdrs["webhook-id"] == "msg_1"
    assert hdrs["webhook-timestamp"] == str(now)


def test_rotation_signs_with_both_secrets() -> None:
    """With two secrets, receivers holding either one verify the message."""
    now = int(time.time())
    hdrs = headers([SECRET, OLD_SECRET], "msg_2", now, BODY)
    assert len(hdrs["webhook-signature"].split(" ")) == 2
    Webhook(SECRET).verify(BODY, hdrs)
    Webhook(OLD_SECRET).verify(BODY, hdrs)


def test_tampered_body_is_refused_by_the_reference_library() -> None:
    """A changed body does not verify."""
    hdrs = headers([SECRET], "msg_3", int(time.time()), BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(BODY + b" ", hdrs)


def test_known_vector() -> None:
    """The signature matches the Standard Webhooks specification's example vector."""
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = b'{"test": 2432232314}'
    assert (
        sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)
        == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    )


def test_raw_secrets_are_utf8_key_bytes() -> None:
    """A secret without whsec_ is used as its UTF-8 bytes; empty or bad base64 is refused."""
    assert secret_key("plain-shared-secret") == b"plain-shared-secret"
    raw = sign("plain-shared-secret", "m", 1, b"{}")
    assert raw == sign("whsec_" + base64.b64encode(b"plain-shared-secret").decode(), "m", 1, b"{}")
    with pytest.raises(ValueError):
        secret_key("")
    with pytest.raises(ValueError):
        secret_key("whsec_!!notbase64!!")
    with pytest.raises(ValueError):
        headers([], "m", 1, b"{}")
