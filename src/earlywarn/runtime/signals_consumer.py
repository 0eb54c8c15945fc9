"""The signals topic read by a plain aiokafka consumer, outside Faust's per-message path.

Faust spends ≈ 55–60 µs of the worker's CPU on each message it consumes (a thread hand-off,
a ``Message`` and an ``Event``, the conductor, the stream, sensors, acks: the bare agent of
``bench/throughput.py`` costs as much), about half of what the worker spent per signal.
Enrichment needs none of it: it is stateless (no table, no co-partitioning; any worker may
enrich any signal), so the signals go by ``getmany`` straight to the enrich process, and
only the stateful stages (detect, alert, deliver) stay Faust agents.

Guarantees, as with the Faust agent before:

- **at-least-once**: a batch's offsets are committed only after its incidents and dead
  letters are acknowledged by the broker, and commits follow the batches' order; anything
  not committed is read again (after a crash, a rebalance, a failed batch).
- **order**: batches are published strictly one after another, each once the one before is
  done; up to ``in_flight`` are being enriched or published at a time.
- **rebalances**: before partitions are revoked the batches in flight are finished and
  committed (for at most ``revoke_timeout`` seconds; what is not done by then is left
  uncommitted, for the next owner); records fetched meanwhile are dropped, not committed.
- **a failed batch** (the broker refused its output) is logged; the batches after it are
  abandoned and the consumer goes back to the committed offsets, so they are read again.

Its own consumer group (:func:`signals_group_id`): Faust's group uses Faust's assignor, and
one group cannot mix protocols.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError

log = logging.getLogger("earlywarn.runtime")

Offsets = dict[TopicPartition, int]
StartBatch = Callable[[list[bytes]], Awaitable[None]]
"""Given a batch's values, returns what finishes it (enrich, then publish): it is started at
once and awaited only after the batch before it is committed."""


def signals_group_id(worker_id: str) -> str:
    """The consumer group of the signals topic (the worker's Faust group is ``worker_id``)."""
    return f"{worker_id}-signals"


class SignalsConsumer:
    """Reads ``topic`` in batches, hands them to ``start_batch``, commits them in order."""

    def __init__(
        self,
        *,
        bootstrap: str,
        group_id: str,
        topic: str,
        start_batch: StartBatch,
        batch_size: int,
        batch_within_seconds: float,
        in_flight: int,
        session_timeout_seconds: float,
        fetch_max_wait_ms: int,
        joined: asyncio.Event,
    ) -> None:
        self.topic = topic
        self._start_batch = start_batch
        self._batch_size = batch_size
        self._within_ms = max(1, int(batch_within_seconds * 1000))
        self._max_in_flight = in_flight
        self._revoke_timeout = session_timeout_seconds * 2
        self._in_flight: deque[asyncio.Task[None]] = deque()
        self._fetched: deque[Any] = deque()  # records taken from aiokafka, not yet batched
        self._revoking = False
        self.joined = joined
        self._options: dict[str, Any] = {
            "bootstrap_servers": bootstrap,
            "group_id": group_id,
            "enable_auto_commit": False,
            "auto_offset_reset": "earliest",
            "fetch_max_wait_ms": fetch_max_wait_ms,
            # As Faust's settings for tansu (faust_app.faust_settings).
            "session_timeout_ms": int(session_timeout_seconds * 1000),
            "heartbeat_interval_ms": 2000,
            "rebalance_timeout_ms": int(session_timeout_seconds * 3000),
        }
        self._consumer: AIOKafkaConsumer = None  # made in run(): it needs the running loop

    async def run(self) -> None:
        """Consume until cancelled, then leave the group (uncommitted batches are re-read).

        A consumer that cannot start (the broker is away) is tried again every second.
        """
        self._consumer = AIOKafkaConsumer(**self._options)
        while True:
            try:
                await self._consumer.start()
                break
            except (KafkaError, OSError) as exc:
                log.error("signals: cannot start the consumer (%r); retrying in 1 s", exc)
                await self._consumer.stop()
                await asyncio.sleep(1.0)
                self._consumer = AIOKafkaConsumer(**self._options)
        try:
            await self._consume()
        finally:
            # Uncommitted, so read again after a restart; awaited, so no task outlives this.
            for task in self._in_flight:
                task.cancel()
            await asyncio.gather(*self._in_flight, return_exceptions=True)
            self._in_flight.clear()
            self._fetched.clear()
            await self._consumer.stop()

    async def _consume(self) -> None:
        consumer = self._consumer
        consumer.subscribe([self.topic], listener=_FinishBeforeRevoke(self))
        while True:
            if len(self._fetched) < self._batch_size:
                # Everything aiokafka holds, at once: it fetches a partition again only once
                # its records are taken, and tansu holds every fetch for its whole max wait,
                # so taking them a batch at a time left the enrich process idle that long
                # after every fetch (≈ 1 MiB). Faust's consumer thread does the same.
                more = await consumer.getmany(timeout_ms=0 if self._fetched else self._within_ms)
                if self._revoking:
                    continue  # fetched during a revocation: not committed, read again
                for records in more.values():
                    self._fetched.extend(records)
            if not self._fetched:
                continue
            batch = [
                self._fetched.popleft() for _ in range(min(self._batch_size, len(self._fetched)))
            ]
            values = [record.value or b"" for record in batch]
            offsets = {TopicPartition(r.topic, r.partition): r.offset + 1 for r in batch}
            previous = self._in_flight[-1] if self._in_flight else None
            self._in_flight.append(asyncio.ensure_future(self._finish(values, offsets, previous)))
            while self._in_flight and (
                len(self._in_flight) > self._max_in_flight or self._in_flight[0].done()
            ):
                oldest = self._in_flight.popleft()
                await asyncio.wait([oldest])  # its failure is handled here, not raised
                if not oldest.cancelled() and (exc := oldest.exception()) is not None:
                    await self._start_over(exc)

    async def _finish(
        self, values: list[bytes], offsets: Offsets, previous: asyncio.Task[None] | None
    ) -> None:
        finishing = self._start_batch(values)
        if previous is not None:
            try:
                await previous
            except BaseException:
                # The batch before failed or was abandoned: this one must not be
                # published or committed past it.
                _discard(finishing)
                raise
        await finishing
        await self._commit(offsets)

    async def _commit(self, offsets: Offsets) -> None:
        try:
            await self._consumer.commit(offsets)
        except (CommitFailedError, IllegalStateError) as exc:
            # The partitions moved on in a rebalance: their new owner reads these again.
            log.info("signals: offsets not committed after a rebalance (%s)", exc)

    async def _start_over(self, exc: BaseException) -> None:
        """After a failed batch: abandon those after it, re-read from the committed offsets."""
        log.error(
            "signals: a batch failed; reading again from the committed offsets in 1 s",
            exc_info=exc,
        )
        for task in self._in_flight:
            task.cancel()
        await asyncio.gather(*self._in_flight, return_exceptions=True)
        self._in_flight.clear()
        self._fetched.clear()
        await asyncio.sleep(1.0)  # a batch that fails every time must not spin
        consumer = self._consumer
        for tp in consumer.assignment():
            committed = await consumer.committed(tp)
            if committed is None:
                # Nothing committed yet: from the start, as auto_offset_reset says (aiokafka's
                # seek_to_committed would leave the position where it is, past the records
                # just dropped).
                await consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, committed)

    async def finish_in_flight(self) -> None:
        """Finish (publish, commit) the batches in flight before partitions are revoked."""
        self._revoking = True
        self._fetched.clear()  # not committed: whoever owns the partitions next reads them
        try:
            pending = list(self._in_flight)
            if not pending:
                return
            done, not_done = await asyncio.wait(pending, timeout=self._revoke_timeout)
            for task in not_done:
                task.cancel()  # left uncommitted: the next owner reads it again
            if not_done:
                log.warning(
                    "signals: %d batches not finished before the revocation; left uncommitted",
                    len(not_done),
                )
            for task in done:
                if not task.cancelled() and (exc := task.exception()) is not None:
                    log.error("signals: a batch failed before the revocation: %r", exc)
            self._in_flight.clear()
        finally:
            self._revoking = False


class _FinishBeforeRevoke(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, owner: SignalsConsumer) -> None:
        self._owner = owner

    async def on_partitions_revoked(self, revoked: Sequence[TopicPartition]) -> None:
        await self._owner.finish_in_flight()

    async def on_partitions_assigned(self, assigned: Sequence[TopicPartition]) -> None:
        # Nothing to load: enrichment keeps no state (positions come from the commits).
        self._owner.joined.set()


def _discard(awaitable: Awaitable[Any]) -> None:
    if isinstance(awaitable, asyncio.Future):
        awaitable.cancel()
    elif asyncio.iscoroutine(awaitable):
        awaitable.close()
