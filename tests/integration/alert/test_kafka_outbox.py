"""The outbox on the real broker: what was appended is what a new owner loads."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.outbox import KafkaOutboxStore
from earlywarn.runtime.topics import ensure_topics

pytestmark = pytest.mark.integration


class ProducerApp:
    """What KafkaOutboxStore uses of a Faust app: ``producer.send`` with Faust's signature."""

    def __init__(self, producer: AIOKafkaProducer) -> None:
        self.producer = self
        self._producer = producer

    async def send(
        self, topic: str, key: bytes, value: bytes | None, partition: int | None, *_: Any
    ) -> Any:
        return await self._producer.send(topic, value, key=key, partition=partition)


@pytest.fixture
async def store(broker: EmbeddedBroker) -> AsyncIterator[KafkaOutboxStore]:
    topic = f"t{uuid.uuid4().hex[:8]}.outbox"
    await ensure_topics(broker.bootstrap, (topic,), 4)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=5)
    await producer.start()
    try:
        yield KafkaOutboxStore(ProducerApp(producer), topic, broker.bootstrap)
    finally:
        await producer.stop()


async def test_load_returns_the_latest_record_per_key_of_owned_partitions(
    store: KafkaOutboxStore,
) -> None:
    """Later records win, tombstones delete, other partitions are not read; batched appends
    are all seen (the fence does not rely on the broker's end offsets)."""
    acked = await store.append(
        [(0, "ops|a", b'{"v":1}'), (0, "ops|b", b'{"v":1}'), (1, "ops|c", b'{"v":1}')]
    )
    await acked
    await (await store.append([(0, "ops|a", b'{"v":2}'), (0, "ops|b", None)]))
    await (await store.append([(0, f"ops|n{i}", b"{}") for i in range(50)]))
    loaded = await store.load({0})
    assert loaded["ops|a"] == b'{"v":2}'
    assert "ops|b" not in loaded and "ops|c" not in loaded
    assert len(loaded) == 51
    assert await store.load({1}) == {"ops|c": b'{"v":1}'}
    assert await store.load({2, 3}) == {}
