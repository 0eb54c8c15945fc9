"""What a worker owns across rebalances: departments' detector state, alerts partitions.

:class:`RegionOwnership` — which departments' detector state this worker owns, and one
turn at a time on it. :class:`PartitionsHeld` — the alerts partitions held now, so the
deliver agent stops waiting for the outbox of a partition that was revoked.

A worker owns the departments whose incidents partition it is assigned (the state record
of a department lives in the same partition of the state topic). Rebalances move them
between workers, and two things must not happen then:

- Faust does not wait for a batch in flight before it revokes partitions
  (``stream_wait_empty`` is off), so a revocation that cleared the detector half-way
  through a batch would let that batch save an *empty* state for its departments. The
  revocation therefore waits for the detector's turn (:meth:`revoking`), and a batch or a
  watermark tick holds the turn until its state is saved (:meth:`turn`, :meth:`held`).
- A batch taken before a revocation can still hold incidents of partitions that another
  worker now owns; :meth:`owns` lets the agent leave them to that worker (they were not
  committed here, so the new owner reads them from the committed offset).

Loading the saved state runs in the background after each assignment; a load finished
after a newer assignment (or a revocation) is stale and does not open the turn
(:meth:`loaded` returns False for it).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Collection
from contextlib import asynccontextmanager


class RegionOwnership:
    """The incidents partitions owned now, whether their state is loaded, and the turn."""

    def __init__(self, partition_of: Callable[[str], int]) -> None:
        self._partition_of = partition_of
        self._busy = asyncio.Lock()
        self._loaded = asyncio.Event()
        self._generation = 0
        self.partitions: frozenset[int] = frozenset()

    @property
    def is_loaded(self) -> bool:
        return self._loaded.is_set()

    def assigned(self, partitions: Collection[int]) -> int:
        """A new assignment; returns its generation, to be passed to :meth:`loaded`."""
        self._generation += 1
        self.partitions = frozenset(partitions)
        self._loaded.clear()
        return self._generation

    def current(self, generation: int) -> bool:
        """No assignment or revocation came since assignment ``generation``."""
        return generation == self._generation

    def loaded(self, generation: int) -> bool:
        """The state of assignment ``generation`` is loaded; False (and no effect) if a
        newer assignment or a revocation came since."""
        if generation != self._generation:
            return False
        self._loaded.set()
        return True

    def owns(self, department: str) -> bool:
        return self._partition_of(department) in self.partitions

    @asynccontextmanager
    async def revoking(self) -> AsyncIterator[None]:
        """Wait for the batch in flight to save its state, then own nothing until assigned."""
        async with self._busy:
            self._generation += 1
            self.partitions = frozenset()
            self._loaded.clear()
            yield

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Wait until the current assignment's state is loaded, then hold the detector."""
        while True:
            await self._loaded.wait()
            await self._busy.acquire()
            if self._loaded.is_set():
                break
            self._busy.release()  # revoked while we waited for the turn: wait for the load
        try:
            yield
        finally:
            self._busy.release()

    @asynccontextmanager
    async def held(self) -> AsyncIterator[None]:
        """Hold the detector without waiting for a load (the watermark tick)."""
        async with self._busy:
            yield


class PartitionsHeld:
    """The partitions of one topic assigned now, and waits that end when they are revoked.

    The deliver agent waits for a partition's outbox to be loaded before it enqueues the
    partition's alerts; if the partition is revoked meanwhile, that load may never come
    here (another worker owns it now), so the wait must end and the alerts be left to the
    new owner (not committed here, they are read again from the committed offset).
    """

    def __init__(self) -> None:
        self.partitions: frozenset[int] = frozenset()
        self._revoked = asyncio.Event()

    def assigned(self, partitions: Collection[int]) -> None:
        self.partitions = frozenset(partitions)

    def revoked(self) -> None:
        self.partitions = frozenset()
        self._revoked.set()  # ends the waits of this assignment
        self._revoked = asyncio.Event()

    async def wait(self, partition: int, ready: Callable[[], Awaitable[object]]) -> bool:
        """Await ``ready()`` unless ``partition`` is not held, or is revoked first; True if
        it completed while the partition was held."""
        if partition not in self.partitions:
            return False
        revoked = asyncio.ensure_future(self._revoked.wait())
        waiting = asyncio.ensure_future(ready())
        try:
            await asyncio.wait({waiting, revoked}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            revoked.cancel()
            if not waiting.done():
                waiting.cancel()
        if revoked.done() and not revoked.cancelled():
            return False
        waiting.result()  # its exception, if it failed
        return True
