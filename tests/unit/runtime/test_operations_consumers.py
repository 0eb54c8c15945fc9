"""The operations views' consumers are released even when the broker is away."""

from __future__ import annotations

import gc
import warnings

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaConnectionError

from earlywarn.runtime.operations import running
from earlywarn.testing import free_port


async def test_a_consumer_that_cannot_start_is_still_closed() -> None:
    """A start() refused by an unreachable broker leaves no unclosed consumer behind."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=f"127.0.0.1:{free_port()}", request_timeout_ms=2000
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(KafkaConnectionError):
            async with running(consumer):
                pytest.fail("the consumer must not start without a broker")
        del consumer
        gc.collect()
    assert not [w for w in caught if "Unclosed AIOKafkaConsumer" in str(w.message)]
