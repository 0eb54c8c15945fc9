"""Messages a Faust agent holds uncommitted until its batch's work is durable.

Faust's ``take``/``take_events`` ack every event of a batch when the batch ends, also a
batch the agent never finished: at Ctrl-C ``Stream.on_stop`` closes the generator of a
batch still waiting (for the detector's turn, the broker, the stopped edge service), and
the consumer commits those offsets as it stops; events left to a partition's new owner
after a revocation are acked as the batch ends too. Acked before their work is durable
(escalations and state published, alerts published, alerts in the outbox), they are never
read again. Held, they stay uncommitted: the commit stops before them, and whoever owns
the partition next reads them.

A batch whose work *raises* must not be left behind either. Faust's default supervisor
restarts the agent, which goes on with later batches while the failed one stays held: the
commits of its partitions stall for the life of the worker and its incidents or alerts wait
for the next restart -- and a failed batch of a single message is even committed past
(faust-streaming#606: ``Consumer._new_offset`` takes a one-offset hole at the head for a
compacted-topic gap), i.e. lost. So :meth:`HeldMessages.batch` stops the worker instead
(``app.crash``: a CRITICAL log line, exit status 1): its supervisor starts it again and the
new worker reads from the committed offsets, the failed batch included. Transient broker
trouble does not get here: the producer retries a send until ``producer_request_timeout``
(20 min), the state and outbox loads retry every second; meanwhile the batch stays held,
and ``earlywarn_held_messages`` / ``earlywarn_held_oldest_seconds`` show it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from functools import partial
from typing import Protocol

from faust.types import Message

from earlywarn.clock import Clock
from earlywarn.metrics import Metrics

log = logging.getLogger("earlywarn.runtime")


class HasMessage(Protocol):
    """A Faust event (or anything carrying the consumer's message)."""

    @property
    def message(self) -> Message: ...


class Worker(Protocol):
    """The Faust app (a mode service): stopped with ``crash`` when a batch fails."""

    @property
    def should_stop(self) -> bool: ...

    async def crash(self, reason: BaseException) -> None: ...


def hold_messages(events: Sequence[HasMessage]) -> None:
    """Keep ``events`` from being committed until :func:`release_messages` (one more
    reference on each message: Faust commits an offset once its message has none left)."""
    for event in events:
        event.message.incref()


def release_messages(events: Sequence[HasMessage]) -> None:
    """Let ``events`` be committed once the batch ends (their work is durable)."""
    for event in events:
        event.message.decref()


def _key(event: HasMessage) -> tuple[str, int, int]:
    message = event.message
    return (message.topic, message.partition, message.offset)


def describe(events: Iterable[HasMessage]) -> str:
    """``topic[partition] offsets first-last`` per partition: where a restart resumes."""
    spans: dict[tuple[str, int], list[int]] = {}
    for event in events:
        message = event.message
        spans.setdefault((message.topic, message.partition), []).append(message.offset)
    return ", ".join(
        f"{topic}[{partition}] offsets {min(offsets)}-{max(offsets)}"
        for (topic, partition), offsets in sorted(spans.items())
    )


class HeldMessages:
    """The messages each agent holds now, and since when (read by the held gauges)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._since: dict[str, dict[tuple[str, int, int], datetime]] = {}

    def hold(self, agent: str, events: Sequence[HasMessage]) -> None:
        """Hold ``events`` (see :func:`hold_messages`) and count them for ``agent``."""
        hold_messages(events)
        now = self._clock.now()
        held = self._since.setdefault(agent, {})
        for event in events:
            held.setdefault(_key(event), now)

    def release(self, agent: str, events: Sequence[HasMessage]) -> None:
        """Their work is durable: committable once the batch ends, counted no more."""
        release_messages(events)
        self.hand_over(agent, events)

    def hand_over(self, agent: str, events: Sequence[HasMessage]) -> None:
        """Leave ``events`` held (uncommitted) for their partition's next owner, who reads
        them again; this worker stops counting them (they are no stall of its own)."""
        held = self._since.get(agent, {})
        for event in events:
            held.pop(_key(event), None)

    def count(self, agent: str) -> int:
        return len(self._since.get(agent, ()))

    def oldest_seconds(self, agent: str) -> float:
        """How long the oldest message ``agent`` holds has been held; 0 when none."""
        held = self._since.get(agent)
        if not held:
            return 0.0
        return max((self._clock.now() - min(held.values())).total_seconds(), 0.0)

    def export(self, metrics: Metrics, agents: Iterable[str]) -> None:
        """Report ``agents``' counts and ages at scrape time (0 when nothing is held)."""
        for agent in agents:
            metrics.held_messages.labels(agent).set_function(partial(self.count, agent))
            metrics.held_oldest_seconds.labels(agent).set_function(
                partial(self.oldest_seconds, agent)
            )

    @asynccontextmanager
    async def batch(
        self,
        agent: str,
        events: Sequence[HasMessage],
        worker: Worker,
    ) -> AsyncIterator[None]:
        """Hold ``events`` while the body works on them; the body releases what it made
        durable, and what it leaves is handed over (a revoked partition's next owner reads
        it). If the body raises, ``worker`` is crashed and this never returns: the agent
        must not go on past an unfinished batch (see the module doc)."""
        self.hold(agent, events)
        try:
            yield
        except Exception as exc:
            if worker.should_stop:
                # A send cut short by the stop (producer closing): not a fault of the
                # batch; it stays uncommitted and the next worker reads it.
                log.warning(
                    "%s: a batch of %d messages failed as the worker stops (%r); left "
                    "uncommitted: %s",
                    agent,
                    len(events),
                    exc,
                    describe(events),
                )
                return
            log.critical(
                "%s: a batch of %d messages failed (%r); stopping the worker so that it is "
                "restarted and reads them again from the committed offsets: %s",
                agent,
                len(events),
                exc,
                describe(events),
                exc_info=exc,
            )
            await worker.crash(exc)
            # Cancelled as the worker stops; the batch stays held, so nothing is committed.
            await asyncio.Event().wait()
        finally:
            self.hand_over(agent, events)
