"""Incidents decoded once per worker, shared by its two readers of the incidents topic.

The detect agent reads the worker's own partitions; the dashboard's reader reads every
partition (operations.py). On one worker both decode the same messages. Whichever reader
decodes a message first leaves its incidents here and the other takes them: in a 200k-signal
bench every message was decoded exactly once (3,200 hits, 3,200 misses, nothing evicted).
Decoding costs ≈ 6.5 µs per incident on its own (bench/decode_incidents.py) but ≈ 21 µs of
the live worker's time at load 2–3, ≈ 7 µs of it cyclic GC that its allocations set off;
hence :func:`cyclic_gc_paused` (docs/architecture.md, "Incidents are decoded once per worker").

Entries are keyed by the message bytes themselves, so a hit is right whatever the partition,
offset, rebalance or redelivery: equal bytes decode to equal incidents. Only messages whose
every record decodes are kept (a bad one is decoded again by each reader, which reports it
its own way). Memory is bounded by the bytes held; the oldest entry goes first, so a message
only one reader ever reads (another worker's partition) is dropped in time.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from earlywarn.model import Incident

SHARED_DECODE_BYTES = 4 * 1024 * 1024
"""Message bytes held at most: many fetches' worth, as the two readers run close together."""


class DecodedIncidents:
    """Incidents of recently decoded incidents-topic messages, each kept until taken once."""

    def __init__(self, max_bytes: int = SHARED_DECODE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._entries: dict[bytes, Sequence[Incident]] = {}
        self._bytes = 0

    def take(self, raw: bytes) -> Sequence[Incident] | None:
        """The incidents another reader decoded from these bytes (then forgotten), or None."""
        found = self._entries.pop(raw, None)
        if found is not None:
            self._bytes -= len(raw)
        return found

    def keep(self, raw: bytes, incidents: Sequence[Incident]) -> None:
        """Hold ``incidents``, decoded from ``raw``, for the other reader."""
        if len(raw) > self.max_bytes or raw in self._entries:
            return
        self._entries[raw] = incidents
        self._bytes += len(raw)
        while self._bytes > self.max_bytes:
            oldest = next(iter(self._entries))
            del self._entries[oldest]
            self._bytes -= len(oldest)

    def __len__(self) -> int:
        return len(self._entries)


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Cyclic GC held off for the block (if it was on), then back as it was.

    For decoding: the parsed JSON is garbage by the end (no cycles; reference counting
    frees it), but a collection in the middle walks it and moves it to an older generation,
    and full collections come more often the more is moved there.
    """
    was_enabled = gc.isenabled()
    if not was_enabled:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
