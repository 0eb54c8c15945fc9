"""Topic creation on the real broker: every topic of the path, once, compaction where it fits."""

from __future__ import annotations

import uuid

import pytest

from earlywarn.errors import StartupError
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


async def test_a_state_topic_with_another_partition_count_is_refused(
    broker: EmbeddedBroker,
) -> None:
    """A state topic made earlier with fewer partitions than incidents stops the start."""
    topics = TopicNames(f"t{uuid.uuid4().hex[:8]}")
    await ensure_topics(broker.bootstrap, (topics.state,), 1)
    with pytest.raises(StartupError) as caught:
        await ensure_topics(broker.bootstrap, topics.all(), 4, copartitioned=topics.copartitioned())
    assert f"{topics.incidents} has 4 partitions but {topics.state} has 1" in str(caught.value)
    # Matching counts pass, and the pairs are checked every time.
    other = TopicNames(f"t{uuid.uuid4().hex[:8]}")
    await ensure_topics(broker.bootstrap, other.all(), 3, copartitioned=other.copartitioned())
    assert (
        await ensure_topics(broker.bootstrap, other.all(), 3, copartitioned=other.copartitioned())
        == []
    )
