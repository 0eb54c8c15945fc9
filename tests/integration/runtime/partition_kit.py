"""Partition 0 of a topic, for the held-batch tests: publish to it, read a group's commit."""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition


async def publish(bootstrap: str, topic: str, values: list[bytes]) -> None:
    """Send ``values`` to partition 0 of ``topic``, in order, each acknowledged."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value, partition=0)
    finally:
        await producer.stop()


async def committed(bootstrap: str, group: str, topic: str) -> int:
    """The offset ``group`` has committed on partition 0 of ``topic`` (0 if none)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False
    )
    await consumer.start()
    try:
        return await consumer.committed(TopicPartition(topic, 0)) or 0
    finally:
        await consumer.stop()
