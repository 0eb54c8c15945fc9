"""Held messages: counted per agent with their age; a failed batch stops the worker."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from faust.types import Message
from prometheus_client import CollectorRegistry

from earlywarn.clock import ManualClock
from earlywarn.metrics import Metrics
from earlywarn.runtime.held import HeldMessages, describe

T0 = datetime(2026, 5, 1, tzinfo=UTC)


@dataclass
class Event:
    message: Message


def events(topic: str, partition: int, offsets: range) -> list[Event]:
    return [Event(Message(topic, partition, o, 0.0, 0, None, None, b"x", None)) for o in offsets]


class Worker:
    """Stands in for the Faust app: records the crash, as mode's ``Service.crash`` would."""

    def __init__(self, stopping: bool = False) -> None:
        self.should_stop = stopping
        self.crashed: list[BaseException] = []
        self.crashed_event = asyncio.Event()

    async def crash(self, reason: BaseException) -> None:
        self.crashed.append(reason)
        self.crashed_event.set()


def test_held_messages_are_counted_with_the_age_of_the_oldest() -> None:
    """Holding counts messages per agent and the oldest's age grows with the clock; a
    release counts them no more and drops the extra reference."""
    clock = ManualClock(T0)
    held = HeldMessages(clock)
    first, second = events("t", 0, range(0, 3)), events("t", 1, range(7, 9))
    held.hold("detect", first)
    clock.advance(timedelta(seconds=5))
    held.hold("detect", second)
    clock.advance(timedelta(seconds=2))
    assert held.count("detect") == 5
    assert held.oldest_seconds("detect") == 7.0
    assert held.count("alert") == 0 and held.oldest_seconds("alert") == 0.0
    assert all(e.message.refcount == 1 for e in first + second)
    held.release("detect", first)
    assert held.count("detect") == 2
    assert held.oldest_seconds("detect") == 2.0
    assert [e.message.refcount for e in first] == [0, 0, 0]


def test_handed_over_messages_stay_held_but_are_not_counted() -> None:
    """Messages left to a revoked partition's next owner keep their reference (never
    committed here) and are no stall of this worker's."""
    held = HeldMessages(ManualClock(T0))
    left = events("t", 2, range(4))
    held.hold("deliver", left)
    held.hand_over("deliver", left)
    assert held.count("deliver") == 0
    assert held.oldest_seconds("deliver") == 0.0
    assert all(e.message.refcount == 1 for e in left)


def test_the_gauges_read_the_held_messages_at_scrape_time() -> None:
    """earlywarn_held_messages and earlywarn_held_oldest_seconds follow the holds, 0 for an
    agent holding nothing."""
    clock = ManualClock(T0)
    held = HeldMessages(clock)
    metrics = Metrics(CollectorRegistry())
    held.export(metrics, ("detect", "alert", "deliver"))
    held.hold("alert", events("t", 0, range(10, 14)))
    clock.advance(timedelta(seconds=90))
    sample = metrics.registry.get_sample_value
    assert sample("earlywarn_held_messages", {"agent": "alert"}) == 4
    assert sample("earlywarn_held_oldest_seconds", {"agent": "alert"}) == 90
    assert sample("earlywarn_held_messages", {"agent": "detect"}) == 0
    assert sample("earlywarn_held_oldest_seconds", {"agent": "deliver"}) == 0


async def test_a_batch_body_that_finishes_releases_and_hands_over() -> None:
    """After the body, released messages are committable and the rest stays held for the
    next owner; nothing is counted any more."""
    held = HeldMessages(ManualClock(T0))
    batch = events("t", 0, range(3)) + events("t", 3, range(2))
    async with held.batch("detect", batch, Worker()):
        assert held.count("detect") == 5
        held.release("detect", batch[:3])
    assert held.count("detect") == 0
    assert [e.message.refcount for e in batch] == [0, 0, 0, 1, 1]


async def test_a_batch_body_that_raises_stops_the_worker_and_never_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A failed batch crashes the worker with a CRITICAL line naming its offsets, stays held
    and counted, and the agent does not continue to its next batch."""
    held = HeldMessages(ManualClock(T0))
    worker = Worker()
    batch = events("earlywarn.alerts", 2, range(40, 43))
    error = RuntimeError("publish failed")
    went_on = False

    async def agent() -> None:
        nonlocal went_on
        async with held.batch("deliver", batch, worker):
            raise error
        went_on = True

    task = asyncio.create_task(agent())
    await worker.crashed_event.wait()
    assert worker.crashed == [error]
    assert held.count("deliver") == 3
    assert all(e.message.refcount == 1 for e in batch)
    critical = [r for r in caplog.records if r.levelname == "CRITICAL"]
    assert len(critical) == 1
    assert "earlywarn.alerts[2] offsets 40-42" in critical[0].getMessage()
    task.cancel()  # as the stopping worker cancels its agents
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not went_on
    assert all(e.message.refcount == 1 for e in batch)  # still uncommitted


async def test_a_batch_that_fails_as_the_worker_stops_is_left_uncommitted() -> None:
    """A send cut short by a stopping worker does not crash it: the batch stays held (read
    again by the next worker) and the agent ends its loop as the stream stops."""
    held = HeldMessages(ManualClock(T0))
    worker = Worker(stopping=True)
    batch = events("t", 0, range(2))
    async with held.batch("alert", batch, worker):
        raise RuntimeError("producer closed")
    assert worker.crashed == []
    assert all(e.message.refcount == 1 for e in batch)


def test_describe_names_each_partition_s_offsets() -> None:
    """The log line says where a restarted worker resumes, per partition."""
    batch = events("b", 1, range(5, 9)) + events("a", 0, range(2))
    assert describe(batch) == "a[0] offsets 0-1, b[1] offsets 5-8"
