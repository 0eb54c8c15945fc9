"""From alerts to delivered webhooks: route, silence, inhibit, group, then deliver durably.

``submit`` turns each alert into deliveries (routing tree, silences, inhibition, group
timers), appends them to the durable outbox and returns once the outbox has them — so the
caller may commit its input. Delivery then runs in the background, one task per
(subscription, fingerprint) queue: strictly in order within a queue, queues independent of
one another, and at most ``max_concurrency`` requests in flight per subscription, so a slow
or dead endpoint delays no other endpoint and no other fingerprint. Every attempt's result
is saved before the next step, so a worker killed mid-retry resumes after a restart with
the same ``webhook-id`` and attempt count (at least once: a POST in flight at the kill is
sent again, and the receiver de-duplicates on ``webhook-id``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from earlywarn.alert.group import GroupTimers
from earlywarn.alert.inhibit import Inhibitor
from earlywarn.alert.outbox import Delivery, Outbox, OutboxStore, repeat_id
from earlywarn.alert.payload import render
from earlywarn.alert.route import Router, alert_labels
from earlywarn.alert.silence import SilenceBook
from earlywarn.alert.webhook import AttemptResult, WebhookDeliverer, backoff
from earlywarn.clock import Clock
from earlywarn.config import AlertConfig, SubscriptionConfig
from earlywarn.errors import BrokerError, InvalidRecord
from earlywarn.metrics import Metrics
from earlywarn.model import Alert, AlertStatus, DeadLetter
from earlywarn.reasons import DeadLetterReason, DeliveryOutcome, RouteDecision, Stage

log = logging.getLogger("earlywarn.deliver")

# Changes after intake (attempt results, completions) are saved in batches this often: losing
# the last few to a crash only means a message is sent again with the same webhook-id.
FLUSH_SECONDS = 0.02

Park = Callable[[Sequence[DeadLetter]], Awaitable[None]]
OnDelivered = Callable[[Delivery, datetime], None]


class Dispatcher:
    """Owns the outbox queues of the partitions this worker was given."""

    def __init__(
        self,
        config: AlertConfig,
        deliverer: WebhookDeliverer,
        store: OutboxStore,
        secrets: Mapping[str, Sequence[str]],
        metrics: Metrics,
        clock: Clock,
        park: Park,
        silences: SilenceBook | None = None,
        rng: random.Random | None = None,
        on_delivered: OnDelivered | None = None,
    ) -> None:
        self.config = config
        self.deliverer = deliverer
        self.store = store
        self.secrets = dict(secrets)
        self.metrics = metrics
        self.clock = clock
        self.park = park
        self.silences = silences if silences is not None else SilenceBook()
        self.rng = rng if rng is not None else random.Random()
        self.on_delivered = on_delivered
        self.router = Router(config)
        self.inhibitor = Inhibitor(config.inhibit_rules)
        self.timers = GroupTimers()
        self.outbox = Outbox()
        self.subscriptions: dict[str, SubscriptionConfig] = {
            s.name: s for s in config.subscriptions
        }
        self._limits = {s.name: asyncio.Semaphore(s.max_concurrency) for s in config.subscriptions}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._loaded: dict[int, asyncio.Event] = {}
        self._append_lock = asyncio.Lock()
        self._dirty: dict[str, int] = {}
        self._dirty_extra: list[tuple[int, str, bytes | None]] = []
        self._flush_wake = asyncio.Event()
        self._flusher: asyncio.Task[None] | None = None
        self._closed = False
        for sub in config.subscriptions:
            self.metrics.webhook_pending.labels(sub.name).set_function(self._pending(sub.name))
            self.metrics.retry_queue_depth.labels(sub.name).set_function(self._retrying(sub.name))

    def _pending(self, name: str) -> Callable[[], float]:
        return lambda: float(self.outbox.counts.get(name, 0))

    def _retrying(self, name: str) -> Callable[[], float]:
        return lambda: float(self.outbox.retrying(name))  # at scrape time only

    # ------------------------------------------------------------------ planning (pure)

    def plan(
        self, alert: Alert, partition: int, now: datetime
    ) -> tuple[list[Delivery], list[RouteDecision]]:
        """The deliveries for ``alert``, and the reasons it is not sent elsewhere."""
        silence = self.silences.silencing(alert, now)
        inhibition = self.inhibitor.inhibited_by(alert)
        self.inhibitor.observe(alert)
        if silence is not None:
            log.info("alert %s silenced by %s", alert.id, silence.id)
            return [], [RouteDecision.SILENCED]
        if inhibition is not None:
            rule, source = inhibition
            log.info("alert %s inhibited by %s (rule %d)", alert.id, source.id, rule)
            return [], [RouteDecision.INHIBITED]
        routing = self.router.route(alert)
        suppressed = [r.decision for r in routing.refusals]
        if not routing.targets and not suppressed:
            suppressed.append(RouteDecision.NOT_ROUTED)
        labels = alert_labels(alert) if routing.targets else {}
        deliveries = []
        for target in routing.targets:
            node, name = target.node, target.subscription.name
            group = node.group_key(name, labels)
            due = self.timers.due(group, now, node.group_wait_seconds, node.group_interval_seconds)
            deliveries.append(
                Delivery(
                    id=alert.id,
                    subscription=name,
                    alert=alert,
                    partition=partition,
                    group_key=group,
                    due_at=due,
                    created_at=now,
                    repeat_interval_seconds=node.repeat_interval_seconds,
                )
            )
        return deliveries, suppressed

    # ------------------------------------------------------------------ intake

    async def submit(self, alerts: Sequence[tuple[Alert, int]]) -> int:
        """Plan and durably enqueue ``(alert, partition)`` pairs; returns deliveries added."""
        now = self.clock.now()
        touched: dict[str, int] = {}
        for alert, partition in alerts:
            deliveries, suppressed = self.plan(alert, partition, now)
            for reason in suppressed:
                self.metrics.notifications_suppressed.labels(reason.value).inc()
            for delivery in deliveries:
                if self.outbox.enqueue(delivery):
                    touched[delivery.queue] = delivery.partition
                    log.info(
                        "queued %s for %s (alerts partition %d, due %s)",
                        delivery.id, delivery.subscription, partition,
                        delivery.due_at.isoformat(),
                    )  # fmt: skip
        await self._save(touched)
        for key in touched:
            self._kick(key)
        return len(touched)

    async def _save(
        self, keys: Mapping[str, int], extra: Sequence[tuple[int, str, bytes | None]] = ()
    ) -> None:
        if not keys and not extra:
            return
        # Snapshots are taken and appended under the lock, so a queue's records reach the
        # log in the order its states happened; acknowledgements are awaited outside it.
        async with self._append_lock:
            # A queue this worker no longer owns has no record: never write it as deleted.
            records: list[tuple[int, str, bytes | None]] = [
                (p, k, value) for k, p in keys.items() if (value := self.outbox.record(k))
            ]
            acked = await self.store.append([*records, *extra])
        await acked

    def _mark(
        self, key: str, partition: int, extra: Sequence[tuple[int, str, bytes | None]] = ()
    ) -> None:
        """Save queue ``key`` soon (batched with other changes)."""
        self._dirty[key] = partition
        self._dirty_extra.extend(extra)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_loop(), name="outbox-flush")
        self._flush_wake.set()

    async def flush(self) -> None:
        """Save every queue changed since the last save."""
        keys, extra = self._dirty, self._dirty_extra
        self._dirty, self._dirty_extra = {}, []
        try:
            await self._save(keys, extra)
        except BrokerError:
            # Keep them for the next round; a newer change to a key wins anyway.
            self._dirty = {**keys, **self._dirty}
            self._dirty_extra = [*extra, *self._dirty_extra]
            raise

    async def _flush_loop(self) -> None:
        while True:
            await self._flush_wake.wait()
            self._flush_wake.clear()
            await asyncio.sleep(FLUSH_SECONDS)
            try:
                await self.flush()
            except BrokerError as exc:
                log.warning("outbox write failed: %s; retrying in 1 s", exc)
                self._flush_wake.set()
                await asyncio.sleep(1.0)

    # ------------------------------------------------------------------ ownership

    async def load(self, partitions: set[int]) -> int:
        """Restore the queues saved for ``partitions`` and resume them; returns how many."""
        new = {p for p in partitions if not self._event(p).is_set()}
        if not new:
            return 0
        saved = await self.store.load(new)
        restored = 0
        for key, value in saved.items():
            try:
                self.outbox.restore(key, value)
                restored += 1
            except (InvalidRecord, KeyError, TypeError, ValueError) as exc:
                # A record we cannot read would block nothing else; say so loudly.
                log.error("outbox record %s unreadable, skipped: %r", key, exc)
        for name in self.outbox.disabled:
            self.metrics.webhook_endpoint_disabled.labels(name).set(1)
        for key in self.outbox.queue_keys():
            if self.outbox.partition_of(key) in new:
                self._kick(key)
        for partition in new:
            self._event(partition).set()
        if saved:
            log.info(
                "outbox: resumed %d pending deliveries (partitions %s loaded)",
                len(self.outbox), sorted(new),
            )  # fmt: skip
        return restored

    def _event(self, partition: int) -> asyncio.Event:
        return self._loaded.setdefault(partition, asyncio.Event())

    async def wait_loaded(self, partition: int) -> None:
        await self._event(partition).wait()

    async def release(self, partitions: set[int]) -> None:
        """Stop delivering ``partitions`` (another worker takes them over from the outbox)."""
        with contextlib.suppress(BrokerError):
            await self.flush()  # hand over the latest state
        pending = len(self.outbox)
        keys = self.outbox.forget(partitions)
        tasks = [t for k in keys if (t := self._tasks.pop(k, None)) is not None]
        if partitions:
            log.info(
                "outbox: partitions %s released, %d pending deliveries handed over",
                sorted(partitions), pending - len(self.outbox),
            )  # fmt: skip
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for partition in partitions:
            self._loaded.pop(partition, None)

    async def close(self) -> None:
        # Deliveries submitted from now on are saved, not sent: the webhook session is
        # closing, and the next owner of their partitions sends them.
        self._closed = True
        tasks = list(self._tasks.values())
        self._tasks.clear()
        if self._flusher is not None:
            tasks.append(self._flusher)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with contextlib.suppress(BrokerError):
            await self.flush()  # best effort: what is not saved is sent again after restart

    async def drained(self, timeout: float = 30.0) -> None:
        """Wait until no delivery is pending except reminders (tests and benchmarks)."""
        async with asyncio.timeout(timeout):
            while any(
                d.repeat == 0 for k in self.outbox.queue_keys() for d in self.outbox.pending(k)
            ):
                await asyncio.sleep(0.01)

    # ------------------------------------------------------------------ delivery

    def _kick(self, key: str) -> None:
        if self._closed:
            return
        task = self._tasks.get(key)
        if task is None or task.done():
            self._wake[key] = asyncio.Event()
            self._tasks[key] = asyncio.create_task(self._run(key), name=f"deliver:{key}")
        else:
            self._wake[key].set()

    async def _run(self, key: str) -> None:
        wake = self._wake[key]
        try:
            while (head := self.outbox.head(key)) is not None:
                delay = (head.due_at - self.clock.now()).total_seconds()
                if delay > 0:
                    wake.clear()
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(delay):
                            await wake.wait()
                    continue  # the head may have changed while waiting
                try:
                    await self._attempt(key, head)
                except BrokerError as exc:
                    # The outbox could not be written: keep the state, try again shortly.
                    log.warning("outbox write failed for %s: %s; retrying", head.subscription, exc)
                    await asyncio.sleep(1.0)
        finally:
            if self._tasks.get(key) is asyncio.current_task():
                del self._tasks[key]
                self._wake.pop(key, None)

    async def _attempt(self, key: str, head: Delivery) -> None:
        name = head.subscription
        subscription = self.subscriptions.get(name)
        if subscription is None:
            error = f"subscription {name} is no longer configured"
            await self._end(
                key, head, DeadLetterReason.WEBHOOK_REJECTED, DeliveryOutcome.REJECTED, error
            )
            return
        if name in self.outbox.disabled:
            error = f"endpoint {name} is disabled: {self.outbox.disabled[name]}"
            await self._end(key, head, DeadLetterReason.WEBHOOK_GONE, DeliveryOutcome.GONE, error)
            return
        secrets = self.secrets.get(name, ())
        if not secrets:
            # Never send unsigned: receivers could not tell us from a forger.
            await self._end(key, head, DeadLetterReason.WEBHOOK_REJECTED,
                            DeliveryOutcome.REJECTED,
                            f"no signing secret: set {subscription.secret_env}")  # fmt: skip
            return
        async with self._limits[name]:
            result = await self.deliverer.attempt(head, subscription, secrets)
        now = self.clock.now()
        attempts = head.attempts + 1
        outcome = result.outcome
        if outcome is DeliveryOutcome.DELIVERED:
            await self._delivered(key, head, now)
        elif outcome is DeliveryOutcome.GONE:
            why = f"HTTP 410 at {now.isoformat()}"
            log.error("webhook endpoint %s answered 410 Gone: disabled", name)
            self.metrics.webhook_endpoint_disabled.labels(name).set(1)
            marker = self.outbox.disable(name, why)
            await self._end(key, head, DeadLetterReason.WEBHOOK_GONE, outcome,
                            result.describe(), attempts, [(head.partition, *marker)])  # fmt: skip
        elif outcome is DeliveryOutcome.REJECTED:
            await self._end(key, head, DeadLetterReason.WEBHOOK_REJECTED, outcome,
                            result.describe(), attempts)  # fmt: skip
        elif outcome is DeliveryOutcome.REFUSED:
            await self._end(key, head, DeadLetterReason.WEBHOOK_URL_REFUSED, outcome,
                            result.describe(), attempts)  # fmt: skip
        elif attempts >= self.config.retry.max_attempts:
            error = f"{attempts} attempts failed; last: {result.describe()}"
            await self._end(key, head, DeadLetterReason.RETRIES_EXHAUSTED,
                            DeliveryOutcome.EXHAUSTED, error, attempts)  # fmt: skip
        else:
            await self._retry_later(key, head, result, attempts, now)

    async def _delivered(self, key: str, head: Delivery, now: datetime) -> None:
        self.metrics.webhook_deliveries.labels(head.subscription, "delivered").inc()
        log.info("delivered %s to %s (attempt %d)", head.id, head.subscription, head.attempts + 1)
        self.outbox.complete(key, head.id)
        if (
            head.alert.status is AlertStatus.FIRING
            and head.repeat_interval_seconds > 0
            and not self.outbox.has_newer(key, head.id)
        ):
            self.outbox.enqueue(
                replace(
                    head,
                    id=repeat_id(head.alert.id, head.repeat + 1),
                    repeat=head.repeat + 1,
                    attempts=0,
                    due_at=now + timedelta(seconds=head.repeat_interval_seconds),
                    created_at=now,
                )
            )
        self._mark(key, head.partition)
        if self.on_delivered is not None:
            self.on_delivered(head, now)

    async def _retry_later(
        self, key: str, head: Delivery, result: AttemptResult, attempts: int, now: datetime
    ) -> None:
        delay = backoff(self.config.retry, attempts, result.retry_after, self.rng)
        self.outbox.reschedule(key, head.id, attempts, now + timedelta(seconds=delay))
        self._mark(key, head.partition)
        self.metrics.webhook_deliveries.labels(head.subscription, "retried").inc()
        log.warning(
            "webhook attempt %d to %s failed (%s); retrying in %.1fs",
            attempts, head.subscription, result.error, delay,
            extra={"subscription": head.subscription, "webhook_id": head.id},
        )  # fmt: skip

    async def _end(
        self,
        key: str,
        head: Delivery,
        reason: DeadLetterReason,
        outcome: DeliveryOutcome,
        error: str,
        attempts: int = 0,
        extra: Sequence[tuple[int, str, bytes | None]] = (),
    ) -> None:
        """Park ``head`` as a dead letter (first: a crash then repeats it, never loses it)."""
        body, _ = render(head, "standard")
        letter = DeadLetter(
            stage=Stage.DELIVER.value,
            reason=reason,
            payload=body.decode("utf-8"),
            error=error,
            first_seen=head.created_at,
            source=head.subscription,
        )
        await self.park([letter])
        self.metrics.webhook_deliveries.labels(head.subscription, outcome.value).inc()
        log.error(
            "webhook delivery %s to %s ended %s after %d attempt(s)",
            head.id, head.subscription, outcome.value, attempts,
            extra={"subscription": head.subscription, "webhook_id": head.id},
        )  # fmt: skip
        self.outbox.complete(key, head.id)
        self._mark(key, head.partition, extra)
