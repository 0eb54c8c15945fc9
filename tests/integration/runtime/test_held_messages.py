"""Held messages are not committed, even when the worker stops in the middle of their batch."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from partition_kit import committed, publish

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.topics import ensure_topics
from earlywarn.testing import until

pytestmark = pytest.mark.integration

AGENT = Path(__file__).with_name("held_batch_agent.py")


async def test_a_batch_held_at_ctrl_c_is_notcommitted(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    """A take_events batch whose messages are held when Ctrl-C stops the worker stays
    uncommitted (Faust acks the unfinished batch as its stream stops), while the released
    messages before it are committed."""
    topic = f"held-{uuid.uuid4().hex[:8]}"
    group = f"held-{uuid.uuid4().hex[:8]}"
    await ensure_topics(broker.bootstrap, (topic,), 1)
    await publish(broker.bootstrap, topic, [b"release"] * 3)
    agent = subprocess.Popen(
        [sys.executable, str(AGENT), broker.bootstrap, topic, group, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        await until(
            lambda: committed(broker.bootstrap, group, topic),
            "the released messages committed",
            timeout=120,
            interval=0.2,
        )
        await publish(broker.bootstrap, topic, [b"hold", b"hold"])
        out, _ = agent.communicate(timeout=120)
    finally:
        if agent.poll() is None:
            agent.kill()
            agent.communicate()
    assert "HOLDING" in out, out[-3000:]  # stopped while the batch was held
    assert agent.returncode == 0, out[-3000:]
    assert await committed(broker.bootstrap, group, topic) == 3, out[-3000:]
