"""One signed webhook POST, and what its answer means (adapter: HTTP I/O).

Body from :mod:`payload` in the subscription's format, headers from :mod:`sign` (Standard
Webhooks: ``webhook-id`` is the delivery id, stable across retries and restarts, so
receivers can de-duplicate; ``webhook-timestamp`` is the time of this attempt).

- 2xx → delivered.
- 410 → gone: the receiver retired the endpoint; it is disabled and reported, no retry.
- other 3xx/4xx (except 408, 429) → rejected: retrying the same bytes cannot help.
- 408, 429, 5xx, timeouts, connection errors → retried later (the :mod:`dispatch` policy),
  honouring ``Retry-After`` (seconds or an HTTP date), capped by ``max_backoff_seconds``.
- a URL resolving to a refused address (:mod:`ssrf`) → refused, no retry.

Never logged or put in dead letters: secrets, signatures, and the subscription URL (many
webhook URLs embed a token). The subscription *name* identifies the endpoint instead.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import aiohttp
from yarl import URL

from earlywarn.alert.outbox import Delivery
from earlywarn.alert.payload import render
from earlywarn.alert.sign import headers as signed_headers
from earlywarn.alert.ssrf import URLRefused, literal_refusal, networks
from earlywarn.clock import Clock
from earlywarn.config import RetryConfig, SubscriptionConfig
from earlywarn.metrics import Metrics
from earlywarn.reasons import DeliveryOutcome

MAX_RESPONSE_BYTES = 2048  # read at most this much of a response (kept for dead letters)
MAX_ERROR_BODY = 500  # characters of a response body quoted in a dead letter
USER_AGENT = "earlywarn-webhook/0.1"


@dataclass(frozen=True, slots=True)
class AttemptResult:
    """What one POST came to. ``outcome`` RETRIED means "failed, may be tried again"."""

    outcome: DeliveryOutcome
    status: int | None  # None: no HTTP response (timeout, connection error, refused URL)
    body: str
    retry_after: float | None
    error: str

    def describe(self) -> str:
        said = f": {truncate(self.body)}" if self.body else ""
        return f"{self.error}{said}"


def truncate(text: str) -> str:
    return text if len(text) <= MAX_ERROR_BODY else text[:MAX_ERROR_BODY] + "…"


def classify(status: int) -> DeliveryOutcome:
    if 200 <= status < 300:
        return DeliveryOutcome.DELIVERED
    if status == 410:
        return DeliveryOutcome.GONE
    if status in (408, 429) or status >= 500:
        return DeliveryOutcome.RETRIED
    return DeliveryOutcome.REJECTED


def backoff(
    retry: RetryConfig, attempt: int, retry_after: float | None, rng: random.Random
) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (1-based).

    ``Retry-After`` wins when the receiver sent one (capped by ``max_backoff_seconds``);
    otherwise exponential backoff with ±``jitter`` spread so that retries after an outage
    do not arrive all at once.
    """
    cap = retry.max_backoff_seconds
    if retry_after is not None:
        return min(max(retry_after, 0.0), cap)
    spread = retry.jitter * (2.0 * rng.random() - 1.0)
    return min(retry.delay(attempt) * (1.0 + spread), cap)


class WebhookDeliverer:
    """Makes single attempts over one shared aiohttp session (its connector is SSRF-guarded)."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        metrics: Metrics,
        clock: Clock,
        allow_private_networks: Sequence[str] = (),
    ) -> None:
        self.session = session
        self.metrics = metrics
        self.clock = clock
        self.allowed = networks(allow_private_networks)

    def parse_retry_after(self, value: str | None) -> float | None:
        """``Retry-After`` as seconds: delta-seconds or an HTTP date (against our clock)."""
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            return None
        return max(0.0, (when - self.clock.now()).total_seconds())

    async def attempt(
        self, delivery: Delivery, subscription: SubscriptionConfig, secrets: Sequence[str]
    ) -> AttemptResult:
        """POST ``delivery`` once, signed with every secret (rotation), and classify."""
        why = literal_refusal(URL(subscription.url).host, self.allowed)
        if why is not None:
            error = f"webhook host of {subscription.name} {why}"
            return AttemptResult(DeliveryOutcome.REFUSED, None, "", None, error)
        body, content_type = render(delivery, subscription.format)
        timestamp = int(self.clock.now().timestamp())
        hdrs = signed_headers(secrets, delivery.id, timestamp, body)
        hdrs["content-type"] = content_type
        hdrs["user-agent"] = USER_AGENT
        started = time.perf_counter()
        try:
            async with self.session.post(
                subscription.url,
                data=body,
                headers=hdrs,
                timeout=aiohttp.ClientTimeout(total=subscription.timeout_seconds),
                allow_redirects=False,  # a redirect could lead past the SSRF guard
            ) as response:
                raw = await response.content.read(MAX_RESPONSE_BYTES)
                return AttemptResult(
                    outcome=classify(response.status),
                    status=response.status,
                    body=raw.decode("utf-8", "replace"),
                    retry_after=self.parse_retry_after(response.headers.get("Retry-After")),
                    error=f"HTTP {response.status} from {subscription.name}",
                )
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, URLRefused):
                return AttemptResult(DeliveryOutcome.REFUSED, None, "", None, str(exc.os_error))
            return AttemptResult(
                DeliveryOutcome.RETRIED, None, "", None, f"{subscription.name} unreachable"
            )
        except TimeoutError:
            error = f"timeout after {subscription.timeout_seconds}s from {subscription.name}"
            return AttemptResult(DeliveryOutcome.RETRIED, None, "", None, error)
        except aiohttp.ClientError as exc:
            error = f"{type(exc).__name__} from {subscription.name}"
            return AttemptResult(DeliveryOutcome.RETRIED, None, "", None, error)
        finally:
            self.metrics.webhook_latency.labels(subscription.name).observe(
                time.perf_counter() - started
            )
