"""Standard Webhooks signatures (https://www.standardwebhooks.com/).

``webhook-signature`` is ``v1,<base64 HMAC-SHA256(key, f"{id}.{timestamp}." + body)>``.

Secrets: ``whsec_<base64>`` is decoded to the key bytes, as the specification says. Any other
string is used as raw UTF-8 key bytes, which is convenient for hand-made shared secrets but
note that the reference ``standardwebhooks`` library only verifies the ``whsec_``/base64 form
(it base64-decodes every secret): give receivers that use it a ``whsec_`` secret.

Several secrets (rotation) give several space-separated signatures; a receiver accepts the
message if any of them verifies. Nothing here logs: secrets and signatures never leave.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence

SECRET_PREFIX = "whsec_"
CONTENT_TYPE = "application/json"


def secret_key(secret: str) -> bytes:
    """The HMAC key for ``secret`` (``whsec_`` base64, else raw UTF-8); never empty."""
    if secret.startswith(SECRET_PREFIX):
        encoded = secret[len(SECRET_PREFIX) :]
        try:
            key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        except binascii.Error as exc:
            raise ValueError("a whsec_ webhook secret must be base64 after the prefix") from exc
    else:
        key = secret.encode("utf-8")
    if not key:
        raise ValueError("webhook secret may not be empty")
    return key


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """``v1,<signature>`` for one secret."""
    to_sign = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), to_sign, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def signature_header(secrets: Sequence[str], msg_id: str, timestamp: int, body: bytes) -> str:
    """Space-separated signatures, one per secret (new and old during a rotation)."""
    if not secrets:
        raise ValueError("at least one webhook secret is needed to sign")
    return " ".join(sign(secret, msg_id, timestamp, body) for secret in secrets)


def headers(secrets: Sequence[str], msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """The Standard Webhooks request headers for one attempt."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature_header(secrets, msg_id, timestamp, body),
        "content-type": CONTENT_TYPE,
    }
