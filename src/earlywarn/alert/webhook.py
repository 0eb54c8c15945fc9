"""Signed webhook delivery with retries (adapter: the only module here that does I/O).

One POST per attempt, body from :mod:`payload`, headers from :mod:`sign`. ``webhook-id`` is
the alert id, stable across retries and restarts, so receivers can de-duplicate.

- 2xx → delivered.
- 410 → gone: the receiver says the endpoint is retired; dead letter, no retry.
- other 3xx/4xx (except 408, 429) → rejected: retrying the same bytes cannot help.
- 408, 429, 5xx, timeouts, connection errors → retried with exponential backoff and jitter,
  honouring ``Retry-After`` (capped by ``max_backoff_seconds``), up to ``max_attempts``.

Never logged or put in dead letters: secrets, signatures, and the subscription URL (many
webhook URLs embed a token). The subscription *name* identifies the endpoint instead.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import aiohttp

from earlywarn.alert.payload import alert_body
from earlywarn.alert.route import route
from earlywarn.alert.sign import headers as signed_headers
from earlywarn.clock import Clock
from earlywarn.config import RetryConfig, SubscriptionConfig
from earlywarn.metrics import Metrics
from earlywarn.model import Alert, DeadLetter
from earlywarn.reasons import DeadLetterReason, DeliveryOutcome, Stage

log = logging.getLogger(__name__)

MAX_RESPONSE_BYTES = 2048  # read at most this much of a response (kept for dead letters)
MAX_ERROR_BODY = 500  # characters of a response body quoted in a dead letter
USER_AGENT = "earlywarn-webhook/0.1"

Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """How one alert's delivery to one subscription ended."""

    subscription: str
    alert_id: str
    outcome: DeliveryOutcome
    attempts: int
    status: int | None
    dead_letter: DeadLetter | None = None


@dataclass(frozen=True, slots=True)
class _Attempt:
    status: int | None  # None: no HTTP response (timeout, connection error)
    body: str
    retry_after: float | None
    error: str


def _retryable(status: int | None) -> bool:
    return status is None or status in (408, 429) or status >= 500


def _truncate(text: str) -> str:
    return text if len(text) <= MAX_ERROR_BODY else text[:MAX_ERROR_BODY] + "…"


class WebhookDeliverer:
    """Delivers alerts to subscriptions over one shared aiohttp session."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        retry: RetryConfig,
        metrics: Metrics,
        clock: Clock,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.session = session
        self.retry = retry
        self.metrics = metrics
        self.clock = clock
        self.sleep = sleep
        self.rng = rng if rng is not None else random.Random()

    # ------------------------------------------------------------------ policy

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        cap = self.retry.max_backoff_seconds
        if retry_after is not None:
            return min(max(retry_after, 0.0), cap)
        base = self.retry.initial_backoff_seconds * self.retry.multiplier ** (attempt - 1)
        spread = self.retry.jitter * (2.0 * self.rng.random() - 1.0)
        return min(base * (1.0 + spread), cap)

    def _parse_retry_after(self, value: str | None) -> float | None:
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

    # ------------------------------------------------------------------ I/O

    async def _post(
        self, subscription: SubscriptionConfig, body: bytes, hdrs: Mapping[str, str]
    ) -> _Attempt:
        started = time.perf_counter()
        try:
            async with self.session.post(
                subscription.url,
                data=body,
                headers=dict(hdrs),
                timeout=aiohttp.ClientTimeout(total=subscription.timeout_seconds),
                allow_redirects=False,
            ) as response:
                raw = await response.content.read(MAX_RESPONSE_BYTES)
                return _Attempt(
                    status=response.status,
                    body=raw.decode("utf-8", "replace"),
                    retry_after=self._parse_retry_after(response.headers.get("Retry-After")),
                    error=f"HTTP {response.status}",
                )
        except TimeoutError:
            return _Attempt(None, "", None, f"timeout after {subscription.timeout_seconds}s")
        except aiohttp.ClientError as exc:
            return _Attempt(None, "", None, f"{type(exc).__name__}: {exc}")
        finally:
            self.metrics.webhook_latency.labels(subscription.name).observe(
                time.perf_counter() - started
            )

    async def deliver(
        self, alert: Alert, subscription: SubscriptionConfig, secrets: Sequence[str]
    ) -> DeliveryResult:
        """Deliver ``alert`` to ``subscription``, retrying as the policy says."""
        name = subscription.name
        first_seen = self.clock.now()
        body = alert_body(alert, name)

        def dead(reason: DeadLetterReason, error: str) -> DeadLetter:
            return DeadLetter(
                stage=Stage.DELIVER.value,
                reason=reason,
                payload=body.decode("utf-8"),
                error=error,
                first_seen=first_seen,
                source=name,
            )

        if not secrets:
            # Never send unsigned: receivers could not tell us from a forger.
            error = f"no signing secret: set {subscription.secret_env}"
            letter = dead(DeadLetterReason.WEBHOOK_REJECTED, error)
            return self._result(alert, name, DeliveryOutcome.REJECTED, 0, None, letter)
        attempt = 0
        while True:
            attempt += 1
            timestamp = int(self.clock.now().timestamp())
            hdrs = signed_headers(secrets, alert.id, timestamp, body)
            result = await self._post(subscription, body, hdrs)
            status = result.status
            said = f": {_truncate(result.body)}" if result.body else ""
            if status is not None and 200 <= status < 300:
                return self._result(alert, name, DeliveryOutcome.DELIVERED, attempt, status)
            if status == 410:
                letter = dead(DeadLetterReason.WEBHOOK_GONE, f"HTTP 410 from {name}{said}")
                return self._result(alert, name, DeliveryOutcome.GONE, attempt, status, letter)
            if not _retryable(status):
                letter = dead(DeadLetterReason.WEBHOOK_REJECTED, f"HTTP {status} from {name}{said}")
                return self._result(alert, name, DeliveryOutcome.REJECTED, attempt, status, letter)
            if attempt >= self.retry.max_attempts:
                error = f"{attempt} attempts to {name} failed; last: {result.error}{said}"
                letter = dead(DeadLetterReason.RETRIES_EXHAUSTED, error)
                return self._result(alert, name, DeliveryOutcome.EXHAUSTED, attempt, status, letter)
            delay = self.backoff(attempt, result.retry_after)
            self.metrics.webhook_deliveries.labels(name, DeliveryOutcome.RETRIED.value).inc()
            log.warning(
                "webhook attempt %d to %s failed (%s); retrying in %.1fs",
                attempt, name, result.error, delay,
                extra={"subscription": name, "alert_id": alert.id, "status": status},
            )  # fmt: skip
            depth = self.metrics.retry_queue_depth.labels(name)
            depth.inc()
            try:
                await self.sleep(delay)
            finally:
                depth.dec()

    def _result(
        self,
        alert: Alert,
        name: str,
        outcome: DeliveryOutcome,
        attempts: int,
        status: int | None,
        dead_letter: DeadLetter | None = None,
    ) -> DeliveryResult:
        self.metrics.webhook_deliveries.labels(name, outcome.value).inc()
        if dead_letter is not None:
            log.error(
                "webhook delivery to %s ended %s after %d attempt(s)",
                name, outcome.value, attempts,
                extra={"subscription": name, "alert_id": alert.id, "status": status},
            )  # fmt: skip
        return DeliveryResult(name, alert.id, outcome, attempts, status, dead_letter)

    async def deliver_all(
        self,
        alert: Alert,
        subscriptions: Sequence[SubscriptionConfig],
        secrets_by_subscription: Mapping[str, Sequence[str]],
    ) -> list[DeliveryResult]:
        """Route ``alert`` and deliver to every match concurrently (a slow one delays none)."""
        targets = [r.subscription for r in route(alert, subscriptions) if r.matched]
        return list(
            await asyncio.gather(
                *(
                    self.deliver(alert, sub, secrets_by_subscription.get(sub.name, ()))
                    for sub in targets
                )
            )
        )
