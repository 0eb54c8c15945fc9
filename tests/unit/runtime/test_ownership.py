"""Ownership at rebalances: revocations wait for the batch in flight, stale loads open
nothing, and waits for a revoked partition end."""

from __future__ import annotations

import asyncio

from earlywarn.runtime.ownership import PartitionsHeld, RegionOwnership

PARTITION = {"13": 0, "21": 1, "17": 2}


def ownership() -> RegionOwnership:
    return RegionOwnership(PARTITION.__getitem__)


async def test_revocation_waits_for_the_batch_in_flight() -> None:
    """A revocation clears nothing until the batch holding the turn has saved its state."""
    owned = ownership()
    owned.loaded(owned.assigned({0}))
    events: list[str] = []
    saved = asyncio.Event()

    async def batch() -> None:
        async with owned.turn():
            events.append("batch observed")
            await saved.wait()  # the state append, acknowledged later
            events.append("batch saved")

    async def revoke() -> None:
        async with owned.revoking():
            events.append("cleared")

    running = asyncio.create_task(batch())
    await asyncio.sleep(0)  # let the batch take its turn
    revoking = asyncio.create_task(revoke())
    await asyncio.sleep(0)
    assert events == ["batch observed"]
    saved.set()
    await asyncio.gather(running, revoking)
    assert events == ["batch observed", "batch saved", "cleared"]
    assert not owned.is_loaded and owned.partitions == frozenset()


async def test_turn_opens_only_when_the_current_assignment_is_loaded() -> None:
    """A batch waits for the load of the newest assignment; an older load opens nothing."""
    owned = ownership()
    first = owned.assigned({0, 1})
    second = owned.assigned({1})
    entered = asyncio.Event()

    async def batch() -> None:
        async with owned.turn():
            entered.set()

    waiting = asyncio.create_task(batch())
    assert owned.loaded(first) is False  # superseded by the second assignment
    await asyncio.sleep(0)
    assert not entered.is_set()
    assert owned.current(second) and owned.loaded(second)
    await asyncio.wait_for(waiting, timeout=5)
    assert entered.is_set()


async def test_batch_waiting_during_a_revocation_waits_for_the_next_load() -> None:
    """A batch that queued for the turn while partitions were revoked waits for the new load."""
    owned = ownership()
    owned.loaded(owned.assigned({0}))
    entered = asyncio.Event()

    async def batch() -> None:
        async with owned.turn():
            entered.set()

    async with owned.revoking():
        waiting = asyncio.create_task(batch())
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert not entered.is_set()
    owned.loaded(owned.assigned({2}))
    await asyncio.wait_for(waiting, timeout=5)


def test_owns_the_departments_of_its_partitions() -> None:
    """A department is owned when its partition is in the current assignment."""
    owned = ownership()
    owned.assigned({0, 2})
    assert owned.owns("13") and owned.owns("17") and not owned.owns("21")


async def test_wait_for_a_held_partition_returns_when_ready() -> None:
    """Waiting for a held partition's load returns True once the load completes."""
    held = PartitionsHeld()
    held.assigned({1})
    loaded = asyncio.Event()
    waiting = asyncio.create_task(held.wait(1, loaded.wait))
    await asyncio.sleep(0)
    assert not waiting.done()
    loaded.set()
    assert await asyncio.wait_for(waiting, timeout=5) is True


async def test_wait_for_a_partition_not_held_does_not_start() -> None:
    """A partition not in the assignment is not waited for at all."""
    held = PartitionsHeld()
    held.assigned({1})
    started: list[int] = []

    async def load() -> None:
        started.append(2)

    assert await held.wait(2, load) is False
    assert started == []


async def test_revocation_ends_the_wait_for_a_load_that_will_not_come() -> None:
    """A revocation during the wait ends it with False and cancels the load's wait."""
    held = PartitionsHeld()
    held.assigned({1, 3})
    never = asyncio.Event()
    waiting = asyncio.create_task(held.wait(3, never.wait))
    await asyncio.sleep(0)
    held.revoked()
    assert await asyncio.wait_for(waiting, timeout=5) is False
    assert held.partitions == frozenset()
    held.assigned({3})  # a later assignment starts new waits, unaffected
    never.set()
    assert await held.wait(3, never.wait) is True
