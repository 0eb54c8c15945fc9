"""The error hierarchy of earlywarn.

::

    EarlywarnError
    ├── ConfigError            permanent: the configuration is invalid (exit 2)
    ├── StartupError           permanent: a required file or service is missing (exit 3)
    │   ├── ModelError             the classifier artifact is missing or corrupt
    │   └── GazetteerError         gazetteer data is missing or corrupt
    ├── BrokerError            retryable: the Kafka-protocol broker is unreachable (exit 4)
    ├── InvalidRecord          permanent for that record: parked as a dead letter with its reason
    └── DeliveryError          one webhook attempt failed
        ├── RetryableDelivery      5xx, 429, timeouts, connection errors: try again later
        └── PermanentDelivery      4xx other than 408/429, refused URL: dead letter, no retry

``retryable`` on each class says which is which; callers branch on it, not on strings.
"""

from __future__ import annotations

from earlywarn.reasons import DeadLetterReason


class EarlywarnError(Exception):
    """Base of every error earlywarn raises on purpose."""

    retryable: bool = False
    exit_code: int = 1


class ConfigError(EarlywarnError):
    exit_code = 2


class StartupError(EarlywarnError):
    exit_code = 3


class ModelError(StartupError):
    pass


class GazetteerError(StartupError):
    pass


class BrokerError(EarlywarnError):
    retryable = True
    exit_code = 4


class InvalidRecord(EarlywarnError):
    """A record that a stage cannot process; ``reason`` labels the dead letter and metric."""

    def __init__(self, reason: DeadLetterReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class DeliveryError(EarlywarnError):
    def __init__(
        self,
        message: str,
        status: int | None = None,
        body: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = body
        self.retry_after = retry_after


class RetryableDelivery(DeliveryError):
    retryable = True


class PermanentDelivery(DeliveryError):
    retryable = False

    def __init__(
        self,
        message: str,
        reason: DeadLetterReason,
        status: int | None = None,
        body: str = "",
    ) -> None:
        super().__init__(message, status=status, body=body)
        self.reason = reason
