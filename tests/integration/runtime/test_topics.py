"""Topic creation on the real broker: every topic of the path, once, compaction where it fits."""

from __future__ import annotations

import uuid

import pytest

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.topics import TopicNames, ensure_topics

pytestmark = pytest.mark.integration


async def test_topics_are_created_once_with_outbox_and_state_compacted(
    broker: EmbeddedBroker,
) -> None:
    """All topics are created on the first call (outbox and state as compacted), none after."""
    topics = TopicNames(f"t{uuid.uuid4().hex[:8]}")
    assert topics.compacted() == {topics.outbox, topics.state}
    created = await ensure_topics(broker.bootstrap, topics.all(), 2, compacted=topics.compacted())
    assert sorted(created) == sorted(topics.all())
    assert await ensure_topics(broker.bootstrap, topics.all(), 2) == []
