"""The outbox: pending webhook deliveries as durable state (pure; storage is a port).

One queue per (subscription, alert fingerprint): deliveries in a queue go out strictly in
order, one at a time, so a receiver never sees a resolution before the firing alert it ends;
queues are independent, so one fingerprint's retries hold up no other. Every change to a
queue is saved as that queue's whole state (a compacted-changelog record, keyed by queue),
and a restarted worker restores the latest record of each queue and carries on: same
``webhook-id``, same attempt count, same due time.

Records are JSON: ``{"pending": [delivery, ...], "done": [recent ids]}``; the recent ids let
a replayed alert (at-least-once input) be recognised and not sent twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from earlywarn.model import Alert, dumps, format_time, loads, parse_time

RECENT_DONE = 16
DISABLED_PREFIX = "!disabled|"


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message to one subscription: the alert, its ``webhook-id`` and its retry state."""

    id: str  # the webhook-id: the same on every attempt, before and after restarts
    subscription: str
    alert: Alert
    partition: int  # the alerts-topic partition of the fingerprint (owner of this queue)
    group_key: str
    due_at: datetime
    created_at: datetime  # when the alert was routed (wall time)
    attempts: int = 0
    repeat: int = 0  # 0: the notification; n: the n-th reminder of a still-firing alert
    repeat_interval_seconds: float = 0.0

    @property
    def queue(self) -> str:
        return queue_key(self.subscription, self.alert.fingerprint)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subscription": self.subscription,
            "alert": self.alert.to_dict(),
            "partition": self.partition,
            "group_key": self.group_key,
            "due_at": format_time(self.due_at),
            "created_at": format_time(self.created_at),
            "attempts": self.attempts,
            "repeat": self.repeat,
            "repeat_interval_seconds": self.repeat_interval_seconds,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Delivery:
        return cls(
            id=str(data["id"]),
            subscription=str(data["subscription"]),
            alert=Alert.from_dict(data["alert"]),
            partition=int(data["partition"]),
            group_key=str(data["group_key"]),
            due_at=parse_time(data["due_at"], "due_at"),
            created_at=parse_time(data["created_at"], "created_at"),
            attempts=int(data["attempts"]),
            repeat=int(data.get("repeat", 0)),
            repeat_interval_seconds=float(data.get("repeat_interval_seconds", 0.0)),
        )


def queue_key(subscription: str, fingerprint: str) -> str:
    return f"{subscription}|{fingerprint}"


def repeat_id(alert_id: str, repeat: int) -> str:
    """The webhook-id of the ``repeat``-th reminder (a new message: receivers must not drop it)."""
    return alert_id if repeat == 0 else f"{alert_id}-r{repeat}"


@dataclass
class Queue:
    pending: list[Delivery] = field(default_factory=list)
    done: list[str] = field(default_factory=list)

    @property
    def partition(self) -> int | None:
        return self.pending[0].partition if self.pending else None


class Outbox:
    """Queues of pending deliveries, and endpoints disabled by a 410."""

    def __init__(self) -> None:
        self._queues: dict[str, Queue] = {}
        self._partitions: dict[str, int] = {}
        self.disabled: dict[str, str] = {}  # subscription → why (kept across restarts)
        self.counts: dict[str, int] = {}  # pending deliveries per subscription (for the gauge)

    def __len__(self) -> int:
        return sum(len(q.pending) for q in self._queues.values())

    def queue_keys(self) -> list[str]:
        return [k for k, q in self._queues.items() if q.pending]

    def pending(self, key: str) -> Sequence[Delivery]:
        queue = self._queues.get(key)
        return tuple(queue.pending) if queue else ()

    def head(self, key: str) -> Delivery | None:
        queue = self._queues.get(key)
        return queue.pending[0] if queue and queue.pending else None

    def partition_of(self, key: str) -> int | None:
        return self._partitions.get(key)

    def retrying(self, subscription: str) -> int:
        """Deliveries of ``subscription`` that failed at least once and wait to be retried."""
        return sum(
            1
            for queue in self._queues.values()
            for d in queue.pending
            if d.subscription == subscription and d.attempts > 0
        )

    def _count(self, deliveries: Sequence[Delivery], sign: int) -> None:
        for d in deliveries:
            self.counts[d.subscription] = self.counts.get(d.subscription, 0) + sign

    def enqueue(self, delivery: Delivery) -> bool:
        """Append to its queue; False if that webhook-id is already pending or was just sent.

        A new notification supersedes reminders still waiting in the queue, the head too:
        a reminder at the head waits ``repeat_interval`` (hours), and a resolution queued
        behind it would wait as long. If that reminder is in flight, dropping it only means
        its outcome finds nothing to update; the queue's task sends the next one after it.
        """
        queue = self._queues.setdefault(delivery.queue, Queue())
        self._partitions[delivery.queue] = delivery.partition
        if delivery.id in queue.done or any(d.id == delivery.id for d in queue.pending):
            return False
        if delivery.repeat == 0:
            superseded = [d for d in queue.pending if d.repeat > 0]
            self._count(superseded, -1)
            queue.pending = [d for d in queue.pending if d.repeat == 0]
        queue.pending.append(delivery)
        self._count([delivery], +1)
        return True

    def complete(self, key: str, delivery_id: str) -> None:
        """The delivery ended (delivered, or parked as a dead letter)."""
        queue = self._queues[key]
        self._count([d for d in queue.pending if d.id == delivery_id], -1)
        queue.pending = [d for d in queue.pending if d.id != delivery_id]
        queue.done = [*queue.done, delivery_id][-RECENT_DONE:]

    def reschedule(self, key: str, delivery_id: str, attempts: int, due_at: datetime) -> None:
        queue = self._queues[key]
        queue.pending = [
            replace(d, attempts=attempts, due_at=due_at) if d.id == delivery_id else d
            for d in queue.pending
        ]

    def has_newer(self, key: str, delivery_id: str) -> bool:
        return any(d.id != delivery_id for d in self.pending(key))

    def record(self, key: str) -> bytes | None:
        """The saved form of queue ``key`` (None: nothing worth keeping)."""
        queue = self._queues.get(key)
        if queue is None:
            return None
        return dumps({"pending": [d.to_dict() for d in queue.pending], "done": list(queue.done)})

    def disable(self, subscription: str, why: str) -> tuple[str, bytes]:
        self.disabled[subscription] = why
        return DISABLED_PREFIX + subscription, dumps({"why": why})

    def restore(self, key: str, value: bytes) -> None:
        """Apply one saved record (the latest for ``key``)."""
        data = loads(value)
        if key.startswith(DISABLED_PREFIX):
            self.disabled[key[len(DISABLED_PREFIX) :]] = str(data.get("why", ""))
            return
        queue = Queue(
            pending=[Delivery.from_dict(d) for d in data.get("pending", [])],
            done=[str(i) for i in data.get("done", [])][-RECENT_DONE:],
        )
        old = self._queues.get(key)
        if old is not None:
            self._count(old.pending, -1)
        self._queues[key] = queue
        self._count(queue.pending, +1)
        if queue.pending:
            self._partitions[key] = queue.pending[0].partition

    def forget(self, partitions: set[int]) -> list[str]:
        """Drop queues owned by ``partitions`` (moved to another worker); returns their keys."""
        gone = [k for k, p in self._partitions.items() if p in partitions]
        for key in gone:
            queue = self._queues.pop(key, None)
            if queue is not None:
                self._count(queue.pending, -1)
            self._partitions.pop(key, None)
        return gone


class OutboxStore(Protocol):
    """Where queue records are kept (the runtime's is a Kafka topic; tests use memory)."""

    async def append(self, records: Sequence[tuple[int, str, bytes | None]]) -> Awaitable[None]:
        """Append ``(partition, key, value)`` records in order; the returned awaitable
        completes once they are durable (appending is ordered, acknowledging need not be)."""
        ...

    async def load(self, partitions: set[int]) -> dict[str, bytes]:
        """The latest value of every key appended to ``partitions``."""
        ...


async def _done() -> None:
    return None


class MemoryOutboxStore:
    """An :class:`OutboxStore` in memory: survives a dispatcher, not the process."""

    def __init__(self) -> None:
        self.records: dict[int, dict[str, bytes]] = {}
        self.writes = 0

    async def append(self, records: Sequence[tuple[int, str, bytes | None]]) -> Awaitable[None]:
        for partition, key, value in records:
            self.writes += 1
            part = self.records.setdefault(partition, {})
            if value is None:
                part.pop(key, None)
            else:
                part[key] = value
        return _done()

    async def load(self, partitions: set[int]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for partition in partitions:
            out.update(self.records.get(partition, {}))
        return out
