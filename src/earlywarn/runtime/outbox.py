"""The outbox on the broker: ``<prefix>.outbox``, one record per queue change, keyed by queue.

Each record holds the whole state of one (subscription, fingerprint) queue, so the latest
record per key is all that is needed (on Kafka, make the topic ``cleanup.policy=compact``;
tansu never compacts, which is harmless). The record for a fingerprint goes to the partition
that fingerprint has on the alerts topic, so the worker that owns an alerts partition owns
the matching outbox partition.

Loading does not trust end offsets (tansu under-reports them after multi-record batches):
it appends a fresh *fence* record to each partition and reads from the beginning until it
has seen its own fence there — everything appended before is then known to have been read.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from earlywarn.errors import BrokerError

FENCE_KEY = "\x00fence"


class KafkaOutboxStore:
    """:class:`earlywarn.alert.outbox.OutboxStore` over the worker's producer."""

    def __init__(self, app: Any, topic: str, bootstrap: str, load_timeout: float = 60.0) -> None:
        self.app = app
        self.topic = topic
        self.bootstrap = bootstrap
        self.load_timeout = load_timeout

    async def append(self, records: Sequence[tuple[int, str, bytes | None]]) -> Awaitable[None]:
        try:
            futures = [
                await self.app.producer.send(self.topic, key.encode(), value, partition, None, None)
                for partition, key, value in records
            ]
        except (KafkaError, OSError) as exc:
            raise BrokerError(f"outbox append failed: {exc!r}") from exc
        return self._acked(futures)

    @staticmethod
    async def _acked(futures: Sequence[Awaitable[Any]]) -> None:
        try:
            await asyncio.gather(*futures)
        except (KafkaError, OSError) as exc:
            raise BrokerError(f"outbox append not acknowledged: {exc!r}") from exc

    async def load(self, partitions: set[int]) -> dict[str, bytes]:
        if not partitions:
            return {}
        fence = uuid.uuid4().hex.encode()
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, enable_auto_commit=False, group_id=None
        )
        await consumer.start()
        try:
            tps = [TopicPartition(self.topic, p) for p in sorted(partitions)]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            await (await self.append([(p, FENCE_KEY, fence) for p in partitions]))
            latest: dict[str, bytes] = {}
            fenced: set[int] = set()
            async with asyncio.timeout(self.load_timeout):
                while fenced != partitions:
                    batch = await consumer.getmany(timeout_ms=200)
                    for tp, messages in batch.items():
                        for message in messages:
                            if tp.partition in fenced or message.key is None:
                                continue
                            key = message.key.decode()
                            if key == FENCE_KEY:
                                if message.value == fence:
                                    fenced.add(tp.partition)
                            elif message.value is None:
                                latest.pop(key, None)
                            else:
                                latest[key] = message.value
            return latest
        except TimeoutError as exc:
            raise BrokerError(
                f"outbox {self.topic}: fence not seen within {self.load_timeout}s"
            ) from exc
        finally:
            await consumer.stop()

