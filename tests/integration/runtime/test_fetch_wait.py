"""Every Faust app on tansu gets the short fetch wait, not Faust's hard-coded 1.5 s."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from pathlib import Path

from aiokafka import AIOKafkaProducer

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.faust_app import FETCH_MAX_WAIT_MS
from earlywarn.runtime.topics import ensure_topics

AGENT = Path(__file__).with_name("fetch_wait_agent.py")


async def _publish_one(bootstrap: str, topic: str) -> None:
    await ensure_topics(bootstrap, (topic,), 2)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, b"{}")
    finally:
        await producer.stop()


def test_an_app_with_the_worker_settings_fetches_with_the_short_wait(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    """An app given keep_fetch_wait_short (the worker, the bench's bare agent) consumes with
    FETCH_MAX_WAIT_MS once its partitions are assigned."""
    topic = f"fetch-wait-{uuid.uuid4().hex[:8]}"
    asyncio.run(_publish_one(broker.bootstrap, topic))
    out = subprocess.run(
        [sys.executable, str(AGENT), broker.bootstrap, topic, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    # Faust sends a worker's stdout to its log: look in both streams.
    assert f"FETCH_WAIT_MS {FETCH_MAX_WAIT_MS}" in out.stdout + out.stderr, out.stderr[-3000:]
