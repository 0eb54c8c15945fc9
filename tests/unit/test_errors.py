"""The error hierarchy: which errors are retryable and which exit code each gives."""

from __future__ import annotations

import pytest

from earlywarn.errors import (
    BrokerError,
    ConfigError,
    DeliveryError,
    EarlywarnError,
    GazetteerError,
    InvalidRecord,
    ModelError,
    PermanentDelivery,
    RetryableDelivery,
    StartupError,
)
from earlywarn.reasons import DeadLetterReason


@pytest.mark.parametrize(
    ("error", "retryable", "exit_code"),
    [
        (ConfigError("bad key"), False, 2),
        (StartupError("missing file"), False, 3),
        (ModelError("no model"), False, 3),
        (GazetteerError("no gazetteer"), False, 3),
        (BrokerError("unreachable"), True, 4),
        (InvalidRecord(DeadLetterReason.DECODE_ERROR, "not JSON"), False, 1),
        (RetryableDelivery("503", status=503), True, 1),
        (PermanentDelivery("410", DeadLetterReason.WEBHOOK_GONE, status=410), False, 1),
    ],
)
def test_retryable_and_exit_code(error: EarlywarnError, retryable: bool, exit_code: int) -> None:
    """Each class says whether to retry and which exit code the CLI gives (README: 2, 3, 4)."""
    assert isinstance(error, EarlywarnError)
    assert error.retryable is retryable
    assert error.exit_code == exit_code


def test_invalid_record_carries_reason_and_message() -> None:
    """InvalidRecord keeps the dead-letter reason and the message."""
    error = InvalidRecord(DeadLetterReason.UNKNOWN_PLACE, "no department")
    assert error.reason is DeadLetterReason.UNKNOWN_PLACE
    assert error.message == str(error) == "no department"


def test_delivery_errors_carry_the_response() -> None:
    """Delivery errors keep status, body and Retry-After; permanent ones a reason."""
    retry = RetryableDelivery("429", status=429, body="slow down", retry_after=30.0)
    assert isinstance(retry, DeliveryError)
    assert (retry.status, retry.body, retry.retry_after) == (429, "slow down", 30.0)
    gone = PermanentDelivery("gone", DeadLetterReason.WEBHOOK_GONE, status=410)
    assert gone.reason is DeadLetterReason.WEBHOOK_GONE and gone.retry_after is None
