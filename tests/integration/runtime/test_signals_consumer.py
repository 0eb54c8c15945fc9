"""The signals consumer on the real broker: in order, committed only once done, failures re-read."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.signals_consumer import SignalsConsumer
from earlywarn.runtime.topics import ensure_topics

pytestmark = pytest.mark.integration

RECORDS = 1200
PARTITIONS = 2


async def _produce(bootstrap: str, topic: str) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5)
    await producer.start()
    try:
        sends = [
            await producer.send(topic, str(i).encode(), partition=i % PARTITIONS)
            for i in range(RECORDS)
        ]
        await asyncio.gather(*sends)
    finally:
        await producer.stop()


async def _committed(bootstrap: str, group: str, topic: str) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group)
    await consumer.start()
    try:
        offsets = [await consumer.committed(TopicPartition(topic, p)) for p in range(PARTITIONS)]
        return sum(offset or 0 for offset in offsets)
    finally:
        await consumer.stop()


async def _until(condition: Callable[[], Awaitable[bool]], what: str, timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)


async def _consume_all(
    broker: EmbeddedBroker, start_batch: Callable[[list[bytes]], Awaitable[None]]
) -> tuple[str, str, SignalsConsumer, asyncio.Task[None]]:
    topic, group = f"sc-{uuid.uuid4().hex[:8]}", f"sc-{uuid.uuid4().hex[:8]}"
    await ensure_topics(broker.bootstrap, (topic,), PARTITIONS)
    await _produce(broker.bootstrap, topic)
    consumer = SignalsConsumer(
        bootstrap=broker.bootstrap,
        group_id=group,
        topic=topic,
        start_batch=start_batch,
        batch_size=100,
        batch_within_seconds=0.05,
        in_flight=3,
        session_timeout_seconds=6.0,
        fetch_max_wait_ms=100,
        joined=asyncio.Event(),
    )
    return topic, group, consumer, asyncio.ensure_future(consumer.run())


async def _stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert task.cancelled()


async def test_every_record_is_handed_over_in_order_and_committed_once_done(
    broker: EmbeddedBroker,
) -> None:
    """Each partition's records arrive once and in order; offsets are committed only for
    batches whose work has finished, up to the end."""
    seen: list[int] = []
    finished = 0

    def start_batch(values: list[bytes]) -> Awaitable[None]:
        async def finish() -> None:
            nonlocal finished
            seen.extend(int(v) for v in values)
            finished += len(values)

        return finish()

    topic, group, consumer, task = await _consume_all(broker, start_batch)
    try:
        await _until(lambda: _is(finished == RECORDS), "every record handed over", 60)
        await _until(
            lambda: _equals(_committed(broker.bootstrap, group, topic), RECORDS),
            "offsets committed to the end",
            30,
        )
        assert consumer.joined.is_set()
    finally:
        await _stop(task)
    assert sorted(seen) == list(range(RECORDS))
    for partition in range(PARTITIONS):
        in_partition = [i for i in seen if i % PARTITIONS == partition]
        assert in_partition == sorted(in_partition)


async def test_a_failed_batch_and_those_after_it_are_read_again(broker: EmbeddedBroker) -> None:
    """When a batch's work fails, it is neither committed nor lost: the consumer goes back
    to the committed offsets (to the start where none is committed yet) and every record is
    handed over again until done."""
    done: set[int] = set()
    failures: list[str] = []

    def start_batch(values: list[bytes]) -> Awaitable[None]:
        async def finish() -> None:
            numbers = [int(v) for v in values]
            # The first batch (nothing committed yet), then a later one.
            if not failures or (len(failures) == 1 and 500 in numbers):
                failures.append(f"batch from {numbers[0]}")
                raise OSError("the broker refused the batch's output")
            done.update(numbers)

        return finish()

    topic, group, _, task = await _consume_all(broker, start_batch)
    try:
        await _until(
            lambda: _equals(_committed(broker.bootstrap, group, topic), RECORDS),
            "offsets committed to the end",
            60,
        )
    finally:
        await _stop(task)
    assert len(failures) == 2
    assert done == set(range(RECORDS))


async def _is(value: bool) -> bool:
    return value


async def _equals(count: Awaitable[int], expected: int) -> bool:
    return await count == expected
