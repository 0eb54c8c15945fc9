"""Bucketed counts in event time, one :class:`BucketCounts` per region × category.

Time is cut into buckets of ``bucket_seconds`` (bucket index = floor(epoch seconds / size)),
so a window is a contiguous run of bucket indexes and every sum is over small ints. Only
buckets that can still matter (the window plus the baseline history behind the newest bucket)
are kept, so memory per key stays bounded however long the stream runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime


def bucket_of(epoch_seconds: float, bucket_seconds: int) -> int:
    """The bucket holding ``epoch_seconds`` (floor division, correct before 1970 too)."""
    return int(epoch_seconds // bucket_seconds)


def bucket_start(bucket: int, bucket_seconds: int) -> datetime:
    """The aware UTC instant at which ``bucket`` begins."""
    return datetime.fromtimestamp(bucket * bucket_seconds, UTC)


class _RangeSum:
    """A cached sum over ``[start, end)``, moved by differences instead of re-summed."""

    __slots__ = ("end", "start", "total")

    def __init__(self) -> None:
        self.start = 0
        self.end = 0
        self.total = 0


class BucketCounts:
    """A sparse map bucket → count with expiry and cached range sums.

    The detector asks for nearly the same ranges (the current window, the history behind it)
    over and over as event time moves on, so each range sum is cached in a slot and moved by
    the buckets that entered and left it; :meth:`add` and :meth:`expire` keep the slots exact.
    A cached sum always equals :meth:`total` over the same range, so caches never change
    decisions (and are not part of snapshots).
    """

    __slots__ = ("_slots", "counts", "max_bucket", "swept_at")

    WINDOW = 0
    HISTORY = 1

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}
        # Newest bucket ever counted; expiry is relative to it (event time, not wall time).
        self.max_bucket: int | None = None
        # max_bucket at the last sweep: sweeping is amortised over a window of progress.
        self.swept_at: int | None = None
        self._slots = (_RangeSum(), _RangeSum())

    def __len__(self) -> int:
        return len(self.counts)

    def add(self, bucket: int, n: int = 1) -> None:
        counts = self.counts
        counts[bucket] = counts.get(bucket, 0) + n
        for cached in self._slots:
            if cached.start <= bucket < cached.end:
                cached.total += n
        if self.max_bucket is None or bucket > self.max_bucket:
            self.max_bucket = bucket

    def get(self, bucket: int) -> int:
        return self.counts.get(bucket, 0)

    def total(self, start: int, end: int) -> int:
        """Sum of buckets in ``[start, end)``; iterates whichever is smaller, range or map."""
        if end <= start:
            return 0
        counts = self.counts
        if end - start <= len(counts):
            get = counts.get
            return sum([get(b, 0) for b in range(start, end)])
        return sum([n for b, n in counts.items() if start <= b < end])

    def _signed(self, a: int, b: int) -> int:
        return self.total(a, b) if b >= a else -self.total(b, a)

    def cached_total(self, slot: int, start: int, end: int) -> int:
        """:meth:`total` over ``[start, end)``, moved from the slot's previous range."""
        cached = self._slots[slot]
        if cached.start == start and cached.end == end:
            return cached.total
        moved = abs(end - cached.end) + abs(start - cached.start)
        if moved < end - start:
            # S[s, e) = P(e) - P(s): shift each edge by the buckets it crossed.
            cached.total += self._signed(cached.end, end) - self._signed(cached.start, start)
        else:
            cached.total = self.total(start, end)
        cached.start = start
        cached.end = end
        return cached.total

    def window_sum(self, end_bucket: int, width: int) -> int:
        """Sum of the ``width`` buckets ending at ``end_bucket`` (inclusive); cached."""
        return self.cached_total(self.WINDOW, end_bucket - width + 1, end_bucket + 1)

    def expire(self, before: int) -> int:
        """Drop buckets older than ``before``; return how many were dropped.

        Buckets are mostly added in time order, so the oldest sit at the front of the dict
        and the scan stops at the first one to keep: O(dropped), not O(held). A late bucket
        added behind newer ones waits for them to expire (a bounded delay, and counts outside
        the ranges asked for never change a sum).
        """
        old = []
        for b in self.counts:
            if b >= before:
                break
            old.append(b)
        for b in old:
            n = self.counts.pop(b)
            for cached in self._slots:
                if cached.start <= b < cached.end:
                    cached.total -= n
        return len(old)

    def to_list(self) -> list[list[int]]:
        """JSON-able ``[[bucket, count], ...]`` in bucket order (stable bytes for snapshots)."""
        return [[b, self.counts[b]] for b in sorted(self.counts)]

    @classmethod
    def from_list(
        cls, pairs: Iterable[Iterable[int]], max_bucket: int | None, swept_at: int | None
    ) -> BucketCounts:
        counts = cls()
        for bucket, n in (tuple(p) for p in pairs):
            counts.counts[int(bucket)] = int(n)
        counts.max_bucket = max_bucket
        counts.swept_at = swept_at
        return counts
